"""A person's career as an ordered chain of moves and stays, each with its evidence."""

from __future__ import annotations

from .dataset import Dataset
from .tables import evidence_rows

# At the same date: an earlier job ("before") first, then the move, then a confirmation.
_ORDER = {"before": 0, "effective": 1, "reported": 1, "stay": 2}


def career(dataset: Dataset, person_id: str) -> list[dict]:
    """The person's moves and stays in date order.

    Each step has ``kind`` ("move" or "stay"), ``id``, ``date`` (text), ``date_precision``,
    ``date_kind`` ("stay" for stays), ``estimated``, ``from_org`` and ``to_org`` (for a stay both
    are the organisation), ``role``, ``from_role``, ``certainty``, ``note`` and ``evidence``.
    """
    steps = []
    moves, stays = dataset.records_of.get(person_id, ([], []))
    for move in moves:
        if move.person == person_id:
            steps.append(
                (move.date, _ORDER[move.date_kind], {
                    "kind": "move", "id": move.id, "date": str(move.date), "date_precision": move.date.precision,
                    "date_kind": move.date_kind, "estimated": move.date_estimated,
                    "from_org": dataset.org_name(move.from_), "to_org": dataset.org_name(move.to),
                    "role": move.role, "from_role": move.from_role, "certainty": move.certainty,
                    "note": move.note, "evidence": evidence_rows(dataset, move.evidence),
                })
            )  # fmt: skip
    for stay in stays:
        if stay.person == person_id:
            org = dataset.org_name(stay.org)
            steps.append(
                (stay.as_of, _ORDER["stay"], {
                    "kind": "stay", "id": stay.id, "date": str(stay.as_of), "date_precision": stay.as_of.precision,
                    "date_kind": "stay", "estimated": stay.as_of_estimated, "from_org": org, "to_org": org,
                    "role": stay.role, "from_role": None, "certainty": "stated", "note": stay.note,
                    "evidence": evidence_rows(dataset, stay.evidence),
                })
            )  # fmt: skip
    steps.sort(key=lambda step: (step[0], step[1]))
    return [step for _, _, step in steps]


def describe_date(step: dict) -> str:
    """'2023-05 (effective, estimated)', '2025 (reported)', 'before 2025', 'as of 2025'."""
    kind = step["date_kind"]
    if kind == "before":
        text = f"before {step['date']}"
    elif kind == "stay":
        text = f"as of {step['date']}"
    else:
        text = f"{step['date']} ({kind})"
    return text + (", estimated" if step["estimated"] else "")
