"""Sources: each document with its metadata, the records it backs, and its text with quotes marked.

Sources that retell another report (``reports_on``) are grouped under it in the picker and on the
page: two articles retelling one report are one independent report.
"""

import streamlit as st

from dashboard.record.documents import DocumentError, read_document, resolve_source_path
from dashboard.record.evidence import report_of
from dashboard.text import highlight_segments, md
from dashboard.ui import context, state
from dashboard.ui.components import candidates, widgets


def source_name(dataset, source_id: str) -> str:
    """'Title (publisher, 2023)', or the path when the document has no title; a retelling is
    indented under its report ('↳ …')."""
    source = dataset.document.sources[source_id]
    stored = source.path is not None or source.url is not None
    name = dataset.source_title(source_id)  # the one way every page names a source
    details = ", ".join(part for part in (source.publisher, source.published.label()) if part and part not in name)
    if not stored:
        details += ", not stored"
    prefix = "↳ " if source.reports_on else ""
    return f"{prefix}{name} ({details})"


def ordered(sources: dict) -> list[str]:
    """Source ids with each retelling right after the report it retells (the file's order otherwise)."""
    retold: dict[str, list[str]] = {}
    for source_id in sources:
        retold.setdefault(report_of(sources, source_id), []).append(source_id)
    result: list[str] = []
    for report, group in retold.items():
        result.extend([report, *(other for other in group if other != report)] if report in group else group)
    return result


def render(page: context.PageContext) -> None:
    st.title("Sources")
    dataset = page.dataset
    sources = dataset.document.sources
    documents = [sid for sid, source in sources.items() if source.path is not None or source.url is not None]
    source_id = state.page_choice(
        "Source",
        ordered(sources),
        param="source",
        format_func=lambda s: source_name(dataset, s),
        default=documents[0] if documents else None,  # open on a document, not on a report known only by name
    )
    source = sources[source_id]
    stored = source.path is not None or source.url is not None
    label = dataset.source_label(source_id)

    published = source.published.label() + (" (estimated)" if source.published_estimated else "")
    publisher = source.publisher or "not stated"
    language = source.language or "not stated"
    facts = [label if stored else "not stored", f"language: {language}", f"published: {published}",
             f"publisher: {publisher}"]  # fmt: skip
    st.caption(md(" · ".join(facts)))
    if source.note:
        st.caption(md("Note: " + " ".join(source.note.split())))
    report = report_of(sources, source_id)
    if report != source_id:
        st.info(md(f"Retells {source_name(dataset, report)}: not an independent confirmation of it."), icon="↩️")
    retellings = [other for other in sources if other != source_id and report_of(sources, other) == source_id]
    if retellings:
        st.markdown(md("Retold by: " + "; ".join(source_name(dataset, other).lstrip("↳ ") for other in retellings)))
    if not stored:
        st.caption("Known only by name: no quote cites it directly; its retellings carry the quotes.")
        return

    cited = page.bundle.cited.get(label, {})
    backed = page.bundle.moves.iloc[cited.get("moves", [])]
    stays = page.bundle.stays.iloc[cited.get("stays", [])]
    claims = page.bundle.claims.iloc[cited.get("claims", [])]
    st.markdown(md(f"Backs {len(backed)} moves, {len(stays)} stays and {len(claims)} cohort claims (unfiltered)."))
    widgets.moves_table(backed, key="source_moves_csv", file_name=f"{source_id}-moves.csv")
    if not stays.empty:
        shown = stays[["person", "org", "when", "role"]]
        linked, config = widgets.with_links(shown, {"person": (stays["person_id"], "/person", "who"),
                                                   "org": (stays["org_id"], "/organization", "focus")})  # fmt: skip
        st.dataframe(linked, hide_index=True, width="stretch", column_config=config)

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
    candidates.show(page, text, source, source_id)
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
