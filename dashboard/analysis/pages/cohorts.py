"""The Cohorts page's loader: what sources claim about a cohort beside what the records show,
member by member.

Member statuses read the whole record (the year and organisation filters would hide the very
moves that say where a member went); only the rumour switch applies.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.bundle import Bundle
from dashboard.analysis.cohorts import Coverage, claim_phrase, coverage, member_statuses, records_phrase
from dashboard.analysis.selection import Selection
from dashboard.analysis.tables import records

MEMBER_COLUMNS = ["person", "status", "where", "date", "record"]


def cohorts_table(bundle: Bundle) -> list[dict]:
    """Every cohort with its stated size and how many claims the record holds about it."""
    return [{"cohort": cohort.name, "size": "unknown" if cohort.size is None else str(cohort.size),
             "claims": len(cohort.claims)} for cohort in bundle.dataset.document.cohorts.values()]  # fmt: skip


@dataclass(frozen=True, eq=False)
class CohortView:
    """What the Cohorts page draws for one cohort."""

    description: str
    """The cohort's description on one line ('' when none)."""
    coverage: Coverage
    sources_say: str
    """'Sources (14 members): more than 50% left Meta (…); …'"""
    records_say: str
    """'Records: 4 departures, 3 stays, 7 members unrecorded'"""
    members: pd.DataFrame
    """One row per member (:data:`MEMBER_COLUMNS`), '' where a value is unknown."""
    member_ids: pd.Series
    """Each member row's person id."""
    claims: list[dict]
    """The cohort's claims (rows of the claims table), each with its ``phrase``."""


def cohort_view(bundle: Bundle, selection: Selection, cohort_id: str) -> CohortView:
    """The Cohorts page of ``cohort_id``; rumoured moves count only when the filters include rumours."""
    dataset = bundle.dataset
    cohort = dataset.document.cohorts[cohort_id]
    claims = bundle.claims
    claims = records(claims[claims["cohort_id"] == cohort_id]) if not claims.empty else []
    moves = bundle.moves
    if not selection.filters.rumours:
        moves = moves[moves["certainty"] != "rumoured"]
    cover = coverage(dataset, moves, bundle.stays, cohort_id)
    size = "unknown size" if cover.size is None else f"{cover.size} members"
    sources_say = "; ".join(claim_phrase(claim, cover.size) for claim in claims) or "no claims recorded"
    rows = member_statuses(dataset, moves, bundle.stays, cohort_id)
    return CohortView(
        description=" ".join((cohort.description or "").split()),
        coverage=cover,
        sources_say=f"Sources ({size}): {sources_say}.",
        records_say=records_phrase(cover).capitalize() + ".",
        members=pd.DataFrame(rows, columns=MEMBER_COLUMNS).fillna(""),
        member_ids=pd.Series([row["person_id"] for row in rows], dtype=object),
        claims=[claim | {"phrase": claim_phrase(claim, cover.size)} for claim in claims],
    )
