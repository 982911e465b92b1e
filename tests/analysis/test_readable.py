"""Charts that stay readable and counts that say what they count (issue 15, part 4)."""

from __future__ import annotations

import pandas as pd

from dashboard.analysis import bundle as bundles
from dashboard.analysis.filters import Filters, parse_query, to_query
from dashboard.analysis.flows import OTHER, extremes, gather, net_flow, sankey_links
from dashboard.analysis.selection import select
from dashboard.analysis.tables import moves_table, people_moved
from dashboard.record.load import load_file
from support.records import SHIPPED


def net_table(values: dict[str, int]) -> pd.DataFrame:
    frame = pd.DataFrame({"org_id": list(values), "net": list(values.values())})
    return frame.sort_values(["net", "org_id"], ascending=[False, True], ignore_index=True)


def test_extremes_never_call_a_gainer_a_loser():
    shown, rest = extremes(net_table({f"o{n}": n + 1 for n in range(30)}), 5)  # everyone gained
    assert list(shown["net"]) == [30, 29, 28, 27, 26]
    assert rest == "25 more organisations with a net between +1 and +25 are not drawn."
    shown, rest = extremes(net_table({"a": 3, "b": -2, "c": 0, "d": -7}), 5)
    assert list(shown["org_id"]) == ["a", "b", "d"] and rest == "1 more organisation with a net +0 is not drawn."


def test_gathering_keeps_every_person_and_unknown_apart():
    links = pd.DataFrame(
        {
            "source": ["a", "b", "c", "unknown", "d"],
            "target": ["b", "c", "a", "a", "unknown"],
            "value": [5, 4, 1, 7, 1],
            "moves": [5, 4, 1, 7, 1],
            "rumoured": [1, 0, 0, 0, 0],
            "inferred": [0, 0, 1, 0, 0],
            "undated": [0, 0, 0, 0, 1],
            "inferred_stated": [0, 0, 1, 0, 0],
        }
    )
    gathered, count = gather(links, 2)  # people in and out: a 13, b 9, c 5, d 1; Unknown is never gathered
    assert count == 2
    assert set(gathered["source"]) | set(gathered["target"]) == {"a", "b", OTHER, "unknown"}
    assert gathered["value"].sum() == links["value"].sum()
    assert gathered[["rumoured", "inferred", "undated"]].sum().tolist() == [1, 1, 1]
    everything, none = gather(links, None)
    assert everything is links and none == 0


def test_people_moved_counts_people_not_moves():
    dataset = load_file(SHIPPED).dataset
    moves = moves_table(dataset)
    named = moves[moves["person_id"].notna()]
    assert named["person_id"].duplicated().any()  # Pang moved twice
    assert people_moved(moves) == named["person_id"].nunique() + moves.loc[moves["group"].notna(), "headcount"].sum()
    assert people_moved(moves) < moves["headcount"].sum()


def test_unknown_ends_can_be_left_out_and_are_then_counted_as_left_out():
    dataset = load_file(SHIPPED).dataset
    bundle = bundles.build(dataset, "")
    hidden = select(bundle, Filters(unknown=False))
    assert not ((hidden.moves["from_id"] == "unknown") | (hidden.moves["to_id"] == "unknown")).any()
    assert set(hidden.left_out.unknown["id"]) == {"pineau-leaves-fair", "friedman-to-meta"}
    assert any("Left out: 2 moves (2 people) from or to 'Unknown'" in line for line in hidden.notes())
    assert "unknown" not in set(net_flow(hidden.moves, "unit")["org_id"])
    assert "unknown" not in set(sankey_links(hidden.moves)["source"].astype(object))
    assert to_query(Filters(unknown=False)) == {"unknown": ["0"]}
    assert parse_query({"unknown": ["0"]}, bundle.bounds).filters == Filters(unknown=False)
    assert parse_query({"unknown": ["no"]}, bundle.bounds).notices == [
        "Ignored unknown='no': write unknown=0 to leave out moves from or to 'Unknown'."
    ]
