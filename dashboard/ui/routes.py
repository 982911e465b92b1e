"""The pages: their paths, titles, icons and view files, their URL parameters, and every link to one.

The one place a page's path and the pages' own URL parameters are written, as datasette's
``urls`` builds every link: the router's navigation is :func:`navigation`, the server's chart
pages are the routes that open on a chart, a page asks :mod:`dashboard.ui.state` for its
choices by the names here (state refuses any other), and every link to a page is
:meth:`Route.url` (the current filters kept by :func:`query`).

Where each parameter name is defined once: the shared filters' (``org``, ``from``, ``to``,
``cohort``, ``q``, ``rumours``, ``unknown``, and the Cohorts page's old ``group``) in
:mod:`dashboard.analysis.filters`, with their parsing and writing, and ``level`` in
:mod:`dashboard.analysis.pages.flows`: ``export --view`` and ``report`` read them without
Streamlit. The pages' own choices (``focus``, ``units``, ``who``, ``source``, ``top``, ``since``) here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import streamlit as st

from dashboard.analysis.filters import Filters, to_query
from dashboard.analysis.pages.flows import LEVEL

VIEWS = Path(__file__).resolve().parent / "views"
"""One module per page. Not named ``pages/``: a folder of that name beside the entry script is
Streamlit's older automatic multipage layout, which AppTest then follows instead of
``st.navigation``."""

FOCUS = "focus"
"""The organisation a page is about: the Organisation page's, the Timeline's coloured one."""
UNITS = "units"
"""The Organisation page's switch: count its units with it (``1``) or not."""
WHO = "who"
"""The person the Person page shows."""
SOURCE = "source"
"""The document the Sources page shows."""
TOP = "top"
"""How many organisations the Flows page's Sankey draws one by one."""
SINCE = "since"
"""The revision or day the Changes page compares the record with."""


@dataclass(frozen=True)
class Route:
    """A page of the dashboard."""

    path: str
    """Its URL path without the slash ('' for the Overview, which opens at ``/``)."""
    title: str
    icon: str
    view: str
    """Its module in :data:`VIEWS`."""
    params: tuple[str, ...] = ()
    """Its own URL parameters (beside the shared filters), which it keeps in the URL."""
    subject: str | None = None
    """The parameter a link to it names what to show by (``/person?who=…``)."""
    chart: bool = False
    """It opens on a chart (the server has the chart's code fetched early)."""
    edits: bool = False
    """It changes the record: hidden when the dashboard is read-only."""

    @property
    def file(self) -> Path:
        return VIEWS / self.view

    def url(self, value: str, filters: str = "") -> str:
        """A link to this page showing ``value`` (``/person?who=yann-lecun``), followed by
        ``filters`` (:func:`query`) so the link keeps them."""
        if self.subject is None:
            raise ValueError(f"the {self.title} page is not opened on one thing")
        return f"/{self.path}?{self.subject}={quote(value)}" + (f"&{filters}" if filters else "")


OVERVIEW = Route("", "Overview", ":material/dashboard:", "overview.py", chart=True)
FLOWS = Route("flows", "Flows", ":material/swap_horiz:", "flows.py", (LEVEL, TOP), chart=True)
TIMELINE = Route("timeline", "Timeline", ":material/timeline:", "timeline.py", (FOCUS,), chart=True)
ORGANIZATION = Route("organization", "Organisation", ":material/apartment:", "organization.py", (FOCUS, UNITS),
                     subject=FOCUS, chart=True)  # fmt: skip
PERSON = Route("person", "Person", ":material/person:", "person.py", (WHO,), subject=WHO)
COHORTS = Route("cohorts", "Cohorts", ":material/groups:", "cohorts.py")  # its cohort is the shared filter's
RETENTION = Route("retention", "Retention", ":material/hourglass_bottom:", "retention.py", (LEVEL,), chart=True)
SOURCES = Route("sources", "Sources", ":material/article:", "sources.py", (SOURCE,), subject=SOURCE)
CHANGES = Route("changes", "Changes", ":material/difference:", "changes.py", (SINCE,))
ADD = Route("add", "Add a move", ":material/add_circle:", "add.py", edits=True)
ADD_SOURCE = Route("add_source", "Add a source", ":material/upload_file:", "add_source.py", edits=True)

ROUTES = (OVERVIEW, FLOWS, TIMELINE, ORGANIZATION, PERSON, COHORTS, RETENTION, SOURCES, CHANGES, ADD, ADD_SOURCE)
"""Every page, in the order the navigation lists them."""
PAGE_PARAMS = frozenset(param for route in ROUTES for param in route.params)
"""The pages' own URL parameters (none is also a shared filter's: tests/ui/test_routes.py)."""


def navigation(read_only: bool) -> list[st.Page]:
    """The pages for ``st.navigation``: all of them, or without those that edit the record."""
    return [
        st.Page(route.file, title=route.title, icon=route.icon, url_path=route.path or None, default=route is OVERVIEW)
        for route in ROUTES
        if not (read_only and route.edits)
    ]


def query(filters: Filters) -> str:
    """``filters`` as a query string (``org=meta&from=2024&to=2025``): what a link keeps."""
    return urlencode(to_query(filters), doseq=True)
