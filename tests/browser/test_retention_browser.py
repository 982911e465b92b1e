"""The Retention page in headless Chromium (issue 27): the curves are drawn, and a click on a
step lists the people who left then, with their quotes."""

from __future__ import annotations

import pytest

from support.browser import CHART, running
from support.careers import SPREAD, write

# Where the second point of the first step line is on the screen (plotly's own axes say).
STEP = """box => {
    const plot = box.querySelector('div.tf-chart'), layout = plot._fullLayout;
    const line = plot._fullData.findIndex(trace => trace.mode === 'lines+markers');
    const trace = plot._fullData[line], rect = plot.getBoundingClientRect();
    return [rect.left + layout.xaxis._offset + layout.xaxis.l2p(trace.x[1]),
            rect.top + layout.yaxis._offset + layout.yaxis.l2p(trace.y[1]), trace.name];
}"""


@pytest.fixture(scope="module")
def careers(browser, tmp_path_factory):
    with running(write(tmp_path_factory.mktemp("careers"), positions=SPREAD)) as started:
        yield started


def test_the_curves_are_drawn_and_a_click_on_a_step_lists_who_left_then(careers, open_page):
    from playwright.sync_api import expect

    page, watch = open_page(careers.url + "/retention", charts=1)
    chart = page.locator(CHART).first
    # Acme: its band (two traces), its step line and its censoring ticks; Beta Labs: band and line
    expect(chart.locator(".scatterlayer .trace")).to_have_count(7)
    x, y, name = chart.evaluate(STEP)
    assert name == "Acme"
    page.mouse.move(x, y)
    page.mouse.click(x, y)
    expect(page.get_by_text("Acme, at 1.0 years: 2 left (4 at risk)").last).to_be_visible(timeout=20_000)
    expect(page.get_by_text("Ada record positions 0 is stated here in full.")).to_be_visible()
    expect(page.get_by_text("Ben record positions 1 is stated here in full.")).to_be_visible()
    assert watch.console_errors == []
