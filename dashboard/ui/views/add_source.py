"""Add a source: an article in (a saved web page, Markdown or text, uploaded or pasted), stored
under ``seeds/`` and entered in ``sources:``, then its candidate moves, each one click from the
Add page (see :mod:`dashboard.articles.intake` and :mod:`dashboard.articles.candidates`).

An upload is at most 5 MiB (the widget refuses more, and so does the intake), its HTML is parsed
for its text and never rendered, and its file name is never used: the document is stored under
its content's hash. The extracted text is shown as plain text before anything is saved.
"""

import streamlit as st

from dashboard.articles.intake import MAX_BYTES, IntakeError, read_article
from dashboard.articles.lexicon import LANGUAGES
from dashboard.edit import atomic
from dashboard.edit.sources import add_source
from dashboard.live import watch
from dashboard.record.documents import DocumentError, read_document, resolve_source_path
from dashboard.text import md
from dashboard.ui import context
from dashboard.ui.components import candidates
from dashboard.ui.components.record_file import into_file

PREVIEW = 1500
"""Characters of the extracted text shown before saving."""


def article_input() -> tuple[bytes, str] | None:
    """The article's bytes and a format hint ('page.html', 'text.md', 'pasted.txt': never the
    uploaded file's name), from an upload or from pasted text."""
    how = st.radio("The article", ["Upload a file", "Paste its text"], key="src_how", horizontal=True)
    if how == "Upload a file":
        upload = st.file_uploader(
            "A saved web page (.html), Markdown (.md) or text (.txt), at most 5 MB", type=["html", "htm", "md", "txt"],
            key="src_upload", max_upload_size=MAX_BYTES // (1024 * 1024),
        )  # fmt: skip
        if upload is None:
            return None
        hint = {"htm": "page.html", "html": "page.html", "md": "text.md"}.get(upload.name.rsplit(".", 1)[-1].lower())
        return upload.getvalue(), hint or "text.txt"
    pasted = st.text_area("The article's text", key="src_paste", height=220, max_chars=MAX_BYTES // 4)
    return (pasted.encode("utf-8"), "pasted.txt") if pasted.strip() else None


def render(page: context.PageContext) -> None:
    st.title("Add a source")
    st.caption(
        "An article in: its text is stored under seeds/ (named by its content, so the same article twice is "
        "recognised) and its entry is added to sources: — then its sentences that probably state a move are listed, "
        "each one click from the Add page."
    )
    added = st.session_state.get("_src_added")  # kept while the curator works through its candidates
    if added:
        source_id, status = added
        if status == "exists":
            st.info(md(f"This text is already source {source_id}: nothing was saved. Its candidates:"), icon="ℹ️")
        else:
            st.success(md(f"Added source {source_id}. Its candidates:"), icon="✅")
        show_candidates(page, source_id)
        st.divider()
    given = article_input()
    if given is None:
        return
    data, hint = given
    try:
        article = read_article(data, hint)
    except IntakeError as err:
        st.error(md(f"This can't be taken in: {err}"), icon="🛑")
        return
    facts = [f"read as {article.kind}", f"title: {article.title or 'none found'}",
             f"publisher: {article.publisher or 'none found'}",
             f"published: {article.published.label()}" + (f" ({article.published_how})" if article.published_how
                                                           else " (no date found)")]  # fmt: skip
    st.caption(md(" · ".join(facts)))
    options = list(LANGUAGES) + ["other"]
    detected = article.language if article.language in LANGUAGES else "other"
    left, middle, right = st.columns(3)
    told = "Told from the text's most frequent small words; correct it if need be."
    language = left.selectbox("Language", options, index=options.index(detected), key="src_language", help=told)
    if language == "other":
        language = left.text_input("ISO 639 code", key="src_language_code", max_chars=3).strip().lower()
    url = middle.text_input("Where it was published (optional http(s) address)", key="src_url").strip()
    source_id = right.text_input("Source id (optional; default from the title)", key="src_id").strip()
    st.text(article.text[:PREVIEW] + (" …" if len(article.text) > PREVIEW else ""))  # plain text, never rendered
    into = into_file(watch.data_path(), "src_into")
    if st.button("Add source", type="primary", key="src_save"):
        save(data, hint, url or None, source_id or None, language or None, into)


def save(data: bytes, hint: str, url: str | None, source_id: str | None, language: str | None,
         into: str | None = None) -> None:  # fmt: skip
    try:
        added = add_source(watch.data_path(), data, hint, url=url, source_id=source_id, language=language, into=into)
    except (IntakeError, atomic.Changed, atomic.Busy) as err:
        st.error(md(str(err) or "The record changed while the source was added: nothing was saved."), icon="🛑")
        return
    if added.status == "invalid":
        st.error(md(f"Nothing was saved: {added.problem}"), icon="🛑")
        return
    st.session_state["_src_added"] = (added.source_id, added.status)
    st.rerun()


def show_candidates(page: context.PageContext, source_id: str) -> None:
    source = page.dataset.document.sources.get(source_id)
    if source is None or source.path is None:
        st.caption("The record doesn't show this source yet; open the Sources page in a moment.")
        return
    try:
        text = read_document(resolve_source_path(page.dataset.root, source.path))
    except DocumentError as err:
        st.error(md(str(err)))
        return
    candidates.show(page, text, source, source_id, expanded=True)


render(context.get())
