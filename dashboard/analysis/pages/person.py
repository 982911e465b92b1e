"""The Person page's loader: whom the picker offers, and for one person the positions held (in
parallel where the record proves it) and the career as an ordered chain of moves and stays.

A person's positions and career are the whole record's, not the filters': the filters choose
whom the picker offers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.bundle import Bundle
from dashboard.analysis.careers import career, describe_date
from dashboard.analysis.selection import Selection
from dashboard.analysis.stints import position_hovers, stint_segments
from dashboard.analysis.tables import records
from dashboard.analysis.views import INFERRED, inferred_set


@dataclass(frozen=True)
class Offered:
    """The people the picker offers, in name order, and how many the filters keep."""

    people: list[str]
    matching: int
    capped: bool
    """The filters keep more than the picker offers."""


def people_offered(bundle: Bundle, selection: Selection, at_most: int, wanted: str | None) -> Offered:
    """The people the filters keep (with no filter, also those known only by their positions),
    the first ``at_most`` by name, and ``wanted`` too when the filters keep them."""
    shown = set(selection.moves["person_id"].dropna().unique()) | set(selection.stays["person_id"].dropna().unique())
    if not selection.filters.active:
        shown |= set(bundle.positions["person_id"].unique())  # positions are not filtered
    people = [person_id for person_id in bundle.dataset.people_by_name if person_id in shown]
    if len(people) <= at_most:
        return Offered(people, len(shown), False)
    first = people[:at_most]
    return Offered(first + ([wanted] if wanted in shown and wanted not in first else []), len(shown), True)


@dataclass(frozen=True)
class Step:
    """One step of a career: a move (``origin`` → ``destination``) or a stay (at ``destination``)."""

    stay: bool
    origin: str
    destination: str
    """Names, with ' (inferred)' where no quote supports them."""
    details: str
    """Its date, role, certainty and inferred fields, in one line."""
    evidence: list
    note: str | None


@dataclass(frozen=True)
class Position:
    """One position held, as a line: the organisation, then ``details`` (role, span, what was held at
    the same time)."""

    id: str
    org: str
    details: list[str]
    evidence: list
    inferred: str | None
    note: str | None


@dataclass(frozen=True, eq=False)
class PersonView:
    """What the Person page draws for one person."""

    name: str
    facts: str
    """Aliases, cohorts and the record's note, in one line ('' when none)."""
    positions: list[Position]
    segments: pd.DataFrame
    """The positions chart's pieces (see :func:`~dashboard.analysis.stints.stint_segments`)."""
    hovers: dict[str, str]
    steps: list[Step]
    today: dt.date
    """The day the positions are shown as of: a scheduled end after it is planned."""

    @property
    def planned(self) -> bool:
        """Whether a position is drawn as planned after :attr:`today` (its end is scheduled)."""
        return bool((self.segments["piece"] == "planned").any())


def _edges(held: pd.DataFrame, today: dt.date) -> tuple[dt.date, dt.date]:
    """The chart's span: a year either side of every date the positions name (``today`` at most)."""
    days = [day for column in ("start_first", "start_last", "end_first", "end_last") for day in held[column].dropna()]
    if not days:
        return dt.date(today.year - 10, 1, 1), today
    return dt.date(min(days).year - 1, 1, 1), min(today, dt.date(max(days).year + 1, 12, 31))


def _scheduled(row: dict, today: dt.date) -> str:
    """What a scheduled end means on ``today``: still ahead (the position is held), or passed."""
    last = row["end_last"]
    if last is not None and last >= today:
        return f"scheduled to end {row['end_label']}: still held today"
    return f"scheduled to end {row['end_label']}: passed, no source confirms it yet"


def _positions(held: pd.DataFrame, today: dt.date) -> list[Position]:
    names = dict(
        zip(
            held["id"],
            held["org"] + held["role"].map(lambda role: f" ({role})" if isinstance(role, str) and role else ""),
            strict=True,
        )
    )
    found = []
    for row in records(held):  # optional fields are None here, never NaN (which is true)
        details = [row["role"]] if row["role"] else []
        span = f"{row['start_label']} → {row['end_label']}".replace("unknown date", "unknown")
        estimated = [field for field in ("start", "end") if row[f"{field}_estimated"]]
        details.append(span + (f" ({' and '.join(estimated)} estimated)" if estimated else ""))
        if row["end_scheduled"]:
            details.append(_scheduled(row, today))
        if row["parallel"]:
            details.append(
                "held at the same time as " + ", ".join(names.get(other, other) for other in row["parallel"])
            )
        found.append(Position(row["id"], row["org"], details, row["evidence"], row["inferred"], row["note"]))
    return found


def _step(step: dict) -> Step:
    inferred = inferred_set(step.get("inferred"))
    origin = step["from_org"] + (INFERRED if "from" in inferred else "")
    destination = step["to_org"] + (INFERRED if inferred & {"to", "org"} else "")
    details = [describe_date(step)]
    if step["role"]:
        details.append(f"role: {step['role']}")
    if step["from_role"]:
        details.append(f"was: {step['from_role']}")
    if step["certainty"] == "rumoured":
        details.append("rumoured")
    if "move" in inferred:
        details.append("derived from positions: no sentence states the move (see the note)")
    fields = [field for field in inferred if field != "move"]
    if fields:
        details.append(f"inferred: {', '.join(sorted(fields))} (see the note)")
    return Step(step["kind"] == "stay", origin, destination, " · ".join(details), step["evidence"], step["note"])


def person_view(bundle: Bundle, person_id: str, today: dt.date) -> PersonView:
    """The Person page of ``person_id`` as of ``today`` (the positions chart ends there, but for
    the planned part of a scheduled end)."""
    document = bundle.dataset.document
    person = document.people[person_id]
    facts = []
    if person.aliases:
        facts.append("also written: " + ", ".join(person.aliases))
    if person.cohorts:
        facts.append("cohorts: " + ", ".join(document.cohorts[c].name for c in person.cohorts if c in document.cohorts))
    if person.note:
        facts.append(person.note)
    held = bundle.positions[bundle.positions["person_id"] == person_id]
    steps = career(bundle.dataset, bundle.moves, bundle.stays, person_id)
    return PersonView(
        name=person.name,
        facts=" · ".join(facts),
        positions=_positions(held, today),
        segments=stint_segments(held, _edges(held, today), today),
        hovers=position_hovers(held),
        steps=[_step(step) for step in steps],
        today=today,
    )
