"""Flows: a Sankey of moves between organisations, the links as a table, net flow per organisation."""

from urllib.parse import urlencode

import streamlit as st

from dashboard.analysis.filters import to_query
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
from dashboard.text import md
from dashboard.ui import chart, context, limits, state, widgets
from dashboard.ui.figures import net_flow_figure, sankey_figure
from dashboard.ui.report import report_html


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
    evidence(page, level, picks, clicked, names, one_by_one, key="sankey")
    st.download_button(
        "Download this view: chart, table and quotes in one HTML file (opens offline)",
        data=lambda: report_html(page.bundle, page.selection, "flows", level, urlencode(to_query(page.filters),
                                                                                          doseq=True)).encode(),
        file_name="talent-flows-flows.html", mime="text/html", key="flows_report", on_click="ignore",
        help="The Sankey (interactive), the links table, what the filters left out, and every move behind it "
        "with its quotes as numbered footnotes. Charts also download as PNG or SVG from their toolbar.",
    )  # fmt: skip

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
    evidence(page, level, [f"org:{org}" for org in shown_net["org_id"]], clicked_bar, page.names, key="net")
    with st.expander(f"Net flow of all {len(net):,} organisations"):
        widgets.table_with_download(
            net_flow_display(net, page.names), key="net_csv", file_name="net-flow.csv", total=len(net)
        )

    with st.expander(f"The {len(page.moves):,} moves behind these flows"):
        widgets.moves_table(page.moves, key="flows_moves_csv", file_name="flow-moves.csv")


def evidence(page, level, picks: list[str], clicked: str | None, names, named=(set(), set()), *, key: str) -> None:
    """The moves behind a link, node or bar with their quotes: chosen by a click on the chart, or
    here from the keyboard; and a button that narrows the filters to it."""
    pick_key = f"pick_{key}"
    if clicked is not None and clicked != st.session_state.get(f"_clicked_{key}"):
        st.session_state[f"_clicked_{key}"] = clicked  # a new click: show it (a later choice here wins)
        st.session_state[pick_key] = clicked
    if st.session_state.get(pick_key) not in picks:
        st.session_state[pick_key] = None
    pick = st.selectbox(
        "The moves behind…", picks, key=pick_key, index=None, format_func=lambda p: pick_label(p, names),
        placeholder="Click a link, a node or a bar, or choose one here",
    )  # fmt: skip
    if pick is None:
        return
    behind = moves_behind(page.moves, level, pick, named)
    people = int(behind["headcount"].sum())
    with st.container(border=True):
        st.markdown(f"**{md(f'{len(behind):,} move(s), {people:,} people: {pick_label(pick, names)}')}**")
        orgs = [org for org in pick.partition(":")[2].split("|") if org in page.bundle.bounds.orgs]
        if orgs and tuple(orgs) != page.filters.orgs:
            st.button(
                f"Narrow the filters to {' and '.join(names.get(org, org) for org in orgs)}", key=f"narrow_{key}",
                on_click=lambda: st.session_state.update(f_orgs=orgs),
            )  # fmt: skip
        widgets.move_cards(behind, limit=LIMIT_CARDS)


LIMIT_CARDS = 10
"""Moves (with their quotes) the evidence panel shows; the moves table lists them all."""
TOPS = {"10": "10", "20": "20", "40": "40", "all": "all"}
NET_BARS = 15
"""Gainers, and losers, the net-flow chart draws at most (the table below it lists all)."""
DEFAULT_TOP = "20"


render(context.get())
