"""The Retention page's loader: how long people stay at each organisation (survival curves and
the tenure table), and for a cohort its members still there over time beside the claims.

The one place the tenure view is computed: the page draws a :class:`RetentionView` and
``export --view tenure`` writes its :meth:`RetentionView.export_table`. Stints are followed from
the whole record (a stint under way in 2024 may have begun with a move in 2019), then the filters
choose among them: organisations (at the level), the cohort and the person search (their people),
the years (the stints under way in them: begun by the range's end, and known held or ended on or
after its start); rumoured moves count only with the rumour switch.
"""

from __future__ import annotations

import datetime as dt
import weakref
from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from dashboard.analysis import survival
from dashboard.analysis.bundle import Bundle
from dashboard.analysis.filters import people_kept, selected_org_ids
from dashboard.analysis.flows import Level
from dashboard.analysis.retention import CohortLine, cohort_lines
from dashboard.analysis.selection import Selection
from dashboard.analysis.tenure import Stints, stints

CURVES = 5
"""Organisations the chart draws without a selection: those with the most stints."""
CURVES_AT_MOST = 12
"""Organisations the chart draws at most, selected or not (more curves are unreadable)."""
CAVEAT = (
    "The record holds the people the press reported on, not a whole workforce: these figures "
    "describe them, not everyone who worked there."
)
"""The page's one sentence on what the figures describe."""
EXPORT_COLUMNS = [
    "organisation", "org_id", "stints", "ended", "interval_censored", "censored", "left_out", "thin", "method",
    "median_years", "median_low", "median_high", "survival_1y", "survival_1y_low", "survival_1y_high",
    "survival_2y", "survival_2y_low", "survival_2y_high", "survival_5y", "survival_5y_low", "survival_5y_high",
    "interval", "rumoured", "inferred", "estimated",
]  # fmt: skip

TABLE_COLUMNS = [
    "organisation", "stints", "ended", "censored", "left out", "median (years)", "after 1 year", "after 2 years",
    "after 5 years", "estimate", "marks",
]  # fmt: skip
"""The page's tenure table (:meth:`RetentionView.table`)."""


def _moves(count: int, kind: str = "") -> str:
    """'1 move', '3 rumoured moves'."""
    return f"{count:,} {kind}move{'s' if count != 1 else ''}"


def _missing(value) -> bool:
    return value is None or value != value


def _years_text(value, low, high) -> str:
    """'2.0 (1.5–3.1)', '2.0 (1.5–…)' or 'not reached'."""
    if _missing(value):
        return "not reached"
    if _missing(low):
        return f"{value:.1f}"
    return f"{value:.1f} ({low:.1f}–{'…' if _missing(high) else f'{high:.1f}'})"


def _share_text(value, low, high) -> str:
    """'80% (65%–90%)' or 'not followed that long'."""
    if _missing(value):
        return "not followed that long"
    return f"{value:.0%}" if _missing(low) or _missing(high) else f"{value:.0%} ({low:.0%}–{high:.0%})"


def _shown(row: dict) -> dict:
    """A row of the figures as the page's table shows it."""
    counted = (("rumoured", "rumoured"), ("inferred", "inferred"), ("estimated", "estimated dates"))
    marks = (["thin"] if row["thin"] else []) + [f"{row[column]} {word}" for column, word in counted if row[column]]
    shares = {f"after {n} year{'s' if n > 1 else ''}": _share_text(*(row[f"survival_{n}y{part}"]
              for part in ("", "_low", "_high"))) for n in survival.HORIZONS}  # fmt: skip
    return {
        "organisation": row["organisation"], "stints": row["stints"], "ended": row["ended"] + row["interval_censored"],
        "censored": row["censored"], "left out": row["left_out"],
        "median (years)": _years_text(row["median_years"], row["median_low"], row["median_high"]),
        **shares, "estimate": f"{row['method']}; in brackets: {row['interval']}", "marks": ", ".join(marks),
    }  # fmt: skip


_followed: dict[tuple, tuple[weakref.ref, Stints]] = {}


def followed(bundle: Bundle, level: Level, rumours: bool) -> Stints:
    """Every stint of the record at ``level`` (:func:`dashboard.analysis.tenure.stints`), computed
    once per bundle, level and rumour switch (a page reruns on every click)."""
    key = (id(bundle), level, rumours)
    kept = _followed.get(key)
    if kept is not None and kept[0]() is bundle:
        return kept[1]
    found = stints(bundle.positions, bundle.moves, bundle.stays, bundle.names, level, bundle.dataset.today, rumours)
    for stale in [other for other, (ref, _) in _followed.items() if ref() is None]:
        del _followed[stale]
    _followed[key] = (weakref.ref(bundle), found)
    return found


def _org_ids(bundle: Bundle, selection: Selection, level: Level) -> set[str] | None:
    if not selection.filters.orgs:
        return None
    orgs = selected_org_ids(bundle.dataset, selection.filters)
    if level == "root":
        orgs = {bundle.dataset.org_roots.get(org, org) for org in orgs}
    return orgs


def _keep(frame: pd.DataFrame, bundle: Bundle, selection: Selection, level: Level, years: bool) -> pd.DataFrame:
    keep = pd.Series(True, index=frame.index)
    orgs = _org_ids(bundle, selection, level)
    if orgs is not None:
        keep &= frame["org_id"].isin(orgs)
    people = people_kept(bundle.dataset, selection.filters)
    if people is not None:
        keep &= frame["person_id"].isin(people)
    chosen = selection.filters.years
    if years and chosen is not None and len(frame):
        first, last = dt.date(chosen[0], 1, 1), dt.date(chosen[1], 12, 31)
        keep &= (frame["start"] <= last) & (frame["last_day"] >= first)
    return frame[keep]


@dataclass(frozen=True, eq=False)
class RetentionView:
    """What the Retention page draws for one selection at one level."""

    stints: pd.DataFrame
    """The stints the filters keep (:data:`dashboard.analysis.tenure.STINT_COLUMNS`)."""
    left_out: pd.DataFrame
    """The stints at the kept organisations whose start can't be placed."""
    groups: int
    rumours_skipped: int
    names: dict[str, str]
    level: Level
    drawn_ids: tuple[str, ...] | None
    """Organisations the chart draws (None: the :data:`CURVES` with the most stints)."""

    @cached_property
    def counts(self) -> pd.DataFrame:
        """Every organisation's counts, in the figures' order (:func:`dashboard.analysis.survival.counts`):
        no estimate, so cheap."""
        return survival.counts(self.stints, self.left_out, self.names)

    def figures(self, rows: int | None = None) -> pd.DataFrame:
        """One row per organisation (:data:`dashboard.analysis.survival.FIGURE_COLUMNS`), or only the
        first ``rows``: only those are estimated (each kept by its stints, so a filter change
        estimates again only the organisations whose stints it changed)."""
        return survival.figures(self.stints, self.left_out, self.names, rows)

    def export_table(self) -> pd.DataFrame:
        """The tenure table as ``export --view tenure`` writes it (:data:`EXPORT_COLUMNS`): every
        organisation, estimated when asked (the page's download of all rows calls it on click)."""
        return self.figures()[EXPORT_COLUMNS]

    def table(self, rows: int | None = None) -> pd.DataFrame:
        """The tenure table as the page shows it (its first ``rows``, or all): years and shares
        rounded, intervals in brackets."""
        return pd.DataFrame([_shown(row) for row in self.figures(rows).to_dict("records")], columns=TABLE_COLUMNS)

    @cached_property
    def drawn(self) -> list[str]:
        """The organisations whose curves the chart draws, most stints first."""
        ordered = list(self.counts["org_id"])
        if self.drawn_ids is not None:
            return [org for org in ordered if org in self.drawn_ids][:CURVES_AT_MOST]
        return ordered[:CURVES]

    @property
    def caption(self) -> str:
        """What the chart draws, in words."""
        total = len(self.counts)
        if not total:
            return ""
        which = "the selected organisations"
        if self.drawn_ids is None:
            which = "the organisations with the most stints; select organisations in the sidebar to draw theirs"
        shown = f"{len(self.drawn)} of {total:,}" if len(self.drawn) < total else f"all {total:,}"
        return (
            f"Curves of {shown} organisations ({which}). Each steps down when stints end; the band is the 95% "
            "confidence interval (Kaplan–Meier) or, where an end is known only between two dates, the range of "
            "Turnbull's estimate. A tick marks a stint still held when last seen (censored): it counts as there "
            "until then, never as a short stay. Click a step for the people who left then."
        )

    @cached_property
    def curves(self) -> list[survival.Curve]:
        return [survival.curve(self.stints[self.stints["org_id"] == org], org) for org in self.drawn]

    @property
    def picks(self) -> list[str]:
        """What a click on a curve can name: each step where someone left ('step:org|index')."""
        return [f"step:{curve.org_id}|{index}" for curve in self.curves
                for index, (left, maybe) in enumerate(zip(curve.steps["left"], curve.steps["maybe"], strict=True))
                if left or maybe]  # fmt: skip

    def _step(self, pick: str) -> tuple[survival.Curve, pd.Series] | None:
        org, _, index = pick.removeprefix("step:").partition("|")
        curve = next((curve for curve in self.curves if curve.org_id == org), None)
        if curve is None or not index.isdigit() or int(index) >= len(curve.steps):
            return None
        return curve, curve.steps.iloc[int(index)]

    def label(self, pick: str) -> str:
        """'Acme, at 2.0 years: 2 left, 1 may have left (4 at risk)'."""
        found = self._step(pick)
        if found is None:
            return pick
        curve, step = found
        maybe = f", {len(step['maybe'])} may have left" if step["maybe"] else ""
        return (f"{self.names.get(curve.org_id, curve.org_id)}, at {step['years']:.1f} years: "
                f"{len(step['left'])} left{maybe} ({step['at_risk']} at risk)")  # fmt: skip

    def behind(self, pick: str) -> pd.DataFrame:
        """The stints behind a step: those that ended there, then those that may have (``certain``)."""
        found = self._step(pick)
        if found is None:
            return self.stints.iloc[:0].assign(certain=pd.Series(dtype=bool))
        _, step = found
        left = self.stints.loc[step["left"]].assign(certain=True)
        maybe = self.stints.loc[step["maybe"]].assign(certain=False)
        return pd.concat([left, maybe])

    def notes(self) -> list[str]:
        """What the figures leave out or mark, in words."""
        lines = []
        if len(self.left_out):
            lines.append(f"Left out: {len(self.left_out):,} stints whose start the record can't place (a move out or "
                         "a stay with no arrival before it, a start unknown or only bounded).")  # fmt: skip
        if self.groups:
            lines.append(f"{_moves(self.groups)} of unnamed groups follow no one and are not counted.")
        if self.rumours_skipped:
            verb = "is" if self.rumours_skipped == 1 else "are"
            lines.append(f"{_moves(self.rumours_skipped, 'rumoured ')} of the record {verb} not read ('Include "
                         "rumours' is off).")  # fmt: skip
        marked = self.stints
        if len(marked):
            parts = [f"{int(marked[column].sum()):,} {word}" for column, word in
                     (("rumoured", "rumoured"), ("inferred", "with an inferred detail"),
                      ("estimated", "with an estimated date")) if marked[column].any()]  # fmt: skip
            if parts:
                lines.append("Counted but marked: stints " + ", ".join(parts) + ".")
        return lines


_views: dict[tuple, tuple[weakref.ref, RetentionView]] = {}
VIEWS_KEPT = 8
"""Views kept per process: the figures of a big record take seconds, and a page reruns on every
click with the same filters."""


def retention_view(bundle: Bundle, selection: Selection, level: Level = "unit") -> RetentionView:
    """The Retention page of ``selection`` at ``level`` (kept for the next run with the same ones)."""
    key = (id(bundle), level, selection.filters)
    kept = _views.get(key)
    if kept is not None and kept[0]() is bundle:
        return kept[1]
    view = _retention_view(bundle, selection, level)
    while len(_views) >= VIEWS_KEPT:
        del _views[next(iter(_views))]
    _views[key] = (weakref.ref(bundle), view)
    return view


def _retention_view(bundle: Bundle, selection: Selection, level: Level) -> RetentionView:
    found = followed(bundle, level, selection.filters.rumours)
    kept = _keep(found.frame, bundle, selection, level, years=True)
    left = _keep(found.left_out, bundle, selection, level, years=False)
    left = left[left["org_id"].isin(set(kept["org_id"]))] if selection.filters.years else left
    drawn = tuple(sorted(_org_ids(bundle, selection, level) or ())) or None
    return RetentionView(kept, left, found.groups, found.rumours_skipped, bundle.names, level, drawn)


def cohort_view(bundle: Bundle, selection: Selection) -> list[CohortLine]:
    """The sidebar's cohort's lines beside its claims (empty without a cohort): its departures
    read from the whole record, the rumour switch applied, as on the Cohorts page."""
    if not selection.filters.cohort:
        return []
    moves = bundle.moves if selection.filters.rumours else bundle.moves[bundle.moves["certainty"] != "rumoured"]
    return cohort_lines(bundle.dataset, moves, bundle.claims, selection.filters.cohort)
