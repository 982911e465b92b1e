"""Timeline rows: every move, stay and cohort claim as a span of days on one shared axis.

A record is drawn over the span its date covers — a month-precision date across that month, a
year-precision date across that year, a day as a point — so no record sits on a fake
1 January. A date with an open end ("before 2025", "2023 or later") is drawn as an open span
that runs to the edge of the chart, dotted; a record whose date is unknown can't be placed on
a time axis and is left out (the filters already leave it out of every page and count it).
"""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.careers import describe_date
from dashboard.analysis.flows import who
from dashboard.analysis.organization import direction
from dashboard.text import hover_text

ROW_COLUMNS = [
    "row", "kind", "category", "start", "end", "precision", "date_kind", "label", "hover", "record",
    "open", "certainty",
]  # fmt: skip
"""``open``: which end of the span is open ('start', 'end' or ''); the drawn span then runs to
the chart's edge. ``certainty``: 'rumoured' or 'stated'."""


def _when(date: str, date_kind: str, estimated: bool, when: str | None = None) -> str:
    return describe_date({"date": date, "date_kind": date_kind, "estimated": estimated, "when": when})


def _open(frame: pd.DataFrame) -> list[str]:
    return [
        "start" if pd.isna(start) else "end" if pd.isna(end) else ""
        for start, end in zip(frame["start"], frame["end"], strict=True)
    ]


def _placed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame[~(frame["start"].isna() & frame["end"].isna())] if not frame.empty else frame


def move_spans(moves: pd.DataFrame, focus: set[str] | None) -> pd.DataFrame:
    """Timeline rows for moves; ``category`` is the direction relative to ``focus`` (or 'move')."""
    moves = _placed(moves)
    if moves.empty:
        return pd.DataFrame(columns=ROW_COLUMNS)
    categories = direction(moves, focus) if focus else pd.Series("move", index=moves.index)
    movers = who(moves).astype(object)
    origin = moves["from_org"].astype(object).fillna("Unknown")
    destination = moves["to_org"].astype(object).fillna("Unknown")
    titles = movers + ": " + origin + " → " + destination
    hovers = [
        hover_text(title + _marks(certainty, inferred), _when(date, kind, estimated, when), evidence)
        for title, certainty, inferred, date, kind, estimated, when, evidence in zip(
            titles, moves["certainty"], moves["inferred"], moves["date"], moves["date_kind"], moves["date_estimated"],
            moves["when"], moves["evidence"], strict=True,
        )
    ]  # fmt: skip
    return pd.DataFrame(
        {
            "row": movers.values,
            "kind": "move",
            "category": categories.values,
            "start": moves["start"].values,
            "end": moves["end"].values,
            "precision": moves["date_precision"].values,
            "date_kind": moves["date_kind"].values,
            "label": titles.values,
            "hover": hovers,
            "record": moves["id"].values,
            "open": _open(moves),
            "certainty": moves["certainty"].astype(object).values,
        }
    )


def _marks(certainty: str, inferred: str) -> str:
    """' (rumoured; inferred: to)' for a hover title."""
    parts = (["rumoured"] if certainty == "rumoured" else []) + ([f"inferred: {inferred}"] if inferred else [])
    return f" ({'; '.join(parts)})" if parts else ""


def stay_spans(stays: pd.DataFrame) -> pd.DataFrame:
    """Timeline rows for stays (a confirmation that someone is still there)."""
    stays = _placed(stays)
    if stays.empty:
        return pd.DataFrame(columns=ROW_COLUMNS)
    titles = stays["person"] + " still at " + stays["org"]
    hovers = [
        hover_text(title + _marks("stated", inferred), _when(date, "stay", estimated, when), evidence)
        for title, inferred, date, estimated, when, evidence in zip(
            titles,
            stays["inferred"],
            stays["as_of"],
            stays["as_of_estimated"],
            stays["when"],
            stays["evidence"],
            strict=True,
        )
    ]
    return pd.DataFrame(
        {
            "row": stays["person"].values,
            "kind": "stay",
            "category": "stay",
            "start": stays["start"].values,
            "end": stays["end"].values,
            "precision": stays["as_of_precision"].values,
            "date_kind": "stay",
            "label": titles.values,
            "hover": hovers,
            "record": stays["id"].values,
            "open": _open(stays),
            "certainty": "stated",
        }
    )


def claim_spans(claims: pd.DataFrame) -> pd.DataFrame:
    """Timeline rows for cohort claims, one row per cohort."""
    claims = _placed(claims)
    if claims.empty:
        return pd.DataFrame(columns=ROW_COLUMNS)
    hovers = [
        hover_text(summary, _when(date, "stay", estimated, when).replace("as of", "claimed as of"), evidence)
        for summary, date, estimated, when, evidence in zip(
            claims["summary"],
            claims["as_of"],
            claims["as_of_estimated"],
            claims["when"],
            claims["evidence"],
            strict=True,
        )
    ]
    return pd.DataFrame(
        {
            "row": ("Cohort: " + claims["cohort"]).values,
            "kind": "claim",
            "category": "claim",
            "start": claims["start"].values,
            "end": claims["end"].values,
            "precision": claims["as_of_precision"].values,
            "date_kind": "claim",
            "label": claims["summary"].values,
            "hover": hovers,
            "record": claims["cohort_id"].values,
            "open": _open(claims),
            "certainty": "stated",
        }
    )


def timeline_rows(
    moves: pd.DataFrame, stays: pd.DataFrame, claims: pd.DataFrame, focus: set[str] | None = None
) -> pd.DataFrame:
    """All rows, ordered by when each row (person, group, cohort) first appears.

    An open end is set to the edge of the chart: a year before the earliest and after the latest
    known bound of the rows (``open`` keeps which end was open). Unknown dates are left out.
    """
    parts = [part for part in (move_spans(moves, focus), stay_spans(stays), claim_spans(claims)) if not part.empty]
    if not parts:
        return pd.DataFrame(columns=ROW_COLUMNS)
    rows = pd.concat(parts, ignore_index=True)
    known = pd.concat([rows["start"], rows["end"]]).dropna()
    left, right = known.min() - pd.DateOffset(years=1), known.max() + pd.DateOffset(years=1)
    rows["start"] = rows["start"].fillna(left)
    rows["end"] = rows["end"].fillna(right)
    first_seen = rows.groupby("row")["start"].transform("min")
    return rows.assign(_first=first_seen).sort_values(["_first", "row", "start"]).drop(columns="_first")


def people_per_year(
    moves: pd.DataFrame, stays: pd.DataFrame, claims: pd.DataFrame, focus: set[str] | None = None
) -> pd.DataFrame:
    """People per year and category, for a timeline too dense to draw record by record.

    Counted by year: a month or a day would invent precision for year-only dates. A record whose
    date lies in no single year (before 2025, 2023 or later, unknown…) is skipped; the page says
    how many. Moves count their headcount, stays and claims count one each. Columns: ``year``,
    ``category``, ``people``.
    """
    categories = direction(moves, focus) if focus else pd.Series("move", index=moves.index)
    parts = [pd.DataFrame({"year": moves["year"], "category": categories, "people": moves["headcount"]})]
    if not stays.empty:
        parts.append(pd.DataFrame({"year": stays["year"], "category": "stay", "people": 1}))
    if not claims.empty:
        parts.append(pd.DataFrame({"year": claims["year"], "category": "claim", "people": 1}))
    frame = pd.concat(parts, ignore_index=True).dropna(subset=["year"])
    frame["year"] = frame["year"].astype("int64")
    return frame.groupby(["year", "category"], as_index=False, sort=True, observed=True)["people"].sum()
