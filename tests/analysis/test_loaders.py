"""One loader per page (issue 23): what a page draws is computed once, in analysis/pages, and the
page, the HTML report and ``export --view`` read the same loader."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.analysis import bundle as bundles
from dashboard.analysis import views
from dashboard.analysis.filters import Filters
from dashboard.analysis.pages import flows as flows_page
from dashboard.analysis.pages import sources as sources_page
from dashboard.analysis.pages.flows import flows_view
from dashboard.analysis.pages.organization import organization_view
from dashboard.analysis.pages.overview import NET_BARS, overview_view
from dashboard.analysis.pages.timeline import timeline_view
from dashboard.analysis.selection import select
from dashboard.record.documents import DocumentError
from support.records import load


@pytest.fixture(scope="module")
def shipped(shipped_text):
    result = load(shipped_text)
    assert result.ok, result.errors
    return bundles.build(result.dataset, "")


@pytest.mark.parametrize("level", ["unit", "root"])
@pytest.mark.parametrize("filters", [Filters(), Filters(orgs=("meta",), rumours=True), Filters(years=(2025, 2025))])
def test_the_exported_tables_are_the_flows_pages(shipped, level, filters):
    selection = select(shipped, filters)
    page = flows_view(shipped, selection, level, 20, drawn_at_most=200, rows=3)
    pd.testing.assert_frame_equal(views.view(shipped, selection, "flows", level), page.full_table())
    pd.testing.assert_frame_equal(page.table, page.full_table().head(3))  # the page names only what it shows
    pd.testing.assert_frame_equal(views.view(shipped, selection, "net-flow", level), page.net_table())


def test_export_never_draws_the_sankey(shipped, monkeypatch):
    """Drawing the Sankey is most of the page's time; the tables don't need it."""

    def refuse(*_args, **_kwargs):
        raise AssertionError("the Sankey was drawn")

    monkeypatch.setattr(flows_page, "drawn_links", refuse)
    selection = select(shipped, Filters(rumours=True))
    for name in views.VIEWS:
        assert not views.view(shipped, selection, name, "root").empty
    view = flows_view(shipped, selection, "unit")
    assert view.label("org:meta") == "Meta (arrivals and departures)"  # a bar's label needs no Sankey either
    assert not view.behind("org:meta").empty


def test_the_sankey_caption_says_what_it_gathers_and_leaves_out(shipped):
    view = flows_view(shipped, select(shipped, Filters(rumours=True)), "root", 3, drawn_at_most=2)
    assert view.gathered > 0 and len(view.drawn) == 2
    assert f"The 3 organisations with the most people moved are drawn; {view.gathered:,} others" in view.caption
    assert "Only the 2 largest of" in view.caption
    assert view.names["__other__"] == f"Other ({view.gathered:,} organisations)"
    everything = flows_view(shipped, select(shipped, Filters(rumours=True)), "root")
    assert everything.gathered == 0 and len(everything.drawn) == len(everything.links)  # None: no cap


def test_the_overview_draws_the_top_level_net_flow_of_the_flows_page(shipped):
    selection = select(shipped, Filters())
    overview = overview_view(shipped, selection)
    net = flows_view(shipped, selection, "root").net
    assert set(overview.net_drawn["org_id"]) <= set(net["org_id"])
    assert (overview.net_drawn["net"] > 0).sum() <= NET_BARS and (overview.net_drawn["net"] < 0).sum() <= NET_BARS
    assert overview.people == 13 and overview.organizations > 0 and overview.sources > 0
    assert overview.net_picks == [f"org:{org}" for org in overview.net_drawn["org_id"]]


def test_the_organisation_counts_alone_or_with_its_units(shipped):
    selection = select(shipped, Filters())
    alone = organization_view(shipped, selection, "meta", with_units=False)
    whole = organization_view(shipped, selection, "meta", with_units=True)
    assert (alone.arrived, alone.left) == (5, 4) and (whole.arrived, whole.left) == (8, 5)
    assert "alone" in alone.scope and "with its units" in whole.scope
    came = whole.came_from
    assert dict(zip(came.table["organisation"], came.org_ids, strict=True))["OpenAI"] == "openai"  # linked by id


def test_the_timeline_tells_a_focus_organisations_departures_apart(shipped):
    selection = select(shipped, Filters())
    view = timeline_view(shipped, selection, "meta", drawn_at_most=1)  # dense: people per year
    assert view.dense and view.rows is None
    meta = shipped.dataset.descendants("meta")  # Meta with its units
    assert view.year_picks == ["departure:2025"]  # Pineau left FAIR; the arrivals lie in no single year
    assert view.year_label("departure:2025") == "Departures in 2025"
    behind = view.year_behind("departure:2025")
    assert list(behind["id"]) == ["pineau-leaves-fair"] and set(behind["from_id"]) <= meta
    drawn = timeline_view(shipped, selection, None, drawn_at_most=10_000)
    stay = next(key for key in drawn.record_labels if key.startswith("stay:"))
    moves, quoted = drawn.record(stay)
    assert moves.empty and quoted and all(evidence for _, evidence in quoted)


def test_a_document_that_cannot_be_read_is_a_message_not_an_error(shipped, monkeypatch):
    def unreadable(_path):
        raise DocumentError("document-not-regular", "seeds/x.txt: not a regular file")

    monkeypatch.setattr(sources_page, "read_document", unreadable)
    view = sources_page.source_view(shipped, "insideit-llama-authors")
    assert view.text is None and view.error == "seeds/x.txt: not a regular file"
    assert len(view.moves) == 4  # the records it backs are still there


def test_a_source_name_shows_no_empty_brackets(dataset):
    """The picker and the 'Retells' line name a source with what its title lacks, in brackets, or
    without brackets when its title says it all ('↳ Inside.it.ch, 2023 or later', not '… ()'); a
    report known only by name says it is not stored ('(not stored)', not '(, not stored)')."""
    sources = dataset.document.sources
    names = {source_id: sources_page.source_name(dataset, source_id) for source_id in sources}
    assert all("()" not in name and "(," not in name for name in names.values()), names
    assert names["insideit-llama-authors"] == "↳ " + dataset.source_title("insideit-llama-authors")
    unstored = [sid for sid, source in sources.items() if source.path is None and source.url is None]
    assert unstored and all(names[sid].endswith("not stored)") for sid in unstored)
    assert (
        names["the-information-llama-authors"]
        == dataset.source_title("the-information-llama-authors") + " (not stored)"
    )
