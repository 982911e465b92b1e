"""A "from A to B" with a neutral verb of going (issue 25, "all word orders of from A to B"): "moves from
A to B", "pasa del A al B", "passe de A à B", "passa dal A alla B", "geht von A zu B" — and German's
contractions "vom" and "zum", which are both an article and a marker of a side. The development
corpus has no such sentence (the measure did not move); these are made up, one shape per language,
with clubs the record does not know and labs it does."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "John Smith moved from Google to OpenAI.", ("John Smith", "Google", "OpenAI")),
        ("en", "John Smith switched from Google to OpenAI in March.", ("John Smith", "Google", "OpenAI")),
        ("es", "Pablo Ruiz pasa del Sevilla al Betis.", ("Pablo Ruiz", "Sevilla", "Betis")),
        ("es", "Pablo Ruiz pasará de OpenAI a Meta.", ("Pablo Ruiz", "OpenAI", "Meta")),
        ("fr", "Paul Roux passera de Google à OpenAI.", ("Paul Roux", "Google", "OpenAI")),
        ("it", "Paolo Rossi passa dal Genoa alla Sampdoria.", ("Paolo Rossi", "Genoa", "Sampdoria")),
        ("it", "Paolo Rossi passa dal Milan all'Inter.", ("Paolo Rossi", "Milan", "Inter")),
        ("de", "Paul Weber geht von Google zu OpenAI.", ("Paul Weber", "Google", "OpenAI")),
    ],
)
def test_a_neutral_verb_of_going_with_its_origin_gives_both_sides(reader, language, text, expected):
    assert moves(reader.read(text, language=language)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Paul Weber wechselt vom Hamburger SV zu Hertha BSC.",
        "Paul Weber wechselte vom Hamburger SV zu Hertha BSC.",
        "Der Trainer Paul Weber wechselt vom Hamburger SV zum FC Neustadt.",
    ],
)
def test_vom_marks_the_origin_though_it_is_an_article_too(reader, text):
    ((person, origin, destination),) = moves(reader.read(text, language="de"))
    assert (person, origin) == ("Paul Weber", "Hamburger SV")
    assert destination in ("Hertha BSC", "FC Neustadt")
