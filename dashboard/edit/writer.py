"""Records written as YAML text in the style of the hand-kept file.

The one writer of record YAML: every record a change adds (a move, a stay or new evidence from
the Add page or ``add-move``, positions, people, organisations and web sources from ``import``, a
source from ``add-source``) and every record of the synthetic project is written by
:func:`record_yaml` (and :func:`evidence_yaml` for an evidence list on its own), in the key order
of :data:`KEYS`.

Every value is either written as an id or keyword when it is one (:func:`plain`, unquoted as
editors write them; a document path the same way when it is a plain path) or quoted
(:func:`quote`), so no value can add YAML structure: a newline or ``key: value`` in a name stays
inside its quoted string, and the validator then says what is wrong with the value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

from dashboard.record.model import Move, is_id

KEYS = {
    "sources": ("path", "url", "title", "publisher", "language", "published", "published_estimated", "reports_on",
                "note"),
    "organizations": ("name", "aliases", "parent", "kind", "wikidata", "note"),
    "people": ("name", "aliases", "cohorts", "wikidata", "note"),
    "cohorts": ("name", "size", "description", "claims"),
    "moves": ("id", "person", "group", "headcount", "from", "to", "date", "date_kind", "date_estimated", "role",
              "from_role", "certainty", "note", "evidence"),
    "stays": ("id", "person", "org", "as_of", "as_of_estimated", "role", "note", "evidence"),
    "positions": ("id", "person", "org", "role", "start", "start_estimated", "end", "end_estimated", "end_scheduled",
                  "note", "evidence"),
    "claims": ("summary", "org", "measure", "comparator", "value", "unit", "as_of", "as_of_estimated",
               "destinations", "note", "evidence"),
    "evidence": ("source", "quote", "translation", "supports"),
}  # fmt: skip
"""The keys of each kind of record in the order the record writes them (a record of a mapping
section, such as ``people``, is written under its id, given as ``id``)."""
MOVE_KEYS = KEYS["moves"][:-1]
"""The keys of a move in the order the record writes them (``evidence`` comes last)."""
LIST_SECTIONS = frozenset({"moves", "stays", "positions", "claims", "evidence"})

_PLAIN = {"id", "person", "from", "to", "org", "parent", "kind", "language", "reports_on", "date_kind", "certainty",
          "size", "measure", "comparator", "unit", "source"}  # fmt: skip
"""Keys whose values are ids or keywords: written unquoted when they are one."""
_PLAIN_LISTS = {"cohorts", "destinations", "supports"}
"""Keys whose values are lists of ids or keywords: ``[a, b]``."""
_DEFAULTS = {"certainty": Move.model_fields["certainty"].default}
"""Values left out at the model's default (``certainty: stated``), as editors leave them out;
flags are left out when false."""
_PLAIN_PATH = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_./-]*")
"""A document path that YAML reads the same unquoted (no space, colon, quote or ``#``)."""


def quote(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax, which YAML reads the same way)."""
    return json.dumps(text, ensure_ascii=False)


def plain(value: str) -> str:
    """An id or a keyword as written by hand (unquoted) when it is one; anything else quoted."""
    return value if is_id(value) else quote(value)


def record_yaml(kind: str, record: Mapping[str, object], indent: str = "  ") -> str:
    """A record of section ``kind`` as YAML text (ending with a newline), ready to be inserted at
    the end of that section: a list item (``  - id: ...``) in ``moves``, ``stays`` and
    ``positions``, an entry under its id (``  ada:``) in the others.

    ``record`` holds the keys it has in the YAML (:data:`KEYS`; ``evidence`` a list of
    ``{source, quote, translation}``, ``claims`` a list of claims); keys that are missing, ``None``,
    empty, false or at the model's default (``certainty: stated``) are left out.
    """
    return "".join(line + "\n" for line in _record_lines(kind, record, indent))


def evidence_yaml(evidence: Sequence[Mapping[str, object]], indent: str = "    ") -> list[str]:
    """The lines of an ``evidence:`` list (source, quote, optional translation), ``evidence:`` at
    ``indent``."""
    return _list_lines("evidence", "evidence", evidence, indent)


def _record_lines(kind: str, record: Mapping[str, object], indent: str) -> list[str]:
    if kind in LIST_SECTIONS:
        lines, inner = [], indent + "  "
    else:
        lines, inner = [f"{indent}{plain(str(record['id']))}:"], indent + "  "
    for key in KEYS[kind]:
        value = record.get(key)
        if _left_out(key, value):
            continue
        if key in ("evidence", "claims"):
            lines += _list_lines(key, key, value, inner)  # type: ignore[arg-type]
            continue
        written = f"{key}: {_scalar(key, value)}"
        lines.append(f"{indent}- {written}" if kind in LIST_SECTIONS and len(lines) == 0 else f"{inner}{written}")
    return lines


def _left_out(key: str, value: object) -> bool:
    """Whether ``key: value`` is left out: nothing, empty, false, or the model's default."""
    if value is None or value is False or (isinstance(value, str | list | tuple) and not value):
        return True
    return key in _DEFAULTS and value == _DEFAULTS[key]


def _list_lines(key: str, kind: str, items: Sequence[Mapping[str, object]], indent: str) -> list[str]:
    """``key:`` at ``indent`` and its items of ``kind`` below it as a block list."""
    lines = [f"{indent}{key}:"]
    for item in items:
        lines += _record_lines(kind, item, indent + "  ")
    return lines


def _scalar(key: str, value: object) -> str:
    if value is True:
        return "true"
    if isinstance(value, int):
        return quote(str(value))  # a count, written as text like every scalar of the record
    if isinstance(value, list | tuple):
        return "[" + ", ".join(plain(item) if key in _PLAIN_LISTS else quote(item) for item in value) + "]"
    text = str(value)
    if key == "path" and _PLAIN_PATH.fullmatch(text):
        return text
    return plain(text) if key in _PLAIN else quote(text)
