"""Flows: a Sankey of moves between organisations, the links as a table, net flow per organisation."""

import streamlit as st

from dashboard.analysis.flows import (
    LEVELS,
    internal_moves,
    link_styles,
    links_table,
    name_people,
    name_styles,
    net_flow,
    sankey_links,
)
from dashboard.ui import chart, context, limits, state, widgets
from dashboard.ui.figures import net_flow_figure, sankey_figure


def render(page: context.PageContext) -> None:
    st.title("Flows")
    level = state.page_choice(
        "Level", list(LEVELS), param="level", format_func=LEVELS.get, kind="radio", default="unit"
    )

    links = sankey_links(page.moves, level, with_people=False)
    named = name_people(links.head(limits.ROWS), page.moves, level)  # naming costs time: only what is shown
    drawn = name_styles(named.head(limits.SANKEY_LINKS), page.moves, level)
    chart.show(sankey_figure(drawn, page.names), key="sankey")
    caption = "Origins on the left, destinations on the right; link width is the number of people."
    if len(drawn) < len(links):
        share = drawn["value"].sum() / max(links["value"].sum(), 1)
        caption += (
            f" Only the {len(drawn):,} largest of {len(links):,} links are drawn ({share:.0%} of the people moved);"
            " the table below lists them all. Filter to an organisation to see its links in full."
        )
    internal = internal_moves(page.moves, level)
    if level == "root" and not internal.empty:
        caption += f" {len(internal)} move(s) inside one organisation are not drawn at this level."
    styles = set(link_styles(drawn)["style"]) if not drawn.empty else set()
    if "inferred" in styles:
        caption += (
            " Faint links with a dotted outline: a detail (often the unit) is inferred, not stated; the note says how."
        )
    if "rumoured" in styles:
        caption += " Hollow grey links with a dashed outline: rumoured moves."
    st.caption(caption)
    widgets.counting_note(page)

    st.subheader("Links")
    widgets.table_with_download(
        links_table(named, page.names),
        key="links_csv",
        file_name="flows.csv",
        full=lambda: links_table(name_people(links, page.moves, level), page.names),
        total=len(links),
    )

    st.subheader("Net flow per organisation")
    net = net_flow(page.moves, level, links=links)
    chart.show(net_flow_figure(net, page.names), key="net_flow")
    st.caption("Hatched bars: the part of the net that rumoured moves make (only with 'Include rumours').")

    with st.expander(f"The {len(page.moves):,} moves behind these flows"):
        widgets.moves_table(page.moves, key="flows_moves_csv", file_name="flow-moves.csv")


render(context.get())
