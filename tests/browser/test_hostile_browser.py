"""Issue 22 in a real Chromium: a record whose every text field is hostile, on every page.

A local listener stands in for an outside host: the record's Markdown images, links, bare
addresses and ``<img>`` tags all point at it. Opening each page (and what a user opens on it:
the evidence panel with its "Narrow the filters" button, every expander) must send it nothing,
draw no image or link to it, open no dialog and raise nothing; where a page names Ada, her
name's ``<img>`` tag is shown as the text it is. (This test took over the one in
``test_browser.py`` that checked the same on six pages with a smaller hostile record.)
"""

from __future__ import annotations

import http.server
import threading
from pathlib import Path
from typing import ClassVar

import pytest

from support.browser import running, wait_ready
from support.hostile import payloads, write_project

pytestmark = pytest.mark.browser


class _Listener(http.server.BaseHTTPRequestHandler):
    seen: ClassVar[list[str]]

    def do_GET(self) -> None:
        self.seen.append(self.path)
        self.send_response(404)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def listener():
    """An HTTP server on 127.0.0.1 that records every request; yields (host, requests)."""
    seen: list[str] = []
    handler = type("Handler", (_Listener,), {"seen": seen})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}", seen
    server.shutdown()
    server.server_close()


PAGES = {
    "/": 1, "/flows": 2, "/timeline": 1, "/organization?focus=evil": 1, "/organization?focus=evil-lab": 1,
    "/person?who=ada": 1, "/person?who=bob": 1, "/cohorts": 0, "/sources?source=evil-source": 0, "/add": 0,
    "/add_source": 0,
}  # fmt: skip
LITERAL = {
    "/": ("image", "tag"), "/flows": ("image",), "/timeline": ("image", "tag"), "/organization?focus=evil": ("image",),
    "/person?who=ada": ("image", "tag"), "/sources?source=evil-source": ("image", "tag"),
}  # fmt: skip
"""What each page must show as the text it is: the Markdown image of the organisation's name (on the pages that
name it) and the ``<img … onerror=…>`` tag that begins Ada's name (on the pages that name her)."""


def _expand_everything(page) -> None:
    for summary in page.locator('[data-testid="stExpander"] summary').all():
        summary.click()
    page.wait_for_timeout(300)


def _assert_harmless(page, watch, host: str, seen: list[str], where: str) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, where
    assert page.locator(f"img[src*='{host}'], img[src='x'], img[src^='http']").count() == 0, where
    assert page.locator(f"a[href*='{host}'], a[href^='javascript'], a[href^='mailto']").count() == 0, where
    assert page.locator("a[href*='example.com']").count() == 0, where
    assert watch.dialogs == [], where
    assert seen == [], f"{where}: the page sent {seen} to the outside host"


def test_no_page_fetches_links_or_runs_what_the_record_says(tmp_path: Path, open_page, listener):
    from playwright.sync_api import expect

    host, seen = listener
    path = write_project(tmp_path, host)
    with running(path) as server:
        for url, charts in PAGES.items():
            page, watch = open_page(server.url + url, charts=charts)
            assert not page.locator('[data-testid="stAlertContentError"]').count(), url  # the record is valid
            for key in LITERAL.get(url, ()):  # shown as the text it is, not taken as Markdown or HTML
                page.get_by_text(payloads(host)[key], exact=False).filter(visible=True).first.wait_for(timeout=10_000)
            _expand_everything(page)
            _assert_harmless(page, watch, host, seen, url)
            assert watch.console_errors == [], url

        # The evidence panel of a Sankey link into the hostile organisation: its title, its move
        # cards and the "Narrow the filters to …" button name it (the button once fetched its image).
        page, watch = open_page(server.url + "/flows", charts=PAGES["/flows"])
        page.get_by_role("combobox", name="The moves behind…").first.click()
        page.get_by_role("option").filter(has_text="HYPERLINK").first.click()
        page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')
        button = page.get_by_role("button", name="Narrow the filters to")
        expect(button).to_be_visible()
        expect(button).to_contain_text(f"![x](http://{host}/image.png)")  # literally, as text
        wait_ready(page, PAGES["/flows"])
        _assert_harmless(page, watch, host, seen, "/flows, a link's evidence")
        button.click()
        wait_ready(page, PAGES["/flows"])
        _assert_harmless(page, watch, host, seen, "/flows, narrowed")
        assert watch.console_errors == []
