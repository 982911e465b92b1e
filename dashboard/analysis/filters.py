"""The filters every page shares, their URL form, and how they select rows.

A move matches the organisation filter when it leaves or enters a selected organisation or any
of its units (selecting Meta includes FAIR and Superintelligence Labs). The year range keeps
records whose date falls in it (a partial date lies within one year, so its year decides). The
cohort keeps records of the cohort's members; the person search matches names and aliases, and
an unnamed group's description, case-insensitively.

In the URL the filters are ``org`` (repeated, organisation ids), ``from`` and ``to`` (years),
``cohort`` (a cohort id) and ``q`` (the person search). A value that names nothing in the data
is dropped with a notice rather than an error.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from dashboard.record.dataset import Dataset

ORG, YEAR_FROM, YEAR_TO, COHORT, QUERY = "org", "from", "to", "cohort", "q"
GLOBAL_PARAMS = (ORG, YEAR_FROM, YEAR_TO, COHORT, QUERY)


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the view to. Empty means "everything"."""

    orgs: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    cohort: str | None = None
    query: str = ""

    @property
    def active(self) -> bool:
        return bool(self.orgs or self.years or self.cohort or self.query.strip())


@dataclass(frozen=True)
class Bounds:
    """What the data offers to filter by."""

    orgs: tuple[str, ...]
    years: tuple[int, int] | None
    cohorts: tuple[str, ...]


def bounds(dataset: Dataset, years: Sequence[int]) -> Bounds:
    """The filterable values of ``dataset``; ``years`` are the years its records fall in."""
    document = dataset.document
    ordered = sorted(document.organizations, key=lambda org_id: dataset.org_name(org_id).casefold())
    span = (min(years), max(years)) if len(years) else None
    return Bounds(tuple(ordered), span, tuple(document.cohorts))


@dataclass
class Parsed:
    filters: Filters
    notices: list[str] = field(default_factory=list)


def _first(params: Mapping[str, Sequence[str]], key: str) -> str | None:
    values = params.get(key) or []
    return values[-1] if values else None


def _year(text: str | None, name: str, notices: list[str]) -> int | None:
    if text is None or text == "":
        return None
    if not text.strip().isdigit() or len(text.strip()) != 4:
        notices.append(f"Ignored the year filter {name}={text!r}: not a year.")
        return None
    return int(text)


def parse_query(params: Mapping[str, Sequence[str]], bounds: Bounds) -> Parsed:
    """Filters from URL query parameters (each key maps to its list of values)."""
    notices: list[str] = []
    orgs: list[str] = []
    for value in params.get(ORG) or []:
        if value in bounds.orgs:
            if value not in orgs:
                orgs.append(value)
        else:
            notices.append(f"Ignored the organisation filter {value!r}: no such organisation in the data.")
    start = _year(_first(params, YEAR_FROM), YEAR_FROM, notices)
    end = _year(_first(params, YEAR_TO), YEAR_TO, notices)
    years = None
    if (start is not None or end is not None) and bounds.years is not None:
        low, high = bounds.years
        start = low if start is None else start
        end = high if end is None else end
        if start > end:
            notices.append(f"Ignored the year range {start}–{end}: it ends before it starts.")
        else:
            clipped = (max(start, low), min(end, high))
            if clipped[0] > clipped[1]:
                notices.append(f"Ignored the year range {start}–{end}: the data covers {low}–{high}.")
            elif clipped != (low, high):
                years = clipped
    cohort = _first(params, COHORT)
    if cohort is not None and cohort not in bounds.cohorts:
        if cohort:
            notices.append(f"Ignored the cohort filter {cohort!r}: no such cohort in the data.")
        cohort = None
    query = (_first(params, QUERY) or "").strip()[:200]
    return Parsed(Filters(tuple(orgs), years, cohort or None, query), notices)


def to_query(filters: Filters) -> dict[str, list[str]]:
    """URL query parameters for ``filters``; filters at their default are left out."""
    params: dict[str, list[str]] = {}
    if filters.orgs:
        params[ORG] = list(filters.orgs)
    if filters.years:
        params[YEAR_FROM] = [str(filters.years[0])]
        params[YEAR_TO] = [str(filters.years[1])]
    if filters.cohort:
        params[COHORT] = [filters.cohort]
    if filters.query.strip():
        params[QUERY] = [filters.query.strip()]
    return params


def selected_org_ids(dataset: Dataset, filters: Filters) -> set[str]:
    """The selected organisations and all their units."""
    found: set[str] = set()
    for org_id in filters.orgs:
        found |= dataset.descendants(org_id)
    return found


def _people_matching(dataset: Dataset, query: str) -> set[str]:
    needle = query.strip().casefold()
    return {
        person_id
        for person_id, person in dataset.document.people.items()
        if any(needle in name.casefold() for name in (person.name, *person.aliases))
    }


def _cohort_members(dataset: Dataset, cohort: str) -> set[str]:
    return {pid for pid, person in dataset.document.people.items() if cohort in person.cohorts}


def filter_moves(moves: pd.DataFrame, dataset: Dataset, filters: Filters) -> pd.DataFrame:
    """The rows of a moves table (see :func:`tables.moves_table`) that ``filters`` keep."""
    keep = pd.Series(True, index=moves.index)
    if filters.orgs:
        orgs = selected_org_ids(dataset, filters)
        keep &= moves["from_id"].isin(orgs) | moves["to_id"].isin(orgs)
    if filters.years:
        keep &= moves["year"].between(*filters.years)
    if filters.cohort:
        keep &= moves["person_id"].isin(_cohort_members(dataset, filters.cohort))
    if filters.query.strip():
        people = _people_matching(dataset, filters.query)
        in_group = moves["group"].fillna("").str.casefold().str.contains(filters.query.strip().casefold(), regex=False)
        keep &= moves["person_id"].isin(people) | in_group
    return _kept(moves, keep)


def _kept(frame: pd.DataFrame, keep: pd.Series) -> pd.DataFrame:
    """``frame[keep]``, or ``frame`` itself when every row is kept (no copy: the unfiltered view
    of a big record is the common case). Callers never modify what they get."""
    return frame if bool(keep.all()) else frame[keep]


def filter_stays(stays: pd.DataFrame, dataset: Dataset, filters: Filters) -> pd.DataFrame:
    """The rows of a stays table that ``filters`` keep (same rules as moves)."""
    keep = pd.Series(True, index=stays.index)
    if filters.orgs:
        keep &= stays["org_id"].isin(selected_org_ids(dataset, filters))
    if filters.years:
        keep &= stays["year"].between(*filters.years)
    if filters.cohort:
        keep &= stays["person_id"].isin(_cohort_members(dataset, filters.cohort))
    if filters.query.strip():
        keep &= stays["person_id"].isin(_people_matching(dataset, filters.query))
    return _kept(stays, keep)


def filter_claims(claims: pd.DataFrame, dataset: Dataset, filters: Filters) -> pd.DataFrame:
    """Cohort claims that ``filters`` keep: by the organisation they are about, year, cohort.

    A person search hides claims, which name no one.
    """
    if claims.empty:
        return claims
    keep = pd.Series(True, index=claims.index)
    if filters.orgs:
        keep &= claims["org_id"].isin(selected_org_ids(dataset, filters))
    if filters.years:
        keep &= claims["year"].between(*filters.years)
    if filters.cohort:
        keep &= claims["cohort_id"] == filters.cohort
    if filters.query.strip():
        keep &= False
    return _kept(claims, keep)
