"""What the filters keep of a record, applied once per run: what the page loaders
(:mod:`dashboard.analysis.pages`), ``report`` and ``export --view`` start from. (The Person,
Cohorts and Sources pages also read the whole record where the filters would hide what they show,
and say so.)"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.bundle import Bundle
from dashboard.analysis.counting import left_out_lines, marked_lines
from dashboard.analysis.filters import Filters, LeftOut, select_claims, select_moves, select_stays


@dataclass(frozen=True)
class Selection:
    """What the filters keep of a bundle, and what they leave out only for date or certainty."""

    filters: Filters
    moves: pd.DataFrame
    stays: pd.DataFrame
    claims: pd.DataFrame
    left_out: LeftOut
    stays_left_out: pd.DataFrame
    claims_left_out: pd.DataFrame

    def notes(self) -> list[str]:
        """The sentences a page prints under its figures (see :mod:`dashboard.analysis.counting`)."""
        lines = left_out_lines(self.left_out, self.stays_left_out, self.claims_left_out, self.filters)
        return lines + marked_lines(self.moves)


def select(bundle: Bundle, filters: Filters) -> Selection:
    """Apply ``filters`` to the bundle's tables once (see the module)."""
    dataset = bundle.dataset
    moves, left_out = select_moves(bundle.moves, dataset, filters)
    stays, stays_left_out = select_stays(bundle.stays, dataset, filters)
    claims, claims_left_out = select_claims(bundle.claims, dataset, filters)
    return Selection(filters, moves, stays, claims, left_out, stays_left_out, claims_left_out)
