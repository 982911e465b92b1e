"""The Organisation page's loader: one organisation (alone, or with its units), the people who
arrived and left per year, where they came from and went to, and the moves behind them."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.bundle import Bundle
from dashboard.analysis.organization import arrivals_per_year, counterparts, touching
from dashboard.analysis.selection import Selection
from dashboard.record.model import UNKNOWN


def busiest(selection: Selection) -> str | None:
    """The organisation the most selected moves touch (the page's first choice without a link)."""
    moves = selection.moves
    ends = pd.concat([moves["from_id"].astype(object), moves["to_id"].astype(object)])
    counts = ends[ends != UNKNOWN].value_counts()
    return str(counts.index[0]) if not counts.empty else None


def units(bundle: Bundle, org_id: str) -> set[str]:
    """The units of ``org_id``, their units, and so on (not the organisation itself)."""
    return bundle.dataset.descendants(org_id) - {org_id}


@dataclass(frozen=True, eq=False)
class Counterparts:
    """Where arrivals came from, or departures went: the table (names, people) and each row's
    organisation id (``unknown`` for Unknown)."""

    table: pd.DataFrame
    org_ids: pd.Series


@dataclass(frozen=True, eq=False)
class OrganizationView:
    """What the Organisation page draws for an organisation and a selection."""

    name: str
    facts: str
    """Its kind, parent, units and aliases, in one line."""
    scope: str
    """Whether its units are counted with it, and how that compares with the Overview ('' without units)."""
    moves: pd.DataFrame
    """The selected moves that enter, leave or stay inside it, with their ``direction``."""
    per_year: pd.DataFrame
    """People arriving and departing per year (see :func:`~dashboard.analysis.organization.arrivals_per_year`)."""
    came_from: Counterparts
    went_to: Counterparts

    @property
    def arrived(self) -> int:
        return int(self.moves.loc[self.moves["direction"] == "arrival", "headcount"].sum())

    @property
    def left(self) -> int:
        return int(self.moves.loc[self.moves["direction"] == "departure", "headcount"].sum())

    @property
    def undated(self) -> str:
        """What the per-year chart leaves out, in words ('' when nothing)."""
        moves = self.moves
        undated = moves[moves["year"].isna() & moves["direction"].isin(["arrival", "departure"])]
        if undated.empty:
            return ""
        return (f"Not in this chart: {len(undated):,} move(s) ({int(undated['headcount'].sum()):,} people) whose date "
                "lies in no single year; the counts above include them.")  # fmt: skip

    @property
    def bars(self) -> list[str]:
        """What a click on the per-year chart can name: ``arrival:2024``, ``departure:2024``."""
        return [f"{kind}:{year}" for year in self.per_year["year"] for kind in ("arrival", "departure")]

    def behind(self, pick: str) -> pd.DataFrame:
        """The moves behind a bar."""
        kind, _, year = pick.partition(":")
        return self.moves[(self.moves["direction"] == kind) & (self.moves["year"] == int(year))]

    def label(self, pick: str) -> str:
        """'arrivals at Meta in 2024'."""
        kind, _, year = pick.partition(":")
        return f"{'arrivals at' if kind == 'arrival' else 'departures from'} {self.name} in {year}"


def organization_view(bundle: Bundle, selection: Selection, org_id: str, *, with_units: bool) -> OrganizationView:
    """The Organisation page of ``org_id`` (with its units, or alone) for ``selection``."""
    dataset, names = bundle.dataset, bundle.names
    organization = dataset.document.organizations[org_id]
    below = units(bundle, org_id)
    org_ids = below | {org_id} if with_units else {org_id}
    facts = [organization.kind or "kind not stated"]
    if organization.parent:
        facts.append(f"part of {names[organization.parent]}")
    if below:
        facts.append("units: " + ", ".join(sorted(names[unit] for unit in below)))
    if organization.aliases:
        facts.append("also written: " + ", ".join(organization.aliases))
    scope = ""
    if below and not with_units:
        scope = (f"{organization.name} alone: moves of its {len(below)} unit(s) are not counted here. The Overview's "
                 "gainers and losers count top-level organisations with their units; switch on 'Include its units' "
                 "to count the same way.")  # fmt: skip
    elif below:
        scope = (f"{organization.name} with its units, as the Overview's top-level figures count it (moves between "
                 "it and its units are arrivals and departures here, not on the Overview).")  # fmt: skip
    ids_of = {name: org for org, name in names.items()}  # organisation names are unique

    def sides(side: str) -> Counterparts:
        table = counterparts(selection.moves, org_ids, side)
        return Counterparts(table, table["organisation"].map(ids_of))

    return OrganizationView(
        name=organization.name,
        facts=" · ".join(facts),
        scope=scope,
        moves=touching(selection.moves, org_ids),
        per_year=arrivals_per_year(selection.moves, org_ids),
        came_from=sides("from"),
        went_to=sides("to"),
    )
