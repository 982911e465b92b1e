"""Plotly figures for the pages. Pure functions of tables; every data string is escaped.

Colours are fixed per organisation id (a stable hash into a palette), so Meta has the same colour
in the Sankey on every page and after every filter.
"""

from __future__ import annotations

import hashlib

import pandas as pd
import plotly.graph_objects as go

from dashboard.record.model import UNKNOWN
from dashboard.text import plotly_text, wrap

PALETTE = [
    "#4C78A8", "#F58518", "#54A24B", "#E45756", "#72B7B2", "#EECA3B", "#B279A2", "#FF9DA6",
    "#9D755D", "#2E6F9E", "#D67195", "#6B8E23", "#8C6BB1", "#E69F00", "#009E73", "#CC79A7",
]  # fmt: skip
UNKNOWN_COLOR = "#9E9E9E"
DIRECTION_COLORS = {
    "arrival": "#2E7D32",
    "departure": "#C62828",
    "internal": "#1565C0",
    "other": "#9E9E9E",
    "move": "#4C78A8",
    "stay": "#7B1FA2",
    "claim": "#EF6C00",
}
DIRECTION_NAMES = {
    "arrival": "Arrival",
    "departure": "Departure",
    "internal": "Internal move",
    "other": "Other move",
    "move": "Move",
    "stay": "Still there (stay)",
    "claim": "Cohort claim",
}
BAR_SERIES = (("Arrivals", "arrivals", "arrival"), ("Departures", "departures", "departure"))
LAYOUT = {"margin": {"l": 10, "r": 10, "t": 30, "b": 10}, "font": {"size": 13}}

CHECKED = False
"""Whether plotly checks every property while a figure is built. Off: checking is most of the
cost of building a figure (a 200-link Sankey: 30 ms checked, 1 ms not), and these figures are
fixed code. tests/test_charts.py rebuilds every figure with checks on and requires the same
result, so a mistake here fails a test instead of reaching the browser."""


def _figure(data=None) -> go.Figure:
    return go.Figure(data, _validate=CHECKED)


def _trace(kind: type, **properties):
    return kind(**properties, _validate=CHECKED)


def org_color(org_id: str) -> str:
    if org_id == UNKNOWN:
        return UNKNOWN_COLOR
    digest = hashlib.blake2b(org_id.encode("utf-8"), digest_size=2).digest()
    return PALETTE[int.from_bytes(digest, "big") % len(PALETTE)]


def _rgba(color: str, alpha: float) -> str:
    red, green, blue = (int(color[index : index + 2], 16) for index in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def empty_figure(message: str) -> go.Figure:
    figure = _figure()
    figure.add_annotation(text=plotly_text(message), showarrow=False, font={"size": 15})
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    return figure.update_layout(height=200, **LAYOUT)


def sankey_figure(links: pd.DataFrame, names: dict[str, str]) -> go.Figure:
    """A Sankey with origins in the left column and destinations in the right one.

    An organisation that loses and gains people appears once on each side, so a history such as
    Meta → Mistral AI → Meta never draws a loop: origins have only outgoing links and
    destinations only incoming ones, so plotly lays them out in two columns. ``names`` maps ids
    to display names.
    """
    if links.empty:
        return empty_figure("No moves match the filters.")
    sources = list(links.groupby("source", sort=False)["value"].sum().sort_values(ascending=False).index)
    targets = list(links.groupby("target", sort=False)["value"].sum().sort_values(ascending=False).index)
    source_index = {org: index for index, org in enumerate(sources)}
    target_index = {org: len(sources) + index for index, org in enumerate(targets)}
    out_totals = links.groupby("source")["value"].sum()
    in_totals = links.groupby("target")["value"].sum()
    nodes = sources + targets
    node_text = [f"{out_totals[org]} left" for org in sources] + [f"{in_totals[org]} arrived" for org in targets]
    figure = _figure(
        _trace(
            go.Sankey,
            arrangement="snap",
            valueformat="d",  # people are whole: "4 people", not plotly's default "4.00 people"
            textfont={"size": 13},
            node={
                "label": [plotly_text(names.get(org, org)) for org in nodes],
                "color": [org_color(org) for org in nodes],
                "customdata": node_text,
                "hovertemplate": "%{label}: %{customdata}<extra></extra>",
                "pad": 12,
                "thickness": 16,
            },
            link={
                "source": [source_index[org] for org in links["source"]],
                "target": [target_index[org] for org in links["target"]],
                "value": links["value"].tolist(),
                "color": [_rgba(org_color(org), 0.35) for org in links["source"]],
                "customdata": [wrap(people, width=60) for people in links["people"]],
                "hovertemplate": "%{source.label} → %{target.label}: %{value} people<br>%{customdata}<extra></extra>",
            },
        )
    )
    height = max(320, min(1200, 28 * max(len(sources), len(targets)) + 80))
    return figure.update_layout(height=height, **LAYOUT)


def net_flow_figure(net: pd.DataFrame, names: dict[str, str]) -> go.Figure:
    """Horizontal bars of net people gained (right, green) or lost (left, red) per organisation."""
    if net.empty:
        return empty_figure("No flows to show.")
    ordered = net.sort_values("net")
    labels = [plotly_text(names.get(org, org)) for org in ordered["org_id"]]
    figure = _figure(
        _trace(
            go.Bar,
            x=ordered["net"],
            y=labels,
            orientation="h",
            marker_color=["#2E7D32" if value >= 0 else "#C62828" for value in ordered["net"]],
            customdata=ordered[["inflow", "outflow"]].to_numpy(),
            hovertemplate="%{y}: net %{x}<br>%{customdata[0]} arrived, %{customdata[1]} left<extra></extra>",
        )
    )
    figure.update_xaxes(title="net people (arrived − left)", zeroline=True)
    return figure.update_layout(height=max(240, 26 * len(ordered) + 80), **LAYOUT)


def arrivals_per_year_figure(table: pd.DataFrame) -> go.Figure:
    """Grouped bars of arrivals and departures per year."""
    if table.empty:
        return empty_figure("No dated arrivals or departures.")
    figure = _figure(
        [
            _trace(go.Bar, name=name, x=table["year"], y=table[column], marker_color=DIRECTION_COLORS[direction])
            for name, column, direction in BAR_SERIES
        ]
    )
    figure.update_xaxes(type="category", title="year")
    figure.update_yaxes(title="people")
    return figure.update_layout(barmode="group", height=320, **LAYOUT)


def _iso(values) -> list[str]:
    return [pd.Timestamp(value).strftime("%Y-%m-%d") for value in values]


def timeline_figure(rows: pd.DataFrame) -> go.Figure:
    """Spans on a date axis, one line per person, group or cohort, coloured by category.

    Each record is a thick segment over its span with a marker in the middle that carries the
    hover text; a day-precision record is the marker alone. Earlier jobs ("before") are dashed.
    """
    if rows.empty:
        return empty_figure("No records match the filters.")
    figure = _figure()
    order = list(dict.fromkeys(rows["row"]))
    for category, part in rows.groupby("category", sort=False):
        color = DIRECTION_COLORS.get(category, "#4C78A8")
        name = DIRECTION_NAMES.get(category, category)
        for dashed, spans in part[part["precision"] != "day"].groupby(part["date_kind"] == "before"):
            xs, ys = [], []
            for start, end, row in zip(_iso(spans["start"]), _iso(spans["end"]), spans["row"], strict=True):
                xs += [start, end, None]
                ys += [plotly_text(row), plotly_text(row), None]
            figure.add_trace(
                _trace(go.Scatter,
                    x=xs, y=ys, mode="lines", line={"color": color, "width": 10, "dash": "dot" if dashed else "solid"},
                    opacity=0.45, hoverinfo="skip", showlegend=False, legendgroup=category,
                )
            )  # fmt: skip
        middles = part["start"] + (part["end"] - part["start"]) / 2
        symbols = ["triangle-left" if kind == "before" else {"stay": "diamond", "claim": "star"}.get(kind, "circle")
                   for kind in part["date_kind"]]  # fmt: skip
        figure.add_trace(
            _trace(go.Scatter,
                x=_iso(middles), y=[plotly_text(row) for row in part["row"]], mode="markers", name=name,
                legendgroup=category,
                marker={"color": color, "size": 11, "symbol": symbols, "line": {"width": 1, "color": "white"}},
                hovertext=part["hover"].tolist(), hoverinfo="text",
            )
        )  # fmt: skip
    figure.update_yaxes(
        categoryorder="array",
        categoryarray=[plotly_text(row) for row in reversed(order)],
        title={"text": ""},
        automargin=True,
    )
    figure.update_xaxes(type="date", title={"text": ""})
    height = max(300, min(2400, 30 * len(order) + 120))
    return figure.update_layout(
        height=height, hovermode="closest", legend={"orientation": "h", "y": 1.02, "yanchor": "bottom"}, **LAYOUT
    )


def people_per_year_figure(table: pd.DataFrame) -> go.Figure:
    """Stacked bars of people per year and category (a timeline too dense to draw one by one)."""
    if table.empty:
        return empty_figure("No records match the filters.")
    figure = _figure(
        [
            _trace(
                go.Bar,
                name=DIRECTION_NAMES.get(category, category),
                x=part["year"],
                y=part["people"],
                marker_color=DIRECTION_COLORS.get(category, "#4C78A8"),
                hovertemplate="%{x}: %{y} people<extra>%{fullData.name}</extra>",
            )
            for category, part in table.groupby("category", sort=False)
        ]
    )
    figure.update_xaxes(type="category", title="year")
    figure.update_yaxes(title="people (stays and claims: records)")
    return figure.update_layout(
        barmode="stack", height=420, legend={"orientation": "h", "y": 1.02, "yanchor": "bottom"}, **LAYOUT
    )
