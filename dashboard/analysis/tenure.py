"""Stints: how long each person stayed at an organisation, from positions, moves and stays.

:func:`stints` is the one rule (docs/dashboard.md, "How long people stay", holds the same table):

=====================================  ===============================================================
the record                             the stint
=====================================  ===============================================================
a position                             a piece from its start to its end
a move into the organisation           starts a piece (the move's date)
a move out of it                       ends the open stint (the one begun before it)
a stay "as of D"                       the open stint was held until at least D
pieces at one organisation             one stint when the next begins within six months
                                       (:data:`~dashboard.analysis.stints.GAP_DAYS`) of the
                                       last day the earlier one is known held or ended
end exact (a day, month or year)       ended: an event at that day (a month or year: its middle)
end ``D1/D2`` (between)                interval-censored: ended some day in [D1, D2]
end ``../D`` or a move ``before D``    interval-censored: ended between the last day it is known
                                       held and D
end ``D/..`` (still held at D)         right-censored at D
scheduled end still ahead              right-censored at today (held until today, no further)
scheduled end passed                   ended then, like any end
end unknown, no later record           right-censored at the last day it is known held (its
                                       start, or its latest stay): the record proves no more
start exact (a day, month or year)     that day (a month or year: the middle of its span)
start ``D1/D2`` (between)              the duration is interval-censored from both ends
start ``../D``, ``D/..``, unknown      the stint is left out (it can't be placed) and counted
a move out or a stay with no stint     a stint whose start can't be placed: left out, counted
begun before it
=====================================  ===============================================================

A date known only to a month or a year is taken at the middle of its span (15 or 16 days, or
half a year, from either end at most): counting it from its first day would lengthen every
stint that began in that year and shorten every one that ended in it. An interval the record
*states* (``2023/2025``, "before 2025") is kept as an interval, and the figures use Turnbull's
estimator for it (:mod:`dashboard.analysis.survival`).

A ``reported`` date is taken as the move's date, as on every page (the move may be earlier).
Moves of unnamed groups follow no one and are counted apart. Moves derived from positions are
not read: the positions themselves are. Rumoured moves count only with ``rumours``; a stint is
marked ``rumoured`` when a rumour starts or ends it, ``inferred`` when a record it reads has an
inferred field, ``estimated`` when a date it reads is estimated.

``level`` is the Flows page's: ``unit`` keeps units apart (FAIR → Meta ends a stint at FAIR and
starts one at Meta); ``root`` rolls units into their top-level organisation (a move inside Meta
neither starts nor ends a stint there).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import pandas as pd

from dashboard.analysis.stints import GAP_DAYS
from dashboard.record.dates import parse_when

YEAR_DAYS = 365.25
"""Days in a year, for durations in years."""
STINT_COLUMNS = [
    "person_id", "person", "org_id", "start", "start_when", "end_when", "outcome", "lower", "upper",
    "last_day", "left_on", "rumoured", "inferred", "estimated", "records", "evidence",
]  # fmt: skip
"""Columns of :attr:`Stints.frame`.

``start`` is the day taken as the start (``start_when`` the record's words); ``outcome`` is
``ended`` (an exact end), ``interval`` (an end known between two days) or ``censored`` (held until
at least ``last_day``). ``lower`` and ``upper`` bound the duration in years (equal for an exact
end; ``upper`` infinite when censored). ``left_on`` is the day taken as the end of an ended stint
(else empty). ``records`` are the ids of the positions, moves and stays it reads; ``evidence``
the quotes of the record that started it and of the one that ended it (or last held it)."""
LEFT_OUT_COLUMNS = ["person_id", "person", "org_id", "reason", "records", "evidence"]
NO_START = "start can't be placed"


@dataclass
class _Piece:
    """One record's part of a stint: a start (a placed span of days, or None), an end, evidence."""

    start: tuple[dt.date, dt.date] | None
    start_when: str
    end: tuple  # ("ended", lo, hi) | ("by", hi) | ("held", day) | ("unknown",)
    end_when: str
    records: list[str]
    start_evidence: list = field(default_factory=list)
    end_evidence: list = field(default_factory=list)
    rumoured: bool = False
    inferred: bool = False
    estimated: bool = False


def _day(value) -> dt.date | None:
    """A day from a table cell: a date, a timestamp, or nothing (None, NaN, NaT)."""
    if value is None or value is pd.NaT or value != value:
        return None
    return value.date() if isinstance(value, dt.datetime) else value


def _mid(first: dt.date, last: dt.date) -> dt.date:
    return first + (last - first) // 2


def _placed(dating: str, first, last) -> tuple[dt.date, dt.date] | None:
    """A start's days: an exact date at the middle of its span, a between date as its bounds;
    an open or unknown date is not placed."""
    first, last = _day(first), _day(last)
    if dating == "exact":
        return _mid(first, last), _mid(first, last)
    if dating == "between":
        return first, last
    return None


def _ended(dating: str, first, last) -> tuple:
    """An end of the record's words as a piece's end (see the module's table)."""
    first, last = _day(first), _day(last)
    if dating == "exact":
        return ("ended", _mid(first, last), _mid(first, last))
    if dating == "between":
        return ("ended", first, last)
    if dating == "before":
        return ("by", last)
    if dating == "after":
        return ("held", first)
    return ("unknown",)


def _position_pieces(positions: pd.DataFrame, org_column: str, today: dt.date):
    for row in positions.itertuples(index=False):
        start_when, end_when = parse_when(row.start), parse_when(row.end)
        end = _ended(end_when.dating, row.end_first, row.end_last)
        if row.end_scheduled and row.end_last is not None and _day(row.end_last) >= today:
            end = ("held", today)  # a plan, not a fact: held until today, no further
        evidence = list(row.evidence)
        piece = _Piece(
            _placed(start_when.dating, row.start_first, row.start_last), start_when.label(), end,
            end_when.label() + (" (scheduled)" if row.end_scheduled else ""), [row.id], evidence, evidence,
            inferred=bool(row.inferred), estimated=bool(row.start_estimated or row.end_estimated),
        )  # fmt: skip
        yield row.person_id, getattr(row, org_column), piece


def _move_pieces(moves: pd.DataFrame, level: str):
    source, target = ("from_root_id", "to_root_id") if level == "root" else ("from_id", "to_id")
    columns = [source, target, "person_id", "id", "dating", "start", "end", "when", "certainty", "inferred",
               "date_estimated", "evidence"]  # fmt: skip
    for origin, destination, person, move_id, dating, first, last, when, certainty, inferred, estimated, evidence in (
        moves[columns].astype(object).itertuples(index=False, name=None)
    ):
        if origin == destination:
            continue  # inside one organisation at this level
        marks = {"rumoured": certainty == "rumoured", "inferred": bool(inferred), "estimated": bool(estimated)}
        first, last = (None if value is pd.NaT else value for value in (first, last))
        yield person, destination, _Piece(_placed(dating, first, last), when, ("unknown",), "", [move_id],
                                          list(evidence), [], **marks)  # fmt: skip
        yield person, origin, _Piece(None, "", _ended(dating, first, last), when, [move_id], [], list(evidence),
                                     **marks)  # fmt: skip


def _stay_pieces(stays: pd.DataFrame, org_column: str):
    for row in stays.itertuples(index=False):
        first = None if row.start is pd.NaT else row.start
        last = None if row.end is pd.NaT else row.end
        if row.dating == "exact":
            held = ("held", _mid(_day(first), _day(last)))
        elif first is not None:
            held = ("held", _day(first))  # as of 2023 or later, or between: at least its first day
        else:
            held = ("unknown",)  # as of some day up to D: no day it is known held
        yield row.person_id, getattr(row, org_column), _Piece(
            None, "", held, f"as of {row.when}", [row.id], [], list(row.evidence),
            inferred=bool(row.inferred), estimated=bool(row.as_of_estimated),
        )  # fmt: skip


def _day_of(end: tuple) -> tuple[dt.date, dt.date] | None:
    """The span of days an end speaks of (a hold: its day; ended by D: D), None when unknown."""
    kind = end[0]
    if kind == "ended":
        return end[1], end[2]
    if kind in ("held", "by"):
        return end[1], end[1]
    return None


class _Stint:
    """Pieces of one person at one organisation, followed in time: where it began (None: it can't
    be placed), how it ended (``ended``, ``by`` or ``open``), the last day it is known held."""

    def __init__(self, piece: _Piece):
        self.start, self.start_when = piece.start, piece.start_when
        self.end, self.end_when, self.held = ("open",), "", None
        self.records: list[str] = []
        self.start_evidence, self.end_evidence = piece.start_evidence, []
        self.rumoured = self.inferred = self.estimated = False
        if piece.start is not None:
            self.held = piece.start[1]
        self.take(piece)

    @property
    def ended(self) -> bool:
        return self.end[0] in ("ended", "by")

    def known_until(self) -> dt.date:
        """The last day it is known held or ended: the next piece's gap is measured from it."""
        if self.ended:
            return self.end[2] if self.end[0] == "ended" else self.end[1]
        return self.held or dt.date.min

    def _mark(self, piece: _Piece) -> None:
        self.records += piece.records
        self.rumoured |= piece.rumoured
        self.inferred |= piece.inferred
        self.estimated |= piece.estimated

    def take(self, piece: _Piece) -> None:
        """A piece's end becomes the stint's: it ends it, or proves it held later."""
        self._mark(piece)
        kind = piece.end[0]
        if kind == "held":
            self.end, self.held = ("open",), max(self.held or piece.end[1], piece.end[1])
        elif kind == "unknown":
            self.end = ("open",)
        else:
            self.end = piece.end
        if kind != "unknown" or not self.end_evidence:
            self.end_when = piece.end_when or self.end_when
            self.end_evidence = piece.end_evidence or self.end_evidence

    def join(self, piece: _Piece) -> None:
        """A later piece with a start: the stint runs on to the piece's end when it reaches
        further (else the piece lies inside it and adds only its records)."""
        reach = piece.start[1]
        if piece.end[0] == "ended":
            reach = piece.end[2]
        elif piece.end[0] in ("held", "by"):
            reach = max(reach, piece.end[1])
        if reach >= self.known_until() or not self.ended:
            self.held = max(self.held or piece.start[1], piece.start[1])
            self.take(piece)
        else:
            self._mark(piece)

    def close(self, piece: _Piece) -> None:
        """A piece without a start (a move out, a stay) after this stint began."""
        if self.ended:
            self._mark(piece)  # another record of the same end (within the gap)
        elif piece.end[0] == "held":
            self.take(piece)
        else:
            self.take(piece)


def _gap() -> dt.timedelta:
    return dt.timedelta(days=GAP_DAYS)


def _follow(pieces: list[_Piece]) -> list[_Stint]:
    """One person's pieces at one organisation as stints (see the module's table): pieces with a
    placed start in date order, each joining the stint before it when it begins within the gap;
    then each move out or stay closes (or proves held) the stint begun before it, or, with none,
    is part of a stint whose start can't be placed."""
    placed = sorted((piece for piece in pieces if piece.start is not None), key=lambda piece: piece.start)
    stints: list[_Stint] = []
    for piece in placed:
        if stints and piece.start[0] <= stints[-1].known_until() + _gap():
            stints[-1].join(piece)
        else:
            stints.append(_Stint(piece))
    loose = [(days, piece) for piece in pieces if piece.start is None and (days := _day_of(piece.end)) is not None]
    loose.sort(key=lambda pair: pair[0])
    orphans: list[_Stint] = []
    for days, piece in loose:
        begun = [stint for stint in stints if stint.start[0] <= days[1]]
        home = begun[-1] if begun else None
        if home is not None and (not home.ended or days[0] <= home.known_until() + _gap()):
            home.close(piece)
        elif orphans and (not orphans[-1].ended or days[0] <= orphans[-1].known_until() + _gap()):
            orphans[-1].close(piece)
        else:
            orphans.append(_Stint(piece))
    undated = [piece for piece in pieces if piece.start is None and _day_of(piece.end) is None]
    if undated and not stints and not orphans:  # only records that place nothing: one stint, left out
        orphans.append(_Stint(undated[0]))
        for piece in undated[1:]:
            orphans[0]._mark(piece)
    return stints + orphans


@dataclass(frozen=True, eq=False)
class Stints:
    """Every stint the record places (:attr:`frame`, :data:`STINT_COLUMNS`) and those it can't
    (:attr:`left_out`, :data:`LEFT_OUT_COLUMNS`), plus the moves of unnamed groups it can't follow."""

    frame: pd.DataFrame
    left_out: pd.DataFrame
    groups: int
    rumours_skipped: int


def stints(
    positions: pd.DataFrame,
    moves: pd.DataFrame,
    stays: pd.DataFrame,
    names: dict[str, str],
    level: str = "unit",
    today: dt.date | None = None,
    rumours: bool = False,
) -> Stints:
    """Every person's stints at every organisation (see the module's table of rules).

    ``positions``, ``moves`` and ``stays`` are the record's tables (:mod:`dashboard.analysis.tables`;
    the moves derived from positions are skipped); ``names`` maps organisation ids to names and
    person ids are named from the tables; ``today`` ends a scheduled end still ahead; rumoured moves
    are read only with ``rumours``. Durations are in years of :data:`YEAR_DAYS` days.
    """
    today = today or dt.date.today()
    org_column = "org_root_id" if level == "root" else "org_id"
    explicit = moves[~moves["derived"]] if "derived" in moves else moves
    groups = int(explicit["person_id"].isna().sum())
    named = explicit[explicit["person_id"].notna()]
    rumoured = named["certainty"].astype(object) == "rumoured"
    skipped = 0 if rumours else int(rumoured.sum())
    if not rumours:
        named = named[~rumoured]
    people: dict[str, str] = {}
    for table in (positions, named, stays):
        if len(table):
            people.update(zip(table["person_id"].astype(object), table["person"].astype(object), strict=True))
    grouped: dict[tuple[str, str], list[_Piece]] = defaultdict(list)
    sources = (_position_pieces(positions, org_column, today), _move_pieces(named, level),
               _stay_pieces(stays, org_column))  # fmt: skip
    for source in sources:
        for person, org, piece in source:
            if org is None or org == "unknown" or (isinstance(org, float) and org != org):
                continue
            grouped[(person, org)].append(piece)
    rows, left = [], []
    for (person, org), pieces in grouped.items():
        for stint in _follow(pieces):
            if stint.start is None:
                left.append((person, people.get(person, person), org, NO_START, stint.records, stint.end_evidence))
                continue
            rows.append(_row(person, people.get(person, person), org, stint))
    frame = pd.DataFrame(rows, columns=STINT_COLUMNS)
    frame["org"] = frame["org_id"].map(lambda org: names.get(org, org))
    return Stints(frame, pd.DataFrame(left, columns=LEFT_OUT_COLUMNS), groups, skipped)


def _years(days: int) -> float:
    return max(days, 0) / YEAR_DAYS


def _row(person: str, name: str, org: str, stint: _Stint) -> tuple:
    """A placed stint as a row of :data:`STINT_COLUMNS`: its duration's bounds in years."""
    start_lo, start_hi = stint.start
    held = max(stint.held or start_hi, start_hi)
    kind = stint.end[0]
    left_on = None
    if kind == "ended":
        lower, upper = _years((stint.end[1] - start_hi).days), _years((stint.end[2] - start_lo).days)
        outcome = "ended" if lower == upper else "interval"
        left_on = stint.end[1] if outcome == "ended" else None
    elif kind == "by":  # ended some day between the last day known held and D
        lower, upper = _years((held - start_hi).days), _years((stint.end[1] - start_lo).days)
        outcome = "ended" if lower == upper else "interval"
        left_on = stint.end[1] if outcome == "ended" else None
    else:
        lower, upper, outcome = _years((held - start_hi).days), float("inf"), "censored"
    evidence = {"start": stint.start_evidence, "end": stint.end_evidence}
    return (person, name, org, start_lo, stint.start_when, stint.end_when or "unknown", outcome, lower,
            max(upper, lower), held if outcome == "censored" else stint.known_until(), left_on, stint.rumoured,
            stint.inferred, stint.estimated, stint.records, evidence)  # fmt: skip
