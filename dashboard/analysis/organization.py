"""One organisation's view of the moves: arrivals, departures, and where people came and went.

``org_ids`` is the set of organisation ids that count as "the organisation" (one id, or an
organisation and its units). A move is an *arrival* when it enters the set from outside, a
*departure* when it leaves it, *internal* when both ends are inside (Meta → FAIR with units
included) and *other* when it doesn't touch the set.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.record.dataset import UNKNOWN_LABEL

DIRECTIONS = ("arrival", "departure", "internal", "other")


def direction(moves: pd.DataFrame, org_ids: set[str]) -> pd.Series:
    """Each move's direction relative to ``org_ids`` (see :data:`DIRECTIONS`)."""
    inside_from = moves["from_id"].isin(org_ids)
    inside_to = moves["to_id"].isin(org_ids)
    codes = np.select([inside_from & inside_to, inside_to, inside_from], [2, 0, 1], default=3)
    values = pd.Categorical.from_codes(codes, categories=list(DIRECTIONS))  # no text array per row: quick
    return pd.Series(values, index=moves.index, name="direction")


def touching(moves: pd.DataFrame, org_ids: set[str]) -> pd.DataFrame:
    """The moves that enter, leave or stay inside ``org_ids``, with a ``direction`` column."""
    directions = direction(moves, org_ids)
    keep = (directions != "other").to_numpy()
    return moves[keep].assign(direction=directions[keep])


def arrivals_per_year(moves: pd.DataFrame, org_ids: set[str]) -> pd.DataFrame:
    """People arriving and departing per year: columns ``year``, ``arrivals``, ``departures``.

    A move whose date lies in no single year (before 2025, 2023 or later, unknown…) is left out;
    :func:`dashboard.analysis.filters.place` is the rule, and the page says how many.
    """
    marked = touching(moves[moves["year"].notna()], org_ids)
    table = (
        marked[marked["direction"].isin(["arrival", "departure"])]
        .pivot_table(index="year", columns="direction", values="headcount", aggfunc="sum", fill_value=0, observed=True)
        .reindex(columns=["arrival", "departure"], fill_value=0)
        .rename(columns={"arrival": "arrivals", "departure": "departures"})
    )
    table.columns.name = None
    return table.reset_index().astype("int64")


def counterparts(moves: pd.DataFrame, org_ids: set[str], side: str) -> pd.DataFrame:
    """Where arrivals came from (``side="from"``) or departures went (``side="to"``).

    Columns: ``organisation`` (display name, ``Unknown`` when the source doesn't say) and
    ``people`` (sum of headcounts), most people first.
    """
    wanted = "arrival" if side == "from" else "departure"
    marked = touching(moves, org_ids)
    marked = marked[marked["direction"] == wanted]
    names = marked[f"{side}_org"].astype(object).fillna(UNKNOWN_LABEL)
    table = marked.groupby(names)["headcount"].sum().rename("people").reset_index()
    table.columns = ["organisation", "people"]
    return table.sort_values(["people", "organisation"], ascending=[False, True], ignore_index=True)
