"""Shared fixtures: a throw-away copy of the project and its record file, a fixed today, the
shipped record (its text, its dataset), and a file no one may read; and, for the whole run, a
private disk cache. (Helpers that are not fixtures live in tests/support.)"""

from __future__ import annotations

import builtins
import errno
import functools
import io
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from dashboard.config import CACHE_DIR_ENV, TODAY_ENV
from dashboard.record.load import load_file
from support.records import REPO, SHIPPED, TODAY

OWN_CACHE_ENV = "TALENT_FLOWS_TEST_CACHE_DIR"
"""Set beside the cache folder when a test run chose it: a run started by that one (an xdist
worker) takes a folder of its own instead of inheriting it."""


def pytest_configure(config: pytest.Config) -> None:
    """Keep the dashboard's disk cache of this run out of the user's home folder, one folder per
    test process: parallel workers never prune or re-key each other's entries. A folder the user
    chose (``TALENT_FLOWS_CACHE_DIR`` set before the run) is kept."""
    chosen = os.environ.get(CACHE_DIR_ENV)
    if chosen and chosen != os.environ.get(OWN_CACHE_ENV):
        return
    folder = tempfile.mkdtemp(prefix="talent-flows-cache-")
    os.environ[CACHE_DIR_ENV] = os.environ[OWN_CACHE_ENV] = folder
    config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


@pytest.fixture(scope="session", autouse=True)
def installed_components_scanned_once() -> Iterator[None]:
    """Streamlit's AppTest looks through every installed package's metadata for components at each
    run of a new AppTest (``scan_component_manifests``): about 0.7 s of each page opened, most of
    what a page test costs. The installed packages do not change during a test run, so each test
    process scans once; the dashboard's server scans once at its start anyway."""
    from streamlit.components.v2 import manifest_scanner

    scan = manifest_scanner.scan_component_manifests
    found = functools.cache(scan)

    def once(max_workers: int | None = None) -> list:
        return list(found())

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(manifest_scanner, "scan_component_manifests", once)
        yield


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of the project's data and seeds in a temporary folder; returns its root."""
    (tmp_path / "data").mkdir()
    shutil.copy(SHIPPED, tmp_path / "data" / "events.yaml")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    return tmp_path


@pytest.fixture
def record(project: Path) -> Path:
    """The record file of :func:`project`: a copy of the shipped record beside copies of its seeds."""
    return project / "data" / "events.yaml"


@pytest.fixture
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Today is ``TODAY`` for whatever reads it from the environment (the dashboard, its server)."""
    monkeypatch.setenv(TODAY_ENV, TODAY.isoformat())


@pytest.fixture(scope="session")
def shipped_text() -> str:
    return SHIPPED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def dataset():
    """The shipped record, validated as of ``TODAY`` (valid), loaded once per test module."""
    result = load_file(SHIPPED, today=TODAY)
    assert result.ok, [problem.message for problem in result.errors]
    return result.dataset


@pytest.fixture
def deny_reading(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    """``deny_reading(path)``: from now on, opening ``path`` fails as it does for a file of mode 000
    (``PermissionError``, EACCES) — even for root, who can read any file, and whom CI runs as."""

    def deny(path: Path) -> None:
        denied = os.fspath(path)

        def guarded(real):
            def opener(file, *args, **kwargs):
                if isinstance(file, (str, os.PathLike)) and os.fspath(file) == denied:
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), denied)
                return real(file, *args, **kwargs)

            return opener

        for module, name in ((builtins, "open"), (io, "open"), (os, "open")):
            monkeypatch.setattr(module, name, guarded(getattr(module, name)))

    return deny
