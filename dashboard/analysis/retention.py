"""A cohort's members still at an organisation over time, beside what the sources claim.

For each organisation a cohort's claims are about (at top level, as the Cohorts page reads them),
the line is the share of the cohort's stated size that the record does *not* yet show as gone:
it starts at every member there (as the claims count them) and steps down at each member's move
out of the organisation. A departure dated only to a span (a year, "2023 or later") is certainly
past at the span's last day and possibly past from its first: the line steps down at the last
day (never, for a span open to the future), the band reaches down from the first. Members the
record doesn't follow may have left too, so the share still there is *at most* the line; the
claims, drawn as marked points, say what the sources counted. Rumoured departures count only with the rumour switch.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.cohorts import claim_phrase, members
from dashboard.analysis.tables import records
from dashboard.record.dataset import Dataset

CLAIM_SYMBOLS = {"exactly": "circle", "about": "diamond", "at_most": "triangle-down", "at_least": "triangle-up"}
"""How a claim's point is drawn: exactly, about, or a bound on the share still there."""


@dataclass(frozen=True, eq=False)
class CohortLine:
    """One organisation's line for a cohort: ``steps`` (``day``, ``share``, ``possible``: the share
    if every departure possibly past were past, ``gone``: who is certainly gone by then), the
    ``claims`` as points (``day``, ``share``, ``symbol``, ``phrase``, ``evidence``) and what the
    line can't place (``undated``: departures with no placed last day)."""

    org_id: str
    org: str
    size: int
    steps: pd.DataFrame
    claims: pd.DataFrame
    undated: int


def _day(value) -> dt.date | None:
    return None if value is None or value is pd.NaT or value != value else pd.Timestamp(value).date()


def _claim_point(claim: dict, size: int) -> tuple | None:
    """A claim as (share still there, symbol), None when it gives no number."""
    value = claim["value"]
    if value is None or claim["comparator"] == "some" or value != value:
        return None
    share = int(value) / 100 if claim["unit"] == "percent" else int(value) / size
    comparator = claim["comparator"]
    if claim["measure"] == "left":
        share = 1 - share
        bound = {"more_than": "at_most", "at_least": "at_most"}.get(comparator, comparator)
    else:
        bound = {"more_than": "at_least", "at_least": "at_least"}.get(comparator, comparator)
    return share, CLAIM_SYMBOLS.get(bound, "circle")


def cohort_lines(dataset: Dataset, moves: pd.DataFrame, claims: pd.DataFrame, cohort_id: str) -> list[CohortLine]:
    """The cohort's line for each top-level organisation its claims are about (see the module).

    ``moves`` are the moves to read (the rumour switch already applied), ``claims`` the claims
    table. Empty when the cohort's size is unknown (a share needs it) or it has no claims."""
    cohort = dataset.document.cohorts[cohort_id]
    size = cohort.size
    own = records(claims[claims["cohort_id"] == cohort_id]) if len(claims) else []
    if size is None or not own:
        return []
    people = set(members(dataset, cohort_id))
    lines = []
    for root in dict.fromkeys(dataset.org_roots.get(claim["org_id"], claim["org_id"]) for claim in own):
        out = moves[moves["person_id"].isin(people) & (moves["from_root_id"] == root) & (moves["to_root_id"] != root)]
        first_out: dict[str, tuple] = {}  # person -> (first possible day, last day or None, who)
        undated = set()
        for person, first, last, who in (
            out[["person_id", "start", "end", "who"]].astype(object).itertuples(index=False, name=None)
        ):
            first, last = _day(first), _day(last)
            if first is None and last is None:
                undated.add(person)
                continue
            first = first or dt.date.min
            known = first_out.get(person)
            if known is None or first < known[0]:
                first_out[person] = (first, last, who)
        undated -= set(first_out)
        days = sorted({day for first, last, _ in first_out.values() for day in (first, last)
                       if day is not None and day != dt.date.min})  # fmt: skip
        steps = [
            (day, 1 - sum(last is not None and last <= day for _, last, _ in first_out.values()) / size,
             1 - sum(first <= day for first, _, _ in first_out.values()) / size,
             [who for _, last, who in first_out.values() if last == day])
            for day in days
        ]  # fmt: skip
        frame = pd.DataFrame(steps, columns=["day", "share", "possible", "gone"])
        points = []
        for claim in own:
            if dataset.org_roots.get(claim["org_id"], claim["org_id"]) != root:
                continue
            point = _claim_point(claim, size)
            day = _day(claim["start"]) if claim["dating"] != "exact" else _mid(claim["start"], claim["end"])
            if point is None or day is None:
                continue
            points.append((day, point[0], point[1], claim_phrase(claim, size), claim["summary"], claim["evidence"]))
        lines.append(
            CohortLine(root, dataset.org_name(root), size, frame,
                       pd.DataFrame(points, columns=["day", "share", "symbol", "phrase", "summary", "evidence"]),
                       len(undated))
        )  # fmt: skip
    return lines


def _mid(first, last) -> dt.date:
    first, last = _day(first), _day(last)
    return first + (last - first) // 2
