"""Re-validating an edited record by reusing what the edit did not touch.

An editor saves the file after changing one move; the dashboard should not read, check and
quote-search ten thousand unchanged moves again. :class:`Revalidator` splits the text into one
chunk per record (a list item of ``moves`` or ``stays``, an entry of ``people`` …) along the
record file's block layout (:mod:`dashboard.record.layout`), and remembers, by the chunk's
exact text:

* the record read from it and its shape check (:func:`records.check_record`), and
* its cross-record checks (:class:`rules.RecordChecks`), as long as the sections it refers to
  (sources, organisations, people, cohorts), the seed documents and today are unchanged.

Only new chunks are read — each on its own — and the rules that look across moves (unique ids,
duplicates) run over all of them again. The result is the same :class:`load.LoadResult` a cold
load gives, made by the same :func:`load.assemble`; positions of problems are found by reading
only the chunks they are in.

Anything unusual about the layout (flow-style sections, document markers, an unknown section,
a chunk that does not read as exactly one record, a refused character outside the records:
see :mod:`dashboard.record.characters`) makes it fall back to the full load, which then
re-learns the chunks. Correctness never depends on the cache: a chunk's text is its key.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from dashboard.record import characters, yamltree
from dashboard.record.documents import read_document, seeds_signature
from dashboard.record.layout import Section, split
from dashboard.record.load import LoadResult, assemble, load_text
from dashboard.record.locate import Where, locate_in_records
from dashboard.record.problems import Problem
from dashboard.record.records import Assembler, Checked, check_record
from dashboard.record.rules import DocumentReader

MAX_REMEMBERED = 500_000
"""Chunks remembered at most; beyond it the memory is cleared and rebuilt from the next load."""


@dataclass(slots=True)
class _Entry:
    """What one record's text gave: its key in a mapping section, and its shape check."""

    key: str | None
    checked: Checked


def _read_record(section: Section, index: int) -> tuple[str | None, object] | None:
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
        self._positions: dict = {}  # where each warned record's problems are, within the record

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
        if sections is None or characters.in_file(_between(text, sections)):
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

    def _learn(self, text: str, sections: list[Section]) -> bool:
        """Read the whole text at once (faster than record by record) and pair records with texts."""
        tree = yamltree.parse(text)
        data = tree.data
        if tree.issues or not isinstance(data, dict) or set(data) != {section.name for section in sections}:
            return False
        for section in sections:
            value = data.pop(section.name) or None  # "moves:" with nothing after it reads as ""
            items = list(value.items()) if isinstance(value, dict) else [(None, item) for item in value or []]
            if not isinstance(value, dict | list | type(None)) or len(items) != len(section.parts):
                return False
            del value  # the tree is let go of record by record, so that the records read take its
            # memory instead of adding to it (a third of the peak at 100,000 moves)
            for number, (part, (key, item)) in enumerate(zip(section.parts, items, strict=True)):
                items[number] = None
                if not _belongs(part, key, item):
                    return False
                if (section.name, part) not in self._entries:
                    self._entries[(section.name, part)] = _Entry(key, check_record(section.name, item, key))
        return True

    def _finish(self, text: str, sections: list[Section], *, name: str, root: Path, today: dt.date) -> LoadResult:
        assembler = Assembler()
        entries = self._entries
        where = Where(sections)
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

        return assemble(
            text,
            built,
            name=name,
            root=root,
            today=today,
            place=lambda problems: locate_in_records(problems, where, text, self._positions),
            read=self.read_document,
            memo=memo,
        )

    def _fingerprint(self, sections: list[Section], root: Path, today: dt.date) -> int:
        """What per-record checks depend on besides the record: referenced sections, seeds, today."""
        referenced = tuple(tuple(section.parts) for section in sections if not section.is_list)
        return hash((referenced, seeds_signature(root), str(root), today))


def _between(text: str, sections: list[Section]) -> str:
    """The text outside the records: comments before the first section, each section's header
    line and the comments under it. The records' own texts are checked when they are read (a
    refused character in one makes it fail to read on its own); this is the rest."""
    pieces, previous = [], 0
    for section in sections:
        pieces.append(text[previous : section.start])
        previous = section.end
    pieces.append(text[previous:])
    return "".join(pieces)


def _belongs(part: str, key: str | None, item: object) -> bool:
    """Whether the record read from the whole text plausibly came from ``part``."""
    if key is not None:
        return part.lstrip(" ").startswith((key, f'"{key}', f"'{key}"))
    record_id = item.get("id") if isinstance(item, dict) else None
    return not isinstance(record_id, str) or record_id in part
