"""The views a page publishes as tables (``moves``, ``flows``, ``net-flow``), for ``python -m
dashboard export --view`` and ``report``; and moves as a person reads them.

A reviewer can check a page's numbers from the command line: ``export --view flows --query
"org=meta&from=2025"`` reads the dashboard's URL query string with the same meaning and defaults
(:func:`from_query`) and takes the table from the page's own loader
(:mod:`dashboard.analysis.pages.flows`). Each row of ``flows`` and ``net-flow`` says how many of
its people are rumoured, inferred or undated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from urllib.parse import parse_qs

import pandas as pd

from dashboard.analysis.bundle import Bundle
from dashboard.analysis.filters import Filters, parse_query
from dashboard.analysis.flows import LEVELS, Level
from dashboard.analysis.pages.flows import LEVEL, FlowsView, flows_view
from dashboard.analysis.selection import Selection
from dashboard.analysis.tables import newest_first
from dashboard.record.evidence import reports_phrase

VIEWS = ("moves", "flows", "net-flow")
INFERRED = " (inferred)"
"""Appended to a name that no quote supports (the record's note says its basis)."""


def from_query(query: str | Mapping[str, Sequence[str]], bundle: Bundle) -> tuple[Filters, str | None, list[str]]:
    """Filters, the ``level`` page choice (if given) and notices from a URL query string."""
    params = parse_qs(query.lstrip("?"), keep_blank_values=True) if isinstance(query, str) else dict(query)
    parsed = parse_query(params, bundle.bounds)
    level = (params.get(LEVEL) or [None])[-1]
    notices = list(parsed.notices)
    if level is not None and level not in LEVELS:
        notices.append(f"Ignored {LEVEL}={level!r}: write {LEVEL}=unit or {LEVEL}=root.")
        level = None
    return parsed.filters, level, notices


def inferred_set(text: object) -> set[str]:
    """The fields of a row's ``inferred`` column ('from, to') as a set (empty for '' or missing)."""
    return {field.strip() for field in str(text or "").split(",") if field.strip()}


def _marked(names: pd.Series, inferred: pd.Series, field: str) -> pd.Series:
    """``names`` with ' (inferred)' where ``field`` is among the row's inferred fields."""
    flagged = inferred.astype(object).map(lambda text: field in inferred_set(text))
    return names.where(~flagged, names + INFERRED)


def _inferred_words(text: str) -> str:
    """'inferred: to', or for a move derived from positions 'derived from positions' (and the rest)."""
    named = [field.strip() for field in str(text or "").split(",") if field.strip()]
    fields = [field for field in named if field != "move"]
    words = ["derived from positions"] if "move" in named else []
    words += [f"inferred: {', '.join(fields)}"] if fields else []
    return ";".join(words)


def marks_text(moves: pd.DataFrame) -> pd.Series:
    """Per move: 'rumoured; inferred: to; no single year' (empty when unmarked); a move derived
    from two positions says 'derived from positions'."""
    rumoured = moves["certainty"].astype(object).eq("rumoured").map({True: "rumoured", False: ""})
    inferred = moves["inferred"].astype(object).fillna("").map(_inferred_words)
    undated = moves["year"].isna().map({True: "no single year", False: ""})
    joined = rumoured + ";" + inferred + ";" + undated
    return joined.map(lambda text: "; ".join(part for part in text.split(";") if part))


def moves_display(moves: pd.DataFrame) -> pd.DataFrame:
    """The columns a person reads, one row per move (what a page's table shows and its CSV holds)."""
    first = moves["evidence"].map(lambda items: items[0] if items else {"quote": "", "source": ""})
    inferred = moves["inferred"]
    reports = [reports_phrase(int(a), int(r)) for a, r in zip(moves["articles"], moves["reports"], strict=True)]
    return pd.DataFrame(
        {
            "date": moves["when"].astype(object),
            "date kind": moves["date_kind"].astype(object)
            + moves["date_estimated"].map({True: ", estimated", False: ""}),
            "who": _marked(moves["who"].astype(object), inferred, "person"),
            "from": _marked(moves["from_org"].astype(object).fillna("Unknown"), inferred, "from"),
            "to": _marked(moves["to_org"].astype(object).fillna("Unknown"), inferred, "to"),
            "role": moves["role"].astype(object).fillna(""),
            "certainty": moves["certainty"].astype(object),
            "marks": marks_text(moves),
            "quote": first.map(lambda item: " ".join(str(item["quote"]).split())),
            "source": moves["evidence"].map(lambda items: "; ".join(dict.fromkeys(item["source"] for item in items))),
            "reports": pd.Series(reports, index=moves.index, dtype=object),
            "id": moves["id"],
        }
    )


def view(
    bundle: Bundle, selection: Selection, name: str, level: Level = "unit", flows: FlowsView | None = None
) -> pd.DataFrame:
    """The table of view ``name`` (:data:`VIEWS`) for the selected rows, as the pages show it:
    ``moves`` newest first, ``flows`` the links largest first with their people, ``net-flow``
    largest net first (the Flows page's tables, :mod:`dashboard.analysis.pages.flows`). ``flows``:
    that page's view of the same selection and level, when the caller has it already."""
    if name == "moves":
        return moves_display(newest_first(selection.moves))
    if name not in VIEWS:
        raise ValueError(f"unknown view {name!r}: choose one of {', '.join(VIEWS)}")
    flows = flows if flows is not None else flows_view(bundle, selection, level)
    return flows.full_table() if name == "flows" else flows.net_table()
