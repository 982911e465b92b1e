"""Organisation: arrivals and departures per year, where people came from and went to, the moves.

Everything drawn comes from the page's loader,
:func:`dashboard.analysis.pages.organization.organization_view`.
"""

import streamlit as st

from dashboard.analysis.pages.organization import busiest, organization_view, units
from dashboard.text import md
from dashboard.ui import context, routes, state
from dashboard.ui.components import cards, chart, tables, widgets
from dashboard.ui.components.figures import arrivals_per_year_figure


def render(page: context.PageContext) -> None:
    st.title("Organisation")
    if not page.bundle.bounds.orgs:  # a record just started (init): nothing to choose from yet
        st.info("The record has no organisations yet: add a move or a stay, or import positions.", icon="ℹ️")
        return
    # One organisation selected in the sidebar: the page shows it (and follows the filter when it changes).
    state.follow(routes.FOCUS, page.filters.orgs[0] if len(page.filters.orgs) == 1 else None)
    org_id = state.page_choice(
        "Organisation", page.bundle.bounds.orgs, param=routes.FOCUS, format_func=page.names.get,
        default=busiest(page.selection), exists=lambda oid: oid in page.dataset.document.organizations,
    )  # fmt: skip
    st.subheader(md(page.names[org_id]))
    below = units(page.bundle, org_id)
    with_units = state.page_toggle(f"Include its units ({len(below)})", param=routes.UNITS) if below else False
    view = organization_view(page.bundle, page.selection, org_id, with_units=with_units)
    st.caption(md(view.facts))

    columns = st.columns(3)
    columns[0].metric("Arrived", view.arrived)
    columns[1].metric("Left", view.left)
    columns[2].metric("Net", view.arrived - view.left)
    if view.scope:
        st.caption(md(view.scope))
    widgets.counting_note(page)

    st.subheader("Arrivals and departures per year")
    clicked = chart.show(arrivals_per_year_figure(view.per_year), key="per_year")
    cards.evidence(page, view.bars, clicked, view.label, view.behind, key="per_year", orgs_of=lambda _: [])
    if view.undated:
        st.caption(view.undated)
    came, went = st.columns(2)
    sides = ((came, view.came_from, "Came from", "from_csv", "came-from.csv"),
             (went, view.went_to, "Went to", "to_csv", "went-to.csv"))  # fmt: skip
    for column, side, title, key, file_name in sides:
        with column:
            st.subheader(title)
            linked = tables.with_links(side.table, {"organisation": (side.org_ids, routes.ORGANIZATION)})
            tables.table_with_download(side.table, key=key, file_name=file_name, linked=linked)

    st.subheader("Moves")
    tables.moves_table(view.moves, key="org_moves_csv", file_name=f"{org_id}-moves.csv")
    with st.expander("The moves with their evidence"):
        cards.move_cards(view.moves)


render(context.get())
