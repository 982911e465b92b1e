"""Adding one move to the record as text: the YAML it adds, where it goes, and a safe save.

The record file is the editors' own text, so a new move is *inserted*, never re-dumped: every
byte of the old file stays, in order, and only the new record's lines (and those of a new
person or organisation) are added at the end of their sections. :func:`insert` returns the new
text and where the additions are, so a test can take them out again and get the old file back.

:func:`save` writes only a file that passes the same validator as everything else, only if the
file on disk is still the one the editor started from (optimistic concurrency), only once per
move id (a second click finds the move already there), and atomically: a temporary file in the
same folder, flushed and fsynced, then ``os.replace``; a failure at any step leaves the original.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from .atomic import write_atomic
from .documents import normalize
from .load import LoadResult, load_text, project_root

SECTIONS = ("sources", "organizations", "people", "cohorts", "moves", "stays")


def slug(name: str) -> str:
    """An id from a name: 'Timothée Lacroix' -> 'timothee-lacroix'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-") or "x"


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax, which YAML reads the same way)."""
    return json.dumps(text, ensure_ascii=False)


@dataclass(frozen=True)
class Evidence:
    source: str
    quote: str
    translation: str | None = None


@dataclass(frozen=True)
class Draft:
    """What the editor filled in. ``person`` is an existing id, or ``new_person`` a new name;
    ``origin`` and ``destination`` are organisation ids, ``unknown``, or keys of ``new_orgs``
    (id -> name of an organisation to add)."""

    origin: str
    destination: str
    date: str
    evidence: tuple[Evidence, ...]
    person: str | None = None
    new_person: str | None = None
    new_orgs: dict[str, str] = field(default_factory=dict)
    date_kind: str = "effective"
    role: str | None = None

    @property
    def person_id(self) -> str:
        return self.person or slug(self.new_person or "")

    @property
    def move_id(self) -> str:
        return slug(f"{self.person_id} {self.origin} to {self.destination} {self.date}")


def blocks(draft: Draft) -> dict[str, str]:
    """The YAML text to add, per section (each block ends with a newline)."""
    added: dict[str, str] = {}
    if draft.new_orgs:
        added["organizations"] = "".join(
            f"  {org_id}:\n    name: {_q(name)}\n    kind: other\n" for org_id, name in draft.new_orgs.items()
        )
    if draft.person is None and draft.new_person:
        added["people"] = f"  {draft.person_id}:\n    name: {_q(draft.new_person)}\n"
    lines = [
        f"  - id: {draft.move_id}",
        f"    person: {draft.person_id}",
        f"    from: {draft.origin}",
        f"    to: {draft.destination}",
        f"    date: {_q(draft.date)}",
        f"    date_kind: {draft.date_kind}",
    ]
    if draft.role:
        lines.append(f"    role: {_q(draft.role)}")
    lines.append("    evidence:")
    for item in draft.evidence:
        lines += [f"      - source: {item.source}", f"        quote: {_q(item.quote)}"]
        if item.translation:
            lines.append(f"        translation: {_q(item.translation)}")
    added["moves"] = "\n".join(lines) + "\n"
    return added


_TOP = re.compile(r"^([A-Za-z_][\w-]*)\s*:")


def _section_ends(lines: list[str]) -> dict[str, int]:
    """For each top-level section, the index of the line after its last indented line."""
    ends: dict[str, int] = {}
    current = None
    for index, line in enumerate(lines):
        stripped = line.rstrip("\r\n")
        if stripped and not stripped[0].isspace() and not stripped.startswith("#"):
            match = _TOP.match(stripped)
            current = match.group(1) if match else None
            if current is not None:
                ends[current] = index + 1
        elif current is not None and stripped.strip() and stripped[0].isspace():
            ends[current] = index + 1
    return ends


def insert(text: str, added: dict[str, str]) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with each block added at the end of its section (a missing section is appended
    with its header). Returns the new text and the (start, end) offsets of every addition."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines.append("")  # marks where a final newline goes if something is appended after
    ends = _section_ends(lines)
    inserts: dict[int, list[str]] = {}
    for section in SECTIONS:
        if section not in added:
            continue
        block = added[section].replace("\n", newline)
        if section in ends:
            inserts.setdefault(ends[section], []).append(block)
        else:
            inserts.setdefault(len(lines), []).append(f"{section}:{newline}{block}")
    out, spans, offset = [], [], 0
    for index in range(len(lines) + 1):
        for block in inserts.get(index, []):
            if out and not out[-1].endswith("\n"):
                out.append(newline)  # the old last line had no newline: give it one, then add
                spans.append((offset, offset + len(newline)))
                offset += len(newline)
            out.append(block)
            spans.append((offset, offset + len(block)))
            offset += len(block)
        if index < len(lines):
            out.append(lines[index])
            offset += len(lines[index])
    return "".join(out), spans


def without(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the ``spans`` that :func:`insert` reported taken out (for checks)."""
    parts, start = [], 0
    for begin, end in spans:
        parts.append(text[start:begin])
        start = end
    parts.append(text[start:])
    return "".join(parts)


@dataclass(frozen=True)
class QuoteCheck:
    found: bool
    closest: str | None  # the passage of the document that best matches, when not found


def check_quote(document_text: str, quote: str) -> QuoteCheck:
    """Whether ``quote`` occurs in the document (compared as the validator compares), and if
    not, the run of as many words of the document that matches it best."""
    if not normalize(quote):
        return QuoteCheck(False, None)
    if normalize(quote) in normalize(document_text):
        return QuoteCheck(True, None)
    words, wanted = document_text.split(), " ".join(quote.split())
    width = len(wanted.split(" "))
    best, best_ratio = None, 0.0
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(wanted)
    for start in range(max(1, len(words) - width + 1)):
        window = " ".join(words[start : start + width])
        matcher.set_seq1(window)
        if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio:
            best, best_ratio = window, ratio
    return QuoteCheck(False, best)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Conflict(Exception):
    """The file changed on disk since the editor loaded it."""


@dataclass(frozen=True)
class Saved:
    written: bool  # False: the move was already there (a second click), nothing written
    result: LoadResult  # the validation of the new text (errors: nothing written)


def save(path: Path, draft: Draft, expected: str, *, today: dt.date | None = None) -> Saved:
    """Add ``draft`` to the record at ``path`` if the file's digest is still ``expected``.

    Raises :class:`Conflict` if the file changed. Returns without writing if the move id is
    already in the file or if the new text does not validate (the result holds the errors).
    """
    path = Path(path)
    old = path.read_bytes()
    if digest(old) != expected:
        raise Conflict(f"{path.name} changed on disk since it was loaded")
    text = old.decode("utf-8")
    current = load_text(text, name=path.name, root=project_root(path), today=today)
    if current.ok and draft.move_id in {move.id for move in current.dataset.document.moves}:
        return Saved(False, current)
    new_text, _ = insert(text, blocks(draft))
    result = load_text(new_text, name=path.name, root=project_root(path), today=today)
    if not result.ok:
        return Saved(False, result)
    write_atomic(path, new_text.encode("utf-8"))
    return Saved(True, result)
