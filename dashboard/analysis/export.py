"""The normalised record as JSON or CSV, for other tools.

JSON: ``{"moves": [...], "stays": [...], "positions": [...], "cohorts": [...]}`` with the
fields of :data:`tables.MOVE_COLUMNS`, :data:`tables.STAY_COLUMNS` and
:data:`tables.POSITION_COLUMNS` (days as ISO text); moves derived from positions come after the
record's own, with ``derived: true``. CSV: one row per move with the same
columns; ``evidence`` becomes ``sources`` (paths or URLs joined by ``;``) and ``quotes``
(joined by a blank line, in the same order).
"""

from __future__ import annotations

import csv
import io
import json

import pandas as pd

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


def rows_to_csv(rows: list[dict]) -> str:
    """CSV text of normalised moves; ``None`` becomes an empty cell."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for move in rows:
        writer.writerow(csv_row(move))
    return buffer.getvalue()


def to_csv(dataset: Dataset) -> str:
    return rows_to_csv(move_rows(dataset))
