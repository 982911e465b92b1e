"""An organisation after a role and "of" (issue 25): "steps down as chairman of Barclays", "the chief
executive of Barclays, John Smith, is stepping down". German, French, Spanish and Italian mark such an
organisation with their word of origin ("von", "de", "di"), which opens a new organisation's name;
English's "of" did not, so an organisation the record does not know was lost. Made-up sentences: the
development corpus's English excerpts name such organisations only where the record knows them."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "John Smith steps down as chairman of Barclays.", ("John Smith", "Barclays", None)),
        ("en", "The chief executive of Barclays, John Smith, is stepping down.", ("John Smith", "Barclays", None)),
        ("en", "John Smith, the chief executive of Barclays, is leaving the bank.", ("John Smith", "Barclays", None)),
        ("fr", "Paul Roux quitte la présidence de Renault.", ("Paul Roux", "Renault", None)),
        ("es", "Pablo Ruiz deja la presidencia de Iberdrola.", ("Pablo Ruiz", "Iberdrola", None)),
    ],
)
def test_the_organisation_of_a_role_is_read_in_english_as_in_the_other_languages(reader, language, text, expected):
    assert moves(reader.read(text, language=language)) == {expected}


def test_of_after_a_word_that_is_no_role_opens_no_organisation(reader):
    # guard: "one of Barclays' ..." is no role of Barclays
    found = reader.read("John Smith, one of Barclays' bankers, joins OpenAI.", language="en")
    assert moves(found) == {("John Smith", None, "OpenAI")}
