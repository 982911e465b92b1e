"""The German perfect, fourteenth round (issue 25): the object of a perfect stands before the
participle that ends the clause ("Paul Marten hat Quorra verlassen"); an organisation new to the
record there was no organisation, so the most common past of German news gave no move. One
capitalised word after the auxiliary (and an article), or two with a word of an organisation's name,
then at most three small words or a month and a participle of moving: an organisation. Two words that
read as a person's name are none ("hat Anna Weber verlassen").

Made-up sentences: the corpus's German perfects name organisations the record knows or that carry an
article and a noun ("den Verein Quorra"), which were read already."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # made up
        ("Paul Marten hat Quorra verlassen.", ("Paul Marten", "Quorra", None)),
        ("Paul Marten hatte Quorra im Mai verlassen.", ("Paul Marten", "Quorra", None)),
        ("Paul Marten hat den Hamburger SV verlassen.", ("Paul Marten", "Hamburger SV", None)),
        ("Jane Doe hat Initech verlassen und ist zu Globex gewechselt.", ("Jane Doe", "Initech", "Globex")),
    ],
)  # fmt: skip
def test_the_object_before_a_final_participle_is_the_organisation(reader, text, expected):
    assert expected in moves(reader.read(text, language="de"))


def test_two_words_that_read_as_a_name_are_no_organisation(reader):
    """Made up: leaving a person is no move between organisations."""
    assert moves(reader.read("Paul Marten hat Anna Weber verlassen.", language="de")) == set()
