"""Overview: the record in numbers, who gains and loses people, the latest moves, data health."""

import pandas as pd
import streamlit as st

from dashboard.analysis.pages.overview import overview_view
from dashboard.record.problems import by_kind
from dashboard.text import md
from dashboard.ui import context
from dashboard.ui.components import cards, chart, limits, widgets
from dashboard.ui.components.figures import net_flow_figure

LATEST = 6
"""Moves the page lists, newest first, with their quotes."""


def render(page: context.PageContext) -> None:
    st.title("Talent Flows")
    st.caption("Who moves between organisations, each move backed by the sentence that states it.")

    view = overview_view(page.bundle, page.selection)
    columns = st.columns(4)
    columns[0].metric("Moves", f"{len(view.moves):,}", help="Move records; a group of three is one record.")
    columns[1].metric(
        "People moved",
        f"{view.people:,}",
        help="Distinct named people (someone who moved twice counts once) plus the headcounts of unnamed groups.",
    )
    columns[2].metric("Organisations", view.organizations)
    columns[3].metric("Sources cited", view.sources, help="Documents quoted by the moves, stays and claims shown.")
    widgets.counting_note(page)

    left, right = st.columns(2)
    with left:
        st.subheader("Biggest net gainers and losers")
        clicked = chart.show(net_flow_figure(view.net_drawn, page.names), key="overview_net")
        st.caption(view.net_caption)
        widgets.view_download(page, "net-flow", "root")
        cards.evidence(page, view.net_picks, clicked, view.flows.label, view.flows.behind, key="overview")
    with right:
        data_health(page)

    st.subheader("Latest moves")
    cards.move_cards(view.moves, limit=LATEST)


def data_health(page: context.PageContext) -> None:
    """The record's warnings by kind: a count per kind and, per kind, the first few in one block
    (a record of 10,000 people can have 20,000 warnings; the page draws a bounded amount)."""
    st.subheader("Data health")
    result = page.current.result
    groups = by_kind(result.warnings)
    if not groups:
        st.markdown("No warnings.")
        return
    st.markdown(md(f"{len(result.warnings):,} warnings of {len(groups)} kind{'s' if len(groups) != 1 else ''}."))
    counts = pd.DataFrame({"kind": list(groups), "warnings": [len(group) for group in groups.values()]})
    st.dataframe(counts, hide_index=True, width="stretch")
    for kind, group in list(groups.items())[: limits.WARNING_KINDS]:
        with st.expander(f"{kind} ({len(group):,})"):
            shown = group[: limits.WARNINGS]
            st.code("\n".join(problem.format(result.name) for problem in shown), language=None)
            if len(group) > len(shown):
                st.caption(f"The first {len(shown):,} of {len(group):,}; python -m dashboard validate lists them all.")
    if len(groups) > limits.WARNING_KINDS:
        st.caption(f"The {limits.WARNING_KINDS} most frequent kinds are listed; the table counts them all.")


render(context.get())
