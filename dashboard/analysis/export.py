"""The normalised record as JSON or CSV, for other tools.

JSON: ``{"moves": [...], "stays": [...], "positions": [...], "cohorts": [...]}`` with the
fields of :data:`tables.MOVE_COLUMNS`, :data:`tables.STAY_COLUMNS` and
:data:`tables.POSITION_COLUMNS` (days as ISO text); moves derived from positions come after the
record's own, with ``derived: true``. CSV: one row per move with the same
columns; ``evidence`` becomes ``sources`` (paths or URLs joined by ``;``) and ``quotes``
(joined by a blank line, in the same order).

Every CSV the project writes (this export, ``export --view``, the pages' download buttons) is
written by :func:`csv_text`, which keeps a spreadsheet from reading a cell as a formula.
"""

from __future__ import annotations

import json
import numbers

import pandas as pd
from pandas.api.types import is_bool_dtype, is_numeric_dtype

from dashboard.analysis.cohorts import member_statuses
from dashboard.analysis.tables import MOVE_COLUMNS, STAY_COLUMNS, claim_rows, move_rows, positions_table, stay_rows
from dashboard.analysis.tables import records as table_records
from dashboard.record.dataset import Dataset

CSV_COLUMNS = [column for column in MOVE_COLUMNS if column != "evidence"] + ["sources", "quotes"]
QUOTE_SEPARATOR = "\n\n"


def export_data(dataset: Dataset) -> dict:
    """Moves, stays, positions and cohorts (with member statuses and claims) as plain data."""
    claims = claim_rows(dataset)
    moves, stays = move_rows(dataset), stay_rows(dataset)
    tables = pd.DataFrame(moves, columns=MOVE_COLUMNS), pd.DataFrame(stays, columns=STAY_COLUMNS)
    cohorts = []
    for cohort_id, cohort in dataset.document.cohorts.items():
        cohorts.append(
            {
                "id": cohort_id,
                "name": cohort.name,
                "size": cohort.size,
                "members": member_statuses(dataset, *tables, cohort_id),
                "claims": [
                    {key: value for key, value in claim.items() if key not in ("cohort_id", "cohort")}
                    for claim in claims
                    if claim["cohort_id"] == cohort_id
                ],
            }
        )
    positions = table_records(positions_table(dataset))
    for position in positions:
        for key in ("start_first", "start_last", "end_first", "end_last"):
            position[key] = None if position[key] is None else position[key].isoformat()
    return {"moves": moves, "stays": stays, "positions": positions, "cohorts": cohorts}


def to_json(dataset: Dataset) -> str:
    return json.dumps(export_data(dataset), ensure_ascii=False, indent=2) + "\n"


def csv_row(move: dict) -> dict:
    """A normalised move (see :func:`tables.move_rows`) as one CSV row."""
    row = {column: move.get(column) for column in CSV_COLUMNS if column not in ("sources", "quotes")}
    row["sources"] = ";".join(item["source"] for item in move["evidence"])
    row["quotes"] = QUOTE_SEPARATOR.join(item["quote"] for item in move["evidence"])
    return row


FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
"""First characters that make a spreadsheet read a text cell as a formula (see :func:`csv_text`)."""


def _csv_cell(value: object) -> object:
    """One cell as :func:`csv_text` writes it: a real number or an empty value as it is, any other
    value as text, with a leading ``'`` when that text begins with :data:`FORMULA_START`."""
    if value is None or value is pd.NA or value is pd.NaT or isinstance(value, numbers.Number):
        return value  # numbers (numpy's too) and booleans stay numbers; NaN and None stay empty
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else value


def csv_text(frame: pd.DataFrame) -> str:
    """``frame`` as CSV text (no index) that a spreadsheet opens as data, never as formulas: the
    one CSV writer of the project (OWASP, "CSV Injection").

    - A text cell whose first character is ``=`` ``+`` ``-`` ``@``, a tab, a carriage return or a
      line feed (or the full-width ``＝ ＋ － ＠``, which some spreadsheets take for the ASCII signs)
      gets a leading ``'``: ``=HYPERLINK(...)`` is written ``'=HYPERLINK(...)``, ``-2+3`` is
      ``'-2+3``. So is a text cell that merely looks like a number, such as ``"-5"``: it is text in
      the table, so it stays text in the spreadsheet (OWASP's rule: every such cell, no guessing).
      The ``'`` stays part of the cell (a spreadsheet may show it; other readers get it as text):
      the price of a cell that is never run.
    - A real number (a cell of an integer, float or boolean column, or a number in a mixed one)
      is written as it is, unprefixed: ``-3`` in a net-flow column stays the number -3.
    - Any other value (a date, a list) is judged by the text it is written as. Column names are
      judged like text cells. Empty values stay empty; quoting is the csv module's (minimal).
    - Rows end with CRLF (RFC 4180). The csv module quotes a cell holding a carriage return only
      when the line ending holds one: with ``\\n`` alone, a cell ``x<CR>=1+1`` would be written
      bare, and a spreadsheet would end the row at the CR and start a new one with ``=1+1``.
    """
    safe = frame.copy()
    for column in safe.columns:
        series = safe[column]
        if is_numeric_dtype(series) or is_bool_dtype(series):
            continue
        safe[column] = series.astype(object).map(_csv_cell)
    safe.columns = [_csv_cell(column) for column in safe.columns]
    return safe.to_csv(index=False, lineterminator="\r\n")


def rows_to_csv(rows: list[dict]) -> str:
    """CSV text of normalised moves; ``None`` becomes an empty cell."""
    frame = pd.DataFrame([csv_row(move) for move in rows], columns=CSV_COLUMNS, dtype=object)
    return csv_text(frame)


def to_csv(dataset: Dataset) -> str:
    return rows_to_csv(move_rows(dataset))
