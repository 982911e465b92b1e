"""Plotly figures for the pages. Pure functions of tables; every data string is escaped.

Colours are fixed per organisation id (a stable hash into a palette), so Meta has the same colour
in the Sankey on every page and after every filter.
"""

from __future__ import annotations

import datetime as dt
import hashlib

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.analysis.flows import OTHER, link_styles
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
LEGEND_SYMBOLS = {"stay": "diamond", "claim": "star"}
BAR_SERIES = (("Arrivals", "arrivals", "arrival"), ("Departures", "departures", "departure"))
STYLE_WORDS = {"stated": "", "inferred": "with an inferred detail", "rumoured": "rumoured"}
"""The word a link's hover carries for each drawing style (see :func:`sankey_figure`)."""
RUMOUR_FILL = "rgba(120,120,120,0.10)"
"""A rumoured link's fill; ``chart.js`` gives it a dashed dark outline."""
LAYOUT = {"margin": {"l": 10, "r": 10, "t": 30, "b": 10}, "font": {"size": 13}}

CHECKED = False
"""Whether plotly checks every property while a figure is built. Off: checking is most of the
cost of building a figure (a 200-link Sankey: 30 ms checked, 1 ms not), and these figures are
fixed code. tests/ui/test_figures.py rebuilds every figure with checks on and requires the same
result, so a mistake here fails a test instead of reaching the browser."""


def figure_json(figure: go.Figure) -> str:
    """The figure as the JSON the browser draws: plotly's own, without the default template."""
    payload = figure.to_plotly_json()
    payload.get("layout", {}).pop("template", None)
    return pio.to_json(payload, validate=False)


def _figure(data=None) -> go.Figure:
    return go.Figure(data, _validate=CHECKED)


def _trace(kind: type, **properties):
    return kind(**properties, _validate=CHECKED)


OTHER_COLOR = "#BDBDBD"


def org_color(org_id: str) -> str:
    if org_id == UNKNOWN:
        return UNKNOWN_COLOR
    if org_id == OTHER:
        return OTHER_COLOR
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

    Each pair is drawn as up to three links, one per style (:func:`link_styles`): stated moves
    in the origin's colour; moves with an inferred detail fainter, with a dotted outline;
    rumoured moves hollow grey with a dashed dark outline. Every hover says which. plotly.js
    draws one outline for all links of a trace, so the styles go to the chart element in
    ``layout.meta.link_styles`` (one per link) and ``chart.js`` outlines each link after drawing.
    """
    if links.empty:
        return empty_figure("No moves match the filters.")
    sources = list(links.groupby("source", sort=False, observed=True)["value"].sum().sort_values(ascending=False).index)
    targets = list(links.groupby("target", sort=False, observed=True)["value"].sum().sort_values(ascending=False).index)
    source_index = {org: index for index, org in enumerate(sources)}
    target_index = {org: len(sources) + index for index, org in enumerate(targets)}
    out_totals = links.groupby("source")["value"].sum()
    in_totals = links.groupby("target")["value"].sum()
    nodes = sources + targets
    node_text = [f"{out_totals[org]} left" for org in sources] + [f"{in_totals[org]} arrived" for org in targets]
    styled = link_styles(links)
    fills = {
        "stated": lambda org: _rgba(org_color(org), 0.35),
        "inferred": lambda org: _rgba(org_color(org), 0.14),
        "rumoured": lambda org: RUMOUR_FILL,
    }
    styles = styled["style"].tolist()
    link_sources = styled["source"].astype(object).tolist()
    quotes = styled["quote"].fillna("").tolist() if "quote" in styled else [""] * len(styled)
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
                "source": [source_index[org] for org in styled["source"]],
                "target": [target_index[org] for org in styled["target"]],
                "value": styled["value"].tolist(),
                "color": [fills[style](org) for style, org in zip(styles, link_sources, strict=True)],
                "line": {"color": "rgba(0,0,0,0)", "width": 0},
                "customdata": [
                    [
                        STYLE_WORDS[style] and f" ({STYLE_WORDS[style]})",
                        wrap(people, width=60),
                        f"<br><br>“{wrap(quote, width=70, limit=240)}”" if quote else "",
                    ]
                    for style, people, quote in zip(styles, styled["people"], quotes, strict=True)
                ],
                "hovertemplate": (
                    "%{source.label} → %{target.label}: %{value} people%{customdata[0]}"
                    "<br>%{customdata[1]}%{customdata[2]}<extra></extra>"
                ),
            },
        )
    )
    height = max(320, min(1200, 28 * max(len(sources), len(targets)) + 80))
    meta = {
        "link_styles": styles,
        # what a click on a link or a node names (the chart element sends it back: see chart.py)
        "picks": {"link": [f"link:{a}|{b}" for a, b in zip(link_sources, styled["target"].astype(object), strict=True)],
                  "node": [f"from:{org}" for org in sources] + [f"to:{org}" for org in targets]},
    }  # fmt: skip
    return figure.update_layout(height=height, meta=meta, **LAYOUT)


def net_flow_figure(net: pd.DataFrame, names: dict[str, str]) -> go.Figure:
    """Horizontal bars of net people gained (right, green) or lost (left, red) per organisation.

    The part of the net that rumoured moves make is a hatched, paler bar of its own, beside the
    stated part; the hover says how many of the people are rumoured, inferred or undated.
    """
    if net.empty:
        return empty_figure("No flows to show.")
    ordered = net.sort_values("net")
    labels = [plotly_text(names.get(org, org)) for org in ordered["org_id"]]
    rumoured = ordered["rumoured_net"] if "rumoured_net" in ordered else pd.Series(0, index=ordered.index)
    stated = ordered["net"] - rumoured
    marks = [
        ordered.get(column, pd.Series(0, index=ordered.index)).to_numpy()
        for column in ("inflow", "outflow", "rumoured", "inferred", "undated")
    ]
    customdata = [list(row) for row in zip(*(part.tolist() for part in marks), ordered["net"].tolist(), strict=True)]
    hover = (
        "%{y}: net %{customdata[5]}<br>%{customdata[0]} arrived, %{customdata[1]} left<br>"
        "of whom %{customdata[2]} rumoured, %{customdata[3]} inferred, %{customdata[4]} undated<extra></extra>"
    )
    bars = [
        _trace(
            go.Bar,
            x=stated,
            y=labels,
            orientation="h",
            name="stated",
            marker_color=["#2E7D32" if value >= 0 else "#C62828" for value in ordered["net"]],
            customdata=customdata,
            hovertemplate=hover,
        )
    ]
    if bool((rumoured != 0).any()):
        bars.append(
            _trace(
                go.Bar,
                x=rumoured,
                y=labels,
                orientation="h",
                name="rumoured",
                marker={
                    "color": ["rgba(46,125,50,0.25)" if value >= 0 else "rgba(198,40,40,0.25)" for value in rumoured],
                    "pattern": {"shape": "/", "fgcolor": "#555555", "size": 6},
                    "line": {"color": "#555555", "width": 1},
                },
                customdata=customdata,
                hovertemplate="rumoured part: %{x}<br>" + hover,
            )
        )
    figure = _figure(bars)
    figure.update_layout(meta={"picks": {"bar": [f"org:{org}" for org in ordered["org_id"]]}})
    figure.update_xaxes(title="net people (arrived − left)", zeroline=True)
    legend = {"orientation": "h", "y": 1.02, "yanchor": "bottom"}
    return figure.update_layout(
        barmode="relative", showlegend=len(bars) > 1, legend=legend, height=max(240, 26 * len(ordered) + 80), **LAYOUT
    )


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
    picks = {str(index): [f"{direction}:{year}" for year in table["year"]]
             for index, (_, _, direction) in enumerate(BAR_SERIES)}  # fmt: skip
    return figure.update_layout(barmode="group", height=320, meta={"picks": {"points": picks}}, **LAYOUT)


def _iso(values) -> list[str]:
    return [pd.Timestamp(value).strftime("%Y-%m-%d") for value in values]


def timeline_figure(rows: pd.DataFrame) -> go.Figure:
    """Spans on a date axis, one line per person, group or cohort, coloured by category.

    Each record is a thick segment over its span with a marker in the middle that carries the
    hover text; a day-precision record is the marker alone. A span with an open end ("before
    2025", "2023 or later") is dotted and runs to the chart's edge, its marker at the known end
    pointing to the open side. A rumoured move's marker is hollow.
    """
    if rows.empty:
        return empty_figure("No records match the filters.")
    figure = _figure()
    picks: dict[str, list[str]] = {}  # marker trace -> what each marker names (a click sends it back)
    order = list(dict.fromkeys(rows["row"]))
    for category, part in rows.groupby("category", sort=False):
        color = DIRECTION_COLORS.get(category, "#4C78A8")
        name = DIRECTION_NAMES.get(category, category)
        for dashed, spans in part[part["precision"] != "day"].groupby(part["open"] != ""):
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
        middles = middles.where(part["open"] != "start", part["end"]).where(part["open"] != "end", part["start"])
        shapes = part["date_kind"].map({"stay": "diamond", "claim": "star"}).fillna("circle")
        shapes = shapes.where(part["open"] != "start", "triangle-left").where(part["open"] != "end", "triangle-right")
        symbols = [shape + ("-open" if certainty == "rumoured" else "")
                   for shape, certainty in zip(shapes, part["certainty"], strict=True)]  # fmt: skip
        picks[str(len(figure.data))] = [f"{kind}:{record}" for kind, record in zip(part["kind"], part["record"],
                                                                                   strict=True)]  # fmt: skip
        figure.add_trace(
            _trace(go.Scatter,
                x=_iso(middles), y=[plotly_text(row) for row in part["row"]], mode="markers", name=name,
                legendgroup=category, showlegend=False,
                marker={"color": color, "size": 11, "symbol": symbols, "line": {"width": 1, "color": "white"}},
                hovertext=part["hover"].tolist(), hoverinfo="text",
            )
        )  # fmt: skip
        # The legend shows the category's own symbol, not the first record's (an open end's arrow).
        figure.add_trace(
            _trace(go.Scatter, x=[None], y=[None], mode="markers", name=name, legendgroup=category,
                   marker={"color": color, "size": 11, "symbol": LEGEND_SYMBOLS.get(category, "circle")},
                   hoverinfo="skip")
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
        height=height, hovermode="closest", legend={"orientation": "h", "y": 1.02, "yanchor": "bottom"},
        meta={"picks": {"points": picks}}, **LAYOUT,
    )  # fmt: skip


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
    picks = {str(index): [f"{category}:{year}" for year in part["year"]]
             for index, (category, part) in enumerate(table.groupby("category", sort=False))}  # fmt: skip
    figure.update_layout(meta={"picks": {"points": picks}})
    return figure.update_layout(
        barmode="stack", height=420, legend={"orientation": "h", "y": 1.02, "yanchor": "bottom"}, **LAYOUT
    )


PLANNED_DASH = "3px,3px"
"""The planned part's stroke: fine stripes across the bar (plotly keeps a dash written in pixels as
it is, where its 'dash' grows with the width and would fill a short span)."""
STINT_STYLES = {
    "uncertain": ({"dash": "dot", "width": 12}, 0.35),
    "planned": ({"dash": PLANNED_DASH, "width": 12}, 0.7),
    "held": ({"dash": "solid", "width": 14}, 0.85),
}
"""How each piece of a position is drawn (line style, opacity): open dates dotted and faint, the
planned part up to a scheduled end, after today, hatched, the proven span solid."""
TODAY_COLOR = "#616161"


def stints_figure(pieces: pd.DataFrame, hovers: dict[str, str], today: dt.date | None = None) -> go.Figure:
    """One person's positions on a date axis, one line each (see
    :func:`dashboard.analysis.stints.stint_segments`): a solid bar where the record proves the
    position was held, a faint dotted one where its dates leave it open, a hatched one labelled
    'scheduled to end …' for what lies after today up to a scheduled end (with a line at
    ``today`` when given), and a marker carrying ``hovers[id]`` (dates, role, the first quote)."""
    if pieces.empty:
        return empty_figure("No positions recorded.")
    figure = _figure()
    labels = list(dict.fromkeys(pieces["label"]))
    for piece, (style, opacity) in STINT_STYLES.items():
        part = pieces[pieces["piece"] == piece]
        for org_id, spans in part.groupby("org_id", sort=False):
            xs, ys = [], []
            for x0, x1, label, text in zip(_iso(spans["x0"]), _iso(spans["x1"]), spans["label"], spans["text"],
                                           strict=True):  # fmt: skip
                xs += [x0, x1, None]
                ys += [plotly_text(label), plotly_text(label), None]
                if text:  # 'scheduled to end …', under the bar's end
                    figure.add_annotation(x=x1, y=plotly_text(label), text=plotly_text(text), showarrow=False,
                                          xanchor="right", yanchor="top", yshift=-7, font={"size": 11})  # fmt: skip
            figure.add_trace(
                _trace(go.Scatter, x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False, opacity=opacity,
                       line={"color": org_color(org_id), **style})
            )  # fmt: skip
    marked = pieces.sort_values("piece").drop_duplicates("id", keep="first")  # 'held' sorts first
    middles = pd.to_datetime(marked["x0"]) + (pd.to_datetime(marked["x1"]) - pd.to_datetime(marked["x0"])) / 2
    figure.add_trace(
        _trace(go.Scatter, x=_iso(middles), y=[plotly_text(label) for label in marked["label"]], mode="markers",
               marker={"color": [org_color(org) for org in marked["org_id"]], "size": 10,
                       "line": {"width": 1, "color": "white"}},
               hovertext=[hovers.get(pid, "") for pid in marked["id"]], hoverinfo="text", showlegend=False)
    )  # fmt: skip
    figure.update_layout(meta={"picks": {"points": {str(len(figure.data) - 1): list(marked["id"])}}})
    if today is not None:
        day = today.isoformat()
        figure.add_shape(type="line", x0=day, x1=day, y0=0, y1=1, yref="paper", layer="below",
                         line={"color": TODAY_COLOR, "width": 1, "dash": "dot"})  # fmt: skip
        figure.add_annotation(x=day, y=1, yref="paper", yanchor="bottom", text="today", showarrow=False,
                              font={"size": 11, "color": TODAY_COLOR})  # fmt: skip
    figure.update_yaxes(categoryorder="array", categoryarray=[plotly_text(label) for label in reversed(labels)],
                        title={"text": ""}, automargin=True)  # fmt: skip
    figure.update_xaxes(type="date", title={"text": ""})
    return figure.update_layout(height=max(220, min(1200, 44 * len(labels) + 110)), hovermode="closest", **LAYOUT)
