"""Flows: a Sankey of moves between organisations, the links as a table, net flow per organisation."""

import streamlit as st

from dashboard.analysis.flows import (
    LEVELS,
    OTHER,
    drawn_links,
    extremes,
    internal_moves,
    link_styles,
    links_table,
    moves_behind,
    name_people,
    net_flow,
    pick_label,
    sankey_links,
)
from dashboard.analysis.views import net_flow_display
from dashboard.ui import context, state
from dashboard.ui.components import chart, limits, widgets
from dashboard.ui.components.figures import net_flow_figure, sankey_figure


def render(page: context.PageContext) -> None:
    st.title("Flows")
    level = state.page_choice(
        "Level", list(LEVELS), param="level", format_func=LEVELS.get, kind="radio", default="unit"
    )

    shown = state.page_choice(
        "Organisations drawn",
        list(TOPS),
        param="top",
        format_func=TOPS.get,
        kind="radio",
        default=DEFAULT_TOP,
        help="The organisations with the most people moved (in and out) are drawn one by one; the others are "
        "gathered into one 'Other' node, so the labels never overlap. The tables list everything.",
    )
    links = sankey_links(page.moves, level, with_people=False)
    named = name_people(links.head(limits.ROWS), page.moves, level)  # naming costs time: only what is shown
    top = None if shown == "all" else int(shown)
    drawn, gathered, drawable = drawn_links(links, page.moves, level, top, limits.SANKEY_LINKS)
    names = page.names | {OTHER: f"Other ({gathered:,} organisations)"}
    clicked = chart.show(sankey_figure(drawn, names), key="sankey")
    caption = "Origins on the left, destinations on the right; link width is the number of people."
    if gathered:
        caption += (
            f" The {shown} organisations with the most people moved are drawn; {gathered:,} others are gathered in"
            " 'Other' (the links table lists them)."
        )
    if len(drawn) < drawable:
        share = drawn["value"].sum() / max(links["value"].sum(), 1)
        caption += (
            f" Only the {len(drawn):,} largest of {drawable:,} links are drawn ({share:.0%} of the people moved);"
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
    one_by_one = (set(drawn["source"].astype(object)) - {OTHER}, set(drawn["target"].astype(object)) - {OTHER})
    picks = list(dict.fromkeys(
        [f"link:{a}|{b}" for a, b in zip(drawn["source"].astype(object), drawn["target"].astype(object), strict=True)]
        + [f"from:{org}" for org in dict.fromkeys(drawn["source"].astype(object))]
        + [f"to:{org}" for org in dict.fromkeys(drawn["target"].astype(object))]
    ))  # fmt: skip
    widgets.evidence(page, picks, clicked, lambda p: pick_label(p, names),
                     lambda p: moves_behind(page.moves, level, p, one_by_one), key="sankey")  # fmt: skip
    widgets.view_download(page, "flows", level)

    st.subheader("Links")
    table = links_table(named, page.names)
    widgets.table_with_download(
        table,
        key="links_csv",
        file_name="flows.csv",
        full=lambda: links_table(name_people(links, page.moves, level), page.names),
        total=len(links),
        linked=widgets.with_links(table, {"origin": (named["source"], "/organization", "focus"),
                                          "destination": (named["target"], "/organization", "focus")}),
    )  # fmt: skip

    st.subheader("Net flow per organisation")
    net = net_flow(page.moves, level, links=links)
    shown_net, rest = extremes(net, NET_BARS)
    clicked_bar = chart.show(net_flow_figure(shown_net, page.names), key="net_flow")
    st.caption(
        f"The {NET_BARS} biggest gainers and losers. {rest} Hatched bars: the part of the net that rumoured moves "
        "make (only with 'Include rumours')."
    )
    bars = [f"org:{org}" for org in shown_net["org_id"]]
    widgets.evidence(page, bars, clicked_bar, lambda p: pick_label(p, page.names),
                     lambda p: moves_behind(page.moves, level, p), key="net")  # fmt: skip
    with st.expander(f"Net flow of all {len(net):,} organisations"):
        widgets.table_with_download(
            net_flow_display(net, page.names), key="net_csv", file_name="net-flow.csv", total=len(net)
        )

    with st.expander(f"The {len(page.moves):,} moves behind these flows"):
        widgets.moves_table(page.moves, key="flows_moves_csv", file_name="flow-moves.csv")


TOPS = {"10": "10", "20": "20", "40": "40", "all": "all"}
NET_BARS = 15
"""Gainers, and losers, the net-flow chart draws at most (the table below it lists all)."""
DEFAULT_TOP = "20"


render(context.get())
