"""From a plain YAML tree to typed records, one record at a time.

Each record is checked on its own, so one broken record does not hide the problems of the
others: all shape errors of a file come back in one run, and the records that passed still go
through the cross-record rules. Records that failed are remembered by id, so a reference to
them is not reported a second time as "unknown".
"""

from __future__ import annotations

import difflib
import types
import typing
from dataclasses import dataclass, field, replace

from pydantic import BaseModel, ValidationError

from dashboard.record.layout import SECTIONS
from dashboard.record.model import (
    Cohort,
    Document,
    Move,
    Organization,
    Person,
    Position,
    Source,
    Stay,
    check_id,
    compact,
)
from dashboard.record.problems import Invalid, Problem, error

MAPPING_SECTIONS: dict[str, type[BaseModel]] = {
    "sources": Source,
    "organizations": Organization,
    "people": Person,
    "cohorts": Cohort,
}
LIST_SECTIONS: dict[str, type[BaseModel]] = {"moves": Move, "stays": Stay, "positions": Position}
"""The model of each section's records (:data:`layout.SECTIONS` names them in file order)."""


@dataclass
class Built:
    """The typed document, where each record sits in the YAML tree, and the problems met."""

    document: Document
    problems: list[Problem] = field(default_factory=list)
    broken_ids: dict[str, set[str]] = field(default_factory=dict)
    """Ids of records that failed their shape check, per section."""
    list_paths: dict[str, list[int]] = field(default_factory=dict)
    """For moves, stays and positions: the index in the YAML list of each record kept."""
    broken_records: list[tuple[str, tuple, dict]] = field(default_factory=list)
    """(section, path, raw mapping) of each record that failed its shape check, so that the
    references it does spell out can still be checked in the same run."""


def did_you_mean(word: str, choices) -> str:
    """' (did you mean 'x'?)' when ``word`` looks like a misspelling of one of ``choices``."""
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


@dataclass(frozen=True)
class Checked:
    """One record's shape check: the typed record, or the problems that stopped it.

    Problem paths are relative to the record, so a result can be reused wherever the same
    text of the record appears (see :mod:`incremental`).
    """

    record: BaseModel | None
    problems: tuple[Problem, ...] = ()
    raw: dict | None = None  # a failed record's mapping, to check the references it spells out


def check_record(section: str, item: object, key: str | None = None) -> Checked:
    """Check one record of ``section`` (``key`` is its id in a mapping section)."""
    if key is not None:
        try:
            check_id(key)
        except Invalid as err:
            return Checked(None, (error(err.code, str(err), (), key=True),))
    model = MAPPING_SECTIONS.get(section) or LIST_SECTIONS[section]
    try:
        return Checked(compact(model.model_validate(item)))
    except ValidationError as err:
        problems = tuple(_describe(model, detail, ()) for detail in err.errors(include_url=False))
        return Checked(None, problems, item if isinstance(item, dict) else None)


class Assembler:
    """Collects checked records, section by section, into a :class:`Built`."""

    def __init__(self) -> None:
        self.built = Built(Document())
        self.built.broken_ids = {name: set() for name in SECTIONS}
        self.built.list_paths = {name: [] for name in LIST_SECTIONS}
        self._mappings: dict[str, dict] = {name: {} for name in MAPPING_SECTIONS}
        self._lists: dict[str, list] = {name: [] for name in LIST_SECTIONS}

    def add(self, section: str, position: str | int, checked: Checked) -> None:
        """Record ``checked`` at ``position`` (the id in a mapping section, the index in a list)."""
        record = checked.record
        if record is not None and not checked.problems:  # the usual case, kept short
            if type(position) is int:
                self._lists[section].append(record)
                self.built.list_paths[section].append(position)
            else:
                self._mappings[section][position] = record
            return
        built = self.built
        path = (section, position)
        if checked.problems:
            built.problems.extend(replace(problem, path=path + problem.path) for problem in checked.problems)
        if checked.record is not None:
            if section in self._mappings:
                self._mappings[section][position] = checked.record
            else:
                self._lists[section].append(checked.record)
                built.list_paths[section].append(position)
            return
        if section in self._mappings:
            built.broken_ids[section].add(position)
        elif checked.raw is not None and isinstance(checked.raw.get("id"), str):
            built.broken_ids[section].add(checked.raw["id"])
        if checked.raw is not None:
            built.broken_records.append((section, path, checked.raw))

    def extend(self, section: str, records: list) -> None:
        """Add the records of a whole list section that passed their checks, in order."""
        start = len(self._lists[section])
        self._lists[section].extend(records)
        self.built.list_paths[section].extend(range(start, start + len(records)))

    def finish(self) -> Built:
        for name, records in self._mappings.items():
            setattr(self.built.document, name, records)
        for name, records in self._lists.items():
            setattr(self.built.document, name, records)
        return self.built


def build(data: object) -> Built:
    """Check ``data`` (from :mod:`yamltree`) against the model, section by section."""
    assembler = Assembler()
    problems = assembler.built.problems
    if data is None:
        problems.append(
            error("empty-file", "the file holds no data: expected sections such as sources, organizations, moves")
        )
        return assembler.finish()
    if not isinstance(data, dict):
        problems.append(error("expected-sections", f"the file must be a mapping of sections, not {_kind(data)}"))
        return assembler.finish()
    for name, value in data.items():
        if name not in SECTIONS:
            problems.append(
                error("unknown-section", f"unknown section {name!r}{did_you_mean(name, SECTIONS)}", (name,), key=True)
            )
        elif value is None or value == "":
            continue  # an empty section: "moves:" with nothing after it (the strict reader gives "")
        elif name in MAPPING_SECTIONS and not isinstance(value, dict):
            problems.append(
                error(
                    "expected-records",
                    f"section {name!r} must be a mapping of id to record, not {_kind(value)}",
                    (name,),
                )
            )
        elif name in LIST_SECTIONS and not isinstance(value, list):
            problems.append(
                error("expected-records", f"section {name!r} must be a list of records, not {_kind(value)}", (name,))
            )
        elif name in MAPPING_SECTIONS:
            for record_id, item in value.items():
                assembler.add(name, record_id, check_record(name, item, record_id))
        else:
            for index, item in enumerate(value):
                assembler.add(name, index, check_record(name, item))
    return assembler.finish()


def _describe(model: type[BaseModel], detail: dict, base: tuple) -> Problem:
    """A pydantic error as a message an editor of the YAML understands."""
    loc = tuple(part for part in detail["loc"] if part != "[key]")
    kind = detail["type"]
    value = detail.get("input")
    path = base + loc
    name = loc[-1] if loc else None
    if kind == "missing":
        return error("missing-field", f"missing field {name!r}", base + loc[:-1])
    if kind == "extra_forbidden":
        allowed = _fields_at(model, loc[:-1])
        return error("unknown-field", f"unknown field {name!r}{did_you_mean(name, allowed)}", path, key=True)
    if kind == "literal_error":
        expected = detail.get("ctx", {}).get("expected", "")
        return error("invalid-choice", f"{_show(value)} is not allowed here: expected {expected}", path)
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return error("expected-mapping", f"expected a mapping of fields, found {_kind(value)}", path)
    if kind == "list_type":
        return error("expected-list", f"expected a list, found {_kind(value)}", path)
    if kind == "string_type":
        return error("expected-text", f"expected text, found {_kind(value)}", path)
    if kind == "too_short":
        return error("empty-list", "needs at least one item", path)
    if kind == "string_pattern_mismatch" and name == "language":
        return error(
            "invalid-language", f"{_show(value)} is not a language code: write an ISO 639 code such as de, it, en", path
        )
    message = detail["msg"].removeprefix("Value error, ")
    refused = detail.get("ctx", {}).get("error")
    code = refused.code if isinstance(refused, Invalid) else "invalid-value"
    return error(code, message, path, key=detail["loc"][-1:] == ("[key]",))


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """The field names (as written in YAML) of the model found at ``loc`` inside ``model``."""
    current: object = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            fields = {f.alias or n: f.annotation for n, f in current.model_fields.items()}
            current = fields.get(part)
        elif typing.get_origin(current) is list:
            current = typing.get_args(current)[0]
        elif typing.get_origin(current) is dict:
            current = typing.get_args(current)[1]
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [f.alias or n for n, f in current.model_fields.items()]
    return []


def _unwrap(annotation):
    """Strip ``Annotated`` and ``X | None`` down to the type that holds fields."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
        else:
            return annotation


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"the text {value!r}"


def _show(value: object) -> str:
    return repr(value) if isinstance(value, str) else _kind(value)
