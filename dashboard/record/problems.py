"""Problems found in a record file: values until the edge, where the CLI or the UI shows them.

Every problem has a stable code (``unknown-organisation``, ``quote-not-found``), defined once in
:data:`CODES` with its severity and what it means: tools and tests match codes, people read
messages. ``validate --format json`` prints each problem with its code.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Code:
    """What a problem code means: its severity, one line on what it reports, and for a warning
    the words the pages group it under (``kind``)."""

    severity: Severity
    description: str
    kind: str = ""


def _error(description: str) -> Code:
    return Code("error", description)


def _warning(kind: str, description: str) -> Code:
    return Code("warning", description, kind)


CODES: dict[str, Code] = {
    # The file
    "file-not-found": _error("The path names no file (only validate --format json reports it as a problem)."),
    "file-unreadable": _error("The file can't be read: no permission, a folder, a disk error."),
    "file-too-large": _error("The file is larger than the size limit; it is refused before it is read."),
    "not-utf8": _error("The file's bytes are not UTF-8 text (at the first byte that is not)."),
    "empty-file": _error("The file holds no data: it is empty or only comments."),
    "expected-sections": _error("The file is not a mapping of sections (a list, or plain text)."),
    "unknown-section": _error("A top-level key is not one of the seven sections."),
    "expected-records": _error(
        "A section is not a mapping of id to record (or, for moves, stays and positions, a list)."
    ),
    # The YAML
    "yaml-syntax": _error(
        "The text is not well-formed YAML: a tab in the indentation, an unclosed quote or bracket..."
    ),
    "duplicate-key": _error("A mapping holds the same key twice (the message names the first)."),
    "yaml-anchor": _error("An anchor (&name): values are written out, never shared."),
    "yaml-alias": _error("An alias (*name): values are written out, never shared."),
    "yaml-tag": _error("A tag (!!python/object, !name): values are plain text."),
    "complex-key": _error("A mapping key that is a list or a mapping."),
    "too-deep": _error("Nesting deeper than the limit (the record needs six levels)."),
    "second-document": _error("A second YAML document ('---') in the file."),
    "refused-character": _error(
        "A character no source prints (a control, a bidirectional override, a line separator)."
    ),
    "refused-escape": _error("A double-quoted escape that stands for a refused character, or for no character."),
    # One record's shape
    "missing-field": _error("A required field is missing."),
    "unknown-field": _error("A field the record does not have (often a misspelling: the message suggests one)."),
    "invalid-choice": _error("A value that is not one of the field's choices (date_kind, kind, supports...)."),
    "expected-mapping": _error("A record or part of one is not a mapping of fields."),
    "expected-list": _error("A field that holds a list holds something else."),
    "expected-text": _error("A field that holds text holds a list or a mapping."),
    "empty-text": _error("A text field is empty."),
    "empty-list": _error("A list that needs at least one item is empty (evidence)."),
    "invalid-id": _error("An id that is not lowercase letters, digits, '-', '_' and '.'."),
    "invalid-date": _error("A date that is not YYYY, YYYY-MM, YYYY-MM-DD, an interval or 'unknown'."),
    "invalid-count": _error("A count that is not a whole number from 1 (headcount, value)."),
    "invalid-size": _error("A cohort size that is not a whole number from 1 or 'unknown'."),
    "invalid-flag": _error("A flag that is not true or false."),
    "invalid-language": _error("A language that is not an ISO 639 code (de, it, en)."),
    "invalid-value": _error("Any other value a field refuses (a Wikidata id that is not Q...)."),
    # References between records
    "unknown-person": _error("A person id that names no person."),
    "unknown-organisation": _error("An organisation id that names no organisation."),
    "unknown-source": _error("A source id that names no source."),
    "unknown-cohort": _error("A cohort id that names no cohort."),
    "reports-on-loop": _error("Sources whose 'reports_on' go round in a circle."),
    "own-parent": _error("An organisation that is its own parent."),
    "parent-loop": _error("A chain of parents that comes back to the organisation."),
    "reserved-id": _error("'unknown' used as an organisation id (it means an end the source leaves open)."),
    "duplicate-organisation-name": _error("Two organisations with the same name (ignoring case)."),
    "duplicate-id": _error(
        "Two moves, stays or positions with the same id; or, in a record of many files, one id in two files."
    ),
    "duplicate-move": _error("Two moves of the same person between the same organisations on the same date."),
    "duplicate-position": _error("Two positions of the same person, organisation, role and dates."),
    # Sources and their documents
    "unidentified-source": _error("A source with no path or url, and no title or publisher either."),
    "missing-language": _error("A stored source without its 'language'."),
    "invalid-url": _error("A URL that is not an http(s) address with a host, or holds spaces or controls."),
    "unsafe-source-path": _error(
        "A source path that is absolute, holds '..', is not under seeds/, or leads out of it."
    ),
    "document-not-found": _error("A source path that names no file."),
    "document-not-regular": _error("A stored document that is not a regular file (a FIFO, a device, a folder)."),
    "document-too-large": _error("A stored document larger than the size limit."),
    "document-unreadable": _error("A stored document that can't be read."),
    "document-not-utf8": _error("A stored document that is not UTF-8 text."),
    # Evidence
    "quote-not-found": _error("A quote that is not in its source document (whitespace aside)."),
    "unquotable-source": _error("A quote citing a source known only by name, with no document to check it in."),
    "wrong-supports": _error("'supports' names a field this kind of record does not have."),
    # Moves, stays, positions, cohorts
    "person-or-group": _error("A move with both or neither of 'person' and 'group'."),
    "missing-headcount": _error("A group move without its 'headcount'."),
    "headcount-on-person": _error("A 'headcount' on a move of one person."),
    "same-origin-and-destination": _error("A move whose origin and destination are the same."),
    "date-in-future": _error(
        "A date after today (only a scheduled end may be one); today can be set: --today, TALENT_FLOWS_TODAY."
    ),
    "before-needs-one-date": _error("date_kind 'before' with an interval or an unknown date."),
    "ends-before-start": _error("A position that ends before it starts."),
    "scheduled-end-not-placed": _error(
        "'end_scheduled' on an end that is not a date or a span (unknown, or open: '2027/..', '../2027')."
    ),
    "cohort-over-size": _error("More people list a cohort than its size."),
    "claim-value": _error("A claim's comparator and value disagree ('some' with a number, or a number missing)."),
    "claim-exceeds-cohort": _error("A claim's number is more than the whole cohort (over 100 percent, or its size)."),
    # Warnings: worth a look, never wrong on their own
    "estimated-date": _warning("estimated date", "A date inferred rather than printed (a *_estimated flag)."),
    "more-precise-than-sources": _warning(
        "estimated more precisely than its sources", "An estimated date more exact than its sources' dates allow."
    ),
    "dated-after-sources": _warning("dated after its sources", "A record dated after every source that states it."),
    "scheduled-end-passed": _warning(
        "scheduled end passed", "A scheduled end that has passed: confirm it happened, then drop 'end_scheduled'."
    ),
    "short-quote": _warning("very short quote", "A very short quote: it proves little."),
    "person-not-quoted": _warning("no quote names the person", "No quote of the record mentions the person's name."),
    "inferred-field": _warning("inferred field", "A field no quote's 'supports' lists: inferred, say how in 'note'."),
    "look-alike-people": _warning("two people with one name", "Two people whose names are written alike."),
    "look-alike-organisations": _warning(
        "two organisations with one name", "Two organisations whose names are written alike."
    ),
}
"""Every problem code, with its severity and meaning. A code, once published, keeps its meaning."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (error) or worth a look (warning) in the record.

    ``code`` is one of :data:`CODES` and decides the severity. ``path`` is where in the data tree
    it is (keys and list indexes); ``key`` asks for the position of the mapping key rather than
    the value (an unknown field, a bad id). ``line`` and ``col`` are 1-based and filled in by
    :mod:`dashboard.record.locate` once known (0 for a file that could not be read). ``file`` is
    the file the line is in when the record is a folder of files (:mod:`dashboard.record.folder`);
    ``None`` for a record of one file, whose name the caller knows.
    """

    code: str
    message: str
    path: tuple = ()
    key: bool = False
    line: int | None = None
    col: int | None = None
    file: str | None = None

    @property
    def severity(self) -> Severity:
        return CODES[self.code].severity

    @property
    def kind(self) -> str:
        """What sort of problem this is, in words ('estimated date', 'no quote names the person'):
        the pages group warnings by it. An error's kind is its code."""
        return CODES[self.code].kind or self.code

    def at(self, line: int, col: int) -> Problem:
        return replace(self, line=line, col=col)

    def format(self, name: str) -> str:
        """``name:line:col: severity: message``, the form editors and CI logs link to (``name`` is
        the record's; a problem of a folder record names its own file instead)."""
        name = self.file or name
        where = f"{name}:{self.line}:{self.col}" if self.line else name
        return f"{where}: {self.severity}: {self.message}"


def _make(severity: Severity, code: str, message: str, path: tuple, key: bool) -> Problem:
    known = CODES.get(code)
    if known is None or known.severity != severity:
        article = "an" if severity == "error" else "a"
        raise ValueError(f"{code!r} is not {article} {severity} code of problems.CODES")
    return Problem(code, message, tuple(path), key)


def error(code: str, message: str, path: tuple = (), *, key: bool = False) -> Problem:
    """An error with ``code`` (an error code of :data:`CODES`)."""
    return _make("error", code, message, path, key)


def warning(code: str, message: str, path: tuple = (), *, key: bool = False) -> Problem:
    """A warning with ``code`` (a warning code of :data:`CODES`)."""
    return _make("warning", code, message, path, key)


class Invalid(ValueError):
    """A value a field's validator refuses, with the code of the problem it becomes
    (:mod:`dashboard.record.records` reads it from pydantic's error)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def by_kind(problems: list[Problem]) -> dict[str, list[Problem]]:
    """``problems`` grouped by kind, the most frequent kind first (each group in file order)."""
    groups: dict[str, list[Problem]] = {}
    for problem in problems:
        groups.setdefault(problem.kind, []).append(problem)
    return dict(sorted(groups.items(), key=lambda item: -len(item[1])))


def summary(name: str, errors: int, warnings: int, counts: dict[str, int] | None = None) -> str:
    """The closing line of a validation run."""

    def plural(number: int, word: str) -> str:
        return f"{number} {word}{'' if number == 1 else 's'}"

    if errors:
        return f"{name}: invalid: {plural(errors, 'error')}, {plural(warnings, 'warning')}"
    shown = ", ".join(f"{number} {label}" for label, number in (counts or {}).items())
    return f"{name}: valid ({shown}); {plural(warnings, 'warning')}"
