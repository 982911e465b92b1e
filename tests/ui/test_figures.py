"""Figures: what the Sankey, bars and timeline carry, and that data strings are escaped."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pandas as pd

from dashboard.analysis.flows import sankey_links
from dashboard.ui.components.figures import (
    arrivals_per_year_figure,
    empty_figure,
    net_flow_figure,
    org_color,
    sankey_figure,
)
from support.records import REPO

NAMES = {"meta": "Meta", "mistral": "Mistral AI", "evil": "<img src=x onerror=alert(1)>", "unknown": "Unknown"}


def frame(rows):
    return pd.DataFrame(rows, columns=["from_id", "to_id", "headcount", "person", "group"])


def test_sankey_puts_origins_and_destinations_in_separate_columns():
    moves = frame(
        [("meta", "mistral", 1, "A", None), ("mistral", "meta", 1, "A", None), ("evil", "unknown", 2, None, "g")]
    )
    figure = sankey_figure(sankey_links(moves), NAMES)
    trace = figure.data[0]
    sources, targets = set(trace.link.source), set(trace.link.target)
    assert not sources & targets  # Meta → Mistral → Meta draws no loop
    assert list(trace.node.label).count("Meta") == 2
    assert "&lt;img src=x onerror=alert(1)&gt;" in trace.node.label
    assert trace.node.color[list(trace.node.label).index("Unknown")] == "#9E9E9E"
    assert sum(trace.link.value) == 4


def test_sankey_without_links_says_so():
    figure = sankey_figure(sankey_links(frame([])), NAMES)
    assert figure.layout.annotations[0].text == "No moves match the filters."


# Each organisation's colour, as every process of every version has drawn it so far.
KNOWN_COLOURS = {
    "meta": "#B279A2", "mistral-ai": "#72B7B2", "openai": "#E45756",
    "apple": "#4C78A8", "anthropic": "#FF9DA6", "google-deepmind": "#EECA3B",
}  # fmt: skip


def test_colours_are_stable_per_organisation_across_processes():
    """An organisation keeps its colour on every page, after a restart and on another machine:
    a colour taken from ``hash()`` (salted anew in each process) would not."""
    assert {org_id: org_color(org_id) for org_id in KNOWN_COLOURS} == KNOWN_COLOURS
    script = (
        "import json; from dashboard.ui.components.figures import org_color; "
        f"print(json.dumps([org_color(org_id) for org_id in {list(KNOWN_COLOURS)!r}]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "PYTHONHASHSEED": "1", "PYTHONPATH": str(REPO)},  # another process, another salt
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert json.loads(done.stdout) == list(KNOWN_COLOURS.values())
    assert org_color("unknown") == "#9E9E9E"


def test_net_flow_bars_are_green_for_gains_red_for_losses():
    net = pd.DataFrame({"org_id": ["meta", "evil"], "inflow": [3, 0], "outflow": [1, 2], "net": [2, -2]})
    bar = net_flow_figure(net, NAMES).data[0]
    colours = dict(zip(bar.y, bar.marker.color, strict=True))
    assert colours["Meta"] == "#2E7D32" and colours["&lt;img src=x onerror=alert(1)&gt;"] == "#C62828"


def test_per_year_and_empty_figures():
    table = pd.DataFrame({"year": [2023], "arrivals": [1], "departures": [2]})
    assert [bar.name for bar in arrivals_per_year_figure(table).data] == ["Arrivals", "Departures"]
    assert empty_figure("<b>").layout.annotations[0].text == "&lt;b&gt;"


def every_figure():
    """Each figure function on the shipped data, filtered and not, and on empty input."""
    from dashboard.analysis import flows, organization, timeline
    from dashboard.analysis.tables import claims_table, moves_table, stays_table
    from dashboard.record.load import load_file
    from dashboard.ui.components import figures
    from support.records import SHIPPED, TODAY

    dataset = load_file(SHIPPED, today=TODAY).dataset
    moves, stays, claims = moves_table(dataset), stays_table(dataset), claims_table(dataset)
    names = {org_id: org.name for org_id, org in dataset.document.organizations.items()} | {"unknown": "Unknown"}
    for subset in (moves, moves[moves["to_root_id"] == "meta"], moves.iloc[:0]):
        for level in ("unit", "root"):
            yield figures.sankey_figure(flows.sankey_links(subset, level), names)
            yield figures.net_flow_figure(flows.net_flow(subset, level), names)
        yield figures.arrivals_per_year_figure(organization.arrivals_per_year(subset, {"meta"}))
        yield figures.timeline_figure(timeline.timeline_rows(subset, stays, claims, {"meta"}))
        yield figures.timeline_figure(timeline.timeline_rows(subset, stays.iloc[:0], claims.iloc[:0], None))
        yield figures.people_per_year_figure(timeline.people_per_year(subset, stays, claims, {"meta"}))
    yield figures.empty_figure("nothing")
    yield from stints_figures(TODAY)


def stints_figures(today):
    """The positions chart with proven, open and planned pieces (a scheduled end), with and without
    its line at ``today``, and with no pieces."""
    from dashboard.ui.components import figures

    day = pd.Timestamp(today).date()
    pieces = pd.DataFrame(
        [
            {"label": "House", "piece": "held", "x0": day.replace(year=2023), "x1": day, "id": "h", "org_id": "house",
             "text": ""},
            {"label": "House", "piece": "planned", "x0": day, "x1": day.replace(year=day.year + 1), "id": "h",
             "org_id": "house", "text": "scheduled to end <b>"},
            {"label": "Board", "piece": "uncertain", "x0": day.replace(year=2020), "x1": day, "id": "b",
             "org_id": "board", "text": ""},
        ]
    )  # fmt: skip
    yield figures.stints_figure(pieces, {"h": "House", "b": "Board"}, today)
    yield figures.stints_figure(pieces, {"h": "House"})
    yield figures.stints_figure(pieces.iloc[:0], {})


def test_the_planned_piece_is_hatched_labelled_and_escaped_with_a_line_at_today():
    from dashboard.ui.components import figures
    from support.records import TODAY

    with_today, without, empty = stints_figures(TODAY)
    assert [note.text for note in with_today.layout.annotations] == ["scheduled to end &lt;b&gt;", "today"]
    assert [shape.x0 for shape in with_today.layout.shapes] == [TODAY.isoformat()]
    assert not without.layout.shapes and [trace.line.dash for trace in without.data if trace.mode != "markers"] == [
        "dot", figures.PLANNED_DASH, "solid"
    ]  # fmt: skip
    assert empty.layout.annotations[0].text == "No positions recorded."


def test_figures_built_without_checks_are_what_plotly_checks_would_make():
    import plotly.graph_objects as go

    from dashboard.ui.components import figures

    assert figures.CHECKED is False
    count = 0
    for figure in every_figure():
        built = figure.to_plotly_json()
        checked = go.Figure(built).to_plotly_json()  # every property checked and coerced
        assert checked == built
        count += 1
    assert count > 20
