"""Timeline: every move, stay and cohort claim on one time axis, coloured for an organisation."""

import streamlit as st

from dashboard.analysis.timeline import people_per_year, timeline_rows
from dashboard.ui import chart, context, limits, state, widgets
from dashboard.ui.figures import people_per_year_figure, timeline_figure

NO_FOCUS = "(none)"


def render(page: context.PageContext) -> None:
    st.title("Timeline")
    options = [NO_FOCUS, *page.bundle.bounds.orgs]
    focus = state.page_choice(
        "Colour by direction for",
        options,
        param="focus",
        format_func=lambda org_id: "No organisation" if org_id == NO_FOCUS else page.names[org_id],
        default=NO_FOCUS,
        help="Arrivals to and departures from this organisation (and its units) get their own colours.",
    )
    focus_ids = None if focus == NO_FOCUS else page.dataset.descendants(focus)
    records = len(page.moves) + len(page.stays) + len(page.claims)
    if records > limits.TIMELINE_RECORDS:
        st.info(
            f"{records:,} records are too many to draw one by one, so this shows people per year. "
            f"Narrow the filters to {limits.TIMELINE_RECORDS:,} records or fewer to see each record with its quote.",
            icon="ℹ️",
        )
        table = people_per_year(page.moves, page.stays, page.claims, focus_ids)
        chart.show(people_per_year_figure(table), key="timeline")
        skipped = sum(int(frame["year"].isna().sum()) for frame in (page.moves, page.stays, page.claims))
        if skipped:
            st.caption(f"{skipped:,} records whose date lies in no single year are not in these bars.")
    else:
        widgets.counting_note(page)
        rows = timeline_rows(page.moves, page.stays, page.claims, focus_ids)
        chart.show(timeline_figure(rows), key="timeline")
        st.caption(
            "Each record spans the time its date covers: a year-precision date the whole year, a month the "
            "whole month, a day a single point — never a made-up 1 January. Dotted spans are dates "
            "bounded only on one side (before a date, or from a date on): they run to the edge of the chart and "
            "their marker points to the open side. Hollow markers are rumoured moves. Diamonds are confirmations "
            "that someone stayed, stars are cohort claims. Hover a marker for its quote."
        )


render(context.get())
