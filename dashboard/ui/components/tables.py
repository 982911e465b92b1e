"""Tables with their CSV downloads, and links to pages in their cells.

A download holds exactly what the table shows (or, asked for, every row the filters keep),
written by :func:`dashboard.analysis.export.csv_text`; text from the record is shown by
``st.dataframe``, which never interprets it.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard.analysis.export import csv_text
from dashboard.analysis.tables import newest_first
from dashboard.analysis.views import moves_display
from dashboard.record.model import UNKNOWN
from dashboard.ui import context, routes
from dashboard.ui.components import limits
from dashboard.ui.components.widgets import filters_query


def _csv(make: Callable[[], pd.DataFrame]) -> Callable[[], bytes]:
    """Deferred CSV bytes: built only when the button is clicked, not on every rerun; written by
    :func:`dashboard.analysis.export.csv_text`, so no cell opens as a spreadsheet formula."""
    return lambda: csv_text(make()).encode("utf-8")


def table_with_download(
    frame: pd.DataFrame,
    *,
    key: str,
    file_name: str,
    full: Callable[[], pd.DataFrame] | None = None,
    total: int | None = None,
    linked: tuple[pd.DataFrame, dict] | None = None,
) -> None:
    """``frame`` as a table, and a button that downloads exactly it as CSV.

    When ``frame`` is only the first rows of a longer table (``total`` of them), a notice says
    so and a second button downloads them all (``full()``, built on click). ``linked`` is the
    same table with some columns as links and their column configuration: it is what is shown.
    """
    if frame.empty:
        st.caption("Nothing matches the filters.")
        return
    shown, config = linked if linked is not None else (frame, None)
    st.dataframe(shown, hide_index=True, width="stretch", column_config=config)
    columns = st.columns([1, 1, 2])
    columns[0].download_button(
        f"Download these {len(frame):,} rows as CSV",
        _csv(lambda: frame),
        file_name=file_name,
        mime="text/csv",
        key=key,
        on_click="ignore",
        icon=":material/download:",
    )
    if total is not None and total > len(frame):
        st.caption(f"Showing the first {len(frame):,} of {total:,} rows; narrow the filters to see the others here.")
        if full is not None:
            columns[1].download_button(
                f"Download all {total:,} rows as CSV",
                _csv(full),
                file_name=file_name.replace(".csv", "-all.csv"),
                mime="text/csv",
                key=f"{key}_all",
                on_click="ignore",
                icon=":material/download:",
            )


def moves_table(moves: pd.DataFrame, *, key: str, file_name: str = "moves.csv") -> None:
    """A table of moves (newest first, at most :data:`dashboard.ui.components.limits.ROWS`) with its CSV
    downloads; who, from and to link to their pages, the filters kept (the CSV holds the text)."""
    newest = newest_first(moves, limits.ROWS)
    shown = moves_display(newest)
    table_with_download(
        shown, key=key, file_name=file_name, full=lambda: moves_display(newest_first(moves)), total=len(moves),
        linked=_linked_moves(shown, newest),
    )  # fmt: skip


_SHOWN_TEXT = r"#(.*)$"
"""What a link column shows: the text after '#' in its URL (the page never reads it)."""


def _linked_moves(shown: pd.DataFrame, moves: pd.DataFrame) -> tuple[pd.DataFrame, dict]:
    """``shown`` with who, from and to as links to their pages (see :func:`table_with_download`)."""
    linked, config = with_links(shown, {
        "who": (moves["person_id"], routes.PERSON),
        "from": (moves["from_id"], routes.ORGANIZATION),
        "to": (moves["to_id"], routes.ORGANIZATION),
    })  # fmt: skip
    if "source" in linked:  # named as every page names a source, linked to the first one's page
        dataset = context.get().dataset
        by_label = dataset.source_ids_by_label
        query = filters_query()

        def cell(labels: str) -> str:
            parts = [label for label in str(labels).split("; ") if label]
            titles = "; ".join(dataset.source_title(by_label[p]) if p in by_label else p for p in parts)
            first = by_label.get(parts[0]) if parts else None
            return f"{routes.SOURCES.url(first, query)}#{titles}" if first else f"#{titles}"

        linked["source"] = linked["source"].map(cell)
        config["source"] = st.column_config.LinkColumn("source", display_text=_SHOWN_TEXT)
    return linked, config


def with_links(frame: pd.DataFrame, columns: dict[str, tuple[pd.Series, routes.Route]]) -> tuple[pd.DataFrame, dict]:
    """``frame`` with each named column a link to a page, filters kept: ``columns`` maps a column
    to (the ids of its rows, the page they open). A row without an id (a group, Unknown) keeps
    its text and links nowhere. For :func:`table_with_download`'s ``linked``: the table shows
    the names, the CSV keeps the text."""
    if frame.empty:
        return frame, {}
    linked = frame.copy()
    query = filters_query()  # once per table: a table has up to a thousand rows
    for column, (ids, route) in columns.items():
        linked[column] = [
            f"{route.url(i, query)}#{text}" if isinstance(i, str) and i not in (UNKNOWN, "") else f"#{text}"
            for text, i in zip(frame[column].astype(object).fillna(""), ids.astype(object), strict=True)
        ]
    config = {column: st.column_config.LinkColumn(column, display_text=_SHOWN_TEXT) for column in columns}
    return linked, config
