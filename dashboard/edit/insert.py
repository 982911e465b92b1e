"""New records put into the record's text as a pure insertion: every old byte stays, in order.

The record file is the editors' own text, so a change is *inserted*, never re-dumped: a new
record's lines go at the end of its section (:func:`insert`), a new piece of evidence at the end
of its move's ``evidence:`` list (:func:`evidence_insertion`). Where the sections and records
are is read by :mod:`dashboard.record.layout`; the new lines are written by
:mod:`dashboard.edit.writer`. :func:`insert` also says where the additions are, so a test can take
them out again (:func:`without`) and get the old file back.
"""

from __future__ import annotations

import re

from dashboard.edit.drafts import Evidence
from dashboard.edit.writer import evidence_yaml
from dashboard.record import layout


class LayoutError(ValueError):
    """The record file is not in the layout new records can be inserted into."""


def insert(text: str, added: dict[str, str]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each block added at the end of its section (a missing section is appended
    with its header). Returns the new text and the (start, end) offsets of every addition.

    Raises :class:`LayoutError` if the file is not in the record's plain layout (see
    :mod:`dashboard.record.layout`): there, the end of a section can't be told for sure.
    """
    newline = "\r\n" if "\r\n" in text else "\n"
    sections = layout.split(text)
    if sections is None and layout.has_content(text):
        raise LayoutError(
            "the record file is not in the plain layout new records are added to (one 'section:' line in "
            "column 0 per section, its records indented below it): add the move by hand"
        )
    at = {section.name: section.append_at(text) for section in sections or []}
    inserts: dict[int, list[str]] = {}
    for name in layout.SECTIONS:
        if name in added:
            block = added[name].replace("\n", newline)
            where = at.get(name, len(text))
            inserts.setdefault(where, []).append(block if name in at else f"{name}:{newline}{block}")
    out, spans, offset, previous = [], [], 0, 0
    for where in sorted(inserts):
        out.append(text[previous:where])
        offset += where - previous
        previous = where
        for number, block in enumerate(inserts[where]):
            if number == 0 and where == len(text) and text and not text.endswith("\n"):
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


def evidence_insertion(text: str, move_id: str, evidence: Evidence) -> tuple[int, str]:
    """Where and what to insert to add ``evidence`` at the end of move ``move_id``'s ``evidence:``
    list, in the indentation that list already has (a pure insertion).

    Raises :class:`LayoutError` when the move or its list can't be found in the plain layout."""
    moves = next((section for section in layout.split(text) or [] if section.name == "moves"), None)
    if moves is None:
        raise LayoutError("the record file is not in the plain layout, or has no moves: add the evidence by hand")
    item_indent = moves.separator[1:-2]  # "\n  - " -> "  "
    written_id = re.compile(rf"id: [\"']?{re.escape(move_id)}[\"']?[ \t]*\r?\n")
    found = next((span for part, span in zip(moves.parts, moves.spans(text), strict=True)
                  if written_id.match(part)), None)  # fmt: skip
    if found is None:
        raise LayoutError(f"move {move_id} is not written as '  - id: {move_id}': add the evidence by hand")
    start, end = found
    lines = text[start:end].splitlines(keepends=True)
    key = re.compile(rf"{item_indent}  evidence:[ \t]*\r?\n")
    header = next((number for number, line in enumerate(lines) if key.fullmatch(line)), None)
    if header is None:
        raise LayoutError(f"move {move_id} has no block 'evidence:' list: add the evidence by hand")
    item = re.match(r"( +)- ", lines[header + 1]) if header + 1 < len(lines) else None
    if item is None:
        raise LayoutError(f"move {move_id}'s evidence is not a block list: add the evidence by hand")
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
    added = evidence_yaml([evidence.fields()], indent=indent[:-2])[1:]
    block = newline.join(added) + newline
    if not lines[last].endswith("\n"):
        block = newline + block
    return offset, block
