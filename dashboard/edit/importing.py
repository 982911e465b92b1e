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

People and organisations are matched by name **and** alias, compared as the person search
compares them (:func:`dashboard.record.names.fold`: case, accents, quotes, spaces and
punctuation don't matter), so "Stuhlmuller" finds "Stuhlmüller". A name that matches nothing is
added as a new person or organisation (its id made from the name); one that matches two
records is refused, as a guess would be. A new web source's id is made from its address
(:func:`dashboard.edit.ids.address_id`).

An ``end`` in the future is one the source sets in advance (a roster's current terms, a
contract): the position is written with ``end_scheduled: true`` and the report says how many. A
``start`` in the future is refused, and so is an open ``end`` in the future (``2027/..``).

A row for a position already recorded (the same person, organisation, role, start and end: the
validator's duplicate rule) adds its source and quote to that position's evidence, unless the
position cites them already (then it is counted as already recorded and adds nothing): a sheet
imported twice changes nothing the second time. A row is **refused**, with its line and reason,
when a cell holds a character no source prints (a control character such as NUL, a
bidirectional override, a Unicode line separator: :mod:`dashboard.record.characters`), a
required cell is empty, a date is not a date, lies in the future (:func:`future_refusal`) or the
position ends before it starts, the source is unknown or not an address, the quote is not in its
stored document (web sources' quotes are recorded but can't be checked here, and the report says
how many), or a recorded position's evidence is not a list new evidence can be inserted into.

Everything else is **inserted as text** through the same path as every save
(:func:`dashboard.edit.saving.insert_records`): under the record's lock, the new people, organisations, web
sources and positions are added at the end of their sections and new evidence at the end of its
position's list (every byte of the file kept), the whole new file is validated, and only then
written atomically (mode and symlink kept), and only if no one changed the file in between. Rows
behind the records the validator refuses are refused with its message, and the rest planned
again. With ``strict``, one refused row writes nothing; with ``dry_run`` nothing is written and
the report says what would be.

Each row costs a few look-ups: names, addresses, ids and positions are indexed once per plan,
names folded once, ids allocated with :class:`dashboard.edit.ids.Taken`, and the layout for new
evidence read once (:class:`dashboard.edit.insert.EvidenceSites`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dashboard.edit import atomic, ids
from dashboard.edit.checks import citation
from dashboard.edit.drafts import Evidence
from dashboard.edit.insert import Additions, EvidenceSites, LayoutError
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


SHOWN = 10
"""How many names each line of the text report lists before it says how many more there are
(the JSON report lists them all)."""


@dataclass
class Report:
    """What an import did (or, in a dry run, would do)."""

    rows: int = 0
    added: list[str] = field(default_factory=list)  # position ids
    merged: list[tuple[int, str]] = field(default_factory=list)  # (line, recorded position id) that got evidence
    already: list[tuple[int, str]] = field(default_factory=list)  # (line, position id) citing nothing new
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
        done = "added" if self.written else "to add"
        counts = [f"{len(self.added)} positions {done}"]
        if self.merged:
            counts.append(f"{len(self.merged)} {'sources' if len(self.merged) != 1 else 'source'} "
                          f"{done} to positions' evidence")  # fmt: skip
        if self.already:
            counts.append(f"{len(self.already)} already recorded")
        out = [f"{self.rows} rows: {', '.join(counts)}, {len(self.refused)} refused."]
        for label, names in (("matched people", self.matched_people), ("matched organisations", self.matched_orgs)):
            if names:
                out.append(f"{label}: " + _listed(f"{name} -> {rid}" for name, rid in sorted(names.items())))
        for label, names in (("new people", self.created_people), ("new organisations", self.created_orgs),
                             ("new web sources", self.created_sources)):  # fmt: skip
            if names:
                out.append(f"{label}: " + _listed(f"{rid} ({name})" for rid, name in names.items()))
        if self.merged:
            out.append("new evidence for: " + _listed(f"{position} (line {line})" for line, position in self.merged))
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
            "merged": [{"line": line, "position": position} for line, position in self.merged],
            "already_recorded": [{"line": line, "position": position} for line, position in self.already],
            "matched_people": self.matched_people, "matched_organisations": self.matched_orgs,
            "new_people": self.created_people, "new_organisations": self.created_orgs,
            "new_sources": self.created_sources, "unchecked_quotes": self.unchecked_quotes,
            "scheduled_ends": self.scheduled,
            "refused": [{"line": line, "reason": reason} for line, reason in self.refused],
            "errors": [problem.message for problem in self.result.errors] if self.result is not None else [],
        }  # fmt: skip


def _listed(items: Iterable[str]) -> str:
    """The first :data:`SHOWN` items, joined, and how many more there are."""
    shown = list(itertools.islice(items, SHOWN + 1))
    if len(shown) <= SHOWN:
        return ", ".join(shown)
    rest = sum(1 for _ in items) + 1
    return ", ".join(shown[:SHOWN]) + f" and {rest} more (--format json lists them all)"


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
    """Folded names and aliases of one section -> the ids that carry them.

    A name is folded once (:func:`fold` looks at every character): a sheet names the same
    organisation on thousands of rows."""

    def __init__(self, records: dict) -> None:
        self.ids: dict[str, set[str]] = {}
        self.folded: dict[str, str] = {}
        for record_id, record in records.items():
            for name in (record.name, *record.aliases):
                self.ids.setdefault(fold(name), set()).add(record_id)

    def key(self, name: str) -> str:
        found = self.folded.get(name)
        if found is None:
            found = self.folded[name] = fold(name)
        return found

    def find(self, name: str) -> set[str]:
        return self.ids.get(self.key(name), set())

    def add(self, name: str, record_id: str) -> None:
        self.ids.setdefault(self.key(name), set()).add(record_id)


def future_refusal(dates: dict[str, When], today: dt.date) -> str | None:
    """Why a row's dates can't be recorded as of ``today``: a start after it, or an end after it
    that is open (``2027/..``). A placed end after today is one the source sets in advance (a
    term, a contract): it is recorded as scheduled (see :func:`scheduled_end`)."""
    if dates["start"].is_future(today):
        return f"start {dates['start']} is in the future (today is {today.isoformat()})"
    if dates["end"].is_future(today) and dates["end"].dating not in SCHEDULABLE:
        return f"end {dates['end']} is in the future and open: a scheduled end is a date or a span"
    return None


def scheduled_end(dates: dict[str, When], today: dt.date) -> bool:
    """Whether the row's end lies after ``today``: an end the source sets in advance."""
    return dates["end"].is_future(today)


@dataclass
class _Planned:
    """A position the plan adds: its fields, and the line of the row behind each evidence item."""

    fields: dict
    lines: list[int]


class _Plan:
    """The rows turned into records to insert, against one version of the record.

    One pass over the rows, each costing a few dictionary look-ups: the names, addresses, ids
    and positions of the record are indexed once, and kept up to date as rows are taken. What a
    row needs is remembered (:attr:`needs`), so that when the validator refuses a record of the
    new file the rows behind it — and only they — are refused in the next plan."""

    def __init__(self, document: Document, text: str, root: Path, report: Report, today: dt.date,
                 texts: dict[str, SourceText | None], skip: dict[int, str]) -> None:  # fmt: skip
        self.document, self.root, self.report, self.today = document, root, report, today
        self.texts, self.skip = texts, skip
        self.people, self.orgs = _Names(document.people), _Names(document.organizations)
        self.by_url = {source.url: sid for sid, source in document.sources.items() if source.url}
        self.by_path = {source.path: sid for sid, source in document.sources.items() if source.path}
        self.taken = {
            "people": ids.Taken(document.people),
            "organizations": ids.Taken([*document.organizations, UNKNOWN]),  # 'unknown' is no organisation's id
            "sources": ids.Taken(document.sources),
            "positions": ids.Taken(position.id for position in document.positions),
        }
        self.known: dict[tuple, int] = {
            (p.person, p.org, p.role, str(p.start), str(p.end)): index for index, p in enumerate(document.positions)
        }  # key -> index among the record's positions, then the planned ones after them
        self.planned: list[_Planned] = []
        self.merges: dict[int, list[tuple[Evidence, int]]] = {}  # recorded position -> (new evidence, line)
        self.cited: dict[int, set[tuple[str, str]]] = {}  # position -> what it cites (see _cited)
        self.blocked: dict[int, str | None] = {}  # recorded position -> why it takes no evidence, or None
        self.sites = EvidenceSites(text)
        self.new: dict[str, dict[str, str]] = {"people": {}, "organizations": {}, "sources": {}}  # id -> YAML
        self.needs: dict[tuple[str, str], list[int]] = {}  # (section, new id) -> the lines that use it

    def take(self, row: Row) -> None:
        """Add the row's records to the plan (a new position, or new evidence of a recorded one,
        or nothing when it is already recorded), or refuse it with a reason."""
        reason = self.skip.get(row.line) or self._refusal(row)
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
        future = future_refusal(dates, self.today)
        if future:
            return future
        first, last = dates["start"].first_day(), dates["end"].last_day()
        if first is not None and last is not None and first > last:
            return f"the position ends ({dates['end'].label()}) before it starts ({dates['start'].label()})"
        if self.orgs.key(cells["organisation"]) == UNKNOWN:
            return "the organisation is 'unknown': a position is always somewhere known"
        try:
            source_id, new_url, checked = self._source(cells["source"], cells["quote"])
            person, new_person = self._match(cells["person"], self.people, "people", "person", "p")
            org, new_org = self._match(cells["organisation"], self.orgs, "organizations", "organisation", "org")
        except _Refused as refused:
            return str(refused)
        role = cells.get("role") or None
        evidence = Evidence(source_id, cells["quote"], cells.get("translation") or None)
        key = (person, org, role, str(dates["start"]), str(dates["end"]))
        index = self.known.get(key)
        recorded = len(self.document.positions)
        if index is not None:  # the position is there: its evidence gets what it lacks
            position_id, cited = self._cited(index)
            if citation(evidence.source, evidence.quote) in cited:
                self.report.already.append((row.line, position_id))
                return None
            if index < recorded:
                blocked = self._blocked(index, position_id)
                if blocked:
                    return (
                        f"already recorded as position {position_id!r}, and its evidence can't take another: {blocked}"
                    )
                self.merges.setdefault(index, []).append((evidence, row.line))
            else:
                planned = self.planned[index - recorded]
                planned.fields["evidence"].append(evidence.fields())
                planned.lines.append(row.line)
            cited.add(citation(evidence.source, evidence.quote))
            self.report.merged.append((row.line, position_id))
        else:
            position_id = ids.allocate(f"{person} {org} {dates['start']}", self.taken["positions"], fallback="position")
            self.taken["positions"].add(position_id)
            self.known[key] = recorded + len(self.planned)
            dated = {name: str(date) for name, date in dates.items() if date.dating != "unknown"}
            scheduled = scheduled_end(dates, self.today)
            fields = {"id": position_id, "person": person, "org": org, "role": role, **dated,
                      "end_scheduled": scheduled, "evidence": [evidence.fields()]}  # fmt: skip
            self.report.scheduled += scheduled
            self.planned.append(_Planned(fields, [row.line]))
            self.cited[self.known[key]] = {citation(evidence.source, evidence.quote)}
            self.report.added.append(position_id)
        self._use(new_person, "people", person, cells["person"], self.people, self.report.created_people,
                  self.report.matched_people, row.line)  # fmt: skip
        self._use(new_org, "organizations", org, cells["organisation"], self.orgs, self.report.created_orgs,
                  self.report.matched_orgs, row.line)  # fmt: skip
        if new_url is not None:
            self.report.created_sources[source_id] = new_url
            self.by_url[new_url] = source_id
            self.taken["sources"].add(source_id)
            self.new["sources"][source_id] = record_yaml("sources", {"id": source_id, "url": new_url})
        if source_id in self.new["sources"]:
            self.needs.setdefault(("sources", source_id), []).append(row.line)
        if not checked:
            self.report.unchecked_quotes += 1
        return None

    def _cited(self, index: int) -> tuple[str, set[tuple[str, str]]]:
        """The id of position ``index`` and what it cites (recorded and planned evidence, as
        :func:`citation` keys: a set kept up to date, so a position restated on thousands of rows
        is not searched thousands of times)."""
        recorded = len(self.document.positions)
        if index >= recorded:
            return self.planned[index - recorded].fields["id"], self.cited[index]
        position = self.document.positions[index]
        if index not in self.cited:
            self.cited[index] = {citation(item.source, item.quote) for item in position.evidence}
        return position.id, self.cited[index]

    def _blocked(self, index: int, position_id: str) -> str | None:
        """Why recorded position ``index``'s evidence list can't take an item (not a block list
        in the plain layout), or None; found once per position."""
        if index not in self.blocked:
            try:
                self.sites.insertion("positions", position_id, [])
                self.blocked[index] = None
            except LayoutError as err:
                self.blocked[index] = str(err)
        return self.blocked[index]

    def _use(self, new: bool, section: str, record_id: str, name: str, names: _Names, created: dict,
             matched: dict, line: int) -> None:  # fmt: skip
        """Note that the row at ``line`` uses person or organisation ``record_id`` (new: plan it)."""
        if new:
            created[record_id] = name
            names.add(name, record_id)
            self.taken[section].add(record_id)
            self.new[section][record_id] = record_yaml(section, {"id": record_id, "name": name})
        elif record_id not in created:
            matched[name] = record_id
        if record_id in self.new[section]:
            self.needs.setdefault((section, record_id), []).append(line)

    def _match(self, name: str, names: _Names, section: str, what: str, fallback: str) -> tuple[str, bool]:
        """The id ``name`` matches (in the record or planned by an earlier row), or a new id (and True)."""
        found = names.find(name)
        if len(found) > 1:
            raise _Refused(f"{what} {name!r} matches {len(found)} records ({', '.join(sorted(found))}): add it by hand")
        if found:
            return next(iter(found)), False
        if not names.key(name):
            raise _Refused(f"the {what} name {name!r} has no letters or digits")
        return ids.allocate(name, self.taken[section], fallback=fallback), True

    def _source(self, given: str, text: str) -> tuple[str, str | None, bool]:
        """(source id, the URL of a new web source or None, whether the quote was checked)."""
        sources = self.document.sources
        if given in sources:
            source_id = given
        elif given in self.by_path:
            source_id = self.by_path[given]
        elif given in self.by_url:
            return self.by_url[given], None, False
        elif given.lower().startswith(("http:", "https:")):
            try:
                check_url(given)
            except DocumentError as err:
                raise _Refused(f"source: {err}") from None
            return ids.address_id(given, self.taken["sources"]), given, False
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

    def additions(self) -> Additions:
        """The text to insert: new people, organisations, web sources and positions at the end of
        their sections, new evidence at the end of each recorded position's list."""
        sections = {section: "".join(blocks.values()) for section, blocks in self.new.items() if blocks}
        if self.planned:
            sections["positions"] = "".join(record_yaml("positions", planned.fields) for planned in self.planned)
        points = [self.sites.insertion("positions", self.document.positions[index].id, [item for item, _ in merged])
                  for index, merged in self.merges.items()]  # fmt: skip
        for blocks in self.new.values():  # written: what the validator's errors need is in needs and lines
            blocks.clear()
        for planned in self.planned:
            planned.fields = {}
        return Additions(sections, points)

    def lines_behind(self, path: tuple) -> list[int] | None:
        """The lines of the rows behind the record at ``path`` (a problem's) in the new file, or
        None when no row of this plan is: the problem is not the import's to leave out."""
        if len(path) < 2:
            return None
        section, key = path[0], path[1]
        if (section, key) in self.needs:
            return self.needs[(section, key)]
        if section != "positions" or not isinstance(key, int):
            return None
        recorded = len(self.document.positions)
        if key >= recorded:
            planned = self.planned[key - recorded]
            item = path[3] if len(path) > 3 and path[2] == "evidence" and isinstance(path[3], int) else None
            return [planned.lines[item]] if item is not None and item > 0 else planned.lines
        merged = self.merges.get(key)
        old = len(self.document.positions[key].evidence)
        if merged and len(path) > 3 and path[2] == "evidence" and isinstance(path[3], int) and path[3] >= old:
            return [merged[path[3] - old][1]]
        return None


def import_positions(
    path: Path,
    rows: list[Row],
    *,
    dry_run: bool = False,
    strict: bool = False,
    today: dt.date | None = None,
    root: Path | None = None,
    timeout: float = atomic.LOCK_TIMEOUT,
    into: str | None = None,
) -> Report:
    """Add the positions of ``rows`` to the record at ``path`` (see the module), through
    :func:`dashboard.edit.saving.insert_records` (``into``: the file of a folder record the new
    records go into). Raises :class:`SpreadsheetError` when the
    record itself is not valid or not in the layout records are inserted into, and
    :class:`atomic.Changed` if a hand edit lands while the new file is written.

    When the validator refuses the new file, the rows behind the records its errors are in are
    refused with its message, and the rest is planned again (at most
    :data:`dashboard.edit.saving.MAX_PLANS` plans); an error no row is behind (the import can't
    leave it out) refuses the file, and nothing is written."""
    today = today or today_from_env()
    root = root or project_root(Path(path))
    texts: dict[str, SourceText | None] = {}  # the stored documents, read once for every plan
    skip: dict[int, str] = {}  # line -> why the validator refused what the row adds
    report = Report(rows=len(rows))
    planned: _Plan | None = None

    def plan(document: Document, text: str) -> Additions | None:
        nonlocal report, planned
        report = Report(rows=len(rows))
        planned = _Plan(document, text, root, report, today, texts, skip)
        for row in rows:
            planned.take(row)
        additions = planned.additions()
        if not additions or (strict and report.refused):
            return None
        return additions

    def retry(result: LoadResult) -> bool:
        behind = []
        for problem in result.errors:
            lines = planned.lines_behind(problem.path) if planned is not None else None
            if lines is None:
                return False  # not the import's: refuse the file, and say why
            behind += [(line, problem.message) for line in lines]
        for line, message in behind:
            skip.setdefault(line, f"the record would not be valid with it: {message}")
        return True

    try:
        inserted = insert_records(path, plan, dry_run=dry_run, today=today, root=root, timeout=timeout, retry=retry,
                                  into=into)  # fmt: skip
    except NotValid as err:
        raise SpreadsheetError(str(err)) from None
    if inserted.status == "refused":  # not in the layout records are inserted into
        raise SpreadsheetError("; ".join(inserted.problems))
    report.refused.sort()
    report.written, report.result = inserted.written, inserted.result
    return report
