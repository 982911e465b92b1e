"""New records put into the record's text as a pure insertion: every old byte stays, in order.

The record file is the editors' own text, so a change is *inserted*, never re-dumped: a new
record's lines go at the end of its section (:func:`insert`), a new piece of evidence at the end
of its move's, stay's or position's ``evidence:`` list (:func:`evidence_insertion`, and
:class:`EvidenceSites` for many at once). The one byte that goes: the brackets of a section
written empty in flow style (``moves: []``) when its first record goes below it. Where the
sections and records are is read by :mod:`dashboard.record.layout`; the new lines are written by
:mod:`dashboard.edit.writer`. :func:`insert` also says where the additions are, so a test can take
them out again (:func:`without`) and get the old file back.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from dashboard.edit.drafts import Evidence
from dashboard.edit.folder import FolderText
from dashboard.edit.writer import evidence_yaml
from dashboard.record import layout


class LayoutError(ValueError):
    """The record file is not in the layout new records can be inserted into."""


@dataclass(frozen=True)
class Additions:
    """What a change adds to the record's text: blocks at the end of their sections (section ->
    YAML text), and text at offsets of the file (evidence at the end of a record's list)."""

    sections: Mapping[str, str] = field(default_factory=dict)
    points: Sequence[tuple[int, str]] = ()

    def __bool__(self) -> bool:
        return bool(self.sections) or bool(self.points)


def insert(
    text: str, added: Mapping[str, str], points: Sequence[tuple[int, str]] = ()
) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each block of ``added`` at the end of its section (a missing section is
    appended with its header), and each (offset, text) of ``points`` at its offset of ``text``
    (evidence from :class:`EvidenceSites`: it goes before a section's new records at the same
    offset, as it ends the record above them). Returns the new text and the (start, end) offsets
    of every addition.

    A pure insertion, but for one thing: a section written empty in flow style (``moves: []``,
    ``sources: {}``) loses its brackets when its first record is added below its header, as
    YAML allows nothing else (``moves:  # a comment`` keeps its comment). :func:`without` then
    gives the old text but for those brackets.

    Raises :class:`LayoutError` if the file is not in the record's plain layout (see
    :mod:`dashboard.record.layout`): there, the end of a section can't be told for sure.
    """
    newline = "\r\n" if "\r\n" in text else "\n"
    sections = layout.split(text)
    if sections is None and layout.has_content(text):
        raise LayoutError(
            "the record file is not in the plain layout new records are added to (one 'section:' line in "
            "column 0 per section, its records indented below it): add the records by hand"
        )
    found = {section.name: section for section in sections or []}
    inserts: dict[int, list[str]] = {}
    for where, block in points:
        inserts.setdefault(where, []).append(block)
    removed: list[tuple[int, int]] = []  # the "[]" of "moves: []" when records go below it
    for name in layout.SECTIONS:  # the file's sections first: a missing one goes after the last of them
        section = found.get(name)
        if name in added and section is not None:
            if section.empty is not None:
                removed.append(section.empty)
            inserts.setdefault(section.append_at(text), []).append(added[name].replace("\n", newline))
    for name in layout.SECTIONS:
        if name in added and name not in found:
            inserts.setdefault(len(text), []).append(f"{name}:{newline}" + added[name].replace("\n", newline))
    cuts = sorted([(start, end, None) for start, end in removed] + [(where, where, blocks) for where, blocks in
                                                                   inserts.items()])  # fmt: skip
    out, spans, offset, previous = [], [], 0, 0
    for start, end, blocks in cuts:
        out.append(text[previous:start])
        offset += start - previous
        previous = end
        for number, block in enumerate(blocks or ()):
            if number == 0 and start == len(text) and text and not text.endswith("\n") and block[:1] not in "\r\n":
                out.append(newline)  # the old last line had no newline: give it one, then add
                spans.append((offset, offset + len(newline)))
                offset += len(newline)
            out.append(block)
            spans.append((offset, offset + len(block)))
            offset += len(block)
    out.append(text[previous:])
    return "".join(out), spans


def without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the ``spans`` that :func:`insert` reported taken out (for checks)."""
    parts, start = [], 0
    for begin, end in spans:
        parts.append(text[start:begin])
        start = end
    parts.append(text[start:])
    return "".join(parts)


def evidence_insertion(
    text: str | FolderText, record_id: str, evidence: Evidence, section: str = "moves"
) -> tuple[int, str]:
    """Where and what to insert to add ``evidence`` at the end of the ``evidence:`` list of
    record ``record_id`` of ``section`` (a move, a stay or a position), in the indentation that
    list already has (a pure insertion).

    Raises :class:`LayoutError` when the record or its list can't be found in the plain layout."""
    return EvidenceSites(text).insertion(section, record_id, [evidence])


class EvidenceSites:
    """The moves, stays and positions of one file's text by id, found once: where new evidence
    goes in any of them. An import that cites a thousand recorded positions again reads the
    file's layout once, not a thousand times. Given a folder record's
    :class:`~dashboard.edit.folder.FolderText`, each file's records are found the same way, and an
    offset is one of the folder's virtual text (in the file that holds the record)."""

    def __init__(self, text: str | FolderText) -> None:
        self.text = text
        self._sections: dict[str, layout.Section] | None = None
        self._spans: dict[str, dict[str, tuple[int, int]]] = {}
        self._files = (
            None if isinstance(text, str) else {name: EvidenceSites(part) for name, part in text.texts.items()}
        )

    def insertion(self, section: str, record_id: str, evidence: Sequence[Evidence]) -> tuple[int, str]:
        """(offset, text) that adds ``evidence`` at the end of record ``record_id``'s ``evidence:``
        list; :class:`LayoutError` says why when the list can't be found in the plain layout."""
        if self._files is not None:
            for name, sites in self._files.items():
                if record_id in sites._spans_of(section, quiet=True):
                    offset, block = sites.insertion(section, record_id, evidence)
                    return self.text.start(name) + offset, block
            raise LayoutError(f"{_KIND[section]} {record_id} is not written as '- id: {record_id}' in a file of the "
                              "folder's plain layout: add the evidence by hand")  # fmt: skip
        spans = self._spans_of(section)
        item_indent = self._sections[section].separator[1:-2]  # "\n  - " -> "  "
        kind = f"{_KIND[section]} {record_id}"
        if record_id not in spans:
            raise LayoutError(f"{kind} is not written as '{item_indent}- id: {record_id}': add the evidence by hand")
        return _at_end_of_evidence(self.text, spans[record_id], item_indent, kind, evidence)

    def _spans_of(self, section: str, *, quiet: bool = False) -> dict[str, tuple[int, int]]:
        """Where each record of ``section`` is, by id (``quiet``: none when the file's layout has no
        such list, else :class:`LayoutError`)."""
        if self._sections is None:
            self._sections = {found.name: found for found in layout.split(self.text) or []}
        found = self._sections.get(section)
        if found is None or not found.is_list:
            if quiet:
                return {}
            raise LayoutError(f"the record file is not in the plain layout, or has no {section}: add the evidence "
                              "by hand")  # fmt: skip
        spans = self._spans.get(section)
        if spans is None:
            spans = self._spans[section] = {}
            for part, span in zip(found.parts, found.spans(self.text), strict=True):
                written = _WRITTEN_ID.match(part)
                if written:
                    spans.setdefault(written.group(1), span)
        return spans


_KIND = {"moves": "move", "stays": "stay", "positions": "position"}
_WRITTEN_ID = re.compile(r"id: [\"']?([a-z0-9][a-z0-9_.-]*)[\"']?[ \t]*\r?\n")
"""The first line of a list item written as the writer and editors write it: ``id: ada-meta``."""


def _at_end_of_evidence(
    text: str, span: tuple[int, int], item_indent: str, record: str, evidence: Sequence[Evidence]
) -> tuple[int, str]:
    """(offset, text) that adds ``evidence`` at the end of the ``evidence:`` list of the record at
    ``span`` (named ``record`` in messages: "move ada-meta"), in that list's indentation."""
    start, end = span
    lines = text[start:end].splitlines(keepends=True)
    key = re.compile(rf"{item_indent}  evidence:[ \t]*\r?\n")
    header = next((number for number, line in enumerate(lines) if key.fullmatch(line)), None)
    if header is None:
        raise LayoutError(f"{record} has no block 'evidence:' list: add the evidence by hand")
    item = re.match(r"( +)- ", lines[header + 1]) if header + 1 < len(lines) else None
    if item is None:
        raise LayoutError(f"{record}'s evidence is not a block list: add the evidence by hand")
    indent = item.group(1)
    last = header
    for number in range(header + 1, len(lines)):
        line = lines[number]
        if line.strip() and not line.startswith(indent + " ") and not line.startswith(indent + "- "):
            break
        if line.strip():
            last = number
    offset = start + sum(len(line) for line in lines[: last + 1])
    newline = "\r\n" if lines[last].endswith("\r\n") else "\n"
    added = evidence_yaml([item.fields() for item in evidence], indent=indent[:-2])[1:]
    block = newline.join(added) + newline
    if not lines[last].endswith("\n"):
        block = newline + block
    return offset, block
