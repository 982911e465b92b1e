"""The Person page and a scheduled end (issue 24): a current term is drawn held up to today and
planned after it, labelled with the end the source schedules; once that day has passed, the
term ended then and the page says no source confirms it yet."""

from __future__ import annotations

import re

from dashboard.config import TODAY_ENV
from dashboard.ui.components.figures import PLANNED_DASH
from support.apptest import figures, open_page, texts

DOCUMENT = """Members of Congress.
Ben Beta has served in the House since January 3, 2023; his term ends January 3, 2027.
Ben Beta sat on the Example Council from 2020 to 2024.
"""
RECORD = """sources:
  roster:
    path: seeds/roster.txt
    language: en
    published: "2026-11-01"
organizations:
  house: {name: House of Representatives}
  council: {name: Example Council}
people:
  ben: {name: Ben Beta}
positions:
  - id: ben-house
    person: ben
    org: house
    role: representative
    start: "2023-01-03"
    end: "2027-01-03"
    end_scheduled: true
    evidence:
      - source: roster
        quote: Ben Beta has served in the House since January 3, 2023; his term ends January 3, 2027.
  - id: ben-council
    person: ben
    org: council
    start: "2020"
    end: "2024"
    evidence:
      - source: roster
        quote: Ben Beta sat on the Example Council from 2020 to 2024.
"""
HOUSE = "House of Representatives · representative"


def _project(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "roster.txt").write_text(DOCUMENT, encoding="utf-8")
    (tmp_path / "data").mkdir()
    path = tmp_path / "data" / "events.yaml"
    path.write_text(RECORD, encoding="utf-8")
    return path


def _page(tmp_path, monkeypatch):
    at = open_page("person", _project(tmp_path), monkeypatch, who="ben")
    assert not at.exception, at.exception
    [stints] = [figure for figure in figures(at) if figure["layout"]["yaxis"].get("categoryarray")]
    labels = [re.sub(r"\\(.)", r"\1", expander.label) for expander in at.expander]  # Markdown escapes
    return at, stints, labels


def _lines(stints, dash: str):
    return [trace for trace in stints["data"] if trace.get("line", {}).get("dash") == dash and HOUSE in trace["y"]]


def test_a_current_term_is_held_to_today_and_drawn_planned_after_it(tmp_path, monkeypatch):
    at, stints, labels = _page(tmp_path, monkeypatch)
    assert labels[0] == (
        "**House of Representatives** · representative · 2023-01-03 → 2027-01-03 · "
        "scheduled to end 2027-01-03: still held today · held at the same time as Example Council"
    )
    [held] = _lines(stints, "solid")
    assert held["x"] == ["2023-01-03", "2026-11-24", None]  # proven up to today, not to the planned end
    [planned] = _lines(stints, PLANNED_DASH)  # hatched: fine stripes across the bar
    assert planned["x"] == ["2026-11-24", "2027-01-03", None]
    [label, today_label] = stints["layout"]["annotations"]
    assert (label["text"], label["x"], label["y"]) == ("scheduled to end 2027-01-03", "2027-01-03", HOUSE)
    [today] = stints["layout"]["shapes"]
    assert (today["x0"], today["x1"], today["yref"]) == ("2026-11-24", "2026-11-24", "paper")
    assert today_label["text"] == "today"
    assert "Hatched: planned, after today (2026-11-24) up to an end the source schedules" in texts(at)


def test_once_the_scheduled_end_has_passed_the_term_ended_then_unconfirmed(tmp_path, monkeypatch):
    monkeypatch.setenv(TODAY_ENV, "2027-02-01")
    at, stints, labels = _page(tmp_path, monkeypatch)
    assert "scheduled to end 2027-01-03: passed, no source confirms it yet" in labels[0]
    assert _lines(stints, PLANNED_DASH) == [] and "shapes" not in stints["layout"]
    assert "annotations" not in stints["layout"]
    [held] = _lines(stints, "solid")
    assert held["x"] == ["2023-01-03", "2027-01-03", None]
    assert "Hatched: planned" not in texts(at)
    # the validator's warning says the same, on every page's health
    overview = open_page("overview", tmp_path / "data" / "events.yaml", monkeypatch)
    assert [expander.label for expander in overview.expander] == ["scheduled end passed (1)"]
