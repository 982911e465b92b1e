"""Organisation: arrivals and departures per year, where people came from and went to, the moves."""

import pandas as pd
import streamlit as st

from dashboard.analysis.organization import arrivals_per_year, counterparts, touching
from dashboard.record.model import UNKNOWN
from dashboard.text import md
from dashboard.ui import context, state
from dashboard.ui.components import chart, widgets
from dashboard.ui.components.figures import arrivals_per_year_figure


def render(page: context.PageContext) -> None:
    st.title("Organisation")
    # One organisation selected in the sidebar: the page shows it (and follows the filter when it changes).
    state.follow("focus", page.filters.orgs[0] if len(page.filters.orgs) == 1 else None)
    org_id = state.page_choice(
        "Organisation", page.bundle.bounds.orgs, param="focus", format_func=page.names.get,
        default=busiest(page), exists=lambda oid: oid in page.dataset.document.organizations,
    )  # fmt: skip
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
    if units and not with_units:
        st.caption(md(f"{organization.name} alone: moves of its {len(units)} unit(s) are not counted here. The "
                      "Overview's gainers and losers count top-level organisations with their units; switch on "
                      "'Include its units' to count the same way."))  # fmt: skip
    elif units:
        st.caption(md(f"{organization.name} with its units, as the Overview's top-level figures count it (moves "
                      "between it and its units are arrivals and departures here, not on the Overview)."))  # fmt: skip
    widgets.counting_note(page)

    st.subheader("Arrivals and departures per year")
    per_year = arrivals_per_year(page.moves, org_ids)
    clicked = chart.show(arrivals_per_year_figure(per_year), key="per_year")
    bars = [f"{kind}:{year}" for year in per_year["year"] for kind in ("arrival", "departure")]

    def behind(pick: str):
        kind, _, year = pick.partition(":")
        return moves[(moves["direction"] == kind) & (moves["year"] == int(year))]

    def label(pick: str) -> str:
        kind, _, year = pick.partition(":")
        return f"{'arrivals at' if kind == 'arrival' else 'departures from'} {organization.name} in {year}"

    widgets.evidence(page, bars, clicked, label, behind, key="per_year", orgs_of=lambda _: [])
    undated = moves[moves["year"].isna() & moves["direction"].isin(["arrival", "departure"])]
    if not undated.empty:
        st.caption(
            f"Not in this chart: {len(undated):,} move(s) ({int(undated['headcount'].sum()):,} people) whose date "
            "lies in no single year; the counts above include them."
        )
    came, went = st.columns(2)
    ids_of = {name: org for org, name in page.names.items()}  # organisation names are unique
    for column, side, title, file_name in ((came, "from", "Came from", "came-from.csv"),
                                           (went, "to", "Went to", "went-to.csv")):  # fmt: skip
        with column:
            st.subheader(title)
            table = counterparts(page.moves, org_ids, side)
            linked = widgets.with_links(table, {"organisation": (table["organisation"].map(ids_of), "/organization",
                                                                 "focus")})  # fmt: skip
            widgets.table_with_download(table, key=f"{side}_csv", file_name=file_name, linked=linked)

    st.subheader("Moves")
    widgets.moves_table(moves, key="org_moves_csv", file_name=f"{org_id}-moves.csv")
    with st.expander("The moves with their evidence"):
        widgets.move_cards(moves)


def busiest(page: context.PageContext) -> str | None:
    """The organisation the most selected moves touch (the page's first choice without a link)."""
    ends = pd.concat([page.moves["from_id"].astype(object), page.moves["to_id"].astype(object)])
    counts = ends[ends != UNKNOWN].value_counts()
    return str(counts.index[0]) if not counts.empty else None


render(context.get())
