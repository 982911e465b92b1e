"""The record file's layout: its sections and the text of each record in them, with offsets.

The one reader of the file's top-level shape, shared by re-validation (which re-reads only the
records whose text changed, :mod:`dashboard.record.incremental`), by edits (which insert new
records at the end of their sections and evidence at the end of a record's,
:mod:`dashboard.edit.insert`) and by the synthetic
record (:mod:`dashboard.synth`, which writes the same layout with :func:`compose`).

The layout is the one ``data/events.yaml`` and every editor's file uses: a line ``name:`` in
column 0 opens each of the seven sections, and the records are indented below it (``  - `` items
in ``moves``, ``stays`` and ``positions``, ``  key:`` entries in the others). Comments and blank lines belong to
the record before them. An empty section may be written ``moves:`` with nothing after it, or
``moves: []`` (``sources: {}`` for a section of id -> record): the brackets are the one thing an
insertion takes away (:attr:`Section.empty`). Anything else in column 0 (a document marker, a
flow-style section with records in it, an unknown section, the same section twice) is not this
layout: :func:`split` returns ``None`` and the callers fall back (a full load) or refuse (an edit).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

SECTIONS = ("sources", "organizations", "people", "cohorts", "moves", "stays", "positions")
"""The sections of a record, in the order the file keeps them."""
LIST_SECTIONS = frozenset({"moves", "stays", "positions"})
"""Sections that are lists of records with an ``id``; the others map ids to records."""

_TOP_LEVEL = re.compile(r"\n(?=[^ \r\n#])")  # a line starting in column 0 ("\r": Windows line ends)
_EMPTY = {True: re.compile(r"[ \t]*\[[ \t]*\]"), False: re.compile(r"[ \t]*\{[ \t]*\}")}
"""An empty section written in flow style after its header's colon: ``[]`` for a list section,
``{}`` for one of id -> record (spaces inside allowed), then only spaces or a comment."""
_REST = re.compile(r"(?:[ \t]+#.*|[ \t]*)\r?")  # nothing, or a comment, after the header


@dataclass(slots=True)
class Section:
    """One section of the file: where it is, and the text of each record in it."""

    name: str
    start: int  # offset of the newline that ends the header line
    end: int  # offset where the section's text ends (the next header's line, or the end of the file)
    separator: str  # the text between records: "\n  - " in a list, "\n" in a mapping
    parts: list[str]  # the records' texts (a list item without its "  - ")
    is_list: bool
    empty: tuple[int, int] | None = None
    """Where the header writes the section as empty in flow style (`` []`` of ``moves: []``):
    taken out when a record is added below the header, as YAML allows nothing else there."""

    def yaml(self, index: int) -> str:
        """The YAML of record ``index`` on its own (a one-item list, or a one-key mapping)."""
        return self.separator[1:] + self.parts[index] if self.is_list else self.parts[index]

    def offsets(self) -> list[int]:
        """Where each record's YAML starts in the file."""
        offsets, position = [], self.start + 1
        for part in self.parts:
            offsets.append(position)
            position += len(part) + len(self.separator)
        return offsets

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where each record is in ``text`` (the file this section was split from): from the start
        of its first line to the end of its last, with the comments and blank lines after it and
        the newline that ends them (none at the end of a file without a final newline)."""
        starts = self.offsets()
        ends = [*starts[1:], min(self.end + 1, len(text))] if starts else []
        return list(zip(starts, ends, strict=True))

    def append_at(self, text: str) -> int:
        """Where a new record goes: after the section's last indented line (so a comment in
        column 0 that introduces the next section stays with that section)."""
        body = text[self.start : self.end]
        last = None
        for match in re.finditer(r"\n[ \t]+\S[^\n]*", body):
            last = match
        if last is None:
            return self.start + 1 if self.start < len(text) else len(text)
        after = self.start + last.end()
        return after + 1 if after < len(text) else after  # past the line's newline, if it has one


def split(text: str) -> list[Section] | None:
    """The records of each section as texts, in file order; ``None`` unless the plain layout.

    A section starts at a line ``name:`` in column 0 (one of the seven); its records start at
    lines indented like its first record (``  - `` in a list, ``  key:`` in a mapping).
    Comments and blank lines belong to the record before them. Anything else in column 0 ends
    up inside a record's text and makes that record fail to read on its own, so the caller
    falls back to a full load.
    """
    # Every line that starts in column 0 (other than a comment) must be a section header: that
    # rules out document markers, top-level lists and unknown sections in one pass.
    headers = []
    starts = [0] if text[:1] not in ("", " ", "#", "\n", "\r") else []
    starts += [match.start() + 1 for match in _TOP_LEVEL.finditer(text)]
    for header in starts:
        line_end = text.find("\n", header)
        line_end = len(text) if line_end == -1 else line_end
        name, colon, _ = text[header:line_end].partition(":")
        if not colon or name not in SECTIONS:
            return None  # not a section header
        after = header + len(name) + 1
        flow = _EMPTY[name in LIST_SECTIONS].match(text, after, line_end)
        empty = (after, flow.end()) if flow else None
        if not _REST.fullmatch(text, flow.end() if flow else after, line_end):
            return None  # an inline value other than the empty one ("moves: [a]", "sources: {}" of a list)
        headers.append((header, name, line_end, empty))
    if len({name for _, name, _, _ in headers}) != len(headers):
        return None  # the same section twice
    if not headers or has_content(text[: headers[0][0]]):
        return None
    sections = []
    for number, (_, name, line_end, empty) in enumerate(headers):
        end = headers[number + 1][0] - 1 if number + 1 < len(headers) else len(text)
        section = _split_section(text, name, line_end, max(end, line_end))
        if section is None or (empty is not None and section.parts):
            return None
        section.empty = empty
        sections.append(section)
    return sections


def has_content(text: str) -> bool:
    """Whether ``text`` holds anything but blank lines and comments."""
    return re.search(r"^[ ]*[^ \r\n#]", text, re.M) is not None


def _split_section(text: str, name: str, start: int, end: int) -> Section | None:
    body = text[start:end]  # starts with the newline that ends the header
    first = re.search(r"\n( *)([^ \r\n#])", body)
    if first is None:
        return Section(name, start, end, "\n", [], name in LIST_SECTIONS) if not has_content(body) else None
    indent = first.group(1)
    is_list = body.startswith("- ", first.start(2))
    if not indent or is_list != (name in LIST_SECTIONS):
        return None
    if is_list:
        separator = "\n" + indent + "- "
        lead, *parts = body.split(separator)
    else:
        separator = "\n"
        lead, *parts = re.split(rf"\n(?={indent}[^ \r\n#\-])", body)
    if has_content(lead):
        return None  # only comments may come before a section's first record
    return Section(name, start + len(lead), end, separator, parts, is_list)


def compose(preamble: Sequence[str], sections: Mapping[str, Sequence[str]]) -> str:
    """A whole record file in this layout: the ``preamble`` lines (comments), then each section
    in :data:`SECTIONS` order with its records' YAML blocks (each ending with a newline)."""
    out = ["\n".join(preamble) + "\n"] if preamble else []
    for name in SECTIONS:
        if name in sections:
            out.append(("\n" if out else "") + f"{name}:\n" + "".join(sections[name]))
    return "".join(out)
