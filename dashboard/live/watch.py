"""The record the dashboard shows: loaded once per content, refreshed on edit, kept when broken.

Every run checks the data file's size and modification time (and those of ``seeds/``; for a
record kept in a folder, those of each of its files, so an edit of any file and a new or removed
file are seen); only when they change is the file read and hashed again. The loaded record and
its tables are cached by that content hash, so an edit shows up on the next interaction or
refresh without a restart,
and an unchanged file costs nothing. When an edit breaks validation, the errors are shown and
the last valid version loaded by this server stays visible, marked as such.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from dashboard import config
from dashboard.analysis.bundle import Builder, Bundle
from dashboard.edit import atomic
from dashboard.live import cache
from dashboard.record import folder
from dashboard.record.documents import seeds_signature
from dashboard.record.incremental import Revalidator
from dashboard.record.load import (
    MAX_FILE_BYTES,
    LoadResult,
    display_name,
    project_root,
    read_text,
    today_from_env,
    unreadable,
)
from dashboard.record.problems import error


@dataclass(frozen=True)
class Current:
    """What to show now: the latest load, and the data to draw (maybe an older valid version)."""

    result: LoadResult
    bundle: Bundle | None
    stale: bool  # True when ``bundle`` is an older valid version than ``result``
    loaded_at: dt.datetime | None


SHAPE = (tuple(Bundle.__dataclass_fields__), tuple(LoadResult.__dataclass_fields__))
"""Part of every disk cache key: an entry written by a version with other fields is not read."""

MAX_CACHED = 4
"""Loaded versions kept in memory (a few, so switching between two files stays instant)."""

_lock = threading.Lock()
_build_lock = threading.Lock()
_results: dict[tuple, tuple[LoadResult, Bundle | None]] = {}  # (path, hash, today) -> loaded
_digests: dict[str, tuple[tuple, str]] = {}  # path -> (file signature, content hash)
_last_good: dict[str, tuple[Bundle, dt.datetime]] = {}  # path -> (bundle, when loaded)
_revalidators: dict[str, Revalidator] = {}  # path -> what it remembers of the file's records
_builders: dict[str, Builder] = {}  # path -> what it remembers of the tables of the file's last bundle
_tidied: set[str] = set()  # paths whose crashed writes' leftovers this server looked for


def data_path() -> Path:
    """The record file: ``--data`` after ``--`` on the command line, ``$TALENT_FLOWS_DATA``,
    or ``data/events.yaml`` of this checkout."""
    return config.data_path(sys.argv[1:])


def _signature(path: Path) -> tuple:
    """Cheap proof that the file and the seed documents are unchanged."""
    if path.is_dir():  # a record kept in a folder (issue 26): each of its files, and the seeds
        return (folder.signature(path), 0, 0, 0, seeds_signature(project_root(path)))
    stat = path.stat()
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino, stat.st_ctime_ns, seeds_signature(project_root(path)))


def _load(
    path: Path, key: str, digest: str, today: dt.date, text: str | dict[str, str]
) -> tuple[LoadResult, Bundle | None]:
    """Validate and tabulate one content of the file.

    The last few contents are remembered in memory by hash; each is also kept on disk
    (:mod:`dashboard.live.cache`), so a restarted server on an unchanged file skips the work.
    A changed file is re-validated by reusing its unchanged records (:mod:`dashboard.record.incremental`),
    and its tables are rebuilt by reusing the rows of those records (:class:`Builder`). The disk
    entry is written in the background (:func:`cache.put_later`): the page need not wait for it.
    A folder record (``text``: each file's text by name) is validated whole (:mod:`dashboard.record.folder`).
    """
    cache_key = (key, digest, today)
    with _build_lock:  # ten tabs after one edit: build once, the others wait and reuse it
        cached = _results.get(cache_key)
        if cached is None:
            root = project_root(path)
            disk_key = cache.key(key, digest, today, str(root), SHAPE)
            cached = cache.get(disk_key)
            if not _is_loaded(cached):
                if isinstance(text, dict):  # a folder record
                    names = {name: display_name(path / name) for name in text}
                    result = folder.load_texts(text, name=key, names=names, root=root, today=today)
                else:
                    revalidator = _revalidators.setdefault(key, Revalidator())
                    result = revalidator.load(text, name=key, root=root, today=today)
                bundle = _builders.setdefault(key, Builder()).build(result.dataset, digest) if result.ok else None
                if bundle is not None:  # keep (and store) only the light dataset, and no text: a valid
                    # record has no error to show a line of the file beside
                    result = replace(result, dataset=bundle.dataset, text="", texts={})
                cached = (result, bundle)
                cache.put_later(disk_key, cached)
            _results[cache_key] = cached
            while len(_results) > MAX_CACHED:
                _results.pop(next(iter(_results)))
    return cached


def _is_loaded(value: object) -> bool:
    """Whether a disk cache entry has the shape of a load (a foreign one is rebuilt)."""
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and isinstance(value[0], LoadResult)
        and (value[1] is None or isinstance(value[1], Bundle))
    )


def current(path: Path | None = None) -> Current:
    """The record to show now, reloading only if the file or the seeds changed."""
    path = Path(path or data_path())
    key = display_name(path)
    today = today_from_env()
    if key not in _tidied:  # the first look at a record: remove what interrupted writes left
        _tidied.add(key)
        if not config.read_only(sys.argv[1:]):
            atomic.tidy(path)
    try:
        signature = _signature(path)
    except OSError as err:
        problem = error("file-unreadable", f"cannot read the data file: {err.strerror or err}")
        return _with_last_good(key, unreadable(key, problem))
    known = _digests.get(key)
    cached = _results.get((key, known[1], today)) if known and known[0] == signature else None
    if cached is None:
        if path.is_dir():  # a folder record: its key covers every file's name and text
            text, problems = folder.read_texts(path, MAX_FILE_BYTES)
            if problems:
                return _with_last_good(key, LoadResult(key, None, problems))
            content = folder.digest_texts(text).encode()
        else:
            text, problem = read_text(path)
            if problem is not None:
                return _with_last_good(key, unreadable(key, problem))
            content = text.encode("utf-8")
        digest = hashlib.sha256(content + repr(signature[4]).encode()).hexdigest()
        with _lock:
            _digests[key] = (signature, digest)
        cached = _load(path, key, digest, today, text)
    result, bundle = cached
    if bundle is None:
        return _with_last_good(key, result)
    with _lock:
        previous = _last_good.get(key)
        if previous is None or previous[0].digest != bundle.digest:
            _last_good[key] = (bundle, dt.datetime.now())
        loaded_at = _last_good[key][1]
    return Current(result, bundle, False, loaded_at)


def _with_last_good(key: str, result: LoadResult) -> Current:
    previous = _last_good.get(key)
    if previous is None:
        return Current(result, None, False, None)
    return Current(result, previous[0], True, previous[1])
