"""What the pages compute once per valid record: its tables, bounds, names and citations."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.filters import Bounds, bounds
from dashboard.analysis.tables import (
    OPEN_HIGH,
    OPEN_LOW,
    claims_table,
    evidence_sources,
    moves_table,
    positions_table,
    stays_table,
)
from dashboard.record.dataset import Dataset
from dashboard.record.model import UNKNOWN


@dataclass(frozen=True)
class Bundle:
    """A valid record and everything the pages compute from it once.

    ``dataset`` is light: its document keeps people, organisations, cohorts and sources, but
    its moves, stays and positions are empty lists; the pages read them from the tables (the
    moves table holds the moves derived from positions too). That
    keeps the bundle quick to store and read from the disk cache (100,000 model objects take
    seconds to unpickle; the same rows as tables take a tenth of a second).
    """

    dataset: Dataset
    moves: pd.DataFrame
    stays: pd.DataFrame
    claims: pd.DataFrame
    positions: pd.DataFrame
    bounds: Bounds
    names: dict[str, str]
    digest: str
    cited: dict[str, dict[str, list[int]]]
    """Source label -> section ("moves", "stays", "claims") -> rows of that table citing it."""
    sources: dict[str, pd.Series]
    """Section -> :func:`dashboard.analysis.tables.evidence_sources` of its table."""


def _light(dataset: Dataset) -> Dataset:
    """``dataset`` without its moves, stays and positions (see :class:`Bundle`)."""
    light = dataset.document.model_copy(update={"moves": [], "stays": [], "positions": []})
    return Dataset(light, dataset.root, dataset.today)


def _years(frame: pd.DataFrame) -> set[int]:
    """The years the bounds of ``frame``'s dates name (open ends name none)."""
    if "year_low" not in frame:
        return set()
    found = set(frame["year_low"].unique().tolist()) | set(frame["year_high"].unique().tolist())
    return {int(year) for year in found} - {OPEN_LOW, OPEN_HIGH}


def build(dataset: Dataset, digest: str) -> Bundle:
    """The bundle of a valid ``dataset`` whose file content has hash ``digest``."""
    moves, stays, claims = moves_table(dataset), stays_table(dataset), claims_table(dataset)
    years = sorted(_years(moves) | _years(stays) | _years(claims))
    names = {org_id: org.name for org_id, org in dataset.document.organizations.items()}
    names[UNKNOWN] = "Unknown"
    sources = {"moves": evidence_sources(moves), "stays": evidence_sources(stays), "claims": evidence_sources(claims)}
    cited: dict[str, dict[str, list[int]]] = {}
    for section, labels in sources.items():
        for label, rows in labels.groupby(labels, sort=False).groups.items():
            cited.setdefault(label, {})[section] = sorted(set(rows))
    light = _light(dataset)
    positions = positions_table(dataset)
    return Bundle(light, moves, stays, claims, positions, bounds(dataset, years), names, digest, cited, sources)
