"""One version of a record's text as records by id, and what changed between two versions.

A version is read as well as it can be, whether or not it validates: in the plain layout
(:mod:`dashboard.record.layout`) each record's text is read on its own and remembered by that
text, so the records a commit did not touch are never read again, in any later version; a text
in another layout is read whole by the strict reader. Only a text the reader cannot read at all
(a YAML syntax error, a refused character) has no records: its :attr:`Version.problem` says why.

Records are known by section and id (a list item by its ``id``, a mapping's entry by its key). A
record is *changed* when a field's value differs: a change of its comments or of how its YAML is
written is not a change of the record. Nothing here validates: that is the record layer's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from dashboard.record import yamltree
from dashboard.record.layout import SECTIONS, split

Key = tuple[str, str]
"""(section, id) of a record."""

MAX_REMEMBERED = 200_000
"""Record texts remembered at most; beyond it the memory is cleared and fills again."""

_ORDER = {name: index for index, name in enumerate(SECTIONS)}


@dataclass(frozen=True, slots=True)
class Entry:
    """One record in a version: its text (the plain layout's lines, without the blank lines after
    it; a canonical JSON form otherwise) and its value as read."""

    text: str
    value: object


@dataclass(frozen=True, slots=True)
class Part:
    """A section of a version in the plain layout that has records: its records are
    ``Plain.keys[first:stop]``; the last ends at ``end`` (the next section's header, or the end of
    the text); ``indent`` is what its records' first lines begin with."""

    name: str
    is_list: bool
    indent: str
    first: int
    stop: int
    end: int


@dataclass(slots=True)
class Plain:
    """A version in the plain layout whose every record has an id of its own, with where each
    record starts in its text: what :mod:`dashboard.history.window` needs to read the next
    version from this one by reading only the records whose text changed. The lists are never
    changed once made (a derived version gets new ones)."""

    text: str
    starts: list[int]
    keys: list[Key]
    entries: list[Entry]
    parts: list[Part]
    firsts: list[int]
    """``parts[n].first`` for each part, to find a record's section by bisection."""
    _keyset: set[Key] | None = None
    """The keys as a set, made when first asked for (never changed once made)."""

    def keyset(self) -> set[Key]:
        if self._keyset is None:
            self._keyset = set(self.keys)
        return self._keyset


class Version:
    """The records of one version of the file by (section, id), in file order; ``problem``: why the
    text could not be read at all (then there are no records); ``plain``: the records with their
    places, when the text is in the plain layout and every record has an id of its own (the
    records are then made from it when first asked for)."""

    __slots__ = ("_records", "plain", "problem")

    def __init__(
        self, records: dict[Key, Entry] | None = None, problem: str | None = None, plain: Plain | None = None
    ) -> None:
        self._records = records if records is not None or plain is not None else {}
        self.problem = problem
        self.plain = plain

    @property
    def records(self) -> dict[Key, Entry]:
        if self._records is None:
            plain = self.plain
            self._records = dict(zip(plain.keys, plain.entries, strict=True)) if plain is not None else {}
        return self._records

    @property
    def readable(self) -> bool:
        return self.problem is None


@dataclass(frozen=True, slots=True)
class Change:
    """A record ``added``, ``changed`` (``fields``: the fields whose value differs, new order
    first, then the ones taken away) or ``removed`` between two versions; in a record kept in a
    folder also ``moved`` from one file to another (``files``: the two; ``fields`` as for a
    change, empty when the record is the same)."""

    section: str
    id: str
    change: str
    fields: tuple[str, ...] = ()
    files: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        moved = {"from": self.files[0], "to": self.files[1]} if self.files else {}
        return {"section": self.section, "id": self.id, "change": self.change, "fields": list(self.fields), **moved}


_remembered: dict[tuple[bool, str], tuple[str | None, Entry] | None] = {}


def core(chunk: str) -> str:
    """A record's lines without the blank lines after them (they separate records; they are not
    part of one) nor the spaces at the end of its last line, ending with a newline: what two
    versions of a record are compared by."""
    text = chunk.rstrip()
    return text + "\n" if text else ""


def read_chunk(is_list: bool, text: str) -> tuple[str | None, Entry] | None:
    """(key, entry) of one record's text, read on its own; the key is ``None`` for a list item
    without a text id. ``None``: the text is not exactly one record."""
    known = _remembered.get((is_list, text), False)
    if known is not False:
        return known
    tree = yamltree.parse(text)
    data, found = tree.data, None
    if not tree.issues:
        if is_list and isinstance(data, list) and len(data) == 1:
            item = data[0]
            key = item.get("id") if isinstance(item, dict) else None
            found = (key if isinstance(key, str) else None, Entry(text, item))
        elif not is_list and isinstance(data, dict) and len(data) == 1:
            key, value = next(iter(data.items()))
            found = (key, Entry(text, value))
    if len(_remembered) >= MAX_REMEMBERED:
        _remembered.clear()
    _remembered[(is_list, text)] = found
    return found


def read_record(is_list: bool, text: str) -> str | None:
    """The id of the one record ``text`` holds (a list item's ``id``, a mapping entry's key), or
    ``None`` when it is not exactly one record with a text id."""
    found = read_chunk(is_list, text)
    return found[0] if found is not None else None


def _add(records: dict[Key, Entry], section: str, key: str | None, index: int, entry: Entry) -> Key:
    """Keep ``entry`` under its id, and return the (section, id) it is kept under; a list item
    without one is known by its place, a second record with an id already seen by the id and its
    rank ('x (2)')."""
    name = key if key is not None else f"(item {index + 1})"
    rank, unique = 1, name
    while (section, unique) in records:
        rank += 1
        unique = f"{name} ({rank})"
    records[(section, unique)] = entry
    return (section, unique)


def read(text: str) -> Version:
    """The records of ``text`` by (section, id): see the module."""
    text = text.removeprefix("\ufeff")
    sections = split(text)
    if sections is None:
        return _read_whole(text)
    records: dict[Key, Entry] = {}
    starts: list[int] = []
    keys: list[Key] = []
    parts: list[Part] = []
    own_ids = True  # every record has an id no other record of its section has
    for section in sections:
        spans = section.spans(text)
        if spans:
            indent = section.separator[1:-2] if section.is_list else _leading_spaces(text, spans[0][0])
            parts.append(Part(section.name, section.is_list, indent, len(keys), len(keys) + len(spans), spans[-1][1]))
        for index, (start, end) in enumerate(spans):
            found = read_chunk(section.is_list, core(text[start:end]))
            if found is None:
                return _read_whole(text)
            key = _add(records, section.name, found[0], index, found[1])
            own_ids = own_ids and found[0] is not None and key[1] == found[0]
            starts.append(start)
            keys.append(key)
    if not own_ids:
        return Version(records)
    plain = Plain(text, starts, keys, list(records.values()), parts, [part.first for part in parts])
    return Version(records, plain=plain)


def _leading_spaces(text: str, start: int) -> str:
    end = start
    while end < len(text) and text[end] == " ":
        end += 1
    return text[start:end]


def _read_whole(text: str) -> Version:
    tree = yamltree.parse(text)
    if tree.data is None:
        if tree.issues:
            issue = tree.issues[0]
            return Version(problem=f"line {issue.position.line}: {issue.message}")
        return Version()
    if not isinstance(tree.data, dict):
        return Version(problem="the file is not a mapping of sections (sources, organizations, moves …)")
    records: dict[Key, Entry] = {}
    for section in SECTIONS:
        body = tree.data.get(section)
        items = (
            [(item.get("id") if isinstance(item, dict) else None, item) for item in body]
            if isinstance(body, list)
            else list(body.items())
            if isinstance(body, dict)
            else []
        )
        for index, (key, value) in enumerate(items):
            shown = json.dumps(value, sort_keys=True, ensure_ascii=False)
            _add(records, section, key if isinstance(key, str) else None, index, Entry(shown, value))
    return Version(records)


def changed_fields(old: object, new: object) -> tuple[str, ...]:
    """The fields whose value differs between two versions of a record (``value`` when the
    record is not a mapping of fields)."""
    if isinstance(old, dict) and isinstance(new, dict):
        missing = object()
        fields = [name for name, value in new.items() if old.get(name, missing) != value]
        return tuple(fields + [name for name in old if name not in new])
    return () if old == new else ("value",)


def compare(old: Version, new: Version) -> list[Change]:
    """The records added, changed and removed from ``old`` to ``new``, by section (in the file's
    order of sections), each section's in the order of the file."""
    changes: list[Change] = []
    for key, entry in new.records.items():
        before = old.records.get(key)
        if before is None:
            changes.append(Change(key[0], key[1], "added"))
        elif before.text != entry.text:
            fields = changed_fields(before.value, entry.value)
            if fields:
                changes.append(Change(key[0], key[1], "changed", fields))
    changes += [Change(key[0], key[1], "removed") for key in old.records if key not in new.records]
    return by_section(changes)


def by_section(changes: list[Change]) -> list[Change]:
    """``changes`` in the order of :data:`~dashboard.record.layout.SECTIONS` (each section's in
    the order they come)."""
    return sorted(changes, key=lambda change: _ORDER.get(change.section, len(_ORDER)))
