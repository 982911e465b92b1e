"""What the evidence of a record supports, and how many independent reports stand behind it.

An evidence item may list the fields it states (``supports: [person, from]``). A field that
the record fills but no item supports is *inferred*: the curator combined sentences or reasoned
from context, and the record's ``note`` says how. An item without ``supports`` states the whole
record, so records written before the list existed are unchanged.

A source that retells another (``reports_on``) is not an independent confirmation: two
articles retelling one report are one report. :func:`reports` follows ``reports_on`` to the
report at the end of the chain.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from dashboard.record.model import UNKNOWN, Evidence, Move, Position, Source, Stay

MOVE_FIELDS = ("person", "group", "from", "to", "role", "from_role")
STAY_FIELDS = ("person", "org", "role")
POSITION_FIELDS = STAY_FIELDS


def _filled(record: Move | Stay | Position) -> list[str]:
    """The supportable fields the record fills (an unknown end states nothing to support)."""
    if isinstance(record, Move):
        values = {"person": record.person, "group": record.group, "from": record.from_, "to": record.to,
                  "role": record.role, "from_role": record.from_role}  # fmt: skip
        return [name for name in MOVE_FIELDS if values[name] is not None and values[name] != UNKNOWN]
    values = {"person": record.person, "org": record.org, "role": record.role}
    return [name for name in STAY_FIELDS if values[name] is not None]


def supportable(record: Move | Stay | Position) -> tuple[str, ...]:
    return MOVE_FIELDS if isinstance(record, Move) else STAY_FIELDS


def inferred_fields(record: Move | Stay | Position) -> list[str]:
    """The fields of ``record`` that no evidence item supports, in field order."""
    evidence: Sequence[Evidence] = record.evidence
    if any(item.supports is None for item in evidence):
        return []
    supported = {field for item in evidence for field in item.supports or ()}
    return [field for field in _filled(record) if field not in supported]


def report_of(sources: Mapping[str, Source], source_id: str) -> str:
    """The source at the end of ``source_id``'s ``reports_on`` chain (itself if it retells nothing).

    A chain that loops or names a missing source stops there (the validator reports both)."""
    seen = {source_id}
    current = source_id
    while True:
        source = sources.get(current)
        following = source.reports_on if source is not None else None
        if following is None or following in seen or following not in sources:
            return current
        seen.add(following)
        current = following


def retells_in_a_circle(sources: Mapping[str, Source], source_id: str) -> bool:
    """True when following ``reports_on`` from ``source_id`` comes back to a source already seen."""
    seen = {source_id}
    current = sources[source_id].reports_on if source_id in sources else None
    while current is not None and current in sources:
        if current in seen:
            return True
        seen.add(current)
        current = sources[current].reports_on
    return False


def reports(sources: Mapping[str, Source], evidence: Sequence[Evidence]) -> tuple[int, int]:
    """(articles, independent reports) behind ``evidence``: distinct sources cited, and distinct
    reports they come down to."""
    cited = list(dict.fromkeys(item.source for item in evidence))
    return len(cited), len({report_of(sources, source_id) for source_id in cited})


def reports_phrase(articles: int, independent: int) -> str:
    """'1 article', '2 articles, 1 independent report', '2 articles, 2 independent reports'."""
    text = f"{articles} article{'s' if articles != 1 else ''}"
    if articles > 1:
        text += f", {independent} independent report{'s' if independent != 1 else ''}"
    return text
