"""Cohorts: what sources claim about a group beside what the records show, member by member.

The cohort shown is the sidebar's Cohort filter: one choice, not two. Picking a cohort here sets
that filter (so every page follows it); with no cohort filtered, the page lists the cohorts to
pick from. Member statuses read the whole record (the year and organisation filters would hide
the very moves that say where a member went); the rumour switch applies, and the page says so.
"""

import pandas as pd
import streamlit as st

from dashboard.analysis.cohorts import claim_phrase, coverage, member_statuses, records_phrase
from dashboard.analysis.tables import records
from dashboard.text import md
from dashboard.ui import context, state
from dashboard.ui.components import widgets


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
        overview = [{"cohort": cohort.name, "size": "unknown" if cohort.size is None else str(cohort.size),
                     "claims": len(cohort.claims)} for cohort in cohorts.values()]  # fmt: skip
        st.dataframe(overview, hide_index=True, width="stretch")
        return
    cohort = cohorts[cohort_id]
    st.caption(
        "Member statuses read the whole record, not the year or organisation filters (they would hide the moves "
        "that say where a member went); 'Include rumours' applies."
    )
    if cohort.description:
        st.caption(md(" ".join(cohort.description.split())))

    claims = page.bundle.claims
    claims = records(claims[claims["cohort_id"] == cohort_id]) if not claims.empty else []
    moves = page.bundle.moves
    if not page.filters.rumours:  # the figures follow the sidebar's rumour switch
        moves = moves[moves["certainty"] != "rumoured"]
    cover = coverage(page.dataset, moves, page.bundle.stays, cohort_id)
    size = "unknown size" if cover.size is None else f"{cover.size} members"
    sources_say = "; ".join(claim_phrase(claim, cover.size) for claim in claims) or "no claims recorded"
    st.markdown(md(f"Sources ({size}): {sources_say}."))
    st.markdown(md(records_phrase(cover).capitalize() + "."))

    st.subheader("Members in the record")
    columns = ["person", "status", "where", "date", "record"]
    rows = member_statuses(page.dataset, moves, page.bundle.stays, cohort_id)
    statuses = pd.DataFrame(rows, columns=columns).fillna("")
    person_ids = pd.Series([row["person_id"] for row in rows], dtype=object)
    linked = widgets.with_links(statuses, {"person": (person_ids, "/person", "who")})
    widgets.table_with_download(statuses, key="members_csv", file_name=f"{cohort_id}-members.csv", linked=linked)

    st.subheader("Claims")
    for claim in claims:
        with st.container(border=True):
            st.markdown(f"**{md(claim['summary'])}**")
            st.caption(md(claim_phrase(claim, cover.size)))
            for item in claim["evidence"]:
                widgets.quote(item)


render(context.get())
