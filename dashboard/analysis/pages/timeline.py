"""The Timeline page's loader: every move, stay and cohort claim of a selection on one time axis,
or, when they are too many to draw one by one, people per year.

With a ``focus`` organisation (and its units), moves are told apart as arrivals, departures,
moves inside it and others (:mod:`dashboard.analysis.organization`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from dashboard.analysis.bundle import Bundle
from dashboard.analysis.organization import direction
from dashboard.analysis.selection import Selection
from dashboard.analysis.timeline import people_per_year, timeline_rows

PLURALS = {"arrival": "Arrivals", "departure": "Departures", "internal": "Moves inside", "other": "Other moves"}


@dataclass(frozen=True, eq=False)
class TimelineView:
    """What the Timeline draws for a selection: :attr:`rows` (one per record) or, when dense,
    :attr:`per_year`."""

    selection: Selection
    focus_ids: set[str] | None
    """The organisation coloured by direction, with its units (None: none)."""
    records: int
    """Moves, stays and claims the filters keep."""
    dense: bool
    """Too many records to draw one by one: the page draws :attr:`per_year`."""
    rows: pd.DataFrame | None
    """One row per record (see :func:`~dashboard.analysis.timeline.timeline_rows`), unless dense."""
    per_year: pd.DataFrame | None
    """People per year and category (see :func:`~dashboard.analysis.timeline.people_per_year`), when dense."""

    @property
    def skipped(self) -> int:
        """Records whose date lies in no single year: not in the bars of :attr:`per_year`."""
        frames = (self.selection.moves, self.selection.stays, self.selection.claims)
        return sum(int(frame["year"].isna().sum()) for frame in frames)

    @property
    def year_picks(self) -> list[str]:
        """What a click on a bar of :attr:`per_year` can name: a category of moves in a year."""
        table = self.per_year
        return [f"{category}:{year}" for category, year in zip(table["category"], table["year"], strict=True)
                if category not in ("stay", "claim")]  # fmt: skip

    def year_behind(self, pick: str) -> pd.DataFrame:
        """The moves behind a bar: ``arrival:2024`` (or ``move:2024`` without a focus)."""
        moves = self.selection.moves
        category, _, year = pick.partition(":")
        keep = moves["year"] == int(year)
        if self.focus_ids:
            keep &= direction(moves, self.focus_ids) == category
        return moves[keep.fillna(False).to_numpy()]

    @staticmethod
    def year_label(pick: str) -> str:
        """'Arrivals in 2024', 'Moves in 2024'."""
        category, _, year = pick.partition(":")
        return f"{PLURALS.get(category, 'Moves')} in {year}"

    @cached_property
    def record_labels(self) -> dict[str, str]:
        """What a click on a marker can name (``move:ID``, ``stay:ID``, ``claim:COHORT``), and its label."""
        rows = self.rows
        keys = rows["kind"] + ":" + rows["record"].astype(str)
        labels = rows["label"].where(rows["kind"] != "claim", rows["row"] + " (its claims)")
        return dict(zip(keys, labels, strict=True))

    def record(self, pick: str) -> tuple[pd.DataFrame, list[tuple[str, list]]]:
        """The record behind a marker: a move (as moves-table rows), or else the titles and
        evidence of a stay or of a cohort's claims (which share its line: all of them)."""
        kind, _, record_id = pick.partition(":")
        moves = self.selection.moves
        if kind == "move":
            return moves[moves["id"] == record_id], []
        if kind == "stay":
            stays = self.selection.stays
            frame = stays[stays["id"] == record_id]
            titles = [self.record_labels[pick]] * len(frame)
        else:
            claims = self.selection.claims
            frame = claims[claims["cohort_id"] == record_id]
            titles = list(frame["summary"])
        return moves.iloc[:0], list(zip(titles, frame["evidence"], strict=True))


def timeline_view(bundle: Bundle, selection: Selection, focus: str | None, *, drawn_at_most: int) -> TimelineView:
    """The Timeline of ``selection``, coloured for ``focus`` (an organisation id, or None); more
    than ``drawn_at_most`` records are drawn as people per year."""
    focus_ids = None if focus is None else bundle.dataset.descendants(focus)
    moves, stays, claims = selection.moves, selection.stays, selection.claims
    records = len(moves) + len(stays) + len(claims)
    dense = records > drawn_at_most
    rows = None if dense else timeline_rows(moves, stays, claims, focus_ids)
    per_year = people_per_year(moves, stays, claims, focus_ids) if dense else None
    return TimelineView(selection, focus_ids, records, dense, rows, per_year)
