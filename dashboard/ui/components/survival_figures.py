"""The Retention page's figures: survival curves of tenure, and a cohort's share still there
beside its claims. Pure functions of the loader's tables; every data string is escaped."""

from __future__ import annotations

import datetime as dt

import plotly.graph_objects as go

from dashboard.analysis.retention import CohortLine
from dashboard.analysis.survival import Curve
from dashboard.text import plotly_text, wrap
from dashboard.ui.components.figures import LAYOUT, _figure, _rgba, _trace, empty_figure, org_color

LEGEND = {"orientation": "h", "y": 1.02, "yanchor": "bottom"}
TICK = "line-ns-open"
"""A censored stint's mark on its curve: a short vertical tick, as survival plots draw them."""


def survival_figure(curves: list[Curve], names: dict[str, str]) -> go.Figure:
    """Each organisation's share still there against years since the stint began: a step line,
    its band (Kaplan–Meier: the 95% confidence interval; Turnbull: the range of the estimate), a
    tick where a stint is censored, and a hover with the numbers at risk. A click on a step names
    it (``step:org|index``, see :class:`dashboard.analysis.pages.retention.RetentionView`)."""
    if not curves:
        return empty_figure("No stint the record can place matches the filters.")
    figure = _figure()
    picks: dict[str, list] = {}
    for curve in curves:
        name = plotly_text(names.get(curve.org_id, curve.org_id))
        color = org_color(curve.org_id)
        steps = curve.steps
        years = steps["years"].tolist()
        figure.add_trace(
            _trace(go.Scatter, x=years, y=steps["high"].tolist(), mode="lines", line={"width": 0, "shape": "hv"},
                   hoverinfo="skip", showlegend=False, legendgroup=curve.org_id)
        )  # fmt: skip
        figure.add_trace(
            _trace(go.Scatter, x=years, y=steps["low"].tolist(), mode="lines", line={"width": 0, "shape": "hv"},
                   fill="tonexty", fillcolor=_rgba(color, 0.15), hoverinfo="skip", showlegend=False,
                   legendgroup=curve.org_id)
        )  # fmt: skip
        texts = [
            f"{left} left" + (f", {len(maybe)} may have left" if maybe else "")
            for left, maybe in zip(steps["left"].map(len), steps["maybe"], strict=True)
        ]
        picks[str(len(figure.data))] = [
            f"step:{curve.org_id}|{index}" if left or maybe else None
            for index, (left, maybe) in enumerate(zip(steps["left"], steps["maybe"], strict=True))
        ]
        figure.add_trace(
            _trace(go.Scatter, x=years, y=steps["share"].tolist(), mode="lines+markers", name=name,
                   legendgroup=curve.org_id, line={"color": color, "width": 2.5, "shape": "hv"},
                   # a dot where someone left (a step to click), none where only the timeline has a point
                   marker={"size": [7 if pick else 0 for pick in picks[str(len(figure.data))]], "color": color},
                   customdata=[[at_risk, text, low, high] for at_risk, text, low, high in
                               zip(steps["at_risk"], texts, steps["low"], steps["high"], strict=True)],
                   hovertemplate=("%{fullData.name}<br>after %{x:.1f} years: %{{y:.0%}} still there "
                                  f"({curve.band}: %{{customdata[2]:.0%}}–%{{customdata[3]:.0%}})"
                                  "<br>%{customdata[0]} at risk; %{customdata[1]}<extra></extra>"))
        )  # fmt: skip
        if len(curve.ticks):
            figure.add_trace(
                _trace(go.Scatter, x=curve.ticks["years"].tolist(), y=curve.ticks["share"].tolist(), mode="markers",
                       marker={"symbol": TICK, "size": 10, "color": color, "line": {"width": 1.5, "color": color}},
                       legendgroup=curve.org_id, showlegend=False, name=name,
                       hovertemplate="%{fullData.name}: still there when last seen, after %{x:.1f} years"
                       "<extra></extra>")
            )  # fmt: skip
    figure.update_xaxes(title="years since the stint began", rangemode="tozero")
    figure.update_yaxes(title="share still there", tickformat=".0%", range=[0, 1.05])
    return figure.update_layout(height=440, legend=LEGEND, meta={"picks": {"points": picks}}, **LAYOUT)


def cohort_figure(lines: list[CohortLine], today: dt.date) -> go.Figure:
    """A cohort's members not yet shown gone from each organisation, over time: a step line (the
    share at most still there), a band down to the share if every possible departure had
    happened, and the sources' claims as marked points (circle: exactly; diamond: about;
    triangles: at most or at least), each with its summary on hover."""
    if not lines:
        return empty_figure("The cohort has no claims with a number, or its size is unknown.")
    figure = _figure()
    for line in lines:
        color = org_color(line.org_id)
        name = plotly_text(line.org)
        steps = line.steps
        days = list(steps["day"]) + list(line.claims["day"])
        begin = (min(days) if days else today) - dt.timedelta(days=180)
        xs = [begin.isoformat(), *(day.isoformat() for day in steps["day"]), today.isoformat()]
        share = [1.0, *steps["share"], steps["share"].iloc[-1] if len(steps) else 1.0]
        possible = [1.0, *steps["possible"], steps["possible"].iloc[-1] if len(steps) else 1.0]
        figure.add_trace(
            _trace(go.Scatter, x=xs, y=share, mode="lines", line={"width": 0, "shape": "hv"}, hoverinfo="skip",
                   showlegend=False)
        )  # fmt: skip
        figure.add_trace(
            _trace(go.Scatter, x=xs, y=possible, mode="lines", line={"width": 0, "shape": "hv"}, fill="tonexty",
                   fillcolor=_rgba(color, 0.15), hoverinfo="skip", showlegend=False)
        )  # fmt: skip
        gone = ["", *(wrap(", ".join(who), width=60) for who in steps["gone"]), ""]
        figure.add_trace(
            _trace(go.Scatter, x=xs, y=share, mode="lines", line={"color": color, "width": 2.5, "shape": "hv"},
                   name=f"{name}: members not recorded as gone", customdata=gone,
                   hovertemplate="%{fullData.name}<br>%{x}: at most %{y:.0%} still there<br>%{customdata}"
                   "<extra></extra>")
        )  # fmt: skip
        claims = line.claims
        if len(claims):
            figure.add_trace(
                _trace(go.Scatter, x=[day.isoformat() for day in claims["day"]], y=claims["share"].tolist(),
                       mode="markers", name=f"{name}: what the sources claim",
                       marker={"symbol": claims["symbol"].tolist(), "size": 13, "color": "#EF6C00",
                               "line": {"width": 1, "color": "white"}},
                       hovertext=[f"{wrap(phrase, width=70)}<br>“{wrap(summary, width=70)}”"
                                  for phrase, summary in zip(claims["phrase"], claims["summary"], strict=True)],
                       hoverinfo="text")
            )  # fmt: skip
    figure.update_xaxes(type="date", title={"text": ""})
    figure.update_yaxes(title="share of the cohort still there", tickformat=".0%", range=[0, 1.05])
    return figure.update_layout(height=380, legend=LEGEND, hovermode="closest", **LAYOUT)
