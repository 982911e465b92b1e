"""Dates as precise as the source: a year, a month or a day — never padded.

A source that says "in May" gives a month; recording it as 1 May would invent a day. A
:class:`PartialDate` keeps the precision and answers the questions the dashboard asks of it:
the span of days it covers, a sort key, and whether it lies in the future.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["year", "month", "day"]

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
"""The accepted spellings: ``2023``, ``2023-05`` or ``2023-05-17`` (JSON Schema pattern)."""


@dataclass(frozen=True, order=True)
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
            return dt.date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])
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


def parse_date(text: str) -> PartialDate:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ``ValueError`` with a readable reason."""
    match = _PATTERN.match(text.strip()) if isinstance(text, str) else None
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
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            raise ValueError(f"{text!r}: day {day} does not exist in {year:04d}-{month:02d}")
    return PartialDate(year, month, day)
