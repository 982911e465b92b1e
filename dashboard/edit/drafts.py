"""What a change adds: a move, a stay or a piece of evidence, as the Add page and ``add-move`` give it.

A :class:`Draft` is a move with the keys it has in the YAML, plus the people and organisations
to add with it; a :class:`StayDraft` a stay; an :class:`Evidence` one quote from a source.
:func:`blocks` (and :meth:`StayDraft.blocks`) is the YAML text each adds, per section, written by
:mod:`dashboard.edit.writer`: the Add page shows exactly this text, and saving inserts exactly it.
:func:`draft_from_json` reads the JSON that ``add-move`` takes. Whether a draft can be added is
:mod:`dashboard.edit.checks`; adding it is :func:`dashboard.edit.saving.save`.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from dataclasses import dataclass, field

from dashboard.edit import ids
from dashboard.edit.writer import record_yaml


@dataclass(frozen=True)
class Evidence:
    source: str
    quote: str
    translation: str | None = None

    def fields(self) -> dict[str, str | None]:
        """The evidence item as the keys it has in the YAML."""
        return {"source": self.source, "quote": self.quote, "translation": self.translation}


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
        """The move as the keys it has in the YAML (for :func:`dashboard.edit.writer.record_yaml`)."""
        return {
            "id": self.move_id, "person": self.person, "group": self.group, "headcount": self.headcount,
            "from": self.origin, "to": self.destination, "date": self.date, "date_kind": self.date_kind,
            "date_estimated": self.date_estimated, "role": self.role, "from_role": self.from_role,
            "certainty": self.certainty, "note": self.note,
            "evidence": [item.fields() for item in self.evidence],
        }  # fmt: skip

    @property
    def move_id(self) -> str:
        """The id given, or one derived from who, origin, destination and date."""
        if self.id:
            return self.id
        return ids.move_id(person=self.person, group=self.group, origin=self.origin, destination=self.destination,
                           date=self.date)  # fmt: skip


def blocks(draft: Draft) -> dict[str, str]:
    """The YAML text to add, per section (each block ends with a newline). A new organisation
    gets its name only: its kind is optional, and the form doesn't ask for it."""
    added = new_records_yaml(draft.new_people, draft.new_orgs)
    added["moves"] = record_yaml("moves", draft.fields())
    return added


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
        return self.id or ids.stay_id(person=self.person, org=self.org, as_of=self.as_of)

    def fields(self) -> dict[str, object]:
        """The stay as the keys it has in the YAML."""
        return {
            "id": self.stay_id, "person": self.person, "org": self.org, "as_of": self.as_of,
            "as_of_estimated": self.as_of_estimated, "role": self.role, "note": self.note,
            "evidence": [item.fields() for item in self.evidence],
        }  # fmt: skip

    def blocks(self) -> dict[str, str]:
        """The YAML text to add, per section, as :func:`blocks` for a move."""
        added = new_records_yaml(self.new_people, self.new_orgs)
        added["stays"] = record_yaml("stays", self.fields())
        return added


def new_records_yaml(new_people: Mapping[str, str], new_orgs: Mapping[str, str]) -> dict[str, str]:
    """The YAML of new organisations and people (id -> name), per section."""
    added: dict[str, str] = {}
    if new_orgs:
        added["organizations"] = "".join(record_yaml("organizations", {"id": oid, "name": name})
                                         for oid, name in new_orgs.items())  # fmt: skip
    if new_people:
        added["people"] = "".join(record_yaml("people", {"id": pid, "name": name}) for pid, name in new_people.items())
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
