"""Flows: a Sankey of moves between organisations, the links as a table, net flow per organisation."""

import streamlit as st

from dashboard.charts import net_flow_figure, sankey_figure
from dashboard.flows import LEVELS, internal_moves, net_flow, sankey_links
from dashboard.ui import context, state, widgets

page = context.get()
st.title("Flows")
level = state.page_choice("Level", list(LEVELS), param="level", format_func=LEVELS.get, kind="radio", default="unit")

links = sankey_links(page.moves, level)
st.plotly_chart(sankey_figure(links, page.names), key="sankey", config={"displaylogo": False})
caption = "Origins on the left, destinations on the right; link width is the number of people."
internal = internal_moves(page.moves, level)
if level == "root" and not internal.empty:
    caption += f" {len(internal)} move(s) inside one organisation are not drawn at this level."
st.caption(caption)

st.subheader("Links")
table = links.assign(origin=links["source"].map(page.names), destination=links["target"].map(page.names))[
    ["origin", "destination", "value", "moves", "people"]
].rename(columns={"value": "people moved", "people": "who"})
widgets.table_with_download(table, key="links_csv", file_name="flows.csv")

st.subheader("Net flow per organisation")
st.plotly_chart(net_flow_figure(net_flow(page.moves, level), page.names), key="net_flow", config={"displaylogo": False})

with st.expander(f"The {len(page.moves)} moves behind these flows"):
    widgets.moves_table(page.moves, key="flows_moves_csv", file_name="flow-moves.csv")
