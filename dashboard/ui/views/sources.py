"""Sources: each document with its metadata, the records it backs, and its text with quotes marked."""

import streamlit as st

from dashboard.record.documents import DocumentError, read_document, resolve_source_path
from dashboard.text import highlight_segments, md
from dashboard.ui import context, state, widgets


def source_name(dataset, source_id: str) -> str:
    """'Title (publisher, 2023)', or the path when the document has no title."""
    source = dataset.document.sources[source_id]
    name = source.title or dataset.source_label(source_id)
    details = ", ".join(part for part in (source.publisher, str(source.published)) if part)
    return f"{name} ({details})"


def render(page: context.PageContext) -> None:
    st.title("Sources")
    dataset = page.dataset
    sources = dataset.document.sources
    source_id = state.page_choice(
        "Source", list(sources), param="source", format_func=lambda s: source_name(dataset, s)
    )
    source = sources[source_id]
    label = dataset.source_label(source_id)

    published = f"{source.published}" + (" (estimated)" if source.published_estimated else "")
    publisher = source.publisher or "not stated"
    facts = [label, f"language: {source.language}", f"published: {published}", f"publisher: {publisher}"]
    st.caption(md(" · ".join(facts)))
    if source.note:
        st.caption(md("Note: " + " ".join(source.note.split())))

    cited = page.bundle.cited.get(label, {})
    backed = page.bundle.moves.iloc[cited.get("moves", [])]
    stays = page.bundle.stays.iloc[cited.get("stays", [])]
    claims = page.bundle.claims.iloc[cited.get("claims", [])]
    st.markdown(md(f"Backs {len(backed)} moves, {len(stays)} stays and {len(claims)} cohort claims (unfiltered)."))
    widgets.moves_table(backed, key="source_moves_csv", file_name=f"{source_id}-moves.csv")
    if not stays.empty:
        st.dataframe(stays[["person", "org", "as_of", "role"]], hide_index=True, width="stretch")

    quotes = [item["quote"] for frame in (backed, stays, claims) if not frame.empty for items in frame["evidence"]
              for item in items if item["source"] == label]  # fmt: skip
    st.subheader("Text")
    if source.path is None:
        st.markdown(md(f"Not stored here: {source.url}"))
        return
    try:
        text = read_document(resolve_source_path(dataset.root, source.path))
    except DocumentError as err:
        st.error(md(str(err)))
        return
    pieces = []
    for piece, quoted in highlight_segments(text, quotes):
        if quoted:
            lines = [f":orange-background[{md(line)}]" if line.strip() else "" for line in piece.split("\n")]
            pieces.append("  \n".join(lines))
        else:
            pieces.append(md(piece))
    st.caption(f"{len(set(quotes))} quoted passage(s) highlighted.")
    with st.container(border=True):
        st.markdown("".join(pieces))


render(context.get())
