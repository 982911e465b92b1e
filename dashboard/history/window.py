"""The next version of the file read from the last one by reading only where the text changed.

A commit changes a record file in a few places; the rest of its text is the parent's, byte for
byte. So the text around the sections' records (what comes before the first section's, each
header with the comments under it, the sections without records) is found again in the new
text; in each section, the common beginning and end of the old and new records are found by
comparing slices (a few dozen comparisons at C speed, whatever the file's size), and only the
records between them are read again, widened to whole records with the text that marks where a
record begins. When that is many records, an unchanged one is looked for in the middle (its text
with what marks its beginning and the next one's) and the two sides are done the same way, so
two far-apart changes read two small places. Every other record is taken over from the parent,
its place moved. What changed is then found among the records read again: a commit's cost
follows what it changed, not the file's size.

The result is exactly what reading the new text whole would give (:func:`~dashboard.history.versions.read`
and :func:`~dashboard.history.versions.compare`): the same records, in the same order, and the
same changes. Whenever that cannot be sure, the whole text is read instead: a parent not in the
plain layout, or with a record without an id of its own; a change to the text around the
sections' records (a header, a new section, the comments at the top); new text that is not
exactly records, each with an id no other record of its section has.
"""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from dashboard.history.versions import (
    Change,
    Entry,
    Key,
    Part,
    Plain,
    Version,
    by_section,
    changed_fields,
    compare,
    core,
    read,
    read_chunk,
)

_COLUMN_0 = re.compile(r"\n(?=[^ \r\n#])")
"""A line that starts in column 0 (not a comment): the plain layout's section headers
(:func:`dashboard.record.layout.split`), so never inside a record."""


def derive(old: Version, text: str) -> tuple[Version, list[Change]]:
    """The version of ``text`` and what changed from ``old`` to it (see the module)."""
    text = text.removeprefix("\ufeff")
    if old.plain is not None:
        if old.plain.text == text:
            return old, []
        found = _derive(old.plain, text)
        if found is not None:
            return found
    new = read(text)
    return new, compare(old, new)


def changes(old: Version, new: Version) -> list[Change]:
    """What changed from ``old`` to ``new``, both already read: as :func:`compare`, found from
    where their texts differ when both are in the plain layout."""
    if old.plain is not None and new.plain is not None:
        if old.plain.text == new.plain.text:
            return []
        found = _derive(old.plain, new.plain.text)
        if found is not None:
            return found[1]
    return compare(old, new)


@functools.cache
def _boundary(is_list: bool, indent: str) -> tuple[re.Pattern[str], int]:
    """Where a record of a section begins (the newline before it; the layout's own rule), and how
    many characters from that newline the rule reads."""
    if is_list:
        separator = "\n" + indent + "- "
        return re.compile(re.escape(separator)), len(separator)
    return re.compile(rf"\n(?={indent}[^ \r\n#\-])"), len(indent) + 2


def _prefix(a: str, a_start: int, b: str, b_start: int, most: int) -> int:
    """How many characters ``a`` from ``a_start`` and ``b`` from ``b_start`` have in common (at
    most ``most``)."""
    low, high = 0, most
    while low < high:  # they share low characters; not more than high
        middle = (low + high + 1) // 2
        if b.startswith(a[a_start + low : a_start + middle], b_start + low):
            low = middle
        else:
            high = middle - 1
    return low


def _suffix(a: str, a_end: int, b: str, b_end: int, most: int) -> int:
    """How many characters ``a`` before ``a_end`` and ``b`` before ``b_end`` have in common (at
    most ``most``)."""
    low, high = 0, most
    while low < high:
        middle = (low + high + 1) // 2
        if b.endswith(a[a_end - middle : a_end - low], 0, b_end - low):
            low = middle
        else:
            high = middle - 1
    return low


def _areas(old: Plain, text: str) -> list[tuple[int, int]] | None:
    """Where the records of each section of ``old`` (that has records) are in ``text``; ``None``
    when the text around them (what comes before the first, each section's header line and the
    comments before its first record, the sections without records) is not there as it was."""
    before, starts, parts = old.text, old.starts, old.parts
    head = before[: starts[parts[0].first]]
    if not text.startswith(head):
        return None
    found: list[tuple[int, int]] = []
    start = len(head)
    for part, following in itertools.pairwise(parts):
        between = before[part.end - 1 : starts[following.first]]  # from the newline before the header
        at = text.find(between, start)
        if at < start:
            return None
        found.append((start, at + 1))
        start = at + len(between)
    tail = before[parts[-1].end - 1 :] if parts[-1].end < len(before) else ""
    if tail and not (text.endswith(tail) and len(text) - len(tail) >= start):
        return None
    found.append((start, len(text) - len(tail) + (1 if tail else 0)))
    return found


ANCHOR_FROM = 8
"""Records read again in one place from which an unchanged record between two changes is looked
for, so that a commit that changes a section in two places reads the two, not all between."""


@dataclass(frozen=True, slots=True)
class _Read:
    """Records ``first:after`` of a version, read again: where they begin in the new text, their
    keys and entries, and how far the records after them moved."""

    first: int
    after: int
    starts: list[int]
    keys: list[Key]
    entries: list[Entry]
    shift: int


class _Whole(Exception):
    """The text must be read whole."""


def _read_again(
    old: Plain, part: Part, span: tuple[int, int, int, int], text: str, new: tuple[int, int], out: list[_Read]
) -> None:
    """Add to ``out`` the records of ``part`` that changed in ``text``, among records
    ``span[0]:span[1]`` of ``old`` (its text ``span[2]:span[3]``, each end a record's beginning or
    the end of the section's records), which are ``new[0]:new[1]`` in ``text``; raise
    :class:`_Whole` when that cannot be sure (see the module)."""
    before, starts = old.text, old.starts
    low, high, start_old, end_old = span
    start_new, end_new = new
    most = min(end_old - start_old, end_new - start_new)
    same = _prefix(before, start_old, text, start_new, most)
    if same == end_old - start_old == end_new - start_new:
        return
    same_start = start_old + same
    changed_end = end_old - _suffix(before, end_old, text, end_new, most - same)
    pattern, reach = _boundary(part.is_list, part.indent)
    # The first record to read again: the last whose beginning (and the text that marks it) is in
    # the common beginning.
    first = bisect_right(starts, same_start, low, high) - 1
    while first >= low and starts[first] - 1 + reach > same_start:
        first -= 1
    if first < low:
        raise _Whole  # the text that marks the first record changed
    # The end: the first beginning of a record after the changed text whose newline is still there
    # in the new text, or the end of the span.
    shift = end_new - end_old
    after = bisect_left(starts, changed_end, first + 1, high)
    if after < high and text[starts[after] + shift - 1] != "\n":
        after += 1  # its newline is in the changed text; the next one's is in the common end
    begin, finish = starts[first] + start_new - start_old, (starts[after] if after < high else end_old) + shift
    if after - first >= ANCHOR_FROM and _anchored(old, part, (first, after), text, (begin, finish), out):
        return
    if _COLUMN_0.search(text, begin, finish):
        raise _Whole  # a new section, or text that is not the plain layout
    limit = finish if finish == len(text) else finish - 1
    bounds = [begin, *(match.start() + 1 for match in pattern.finditer(text, begin, limit)), finish]
    keys: list[Key] = []
    entries: list[Entry] = []
    for chunk_start, chunk_end in itertools.pairwise(bounds):
        found = read_chunk(part.is_list, core(text[chunk_start:chunk_end]))
        if found is None or found[0] is None:
            raise _Whole  # not exactly one record, or one without an id
        keys.append((part.name, found[0]))
        entries.append(found[1])
    out.append(_Read(first, after, bounds[:-1], keys, entries, shift))


def _anchored(
    old: Plain, part: Part, records: tuple[int, int], text: str, new: tuple[int, int], out: list[_Read]
) -> bool:
    """Read records ``first:after`` again (``new`` in ``text``) as two smaller spans, around the
    middle one where its text (with what marks its beginning and the next one's) is found unchanged
    in the new text; ``False`` when it is not there."""
    first, after = records
    begin, finish = new
    middle = (first + after) // 2
    if middle + 1 >= after:
        return False
    starts, reach = old.starts, _boundary(part.is_list, part.indent)[1]
    marked = old.text[starts[middle] - 1 : starts[middle + 1] - 1 + reach]
    at = text.find(marked, begin - 1, finish - 1 + reach)
    if at < begin:
        return False
    length = starts[middle + 1] - starts[middle]
    _read_again(old, part, (first, middle, starts[first], starts[middle]), text, (begin, at + 1), out)
    out.append(_Read(middle, middle + 1, [at + 1], [old.keys[middle]], [old.entries[middle]],
                     at + 1 + length - starts[middle + 1]))  # fmt: skip
    _read_again(old, part, (middle + 1, after, starts[middle + 1], starts[after] if after < part.stop else part.end),
                text, (at + 1 + length, finish), out)  # fmt: skip
    return True


def _derive(old: Plain, text: str) -> tuple[Version, list[Change]] | None:
    """The version of ``text`` read from ``old`` where they differ, and what changed; ``None`` when
    that cannot be sure (see the module)."""
    areas = _areas(old, text)
    if areas is None:
        return None
    again: list[list[_Read]] = []
    try:
        for part, area in zip(old.parts, areas, strict=True):
            again.append([])
            span = (part.first, part.stop, old.starts[part.first], part.end)
            _read_again(old, part, span, text, area, again[-1])
    except _Whole:
        return None
    reads = [fresh for part in again for fresh in part]
    old_keys = [key for fresh in reads for key in old.keys[fresh.first : fresh.after]]
    new_keys = [key for fresh in reads for key in fresh.keys]
    kept = set(new_keys)
    if len(kept) != len(new_keys):
        return None  # an id twice: the whole read names the second 'x (2)'
    others, mine = old.keyset(), set(old_keys)
    if any(key in others and key not in mine for key in new_keys):
        return None  # an id another record of the section has
    new = _plain(old, text, areas, again)
    new._keyset = set(others)  # a copy of the table: quicker than hashing every key again
    new._keyset.difference_update(old_keys)
    new._keyset.update(new_keys)
    entries = [entry for fresh in reads for entry in fresh.entries]
    before = {key: old.entries[number] for fresh in reads for number, key in
              enumerate(old.keys[fresh.first : fresh.after], fresh.first)}  # fmt: skip
    return Version(plain=new), _changes(before, new_keys, entries, kept)


def _changes(old: dict[Key, Entry], keys: list[Key], entries: list[Entry], new_keys: set[Key]) -> list[Change]:
    """:func:`compare` of the records read again (``old``: their old versions), in the file's order."""
    found: list[Change] = []
    for key, entry in zip(keys, entries, strict=True):
        before = old.get(key)
        if before is None:
            found.append(Change(key[0], key[1], "added"))
        elif before.text != entry.text:
            fields = changed_fields(before.value, entry.value)
            if fields:
                found.append(Change(key[0], key[1], "changed", fields))
    found += [Change(key[0], key[1], "removed") for key in old if key not in new_keys]
    return by_section(found)


def _plain(old: Plain, text: str, areas: list[tuple[int, int]], again: list[list[_Read]]) -> Plain:
    """``old`` with the records read again in place of the ones they replace, and every other
    record's place moved as far as the text before it moved."""
    starts: list[int] = []
    keys: list[Key] = []
    entries: list[Entry] = []
    parts = []
    for part, (start_new, end_new), reads in zip(old.parts, areas, again, strict=True):
        first = len(keys)
        shift, position = start_new - old.starts[part.first], part.first
        for fresh in [*reads, None]:
            until = fresh.first if fresh is not None else part.stop
            moved = old.starts[position:until]
            starts += [place + shift for place in moved] if shift else moved
            keys += old.keys[position:until]
            entries += old.entries[position:until]
            if fresh is not None:
                starts += fresh.starts
                keys += fresh.keys
                entries += fresh.entries
                shift, position = fresh.shift, fresh.after
        parts.append(replace(part, first=first, stop=len(keys), end=end_new))
    return Plain(text, starts, keys, entries, parts, [part.first for part in parts])
