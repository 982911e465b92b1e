"""The history of a record kept in a folder (:mod:`dashboard.record.folder`): a record followed
across the folder's files.

The commits are those of ``HEAD`` that changed something in the folder (``git log -M -- DIR``).
At each commit and at each of its parents the folder's files are listed (their blob ids, read
from the folder's tree, every tree by one ``git cat-file --batch``): a file whose blob differs
is compared with its version before the commit exactly as one file's history compares it
(:func:`dashboard.history.log.pair_changes`, remembered by the pair of blobs, each version read
from the one before it where the text changed). Then the files' changes are joined by record:

- a record removed from one file and added to another by the same commit is **moved** (from the
  first file to the second), with the fields whose value differs between the two, if any;
- a file that git sees renamed (``-M``, in a commit of one parent) is compared with its old
  self: its records are followed, not moved — as ``--follow`` follows a record of one file, a
  rename touches no record; each event names the file as it was called in that commit;
- a merge counts a record only where it differs from every parent's, as for one file.

The folder is read under its current name: a commit before the folder had that name holds no
record file. A file that cannot be read is an ``unreadable`` event naming the file; its records
are neither removed nor added until it can be read again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from dashboard.history import log
from dashboard.history.git import Commit, Repository
from dashboard.history.versions import Change, Entry, Key, Version, by_section, changed_fields
from dashboard.record.folder import is_record_file

State = dict[str, str]
"""A folder at a commit: each record file's name (in the folder) -> its blob id."""
_FILE_MODES = (b"100644", b"100755")


def tree_files(data: bytes, hash_size: int) -> State:
    """The record files of a git tree object (its raw contents; ids of ``hash_size`` bytes)."""
    found: State = {}
    at = 0
    while at < len(data):
        space = data.index(b" ", at)
        end = data.index(b"\0", space)
        name = data[space + 1 : end].decode("utf-8", "surrogateescape")
        if data[at:space] in _FILE_MODES and is_record_file(name):
            found[name] = data[end + 1 : end + 1 + hash_size].hex()
        at = end + 1 + hash_size
    return found


def states(repository: Repository, folder: str, commits: Iterable[str]) -> dict[str, State]:
    """The folder ``folder`` (relative to the top; ``.`` for the top) at each of ``commits`` (full
    ids): its record files by name; none where the folder is not there."""
    unique = list(dict.fromkeys(commits))
    names = [f"{commit}^{{tree}}" if folder == "." else f"{commit}:{folder}" for commit in unique]
    found: dict[str, State] = {}
    for commit, (_, kind, data) in zip(unique, repository.objects(names), strict=True):
        found[commit] = tree_files(data, len(commit) // 2) if kind == "tree" and data is not None else {}
    return found


Pair = tuple[str, str | None, str, str | None]
"""A file compared across a commit: (its name before, blob before, its name after, blob after);
a blob ``None``: the file was not there."""


def file_pairs(before: State, after: State, renamed: dict[str, str]) -> list[Pair]:
    """The files that differ from ``before`` to ``after``, a file renamed (``renamed``: new name
    -> old name, in the folder) compared with its old self."""
    pairs: list[Pair] = []
    taken: set[str] = set()
    for name in sorted(after):
        old = renamed.get(name)
        if name in before or old is None or old not in before or old in after or old in taken:
            old = name
        taken.add(old)
        if before.get(old) != after[name]:
            pairs.append((old, before.get(old), name, after[name]))
    pairs += [(name, before[name], name, None) for name in sorted(before) if name not in after and name not in taken]
    return pairs


def folder_history(repository: Repository, folder: Path) -> log.History:
    """The history of the record kept in ``folder``, at ``HEAD`` (see the module); remembered by
    the commit it was read at, as one file's is."""
    relative = repository.relative(folder)
    head = repository.head()
    key = (str(repository.top), relative + "/", head)
    if key in log._histories:
        log._histories.move_to_end(key)
        return log._histories[key]
    prefix = "" if relative == "." else relative + "/"
    logged = list(reversed(repository.folder_log(relative)))
    at = states(repository, relative, [c.id for c, _ in logged] + [p for c, _ in logged for p in c.parents])
    plan: list[tuple[Commit, list[list[Pair]]]] = []
    for commit, renamed in logged:
        inside = {new[len(prefix) :]: old[len(prefix) :] for new, old in renamed.items()
                  if new.startswith(prefix) and old.startswith(prefix)} if len(commit.parents) <= 1 else {}  # fmt: skip
        per_parent = [file_pairs(at.get(parent, {}), at[commit.id], inside) for parent in commit.parents or ("",)]
        if per_parent[0]:  # a commit that changed no record file (a README in the folder) is not the record's
            plan.append((replace(commit, blob=None, before=(), path=relative), per_parent))
    wanted = [
        blob
        for _, per_parent in plan
        for pairs in per_parent
        for _, old, _, new in pairs
        if (log._effective(old), new) not in log._pairs
        for blob in (old, new)
        if blob is not None and blob not in log._versions
    ]
    reader = log._Reader(repository, wanted)
    found = log.History(head)
    try:
        for commit, per_parent in plan:
            _compare(commit, per_parent, reader, found, prefix)
    finally:
        reader.close()
    for events in found.records.values():
        events.reverse()
    found.unreadable.reverse()
    found.commits = [commit for commit, _ in reversed(plan)]
    found._order = {commit.id: index for index, commit in enumerate(found.commits)}
    log._histories[key] = found
    while len(log._histories) > log.REMEMBERED_HISTORIES:
        log._histories.popitem(last=False)
    return found


_Said = tuple[Change, str, str | None]
"""A record's change across a commit: the change, the file it is in after (or was removed
from), and for a move the file it left."""


def _joined(pairs: list[Pair], reader: log._Reader) -> dict[Key, _Said]:
    """Each record's change across one parent's pairs, a removal from one file and an addition to
    another joined into a move."""
    added: dict[Key, tuple[Change, str, str | None]] = {}
    removed: dict[Key, tuple[str, str | None]] = {}
    said: dict[Key, _Said] = {}
    for old_name, old, name, new in pairs:
        for change in log.pair_changes(reader, old, new):
            key = (change.section, change.id)
            if change.change == "added":
                added[key] = (change, name, new)
            elif change.change == "removed":
                removed[key] = (old_name, log._effective(old))
            else:
                said[key] = (change, name, None)
    for key, (change, name, new) in added.items():
        if key in removed and key not in said:
            origin, old = removed.pop(key)
            fields = changed_fields(_entry(reader, old, key).value, _entry(reader, new, key).value)
            said[key] = (Change(key[0], key[1], "moved", fields), name, origin)
        else:
            said.setdefault(key, (change, name, None))
    for key, (origin, _) in removed.items():
        said.setdefault(key, (Change(key[0], key[1], "removed"), origin, None))
    return said


def _entry(reader: log._Reader, blob: str | None, key: Key) -> Entry:
    return reader.version(blob).records.get(key, Entry("", None))


def _compare(commit: Commit, per_parent: list[list[Pair]], reader: log._Reader, found: log.History,
             prefix: str) -> None:  # fmt: skip
    """Add the events of ``commit`` (compared with each parent) to ``found``."""
    every = [_joined(pairs, reader) for pairs in per_parent]
    for _, old, name, new in per_parent[0]:
        if new is not None and new in log._unreadable and (old is None or old not in log._unreadable):
            where = replace(commit, blob=new, path=prefix + name)
            found.unreadable.append(log.Event(where, "", "", "unreadable", problem=f"{name}: {log._unreadable[new]}"))
    first, *others = every
    for key, (change, name, origin) in first.items():
        if all(key in other for other in others):
            where = replace(commit, path=prefix + name)
            event = log.Event(where, change.section, change.id, change.change, change.fields,
                              origin=prefix + origin if origin is not None else None)  # fmt: skip
            found.records.setdefault(key, []).append(event)


def joined_version(versions: dict[str, Version]) -> tuple[Version, dict[Key, str]]:
    """The records of a folder's files read one by one (``versions``: file name -> version, in
    name order) as one version, and the file each record is in. An id in two files is kept under
    its id in the first and with its rank ('x (2)') in the next, as one file's second record of an
    id is. A file that cannot be read makes the whole unreadable (its ``problem`` names it)."""
    records: dict[Key, Entry] = {}
    where: dict[Key, str] = {}
    for name, version in versions.items():
        if not version.readable:
            return Version(problem=f"{name}: {version.problem}"), {}
        for (section, record_id), entry in version.records.items():
            rank, unique = 1, record_id
            while (section, unique) in records:
                rank += 1
                unique = f"{record_id} ({rank})"
            records[(section, unique)] = entry
            where[(section, unique)] = name
    return Version(records), where


def with_moves(changes: list[Change], where_old: dict[Key, str], where_new: dict[Key, str]) -> list[Change]:
    """``changes`` between two versions of a folder record, each record that is in another file
    after than before said ``moved`` (with the files, and the fields that changed, if any)."""
    out: list[Change] = []
    changed = {(change.section, change.id): change for change in changes}
    for key, name in where_new.items():
        origin = where_old.get(key)
        if origin is not None and origin != name:
            fields = changed[key].fields if key in changed else ()
            changed[key] = Change(key[0], key[1], "moved", fields, (origin, name))
    seen = set()
    for change in changes:
        key = (change.section, change.id)
        out.append(changed[key])
        seen.add(key)
    out += [change for key, change in changed.items() if key not in seen]
    return by_section(out)
