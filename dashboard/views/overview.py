"""Overview: the record in numbers, who gains and loses people, the latest moves, data health."""

import pandas as pd
import streamlit as st

from dashboard.charts import net_flow_figure
from dashboard.flows import net_flow
from dashboard.text import md
from dashboard.ui import context, widgets

LATEST = 6

page = context.get()
st.title("Talent Flows")
st.caption("Who moves between organisations, each move backed by the sentence that states it.")

moves = page.moves
people = set(moves["person_id"].dropna()) | set(page.stays["person_id"].dropna())
orgs = (set(moves["from_id"]) | set(moves["to_id"]) | set(page.stays["org_id"])) - {"unknown"}
cited = [moves["evidence"], page.stays["evidence"], page.claims.get("evidence", [])]
sources = {item["source"] for column in cited for items in column for item in items}
columns = st.columns(4)
columns[0].metric("Moves", len(moves), help="Move records; a group of three is one record.")
columns[1].metric(
    "People moved", int(moves["headcount"].sum()), help="Named people plus the headcounts of unnamed groups."
)
columns[2].metric("Organisations", len(orgs))
columns[3].metric("Sources cited", len(sources), help="Documents quoted by the moves, stays and claims shown.")

left, right = st.columns(2)
with left:
    st.subheader("Biggest net gainers and losers")
    net = net_flow(moves, "root")
    extremes = net[net["net"] != 0]
    if len(extremes) > 10:
        extremes = pd.concat([extremes.head(5), extremes.tail(5)])
    st.plotly_chart(net_flow_figure(extremes, page.names), key="overview_net", config={"displaylogo": False})
    st.caption("Top-level organisations; people arrived minus people left, within the filters.")
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
