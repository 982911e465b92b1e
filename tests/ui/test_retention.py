"""The Retention page (issue 27) in AppTest: curves drawn with their bands and ticks, the table
the export gives, a step listing who left with their quotes, a cohort beside its claims."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import OrderedDict

import pytest

from dashboard.analysis import survival
from dashboard.analysis.pages.retention import CAVEAT
from dashboard.ui.components import limits
from support.apptest import figures, open_page, texts
from support.careers import SPREAD, write
from support.records import REPO


@pytest.fixture
def careers(tmp_path):
    return write(tmp_path, positions=SPREAD)


def test_the_page_draws_each_curve_with_its_band_and_censoring_ticks(careers, monkeypatch):
    at = open_page("retention", data=careers, monkeypatch=monkeypatch)
    assert not at.exception, at.exception
    [figure] = figures(at)
    steps = [trace for trace in figure["data"] if trace.get("mode") == "lines+markers"]
    assert sorted(trace["name"] for trace in steps) == ["Acme", "Beta Labs"]
    acme = next(trace for trace in steps if trace["name"] == "Acme")
    assert acme["line"]["shape"] == "hv" and acme["y"][0] == 1.0
    assert [round(share, 3) for share in acme["y"]] == [1.0, 0.5, 0.5, 0.0]  # two left at 1 year, cy at 2
    assert [row[0] for row in acme["customdata"]] == [4, 4, 2, 1]  # numbers at risk
    bands = [trace for trace in figure["data"] if trace.get("fill") == "tonexty"]
    assert len(bands) == 2
    ticks = [trace for trace in figure["data"] if trace.get("marker", {}).get("symbol") == "line-ns-open"]
    assert len(ticks) == 1 and len(ticks[0]["x"]) == 1  # dee, still there when last seen
    assert CAVEAT in texts(at)


def test_the_table_shows_the_exports_figures(careers, monkeypatch):
    at = open_page("retention", data=careers, monkeypatch=monkeypatch)
    table = at.dataframe[0].value
    acme = table[table["organisation"] == "Acme"].iloc[0]
    exported = subprocess.run(
        [sys.executable, "-m", "dashboard", "export", "--view", "tenure", "--data", str(careers), "--today", "2026-11-24"],
        capture_output=True, text=True, cwd=REPO, check=True,
    )  # fmt: skip
    rows = {row["org_id"]: row for row in json.loads(exported.stdout)["rows"]}
    assert (acme["stints"], acme["ended"], acme["censored"]) == (rows["acme"]["stints"], 3, 1)
    assert acme["median (years)"].startswith(f"{rows['acme']['median_years']:.1f}")
    assert acme["after 1 year"].startswith(f"{rows['acme']['survival_1y']:.0%}")
    assert "thin" in acme["marks"] and rows["acme"]["thin"] is True


def test_a_step_lists_the_people_who_left_then_with_their_quotes(careers, monkeypatch):
    at = open_page("retention", data=careers, monkeypatch=monkeypatch)
    picker = at.selectbox(key="pick_survival")
    assert "Acme, at 1.0 years: 2 left (4 at risk)" in picker.options  # the step at one year, as the chart names it
    picker.set_value("step:acme|1").run()
    shown = texts(at)
    assert "Acme, at 1.0 years: 2 left (4 at risk)" in shown
    assert "Ada record positions 0 is stated here in full." in shown
    assert "Ben record positions 1 is stated here in full." in shown
    assert "Cy record" not in shown


def test_a_cohort_is_drawn_beside_its_claims(monkeypatch):
    at = open_page("retention", monkeypatch=monkeypatch, cohort="llama-paper-authors")
    assert not at.exception, at.exception
    cohort = figures(at)[1]
    claims = [trace for trace in cohort["data"] if trace.get("mode") == "markers"]
    assert claims and round(min(claims[0]["y"]), 3) == round(3 / 14, 3)  # only three of the 14 still at Meta
    assert "Only three of the 14 authors still work at Meta." in texts(at)


def test_the_page_estimates_only_the_rows_it_shows_and_all_of_them_on_download(careers, monkeypatch):
    monkeypatch.setattr(limits, "TENURE_ROWS", 1)
    monkeypatch.setattr(survival, "_estimates", OrderedDict())
    before = survival.fits
    at = open_page("retention", data=careers, monkeypatch=monkeypatch)
    assert not at.exception, at.exception
    assert list(at.dataframe[0].value["organisation"]) == ["Acme"]
    assert survival.fits - before == 1  # Beta Labs' figures wait for the download of all rows
    assert "Showing the first 1 of 2 rows" in texts(at)
    labels = [button.proto.label for button in at.get("download_button")]
    assert "Download all 2 rows as CSV" in labels
