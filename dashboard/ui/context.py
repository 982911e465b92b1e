"""What a page gets from the router: the data to draw, already filtered.

The router builds one :class:`PageContext` per run (the filters applied once) and hands it to
the page it runs: each page module is ``render(page)`` plus one line that calls it with
:func:`get`. The context lives in a thread-local for the length of the run (Streamlit runs a
session's script, and the page inside it, on one thread), so nothing of it stays in the
session between runs.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.bundle import Bundle
from dashboard.analysis.filters import Filters
from dashboard.analysis.selection import Selection, select
from dashboard.live.watch import Current

_run = threading.local()


@dataclass(frozen=True)
class PageContext:
    current: Current
    bundle: Bundle
    selection: Selection  # what the filters keep, and what they leave out for date or certainty

    @property
    def filters(self) -> Filters:
        return self.selection.filters

    @property
    def moves(self) -> pd.DataFrame:
        """The moves the filters keep."""
        return self.selection.moves

    @property
    def dataset(self):
        return self.bundle.dataset

    @property
    def names(self) -> dict[str, str]:
        return self.bundle.names

    @property
    def filters_in_words(self) -> str:
        """The active filters, for a notice: 'Organisation = Mistral AI; years 2024–2025'."""
        cohorts = {cid: cohort.name for cid, cohort in self.dataset.document.cohorts.items()}
        return self.filters.describe(self.names, cohorts)


def build(current: Current, filters: Filters) -> PageContext:
    return PageContext(current, current.bundle, select(current.bundle, filters))


def publish(context: PageContext) -> None:
    """Called by the router before the page runs."""
    _run.context = context


def release() -> None:
    """Called by the router after the page ran."""
    _run.context = None


def get() -> PageContext:
    """Called by a page: the context of this run."""
    context = getattr(_run, "context", None)
    if context is None:
        raise RuntimeError("a page runs inside the router (dashboard/ui/app.py), which gives it its context")
    return context
