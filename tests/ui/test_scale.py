"""A record too big to draw record by record: the pages cap, aggregate and say so, and the
shortcuts they take give the same answers as the slow way."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from dashboard.analysis.flows import gather, name_people, name_styles, sankey_links
from dashboard.analysis.tables import moves_table, newest_first, stays_table
from dashboard.analysis.timeline import people_per_year
from dashboard.record.load import load_file
from dashboard.synth import write_project
from dashboard.ui.components import limits
from support.apptest import figures, open_page, sankey, texts
from support.records import TODAY

MOVES = 2500


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    """A valid synthetic project of 2,500 moves: more than any page draws one by one."""
    return write_project(tmp_path_factory.mktemp("big"), MOVES, seed=3)


@pytest.fixture(scope="module")
def big_dataset(big):
    result = load_file(big, today=TODAY)
    assert result.ok
    return result.dataset


@pytest.mark.parametrize("level", ["unit", "root"])
def test_naming_some_links_names_them_as_naming_all_does(big_dataset, level):
    moves = moves_table(big_dataset)
    everything = sankey_links(moves, level)
    bare = sankey_links(moves, level, with_people=False)
    assert "people" not in bare
    pd.testing.assert_frame_equal(name_people(bare, moves, level), everything)
    styled = name_styles(bare.head(50), moves, level)
    styles = [styled[f"people_{style}"] for style in ("stated", "inferred", "rumoured")]
    assert all(any(names) for names in zip(*styles, strict=True))  # every link's people are in some style
    assert any(styled["people_rumoured"])  # the synthetic record has rumours
    # the same names when the ends are plain text, not categoricals (the narrowing's other path)
    ends = ["from_id", "to_id", "from_root_id", "to_root_id"]
    plain = name_people(
        bare.astype({"source": object, "target": object}), moves.astype(dict.fromkeys(ends, object)), level
    )
    assert list(plain["people"]) == list(everything["people"])
    some = bare.iloc[[0, 5, 17]]
    assert list(name_people(some, moves, level)["people"]) == list(everything["people"].iloc[[0, 5, 17]])


def test_newest_first_with_a_limit_is_the_head_of_the_full_order(big_dataset):
    moves = moves_table(big_dataset)
    full = newest_first(moves)
    assert list(full["end"]) == sorted(full["end"], reverse=True)
    for limit in (1, 7, 100, len(moves), len(moves) + 5):
        assert list(newest_first(moves, limit)["id"]) == list(full["id"].head(limit))


def test_per_year_counts_every_person_once_in_its_year(big_dataset):
    moves = moves_table(big_dataset)
    stays = stays_table(big_dataset)
    empty = pd.DataFrame(columns=["year"])
    table = people_per_year(moves, stays, empty)
    dated = moves[moves["year"].notna()]
    assert 0 < len(dated) < len(moves)  # the synthetic record has earlier jobs with no single year
    assert table["people"].sum() == dated["headcount"].sum() + stays["year"].notna().sum()
    by_year = table[table["category"] == "move"].set_index("year")["people"]
    assert by_year.to_dict() == dated.groupby(dated["year"].astype("int64"))["headcount"].sum().to_dict()
    focused = people_per_year(moves, empty.assign(year=[]), empty, focus={moves["to_id"].iloc[0]})
    assert "arrival" in set(focused["category"])
    assert focused["people"].sum() == dated["headcount"].sum()


def test_flows_draws_the_largest_links_and_says_how_many_are_left_out(big, monkeypatch):
    at = open_page("flows", big, monkeypatch, top="all")
    assert not at.exception, at.exception
    link = sankey(at)["link"]
    drawn: dict[tuple, int] = {}  # a link of stated and inferred moves is drawn as two parts
    for pair, value in zip(zip(link["source"], link["target"], strict=True), link["value"], strict=True):
        drawn[pair] = drawn.get(pair, 0) + value
    moves = moves_table(load_file(big, today=TODAY).dataset)
    counted = moves[(moves["certainty"] != "rumoured") & (moves["dating"] != "unknown")]  # the defaults
    links = sankey_links(counted, with_people=False)
    assert len(links) > limits.SANKEY_LINKS
    assert list(drawn.values()) == list(links["value"].head(limits.SANKEY_LINKS))
    assert f"Only the {limits.SANKEY_LINKS} largest of {len(links):,} links are drawn" in texts(at)
    labels = [button.proto.label for button in at.get("download_button")]
    assert f"Download all {len(links):,} rows as CSV" in labels
    assert f"Download these {min(len(links), limits.ROWS):,} rows as CSV" in labels


def test_flows_gathers_all_but_the_top_organisations_so_labels_never_crowd(big, monkeypatch):
    at = open_page("flows", big, monkeypatch)  # the default: the top 20
    assert not at.exception, at.exception
    trace = sankey(at)
    labels = trace["node"]["label"]
    moves = moves_table(load_file(big, today=TODAY).dataset)
    counted = moves[(moves["certainty"] != "rumoured") & (moves["dating"] != "unknown")]
    links = sankey_links(counted, with_people=False)
    gathered, count = gather(links, 20)
    assert count > 100  # the synthetic record has hundreds of organisations
    sides = len(labels) - labels.count(f"Other ({count:,} organisations)")
    assert f"Other ({count:,} organisations)" in labels and sides <= 2 * 21  # 20 and Unknown on each side
    assert sum(trace["link"]["value"]) == gathered["value"].head(limits.SANKEY_LINKS).sum()
    assert f"The 20 organisations with the most people moved are drawn; {count:,} others are gathered" in texts(at)
    assert gathered["value"].sum() == links["value"].sum()  # gathering loses no one
    at = open_page("flows", big, monkeypatch, top="10")
    assert len(sankey(at)["node"]["label"]) <= 2 * 12


def test_a_dense_timeline_is_drawn_as_people_per_year(big, monkeypatch):
    at = open_page("timeline", big, monkeypatch)
    assert not at.exception, at.exception
    assert "too many to draw one by one" in texts(at)
    [figure] = figures(at)
    assert {trace["type"] for trace in figure["data"]} == {"bar"}
    assert MOVES > limits.TIMELINE_RECORDS
    # a bar leads to its moves: each bar names its category and year, and the panel lists them
    picks = figure["layout"]["meta"]["picks"]["points"]
    assert picks["0"][0].startswith("move:")
    year = picks["0"][0].partition(":")[2]
    at.selectbox(key="pick_timeline_year").set_value(f"move:{year}").run()
    moves = moves_table(load_file(big, today=TODAY).dataset)
    counted = moves[(moves["certainty"] != "rumoured") & (moves["year"] == int(year))]
    assert f"{len(counted):,} move(s), {int(counted['headcount'].sum()):,} people: Moves in {year}" in texts(at)


def test_a_narrow_filter_brings_the_record_by_record_timeline_back(big, monkeypatch):
    at = open_page("timeline", big, monkeypatch, **{"from": "2024", "to": "2024"})
    assert not at.exception, at.exception
    assert "too many to draw one by one" not in texts(at)
    assert "bar" not in {trace["type"] for trace in figures(at)[0]["data"]}


def test_tables_and_cards_are_capped_with_a_download_of_everything(big, big_dataset, monkeypatch):
    monkeypatch.setattr(limits, "ROWS", 40)
    monkeypatch.setattr(limits, "CARDS", 15)
    moves = moves_table(big_dataset)
    moves = moves[(moves["certainty"] != "rumoured") & (moves["dating"] != "unknown")]  # what the defaults count
    busiest = moves["to_id"][moves["to_id"] != "unknown"].value_counts().index[0]
    touching_busiest = moves[(moves["to_id"] == busiest) | (moves["from_id"] == busiest)]
    at = open_page("organization", big, monkeypatch, focus=busiest)
    assert not at.exception, at.exception
    [table] = [frame for frame in at.dataframe if "quote" in frame.value.columns]
    assert len(table.value) == 40 < len(touching_busiest)
    assert list(table.value["id"]) == list(newest_first(touching_busiest, 40)["id"])
    labels = [button.proto.label for button in at.get("download_button")]
    assert "Download these 40 rows as CSV" in labels
    assert any(label.startswith("Download all ") for label in labels)
    assert "Showing the first 40 of" in texts(at)
    cards = [block for block in at.markdown if str(block.value).startswith("**") and "→" in str(block.value)]
    assert len(cards) == 15
    assert "The newest 15 of" in texts(at)


def test_the_person_picker_offers_a_bounded_list_that_keeps_the_chosen_person(big, big_dataset, monkeypatch):
    monkeypatch.setattr(limits, "PEOPLE", 30)
    people = big_dataset.document.people
    late = max(people, key=lambda person_id: people[person_id].name.casefold())
    at = open_page("person", big, monkeypatch, who=late)
    assert not at.exception, at.exception
    [picker] = [box for box in at.selectbox if box.label == "Person"]
    assert len(picker.options) == 31
    assert picker.value == late
    assert re.search(r"\d+ people match; the list offers the first 30\.", texts(at))
