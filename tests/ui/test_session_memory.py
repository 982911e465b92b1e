"""What a browser session keeps between runs: its widgets and choices, never the page's filtered
tables. The router hands each run's page its context and drops it after the run
(:mod:`dashboard.ui.context`); a widget that kept it (a ``format_func`` closing over the page)
would hold a copy of the selected moves per open tab, 35 MiB at 100,000 moves."""

from __future__ import annotations

import gc

import pytest

from dashboard.analysis.selection import Selection
from dashboard.ui.context import PageContext
from support.apptest import open_page


def _alive() -> int:
    gc.collect()
    return sum(isinstance(thing, PageContext | Selection) for thing in gc.get_objects())


@pytest.mark.parametrize("page", ["overview", "flows", "timeline", "organization", "person", "cohorts", "sources"])
def test_a_session_keeps_no_page_context_between_runs(page, monkeypatch):
    before = _alive()  # other tests' sessions in this process may keep theirs: count only this one's
    at = open_page(page, monkeypatch=monkeypatch)
    assert not at.exception
    at.run()  # a second run, as after a click
    assert _alive() == before
    del at


@pytest.mark.parametrize("unknown", [True, False])
def test_a_filter_whose_widget_state_streamlit_dropped_keeps_its_value(unknown, monkeypatch):
    """Streamlit resets widget state when a run that switches page is cut short; the filters must
    come back as they were, not at the widgets' defaults (the toggle "Show Unknown" is on for a new
    session but off as a bare widget: CI once opened the Add page as /add?unknown=0)."""
    from support.apptest import drop_widget_state, url

    at = open_page("overview", monkeypatch=monkeypatch, **({} if unknown else {"unknown": "0"}))
    assert not at.exception
    assert at.toggle(key="f_unknown").value is unknown
    at.toggle(key="f_rumours").set_value(True).run()
    drop_widget_state(at, "f_unknown", "f_rumours")
    assert "f_unknown" not in at.session_state
    at.run()
    assert not at.exception
    assert (at.toggle(key="f_unknown").value, at.toggle(key="f_rumours").value) == (unknown, True)
    assert url(at).get("unknown") == (None if unknown else ["0"])
    assert url(at).get("rumours") == ["1"]
