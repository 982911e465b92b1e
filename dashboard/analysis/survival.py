"""Tenure figures per organisation, from stints (:mod:`dashboard.analysis.tenure`), with ``lifelines``.

An organisation whose stints all end on a placed day or are right-censored gets the Kaplan–Meier
estimate (``KaplanMeierFitter.fit``) with its 95% confidence intervals (lifelines' default:
exponential Greenwood). One with an end the record gives only as an interval ("between 2023 and
2025", "before 2025", a start between two dates) gets Turnbull's estimate
(``KaplanMeierFitter.fit_interval_censoring``, the non-parametric maximum likelihood). Turnbull's
estimate is unique only up to where inside each interval the ends fall: lifelines gives its lowest
and highest curve, the figures take their middle, and the *range* between them stands where Kaplan–
Meier has a confidence interval (lifelines computes none for it; ``interval`` says which a row has).

A figure at 1, 2 or 5 years is empty when no stint was followed that long (the curve says
nothing there), and the median is empty when the curve never falls to one half ("not reached").
``lifelines`` (with scipy) is imported only when a figure is computed, so pages that show none
don't pay for it.
"""

from __future__ import annotations

import hashlib
import math
import warnings
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
import pandas as pd

HORIZONS = (1, 2, 5)
"""Years at which the share still there is given."""
THIN = 10
"""A figure built on fewer stints than this is marked thin."""
CONFIDENCE = "95% confidence interval"
RANGE = "range of Turnbull's estimate (no confidence interval)"
FIGURE_COLUMNS = [
    "organisation", "org_id", "stints", "ended", "interval_censored", "censored", "left_out", "thin", "method",
    "median_years", "median_low", "median_high",
    *[f"survival_{years}y{part}" for years in HORIZONS for part in ("", "_low", "_high")],
    "interval", "rumoured", "inferred", "estimated",
]  # fmt: skip
"""Columns of :func:`figures`. ``ended`` counts stints with a placed end, ``interval_censored`` those
ended within an interval, ``censored`` those still held when last seen; ``left_out`` the stints at
the organisation whose start can't be placed; ``*_low`` and ``*_high`` are the ``interval``."""


@dataclass(frozen=True, eq=False)
class Curve:
    """One organisation's survival curve: ``steps`` (``years``, ``share``, ``low``, ``high``,
    ``at_risk``, ``left``: the rows of the stints that ended there, ``maybe``: those ended within an
    interval reaching into the step), the ``ticks`` where stints are censored (years, share there) and how it
    was estimated (``method``: 'Kaplan–Meier' or 'Turnbull')."""

    org_id: str
    steps: pd.DataFrame
    ticks: pd.DataFrame
    method: str
    band: str


def _fit(stints: pd.DataFrame):
    """A fitted ``KaplanMeierFitter`` for ``stints`` (one organisation's), and whether by Turnbull."""
    from lifelines import KaplanMeierFitter  # here, not at import: it brings scipy

    lower = stints["lower"].to_numpy(dtype=float)
    upper = stints["upper"].to_numpy(dtype=float)
    fitter = KaplanMeierFitter()
    if (stints["outcome"] == "interval").any():
        with warnings.catch_warnings():  # lifelines calls its Turnbull estimator experimental
            warnings.simplefilter("ignore")
            fitter.fit_interval_censoring(lower, upper)
        return fitter, True
    return fitter.fit(lower, event_observed=(stints["outcome"] == "ended").to_numpy()), False


def _turnbull_curve(fitter) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Turnbull's estimate at its points (the finite ones): times, lowest and highest survival."""
    frame = fitter.survival_function_
    times = frame.index.to_numpy(dtype=float)
    low = frame[next(column for column in frame.columns if column.endswith("_lower"))].to_numpy(dtype=float)
    high = frame[next(column for column in frame.columns if column.endswith("_upper"))].to_numpy(dtype=float)
    finite = np.isfinite(times)
    return times[finite], low[finite], high[finite]


def _turnbull_at(fitter, times: list[float]) -> pd.DataFrame:
    """Turnbull's lowest and highest survival at ``times`` (columns ``low``, ``high``)."""
    frame = fitter.survival_function_
    index = frame.index.to_numpy(dtype=float)
    high_column = next(column for column in frame.columns if column.endswith("_upper"))
    low_column = next(column for column in frame.columns if column.endswith("_lower"))
    rows = []
    for time in times:
        # lifelines' curve holds each value up to the next point (it back-fills): the value at the
        # first point at or after ``time``
        at = np.searchsorted(index, time, side="left")
        at = min(at, len(index) - 1)
        rows.append((float(frame[low_column].iloc[at]), float(frame[high_column].iloc[at])))
    return pd.DataFrame(rows, columns=["low", "high"], index=times)


def _km_at(fitter, times: list[float]) -> pd.DataFrame:
    """Kaplan–Meier's survival and its confidence interval at ``times`` (the step at or before)."""
    survival = fitter.survival_function_.iloc[:, 0]
    interval = fitter.confidence_interval_
    index = survival.index.to_numpy(dtype=float)
    rows = []
    for time in times:
        at = max(np.searchsorted(index, time, side="right") - 1, 0)
        rows.append((float(survival.iloc[at]), float(interval.iloc[at, 0]), float(interval.iloc[at, 1])))
    return pd.DataFrame(rows, columns=["share", "low", "high"], index=times)


def _median(times: np.ndarray, shares: np.ndarray) -> float | None:
    """The first time the curve is at or below one half (None: not reached)."""
    below = np.nonzero(shares <= 0.5)[0]
    return float(times[below[0]]) if len(below) else None


def _figures_of(stints: pd.DataFrame) -> dict:
    fitter, turnbull = _fit(stints)
    followed = float(stints["lower"].max())
    horizons = [float(years) for years in HORIZONS]
    row: dict = {"method": "Turnbull" if turnbull else "Kaplan–Meier", "interval": RANGE if turnbull else CONFIDENCE}
    if turnbull:
        times, low, high = _turnbull_curve(fitter)
        middle = (low + high) / 2
        row |= {"median_years": _median(times, middle), "median_low": _median(times, low),
                "median_high": _median(times, high)}  # fmt: skip
        at = _turnbull_at(fitter, horizons)
        values = {time: ((at.loc[time, "low"] + at.loc[time, "high"]) / 2, at.loc[time, "low"], at.loc[time, "high"])
                  for time in horizons}  # fmt: skip
        followed = float(np.nanmax(np.where(np.isfinite(stints["upper"]), stints["upper"], stints["lower"])))
    else:
        from lifelines.utils import median_survival_times

        median = float(fitter.median_survival_time_)
        bounds = median_survival_times(fitter.confidence_interval_)
        row |= {"median_years": median if math.isfinite(median) else None,
                "median_low": _finite(bounds.iloc[0, 0]), "median_high": _finite(bounds.iloc[0, 1])}  # fmt: skip
        at = _km_at(fitter, horizons)
        values = {time: (at.loc[time, "share"], at.loc[time, "low"], at.loc[time, "high"]) for time in horizons}
    for years, time in zip(HORIZONS, horizons, strict=True):
        share, low, high = values[time] if time <= followed else (None, None, None)
        row |= {f"survival_{years}y": share, f"survival_{years}y_low": low, f"survival_{years}y_high": high}
    return row


def _finite(value) -> float | None:
    value = float(value)
    return value if math.isfinite(value) else None


COUNT_COLUMNS = FIGURE_COLUMNS[:8] + ["rumoured", "inferred", "estimated"]
"""The columns of :func:`figures` that only count (no estimate): :func:`counts` gives them."""


def counts(stints: pd.DataFrame, left_out: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    """:func:`figures` without the estimates (:data:`COUNT_COLUMNS`), in the same order: cheap, so
    a page can order every organisation and estimate only the rows it shows."""
    if stints.empty:
        return pd.DataFrame(columns=COUNT_COLUMNS)
    outcome = stints["outcome"]
    marks = {column: stints[column].astype(bool) for column in ("rumoured", "inferred", "estimated")}
    parts = pd.DataFrame({
        "org_id": stints["org_id"], "stints": 1, "ended": outcome == "ended",
        "interval_censored": outcome == "interval", "censored": outcome == "censored", **marks,
    })  # fmt: skip
    summed = parts.groupby("org_id", sort=False).sum().astype(int).reset_index()
    left = left_out.groupby("org_id").size() if len(left_out) else pd.Series(dtype=int)
    summed["organisation"] = [names.get(org_id, org_id) for org_id in summed["org_id"]]
    summed["left_out"] = [int(left.get(org_id, 0)) for org_id in summed["org_id"]]
    summed["thin"] = summed["stints"] < THIN
    frame = summed[COUNT_COLUMNS]
    return frame.sort_values(["stints", "organisation"], ascending=[False, True], kind="stable").reset_index(drop=True)


FIGURES_KEPT = 4096
"""Organisations' estimates kept per process (:func:`estimate`), the least recently used dropped
first: a row is a few numbers, and a filter change that leaves an organisation's stints as they
were finds its estimate here."""
_estimates: OrderedDict[bytes, dict] = OrderedDict()
fits = 0
"""Estimates computed (not found kept) in this process: tests count work with it."""


def digest(stints: pd.DataFrame) -> bytes:
    """What an organisation's estimate depends on, in a few bytes: its stints' bounds and
    outcomes, in order."""
    lower = stints["lower"].to_numpy(dtype=float)
    upper = stints["upper"].to_numpy(dtype=float)
    outcome = "\n".join(stints["outcome"].astype(str)).encode()
    return hashlib.blake2b(lower.tobytes() + b"|" + upper.tobytes() + b"|" + outcome, digest_size=20).digest()


def estimate(stints: pd.DataFrame) -> dict:
    """The estimate columns of :func:`figures` for one organisation's stints, kept by
    :func:`digest` (:data:`FIGURES_KEPT` at most)."""
    global fits
    key = digest(stints)
    kept = _estimates.get(key)
    if kept is not None:
        _estimates.move_to_end(key)
        return dict(kept)
    row = _figures_of(stints)
    fits += 1
    _estimates[key] = row
    while len(_estimates) > FIGURES_KEPT:
        _estimates.popitem(last=False)
    return dict(row)


def figures(
    stints: pd.DataFrame, left_out: pd.DataFrame, names: dict[str, str], rows: int | None = None
) -> pd.DataFrame:
    """One row per organisation with at least one placed stint (:data:`FIGURE_COLUMNS`), most
    stints first: counts, median tenure and the share still there after 1, 2 and 5 years (in
    years and shares of 1), each with its interval; ``thin`` below :data:`THIN` stints.

    ``rows``: only the first so many organisations (the others are not estimated)."""
    ordered = counts(stints, left_out, names)
    if rows is not None:
        ordered = ordered.head(rows)
    if ordered.empty:
        return pd.DataFrame(columns=FIGURE_COLUMNS)
    wanted = set(ordered["org_id"])
    parts = {org_id: part for org_id, part in stints.groupby("org_id", sort=False) if org_id in wanted}
    estimates = pd.DataFrame([estimate(parts[org_id]) for org_id in ordered["org_id"]], index=ordered.index)
    return pd.concat([ordered, estimates], axis=1)[FIGURE_COLUMNS]


def curve(stints: pd.DataFrame, org_id: str) -> Curve:
    """The survival curve of one organisation's stints, for drawing: each step with the numbers
    at risk and the stints that ended there (``left``: their row labels), and the censoring ticks."""
    fitter, turnbull = _fit(stints)
    lower, upper = stints["lower"].to_numpy(dtype=float), stints["upper"].to_numpy(dtype=float)
    if turnbull:
        times, low, high = _turnbull_curve(fitter)
        share = (low + high) / 2
    else:
        times = fitter.survival_function_.index.to_numpy(dtype=float)
        share = fitter.survival_function_.iloc[:, 0].to_numpy(dtype=float)
        low = fitter.confidence_interval_.iloc[:, 0].to_numpy(dtype=float)
        high = fitter.confidence_interval_.iloc[:, 1].to_numpy(dtype=float)
    ended = stints["outcome"] != "censored"
    at_risk = [int((lower >= time).sum()) for time in times]
    # who left at a step: the stints that ended exactly there, and those ended within an interval
    # that reaches into the step (since the previous point): they may have left then
    previous = np.concatenate(([-np.inf], times[:-1]))
    exact = ended & (lower == upper)
    left = [list(stints.index[exact & (lower > before) & (lower <= time)])
            for before, time in zip(previous, times, strict=True)]  # fmt: skip
    maybe = [list(stints.index[ended & ~exact & (lower <= time) & (upper > before)])
             for before, time in zip(previous, times, strict=True)]  # fmt: skip
    steps = pd.DataFrame(
        {"years": times, "share": share, "low": low, "high": high, "at_risk": at_risk, "left": left, "maybe": maybe}
    )
    censored = stints[~ended]
    tick_times = censored["lower"].to_numpy(dtype=float)
    positions = np.clip(np.searchsorted(times, tick_times, side="right") - 1, 0, max(len(times) - 1, 0))
    tick_shares = share[positions] if len(times) else np.ones(len(tick_times))
    ticks = pd.DataFrame({"years": tick_times, "share": tick_shares, "row": list(censored.index)})
    return Curve(org_id, steps, ticks, "Turnbull" if turnbull else "Kaplan–Meier", RANGE if turnbull else CONFIDENCE)
