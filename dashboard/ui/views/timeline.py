"""Timeline: every move, stay and cohort claim on one time axis, coloured for an organisation.

Everything drawn comes from the page's loader, :func:`dashboard.analysis.pages.timeline.timeline_view`.
"""

import streamlit as st

from dashboard.analysis.pages.timeline import TimelineView, timeline_view
from dashboard.text import md
from dashboard.ui import context, routes, state
from dashboard.ui.components import cards, chart, limits, widgets
from dashboard.ui.components.figures import people_per_year_figure, timeline_figure

NO_FOCUS = "(none)"


def render(page: context.PageContext) -> None:
    st.title("Timeline")
    names = page.names  # the widget keeps its format_func in the session: the names, not the page's selection
    focus = state.page_choice(
        "Colour by direction for",
        [NO_FOCUS, *page.bundle.bounds.orgs],
        param=routes.FOCUS,
        format_func=lambda org_id: "No organisation" if org_id == NO_FOCUS else names[org_id],
        default=NO_FOCUS,
        help="Arrivals to and departures from this organisation (and its units) get their own colours.",
    )
    view = timeline_view(
        page.bundle, page.selection, None if focus == NO_FOCUS else focus, drawn_at_most=limits.TIMELINE_RECORDS
    )
    if view.dense:
        st.info(
            f"{view.records:,} records are too many to draw one by one, so this shows people per year. "
            f"Narrow the filters to {limits.TIMELINE_RECORDS:,} records or fewer to see each record with its quote.",
            icon="ℹ️",
        )
        clicked = chart.show(people_per_year_figure(view.per_year), key="timeline")
        cards.evidence(page, view.year_picks, clicked, view.year_label, view.year_behind, key="timeline_year",
                         orgs_of=lambda _: [])  # fmt: skip
        if view.skipped:
            st.caption(f"{view.skipped:,} records whose date lies in no single year are not in these bars.")
    else:
        widgets.counting_note(page)
        clicked = chart.show(timeline_figure(view.rows), key="timeline")
        st.caption(
            "Each record spans the time its date covers: a year-precision date the whole year, a month the "
            "whole month, a day a single point — never a made-up 1 January. Dotted spans are dates "
            "bounded only on one side (before a date, or from a date on): they run to the edge of the chart and "
            "their marker points to the open side. Hollow markers are rumoured moves. Diamonds are confirmations "
            "that someone stayed, stars are cohort claims. Hover a marker for its quote; click it for the record."
        )
        record(view, clicked)


def record(view: TimelineView, clicked: str | None) -> None:
    """The record behind a marker, with its quotes: from a click on the chart or chosen here."""
    labels = view.record_labels
    if clicked is not None and clicked != st.session_state.get("_clicked_timeline"):
        st.session_state["_clicked_timeline"] = clicked
        st.session_state["pick_timeline"] = clicked
    if st.session_state.get("pick_timeline") not in labels:
        st.session_state["pick_timeline"] = None
    pick = st.selectbox("The record behind a marker", list(labels), key="pick_timeline", index=None,
                        format_func=labels.get, placeholder="Click a marker, or choose a record here")  # fmt: skip
    if pick is None:
        return
    moves, quoted = view.record(pick)
    if not moves.empty:
        cards.move_cards(moves, limit=1)
    for title, evidence in quoted:
        with st.container(border=True):
            st.markdown(md(title))
            for item in evidence:
                widgets.quote(item)


render(context.get())
