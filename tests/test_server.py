"""The web server's one addition to Streamlit: chart pages load plotly.js from the start."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

import pytest

from dashboard.server import CHART_PAGES, PreloadCharts, plotly_chunk, preload_tags

PAGE = b"<!DOCTYPE html><html><head><title>Streamlit</title></head><body><div id=root></div></body></html>"


def serve(path: str, *, content_type: bytes = b"text/html; charset=utf-8", chunk: str | None = "PlotlyChart.x1.js"):
    """Run a request for ``path`` through the middleware in front of an app serving ``PAGE``
    in two pieces; return (headers the app saw, response start, response body)."""
    seen: dict = {}

    async def app(scope, receive, send):
        seen["headers"] = dict(scope["headers"])
        headers = [(b"content-type", content_type), (b"content-length", str(len(PAGE)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": PAGE[:40], "more_body": True})
        await send({"type": "http.response.body", "body": PAGE[40:], "more_body": False})

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {"type": "http", "method": "GET", "path": path, "headers": [(b"accept-encoding", b"gzip"), (b"host", b"x")]}
    # In a thread of its own: Playwright's sync API (the browser tests) keeps a loop running here.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, PreloadCharts(app, chunk=chunk)(scope, receive, send)).result()
    start = next(message for message in sent if message["type"] == "http.response.start")
    body = b"".join(message.get("body", b"") for message in sent if message["type"] == "http.response.body")
    return seen["headers"], dict(start["headers"]), body


@pytest.mark.parametrize("path", ["/", "/flows", "/timeline/", "/organization"])
def test_chart_pages_get_the_preload_once_before_the_end_of_head(path):
    seen, headers, body = serve(path)
    tags = preload_tags("PlotlyChart.x1.js")
    assert body == PAGE.replace(b"</head>", tags + b"</head>")
    assert body.count(b"PlotlyChart.x1.js") == 2  # the modulepreload link and the import
    assert headers[b"content-length"] == str(len(body)).encode()
    assert b"accept-encoding" not in seen  # asked uncompressed, so the text can be edited


@pytest.mark.parametrize(
    ("path", "content_type", "chunk"),
    [
        ("/person", b"text/html", "PlotlyChart.x1.js"),  # a page without a chart
        ("/static/js/index.js", b"text/javascript", "PlotlyChart.x1.js"),
        ("/flows", b"application/json", "PlotlyChart.x1.js"),
        ("/flows", b"text/html", None),  # the chunk was not found: nothing to preload
    ],
)
def test_everything_else_passes_through_unchanged(path, content_type, chunk):
    _, headers, body = serve(path, content_type=content_type, chunk=chunk)
    assert body == PAGE
    assert headers[b"content-length"] == str(len(PAGE)).encode()


def test_the_chunk_is_found_only_when_there_is_exactly_one(tmp_path):
    assert plotly_chunk(tmp_path / "missing") is None
    assert plotly_chunk(tmp_path) is None
    (tmp_path / "PlotlyChart.Ab_1.js").write_text("")
    (tmp_path / "PlotlyChart.Ab_1.js.map").write_text("")
    assert plotly_chunk(tmp_path) == "PlotlyChart.Ab_1.js"
    (tmp_path / "PlotlyChart.Cd-2.js").write_text("")
    assert plotly_chunk(tmp_path) is None


def test_the_installed_streamlit_has_the_chunk():
    """If a Streamlit upgrade renames its plotly chunk, pages still work but lose the preload: say so."""
    assert plotly_chunk() is not None
    assert "" in CHART_PAGES and "flows" in CHART_PAGES
