"""Flows between organisations: Sankey links and net inflow/outflow, from a moves table.

``level`` is ``"unit"`` (FAIR stays FAIR) or ``"root"`` (units roll up into their top-level
parent: FAIR → Meta). At the root level a move inside one organisation (Meta → FAIR) is not a
flow between organisations and is left out; :func:`internal_moves` counts them. An unknown
origin or destination is the organisation id ``unknown``.

Every count of people also says how many of them are *rumoured* (the source hedges),
*inferred* (a detail no quote supports, e.g. a unit read from another sentence) and *undated*
(the date lies in no single year): :data:`MARKS`. Which moves reach these functions is the
filters' decision (:mod:`dashboard.analysis.filters`): rumours only when the user includes them,
undated moves only without a year filter.
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import pandas as pd

from dashboard.analysis.tables import mover_labels
from dashboard.record.model import UNKNOWN

Level = Literal["unit", "root"]
LEVELS: dict[str, str] = {"unit": "Organisations and their units", "root": "Top-level organisations"}
MAX_NAMES = 12
"""People listed in a link's hover text before '… and N more'."""
DENSE_PAIRS = 1 << 22
"""Up to this many possible (origin, destination) pairs (2,048 organisations), links are counted
in one array slot per pair (32 MiB at most); above, by sorting the pairs that occur."""


MARKS = ("rumoured", "inferred", "undated")
"""Columns of links and net flow that count marked people (see :func:`marks`)."""
STYLES = ("stated", "inferred", "rumoured")
"""How a link is drawn: each move in one style, rumoured first, then inferred, else stated."""
_COUNTED = (*MARKS, "inferred_stated")
"""What links count beside people: the marks, and people with an inferred detail among stated
moves (the 'inferred' drawing style; rumoured wins over inferred)."""


def marks(moves: pd.DataFrame) -> pd.DataFrame:
    """Per move, whether it is rumoured, has an inferred field, or is undated (booleans)."""
    index = moves.index
    inferred = ~moves["inferred"].isin(["", None]) if "inferred" in moves else False  # fast on categoricals
    undated = moves["year"].isna() if "year" in moves else False
    rumoured = moves["certainty"] == "rumoured" if "certainty" in moves else False
    return pd.DataFrame({"rumoured": rumoured, "inferred": inferred, "undated": undated}, index=index).astype(bool)


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


def _people(frame: pd.DataFrame, keys: tuple[str, ...] = ("source", "target")) -> pd.Series:
    """Per (source, target): the distinct movers in order of appearance, capped at MAX_NAMES."""
    keys = list(keys)
    distinct = frame.drop_duplicates([*keys, "who"])
    # observed=True: the groups are the pairs that occur. Categorical ends would otherwise make a
    # group of every (origin, destination) pair of categories, millions on a big record.
    grouped = distinct.groupby(keys, sort=False, observed=True)
    counts = grouped.size()  # groups in order of first appearance, as ngroup numbers them
    names: list[list[str]] = [[] for _ in range(len(counts))]
    # One pass in plain Python: a per-group pandas aggregation costs ~15 µs a group, and a page
    # names up to 1,000 links.
    for group, name in zip(grouped.ngroup().tolist(), distinct["who"].astype(object).tolist(), strict=True):
        if len(names[group]) < MAX_NAMES:
            names[group].append(name)
    texts = [
        ", ".join(group) + (f" … and {count - MAX_NAMES} more" if count > MAX_NAMES else "")
        for group, count in zip(names, counts.tolist(), strict=True)
    ]
    return pd.Series(texts, index=counts.index, dtype=object)


def _pairs(moves: pd.DataFrame, level: Level, *, styled: bool = False) -> pd.DataFrame:
    """The moves as (source, target, headcount, who, marks) rows, without moves inside one node;
    with ``styled``, also each move's drawing ``style``."""
    origin, destination = _ends(moves, level)
    frame = pd.DataFrame({"source": origin, "target": destination, "headcount": moves["headcount"], "who": who(moves)})
    flags = marks(moves)
    for mark in MARKS:
        frame[mark] = flags[mark]
    frame["inferred_stated"] = flags["inferred"] & ~flags["rumoured"]
    if styled:
        frame["style"] = np.where(flags["rumoured"], "rumoured", np.where(flags["inferred"], "inferred", "stated"))
    return frame[frame["source"] != frame["target"]]


def _wanted(links: pd.DataFrame, moves: pd.DataFrame, level: Level, *, styled: bool = False) -> pd.DataFrame:
    """The pairs of ``moves`` that make up ``links`` (the moves are narrowed first: a page names a
    few hundred links of a record of 100,000 moves)."""
    origin, destination = _ends(moves, level)
    source, target = links["source"], links["target"]
    if all(isinstance(column.dtype, pd.CategoricalDtype) for column in (origin, destination, source, target)) and (
        origin.dtype == source.dtype and destination.dtype == target.dtype
    ):
        width = len(destination.cat.categories) + 1
        keys = origin.cat.codes.to_numpy(np.int64) * width + destination.cat.codes.to_numpy(np.int64)
        wanted = source.cat.codes.to_numpy(np.int64) * width + target.cat.codes.to_numpy(np.int64)
        keep = np.isin(keys, wanted)
    else:
        wanted = pd.MultiIndex.from_arrays([source.astype(object), target.astype(object)])
        keep = pd.MultiIndex.from_arrays([origin.astype(object), destination.astype(object)]).isin(wanted)
    return _pairs(moves[keep], level, styled=styled)


def name_people(links: pd.DataFrame, moves: pd.DataFrame, level: Level = "unit") -> pd.DataFrame:
    """``links`` (some rows of :func:`sankey_links`) with their ``people`` column.

    Naming the movers costs time per link, so a page names only the links it shows.
    """
    frame = _wanted(links, moves, level)
    if frame.empty:
        return links.assign(people=pd.Series("", index=links.index, dtype=object))
    return _with_people(links, _people(frame))


def name_styles(links: pd.DataFrame, moves: pd.DataFrame, level: Level = "unit") -> pd.DataFrame:
    """``links`` with the people of each drawing style (``people_stated``, ``people_inferred``,
    ``people_rumoured``): what a drawn link's hover lists. Only for the links a chart draws."""
    frame = _wanted(links, moves, level, styled=True)
    named = links.copy()
    by_style = _people(frame, ("source", "target", "style")) if not frame.empty else None
    for name in STYLES:
        part = None if by_style is None else by_style[by_style.index.get_level_values("style") == name]
        named[f"people_{name}"] = (
            _with_people(links, part.droplevel("style"))["people"] if part is not None and len(part) else ""
        )
    return named


def _with_people(links: pd.DataFrame, people: pd.Series) -> pd.DataFrame:
    """``links`` with a ``people`` column from ``people`` (by source and target; "" if none)."""
    people.index = people.index.set_levels([level.astype(object) for level in people.index.levels])
    keys = pd.MultiIndex.from_arrays([links["source"].astype(object), links["target"].astype(object)])
    named = people.reindex(keys).fillna("").to_numpy(dtype=object)
    return links.assign(people=pd.Series(named, index=links.index, dtype=object))


def sankey_links(moves: pd.DataFrame, level: Level = "unit", *, with_people: bool = True) -> pd.DataFrame:
    """One row per (origin, destination) pair.

    Columns: ``source`` and ``target`` (organisation ids), ``value`` (people moved: the sum of
    headcounts), ``moves`` (records), ``rumoured``, ``inferred`` and ``undated`` (how many of the
    people are so marked; see :func:`marks`), ``inferred_stated`` (people with an inferred detail
    whose move is not rumoured: how the link is drawn), and unless ``with_people`` is false ``people`` (the
    movers, comma-separated, capped at :data:`MAX_NAMES`; see :func:`name_people` to name only
    some links). Sorted by value, largest first.
    """
    frame = _pairs(moves, level)
    if frame.empty:
        empty = {"source": [], "target": [], "value": [], "moves": [], **{mark: [] for mark in _COUNTED}, "people": []}
        return pd.DataFrame(empty).astype({"value": "int64", "moves": "int64", **{mark: "int64" for mark in _COUNTED}})
    links = _link_totals(frame)
    if with_people:
        links = _with_people(links, _people(frame))
    return links.sort_values(["value", "source", "target"], ascending=[False, True, True], ignore_index=True)


def _link_totals(frame: pd.DataFrame) -> pd.DataFrame:
    """``source``, ``target``, ``value`` and ``moves`` per pair of ``frame`` (in no set order).

    The same as a ``groupby(["source", "target"]).agg(...)``, computed on the categories' integer
    codes when both ends are categorical, as the moves table's are: a third of the time at
    100,000 moves, where this runs on every rerun of the Flows page.
    """
    source, target = frame["source"], frame["target"]
    marked = {mark: frame["headcount"] * frame[mark] for mark in _COUNTED}
    if not (isinstance(source.dtype, pd.CategoricalDtype) and isinstance(target.dtype, pd.CategoricalDtype)):
        weighted = frame.assign(**{f"_{mark}": value for mark, value in marked.items()})
        grouped = weighted.groupby(["source", "target"], sort=False, observed=True)
        aggregations = {mark: (f"_{mark}", "sum") for mark in _COUNTED}
        return grouped.agg(value=("headcount", "sum"), moves=("headcount", "size"), **aggregations).reset_index()
    source_codes = source.cat.codes.to_numpy(np.int64)
    target_codes = target.cat.codes.to_numpy(np.int64)
    known = (source_codes >= 0) & (target_codes >= 0)  # a missing end is no pair, as in groupby
    width = max(len(target.cat.categories), 1)
    keys = (source_codes * width + target_codes)[known]
    headcount = frame["headcount"].to_numpy()[known]
    weights = {mark: value.to_numpy()[known] for mark, value in marked.items()}
    size = len(source.cat.categories) * width
    if size <= DENSE_PAIRS:  # a count per possible pair: no sorting
        counts = np.bincount(keys, minlength=size)
        pairs = np.flatnonzero(counts)
        moves = counts[pairs]

        def total(weight: np.ndarray) -> np.ndarray:
            return np.bincount(keys, weights=weight, minlength=size)[pairs]

    else:
        pairs, inverse = np.unique(keys, return_inverse=True)
        moves = np.bincount(inverse, minlength=len(pairs))

        def total(weight: np.ndarray) -> np.ndarray:
            return np.bincount(inverse, weights=weight, minlength=len(pairs))

    return pd.DataFrame(
        {
            "source": pd.Categorical.from_codes(pairs // width, dtype=source.dtype),
            "target": pd.Categorical.from_codes(pairs % width, dtype=target.dtype),
            "value": total(headcount).round().astype(headcount.dtype),
            "moves": moves.astype(np.int64),
            **{mark: total(weight).round().astype(np.int64) for mark, weight in weights.items()},
        }
    )


def net_flow(moves: pd.DataFrame, level: Level = "unit", *, links: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per organisation: ``inflow``, ``outflow`` and ``net`` (people), largest net first; and
    ``rumoured_net`` (the part of ``net`` that rumoured moves make), ``rumoured``, ``inferred``
    and ``undated`` (people arriving or leaving who are so marked).

    Unknown origins and destinations count for the organisation at the other end but get no
    row of their own. ``links``: :func:`sankey_links` of the same moves and level, if the
    caller has them already.
    """
    if links is None:
        links = sankey_links(moves, level, with_people=False)
    columns = ["value", *MARKS]
    inflow = links.groupby("target", observed=True)[columns].sum()
    outflow = links.groupby("source", observed=True)[columns].sum()
    inflow.index, outflow.index = inflow.index.astype(object), outflow.index.astype(object)
    table = pd.DataFrame({"inflow": inflow["value"], "outflow": outflow["value"]}).fillna(0).astype("int64")
    table["net"] = table["inflow"] - table["outflow"]
    rumoured = inflow["rumoured"].reindex(table.index).fillna(0) - outflow["rumoured"].reindex(table.index).fillna(0)
    table["rumoured_net"] = rumoured.astype("int64")
    marked = inflow[list(MARKS)].add(outflow[list(MARKS)], fill_value=0)
    table = table.join(marked.reindex(table.index).fillna(0).astype("int64"))
    table = table[table.index != UNKNOWN]
    table.index.name = "org_id"
    return table.reset_index().sort_values(["net", "org_id"], ascending=[False, True], ignore_index=True)


OTHER = "__other__"
"""The node that gathers the organisations a Sankey doesn't draw one by one (see :func:`gather`)."""


def gather(links: pd.DataFrame, top: int | None) -> tuple[pd.DataFrame, int]:
    """``links`` with every organisation outside the ``top`` by people moved (in plus out) gathered
    into one node, :data:`OTHER`, and the links summed; and how many organisations were gathered.

    A Sankey of 191 organisations has 191 labels on each side, overlapping; the top 20 and "other"
    stay readable. 'Unknown' is never gathered (it says something different: the source doesn't
    say). The links keep their counts (value, moves, marks); a gathered link's ``people`` says how
    many movers it holds instead of naming them. ``top`` None keeps every organisation.
    """
    if links.empty or top is None:
        return links, 0
    source, target = links["source"], links["target"]
    value = links["value"]
    totals = value.groupby(source, observed=True).sum().add(value.groupby(target, observed=True).sum(), fill_value=0)
    totals.index = totals.index.astype(object)
    totals = totals.drop(UNKNOWN, errors="ignore")
    if len(totals) <= top:
        return links, 0
    keep = list(totals.sort_values(ascending=False, kind="stable").head(top).index) + [UNKNOWN]
    kept_source, kept_target = source.isin(keep).to_numpy(), target.isin(keep).to_numpy()
    both = kept_source & kept_target
    counted = [column for column in ("value", "moves", *_COUNTED) if column in links]
    # Links between two drawn organisations stay as they are; only the others are summed, on
    # integer codes (a record of 100,000 moves has 60,000 links, nearly all between small ones).
    rest = links[~both]
    codes = {org: number for number, org in enumerate(keep)}
    other = len(keep)
    rest_source = rest["source"].map(codes).fillna(other).astype("int64").to_numpy()
    rest_target = rest["target"].map(codes).fillna(other).astype("int64").to_numpy()
    keys = rest_source * (other + 1) + rest_target
    summed = rest[counted].groupby(keys, sort=False).sum()
    names = [*keep, OTHER]
    summed.insert(0, "target", [names[key % (other + 1)] for key in summed.index])
    summed.insert(0, "source", [names[key // (other + 1)] for key in summed.index])
    text = [f"{moves:,} move(s) to or from organisations gathered in 'Other'; the links table names them"
            for moves in summed["moves"]]  # fmt: skip
    for column in ("people", *(f"people_{name}" for name in STYLES)):
        summed[column] = text
    kept = links[both].astype({"source": object, "target": object})
    joined = pd.concat([kept, summed.reset_index(drop=True)], ignore_index=True)
    ordered = joined.sort_values(["value", "source", "target"], ascending=[False, True, True], ignore_index=True)
    return ordered, len(totals) - top


def link_styles(links: pd.DataFrame) -> pd.DataFrame:
    """``links`` split by drawing style: one row per (source, target, style) with people in it,
    ``value`` the people of that style (see :data:`STYLES`)."""
    parts = []
    stated = links["value"] - links["rumoured"] - links["inferred_stated"]
    for name, value in (("stated", stated), ("inferred", links["inferred_stated"]), ("rumoured", links["rumoured"])):
        people = links.get(f"people_{name}", links.get("people", ""))
        part = links.assign(value=value, style=name, people=people)
        parts.append(part[part["value"] > 0])
    return pd.concat(parts, ignore_index=True)


def extremes(net: pd.DataFrame, count: int) -> tuple[pd.DataFrame, str]:
    """The ``count`` biggest gainers (net > 0) and losers (net < 0) of a :func:`net_flow` table,
    and a sentence about the rest ('' when none is left out). An organisation that gained one
    person is never listed as a loser, whatever the others did."""
    gainers = net[net["net"] > 0].head(count)
    losers = net[net["net"] < 0].tail(count)
    shown = pd.concat([gainers, losers])
    rest = net.drop(shown.index)
    if rest.empty:
        return shown, ""
    low, high = int(rest["net"].min()), int(rest["net"].max())
    span = f"{low:+d}" if low == high else f"between {low:+d} and {high:+d}"
    nouns, verb = ("organisations", "are") if len(rest) != 1 else ("organisation", "is")
    return shown, f"{len(rest):,} more {nouns} with a net {span} {verb} not drawn."


def links_table(links: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Links as a person reads them: origin and destination names, people moved, records, who."""
    return pd.DataFrame(
        {
            "origin": links["source"].map(names),
            "destination": links["target"].map(names),
            "people moved": links["value"],
            "moves": links["moves"],
            **{mark: links[mark] for mark in MARKS if mark in links},
            "who": links.get("people", ""),
        }
    )


def net_flow_display(net: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """Net flow as a person reads it: the organisation's name first."""
    return net.assign(organisation=net["org_id"].map(names)).loc[
        :, ["organisation", "org_id", "inflow", "outflow", "net", "rumoured_net", "rumoured", "inferred", "undated"]
    ]


def drawn_links(
    links: pd.DataFrame, moves: pd.DataFrame, level: Level, top: int | None, limit: int = 200
) -> tuple[pd.DataFrame, int, int]:
    """The links the Sankey draws (at most ``limit``), organisations beyond the
    ``top`` gathered into 'Other', each link with its people by style; how many organisations were
    gathered; and how many links there are to draw after gathering."""
    gathered, count = gather(links, top)
    drawn = gathered.head(limit)
    if not count:
        named = name_styles(name_people(drawn, moves, level), moves, level)
        return named.assign(quote=first_quotes(named, moves, level)), 0, len(gathered)
    other = (drawn["source"] == OTHER) | (drawn["target"] == OTHER)
    real = drawn[~other].astype({"source": links["source"].dtype, "target": links["target"].dtype})
    real = name_styles(name_people(real, moves, level), moves, level)
    real = real.assign(quote=first_quotes(real, moves, level))
    rest = drawn[other]  # gather() says what these hold instead of naming them
    parts = [part.astype({"source": object, "target": object}) for part in (real, rest) if not part.empty]
    joined = pd.concat(parts, ignore_index=True)
    ordered = joined.sort_values(["value", "source", "target"], ascending=[False, True, True], ignore_index=True)
    return ordered, count, len(gathered)


def first_quotes(links: pd.DataFrame, moves: pd.DataFrame, level: Level) -> pd.Series:
    """Per link (by ``links``' index): the first quote of its newest move, for the link's hover
    ('' for a link of the gathered 'Other', which stands for many)."""
    origin, destination = (column.astype(object) for column in _ends(moves, level))
    pairs = pd.MultiIndex.from_arrays([origin, destination])
    wanted = pd.MultiIndex.from_arrays([links["source"].astype(object), links["target"].astype(object)])
    chosen = moves[pairs.isin(wanted)]
    quotes: dict[tuple, str] = {}
    if not chosen.empty:
        ordered = chosen.sort_values(["end", "start"], ascending=False, na_position="last")
        first_origin, first_destination = _ends(ordered, level)
        # the newest move of each pair, found in one vectorised pass: then a loop over the links only
        newest = ordered[~pd.DataFrame({"o": first_origin, "d": first_destination}).duplicated().to_numpy()]
        ends = zip(*(column.astype(object) for column in _ends(newest, level)), strict=True)
        for pair, evidence in zip(ends, newest["evidence"], strict=True):
            if evidence:
                quotes[pair] = " ".join(str(evidence[0]["quote"]).split())
    keys = zip(links["source"].astype(object), links["target"].astype(object), strict=True)
    return pd.Series([quotes.get(key, "") for key in keys], index=links.index, dtype=object)


def moves_behind(moves: pd.DataFrame, level: Level, pick: str, named: tuple[set, set] = (set(), set())) -> pd.DataFrame:
    """The moves behind what a chart names: ``link:A|B`` (from A to B), ``from:A`` (leaving A),
    ``to:B`` (arriving at B) or ``org:X`` (arriving at or leaving X), at ``level``. ``OTHER``
    stands for every organisation not in ``named`` (the origins and the destinations drawn one
    by one), as the Sankey gathers them."""
    origin, destination = (column.astype(object) for column in _ends(moves, level))

    def matches(ends: pd.Series, org: str, drawn: set) -> pd.Series:
        return ~ends.isin(drawn) if org == OTHER else ends == org

    kind, _, rest = pick.partition(":")
    if kind == "link":
        source, _, target = rest.partition("|")
        keep = matches(origin, source, named[0]) & matches(destination, target, named[1])
    elif kind == "from":
        keep = matches(origin, rest, named[0]) & (origin != destination)
    elif kind == "to":
        keep = matches(destination, rest, named[1]) & (origin != destination)
    elif kind == "org":
        keep = ((origin == rest) | (destination == rest)) & (origin != destination)
    else:
        raise ValueError(f"not a pick: {pick!r}")
    return moves[keep.to_numpy()]


def pick_label(pick: str, names: dict[str, str]) -> str:
    """'Meta → Mistral AI', 'leaving Meta', 'arriving at Apple', 'Meta (arrivals and departures)'."""
    kind, _, rest = pick.partition(":")
    if kind == "link":
        source, _, target = rest.partition("|")
        return f"{names.get(source, source)} → {names.get(target, target)}"
    name = names.get(rest, rest)
    return {"from": f"leaving {name}", "to": f"arriving at {name}", "org": f"{name} (arrivals and departures)"}[kind]
