"""Who added, changed and removed each record, and when: the history of a record file in git.

:func:`history` walks every commit of ``HEAD`` that touched the file (renames followed), oldest
first, and compares the file's records after each commit with its records before it (in its
parent; a merge only counts a record that differs from every parent's, so a change is told once,
by the commit that made it, not again by the merge that brought it in). The result holds every
record's events at once, so the dashboard's cards and the ``history`` command share one walk.

What is read once: a commit's comparison is remembered by its pair of blob ids, and a blob is
read (one ``git cat-file --batch`` for all that are new) only for a pair not compared before; a
whole history is remembered by the commit it was read at. So a dashboard showing the same
repository reads each version of the file at most once, however often it asks. And a version is
read from its parent's where the text changed (:mod:`dashboard.history.window`): only the
records a commit touched are read and compared.

A version that cannot be read at all (a YAML syntax error) is an ``unreadable`` event of the
commit that made it so; the next readable version is compared with the last readable one.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.history.git import Commit, Repository
from dashboard.history.versions import Change, Key, Version, compare, read
from dashboard.history.window import changes, derive

REMEMBERED_HISTORIES = 8
"""Histories (file and commit) remembered; the oldest is forgotten first."""
REMEMBERED_VERSIONS = 16
"""Versions (by blob id) remembered after a walk: the newest ones, which the next commit's
comparison needs; the oldest is forgotten first."""
EMPTY = Version()


@dataclass(frozen=True, slots=True)
class Event:
    """What one commit did to one record: ``added``, ``changed`` (``fields``), ``removed``; in a
    record kept in a folder also ``moved`` (from the file ``origin`` to ``commit.path``, with the
    ``fields`` that changed on the way, if any); or ``unreadable``: after it the file could not be
    read (``problem`` says why)."""

    commit: Commit
    section: str
    id: str
    change: str
    fields: tuple[str, ...] = ()
    problem: str | None = None
    origin: str | None = None

    def as_dict(self) -> dict:
        commit = self.commit
        return {
            "commit": commit.id,
            "author": commit.author,
            "email": commit.email,
            "date": commit.date,
            "change": self.change,
            "section": self.section,
            "id": self.id,
            "fields": list(self.fields),
            "subject": commit.subject,
            "path": commit.path,
            **({"from": self.origin} if self.origin else {}),
            **({"problem": self.problem} if self.problem else {}),
        }


@dataclass
class History:
    """Every record's events in one file's history, newest first; and the commits after which the
    file could not be read."""

    head: str | None
    records: dict[Key, list[Event]] = field(default_factory=dict)
    commits: list[Commit] = field(default_factory=list)
    """Every commit that touched the file, newest first."""
    unreadable: list[Event] = field(default_factory=list)

    def of(self, record_id: str) -> list[Event]:
        """The events of every record with id ``record_id`` (in any section), with the commits
        that left the file unreadable in between, newest first (the log's order)."""
        found = [event for (_, key), events in self.records.items() if key == record_id for event in events]
        if not found:
            return []
        oldest = found[-1].commit.date if len(found) == 1 else min(event.commit.date for event in found)
        gaps = [event for event in self.unreadable if event.commit.date >= oldest]
        order = self._order
        return sorted(found + gaps, key=lambda event: order.get(event.commit.id, len(order)))

    def known(self, record_id: str) -> bool:
        return any(key == record_id for _, key in self.records)

    def summary(self, section: str, record_id: str) -> tuple[Event | None, Event | None]:
        """(the event that added the record, the last one that changed it or moved it to another
        file of a folder) — either ``None``."""
        events = self.records.get((section, record_id), [])
        added = next((event for event in reversed(events) if event.change == "added"), None)
        changed = next((event for event in events if event.change in ("changed", "moved")), None)
        return added, changed

    _order: dict[str, int] = field(default_factory=dict)


_histories: OrderedDict[tuple[str, str, str | None], History] = OrderedDict()
_pairs: dict[tuple[str | None, str | None], tuple[Change, ...]] = {}
_versions: OrderedDict[str, Version] = OrderedDict()
_unreadable: dict[str, str] = {}
_last_readable: dict[str, str | None] = {}


def forget() -> None:
    """Forget every history, comparison and unreadable version remembered (a test starts clean)."""
    for memory in (_histories, _pairs, _versions, _unreadable, _last_readable):
        memory.clear()


def history(repository: Repository, path: Path) -> History:
    """The history of the record file ``path`` in ``repository`` at its ``HEAD`` (see the module);
    of a record kept in a folder when ``path`` is one (:mod:`dashboard.history.folder`)."""
    if path.is_dir():
        from dashboard.history.folder import folder_history  # it builds on this module

        return folder_history(repository, path)
    relative = repository.relative(path)
    head = repository.head()
    key = (str(repository.top), relative, head)
    if key in _histories:
        _histories.move_to_end(key)
        return _histories[key]
    commits = repository.log(relative)
    found = _walk(repository, list(reversed(commits)))
    found.head = head
    found.commits = commits
    found._order = {commit.id: index for index, commit in enumerate(commits)}
    _histories[key] = found
    while len(_histories) > REMEMBERED_HISTORIES:
        _histories.popitem(last=False)
    return found


def _walk(repository: Repository, walk: list[Commit]) -> History:
    """Compare each commit of ``walk`` (oldest first) with its parents; see :func:`history`."""
    wanted = [
        blob
        for commit in walk
        for pair in _new_pairs(commit)
        for blob in pair
        if blob is not None and blob not in _versions
    ]
    reader = _Reader(repository, wanted)
    found = History(None)
    try:
        for commit in walk:
            _compare_commit(commit, reader, found)
    finally:
        reader.close()
    for events in found.records.values():
        events.reverse()
    found.unreadable.reverse()
    return found


def _effective(blob: str | None) -> str | None:
    """The blob to compare with in place of ``blob``: the last readable one before it, when
    ``blob`` could not be read."""
    seen = set()
    while blob is not None and blob in _unreadable and blob not in seen:
        seen.add(blob)
        blob = _last_readable.get(blob)
    return blob


def _new_pairs(commit: Commit) -> list[tuple[str | None, str | None]]:
    return [(before, commit.blob) for before in commit.before if (_effective(before), commit.blob) not in _pairs]


class _Reader:
    """The versions one walk needs, read in the order it needs them by one ``git cat-file``,
    each held only until its last use. A version is read from the one before it where it can be
    (:mod:`dashboard.history.window`), so that only the records a commit touched are read."""

    def __init__(self, repository: Repository, wanted: list[str]) -> None:
        self.repository = repository
        self.uses: dict[str, int] = {}
        for blob in wanted:
            self.uses[blob] = self.uses.get(blob, 0) + 1
        self.stream = repository.blobs(list(dict.fromkeys(wanted)))
        self.held: dict[str, Version] = {}
        self.data: dict[str, bytes] = {}
        """Blobs taken from the stream on the way to another, not read yet."""
        self.taken: set[str] = set()

    def _known(self, blob: str) -> Version | None:
        if blob in self.held:
            return self.held[blob]
        if blob in _versions:
            _versions.move_to_end(blob)
            return _versions[blob]
        return None

    def _data(self, blob: str) -> bytes:
        if blob in self.data:
            return self.data.pop(blob)
        if blob in self.uses and blob not in self.taken:
            for got, data in self.stream:
                self.taken.add(got)
                if got == blob:
                    return data
                self.data[got] = data
        # not among the wanted, or read and let go already (a version compared in place of an
        # unreadable one; a record moved between a folder's files): read on its own
        return next(self.repository.blobs([blob]))[1]

    def version(self, blob: str | None) -> Version:
        """The version of ``blob`` (the empty record for ``None``)."""
        if blob is None:
            return EMPTY
        known = self._known(blob)
        return known if known is not None else self._keep(blob, self._read(blob, None)[0])

    def after(self, blob: str | None, base: Version) -> tuple[Version, list[Change]]:
        """The version of ``blob``, and what changed from ``base`` to it."""
        if blob is None:
            return EMPTY, compare(base, EMPTY)
        known = self._known(blob)
        if known is not None:
            return known, changes(base, known)
        new, found = self._read(blob, base)
        return self._keep(blob, new), found

    def _read(self, blob: str, base: Version | None) -> tuple[Version, list[Change]]:
        try:
            text = self._data(blob).decode("utf-8")
        except UnicodeDecodeError as err:
            return Version(problem=f"the file is not UTF-8 (byte {err.start})"), []
        return derive(base, text) if base is not None else (read(text), [])

    def _keep(self, blob: str, version: Version) -> Version:
        self.held[blob] = version
        if version.problem is not None:
            _unreadable[blob] = version.problem
        _versions[blob] = version
        while len(_versions) > REMEMBERED_VERSIONS:
            _versions.popitem(last=False)
        return version

    def release(self, blob: str | None) -> None:
        if blob is not None and blob in self.uses:
            self.uses[blob] -= 1
            if self.uses[blob] <= 0:
                self.held.pop(blob, None)
                self.data.pop(blob, None)

    def close(self) -> None:
        self.stream.close()


def pair_changes(reader: _Reader, before: str | None, after: str | None) -> tuple[Change, ...]:
    """What changed from the file's version ``before`` to ``after`` (blob ids; ``None``: no file),
    remembered by the pair; nothing when ``after`` cannot be read (compared with the last readable
    version before it instead, when its turn comes)."""
    old = _effective(before)
    pair = (old, after)
    if pair not in _pairs:
        new, changed = reader.after(after, reader.version(old))
        if new.readable:
            _pairs[pair] = tuple(changed)
        else:
            _last_readable.setdefault(after or "", old)
            _pairs[pair] = ()
        reader.release(before)
        reader.release(after)
    return _pairs[pair]


def _compare_commit(commit: Commit, reader: _Reader, found: History) -> None:
    """Add the events of ``commit`` to ``found``."""
    per_parent = [pair_changes(reader, before, commit.blob) for before in commit.before or (None,)]
    if commit.blob is not None and commit.blob in _unreadable:
        if not any(before is not None and before in _unreadable for before in commit.before):
            found.unreadable.append(Event(commit, "", "", "unreadable", problem=_unreadable[commit.blob]))
        return
    first, *others = per_parent
    in_every = set.intersection(*({(c.section, c.id) for c in other} for other in others)) if others else None
    for change in first:
        if in_every is None or (change.section, change.id) in in_every:
            event = Event(commit, change.section, change.id, change.change, change.fields)
            found.records.setdefault((change.section, change.id), []).append(event)
