"""Tenure figures (issue 27): the same numbers as lifelines on the same stints, made-up records
with exact dates, right- and interval-censored."""

from __future__ import annotations

import datetime as dt
import random
from collections import OrderedDict

import numpy as np
import pytest
from lifelines import KaplanMeierFitter
from lifelines.utils import median_survival_times

from dashboard.analysis import survival
from dashboard.analysis.filters import Filters
from dashboard.analysis.pages.retention import retention_view
from dashboard.analysis.selection import select
from dashboard.analysis.tenure import YEAR_DAYS, stints
from support.careers import SPREAD, build, position


def _careers(seed: int, count: int, intervals: bool):
    """Positions at Acme with exact days, and the durations they should give (years: lower, upper)."""
    rng = random.Random(seed)
    positions, expected = [], []
    for number in range(count):
        start = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(3000))
        days = rng.randrange(30, 2500)
        end = start + dt.timedelta(days=days)
        kind = rng.choice(["ended", "ended", "held"] + (["between"] if intervals else []))
        person = f"p{number:02d}"
        if kind == "ended":
            positions.append(position(person, "acme", start.isoformat(), end.isoformat()))
            expected.append((days / YEAR_DAYS, days / YEAR_DAYS))
        elif kind == "held":
            positions.append(position(person, "acme", start.isoformat(), f"{end.isoformat()}/.."))
            expected.append((days / YEAR_DAYS, np.inf))
        else:
            later = end + dt.timedelta(days=rng.randrange(1, 400))
            positions.append(position(person, "acme", start.isoformat(), f"{end.isoformat()}/{later.isoformat()}"))
            expected.append((days / YEAR_DAYS, (later - start).days / YEAR_DAYS))
    return positions, np.array(expected)


def _figures(tmp_path, positions):
    bundle = build(tmp_path, positions=positions)
    result = stints(bundle.positions, bundle.moves, bundle.stays, bundle.names, "unit", bundle.dataset.today)
    return result, survival.figures(result.frame, result.left_out, bundle.names).set_index("org_id").loc["acme"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kaplan_meier_figures_are_lifelines_on_the_same_stints(tmp_path, seed):
    positions, expected = _careers(seed, 25, intervals=False)
    result, row = _figures(tmp_path, positions)
    lower = np.sort(result.frame["lower"].to_numpy())
    assert np.allclose(lower, np.sort(expected[:, 0]))
    event = expected[:, 1] != np.inf
    fitter = KaplanMeierFitter().fit(expected[:, 0], event_observed=event)
    assert row["method"] == "Kaplan–Meier" and row["interval"] == survival.CONFIDENCE
    assert (row["stints"], row["ended"], row["censored"]) == (25, int(event.sum()), int((~event).sum()))
    median = fitter.median_survival_time_
    assert row["median_years"] == (pytest.approx(median) if np.isfinite(median) else None)
    bounds = median_survival_times(fitter.confidence_interval_)
    if np.isfinite(bounds.iloc[0, 0]):
        assert row["median_low"] == pytest.approx(bounds.iloc[0, 0])
    for years in survival.HORIZONS:
        if years > expected[:, 0].max():
            assert row[f"survival_{years}y"] is None or np.isnan(row[f"survival_{years}y"])
            continue
        assert row[f"survival_{years}y"] == pytest.approx(fitter.predict(years))
        interval = fitter.confidence_interval_
        at = interval[interval.index <= years].iloc[-1]
        assert (row[f"survival_{years}y_low"], row[f"survival_{years}y_high"]) == (
            pytest.approx(at.iloc[0]),
            pytest.approx(at.iloc[1]),
        )


@pytest.mark.parametrize("seed", [4, 5])
def test_turnbull_figures_are_lifelines_on_the_same_interval_censored_stints(tmp_path, seed):
    positions, expected = _careers(seed, 20, intervals=True)
    result, row = _figures(tmp_path, positions)
    assert "interval" in set(result.frame["outcome"])
    assert row["method"] == "Turnbull" and row["interval"] == survival.RANGE
    fitter = KaplanMeierFitter().fit_interval_censoring(expected[:, 0], expected[:, 1])
    frame = fitter.survival_function_
    low, high = frame.filter(like="_lower").iloc[:, 0], frame.filter(like="_upper").iloc[:, 0]
    for years in survival.HORIZONS:
        if years > expected[:, 0].max():
            continue
        at = np.searchsorted(frame.index.to_numpy(), years)
        assert row[f"survival_{years}y_low"] == pytest.approx(low.iloc[at])
        assert row[f"survival_{years}y_high"] == pytest.approx(high.iloc[at])
        assert row[f"survival_{years}y"] == pytest.approx((low.iloc[at] + high.iloc[at]) / 2)
    curve = survival.curve(result.frame, "acme")
    finite = np.isfinite(frame.index.to_numpy())
    assert np.allclose(curve.steps["low"], low[finite]) and np.allclose(curve.steps["high"], high[finite])


def test_kaplan_meier_figures_are_the_hand_worked_ones(tmp_path):
    """Worked by hand, so that lifelines itself is checked on this project's pandas (it declares
    pandas<3; dev.py installs it without that): four stints from the same day, ended after 0.5, 1.5
    and 3.5 years and one still held after 2.5. S(1) = 3/4, S(2) = 3/4 * 2/3 = 1/2, median 1.5
    years; Greenwood's variance at 1 year, 1/(4 * 3), through the log(-log) transform:
    exp(-exp(ln(-ln 0.75) -/+ 1.96 * sqrt((1/12) / (ln 0.75) ** 2))) = 0.128 and 0.961."""

    def day(years: float) -> str:
        return (dt.date(2010, 1, 1) + dt.timedelta(days=round(years * YEAR_DAYS))).isoformat()

    positions = [
        position("a", "acme", "2010-01-01", day(0.5)),
        position("b", "acme", "2010-01-01", day(1.5)),
        position("c", "acme", "2010-01-01", f"{day(2.5)}/.."),
        position("d", "acme", "2010-01-01", day(3.5)),
    ]
    _, row = _figures(tmp_path, positions)
    assert (row["stints"], row["ended"], row["censored"]) == (4, 3, 1)
    assert row["median_years"] == pytest.approx(1.5, abs=1e-3)
    assert row["survival_1y"] == pytest.approx(0.75) and row["survival_2y"] == pytest.approx(0.5)
    assert row["survival_1y_low"] == pytest.approx(0.128, abs=1e-3)
    assert row["survival_1y_high"] == pytest.approx(0.961, abs=1e-3)


def test_a_figure_on_fewer_than_ten_stints_is_thin_and_the_median_may_be_not_reached(tmp_path):
    positions = [position(f"p{n}", "acme", "2019-01-01", "2020-06-01/..") for n in range(3)]
    positions.append(position("q", "acme", "2019-01-01", "2019-07-01"))
    _, row = _figures(tmp_path, positions)
    assert bool(row["thin"]) and row["median_years"] is None
    assert row["survival_1y"] == pytest.approx(0.75)
    assert row["survival_2y"] is None or np.isnan(row["survival_2y"])  # no stint was followed two years


def test_a_curves_step_names_who_left_then_and_ticks_who_is_censored(tmp_path):
    positions = [
        position("ada", "acme", "2019-01-01", "2020-01-01"),
        position("ben", "acme", "2019-01-01", "2020-01-01"),
        position("cy", "acme", "2019-01-01", "2021-01-01"),
        position("dee", "acme", "2019-01-01", "2020-06-01/.."),
    ]
    result, _ = _figures(tmp_path, positions)
    curve = survival.curve(result.frame, "acme")
    steps = curve.steps.set_index(curve.steps["years"].round(3))
    named = {
        round(years, 3): sorted(result.frame.loc[rows, "person_id"])
        for years, rows in zip(curve.steps["years"], curve.steps["left"], strict=True)
        if rows
    }
    assert named == {round(365 / YEAR_DAYS, 3): ["ada", "ben"], round(731 / YEAR_DAYS, 3): ["cy"]}
    assert steps.loc[round(365 / YEAR_DAYS, 3), "at_risk"] == 4
    assert list(result.frame.loc[curve.ticks["row"], "person_id"]) == ["dee"]


@pytest.fixture
def fresh(monkeypatch):
    """An empty cache of estimates (others' tests fill the process's)."""
    monkeypatch.setattr(survival, "_estimates", OrderedDict())


def test_the_first_rows_are_the_full_tables_and_only_they_are_estimated(tmp_path, fresh):
    bundle = build(tmp_path, positions=SPREAD)
    result = stints(bundle.positions, bundle.moves, bundle.stays, bundle.names, "unit", bundle.dataset.today)
    before = survival.fits
    first = survival.figures(result.frame, result.left_out, bundle.names, rows=1)
    assert survival.fits - before == 1  # Beta Labs (fewer stints) was not estimated
    every = survival.figures(result.frame, result.left_out, bundle.names)
    assert survival.fits - before == 2  # Acme's estimate was kept
    assert list(every["org_id"]) == ["acme", "beta"]
    assert first.equals(every.head(1))
    counted = survival.counts(result.frame, result.left_out, bundle.names)
    assert counted.equals(every[survival.COUNT_COLUMNS])


def test_a_filter_change_estimates_again_only_the_organisations_whose_stints_it_changed(tmp_path, fresh):
    bundle = build(tmp_path, positions=SPREAD)
    before = survival.fits
    first = retention_view(bundle, select(bundle, Filters(years=(2019, 2019))))
    assert list(first.figures()["stints"]) == [4, 1] and survival.fits - before == 2
    second = retention_view(bundle, select(bundle, Filters(years=(2021, 2021))))  # Acme: only cy; Beta the same
    table = second.figures()
    assert list(table["org_id"]) == ["acme", "beta"] and list(table["stints"]) == [1, 1]
    assert survival.fits - before == 3
    again = retention_view(bundle, select(bundle, Filters(years=(2020, 2021))))  # Acme's four again: kept
    assert list(again.figures()["stints"]) == [4, 1] and survival.fits - before == 3


def test_the_kept_estimates_are_bounded_least_recently_used_first_out(tmp_path, fresh, monkeypatch):
    monkeypatch.setattr(survival, "FIGURES_KEPT", 2)
    bundle = build(tmp_path, positions=SPREAD)
    frame = stints(bundle.positions, bundle.moves, bundle.stays, bundle.names, "unit", bundle.dataset.today).frame
    parts = [frame[frame["person_id"].isin(people)] for people in (["ada"], ["cy"], ["eve"])]
    before = survival.fits
    for part in parts:
        survival.estimate(part)
    assert len(survival._estimates) == 2 and survival.fits - before == 3
    survival.estimate(parts[2])  # kept
    assert survival.fits - before == 3
    survival.estimate(parts[0])  # dropped for the third: estimated again
    assert survival.fits - before == 4 and len(survival._estimates) == 2
