"""Organisation: arrivals and departures per year, where people came from and went to, the moves."""

import streamlit as st

from dashboard.analysis.organization import arrivals_per_year, counterparts, touching
from dashboard.text import md
from dashboard.ui import chart, context, state, widgets
from dashboard.ui.figures import arrivals_per_year_figure


def render(page: context.PageContext) -> None:
    st.title("Organisation")
    org_id = state.page_choice(
        "Organisation", page.bundle.bounds.orgs, param="focus", format_func=page.names.get, default="meta"
    )
    organization = page.dataset.document.organizations[org_id]
    st.subheader(md(organization.name))
    units = page.dataset.descendants(org_id) - {org_id}
    with_units = state.page_toggle(f"Include its units ({len(units)})", param="units") if units else False
    org_ids = page.dataset.descendants(org_id) if with_units else {org_id}

    facts = [organization.kind or "kind not stated"]
    if organization.parent:
        facts.append(f"part of {page.names[organization.parent]}")
    if units:
        facts.append("units: " + ", ".join(sorted(page.names[unit] for unit in units)))
    if organization.aliases:
        facts.append("also written: " + ", ".join(organization.aliases))
    st.caption(md(" · ".join(facts)))

    moves = touching(page.moves, org_ids)
    arrived = int(moves.loc[moves["direction"] == "arrival", "headcount"].sum())
    left = int(moves.loc[moves["direction"] == "departure", "headcount"].sum())
    columns = st.columns(3)
    columns[0].metric("Arrived", arrived)
    columns[1].metric("Left", left)
    columns[2].metric("Net", arrived - left)
    widgets.counting_note(page)

    st.subheader("Arrivals and departures per year")
    chart.show(arrivals_per_year_figure(arrivals_per_year(page.moves, org_ids)), key="per_year")
    undated = moves[moves["year"].isna() & moves["direction"].isin(["arrival", "departure"])]
    if not undated.empty:
        st.caption(
            f"Not in this chart: {len(undated):,} move(s) ({int(undated['headcount'].sum()):,} people) whose date "
            "lies in no single year; the counts above include them."
        )
    came, went = st.columns(2)
    with came:
        st.subheader("Came from")
        widgets.table_with_download(
            counterparts(page.moves, org_ids, "from"), key="came_csv", file_name="came-from.csv"
        )
    with went:
        st.subheader("Went to")
        widgets.table_with_download(counterparts(page.moves, org_ids, "to"), key="went_csv", file_name="went-to.csv")

    st.subheader("Moves")
    widgets.moves_table(moves, key="org_moves_csv", file_name=f"{org_id}-moves.csv")
    with st.expander("The moves with their evidence"):
        widgets.move_cards(moves)


render(context.get())
