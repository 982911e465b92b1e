"""Overview: the record in numbers, who gains and loses people, the latest moves, data health."""

import pandas as pd
import streamlit as st

from dashboard.analysis.flows import net_flow
from dashboard.analysis.tables import organizations_shown, sources_cited
from dashboard.text import md
from dashboard.ui import chart, context, widgets
from dashboard.ui.figures import net_flow_figure

LATEST = 6


def render(page: context.PageContext) -> None:
    st.title("Talent Flows")
    st.caption("Who moves between organisations, each move backed by the sentence that states it.")

    moves = page.moves
    orgs = organizations_shown(moves, page.stays)
    sources = sources_cited(page.bundle.sources, {"moves": moves, "stays": page.stays, "claims": page.claims})
    columns = st.columns(4)
    columns[0].metric("Moves", len(moves), help="Move records; a group of three is one record.")
    columns[1].metric(
        "People moved", int(moves["headcount"].sum()), help="Named people plus the headcounts of unnamed groups."
    )
    columns[2].metric("Organisations", orgs)
    columns[3].metric("Sources cited", sources, help="Documents quoted by the moves, stays and claims shown.")
    widgets.counting_note(page)

    left, right = st.columns(2)
    with left:
        st.subheader("Biggest net gainers and losers")
        net = net_flow(moves, "root")
        extremes = net[net["net"] != 0]
        if len(extremes) > 10:
            extremes = pd.concat([extremes.head(5), extremes.tail(5)])
        chart.show(net_flow_figure(extremes, page.names), key="overview_net")
        st.caption(
            "Top-level organisations; people arrived minus people left, within the filters. "
            "Hover a bar for how many of them are rumoured, inferred or undated."
        )
    with right:
        st.subheader("Data health")
        warnings = page.current.result.warnings
        estimated = sum("is an estimate" in problem.message for problem in warnings)
        st.markdown(md(f"{len(warnings)} warnings, {estimated} of them about estimated dates."))
        with st.expander("All warnings"):
            for problem in warnings:
                st.text(problem.format(page.current.result.name))

    st.subheader("Latest moves")
    widgets.move_cards(moves, limit=LATEST)


render(context.get())
