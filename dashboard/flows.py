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
from .tables import mover_labels

Level = Literal["unit", "root"]
LEVELS: dict[str, str] = {"unit": "Organisations and their units", "root": "Top-level organisations"}
MAX_NAMES = 12
"""People listed in a link's hover text before '… and N more'."""


def _ends(moves: pd.DataFrame, level: Level) -> tuple[pd.Series, pd.Series]:
    if level == "root":
        return moves["from_root_id"], moves["to_root_id"]
    return moves["from_id"], moves["to_id"]


def who(moves: pd.DataFrame) -> pd.Series:
    """A label for each move's mover: the person, or the group with its headcount.

    The moves table carries it as the ``who`` column; it is computed for other frames.
    """
    return moves["who"] if "who" in moves else mover_labels(moves)


def internal_moves(moves: pd.DataFrame, level: Level) -> pd.DataFrame:
    """Moves whose origin and destination are the same node at ``level``."""
    origin, destination = _ends(moves, level)
    return moves[origin == destination]


def _people(frame: pd.DataFrame) -> pd.Series:
    """Per (source, target): the distinct movers in order of appearance, capped at MAX_NAMES."""
    keys = ["source", "target"]
    distinct = frame.drop_duplicates([*keys, "who"])
    distinct = distinct.assign(who=distinct["who"].astype(object))
    counts = distinct.groupby(keys, sort=False).size()
    names = distinct.groupby(keys, sort=False).head(MAX_NAMES).groupby(keys, sort=False)["who"].agg(", ".join)
    more = (counts - MAX_NAMES).clip(lower=0)
    suffix = more.map(lambda extra: f" … and {extra} more" if extra else "").astype(object)
    return names.astype(object) + suffix


def _pairs(moves: pd.DataFrame, level: Level) -> pd.DataFrame:
    """The moves as (source, target, headcount, who) rows, without moves inside one node."""
    origin, destination = _ends(moves, level)
    frame = pd.DataFrame({"source": origin, "target": destination, "headcount": moves["headcount"], "who": who(moves)})
    return frame[frame["source"] != frame["target"]]


def name_people(links: pd.DataFrame, moves: pd.DataFrame, level: Level = "unit") -> pd.DataFrame:
    """``links`` (some rows of :func:`sankey_links`) with their ``people`` column.

    Naming the movers costs time per link, so a page names only the links it shows.
    """
    frame = _pairs(moves, level)
    wanted = pd.MultiIndex.from_frame(links[["source", "target"]])
    frame = frame[pd.MultiIndex.from_frame(frame[["source", "target"]]).isin(wanted)]
    if frame.empty:
        return links.assign(people=pd.Series("", index=links.index, dtype=object))
    people = _people(frame)
    people.index = people.index.set_levels([level.astype(object) for level in people.index.levels])
    keys = pd.MultiIndex.from_arrays([links["source"].astype(object), links["target"].astype(object)])
    named = people.reindex(keys).fillna("").to_numpy(dtype=object)
    return links.assign(people=pd.Series(named, index=links.index, dtype=object))


def sankey_links(moves: pd.DataFrame, level: Level = "unit", *, with_people: bool = True) -> pd.DataFrame:
    """One row per (origin, destination) pair.

    Columns: ``source`` and ``target`` (organisation ids), ``value`` (people moved: the sum of
    headcounts), ``moves`` (records), and unless ``with_people`` is false ``people`` (the
    movers, comma-separated, capped at :data:`MAX_NAMES`; see :func:`name_people` to name only
    some links). Sorted by value, largest first.
    """
    frame = _pairs(moves, level)
    if frame.empty:
        return pd.DataFrame({"source": [], "target": [], "value": [], "moves": [], "people": []}).astype(
            {"value": "int64", "moves": "int64"}
        )
    grouped = frame.groupby(["source", "target"], sort=False)
    links = grouped.agg(value=("headcount", "sum"), moves=("headcount", "size"))
    if with_people:
        links["people"] = _people(frame)
    links = links.reset_index()
    return links.sort_values(["value", "source", "target"], ascending=[False, True, True], ignore_index=True)


def net_flow(moves: pd.DataFrame, level: Level = "unit", *, links: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per organisation: ``inflow``, ``outflow`` and ``net`` (people), largest net first.

    Unknown origins and destinations count for the organisation at the other end but get no
    row of their own. ``links``: :func:`sankey_links` of the same moves and level, if the
    caller has them already.
    """
    if links is None:
        links = sankey_links(moves, level, with_people=False)
    inflow = links.groupby("target")["value"].sum()
    outflow = links.groupby("source")["value"].sum()
    table = pd.DataFrame({"inflow": inflow, "outflow": outflow}).fillna(0).astype("int64")
    table = table[table.index != UNKNOWN]
    table["net"] = table["inflow"] - table["outflow"]
    table.index.name = "org_id"
    return table.reset_index().sort_values(["net", "org_id"], ascending=[False, True], ignore_index=True)


def links_table(links: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Links as a person reads them: origin and destination names, people moved, records, who."""
    return pd.DataFrame(
        {
            "origin": links["source"].map(names),
            "destination": links["target"].map(names),
            "people moved": links["value"],
            "moves": links["moves"],
            "who": links.get("people", ""),
        }
    )
