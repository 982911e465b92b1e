"""Scheduled ends in the analysis (issue 24): a term's end that lies ahead counts the position as
still held today and no further — it derives no move, proves no overlap and is no exported end
until the day has passed — and once passed it is an end like any other."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.analysis import interchange
from dashboard.analysis.bundle import build
from dashboard.analysis.pages.person import person_view
from dashboard.analysis.stints import derive_moves, parallel
from dashboard.analysis.tables import moves_table, positions_table
from support.interchange import check_popolo, followthemoney_model, parse_quickstatements
from support.records import TODAY, load

DOCUMENT = """Members of Congress.
Ada Alpha served in the House of Representatives from January 3, 2019 to January 3, 2025.
Ada Alpha has served in the Senate since January 3, 2025; her term ends January 3, 2031.
Ben Beta has served in the House since January 3, 2023; his term ends January 3, 2027.
Ben Beta joined the board of the Example Foundation in October 2026; his seat ends in 2028.
Ben Beta sat on the Example Council from 2020 to 2024.
"""

HEAD = """sources:
  roster:
    path: seeds/roster.txt
    url: https://example.org/roster
    language: en
    published: "2026-11-01"
organizations:
  house: {name: House of Representatives, wikidata: Q11701}
  senate: {name: Senate, wikidata: Q66096}
  foundation: {name: Example Foundation, wikidata: Q1000002}
  council: {name: Example Council, wikidata: Q1000003}
people:
  ada: {name: Ada Alpha, wikidata: Q1000004}
  ben: {name: Ben Beta, wikidata: Q1000005}
positions:
"""


def position(pid: str, person: str, org: str, start: str, end: str | None, quote: str, scheduled=False) -> str:
    lines = [f"  - id: {pid}", f"    person: {person}", f"    org: {org}", f'    start: "{start}"']
    lines += [f'    end: "{end}"'] if end else []
    lines += ["    end_scheduled: true"] if scheduled else []
    lines += ["    evidence:", "      - source: roster", f"        quote: {quote}"]
    return "\n".join(lines) + "\n"


LINES = DOCUMENT.splitlines()
ADA_HOUSE = position("ada-house", "ada", "house", "2019-01-03", "2025-01-03", LINES[1])
ADA_SENATE = position("ada-senate", "ada", "senate", "2025-01-03", "2031-01-03", LINES[2], scheduled=True)
BEN_HOUSE = position("ben-house", "ben", "house", "2023-01-03", "2027-01-03", LINES[3], scheduled=True)
BEN_BOARD = position("ben-board", "ben", "foundation", "2026-10", "2028", LINES[4], scheduled=True)
BEN_COUNCIL = position("ben-council", "ben", "council", "2020", "2024", LINES[5])


@pytest.fixture
def root(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "roster.txt").write_text(DOCUMENT, encoding="utf-8")
    return tmp_path


def dataset(root, *positions: str, today: dt.date = TODAY):
    result = load(HEAD + "".join(positions), root=root, today=today)
    assert result.ok, [problem.format("events.yaml") for problem in result.errors]
    return result.dataset


def test_a_current_term_with_its_scheduled_end_derives_the_move_into_it(root):
    """Issue 24: a roster's chamber change (House until 2025, Senate until 2031) was lost with the
    refused current term; now the term is recorded and the move between the two derived."""
    data = dataset(root, ADA_HOUSE, ADA_SENATE)
    assert data.today == TODAY
    [move] = derive_moves(data.document, data.today)
    assert (move.id, move.from_, move.to, str(move.date)) == ("ada-house~ada-senate", "house", "senate", "2025-01-03")
    table = positions_table(data).set_index("id")
    assert table["end_scheduled"].to_dict() == {"ada-house": False, "ada-senate": True}
    assert moves_table(data)["id"].tolist() == ["ada-house~ada-senate"]


def test_a_scheduled_end_still_ahead_derives_nothing_until_the_day_has_passed(root):
    # Ben still holds his House seat on TODAY: the board seat begun in October is no move out of it yet
    ahead = dataset(root, BEN_HOUSE, BEN_BOARD)
    assert derive_moves(ahead.document, ahead.today) == []
    assert not moves_table(ahead)["derived"].any()
    # once the term has ended (the day after its end), the move is derived like any other
    assert derive_moves(ahead.document, dt.date(2027, 1, 3)) == []  # the last day: still held
    passed = dataset(root, BEN_HOUSE, BEN_BOARD, today=dt.date(2027, 1, 4))
    [move] = derive_moves(passed.document, passed.today)
    assert (move.from_, move.to, str(move.date)) == ("house", "foundation", "2026-10")
    assert move.note == "Derived from positions: ben-house ended as scheduled 2027-01-03; ben-board began 2026-10."
    assert moves_table(passed)["derived"].tolist() == [True]


def test_the_planned_part_after_today_proves_no_overlap_until_it_has_happened(root):
    # the council seat (2020-2024) lies partly in the House term's past: held at the same time
    data = dataset(root, BEN_HOUSE, BEN_COUNCIL, BEN_BOARD)
    together = parallel(data.document.positions, data.today)
    assert together["ben-council"] == ["ben-house"]
    # the board seat began in October 2026, by its last day at the latest: the record proves it
    # held beside the House seat only from 2026-10-31 on, which lies ahead of a today of 2026-10-15
    early = dt.date(2026, 10, 15)
    assert parallel(data.document.positions, early)["ben-board"] == []
    assert parallel(data.document.positions, TODAY)["ben-board"] == ["ben-house"]
    assert positions_table(data).set_index("id").loc["ben-board", "parallel"] == ["ben-house"]


def test_the_person_view_holds_it_to_today_and_plans_the_rest(root):
    bundle = build(dataset(root, BEN_COUNCIL, BEN_HOUSE), "digest")
    view = person_view(bundle, "ben", bundle.dataset.today)
    house = view.segments[view.segments["id"] == "ben-house"]
    assert [(row.piece, row.x0, row.x1, row.text) for row in house.itertuples()] == [
        ("held", dt.date(2023, 1, 3), TODAY, ""),
        ("planned", TODAY, dt.date(2027, 1, 3), "scheduled to end 2027-01-03"),
    ]
    assert view.planned and view.today == TODAY
    _council, term = view.positions
    assert term.details == [
        "2023-01-03 → 2027-01-03",
        "scheduled to end 2027-01-03: still held today",
        "held at the same time as Example Council",
    ]
    assert "planned" not in set(view.segments[view.segments["id"] == "ben-council"]["piece"])
    assert "from 2023-01-03, scheduled to end 2027-01-03" in view.hovers["ben-house"]
    # the day after, the term has ended as scheduled: nothing is planned, the line says it is unconfirmed
    later = dt.date(2027, 1, 4)
    view = person_view(bundle, "ben", later)
    assert not view.planned
    assert view.positions[1].details[1] == "scheduled to end 2027-01-03: passed, no source confirms it yet"
    house = view.segments[view.segments["id"] == "ben-house"]
    assert [(row.piece, row.x1) for row in house.itertuples()] == [("held", dt.date(2027, 1, 3))]


def test_the_exports_write_a_scheduled_end_only_once_it_has_passed(root):
    text = [ADA_HOUSE, ADA_SENATE]
    ahead = dataset(root, *text)
    memberships = {m["id"]: m for m in interchange.popolo(ahead)["memberships"]}
    check_popolo(interchange.popolo(ahead))
    senate = memberships["position-ada-senate"]
    assert "end_date" not in senate and senate["start_date"] == "2025-01-03"
    assert senate["sources"][0]["note"].endswith("(end: scheduled for 2031-01-03)")
    assert memberships["position-ada-house"]["end_date"] == "2025-01-03"
    statements = interchange.quickstatements(ahead).lines
    [senate_line] = [line for line in statements if "\tQ66096\t" in line]
    assert "P580" in senate_line and "P582" not in senate_line
    parse_quickstatements(statements)
    passed = dataset(root, *text, today=dt.date(2031, 2, 1))
    senate = {m["id"]: m for m in interchange.popolo(passed)["memberships"]}["position-ada-senate"]
    assert senate["end_date"] == "2031-01-03" and "scheduled for 2031-01-03" in senate["sources"][0]["note"]
    [senate_line] = [line for line in interchange.quickstatements(passed).lines if "\tQ66096\t" in line]
    assert "P582\t+2031-01-03T00:00:00Z/11" in senate_line


def test_followthemoney_leaves_a_scheduled_end_ahead_out_of_end_date_and_says_it(root):
    followthemoney_model()  # skips without the interchange extra
    entities = list(interchange.ftm_entities(dataset(root, ADA_HOUSE, ADA_SENATE)))
    [senate] = [
        e for e in entities if e["schema"] == "Employment" and "position:ada-senate" in e["properties"]["recordId"]
    ]
    assert "endDate" not in senate["properties"] and senate["properties"]["startDate"] == ["2025-01-03"]
    assert senate["properties"]["summary"] == ["end: scheduled for 2031-01-03"]
