"""Adding one move to the record as text: the YAML it adds, where it goes, the rules, a safe save.

The record file is the editors' own text, so a new move is *inserted*, never re-dumped: every
byte of the old file stays, in order, and only the new record's lines (and those of new people
or organisations) are added at the end of their sections. :func:`insert` returns the new text
and where the additions are, so a test can take them out again and get the old file back.

The Add page and ``python -m dashboard add-move`` share everything here: the :class:`Draft`
(a move with the keys it has in the YAML), the form's rules (:func:`problems`: usable ids, no
new name that is already in the record, a real origin and destination) and :func:`save`, which
writes only a file that passes the same validator as everything else, under the record's lock
(:mod:`dashboard.edit.atomic`), only if the file is still the one the editor started from (optimistic
concurrency: else :class:`Conflict`), only once per move id (a second click finds the move
already there), atomically, and keeping the file's mode, owner and symlink.
"""

from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import re
import typing
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from dashboard.edit import atomic
from dashboard.edit.yamltext import evidence_yaml, move_yaml, plain, quote
from dashboard.record import characters, layout
from dashboard.record.dates import parse_when
from dashboard.record.incremental import Revalidator
from dashboard.record.load import LoadResult, project_root, today_from_env, unreadable
from dashboard.record.model import MAX_ID_LENGTH, UNKNOWN, Document, Move, is_id
from dashboard.record.names import fold
from dashboard.record.problems import error
from dashboard.record.quotes import normalize

DATE_KINDS = typing.get_args(Move.model_fields["date_kind"].annotation)  # as the model allows them
CERTAINTIES = typing.get_args(Move.model_fields["certainty"].annotation)
MAX_ID = MAX_ID_LENGTH

digest = atomic.digest

Conflict = atomic.Changed
"""The file changed on disk since the editor loaded it (or while the new version was written)."""


def slug(name: str) -> str:
    """An id from a name: 'Timothée Lacroix' -> 'timothee-lacroix'; '' when nothing is left ('???')."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return _fit(re.sub(r"[^a-z0-9]+", "-", ascii_name.casefold()).strip("-"))


def _fit(text: str) -> str:
    """An id of at most :data:`MAX_ID` characters: a long one keeps a short hash of the whole."""
    if len(text) <= MAX_ID:
        return text
    return text[: MAX_ID - 9].rstrip("-") + "-" + hashlib.sha256(text.encode()).hexdigest()[:8]


@dataclass(frozen=True)
class Evidence:
    source: str
    quote: str
    translation: str | None = None


@dataclass(frozen=True)
class Draft:
    """A move to add, with the keys it has in the YAML (``origin`` is ``from``, ``destination``
    is ``to``), plus the people and organisations to add with it (id -> name).

    ``person`` is a person id (an existing one, or a key of ``new_people``); for an unnamed
    group, ``group`` and ``headcount`` instead. ``origin`` and ``destination`` are organisation
    ids, ``unknown``, or keys of ``new_orgs``. ``id`` is derived when not given (:attr:`move_id`).
    """

    origin: str
    destination: str
    date: str
    evidence: tuple[Evidence, ...]
    person: str | None = None
    group: str | None = None
    headcount: int | None = None
    date_kind: str = "effective"
    date_estimated: bool = False
    role: str | None = None
    from_role: str | None = None
    certainty: str = "stated"
    note: str | None = None
    id: str | None = None
    new_people: Mapping[str, str] = field(default_factory=dict)
    new_orgs: Mapping[str, str] = field(default_factory=dict)

    def fields(self) -> dict[str, object]:
        """The move as the keys it has in the YAML (for :func:`yamltext.move_yaml`)."""
        return {
            "id": self.move_id, "person": self.person, "group": self.group, "headcount": self.headcount,
            "from": self.origin, "to": self.destination, "date": self.date, "date_kind": self.date_kind,
            "date_estimated": self.date_estimated, "role": self.role, "from_role": self.from_role,
            "certainty": self.certainty, "note": self.note,
            "evidence": [{"source": e.source, "quote": e.quote, "translation": e.translation} for e in self.evidence],
        }  # fmt: skip

    @property
    def move_id(self) -> str:
        """The id given, or one derived from who, origin, destination and date."""
        if self.id:
            return self.id
        who = self.person or slug(self.group or "") or "group"
        return slug(f"{who} {self.origin} to {self.destination} {self.date}")


def blocks(draft: Draft) -> dict[str, str]:
    """The YAML text to add, per section (each block ends with a newline). A new organisation
    gets its name only: its kind is optional, and the form doesn't ask for it."""
    added = _new_blocks(draft.new_people, draft.new_orgs)
    added["moves"] = move_yaml(draft.fields())
    return added


# --- a move as JSON (the command line's input) ------------------------------------------------

_TEXT_KEYS = ("id", "person", "group", "from", "to", "date", "date_kind", "role", "from_role", "certainty", "note")
JSON_KEYS = (*_TEXT_KEYS, "headcount", "date_estimated", "evidence", "new_people", "new_organizations")


def draft_from_json(data: object) -> tuple[Draft | None, list[str]]:
    """A :class:`Draft` from a JSON object with the keys a move has in the YAML, plus
    ``new_people`` and ``new_organizations`` (id -> name); or ``None`` and every problem found."""
    if not isinstance(data, dict):
        return None, [f"expected a JSON object (a move), found {type(data).__name__}"]
    found = []
    for key in data:
        if key not in JSON_KEYS:
            close = difflib.get_close_matches(str(key), JSON_KEYS, n=1)
            found.append(f"unknown key {key!r}" + (f": did you mean {close[0]!r}?" if close else ""))
    for key in _TEXT_KEYS:
        if key in data and not (isinstance(data[key], str) and data[key].strip()):
            found.append(f"{key!r} must be non-empty text")
    for key in ("from", "to", "date"):
        if key not in data:
            found.append(f"{key!r} is missing")
    headcount = data.get("headcount")
    if headcount is not None and not (
        (isinstance(headcount, int) and not isinstance(headcount, bool) and headcount >= 1)
        or (isinstance(headcount, str) and headcount.isdigit() and not headcount.startswith("0"))
    ):
        found.append("'headcount' must be a whole number from 1")
    if not isinstance(data.get("date_estimated", False), bool):
        found.append("'date_estimated' must be true or false")
    evidence = data.get("evidence")
    if not isinstance(evidence, list) or not evidence:
        found.append("'evidence' must be a list of one or more {source, quote, translation} objects")
        evidence = []
    items = []
    for number, item in enumerate(evidence, 1):
        if not isinstance(item, dict) or set(item) - {"source", "quote", "translation"}:
            found.append(f"evidence {number} must be an object with source, quote and (optionally) translation")
            continue
        texts = [item.get(key) for key in ("source", "quote")]
        translation = item.get("translation")
        if not all(isinstance(text, str) and text.strip() for text in texts) or not (
            translation is None or isinstance(translation, str)
        ):
            found.append(f"evidence {number}: source and quote must be non-empty text")
            continue
        items.append(Evidence(texts[0], texts[1], translation or None))
    maps = {}
    for key in ("new_people", "new_organizations"):
        value = data.get(key, {})
        if not isinstance(value, dict) or not all(
            isinstance(name, str) and isinstance(new_id, str) for new_id, name in value.items()
        ):
            found.append(f"{key!r} must be an object of id -> name")
            value = {}
        maps[key] = value
    if found:
        return None, found
    draft = Draft(
        origin=data["from"], destination=data["to"], date=data["date"], evidence=tuple(items),
        person=data.get("person"), group=data.get("group"),
        headcount=None if headcount is None else int(headcount),
        date_kind=data.get("date_kind", "effective"), date_estimated=data.get("date_estimated", False),
        role=data.get("role"), from_role=data.get("from_role"), certainty=data.get("certainty", "stated"),
        note=data.get("note"), id=data.get("id"),
        new_people=maps["new_people"], new_orgs=maps["new_organizations"],
    )  # fmt: skip
    return draft, []


# --- the form's rules -------------------------------------------------------------------------


def new_id_problem(
    name: str, new_id: str, document: Document, section: Literal["people", "organizations"]
) -> str | None:
    """Why a new person or organisation called ``name`` with id ``new_id`` can't be added, or None.

    Refused: a name that gives no id ('???'), an id that is not a valid id or already taken,
    and a name that is already a name or an alias in the record, compared without case, accents,
    spaces or punctuation ("Facebook" when Meta has that alias: "did you mean Meta?").
    """
    what = "person" if section == "people" else "organisation"
    if not name.strip() or not fold(name):
        article = "a" if section == "people" else "an"
        return f"“{name.strip()}” gives no usable id: {article} {what}'s name needs letters or digits."
    if not new_id:
        return f"“{name.strip()}” gives no usable id (letters a–z or digits): write the id by hand in the record."
    if not is_id(new_id):
        return f"{new_id!r} is not a valid id: lowercase letters, digits, '-', '_' and '.'."
    records = document.people if section == "people" else document.organizations
    wanted = fold(name)
    for record in records.values():
        for known in (record.name, *record.aliases):
            if fold(known) == wanted:
                also = "" if known == record.name else f" (its alias “{known}”)"
                return (
                    f"“{name.strip()}” is already in the record as “{record.name}”{also}: did you mean {record.name}?"
                )
    if new_id in records:
        return f"The id {new_id} is already taken by “{records[new_id].name}”: did you mean that {what}?"
    return None


def missing(
    *, person: bool, origin: str | None, destination: str | None, date: str, quotes: int, wanted: int
) -> list[str]:
    """What a form still lacks before it is a move: not mistakes yet, just empty fields.

    ``person``: whether a person is chosen (or named); ``origin``/``destination``: the chosen
    ids (None: a new organisation not named yet); ``quotes`` of ``wanted`` pieces of evidence
    have a source and a quote. Both ends unknown is the form's start, so it is listed here.
    """
    fields = (("a person", person), ("where from", origin), ("where to", destination), ("a date", date.strip()),
              ("a quote", quotes == wanted))  # fmt: skip
    needed = [label for label, value in fields if not value]
    if origin == destination == UNKNOWN:
        needed.append("where from or where to (they cannot both be unknown)")
    return needed


def early_problems(*, origin: str | None, destination: str | None, date: str, complete: bool = False) -> list[str]:
    """The mistakes a form can point at before it is complete: the same organisation at both
    ends, and a date in a wrong form. An empty date is only missing, unless ``complete``."""
    found = []
    if origin is not None and origin == destination != UNKNOWN:
        found.append("From and To are the same organisation.")
    if date or complete:
        try:
            parse_when(date)
        except ValueError as err:
            found.append(str(err))
    return found


def text_problems(
    fields: Mapping[str, object],
    evidence: typing.Sequence[Evidence] = (),
    new_people: Mapping[str, str] | None = None,
    new_orgs: Mapping[str, str] | None = None,
) -> list[str]:
    """Each text of a draft that holds a character no source prints (a control character, a
    lone surrogate, a bidirectional override, a Unicode line separator: see
    :mod:`dashboard.record.characters`), named by the key it has in the YAML (or in the JSON of
    ``add-move``). Checked before anything else, so no other message repeats such a text."""
    named: list[tuple[str, object]] = [(repr(key), value) for key, value in fields.items()]
    for number, item in enumerate(evidence, 1):
        named += [(f"evidence {number} {key}", getattr(item, key)) for key in ("source", "quote", "translation")]
    for label, new in (("new_people", new_people or {}), ("new_organizations", new_orgs or {})):
        for new_id, name in new.items():
            named += [(f"an id in {label!r}", new_id), (f"the name of {label} {new_id!r}", name)]
    return characters.field_problems(named)


def problems(draft: Draft, document: Document) -> list[str]:
    """What makes ``draft`` not a move that can be added to ``document``, in the form's words
    (the validator then checks the new file as a whole: quotes, dates in the future, ...)."""
    fields = {key: value for key, value in draft.fields().items() if key != "evidence"} | {"id": draft.id}
    refused = text_problems(fields, draft.evidence, draft.new_people, draft.new_orgs)
    if refused:
        return refused
    found = []
    if (draft.person is None) == (draft.group is None):
        found.append("Give either a person or a group (with its headcount), not both or neither.")
    if draft.group is not None and draft.headcount is None:
        found.append("A group needs its headcount (how many people the source says it is).")
    if draft.person is not None and draft.headcount is not None:
        found.append("A headcount belongs to a group, not to a person.")
    for section, new in (("people", draft.new_people), ("organizations", draft.new_orgs)):
        folded: dict[str, str] = {}
        for new_id, name in new.items():
            problem = new_id_problem(name, new_id, document, section)
            if problem is None and fold(name) in folded:
                problem = f"“{name}” is given twice (also as {folded[fold(name)]})."
            folded.setdefault(fold(name), new_id)
            if problem:
                found.append(problem)
    if draft.person is not None and draft.person not in document.people and draft.person not in draft.new_people:
        found.append(f"There is no person {draft.person!r} in the record (new people go in new_people).")
    for label, org in (("From", draft.origin), ("To", draft.destination)):
        if org != UNKNOWN and org not in document.organizations and org not in draft.new_orgs:
            found.append(f"{label}: there is no organisation {org!r} in the record (new ones go in new_organizations).")
    if draft.origin == draft.destination == UNKNOWN:
        found.append("From and To cannot both be unknown: a move leaves or joins a known organisation.")
    found += early_problems(origin=draft.origin, destination=draft.destination, date=draft.date, complete=True)
    if draft.date_kind not in DATE_KINDS:
        found.append(f"The date kind {draft.date_kind!r} is not one of {', '.join(DATE_KINDS)}.")
    if draft.certainty not in CERTAINTIES:
        found.append(f"The certainty {draft.certainty!r} is not one of {', '.join(CERTAINTIES)}.")
    if not draft.evidence:
        found.append("A move needs at least one quote from a source.")
    return found


# --- inserting text ---------------------------------------------------------------------------


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


# --- saving -----------------------------------------------------------------------------------

Status = Literal["saved", "exists", "invalid"]


@dataclass(frozen=True)
class Saved:
    """What :func:`save` did. ``status``: ``saved`` (written), ``exists`` (the move id is already
    in the file: nothing written) or ``invalid`` (nothing written; ``problems`` holds the form's
    rules that failed, or ``result`` the validator's errors of the would-be file)."""

    status: Status
    move_id: str
    digest: str  # the file's digest now: after the write, or as found
    result: LoadResult | None = None
    problems: tuple[str, ...] = ()

    @property
    def written(self) -> bool:
        return self.status == "saved"


def save(
    path: Path,
    draft: Draft,
    expected: str | None = None,
    *,
    today: dt.date | None = None,
    root: Path | None = None,
    timeout: float = atomic.LOCK_TIMEOUT,
) -> Saved:
    """Add ``draft`` to the record at ``path`` (through a symlink to its target), as one step
    with respect to every other writer.

    Under the record's lock: remove what crashed writes left, read the file, raise
    :class:`Conflict` if its digest is not ``expected`` (when given), return ``exists`` if the
    move id is already there, ``invalid`` if a rule or the validator refuses the new text, else
    write it atomically, checking once more just before the rename that no hand edit came in
    between. ``root`` is the project root source paths are relative to (default: from ``path``).
    Raises :class:`dashboard.edit.atomic.Busy` if another writer holds the lock too long.
    """
    today = today or today_from_env()
    with atomic.locked(path, timeout) as real:
        atomic.remove_leftovers(real)
        old = real.read_bytes()
        found = digest(old)
        if expected is not None and found != expected:
            raise Conflict(f"{Path(path).name} changed on disk since it was loaded")
        name, root = Path(path).name, root or project_root(Path(path))
        try:
            text = old.decode("utf-8")
        except UnicodeDecodeError as err:
            result = unreadable(name, error("not-utf8", f"the record is not UTF-8 text (byte {err.start})"))
            return Saved("invalid", draft.move_id, found, result)
        validator = Revalidator()  # the second load re-checks only what the insertion changed
        current = validator.load(text, name=name, root=root, today=today)
        if not current.ok:
            return Saved("invalid", draft.move_id, found, current)
        if draft.move_id in {move.id for move in current.dataset.document.moves}:
            return Saved("exists", draft.move_id, found, current)
        refused = problems(draft, current.dataset.document)
        if refused:
            return Saved("invalid", draft.move_id, found, None, tuple(refused))
        try:
            new_text, _ = insert(text, blocks(draft))
        except LayoutError as err:
            return Saved("invalid", draft.move_id, found, None, (str(err),))
        result = validator.load(new_text, name=name, root=root, today=today)
        if not result.ok:
            return Saved("invalid", draft.move_id, found, result)
        data = new_text.encode("utf-8")
        atomic.replace(real, data, unchanged=found)
    return Saved("saved", draft.move_id, digest(data), result)


# --- any insertion (positions from a sheet, a new source) --------------------------------------


class NotValid(Exception):
    """The record is not valid now: nothing is inserted into it (``result`` says why)."""

    def __init__(self, result: LoadResult) -> None:
        super().__init__(f"{result.name} is not valid now ({len(result.errors)} errors): fix it first (validate)")
        self.result = result


@dataclass(frozen=True)
class Inserted:
    """What :func:`insert_records` did: ``written``, or why not (``result``: the validator's
    errors of the would-be file; nothing planned: neither)."""

    written: bool
    digest: str
    result: LoadResult | None = None


Plan = typing.Callable[[Document, str], "dict[str, str] | tuple[int, str] | None"]
"""Given the record as it is under the lock (and its text), the YAML blocks to add at the end of
their sections, or one (offset, text) to insert, or None (nothing to add)."""


def insert_records(
    path: Path,
    plan: Plan,
    *,
    dry_run: bool = False,
    expected: str | None = None,
    today: dt.date | None = None,
    root: Path | None = None,
    timeout: float = atomic.LOCK_TIMEOUT,
) -> Inserted:
    """Insert what ``plan`` returns into the record at ``path`` as one step with respect to every
    other writer, the way :func:`save` adds a move: under the lock, into the file as it is now
    (which must be valid: else :class:`NotValid`), only as an insertion, validated whole before an
    atomic write that keeps mode and symlink, and refused (:class:`Conflict`) if a hand edit lands
    in between. With ``dry_run``, everything but the write."""
    today = today or today_from_env()
    with atomic.locked(path, timeout) as real:
        atomic.remove_leftovers(real)
        old = real.read_bytes()
        found = digest(old)
        if expected is not None and found != expected:
            raise Conflict(f"{Path(path).name} changed on disk since it was loaded")
        name, root = Path(path).name, root or project_root(Path(path))
        try:
            text = old.decode("utf-8")
        except UnicodeDecodeError as err:
            raise NotValid(unreadable(name, error("not-utf8", f"not UTF-8 text (byte {err.start})"))) from None
        validator = Revalidator()
        current = validator.load(text, name=name, root=root, today=today)
        if not current.ok:
            raise NotValid(current)
        added = plan(current.dataset.document, text)
        if not added:
            return Inserted(False, found)
        if isinstance(added, tuple):
            offset, block = added
            new_text = text[:offset] + block + text[offset:]
        else:
            new_text, _ = insert(text, added)  # LayoutError: the caller says so
        result = validator.load(new_text, name=name, root=root, today=today)
        if not result.ok:
            return Inserted(False, found, result)
        if dry_run:
            return Inserted(False, found)
        data = new_text.encode("utf-8")
        atomic.replace(real, data, unchanged=found)
    return Inserted(True, digest(data))


# --- a stay, and a second source for a recorded move ------------------------------------------


@dataclass(frozen=True)
class StayDraft:
    """A stay to add (``person`` and ``org`` are ids, existing or keys of ``new_people`` /
    ``new_orgs``); the id is derived from who, where and when unless given."""

    person: str
    org: str
    as_of: str
    evidence: tuple[Evidence, ...]
    as_of_estimated: bool = False
    role: str | None = None
    note: str | None = None
    id: str | None = None
    new_people: Mapping[str, str] = field(default_factory=dict)
    new_orgs: Mapping[str, str] = field(default_factory=dict)

    @property
    def stay_id(self) -> str:
        return self.id or slug(f"{self.person} at {self.org} {self.as_of}")

    def blocks(self) -> dict[str, str]:
        added = _new_blocks(self.new_people, self.new_orgs)
        lines = [f"  - id: {plain(self.stay_id)}", f"    person: {plain(self.person)}", f"    org: {plain(self.org)}",
                 f"    as_of: {quote(self.as_of)}"]  # fmt: skip
        lines += ["    as_of_estimated: true"] if self.as_of_estimated else []
        lines += [f"    role: {quote(self.role)}"] if self.role else []
        lines += [f"    note: {quote(self.note)}"] if self.note else []
        lines += evidence_yaml([{"source": e.source, "quote": e.quote, "translation": e.translation}
                                for e in self.evidence])  # fmt: skip
        added["stays"] = "\n".join(lines) + "\n"
        return added


def _new_blocks(new_people: Mapping[str, str], new_orgs: Mapping[str, str]) -> dict[str, str]:
    added: dict[str, str] = {}
    if new_orgs:
        added["organizations"] = "".join(
            f"  {plain(oid)}:\n    name: {quote(name)}\n" for oid, name in new_orgs.items()
        )
    if new_people:
        added["people"] = "".join(f"  {plain(pid)}:\n    name: {quote(name)}\n" for pid, name in new_people.items())
    return added


def stay_problems(draft: StayDraft, document: Document) -> list[str]:
    """What makes ``draft`` not a stay that can be added to ``document``, in the form's words."""
    fields = {"id": draft.id, "person": draft.person, "org": draft.org, "as_of": draft.as_of, "role": draft.role,
              "note": draft.note}  # fmt: skip
    refused = text_problems(fields, draft.evidence, draft.new_people, draft.new_orgs)
    if refused:
        return refused
    found = []
    for section, new in (("people", draft.new_people), ("organizations", draft.new_orgs)):
        for new_id, name in new.items():
            problem = new_id_problem(name, new_id, document, section)
            if problem:
                found.append(problem)
    if draft.person not in document.people and draft.person not in draft.new_people:
        found.append(f"There is no person {draft.person!r} in the record.")
    if draft.org == UNKNOWN or (draft.org not in document.organizations and draft.org not in draft.new_orgs):
        found.append("A stay needs the organisation the person is still at (not Unknown).")
    try:
        parse_when(draft.as_of)
    except ValueError as err:
        found.append(str(err))
    if not draft.evidence:
        found.append("A stay needs at least one quote from a source.")
    if draft.stay_id in {stay.id for stay in document.stays}:
        found.append(f"There is already a stay with the id {draft.stay_id}.")
    return found


def evidence_problems(move_id: str, evidence: Evidence, document: Document) -> list[str]:
    """Why ``evidence`` can't be added to recorded move ``move_id`` ('cite both')."""
    refused = text_problems({}, [evidence])
    if refused:
        return refused
    move = next((move for move in document.moves if move.id == move_id), None)
    if move is None:
        return [f"There is no move {move_id!r} in the record."]
    if evidence.source not in document.sources:
        return [f"There is no source {evidence.source!r} in the record."]
    if any(item.source == evidence.source and normalize(item.quote) == normalize(evidence.quote)
           for item in move.evidence):  # fmt: skip
        return [f"{move_id} already cites this quote from {evidence.source}."]
    return []


def evidence_insertion(text: str, move_id: str, evidence: Evidence) -> tuple[int, str]:
    """Where and what to insert to add ``evidence`` at the end of move ``move_id``'s
    ``evidence:`` list, in the indentation that list already has (a pure insertion).

    Raises :class:`LayoutError` when the move or its list can't be found in the plain layout."""
    sections = layout.split(text)
    moves = next((section for section in sections or [] if section.name == "moves"), None)
    if moves is None:
        raise LayoutError("the record file is not in the plain layout, or has no moves: add the evidence by hand")
    body = text[moves.start : moves.end]
    start = re.search(rf"\n  - id: [\"']?{re.escape(move_id)}[\"']?[ \t]*\r?\n", body)
    if start is None:
        raise LayoutError(f"move {move_id} is not written as '  - id: {move_id}': add the evidence by hand")
    following = re.search(r"\n  - ", body[start.end() - 1 :])
    end = start.end() - 1 + following.start() + 1 if following else len(body)
    record = body[start.start() + 1 : end]
    lines = record.splitlines(keepends=True)
    header = next((i for i, line in enumerate(lines) if re.match(r"    evidence:[ \t]*\r?\n", line)), None)
    if header is None:
        raise LayoutError(f"move {move_id} has no block 'evidence:' list: add the evidence by hand")
    item = re.match(r"( +)- ", lines[header + 1]) if header + 1 < len(lines) else None
    if item is None:
        raise LayoutError(f"move {move_id}'s evidence is not a block list: add the evidence by hand")
    indent = item.group(1)
    last = header
    for index in range(header + 1, len(lines)):
        line = lines[index]
        if line.strip() and not line.startswith(indent + " ") and not line.startswith(indent + "- "):
            break
        if line.strip():
            last = index
    offset = moves.start + start.start() + 1 + sum(len(line) for line in lines[: last + 1])
    newline = "\r\n" if lines[last].endswith("\r\n") else "\n"
    added = evidence_yaml(
        [{"source": evidence.source, "quote": evidence.quote, "translation": evidence.translation}], indent=indent[:-2]
    )[1:]
    block = newline.join(added) + newline
    if not lines[last].endswith("\n"):
        block = newline + block
    return offset, block
