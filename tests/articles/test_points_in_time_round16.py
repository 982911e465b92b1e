"""A point in time is no organisation (issue 25, round 16). German capitalises every noun, so "Ende
Juni", "Anfang Mai" and "am Freitag" after a word of leaving had been read as the organisation left
("Berg tritt Ende Juni zurück": from "Ende Juni"), with a high confidence. The nouns of a point in
time ("Ende", "Anfang", "Mitte", the days of the week) are in German's ``not_names``; a month alone
after them is no name either. The sentences are made up."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    "text",
    [
        "Mara Lind tritt Ende Juni zurück.",
        "Jan Berg hat am Freitag gekündigt.",
        "Jan Berg geht Anfang Mai.",
        "Mara Lind hört Mitte März auf.",
    ],
)
def test_a_point_in_time_is_no_organisation_left(reader, text):
    assert {org for _, org, _ in moves(reader.read(text, language="de"))} <= {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan Berg verlässt Quorra Ende Juni.", ("Jan Berg", "Quorra", None)),
        ("Jan Berg wechselt am Montag von Quorra zu Globex.", ("Jan Berg", "Quorra", "Globex")),
        ("Die Welt am Sonntag berichtet, Jan Berg verlässt Quorra.", ("Jan Berg", "Quorra", None)),
    ],
)
def test_the_organisation_beside_a_point_in_time_is_still_read(reader, text, expected):
    assert expected in moves(reader.read(text, language="de"))
