"""Positions: who held what where and when, which of them ran in parallel, and the moves they imply.

A position (``positions:`` in the record) is a span with a start and an end, each as precise as
its source, bounded or unknown. Two questions are answered here, both without guessing:

**Held at the same time.** Two positions of one person ran in parallel when the record proves it:
the later of their latest possible starts lies before the earlier of their earliest possible
ends. An unknown start or end proves nothing, so such a position is never called parallel.

**Scheduled ends.** An end the source sets in advance (``end_scheduled: true``: a term, a
contract) may lie in the future. Until it comes, the position counts as still held *today* and
no further: what lies after today is a plan, not a fact, so it proves no overlap and is drawn
apart (``planned``). Once the day has passed, the position ended then, like any placed end.

**Derived moves.** A move from A to B is *derived* when the person's position at A ends and a
position at another organisation B begins close to that end:

- A's end and B's start are both dated: exact (a year, month or day) or between two dates. An
  end that is unknown, only bounded above ("ended by 2020") or open ("still held in 2025") ends
  nothing we can place, so it derives nothing.
- B's start lies within :data:`GAP_DAYS` of A's end (their spans, each widened by that much,
  meet), and after A began.
- A's end is not a scheduled end still ahead of today: the person has not left A yet, and a
  move is never counted before it happens (it is derived once the day has passed).
- Exactly one such B exists. Two positions starting at A's end (a new job and a board seat) leave
  the next step unclear, so none is derived; :func:`next_steps` says so on the Person page.
- No explicit move of the record already says the person went from A to B: explicit moves stay
  as they are, and a derived one never counts a move twice.

A derived move is dated by B's start (``effective``), takes A's role as ``from_role`` and B's as
``role``, and cites the quotes of both positions. No sentence states the move itself, so its
``inferred`` fields include ``move``: it is drawn and counted like any move with an inferred
detail (dotted on the Sankey, "inferred" in every count), and its note says which positions it
joins.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

import pandas as pd

from dashboard.record.dates import When
from dashboard.record.model import Document, Evidence, Move, Position
from dashboard.text import hover_text

GAP_DAYS = 183
"""How far apart (about six months) one position's end and the next one's start may lie."""
DERIVED_SEPARATOR = "~"
"""Joins the two position ids of a derived move's id ('p1~p2'): no record id contains it."""


@dataclass(frozen=True)
class Unclear:
    """A position that ended where several others began: no move is derived from it."""

    position: str
    candidates: tuple[str, ...]


def _placed(when: When) -> tuple[dt.date, dt.date] | None:
    """The first and last day of a date with both bounds (exact or between), else ``None``."""
    first, last = when.first_day(), when.last_day()
    return None if first is None or last is None else (first, last)


def _near(end: tuple[dt.date, dt.date], start: tuple[dt.date, dt.date]) -> bool:
    gap = dt.timedelta(days=GAP_DAYS)
    return start[0] <= end[1] + gap and start[1] >= end[0] - gap


def by_person(positions: list[Position]) -> dict[str, list[Position]]:
    """Each person's positions, in record order; people in the order of their first position."""
    people: dict[str, list[Position]] = defaultdict(list)
    for position in positions:
        people[position.person].append(position)
    return people


def _follows(before: Position, after: Position, today: dt.date) -> bool:
    """Whether ``after`` begins near ``before``'s end, at another organisation, after ``before``
    began, and ``before``'s end is not still ahead of ``today`` as scheduled."""
    if after.org == before.org or after is before or before.planned(today):
        return False
    end, start = _placed(before.end), _placed(after.start)
    if end is None or start is None or not _near(end, start):
        return False
    began = before.start.first_day()
    return began is None or start[0] > began


def next_steps(positions: list[Position], today: dt.date) -> tuple[list[tuple[Position, Position]], list[Unclear]]:
    """Pairs (ended position, the one position that followed it) and the ends with several
    followers, as of ``today`` (a scheduled end still ahead ends nothing yet)."""
    pairs, unclear = [], []
    for held in by_person(positions).values():
        _steps(held, today, pairs, unclear)
    return pairs, unclear


def _steps(held: list[Position], today: dt.date, pairs: list, unclear: list) -> None:
    """:func:`next_steps` of one person's positions ``held``, added to ``pairs`` and ``unclear``."""
    for before in held:
        followers = [after for after in held if _follows(before, after, today)]
        if len(followers) == 1:
            pairs.append((before, followers[0]))
        elif followers:
            unclear.append(Unclear(before.id, tuple(after.id for after in followers)))


_FROM = {"person": "person", "org": "from", "role": "from_role"}
_TO = {"person": "person", "org": "to", "role": "role"}


def _evidence(position: Position, fields: dict[str, str]) -> list[Evidence]:
    """A position's quotes as evidence of a move: what they support, in the move's fields."""
    items = []
    for item in position.evidence:
        supported = item.supports if item.supports is not None else list(fields)
        items.append(item.model_copy(update={"supports": [fields[field] for field in supported if field in fields]}))
    return items


def derive_moves(document: Document, today: dt.date) -> list[Move]:
    """The moves the record's positions imply as of ``today`` (see the module's rules), in the
    order of the positions: person by person, in the order each person's first position comes."""
    if not document.positions:
        return []
    explicit = explicit_steps(document.moves)
    moves = []
    for person, held in by_person(document.positions).items():
        moves += derive_person(held, explicit.get(person, frozenset()), today)
    return moves


def explicit_steps(moves: list[Move]) -> dict[str, frozenset[tuple[str, str]]]:
    """Person id -> (from, to) of each of their explicit moves: the steps a derived move would
    count twice."""
    steps: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for move in moves:
        if move.person is not None:
            steps[move.person].add((move.from_, move.to))
    return {person: frozenset(pairs) for person, pairs in steps.items()}


def derive_person(held: list[Position], explicit: frozenset[tuple[str, str]], today: dt.date) -> list[Move]:
    """The moves one person's positions ``held`` (in record order) imply as of ``today``, but
    those their explicit moves already state (``explicit``: (from, to) pairs): what
    :func:`derive_moves` gives for that person. It depends on nothing else, so a person whose
    positions and moves did not change has the same derived moves."""
    pairs: list[tuple[Position, Position]] = []
    _steps(held, today, pairs, [])
    moves = []
    for before, after in pairs:
        if (before.org, after.org) in explicit:
            continue
        ended = "ended as scheduled" if before.end_scheduled else "ended"
        note = (
            f"Derived from positions: {before.id} {ended} {before.end.label()}; {after.id} began {after.start.label()}."
        )
        moves.append(
            Move.model_construct(
                id=f"{before.id}{DERIVED_SEPARATOR}{after.id}", person=before.person, group=None, headcount=None,
                from_=before.org, to=after.org, date=after.start, date_kind="effective",
                date_estimated=after.start_estimated, role=after.role, from_role=before.role, certainty="stated",
                evidence=_evidence(before, _FROM) + _evidence(after, _TO), note=note,
            )
        )  # fmt: skip
    return moves


def _certain(position: Position, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The span the position was certainly held: from its latest possible start to its
    earliest possible end (``None`` where the record can't say); a scheduled end counts up to
    ``today`` at most (what lies after it is planned)."""
    end = position.end.first_day()
    if position.end_scheduled and end is not None:
        end = min(end, today)
    return position.start.last_day(), end


def parallel(positions: list[Position], today: dt.date) -> dict[str, list[str]]:
    """Position id -> ids of the same person's positions certainly held at the same time (as of
    ``today``: the planned part of a scheduled end proves nothing yet)."""
    found: dict[str, list[str]] = {position.id: [] for position in positions}
    for held in by_person(positions).values():
        found.update(parallel_person(held, today))
    return found


def parallel_person(held: list[Position], today: dt.date) -> dict[str, list[str]]:
    """:func:`parallel` for one person's positions ``held``: it depends on nothing else."""
    found: dict[str, list[str]] = {position.id: [] for position in held}
    spans = [(position, *_certain(position, today)) for position in held]
    spans = [(position, start, end) for position, start, end in spans if start is not None and end is not None]
    for index, (one, start, end) in enumerate(spans):
        for other, other_start, other_end in spans[index + 1 :]:
            if max(start, other_start) < min(end, other_end):
                found[one.id].append(other.id)
                found[other.id].append(one.id)
    return found


def _day(value) -> dt.date | None:
    """A day from a table cell (``None``, NaN and NaT are no day)."""
    if value is None or value != value:  # NaN / NaT
        return None
    return value.date() if hasattr(value, "date") and not isinstance(value, dt.date) else value


def stint_segments(positions, edges: tuple[dt.date, dt.date], today: dt.date):
    """The pieces a chart of positions draws (rows of the positions table, in order).

    Each position is a row ``label`` ('OpenAI · chief scientist'). When the record proves a span
    (the latest possible start lies before the earliest possible end), that span is ``held`` and
    the bounds' own width on either side is ``uncertain`` (an open side runs to the chart's
    ``edges``). When it proves none (an unknown or open start or end), the whole span the dates
    allow is one ``uncertain`` piece. Of a position with a scheduled end, whatever lies after
    ``today`` is one ``planned`` piece, its ``text`` 'scheduled to end …'. Columns: ``label``,
    ``piece``, ``x0``, ``x1`` (days), ``id``, ``org_id``, ``text``.
    """
    left, right = edges
    pieces = []
    for row in positions.itertuples(index=False):
        label = row.org + (f" · {row.role}" if row.role else "")
        s1, s2, e1, e2 = (_day(value) for value in (row.start_first, row.start_last, row.end_first, row.end_last))
        if s2 is not None and e1 is not None and s2 <= e1:
            spans = [("uncertain", s1 or left, s2), ("held", s2, e1), ("uncertain", e1, e2 or right)]
            spans = [span for span in spans if span[0] == "held" or span[1] < span[2]]
        else:
            spans = [("uncertain", s1 or left, e2 or right)]
        if row.end_scheduled:
            spans = _planned_after(spans, today)
        planned = f"scheduled to end {row.end_label}"
        pieces += [(label, piece, x0, x1, row.id, row.org_id, planned if piece == "planned" else "")
                   for piece, x0, x1 in spans]  # fmt: skip
    return pd.DataFrame(pieces, columns=["label", "piece", "x0", "x1", "id", "org_id", "text"])


def _planned_after(spans: list[tuple], today: dt.date) -> list[tuple]:
    """``spans`` (in date order) cut at ``today``: what lies after it becomes one ``planned`` piece."""
    kept = []
    for piece, x0, x1 in spans:
        if x1 <= today:
            kept.append((piece, x0, x1))
        elif x0 < today:
            kept.append((piece, x0, today))
    after = [(x0, x1) for _, x0, x1 in spans if x1 > today]
    if after:
        kept.append(("planned", max(today, after[0][0]), max(x1 for _, x1 in after)))
    return kept


def position_hovers(positions) -> dict[str, str]:
    """Position id -> hover text: organisation and role, its dates in words, held-at-the-same-time
    positions, and the first quote with its source."""
    texts = {}
    for row in positions.itertuples(index=False):
        title = row.org + (f" · {row.role}" if row.role else "")
        to = f", scheduled to end {row.end_label}" if row.end_scheduled else f" to {row.end_label}"
        when = f"from {row.start_label}{to}".replace("unknown date", "unknown")
        marks = [field for field, flag in (("start", row.start_estimated), ("end", row.end_estimated)) if flag]
        when += f" ({' and '.join(marks)} estimated)" if marks else ""
        texts[row.id] = hover_text(title, when, row.evidence)
    return texts
