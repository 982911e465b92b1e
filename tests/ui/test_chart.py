"""The chart element (dashboard/ui/components/chart.py): what it sends, and the plotly.js it draws with."""

from __future__ import annotations

import json
import re

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs_version

from dashboard.config import CHART_BUNDLE, STATIC_DIR
from dashboard.ui.components.chart import figure_json
from support.records import REPO


def test_the_figure_is_sent_as_plotly_json_without_the_default_template():
    figure = go.Figure(go.Bar(x=["a", "b"], y=[1, 2]), layout={"title": {"text": "t"}})
    assert "template" in json.loads(figure.to_json())["layout"]  # plotly.py adds its default
    sent = json.loads(figure_json(figure))
    expected = json.loads(figure.to_json())
    del expected["layout"]["template"]
    assert sent == expected


def test_the_bundle_is_the_plotly_js_that_plotly_py_writes_figures_for():
    package = json.loads((REPO / "frontend" / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((REPO / "frontend" / "package-lock.json").read_text(encoding="utf-8"))
    version = package["devDependencies"]["plotly.js"]
    assert lock["packages"]["node_modules/plotly.js"]["version"] == version
    assert version == get_plotlyjs_version()
    head = (STATIC_DIR / CHART_BUNDLE).read_text(encoding="utf-8")[:200]
    assert head.startswith(f"/*! plotly.js {version} (core, bar, sankey)")


def test_the_bundle_holds_every_trace_type_the_charts_use():
    """Each figure of dashboard/ui/components/figures.py uses only trace types registered by frontend/entry.js
    (scatter is in plotly.js's core)."""
    entry = (REPO / "frontend" / "entry.js").read_text(encoding="utf-8")
    registered = {"scatter"} | {name for name in ("bar", "sankey") if f'require("plotly.js/lib/{name}")' in entry}
    charts = (REPO / "dashboard" / "ui" / "components" / "figures.py").read_text(encoding="utf-8")
    used = {name.lower() for name in re.findall(r"go\.([A-Z][a-z]+)\b", charts)} - {"figure"}
    assert used and used <= registered, used - registered
