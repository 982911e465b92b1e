"""The dashboard's web server: Streamlit's own (``st.App``), with a page that starts faster.

``python -m dashboard serve`` runs ``streamlit run`` on this file; Streamlit finds the ``app``
below and serves ``app.py`` with its usual server and ``.streamlit/config.toml``. One
middleware, :class:`FastStart`, adds tags to the HTML page Streamlit serves for every page
path. Each saves a step the browser would otherwise wait for in sequence (measured with
``python3 dev.py bench``, see docs/performance.md):

1. On every page, ``window.__streamlit`` names the server's root as the backend and the main
   page. Without it, a page opened at ``/flows`` first looks for the server at
   ``/flows/_stcore/health``, gets a 404 and only then tries ``/`` (Streamlit issue #7074;
   Streamlit reads these two settings for exactly this, see its pull request #11537, and notes
   that serving them needs an edited ``index.html``, which this is).
2. On the pages that open on a chart, the chart's code is fetched while the page starts,
   instead of after the script's output arrived: a ``modulepreload`` link and an import of our
   plotly.js (:mod:`dashboard.ui.components.chart`), and ``modulepreload`` links for Streamlit's component
   code (the chunk behind ``st.components.v2`` and the chunks it imports that the main bundle
   does not already load).

Nothing from the record is involved: the tags are constants and names of files of the installed
Streamlit. Chunks that cannot be found (another Streamlit build) are left out; the page works
the same, only later.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import streamlit
from starlette.middleware import Middleware
from streamlit.starlette import App

from dashboard.config import CHART_BUNDLE_URL
from dashboard.ui.routes import ROUTES

STATIC = Path(streamlit.__file__).parent / "static"
IMPORTS = re.compile(r'(?:\bfrom|\bimport)\s*"\./([\w.-]+\.js)"')
COMPONENT_CHUNK = "BidiComponent"

BACKEND = (
    "<script>window.__streamlit={BACKEND_BASE_URL:location.origin+'/',MAIN_PAGE_BASE_URL:location.origin+'/'};</script>"
)
"""Streamlit's settings for where its server and main page are (both the root, as served here)."""


def chunk_file(name: str, folder: Path = STATIC / "static" / "js") -> str | None:
    """The file name of Streamlit's code chunk ``name`` (``BidiComponent.<hash>.js``), or ``None``
    unless there is exactly one."""
    pattern = re.compile(rf"^{re.escape(name)}\.[\w-]+\.js$")
    try:
        found = [entry.name for entry in folder.iterdir() if pattern.match(entry.name)]
    except OSError:
        return None
    return found[0] if len(found) == 1 else None


def imported(chunk: str, folder: Path) -> list[str]:
    """``chunk`` and every chunk it imports, directly or not (static imports only), in the order
    found; chunks that are missing are left out."""
    order: list[str] = []
    todo = [chunk]
    while todo:
        name = todo.pop(0)
        if name in order:
            continue
        try:
            text = (folder / name).read_text(encoding="utf-8")
        except OSError:
            continue
        order.append(name)
        todo.extend(IMPORTS.findall(text))
    return order


def component_chunks(root: Path = STATIC) -> list[str]:
    """Streamlit's component chunk and the chunks it needs that ``index.html`` does not load."""
    folder = root / "static" / "js"
    chunk = chunk_file(COMPONENT_CHUNK, folder)
    if chunk is None:
        return []
    try:
        page = (root / "index.html").read_text(encoding="utf-8")
    except OSError:
        return []
    loaded: set[str] = set()
    for entry in re.findall(r"\./static/js/([\w.-]+\.js)", page):
        loaded.update(imported(entry, folder))
    return [name for name in imported(chunk, folder) if name not in loaded]


def chart_tags(chunks: list[str]) -> str:
    """The tags that make the browser fetch the chart code while the page starts: our plotly.js
    (fetched and run) and Streamlit's component ``chunks`` (fetched)."""
    code = json.dumps(CHART_BUNDLE_URL)
    tags = [f'<link rel="modulepreload" href={code}><script type="module">import {code};</script>']
    tags += [f'<link rel="modulepreload" crossorigin href="./static/js/{name}">' for name in chunks]
    return "".join(tags)


CHART_PAGES = tuple(route.path for route in ROUTES if route.chart)
"""URL paths of the pages that open on a chart (the Overview is ``/``). The others skip the chart
code: running plotly.js would only hold up their first paint."""


def opens_on_a_chart(path: str) -> bool:
    """Whether ``path`` is one of :data:`CHART_PAGES` (``/``, ``/flows``, ``/flows/``)."""
    return path.strip("/") in CHART_PAGES


class FastStart:
    """ASGI middleware: insert :data:`BACKEND` (every page) and :func:`chart_tags` (the pages
    of :data:`CHART_PAGES`) before ``</head>``.

    Only successful ``GET`` responses of type ``text/html`` are touched (Streamlit serves its
    ``index.html`` for every page path); they are requested uncompressed so the text can be
    edited, and their ``Content-Length`` is corrected. Everything else passes through as it
    is, streamed.
    """

    def __init__(self, app, chunks: list[str] | None = None) -> None:
        self.app = app
        self.every_page = BACKEND.encode()
        self.chart_page = self.every_page + chart_tags(chunks or []).encode()

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        tags = self.chart_page if opens_on_a_chart(scope["path"]) else self.every_page
        headers = [(name, value) for name, value in scope["headers"] if name.lower() != b"accept-encoding"]
        scope = {**scope, "headers": headers}
        held: dict = {}
        body: list[bytes] = []

        async def edit(message) -> None:
            if message["type"] == "http.response.start":
                response_headers = dict(message.get("headers", []))
                html = response_headers.get(b"content-type", b"").startswith(b"text/html")
                if message["status"] == 200 and html and b"content-encoding" not in response_headers:
                    held["start"] = message
                    return
            elif message["type"] == "http.response.body" and "start" in held:
                body.append(message.get("body", b""))
                if message.get("more_body", False):
                    return
                page = b"".join(body).replace(b"</head>", tags + b"</head>", 1)
                start = held.pop("start")
                start_headers = [(name, value) for name, value in start["headers"] if name.lower() != b"content-length"]
                start_headers.append((b"content-length", str(len(page)).encode()))
                await send({**start, "headers": start_headers})
                await send({"type": "http.response.body", "body": page, "more_body": False})
                return
            await send(message)

        await self.app(scope, receive, edit)


app = App("app.py", middleware=[Middleware(FastStart, chunks=component_chunks())])
