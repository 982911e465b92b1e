"""Importing positions from a spreadsheet: ``python -m dashboard import positions.csv``.

A CSV file (UTF-8, a byte-order mark is fine, comma-separated, one header row) with the columns

=============== ========= ==========================================================================
column          required  what it holds
=============== ========= ==========================================================================
person          yes       the person's name, as the source writes it
organisation    yes       the organisation's name (``organization`` is accepted too)
role            no        the title or role
start, end      no        dates as the record writes them: ``2019``, ``2019-05``, ``2019-05-17``,
                          ``../2019``, ``2019/..``, ``2019/2021``; empty or ``unknown``: unknown
source          yes       a source id of the record, a document path under ``seeds/`` that a source
                          already has, or an http(s) address (a new web source is added for it)
quote           yes       the sentence that states the position, verbatim
translation     no        an English translation of the quote
=============== ========= ==========================================================================

An ``end`` in the future is one the source sets in advance (a roster's current terms, a
contract): the position is written with ``end_scheduled: true`` and the report says how many. A
``start`` in the future is refused, and so is an open ``end`` in the future (``2027/..``).

People and organisations are matched by name **and** alias, compared as the person search
compares them (:func:`dashboard.record.names.fold`: case, accents, quotes, spaces and
punctuation don't matter), so "Stuhlmuller" finds "Stuhlmüller". A name that matches nothing is
added as a new person or organisation (its id made from the name); one that matches two
records is refused, as a guess would be. A row is **refused**, with its line and reason, when a
cell holds a character no source prints (a control character such as NUL, a bidirectional
override, a Unicode line separator: :mod:`dashboard.record.characters`), a required cell is
empty, a date is not a date or the position ends before it starts, the source is unknown, the
quote is not in its stored document (web sources' quotes are recorded but can't be checked
here, and the report says how many), or the same position is already recorded.

Everything else is **inserted as text** through the same path as every save
(:func:`dashboard.edit.saving.insert_records`): under the record's lock, the new people, organisations, web
sources and positions are added at the end of their sections (every byte of the file kept),
the whole new file is validated, and only then written atomically (mode and symlink kept), and
only if no one changed the file in between. With ``strict``, one refused row writes nothing;
with ``dry_run`` nothing is written and the report says what would be.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from dashboard.edit import atomic, ids
from dashboard.edit.saving import NotValid, insert_records
from dashboard.edit.writer import record_yaml
from dashboard.record import characters
from dashboard.record.dates import When, parse_when
from dashboard.record.documents import DocumentError, check_url, read_source
from dashboard.record.load import LoadResult, project_root, today_from_env
from dashboard.record.model import SCHEDULABLE, UNKNOWN, Document
from dashboard.record.names import fold
from dashboard.record.quotes import SourceText

MAX_CSV_BYTES = 50 * 1024 * 1024
"""A spreadsheet larger than this is refused before it is read."""
REQUIRED = ("person", "organisation", "source", "quote")
OPTIONAL = ("role", "start", "end", "translation")
COLUMNS = REQUIRED + OPTIONAL
_ALIASES = {"organization": "organisation", "org": "organisation"}


class _Refused(Exception):
    """A row that can't be imported, and why."""


class SpreadsheetError(ValueError):
    """The spreadsheet can't be read as one (not UTF-8, no header, a missing or unknown column)."""


@dataclass(frozen=True)
class Row:
    line: int
    cells: dict[str, str]


@dataclass
class Report:
    """What an import did (or, in a dry run, would do)."""

    rows: int = 0
    added: list[str] = field(default_factory=list)  # position ids
    matched_people: dict[str, str] = field(default_factory=dict)  # name as written -> person id
    matched_orgs: dict[str, str] = field(default_factory=dict)
    created_people: dict[str, str] = field(default_factory=dict)  # new id -> name
    created_orgs: dict[str, str] = field(default_factory=dict)
    created_sources: dict[str, str] = field(default_factory=dict)  # new id -> URL
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)
    unchecked_quotes: int = 0
    scheduled: int = 0  # positions whose end lies in the future, marked end_scheduled
    written: bool = False
    result: LoadResult | None = None  # the validator's verdict on the new file, when it refused it

    def lines(self, sheet: str = "line") -> list[str]:
        """The report as the command prints it (refusals as ``sheet:line: refused: reason``)."""
        out = [
            f"{self.rows} rows: {len(self.added)} positions "
            f"{'added' if self.written else 'to add'}, {len(self.refused)} refused."
        ]
        for label, names in (("matched people", self.matched_people), ("matched organisations", self.matched_orgs)):
            if names:
                out.append(f"{label}: " + ", ".join(f"{name} -> {rid}" for name, rid in sorted(names.items())))
        for label, names in (("new people", self.created_people), ("new organisations", self.created_orgs),
                             ("new web sources", self.created_sources)):  # fmt: skip
            if names:
                out.append(f"{label}: " + ", ".join(f"{rid} ({name})" for rid, name in names.items()))
        if self.unchecked_quotes:
            count = self.unchecked_quotes
            plural = "s" if count != 1 else ""
            out.append(f"{count} quote{plural} from web sources: recorded, not checked (no network).")
        if self.scheduled:
            plural = "s" if self.scheduled != 1 else ""
            out.append(f"{self.scheduled} end{plural} in the future: marked as scheduled (end_scheduled: true).")
        out += [f"{sheet}:{line}: refused: {reason}" for line, reason in self.refused]
        if self.result is not None:
            out += [f"the new file would not be valid: {problem.message}" for problem in self.result.errors[:20]]
        return out

    def as_json(self) -> dict:
        return {
            "rows": self.rows, "added": self.added, "written": self.written,
            "matched_people": self.matched_people, "matched_organisations": self.matched_orgs,
            "new_people": self.created_people, "new_organisations": self.created_orgs,
            "new_sources": self.created_sources, "unchecked_quotes": self.unchecked_quotes,
            "scheduled_ends": self.scheduled,
            "refused": [{"line": line, "reason": reason} for line, reason in self.refused],
            "errors": [problem.message for problem in self.result.errors] if self.result is not None else [],
        }  # fmt: skip


def read_rows(data: bytes) -> list[Row]:
    """The rows of a spreadsheet (cells stripped; header names case- and space-insensitive)."""
    if len(data) > MAX_CSV_BYTES:
        raise SpreadsheetError(f"the file is {len(data):,} bytes; at most {MAX_CSV_BYTES:,} are read")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise SpreadsheetError(f"the file is not UTF-8 text (byte {err.start}): save it as CSV UTF-8") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise SpreadsheetError("the file is empty: expected a header row " + ",".join(COLUMNS)) from None
    except csv.Error as err:
        raise SpreadsheetError(f"line 1: {err}") from None
    refused = characters.field_problems((f"column {number}'s name", name) for number, name in enumerate(header, 1))
    if refused:
        raise SpreadsheetError(f"line 1: {refused[0]}")
    names = [_ALIASES.get(" ".join(name.split()).casefold(), " ".join(name.split()).casefold()) for name in header]
    unknown = [name for name in names if name not in COLUMNS]
    if unknown:
        raise SpreadsheetError(f"unknown column {unknown[0]!r}: the columns are {', '.join(COLUMNS)}")
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        raise SpreadsheetError(f"missing column {missing[0]!r}: a position needs {', '.join(REQUIRED)}")
    if len(set(names)) != len(names):
        raise SpreadsheetError("a column is named twice in the header")
    rows = []
    try:
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue  # a blank line
            if len(cells) > len(names):
                rows.append(Row(reader.line_num, {"_error": f"{len(cells)} cells, but {len(names)} columns"}))
                continue
            refused = characters.field_problems(
                (f"the {name} cell", cell) for name, cell in zip(names, cells, strict=False)
            )  # checked before the cells are stripped: nothing is changed on the way in
            if refused:
                rows.append(Row(reader.line_num, {"_error": "; ".join(refused)}))
                continue
            rows.append(Row(reader.line_num, {name: cell.strip() for name, cell in zip(names, cells, strict=False)}))
    except csv.Error as err:
        raise SpreadsheetError(f"line {reader.line_num}: {err}") from None
    return rows


class _Names:
    """Folded names and aliases of one section -> the ids that carry them."""

    def __init__(self, records: dict) -> None:
        self.ids: dict[str, set[str]] = {}
        for record_id, record in records.items():
            for name in (record.name, *record.aliases):
                self.ids.setdefault(fold(name), set()).add(record_id)

    def find(self, name: str) -> set[str]:
        return self.ids.get(fold(name), set())

    def add(self, name: str, record_id: str) -> None:
        self.ids.setdefault(fold(name), set()).add(record_id)


class _Plan:
    """The rows turned into records to insert, against one version of the record."""

    def __init__(self, document: Document, root: Path, report: Report, today: dt.date) -> None:
        self.document, self.root, self.report, self.today = document, root, report, today
        self.people, self.orgs = _Names(document.people), _Names(document.organizations)
        self.by_url = {source.url: sid for sid, source in document.sources.items() if source.url}
        self.by_path = {source.path: sid for sid, source in document.sources.items() if source.path}
        self.texts: dict[str, SourceText | None] = {}
        # the ids taken so far, kept up to date as rows are accepted (ids.allocate only looks)
        self.taken = {"people": set(document.people), "organizations": set(document.organizations),
                      "sources": set(document.sources), "positions": {p.id for p in document.positions}}  # fmt: skip
        self.known = {
            (p.person, p.org, p.role, str(p.start), str(p.end)): p.id for p in document.positions
        }  # fmt: skip
        self.blocks: dict[str, list[str]] = {"people": [], "organizations": [], "sources": [], "positions": []}

    def take(self, row: Row) -> None:
        """Add the row's records to the plan, or refuse it with a reason."""
        reason = self._refusal(row)
        if reason:
            self.report.refused.append((row.line, reason))

    def _refusal(self, row: Row) -> str | None:
        cells = row.cells
        if "_error" in cells:
            return cells["_error"]
        empty = [name for name in REQUIRED if not cells.get(name)]
        if empty:
            return f"the {empty[0]} cell is empty"
        dates: dict[str, When] = {}
        for name in ("start", "end"):
            try:
                dates[name] = parse_when(cells.get(name) or "unknown")
            except ValueError as err:
                return f"{name}: {err}"
        if dates["start"].is_future(self.today):
            return f"start {dates['start']} is in the future (today is {self.today.isoformat()})"
        # an end in the future is one the source sets in advance (a term, a contract): scheduled
        scheduled = dates["end"].is_future(self.today)
        if scheduled and dates["end"].dating not in SCHEDULABLE:
            return f"end {dates['end']} is in the future and open: a scheduled end is a date or a span"
        first, last = dates["start"].first_day(), dates["end"].last_day()
        if first is not None and last is not None and first > last:
            return f"the position ends ({dates['end'].label()}) before it starts ({dates['start'].label()})"
        if fold(cells["organisation"]) == fold(UNKNOWN):
            return "the organisation is 'unknown': a position is always somewhere known"
        try:
            source_id, new_url, checked = self._source(cells["source"], cells["quote"])
            person, new_person = self._match(cells["person"], self.people, "people", "person", "p")
            org, new_org = self._match(cells["organisation"], self.orgs, "organizations", "organisation", "org")
        except _Refused as refused:
            return str(refused)
        role = cells.get("role") or None
        key = (person, org, role, str(dates["start"]), str(dates["end"]))
        if key in self.known:
            return f"already recorded as position {self.known[key]!r}"
        # accepted: plan the records it needs
        position_id = ids.allocate(f"{person} {org} {dates['start']}", self.taken["positions"], fallback="position")
        self.taken["positions"].add(position_id)
        self.known[key] = position_id
        for new, record_id, name, names, created, matched, section in (
            (new_person, person, cells["person"], self.people, self.report.created_people,
             self.report.matched_people, "people"),
            (new_org, org, cells["organisation"], self.orgs, self.report.created_orgs,
             self.report.matched_orgs, "organizations"),
        ):  # fmt: skip
            if new:
                created[record_id] = name
                names.add(name, record_id)
                self.taken[section].add(record_id)
                self.blocks[section].append(record_yaml(section, {"id": record_id, "name": name}))
            elif record_id not in created:
                matched[name] = record_id
        if new_url is not None:
            self.report.created_sources[source_id] = new_url
            self.by_url[new_url] = source_id
            self.taken["sources"].add(source_id)
            self.blocks["sources"].append(record_yaml("sources", {"id": source_id, "url": new_url}))
        if not checked:
            self.report.unchecked_quotes += 1
        evidence = [{"source": source_id, "quote": cells["quote"], "translation": cells.get("translation") or None}]
        dated = {name: str(date) for name, date in dates.items() if date.dating != "unknown"}
        position = {"id": position_id, "person": person, "org": org, "role": role, **dated,
                    "end_scheduled": scheduled, "evidence": evidence}  # fmt: skip
        self.report.scheduled += scheduled
        self.blocks["positions"].append(record_yaml("positions", position))
        self.report.added.append(position_id)
        return None

    def _match(self, name: str, names: _Names, section: str, what: str, fallback: str) -> tuple[str, bool]:
        """The id ``name`` matches (in the record or planned by an earlier row), or a new id (and True)."""
        found = names.find(name)
        if len(found) > 1:
            raise _Refused(f"{what} {name!r} matches {len(found)} records ({', '.join(sorted(found))}): add it by hand")
        if found:
            return next(iter(found)), False
        if not fold(name):
            raise _Refused(f"the {what} name {name!r} has no letters or digits")
        return ids.allocate(name, self.taken[section], fallback=fallback), True

    def _source(self, given: str, text: str) -> tuple[str, str | None, bool]:
        """(source id, the URL of a new web source or None, whether the quote was checked)."""
        sources = self.document.sources
        if given in sources:
            source_id = given
        elif given in self.by_path:
            source_id = self.by_path[given]
        elif urlsplit(given).scheme in ("http", "https"):
            try:
                check_url(given)
            except DocumentError as err:
                raise _Refused(f"source: {err}") from None
            if given in self.by_url:
                return self.by_url[given], None, False
            parts = urlsplit(given)
            return ids.allocate(f"{parts.netloc} {parts.path}", self.taken["sources"], fallback="web"), given, False
        else:
            raise _Refused(
                f"source {given!r} is neither a source id, a path a source has, nor an http(s) address: "
                "add the document's source first"
            )
        source = sources[source_id]
        if source.path is None:
            if source.url is None:
                raise _Refused(f"source {source_id!r} is known only by name: cite a stored or linked document")
            return source_id, None, False
        document = self._text(source_id, source.path)
        if document is None:
            raise _Refused(f"source {source_id!r}: its document {source.path} can't be read")
        if not document.contains(text):
            raise _Refused(f"quote not found in {source.path}: {document.mismatch_hint(text)}")
        return source_id, None, True

    def _text(self, source_id: str, path: str) -> SourceText | None:
        if source_id not in self.texts:
            try:
                self.texts[source_id] = SourceText.from_text(path, read_source(self.root, path))
            except DocumentError:
                self.texts[source_id] = None
        return self.texts[source_id]


def import_positions(
    path: Path,
    rows: list[Row],
    *,
    dry_run: bool = False,
    strict: bool = False,
    today: dt.date | None = None,
    root: Path | None = None,
    timeout: float = atomic.LOCK_TIMEOUT,
) -> Report:
    """Add the positions of ``rows`` to the record at ``path`` (see the module), through
    :func:`dashboard.edit.saving.insert_records`. Raises :class:`SpreadsheetError` when the
    record itself is not valid or not in the layout records are inserted into, and
    :class:`atomic.Changed` if a hand edit lands while the new file is written."""
    today = today or today_from_env()
    root = root or project_root(Path(path))
    report = Report(rows=len(rows))

    def plan(document: Document, _text: str) -> dict[str, str] | None:
        planned = _Plan(document, root, report, today)
        for row in rows:
            planned.take(row)
        if not report.added or (strict and report.refused):
            return None
        return {section: "".join(blocks) for section, blocks in planned.blocks.items() if blocks}

    try:
        inserted = insert_records(path, plan, dry_run=dry_run, today=today, root=root, timeout=timeout)
    except NotValid as err:
        raise SpreadsheetError(str(err)) from None
    if inserted.status == "refused":  # not in the layout records are inserted into
        raise SpreadsheetError("; ".join(inserted.problems))
    report.written, report.result = inserted.written, inserted.result
    return report
