"""Appointing, fourteenth round (issue 25): an organisation that appointed someone hires them. English
listed only "appoints" among the verbs of hiring, so "Everton appointed David Moyes" gave no move (the
organisation new to the record was not read as the subject); the passive ("was appointed") keeps its
reading, and a person who appoints is no organisation.

Made-up sentences: the corpus has no such sentence in English."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # made up
        ("en", "Everton appointed David Moyes.", ("David Moyes", None, "Everton")),
        ("en", "Everton have appointed David Moyes as manager.", ("David Moyes", None, "Everton")),
        ("en", "David Moyes was appointed manager of Everton.", ("David Moyes", None, "Everton")),
        ("de", "Der HSV ernannte Dieter Hecking zum Trainer.", ("Dieter Hecking", None, "HSV")),
    ],
)  # fmt: skip
def test_an_organisation_that_appointed_someone_hires_them(reader, language, text, expected):
    assert moves(reader.read(text, language=language)) == {expected}


def test_a_person_who_appoints_is_no_organisation(reader):
    found = moves(reader.read("Mark Zuckerberg appointed Alexandr Wang.", language="en"))
    assert not any("Zuckerberg" in (origin or "") or "Zuckerberg" in (to or "") for _who, origin, to in found)
    assert not any(who == "Mark Zuckerberg" for who, _origin, _to in found)
