"""Partial dates keep their precision: a month is a month, never its first day."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.record.dates import PartialDate, parse_date, parse_when


@pytest.mark.parametrize(
    ("text", "precision", "first", "last"),
    [
        ("2023", "year", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("2023-05", "month", dt.date(2023, 5, 1), dt.date(2023, 5, 31)),
        ("2024-02", "month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("2023-05-17", "day", dt.date(2023, 5, 17), dt.date(2023, 5, 17)),
    ],
)
def test_precision_and_span(text, precision, first, last):
    date = parse_date(text)
    assert date.precision == precision
    assert (date.first_day(), date.last_day()) == (first, last)
    assert str(date) == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2023-13", "month 13 does not exist"),
        ("2023-02-30", "day 30 does not exist in 2023-02"),
        ("2023-5", "is not a date"),
        ("May 2023", "is not a date"),
        ("23", "is not a date"),
        ("0999", "year 999 is out of range"),
        ("2023-05-01T10:00", "is not a date"),
    ],
)
def test_bad_dates_say_why(text, reason):
    with pytest.raises(ValueError, match=reason):
        parse_date(text)


def test_future_means_the_whole_span_is_after_today():
    today = dt.date(2026, 11, 24)
    assert not parse_date("2026").is_future(today)
    assert not parse_date("2026-11").is_future(today)
    assert parse_date("2026-11-25").is_future(today)
    assert parse_date("2026-12").is_future(today)
    assert parse_date("2027").is_future(today)


def test_coarser_dates_sort_first():
    dates = [parse_date(t) for t in ["2023-05-02", "2023-05", "2023", "2022-12-31"]]
    assert [str(d) for d in sorted(dates)] == ["2022-12-31", "2023", "2023-05", "2023-05-02"]
    assert PartialDate(2023) < PartialDate(2023, 1)


@pytest.mark.parametrize(
    "text", ["\u0662\u0660\u0662\u0663", "２０２３", "2023-0\u0665", "2023\n/2024", "2023/2024\n-01"]
)
def test_a_date_is_ascii_digits_matched_whole(text):
    """Python's ``\\d`` also matches Arabic-Indic and full-width digits, and ``$`` matches before a
    final line feed: neither makes a date (issue 22)."""
    with pytest.raises(ValueError, match="not a date"):
        parse_when(text)
