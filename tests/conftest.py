"""Shared fixtures: a throw-away copy of the project, and loading helpers with a fixed today."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from support.records import REPO, SHIPPED


def pytest_configure(config):
    """Keep the dashboard's disk cache of this run out of the user's home folder."""
    os.environ.setdefault("TALENT_FLOWS_CACHE_DIR", tempfile.mkdtemp(prefix="talent-flows-cache-"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's data and seeds in a temporary folder; returns its root."""
    (tmp_path / "data").mkdir()
    shutil.copy(SHIPPED, tmp_path / "data" / "events.yaml")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    return tmp_path


@pytest.fixture(scope="session")
def shipped_text() -> str:
    return SHIPPED.read_text(encoding="utf-8")
