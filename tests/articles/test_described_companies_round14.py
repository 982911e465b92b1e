"""A company named after a description of it, fourteenth round (issue 25): "deja la multinacional
española Indra", "left the chipmaker Nvidia", "lascia il colosso americano Google". A noun of a company
right after the article, at most two more words in lower case, then the name: the name is an
organisation, also when it is new to the record and two words long. Before, only a name right after the
article (or a known organisation) was one, and the move named no organisation at all.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # made up, one per language
        ("es", "Ignacio Mataix deja la multinacional española Indra.", ("Ignacio Mataix", "Indra", None)),
        ("es", "Ignacio Mataix deja la empresa Indra.", ("Ignacio Mataix", "Indra", None)),
        ("it", "Marco Rossi lascia il colosso americano Google.", ("Marco Rossi", "Google", None)),
        ("en", "Mark Chen left the chipmaker Nvidia.", ("Mark Chen", "Nvidia", None)),
        ("fr", "Marie Dupont quitte le fabricant Airbus.", ("Marie Dupont", "Airbus", None)),
    ],
)  # fmt: skip
def test_a_company_after_its_description_is_the_organisation_of_the_move(reader, language, text, expected):
    assert expected in moves(reader.read(text, language=language))


def test_a_comma_ends_the_description_real(reader):
    """Real (it-034): "della compagnia, Jimmy Ba e Tony Wu" -- the names after the comma are the people
    who leave, not a company the description names."""
    text = (
        "Nel giro di due giorni xAI, la startup di intelligenza artificiale di Elon Musk, ha perso due dei suoi "
        "co-fondatori. Dopo meno di tre anni dal lancio della compagnia, Jimmy Ba e Tony Wu hanno annunciato il loro "
        "addio, segnando l’ultimo atto di un esodo iniziato da tempo."
    )
    found = moves(reader.read(text, language="it"))
    assert not any("Jimmy Ba" in (origin, to) for _who, origin, to in found)


def test_a_verb_after_the_company_noun_is_no_description_real(reader):
    """Real (it-034): "dall’azienda è stato Jimmy Ba" -- "è stato" is a verb, so Jimmy Ba is a person."""
    text = (
        "Il primo ad annunciare l’allontanamento dall’azienda è stato Jimmy Ba in un post su X, il social network "
        "dello stesso Musk."
    )
    found = moves(reader.read(text, language="it"))
    assert not any("Jimmy Ba" in (origin, to) for _who, origin, to in found)
