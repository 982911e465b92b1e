"""Scheduled ends (issue 24): a position's end the source sets in advance may lie in the future,
marked ``end_scheduled: true``; everything else dated in the future stays an error."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.record.problems import CODES
from support.records import TODAY, line_of, load

DOCUMENT = """Members of the Senate.
Ada Alpha has served as senator since January 3, 2021; her term ends January 3, 2027.
Ada Alpha moved from the Senate to the Example Foundation.
"""

HEAD = """sources:
  roster:
    path: seeds/roster.txt
    language: en
    published: "2026-02-01"
organizations:
  senate: {name: Senate}
  foundation: {name: Example Foundation}
people:
  ada: {name: Ada Alpha}
"""
TERM = "Ada Alpha has served as senator since January 3, 2021; her term ends January 3, 2027."


@pytest.fixture
def root(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "roster.txt").write_text(DOCUMENT, encoding="utf-8")
    return tmp_path


def term(*, start='"2021-01-03"', end='"2027-01-03"', scheduled: str | None = "true") -> str:
    flag = f"    end_scheduled: {scheduled}\n" if scheduled is not None else ""
    return (
        HEAD + "positions:\n  - id: ada-senator\n    person: ada\n    org: senate\n    role: senator\n"
        f"    start: {start}\n    end: {end}\n{flag}"
        f"    evidence:\n      - source: roster\n        quote: {TERM}\n"
    )


def codes(result) -> list[tuple[str, int]]:
    return [(problem.code, problem.line) for problem in result.errors + result.warnings]


def errors(result) -> list[tuple[str, int]]:
    return [(problem.code, problem.line) for problem in result.errors]


@pytest.mark.parametrize("end", ['"2027-01-03"', '"2027"', '"2027-01"', '"2026-12/2027-02"', '"2027/2028"'])
def test_a_scheduled_end_in_the_future_is_valid_as_a_date_or_a_span(root, end):
    result = load(term(end=end), root=root)
    assert result.ok and codes(result) == [], codes(result)
    [position] = result.dataset.document.positions
    assert position.end_scheduled and position.planned(TODAY)


def test_an_end_in_the_future_without_the_flag_stays_an_error_that_names_the_flag(root):
    text = term(scheduled=None)
    result = load(text, root=root)
    assert codes(result) == [("date-in-future", line_of(text, 'end: "2027-01-03"'))]
    assert result.errors[0].message == (
        "date 2027-01-03 is in the future (today is 2026-11-24): if the source sets this end in advance "
        "(a term, a contract), add 'end_scheduled: true'"
    )
    result = load(term(scheduled="false"), root=root)  # written out as false: the same
    assert [code for code, _ in codes(result)] == ["date-in-future"]


def test_a_start_in_the_future_stays_an_error_with_a_scheduled_end(root):
    text = term(start='"2027"', end='"2028"')
    result = load(text, root=root)
    assert errors(result) == [("date-in-future", line_of(text, 'start: "2027"'))]


def test_a_move_dated_in_the_future_stays_an_error_beside_a_scheduled_end(root):
    move = (
        'moves:\n  - id: ada-to-foundation\n    person: ada\n    from: senate\n    to: foundation\n    date: "2027-01"\n'
        "    date_kind: effective\n    evidence:\n      - source: roster\n"
        "        quote: Ada Alpha moved from the Senate to the Example Foundation.\n"
    )
    text = term().replace("positions:\n", move + "positions:\n")
    result = load(text, root=root)
    assert errors(result) == [("date-in-future", line_of(text, 'date: "2027-01"'))]
    assert result.errors[0].message == "date 2027-01 is in the future (today is 2026-11-24)"  # no flag to offer


@pytest.mark.parametrize(("end", "words"), [("unknown", "unknown date"), ('"2027/.."', "2027 or later"),
                                            ('"../2027"', "before 2027"), ('"2025/.."', "2025 or later")])  # fmt: skip
def test_the_flag_on_an_open_or_unknown_end_is_an_error_at_the_flag(root, end, words):
    text = term(end=end)
    result = load(text, root=root)
    assert errors(result) == [("scheduled-end-not-placed", line_of(text, "end_scheduled: true"))]
    assert result.errors[0].message.endswith(f"as a date or a span (2027-01-03, 2027/2028), not {words}")


@pytest.mark.parametrize(
    ("today", "passed"),
    [
        (dt.date(2026, 3, 1), False),
        (dt.date(2027, 1, 2), False),
        (dt.date(2027, 1, 3), False),  # held on its last day
        (dt.date(2027, 1, 4), True),
        (dt.date(2031, 1, 1), True),
    ],
)
def test_a_scheduled_end_that_has_passed_is_a_warning_until_a_source_confirms_it(root, today, passed):
    text = term()
    result = load(text, root=root, today=today)
    assert result.ok
    expected = [("scheduled-end-passed", line_of(text, 'end: "2027-01-03"'))] if passed else []
    assert [(code, line) for code, line in codes(result) if code != "dated-after-sources"] == expected
    if passed:
        assert result.warnings[-1].message == (
            f"the scheduled end 2027-01-03 has passed (today is {today.isoformat()}): cite a source that says it "
            "happened and drop 'end_scheduled', or correct the end"
        )
        assert result.warnings[-1].kind == CODES["scheduled-end-passed"].kind == "scheduled end passed"


def test_a_span_counts_as_passed_only_once_its_last_day_has(root):
    result = load(term(end='"2026-10/2027-02"'), root=root, today=dt.date(2027, 1, 15))
    assert result.ok and codes(result) == []
    assert load(term(end='"2026-10/2027-02"'), root=root, today=dt.date(2027, 3, 1)).warnings[0].code == (
        "scheduled-end-passed"
    )


def test_the_flag_is_a_flag(root):
    text = term(scheduled="yes")
    result = load(text, root=root)
    assert ("invalid-flag", line_of(text, "end_scheduled: yes")) in codes(result)
