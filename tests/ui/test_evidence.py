"""Every mark leads to its evidence (issue 17, part 1): a link, node or bar names the moves behind
it, the Flows page shows them with their quotes (from a click, or from the keyboard) and narrows
the filters to them; a link's hover shows its first quote."""

from __future__ import annotations

import json

import pytest

from dashboard.analysis.flows import OTHER, drawn_links, first_quotes, moves_behind, pick_label, sankey_links
from dashboard.analysis.tables import moves_table
from support.apptest import figures, open_page, sankey, texts
from support.records import SHIPPED, load


@pytest.fixture(scope="module")
def moves():
    return moves_table(load(SHIPPED.read_text(encoding="utf-8")).dataset)


def ids(frame) -> set[str]:
    return set(frame["id"])


def test_a_pick_names_exactly_the_moves_behind_a_link_a_node_or_a_bar(moves):
    assert ids(moves_behind(moves, "unit", "link:meta|mistral-ai")) == {
        "lacroix-meta-to-mistral", "lample-meta-to-mistral", "lachaux-meta-to-mistral",
    }  # fmt: skip
    assert ids(moves_behind(moves, "unit", "from:meta")) == ids(moves[moves["from_id"] == "meta"])
    assert ids(moves_behind(moves, "unit", "to:apple")) == {"joulin-meta-to-apple"}
    at_root = moves_behind(moves, "root", "org:meta")
    assert "joulin-meta-to-apple" in ids(at_root) and "pang-apple-to-meta" in ids(at_root)
    assert not ((at_root["from_root_id"] == "meta") & (at_root["to_root_id"] == "meta")).any()  # inside Meta: no flow
    # 'Other' stands for every organisation not drawn one by one
    others = moves_behind(moves, "unit", f"link:{OTHER}|meta", ({"openai", "scale-ai"}, {"meta"}))
    assert ids(others) == ids(moves[(moves["to_id"] == "meta") & ~moves["from_id"].isin(["openai", "scale-ai"])])
    assert pick_label("link:meta|apple", {"meta": "Meta", "apple": "Apple"}) == "Meta → Apple"
    assert pick_label("org:meta", {"meta": "Meta"}) == "Meta (arrivals and departures)"
    with pytest.raises(ValueError, match="not a pick"):
        moves_behind(moves, "unit", "meta")


def test_a_links_hover_shows_the_first_quote_of_its_newest_move(moves, monkeypatch):
    links = sankey_links(moves, with_people=False)
    quotes = first_quotes(links, moves, "unit")
    row = links.index[(links["source"] == "meta") & (links["target"] == "apple")][0]
    assert quotes[row].startswith("Armand Joulin, ein weiterer Llama-Autor, verliess Meta")
    drawn, _, _ = drawn_links(links, moves, "unit", 20)
    assert drawn["quote"].astype(bool).all()
    at = open_page("flows", monkeypatch=monkeypatch)
    trace = sankey(at)
    assert any("“Armand Joulin, ein weiterer Llama-Autor" in data[2] for data in trace["link"]["customdata"])
    assert "%{customdata[2]}" in trace["link"]["hovertemplate"]


def test_the_flows_page_shows_the_moves_behind_a_pick_and_narrows_the_filters_to_it(monkeypatch):
    at = open_page("flows", monkeypatch=monkeypatch)
    assert at.selectbox(key="pick_sankey").value is None
    at.selectbox(key="pick_sankey").set_value("link:meta|mistral-ai").run()
    page = texts(at)
    assert "3 move(s), 3 people: Meta → Mistral AI" in page
    assert "Zu den Forschenden und Ingenieuren, die Meta verlassen haben" in page  # the cards carry the quotes
    at.button(key="narrow_sankey").click().run()
    assert at.multiselect(key="f_orgs").value == ["meta", "mistral-ai"]
    # a net-flow bar, from the keyboard
    at.selectbox(key="pick_net").set_value("org:mistral-ai").run()
    assert "Mistral AI (arrivals and departures)" in texts(at)


def test_names_in_tables_and_cards_link_to_their_pages_with_the_filters_kept(monkeypatch):
    at = open_page("organization", monkeypatch=monkeypatch, org="mistral-ai", rumours="1")
    cards = [m.value for m in at.markdown if "→" in m.value]
    assert any("(/person?who=timothee-lacroix&org=mistral-ai&rumours=1)" in card for card in cards)
    assert any("(/organization?focus=meta&org=mistral-ai&rumours=1)" in card for card in cards)
    [moves] = [frame for frame in at.dataframe if "who" in frame.value.columns and "quote" in frame.value.columns]
    assert any(url.startswith("/person?who=") and url.endswith("#Timothée Lacroix") for url in moves.value["who"])
    config = json.loads(moves.proto.columns)
    assert {column: config[column]["type_config"] for column in ("who", "from", "to")} == {
        column: {"type": "link", "display_text": "#(.*)$"} for column in ("who", "from", "to")
    }  # shown as the text after '#': the names


def test_a_timeline_marker_leads_to_its_record_and_quotes(monkeypatch):
    at = open_page("timeline", monkeypatch=monkeypatch)
    [figure] = figures(at)
    picks = figure["layout"]["meta"]["picks"]["points"]
    assert any("move:joulin-meta-to-apple" in names for names in picks.values())
    at.selectbox(key="pick_timeline").set_value("move:joulin-meta-to-apple").run()
    assert "Armand Joulin, ein weiterer Llama-Autor, verliess Meta bereits im Mai" in texts(at)
    at.selectbox(key="pick_timeline").set_value("claim:llama-paper-authors").run()
    page = texts(at)  # a cohort's line: each of its claims in view, with its quotes
    assert "Only three of the 14 authors still work at Meta." in page
    assert "arbeiten nur drei noch bei Meta" in page


def test_the_links_table_and_a_sources_stays_link_their_organisations_and_people(monkeypatch):
    at = open_page("flows", monkeypatch=monkeypatch, org="meta")
    [links] = [frame for frame in at.dataframe if "origin" in frame.value.columns]
    row = links.value[links.value["destination"].str.endswith("#Mistral AI")].iloc[0]
    assert row["origin"] == "/organization?focus=meta&org=meta#Meta"
    assert row["destination"] == "/organization?focus=mistral-ai&org=meta#Mistral AI"
    at = open_page("sources", monkeypatch=monkeypatch, source="de-meta-ai-team-exodus")
    [stays] = [frame for frame in at.dataframe if "org" in frame.value.columns and "person" in frame.value.columns]
    assert "/person?who=hugo-touvron#Hugo Touvron" in set(stays.value["person"])


def test_the_overview_bars_and_the_organisation_years_lead_to_their_moves(monkeypatch):
    at = open_page("overview", monkeypatch=monkeypatch)
    at.selectbox(key="pick_overview").set_value("org:mistral-ai").run()
    assert "3 move(s), 3 people: Mistral AI (arrivals and departures)" in texts(at)
    at = open_page("organization", monkeypatch=monkeypatch, focus="fair")  # Pineau's departure: dated 2025
    [figure] = figures(at)
    picks = figure["layout"]["meta"]["picks"]["points"]
    assert (picks["0"], picks["1"]) == (["arrival:2025"], ["departure:2025"])  # a pick per bar, per series
    departures = picks["1"]
    at.selectbox(key="pick_per_year").set_value(departures[0]).run()
    page = texts(at)
    assert f"departures from FAIR in {departures[0].partition(':')[2]}" in page
    assert "Joelle Pineau" in page
    assert not [b for b in at.button if b.key == "narrow_per_year"]  # a year names no organisation to narrow to


def test_a_moves_tables_sources_are_named_as_every_page_names_them(monkeypatch):
    at = open_page("organization", monkeypatch=monkeypatch, focus="apple")
    [moves] = [frame.value for frame in at.dataframe if "quote" in frame.value.columns]
    joulin = moves[moves["who"].str.endswith("#Armand Joulin")].iloc[0]
    assert joulin["source"].startswith("/sources?source=insideit-llama-authors")
    assert "Inside.it.ch, 2023 or later" in joulin["source"].partition("#")[2] and "seeds/" not in joulin["source"]
    [came] = [frame.value for frame in at.dataframe if list(frame.value.columns) == ["organisation", "people"]][:1]
    assert came["organisation"].iloc[0] == "/organization?focus=meta#Meta"  # where Apple's arrivals came from
