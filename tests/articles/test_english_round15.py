"""English shapes of the press that the reader missed (issue 25, round 15): a grammar of how English news
tells a hire, a departure, an appointment or a succession, beyond the sentences of the corpus.

- an apposition of a former post names the origin: "Jane Doe, Quorra's former CEO,", "formerly of
  Quorra", "a Quorra veteran"; a possessive before "new" and a role names the destination ("Globex's new
  chief executive"), after "as" the verb decides ("joins as Globex's chief scientist");
- a phrase of joining governs the organisation after its last word ("was appointed to lead Globex");
- the one word that opens a sentence before a verb of a statement is an organisation when the sentence
  speaks of "the company", of a noun of joining and its "of", or of a name's noun of moving ("Quorra
  confirmed that Jane Doe had left the company", "Globex announced the appointment of Jane Doe");
- a name after "at", or after a tenure, in a relative clause is where the person was, not where the main
  verb takes them ("Jane Doe, who spent six years at Quorra, joined Globex");
- a phrase of negation before the word of moving says no move ("has no plans to leave Quorra");
- a heading in capitals is read as a sentence writes it ("GLOBEX HIRES JANE DOE FROM QUORRA").

All sentences are made up, with names the record does not know."""

from __future__ import annotations

import pytest

from support.articles import hands_over, moves


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, Quorra's former CEO, has joined Globex.",
        "Jane Doe, Quorra's former head of AI, has joined Globex.",
        "Jane Doe, formerly of Quorra, has joined Globex.",
        "Jane Doe, a Quorra veteran, moves to Globex.",
        "Jane Doe, a Quorra researcher, has joined Globex.",
        "Globex has poached Jane Doe from rival Quorra.",
    ],
)
def test_an_apposition_of_a_former_post_names_the_origin(reader, text):
    """Before, the organisation of the apposition was no side of the move (or no organisation at all)."""
    assert moves(reader.read(text, language="en")) == {("Jane Doe", "Quorra", "Globex")}


def test_an_apposition_of_a_post_with_no_move_gives_none(reader):
    assert moves(reader.read("Jane Doe, a Globex researcher, said Quorra was a rival.", language="en")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe was appointed to lead Globex.",
        "Jane Doe has been named to head Globex.",
        "Jane Doe was tapped to run Globex's research lab.",
        "Jane Doe will take over as chief executive of Globex.",
        "Jane Doe has joined as Globex's chief scientist.",
        "Jane Doe will become Globex's new chief executive.",
        "Jane Doe, Globex's new chief executive, said she was proud.",
        "Globex today announced the appointment of Jane Doe as its chief financial officer.",
    ],
)
def test_a_post_taken_at_an_organisation_names_the_destination(reader, text):
    assert moves(reader.read(text, language="en")) == {("Jane Doe", None, "Globex")}


def test_a_possessive_role_of_now_is_no_move(reader):
    assert moves(reader.read("Jane Doe, Quorra's chief executive, said she was proud.", language="en")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe will succeed Mara Lind as Globex's chief scientist.",
        "Jane Doe takes over from Mara Lind as Globex chief executive.",
        "Globex named Jane Doe to succeed Mara Lind.",
    ],
)
def test_a_succession_at_an_organisation_named_by_a_possessive_or_a_subject(reader, text):
    assert hands_over(moves(reader.read(text, language="en")), "Mara Lind", "Jane Doe", "Globex")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quorra confirmed that Jane Doe had left the company.", ("Jane Doe", "Quorra", None)),
        ("Quorra announced Jane Doe's departure on Friday.", ("Jane Doe", "Quorra", None)),
        ("Ribera FC confirmed the signing of Jane Doe from Quorra United.", ("Jane Doe", "Quorra United", "Ribera FC")),
    ],
)
def test_the_organisation_that_announces_a_move(reader, text, expected):
    """The opening word before "confirmed", "announced" was no organisation: the move had no side."""
    assert moves(reader.read(text, language="en")) == {expected}


def test_who_announces_someone_elses_departure_is_no_side(reader):
    text = "Globex said Jane Doe's departure from Quorra was a surprise."
    assert moves(reader.read(text, language="en")) == {("Jane Doe", "Quorra", None)}


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, who did not want to stay at Quorra, joined Globex.",
        "Jane Doe, who spent six years at Quorra, joined Globex.",
    ],
)
def test_where_a_relative_clause_puts_someone_is_the_origin(reader, text):
    """Before, "at Quorra" took the side of the main verb of joining, or the tenure took Globex too."""
    assert moves(reader.read(text, language="en")) == {("Jane Doe", "Quorra", "Globex")}


@pytest.mark.parametrize(
    "text", ["Jane Doe has no plans to leave Quorra.", "Jane Doe has no intention of leaving Quorra."]
)
def test_a_phrase_of_negation_says_no_move(reader, text):
    assert moves(reader.read(text, language="en")) == set()


def test_a_plan_without_negation_is_still_a_move(reader):
    assert moves(reader.read("Jane Doe plans to leave Quorra.", language="en")) == {("Jane Doe", "Quorra", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GLOBEX HIRES JANE DOE FROM QUORRA", ("Jane Doe", "Quorra", "Globex")),
        ("JANE DOE LEAVES QUORRA FOR GLOBEX", ("Jane Doe", "Quorra", "Globex")),
        ("RIBERA FC SACK MANAGER JANE DOE", ("Jane Doe", "Ribera FC", None)),
    ],
)
def test_a_heading_in_capitals(reader, text, expected):
    found = reader.read(text, language="en")
    assert moves(found) == {expected}
    assert all(candidate.quote == text for candidate in found)  # the quote as the page writes it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ribera FC sack manager Jane Doe.", ("Jane Doe", "Ribera FC", None)),
        ("Jane Doe is out as chief executive of Quorra.", ("Jane Doe", "Quorra", None)),
    ],
)
def test_the_press_idioms_of_dismissal(reader, text, expected):
    assert moves(reader.read(text, language="en")) == {expected}


def test_a_move_the_press_links_someone_with_is_a_rumour(reader):
    found = reader.read("Jane Doe has been linked with a move to Globex.", language="en")
    assert moves(found) == {("Jane Doe", None, "Globex")}
    assert {candidate.certainty for candidate in found} == {"rumoured"}
