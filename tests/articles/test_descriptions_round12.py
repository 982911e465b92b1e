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
