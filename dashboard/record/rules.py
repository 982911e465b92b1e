"""The rules that look across records: references, quotes, dates, duplicates.

Each rule returns problems, each with its code and the path of the offending value;
:mod:`locate` turns paths into ``line:col``. Nothing here reads a file outside ``seeds/``: source paths are checked by
:func:`documents.resolve_source_path` before anything is opened.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from dashboard.record.dates import When
from dashboard.record.documents import DocumentError, check_url, read_document, resolve_source_path
from dashboard.record.evidence import MOVE_FIELDS, POSITION_FIELDS, STAY_FIELDS, inferred_fields, retells_in_a_circle
from dashboard.record.model import SCHEDULABLE, UNKNOWN, Evidence, Move, Position, Stay
from dashboard.record.names import fold
from dashboard.record.problems import Problem, error, warning
from dashboard.record.quotes import SourceText
from dashboard.record.records import Built, did_you_mean

SHORT_QUOTE = 20
"""Quotes shorter than this many characters get a warning: they prove little."""

DocumentReader = Callable[[Path], str]
Record = Move | Stay | Position


@dataclass
class Context:
    """What the rules need besides the records."""

    built: Built
    root: Path
    today: dt.date
    read: DocumentReader = read_document


Memo = Callable[[str, int, "Record", Callable[["Record"], list[Problem]]], list[Problem]]
"""``memo(section, index, record, run)`` returns ``run(record)``, or a remembered result of it."""


def check(context: Context, memo: Memo | None = None) -> list[Problem]:
    """Every cross-record problem of the document, errors and warnings mixed.

    ``memo`` may answer the per-record checks of moves and stays from a cache; it is only
    valid while the sources, organisations, people and seed documents are unchanged.
    """
    problems: list[Problem] = []
    documents = _check_sources(context, problems)
    _check_organizations(context, problems)
    _check_people(context, problems)
    _check_cohorts(context, documents, problems)
    _check_records(context, RecordChecks(context, documents), memo, problems)
    _check_broken_references(context, problems)
    return problems


# For records that failed their shape check: the reference fields still checked, by section.
_REFERENCES = {
    "moves": {"person": "people", "from": "organizations", "to": "organizations"},
    "stays": {"person": "people", "org": "organizations"},
    "positions": {"person": "people", "org": "organizations"},
    "organizations": {"parent": "organizations"},
}
_WHAT = {"people": "person", "organizations": "organisation", "sources": "source"}


def _check_broken_references(context: Context, problems: list[Problem]) -> None:
    """Check the references a broken record spells out, so one run reports them too."""
    for section, path, raw in context.built.broken_records:
        for field, target in _REFERENCES.get(section, {}).items():
            value = raw.get(field)
            if isinstance(value, str) and not (target == "organizations" and value == UNKNOWN):
                problem = _reference(context, target, value, path + (field,), _WHAT[target])
                if problem:
                    problems.append(problem)
        evidence = raw.get("evidence")
        for index, item in enumerate(evidence if isinstance(evidence, list) else []):
            if isinstance(item, dict) and isinstance(item.get("source"), str):
                where = path + ("evidence", index, "source")
                problem = _reference(context, "sources", item["source"], where, "source")
                if problem:
                    problems.append(problem)


def _reference(context: Context, section: str, value: str, path: tuple, what: str) -> Problem | None:
    """An error if ``value`` names no record of ``section`` (and none that failed its check)."""
    built = context.built
    if value in getattr(built.document, section) or value in built.broken_ids.get(section, ()):
        return None
    choices = list(getattr(built.document, section))
    return error(f"unknown-{what}", f"unknown {what} {value!r}{did_you_mean(value, choices)}", path)


def _org_reference(context: Context, value: str, path: tuple, *, allow_unknown: bool = True):
    if allow_unknown and value == UNKNOWN:
        return None
    return _reference(context, "organizations", value, path, "organisation")


def _not_future(date: When, today: dt.date, path: tuple) -> Problem | None:
    if date.is_future(today):
        return error("date-in-future", f"date {date} is in the future (today is {today.isoformat()})", path)
    return None


def _scheduled_end(position: Position, today: dt.date) -> Problem | None:
    """A position's end: in the future only when scheduled, and scheduled only as a date or a span;
    a warning once a scheduled end has passed."""
    end = position.end
    if not position.end_scheduled:
        if end.is_future(today):
            return error(
                "date-in-future",
                f"date {end} is in the future (today is {today.isoformat()}): if the source sets this end in "
                "advance (a term, a contract), add 'end_scheduled: true'",
                ("end",),
            )
        return None
    if end.dating not in SCHEDULABLE:
        return error(
            "scheduled-end-not-placed",
            f"'end_scheduled' needs the end the source sets, as a date or a span (2027-01-03, 2027/2028), "
            f"not {end.label()}",
            ("end_scheduled",),
        )
    if not position.planned(today):
        return warning(
            "scheduled-end-passed",
            f"the scheduled end {end.label()} has passed (today is {today.isoformat()}): cite a source that says "
            "it happened and drop 'end_scheduled', or correct the end",
            ("end",),
        )
    return None


def _check_sources(context: Context, problems: list[Problem]) -> dict[str, SourceText | None]:
    """Check each source; return the readable documents by source id (``None``: unchecked)."""
    documents: dict[str, SourceText | None] = {}
    for source_id, source in context.built.document.sources.items():
        path = ("sources", source_id)
        documents[source_id] = None
        if source.reports_on is not None:
            problem = _reference(context, "sources", source.reports_on, path + ("reports_on",), "source")
            if problem is None and retells_in_a_circle(context.built.document.sources, source_id):
                problem = error(
                    "reports-on-loop",
                    "'reports_on' goes round in a circle: these sources retell each other",
                    path + ("reports_on",),
                )
            if problem:
                problems.append(problem)
        if source.path is None and source.url is None:
            if source.title is None and source.publisher is None:
                problems.append(
                    error("unidentified-source", "a source needs 'path' (under seeds/) or 'url'; a report known "
                          "only by name needs a 'title' or 'publisher'", path)
                )  # fmt: skip
            continue
        if source.language is None and source.path is not None:
            problems.append(error("missing-language", "a stored source needs its 'language' (e.g. de, it, en)", path))
        problem = _not_future(source.published, context.today, path + ("published",))
        if problem:
            problems.append(problem)
        if source.published_estimated:
            problems.append(
                warning("estimated-date", f"publication date {source.published} is an estimate", path + ("published",))
            )
        if source.url is not None:
            try:
                check_url(source.url)
            except DocumentError as err:
                problems.append(error(err.code, str(err), path + ("url",)))
            if source.path is None:
                continue  # a web address alone: its quotes can't be checked here
        try:
            target = resolve_source_path(context.root, source.path)
            documents[source_id] = SourceText.from_text(source.path, context.read(target))
        except DocumentError as err:
            problems.append(error(err.code, str(err), path + ("path",)))
    return documents


def _check_evidence(
    context: Context,
    documents: dict[str, SourceText | None],
    evidence: Iterable[Evidence],
    path: tuple,
    problems: list[Problem],
    kinds: tuple[str, ...] | None = None,
) -> None:
    for index, item in enumerate(evidence):
        where = path + ("evidence", index)
        problem = _reference(context, "sources", item.source, where + ("source",), "source")
        if problem:
            problems.append(problem)
            continue
        source = context.built.document.sources.get(item.source)
        if source is not None and source.path is None and source.url is None:
            problems.append(
                error("unquotable-source", f"source {item.source!r} is known only by name: quote a stored or "
                      "linked document that retells it (and give that one 'reports_on')", where + ("source",))
            )  # fmt: skip
            continue
        if item.supports is not None and kinds is not None:
            wrong = [field for field in item.supports if field not in kinds]
            if wrong:
                problems.append(
                    error("wrong-supports", f"'supports' names {', '.join(map(repr, wrong))}, which this record does "
                          f"not have (it can list {', '.join(kinds)})", where + ("supports",))
                )  # fmt: skip
        document = documents.get(item.source)
        if document is None:
            continue  # a URL, or a document already reported as unreadable
        if not document.contains(item.quote):
            problems.append(
                error(
                    "quote-not-found",
                    f"quote not found in {document.path}: {document.mismatch_hint(item.quote)}",
                    where + ("quote",),
                )
            )
        elif len(item.quote.strip()) < SHORT_QUOTE:
            problems.append(
                warning(
                    "short-quote", "the quote is very short: cite the sentence that states the fact", where + ("quote",)
                )
            )


def _check_organizations(context: Context, problems: list[Problem]) -> None:
    organizations = context.built.document.organizations
    names: dict[str, str] = {}
    similar: dict[str, str] = {}  # folded name -> the first organisation with it
    for org_id, org in organizations.items():
        path = ("organizations", org_id)
        if org_id == UNKNOWN:
            problems.append(
                error(
                    "reserved-id",
                    f"{UNKNOWN!r} is reserved for an origin or destination the source leaves open",
                    path,
                    key=True,
                )
            )
        folded = org.name.casefold()
        if folded in names:
            problems.append(
                error(
                    "duplicate-organisation-name",
                    f"organisation name {org.name!r} is already used by {names[folded]!r}",
                    path + ("name",),
                )
            )
        else:
            names[folded] = org_id
            alike = fold(org.name)
            if alike in similar and alike:
                problems.append(
                    warning(
                        "look-alike-organisations",
                        f"organisation name {org.name!r} is written like {similar[alike]!r}: one organisation or two?",
                        path + ("name",),
                    )
                )
            similar.setdefault(alike, org_id)
        if org.parent is not None:
            if org.parent == org_id:
                problems.append(error("own-parent", "an organisation cannot be its own parent", path + ("parent",)))
                continue
            problem = _org_reference(context, org.parent, path + ("parent",), allow_unknown=False)
            if problem:
                problems.append(problem)
    for org_id in _parent_cycles(organizations):
        problems.append(
            error(
                "parent-loop", "the parent chain loops back to this organisation", ("organizations", org_id, "parent")
            )
        )


def _parent_cycles(organizations) -> list[str]:
    """Ids whose chain of parents comes back to them (self-parents are reported elsewhere)."""
    looping = []
    for org_id in organizations:
        seen = {org_id}
        current = organizations[org_id].parent
        while current in organizations and current != org_id:
            if current in seen:
                break
            seen.add(current)
            current = organizations[current].parent
        if current == org_id and organizations[org_id].parent != org_id:
            looping.append(org_id)
    return looping


def _check_people(context: Context, problems: list[Problem]) -> None:
    names: dict[str, str] = {}
    for person_id, person in context.built.document.people.items():
        path = ("people", person_id)
        for index, cohort in enumerate(person.cohorts):
            problem = _reference(context, "cohorts", cohort, path + ("cohorts", index), "cohort")
            if problem:
                problems.append(problem)
        folded = fold(person.name)  # O'Keefe / O’Keefe, Stuhlmüller / Stuhlmuller, a zero-width space
        if folded in names:
            problems.append(
                warning(
                    "look-alike-people",
                    f"{person.name!r} is also the name of {names[folded]!r} (written alike): two people or one?",
                    path + ("name",),
                )
            )
        else:
            names[folded] = person_id


def _check_cohorts(context: Context, documents, problems: list[Problem]) -> None:
    document = context.built.document
    members: dict[str, int] = {}
    for person in document.people.values():
        for cohort in person.cohorts:
            members[cohort] = members.get(cohort, 0) + 1
    for cohort_id, cohort in document.cohorts.items():
        path = ("cohorts", cohort_id)
        if cohort.size is not None and members.get(cohort_id, 0) > cohort.size:
            problems.append(
                error(
                    "cohort-over-size",
                    f"{members[cohort_id]} people list this cohort, but its size is {cohort.size}",
                    path + ("size",),
                )
            )
        for index, claim in enumerate(cohort.claims):
            where = path + ("claims", index)
            for problem in (
                _org_reference(context, claim.org, where + ("org",), allow_unknown=False),
                _not_future(claim.as_of, context.today, where + ("as_of",)),
            ):
                if problem:
                    problems.append(problem)
            for number, destination in enumerate(claim.destinations):
                problem = _org_reference(context, destination, where + ("destinations", number), allow_unknown=False)
                if problem:
                    problems.append(problem)
            if claim.comparator == "some" and claim.value is not None:
                problems.append(
                    error(
                        "claim-value",
                        "comparator 'some' takes no value: the source gives no number",
                        where + ("value",),
                    )
                )
            if claim.comparator != "some" and claim.value is None:
                problems.append(error("claim-value", f"comparator {claim.comparator!r} needs a value", where))
            if claim.value is not None and claim.unit == "percent" and claim.value > 100:
                problems.append(
                    error(
                        "claim-exceeds-cohort",
                        f"{claim.value} percent is more than the whole cohort",
                        where + ("value",),
                    )
                )
            if (
                claim.value is not None
                and claim.unit == "people"
                and cohort.size is not None
                and claim.value > cohort.size
            ):
                problems.append(
                    error(
                        "claim-exceeds-cohort",
                        f"{claim.value} people is more than the cohort's size {cohort.size}",
                        where + ("value",),
                    )
                )
            if claim.as_of_estimated:
                problems.append(warning("estimated-date", f"date {claim.as_of} is an estimate", where + ("as_of",)))
            _check_evidence(context, documents, claim.evidence, where, problems, ())


def _indexed(context: Context, section: str) -> Iterator[tuple[int, Record]]:
    """Records of a list section with their index in the YAML list (for positions)."""
    built = context.built
    yield from zip(built.list_paths.get(section, []), getattr(built.document, section), strict=True)


def _check_ids(context: Context, section: str, problems: list[Problem]) -> None:
    ids = [record.id for record in getattr(context.built.document, section)]
    if len(set(ids)) == len(ids):
        return  # the usual case, decided at C speed
    first: dict[str, int] = {}
    for index, record in _indexed(context, section):
        if record.id in first:
            problems.append(
                error(
                    "duplicate-id",
                    f"id {record.id!r} is used twice in {section} (first at item {first[record.id] + 1})",
                    (section, index, "id"),
                )
            )
        else:
            first[record.id] = index


def _check_duplicate_moves(context: Context, problems: list[Problem]) -> None:
    keys = [(m.person, m.from_, m.to, str(m.when)) for m in context.built.document.moves if m.person is not None]
    if len(set(keys)) == len(keys):
        return  # the usual case, decided at C speed
    seen: dict[tuple, str] = {}
    for index, move in _indexed(context, "moves"):
        if move.person is None:
            continue
        key = (move.person, move.from_, move.to, str(move.when))
        if key in seen:
            problems.append(
                error(
                    "duplicate-move",
                    f"duplicate move: same person, origin, destination and date as {seen[key]!r}",
                    ("moves", index, "id"),
                )
            )
        else:
            seen[key] = move.id


def _check_duplicate_positions(context: Context, problems: list[Problem]) -> None:
    positions = context.built.document.positions
    keys = [(p.person, p.org, p.role, str(p.start), str(p.end)) for p in positions]
    if len(set(keys)) == len(keys):
        return
    seen: dict[tuple, str] = {}
    for index, position in _indexed(context, "positions"):
        key = (position.person, position.org, position.role, str(position.start), str(position.end))
        if key in seen:
            problems.append(
                error("duplicate-position",
                      f"duplicate position: same person, organisation, role and dates as {seen[key]!r}",
                      ("positions", index, "id"))
            )  # fmt: skip
        else:
            seen[key] = position.id


class RecordChecks:
    """The checks of one move or stay against the rest of the record (paths relative to it).

    They depend on the record itself and on the sections it refers to (sources, organisations,
    people), never on the other moves or stays; :func:`check` runs the checks across moves
    (ids, duplicates) separately. That lets a caller reuse a record's results while those
    sections are unchanged (see :mod:`incremental`).
    """

    def __init__(self, context: Context, documents: dict[str, SourceText | None]):
        self.context = context
        self.documents = documents
        self.published = {sid: source.published for sid, source in context.built.document.sources.items()}
        self._surnames: dict[str, set[str]] = {}

    def move(self, move: Move) -> list[Problem]:
        context, problems = self.context, []
        if (move.person is None) == (move.group is None):
            problems.append(
                error(
                    "person-or-group",
                    "a move needs exactly one of 'person' or 'group' (an unnamed group with a headcount)",
                )
            )
        if move.group is not None and move.headcount is None:
            problems.append(
                error(
                    "missing-headcount",
                    "a group needs a 'headcount': how many people the source says moved",
                    ("group",),
                )
            )
        if move.person is not None and move.headcount is not None:
            problems.append(
                error("headcount-on-person", "'headcount' is for unnamed groups; a person is one", ("headcount",))
            )
        if move.person is not None:
            problems.append(_reference(context, "people", move.person, ("person",), "person"))
        problems.append(_org_reference(context, move.from_, ("from",)))
        problems.append(_org_reference(context, move.to, ("to",)))
        if move.from_ == move.to:
            what = "both unknown" if move.from_ == UNKNOWN else f"both {move.from_!r}"
            problems.append(error("same-origin-and-destination", f"origin and destination are {what}", ("to",)))
        problems.append(_not_future(move.date, context.today, ("date",)))
        if move.date_estimated:
            problems.append(warning("estimated-date", f"date {move.date} is an estimate", ("date",)))
        if move.date_kind == "before" and move.date.dating not in ("exact", "before"):
            problems.append(
                error(
                    "before-needs-one-date",
                    f"date_kind 'before' takes one date (or '../D'), not {move.date.label()}",
                    ("date_kind",),
                )
            )
        problems.append(self._after_sources(move.when, move.evidence, ("date",)))
        problems.append(self._more_precise(move.when, move.date_estimated, move.evidence, ("date",)))
        if move.person is not None:
            problems.append(self._named(move.person, move.evidence))
        problems.append(_inferred(move))
        problems = [problem for problem in problems if problem]
        _check_evidence(context, self.documents, move.evidence, (), problems, MOVE_FIELDS)
        return problems

    def _after_sources(self, when: When, evidence: list[Evidence], path: tuple) -> Problem | None:
        cited = [self.published[item.source].last_day() for item in evidence if item.source in self.published]
        first = when.first_day()
        if first is not None and cited and all(day is not None and first > day for day in cited):
            return warning(
                "dated-after-sources", f"dated {when.label()}, after every source that states it was published", path
            )
        return None

    def _more_precise(self, when: When, estimated: bool, evidence: list[Evidence], path: tuple) -> Problem | None:
        """An estimated date that claims more than every cited source's publication date allows."""
        if not estimated or when.dating != "exact":
            return None
        cited = [self.published[item.source] for item in evidence if item.source in self.published]
        if cited and all(date.dating in ("after", "unknown") for date in cited):
            return warning(
                "more-precise-than-sources",
                f"estimated as {when.label()}, but its sources are dated only "
                f"{' / '.join(sorted({date.label() for date in cited}))}: inherit that bound",
                path,
            )
        return None

    def stay(self, stay: Stay) -> list[Problem]:
        context = self.context
        problems = [
            _reference(context, "people", stay.person, ("person",), "person"),
            _org_reference(context, stay.org, ("org",), allow_unknown=False),
            _not_future(stay.as_of, context.today, ("as_of",)),
            warning("estimated-date", f"date {stay.as_of} is an estimate", ("as_of",))
            if stay.as_of_estimated
            else None,
            self._more_precise(stay.as_of, stay.as_of_estimated, stay.evidence, ("as_of",)),
            self._named(stay.person, stay.evidence),
            _inferred(stay),
        ]
        problems = [problem for problem in problems if problem]
        _check_evidence(context, self.documents, stay.evidence, (), problems, STAY_FIELDS)
        return problems

    def position(self, position: Position) -> list[Problem]:
        context = self.context
        start, end = position.start, position.end
        problems = [
            _reference(context, "people", position.person, ("person",), "person"),
            _org_reference(context, position.org, ("org",), allow_unknown=False),
            _not_future(start, context.today, ("start",)),
            _scheduled_end(position, context.today),
            self._after_sources(start, position.evidence, ("start",)),
            self._more_precise(start, position.start_estimated, position.evidence, ("start",)),
            self._more_precise(end, position.end_estimated, position.evidence, ("end",)),
            self._named(position.person, position.evidence),
            _inferred(position),
        ]
        first, last = start.first_day(), end.last_day()
        if first is not None and last is not None and first > last:
            problems.append(
                error(
                    "ends-before-start",
                    f"the position ends ({end.label()}) before it starts ({start.label()})",
                    ("end",),
                )
            )
        dates = (("start", start, position.start_estimated), ("end", end, position.end_estimated))
        for field, date, estimated in dates:
            if estimated:
                problems.append(warning("estimated-date", f"date {date} is an estimate", (field,)))
        problems = [problem for problem in problems if problem]
        _check_evidence(context, self.documents, position.evidence, (), problems, POSITION_FIELDS)
        return problems

    def _named(self, person_id: str, evidence: list[Evidence]) -> Problem | None:
        """A warning when no quote mentions the person: the quote may back another record."""
        person = self.context.built.document.people.get(person_id)
        if person is None:
            return None
        surnames = self._surnames.get(person_id)
        if surnames is None:
            names = [person.name, *person.aliases]
            surnames = self._surnames[person_id] = {name.split()[-1].casefold() for name in names if name.split()}
        text = " ".join(item.quote for item in evidence).casefold()
        if any(surname in text for surname in surnames):
            return None
        return warning("person-not-quoted", f"no quote names {person.name}: is this the right evidence?", ("evidence",))


def _inferred(record: Record) -> Problem | None:
    """A warning naming the fields no quote supports (and asking for their basis if no note gives it)."""
    fields = inferred_fields(record)
    if not fields:
        return None
    names = ", ".join(repr(field) for field in fields)
    basis = "" if record.note else "; say in 'note' what they are inferred from"
    which = "it" if len(fields) == 1 else "them"
    return warning("inferred-field", f"{names} inferred: no quote's 'supports' lists {which}{basis}", ("evidence",))


def prefixed(problems: list[Problem], prefix: tuple) -> list[Problem]:
    """``problems`` with ``prefix`` put before each path."""
    return [replace(problem, path=prefix + problem.path) for problem in problems]


def _check_records(context: Context, checks: RecordChecks, memo: Memo | None, problems: list[Problem]) -> None:
    _check_ids(context, "moves", problems)
    _check_duplicate_moves(context, problems)
    _check_ids(context, "stays", problems)
    _check_ids(context, "positions", problems)
    _check_duplicate_positions(context, problems)
    for section, run in (("moves", checks.move), ("stays", checks.stay), ("positions", checks.position)):
        for index, record in _indexed(context, section):
            found = memo(section, index, record, run) if memo else run(record)
            if found:
                problems.extend(prefixed(found, (section, index)))
