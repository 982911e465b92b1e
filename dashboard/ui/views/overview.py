"""Overview: the record in numbers, who gains and loses people, the latest moves, data health."""

import pandas as pd
import streamlit as st

from dashboard.analysis.flows import extremes, moves_behind, net_flow, pick_label
from dashboard.analysis.tables import organizations_shown, people_moved, sources_cited
from dashboard.record.problems import by_kind
from dashboard.text import md
from dashboard.ui import context
from dashboard.ui.components import chart, limits, widgets
from dashboard.ui.components.figures import net_flow_figure

LATEST = 6


def render(page: context.PageContext) -> None:
    st.title("Talent Flows")
    st.caption("Who moves between organisations, each move backed by the sentence that states it.")

    moves = page.moves
    orgs = organizations_shown(moves, page.stays)
    sources = sources_cited(page.bundle.sources, {"moves": moves, "stays": page.stays, "claims": page.claims})
    columns = st.columns(4)
    columns[0].metric("Moves", f"{len(moves):,}", help="Move records; a group of three is one record.")
    columns[1].metric(
        "People moved",
        f"{people_moved(moves):,}",
        help="Distinct named people (someone who moved twice counts once) plus the headcounts of unnamed groups.",
    )
    columns[2].metric("Organisations", orgs)
    columns[3].metric("Sources cited", sources, help="Documents quoted by the moves, stays and claims shown.")
    widgets.counting_note(page)

    left, right = st.columns(2)
    with left:
        st.subheader("Biggest net gainers and losers")
        shown, rest = extremes(net_flow(moves, "root"), 5)
        clicked = chart.show(net_flow_figure(shown, page.names), key="overview_net")
        st.caption(
            "Top-level organisations; people arrived minus people left, within the filters: the five biggest "
            "gainers and losers (an organisation that gained is never listed as a loser). "
            + rest
            + " Hover a bar for how many of them are rumoured, inferred or undated; click it for the moves."
        )
        widgets.view_download(page, "net-flow", "root")
        bars = [f"org:{org}" for org in shown["org_id"]]
        widgets.evidence(page, bars, clicked, lambda p: pick_label(p, page.names),
                         lambda p: moves_behind(moves, "root", p), key="overview")  # fmt: skip
    with right:
        data_health(page)

    st.subheader("Latest moves")
    widgets.move_cards(moves, limit=LATEST)


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
