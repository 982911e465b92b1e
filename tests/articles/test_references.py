"""References across sentences and bystanders (issue 25): who a pronoun, a description or "the same"
means, and who is named but does not move -- each on real sentences of the press corpus's development
part (``tests/data/press/dev/``, the file named beside each), read against the shipped record's
organisations as ``bench/candidates.py`` reads them."""

from __future__ import annotations

# fr-007-alimso-arthur-mensch.yaml (sentences 2 to 5 and 7 of the excerpt)
FR_MENSCH = (
    "Arthur Mensch est un ingénieur et entrepreneur français, âgé de 31 ans en décembre 2023. Il est diplômé de "
    "l’École polytechnique, de Télécom Paris et de l’École normale supérieure. Il a obtenu un doctorat à Inria et à "
    "l’université Paris-Saclay, sous la direction de Bertrand Thirion et Gaël Varoquaux, deux experts reconnus en "
    "neurosciences computationnelles. En février 2023, il a décidé de quitter DeepMind pour créer sa propre "
    "entreprise, Mistral AI, avec deux autres chercheurs français : Guillaume Lample et Timothée Lacroix."
)
# it-001-ternanatime-valzer-panchine.yaml
IT_ALLEGRI = (
    "Anche i cugini del Milan hanno deciso di affidarsi a un nuovo allenatore, con il ritorno di Max Allegri. Dopo "
    "un anno di pausa dopo l’esonero alla Juventus, il tecnico livornese avrà il compito di rilanciare i "
    "rossoneri, reduci da una deludente annata, conclusa con l’ottavo posto in Serie A e l’esclusione dalle coppe "
    "europee."
)


def test_a_pronoun_opening_a_clause_is_the_person_the_text_is_about(reader):
    """'En février 2023, il a décidé de quitter DeepMind': 'il' opens the clause after a time phrase and
    is Arthur Mensch, the subject of the sentences before -- not the two professors a preposition
    governs in one of them ('sous la direction de Bertrand Thirion et Gaël Varoquaux')."""
    found = [c for c in reader.read(FR_MENSCH, language="fr") if c.pattern == "pronoun"]
    assert [c.person for c in found] == ["Arthur Mensch"]
    assert found[0].quote.startswith("En février 2023, il a décidé")
    assert "Mistral AI" in {found[0].from_, found[0].to}


def test_a_description_inside_a_sentence_that_names_nobody_is_the_person_before(reader):
    """'…, il tecnico livornese avrà il compito': the description opens the main clause, after a time
    phrase, and the sentence names nobody -- it is Max Allegri, whose dismissal at Juventus it tells."""
    found = [c for c in reader.read(IT_ALLEGRI, language="it") if c.pattern == "pronoun"]
    assert [(c.person, c.from_) for c in found] == [("Max Allegri", "Juventus")]


def test_a_description_after_a_preposition_or_with_two_people_before_is_nobody(reader):
    """Nobody is guessed: 'für den 33-Jährigen' is governed by a preposition (de-005), and after a
    sentence with two people and no subject of its own the description could be either."""
    text = (
        "Vor drei Wochen bat Hansi Flick um eine Vertragsauflösung. Kostenpunkt für den Trainer: "
        "Julian Nagelsmann kommt im Sommer aus Leipzig."
    )
    assert "Hansi Flick" not in {c.person for c in reader.read(text, language="de") if c.pattern == "pronoun"}
    two = (
        "Anche i cugini del Milan, con Max Allegri e Luciano Spalletti in tribuna. Dopo un anno di pausa "
        "dopo l’esonero alla Juventus, il tecnico livornese avrà il compito di rilanciare i rossoneri."
    )
    assert not [c for c in reader.read(two, language="it") if c.pattern == "pronoun"]


# fr-002-hyperai-openai-crise.yaml
FR_SAME = (
    "Parmi eux, Jason Wei, chercheur spécialisé dans les modèles o1 et de recherche approfondie, a rejoint le "
    "laboratoire de superintelligence de Meta en juillet. Zhiqing Sun, également chercheur à OpenAI, a fait de même, "
    "tout comme Hyung Won Chung, qui a annoncé sur Linked"
)
# fr-006-orange-deputes-horizons.yaml
FR_CHOICE = (
    '"Je fais le choix en cette rentrée parlementaire de rejoindre Horizons", a écrit Charlotte Parmentier-Lecocq, '
    "ex-présidente macroniste de la commission des affaires sociales, dans un communiqué. Elle explique cette "
    'décision par "un lien de confiance avec Édouard Philippe". Xavier Roseren a fait le même choix.'
)


def test_people_who_did_the_same_get_the_move_told_before(reader):
    """'a fait de même, tout comme Hyung Won Chung': both make Jason Wei's move to Meta, from the
    organisation their own sentence names ('également chercheur à OpenAI')."""
    found = {c.person: c for c in reader.read(FR_SAME, language="fr") if c.pattern == "same-move"}
    assert {name: (c.from_, c.to) for name, c in found.items()} == {
        "Zhiqing Sun": ("OpenAI", "Meta"),
        "Hyung Won Chung": ("OpenAI", "Meta"),
    }


def test_the_same_choice_is_the_last_move_proposed_and_nothing_without_one(reader):
    """'Xavier Roseren a fait le même choix.': the move of Charlotte Parmentier-Lecocq two sentences before
    (the sentence between states none); the same sentence alone, with no move before it, gives nothing."""
    found = [c for c in reader.read(FR_CHOICE, language="fr") if c.person == "Xavier Roseren"]
    assert [(c.pattern, "Horizons" in (c.from_, c.to)) for c in found] == [("same-move", True)]
    assert reader.read("Xavier Roseren a fait le même choix.", language="fr") == []


def test_a_post_in_the_persons_own_company_is_no_move_from_elsewhere(reader):
    """en-011-eweek-sutskever-ssi-ceo.yaml: named CEO of 'his … startup': a post inside his own company, not
    a move from OpenAI. Leaving for one's own company is a move (fr-007: 'quitter DeepMind pour créer sa
    propre entreprise, Mistral AI'), and a possessive that is someone else's is no company of the person's
    own (it-022-digiteee-meta-pesca-apple.yaml: Mark Lee is Pang's 'prima assunzione in Apple')."""
    in_house = (
        "OpenAI co-founder Ilya Sutskever has been named CEO of his artificial intelligence startup Safe "
        "Superintelligence."
    )
    assert reader.read(in_house, language="en") == []
    assert "Arthur Mensch" in {c.person for c in reader.read(FR_MENSCH, language="fr")}
    pang = (
        "Meta continua a pescare nel talento di Cupertino: dopo aver strappato ad Apple Ruoming Pang, ex leader del "
        "team dedicato ai modelli fondamentali di intelligenza artificiale, ora tocca a due delle sue figure chiave. "
        "Si tratta di Mark Lee, la sua prima assunzione in Apple, e Tom Gunter, uno dei membri più esperti della "
        "squadra."
    )
    assert "Mark Lee" in {c.person for c in reader.read(pang, language="it")}


# fr-001-clubic-dream-team-meta.yaml (sentences 1 to 3 and 5)
FR_COMPANY = (
    "Mark Zuckerberg, le patron de Meta, pensait indubitablement avoir frappé un grand coup en débauchant à prix "
    "d'or les meilleurs talents de l'IA mondiale. Pourtant, à peine quelques jours après son arrivée chez Meta, "
    "Shengjia Zhao, cocréateur de ChatGPT, menaçait déjà de claquer la porte pour retourner chez son ancien "
    "employeur. Pour le retenir, il aurait été nommé nouveau « chef scientifique de l'IA » au sein de Meta, alors "
    "qu'il était pourtant sur le point de signer les documents pour retourner chez OpenAI. Ethan Knight, spécialiste "
    "en machine learning, a quitté l’entreprise après quelques semaines."
)


def test_the_company_is_the_organisation_the_text_named_most(reader):
    """'a quitté l’entreprise' (fr-001): Meta, named three times before (OpenAI, named last, once); 'uno
    dei membri più esperti della squadra' (it-022): Apple, the team the sentence before named."""
    knight = [c for c in reader.read(FR_COMPANY, language="fr") if c.person == "Ethan Knight"]
    assert [(c.from_, c.to) for c in knight] == [("Meta", None)]
    text = (
        "Meta continua a pescare nel talento di Cupertino: dopo aver strappato ad Apple Ruoming Pang, ex leader del "
        "team dedicato ai modelli fondamentali di intelligenza artificiale, ora tocca a due delle sue figure chiave. "
        "Si tratta di Mark Lee, la sua prima assunzione in Apple, e Tom Gunter, uno dei membri più esperti della "
        "squadra."
    )
    gunter = [c for c in reader.read(text, language="it") if c.person == "Tom Gunter"]
    assert [c.from_ for c in gunter] == ["Apple"]


def test_the_company_is_nothing_when_the_text_named_no_organisation_before(reader):
    """fr-001's sentence alone: 'l’entreprise' means no organisation the text has named, so no candidate."""
    assert reader.read("Ethan Knight, spécialiste en machine learning, a quitté l’entreprise après quelques "
                       "semaines.", language="fr") == []  # fmt: skip


def test_a_role_compound_is_no_part_of_a_name_and_a_name_a_preposition_governs_is_no_member(reader):
    """de-014-turi2-altman-wechselt-microsoft.yaml: 'Tech-Journalistin' is Kara Swisher's role, not her
    first name, and she only published the letter ('von Tech-Journalistin Kara Swisher veröffentlichten'):
    no member of the employees who threaten to leave."""
    text = (
        "Stattdessen übernimmt bei OpenAI heute der ehemalige Twitch-CEO Emmett Shear die Chefrolle von der am "
        "Freitag interimistisch beförderten Technologiechefin Mira Murati. "
        "Die Belegschaft ist über die Vorgänge erbost: 505 der 700 OpenAI-Angestellten, darunter auch Murati, "
        "fordern in einem von Tech-Journalistin Kara Swisher veröffentlichten Brief den Rücktritt des Vorstands "
        "von OpenAI und drohen, sonst ebenfalls zu Microsoft abzuwandern."
    )
    found = [c for c in reader.read(text, language="de") if c.quote.startswith("Die Belegschaft")]
    assert not {"Kara Swisher", "Tech-Journalistin Kara Swisher"} & {c.person for c in found}


# en-019-mactech-sixth-apple-meta.yaml (its first two paragraphs)
EN_OTHERS = (
    "Meta Platforms is hiring Frank Chu, an Apple artificial intelligence executive, to join Meta Superintelligence "
    "Labs, reports Bloomberg.\n\nChu is the sixth Apple AI employee to defect to Meta, the article notes. The others "
    "are Ruoming Pang, Tom Gunter, Mark Lee, Bowen Zhang, and Yun Zhu."
)
OTHERS = ["Ruoming Pang", "Tom Gunter", "Mark Lee", "Bowen Zhang", "Yun Zhu"]


def test_a_list_of_names_that_ends_a_sentence_after_a_move_names_who_made_it(reader):
    """'The others are A, B, …, and E.': a sentence with no word of moving whose names are one list that
    ends it says who the people of the move told just before are -- each gets that move (pattern
    ``member``), its organisations from the sentence before."""
    found = [c for c in reader.read(EN_OTHERS, language="en") if c.pattern == "member"]
    assert [c.person for c in found] == OTHERS
    assert all({c.from_, c.to} - {None} <= {"Apple", "Meta"} and {c.from_, c.to} - {None} for c in found)
    assert all(c.quote.startswith("The others are") for c in found)


def test_a_closing_list_without_a_move_just_before_or_not_ending_the_sentence_is_nobodys_move(reader):
    """Nothing is guessed: the same list after a sentence that tells no move, or names that do not end
    their sentence ('…, and Yun Zhu, the article notes'), is no list of the movers."""
    quiet = "Chu helped manage Apple’s large language models. The others are Ruoming Pang, Tom Gunter, and Yun Zhu."
    assert not [c for c in reader.read(quiet, language="en") if c.person in OTHERS]
    more = EN_OTHERS.replace("Yun Zhu.", "Yun Zhu, the article notes.")
    assert not [c for c in reader.read(more, language="en") if c.person in OTHERS]


# de-008-boersenzeitung-wer-geht-wer-kommt.yaml (sentences 8 and 9 of the excerpt)
DE_GULDEN = (
    "Gleich zu Beginn des neuen Jahres durfte der ehemalige Fußballprofi Bjørn Gulden „den Verein“ wechseln. "
    "Zum 1. Januar übernahm der vorherige Puma-Chef die Leitung des Konkurrenten Adidas."
)


def test_a_description_with_an_adjective_before_its_role_is_the_person_before(reader):
    """'übernahm der vorherige Puma-Chef': an article, an adjective in lower case and a role, in a sentence
    that names nobody, is Bjørn Gulden of the sentence before, who leaves Puma -- but 'Etwa 11 der größten
    Forscher' (seeds/001) are people, no description of one."""
    found = [c for c in reader.read(DE_GULDEN, language="de") if c.pattern == "pronoun"]
    assert [(c.person, c.from_) for c in found] == [("Bjørn Gulden", "Puma")]
    many = (
        "Das sagte Yann LeCun über Meta. Etwa 11 der größten Forscher haben das Unternehmen in den letzten Jahren "
        "verlassen."
    )
    assert not [c for c in reader.read(many, language="de") if c.pattern == "pronoun"]
