"""Cohorts: what sources claim about a group beside what the records show, member by member."""

import pandas as pd
import streamlit as st

from dashboard.analysis.cohorts import claim_phrase, coverage, member_statuses, records_phrase
from dashboard.analysis.tables import records
from dashboard.text import md
from dashboard.ui import context, state, widgets


def render(page: context.PageContext) -> None:
    st.title("Cohorts")
    cohorts = page.dataset.document.cohorts
    if not cohorts:
        st.info("The record defines no cohorts.")
        return
    cohort_id = state.page_choice(
        "Cohort", list(cohorts), param="group", format_func=lambda c: cohorts[c].name, default=page.filters.cohort
    )
    cohort = cohorts[cohort_id]
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
    statuses = pd.DataFrame(rows, columns=columns)
    widgets.table_with_download(statuses.fillna(""), key="members_csv", file_name=f"{cohort_id}-members.csv")

    st.subheader("Claims")
    for claim in claims:
        with st.container(border=True):
            st.markdown(f"**{md(claim['summary'])}**")
            st.caption(md(claim_phrase(claim, cover.size)))
            for item in claim["evidence"]:
                widgets.quote(item)


render(context.get())
