"""The candidates of a document (sentences that probably state a move), with a way to use one.

Shared by the Sources page and the Add a source page; the reading itself is
:mod:`dashboard.articles.candidates`.
"""

from __future__ import annotations

import sys

import streamlit as st

from dashboard import config
from dashboard.articles.candidates import Reader
from dashboard.ui import context
from dashboard.ui.components import prefill

_READERS: dict[str, Reader] = {}
"""The reader of the record shown, by its digest: its name indexes are built once per version of
the record, not on every rerun of a page."""


def _reader(page: context.PageContext) -> Reader:
    digest = page.bundle.digest
    reader = _READERS.get(digest)
    if reader is None:
        moves = page.bundle.moves
        recorded = moves[~moves["derived"]]  # what a candidate may restate: the record's own moves
        known = zip(recorded["id"], recorded["person_id"].astype(object), recorded["headcount"],
                    recorded["from_id"].astype(object), recorded["to_id"].astype(object), strict=True)  # fmt: skip
        reader = Reader(page.dataset.document, known)
        _READERS.clear()  # one version at a time
        _READERS[digest] = reader
    return reader


def show(page: context.PageContext, text: str, source, source_id: str, *, expanded: bool = False) -> None:
    """The sentences of the document that probably state a move, as candidates to confirm
    (``python -m dashboard candidates``; see :mod:`dashboard.articles.candidates`)."""
    found = _reader(page).read(text, language=source.language, published=source.published)
    title = f"Candidate moves in this text ({len(found)}): sentences that probably state a move"
    with st.expander(title, expanded=expanded):
        st.caption(
            "Read by rules and the record's names, not checked by anyone: confirm each before adding it. "
            "“new” marks a name the record doesn't have yet; “restates” a move already recorded; “why” "
            "names the sentence pattern that found it. “confidence” is no probability: on news the rules "
            "were not written with, about 85 % of the candidates of 0.7 or more were right, and about 60 % of "
            "those below (docs/curating.md, “Measured on real articles”)."
        )
        if found:
            rows = [{
                "who": c.who() + (" (new)" if c.person and not c.person_id else ""),
                "kind": c.kind, "from": c.from_ or "", "to": c.to or "", "date": f"{c.date} ({c.date_kind})",
                "certainty": c.certainty, "restates": c.existing_move or "", "confidence": c.confidence,
                "why": c.why(), "quote": " ".join(c.quote.split()),
            } for c in found]  # fmt: skip
            st.dataframe(rows, hide_index=True, width="stretch")
            use_control(found, source, source_id)


def use_control(found: list, source, source_id: str) -> None:
    """Pick a candidate and fill the Add page with it (keyboard-usable: a select box and a button)."""
    if config.read_only(sys.argv[1:]):
        st.caption("Read-only: the Add page is hidden, so candidates can't be used here.")
        return
    labels = {
        number: f"{number + 1}. {c.who()}: {c.from_ or '?'} → {c.to or '?'}"
        for number, c in enumerate(found)
    }  # fmt: skip
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    number = left.selectbox("Candidate", list(labels), format_func=labels.get, key="src_candidate")
    if right.button("Use on the Add page", key="src_use", type="primary"):
        chosen = found[number]
        estimated = bool(source.published_estimated) and chosen.date == str(source.published)
        prefill.use(chosen, source_id, estimated)
