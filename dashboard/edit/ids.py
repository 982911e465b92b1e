"""Ids for new records: derived from a name, a title or an address, and kept to the id rules.

The one place an id is made from what a record is called: a move's or a stay's from who, where
and when (the Add page, ``add-move``), a new person's or organisation's from the name (the Add
page, ``import``), a position's and a web source's (``import``), a stored article's from its
title (``add-source``). (The synthetic record numbers its records instead: ``p000001``.)

The rules are the record's (:mod:`dashboard.record.model`): an id matches
:data:`~dashboard.record.model.ID_PATTERN` whole (lowercase ``a-z``, digits, ``-``, ``_``,
``.``; starting with a letter or digit) and has at most
:data:`~dashboard.record.model.MAX_ID_LENGTH` characters. :func:`slug` makes such an id from any
text (or ``""`` when nothing usable is left), :func:`allocate` one that is not yet taken, by a
suffix ``-2``, ``-3``... that never makes it too long.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Container

from dashboard.record.model import MAX_ID_LENGTH

SOURCE_ID_LENGTH = 48
"""A source id made from a title keeps at most this many characters: short enough to type."""


def slug(text: str) -> str:
    """An id from a name: 'Timothée Lacroix' -> 'timothee-lacroix'; '' when nothing is left ('???').

    Longer than :data:`MAX_ID_LENGTH`, it keeps its start and a short hash of the whole, so two
    long names that differ only at their ends still give two ids."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _fit(re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-"))


def cut(record_id: str, length: int) -> str:
    """``record_id``'s first ``length`` characters, without a trailing ``-``."""
    return record_id[:length].rstrip("-")


def allocate(text: str, taken: Container[str], *, fallback: str, length: int = MAX_ID_LENGTH) -> str:
    """A new id for a record named ``text``: its :func:`slug`, :func:`cut` to ``length``
    characters (``fallback`` when nothing is left), made unique against ``taken`` (:func:`unique`).

    ``taken`` is a set (or a dict) the caller keeps up to date, adding each id it uses, for a
    whole batch (an import of thousands of rows): each id costs a few lookups, not a copy of
    every id of the record."""
    return unique(cut(slug(text), length) or fallback, taken)


def unique(wanted: str, taken: Container[str]) -> str:
    """``wanted``, or if it is in ``taken`` the first of ``wanted-2``, ``wanted-3``... that is not
    (``wanted`` cut first where the suffix would make it longer than :data:`MAX_ID_LENGTH`)."""
    candidate, number = wanted, 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate, number = cut(wanted, MAX_ID_LENGTH - len(suffix)) + suffix, number + 1
    return candidate


def move_id(*, person: str | None, group: str | None, origin: str, destination: str, date: str) -> str:
    """The id a move gets when none is given: from who (the person's id, or the group's slug),
    where from, where to and when ('armand-joulin-meta-to-apple-2024-05')."""
    who = person or slug(group or "") or "group"
    return slug(f"{who} {origin} to {destination} {date}")


def stay_id(*, person: str, org: str, as_of: str) -> str:
    """The id a stay gets when none is given: who, where, as of when ('ada-at-meta-2024')."""
    return slug(f"{person} at {org} {as_of}")


def _fit(text: str) -> str:
    """An id of at most :data:`MAX_ID_LENGTH` characters: a long one keeps a short hash of the whole."""
    if len(text) <= MAX_ID_LENGTH:
        return text
    return cut(text, MAX_ID_LENGTH - 9) + "-" + hashlib.sha256(text.encode()).hexdigest()[:8]
