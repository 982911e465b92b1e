"""The filters every page shares, their URL form, and how they select rows.

A move matches the organisation filter when it leaves or enters a selected organisation or any
of its units (selecting Meta includes FAIR and Superintelligence Labs). The year range keeps
records whose date lies wholly within it (:func:`place`: one rule for every page and the
export). The cohort keeps records of the cohort's members; the person search matches names and
aliases, and an unnamed group's description, case-insensitively. Rumoured moves count only when
the user includes them.

What each kind of date does (docs/dashboard.md, "What a figure counts", says the same):

=========================  ================================  ==================================
date                       with a year filter                 per-year charts
=========================  ================================  ==================================
2023, 2023-05, 2023-05-17  in the years if its year is         counted in its year
before 2025 (../2025)      left out, counted as left out     skipped, counted as skipped
2023 or later (2023/..)    left out, counted as left out     skipped, counted as skipped
between 2023 and 2025      in if both ends are in the years;  skipped unless both ends lie in
                           left out (counted) if it overlaps  one year
unknown                    left out, counted as left out     skipped, counted as skipped
=========================  ================================  ==================================

"Left out" means the date can't be placed in the selected years: it overlaps them but may lie
outside. A date wholly outside the years simply doesn't match. With no year filter every record
with a date counts, and the pages mark those whose date is not one year ("undated"); a record
whose date is unknown is left out then too (the record can't date it), and counted as left out.

In the URL the filters are ``org`` (repeated, organisation ids), ``from`` and ``to`` (years),
``cohort`` (a cohort id; ``group``, its name in links made before it was the sidebar's), ``q``
(the person search), ``rumours`` (``1`` includes rumoured moves) and ``unknown`` (``0`` leaves
out moves from or to 'Unknown'). A value that names nothing in the data is dropped with a notice
rather than an error. These names are defined here and nowhere else (:data:`GLOBAL_PARAMS`):
``export --view`` and ``report`` read them without Streamlit; the pages' own parameters are
:mod:`dashboard.ui.routes`'.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import pandas as pd

from dashboard.analysis.tables import OPEN_HIGH, OPEN_LOW
from dashboard.record.dataset import Dataset
from dashboard.record.model import UNKNOWN
from dashboard.record.names import fold

ORG, YEAR_FROM, YEAR_TO, COHORT, QUERY, RUMOURS = "org", "from", "to", "cohort", "q", "rumours"
UNKNOWN_ENDS = "unknown"
GLOBAL_PARAMS = (ORG, YEAR_FROM, YEAR_TO, COHORT, QUERY, RUMOURS, UNKNOWN_ENDS)
OLD_COHORT = "group"
"""The Cohorts page's own parameter before the page and the sidebar became one choice: a link
with it still opens the cohort (as ``cohort``)."""


@dataclass(frozen=True)
class Filters:
    """What the user narrowed the view to. Empty means "everything"."""

    orgs: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    cohort: str | None = None
    query: str = ""
    rumours: bool = False
    """Count rumoured moves too. Off by default: a figure counts what the sources state."""
    unknown: bool = True
    """Count moves whose origin or destination is unknown. In a real record every first job is a
    move from 'Unknown', which then carries most of the flow; turned off, those moves are left
    out of the figures and the page says how many."""

    @property
    def active(self) -> bool:
        return bool(self.orgs or self.years or self.cohort or self.query.strip() or self.rumours or not self.unknown)

    def describe(self, names: Mapping[str, str], cohorts: Mapping[str, str]) -> str:
        """The filters in words, for a notice: 'Organisations = Mistral AI; years 2024–2025'."""
        parts = []
        if self.orgs:
            label = "Organisation" if len(self.orgs) == 1 else "Organisations"
            parts.append(f"{label} = " + ", ".join(names.get(org, org) for org in self.orgs))
        if self.years:
            parts.append(f"years {self.years[0]}–{self.years[1]}")
        if self.cohort:
            parts.append(f"Cohort = {cohorts.get(self.cohort, self.cohort)}")
        if self.query.strip():
            parts.append(f"Person search “{self.query.strip()}”")
        if not self.unknown:
            parts.append("Show Unknown off")
        return "; ".join(parts) or ("Include rumours off" if not self.rumours else "the filters")


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
    cohort = _first(params, COHORT) or _first(params, OLD_COHORT)  # links made before 'group' became 'cohort'
    if cohort is not None and cohort not in bounds.cohorts:
        if cohort:
            notices.append(f"Ignored the cohort filter {cohort!r}: no such cohort in the data.")
        cohort = None
    query = (_first(params, QUERY) or "").strip()[:200]
    rumours = _first(params, RUMOURS)
    if rumours not in (None, "", "0", "1"):
        notices.append(f"Ignored rumours={rumours!r}: write rumours=1 to include rumoured moves, rumours=0 not to.")
    unknown = _first(params, UNKNOWN_ENDS)
    if unknown not in (None, "", "0", "1"):
        notices.append(f"Ignored unknown={unknown!r}: write unknown=0 to leave out moves from or to 'Unknown'.")
    filters = Filters(tuple(orgs), years, cohort or None, query, rumours == "1", unknown != "0")
    return Parsed(filters, notices)


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
    if filters.rumours:
        params[RUMOURS] = ["1"]
    if not filters.unknown:
        params[UNKNOWN_ENDS] = ["0"]
    return params


def selected_org_ids(dataset: Dataset, filters: Filters) -> set[str]:
    """The selected organisations and all their units."""
    found: set[str] = set()
    for org_id in filters.orgs:
        found |= dataset.descendants(org_id)
    return found


def _people_matching(dataset: Dataset, query: str) -> set[str]:
    """People whose name or an alias contains ``query``, compared folded: no case, accents,
    spaces or punctuation ('stuhlmuller' finds 'Stuhlmüller', "o'keefe" finds 'O’Keefe')."""
    needle = fold(query)
    if not needle:
        return set(dataset.document.people)
    return {person_id for person_id, names in dataset.folded_people if any(needle in name for name in names)}


def _groups_matching(moves: pd.DataFrame, query: str) -> pd.Series:
    """Moves of unnamed groups whose description contains ``query`` (compared folded)."""
    needle = fold(query)
    groups = moves["group"].dropna()
    if not needle or groups.empty:
        return moves["group"].notna()  # a query of only punctuation matches every name, as for people
    return groups.map(lambda text: needle in fold(text)).reindex(moves.index, fill_value=False).astype(bool)


def _cohort_members(dataset: Dataset, cohort: str) -> set[str]:
    return {pid for pid, person in dataset.document.people.items() if cohort in person.cohorts}


def people_kept(dataset: Dataset, filters: Filters) -> set[str] | None:
    """The people the cohort filter and the person search keep (None: they keep everyone), for
    figures read per person rather than per move (the Retention page's stints)."""
    kept = None
    if filters.cohort:
        kept = _cohort_members(dataset, filters.cohort)
    if filters.query.strip():
        matching = _people_matching(dataset, filters.query)
        kept = matching if kept is None else kept & matching
    return kept


def place(frame: pd.DataFrame, years: tuple[int, int] | None) -> tuple[pd.Series, pd.Series]:
    """Where each row's date lies relative to the selected ``years``: (inside, unplaceable).

    The one rule every figure follows (see the module's table). ``inside``: the date lies wholly
    within the years (with no year filter, every row). ``unplaceable``: the date overlaps the
    years but may lie outside them (an open or wide interval), so a year-filtered figure leaves
    it out and says how many it left out. With no year filter (``years`` None) every date is
    inside except an unknown one. Reads ``year_low`` and ``year_high`` (see
    :func:`dashboard.analysis.tables.moves_table`).
    """
    low, high = frame["year_low"], frame["year_high"]
    if years is None:
        unknown = (low == OPEN_LOW) & (high == OPEN_HIGH)
        return ~unknown, unknown
    inside = (low >= years[0]) & (high <= years[1])
    overlaps = (low <= years[1]) & (high >= years[0])
    return inside, overlaps & ~inside


@dataclass(frozen=True)
class LeftOut:
    """Rows that match every other filter but are not counted: their date can't be placed in
    the selected years (``undatable``), or they are rumoured and rumours are off."""

    undatable: pd.DataFrame
    rumoured: pd.DataFrame
    unknown: pd.DataFrame | None = None
    """Moves with an unknown origin or destination, when those are hidden."""

    def __bool__(self) -> bool:
        return not (self.undatable.empty and self.rumoured.empty and (self.unknown is None or self.unknown.empty))


def _move_matches(moves: pd.DataFrame, dataset: Dataset, filters: Filters) -> pd.Series:
    keep = pd.Series(True, index=moves.index)
    if filters.orgs:
        orgs = selected_org_ids(dataset, filters)
        keep &= moves["from_id"].isin(orgs) | moves["to_id"].isin(orgs)
    if filters.cohort:
        keep &= moves["person_id"].isin(_cohort_members(dataset, filters.cohort))
    if filters.query.strip():
        people = _people_matching(dataset, filters.query)
        keep &= moves["person_id"].isin(people) | _groups_matching(moves, filters.query)
    return keep


def select_moves(moves: pd.DataFrame, dataset: Dataset, filters: Filters) -> tuple[pd.DataFrame, LeftOut]:
    """The rows of a moves table (see :func:`tables.moves_table`) that ``filters`` keep, and
    those they leave out only for their date or their certainty."""
    matches = _move_matches(moves, dataset, filters)
    inside, unplaceable = place(moves, filters.years)
    stated = pd.Series(True, index=moves.index) if filters.rumours else moves["certainty"] != "rumoured"
    known = pd.Series(True, index=moves.index)
    if not filters.unknown:
        known = (moves["from_id"] != UNKNOWN) & (moves["to_id"] != UNKNOWN)
    kept = _kept(moves, matches & inside & stated & known)
    # A move left out for several reasons counts once, under the first: unknown end, rumour, date.
    left = LeftOut(
        moves[matches & unplaceable & stated & known],
        moves[matches & (inside | unplaceable) & ~stated & known],
        None if filters.unknown else moves[matches & (inside | unplaceable) & ~known],
    )
    return kept, left


def filter_moves(moves: pd.DataFrame, dataset: Dataset, filters: Filters) -> pd.DataFrame:
    """The rows of a moves table that ``filters`` keep (see :func:`select_moves`)."""
    return select_moves(moves, dataset, filters)[0]


def _kept(frame: pd.DataFrame, keep: pd.Series) -> pd.DataFrame:
    """``frame[keep]``, or ``frame`` itself when every row is kept (no copy: the unfiltered view
    of a big record is the common case). Callers never modify what they get."""
    return frame if bool(keep.all()) else frame[keep]


def select_stays(stays: pd.DataFrame, dataset: Dataset, filters: Filters) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows of a stays table that ``filters`` keep (same rules as moves), and those left
    out because their date can't be placed in the years."""
    keep = pd.Series(True, index=stays.index)
    if filters.orgs:
        keep &= stays["org_id"].isin(selected_org_ids(dataset, filters))
    if filters.cohort:
        keep &= stays["person_id"].isin(_cohort_members(dataset, filters.cohort))
    if filters.query.strip():
        keep &= stays["person_id"].isin(_people_matching(dataset, filters.query))
    inside, unplaceable = place(stays, filters.years)
    return _kept(stays, keep & inside), stays[keep & unplaceable]


def filter_stays(stays: pd.DataFrame, dataset: Dataset, filters: Filters) -> pd.DataFrame:
    """The rows of a stays table that ``filters`` keep (same rules as moves)."""
    return select_stays(stays, dataset, filters)[0]


def select_claims(claims: pd.DataFrame, dataset: Dataset, filters: Filters) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Cohort claims that ``filters`` keep: by the organisation they are about, year, cohort; and
    those left out because their date can't be placed in the years. A person search hides
    claims, which name no one."""
    if claims.empty:
        return claims, claims
    keep = pd.Series(not filters.query.strip(), index=claims.index)
    if filters.orgs:
        keep &= claims["org_id"].isin(selected_org_ids(dataset, filters))
    if filters.cohort:
        keep &= claims["cohort_id"] == filters.cohort
    inside, unplaceable = place(claims, filters.years)
    return _kept(claims, keep & inside), claims[keep & unplaceable]


def filter_claims(claims: pd.DataFrame, dataset: Dataset, filters: Filters) -> pd.DataFrame:
    """Cohort claims that ``filters`` keep (see :func:`select_claims`)."""
    return select_claims(claims, dataset, filters)[0]
