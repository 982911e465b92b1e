"""New ids: made from any text, unique by a suffix, and always within the record's id rules."""

from __future__ import annotations

import hashlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.edit import ids
from dashboard.record.model import MAX_ID_LENGTH, check_id


def test_an_id_is_made_from_a_name_a_title_or_an_address():
    assert ids.slug("Timothée Lacroix") == "timothee-lacroix"
    assert ids.slug("example.org /news/2024/a-b") == "example-org-news-2024-a-b"
    assert ids.allocate("???", set(), fallback="p") == "p"  # nothing usable left: the fallback
    assert ids.cut(ids.slug("A title, with words"), 8) == "a-title"  # cut, no trailing '-'


def test_a_taken_id_gets_the_first_free_suffix():
    taken = {"ada", "ada-2"}
    assert ids.unique("ada", taken) == "ada-3"
    assert ids.unique("bob", taken) == "bob"
    assert taken == {"ada", "ada-2"}  # only looked at: the caller adds what it uses


def test_a_suffix_never_makes_an_id_longer_than_the_rule():
    long = ids.slug("web.archive.org " + "/segment" * 30)
    assert len(long) == MAX_ID_LENGTH
    taken: set[str] = set()
    made = []
    for _ in range(12):
        made.append(ids.allocate("web.archive.org " + "/segment" * 30, taken, fallback="web"))
        taken.add(made[-1])
    assert made[0] == long and made[1].endswith("-2") and made[11].endswith("-12")
    assert len(set(made)) == 12
    assert all(len(made_id) == MAX_ID_LENGTH and check_id(made_id) == made_id for made_id in made)


@settings(max_examples=200, deadline=None)
@given(
    names=st.lists(st.text(min_size=0, max_size=150), min_size=1, max_size=8), fallback=st.sampled_from(["p", "web"])
)
def test_every_allocated_id_keeps_the_id_rules_and_is_new(names, fallback):
    taken = {"p", "web-2"}
    for name in names * 2:  # each name twice: the second time needs a suffix
        made = ids.allocate(name, taken, fallback=fallback)
        assert made not in taken
        assert check_id(made) == made  # the model's own check: pattern, whole match, length
        taken.add(made)


@pytest.mark.parametrize(
    ("person", "group", "expected"),
    [("ada", None, "ada-meta-to-apple-2024-05"), (None, "Three scientists", "three-scientists-meta-to-apple-2024-05"),
     (None, "???", "group-meta-to-apple-2024-05")],
)  # fmt: skip
def test_a_move_id_is_who_where_from_where_to_and_when(person, group, expected):
    assert ids.move_id(person=person, group=group, origin="meta", destination="apple", date="2024-05") == expected
    assert ids.stay_id(person="ada", org="meta", as_of="2024") == "ada-at-meta-2024"


@pytest.mark.parametrize(
    ("url", "expected"),
    [("https://example.org/team/ada", "example-org-team-ada"),
     ("https://www.povertyactionlab.org/people/latin%20america", "www-povertyactionlab-org-people-latin-america"),
     ("https://example.org/profile?id=7&lang=en", "example-org-profile-id-7-lang-en"),
     ("https://example.org/%E2%80%AE", "example-org"), ("https://%%%/", "web")],
)  # fmt: skip
def test_a_web_source_id_is_its_address_without_the_scheme(url, expected):
    assert ids.address_id(url, set()) == expected
    assert ids.address_id(url, {expected}) == f"{expected}-2"


def test_a_long_address_keeps_its_start_and_a_digest_of_the_whole_address():
    """Issue 24: one generated id over the length rule cost a 15,000-row import."""
    start = "https://web.archive.org/web/20211027155809/https://animalcharityevaluators.org/about/contributors/"
    made = {
        url: ids.address_id(url, set()) for url in (start + "meet-our-team/", "http" + start[5:] + "meet-our-team/")
    }
    for url, made_id in made.items():
        assert check_id(made_id) == made_id and len(made_id) <= MAX_ID_LENGTH
        assert made_id.startswith("web-archive-org-web-20211027155809-https-animalcharityevaluators-org-about")
        assert made_id.endswith("-" + hashlib.sha256(url.encode()).hexdigest()[:8])
    assert len(set(made.values())) == 2  # http and https: two ids, no suffix
