"""The record for other tools: Wikidata QuickStatements, FollowTheMoney entities, Popolo JSON.

All three speak of **employment spans**: someone at an organisation from a date to a date. The
record's facts become spans (:func:`spans`) one way for every format:

- a **position** is a span as it is (its start and end, each exact, bounded or unknown), except
  that a scheduled end still ahead of the day the record was checked is no end yet: the span is
  open at that end, and the scheduled date is kept apart (``scheduled``), since all three formats
  read an end date as the day the employment *ended*;
- a **move** of a named person from A to B is the end of a span at A and the start of one at B,
  at the move's date: an ``effective`` date is exact; a ``reported`` one only bounds the change
  ("by then", ``../D``), and ``before`` bounds it too; an ``unknown`` end names no organisation
  and gives no span. Moves of unnamed groups give none (no one to employ), nor do the moves the
  dashboard derives from positions (the positions are exported themselves);
- a **stay** says someone was at an organisation *as of* a date: a span that began by then and
  ended then or later.

Each span keeps its **marks**: ``rumoured`` (the source hedges), ``inferred`` (the organisation
or the person is not stated by any quote), ``undated`` (no exact date at either end). How each
format carries them, and what it can't carry, is said at each writer and in docs/exports.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from dashboard.record.dataset import Dataset
from dashboard.record.dates import PartialDate, When
from dashboard.record.evidence import inferred_fields
from dashboard.record.model import UNKNOWN, Evidence


@dataclass(frozen=True)
class Span:
    """Someone at an organisation between two dates (each as a :class:`When`), with the record it
    comes from, its quotes and its marks."""

    id: str
    person: str
    org: str
    role: str | None
    start: When
    end: When
    record: str  # "position:ID", "move:ID" or "stay:ID"
    evidence: tuple[Evidence, ...]
    rumoured: bool = False
    inferred: tuple[str, ...] = ()
    marks: tuple[str, ...] = field(default=())
    scheduled: When | None = None
    """A scheduled end (a term, a contract): ``end`` too once it has passed, else ``end`` is open."""

    @property
    def undated(self) -> bool:
        return self.start.exact is None and self.end.exact is None


OPEN = When(None, None)


def _by(when: When) -> When:
    """'by then': a date D becomes ../D (an interval keeps its upper bound)."""
    return When(None, when.high)


def _from(when: When) -> When:
    """'then or later': a date D becomes D/.. (an interval keeps its lower bound)."""
    return When(when.low, None)


def spans(dataset: Dataset) -> list[Span]:
    """Every employment span the record states (see the module)."""
    document = dataset.document
    found: list[Span] = []
    for position in document.positions:
        end = OPEN if position.planned(dataset.today) else position.end
        found.append(Span(f"position-{position.id}", position.person, position.org, position.role, position.start,
                          end, f"position:{position.id}", tuple(position.evidence),
                          inferred=tuple(inferred_fields(position)),
                          scheduled=position.end if position.end_scheduled else None))  # fmt: skip
    for move in document.moves:
        if move.person is None:
            continue
        when = move.when
        change = when if move.date_kind == "effective" else _by(when)
        inferred = tuple(inferred_fields(move))
        rumoured = move.certainty == "rumoured"
        if move.from_ != UNKNOWN:
            found.append(Span(f"move-{move.id}-from", move.person, move.from_, move.from_role, OPEN, change,
                              f"move:{move.id}", tuple(move.evidence), rumoured,
                              tuple(f for f in inferred if f in ("person", "from", "from_role"))))  # fmt: skip
        if move.to != UNKNOWN:
            found.append(Span(f"move-{move.id}-to", move.person, move.to, move.role, change, OPEN,
                              f"move:{move.id}", tuple(move.evidence), rumoured,
                              tuple(f for f in inferred if f in ("person", "to", "role"))))  # fmt: skip
    for stay in document.stays:
        found.append(Span(f"stay-{stay.id}", stay.person, stay.org, stay.role, _by(stay.as_of), _from(stay.as_of),
                          f"stay:{stay.id}", tuple(stay.evidence), inferred=tuple(inferred_fields(stay))))  # fmt: skip
    return found


def _exact(when: When) -> PartialDate | None:
    return when.exact


def _date_notes(span: Span) -> list[str]:
    """What a format's exact dates can't carry: a bounded date in words, and a scheduled end."""
    notes = [f"{label}: {when.label()}" for label, when in (("start", span.start), ("end", span.end))
             if when.exact is None and when.dating != "unknown"]  # fmt: skip
    if span.scheduled is not None:
        notes.append(f"end: scheduled for {span.scheduled.label()}")
    return notes


def _quote(dataset: Dataset, item: Evidence) -> tuple[str, str | None, str]:
    """(quote on one line, the source's URL or None, the quote's language)."""
    source = dataset.document.sources[item.source]
    return " ".join(item.quote.split()), source.url, source.language or "und"


# --- Wikidata QuickStatements (V1) ------------------------------------------------------------

PRECISION = {"year": 9, "month": 10, "day": 11}


def qs_time(date: PartialDate) -> str:
    """A QuickStatements time value at the date's precision: +2023-05-00T00:00:00Z/10."""
    return f"+{date.year:04d}-{date.month:02d}-{date.day:02d}T00:00:00Z/{PRECISION[date.precision]}"


_QS_SPECIAL = re.compile(r'["\\|]|(?<=/)\*|\*(?=/)')
_QS_LOOKALIKE = {'"': "'", "\\": "\u29f5", "|": "\u00a6", "*": "\u2217"}
_URL_SPECIAL = re.compile(r'[\s"\\|\x00-\x1f\x7f-\x9f]|(?<=/)\*|\*(?=/)')
_QS3_PLACEHOLDER = "QSTS3_PLACEHOLDER"  # QuickStatements 3.0 hides quoted strings as ___QSTS3_PLACEHOLDER___
_NAMES = {"\t": "tab", "\n": "line feed", "\r": "carriage return", " ": "space", '"': "double quote",
          "\\": "backslash", "|": "pipe", "*": "'*' of a comment mark"}  # fmt: skip


def qs_string(text: str, *, url: bool = False) -> tuple[str, list[str]]:
    """``text`` as one QuickStatements V1 string field (``"..."``), and what had to change in it:
    the one place every string of :func:`quickstatements` is written.

    QuickStatements 3.0 cuts a batch into commands at line breaks and ``||`` and a command into
    fields at tabs and ``|``, except inside double-quoted strings, where a backslash escapes the
    next character: a string ending in ``\\`` swallows its closing quote and runs on to the next
    ``"``, so the text after it is read as outside any string, and a ``||-Q42|P31|Q5`` there is a
    command that removes a statement. The original QuickStatements cuts at every ``|`` of a line
    without tabs, the Rust one at every ``||`` of a batch, quoted or not, and drops a ``/* ... */``
    anywhere in a line as a comment. So a string written here holds none of those characters:

    - whitespace of any kind (tabs; line breaks ``\\n`` ``\\r``, U+2028/U+2029, NEL; no-break
      spaces) becomes single spaces, trimmed at the ends: a string is one line;
    - ``"`` becomes ``'``, ``\\`` becomes ``⧵`` (U+29F5) and ``|`` becomes ``¦`` (U+00A6), look-alikes
      no reader treats specially; the ``*`` of a ``/*`` or ``*/`` becomes ``∗`` (U+2217); the text
      ``QSTS3_PLACEHOLDER`` (QuickStatements 3.0's own marker for a hidden string, which would
      shift every string after it) loses its underscore;
    - a URL (``url=True``) keeps its meaning instead: the same characters, and any whitespace or
      control character, are percent-encoded (``|`` as ``%7C``, ``"`` as ``%22``, a space as
      ``%20``, the ``*`` of ``/*`` as ``%2A``).

    Curly quotes stay: QuickStatements 3.0 turns them into straight ones only inside a field
    already cut out, where they can't end it. The second value names each kind of change made
    (plain spaces folded or trimmed are not counted); :func:`quickstatements` lists the strings.
    """
    changed: list[str] = []

    def note(char: str, written: str = "") -> str:
        name = _NAMES.get(char, f"U+{ord(char):04X}") + (f" as {written}" if url else "")
        if name not in changed:
            changed.append(name)
        return written

    def swap(match: re.Match) -> str:
        char = match.group()
        return note(char, "".join(f"%{byte:02X}" for byte in char.encode()) if url else _QS_LOOKALIKE[char])

    if url:
        written = _URL_SPECIAL.sub(swap, text.strip())
    else:
        for char in text:
            if char.isspace() and char != " ":
                note(char)
        written = _QS_SPECIAL.sub(swap, " ".join(text.split()))
    if _QS3_PLACEHOLDER in written:
        changed.append("QSTS3_PLACEHOLDER")
        written = written.replace(_QS3_PLACEHOLDER, "QSTS3%5FPLACEHOLDER" if url else "QSTS3 PLACEHOLDER")
    return f'"{written}"', changed


@dataclass
class QuickStatements:
    lines: list[str]
    needs_ids: dict[str, str]  # organisation id -> name: no Wikidata item, so no claim can name it
    skipped: list[str]  # spans left out, with why
    changed: list[str] = field(default_factory=list)  # strings qs_string had to change: where, and what


def quickstatements(dataset: Dataset) -> QuickStatements:
    """Employer claims (P108) as QuickStatements V1 commands.

    - Start and end become P580 and P582 qualifiers only when exact, at their precision (/9 year,
      /10 month, /11 day); a bounded or unknown date gives no qualifier (Wikidata's time value
      can't say "by 2025"), nor does a scheduled end still ahead (it has not ended yet).
    - References: S854 (reference URL) when the source has an address, S1683 (quotation) as
      monolingual text in the source's language.
    - A person without a ``wikidata`` item is created (CREATE, then LAST with label and P31 Q5)
      right before their claims; an organisation without one can't be created here (its type
      and identity are the curator's call), so claims that need it are left out and it is listed
      in ``needs_ids``.
    - Rumoured spans and spans whose organisation or person is inferred are left out (a claim
      would assert them) and listed in ``skipped``; undated ones are kept, without qualifiers.
    - Every string is written by :func:`qs_string`, so no name, quote or URL can end its field or
      its command early; each string it had to change is listed in ``changed``.
    """
    document = dataset.document
    by_person: dict[str, list[Span]] = {}
    needs, skipped = {}, []
    for span in spans(dataset):
        org = document.organizations[span.org]
        if span.rumoured or {"person", "from", "to", "org"} & set(span.inferred):
            skipped.append(f"{span.record} ({'rumoured' if span.rumoured else 'inferred ' + ', '.join(span.inferred)})")
            continue
        if org.wikidata is None:
            needs[span.org] = org.name
            skipped.append(f"{span.record} ({org.name} has no Wikidata item)")
            continue
        by_person.setdefault(span.person, []).append(span)
    lines: list[str] = []
    changed: list[str] = []

    def string(text: str, where: str, url: bool = False) -> str:
        written, what = qs_string(text, url=url)
        if what:
            changed.append(f"{where} ({', '.join(what)})")
        return written

    for person_id, held in by_person.items():
        person = document.people[person_id]
        subject = person.wikidata
        if subject is None:
            lines += ["CREATE", f"LAST\tLen\t{string(person.name, f'person:{person_id} name')}", "LAST\tP31\tQ5"]
            subject = "LAST"
        for span in held:
            parts = [subject, "P108", document.organizations[span.org].wikidata]
            for prop, when in (("P580", span.start), ("P582", span.end)):
                exact = _exact(when)
                if exact is not None:
                    parts += [prop, qs_time(exact)]
            for item in span.evidence[:1]:
                url, language = document.sources[item.source].url, document.sources[item.source].language or "und"
                if url:
                    parts += ["S854", string(url, f"source:{item.source} url", url=True)]
                parts += ["S1683", f"{language}:{string(item.quote, f'{span.record} quote')}"]
            lines.append("\t".join(parts))
    return QuickStatements(lines, needs, skipped, list(dict.fromkeys(changed)))


# --- FollowTheMoney ------------------------------------------------------------------------------


def ftm_entities(dataset: Dataset) -> Iterator[dict]:
    """FollowTheMoney entities (Person, Organization, Document, Employment), built with the
    ``followthemoney`` library, as dicts (one JSON object per line when written).

    Marks: an Employment's ``status`` is ``rumoured`` or ``stated``; its ``summary`` names inferred
    fields and bounded dates ("start: before 2017"), because FtM dates are exact or reduced
    precision only (a bounded date is left out of ``startDate``/``endDate``). Each source is a
    Document the Employment cites in ``proof``; its quote goes in the Employment's
    ``description``."""
    try:
        from followthemoney import model
    except ImportError:  # an optional dependency: pip install -e '.[interchange]'
        raise RuntimeError("the ftm export needs the followthemoney package: pip install -e '.[interchange]'") from None
    document = dataset.document
    people, orgs, docs = {}, {}, {}

    def named(schema: str, kind: str, record_id: str, record, made: dict):
        """A Person or Organization entity for a record with a name, aliases and a Wikidata item."""
        if record_id not in made:
            entity = model.make_entity(schema)
            entity.make_id("talent-flows", kind, record_id)
            entity.add("name", record.name)
            entity.add("alias", record.aliases)
            if record.wikidata:
                entity.add("wikidataId", record.wikidata)
            made[record_id] = entity
        return made[record_id]

    def person(person_id: str):
        return named("Person", "person", person_id, document.people[person_id], people)

    def organisation(org_id: str):
        record = document.organizations[org_id]
        fresh = org_id not in orgs
        entity = named("Organization", "organization", org_id, record, orgs)
        if fresh and record.parent:
            entity.add("parent", organisation(record.parent).id)
        return entity

    def source(source_id: str):
        if source_id not in docs:
            record = document.sources[source_id]
            entity = model.make_entity("Document")
            entity.make_id("talent-flows", "source", source_id)
            entity.add("title", record.title or record.path or record.url or source_id)
            entity.add("publisher", record.publisher)
            entity.add("sourceUrl", record.url)
            entity.add("fileName", record.path)
            entity.add("language", record.language)
            if record.published.exact is not None:
                entity.add("publishedAt", str(record.published.exact))
            docs[source_id] = entity
        return docs[source_id]

    employments = []
    for span in spans(dataset):
        entity = model.make_entity("Employment")
        entity.make_id("talent-flows", "employment", span.id)
        entity.add("employee", person(span.person).id)
        entity.add("employer", organisation(span.org).id)
        entity.add("role", span.role)
        notes = _date_notes(span)
        for prop, when in (("startDate", span.start), ("endDate", span.end)):
            if when.exact is not None:
                entity.add(prop, str(when.exact))
        if span.inferred:
            notes.append("inferred: " + ", ".join(span.inferred))
        entity.add("status", "rumoured" if span.rumoured else "stated")
        entity.add("summary", "; ".join(notes) or None)
        entity.add("recordId", span.record)
        for item in span.evidence:
            text, url, _ = _quote(dataset, item)
            entity.add("proof", source(item.source).id)
            entity.add("description", text)
            entity.add("sourceUrl", url)
        employments.append(entity)
    for entity in [*orgs.values(), *people.values(), *docs.values(), *employments]:
        yield entity.to_dict()


def ftm_lines(dataset: Dataset) -> str:
    return "".join(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n" for entity in ftm_entities(dataset))


# --- Popolo -------------------------------------------------------------------------------------


def popolo(dataset: Dataset) -> dict:
    """Popolo JSON: ``persons``, ``organizations`` (with ``parent_id``) and ``memberships`` with
    ``start_date``/``end_date`` (exact dates only, at their precision: Popolo's dates are ISO 8601,
    which can't say "by 2025") and ``sources`` (URL, or the stored document's path, and the quote
    as the note).

    Popolo has no place for doubt, so rumoured spans are left out (listed in the top-level
    ``talent_flows_left_out``); an inferred field or a bounded date is said in the source's note.
    Popolo's ``end_date`` is the day the membership ended, so a scheduled end still ahead is no
    ``end_date`` yet: the note says "end: scheduled for 2027-01-03" (a passed one is both)."""
    document = dataset.document
    memberships, left_out = [], []
    for span in spans(dataset):
        if span.rumoured:
            left_out.append({"record": span.record, "why": "rumoured: the source hedges"})
            continue
        membership = {"id": span.id, "person_id": span.person, "organization_id": span.org}
        if span.role:
            membership["role"] = span.role
        notes = _date_notes(span)
        for key, when in (("start_date", span.start), ("end_date", span.end)):
            if when.exact is not None:
                membership[key] = str(when.exact)
        if span.inferred:
            notes.append("inferred, not stated: " + ", ".join(span.inferred))
        sources = []
        for item in span.evidence:
            text, url, _ = _quote(dataset, item)
            record = document.sources[item.source]
            note = f"“{text}”" + (f" ({'; '.join(notes)})" if notes else "")
            sources.append({"url": url or record.path or item.source, "note": note})
        membership["sources"] = sources
        memberships.append(membership)
    persons = []
    for person_id, person in document.people.items():
        entry = {"id": person_id, "name": person.name}
        if person.aliases:
            entry["other_names"] = [{"name": alias} for alias in person.aliases]
        if person.wikidata:
            entry["identifiers"] = [{"scheme": "wikidata", "identifier": person.wikidata}]
        persons.append(entry)
    organizations = []
    for org_id, org in document.organizations.items():
        entry = {"id": org_id, "name": org.name}
        if org.parent:
            entry["parent_id"] = org.parent
        if org.aliases:
            entry["other_names"] = [{"name": alias} for alias in org.aliases]
        if org.wikidata:
            entry["identifiers"] = [{"scheme": "wikidata", "identifier": org.wikidata}]
        organizations.append(entry)
    return {"persons": persons, "organizations": organizations, "memberships": memberships,
            "talent_flows_left_out": left_out}  # fmt: skip
