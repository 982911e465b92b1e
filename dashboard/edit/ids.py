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
suffix ``-2``, ``-3``... that never makes it too long, and :func:`address_id` a web source's
from its address (a long one cut and ended with a digest of the whole address). A batch that
makes thousands of ids (an import) keeps each section's ids in a :class:`Taken`, which also
remembers the last suffix each id got, so a thousand records that want one id cost a thousand
steps, not half a million.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Container, Iterable
from urllib.parse import unquote, urlsplit

from dashboard.record.model import MAX_ID_LENGTH

SOURCE_ID_LENGTH = 48
"""A source id made from a title keeps at most this many characters: short enough to type."""
DIGEST_LENGTH = 8
"""Hex digits of SHA-256 that end an id cut from a longer text: enough to tell the texts apart."""


class Taken:
    """The ids of one section that a batch must not give again: the record's and those it made.

    A container like the set it holds (``"ada" in taken``), plus what :func:`unique` needs to be
    quick: for each wanted id, the last suffix it was given. Ids are only ever added, so every
    suffix below that one is known to be taken."""

    def __init__(self, existing: Iterable[str] = ()) -> None:
        self.ids: set[str] = set(existing)
        self.suffix: dict[str, int] = {}

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.ids

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, record_id: str) -> None:
        self.ids.add(record_id)


def slug(text: str) -> str:
    """An id from a name: 'Timothée Lacroix' -> 'timothee-lacroix'; '' when nothing is left ('???').

    Longer than :data:`MAX_ID_LENGTH`, it keeps its start and a short hash of the whole, so two
    long names that differ only at their ends still give two ids."""
    made = re.sub(r"[^a-z0-9]+", "-", _ascii(text).casefold()).strip("-")
    return made if len(made) <= MAX_ID_LENGTH else _with_digest(made, MAX_ID_LENGTH, made)


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
    (``wanted`` cut first where the suffix would make it longer than :data:`MAX_ID_LENGTH`).

    With a :class:`Taken`, the search starts after the last suffix ``wanted`` got from it (and
    that suffix is remembered): the caller adds the id it uses, as with any container."""
    memo = taken.suffix if isinstance(taken, Taken) else None
    candidate, number = wanted, 2
    if memo is not None and wanted in memo:
        number = memo[wanted] + 1
        candidate = _suffixed(wanted, number - 1)
    while candidate in taken:
        candidate, number = _suffixed(wanted, number), number + 1
    if memo is not None and candidate != wanted:
        memo[wanted] = number - 1
    return candidate


def address_id(url: str, taken: Container[str], *, fallback: str = "web") -> str:
    """A new id for the web source at ``url``: the :func:`slug` of the address without its
    scheme, percent-escapes read ('https://example.org/team/ada%20b' -> 'example-org-team-ada-b'),
    made unique against ``taken`` (:func:`unique`).

    An address whose slug is longer than :data:`MAX_ID_LENGTH` is cut and ends with
    :data:`DIGEST_LENGTH` hex digits of the SHA-256 of the whole address, scheme and query
    included: two long addresses that differ only past the cut (or in their scheme) get two ids
    without a suffix, and an address gets the same id in every import of it."""
    parts = urlsplit(url)
    readable = unquote(url[len(parts.scheme) :])  # "latin%20america" -> "latin-america", not "latin-20america"
    text = re.sub(r"[^a-z0-9]+", "-", _ascii(readable).casefold()).strip("-")
    if len(text) > MAX_ID_LENGTH:
        text = _with_digest(text, MAX_ID_LENGTH, url)
    return unique(text or fallback, taken)


def move_id(*, person: str | None, group: str | None, origin: str, destination: str, date: str) -> str:
    """The id a move gets when none is given: from who (the person's id, or the group's slug),
    where from, where to and when ('armand-joulin-meta-to-apple-2024-05')."""
    who = person or slug(group or "") or "group"
    return slug(f"{who} {origin} to {destination} {date}")


def stay_id(*, person: str, org: str, as_of: str) -> str:
    """The id a stay gets when none is given: who, where, as of when ('ada-at-meta-2024')."""
    return slug(f"{person} at {org} {as_of}")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _with_digest(text: str, length: int, whole: str) -> str:
    """``text`` cut to fit ``length`` with ``-`` and a short SHA-256 of ``whole`` after it."""
    digest = hashlib.sha256(whole.encode("utf-8", "surrogatepass")).hexdigest()[:DIGEST_LENGTH]
    return cut(text, length - DIGEST_LENGTH - 1) + "-" + digest


def _suffixed(wanted: str, number: int) -> str:
    suffix = f"-{number}"
    return cut(wanted, MAX_ID_LENGTH - len(suffix)) + suffix
