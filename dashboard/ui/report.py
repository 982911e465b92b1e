"""A view to publish: one self-contained HTML file with the chart, the table and the quotes.

``python -m dashboard report --query "org=meta&from=2025" --view flows --output view.html`` and
the "Download this view" of the Flows page and the Overview write the same file: the view's
chart, drawn by the small plotly.js this project ships (inlined, so the file opens offline and
makes no request), the view's table, what the filters left out or marked, and numbered
footnotes — each move behind the view with its quotes, their translations and their sources —
that the table's rows cite. The chart, its caption and the table come from the Flows page's
loader (:func:`dashboard.analysis.pages.flows.flows_view`), as the page draws them.

Everything from the record is escaped as text (``html.escape``); the figure travels as JSON
inside a ``<script type="application/json">`` whose ``<`` are escaped, so no name or quote can
close the script or add markup. The file has no external reference: no font, no stylesheet,
no script source, no image. Its Content-Security-Policy (:func:`_policy`) runs only the inline
scripts it was built with, by their hashes: escaping is not the only barrier.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html

import pandas as pd

from dashboard.analysis.bundle import Bundle
from dashboard.analysis.pages.flows import DEFAULT_TOP, TOPS, FlowsView, flows_view
from dashboard.analysis.selection import Selection
from dashboard.analysis.tables import newest_first
from dashboard.analysis.views import VIEWS, view
from dashboard.config import CHART_BUNDLE, STATIC_DIR
from dashboard.ui.components import limits
from dashboard.ui.components.figures import figure_json, net_flow_figure, sankey_figure

MAX_ROWS = 1000
"""Table rows a report holds at most (it says how many there are)."""
MAX_NOTES = 300
"""Moves a report quotes in its footnotes at most (it says how many there are)."""

_STYLE = """
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 72rem;
       padding: 0 1rem; color: #222; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } .meta { color: #666; font-size: 0.9rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.85rem; margin: 1rem 0; }
th, td { border-bottom: 1px solid #ddd; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } .notes li { margin-bottom: 0.6rem; } blockquote { margin: 0.2rem 0 0 1rem; color: #333; }
.chart { width: 100%; } .left-out { background: #fff8e1; padding: 0.5rem 1rem; }
"""


def _plotly() -> str:
    """The shipped plotly.js, as a classic script that sets ``window.Plotly``."""
    code = (STATIC_DIR / CHART_BUNDLE).read_text(encoding="utf-8")
    if code.count("export default ") != 1:
        raise RuntimeError(f"{CHART_BUNDLE} does not end with one 'export default': rebuild it (frontend/)")
    return code.replace("export default ", "window.Plotly=", 1).replace("</script", "<\\/script")


def _outline() -> str:
    """The chart element's outlines of rumoured and inferred Sankey links (``chart.js``'s own code),
    so the published chart marks them as the page does."""
    code = (STATIC_DIR.parent / "components" / "chart.js").read_text(encoding="utf-8")
    start, end = code.index("const OUTLINES"), code.index("export default function")
    return code[start:end].replace("</script", "<\\/script")


def _policy(scripts: list[str]) -> str:
    """The report's Content-Security-Policy, for its ``<meta http-equiv>``: the one place it is set.

    - ``default-src 'none'``: no request of any kind (fonts, frames, fetches, sources);
    - ``script-src``: the SHA-256 hash of each inline script the report runs — the plotly bundle,
      the outline code, the report's own few lines — computed here from their exact text, and
      nothing else: no ``'unsafe-inline'``, no ``'unsafe-eval'``, so a script that got into the
      page some other way would not run. A report without a chart runs none (``'none'``). The
      figure's ``application/json`` block is data, never run, and needs no hash;
    - ``style-src 'unsafe-inline'`` (the report's stylesheet, and the styles plotly sets on what it
      draws: styles can't run code), ``img-src data:`` (plotly's inline images);
    - ``base-uri 'none'`` and ``form-action 'none'``, which ``default-src`` doesn't cover.
    """
    hashes = [f"'sha256-{base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()}'" for code in scripts]
    run = " ".join(hashes) or "'none'"
    return (
        f"default-src 'none'; script-src {run}; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


_DRAW = (
    "(function () { var figure = JSON.parse(document.getElementById('figure').textContent);"
    " var box = document.getElementById('chart');"
    " window.Plotly.newPlot(box, figure.data, figure.layout || {}, {displaylogo: false, responsive: true,"
    " modeBarButtonsToRemove: ['sendDataToCloud']})"
    ".then(function () { outline(box, figure.layout); box.on('plotly_afterplot', function () {"
    " outline(box, figure.layout); }); }); })();"
)
"""The report's own script: draw the figure from its JSON block, then outline its marked links."""


def _json_for_script(text: str) -> str:
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _figure(flows: FlowsView, name: str) -> tuple[object | None, str]:
    """The view's figure (None for the moves table) and the page's words about what it draws."""
    if name == "flows":
        return sankey_figure(flows.drawn, flows.names), flows.caption
    if name == "net-flow":
        return net_flow_figure(flows.net_drawn, flows.org_names), flows.net_caption
    return None, ""


def _footnotes(bundle: Bundle, moves: pd.DataFrame) -> tuple[list[str], dict[str, int]]:
    """The footnotes (HTML list items) of ``moves`` newest first, and each move id's number."""
    items, numbers = [], {}
    for row in newest_first(moves, MAX_NOTES).to_dict("records"):
        number = len(items) + 1
        numbers[row["id"]] = number
        head = (f"{html.escape(str(row['who']))}: {html.escape(str(row['from_org'] or 'Unknown'))} → "
                f"{html.escape(str(row['to_org'] or 'Unknown'))}, {html.escape(str(row['when']))}")  # fmt: skip
        marks = [mark for mark, on in (("rumoured", row["certainty"] == "rumoured"),
                                       ("inferred: " + str(row["inferred"]), bool(row["inferred"]))) if on]  # fmt: skip
        if marks:
            head += f" <em>({html.escape('; '.join(marks))})</em>"
        quotes = []
        for item in row["evidence"]:
            quote = f"<blockquote>“{html.escape(' '.join(str(item['quote']).split()))}”"
            if item.get("translation"):
                quote += f"<br><em>{html.escape(' '.join(str(item['translation']).split()))}</em>"
            source_id = bundle.dataset.source_ids_by_label.get(str(item["source"]))
            name = bundle.dataset.source_title(source_id) if source_id else str(item["source"])
            where = f" ({item['source']})" if source_id and name != item["source"] else ""
            quotes.append(quote + f"<br>— {html.escape(name + where)}</blockquote>")
        items.append(f'<li id="note-{number}">{head}{"".join(quotes)}</li>')
    return items, numbers


def _table(table: pd.DataFrame, numbers: dict[str, int]) -> str:
    shown = table.head(MAX_ROWS)
    head = "".join(f"<th>{html.escape(str(column))}</th>" for column in shown.columns)
    rows = []
    for record in shown.to_dict("records"):
        cells = []
        for column, value in record.items():
            text = "" if value is None or (isinstance(value, float) and value != value) else str(value)
            cell = html.escape(text)
            if column == "id" and text in numbers:
                cell += f' <a href="#note-{numbers[text]}">[{numbers[text]}]</a>'
            cells.append(f"<td>{cell}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = f"<p class='meta'>The first {MAX_ROWS:,} of {len(table):,} rows.</p>" if len(table) > MAX_ROWS else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{more}"


def report_html(bundle: Bundle, selection: Selection, name: str, level="unit", query: str = "",
                record: str = "", today: dt.date | None = None) -> str:  # fmt: skip
    """The view ``name`` (:data:`dashboard.analysis.views.VIEWS`) of the selected records as one
    self-contained HTML page (see the module)."""
    if name not in VIEWS:
        raise ValueError(f"unknown view {name!r}: choose one of {', '.join(VIEWS)}")
    flows = flows_view(bundle, selection, level, TOPS[DEFAULT_TOP], drawn_at_most=limits.SANKEY_LINKS)
    table = view(bundle, selection, name, level, flows)
    figure, about = _figure(flows, name)
    notes, numbers = _footnotes(bundle, selection.moves)
    scripts = [] if figure is None else [_plotly(), _outline(), _DRAW]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_policy(scripts)}">',
        f"<title>Talent Flows — {html.escape(name)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>Talent Flows — {html.escape(name.replace('-', ' '))}</h1>",
        f"<p class='meta'>Record: {html.escape(record)} · filters: {html.escape(query or 'none')} · "
        f"made {html.escape(str(today or dt.date.today()))} · every number traces to the quotes below.</p>",
    ]
    lines = selection.notes()
    if lines:
        parts.append("<div class='left-out'>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</div>")
    if figure is not None:
        data = _json_for_script(figure_json(figure))
        height = int(figure.layout.height or 560)
        parts += [
            f'<div id="chart" class="chart" style="height: {height}px"></div>',
            f"<p class='meta'>{html.escape(about)}</p>",
            f'<script type="application/json" id="figure">{data}</script>',
            *(f"<script>{code}</script>" for code in scripts),
        ]
    parts += [f"<h2>{'Moves' if name == 'moves' else 'Table'}</h2>", _table(table, numbers)]
    parts.append(f"<h2>Sources: the {len(notes):,} moves behind this view, with their quotes</h2>")
    if len(selection.moves) > len(notes):
        parts.append(f"<p class='meta'>The newest {len(notes):,} of {len(selection.moves):,} moves.</p>")
    parts += ["<ol class='notes'>", *notes, "</ol>", "</body></html>"]
    return "\n".join(parts) + "\n"
