"""A person's career as an ordered chain of moves and stays, each with its evidence."""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.tables import records
from dashboard.record.dataset import Dataset
from dashboard.record.dates import PartialDate, parse_when

# At the same date: an earlier job ("before") first, then the move, then a confirmation.
_ORDER = {"before": 0, "effective": 1, "reported": 1, "stay": 2}


def career(dataset: Dataset, moves: pd.DataFrame, stays: pd.DataFrame, person_id: str) -> list[dict]:
    """The person's moves and stays (rows of ``moves`` and ``stays``, the record's tables) in date order.

    Each step has ``kind`` ("move" or "stay"), ``id``, ``date`` (text), ``date_precision``,
    ``date_kind`` ("stay" for stays), ``estimated``, ``from_org`` and ``to_org`` (for a stay both
    are the organisation), ``role``, ``from_role``, ``certainty``, ``note`` and ``evidence``.
    Records at the same date keep their order in the file. A step the date can't order (an
    unknown date) goes just before the step that leaves where it arrived (its next step in the
    chain), else at the end.
    """
    steps = []
    for move in records(moves[moves["person_id"] == person_id]):
        steps.append(
            (_key(move["date"], move["date_kind"]), _ORDER[move["date_kind"]], {
                "kind": "move", "id": move["id"], "date": move["date"], "date_precision": move["date_precision"],
                "when": move["when"], "dating": move["dating"], "inferred": move["inferred"],
                "from_id": move["from_id"], "to_id": move["to_id"],
                "date_kind": move["date_kind"], "estimated": move["date_estimated"],
                "from_org": dataset.org_name(move["from_id"]), "to_org": dataset.org_name(move["to_id"]),
                "role": move["role"], "from_role": move["from_role"], "certainty": move["certainty"],
                "note": move["note"], "evidence": move["evidence"],
            })
        )  # fmt: skip
    for stay in records(stays[stays["person_id"] == person_id]):
        org = dataset.org_name(stay["org_id"])
        steps.append(
            (_key(stay["as_of"], "stay"), _ORDER["stay"], {
                "kind": "stay", "id": stay["id"], "date": stay["as_of"], "date_precision": stay["as_of_precision"],
                "when": stay["when"], "dating": stay["dating"], "inferred": stay["inferred"],
                "from_id": stay["org_id"], "to_id": stay["org_id"],
                "date_kind": "stay", "estimated": stay["as_of_estimated"], "from_org": org, "to_org": org,
                "role": stay["role"], "from_role": None, "certainty": "stated", "note": stay["note"],
                "evidence": stay["evidence"],
            })
        )  # fmt: skip
    dated = [step for step in steps if step[0] is not None]
    dated.sort(key=lambda step: (step[0], step[1]))
    ordered = [step for _, _, step in dated]
    for _, _, step in (step for step in steps if step[0] is None):
        following = next((index for index, other in enumerate(ordered)
                          if other["kind"] == "move" and other["from_id"] == step["to_id"]), len(ordered))  # fmt: skip
        ordered.insert(following, step)
    return ordered


def _key(text: str, kind: str) -> PartialDate | None:
    """The date a step sorts by (an earlier job 'before D' sorts at D); ``None`` when unknown."""
    return parse_when(text).anchor


def describe_date(step: dict) -> str:
    """'2023-05 (effective, estimated)', '2025 (reported)', 'before 2025', 'as of 2025',
    '2023 or later (reported, estimated)', 'unknown date'."""
    kind = step["date_kind"]
    when = step.get("when") or parse_when(step["date"]).label()
    if kind == "before":
        text = when if when.startswith("before") else f"before {when}"
    elif kind == "stay":
        text = f"as of {when}"
    elif when == "unknown date":
        text = when
    else:
        text = f"{when} ({kind})"
    return text + (", estimated" if step["estimated"] else "")
