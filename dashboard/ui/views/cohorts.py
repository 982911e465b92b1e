"""Cohorts: what sources claim about a group beside what the records show, member by member.

The cohort shown is the sidebar's Cohort filter: one choice, not two. Picking a cohort here sets
that filter (so every page follows it); with no cohort filtered, the page lists the cohorts to
pick from. Member statuses read the whole record (the year and organisation filters would hide
the very moves that say where a member went); the rumour switch applies, and the page says so.
Everything drawn comes from the page's loader, :func:`dashboard.analysis.pages.cohorts.cohort_view`.
"""

import streamlit as st

from dashboard.analysis.pages.cohorts import cohort_view, cohorts_table
from dashboard.text import md
from dashboard.ui import context, routes, state
from dashboard.ui.components import tables, widgets


def render(page: context.PageContext) -> None:
    st.title("Cohorts")
    cohorts = page.dataset.document.cohorts
    if not cohorts:
        st.info("The record defines no cohorts.")
        return
    ids = list(cohorts)
    st.session_state["c_pick"] = page.filters.cohort  # the sidebar's cohort is the page's

    def picked() -> None:  # a callback: it may set the sidebar's widget before the next run draws it
        st.session_state["f_cohort"] = st.session_state["c_pick"] or state.ALL

    cohort_id = st.selectbox(
        "Cohort (the same choice as the sidebar's Cohort filter)", ids, key="c_pick", on_change=picked,
        format_func=lambda c: cohorts[c].name, index=None, placeholder="Choose a cohort: every page then shows it",
    )  # fmt: skip
    if cohort_id is None:
        st.dataframe(cohorts_table(page.bundle), hide_index=True, width="stretch")
        return
    view = cohort_view(page.bundle, page.selection, cohort_id)
    st.caption(
        "Member statuses read the whole record, not the year or organisation filters (they would hide the moves "
        "that say where a member went); 'Include rumours' applies."
    )
    if view.description:
        st.caption(md(view.description))
    st.markdown(md(view.sources_say))
    st.markdown(md(view.records_say))

    st.subheader("Members in the record")
    linked = tables.with_links(view.members, {"person": (view.member_ids, routes.PERSON)})
    tables.table_with_download(view.members, key="members_csv", file_name=f"{cohort_id}-members.csv", linked=linked)

    st.subheader("Claims")
    for claim in view.claims:
        with st.container(border=True):
            st.markdown(f"**{md(claim['summary'])}**")
            st.caption(md(claim["phrase"]))
            for item in claim["evidence"]:
                widgets.quote(item)


render(context.get())
