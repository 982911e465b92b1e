"""Who added and last changed a record, and when, from the record file's git history: the line
under a move's card and a person's name ("added 2025-07-01 by Bob Reviewer (ee5b794245) ·
changed …"). Nothing is shown when the file is in no repository, git is missing, or the record
is not committed yet. A record kept in a folder has the history of its files together: a record
moved to another file says "moved … (fields)".

The history is :func:`dashboard.history.log.history` (remembered by commit); which repository
the file is in is looked up again only every :data:`RECHECK` seconds, so a page of cards asks git
at most once or twice per run. Author names are data: escaped like any record text.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import streamlit as st

from dashboard.history import git
from dashboard.history.log import Event, History, history
from dashboard.live.watch import data_path
from dashboard.text import md

RECHECK = 2.0
"""Seconds a history is reused before git is asked whether ``HEAD`` moved."""

_lock = threading.Lock()
_recent: dict[str, tuple[float, History | None]] = {}


def current_history(path: Path | None = None) -> History | None:
    """The history of the record file (the dashboard's unless ``path``), or ``None``: see the module."""
    path = path or data_path()
    key = str(path)
    with _lock:
        known = _recent.get(key)
        if known is not None and time.monotonic() - known[0] < RECHECK:
            return known[1]
        found = None
        try:
            repository = git.find(path)
            found = history(repository, path) if repository is not None and path.exists() else None
        except git.GitError:
            found = None
        _recent[key] = (time.monotonic(), found)
        return found


def _said(verb: str, event: Event) -> str:
    fields = f" ({', '.join(event.fields)})" if event.fields else ""
    return f"{verb} {event.commit.day} by {event.commit.author} ({event.commit.short}){fields}"


def line(section: str, record_id: str) -> str | None:
    """'added DAY by AUTHOR (COMMIT) · changed DAY by AUTHOR (COMMIT) (fields)', Markdown-escaped;
    ``None`` when there is nothing to say."""
    found = current_history()
    if found is None:
        return None
    added, changed = found.summary(section, record_id)
    parts = ([_said("added", added)] if added else []) + ([_said(changed.change, changed)] if changed else [])
    return md(" · ".join(parts)) if parts else None


def show(section: str, record_id: str) -> None:
    """The line of :func:`line` as a caption, if there is one."""
    text = line(section, record_id)
    if text:
        st.caption(":material/history: " + text)
