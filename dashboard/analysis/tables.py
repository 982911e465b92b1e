"""The record as flat rows and pandas tables: one row per move, stay or cohort claim.

:func:`move_rows` is the single normalisation of a move; the export, the tables and every
page read from it, so a move looks the same everywhere.
"""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.stints import derive_moves, parallel
from dashboard.record.dataset import Dataset
from dashboard.record.dates import When
from dashboard.record.evidence import inferred_fields, reports
from dashboard.record.model import UNKNOWN, Evidence

MOVE_COLUMNS = [
    "id", "person", "person_id", "group", "headcount",
    "from_org", "to_org", "from_id", "to_id", "from_root", "to_root", "from_root_id", "to_root_id",
    "date", "date_precision", "date_kind", "date_estimated", "dating", "when", "date_low", "date_high",
    "role", "from_role", "certainty", "inferred", "derived", "articles", "reports", "note", "evidence",
]  # fmt: skip
"""Columns of a normalised move, in export order.

``date`` is the date as written; ``dating`` says how it places the move (exact, before, after,
between, unknown: see :class:`dashboard.record.dates.When`; a ``before`` move is ``../date``),
``when`` says it in words, ``date_low`` and ``date_high`` are its bounds (empty: open).
``inferred`` names the fields no quote supports (comma-separated, empty when none);
``derived`` is true for a move derived from two positions (:mod:`dashboard.analysis.stints`),
whose ``inferred`` fields include ``move``: no sentence states the move itself;
``articles`` and ``reports`` count the sources cited and the independent reports they retell."""

STAY_COLUMNS = [
    "id", "person", "person_id", "org", "org_id", "org_root", "org_root_id",
    "as_of", "as_of_precision", "as_of_estimated", "dating", "when", "date_low", "date_high",
    "role", "inferred", "articles", "reports", "note", "evidence",
]  # fmt: skip


def evidence_rows(dataset: Dataset, evidence: list[Evidence]) -> list[dict]:
    """Evidence as ``{"source": path or URL, "quote": ..., "translation": ...}`` dicts."""
    return [
        {"source": dataset.source_label(item.source), "quote": item.quote, "translation": item.translation}
        for item in evidence
    ]


def _org(dataset: Dataset, org_id: str) -> tuple[str | None, str | None, str | None]:
    """(name, top-level parent name, top-level parent id); all ``None`` for 'unknown'."""
    if org_id == UNKNOWN:
        return None, None, None
    root_id = dataset.org_roots[org_id]
    return dataset.org_name(org_id), dataset.org_name(root_id), root_id


def _dating(when: When) -> dict:
    return {
        "dating": when.dating,
        "when": when.label(),
        "date_low": None if when.low is None else str(when.low),
        "date_high": None if when.high is None else str(when.high),
    }


def _support(dataset: Dataset, record, derived: bool = False) -> dict:
    articles, independent = reports(dataset.document.sources, record.evidence)
    inferred = (["move"] if derived else []) + inferred_fields(record)
    return {"inferred": ", ".join(inferred), "articles": articles, "reports": independent}


def all_moves(dataset: Dataset) -> list[tuple[object, bool]]:
    """The record's moves, then the moves derived from its positions as of the day the record
    was checked (:attr:`Dataset.today`): (move, derived) pairs."""
    return [(move, False) for move in dataset.document.moves] + [
        (move, True) for move in derive_moves(dataset.document, dataset.today)
    ]


def move_values(dataset: Dataset, move, derived: bool = False) -> tuple:
    """One move, normalised, as values in :data:`MOVE_COLUMNS` order."""
    from_org, from_root, from_root_id = _org(dataset, move.from_)
    to_org, to_root, to_root_id = _org(dataset, move.to)
    when = move.when
    dating = _dating(when)
    support = _support(dataset, move, derived)
    return (
        move.id, dataset.person_name(move.person), move.person, move.group,
        1 if move.person is not None else move.headcount,
        from_org, to_org, move.from_, move.to, from_root, to_root, from_root_id or UNKNOWN, to_root_id or UNKNOWN,
        str(move.date), when.precision, move.date_kind, move.date_estimated,
        dating["dating"], dating["when"], dating["date_low"], dating["date_high"],
        move.role, move.from_role, move.certainty,
        support["inferred"], derived, support["articles"], support["reports"], move.note,
        evidence_rows(dataset, move.evidence),
    )  # fmt: skip


def move_rows(dataset: Dataset) -> list[dict]:
    """Every move, normalised: names resolved, dates as text with their precision; the record's
    moves first, then those derived from positions."""
    return [dict(zip(MOVE_COLUMNS, move_values(dataset, *pair), strict=True)) for pair in all_moves(dataset)]


def stay_values(dataset: Dataset, stay) -> tuple:
    """One stay, normalised like a move, as values in :data:`STAY_COLUMNS` order."""
    org, root, root_id = _org(dataset, stay.org)
    dating = _dating(stay.as_of)
    support = _support(dataset, stay)
    return (
        stay.id, dataset.person_name(stay.person), stay.person, org, stay.org, root, root_id,
        str(stay.as_of), stay.as_of.precision, stay.as_of_estimated,
        dating["dating"], dating["when"], dating["date_low"], dating["date_high"],
        stay.role, support["inferred"], support["articles"], support["reports"], stay.note,
        evidence_rows(dataset, stay.evidence),
    )  # fmt: skip


def stay_rows(dataset: Dataset) -> list[dict]:
    """Every stay, normalised like :func:`move_rows`."""
    return [dict(zip(STAY_COLUMNS, stay_values(dataset, stay), strict=True)) for stay in dataset.document.stays]


def claim_rows(dataset: Dataset) -> list[dict]:
    """Every cohort claim, with its cohort."""
    rows = []
    for cohort_id, cohort in dataset.document.cohorts.items():
        for claim in cohort.claims:
            rows.append(
                {
                    "cohort_id": cohort_id,
                    "cohort": cohort.name,
                    "summary": claim.summary,
                    "org": dataset.org_name(claim.org),
                    "org_id": claim.org,
                    "measure": claim.measure,
                    "comparator": claim.comparator,
                    "value": claim.value,
                    "unit": claim.unit,
                    "as_of": str(claim.as_of),
                    "as_of_precision": claim.as_of.precision,
                    "as_of_estimated": claim.as_of_estimated,
                    **_dating(claim.as_of),
                    "destinations": [dataset.org_name(org) for org in claim.destinations],
                    "evidence": evidence_rows(dataset, claim.evidence),
                }
            )
    return rows


DAYS = "datetime64[us]"
"""The type of the ``start`` and ``end`` columns, whatever dates the rows hold (pandas 3 picks the
unit from the values: a table would otherwise change type when a row comes or goes)."""
OPEN_LOW, OPEN_HIGH = 0, 9999
"""``year_low`` and ``year_high`` of an open end: before and after every year."""


def _with_spans(frame: pd.DataFrame) -> pd.DataFrame:
    """Add ``start`` and ``end`` (the first and last day the date allows; NaT where open),
    ``year_low`` and ``year_high`` (their years; :data:`OPEN_LOW` / :data:`OPEN_HIGH` where open)
    and ``year`` (the one year the date lies in, else missing): the columns
    :func:`dashboard.analysis.filters.place` reads."""
    if frame.empty:
        empty = pd.Series(dtype=DAYS)
        years = pd.Series(dtype="int64")
        return frame.assign(start=empty, end=empty, year_low=years, year_high=years, year=pd.Series(dtype="Int64"))
    start = _first_days(frame["date_low"])
    high = frame["date_high"]
    end = _first_days(high)
    length = high.astype(object).fillna("").astype(str).str.len()
    end = end.where(length != 7, end + pd.offsets.MonthEnd(0))
    end = end.where(length != 4, end + pd.offsets.YearEnd(0))
    year_low = start.dt.year.fillna(OPEN_LOW).astype("int64")
    year_high = end.dt.year.fillna(OPEN_HIGH).astype("int64")
    year = year_low.astype("Int64").where(year_low == year_high)
    start, end = start.astype(DAYS), end.astype(DAYS)
    return frame.assign(start=start, end=end, year_low=year_low, year_high=year_high, year=year)


def _first_days(text: pd.Series) -> pd.Series:
    """The first day of each partial date (NaT where there is none)."""
    text = text.astype(object).fillna("").astype(str)
    padded = text.where(text.str.len() == 10, text.where(text.str.len() == 7, text + "-01") + "-01")
    return pd.to_datetime(padded.where(text != ""), format="%Y-%m-%d")


def moves_table(dataset: Dataset) -> pd.DataFrame:
    """One row per move (:data:`MOVE_COLUMNS`), plus ``who`` (the person, or the group with its
    headcount: '3 × three scientists'), ``start``, ``end`` and ``year``."""
    # Rows as tuples, not dicts: at 100,000 moves a list of dicts of 29 keys holds ~90 MiB more.
    values = [move_values(dataset, *pair) for pair in all_moves(dataset)]
    return categorical(moves_frame(values))


def moves_frame(values: list[tuple]) -> pd.DataFrame:
    """The moves table of rows of :func:`move_values`, before :func:`categorical`."""
    frame = pd.DataFrame.from_records(values, columns=MOVE_COLUMNS, nrows=len(values))
    frame["headcount"] = frame["headcount"].astype("int64")
    frame["derived"] = frame["derived"].astype(bool)
    frame["who"] = mover_labels(frame)
    return _with_spans(frame)


CATEGORICAL_PAIRS = [
    ("from_id", "to_id"),
    ("from_root_id", "to_root_id"),
    ("from_org", "to_org"),
    ("from_root", "to_root"),
]
CATEGORICAL = [
    "person_id", "person", "who", "date_precision", "date_kind", "certainty", "role", "dating", "inferred", "when",
    "date_low", "date_high",
]  # fmt: skip


def categorical(frame: pd.DataFrame) -> pd.DataFrame:
    """Repeated text columns as pandas categoricals.

    Filtering 100,000 rows copies every column; a categorical copies small integer codes
    instead of text, which makes a filter change about five times faster. Origin and
    destination columns share one set of categories, so they compare with each other. Code
    that edits such a column (``fillna``, ``+``) first turns it back into text
    (``astype(object)``): only on the few rows it shows.
    """
    for pair in CATEGORICAL_PAIRS:
        values = pd.unique(pd.concat([frame[column] for column in pair], ignore_index=True).dropna())
        dtype = pd.CategoricalDtype(sorted(values))
        for column in pair:
            frame[column] = frame[column].astype(dtype)
    for column in CATEGORICAL:
        frame[column] = frame[column].astype("category")
    return frame


def mover_labels(moves: pd.DataFrame) -> pd.Series:
    """Each move's mover: the person, or the group with its headcount ('3 × three scientists')."""
    group = moves["headcount"].astype(str) + " × " + moves["group"].fillna("")
    return moves["person"].where(moves["person"].notna(), group)


def newest_first(moves: pd.DataFrame, limit: int | None = None) -> pd.DataFrame:
    """Moves newest first (by the end, then the start of their date span, then id), at most ``limit``.

    An open end sorts as the newest, an open start as the oldest, among equal other bounds.

    With a limit, only the rows that can be among the first are sorted: every row tied with
    the cut-off is kept before sorting, so the result is exactly the head of the full order.
    """
    order = {"by": ["end", "start", "id"], "ascending": [False, False, True]}
    if limit is None or len(moves) <= limit:
        return moves.sort_values(**order)
    return moves.nlargest(limit, ["end", "start"], keep="all").sort_values(**order).head(limit)


def stays_table(dataset: Dataset) -> pd.DataFrame:
    """One row per stay (:data:`STAY_COLUMNS`), plus ``start``, ``end`` and ``year``."""
    return stays_frame([stay_values(dataset, stay) for stay in dataset.document.stays])


def stays_frame(values: list[tuple]) -> pd.DataFrame:
    """The stays table of rows of :func:`stay_values`."""
    frame = pd.DataFrame.from_records(values, columns=STAY_COLUMNS, nrows=len(values))
    return _with_spans(frame)


POSITION_COLUMNS = [
    "id", "person", "person_id", "org", "org_id", "org_root_id", "role", "start", "end", "start_label", "end_label",
    "start_first", "start_last", "end_first", "end_last", "start_estimated", "end_estimated", "end_scheduled",
    "parallel", "inferred", "note", "evidence",
]  # fmt: skip
"""Columns of the positions table: dates as written and in words, and the first and last day
each allows (``None`` where open or unknown); ``end_scheduled`` marks an end the source sets in
advance (a term, a contract), which may lie in the future; ``parallel`` lists the ids of the same
person's positions certainly held at the same time (:func:`dashboard.analysis.stints.parallel`),
as of the day the record was checked."""


def positions_table(dataset: Dataset) -> pd.DataFrame:
    """One row per position (:data:`POSITION_COLUMNS`)."""
    together = parallel(dataset.document.positions, dataset.today)
    return positions_frame([position_values(dataset, position, together[position.id])
                            for position in dataset.document.positions])  # fmt: skip


def position_values(dataset: Dataset, position, together: list[str]) -> tuple:
    """One position as values in :data:`POSITION_COLUMNS` order; ``together`` is its ``parallel``."""
    start, end = position.start, position.end
    return (
        position.id, dataset.person_name(position.person), position.person, dataset.org_name(position.org),
        position.org, dataset.org_roots[position.org], position.role, str(start), str(end),
        start.label(), end.label(), start.first_day(), start.last_day(), end.first_day(), end.last_day(),
        position.start_estimated, position.end_estimated, position.end_scheduled, together,
        ", ".join(inferred_fields(position)), position.note, evidence_rows(dataset, position.evidence),
    )  # fmt: skip


def positions_frame(values: list[tuple]) -> pd.DataFrame:
    """The positions table of rows of :func:`position_values`."""
    return pd.DataFrame.from_records(values, columns=POSITION_COLUMNS, nrows=len(values))


def claims_table(dataset: Dataset) -> pd.DataFrame:
    """One row per cohort claim, plus ``start``, ``end`` and ``year``."""
    rows = claim_rows(dataset)
    columns = ["cohort_id", "as_of", "value", "dating", "when", "date_low", "date_high"]
    frame = pd.DataFrame(rows) if rows else pd.DataFrame(columns=columns)
    frame["value"] = frame["value"].astype("Int64")
    return _with_spans(frame)


def evidence_sources(frame: pd.DataFrame) -> pd.Series:
    """The source label of each piece of evidence of ``frame``'s rows, indexed by row.

    Computed once per record, it lets a page count the sources behind a filtered table
    (:func:`sources_cited`) without walking every row's evidence on each rerun.
    """
    if "evidence" not in frame or frame.empty:
        return pd.Series([], dtype=object)
    items = frame["evidence"].explode().dropna()
    return pd.Series([item["source"] for item in items], index=items.index, dtype=object)


def sources_cited(sources: dict[str, pd.Series], tables: dict[str, pd.DataFrame]) -> int:
    """How many distinct sources back the rows of ``tables`` (filtered tables, by section name);
    ``sources`` maps the same names to :func:`evidence_sources` of the unfiltered tables."""
    parts = [sources[name][sources[name].index.isin(frame.index)] for name, frame in tables.items() if name in sources]
    return int(pd.concat(parts).nunique()) if parts else 0


def people_moved(moves: pd.DataFrame) -> int:
    """Distinct people among ``moves`` (someone who moved twice counts once), plus the headcounts
    of unnamed groups (which can't be told apart)."""
    named = moves["person_id"].dropna()
    return int(named.nunique() + moves.loc[moves["person_id"].isna(), "headcount"].sum())


def organizations_shown(moves: pd.DataFrame, stays: pd.DataFrame) -> int:
    """Distinct organisations at either end of ``moves`` or in ``stays`` (not counting 'unknown')."""
    ids = pd.unique(pd.concat([moves["from_id"], moves["to_id"], stays["org_id"]], ignore_index=True))
    return int(len(ids) - (UNKNOWN in set(ids)))


def records(frame: pd.DataFrame) -> list[dict]:
    """Rows of a table as dicts, with missing values as ``None`` (not NaN)."""
    rows = frame.to_dict("records")
    return [{key: (None if _missing(value) else value) for key, value in row.items()} for row in rows]


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and value != value) or value is pd.NA
