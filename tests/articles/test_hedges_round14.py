"""Hedges, fourteenth round (issue 25): the modal verbs of a move not yet made, completed in the
languages ("dovrebbe passare", "debería fichar", "devraient rejoindre", "könnte wechseln", "might
join"): the move is rumoured, not stated.

Made-up sentences: the development part's hedges were listed already."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up, one per language
        ("it", "Marta Neri dovrebbe passare alla Fiorentina."),
        ("es", "Lucía Vega debería fichar por el Sevilla."),
        ("fr", "Les deux chercheurs devraient rejoindre Mistral AI."),
        ("de", "Paul Marten könnte zu Siemens wechseln."),
        ("en", "Priya Raman might join Meta."),
    ],
)  # fmt: skip
def test_a_modal_of_a_move_not_yet_made_makes_it_rumoured(reader, language, text):
    found = reader.read(text, language=language)
    assert found and all(c.certainty == "rumoured" for c in found)
