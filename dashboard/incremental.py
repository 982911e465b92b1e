"""Re-validating an edited record by reusing what the edit did not touch.

An editor saves the file after changing one move; the dashboard should not read, check and
quote-search ten thousand unchanged moves again. :class:`Revalidator` splits the text into one
chunk per record (a list item of ``moves`` or ``stays``, an entry of ``people`` …) along the
record file's block layout, and remembers, by the chunk's exact text:

* the record read from it and its shape check (:func:`records.check_record`), and
* its cross-record checks (:class:`rules.RecordChecks`), as long as the sections it refers to
  (sources, organisations, people, cohorts), the seed documents and today are unchanged.

Only new chunks are read — each on its own — and the rules that look across moves (unique ids,
duplicates) run over all of them again. The result is the same :class:`load.LoadResult` a cold
load gives; positions of problems are found by reading only the chunks they are in.

Anything unusual about the layout (flow-style sections, document markers, an unknown section,
a chunk that does not read as exactly one record) makes it fall back to the full load, which
then re-learns the chunks. Correctness never depends on the cache: a chunk's text is its key.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from . import yamltree
from .dataset import Dataset
from .documents import read_document
from .load import LoadResult, load_text, locate
from .problems import Problem
from .records import LIST_SECTIONS, SECTIONS, Assembler, Checked, check_record
from .rules import Context, DocumentReader, check

_TOP_LEVEL = re.compile(r"\n(?=[^ \n#])")
MAX_REMEMBERED = 500_000
"""Chunks remembered at most; beyond it the memory is cleared and rebuilt from the next load."""


@dataclass(slots=True)
class _Section:
    name: str
    start: int  # offset of the newline that ends the header line
    separator: str  # the text between records: "\n  - " in a list, "\n" in a mapping
    parts: list[str]  # the records' texts (a list item without its "  - ")
    is_list: bool

    def yaml(self, index: int) -> str:
        return self.separator[1:] + self.parts[index] if self.is_list else self.parts[index]

    def offsets(self) -> list[int]:
        """Where each record's YAML starts in the file."""
        offsets, position = [], self.start + 1
        for part in self.parts:
            offsets.append(position)
            position += len(part) + len(self.separator)
        return offsets


def split(text: str) -> list[_Section] | None:
    """The records of each section as texts, in file order; ``None`` unless the plain layout.

    A section starts at a line ``name:`` in column 0 (one of the six); its records start at
    lines indented like its first record (``  - `` in a list, ``  key:`` in a mapping).
    Comments and blank lines belong to the record before them. Anything else in column 0 ends
    up inside a record's text and makes that record fail to read on its own, so the caller
    falls back to a full load.
    """
    # Every line that starts in column 0 (other than a comment) must be a section header: that
    # rules out document markers, top-level lists and unknown sections in one pass.
    headers = []
    starts = [0] if text[:1] not in ("", " ", "#", "\n") else []
    starts += [match.start() + 1 for match in _TOP_LEVEL.finditer(text)]
    for header in starts:
        line_end = text.find("\n", header)
        line_end = len(text) if line_end == -1 else line_end
        name, colon, rest = text[header:line_end].partition(":")
        rest = rest.strip()
        if not colon or name not in SECTIONS or (rest and not rest.startswith("#")):
            return None  # not a section header, or one with an inline value ("moves: []")
        headers.append((header, name, line_end))
    if len({name for _, name, _ in headers}) != len(headers):
        return None  # the same section twice
    if not headers or _has_content(text[: headers[0][0]]):
        return None
    sections = []
    for number, (_, name, line_end) in enumerate(headers):
        end = headers[number + 1][0] - 1 if number + 1 < len(headers) else len(text)
        section = _split_section(text, name, line_end, max(end, line_end))
        if section is None:
            return None
        sections.append(section)
    return sections


def _has_content(text: str) -> bool:
    """Whether ``text`` holds anything but blank lines and comments."""
    return re.search(r"^[ ]*[^ \n#]", text, re.M) is not None


def _split_section(text: str, name: str, start: int, end: int) -> _Section | None:
    body = text[start:end]  # starts with the newline that ends the header
    first = re.search(r"\n( *)([^ \n#])", body)
    if first is None:
        return _Section(name, start, "\n", [], name in LIST_SECTIONS) if not _has_content(body) else None
    indent = first.group(1)
    is_list = body.startswith("- ", first.start(2))
    if not indent or is_list != (name in LIST_SECTIONS):
        return None
    if is_list:
        separator = "\n" + indent + "- "
        lead, *parts = body.split(separator)
    else:
        separator = "\n"
        lead, *parts = re.split(rf"\n(?={indent}[^ \n#\-])", body)
    if _has_content(lead):
        return None  # only comments may come before a section's first record
    return _Section(name, start + len(lead), separator, parts, is_list)


@dataclass(slots=True)
class _Entry:
    """What one record's text gave: its key in a mapping section, and its shape check."""

    key: str | None
    checked: Checked


def _read_record(section: _Section, index: int) -> tuple[str | None, object] | None:
    """The one record a text holds, read on its own: (mapping key or None, value)."""
    tree = yamltree.parse(section.yaml(index))
    if tree.issues:
        return None
    data = tree.data
    if section.is_list:
        return (None, data[0]) if isinstance(data, list) and len(data) == 1 else None
    if isinstance(data, dict) and len(data) == 1:
        return next(iter(data.items()))
    return None


class Revalidator:
    """Loads successive versions of one record file, reusing unchanged records' results."""

    def __init__(self, read: DocumentReader = read_document) -> None:
        self._read = read
        self._entries: dict[tuple[str, str], _Entry] = {}
        self._checks: dict[tuple, tuple[Problem, ...]] = {}
        self._documents: dict[Path, tuple[tuple, str]] = {}

    def read_document(self, path: Path) -> str:
        """A seed document, read again only when its size or modification time changed."""
        stat = path.stat()
        signature = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
        known = self._documents.get(path)
        if known is None or known[0] != signature:
            known = self._documents[path] = (signature, self._read(path))
        return known[1]

    def load(self, text: str, *, name: str, root: Path, today: dt.date) -> LoadResult:
        """Validate ``text``; the result is exactly what :func:`load.load_text` gives."""
        text = text.removeprefix("\ufeff")
        sections = split(text)
        full = {"name": name, "root": root, "today": today}
        if sections is None:
            return load_text(text, read=self.read_document, **full)
        if len(self._entries) > MAX_REMEMBERED:
            self._entries.clear()
            self._checks.clear()
        entries = self._entries
        new = [(section, index) for section in sections for index, part in enumerate(section.parts)
               if (section.name, part) not in entries]  # fmt: skip
        total = sum(len(section.parts) for section in sections)
        if len(new) > max(50, total // 4):
            if not self._learn(text, sections):
                return load_text(text, read=self.read_document, **full)
        else:
            for section, index in new:
                read = _read_record(section, index)
                if read is None:
                    return load_text(text, read=self.read_document, **full)
                key, item = read
                entries[(section.name, section.parts[index])] = _Entry(key, check_record(section.name, item, key))
        return self._finish(text, sections, **full)

    def _learn(self, text: str, sections: list[_Section]) -> bool:
        """Read the whole text at once (faster than record by record) and pair records with texts."""
        tree = yamltree.parse(text)
        data = tree.data
        if tree.issues or not isinstance(data, dict) or set(data) != {section.name for section in sections}:
            return False
        for section in sections:
            value = data[section.name]
            items = list(value.items()) if isinstance(value, dict) else [(None, item) for item in value or []]
            if not isinstance(value, dict | list | type(None)) or len(items) != len(section.parts):
                return False
            for part, (key, item) in zip(section.parts, items, strict=True):
                if not _belongs(part, key, item):
                    return False
                if (section.name, part) not in self._entries:
                    self._entries[(section.name, part)] = _Entry(key, check_record(section.name, item, key))
        return True

    def _finish(self, text: str, sections: list[_Section], *, name: str, root: Path, today: dt.date) -> LoadResult:
        assembler = Assembler()
        entries = self._entries
        where = _Where(sections)
        for section in sections:
            name_ = section.name
            got = [entries[(name_, part)] for part in section.parts]
            if section.is_list:
                checked = [entry.checked for entry in got]
                if all(not item.problems and item.record is not None for item in checked):
                    assembler.extend(name_, [item.record for item in checked])  # the usual case, at C speed
                else:
                    for index, item in enumerate(checked):
                        assembler.add(name_, index, item)
                continue
            for index, entry in enumerate(got):
                if (name_, entry.key) in where.keys:  # a duplicate key: let the full load say so
                    return load_text(text, name=name, root=root, today=today, read=self.read_document)
                where.keys[(name_, entry.key)] = index
                assembler.add(name_, entry.key, entry.checked)
        built = assembler.finish()
        fingerprint = self._fingerprint(sections, root, today)
        checks = self._checks
        parts = {section.name: section.parts for section in sections}

        def memo(section_name, index, record, run):
            key = (fingerprint, section_name, parts[section_name][index])
            found = checks.get(key)
            if found is None:
                found = checks[key] = tuple(run(record))
            return found

        context = Context(built, root, today, self.read_document)
        problems = built.problems + check(context, memo)
        dataset = Dataset(built.document, root)
        if problems:
            problems = _locate(problems, where, text)
        errors = [problem for problem in problems if problem.severity == "error"]
        warnings = [problem for problem in problems if problem.severity == "warning"]
        return LoadResult(name, None if errors else dataset, errors, warnings, text)

    def _fingerprint(self, sections: list[_Section], root: Path, today: dt.date) -> int:
        """What per-record checks depend on besides the record: referenced sections, seeds, today."""
        referenced = tuple(tuple(section.parts) for section in sections if not section.is_list)
        try:
            documents = tuple(
                sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in os.scandir(root / "seeds"))
            )
        except OSError:
            documents = ()
        return hash((referenced, documents, str(root), today))


class _Where:
    """Which record text a problem's path points into: (section, index) of the split."""

    def __init__(self, sections: list[_Section]) -> None:
        self.sections = {section.name: section for section in sections}
        self.keys: dict[tuple[str, str], int] = {}  # (mapping section, id) -> index

    def get(self, path: tuple) -> tuple[_Section, int] | None:
        if len(path) < 2 or path[0] not in self.sections:
            return None
        section = self.sections[path[0]]
        index = path[1] if section.is_list else self.keys.get((path[0], path[1]))
        if not isinstance(index, int) or not 0 <= index < len(section.parts):
            return None
        return section, index


def _belongs(part: str, key: str | None, item: object) -> bool:
    """Whether the record read from the whole text plausibly came from ``part``."""
    if key is not None:
        return part.lstrip(" ").startswith((key, f'"{key}', f"'{key}"))
    record_id = item.get("id") if isinstance(item, dict) else None
    return not isinstance(record_id, str) or record_id in part


def _locate(problems: list[Problem], where: _Where, text: str) -> list[Problem]:
    """Line and column of each problem, reading only the records the problems are in."""
    if any(where.get(problem.path) is None for problem in problems):
        return locate(problems, text)  # about a whole section or the file: read it all (rare)
    offsets: dict[int, list[int]] = {}
    placed: dict[tuple, yamltree.Tree] = {}
    starts: dict[tuple, int] = {}
    for problem in problems:
        section, index = where.get(problem.path)
        if (section.name, index) not in starts:
            section_offsets = offsets.setdefault(id(section), section.offsets())
            starts[(section.name, index)] = section_offsets[index]
    lines = _lines(text, sorted(set(starts.values())))
    located = []
    for problem in problems:
        section, index = where.get(problem.path)
        tree = placed.get((section.name, index))
        if tree is None:
            tree = placed[(section.name, index)] = yamltree.parse(section.yaml(index), track_positions=True)
        inner = (0, *problem.path[2:]) if section.is_list else (problem.path[1], *problem.path[2:])
        position = tree.position(inner, key=problem.key)
        line = lines[starts[(section.name, index)]]
        if position is None:
            located.append(problem.at(line, 1))
        else:
            located.append(replace(problem, line=line + position.line - 1, col=position.col))
    located.sort(key=lambda problem: (problem.line or 0, problem.col or 0))
    return located


def _lines(text: str, offsets: list[int]) -> dict[int, int]:
    """The 1-based line at each of the sorted ``offsets``."""
    lines, previous, line = {}, 0, 1
    for offset in offsets:
        line += text.count("\n", previous, offset)
        lines[offset] = line
        previous = offset
    return lines
