"""The sides of organisations (issue 25, tenth round): made-up sentences of the shapes the press
corpus has, in the languages where the grammar has them. Each checks the whole move, origin and
destination (the benchmark counts a candidate right with one right organisation on either side)."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Google perdió a Lucas Beyer, que se unió a OpenAI.", "es", ("Lucas Beyer", "Google", "OpenAI")),
        ("Apple a perdu Ruoming Pang, parti chez Meta.", "fr", ("Ruoming Pang", "Apple", "Meta")),
        ("Apple ha perso tre ricercatori, passati a Meta.", "it", ("tre ricercatori", "Apple", "Meta")),
    ],
)
def test_who_loses_people_is_where_they_leave(reader, text, language, expected):
    """The subject of a verb of losing someone ("perdre", "perder", "perdere", "verlieren", "lose")
    is the origin of the people it loses, whatever word of joining the sentence has."""
    assert moves(reader.read(text, language=language)) == {expected}
