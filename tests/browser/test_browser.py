"""End to end in a real headless Chromium against a running server (``python -m dashboard serve``).

Every page renders its charts without console errors or outside requests, filters change the
chart and the URL, a shared URL opens the same view, edits show up without a restart, hostile
text stays text, and ten tabs filtering while the file changes all end up on the new data.
"""

from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from support.browser import (
    CHART,
    REQUIRE_ENV,
    Server,
    Watch,
    missing_browser,
    running,
    wait_ready,
)
from support.records import REPO, SHIPPED, line_of

pytestmark = pytest.mark.browser

PAGES = ["/", "/flows", "/timeline", "/organization", "/person", "/cohorts", "/sources", "/add", "/add_source"]
CHARTS = {"/": 1, "/flows": 2, "/timeline": 1, "/organization": 1}
LINKS = "g.sankey path.sankey-link"


def copy_project(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    shutil.copy(SHIPPED, tmp_path / "data" / "events.yaml")
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    return tmp_path / "data" / "events.yaml"


def sankey_labels(page) -> list[str]:
    return page.locator("g.sankey .node-label").evaluate_all("nodes => nodes.map(node => node.textContent)")


def test_every_page_renders_without_errors(server, open_page):
    page, watch = open_page(server.url + "/", charts=CHARTS["/"])
    for path in PAGES:
        if path != "/":
            name = {"/add": "Add a move", "/add_source": "Add a source"}.get(path, path[1:5])
            page.locator('[data-testid="stSidebarNavLink"]', has_text=re.compile(name, re.I)).first.click()
            page.wait_for_url(re.compile(re.escape(path) + r"(\?|$)"))
            wait_ready(page, CHARTS.get(path, 0))
        assert page.locator('[data-testid="stException"]').count() == 0, path
        assert page.locator(f"{CHART} .js-plotly-plot").count() == CHARTS.get(path, 0), path
        if path == "/flows":
            assert page.locator(LINKS).count() > 5
    assert watch.console_errors == []
    assert watch.outside_hosts() == set()


@pytest.mark.parametrize("path", PAGES[1:])
def test_opening_a_page_directly_logs_no_errors(server, open_page, path):
    page, watch = open_page(server.url + path, charts=CHARTS.get(path, 0))
    assert page.locator('[data-testid="stException"]').count() == 0
    assert watch.console_errors == []
    assert watch.outside_hosts() == set()


def test_filter_changes_the_chart_and_the_url(server, open_page):
    page, _ = open_page(server.url + "/flows", charts=2)
    from playwright.sync_api import expect

    # 14 moves; one rumoured and two with an unknown date are left out by default; the three
    # to Mistral share a link
    expect(page.locator(LINKS)).to_have_count(9)
    select = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").first
    select.get_by_role("combobox").click()
    select.get_by_role("combobox").fill("Mistral")  # the list shows only its first options: type to find
    page.get_by_role("option", name="Mistral AI", exact=True).click()
    page.wait_for_url(re.compile(r"[?&]org=mistral-ai"))
    expect(page.locator(LINKS)).to_have_count(1)
    assert "Mistral AI" in sankey_labels(page)


def _link_hovers(page) -> list[str]:
    """The hover text of every Sankey link, as a user gets it by pointing at each one."""
    texts = []
    for index in range(page.locator(LINKS).count()):
        link = page.locator(LINKS).nth(index)
        box = link.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        texts.append(" ".join(text or "" for text in page.locator("g.hoverlayer").all_text_contents()))
    return texts


def test_rumours_and_inferred_units_look_different_on_the_flows_page(server, open_page):
    from playwright.sync_api import expect

    from dashboard.ui.components.figures import RUMOUR_FILL

    page, watch = open_page(server.url + "/flows?rumours=1", charts=2)
    expect(page.locator(LINKS)).to_have_count(10)  # now with Gross's rumoured link, drawn apart
    expect(page.get_by_test_id("stSidebar").get_by_role("switch", name="Include rumours")).to_be_checked()
    fills = page.locator(LINKS).evaluate_all(
        "paths => paths.map(p => [getComputedStyle(p).fill, Number(getComputedStyle(p).fillOpacity)])"
    )
    outlines = page.locator(LINKS).evaluate_all(
        "paths => paths.map(p => [p.dataset.style, getComputedStyle(p).strokeDasharray])"
    )
    red, green, blue, alpha = RUMOUR_FILL[5:-1].split(",")
    assert [f"rgb({red}, {green}, {blue})", float(alpha)] in fills  # the hollow grey of a rumour
    dashed = sorted(style for style, dash in outlines if dash not in ("none", ""))
    assert dashed == ["inferred", "inferred", "inferred", "rumoured"]  # the three inferred units, Gross
    hovers = _link_hovers(page)
    assert any("Daniel Gross" in text and "rumoured" in text for text in hovers), hovers
    assert any("Anton Bakhtin" in text and "inferred" in text for text in hovers), hovers
    expect(page.get_by_text("Hollow grey links with a dashed outline: rumoured moves.", exact=False)).to_be_visible()
    expect(page.get_by_text("a detail (often the unit) is inferred", exact=False)).to_be_visible()
    # switching rumours off leaves the rumour out and says so
    page.get_by_test_id("stSidebar").get_by_text("Include rumours").click()
    page.wait_for_url(lambda url: "rumours=1" not in url)
    expect(page.locator(LINKS)).to_have_count(9)
    expect(page.get_by_text("1 rumoured move (1 person)", exact=False)).to_be_visible()
    assert watch.console_errors == []


def test_a_shared_url_opens_the_same_view(server, open_page):
    page, watch = open_page(server.url + "/flows?org=mistral-ai&level=root", charts=2)
    from playwright.sync_api import expect

    expect(page.locator(LINKS)).to_have_count(1)
    sidebar = page.get_by_test_id("stSidebar")
    expect(sidebar.get_by_role("button", name=re.compile("Remove Mistral AI"))).to_be_visible()
    expect(page.get_by_role("radio", name="Top-level organisations")).to_be_checked()
    assert "org=mistral-ai" in page.url and "level=root" in page.url
    assert watch.console_errors == []


def test_chart_pages_start_loading_the_chart_code_with_the_page(server, open_page):
    """dashboard/ui/server.py is what serves: the Flows page fetches our plotly.js and Streamlit's
    component code before it even connects, connects at the root at once, and never loads
    Streamlit's own (full) plotly.js."""
    from dashboard.config import CHART_BUNDLE_URL
    from dashboard.ui.server import component_chunks

    _, watch = open_page(server.url + "/flows", charts=2)
    paths = [urlsplit(url).path for url in watch.requests]
    first_contact = next(index for index, path in enumerate(paths) if "/_stcore/" in path)
    early = paths[:first_contact]
    assert CHART_BUNDLE_URL in early
    assert {f"/static/js/{name}" for name in component_chunks()} <= set(early)
    assert not [path for path in paths if path.startswith("/flows/_stcore/")]  # no probe below the page
    assert not [path for path in paths if "PlotlyChart" in path]
    assert watch.console_errors == []


def test_hovering_a_sankey_link_names_its_ends_and_people(server, open_page):
    page, watch = open_page(server.url + "/flows", charts=2)
    hover = page.locator(f"{CHART} .hoverlayer .hovertext")
    link_text = re.compile(r"\S → \S.*: \d+ people")
    shown: list[str] = []
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        # Half-way across the chart, the middle of the band of the link found topmost there; again
        # until a link's hover box shows (the Sankey's entry transition may still be moving the links).
        x, y = page.locator(LINKS).first.evaluate(
            """link => {
                const box = link.getBoundingClientRect(), x = box.left + box.width / 2, hits = [];
                for (let y = box.top; y < box.bottom; y++) {
                    if (document.elementFromPoint(x, y) === link) hits.push(y);
                }
                return [x, hits.length ? hits[Math.floor(hits.length / 2)] : box.top + box.height / 2];
            }"""
        )
        page.mouse.move(0, 0)
        page.mouse.move(x, y)
        page.wait_for_timeout(300)
        # What the hover boxes say, read as soon as they show: on a loaded machine the chart can be
        # drawn again after the page looks ready, which takes a box away (a node's box has no "→").
        shown = [text for text in hover.all_text_contents() if text]
        if any(link_text.search(text) for text in shown):
            break
    assert any(link_text.search(text) for text in shown), shown
    assert watch.console_errors == []


def test_charts_follow_the_width_of_their_column(server, open_page):
    """Closing the sidebar widens the main column without resizing the window: the charts follow."""
    from playwright.sync_api import expect

    page, watch = open_page(server.url + "/flows", charts=2, viewport={"width": 1100, "height": 900})
    plot = page.locator(f"{CHART} .main-svg").first
    before = plot.bounding_box()["width"]
    page.get_by_test_id("stSidebar").hover()
    page.get_by_test_id("stSidebarCollapseButton").locator("button").click()
    expect(page.get_by_test_id("stSidebar")).to_have_attribute("data-collapsed", "true")
    page.wait_for_function(
        "([selector, before]) => document.querySelector(selector).getBoundingClientRect().width > before + 100",
        arg=[f"{CHART} .main-svg", before],
    )
    column = page.locator(CHART).first.bounding_box()["width"]
    assert abs(plot.bounding_box()["width"] - column) < 2  # the whole column, not more
    assert watch.console_errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_charts_take_the_colours_of_the_theme(server, open_page, scheme):
    """Streamlit follows the system's light or dark mode; the charts' text does too, also when
    the mode changes while the page is open."""
    page, watch = open_page(server.url + "/flows", charts=2, color_scheme=scheme)
    bright = (  # whether an element's colour (or fill) is light, as text on a dark background is
        "([selector, style]) => { const [r, g, b] = getComputedStyle(document.querySelector(selector))[style]"
        ".match(/[\\d.]+/g).map(Number); return (r + g + b) / 3 > 128; }"
    )

    def shows(mode: str) -> None:
        dark = mode == "dark"
        wanted = [('[data-testid="stMainBlockContainer"] h1', "color"), ("g.sankey .node-label", "fill"),
                  (f"{CHART} .ytick text", "fill")]  # fmt: skip
        for selector, style in wanted:  # the page, then its charts, redrawn in the page's colours
            page.wait_for_function(f"([selector, style, dark]) => ({bright})([selector, style]) === dark",
                                   arg=[selector, style, dark])  # fmt: skip

    shows(scheme)
    page.emulate_media(color_scheme="light" if scheme == "dark" else "dark")
    shows("light" if scheme == "dark" else "dark")
    assert watch.console_errors == []


def test_static_serving_gives_the_chart_code_and_nothing_outside_its_folder(server):
    import urllib.error
    import urllib.request

    from dashboard.config import CHART_BUNDLE, CHART_BUNDLE_URL, STATIC_DIR

    with urllib.request.urlopen(server.url + CHART_BUNDLE_URL) as response:  # noqa: S310 (http to 127.0.0.1)
        assert response.headers["Content-Type"].split(";")[0] in ("application/javascript", "text/javascript")
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.read() == (STATIC_DIR / CHART_BUNDLE).read_bytes()
    for path in ("/app/static/%2e%2e/app.py", "/app/static/..%2f..%2fdata/events.yaml", "/app/static/missing.js"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(server.url + path)  # noqa: S310
        assert refused.value.code in (400, 404), path


def test_the_server_listens_on_loopback_only(server):
    if shutil.which("ss") is None:
        pytest.skip("ss is not installed")
    addresses = server.listening_addresses()
    assert addresses and all(address == "127.0.0.1" for address in addresses), addresses


def test_edits_show_up_without_a_restart_and_errors_keep_the_last_good(tmp_path, open_page):
    path = copy_project(tmp_path)
    text = path.read_text(encoding="utf-8")
    with running(path) as server:
        page, watch = open_page(server.url + "/flows", charts=2)
        assert "Mistral AI" in sankey_labels(page)

        path.write_text(text.replace("name: Mistral AI", "name: Mistral AI (renamed)", 1), encoding="utf-8")
        page.reload()
        wait_ready(page, charts=2)
        page.get_by_text("Mistral AI (renamed)").first.wait_for()
        assert "Mistral AI (renamed)" in sankey_labels(page)

        broken = text.replace("    to: apple\n", "    to: nowhere\n", 1)
        path.write_text(broken, encoding="utf-8")
        page.reload()
        wait_ready(page, charts=2)
        line = line_of(broken, "    to: nowhere\n")
        page.get_by_text(re.compile(rf"events\.yaml:{line}:9")).wait_for()
        page.get_by_text("unknown organisation 'nowhere'", exact=False).first.wait_for()
        assert page.locator('[data-testid="stCode"]', has_text="to: nowhere").count() == 1
        assert page.locator('[data-testid="stException"]').count() == 0
        assert "Mistral AI (renamed)" in sankey_labels(page)  # the last valid version stays visible
        assert watch.console_errors == []


def test_ten_tabs_filtering_while_the_file_changes_all_end_on_the_new_data(tmp_path, browser):
    path = copy_project(tmp_path)
    text = path.read_text(encoding="utf-8")
    orgs = ["meta", "mistral-ai", "apple", "openai", "alphabet", "anthropic", "fair", "scale-ai", "google", "microsoft"]
    with running(path) as server:
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        watches, tabs = [], []
        for org in orgs:  # ten tabs, opened without waiting for each other
            tab = context.new_page()
            watch = Watch()
            watch.attach(tab)
            tab.goto(f"{server.url}/flows?org={org}", wait_until="commit")
            tabs.append(tab)
            watches.append(watch)
        for version in range(1, 3):  # edit the file twice while the tabs load and filter (a third edit cost ~25 s)
            path.write_text(text.replace("name: Meta\n", f"name: Meta v{version}\n", 1), encoding="utf-8")
            for tab in tabs:
                tab.goto(f"{server.url}/flows?org=meta&from=2023&to=2025&level=root", wait_until="commit")
        for tab in tabs:
            wait_ready(tab, charts=2)
            tab.get_by_text("Meta v2").first.wait_for(timeout=30_000)
            assert "Meta v2" in sankey_labels(tab)
            assert tab.locator('[data-testid="stException"]').count() == 0
        assert all(watch.console_errors == [] for watch in watches), [w.console_errors for w in watches]
        context.close()


def test_server_fixture_stops_its_process(tmp_path):
    reason = missing_browser()
    if reason and os.environ.get(REQUIRE_ENV) != "1":
        pytest.skip(reason)
    server = Server(SHIPPED).start()
    pid = server.process.pid
    server.stop()
    assert server.process.poll() is not None
    with pytest.raises(ProcessLookupError):
        os.killpg(pid, 0)


QUOTE = " ".join((REPO / "seeds" / "000_754018a0b65caa00.txt").read_text(encoding="utf-8").split()[40:52])


def settle(page) -> None:
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]')


def choose(page, label: str, option: str) -> None:
    page.get_by_role("combobox", name=label, exact=True).click()
    page.get_by_role("option", name=option, exact=True).click()
    settle(page)


def fill_move(page, person: str, destination: str) -> None:
    """Fill the Add page as a user does: pick, type, press Enter (Ctrl+Enter in the quote)."""
    choose(page, "Person", person)
    choose(page, "From", "Meta")
    choose(page, "To", destination)
    date = page.get_by_role("textbox", name=re.compile("^Date: YYYY"))
    date.fill("2024-05")
    date.press("Enter")
    settle(page)
    quote = page.get_by_label("Quote 1, verbatim")
    quote.fill(QUOTE)
    quote.press("Control+Enter")
    settle(page)


def test_two_tabs_saving_at_once_one_saves_the_other_keeps_its_move_for_a_second_try(tmp_path, open_page):
    from playwright.sync_api import expect

    data = copy_project(tmp_path)
    with running(data) as server:
        first, first_watch = open_page(server.url + "/add", charts=0)
        second, second_watch = open_page(server.url + "/add", charts=0)
        fill_move(first, "Armand Joulin", "Apple")
        fill_move(second, "Hugo Touvron", "Mistral AI")
        buttons = [page.get_by_role("button", name="Save", exact=True) for page in (first, second)]
        for button in buttons:
            expect(button).to_be_visible()
        for button in buttons:  # one right after the other: both tabs loaded the same version
            button.click()
        # which click reaches the server first is the machine's choice: one tab saves, the other is
        # refused and keeps its move. The confirmation that stays (a toast may be gone already).
        moves = {
            "first": "armand-joulin-meta-to-apple-2024-05",
            "second": "hugo-touvron-meta-to-mistral-ai-2024-05",
        }
        tabs = {"first": first, "second": second}
        typed = {"first": ("Apple", "Armand Joulin"), "second": ("Mistral AI", "Hugo Touvron")}
        either = first.get_by_text(re.compile(r"^Saved .* Every page shows it")).or_(
            first.get_by_text("changed on disk since this page loaded it")
        )
        expect(either.first).to_be_visible(timeout=15_000)
        winner = "first" if first.get_by_text(re.compile(r"^Saved ")).count() else "second"
        loser = "second" if winner == "first" else "first"
        saved = tabs[winner].get_by_text(re.compile(rf"^Saved {re.escape(moves[winner])}\. Every page shows it"))
        expect(saved).to_be_visible(timeout=15_000)  # (and a toast says so where the user is: st.toast)
        refused = tabs[loser]
        expect(refused.get_by_text("changed on disk since this page loaded it")).to_be_visible(timeout=15_000)
        text = data.read_text(encoding="utf-8")
        assert f"id: {moves[winner]}" in text and moves[loser] not in text
        # the saved tab is ready for the next move; the refused one kept everything typed
        expect(tabs[winner].get_by_role("combobox", name="To", exact=True)).to_have_value("Unknown")
        expect(refused.get_by_role("combobox", name="To", exact=True)).to_have_value(typed[loser][0])
        expect(refused.get_by_label("Quote 1, verbatim")).to_have_value(QUOTE)
        # ... also after looking at another page
        refused.get_by_test_id("stSidebarNavLink").filter(has_text="Sources").click()
        refused.wait_for_url(re.compile(r"/sources"))
        settle(refused)
        refused.get_by_test_id("stSidebarNavLink").filter(has_text="Add a move").click()
        refused.wait_for_url(re.compile(r"/add"))
        expect(refused.get_by_label("Quote 1, verbatim")).to_have_value(QUOTE)
        expect(refused.get_by_role("combobox", name="Person", exact=True)).to_have_value(typed[loser][1])
        refused.get_by_role("button", name="Save into the current version of the file").click()
        expect(refused.get_by_text(re.compile(rf"^Saved {re.escape(moves[loser])}\. Every page"))).to_be_visible(
            timeout=15_000
        )
        text = data.read_text(encoding="utf-8")
        assert text.count(f"id: {moves['first']}") == 1
        assert text.count(f"id: {moves['second']}") == 1
        assert first_watch.console_errors == [] and second_watch.console_errors == []


def test_an_uploaded_web_page_becomes_a_saved_move_through_a_candidate(tmp_path, open_page):
    """Upload a saved page on Add a source, use one of its candidates, save it on the Add page."""
    from playwright.sync_api import expect

    from support.articles import PAGE
    from support.records import load

    data = copy_project(tmp_path)
    page_file = tmp_path / "saved-page.html"
    page_file.write_text(PAGE, encoding="utf-8")
    with running(data) as server:
        page, watch = open_page(server.url + "/add_source", charts=0)
        page.locator('input[type="file"]').set_input_files(str(page_file))
        expect(page.get_by_text("read as html")).to_be_visible()
        expect(page.get_by_text("published: 2025-06-12 (found in the page's metadata)")).to_be_visible()
        assert page.get_by_text('alert("x")').count() == 0  # the page's script is neither kept nor run
        page.get_by_role("button", name="Add source", exact=True).click()
        expect(page.get_by_text("Added source northwind-hires-from-its-rivals. Its candidates:")).to_be_visible()
        settle(page)
        choose(page, "Candidate", "2. Tom Becker: Initech → Northwind")
        page.get_by_role("button", name="Use on the Add page").click()
        page.wait_for_url(re.compile(r"/add$"))
        settle(page)
        expect(page.get_by_text("Filled in from a candidate")).to_be_visible()
        expect(page.get_by_label("Name of the new person")).to_have_value("Tom Becker")
        expect(page.get_by_label("From: name of the new organisation")).to_have_value("Initech")
        expect(page.get_by_label("To: name of the new organisation")).to_have_value("Northwind")
        expect(page.get_by_label("Quote 1, verbatim")).to_have_value(re.compile("^Tom Becker, formerly at Initech"))
        expect(page.get_by_text("Found in the document.")).to_be_visible()
        page.get_by_role("button", name="Save", exact=True).click()
        expect(
            page.get_by_text(re.compile(r"^Saved tom-becker-initech-to-northwind-2025-06-12\. Every page"))
        ).to_be_visible(timeout=15_000)
        result = load(data.read_text(encoding="utf-8"), root=data.parent.parent)
        assert result.ok, result.errors
        [move] = [move for move in result.dataset.document.moves if move.person == "tom-becker"]
        assert (move.from_, move.to, str(move.date), move.date_kind) == (
            "initech",
            "northwind",
            "2025-06-12",
            "reported",
        )
        assert move.evidence[0].source == "northwind-hires-from-its-rivals"
        assert watch.console_errors == [] and watch.outside_hosts() == set() and watch.dialogs == []


def test_the_published_view_opens_offline_and_draws_its_chart_without_a_request(tmp_path, browser):
    """The HTML report from the command line, opened from disk: chart drawn, marks outlined, no request."""
    import subprocess
    import sys

    out = tmp_path / "view.html"
    command = [sys.executable, "-m", "dashboard", "report", "--view", "flows", "--query", "rumours=1",
               "--output", str(out)]  # fmt: skip
    subprocess.run(command, check=True, cwd=REPO, capture_output=True)
    context = browser.new_context(offline=True)
    page = context.new_page()
    watch = Watch()
    watch.attach(page)
    page.goto(out.as_uri())
    page.wait_for_selector(LINKS)
    assert page.locator(LINKS).count() > 5
    styles = page.locator(LINKS).evaluate_all("paths => paths.map(p => p.getAttribute('data-style'))")
    assert "rumoured" in styles and "inferred" in styles  # drawn apart, as on the page
    assert page.locator("ol.notes li").count() > 5
    assert [url for url in watch.requests if not url.startswith("file:")] == []
    assert watch.console_errors == []
    context.close()


def test_a_chart_downloads_as_svg_and_png_from_its_toolbar(server, open_page, tmp_path):
    page, watch = open_page(server.url + "/flows", charts=CHARTS["/flows"])
    chart = page.locator(f"{CHART} .js-plotly-plot").first
    chart.hover()
    with page.expect_download() as svg:
        chart.locator('.modebar-btn[data-title="Download plot as SVG"]').click()
    svg_file = tmp_path / "chart.svg"
    svg.value.save_as(svg_file)
    assert svg_file.read_text(encoding="utf-8").lstrip().startswith("<svg")
    chart.hover()
    with page.expect_download() as png:
        chart.locator('.modebar-btn[data-title="Download plot as a PNG"]').click()
    png_file = tmp_path / "chart.png"
    png.value.save_as(png_file)
    assert png_file.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    titles = page.locator(".modebar-btn").evaluate_all("buttons => buttons.map(b => b.getAttribute('data-title'))")
    assert not [title for title in titles if "Share" in title or "Chart Studio" in title]  # nothing leaves the machine
    assert watch.console_errors == [] and watch.outside_hosts() == set()


def test_clicking_a_link_or_a_bar_shows_the_moves_behind_it_with_their_quotes(server, open_page):
    from playwright.sync_api import TimeoutError as NotYet
    from playwright.sync_api import expect

    page, watch = open_page(server.url + "/flows", charts=CHARTS["/flows"])
    panel = page.get_by_text(re.compile(r"^\d+ move\(s\), \d+ people: .+ → .+$"))
    for _ in range(3):  # on a loaded machine a click can land before plotly listens, or settle early
        page.locator(LINKS).first.click(force=True)  # plotly's click event, sent back to Python
        settle(page)
        try:
            panel.wait_for(state="visible", timeout=10_000)
            break
        except NotYet:  # aim again
            continue
    expect(panel).to_be_visible()
    expect(page.get_by_role("button", name=re.compile("^Narrow the filters to "))).to_be_visible()
    wait_ready(page, CHARTS["/flows"])  # the run the click caused redrew the charts
    picked = page.get_by_text(re.compile(r"\(arrivals and departures\)$"))
    for _ in range(3):  # the panel that opened above moves the chart down while it settles: aim again
        page.wait_for_timeout(500)
        bars = page.locator(f"{CHART} .js-plotly-plot").nth(1).locator("g.point path")
        bars.first.scroll_into_view_if_needed()
        widths = bars.evaluate_all("paths => paths.map(p => p.getBoundingClientRect().width)")
        bar = bars.nth(widths.index(max(widths))).bounding_box()  # the widest bar: easy to hit
        page.mouse.move(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] / 2)  # bars take clicks on hover
        page.mouse.click(bar["x"] + bar["width"] / 2, bar["y"] + bar["height"] / 2)
        settle(page)
        if picked.count():
            break
    expect(page.get_by_text(re.compile(r"\(arrivals and departures\)$"))).to_be_visible()
    assert watch.console_errors == []


def test_a_name_in_a_move_card_opens_its_page_with_the_filters_kept(server, open_page):
    from playwright.sync_api import expect

    page, watch = open_page(server.url + "/organization?org=mistral-ai", charts=1)
    expect(page.get_by_role("heading", name="Mistral AI")).to_be_visible()
    page.get_by_text("The moves with their evidence").click()
    person = page.get_by_role("link", name="Timothée Lacroix").first
    href = person.get_attribute("href")
    assert "/person?who=timothee-lacroix" in href and "org=mistral-ai" in href
    with page.context.expect_page() as opened:  # Streamlit opens Markdown links in a new tab
        person.click()
    other = opened.value
    other.wait_for_load_state()
    wait_ready(other, 0)
    expect(other.get_by_role("heading", name="Timothée Lacroix")).to_be_visible()
    assert "org=mistral-ai" in other.url
    assert watch.console_errors == []


def test_clicking_a_timeline_marker_shows_its_record(server, open_page):
    from playwright.sync_api import expect

    page, watch = open_page(server.url + "/timeline", charts=CHARTS["/timeline"])
    marker = page.locator(f"{CHART} .js-plotly-plot g.scatterlayer path.point").first
    chosen = page.get_by_role("combobox", name="The record behind a marker")
    for _ in range(3):  # plotly takes a click on a point it hovers: a first click can land before the hover
        marker.scroll_into_view_if_needed()
        box = marker.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(200)
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        # The rerun a selection starts can begin after the page looks settled: wait for the chosen
        # record before clicking again, since a second click on a selected point takes it back.
        try:
            expect(chosen).not_to_have_value("", timeout=10_000)
            break
        except AssertionError:
            settle(page)
    expect(chosen).not_to_have_value("")
    expect(page.locator('[data-testid="stMarkdownContainer"] blockquote').first).to_be_visible()
    assert watch.console_errors == []
