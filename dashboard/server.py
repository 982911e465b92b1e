"""The dashboard's web server: Streamlit's own (``st.App``), with plotly.js loaded from the start.

``python -m dashboard serve`` runs ``streamlit run`` on this file; Streamlit finds the ``app``
below and serves ``app.py`` with its usual server and ``.streamlit/config.toml``.

Why: Streamlit fetches and runs its plotly.js chunk (4.7 MB; running it takes about 0.6 s on
the machines we measured) only when the first chart arrives over the websocket, after the page
has loaded, connected and run the script. Every page that opens on a chart waits for that in
sequence. :class:`PreloadCharts` adds to the HTML of each page that opens on a chart one
``<link rel="modulepreload">`` and one module script that imports that chunk, so the browser
fetches and runs it while the rest of the page starts up; when the chart arrives, its code is
ready. Nothing else of the page changes, and nothing from the record is involved: the tags are
constants naming a file of the installed Streamlit. If that file cannot be found (another
Streamlit build), pages are served unchanged.
"""

from __future__ import annotations

import re
from pathlib import Path

import streamlit
from starlette.middleware import Middleware
from streamlit.starlette import App

STATIC_JS = Path(streamlit.__file__).parent / "static" / "static" / "js"
CHUNK = re.compile(r"^PlotlyChart\.[A-Za-z0-9_-]+\.js$")


def plotly_chunk(folder: Path = STATIC_JS) -> str | None:
    """The file name of Streamlit's plotly chart chunk, or ``None`` unless there is exactly one."""
    try:
        found = [entry.name for entry in folder.iterdir() if CHUNK.match(entry.name)]
    except OSError:
        return None
    return found[0] if len(found) == 1 else None


def preload_tags(chunk: str) -> bytes:
    """The tags that make the browser fetch and run ``chunk`` while the page starts."""
    url = f"./static/js/{chunk}"
    return f'<link rel="modulepreload" crossorigin href="{url}"><script type="module">import "{url}";</script>'.encode()


CHART_PAGES = ("", "flows", "timeline", "organization")
"""URL paths of the pages that open on a chart (the Overview is ``/``). The others skip the
preload: running plotly.js would only hold up their first paint."""


def opens_on_a_chart(path: str) -> bool:
    """Whether ``path`` is one of :data:`CHART_PAGES` (``/``, ``/flows``, ``/flows/``)."""
    return path.strip("/") in CHART_PAGES


class PreloadCharts:
    """ASGI middleware: insert :func:`preload_tags` before ``</head>`` of the chart pages.

    Only successful ``GET`` responses of type ``text/html`` for :data:`CHART_PAGES` are touched
    (Streamlit serves its ``index.html`` for every page path); they are requested uncompressed
    so the text can be edited, and their ``Content-Length`` is corrected. Everything else
    passes through as it is, streamed.
    """

    def __init__(self, app, chunk: str | None = None) -> None:
        self.app = app
        self.tags = preload_tags(chunk) if chunk else None

    async def __call__(self, scope, receive, send) -> None:
        if (
            self.tags is None
            or scope["type"] != "http"
            or scope["method"] != "GET"
            or not opens_on_a_chart(scope["path"])
        ):
            await self.app(scope, receive, send)
            return
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
                page = b"".join(body).replace(b"</head>", self.tags + b"</head>", 1)
                start = held.pop("start")
                start_headers = [(name, value) for name, value in start["headers"] if name.lower() != b"content-length"]
                start_headers.append((b"content-length", str(len(page)).encode()))
                await send({**start, "headers": start_headers})
                await send({"type": "http.response.body", "body": page, "more_body": False})
                return
            await send(message)

        await self.app(scope, receive, edit)


app = App("app.py", middleware=[Middleware(PreloadCharts, chunk=plotly_chunk())])
