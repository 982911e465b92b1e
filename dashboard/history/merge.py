"""Git's merge of two versions of a record file, record by record: ``merge-driver BASE OURS THEIRS``.

Git runs a merge driver with three files (``%O %A %B``): the common ancestor, ours and theirs;
the result goes into *ours*, and the exit code says whether it is clean (0) or conflicted (1).
Two curators who each add a move at the end of ``moves:`` conflict in a line merge; here:

* each section (in the plain layout, :mod:`dashboard.record.layout`) is merged by record id: a
  list item by its ``id``, an entry of ``sources``, ``organizations``, ``people`` and ``cohorts``
  by its key;
* records new on either side are kept: ours in their order, then theirs in theirs;
* a record changed on one side only takes that side; changed the same way on both, it is there
  once; removed on one side and unchanged on the other, it is removed;
* changed differently on both sides (or changed on one, removed on the other), it is a conflict:
  git's markers around that record only (``<<<<<<< ours`` … ``=======`` … ``>>>>>>> theirs``);
* a record is compared by its text (its lines, without the blank lines after it), and the text
  of every record is written exactly as the side it is taken from has it: a record no side
  touched keeps every byte. The text outside the records (the comments before the first section,
  each section's header and the comments under it) is merged the same way, as one piece each.

The result must validate as well as both sides did: it may have no error that neither side has
(a document a side adds to ``seeds/`` may not be in the work tree yet when git runs the driver,
so a missing document both the result and that side cite is not the merge's fault). If it would
have one, nothing is written: *ours* stays as it was, the reasons go to standard error, and the
exit code is 1, so git marks the file as conflicted (``git checkout --theirs``/``--ours`` and the
three versions in the index are there to resolve it). A file that is not in the plain layout is
merged line by line by git itself (``git merge-file``), with the same check.

The result is written atomically (a crash leaves ours whole), without the record's lock: the
file git hands the driver is its own temporary copy.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.edit import atomic
from dashboard.history.git import GIT
from dashboard.history.git import env as git_env
from dashboard.history.versions import read_record
from dashboard.record.layout import SECTIONS, split
from dashboard.record.load import load_text
from dashboard.record.problems import Problem

MARKER_SIZE = 7
"""Length of git's conflict markers (``<<<<<<<``); git passes its own with ``%L``."""


@dataclass(slots=True)
class Record:
    """A record's text (:func:`~dashboard.history.versions.core`) and the blank lines after it."""

    key: str
    text: str
    gap: str


@dataclass(slots=True)
class Part:
    """A section: its head (header line and the comments under it) and its records by key."""

    head: str
    records: dict[str, Record] = field(default_factory=dict)

    @property
    def tail(self) -> str:
        """The blank lines after the last record (before the next section)."""
        return next(reversed(self.records.values())).gap if self.records else ""

    @property
    def inner(self) -> str:
        """The blank lines between two records (what follows the first of several)."""
        return next(iter(self.records.values())).gap if len(self.records) > 1 else ""


@dataclass(slots=True)
class Layout:
    """A record file as pieces to merge: what comes before the first section, and the sections."""

    preamble: str
    parts: dict[str, Part]


@dataclass
class Merged:
    """The merged text, and the records in conflict (section, id)."""

    text: str
    conflicts: list[tuple[str, str]]


def layout(text: str) -> Layout | None:
    """``text`` in pieces, or ``None`` when it is not the plain layout (or a record's text does
    not read as one record with an id)."""
    if not text.strip():
        return Layout(text, {})
    sections = split(text)
    if sections is None:
        return None
    parts: dict[str, Part] = {}
    position, preamble = 0, None
    for section in sections:
        spans = section.spans(text)
        if preamble is None:
            found = re.search(rf"(?m)^{section.name}:", text)
            header = found.start() if found else 0
            preamble, position = text[:header], header
        end = spans[0][0] if spans else min(section.end + 1, len(text))
        part = Part(text[position:end])
        for start, stop in spans:
            record_text, gap = _separate(text[start:stop])
            key = read_record(section.is_list, record_text)
            if key is None or key in part.records:
                return None
            part.records[key] = Record(key, record_text, gap)
        position = spans[-1][1] if spans else end
        parts[section.name] = part
    return Layout(preamble or "", parts)


def _separate(chunk: str) -> tuple[str, str]:
    """A record's chunk as (its lines, ending with a line break; the blank lines after them)."""
    lines = chunk.splitlines(keepends=True)
    blank = len(lines)
    while blank and not lines[blank - 1].strip():
        blank -= 1
    text, gap = "".join(lines[:blank]), "".join(lines[blank:])
    return (text if text.endswith("\n") else text + "\n"), gap


def _three_way(base: str | None, ours: str | None, theirs: str | None) -> tuple[str | None, bool]:
    """The merge of one piece of text (``None``: not there): (result, whether in conflict)."""
    if ours == theirs or theirs == base:
        return ours, False
    if ours == base:
        return theirs, False
    return None, True


class _Writer:
    def __init__(self, size: int) -> None:
        self.size = size
        self.out: list[str] = []
        self.conflicts: list[tuple[str, str]] = []

    def conflict(self, ours: str | None, theirs: str | None, what: tuple[str, str]) -> None:
        self.conflicts.append(what)
        self.out += ["<" * self.size + " ours\n", ours or "", "=" * self.size + "\n", theirs or "",
                     ">" * self.size + " theirs\n"]  # fmt: skip


def merge(base: str, ours: str, theirs: str, *, marker_size: int = MARKER_SIZE) -> Merged | None:
    """The record-by-record merge (see the module), or ``None`` when a file is not in the plain
    layout."""
    pieces = [layout(text.removeprefix("\ufeff")) for text in (base, ours, theirs)]
    if any(piece is None for piece in pieces):
        return None
    old, mine, other = pieces
    writer = _Writer(marker_size)
    preamble, clash = _three_way(old.preamble, mine.preamble, other.preamble)
    if clash:
        writer.conflict(mine.preamble, other.preamble, ("", "(the comments before the first section)"))
    else:
        writer.out.append(preamble or "")
    for name in _section_order(mine, other):
        _merge_section(name, old.parts.get(name), mine.parts.get(name), other.parts.get(name), writer)
    return Merged("".join(writer.out), writer.conflicts)


def _section_order(mine: Layout, other: Layout) -> list[str]:
    """Ours' sections in ours' order; a section only theirs has goes after the last of ours that
    comes before it in the record's order."""
    order = list(mine.parts)
    for name in other.parts:
        if name not in order:
            rank = SECTIONS.index(name)
            before = [index for index, each in enumerate(order) if SECTIONS.index(each) < rank]
            order.insert(before[-1] + 1 if before else 0, name)
    return order


def _merge_section(name: str, base: Part | None, ours: Part | None, theirs: Part | None, writer: _Writer) -> None:
    old = base.records if base else {}
    mine = ours.records if ours else {}
    other = theirs.records if theirs else {}
    kept: list[tuple[Record | None, Record | None, Part]] = []  # (taken, or ours and theirs in conflict)
    for key, record in mine.items():
        before, their = old.get(key), other.get(key)
        if before is None:
            same = their is None or their.text == record.text
            kept.append((record, None, ours) if same else (record, their, ours))
        elif their is None:
            if record.text != before.text:
                kept.append((record, Record(key, "", ""), ours))  # changed here, removed there
        elif record.text == before.text:
            kept.append((their, None, theirs))
        elif their.text in (before.text, record.text):
            kept.append((record, None, ours))
        else:
            kept.append((record, their, ours))
    for key, their in other.items():
        if key in mine:
            continue
        before = old.get(key)
        if before is None:
            kept.append((their, None, theirs))
        elif their.text != before.text:
            kept.append((Record(key, "", ""), their, theirs))  # removed here, changed there
    heads = [part.head if part else None for part in (base, ours, theirs)]
    head, clash = _three_way(*heads)
    if clash:
        writer.conflict(heads[1], heads[2], (name, "(the section's header)"))
    elif head is None and not kept:
        return  # the section was taken away, and nothing is left in it
    else:
        writer.out.append(head if head is not None else f"{name}:\n")
    side = ours or theirs
    tail = side.tail if side is not None else ""
    for index, (record, their, part) in enumerate(kept):
        last = index == len(kept) - 1
        if their is None and record is not None:
            gap = tail if last else (part.inner if record is next(reversed(part.records.values())) else record.gap)
            writer.out += [record.text, gap]
        elif their is not None and record is not None:
            writer.conflict(record.text, their.text, (name, record.key))
            writer.out.append(tail if last else (ours.inner if ours else ""))


def _errors(text: str, root: Path, today: dt.date) -> list[Problem]:
    return load_text(text, name="merged", root=root, today=today).errors


def new_errors(result: str, sides: list[str], root: Path, today: dt.date) -> list[Problem]:
    """The errors of ``result`` that none of ``sides`` has (compared by code and message)."""
    known = {(problem.code, problem.message) for side in sides for problem in _errors(side, root, today)}
    return [problem for problem in _errors(result, root, today) if (problem.code, problem.message) not in known]


def merge_lines(base: Path, ours: Path, theirs: Path, marker_size: int) -> tuple[str, bool]:
    """Git's own line merge of the three files: (the text, whether it has a conflict)."""
    done = subprocess.run(  # noqa: S603 - an argument list, no shell
        [GIT, "merge-file", "-p", f"--marker-size={marker_size}", "-L", "ours", "-L", "base", "-L", "theirs",
         "--", str(ours), str(base), str(theirs)],
        capture_output=True, check=False, env=git_env(),
    )  # fmt: skip
    if done.returncode < 0 or done.returncode > 127:
        raise OSError(done.stderr.decode("utf-8", "replace").strip() or "git merge-file failed")
    return done.stdout.decode("utf-8"), done.returncode != 0


def write(path: Path, text: str) -> None:
    """Replace git's copy of ours with the merged text, atomically."""
    atomic.replace(path, text.encode("utf-8"))
