"""Publishing a view (issue 17, part 3): one self-contained HTML file with the chart, the table and
the quotes, from the command line and the Flows page; it opens offline and makes no request."""

from __future__ import annotations

import base64
import hashlib
import json
import re
import subprocess
import sys

import pytest

from dashboard.analysis import bundle as bundles
from dashboard.analysis import views
from dashboard.analysis.selection import select
from dashboard.edit.writer import quote
from dashboard.ui.report import report_html
from support.apptest import open_page
from support.html import Page
from support.records import REPO, SHIPPED, TODAY, load


def build(text: str, query: str = "", view: str = "flows") -> tuple[str, int]:
    """The report of ``view`` and how many moves the view counts."""
    result = load(text)
    assert result.ok, result.errors
    bundle = bundles.build(result.dataset, "")
    filters, level, _ = views.from_query(query, bundle)
    selection = select(bundle, filters)
    page = report_html(bundle, selection, view, level or "unit", query, "events.yaml", TODAY)
    return page, len(selection.moves)


def test_the_report_holds_chart_table_notes_and_every_quote_behind_the_view(shipped_text):
    page, counted = build(shipped_text, "rumours=1")
    assert counted == 12 and page.count('<li id="note-') == counted  # each move the view counts, a footnote
    assert "Ebenfalls wechselt Nat Friedman, ehemaliger CEO bei Github." in page
    # each source named as the pages name it, with where it is kept
    assert "— Inside.it.ch, 2023 or later (seeds/000_754018a0b65caa00.txt)" in page
    assert "Counted but marked:" in page and "(rumoured)" in page
    assert '<div id="chart"' in page and "window.Plotly=" in page and "sankey" in page
    # nothing from elsewhere: no script source, stylesheet, font, image or frame in the markup (the
    # inlined plotly.js is checked in Chromium: the page makes no request)
    markup = re.sub(r"<script>.*?</script>", "", page, flags=re.S)
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)|@import|url\(|<link|<iframe|<img""", markup)
    assert "<script src" not in page
    assert "default-src 'none'" in page  # and the page forbids any request it might still try


def test_every_text_of_the_record_is_escaped_in_the_report(shipped_text):
    hostile = '<script>alert("x")</script> & </script><b>'
    text = shipped_text.replace("    name: Armand Joulin\n", f"    name: {quote(hostile)}\n")
    page, _ = build(text, "", "moves")
    assert hostile not in page and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    flows, _ = build(text)
    figure = flows[flows.index('id="figure">') : flows.index("</script>", flows.index('id="figure">'))]
    assert "<" not in figure.removeprefix('id="figure">')  # the JSON can't close its script


@pytest.mark.parametrize("view", ["moves", "flows", "net-flow"])
def test_the_report_runs_only_its_own_scripts_by_their_hashes(view, shipped_text):
    """Issue 22: no 'unsafe-inline' for scripts. Every script the page would run has its SHA-256
    in the CSP, and nothing else is allowed, even with a name written to close a script."""
    hostile = "</script><script>alert(1)</script><img src=x onerror=alert(2)>"
    page = Page(build(shipped_text.replace("    name: Armand Joulin\n", f"    name: {quote(hostile)}\n"), "", view)[0])
    allowed = page.script_src()
    assert not {"'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'strict-dynamic'", "*"} & set(allowed)
    run = [text for kind, text in page.scripts if kind != "application/json"]
    hashes = [f"'sha256-{base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()}'" for text in run]
    assert (sorted(hashes) == sorted(allowed)) if run else (allowed == ["'none'"])
    assert len(run) == (0 if view == "moves" else 3)  # plotly, the outlines, the drawing: nothing else
    assert "default-src 'none'" in page.policy and "base-uri 'none'" in page.policy


@pytest.mark.parametrize("view", ["moves", "flows", "net-flow"])
def test_the_report_command_writes_each_view(view, tmp_path):
    out = tmp_path / "view.html"
    command = [sys.executable, "-m", "dashboard", "report", "--view", view, "--query", "org=meta&from=2025",
               "--output", str(out), "--today", TODAY.isoformat()]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert "filters: org=meta&amp;from=2025" in page
    assert ('<div id="chart"' in page) == (view != "moves")


@pytest.mark.parametrize("page", ["flows", "overview"])
def test_the_chart_pages_offer_their_view_as_a_download(page, monkeypatch):
    at = open_page(page, SHIPPED, monkeypatch)
    labels = [button.proto.label for button in at.get("download_button")]
    assert "Download this view: chart, table and quotes in one HTML file (opens offline)" in labels


@pytest.mark.parametrize("query", ["", "rumours=1&level=root"])
def test_the_report_draws_and_describes_the_sankey_the_flows_page_draws(query, shipped_text, monkeypatch):
    """Both come from one loader (analysis/pages/flows.py), with the page's default choices."""
    from support.apptest import sankey

    params = dict(pair.split("=") for pair in query.split("&") if pair)
    at = open_page("flows", SHIPPED, monkeypatch, **params)
    [caption] = [element.value for element in at.caption if element.value.startswith("Origins on the left")]
    page, _ = build(shipped_text, query)
    assert f"<p class='meta'>{caption}</p>" in page.replace("&#x27;", "'")
    [data] = [text for kind, text in Page(page).scripts if kind == "application/json"]
    figure = json.loads(data)
    [trace] = [trace for trace in figure["data"] if trace["type"] == "sankey"]
    assert trace["link"]["value"] == sankey(at)["link"]["value"]
