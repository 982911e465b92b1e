"""Verb phrases of taking or leaving a post, sixteenth pass of the fourteenth round (issue 25).

- taking the lead of an organisation ("übernimmt die Leitung von A", "takes the helm of A", "va
  prendre la tête de A", "prenderà le redini di A", "tomará las riendas de A"): A is the destination,
  also when A is a name the record does not know and stands after the post's genitive;
- a role left ("tritt als Chef von A zurück", "ist als Chefin von A zurückgetreten", "démissionne de
  son poste de directeur de A"): A is the origin, wherever the verb of leaving stands;
- a verb of hiring with its object and a small word of where someone works ("B recrute X chez A",
  "B hired X at A", "B ficha a X en A"): A is where the person is taken from, B where they go.

The sentences are made up (other names than the battery's), one per language and shape: the
development corpus has few of these shapes with organisations the record does not know."""

from __future__ import annotations

import pytest

from support.articles import moves


def _sides(reader, text, language):
    return moves(reader.read(text, language=language))


@pytest.mark.parametrize(
    ("language", "text", "person", "destination"),
    [
        # made up
        ("de", "Paul Marten übernimmt die Leitung von Vextor.", "Paul Marten", "Vextor"),
        ("de", "Paul Marten übernimmt den Vorsitz von Vextor.", "Paul Marten", "Vextor"),
        ("de", "Paul Marten rückt an die Spitze von Vextor.", "Paul Marten", "Vextor"),
        ("de", "Paul Marten soll die Leitung von Vextor übernehmen.", "Paul Marten", "Vextor"),
        ("en", "Paul Marsh takes the helm of Vextor.", "Paul Marsh", "Vextor"),
        ("en", "Paul Marsh is set to take the reins of Vextor.", "Paul Marsh", "Vextor"),
        ("fr", "Paul Marin va prendre la tête de Vextor.", "Paul Marin", "Vextor"),
        ("it", "Paolo Marini prenderà le redini di Vextor.", "Paolo Marini", "Vextor"),
        ("es", "Pablo Marín va a tomar las riendas de Vextor.", "Pablo Marín", "Vextor"),
    ],
)  # fmt: skip
def test_taking_the_lead_of_an_organisation_joins_it(reader, language, text, person, destination):
    """The organisation after the post noun's genitive is the post's, where the person goes; before,
    'Leitung von Vextor' was read as a name with its particle, and 'the reins of Vextor' not at all."""
    assert (person, None, destination) in _sides(reader, text, language)


@pytest.mark.parametrize(
    ("language", "text", "person", "origin"),
    [
        # made up
        ("de", "Paul Marten tritt als Chef von Quorra zurück.", "Paul Marten", "Quorra"),
        ("de", "Paul Marten ist als Chef von Quorra zurückgetreten.", "Paul Marten", "Quorra"),
        ("fr", "Paul Marin démissionne de son poste de directeur de Quorra.", "Paul Marin", "Quorra"),
        ("es", "Pablo Marín dimite como presidente de Quorra.", "Pablo Marín", "Quorra"),
    ],
)  # fmt: skip
def test_a_role_left_names_the_origin(reader, language, text, person, origin):
    """With a verb of leaving and none of joining, the organisation of the role is left, not joined."""
    found = _sides(reader, text, language)
    assert (person, origin, None) in found
    assert not any(to == origin for _person, _from, to in found)


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        # made up
        ("fr", "Vextor recrute Paul Marin chez Quorra.", "Paul Marin"),
        ("fr", "Vextor a débauché Paul Marin chez Quorra.", "Paul Marin"),
        ("en", "Vextor hired Paul Marsh at Quorra.", "Paul Marsh"),
        ("es", "Vextor ficha a Pablo Marín en Quorra.", "Pablo Marín"),
        ("de", "Vextor holt Paul Marten bei Quorra ab.", "Paul Marten"),
    ],
)  # fmt: skip
def test_where_the_hired_one_works_is_the_origin(reader, language, text, person):
    """After a verb of hiring and its object, 'chez', 'at', 'en', 'bei' name where the person is taken
    from; the hiring organisation, the verb's subject, is where they go."""
    found = _sides(reader, text, language)
    assert (person, "Quorra", "Vextor") in found
    assert not any(to == "Quorra" for _person, _from, to in found)


def test_joining_at_stays_the_destination(reader):
    """Made up: without a hiring organisation before the verb, 'at' keeps naming where someone goes."""
    assert ("Paul Marsh", None, "Quorra") in _sides(reader, "Paul Marsh joins the board at Quorra.", "en")
