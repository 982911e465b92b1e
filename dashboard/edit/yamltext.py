"""Records written as YAML text in the style of the hand-kept file.

The one quoting helper (:func:`quote`) and the one writer of a move (:func:`move_yaml`), used by
edits (a move added from the Add page or ``add-move``) and by the synthetic record. Every value
is either written as an id or keyword when it is one (:func:`plain`, unquoted as editors write
them) or quoted, so no value can add YAML structure: a newline or ``key: value`` in a name stays
inside its quoted string, and the validator then says what is wrong with the value.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from dashboard.record.model import Move, is_id

MOVE_KEYS = ("id", "person", "group", "headcount", "from", "to", "date", "date_kind", "date_estimated", "role",
             "from_role", "certainty", "note")  # fmt: skip
"""The keys of a move in the order the record writes them (``evidence`` comes last)."""
_PLAIN = {"id", "person", "from", "to", "date_kind", "certainty"}  # ids and keywords
_DEFAULTS = {key: Move.model_fields[key].default for key in ("date_estimated", "certainty")}
"""Values left out at the model's default (``certainty: stated``), as editors leave them out."""


def quote(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax, which YAML reads the same way)."""
    return json.dumps(text, ensure_ascii=False)


def plain(value: str) -> str:
    """An id or a keyword as written by hand (unquoted) when it is one; anything else quoted."""
    return value if is_id(value) else quote(value)


def _scalar(key: str, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return quote(str(value))  # a count, written as text like every scalar of the record
    return plain(value) if key in _PLAIN else quote(str(value))


def evidence_yaml(evidence: Sequence[Mapping[str, str | None]], indent: str = "    ") -> list[str]:
    """The lines of an ``evidence:`` list (source, quote, optional translation)."""
    lines = [f"{indent}evidence:"]
    for item in evidence:
        lines += [f"{indent}  - source: {plain(item['source'])}", f"{indent}    quote: {quote(item['quote'])}"]
        if item.get("translation"):
            lines.append(f"{indent}    translation: {quote(item['translation'])}")
    return lines


def move_yaml(move: Mapping[str, object]) -> str:
    """A move as a list item of the ``moves:`` section (ending with a newline).

    ``move`` holds the keys a move has in the YAML (:data:`MOVE_KEYS` and ``evidence``, a list of
    ``{source, quote, translation}``); keys that are missing, ``None``, empty, or at their
    default (``certainty: stated``, ``date_estimated: false``) are left out.
    """
    lines = []
    for key in MOVE_KEYS:
        value = move.get(key)
        if value is None or value == "" or (key in _DEFAULTS and value == _DEFAULTS[key]):
            continue
        lines.append(f"{'  - ' if not lines else '    '}{key}: {_scalar(key, value)}")
    lines += evidence_yaml(move.get("evidence") or [])
    return "\n".join(lines) + "\n"
