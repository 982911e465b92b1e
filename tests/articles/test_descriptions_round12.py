"""Organisations named by a description, twelfth round (issue 25): "the company" ("della compagnia",
"l'entreprise") may be an organisation the record does not know but the text marks, and on a tie
the record's own organisation is meant, not a newspaper named as often. Real sentences of the
development part, quoted verbatim."""

from __future__ import annotations

from support.articles import moves

# it-034-mahalsa-xai-cofondatori-lasciano.yaml (the first paragraph of the excerpt)
IT_NEW_COMPANY = (
    "Nel giro di due giorni xAI, la startup di intelligenza artificiale di Elon Musk, ha perso due dei suoi "
    "co-fondatori. Dopo meno di tre anni dal lancio della compagnia, Jimmy Ba e Tony Wu hanno annunciato il loro "
    "addio, segnando l’ultimo atto di un esodo iniziato da tempo."
)

# fr-021 (the first two paragraphs' first sentences): Meta once, "le WSJ" once, then "l'entreprise"
FR_TIE = (
    "Le PDG de la société Meta, Mark Zuckerberg, a embauché trois chercheurs de premier plan d'OpenAI pour "
    "participer à un projet de création d'une super-intelligence artificielle. C'est ce qu'écrit le WSJ, citant "
    "des sources familières avec les changements de personnel à Zurich.\n"
    "Lucas Bayer, Alexander Kolesnikov et Xiaohua Chai ont rejoint l'entreprise, ayant fondé le bureau zurichois "
    "d'OpenAI fin 2024."
)


def test_the_company_may_be_an_organisation_only_the_text_names(reader):
    """'xAI' is in no record: the text marks it (a name written as no word is), so 'della compagnia'
    in the next sentence is xAI, and the two co-founders' farewell leaves it."""
    found = moves(reader.read(IT_NEW_COMPANY, language="it"))
    assert ("Jimmy Ba", "xAI", None) in found
    assert ("Tony Wu", "xAI", None) in found


def test_on_a_tie_the_company_is_the_one_the_record_knows(reader):
    """Meta and the WSJ are each named once before 'ont rejoint l'entreprise': the company the
    researchers join is Meta, not the newspaper that reports it, although the WSJ is named later."""
    found = moves(reader.read(FR_TIE, language="fr"))
    assert ("Lucas Bayer", "OpenAI", "Meta") in found
    assert not any(to == "WSJ" for _who, _origin, to in found)


def test_the_company_is_nothing_when_the_text_named_none(reader):
    """Without an organisation before it, 'della compagnia' means nobody: the sentence of it-034
    alone gives the co-founders no organisation, so no candidate."""
    alone = IT_NEW_COMPANY.split("co-fondatori. ", 1)[1]
    assert not moves(reader.read(alone, language="it"))


# it-034 (the excerpt up to Greg Yang's sentence: xAI named four times, Microsoft once, in his sentence)
IT_FORMER_AND_COMPANY = (
    IT_NEW_COMPANY + "\n\nIl primo ad annunciare l’allontanamento dall’azienda è stato Jimmy Ba in un post su X, il "
    "social network dello stesso Musk. Poco dopo è arrivato il messaggio di Tony Wu. Entrambi hanno ringraziato Musk "
    "e i membri di xAI, ma non hanno specificato il motivo della loro scelta.\n\nL’esodo da xAI\n\nCon queste "
    "ultime due dimissioni viene dimezzato il gruppo dei 12 co-fondatori originali di xAI, che negli ultimi due anni "
    "ha visto molti addii importanti.\n\nIl primo dei co-fondatori ad andarsene nel 2024 è stato Kyle Kosic, passato "
    "ai rivali di OpenAI. Nel febbraio 2025 è arrivato il turno del veterano di Google Christian Szegedy, che ha "
    "aperto la strada all’addio di Igor Babuschkin, separatosi dalla strartup di Musk per fondare una sua società. "
    "A gennaio 2026 anche Greg Yang, ex Microsoft, ha lasciato l’azienda dopo aver scoperto di essere affetto dalla "
    "malattia di Lyme."
)

# en-023-thehindu-schulman-quits-openai.yaml: "the company's" after "former OpenAI executive"
EN_FORMER_AND_COMPANY = (
    "He reiterated that he felt OpenAI was in capable hands and that its teams would thrive without him, striking a "
    "starkly different note from former OpenAI executive Jan Leike, who criticised the company’s safety procedures "
    "as he departed."
)


def test_the_company_left_is_the_origin_not_an_earlier_post(reader):
    """'Greg Yang, ex Microsoft, ha lasciato l'azienda': Microsoft is an earlier post in an
    apposition, nearer the name; what the verb leaves is 'the company', xAI (named most often
    before it)."""
    found = moves(reader.read(IT_FORMER_AND_COMPANY, language="it"))
    assert ("Greg Yang", "xAI", None) in found
    assert ("Greg Yang", "Microsoft", None) not in found


def test_a_description_with_a_word_of_leaving_is_a_move_not_an_earlier_post(reader):
    """'former OpenAI executive Jan Leike, who criticised the company's safety procedures as he
    departed': the company is OpenAI, and Leike's candidate is a move read from 'departed', not only
    the earlier post 'former' says."""
    found = reader.read(EN_FORMER_AND_COMPANY, language="en")
    assert {(c.person, c.from_, c.pattern) for c in found} == {("Jan Leike", "OpenAI", "move-verb")}
