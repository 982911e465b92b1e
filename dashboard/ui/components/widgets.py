"""Small Streamlit pieces the pages share: the error view, links to pages, quotes, the counting
note and the "Download this view" button. Moves as cards are :mod:`~dashboard.ui.components.cards`,
tables with their downloads :mod:`~dashboard.ui.components.tables`.

Text from the record goes through :func:`dashboard.text.md` before any Markdown call, or into
widgets that never interpret it (``st.dataframe``, ``st.code``).
"""

from __future__ import annotations

import streamlit as st

from dashboard.live.watch import Current
from dashboard.text import md
from dashboard.ui import context, routes

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
            name = problem.file or result.name  # a record of many files: the file the problem is in
            where = f"{name}:{problem.line}:{problem.col}" if problem.line else name
            st.markdown(f"**{md(where)}** — {md(problem.message)}")
            line = result.line(problem.line, problem.file)
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


def counting_note(page) -> None:
    """Under a page's figures: what matched the filters but was not counted, and what was
    counted with a mark (see :mod:`dashboard.analysis.counting`)."""
    lines = page.selection.notes()
    if lines:
        st.caption(md(" ".join(lines)))


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
