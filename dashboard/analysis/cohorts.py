"""Cohorts: what the sources claim about a group, beside what the records show.

A cohort's *home* is the organisation its claims are about (Meta for the LLaMA authors).
Each recorded member gets a status relative to it: ``left`` (with the destination), ``stayed``,
or ``unknown`` when the record holds nothing about them there. The latest dated record wins,
so someone who left and came back counts as stayed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.tables import records
from dashboard.record.dataset import UNKNOWN_LABEL, Dataset
from dashboard.record.dates import PartialDate, parse_when
from dashboard.record.model import UNKNOWN

COMPARATOR_WORDS = {"exactly": "", "about": "about ", "at_least": "at least ", "more_than": "more than "}


@dataclass(frozen=True)
class Coverage:
    """How much of a cohort the record covers, beside its stated size."""

    size: int | None
    listed: int  # people in the record who belong to the cohort
    left: int
    stayed: int
    unknown: int  # listed, but no move or stay at the cohort's home

    @property
    def unlisted(self) -> int | None:
        """Members the record does not name at all (``None`` when the size is unknown)."""
        return None if self.size is None else max(self.size - self.listed, 0)


def home(dataset: Dataset, cohort_id: str) -> str | None:
    """The top-level organisation most of the cohort's claims are about, if any."""
    claims = dataset.document.cohorts[cohort_id].claims
    counts = Counter(dataset.org_roots.get(claim.org, claim.org) for claim in claims)
    return counts.most_common(1)[0][0] if counts else None


def members(dataset: Dataset, cohort_id: str) -> list[str]:
    """Ids of the people who list ``cohort_id``, in record order."""
    return [pid for pid, person in dataset.document.people.items() if cohort_id in person.cohorts]


def member_statuses(dataset: Dataset, moves: pd.DataFrame, stays: pd.DataFrame, cohort_id: str) -> list[dict]:
    """For each member: ``person``, ``person_id``, ``status``, ``where``, ``date`` and ``record``.

    ``moves`` and ``stays`` are the record's tables. ``where`` is the destination for ``left``
    (``Unknown`` if the source doesn't say) and the organisation for ``stayed``; ``date`` is the
    date (in words) of the deciding record (the latest; at one date a departure outranks a stay, and
    otherwise the earlier record in the file wins).
    """
    home_id = home(dataset, cohort_id)
    people = members(dataset, cohort_id)
    events: dict[str, list[tuple]] = {person_id: [] for person_id in people}  # (date, order, status, where, id, when)
    if home_id is not None:
        left = moves[moves["person_id"].isin(events) & (moves["from_root_id"] == home_id)]
        for move in records(left):
            date = _anchor(move["date"])
            events[move["person_id"]].append(
                (date, 1, "left", dataset.org_name(move["to_id"]), move["id"], move["when"])
            )
        stayed = stays[stays["person_id"].isin(events) & (stays["org_root_id"] == home_id)]
        for stay in records(stayed):
            date = _anchor(stay["as_of"])
            events[stay["person_id"]].append(
                (date, 0, "stayed", dataset.org_name(stay["org_id"]), stay["id"], stay["when"])
            )
    rows = []
    for person_id in people:
        person = dataset.document.people[person_id].name
        if events[person_id]:
            _, _, status, where, record, when = max(events[person_id], key=lambda event: (event[0], event[1]))
            rows.append({"person": person, "person_id": person_id, "status": status,
                         "where": where, "date": when, "record": record})  # fmt: skip
        else:
            rows.append({"person": person, "person_id": person_id, "status": "unknown",
                         "where": None, "date": None, "record": None})  # fmt: skip
    return rows


def _anchor(text: str) -> PartialDate:
    """The date a record ranks by (its lower bound, else its upper one; unknown ranks first)."""
    return parse_when(text).anchor or PartialDate(0)


def coverage(dataset: Dataset, moves: pd.DataFrame, stays: pd.DataFrame, cohort_id: str) -> Coverage:
    statuses = Counter(row["status"] for row in member_statuses(dataset, moves, stays, cohort_id))
    return Coverage(
        size=dataset.document.cohorts[cohort_id].size,
        listed=sum(statuses.values()),
        left=statuses["left"],
        stayed=statuses["stayed"],
        unknown=statuses["unknown"],
    )


def claim_phrase(claim: dict, size: int | None = None) -> str:
    """A claim row (see :func:`tables.claim_rows`) as a short phrase.

    'more than 50% left Meta (as of 2023, est.)'; with the cohort's ``size``, a count reads
    'exactly 3 of 14 stayed at Meta (…), so 11 left'.
    """
    verb = "left" if claim["measure"] == "left" else "stayed at"
    value = claim["value"]
    if claim["comparator"] == "some" or value is None:
        amount = "some"
    elif claim["unit"] == "percent":
        amount = f"{COMPARATOR_WORDS[claim['comparator']]}{int(value)}%"
    else:
        amount = f"{COMPARATOR_WORDS[claim['comparator']] or 'exactly '}{int(value)}"
        if size is not None:
            amount += f" of {size}"
    org = claim["org"] if claim["org_id"] != UNKNOWN else UNKNOWN_LABEL
    estimated = ", est." if claim["as_of_estimated"] else ""
    phrase = f"{amount} {verb} {org} (as of {claim.get('when') or claim['as_of']}{estimated})"
    if size is not None and value is not None and claim["unit"] == "people" and claim["comparator"] == "exactly":
        other = "left" if claim["measure"] == "stayed" else f"stayed at {org}"
        phrase += f", so {size - int(value)} {other}"
    return phrase


def records_phrase(cover: Coverage) -> str:
    """What the record shows: 'records: 4 departures, 3 stays, 7 members unrecorded'."""
    parts = [f"{cover.left} departure{'s' if cover.left != 1 else ''}",
             f"{cover.stayed} stay{'s' if cover.stayed != 1 else ''}"]  # fmt: skip
    if cover.unknown:
        parts.append(f"{cover.unknown} listed without a record")
    if cover.unlisted is None:
        parts.append("cohort size unknown")
    else:
        parts.append(f"{cover.unlisted} member{'s' if cover.unlisted != 1 else ''} unrecorded")
    return "records: " + ", ".join(parts)
