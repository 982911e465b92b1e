"""Helpers for tests: load a record text with a fixed today, find lines in a text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dashboard.record.load import LoadResult, load_text

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "data" / "events.yaml"
TODAY = dt.date(2026, 11, 24)


def load(text: str, root: Path = REPO, today: dt.date = TODAY) -> LoadResult:
    """Validate ``text`` as if it were ``data/events.yaml`` of the project at ``root``."""
    return load_text(text, name="events.yaml", root=root, today=today)


def line_of(text: str, needle: str, occurrence: int = 1) -> int:
    """1-based line of the ``occurrence``-th appearance of ``needle`` in ``text``."""
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    return text.count("\n", 0, index) + 1


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) >= 1, f"{old!r} not in the text"
    return text.replace(old, new, 1)


def position_of(text: str, marked: str, occurrence: int = 1) -> tuple[int, int]:
    """1-based (line, column) in ``text`` of the ``|`` in ``marked`` (of its start if it has none),
    at the ``occurrence``-th appearance of ``marked`` without the ``|``: ``position_of(text,
    "to: |apel")`` is where the value ``apel`` is written."""
    needle = marked.replace("|", "", 1)
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    index += max(marked.find("|"), 0)
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1
