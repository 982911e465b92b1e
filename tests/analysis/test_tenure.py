"""Stints (issue 27): each rule of :func:`dashboard.analysis.tenure.stints` on a hand-worked case."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.analysis.tenure import YEAR_DAYS, stints
from support.careers import build, move, position, stay
from support.records import TODAY


def _stints(bundle, level="unit", rumours=False):
    return stints(bundle.positions, bundle.moves, bundle.stays, bundle.names, level, bundle.dataset.today, rumours)


def _days(years: float) -> int:
    return round(years * YEAR_DAYS)


def _one(result, org="acme"):
    """(outcome, lower and upper bound in days, start) of the one stint at ``org``."""
    frame = result.frame[result.frame["org_id"] == org]
    assert len(frame) == 1, frame
    row = frame.iloc[0]
    upper = row["upper"] if row["upper"] == float("inf") else _days(row["upper"])
    return row["outcome"], _days(row["lower"]), upper, row["start"]


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


INF = float("inf")

CASES = {
    # a position with a start and an end on a day: ended, 731 days
    "position ended": (
        {"positions": [position("ada", "acme", "2019-01-01", "2021-01-01")]},
        ("ended", 731, 731, d("2019-01-01")),
    ),
    # a move in starts it, a move out ends it
    "move in, move out": (
        {"moves": [move("ada", "beta", "acme", "2019-01-01"), move("ada", "acme", "gamma", "2020-01-01")]},
        ("ended", 365, 365, d("2019-01-01")),
    ),
    # two positions at one organisation, four months apart: one stint
    "gap of four months merges": (
        {
            "positions": [
                position("ada", "acme", "2019-01-01", "2020-01-01"),
                position("ada", "acme", "2020-05-01", "2021-01-01"),
            ]
        },
        ("ended", 731, 731, d("2019-01-01")),
    ),
    # a stay as of a day: held until at least then, right-censored
    "stay as of D": (
        {"moves": [move("ada", "beta", "acme", "2019-01-01")], "stays": [stay("ada", "acme", "2020-01-01")]},
        ("censored", 365, INF, d("2019-01-01")),
    ),
    # a position still held at D
    "still held at D": (
        {"positions": [position("ada", "acme", "2019-01-01", "2020-01-01/..")]},
        ("censored", 365, INF, d("2019-01-01")),
    ),
    # a scheduled end ahead of today: held until today, no further
    "scheduled end ahead": (
        {"positions": [position("ada", "acme", "2025-11-24", "2027-01-03", end_scheduled=True)]},
        ("censored", (TODAY - d("2025-11-24")).days, INF, d("2025-11-24")),
    ),
    # a scheduled end that has passed: ended then
    "scheduled end passed": (
        {"positions": [position("ada", "acme", "2019-01-01", "2020-01-01", end_scheduled=True)]},
        ("ended", 365, 365, d("2019-01-01")),
    ),
    # an end known only between two days: interval-censored
    "end between D1 and D2": (
        {"positions": [position("ada", "acme", "2019-01-01", "2020-01-01/2021-01-01")]},
        ("interval", 365, 731, d("2019-01-01")),
    ),
    # an end known only as 'by D': between the start and D
    "end by D": (
        {"positions": [position("ada", "acme", "2019-01-01", "../2020-01-01")]},
        ("interval", 0, 365, d("2019-01-01")),
    ),
    # a move out 'before D' after a stay: between the stay and D
    "move out before D": (
        {
            "moves": [
                move("ada", "beta", "acme", "2019-01-01"),
                move("ada", "acme", "gamma", "2021-01-01", date_kind="before"),
            ],
            "stays": [stay("ada", "acme", "2020-01-01")],
        },
        ("interval", 365, 731, d("2019-01-01")),
    ),
    # an unknown end: the record proves the start only
    "end unknown": ({"positions": [position("ada", "acme", "2019-01-01")]}, ("censored", 0, INF, d("2019-01-01"))),
    # a start known to a month is taken at the middle of the month, an end to a year at mid-year
    "month and year at their middle": (
        {"positions": [position("ada", "acme", "2019-01", "2020")]},
        ("ended", (d("2020-07-01") - d("2019-01-16")).days, (d("2020-07-01") - d("2019-01-16")).days, d("2019-01-16")),
    ),
    # a start between two days: the duration is interval-censored from both ends
    "start between": (
        {"positions": [position("ada", "acme", "2019-01-01/2019-03-01", "2020-01-01")]},
        ("interval", 306, 365, d("2019-01-01")),
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_stint_rule_on_a_hand_worked_case(tmp_path, name):
    records, expected = CASES[name]
    assert _one(_stints(build(tmp_path, **records))) == expected


def test_a_gap_longer_than_six_months_makes_two_stints(tmp_path):
    bundle = build(tmp_path, positions=[position("ada", "acme", "2019-01-01", "2020-01-01"),
                                        position("ada", "acme", "2020-09-01", "2021-01-01")])  # fmt: skip
    frame = _stints(bundle).frame
    assert [(row.outcome, _days(row.lower)) for row in frame.itertuples()] == [("ended", 365), ("ended", 122)]


@pytest.mark.parametrize(
    "records",
    [
        {"positions": [position("ada", "acme", "../2019", "2020-01-01")]},  # started by 2019: can't be placed
        {"positions": [position("ada", "acme", None, "2020-01-01")]},  # unknown start
        {"moves": [move("ada", "acme", "beta", "2020-01-01")]},  # a move out, no start before it
        {"stays": [stay("ada", "acme", "2020-01-01")]},  # a stay alone
    ],
    ids=["start before D", "start unknown", "move out alone", "stay alone"],
)
def test_a_start_that_cant_be_placed_leaves_the_stint_out_and_counts_it(tmp_path, records):
    result = _stints(build(tmp_path, **records))
    org = {"moves": "acme"}.get(next(iter(records)), "acme")
    assert result.frame[result.frame["org_id"] == org].empty
    assert list(result.left_out["org_id"]) == [org]
    assert list(result.left_out["reason"]) == ["start can't be placed"]


def test_a_move_out_and_a_stay_of_one_unplaced_stint_count_once(tmp_path):
    bundle = build(
        tmp_path, moves=[move("ada", "acme", "beta", "2021-01-01")], stays=[stay("ada", "acme", "2020-01-01")]
    )
    left = _stints(bundle).left_out
    assert len(left[left["org_id"] == "acme"]) == 1
    assert sorted(left.iloc[0]["records"]) == ["mov-0", "sta-0"]


def test_rumoured_ends_follow_the_rumour_switch(tmp_path):
    bundle = build(tmp_path, moves=[move("ada", "beta", "acme", "2019-01-01"),
                                    move("ada", "acme", "gamma", "2020-01-01", certainty="rumoured")])  # fmt: skip
    off = _stints(bundle)
    acme = off.frame[off.frame["org_id"] == "acme"].iloc[0]
    assert (acme["outcome"], acme["rumoured"], off.rumours_skipped) == ("censored", False, 1)
    on = _stints(bundle, rumours=True)
    acme = on.frame[on.frame["org_id"] == "acme"].iloc[0]
    assert (acme["outcome"], _days(acme["lower"]), acme["rumoured"]) == ("ended", 365, True)
    assert "gamma" in set(on.frame["org_id"]) and "gamma" not in set(off.frame["org_id"])


def test_an_inferred_detail_and_an_estimated_date_mark_the_stint(tmp_path):
    bundle = build(tmp_path, positions=[position("ada", "acme", "2019-01-01", "2020-01-01", end_estimated=True)])
    row = _stints(bundle).frame.iloc[0]
    assert (row["estimated"], row["inferred"]) == (True, False)


def test_level_root_keeps_a_stint_across_a_move_inside_one_organisation(tmp_path):
    records = {"moves": [move("ada", "beta", "fair", "2019-01-01"), move("ada", "fair", "meta", "2020-01-01"),
                         move("ada", "meta", "gamma", "2021-01-01")]}  # fmt: skip
    bundle = build(tmp_path, **records)
    unit = _stints(bundle, "unit").frame.set_index("org_id")
    assert _days(unit.loc["fair", "lower"]) == 365 and _days(unit.loc["meta", "lower"]) == 366
    root = _stints(bundle, "root").frame.set_index("org_id")
    assert root.loc["meta", "outcome"] == "ended" and _days(root.loc["meta", "lower"]) == 731
    assert "fair" not in root.index


def test_moves_of_unnamed_groups_are_counted_not_followed(tmp_path):
    bundle = build(tmp_path, moves=[move("ada", "beta", "acme", "2019-01-01")])
    result = _stints(bundle)
    assert result.groups == 0
    moves = bundle.moves.copy()
    moves.loc[0, "person_id"] = None
    grouped = stints(bundle.positions, moves, bundle.stays, bundle.names, "unit", TODAY)
    assert grouped.groups == 1 and grouped.frame.empty


def test_a_move_that_confirms_a_positions_end_adds_its_record_not_a_stint(tmp_path):
    bundle = build(tmp_path, positions=[position("ada", "acme", "2019-01-01", "2020-01-01")],
                   moves=[move("ada", "acme", "beta", "2020-02-01")])  # fmt: skip
    result = _stints(bundle)
    acme = result.frame[result.frame["org_id"] == "acme"]
    assert len(acme) == 1 and _days(acme.iloc[0]["lower"]) == 365
    assert sorted(acme.iloc[0]["records"]) == ["mov-0", "pos-0"] and result.left_out.empty
