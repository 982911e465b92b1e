"""Sources: each document with its metadata, the records it backs, and its text with quotes marked.

Everything drawn comes from the page's loader, :mod:`dashboard.analysis.pages.sources`.
"""

import streamlit as st

from dashboard.analysis.pages.sources import first_document, ordered, source_name, source_view
from dashboard.text import md
from dashboard.ui import context, routes, state
from dashboard.ui.components import candidates, tables


def render(page: context.PageContext) -> None:
    st.title("Sources")
    dataset = page.dataset
    if not dataset.document.sources:  # a record just started (init)
        st.info("The record has no sources yet: add one on Add a source, or with add-source.", icon="ℹ️")
        return
    source_id = state.page_choice(
        "Source", ordered(dataset), param=routes.SOURCE, format_func=lambda s: source_name(dataset, s),
        default=first_document(dataset),
    )  # fmt: skip
    view = source_view(page.bundle, source_id)
    st.caption(md(view.facts))
    if view.note:
        st.caption(md("Note: " + view.note))
    if view.retells:
        st.info(md(f"Retells {view.retells}: not an independent confirmation of it."), icon="↩️")
    if view.retold_by:
        st.markdown(md("Retold by: " + "; ".join(view.retold_by)))
    if not view.stored:
        st.caption("Known only by name: no quote cites it directly; its retellings carry the quotes.")
        return

    st.markdown(md(f"Backs {len(view.moves)} moves, {len(view.stays)} stays and {len(view.claims)} cohort claims "
                   "(unfiltered)."))  # fmt: skip
    tables.moves_table(view.moves, key="source_moves_csv", file_name=f"{source_id}-moves.csv")
    if not view.stays.empty:
        stays = view.stays
        linked, config = tables.with_links(stays[["person", "org", "when", "role"]], {
            "person": (stays["person_id"], routes.PERSON), "org": (stays["org_id"], routes.ORGANIZATION),
        })  # fmt: skip
        st.dataframe(linked, hide_index=True, width="stretch", column_config=config)

    st.subheader("Text")
    if view.url is not None:
        st.markdown(md(f"Not stored here: {view.url}"))
        return
    if view.error is not None:
        st.error(md(view.error))
        return
    candidates.show(page, view.text, dataset.document.sources[source_id], source_id)
    pieces = []
    for piece, quoted in view.passages:
        if quoted:
            lines = [f":orange-background[{md(line)}]" if line.strip() else "" for line in piece.split("\n")]
            pieces.append("  \n".join(lines))
        else:
            pieces.append(md(piece))
    st.caption(f"{len(set(view.quotes))} quoted passage(s) highlighted.")
    with st.container(border=True):
        st.markdown("".join(pieces))


render(context.get())
