"""Issue 22 in AppTest: on a record whose every text is hostile, no page hands Streamlit Markdown
that would fetch, link or style anything the record says.

Streamlit renders Markdown in Markdown elements, captions, alerts, headers, toasts and in the
labels of expanders, tabs, buttons and metrics. Each such string of every page must hold the
record's text only escaped: no image or link syntax except the page's own relative links, no
HTML, no bare web or e-mail address outside a code span, no directive or LaTeX. (The Chromium
test in ``test_hostile_browser.py`` checks what a browser then does.)
"""

from __future__ import annotations

import re

import pytest

from support.apptest import open_page
from support.hostile import write_project

CODE_SPAN = re.compile(r"(`+)( ?)(.*?)\2\1")
UNSAFE = {
    "an image or a link to elsewhere": re.compile(r"(?<!\\)\]\((?!/)"),
    "HTML": re.compile(r"(?<!\\)<"),
    "a bare address": re.compile(r"https?://|www\.|\S@[\w-]+\.", re.IGNORECASE),
    "a directive": re.compile(r"(?<!\\):(?!orange-background\[)[a-z/-]+(?<!\\)\["),  # the Sources page's own mark
    "LaTeX": re.compile(r"(?<!\\)\$"),
}
LABELLED = {"expander", "tab", "button", "download_button", "metric", "checkbox", "toggle"}
MARKDOWN = {"markdown", "caption", "title", "header", "subheader", "alert", "toast", "error", "warning", "info",
            "success", "exception"}  # fmt: skip


def rendered_markdown(node) -> list[tuple[str, str]]:
    """(element type, string) for every string of the page that Streamlit renders as Markdown."""
    found = []
    kind = getattr(node, "type", "")
    if kind in MARKDOWN:
        found.append((kind, str(node.value)))
    if kind in LABELLED and getattr(node, "label", None):
        found.append((kind, str(node.label)))
    if kind == "metric":
        found.append((kind, str(node.value)))
    if kind == "radio":
        found += [(kind, str(option)) for option in node.options]
    for child in getattr(node, "children", {}).values():
        found += rendered_markdown(child)
    return found


def problems(markdown: str) -> list[str]:
    outside = CODE_SPAN.sub("", markdown)
    return [name for name, pattern in UNSAFE.items() if pattern.search(outside)]


PAGES = [("overview", {}), ("flows", {}), ("timeline", {}), ("organization", {"focus": "evil"}),
         ("organization", {"focus": "evil-lab"}), ("person", {"who": "ada"}), ("person", {"who": "bob"}),
         ("cohorts", {"cohort": "evil-cohort"}), ("sources", {"source": "evil-source"}), ("add", {}),
         ("add_source", {})]  # fmt: skip


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    return write_project(tmp_path_factory.mktemp("hostile"), "127.0.0.1:9")


@pytest.mark.parametrize(("page", "params"), PAGES, ids=[f"{p}-{'-'.join(q.values())}" for p, q in PAGES])
def test_the_page_renders_the_records_text_only_escaped(page, params, hostile, monkeypatch):
    monkeypatch.setenv("TALENT_FLOWS_TODAY", "2026-11-24")
    at = open_page(page, hostile, monkeypatch, **params)
    assert not at.exception
    assert not at.error, [element.value for element in at.error]
    strings = rendered_markdown(at._tree)
    if page not in {"flows", "timeline", "add", "add_source"}:  # those show the record in charts and tables
        assert any("HYPERLINK" in text or "Ada" in text for _, text in strings), "the record's text is shown"
    unsafe = [(kind, text, problems(text)) for kind, text in strings if problems(text)]
    assert unsafe == []


def test_the_checks_catch_what_they_look_for():
    from dashboard.text import md

    raw = "![x](http://h/i.png) <img src=x> www.h.org :red[x] $x$ ada@h.org [y](/person?who=y)"
    assert problems(raw) == list(UNSAFE)
    assert problems(md(raw)) == []
    assert problems("[Ada](/person?who=ada) and **bold**") == []
