"""Successions, fourteenth round (issue 25).

- A successor told in the sentence after the departure ("Motta … has been replaced by Igor Tudor",
  "Sein Nachfolger wird X", "Al suo posto arriva X", "Su sustituto será X") comes to the organisation
  that departure left, when it left exactly one: the sentence names none itself.
- An active word of succession with its object and a preposition ("replaced him with Igor Tudor",
  "sustituyó a X por Y", "ha sostituito X con Y") names the successor after the preposition; before,
  the successor was read as the one replaced, and the dismissed coach as the one who came.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest

from support.articles import hands_over, moves


def test_a_successor_in_the_sentence_after_comes_to_the_club_left_real(reader):
    """Real (en-038): the club is named only in the sentence before, the departure twice."""
    text = (
        "Juventus have sacked head coach Thiago Motta less than a season into his tenure and moved quickly to line "
        "up his replacement. Motta, 42, was officially informed of his dismissal by the club’s hierarchy on Sunday "
        "after a nightmare run of results and has been replaced by Igor Tudor."
    )
    found = moves(reader.read(text, language="en"))
    assert hands_over(found, "Thiago Motta", "Igor Tudor", "Juventus")


@pytest.mark.parametrize(
    ("language", "text", "left", "came", "club"),
    [
        # made up, one per language
        ("de", "Der HSV hat Markus Gisdol entlassen. Sein Nachfolger wird Dieter Hecking.", "Markus Gisdol",
         "Dieter Hecking", "HSV"),
        ("it", "La Juventus ha esonerato Thiago Motta. Al suo posto arriva Igor Tudor.", "Thiago Motta",
         "Igor Tudor", "Juventus"),
        ("es", "El Sevilla destituyó a Julen Lopetegui. Su sustituto será Jorge Sampaoli.", "Julen Lopetegui",
         "Jorge Sampaoli", "Sevilla"),
        ("en", "Thiago Motta left Juventus. He was replaced by Igor Tudor.", "Thiago Motta", "Igor Tudor",
         "Juventus"),
    ],
)  # fmt: skip
def test_a_successor_named_after_the_departure_comes_to_its_organisation(reader, language, text, left, came, club):
    assert hands_over(moves(reader.read(text, language=language)), left, came, club)


def test_a_successor_after_two_organisations_left_gets_none(reader):
    """Made up: the departure before left two organisations; which one the successor takes is not said."""
    text = "Hansi Flick verlässt den FC Bayern und den DFB. Sein Nachfolger wird Thomas Tuchel."
    found = moves(reader.read(text, language="de"))
    assert not any(who == "Thomas Tuchel" for who, _origin, _to in found)


@pytest.mark.parametrize(
    ("language", "text", "left", "came", "club"),
    [
        # made up, one per language
        ("en", "Juventus have sacked Thiago Motta and replaced him with Igor Tudor.", "Thiago Motta", "Igor Tudor",
         "Juventus"),
        ("es", "El Sevilla sustituyó a Julen Lopetegui por Jorge Sampaoli.", "Julen Lopetegui", "Jorge Sampaoli",
         "Sevilla"),
        ("it", "La Juventus ha sostituito Thiago Motta con Igor Tudor.", "Thiago Motta", "Igor Tudor", "Juventus"),
        ("en", "Meta replaced Yann LeCun with Alexandr Wang.", "Yann LeCun", "Alexandr Wang", "Meta"),
    ],
)  # fmt: skip
def test_replaced_with_names_the_successor_after_the_preposition(reader, language, text, left, came, club):
    assert hands_over(moves(reader.read(text, language=language)), left, came, club)
