"""A record kept in many files: every ``*.yaml`` directly in a folder is part of one record.

A team that splits its record (one file per curator, per year, per section) names the folder
where one file would go (``--data data/``). The folder's record is what one file holding the
same records would be: each file is read and checked on its own (its YAML, its sections, each
record's shape), then the files' sections are joined in the order of the files' names (code
points: ``a.yaml`` before ``b.yaml`` before ``moves.yaml``), a list section's records one file's
after the other's, and the rules across records run once over the whole. Any section may be in
any file, and in several. An id is unique across the files: an organisation, person, source or
cohort defined in two files is the error ``duplicate-id`` at the second, naming the first's
``file:line:col`` (the first is the one kept); a move, stay or position id used twice names the
first's place the same way.

Every problem carries its file (:attr:`Problem.file`) and its line and column in that file:
each rule's problem is traced back from the joined record to the file and the record it came
from, and located there by :mod:`dashboard.record.locate`, as for one file. A file that is empty
(or only comments) is an error of that file, as a lone empty file is: a file truncated by
mistake must not quietly drop its records. Files whose names start with a dot (the lock, an
editor's swap file) and anything not ending in ``.yaml`` are not part of the record; nor are
sub-folders' files. All files together are read up to :data:`load.MAX_FILE_BYTES`.

:func:`load.load_file` comes here for a folder (:func:`load_folder`); a one-file record never
does, so its load is exactly as fast as before. A folder record is read and checked whole on every
change (the re-validation of only the changed records, :mod:`dashboard.record.incremental`, is
for a record of one file).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from dashboard.record import yamltree
from dashboard.record.dataset import Dataset
from dashboard.record.documents import read_document
from dashboard.record.layout import LIST_SECTIONS, SECTIONS
from dashboard.record.load import LoadResult, display_name, read_text
from dashboard.record.locate import locate, locate_all
from dashboard.record.model import Document
from dashboard.record.problems import Problem, error
from dashboard.record.records import Built, build
from dashboard.record.rules import Context, DocumentReader, check

SUFFIX = ".yaml"
"""What a file of a folder record is named: ``*.yaml`` (not ``.yml``, not hidden)."""

MAPPING_SECTIONS = tuple(name for name in SECTIONS if name not in LIST_SECTIONS)


def is_record_file(name: str) -> bool:
    """Whether a file named ``name`` in a record's folder is part of the record."""
    return name.endswith(SUFFIX) and not name.startswith(".") and len(name) > len(SUFFIX)


def record_files(folder: Path) -> list[Path]:
    """The files of the record in ``folder``, in name order (code points); a missing or
    unreadable folder has none."""
    try:
        names = [entry.name for entry in os.scandir(folder) if is_record_file(entry.name)]
    except OSError:
        return []
    return [folder / name for name in sorted(names)]


def signature(folder: Path) -> tuple:
    """Cheap proof that the folder's record files are unchanged: each one's name, size, times and
    inode (a file added, removed, renamed or edited in place changes it)."""
    out = []
    for path in record_files(folder):
        stat = path.stat()
        out.append((path.name, stat.st_mtime_ns, stat.st_size, stat.st_ino, stat.st_ctime_ns))
    return tuple(out)


def read_texts(folder: Path, limit: int) -> tuple[dict[str, str], list[Problem]]:
    """Each record file's text by its name, and a problem (with its file) for each one that can't
    be read; all files together are read up to ``limit`` bytes."""
    texts: dict[str, str] = {}
    problems: list[Problem] = []
    budget = limit
    for path in record_files(folder):
        text, problem = read_text(path, limit=max(budget, 0))
        if problem is not None:
            problems.append(replace(problem if problem.line else problem.at(0, 0), file=display_name(path)))
            continue
        texts[path.name] = text
        budget -= len(text.encode("utf-8"))
    return texts, problems


def digest_texts(texts: Mapping[str, str]) -> str:
    """One SHA-256 of the files' names and texts (what a version of a folder record is)."""
    digest = hashlib.sha256()
    for name, text in texts.items():
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0" + text.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


@dataclass
class _File:
    name: str  # as problems name it: the path shown to the user
    text: str
    tree: yamltree.Tree
    built: Built | None = None
    items: dict[str, int] | None = None  # list section -> how many items the file's YAML list has


class Joined:
    """The files' records joined into one :class:`Built`, and the way back from a place in the
    joined record (a section and an index or id) to the file and the place in it."""

    def __init__(self, files: list[_File]) -> None:
        self.files = files
        document = Document()
        self.built = Built(document)
        self.built.broken_ids = {name: set() for name in SECTIONS}
        self.built.list_paths = {name: [] for name in LIST_SECTIONS}
        self.owners: dict[str, dict[str, int]] = {name: {} for name in MAPPING_SECTIONS}
        self.starts: dict[str, list[tuple[int, int]]] = {name: [] for name in LIST_SECTIONS}  # (first index, file)
        self.twice: list[tuple[int, str, str, int]] = []  # (file, section, id, the file that has it first)
        counts = dict.fromkeys(LIST_SECTIONS, 0)
        for number, file in enumerate(files):
            built = file.built
            for section in MAPPING_SECTIONS:
                joined, owners = getattr(document, section), self.owners[section]
                for key in [*getattr(built.document, section), *sorted(built.broken_ids.get(section, ()))]:
                    if key in owners:
                        self.twice.append((number, section, key, owners[key]))
                        continue
                    owners[key] = number
                    if key in getattr(built.document, section):
                        joined[key] = getattr(built.document, section)[key]
                    else:
                        self.built.broken_ids[section].add(key)
            offset_of = dict(counts)
            for section in LIST_SECTIONS:
                offset = counts[section]
                if file.items.get(section):
                    self.starts[section].append((offset, number))
                getattr(document, section).extend(getattr(built.document, section))
                self.built.list_paths[section].extend(offset + index for index in built.list_paths.get(section, ()))
                self.built.broken_ids[section] |= built.broken_ids.get(section, set())
                counts[section] += file.items.get(section, 0)
            for section, path, raw in built.broken_records:
                if section in LIST_SECTIONS:
                    path = (section, offset_of[section] + path[1], *path[2:])
                elif self.owners[section].get(path[1]) != number:
                    continue  # the second of two records with one id: reported as such
                self.built.broken_records.append((section, path, raw))

    def trace(self, path: tuple) -> tuple[int, tuple]:
        """The file (its number) and the path in it of a place in the joined record; a place in
        no record (a whole section) is put in the first file."""
        if len(path) >= 2 and path[0] in self.starts and isinstance(path[1], int):
            starts = self.starts[path[0]]
            found = bisect.bisect_right([start for start, _ in starts], path[1]) - 1
            if found >= 0:
                start, number = starts[found]
                return number, (path[0], path[1] - start, *path[2:])
        elif len(path) >= 2 and path[0] in self.owners and path[1] in self.owners[path[0]]:
            return self.owners[path[0]][path[1]], path
        return 0, path


def load_folder(folder: Path, *, root: Path, today: dt.date, limit: int) -> LoadResult:
    """Load and validate the record of every file in ``folder`` (see the module)."""
    texts, problems = read_texts(folder, limit)
    name = display_name(folder)
    if problems:  # as for one file: a file that can't be read is all there is to say
        return LoadResult(name, None, problems, [], "")
    names = {file: display_name(folder / file) for file in texts}
    return load_texts(texts, name=name, names=names, root=root, today=today)


def load_texts(
    texts: Mapping[str, str],
    *,
    name: str,
    names: Mapping[str, str] | None = None,
    root: Path,
    today: dt.date,
    read: DocumentReader = read_document,
) -> LoadResult:
    """The load of a folder record whose files hold ``texts`` (file name -> text, in name order),
    named ``name``; each problem names its file as ``names`` shows it (default: the file name), and
    the result's ``texts`` hold each file's text under that name."""
    names = names or {}
    files = []
    for file, text in texts.items():
        text = text.removeprefix("\ufeff")
        files.append(_File(names.get(file, file), text, yamltree.parse(text)))
    shown = {file.name: file.text for file in files}
    if not files:
        problem = error("empty-file", f"the folder holds no record file (*{SUFFIX})").at(0, 0)
        return LoadResult(name, None, [problem], [], "")
    if any(file.tree.fatal for file in files):  # as for one file: the YAML's issues alone
        problems = [replace(problem, file=file.name) for file in files for problem in locate_all([], file.text)]
        return _result(name, None, problems, shown)
    for file in files:
        data = file.tree.data
        if data is None and not file.tree.issues:
            empty = "the file is empty: expected sections such as sources, organizations, moves"
            file.built = Built(Document(), [error("empty-file", empty)])
        else:
            file.built = build(data)
        sections = data if isinstance(data, dict) else {}
        file.items = {section: len(sections[section]) for section in LIST_SECTIONS
                      if isinstance(sections.get(section), list)}  # fmt: skip
    joined = Joined(files)
    per_file: list[list[Problem | _Pending]] = [list(file.built.problems) for file in files]
    firsts = _FirstOfId(joined)
    for problem in check(Context(joined.built, root, today, read)):
        number, path = joined.trace(problem.path)
        first = firsts.of(problem.path) if problem.code == "duplicate-id" else None
        if first is None:
            per_file[number].append(replace(problem, path=path))
        else:  # "used twice in moves (first at item 12)": the item of the joined lists, named by its file
            before = problem.message.split(" (first at")[0] + " (first at "
            per_file[number].append(_Pending(replace(problem, path=path), first, before, ")"))
    for number, section, key, first in joined.twice:
        problem = error("duplicate-id", "", (section, key), key=True)
        before = f"id {key!r} is in {section} of two files (ids are unique across the folder's files): first at "
        per_file[number].append(_Pending(problem, (first, (section, key), True), before, ""))
    located = _place(files, per_file)
    errors = any(problem.severity == "error" for problem in located)
    return _result(name, None if errors else Dataset(joined.built.document, root, today), located, shown)


@dataclass
class _Pending:
    """A problem whose message names another record's place (``before`` it, ``after`` it), which
    is known once that record is located."""

    problem: Problem
    first: tuple[int, tuple, bool]  # the other record: (file, path in it, at the key)
    before: str
    after: str


class _FirstOfId:
    """Where the first move, stay or position with an id is: (file, path in it, at the key)."""

    def __init__(self, joined: Joined) -> None:
        self.joined = joined
        self.ids: dict[str, dict[int, str]] = {}  # section -> joined index -> id
        self.firsts: dict[tuple[str, str], tuple[int, tuple, bool]] = {}

    def of(self, path: tuple) -> tuple[int, tuple, bool] | None:
        if len(path) < 2 or path[0] not in LIST_SECTIONS:
            return None
        section, built = path[0], self.joined.built
        if section not in self.ids:
            self.ids[section] = {}
            for index, record in zip(built.list_paths[section], getattr(built.document, section), strict=True):
                self.ids[section][index] = record.id
                if (section, record.id) not in self.firsts:
                    number, inner = self.joined.trace((section, index, "id"))
                    self.firsts[(section, record.id)] = (number, inner, False)
        record_id = self.ids[section].get(path[1])
        return self.firsts.get((section, record_id)) if record_id is not None else None


def _place(files: list[_File], per_file: list[list[Problem | _Pending]]) -> list[Problem]:
    """Every problem with its file, line and column, files in name order; a pending message gets
    the other record's ``file:line:col``."""
    wanted: dict[int, set[tuple[tuple, bool]]] = {}
    for problems in per_file:
        for problem in problems:
            if isinstance(problem, _Pending):
                wanted.setdefault(problem.first[0], set()).add(problem.first[1:])
    places: dict[tuple, str] = {}
    for number, firsts in wanted.items():
        file, order = files[number], sorted(firsts, key=repr)
        probes = [error("duplicate-id", str(count), path, key=key) for count, (path, key) in enumerate(order)]
        for probe in _finder(file)(probes, file.text):
            if probe.message.isdigit() and probe.code == "duplicate-id" and probe.path == order[int(probe.message)][0]:
                places[(number, *order[int(probe.message)])] = f"{file.name}:{probe.line}:{probe.col}"
    out: list[Problem] = []
    for file, problems in zip(files, per_file, strict=True):
        plain = []
        for problem in problems:
            if isinstance(problem, _Pending):
                place = places.get(problem.first, files[problem.first[0]].name)
                problem = replace(problem.problem, message=problem.before + place + problem.after)
            plain.append(problem)
        out.extend(replace(problem, file=file.name) for problem in _finder(file)(plain, file.text))
    return out


def _finder(file: _File):
    """How the file's problems are located: reading only their records, or (a file with YAML
    issues, whose issues are then reported too) the whole file."""
    return locate_all if file.tree.issues else locate


def _result(name: str, dataset: Dataset | None, problems: list[Problem], texts: dict[str, str]) -> LoadResult:
    errors = [problem for problem in problems if problem.severity == "error"]
    warnings = [problem for problem in problems if problem.severity == "warning"]
    return LoadResult(name, None if errors else dataset, errors, warnings, "", texts)
