"""Dates as precise as the source: a year, a month or a day — never padded — or only bounded.

A source that says "in May" gives a month; recording it as 1 May would invent a day. A
:class:`PartialDate` keeps the precision and answers the questions the dashboard asks of it:
the span of days it covers, a sort key, and whether it lies in the future. A :class:`When` is
what a record's date field holds: a partial date, or an interval with open or closed ends
("before 2025", "2023 or later", "between 2023 and 2025"), or unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day"]

_PATTERN = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", re.ASCII)  # matched whole: no "2023\n", no "٢٠٢٣"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
"""The accepted spellings: ``2023``, ``2023-05`` or ``2023-05-17`` (JSON Schema pattern)."""


@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A calendar date known to a year, a month or a day.

    Ordering compares (year, month, day) with unknown parts as 0, so "2023" sorts before
    "2023-01" before "2023-01-01": the coarser date first.
    """

    year: int
    month: int = 0
    day: int = 0

    @property
    def precision(self) -> Precision:
        if self.day:
            return "day"
        if self.month:
            return "month"
        return "year"

    def first_day(self) -> dt.date:
        """The first day of the span this date covers."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> dt.date:
        """The last day of the span this date covers."""
        if self.day:
            return dt.date(self.year, self.month, self.day)
        if self.month:
            return dt.date(self.year, self.month, days_in_month(self.year, self.month))
        return dt.date(self.year, 12, 31)

    def is_future(self, today: dt.date) -> bool:
        """True when the whole span starts after ``today`` (a month is not future in its month)."""
        return self.first_day() > today

    def __str__(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def days_in_month(year: int, month: int) -> int:
    """The number of days of ``month`` (1-12) in ``year``: ``calendar.monthrange`` without the
    weekday it also computes (a tenth of the time; every position's end asks it)."""
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month]


def parse_date(text: str) -> PartialDate:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``ValueError`` with a readable reason."""
    match = _PATTERN.fullmatch(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValueError(
            f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (as precise as the source, never padded)"
        )
    year, month, day = (int(part) if part else 0 for part in match.groups())
    if year < 1000:
        raise ValueError(f"{text!r}: year {year} is out of range")
    if match.group(2) is not None and not 1 <= month <= 12:
        raise ValueError(f"{text!r}: month {month} does not exist")
    if match.group(3) is not None:
        last = days_in_month(year, month)
        if not 1 <= day <= last:
            raise ValueError(f"{text!r}: day {day} does not exist in {year:04d}-{month:02d}")
    return PartialDate(year, month, day)


Dating = Literal["exact", "before", "after", "between", "unknown"]
"""How a date places a record: on a known day, month or year (``exact``), some time up to a
date (``before``), from a date on (``after``), within two dates (``between``), or not at all
(``unknown``)."""

OPEN = ".."
UNKNOWN_DATE = "unknown"
WHEN_PATTERN = (
    r"^(\d{4}(-\d{2}(-\d{2})?)?|\.\./\d{4}(-\d{2}(-\d{2})?)?|\d{4}(-\d{2}(-\d{2})?)?/\.\."
    r"|\d{4}(-\d{2}(-\d{2})?)?/\d{4}(-\d{2}(-\d{2})?)?|unknown)$"
)
"""The accepted spellings of a :class:`When` (JSON Schema pattern)."""


@dataclass(frozen=True, slots=True)
class When:
    """A date as a source gives it: exact to a year, month or day, or bounded, or unknown.

    Written in the Library of Congress EDTF notation (ISO 8601-2) for intervals: ``2023-05``
    (exact), ``../2025`` (some time up to 2025), ``2023/..`` (2023 or later), ``2023/2025``
    (between), and ``unknown``. ``low`` and ``high`` are the bounds; ``None`` is open. An exact
    date has ``low == high``.

    Why not the ``edtf`` package: it parses this subset the same way, but takes about 3 ms a
    date (pyparsing), five minutes for a record of 100,000 moves; this parser takes microseconds.
    """

    low: PartialDate | None
    high: PartialDate | None

    @classmethod
    def exactly(cls, date: PartialDate) -> When:
        return cls(date, date)

    @property
    def dating(self) -> Dating:
        if self.low is None and self.high is None:
            return "unknown"
        if self.low is None:
            return "before"
        if self.high is None:
            return "after"
        return "exact" if self.low == self.high else "between"

    @property
    def exact(self) -> PartialDate | None:
        """The date, when it is exact."""
        return self.low if self.dating == "exact" else None

    @property
    def precision(self) -> str:
        """'year', 'month' or 'day' for an exact date, else how it is bounded ('before'…)."""
        exact = self.exact
        return exact.precision if exact is not None else self.dating

    def first_day(self) -> dt.date | None:
        """The earliest day the date allows (``None``: no lower bound)."""
        return self.low.first_day() if self.low is not None else None

    def last_day(self) -> dt.date | None:
        """The latest day the date allows (``None``: no upper bound)."""
        return self.high.last_day() if self.high is not None else None

    def is_future(self, today: dt.date) -> bool:
        """True when the earliest day the date allows is after ``today``."""
        first = self.first_day()
        return first is not None and first > today

    @property
    def anchor(self) -> PartialDate | None:
        """The bound a career orders by: the lower one, else the upper one (None: unknown)."""
        return self.low or self.high

    def label(self) -> str:
        """The date in words: '2023-05', 'before 2025', '2023 or later', '2023 to 2025', 'unknown date'."""
        kind = self.dating
        if kind == "exact":
            return str(self.low)
        if kind == "before":
            return f"before {self.high}"
        if kind == "after":
            return f"{self.low} or later"
        if kind == "between":
            return f"between {self.low} and {self.high}"
        return "unknown date"

    def __str__(self) -> str:
        kind = self.dating
        if kind == "exact":
            return str(self.low)
        if kind == "unknown":
            return UNKNOWN_DATE
        return f"{self.low or OPEN}/{self.high or OPEN}"


def parse_when(text: str) -> When:
    """Parse a :class:`When` (see its spellings); raise ``ValueError`` with a readable reason."""
    if not isinstance(text, str):
        raise ValueError(f"{text!r} is not a date")
    stripped = text.strip()
    if stripped == UNKNOWN_DATE:
        return When(None, None)
    if "/" not in stripped:
        if not _PATTERN.fullmatch(stripped):
            raise ValueError(
                f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (as precise as the source, never "
                "padded), '../YYYY' (up to), 'YYYY/..' (or later), 'YYYY/YYYY' (between) or 'unknown'"
            )
        return When.exactly(parse_date(stripped))
    start, _, end = stripped.partition("/")
    if start == OPEN and end == OPEN:
        raise ValueError(f"{text!r}: write 'unknown' for a date the source leaves open")
    low = None if start == OPEN else _bound(start, text)
    high = None if end == OPEN else _bound(end, text)
    if low is not None and high is not None:
        if low.first_day() > high.last_day():
            raise ValueError(f"{text!r}: the interval ends before it starts")
        if low == high:
            raise ValueError(f"{text!r}: both ends are the same date; write it once ({low})")
    return When(low, high)


def _bound(part: str, text: str) -> PartialDate:
    if not _PATTERN.fullmatch(part):
        raise ValueError(f"{text!r}: {part!r} is not a date (write YYYY, YYYY-MM or YYYY-MM-DD, or '..' for open)")
    return parse_date(part)
