"""The chart element: a plotly figure drawn with the dashboard's own small plotly.js.

``st.plotly_chart`` loads Streamlit's copy of the full plotly.js (4.7 MB, every trace type),
which a page needs 0.6–0.85 s of main-thread time to run on the machines we measured: most of
the time the Flows page took to draw its Sankey. The charts use three trace types (sankey, bar,
scatter), so this element draws them with a plotly.js of just those (``dashboard/static/
plotly-partial.min.js``, 1.3 MB, built by ``frontend/``), served by Streamlit's static file
serving and mounted through ``st.components.v2`` in the page itself (no iframe). The figure goes
to the browser as its JSON, the same JSON ``st.plotly_chart`` would send, minus plotly.py's
default template (the browser applies the page's font and colours instead, so charts follow
Streamlit's light or dark theme). ``chart.js`` holds the browser side.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import plotly.graph_objects as go
import streamlit as st

from dashboard.config import CHART_BUNDLE_URL
from dashboard.ui.components.figures import figure_json

_show = st.components.v2.component(
    "talent_flows_chart",
    js=Path(__file__).with_name("chart.js").read_text(encoding="utf-8").replace("$BUNDLE_URL", CHART_BUNDLE_URL),
    isolate_styles=False,  # plotly.js styles its hover labels and toolbar from the page's <head>
)


def show(figure: go.Figure, key: str) -> str | None:
    """Draw ``figure`` at the full width of the page; ``key`` keeps it in place across reruns.

    Returns what the user last clicked in this very figure (a link, node or bar, as the figure's
    ``layout.meta.picks`` names it), or None. A click on an earlier figure (other filters) is
    ignored: the browser sends the digest of the figure it was made in."""
    text = figure_json(figure)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    result = _show(key=key, data={"figure": text, "digest": digest}, width="stretch", height="content",
                   on_picked_change=lambda: None)  # fmt: skip
    picked = getattr(result, "picked", None)
    if isinstance(picked, dict) and picked.get("digest") == digest and isinstance(picked.get("pick"), str):
        return picked["pick"]
    return None
