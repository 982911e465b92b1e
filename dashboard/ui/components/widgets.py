"""Small Streamlit pieces the pages share: the error view, quotes, tables with CSV download.

Text from the record goes through :func:`dashboard.text.md` before any Markdown call, or into
widgets that never interpret it (``st.dataframe``, ``st.code``).
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard.analysis.export import csv_text
from dashboard.analysis.tables import newest_first, records
from dashboard.analysis.views import INFERRED, inferred_set, moves_display
from dashboard.live.watch import Current
from dashboard.record.model import UNKNOWN
from dashboard.record.support import reports_phrase
from dashboard.text import md
from dashboard.ui import context, routes
from dashboard.ui.components import limits

MAX_ERRORS_SHOWN = 50


def error_view(current: Current) -> None:
    """The record's errors with ``file:line:col`` and the offending line."""
    result = current.result
    count = len(result.errors)
    errors = f"{count} error{'s' if count != 1 else ''}"
    advice = "Fix the file and the page updates on the next interaction or refresh."
    st.error(md(f"{result.name} has {errors}. {advice}"), icon="🛑")
    for problem in result.errors[:MAX_ERRORS_SHOWN]:
        with st.container(border=True):
            where = f"{result.name}:{problem.line}:{problem.col}" if problem.line else result.name
            st.markdown(f"**{md(where)}** — {md(problem.message)}")
            line = result.line(problem.line)
            if line is not None:
                st.code(line.rstrip("\r") or " ", language=None)
    if count > MAX_ERRORS_SHOWN:
        st.caption(f"… and {count - MAX_ERRORS_SHOWN} more (run python -m dashboard validate for all).")
    if current.stale and current.loaded_at:
        st.info(
            f"Below: the last valid version of the record, loaded at {current.loaded_at:%H:%M:%S}.",
            icon="🕘",
        )


def filters_query() -> str:
    """The current filters as a query string, so a link to another page keeps them."""
    return routes.query(context.get().filters)


def link(text: str, route: routes.Route, value: str) -> str:
    """A Markdown link (text escaped) to the page ``route`` showing ``value``, the filters kept."""
    return f"[{md(text)}]({route.url(value, filters_query())})"


def source_link(label: str) -> str:
    """A source as every page names it (title, else publisher and date, else file name), linked
    to its Sources page; ``label`` is what evidence rows cite (its path or address)."""
    dataset = context.get().dataset
    source_id = dataset.source_ids_by_label.get(label)
    if source_id is None:
        return md(label)
    return link(dataset.source_title(source_id), routes.SOURCES, source_id)


def quote(item: dict, *, show_source: bool = True) -> None:
    """One piece of evidence: the quote as a block quote, its translation and its source."""
    text = " ".join(str(item["quote"]).split())
    st.markdown("> " + md(text))
    notes = []
    if item.get("translation"):
        notes.append(md("“" + " ".join(str(item["translation"]).split()) + "”"))
    if show_source:
        notes.append(source_link(str(item["source"])))
    if notes:
        st.caption(" — ".join(notes))


def move_title(move: dict) -> str:
    """'Timothée Lacroix: Meta → Mistral AI', with '(inferred)' after what no quote supports
    (Markdown-escaped); the person and the organisations link to their pages, filters kept."""
    inferred = inferred_set(move.get("inferred"))
    mover = move["person"] or f"{move['headcount']} × {move['group']}"
    mover += INFERRED if {"person", "group"} & inferred else ""
    origin = (move["from_org"] or "Unknown") + (INFERRED if "from" in inferred else "")
    destination = (move["to_org"] or "Unknown") + (INFERRED if "to" in inferred else "")
    who = link(mover, routes.PERSON, move["person_id"]) if move.get("person_id") else md(mover)
    ends = [link(name, routes.ORGANIZATION, org) if org and org != UNKNOWN else md(name)
            for name, org in ((origin, move.get("from_id")), (destination, move.get("to_id")))]  # fmt: skip
    return f"**{who}**: {ends[0]} → {ends[1]}"


def move_facts(move: dict) -> str:
    """'2023 or later (reported, estimated) · role: co-founder · rumoured · 2 articles, 1
    independent report' (Markdown-escaped)."""
    kind = move["date_kind"]
    when = move.get("when") or move["date"]
    if kind == "before":
        when = when if str(when).startswith("before") else f"before {when}"
    elif when != "unknown date":
        when = f"{when} ({kind})"
    if move["date_estimated"]:
        when += ", estimated"
    parts = [when]
    if move.get("role"):
        parts.append(f"role: {move['role']}")
    if move.get("from_role"):
        parts.append(f"was: {move['from_role']}")
    if move.get("certainty") == "rumoured":
        parts.append("rumoured")
    inferred = inferred_set(move.get("inferred"))
    if inferred:
        parts.append("inferred: " + ", ".join(sorted(inferred)) + " (see the note)")
    if move.get("articles"):
        parts.append(reports_phrase(int(move["articles"]), int(move["reports"])))
    return md(" · ".join(parts))


def move_card(move: dict) -> None:
    """A move with all its evidence, in a bordered box."""
    with st.container(border=True):
        st.markdown(move_title(move))
        st.caption(move_facts(move))
        for item in move["evidence"]:
            quote(item)
        if move.get("note"):
            st.caption(md("Note: " + " ".join(str(move["note"]).split())))


def move_cards(moves: pd.DataFrame, *, limit: int | None = None) -> None:
    """The newest ``limit`` moves as cards, newest first, saying how many more there are."""
    if moves.empty:
        st.caption("No moves match the filters.")
        return
    limit = limits.CARDS if limit is None else limit
    for move in records(newest_first(moves, limit)):
        move_card(move)
    if len(moves) > limit:
        st.caption(f"The newest {limit:,} of {len(moves):,} moves.")


def counting_note(page) -> None:
    """Under a page's figures: what matched the filters but was not counted, and what was
    counted with a mark (see :mod:`dashboard.analysis.counting`)."""
    lines = page.selection.notes()
    if lines:
        st.caption(md(" ".join(lines)))


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


LIMIT_CARDS = 10
"""Moves (with their quotes) an evidence panel shows; the moves tables list them all."""


def evidence(page, picks: list[str], clicked: str | None, label, behind, *, key: str, orgs_of=None) -> None:
    """The moves behind a mark of a chart, with their quotes: chosen by a click on the chart
    (``clicked``, from :func:`dashboard.ui.components.chart.show`) or here from the keyboard, among ``picks``;
    ``label(pick)`` names a pick, ``behind(pick)`` gives its moves. A button narrows the filters
    to the organisations the pick names (``orgs_of(pick)``; by default the ids after ':' in
    'link:A|B', 'from:A', 'org:A')."""
    pick_key = f"pick_{key}"
    if clicked is not None and clicked != st.session_state.get(f"_clicked_{key}"):
        st.session_state[f"_clicked_{key}"] = clicked  # a new click: show it (a later choice here wins)
        st.session_state[pick_key] = clicked
    if st.session_state.get(pick_key) not in picks:
        st.session_state[pick_key] = None
    pick = st.selectbox(
        "The moves behind…", picks, key=pick_key, index=None, format_func=label,
        placeholder="Click a link, a node or a bar, or choose one here",
    )  # fmt: skip
    if pick is None:
        return
    moves = behind(pick)
    people = int(moves["headcount"].sum())
    with st.container(border=True):
        st.markdown(f"**{md(f'{len(moves):,} move(s), {people:,} people: {label(pick)}')}**")
        named = orgs_of(pick) if orgs_of is not None else pick.partition(":")[2].split("|")
        orgs = [org for org in named if org in page.bundle.bounds.orgs]
        if orgs and tuple(orgs) != page.filters.orgs:
            st.button(
                md(f"Narrow the filters to {' and '.join(page.names.get(org, org) for org in orgs)}"),
                key=f"narrow_{key}", on_click=lambda: st.session_state.update(f_orgs=orgs),
            )  # fmt: skip
        move_cards(moves, limit=LIMIT_CARDS)


def view_download(page, view: str, level: str = "unit") -> None:
    """'Download this view': the view as one self-contained HTML file (chart, table and quotes;
    see :mod:`dashboard.ui.report`), built only when the button is clicked."""
    from dashboard.ui.report import report_html

    st.download_button(
        "Download this view: chart, table and quotes in one HTML file (opens offline)",
        data=lambda: report_html(page.bundle, page.selection, view, level, filters_query()).encode(),
        file_name=f"talent-flows-{view}.html", mime="text/html", key=f"report_{view}", on_click="ignore",
        help="The chart (interactive), its table, what the filters left out, and every move behind it with its "
        "quotes as numbered footnotes. Charts also download as PNG or SVG from their toolbar.",
    )  # fmt: skip
