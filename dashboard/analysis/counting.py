"""What a page counts and what it leaves out, in words: the honest footnote of every figure.

A figure counts the moves the filters keep (:func:`dashboard.analysis.filters.select_moves`).
Two kinds of moves match the filters but are not counted, and the page says how many: those
whose date can't be placed in the selected years (or is unknown), and rumoured ones while
rumours are off.
Of the moves counted, those that are rumoured, have an inferred detail or lie in no single year
("undated", only without a year filter) are counted but marked.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from dashboard.analysis.filters import Filters, LeftOut
from dashboard.analysis.flows import marks


def _plural(count: int, word: str) -> str:
    plural = "people" if word == "person" else f"{word}s"
    return f"{count:,} {word if count == 1 else plural}"


def _kinds(frame: pd.DataFrame) -> str:
    """'before 2025: 2, unknown date: 1' — the dates of the rows, most common first."""
    counts = Counter(frame["when"].astype(object).tolist())
    return ", ".join(f"{label}: {count}" for label, count in counts.most_common(4)) + (", …" if len(counts) > 4 else "")


def left_out_lines(left: LeftOut, stays: pd.DataFrame, claims: pd.DataFrame, filters: Filters) -> list[str]:
    """Sentences about what matched the filters but was not counted."""
    lines = []
    if filters.years:
        span = f"{filters.years[0]}" if filters.years[0] == filters.years[1] else "{}–{}".format(*filters.years)
        where = f"whose dates can't be placed in {span}"
    else:
        where = "whose date is unknown"
    parts = []
    if not left.undatable.empty:
        people = int(left.undatable["headcount"].sum())
        kinds = f"; {_kinds(left.undatable)}" if filters.years else ""
        parts.append(f"{_plural(len(left.undatable), 'move')} ({_plural(people, 'person')}{kinds})")
    if not stays.empty:
        parts.append(_plural(len(stays), "stay"))
    if not claims.empty:
        parts.append(_plural(len(claims), "cohort claim"))
    if parts:
        listed = ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]
        lines.append(f"Left out: {listed} {where}.")
    if left.unknown is not None and not left.unknown.empty:
        people = int(left.unknown["headcount"].sum())
        lines.append(
            f"Left out: {_plural(len(left.unknown), 'move')} ({_plural(people, 'person')}) from or to "
            "'Unknown' (a source that doesn't say where from or where to); switch on 'Show Unknown' to count them."
        )
    if not left.rumoured.empty:
        people = int(left.rumoured["headcount"].sum())
        lines.append(
            f"Left out: {_plural(len(left.rumoured), 'rumoured move')} ({_plural(people, 'person')}); "
            "switch on 'Include rumours' (rumours=1 in the link) to count them, marked."
        )
    return lines


def marked_lines(moves: pd.DataFrame) -> list[str]:
    """Sentences about the counted moves that carry a mark (rumoured, inferred, undated)."""
    if moves.empty:
        return []
    flags = marks(moves)
    parts = []
    if flags["undated"].any():
        undated = moves[flags["undated"]]
        parts.append(f"{_plural(len(undated), 'move')} with no single year ({_kinds(undated)})")
    if flags["inferred"].any():
        derived = int(moves["derived"].sum()) if "derived" in moves else 0
        also = f", of which {derived:,} derived from positions" if derived else ""
        parts.append(f"{_plural(int(flags['inferred'].sum()), 'move')} with an inferred detail{also}")
    if flags["rumoured"].any():
        parts.append(_plural(int(flags["rumoured"].sum()), "rumoured move"))
    return [f"Counted but marked: {'; '.join(parts)}."] if parts else []
