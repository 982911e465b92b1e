"""The web server's additions to Streamlit's page: the server root named, chart code fetched early."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from dashboard.config import CHART_BUNDLE, CHART_BUNDLE_URL, STATIC_DIR
from dashboard.ui.server import BACKEND, CHART_PAGES, FastStart, chart_tags, chunk_file, component_chunks, imported

PAGE = b"<!DOCTYPE html><html><head><title>Streamlit</title></head><body><div id=root></div></body></html>"
CHUNKS = ["BidiComponent.x1.js", "serialization.y2.js"]


def serve(path: str, *, content_type: bytes = b"text/html; charset=utf-8", method: str = "GET", status: int = 200):
    """Run a request for ``path`` through the middleware in front of an app serving ``PAGE``
    in two pieces; return (headers the app saw, response start, response body)."""
    seen: dict = {}

    async def app(scope, receive, send):
        seen["headers"] = dict(scope["headers"])
        headers = [(b"content-type", content_type), (b"content-length", str(len(PAGE)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": PAGE[:40], "more_body": True})
        await send({"type": "http.response.body", "body": PAGE[40:], "more_body": False})

    sent: list[dict] = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    scope = {
        "type": "http",
        "method": method,
        "path": path,
        "headers": [(b"accept-encoding", b"gzip"), (b"host", b"x")],
    }
    # In a thread of its own: Playwright's sync API (the browser tests) keeps a loop running here.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, FastStart(app, chunks=CHUNKS)(scope, receive, send)).result()
    start = next(message for message in sent if message["type"] == "http.response.start")
    body = b"".join(message.get("body", b"") for message in sent if message["type"] == "http.response.body")
    return seen["headers"], dict(start["headers"]), body


@pytest.mark.parametrize("path", ["/", "/flows", "/timeline/", "/organization"])
def test_chart_pages_get_the_server_root_and_the_chart_code_once_before_the_end_of_head(path):
    seen, headers, body = serve(path)
    tags = (BACKEND + chart_tags(CHUNKS)).encode()
    assert body == PAGE.replace(b"</head>", tags + b"</head>")
    assert body.count(CHART_BUNDLE_URL.encode()) == 2  # the modulepreload link and the import
    for chunk in CHUNKS:
        assert body.count(f'<link rel="modulepreload" crossorigin href="./static/js/{chunk}">'.encode()) == 1
    assert headers[b"content-length"] == str(len(body)).encode()
    assert b"accept-encoding" not in seen  # asked uncompressed, so the text can be edited


@pytest.mark.parametrize("path", ["/person", "/sources", "/add"])
def test_other_pages_get_only_the_server_root(path):
    _, headers, body = serve(path)
    assert body == PAGE.replace(b"</head>", BACKEND.encode() + b"</head>")
    assert CHART_BUNDLE_URL.encode() not in body
    assert headers[b"content-length"] == str(len(body)).encode()


def test_the_server_root_setting_names_this_origin_for_both_the_backend_and_the_main_page():
    assert BACKEND.startswith("<script>window.__streamlit={") and BACKEND.endswith("};</script>")
    assert "BACKEND_BASE_URL:location.origin+'/'" in BACKEND
    assert "MAIN_PAGE_BASE_URL:location.origin+'/'" in BACKEND


@pytest.mark.parametrize(
    ("path", "content_type", "method", "status"),
    [
        ("/static/js/index.js", b"text/javascript", "GET", 200),
        ("/flows", b"application/json", "GET", 200),
        ("/flows", b"text/html", "HEAD", 200),
        ("/flows", b"text/html", "GET", 404),
    ],
)
def test_everything_else_passes_through_unchanged(path, content_type, method, status):
    _, headers, body = serve(path, content_type=content_type, method=method, status=status)
    assert body == PAGE
    assert headers[b"content-length"] == str(len(PAGE)).encode()


def test_a_chunk_is_found_only_when_there_is_exactly_one(tmp_path):
    assert chunk_file("BidiComponent", tmp_path / "missing") is None
    assert chunk_file("BidiComponent", tmp_path) is None
    (tmp_path / "BidiComponent.Ab_1.js").write_text("")
    (tmp_path / "BidiComponent.Ab_1.js.map").write_text("")
    (tmp_path / "BidiComponentX.Zz.js").write_text("")
    assert chunk_file("BidiComponent", tmp_path) == "BidiComponent.Ab_1.js"
    (tmp_path / "BidiComponent.Cd-2.js").write_text("")
    assert chunk_file("BidiComponent", tmp_path) is None


def _site(root: Path, files: dict[str, str], page: str) -> Path:
    (root / "static" / "js").mkdir(parents=True)
    for name, text in files.items():
        (root / "static" / "js" / name).write_text(text)
    (root / "index.html").write_text(page)
    return root


def test_component_chunks_follow_imports_and_leave_out_what_the_page_loads(tmp_path):
    files = {
        "index.A.js": 'import{a}from"./shared.S.js";import"./react.R.js";',
        "shared.S.js": "",
        "react.R.js": "",
        "BidiComponent.B.js": 'import{a}from"./shared.S.js";import{b}from"./serialization.C.js";import("./lazy.L.js")',
        "serialization.C.js": 'import{c}from"./arrow.D.js";import{a}from"./shared.S.js";',
        "arrow.D.js": 'import{b}from"./serialization.C.js";',  # a cycle ends
        "lazy.L.js": "",
    }
    root = _site(tmp_path, files, '<script type="module" crossorigin src="./static/js/index.A.js"></script>')
    assert imported("BidiComponent.B.js", root / "static" / "js") == [
        "BidiComponent.B.js", "shared.S.js", "serialization.C.js", "arrow.D.js",
    ]  # fmt: skip
    # dynamic imports are left for the page to ask; what index.html loads anyway is not repeated
    assert component_chunks(root) == ["BidiComponent.B.js", "serialization.C.js", "arrow.D.js"]


def test_component_chunks_are_empty_when_streamlit_is_built_differently(tmp_path):
    root = _site(tmp_path, {"index.A.js": ""}, '<script src="./static/js/index.A.js"></script>')
    assert component_chunks(root) == []  # no component chunk: the page works, without the preload
    (root / "static" / "js" / "BidiComponent.B.js").write_text('import"./gone.G.js";')
    assert component_chunks(root) == ["BidiComponent.B.js"]  # a missing import is left out
    (root / "index.html").unlink()
    assert component_chunks(root) == []


def test_the_installed_streamlit_has_the_component_chunk():
    """If a Streamlit upgrade renames its component chunk, pages still work but start later: say so."""
    chunks = component_chunks()
    assert chunks and chunks[0].startswith("BidiComponent.")
    assert "" in CHART_PAGES and "flows" in CHART_PAGES


def test_the_chart_code_is_the_only_thing_served_statically():
    assert CHART_BUNDLE_URL.endswith(f"/app/static/{CHART_BUNDLE}")
    # Streamlit serves the static/ folder beside the script it runs: the router dashboard/ui/app.py.
    assert STATIC_DIR.name == "static" and (STATIC_DIR.parent / "app.py").is_file()
    assert sorted(path.name for path in STATIC_DIR.iterdir()) == [
        "plotly-partial.LICENSES.txt", CHART_BUNDLE,
    ]  # fmt: skip
