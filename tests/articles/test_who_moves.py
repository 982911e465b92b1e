"""Who moves within a sentence, and to which side an organisation belongs (issue 25, fourth round):
the verbs of moving with their paradigms, appointments, dismissals and their agents, names of one
list with their own organisations, relative clauses and lists that end. Each on a real sentence of
the development part of the press corpus (``tests/data/press/dev/``, the file named beside it), read
against the shipped record's organisations as ``bench/candidates.py`` reads them."""

from __future__ import annotations

import pytest

from dashboard.articles.candidates import Reader
from dashboard.articles.reading.text import _Token, sentences
from dashboard.articles.words import WORD, fold_word
from support.articles import moves

# es-010-todocostas-openai-tres-deepmind.yaml
ES_FUTURE = (
    "Los ejecutivos de OpenAI dijeron al personal en un memorando interno el martes que Lucas Beyer, Alexander "
    "Kolesnikov y Xiaohua Zhai se unirán a la compañía para trabajar en IA multimodal, modelos de IA capaces de "
    "realizar tareas por diferentes medios que van desde imágenes hasta audio."
)
# fr-013-cnews-record-entraineurs-limoges.yaml
FR_AGENT = (
    "C’est ensuite Olivier Dall’Oglio qui a été renvoyé, le 17 octobre, par Montpellier, où Romain Pitau a pris "
    "place sur le banc, avant que Bruno Irles ne soit à son tour poussé vers la sortie, le 8 novembre, à Troyes, "
    "qui est désormais dirigé par Patrick Kisnorbo."
)
FR_EVICTIONS = (
    "Avant même la moitié de la saison, neuf clubs de l’élite ont déjà changé d’entraîneur avec les évictions en "
    "début de semaine de Julien Stéphan à Strasbourg et Lucien Favre à Nice."
)
# es-008-expansion-ceo-ibex-renuevan.yaml
ES_APPOINTED = "A principios de mayo, Carlos Torres era nombrado consejero delegado de BBVA en lugar de Ángel Cano."
# it-002-olimpopress-calciomercato.yaml
IT_APPOINTED = (
    "L’ex allenatore di Roma ed Empoli Aurelio Andreazzoli è il nuovo tecnico del Genoa, che licenzia Cesare "
    "Prandelli artefice di una stagione sofferta sulla panchina del Grifone che si è salvato solo all’ultima "
    "giornata."
)
IT_LEONARDO = "Leonardo lascia invece il Milan e torna al Psg nel ruolo di direttore sportivo."
# it-001-ternanatime-valzer-panchine.yaml
IT_DISMISSED = (
    "La Lazio ha punito il calo di rendimento sul finale, costato il mancato piazzamento europeo, allontanando Marco "
    "Baroni e richiamando Maurizio Sarri, che era stato esonerato lo scorso anno da Claudio Lotito."
)
# es-013-iusport-destituciones-segunda.yaml
ES_DISMISSED = (
    "La jornada pasada, el Extremadura rescindió el contrato a Juan Sabas, el héroe del ascenso extremeño, y nombró "
    "a Rodri para el banquillo."
)
# it-019-unita-giornali-gente-che-va.yaml
IT_BRACKETS = (
    "Mario Calabresi ha lasciato passare i primi mesi e ora comincia a metter mano agli aggiustamenti e alla "
    "campagna acquisti.\n\nMichele Ainis, costituzionalista di fama, lascia il Corriere della Sera e passa come "
    "editorialista a Repubblica. In realtà già collaborava con una testata dello stesso Gruppo, l’Espresso. Così muta "
    "lentamente ma costantemente il nucleo delle firme nella redazione di Calabresi: sono già arrivati, oltre a "
    "Ainis, Marco Belpoliti (scrittore e critico letterario), Roberto Toscano (diplomatico e già collaboratore della "
    "‘Stampa’) e Alberto Melloni (studioso di storia del cristianesimo, già al Corsera). "
)
# fr-001-clubic-dream-team-meta.yaml
FR_RECRUITER = (
    "Mark Zuckerberg, le patron de Meta, pensait indubitablement avoir frappé un grand coup en débauchant à prix "
    "d'or les meilleurs talents de l'IA mondiale."
)
# fr-006-orange-deputes-horizons.yaml
FR_RELATIVE = (
    "Les députés Charlotte Parmentier-Lecocq et Xavier Roseren, qui faisaient jusqu’ici partie du groupe présidé "
    "par Gabriel Attal, ont fait le choix de se rallier à Horizons, le parti d’Édouard Philippe, rapporte Le "
    "Figaro, lundi 9 septembre."
)
# es-002-mireddenoticias-vuelven-openai.yaml
ES_MEMBERS = (
    "Entre ellos se encuentran Ethan Knight y Avi Verma, quienes volvieron a OpenAI para trabajar con Sam Altman "
    "tras un breve paso por Meta y las empresas de Elon Musk."
)
# de-005-oe24-trainer-beben.yaml
DE_SEPARABLE = (
    "Damit wurde der von Adi Hütter aufgestellte Ablöserekord nach nur zwei Wochen wieder gesprengt. Der "
    "Vorarlberger verlässt Frankfurt im Sommer für eine Summe von 7,5 Millionen, heuert bei Gladbach an."
)

# fr-006-orange-deputes-horizons.yaml
FR_OWNER = (
    "Comme le relate Le Figaro, lundi 9 septembre, deux députés affiliés à Renaissance ont annoncé qu’ils quittaient "
    "leur groupe pour rejoindre, celui des parlementaires Horizons, le parti d’Édouard Philippe."
)
# es-020-hipertextual-amodei-rechazo.yaml
ES_OWNER = (
    "Sin embargo, se marchó junto a su hermana Daniela, quien también formaba parte de la compañía, en desacuerdo "
    "con el vínculo cada vez más fuerte entre los de Sam Altman y Microsoft."
)
# es-004-futboldebolivia-malos-resultados.yaml
ES_PLAYERS = (
    "Fue cesado en sus funciones por el presidente del club de Montero que delegó el control de la plantilla a los "
    "jugadores Gualberto Mojica y Marcelo Aguirre hasta la contratación de un nuevo técnico."
)
# es-003-huelva-meta-ficha-tres.yaml (two of its paragraphs)
ES_SPEAKER = (
    "La compañía dirigida por Mark Zuckerberg ha fichado a tres investigadores de primer nivel de la firma de Sam "
    "Altman para reforzar su nuevo equipo de superinteligencia artificial, según ha confirmado The Wall Street "
    "Journal.\nLos tres investigadores contratados trabajaron anteriormente juntos en Google DeepMind antes de "
    "incorporarse a OpenAI y su fichaje se produce después de que Altman revelara en un podcast que Meta había "
    "ofrecido bonos de 100 millones de dólares a empleados de su empresa."
)
# de-024-wirtschaftmagazin-fuenf-ceo-wechsel.yaml
DE_NEW_POST = (
    "Auch der Windparkentwickler PNE hat einen neuen Vorstandsvorsitzenden gefunden: Heiko Wuttke wird den "
    "Chefposten am 13. Januar 2025 antreten und übernimmt damit das Ruder von Interims-CEO Per Hornung Pedersen."
)
# de-009-finanzen-chefwechsel-2023.yaml
DE_NEW_BOSS = (
    "Folglich musste sich nun der Verbindungstechnik-Spezialist NORMA Group auf die Suche nach einem neuen Chef "
    "machen und hat diesen mit Guido Grandi gefunden."
)
# en-014-leaprate-inflection-microsoft.yaml (its first and third paragraphs)
EN_NEW_POST = (
    "Microsoft Corporation (MSFT) has hired Mustafa Suleyman and Karén Simonyan, co-founders of Inflection AI, "
    "along with several other employees from the company.\n\nIndustry experts believe that this move fortifies "
    "Microsoft’s reputation as an AI stalwart in big tech circles and forms part of CEO Satya Nadella’s drive to "
    "acquire top expertise. Suleyman will head Microsoft’s new consumer AI unit, while Simonyan will be this "
    "division’s new chief scientist."
)

# de-019-wuv-chefredakteure-waz.yaml
DE_FORMER = (
    "Der frühere Chefredakteur der „Braunschweiger Zeitung“, Paul-Josef Raue, ist seit Anfang Dezember "
    "Chefredakteur der „Thüringer Allgemeinen“ in Erfurt."
)
# de-020-mediencity-saarbruecker-rochade.yaml
DE_PREVIOUS = (
    "Der bisherige Chefredakteur der Saarbrücker Zeitung, Friedhelm Fiedler, wird indes nach Berlin entsandt oder - "
    "wie der ehemalige SZ-Redakteur Walter Kronenberger in seiner Internet-Zeitung Saar-Echo meint - weggelobt, "
    'weil er nach acht Jahren "als weitgehend zuverlässiger Terminator gewandelter Verlegervorstellungen zur '
    'Disposition" gestanden habe.'
)

# es-018-droids-schulman-murati.yaml
ES_INCLUDING = (
    "Según las fuentes consultadas por Fortune, Murati no solo ha conseguido reclutar a Schulman, sino que también ha "
    "incorporado a otros ex empleados de OpenAI, incluyendo a Christian Gibson, quien formaba parte del equipo de "
    "supercomputación de la empresa."
)
# fr-003-kulturegeek-meta-recrute-trois.yaml
FR_RECRUIT = (
    "Si cette méthode a permis de recruter des profils prestigieux, comme le CEO de Scale AI, Alexandr Wang, grâce à "
    "un investissement de 14 milliards de dollars, cela n’a pas (encore) permis de séduire certaines anciennes "
    "figures majeures d’OpenAI, telles qu’Ilya Sutskever et John Schulman, qui ont préféré fonder leurs propres "
    "startups de leur côté."
)

# en-020-windowscentral-suleyman-three-deepmind.yaml (the last sentence of its first paragraph, the first two
# of its second)
EN_WORKED_AT = (
    "Marco Tagliasacchi, Zalán Borsos, and Matthias Minderer announced themselves as founding members of "
    "Microsoft's new AI office in Zurich, Switzerland.\n\nAll three of those new employees are familiar faces to "
    "Suleyman. Tagliasacchi, Borsos, and Minderer all worked at DeepMind."
)


def test_a_verb_of_moving_counts_in_its_other_tenses_and_persons(reader):
    """'se unirán' (future plural) as 'se une'; 'renvoyé' as 'limogé'; 'heuert … an' as 'wechselt'."""
    found = reader.read(ES_FUTURE, language="es")
    assert {c.person for c in found} == {"Lucas Beyer", "Alexander Kolesnikov", "Xiaohua Zhai"}
    assert all("OpenAI" in (c.from_, c.to) for c in found)
    assert ("Adi Hütter", "Frankfurt", "Gladbach") in moves(reader.read(DE_SEPARABLE, language="de"))


def test_the_agent_of_a_dismissal_is_the_origin_and_a_hiring_one_the_destination(reader):
    """'renvoyé, le 17 octobre, par Montpellier': who dismisses is where the coach was."""
    found = [c for c in reader.read(FR_AGENT, language="fr") if c.person and c.person.endswith("Oglio")]
    assert [(c.from_, c.to) for c in found] == [("Montpellier", None)]


def test_each_name_of_a_list_takes_the_organisation_right_after_it(reader):
    """'de Julien Stéphan à Strasbourg et Lucien Favre à Nice': a dismissal's place is the origin, one each;
    the name after a noun of leaving and a time phrase ('les évictions en début de semaine de X') moves."""
    assert moves(reader.read(FR_EVICTIONS, language="fr")) == {
        ("Julien Stéphan", "Strasbourg", None),
        ("Lucien Favre", "Nice", None),
    }


def test_what_a_bracket_after_a_name_says_is_that_names_own(reader):
    """'Marco Belpoliti (scrittore …), Roberto Toscano (…) e Alberto Melloni (…, già al Corsera)': the Corsera
    is Melloni's, not the others' of the list."""
    found = reader.read(IT_BRACKETS, language="it")
    assert {c.person for c in found if "Corsera" in (c.from_, c.to)} == {"Alberto Melloni"}


def test_the_organisation_of_a_post_someone_is_given_is_the_destination(reader):
    """'nombrado consejero delegado de BBVA', 'è il nuovo tecnico del Genoa': not an origin after 'de'/'del'."""
    assert ("Carlos Torres", None, "BBVA") in moves(reader.read(ES_APPOINTED, language="es"))
    andreazzoli = [c for c in reader.read(IT_APPOINTED, language="it") if c.person.endswith("Andreazzoli")]
    assert [(c.to, c.pattern) for c in andreazzoli] == [("Genoa", "appointed")]


def test_a_name_inside_a_relative_clause_does_not_take_the_main_verb(reader):
    """'…, qui faisaient partie du groupe présidé par Gabriel Attal, ont fait le choix de se rallier à Horizons':
    the deputies join Horizons; Attal, in their relative clause, moves nowhere."""
    assert moves(reader.read(FR_RELATIVE, language="fr")) == {
        ("Charlotte Parmentier-Lecocq", None, "Horizons"),
        ("Xavier Roseren", None, "Horizons"),
    }


def test_a_list_of_members_ends_where_a_preposition_governs_a_name(reader):
    """'Entre ellos se encuentran Ethan Knight y Avi Verma, quienes volvieron a OpenAI para trabajar con Sam
    Altman …': Altman and Musk are no members of the list."""
    assert {c.person for c in reader.read(ES_MEMBERS, language="es")} == {"Ethan Knight", "Avi Verma"}


def test_the_object_of_a_dismissal_leaves_the_organisation_that_is_its_subject(reader):
    """'il Genoa, che licenzia Cesare Prandelli' (the relative's antecedent), 'La Lazio …, allontanando Marco
    Baroni' (the sentence's subject), 'el Extremadura rescindió el contrato a Juan Sabas' (the verb's clause):
    the club is where the coach was, whatever side it has for the others of the sentence."""
    prandelli = [c for c in reader.read(IT_APPOINTED, language="it") if c.person == "Cesare Prandelli"]
    assert [(c.from_, c.pattern) for c in prandelli] == [("Genoa", "dismissed")]
    found = {c.person: c for c in reader.read(IT_DISMISSED, language="it")}
    assert (found["Marco Baroni"].from_, found["Marco Baroni"].to) == ("Lazio", None)
    assert (found["Maurizio Sarri"].from_, found["Maurizio Sarri"].to) == (None, "Lazio")
    sabas = [c for c in reader.read(ES_DISMISSED, language="es") if c.person == "Juan Sabas"]
    assert [(c.from_, c.pattern) for c in sabas] == [("Extremadura", "dismissed")]


def test_a_name_of_one_word_that_opens_a_sentence_before_a_verb_of_moving_is_a_person(reader):
    """'Leonardo lascia invece il Milan': the subject, a person, though one word."""
    assert {c.person for c in reader.read(IT_LEONARDO, language="it")} == {"Leonardo"}


def test_who_hires_talents_is_no_mover(reader):
    """'Mark Zuckerberg … en débauchant … les meilleurs talents': 'talents' are people hired, as 'chercheurs'."""
    assert reader.read(FR_RECRUITER, language="fr") == []


# --- names the reader reads as people: particles, initials, a year before them ---------------------------

# it-007-editorialedomani-de-filippo-pd.yaml
IT_PARTICLE = (
    "Il deputato Vito De Filippo ha annunciato il suo ritorno tra le fila del Partito democratico dopo che il leader "
    "di Iv, Matteo Renzi ha aperto la crisi ritirando i membri della sua formazione politica dal governo."
)
# fr-013-cnews-record-entraineurs-limoges.yaml
FR_PARTICLE = (
    "Le club rhodanien a été imité dans la foulée par Brest et Auxerre, qui ont démis de leurs fonctions le même jour "
    "(11 octobre) Michel Der Zakarian et Jean-Marc Furlan."
)
# es-004-futboldebolivia-malos-resultados.yaml
ES_PARTICLE = (
    "El primer fusible quemado fue el mexicano David de la Torre, que luego de la tercera fecha del torneo fue "
    "despedido de Always Ready y en su lugar llegó el ex seleccionador nacional Julio César Baldivieso."
)
# en-015-thewrap-daily-news-forbes.yaml
EN_INITIAL = "Kevin R. Convey, editor-in-chief of the Boston Herald, has been named to succeed Dunn at the NYDN."
EN_ELIDED = (
    "Lewis D'Vorkin, who became chief product officer at Forbes when the company acquired his website True/Slant, "
    'was brought in above Baldwin to oversee "all editorial areas."'
)
# de-019-wuv-chefredakteure-waz.yaml
DE_AFTER_YEAR = (
    'Sein Nachfolger bei der "Braunschweiger Zeitung" wird ab dem 1. Juli 2010 Armin Maus (45), derzeit '
    "Chefredakteur des „Fränkischen Tags“ in Bamberg."
)


def people(reader: Reader, text: str, language: str) -> list[str]:
    """The names the reader reads as people in one sentence, as it writes them."""
    reader.read("", language=language)  # a new document: no names seen before
    tokens = [_Token(fold_word(m.group()), m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    return [mention.name for mention in reader._people(text, tokens, [], language)]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (IT_PARTICLE, "it", "Vito De Filippo"),  # a capitalised particle
        (FR_PARTICLE, "fr", "Michel Der Zakarian"),
        (FR_AGENT, "fr", "Olivier Dall’Oglio"),  # an elided particle, written as the text writes it
        (EN_ELIDED, "en", "Lewis D'Vorkin"),
        (ES_PARTICLE, "es", "David de la Torre"),  # a particle of two words in lower case
        (EN_INITIAL, "en", "Kevin R. Convey"),  # a middle initial
        (DE_AFTER_YEAR, "de", "Armin Maus"),  # after a year, not after a count ("17 Jahre Erfahrung")
    ],
)
def test_a_name_with_a_particle_or_an_initial_is_one_person(reader, text, language, name):
    assert name in people(reader, text, language)


def test_a_particle_or_initial_joins_no_name_to_an_organisation(reader):
    """'Florian Königsbüscher von Rewe': 'von' after a name of two words is the origin's marker."""
    # de-007-lebensmittelzeitung-wettbewerber.yaml
    text = (
        "Einen Eigenmarken-Fachmann holten sich die Essener mit Florian Königsbüscher von Rewe, den Frische-Profi "
        "Dietmar Frötscher von Kaufland."
    )
    assert people(reader, text, "de") == ["Florian Königsbüscher", "Dietmar Frötscher"]
    first = reader.read(ES_PARTICLE, language="es")[0]
    assert (first.person, first.from_) == ("David de la Torre", "Always Ready")


# it-010-finanza-recordati-altavilla.yaml
IT_PERIPHRASIS = (
    "Altavilla in procinto di lasciare l’incarico di presidente in Recordati in quanto nominato alla presidenza con "
    "importanti deleghe esecutive sulla strategia di Ita (la compagnia che nascerà da Alitalia)."
)
# fr-016-ultimatepocket-trois-deputes-modem.yaml
FR_NOUN_OF_LEAVING = (
    "Encore trois départs du groupe de La République en marche (LRM) à l’Assemblée nationale : les députés "
    "Christophe Blanchet (Calvados), Perrine Goulet (Nièvre) et Blandine Brocard (Rhône) ont annoncé, lundi 7 "
    "septembre, rejoindre le groupe du Mouvement démocrate (MoDem) et apparentés, après la main tendue du président "
    "de ce dernier, Patrick Mignola, cet été."
)
# es-020-hipertextual-amodei-rechazo.yaml
ES_ADVERB = (
    "Sin embargo, se marchó junto a su hermana Daniela, quien también formaba parte de la compañía, en desacuerdo "
    "con el vínculo cada vez más fuerte entre los de Sam Altman y Microsoft."
)


def test_a_name_of_one_word_may_open_a_sentence_a_periphrasis_before_its_verb(reader):
    """'Altavilla in procinto di lasciare': words in lower case between the subject and its verb of leaving."""
    found = reader.read(IT_PERIPHRASIS, language="it")
    assert {c.person for c in found} == {"Altavilla"}
    assert {"Recordati", "Ita"} <= {found[0].from_, found[0].to}


def test_no_word_opening_a_sentence_is_a_name_before_a_noun_of_leaving_or_a_comma(reader):
    """'Encore trois départs' (a number: a noun of leaving), 'Sin embargo, se marchó' (an adverb, a comma)."""
    assert "Encore" not in {c.person for c in reader.read(FR_NOUN_OF_LEAVING, language="fr")}
    assert "Sin" not in people(reader, ES_ADVERB, "es")


@pytest.mark.parametrize(
    ("text", "language"),
    [(FR_OWNER, "fr"), (ES_OWNER, "es")],
)
def test_the_one_name_of_a_sentence_is_no_mover_when_a_preposition_governs_it(reader, text, language):
    """'le parti d’Édouard Philippe', 'entre los de Sam Altman': the only name of the sentence is an owner or a
    bystander; who moves is a group or the subject the verb implies, and the name is not proposed in its place
    (as it is not when someone else is named)."""
    assert [c.person for c in reader.read(text, language=language) if c.person] == []


def test_the_names_of_a_list_a_preposition_governs_are_no_movers(reader):
    """'… delegó el control de la plantilla a los jugadores Gualberto Mojica y Marcelo Aguirre': the preposition,
    across its noun of people, governs the whole list; the coach who was dismissed is the sentence's unnamed
    subject."""
    assert reader.read(ES_PLAYERS, language="es") == []


def test_a_speaker_is_no_mover_when_a_noun_of_people_is_the_subject(reader):
    """'Los tres investigadores contratados … después de que Altman revelara en un podcast …': a word of
    speaking in any of its forms ('revelara', 'reveló', 'revealed', 'a révélé', 'verriet') marks a speaker, and a
    noun of people counts as someone else, as a second name does."""
    assert "Sam Altman" not in {c.person for c in reader.read(ES_SPEAKER, language="es")}


def test_a_german_noun_of_leaving_before_von_names_who_leaves(reader):
    """'der Rücktritt von Joelle Pineau' (seeds/001_53307b00e7c061a0.txt): 'von' after a noun — German
    capitalises it — is its genitive, the one who resigns, not the agent 'entlassen von X' would name."""
    found = reader.read("Welche Folgen hatte der Rücktritt von Joelle Pineau bei Meta?", language="de")
    assert moves(found) == {("Joelle Pineau", "Meta", None)}


def test_a_day_of_the_month_with_its_dot_does_not_end_a_german_sentence():
    """'am 13. Januar 2025', 'bis zum 31. Januar 2028': an ordinal, the sentence goes on."""
    assert sentences(DE_NEW_POST) == [DE_NEW_POST]
    first = "Wuttkes Vertrag laufe laut dem SDax-Unternehmen bis zum 31. Januar 2028."
    second = "Zuvor war er CEO eines Unternehmens, das Beratungsleistungen rund um erneuerbare Energien anbietet."
    assert sentences(f"{first} {second}") == [first, second]


def test_new_and_a_role_is_a_post_someone_takes_in_any_of_its_forms(reader):
    """'einen neuen Vorstandsvorsitzenden gefunden: Heiko Wuttke', 'einem neuen Chef … mit Guido Grandi',
    'this division’s new chief scientist': 'new' and a role in any case is a word of joining."""
    wuttke = [c for c in reader.read(DE_NEW_POST, language="de") if c.person == "Heiko Wuttke"]
    assert [(c.to, c.date) for c in wuttke] == [("PNE", "2025-01")]
    assert ("Guido Grandi", None, "NORMA Group") in moves(reader.read(DE_NEW_BOSS, language="de"))
    simonyan = reader.read(EN_NEW_POST, language="en")[-1]
    assert (simonyan.person, simonyan.to, simonyan.trigger) == ("Karén Simonyan", "Microsoft", "new chief")


def test_a_word_of_an_earlier_post_counts_in_all_its_forms(reader):
    """'Der frühere Chefredakteur der „Braunschweiger Zeitung“, Paul-Josef Raue', 'Der bisherige Chefredakteur
    der Saarbrücker Zeitung, Friedhelm Fiedler': a German adjective in every case, as 'ehemalige'."""
    raue = [c for c in reader.read(DE_FORMER, language="de") if c.person == "Paul-Josef Raue"]
    assert [(c.from_, c.pattern, c.date_kind) for c in raue] == [("Braunschweiger Zeitung", "former", "before")]
    fiedler = [c for c in reader.read(DE_PREVIOUS, language="de") if c.person == "Friedhelm Fiedler"]
    assert [(c.from_, c.pattern) for c in fiedler] == [("Saarbrücker Zeitung", "former")]


def test_a_member_named_after_including_takes_the_group_s_origin(reader):
    """'ha incorporado a otros ex empleados de OpenAI, incluyendo a Christian Gibson': 'incluyendo' opens the
    members as 'incluidos' does, the Spanish 'a' before a name marks the verb's object (no bystander), and the
    member comes from the group's organisation, though it stands in the clause of the name before."""
    gibson = [c for c in reader.read(ES_INCLUDING, language="es") if c.person == "Christian Gibson"]
    assert [(c.from_, c.pattern) for c in gibson] == [("OpenAI", "member")]


def test_a_hiring_verb_counts_in_its_infinitive_and_other_forms(reader):
    """'a permis de recruter des profils prestigieux, comme le CEO de Scale AI, Alexandr Wang', 'ha conseguido
    reclutar a Schulman': the infinitive hires as 'recrute' and 'recluta' do."""
    wang = [c for c in reader.read(FR_RECRUIT, language="fr") if c.person == "Alexandr Wang"]
    assert [(c.from_, c.pattern, c.trigger) for c in wang] == [("Scale AI", "hired", "recruter")]
    assert {c.trigger for c in reader.read(ES_INCLUDING, language="es")} == {"reclutar"}


def test_a_past_post_is_an_earlier_step(reader):
    """'Tagliasacchi, Borsos, and Minderer all worked at DeepMind': where they come from, before the report;
    'worked on OpenAI's o3' (en-003-newsbytes-wei-chung-meta.yaml) is no post: the words of a phrase are no
    words of an earlier step alone."""
    found = [c for c in reader.read(EN_WORKED_AT, language="en") if c.from_ == "DeepMind"]
    assert {(c.person, c.date_kind) for c in found} >= {("Zalán Borsos", "before"), ("Matthias Minderer", "before")}
    worked_on = "Wei has worked on OpenAI's o3 and deep research models since joining the company in 2023."
    assert all(c.pattern != "former" for c in reader.read(worked_on, language="en"))
