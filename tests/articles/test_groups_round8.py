"""Moves of unnamed groups (issue 25, eighth round): the grammar of numbers and nouns of people in
the five languages. Each rule on sentences of the shapes the press corpus has, in at least two
languages where the grammar has the shape, read against the shipped record's organisations as
``bench/candidates.py`` reads them."""

from __future__ import annotations

import pytest

from support.articles import moves

# --- an approximate number is a group whose headcount the text does not give ---------------------


@pytest.mark.parametrize(
    ("language", "sentence", "group"),
    [
        ("en", "A dozen engineers left Google for OpenAI.", "dozen engineers"),
        ("de", "Ein Dutzend Forscher wechselt von Google zu OpenAI.", "Dutzend Forscher"),
        ("fr", "Une dizaine de chercheurs ont quitté Google pour OpenAI.", "dizaine de chercheurs"),
        ("it", "Una decina di ricercatori ha lasciato Google per OpenAI.", "decina di ricercatori"),
        ("es", "Una docena de ingenieros se unió a OpenAI desde Google.", "docena de ingenieros"),
    ],
)
def test_an_approximate_number_makes_a_group(reader, language, sentence, group):
    found = [c for c in reader.read(sentence, language=language) if c.group is not None]
    assert [(c.group, c.headcount) for c in found] == [(group, None)]
    assert found[0].to == "OpenAI"
