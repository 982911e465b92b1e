"""The Sources page's loader: a document with its metadata, the records it backs, and its text
cut into passages quoted or not.

Sources that retell another report (``reports_on``) are grouped under it in the picker and on the
page: two articles retelling one report are one independent report.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.analysis.bundle import Bundle
from dashboard.record.dataset import Dataset
from dashboard.record.documents import DocumentError, read_document, resolve_source_path
from dashboard.record.evidence import report_of
from dashboard.text import highlight_segments


def source_name(dataset: Dataset, source_id: str) -> str:
    """'Title (publisher, 2023)', or the path when the document has no title; a retelling is
    indented under its report ('↳ …')."""
    source = dataset.document.sources[source_id]
    stored = source.path is not None or source.url is not None
    name = dataset.source_title(source_id)  # the one way every page names a source
    parts = [part for part in (source.publisher, source.published.label()) if part and part not in name]
    if not stored:
        parts.append("not stored")
    prefix = "↳ " if source.reports_on else ""
    return f"{prefix}{name} ({', '.join(parts)})" if parts else f"{prefix}{name}"


def ordered(dataset: Dataset) -> list[str]:
    """Source ids with each retelling right after the report it retells (the file's order otherwise)."""
    sources = dataset.document.sources
    retold: dict[str, list[str]] = {}
    for source_id in sources:
        retold.setdefault(report_of(sources, source_id), []).append(source_id)
    result: list[str] = []
    for report, group in retold.items():
        result.extend([report, *(other for other in group if other != report)] if report in group else group)
    return result


def first_document(dataset: Dataset) -> str | None:
    """The first source stored as a document (the page opens on it, not on a report known only by name)."""
    sources = dataset.document.sources
    return next((sid for sid, source in sources.items() if source.path is not None or source.url is not None), None)


@dataclass(frozen=True, eq=False)
class SourceView:
    """What the Sources page draws for one source."""

    stored: bool
    """Stored as a file or known by its address; else known only by name (its retellings quote it)."""
    facts: str
    """Where it is kept, its language, date and publisher, in one line."""
    note: str
    retells: str | None
    """The report it retells, named (None when it is its own report)."""
    retold_by: list[str]
    """The sources that retell it, named."""
    moves: pd.DataFrame
    """The moves it backs (the record's, unfiltered); so are :attr:`stays` and :attr:`claims`."""
    stays: pd.DataFrame
    claims: pd.DataFrame
    quotes: list[str]
    """The passages its records quote."""
    url: str | None
    """Its address, when it is not stored here."""
    text: str | None
    """Its text, when stored here and readable."""
    error: str | None
    """Why the stored text can't be read."""

    @property
    def passages(self) -> list[tuple[str, bool]]:
        """The text cut into pieces, each quoted by a record or not."""
        return list(highlight_segments(self.text or "", self.quotes))


def source_view(bundle: Bundle, source_id: str) -> SourceView:
    """The Sources page of ``source_id``; reads its stored text."""
    dataset = bundle.dataset
    sources = dataset.document.sources
    source = sources[source_id]
    stored = source.path is not None or source.url is not None
    label = dataset.source_label(source_id)
    published = source.published.label() + (" (estimated)" if source.published_estimated else "")
    facts = [label if stored else "not stored", f"language: {source.language or 'not stated'}",
             f"published: {published}", f"publisher: {source.publisher or 'not stated'}"]  # fmt: skip
    report = report_of(sources, source_id)
    retold_by = [source_name(dataset, other).lstrip("↳ ") for other in sources
                 if other != source_id and report_of(sources, other) == source_id]  # fmt: skip
    cited = bundle.cited.get(label, {}) if stored else {}
    moves = bundle.moves.iloc[cited.get("moves", [])]
    stays = bundle.stays.iloc[cited.get("stays", [])]
    claims = bundle.claims.iloc[cited.get("claims", [])]
    quotes = [item["quote"] for frame in (moves, stays, claims) if not frame.empty for items in frame["evidence"]
              for item in items if item["source"] == label]  # fmt: skip
    text = error = None
    if stored and source.path is not None:
        try:
            text = read_document(resolve_source_path(dataset.root, source.path))
        except DocumentError as err:
            error = str(err)
    return SourceView(
        stored=stored,
        facts=" · ".join(facts),
        note=" ".join((source.note or "").split()),
        retells=source_name(dataset, report) if report != source_id else None,
        retold_by=retold_by,
        moves=moves,
        stays=stays,
        claims=claims,
        quotes=quotes,
        url=source.url if source.path is None else None,
        text=text,
        error=error,
    )
