"""Parting ways is a dismissal and a departure (issue 25): "se sépare de", "se separa de", "parts ways
with", "trennt sich von" were in the lists of dismissals but not of leaving, so a sentence with no
other word of moving proposed nobody in French or Spanish (English's sentence was read already: it
stays so). Made-up sentences after the seventh batch's "le Genoa s’est
séparé de Thiago Motta" (fr-033), whose whole sentence, with a hire after it, the reader still misses
(docs/curating.md)."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "En Italie, le Genoa s’est séparé de Thiago Motta.", ("Thiago Motta", "Genoa", None)),
        ("es", "El Betis se separa de Pablo Ruiz.", ("Pablo Ruiz", "Betis", None)),
        ("en", "OpenAI parts ways with John Smith.", ("John Smith", "OpenAI", None)),
    ],
)
def test_whoever_an_organisation_parts_ways_with_leaves_it(reader, language, text, expected):
    assert moves(reader.read(text, language=language)) == {expected}
