"""Whether a draft can be added, in the form's words: the rules the Add page and ``add-move`` share.

Each function returns the problems it finds as sentences (an empty list: none), so the page can
show them as they are typed and the command line print them; the validator then checks the new
file as a whole (quotes in their documents, dates in the future, ...) before anything is saved.
"""

from __future__ import annotations

import difflib
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from dashboard.edit.drafts import Draft, Evidence, StayDraft
from dashboard.record import characters
from dashboard.record.dates import parse_when
from dashboard.record.model import UNKNOWN, Document, Move, is_id
from dashboard.record.names import fold
from dashboard.record.quotes import normalize

DATE_KINDS = typing.get_args(Move.model_fields["date_kind"].annotation)  # as the model allows them
CERTAINTIES = typing.get_args(Move.model_fields["certainty"].annotation)


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
    if cites(move.evidence, evidence):
        return [f"{move_id} already cites this quote from {evidence.source}."]
    return []


def cites(evidence: typing.Iterable[object], item: Evidence) -> bool:
    """Whether ``evidence`` (a record's, or drafts') already holds ``item``: the same
    :func:`citation`. A translation or ``supports`` is not compared: they describe the same quote."""
    wanted = citation(item.source, item.quote)
    return any(citation(known.source, known.quote) == wanted for known in evidence)  # type: ignore[attr-defined]


def citation(source: str, quote: str) -> tuple[str, str]:
    """What makes two pieces of evidence the same: the source, and the quote compared as the
    validator finds quotes in documents (:func:`dashboard.record.quotes.normalize`: whitespace
    aside)."""
    return source, normalize(quote)


def merge_problems(draft: Draft, recorded: Move, document: Document) -> list[str]:
    """Why ``draft``'s evidence can't be added to ``recorded``, the move with its id: the draft's
    text refused (:func:`text_problems`), another move under the same id (who, from, to or when
    differ), or new people or organisations that are not in the record (a recorded move needs
    none; those already there under their id are fine)."""
    fields = {key: value for key, value in draft.fields().items() if key != "evidence"} | {"id": draft.id}
    refused = text_problems(fields, draft.evidence, draft.new_people, draft.new_orgs)
    if refused:
        return refused
    who, recorded_who = (draft.person, fold(draft.group or "")), (recorded.person, fold(recorded.group or ""))
    if (who, draft.origin, draft.destination, draft.date) != (
        recorded_who,
        recorded.from_,
        recorded.to,
        str(recorded.date),
    ):
        shown = recorded.person or recorded.group
        return [f"The id {recorded.id} is already the move of {shown} from {recorded.from_} to {recorded.to} "
                f"({recorded.date}), not this one: give this move another id."]  # fmt: skip
    found = []
    for label, new, records in (("new_people", draft.new_people, document.people),
                                ("new_organizations", draft.new_orgs, document.organizations)):  # fmt: skip
        for new_id in new:
            if new_id not in records:
                found.append(f"{label} {new_id!r} is not in the record, and the recorded move {recorded.id} needs "
                             "no new records: add it on its own.")  # fmt: skip
    return found


def differences(draft: Draft, recorded: Move) -> list[str]:
    """The details of ``draft`` that differ from ``recorded`` (the move with its id), in words:
    after a merge the recorded ones stay, and the command says which it kept."""
    given = {
        "headcount": draft.headcount,
        "date_kind": draft.date_kind,
        "date_estimated": draft.date_estimated,
        "role": draft.role,
        "from_role": draft.from_role,
        "certainty": draft.certainty,
        "note": draft.note,
    }
    there = {"headcount": recorded.headcount, "date_kind": recorded.date_kind,
             "date_estimated": recorded.date_estimated, "role": recorded.role, "from_role": recorded.from_role,
             "certainty": recorded.certainty, "note": recorded.note}  # fmt: skip
    return [f"{key} stays as recorded ({_shown(there[key])}); this input's {_shown(value)} was not used"
            for key, value in given.items()
            if value is not None and value != there[key] and not (key == "date_estimated" and not value)]  # fmt: skip


def _shown(value: object) -> str:
    return "none" if value is None else repr(value)


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
