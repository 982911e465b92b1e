"""Flows between organisations: Sankey links and net inflow/outflow, from a moves table.

``level`` is ``"unit"`` (FAIR stays FAIR) or ``"root"`` (units roll up into their top-level
parent: FAIR → Meta). At the root level a move inside one organisation (Meta → FAIR) is not a
flow between organisations and is left out; :func:`internal_moves` counts them. An unknown
origin or destination is the organisation id ``unknown``.
"""

from __future__ import annotations

from typing import Literal

import pandas as pd

from .model import UNKNOWN

Level = Literal["unit", "root"]
LEVELS: dict[str, str] = {"unit": "Organisations and their units", "root": "Top-level organisations"}
MAX_NAMES = 12
"""People listed in a link's hover text before '… and N more'."""


def _ends(moves: pd.DataFrame, level: Level) -> tuple[pd.Series, pd.Series]:
    if level == "root":
        return moves["from_root_id"], moves["to_root_id"]
    return moves["from_id"], moves["to_id"]


def who(moves: pd.DataFrame) -> pd.Series:
    """A label for each move's mover: the person, or the group with its headcount."""
    group = moves["headcount"].astype(str) + " × " + moves["group"].fillna("")
    return moves["person"].where(moves["person"].notna(), group)


def internal_moves(moves: pd.DataFrame, level: Level) -> pd.DataFrame:
    """Moves whose origin and destination are the same node at ``level``."""
    origin, destination = _ends(moves, level)
    return moves[origin == destination]


def _names(labels: list[str]) -> str:
    shown = sorted(set(labels), key=labels.index)
    if len(shown) > MAX_NAMES:
        return ", ".join(shown[:MAX_NAMES]) + f" … and {len(shown) - MAX_NAMES} more"
    return ", ".join(shown)


def sankey_links(moves: pd.DataFrame, level: Level = "unit") -> pd.DataFrame:
    """One row per (origin, destination) pair.

    Columns: ``source`` and ``target`` (organisation ids), ``value`` (people moved: the sum of
    headcounts), ``moves`` (records), ``people`` (the movers, comma-separated, capped at
    :data:`MAX_NAMES`). Sorted by value, largest first.
    """
    origin, destination = _ends(moves, level)
    frame = pd.DataFrame({"source": origin, "target": destination, "headcount": moves["headcount"], "who": who(moves)})
    frame = frame[frame["source"] != frame["target"]]
    if frame.empty:
        return pd.DataFrame({"source": [], "target": [], "value": [], "moves": [], "people": []}).astype(
            {"value": "int64", "moves": "int64"}
        )
    grouped = frame.groupby(["source", "target"], sort=False)
    links = grouped.agg(value=("headcount", "sum"), moves=("headcount", "size"), people=("who", list)).reset_index()
    links["people"] = links["people"].map(_names)
    return links.sort_values(["value", "source", "target"], ascending=[False, True, True], ignore_index=True)


def net_flow(moves: pd.DataFrame, level: Level = "unit") -> pd.DataFrame:
    """Per organisation: ``inflow``, ``outflow`` and ``net`` (people), largest net first.

    Unknown origins and destinations count for the organisation at the other end but get no
    row of their own.
    """
    links = sankey_links(moves, level)
    inflow = links.groupby("target")["value"].sum()
    outflow = links.groupby("source")["value"].sum()
    table = pd.DataFrame({"inflow": inflow, "outflow": outflow}).fillna(0).astype("int64")
    table = table[table.index != UNKNOWN]
    table["net"] = table["inflow"] - table["outflow"]
    table.index.name = "org_id"
    return table.reset_index().sort_values(["net", "org_id"], ascending=[False, True], ignore_index=True)
