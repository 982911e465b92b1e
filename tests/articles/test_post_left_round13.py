"""A post a word of leaving governs is left (issue 25): "lascia la carica di presidente di Enav",
"deja el cargo de presidente de Telefónica". A role and "di"/"de" before an organisation had made it
the post taken, as in "è il nuovo presidente di Enav", whatever verb governed the post. Made up after
it-040 ("lascia la carica di presidente Enav", whose organisation without "di" is still missed)."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("it", "Marco Rossi lascia la carica di presidente di Enav.", ("Marco Rossi", "Enav", None)),
        ("es", "Pablo Ruiz deja el cargo de presidente de Telefónica.", ("Pablo Ruiz", "Telefónica", None)),
    ],
)
def test_a_post_left_is_the_origin(reader, language, text, expected):
    assert moves(reader.read(text, language=language)) == {expected}


def test_a_post_taken_stays_the_destination(reader):
    # guard: no word of leaving, the new post's organisation is where they go
    assert moves(reader.read("Marco Rossi è il nuovo presidente di Enav.", language="it")) == {
        ("Marco Rossi", None, "Enav")
    }
