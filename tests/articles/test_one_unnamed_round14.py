"""An unnamed person, fourteenth round (issue 25): "A former post-training lead at OpenAI announced a
move to Anthropic" names nobody, yet tells a move. An indefinite article that opens the sentence or
follows a verb of moving or hiring, at most three words, and a noun of one person at work (lists
``indefinite_articles`` and ``person_nouns``) make a group of one. An apposition or a predicate
("Max Schwarzer, a top researcher at OpenAI, …", "fue un ejecutivo de OpenAI") describes a named
person and makes no group.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest


def test_an_unnamed_lead_moves_real(reader):
    """Real (en-041)."""
    text = (
        "A former post-training lead at OpenAI announced a move to Anthropic, not for a management position, but "
        "to return to hands-on individual contributor (IC) research in reinforcement learning."
    )
    found = reader.read(text, language="en")
    assert [(c.group, c.headcount, c.from_, c.to) for c in found] == [
        ("A former post-training lead", 1, "OpenAI", "Anthropic")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # made up, one per language
        ("en", "Meta has hired a top researcher from Google.", ("a top researcher", "Google", "Meta")),
        ("de", "Ein Forscher von OpenAI wechselt zu Anthropic.", ("Ein Forscher", "OpenAI", "Anthropic")),
        ("es", "Un investigador de Google ficha por Meta.", ("Un investigador", "Google", "Meta")),
        ("fr", "Un chercheur de Google rejoint Meta.", ("Un chercheur", "Google", "Meta")),
        ("it", "Un ricercatore di Google passa a Meta.", ("Un ricercatore", "Google", "Meta")),
    ],
)  # fmt: skip
def test_an_unnamed_person_of_one_is_a_group_of_one(reader, language, text, expected):
    found = reader.read(text, language=language)
    groups = {(c.group, c.from_, c.to) for c in found if c.group is not None}
    assert expected in groups or (expected[0], None, expected[2]) in groups
    assert all(c.headcount == 1 for c in found if c.group is not None)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # real (en-002): an apposition of a named person
        ("en", "Max Schwarzer, a top researcher at OpenAI, just left for rival AI company Anthropic."),
        # real (es-020): a predicate
        ("es", "Dario Amodei fue un ejecutivo top de OpenAI, llegando a ocupar el rol de vicepresidente de "
               "Investigación."),
    ],
)  # fmt: skip
def test_a_description_of_a_named_person_is_no_group(reader, language, text):
    assert not any(c.group for c in reader.read(text, language=language))
