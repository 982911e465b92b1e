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
