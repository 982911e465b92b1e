"""Key defaults in one place: where the data is, how it is found, what the app listens on, and
every environment variable the project reads. Imports nothing of the package: every layer may use it."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent
"""The ``dashboard`` package's folder."""

PROJECT_ROOT = PACKAGE_ROOT.parent
"""The checkout this package lives in (it holds ``data/`` and ``seeds/``)."""

DEFAULT_DATA_PATH = PROJECT_ROOT / "data" / "events.yaml"
DATA_ENV = "TALENT_FLOWS_DATA"
"""Environment variable naming the record file the dashboard shows (overrides the default)."""

READ_ONLY_ENV = "TALENT_FLOWS_READ_ONLY"
"""Set to 1 to hide the "Add a move" page (the same as ``serve --read-only``)."""

TODAY_ENV = "TALENT_FLOWS_TODAY"
"""Set to YYYY-MM-DD to fix "today" for the not-in-the-future rule (tests, reproducible runs)."""

CACHE_DIR_ENV = "TALENT_FLOWS_CACHE_DIR"
"""Folder of the signed disk cache of loaded records (else ``$XDG_CACHE_HOME/talent-flows``,
else ``~/.cache/talent-flows``)."""
XDG_CACHE_ENV = "XDG_CACHE_HOME"

REQUIRE_BROWSER_ENV = "TALENT_FLOWS_REQUIRE_BROWSER"
"""Set to 1 (CI does) to make the browser tests fail, rather than skip, when Chromium is missing."""

HOST = "127.0.0.1"
PORT = 8501

STATIC_DIR = Path(__file__).resolve().parent / "ui" / "static"
"""What Streamlit's static file serving serves, at ``/app/static/``: only the chart code."""
CHART_BUNDLE = "plotly-partial.min.js"
CHART_BUNDLE_URL = f"/app/static/{CHART_BUNDLE}"
"""Our plotly.js (see :mod:`dashboard.ui.components.chart`), as the browser fetches it."""


def data_path(argv: list[str] | None = None) -> Path:
    """The record file to show: ``--data PATH`` after ``--`` on the command line, else
    ``$TALENT_FLOWS_DATA``, else ``data/events.yaml`` of this checkout."""
    args = list(argv or [])
    for index, arg in enumerate(args):
        if arg == "--data" and index + 1 < len(args):
            return Path(args[index + 1])
        if arg.startswith("--data="):
            return Path(arg.split("=", 1)[1])
    value = os.environ.get(DATA_ENV)
    return Path(value) if value else DEFAULT_DATA_PATH


def read_only(argv: list[str] | None = None) -> bool:
    """Whether the dashboard must not write the record: ``--read-only`` after ``--`` on the
    command line, or ``$TALENT_FLOWS_READ_ONLY`` set to 1, true or yes."""
    if "--read-only" in (argv or []):
        return True
    return os.environ.get(READ_ONLY_ENV, "").strip().casefold() in {"1", "true", "yes"}
