"""The Overview page's loader: the selection in numbers, and the biggest net gainers and losers
among top-level organisations."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.bundle import Bundle
from dashboard.analysis.flows import extremes
from dashboard.analysis.pages.flows import FlowsView, flows_view
from dashboard.analysis.selection import Selection
from dashboard.analysis.tables import organizations_shown, people_moved, sources_cited

NET_BARS = 5
"""Gainers, and losers, the Overview's chart draws (the Flows page's chart draws more)."""


@dataclass(frozen=True, eq=False)
class OverviewView:
    """What the Overview draws for a selection."""

    moves: pd.DataFrame
    """The moves the filters keep (the page lists the newest)."""
    people: int
    """Distinct named people moved, plus the headcounts of unnamed groups."""
    organizations: int
    sources: int
    """Documents quoted by the moves, stays and claims kept."""
    flows: FlowsView
    """The Flows page's view at the top level: the net flow (and the published ``net-flow`` view)."""
    net_drawn: pd.DataFrame
    """The :data:`NET_BARS` biggest gainers and losers."""
    net_caption: str

    @property
    def net_picks(self) -> list[str]:
        """What a click on the net-flow chart can name: each bar's organisation."""
        return [f"org:{org}" for org in self.net_drawn["org_id"]]


def overview_view(bundle: Bundle, selection: Selection) -> OverviewView:
    """The Overview of ``selection``."""
    moves = selection.moves
    flows = flows_view(bundle, selection, "root")
    shown, rest = extremes(flows.net, NET_BARS)
    caption = (
        "Top-level organisations; people arrived minus people left, within the filters: the five biggest "
        "gainers and losers (an organisation that gained is never listed as a loser). "
        + rest
        + " Hover a bar for how many of them are rumoured, inferred or undated; click it for the moves."
    )
    tables = {"moves": moves, "stays": selection.stays, "claims": selection.claims}
    return OverviewView(
        moves=moves,
        people=people_moved(moves),
        organizations=organizations_shown(moves, selection.stays),
        sources=sources_cited(bundle.sources, tables),
        flows=flows,
        net_drawn=shown,
        net_caption=caption,
    )
