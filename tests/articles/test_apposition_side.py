"""Where a person is, told in an apposition to their name (issue 25, the sides of a move): the
organisation of a role between commas right after the name is the origin, not where the sentence's
verb takes them; a verb on the other side of the comma is the person's, not the organisation's."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # en-015-thewrap-daily-news-forbes.yaml
        (
            "Kevin R. Convey, editor-in-chief of the Boston Herald, has been named to succeed Dunn at the NYDN.",
            "en",
            ("Kevin R. Convey", "Boston Herald", "NYDN"),
        ),
        (
            "Peter Stefan Herbst, bislang Chefredakteur der Lausitzer Rundschau, wechselt ab 1. Januar 2005 zur "
            "Saarbrücker Zeitung.",
            "de",
            ("Peter Stefan Herbst", "Lausitzer Rundschau", "Saarbrücker Zeitung"),
        ),
        (
            "Marco Rossi, direttore del Corriere di Bologna, passa alla Gazzetta di Parma.",
            "it",
            ("Marco Rossi", "Corriere di Bologna", "Gazzetta di Parma"),
        ),
    ],
)
def test_the_organisation_of_a_role_in_apposition_is_the_origin(reader, text, language, expected):
    assert expected in moves(reader.read(text, language=language))


def test_a_verb_in_the_organisations_own_clause_still_sets_its_side(reader):
    """Without a comma between them, the verb next to the organisation is its own ('gegründet')."""
    found = moves(reader.read("Safe Superintelligence gegründet hat Ilya Sutskever.", language="de"))
    assert ("Ilya Sutskever", None, "Safe Superintelligence") in found


def test_an_apposition_with_a_word_of_moving_is_no_post(reader):
    """'X, who joined from Y,' tells a move inside the apposition: its verb sets the side."""
    found = moves(reader.read("Anna Berg, who joined Helix AG from Quanta, left Helix AG for Meta.", language="en"))
    assert all(to != "Quanta" for _who, _from, to in found), found
