"""A number, an adjective and a noun of people, fourteenth round (issue 25): "Zwei leitende Forscher von
OpenAI wechseln zu Anthropic" gave OpenAI as the destination, because "Forscher" after an adjective was
read as a role (whose "von" names where someone is) rather than the noun of a counted group. A number
counts its noun across one adjective in lower case."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # made up
        ("de", "Zwei leitende Forscher von OpenAI wechseln zu Anthropic.",
         ("Zwei leitende Forscher", "OpenAI", "Anthropic")),
        ("de", "Drei erfahrene Ingenieure von Google wechseln zu Meta.",
         ("Drei erfahrene Ingenieure", "Google", "Meta")),
    ],
)  # fmt: skip
def test_a_counted_group_with_an_adjective_moves_from_its_origin(reader, language, text, expected):
    assert moves(reader.read(text, language=language)) == {expected}


def test_one_person_of_a_group_with_an_adjective_real(reader):
    """Real (de-038): "mit Frank Chu erneut ein hochrangiger KI-Spezialist von Apple zum … Meta" now
    goes from Apple to Meta (it went to Apple)."""
    text = (
        "Wie Bloomberg berichtet, wechselt mit Frank Chu erneut ein hochrangiger KI-Spezialist von Apple zum "
        "Social-Media-Riesen Meta."
    )
    assert ("Frank Chu", "Apple", "Meta") in moves(reader.read(text, language="de"))
