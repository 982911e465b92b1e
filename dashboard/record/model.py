"""The record's types: what each section of ``data/events.yaml`` may hold.

The models check the shape of one record at a time (types, required fields, unknown keys);
the rules that look across records (references, quotes, duplicates) live in :mod:`rules`.

Every scalar arrives as the text that was written (see :mod:`yamltree`), so the field types
below parse text: a count is digits, a flag is ``true`` or ``false``, a date is ``YYYY``,
``YYYY-MM`` or ``YYYY-MM-DD``, or an interval (:class:`dates.When`). The JSON Schema in
``data/events.schema.json`` is generated from these models (``python -m dashboard schema``).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    PlainValidator,
    WithJsonSchema,
)

from dashboard.record.dates import WHEN_PATTERN, PartialDate, When, parse_when
from dashboard.record.problems import Invalid

UNKNOWN = "unknown"
"""The organisation reference for an origin or destination the source leaves open."""

ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"
"""An id, as the JSON Schema writes it (ECMA-262, where ``$`` is the end of the text). Python's
``$`` also matches before a final line feed, so Python code matches it whole with
:func:`is_id` (``fullmatch``): ``"abc\n"`` is not an id."""
_ID = re.compile(ID_PATTERN)
_COUNT = re.compile(r"[1-9][0-9]*")
MAX_ID_LENGTH = 100


def is_id(value: str) -> bool:
    """Whether ``value`` is a valid id: the whole text, not a prefix before a line feed."""
    return len(value) <= MAX_ID_LENGTH and _ID.fullmatch(value) is not None


def check_id(value: object) -> str:
    """``value`` if it is an id, kept once however often the record writes it (:func:`sys.intern`):
    an organisation's id is written by every move to or from it, a source's by every quote from
    it (20 MiB at 100,000 moves)."""
    if not isinstance(value, str):
        raise Invalid("invalid-id", f"an id must be text, not {_kind(value)}")
    if not is_id(value):
        raise Invalid(
            "invalid-id",
            f"{value!r} is not a valid id: use lowercase letters, digits, '-', '_' and '.', "
            "starting with a letter or digit",
        )
    return sys.intern(value)


def _check_text(value: object) -> str:
    if not isinstance(value, str):
        raise Invalid("expected-text", f"expected text, found {_kind(value)}")
    if not value.strip():
        raise Invalid("empty-text", "must not be empty")
    return value


def _parse_count(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
        return value  # already parsed (a model built in Python, e.g. by the synthesizer)
    if not isinstance(value, str) or not _COUNT.fullmatch(value.strip()):
        raise Invalid(
            "invalid-count", f"{_show(value)} is not a count: write a whole number from 1, without leading zeros"
        )
    return int(value)


def _parse_size(value: object) -> int | None:
    if value == UNKNOWN:
        return None
    try:
        return _parse_count(value)
    except ValueError:
        raise Invalid("invalid-size", f"{_show(value)} is not a size: write a whole number, or 'unknown'") from None


def _parse_flag(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if value == "true":
        return True
    if value == "false":
        return False
    raise Invalid("invalid-flag", f"{_show(value)} is not a flag: write true or false")


def _parse_when(value: object) -> When:
    if isinstance(value, When):
        return value
    if isinstance(value, PartialDate):
        return When.exactly(value)
    if not isinstance(value, str):
        raise Invalid("invalid-date", f"expected a date, found {_kind(value)}")
    try:
        return parse_when(value)
    except ValueError as err:
        raise Invalid("invalid-date", str(err)) from None


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return repr(value)


def _show(value: object) -> str:
    return repr(value) if isinstance(value, str) else _kind(value)


def _none_as_empty(empty):
    """A section written as ``stays:`` with nothing after it means an empty section."""
    return BeforeValidator(lambda value: empty() if value is None else value)


Id = Annotated[
    str,
    PlainValidator(check_id),
    WithJsonSchema({"type": "string", "pattern": ID_PATTERN, "maxLength": 100}),
]
Text = Annotated[str, PlainValidator(_check_text), WithJsonSchema({"type": "string", "minLength": 1})]
Count = Annotated[int, PlainValidator(_parse_count), WithJsonSchema({"type": "integer", "minimum": 1})]
Size = Annotated[
    int | None,
    PlainValidator(_parse_size),
    WithJsonSchema({"anyOf": [{"type": "integer", "minimum": 1}, {"const": UNKNOWN}]}),
]
Flag = Annotated[bool, PlainValidator(_parse_flag), WithJsonSchema({"type": "boolean"})]
Date = Annotated[
    When,
    PlainValidator(_parse_when),
    PlainSerializer(str, return_type=str),
    # An editor's YAML 1.2 reading turns an unquoted 2023 into a number: accept both spellings.
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "string", "pattern": WHEN_PATTERN},
                {"type": "integer", "minimum": 1000, "maximum": 9999},
            ],
            "description": (
                "YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source, never padded; or an EDTF interval: "
                "'../2025' (up to), '2023/..' (or later), '2023/2025' (between); or 'unknown'"
            ),
        }
    ),
]


class Record(BaseModel):
    """Base of every record: unknown keys are errors, not silently ignored."""

    model_config = ConfigDict(extra="forbid", validate_by_alias=True, validate_by_name=False)

    def __setattr__(self, name: str, value: object) -> None:
        # A record read from the file shares the set of its fields' names (see compact): an
        # assignment, which adds to it, first gives the record a set of its own.
        if type(self.__pydantic_fields_set__) is _FieldsSet:
            object.__setattr__(self, "__pydantic_fields_set__", set(self.__pydantic_fields_set__))
        super().__setattr__(name, value)


class _FieldsSet(set):
    """The names of the fields a record's text sets, one object for every record that sets the
    same ones (see :func:`compact`). Copying it (``model_copy``) gives a plain set of its own;
    changing it in place is refused, as it would change every record that shares it (a record's
    assignment first takes a set of its own: :meth:`Record.__setattr__`)."""

    __slots__ = ()

    def __copy__(self) -> set[str]:
        return set(self)

    def __deepcopy__(self, memo: dict) -> set[str]:
        return set(self)

    def __reduce__(self):  # unpickled, it is the shared set again (the disk cache holds records)
        return _shared, (sorted(self),)

    def _refuse(self, *args, **kwargs):
        raise TypeError(
            "the names of the fields a record sets are shared with other records: copy them before a change"
        )

    add = update = discard = remove = pop = clear = _refuse
    difference_update = intersection_update = symmetric_difference_update = _refuse
    __ior__ = __iand__ = __isub__ = __ixor__ = _refuse


_FIELDS_SETS: dict[frozenset, _FieldsSet] = {}
"""Every set of field names records share: a few dozen combinations."""


_NESTED = ("evidence", "claims")
"""The fields that hold records of their own (evidence items; a cohort's claims)."""
_set = object.__setattr__


def _shared(names) -> _FieldsSet:
    """The one shared set of ``names``."""
    frozen = frozenset(names)
    shared = _FIELDS_SETS.get(frozen)
    return shared if shared is not None else _FIELDS_SETS.setdefault(frozen, _FieldsSet(frozen))


def compact(record: BaseModel) -> BaseModel:
    """``record`` (and the records in its lists: evidence, claims) sharing one set of the names
    of the fields it sets with every record that sets the same ones; returns ``record``.

    pydantic gives every record a set of its own (``model_fields_set``): 730 bytes for a move,
    108 MiB of the 280 MiB that 100,000 moves and their people take. Nothing changes for the
    record: a copy (``model_copy``) or an assignment first gives it a set of its own."""
    names = frozenset(record.__pydantic_fields_set__)
    shared = _FIELDS_SETS.get(names)
    if shared is None:
        shared = _shared(names)
    _set(record, "__pydantic_fields_set__", shared)
    fields = record.__dict__
    for name in _NESTED:
        for item in fields.get(name) or ():
            compact(item)
    return record


Supportable = Literal["person", "group", "from", "to", "role", "from_role", "org"]
"""Fields an evidence item can say it supports (moves: person or group, from, to, role,
from_role; stays and positions: person, org, role). Dates have their own flag, ``*_estimated``."""


class Evidence(Record):
    """A verbatim quote from a source that states the fact."""

    source: Id = Field(description="Id of the source document (see `sources`).")
    quote: Text = Field(description="The sentence that states the fact, verbatim in the document's language.")
    translation: Text | None = Field(None, description="An English translation of the quote.")
    supports: list[Supportable] | None = Field(
        None,
        description=(
            "The fields of the record this quote states (e.g. [person, from]); leave out when it states them "
            "all. A field no quote supports is inferred: say its basis in the record's note."
        ),
    )


Evidences = Annotated[list[Evidence], Field(min_length=1)]


class Source(Record):
    """A document that records cite: a file under `seeds/` or a web address; or a report that
    other sources retell, known only by its title or publisher (cited by no quote)."""

    path: Text | None = Field(None, description="Path of the document relative to the project root, under `seeds/`.")
    url: Text | None = Field(None, description="http(s) address, for documents not stored here.")
    title: Text | None = Field(None, description="The document's headline, if it has one.")
    publisher: Text | None = Field(None, description="Who published it, if the document says.")
    language: Annotated[str | None, Field(pattern=r"^[a-z]{2,3}$")] = Field(
        None, description="ISO 639 code of the document's language, e.g. de, it, en (required with path or url)."
    )
    published: Date = Field(
        When(None, None),
        description="Publication date, as precise as known, or an interval; 'unknown' (the default) if not known.",
    )
    reports_on: Id | None = Field(
        None, description="Id of the source whose report this one retells (so the two are one independent report)."
    )
    published_estimated: Flag = Field(
        False, description="true when the date is inferred from the text rather than printed."
    )
    note: Text | None = Field(None, description="How the date was estimated, or other remarks.")


OrgKind = Literal["company", "lab", "team", "division", "office", "nonprofit", "university", "other"]


WikidataId = Annotated[str, Field(pattern=r"^Q[1-9][0-9]*$")]


class Organization(Record):
    """A company or one of its units."""

    name: Text = Field(description="Display name; unique among organisations.")
    aliases: list[Text] = Field(default_factory=list, description="Other spellings seen in sources.")
    parent: Id | None = Field(None, description="Id of the organisation this one is a unit of.")
    kind: OrgKind | None = Field(None, description="What sort of organisation this is, if known.")
    wikidata: WikidataId | None = Field(None, description="Its Wikidata item (Q…), for exports to Wikidata.")
    note: Text | None = None


class Person(Record):
    """Someone who moves or stays."""

    name: Text = Field(description="Display name.")
    aliases: list[Text] = Field(default_factory=list, description="Other spellings seen in sources (misspellings too).")
    cohorts: list[Id] = Field(default_factory=list, description="Ids of cohorts the person belongs to.")
    wikidata: WikidataId | None = Field(None, description="Their Wikidata item (Q…), for exports to Wikidata.")
    note: Text | None = None


class Move(Record):
    """A person, or an unnamed group, leaving one organisation for another."""

    id: Id = Field(description="Unique among moves.")
    person: Id | None = Field(None, description="Id of the person; leave out for an unnamed group.")
    group: Text | None = Field(None, description="Who moved, when the source names no one (e.g. 'three scientists').")
    headcount: Count | None = Field(None, description="How many people the group is; groups only.")
    from_: Id = Field(alias="from", description="Id of the organisation left, or 'unknown' if the source doesn't say.")
    to: Id = Field(description="Id of the organisation joined, or 'unknown' if the source doesn't say.")
    date: Date = Field(description="When, as precise as the source says.")
    date_kind: Literal["effective", "reported", "before"] = Field(
        description=(
            "effective: the move happened then; reported: a source reported it then (it may be "
            "earlier); before: it happened some time before this date (an earlier job)."
        )
    )
    date_estimated: Flag = Field(
        False, description="true when the date is inferred (e.g. from an estimated publication date)."
    )
    role: Text | None = Field(None, description="The role at the destination, where stated.")
    from_role: Text | None = Field(None, description="The role at the origin, where stated.")
    certainty: Literal["stated", "rumoured"] = Field(
        "stated",
        description="rumoured when the source hedges ('soll', 'reportedly'); stated otherwise.",
    )
    evidence: Evidences = Field(description="One or more quotes that state this move.")
    note: Text | None = None

    @property
    def when(self) -> When:
        """The date as a bound: ``date_kind: before`` with a date D is ``../D``."""
        if self.date_kind == "before" and self.date.dating == "exact":
            return When(None, self.date.high)
        return self.date


class Stay(Record):
    """A person confirmed at an organisation as of a date."""

    id: Id = Field(description="Unique among stays.")
    person: Id
    org: Id = Field(description="Id of the organisation.")
    as_of: Date
    as_of_estimated: Flag = False
    role: Text | None = None
    evidence: Evidences
    note: Text | None = None


class Position(Record):
    """A person holding a role at an organisation for a span of time: a job, a board seat, a term.

    A person may hold several at once (an advisory board beside a day job). Either date may be
    unknown (the default: the source doesn't say) or bounded: ``start: ../2019`` began by 2019;
    ``end: 2025-06/..`` was still held in June 2025 (ends then or later). An end the source sets
    in advance (a term, a contract) is ``end_scheduled: true``: it may lie in the future, and
    until it comes the position counts as still held. A move is *derived* where one position ends
    and the next begins (see :mod:`dashboard.analysis.stints`).
    """

    id: Id = Field(description="Unique among positions.")
    person: Id
    org: Id = Field(description="Id of the organisation (a position is always somewhere known).")
    role: Text | None = Field(None, description="The title or role, where stated.")
    start: Date = Field(
        When(None, None), description="When it began, as precise as the source; an interval, or 'unknown' (default)."
    )
    start_estimated: Flag = False
    end: Date = Field(
        When(None, None),
        description=(
            "When it ended; 'unknown' (default) when the source doesn't say; 'D/..' when it was still held at D "
            "(e.g. the source's publication date)."
        ),
    )
    end_estimated: Flag = False
    end_scheduled: Flag = Field(
        False,
        description=(
            "true when the end is a date the source sets in advance (a term ending 2027-01-03, a contract): it "
            "may lie in the future, and the position counts as held until then. Give the end as a date or a span."
        ),
    )
    evidence: Evidences
    note: Text | None = None

    def planned(self, today: dt.date) -> bool:
        """Whether the end is scheduled and may still be ahead on ``today`` (its last day is today or
        later): the position counts as still held, and its end is a plan, not a fact yet."""
        last = self.end.last_day()
        return self.end_scheduled and last is not None and last >= today


SCHEDULABLE = ("exact", "between")
"""How a scheduled end may be dated (:attr:`dates.When.dating`): a date or a span the source sets,
never open or unknown."""


class Claim(Record):
    """An aggregate statement a source makes about a cohort ("more than half have left")."""

    summary: Text = Field(description="The claim in one English sentence.")
    org: Id = Field(description="The organisation the claim is about (left it, or stayed at it).")
    measure: Literal["left", "stayed"]
    comparator: Literal["exactly", "about", "at_least", "more_than", "some"] = Field(
        description="How the source qualifies the number; 'some' when it gives none."
    )
    value: Count | None = Field(None, description="The number the source gives, if any.")
    unit: Literal["people", "percent"] = "people"
    as_of: Date
    as_of_estimated: Flag = False
    destinations: list[Id] = Field(default_factory=list, description="Organisations the source names as destinations.")
    evidence: Evidences
    note: Text | None = None


class Cohort(Record):
    """A named group, such as the authors of a paper, and what sources claim about it."""

    name: Text
    size: Size = Field(description="How many members the group has, or 'unknown'.")
    description: Text | None = None
    claims: list[Claim] = Field(default_factory=list)


class Document(Record):
    """The whole record: one YAML file."""

    model_config = ConfigDict(
        title="Talent Flows record",
        json_schema_extra={"description": "Moves between organisations, each with its evidence."},
    )

    sources: Annotated[dict[Id, Source], _none_as_empty(dict)] = Field(default_factory=dict)
    organizations: Annotated[dict[Id, Organization], _none_as_empty(dict)] = Field(default_factory=dict)
    people: Annotated[dict[Id, Person], _none_as_empty(dict)] = Field(default_factory=dict)
    cohorts: Annotated[dict[Id, Cohort], _none_as_empty(dict)] = Field(default_factory=dict)
    moves: Annotated[list[Move], _none_as_empty(list)] = Field(default_factory=list)
    stays: Annotated[list[Stay], _none_as_empty(list)] = Field(default_factory=list)
    positions: Annotated[list[Position], _none_as_empty(list)] = Field(default_factory=list)


def json_schema() -> dict:
    """The JSON Schema of the record, as shipped in ``data/events.schema.json``."""
    schema = Document.model_json_schema(by_alias=True, mode="validation")
    for section in schema["properties"].values():
        if "patternProperties" in section:  # a record id that breaks the id pattern is an error too
            section["additionalProperties"] = False
        section["type"] = [section["type"], "null"]  # "moves:" with nothing after it: an empty section
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}
