"""What the pages compute once per valid record: its tables, bounds, names and citations.

:func:`build` makes a bundle from scratch. :class:`Builder` makes the bundles of successive
versions of one record file and, after an edit, recomputes only the rows the edit can change
(:meth:`Builder.build` says which): the result is always the bundle :func:`build` gives.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.analysis.filters import Bounds, bounds
from dashboard.analysis.stints import by_person, derive_person, explicit_steps, parallel_person
from dashboard.analysis.tables import (
    CATEGORICAL,
    CATEGORICAL_PAIRS,
    OPEN_HIGH,
    OPEN_LOW,
    categorical,
    claims_table,
    evidence_sources,
    move_values,
    moves_frame,
    position_values,
    positions_frame,
    stay_values,
    stays_frame,
)
from dashboard.record.dataset import Dataset
from dashboard.record.model import UNKNOWN


@dataclass(frozen=True)
class Bundle:
    """A valid record and everything the pages compute from it once.

    ``dataset`` is light: its document keeps people, organisations, cohorts and sources, but
    its moves, stays and positions are empty lists; the pages read them from the tables (the
    moves table holds the moves derived from positions too). That
    keeps the bundle quick to store and read from the disk cache (100,000 model objects take
    seconds to unpickle; the same rows as tables take a tenth of a second).
    """

    dataset: Dataset
    moves: pd.DataFrame
    stays: pd.DataFrame
    claims: pd.DataFrame
    positions: pd.DataFrame
    bounds: Bounds
    names: dict[str, str]
    digest: str
    cited: dict[str, dict[str, list[int]]]
    """Source label -> section ("moves", "stays", "claims") -> rows of that table citing it."""
    sources: dict[str, pd.Series]
    """Section -> :func:`dashboard.analysis.tables.evidence_sources` of its table."""


def _light(dataset: Dataset) -> Dataset:
    """``dataset`` without its moves, stays and positions (see :class:`Bundle`)."""
    light = dataset.document.model_copy(update={"moves": [], "stays": [], "positions": []})
    return Dataset(light, dataset.root, dataset.today)


def _years(frame: pd.DataFrame) -> set[int]:
    """The years the bounds of ``frame``'s dates name (open ends name none)."""
    if "year_low" not in frame:
        return set()
    found = set(frame["year_low"].unique().tolist()) | set(frame["year_high"].unique().tolist())
    return {int(year) for year in found} - {OPEN_LOW, OPEN_HIGH}


def build(dataset: Dataset, digest: str) -> Bundle:
    """The bundle of a valid ``dataset`` whose file content has hash ``digest``."""
    return Builder().build(dataset, digest)


def _bundle(dataset: Dataset, digest: str, moves: pd.DataFrame, stays: pd.DataFrame, positions: pd.DataFrame) -> Bundle:
    """The bundle of ``dataset`` around its moves, stays and positions tables."""
    claims = claims_table(dataset)
    years = sorted(_years(moves) | _years(stays) | _years(claims))
    names = {org_id: org.name for org_id, org in dataset.document.organizations.items()}
    names[UNKNOWN] = "Unknown"
    sources = {"moves": evidence_sources(moves), "stays": evidence_sources(stays), "claims": evidence_sources(claims)}
    cited: dict[str, dict[str, list[int]]] = {}
    for section, labels in sources.items():
        for label, rows in labels.groupby(labels, sort=False).groups.items():
            cited.setdefault(label, {})[section] = sorted(set(rows))
    return Bundle(_light(dataset), moves, stays, claims, positions, bounds(dataset, years), names, digest, cited,
                  sources)  # fmt: skip


@dataclass
class _Built:
    """What :class:`Builder` remembers of the last bundle it built: the record objects behind
    each table's rows, and what the derived moves depended on."""

    dataset: Dataset
    bundle: Bundle | None
    moves: list  # the record's moves: row i of the moves table is moves[i]
    derived: dict[str, tuple[int, int]]  # person -> (first row, rows) of their derived moves
    explicit: dict[str, frozenset]  # person with positions -> the steps of their explicit moves
    stays: list  # row i of the stays table is stays[i]
    positions: list  # row i of the positions table is positions[i]


class Builder:
    """Builds the bundles of successive versions of one record file, reusing rows an edit left alone.

    A row depends on its record and on a little more: the names of people and organisations,
    the organisations' roots, the sources (labels, retellings), today; the parallel positions
    and the derived moves of a person depend on all of that person's positions and explicit
    moves. The record layer hands out the same model object for a record whose text did not
    change (:class:`dashboard.record.incremental.Revalidator`), so a row is reused when its
    record is the very object of the last build and nothing else it depends on changed: a
    person whose name changed, or one of whose positions changed, gets all their rows anew, and
    so do the records of an organisation whose name or root changed. A change to the sources,
    the project root or today rebuilds everything. The rest of the bundle (claims, bounds,
    names, citations) is computed again each time: it is small or vectorised. The bundle is
    always the one a first build gives (:func:`build`).
    """

    def __init__(self) -> None:
        self._last: _Built | None = None
        self.rows_made = 0
        """Rows the last :meth:`build` computed anew (what tests count instead of timing)."""

    def build(self, dataset: Dataset, digest: str) -> Bundle:
        """The bundle of a valid ``dataset`` whose file content has hash ``digest``."""
        last = self._last
        if last is not None and not _same_basis(last.dataset, dataset):
            last = None
        document, today = dataset.document, dataset.today
        explicit = explicit_steps(document.moves)
        held = by_person(document.positions)
        if last is None:
            people, orgs, stale = set(), set(), set(held)
            last = _Built(dataset, None, [], {}, {}, [], [])
        else:
            people, orgs = _changed_people(last.dataset, dataset), _changed_orgs(last.dataset, dataset)
            stale = _touched(last.positions, document.positions, held) | people
            if orgs:
                stale |= {position.person for position in document.positions if position.org in orgs}
        fresh_only = last.bundle is None

        def kept(person: str | None, org_ids) -> bool:
            return not fresh_only and person not in people and not any(org in orgs for org in org_ids)

        # the record's moves, then those derived from positions, person by person
        picks, fresh = _reuse(last.moves, document.moves, lambda move: kept(move.person, (move.from_, move.to)))
        fresh = [move_values(dataset, move) for move in fresh]
        derived: dict[str, tuple[int, int]] = {}
        row = len(document.moves)
        for person, positions in held.items():
            steps = explicit.get(person, frozenset())
            known = last.derived.get(person)
            if known is not None and person not in stale and last.explicit.get(person, frozenset()) == steps:
                picks.extend(range(known[0], known[0] + known[1]))
                count = known[1]
            else:
                moves = derive_person(positions, steps, today)
                picks.extend(-1 - len(fresh) - number for number in range(len(moves)))
                fresh.extend(move_values(dataset, move, True) for move in moves)
                count = len(moves)
            derived[person] = (row, count)
            row += count
        made = len(fresh)
        moves_ = _rows(last.bundle and last.bundle.moves, picks, fresh, lambda rows: categorical(moves_frame(rows)))

        picks, fresh = _reuse(last.stays, document.stays, lambda stay: kept(stay.person, (stay.org,)))
        fresh = [stay_values(dataset, stay) for stay in fresh]
        made += len(fresh)
        stays = _rows(last.bundle and last.bundle.stays, picks, fresh, stays_frame)

        # a person's positions are made anew together: their parallel positions depend on all of them
        together = {person: parallel_person(held[person], today) for person in stale if person in held}
        picks, fresh = _reuse(last.positions, document.positions, lambda position: position.person not in together)
        fresh = [position_values(dataset, position, together[position.person][position.id]) for position in fresh]
        made += len(fresh)
        positions = _rows(last.bundle and last.bundle.positions, picks, fresh, positions_frame)

        bundle = _bundle(dataset, digest, moves_, stays, positions)
        self.rows_made = made
        explicit = {person: explicit[person] for person in held if person in explicit}  # all derived moves need
        self._last = _Built(dataset, bundle, document.moves, derived, explicit, document.stays, document.positions)
        return bundle


def _reuse(before: list, now: list, keep) -> tuple[list[int], list]:
    """Which rows of a table of ``now`` can be taken from the table of ``before``: (picks, fresh)
    where ``picks[i]`` is the row of ``before`` for record ``now[i]`` (the very same object, and
    ``keep(record)``), else ``-1 - j`` for the ``j``-th record of ``fresh``, those to make anew."""
    rows = {id(record): row for row, record in enumerate(before)}
    picks, fresh = [], []
    for record in now:
        row = rows.get(id(record))
        if row is not None and before[row] is record and keep(record):
            picks.append(row)
        else:
            picks.append(-1 - len(fresh))
            fresh.append(record)
    return picks, fresh


def _touched(before: list, now: list, held: dict[str, list]) -> set[str]:
    """The people with a position in one list of positions and not the other (by identity), or
    everyone in ``held`` when positions of both lists come in another order (a person's parallel
    positions and derived moves follow the order of their positions)."""
    old, new = {id(position) for position in before}, {id(position) for position in now}
    if [id(p) for p in now if id(p) in old] != [id(p) for p in before if id(p) in new]:
        return set(held)
    return {p.person for p in now if id(p) not in old} | {p.person for p in before if id(p) not in new}


def _rows(old: pd.DataFrame | None, picks: list[int], fresh: list[tuple], make) -> pd.DataFrame:
    """The table whose row ``i`` is ``old``'s row ``picks[i]``, or, where ``picks[i]`` is
    negative, row ``-1 - picks[i]`` of ``make(fresh)`` (the table of the fresh rows): exactly
    what ``make`` of all the rows gives, categories included."""
    if old is None:
        return make(fresh)
    if not fresh and len(picks) == len(old) and picks == list(range(len(old))):
        return old
    order = np.array(picks, dtype=np.int64)
    if fresh:
        new = make(fresh)
        old, new = _common_categories(old, new)
        order[order < 0] = len(old) - 1 - order[order < 0]
        old = pd.concat([old, new], ignore_index=True)
    table = old.take(order).reset_index(drop=True)
    return _inferred_text(_used_categories(table))


TEXT = pd.Series(["text"]).dtype
"""The type pandas gives a column of text (``str``; ``object`` before pandas 3)."""
_INFERS_TEXT = not isinstance(TEXT, np.dtype)  # numpy "O" before pandas 3


def _inferred_text(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each text column of the type a table made at once would have: text where
    every value present is text, ``object`` (of ``None``) where no value is present. Rows taken
    from two tables keep the types of their parts (a part's column of only ``None`` is ``object``)."""
    for column in frame.columns:
        values = frame[column]
        if isinstance(values.dtype, pd.CategoricalDtype) or not len(values):
            continue
        if not _INFERS_TEXT:
            break
        if values.dtype == np.dtype("O") and pd.api.types.infer_dtype(values, skipna=True) == "string":
            frame[column] = values.astype(TEXT)
        elif values.dtype == TEXT and values.isna().all():
            frame[column] = pd.Series([None] * len(values), index=values.index, dtype=object)
    return frame


def _groups(frame: pd.DataFrame) -> list[tuple[str, ...]]:
    """The categorical columns of ``frame``, those sharing categories together."""
    groups = [*CATEGORICAL_PAIRS, *[(column,) for column in CATEGORICAL]]
    return [group for group in groups if all(isinstance(frame.dtypes.get(c), pd.CategoricalDtype) for c in group)]


def _common_categories(old: pd.DataFrame, new: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``old`` and ``new`` with each categorical column over the union of their categories."""
    old, new = old.copy(deep=False), new.copy(deep=False)
    for group in _groups(old):
        known = old[group[0]].cat.categories
        more = new[group[0]].cat.categories.difference(known)
        dtype = pd.CategoricalDtype(sorted([*known, *more])) if len(more) else old[group[0]].dtype
        for column in group:
            if old[column].dtype != dtype:
                old[column] = old[column].cat.set_categories(dtype.categories)
            new[column] = new[column].cat.set_categories(dtype.categories)
    return old, new


def _used_categories(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each categorical column's categories cut to the values its group holds."""
    for group in _groups(frame):
        codes = np.concatenate([frame[column].cat.codes.to_numpy() for column in group])
        used = np.unique(codes[codes >= 0])
        categories = frame[group[0]].cat.categories
        if len(used) == len(categories):
            continue
        kept = categories[used] if len(used) else pd.Index([], dtype=object)  # as a table of no values has
        for column in group:
            frame[column] = frame[column].cat.set_categories(kept)
    return frame


def _same_basis(before: Dataset, now: Dataset) -> bool:
    """Whether every row may be reused if its record is: same sources, root and today."""
    return before.today == now.today and before.root == now.root and before.document.sources == now.document.sources


def _changed_people(before: Dataset, now: Dataset) -> set[str]:
    """Ids of the people whose entry changed, came or went."""
    old, new = before.document.people, now.document.people
    if old == new:  # the usual case, quick: the same objects compare equal at once
        return set()
    return {person for person in old.keys() | new.keys() if old.get(person) != new.get(person)}


def _changed_orgs(before: Dataset, now: Dataset) -> set[str]:
    """Ids of the organisations whose name, root or root's name changed, or that came or went."""
    old, new = before.document.organizations, now.document.organizations
    if old == new:
        return set()
    old_roots, new_roots = before.org_roots, now.org_roots

    def seen(orgs, roots, org_id):
        if org_id not in orgs:
            return None
        root = roots[org_id]
        return orgs[org_id].name, root, orgs[root].name

    return {org for org in old.keys() | new.keys() if seen(old, old_roots, org) != seen(new, new_roots, org)}
