"""Flows: a Sankey of moves between organisations, the links as a table, net flow per organisation.

Everything drawn comes from the page's loader, :func:`dashboard.analysis.pages.flows.flows_view`.
"""

import streamlit as st

from dashboard.analysis.flows import LEVELS
from dashboard.analysis.pages.flows import DEFAULT_TOP, LEVEL, TOPS, flows_view
from dashboard.ui import context, routes, state
from dashboard.ui.components import cards, chart, limits, tables, widgets
from dashboard.ui.components.figures import net_flow_figure, sankey_figure


def render(page: context.PageContext) -> None:
    st.title("Flows")
    level = state.page_choice("Level", list(LEVELS), param=LEVEL, format_func=LEVELS.get, kind="radio", default="unit")
    top = state.page_choice(
        "Organisations drawn", list(TOPS), param=routes.TOP, kind="radio", default=DEFAULT_TOP,
        help="The organisations with the most people moved (in and out) are drawn one by one; the others are "
        "gathered into one 'Other' node, so the labels never overlap. The tables list everything.",
    )  # fmt: skip
    view = flows_view(
        page.bundle, page.selection, level, TOPS[top], drawn_at_most=limits.SANKEY_LINKS, rows=limits.ROWS
    )

    clicked = chart.show(sankey_figure(view.drawn, view.names), key="sankey")
    st.caption(view.caption)
    widgets.counting_note(page)
    cards.evidence(page, view.picks, clicked, view.label, view.behind, key="sankey")
    widgets.view_download(page, "flows", level)

    st.subheader("Links")
    table = view.table
    tables.table_with_download(
        table, key="links_csv", file_name="flows.csv", full=view.full_table, total=len(view.links),
        linked=tables.with_links(table, {"origin": (view.named["source"], routes.ORGANIZATION),
                                          "destination": (view.named["target"], routes.ORGANIZATION)}),
    )  # fmt: skip

    st.subheader("Net flow per organisation")
    clicked_bar = chart.show(net_flow_figure(view.net_drawn, view.org_names), key="net_flow")
    st.caption(
        f"{view.net_caption} Hatched bars: the part of the net that rumoured moves make (only with 'Include rumours')."
    )
    cards.evidence(page, view.net_picks, clicked_bar, view.label, view.behind, key="net")
    with st.expander(f"Net flow of all {len(view.net):,} organisations"):
        tables.table_with_download(view.net_table(), key="net_csv", file_name="net-flow.csv", total=len(view.net))

    with st.expander(f"The {len(view.moves):,} moves behind these flows"):
        tables.moves_table(view.moves, key="flows_moves_csv", file_name="flow-moves.csv")


render(context.get())
