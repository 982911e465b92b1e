"""The pure analysis layer: filters, flows, organisation views, careers, cohorts, timeline rows."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.analysis import careers, cohorts, flows, organization, timeline
from dashboard.analysis.filters import (
    Bounds,
    Filters,
    bounds,
    filter_claims,
    filter_moves,
    filter_stays,
    parse_query,
    select_claims,
    select_moves,
    select_stays,
    to_query,
)
from dashboard.analysis.tables import claims_table, moves_table, records, stays_table
from support.records import load


@pytest.fixture(scope="module")
def moves(dataset):
    return moves_table(dataset)


@pytest.fixture(scope="module")
def stays(dataset):
    return stays_table(dataset)


# --- filters -----------------------------------------------------------------------------------

BOUNDS = Bounds(orgs=("meta", "mistral-ai"), years=(2023, 2025), cohorts=("llama-paper-authors",))


@pytest.mark.parametrize(
    ("params", "filters", "notices"),
    [
        ({}, Filters(), 0),
        ({"org": ["meta", "meta", "mistral-ai"]}, Filters(orgs=("meta", "mistral-ai")), 0),
        ({"org": ["meta", "nope"]}, Filters(orgs=("meta",)), 1),
        ({"from": ["2024"]}, Filters(years=(2024, 2025)), 0),
        ({"from": ["2020"], "to": ["2024"]}, Filters(years=(2023, 2024)), 0),  # clipped to the data
        ({"from": ["2023"], "to": ["2025"]}, Filters(), 0),  # the full range is no filter
        ({"from": ["abcd"]}, Filters(), 1),
        ({"from": ["2025"], "to": ["2024"]}, Filters(), 1),
        ({"from": ["2030"]}, Filters(), 1),
        ({"cohort": ["llama-paper-authors"]}, Filters(cohort="llama-paper-authors"), 0),
        ({"cohort": ["x"]}, Filters(), 1),
        ({"q": ["  lample "]}, Filters(query="lample"), 0),
    ],
)
def test_parse_query(params, filters, notices):
    parsed = parse_query(params, BOUNDS)
    assert parsed.filters == filters
    assert len(parsed.notices) == notices


@pytest.mark.parametrize(
    "filters",
    [Filters(), Filters(orgs=("meta", "mistral-ai"), years=(2023, 2024), cohort="llama-paper-authors", query="x")],
)
def test_query_round_trip(filters):
    assert parse_query(to_query(filters), BOUNDS).filters == filters


def test_bounds_of_the_shipped_data(dataset, moves):
    from dashboard.analysis.bundle import build

    assert set(moves["year"].dropna()) == {2025}  # only Pineau's move lies in one year
    # The years are those the dates' bounds name: "2023/.." names 2023, an open end none.
    found = build(dataset, "digest").bounds
    assert found.years == (2023, 2025)
    assert set(found.orgs) == set(dataset.document.organizations)
    assert bounds(dataset, [2024, 2023, 2025]).years == (2023, 2025)
    assert bounds(dataset, []).years is None


def shipped_with(text: str, old: str, new: str, count: int = 1) -> str:
    """``text`` with ``old`` replaced (``count`` times, or every time for -1); ``old`` must occur."""
    assert old in text, f"{old!r} not in the text"
    return text.replace(old, new, count)


@pytest.fixture(scope="module")
def exact_2023(shipped_text):
    """The shipped record with the moves dated "2023 or later" dated exactly 2023, and Joulin's
    departure exactly May 2023: the record as it was before the dates were re-read."""
    text = shipped_with(shipped_text, 'date: "2023/.."', 'date: "2023"', -1)
    text = shipped_with(text, 'date: "2023-05/.."', 'date: "2023-05"')
    result = load(text)
    assert result.ok, [p.message for p in result.errors]
    return result.dataset


def test_org_filter_matches_either_end_and_includes_units(dataset, moves):
    kept = filter_moves(moves, dataset, Filters(orgs=("meta",)))
    assert all(
        dataset.org_roots.get(row.from_id) == "meta" or dataset.org_roots.get(row.to_id) == "meta"
        for row in kept.itertuples()
    )
    assert "pineau-leaves-fair" in set(kept["id"])  # FAIR is a unit of Meta
    only_fair = filter_moves(moves, dataset, Filters(orgs=("fair",)))
    assert list(only_fair["id"]) == ["pineau-leaves-fair"]


def test_year_cohort_and_person_filters(dataset, moves):
    in_2025 = filter_moves(moves, dataset, Filters(years=(2025, 2025)))
    assert list(in_2025["id"]) == ["pineau-leaves-fair"] and set(in_2025["year"]) == {2025}
    cohort = filter_moves(moves, dataset, Filters(cohort="llama-paper-authors"))
    assert set(cohort["person_id"]) == {"timothee-lacroix", "guillaume-lample", "marie-anne-lachaux", "armand-joulin"}
    by_alias = filter_moves(moves, dataset, Filters(query="timothee"))  # the alias without the accent
    assert list(by_alias["person_id"]) == ["timothee-lacroix"]
    groups = filter_moves(moves, dataset, Filters(query="scientists"))
    assert set(groups["headcount"]) == {3}


def test_stays_and_claims_follow_the_same_filters(dataset):
    stays, claims = stays_table(dataset), claims_table(dataset)
    assert set(filter_stays(stays, dataset, Filters(orgs=("safe-superintelligence",)))["person_id"]) == {
        "ilya-sutskever"
    }
    assert len(filter_claims(claims, dataset, Filters(cohort="meta-ai-researchers"))) == 5
    assert filter_claims(claims, dataset, Filters(query="anyone")).empty


def test_a_year_filter_counts_only_dates_wholly_inside_the_years(dataset, moves):
    kept, left = select_moves(moves, dataset, Filters(years=(2023, 2023)))
    assert kept.empty  # every 2023 date of the record is "2023 or later": it may lie after 2023
    undatable = set(left.undatable["id"])
    assert "lacroix-meta-to-mistral" in undatable and "joulin-meta-to-apple" in undatable
    assert "pang-alphabet-to-apple" in undatable  # an unknown date overlaps every year
    assert "pineau-leaves-fair" not in undatable  # 2025 lies wholly outside 2023: no match, not left out
    assert "gross-ssi-to-meta" not in undatable  # rumoured: not counted whatever its date
    assert len(undatable) == len(moves) - 2
    kept, left = select_moves(moves, dataset, Filters(years=(2024, 2025)))
    assert list(kept["id"]) == ["pineau-leaves-fair"] and len(left.undatable) == len(moves) - 2


def test_year_filter_on_exact_years(exact_2023):
    moves = moves_table(exact_2023)
    kept, left = select_moves(moves, exact_2023, Filters(years=(2023, 2023)))
    assert set(kept["year"]) == {2023}
    assert "joulin-meta-to-apple" in set(kept["id"]) and "pineau-leaves-fair" not in set(kept["id"])
    assert set(left.undatable["date"]) == {"unknown"}  # only the earlier jobs can't be placed
    assert set(filter_moves(moves, exact_2023, Filters(years=(2025, 2025)))["id"]) == {"pineau-leaves-fair"}


def test_stays_and_claims_between_two_years_are_in_when_both_ends_are(dataset):
    stays, claims = stays_table(dataset), claims_table(dataset)
    kept, left = select_stays(stays, dataset, Filters(years=(2023, 2025)))
    assert "zuckerberg-at-meta-2024" in set(kept["id"])  # 2023/2025 lies wholly in 2023–2025
    assert set(left["id"]) == {"lecun-at-meta", "sutskever-at-ssi", "zuckerberg-at-meta-2025"}  # 2023 or later
    kept, left = select_stays(stays, dataset, Filters(years=(2025, 2025)))
    assert set(kept["as_of"]) == {"2025"} and len(kept) == 5
    assert "zuckerberg-at-meta-2024" in set(left["id"])  # overlaps 2025 but may lie before
    kept, left = select_claims(claims, dataset, Filters(years=(2025, 2025)))
    assert (len(kept), len(left)) == (4, 5)
    kept, left = select_claims(claims, dataset, Filters(years=(2024, 2025), query="anyone"))
    assert kept.empty and left.empty  # a person search hides claims, counted or not


def test_rumoured_moves_count_only_when_included(dataset, moves):
    kept, left = select_moves(moves, dataset, Filters(orgs=("safe-superintelligence",)))
    assert kept.empty and list(left.rumoured["id"]) == ["gross-ssi-to-meta"] and bool(left)
    kept, left = select_moves(moves, dataset, Filters(orgs=("safe-superintelligence",), rumours=True))
    assert list(kept["id"]) == ["gross-ssi-to-meta"] and left.rumoured.empty and not left
    assert "gross-ssi-to-meta" not in set(filter_moves(moves, dataset, Filters())["id"])
    unknown = moves["dating"] == "unknown"  # left out without a year filter too: the record can't date them
    assert len(filter_moves(moves, dataset, Filters(rumours=True))) == len(moves) - unknown.sum() == 12
    assert parse_query({"rumours": ["1"]}, BOUNDS).filters == Filters(rumours=True)
    assert parse_query(to_query(Filters(rumours=True)), BOUNDS).filters == Filters(rumours=True)
    parsed = parse_query({"rumours": ["yes"]}, BOUNDS)
    assert parsed.filters == Filters() and len(parsed.notices) == 1


# --- flows -----------------------------------------------------------------------------------


def test_links_sum_headcounts_and_list_people(moves):
    links = flows.sankey_links(moves, "unit").set_index(["source", "target"])
    assert links.loc[("meta", "mistral-ai"), "value"] == 3
    assert links.loc[("meta", "mistral-ai"), "people"] == "Timothée Lacroix, Guillaume Lample, Marie-Anne Lachaux"
    # the three scientists, one record, from the OpenAI office in Switzerland they had set up
    assert links.loc[("openai-switzerland", "meta"), "value"] == 3
    assert links.loc[("openai-switzerland", "meta"), "moves"] == 1
    assert links.loc[("openai", "meta-superintelligence-labs"), "value"] == 1
    assert links["value"].sum() == moves["headcount"].sum()
    roots = flows.sankey_links(moves, "root").set_index(["source", "target"])
    assert roots.loc[("openai", "meta"), "value"] == 4  # the scientists and Yuanzhi Li (to a unit of Meta)
    assert roots.loc[("openai", "meta"), "moves"] == 2


def test_links_count_marked_people(moves):
    links = flows.sankey_links(moves, "unit").set_index(["source", "target"])
    gross = links.loc[("safe-superintelligence", "meta-superintelligence-labs")]
    assert (gross["rumoured"], gross["inferred"], gross["inferred_stated"]) == (1, 1, 0)  # rumoured wins
    li = links.loc[("openai", "meta-superintelligence-labs")]
    assert (li["rumoured"], li["inferred"], li["inferred_stated"], li["undated"]) == (0, 1, 1, 1)
    pineau = links.loc[("fair", "unknown")]
    assert (pineau["rumoured"], pineau["inferred"], pineau["undated"]) == (0, 0, 0)
    assert links["undated"].sum() == moves.loc[moves["year"].isna(), "headcount"].sum()


def test_root_level_rolls_up_and_drops_internal_moves():
    frame = pd.DataFrame(
        {
            "from_id": ["meta", "fair", "apple"],
            "to_id": ["fair", "unknown", "meta-superintelligence-labs"],
            "from_root_id": ["meta", "meta", "apple"],
            "to_root_id": ["meta", "unknown", "meta"],
            "headcount": [1, 1, 2],
            "person": ["A", "B", None],
            "group": [None, None, "two engineers"],
        }
    )
    links = flows.sankey_links(frame, "root")
    assert set(zip(links["source"], links["target"], links["value"], strict=True)) == {
        ("meta", "unknown", 1),
        ("apple", "meta", 2),
    }
    assert len(flows.internal_moves(frame, "root")) == 1
    assert links.loc[links["source"] == "apple", "people"].item() == "2 × two engineers"
    net = flows.net_flow(frame, "root").set_index("org_id")
    assert net.loc["meta", "net"] == 1 and net.loc["apple", "net"] == -2
    assert "unknown" not in net.index


def test_long_people_lists_are_capped():
    names = [f"P{i}" for i in range(20)]
    frame = pd.DataFrame({"from_id": ["a"] * 20, "to_id": ["b"] * 20, "headcount": [1] * 20, "person": names,
                          "group": [None] * 20})  # fmt: skip
    people = flows.sankey_links(frame)["people"].item()
    assert people.endswith("… and 8 more") and people.startswith("P0, P1")


@pytest.mark.parametrize("dense", [True, False])
def test_link_totals_on_category_codes_equal_a_groupby(dense, monkeypatch):
    """The fast path of sankey_links (integer codes, dense or sorted) gives what pandas' groupby
    gives, for categorical ends with unused categories, missing ends and repeated pairs."""
    import numpy as np

    if not dense:
        monkeypatch.setattr(flows, "DENSE_PAIRS", 0)
    rng = np.random.default_rng(7)
    categories = [f"org-{index:02d}" for index in range(30)]
    ends = rng.choice([*categories[:20], None], size=(2, 3000), p=[0.049] * 20 + [0.02])
    frame = pd.DataFrame(
        {
            "source": pd.Categorical(ends[0], categories=categories),
            "target": pd.Categorical(ends[1], categories=categories),
            "headcount": rng.integers(1, 5, size=3000),
            **{mark: rng.random(3000) < 0.3 for mark in flows._COUNTED},
        }
    )
    weighted = frame.assign(**{f"_{mark}": frame["headcount"] * frame[mark] for mark in flows._COUNTED})
    expected = (
        weighted.groupby(["source", "target"], sort=False, observed=True)
        .agg(value=("headcount", "sum"), moves=("headcount", "size"),
             **{mark: (f"_{mark}", "sum") for mark in flows._COUNTED})
        .reset_index()
    )  # fmt: skip
    order = ["source", "target"]
    got = flows._link_totals(frame)
    pd.testing.assert_frame_equal(
        got.sort_values(order, ignore_index=True), expected.sort_values(order, ignore_index=True)
    )
    assert got["moves"].sum() == frame[["source", "target"]].notna().all(axis=1).sum()


def test_no_moves_no_links():
    empty = pd.DataFrame(columns=["from_id", "to_id", "headcount", "person", "group"])
    assert flows.sankey_links(empty).empty
    assert flows.net_flow(empty).empty


# --- organisation ------------------------------------------------------------------------------


def test_directions_and_counterparts(dataset, moves):
    meta = dataset.descendants("meta")
    marked = organization.touching(moves, meta).set_index("id")["direction"]
    assert marked["lacroix-meta-to-mistral"] == "departure"
    assert marked["li-openai-to-meta"] == "arrival"
    assert "pang-alphabet-to-apple" not in marked
    came = organization.counterparts(moves, meta, "from")
    assert came.iloc[0].tolist() == ["OpenAI office in Switzerland", 3]  # the three scientists
    went = organization.counterparts(moves, meta, "to")
    assert dict(zip(went["organisation"], went["people"], strict=True)) == {"Mistral AI": 3, "Apple": 1, "Unknown": 1}


def test_per_year_leaves_out_earlier_jobs(dataset, moves, shipped_text):
    apple = dataset.descendants("apple")
    # Shipped: Joulin arrived "2023-05 or later", Pang's earlier job is undated: no year to count.
    assert organization.arrivals_per_year(moves, apple).empty
    # Dated exactly, with Pang's earlier job "before 2025" and his move to Meta in 2025.
    text = shipped_with(shipped_text, 'date: "2023-05/.."', 'date: "2023-05"')
    text = shipped_with(text, "    date: unknown\n    date_kind: effective\n    note: An earlier job, before his move",
                        '    date: "2025"\n    date_kind: before\n    note: An earlier job, before his move')  # fmt: skip
    text = shipped_with(text, '    from: apple-foundation-models\n    to: meta-superintelligence-labs\n    date: "2023/.."',
                        '    from: apple-foundation-models\n    to: meta-superintelligence-labs\n    date: "2025"')  # fmt: skip
    result = load(text)
    assert result.ok, [p.message for p in result.errors]
    table = organization.arrivals_per_year(moves_table(result.dataset), apple)
    # Pang joined Apple's team "before 2025" (no year known): not counted; Joulin arrived in 2023.
    assert table.to_dict("records") == [
        {"year": 2023, "arrivals": 1, "departures": 0},
        {"year": 2025, "arrivals": 0, "departures": 1},
    ]


# --- careers and cohorts -----------------------------------------------------------------------


def test_career_orders_earlier_jobs_first(dataset, moves, stays):
    steps = careers.career(dataset, moves, stays, "ruoming-pang")
    assert [(s["from_org"], s["to_org"]) for s in steps] == [
        ("Alphabet", "Apple Foundation Model team"),
        ("Apple Foundation Model team", "Superintelligence Labs"),
    ]
    assert careers.describe_date(steps[0]) == "unknown date"  # placed before the step that leaves Apple
    assert careers.describe_date(steps[1]) == "2023 or later (reported), estimated"


def test_career_orders_an_earlier_job_before_d_first(shipped_text):
    text = shipped_with(shipped_text, "    date: unknown\n    date_kind: effective\n    note: An earlier job, before his move",
                        '    date: "2025"\n    date_kind: before\n    date_estimated: true\n    note: An earlier job, before his move')  # fmt: skip
    # Pang's move to Meta, written first in the file, at the same date as the earlier job.
    pang = shipped_text[
        shipped_text.index("  - id: pang-apple-to-meta") : shipped_text.index("  - id: friedman-to-meta")
    ]
    earlier = text[text.index("  - id: pang-alphabet-to-apple") : text.index("  - id: pang-apple-to-meta")]
    text = shipped_with(text, earlier + pang, pang.replace('date: "2023/.."', 'date: "2025"') + earlier)
    result = load(text)
    assert result.ok, [p.message for p in result.errors]
    dataset = result.dataset
    steps = careers.career(dataset, moves_table(dataset), stays_table(dataset), "ruoming-pang")
    assert [step["id"] for step in steps] == ["pang-alphabet-to-apple", "pang-apple-to-meta"]
    assert careers.describe_date(steps[0]) == "before 2025, estimated"
    assert careers.describe_date(steps[1]) == "2025 (reported), estimated"


def test_career_puts_an_undated_step_before_the_step_that_leaves_where_it_arrived(dataset, moves, stays):
    # Alphabet -> Apple (no date), then Apple -> Meta (2023 or later): the undated step goes first,
    # wherever the file writes it.
    steps = careers.career(dataset, moves.iloc[::-1], stays, "ruoming-pang")
    assert [step["id"] for step in steps] == ["pang-alphabet-to-apple", "pang-apple-to-meta"]
    assert careers.describe_date(steps[0]) == "unknown date"
    # With no step leaving where it arrived, an undated step goes last.
    changed = moves.copy()
    changed.loc[changed["id"] == "pang-apple-to-meta", "from_id"] = "openai"
    steps = careers.career(dataset, changed, stays, "ruoming-pang")
    assert [step["id"] for step in steps] == ["pang-apple-to-meta", "pang-alphabet-to-apple"]


def test_career_includes_stays(dataset, moves, stays):
    [step] = careers.career(dataset, moves, stays, "hugo-touvron")
    assert (step["kind"], step["to_org"], careers.describe_date(step)) == ("stay", "Meta", "as of 2025, estimated")


def test_cohort_statuses_and_coverage(dataset, moves, stays):
    statuses = {
        row["person_id"]: (row["status"], row["where"])
        for row in cohorts.member_statuses(dataset, moves, stays, "llama-paper-authors")
    }
    assert statuses["armand-joulin"] == ("left", "Apple")
    assert statuses["hugo-touvron"] == ("stayed", "Meta")
    cover = cohorts.coverage(dataset, moves, stays, "llama-paper-authors")
    assert (cover.size, cover.listed, cover.left, cover.stayed, cover.unknown, cover.unlisted) == (14, 7, 4, 3, 0, 7)
    assert cohorts.records_phrase(cover) == "records: 4 departures, 3 stays, 7 members unrecorded"
    unknown_size = cohorts.coverage(dataset, moves, stays, "meta-ai-researchers")
    assert unknown_size.unlisted is None
    assert cohorts.records_phrase(unknown_size) == "records: 0 departures, 0 stays, cohort size unknown"


def test_claim_phrases(dataset):
    claims = {row["summary"][:20]: row for row in records(claims_table(dataset))}
    assert cohorts.claim_phrase(claims["Only three of the 14"], 14) == (
        "exactly 3 of 14 stayed at Meta (as of 2025, est.), so 11 left"
    )
    assert cohorts.claim_phrase(claims["More than half of th"]) == "more than 50% left Meta (as of 2023 or later, est.)"
    assert cohorts.claim_phrase(claims["About 11 of Meta's t"]) == "about 11 left Meta (as of 2025, est.)"


def test_a_member_who_left_and_came_back_counts_as_stayed(shipped_text):
    back = """  - id: joulin-back-at-meta
    person: armand-joulin
    org: meta
    as_of: "2026"
    evidence:
      - source: insideit-llama-authors
        quote: Armand Joulin, ein weiterer Llama-Autor, verliess Meta bereits im Mai
"""
    result = load(shipped_text.replace("\nstays:\n", "\nstays:\n" + back, 1))
    assert result.ok, [p.message for p in result.errors]
    tables = moves_table(result.dataset), stays_table(result.dataset)
    statuses = {
        row["person_id"]: row["status"]
        for row in cohorts.member_statuses(result.dataset, *tables, "llama-paper-authors")
    }
    assert statuses["armand-joulin"] == "stayed"


# --- timeline ----------------------------------------------------------------------------------


def test_timeline_rows_cover_every_record_with_its_span(dataset, moves):
    stays, claims = stays_table(dataset), claims_table(dataset)
    rows = timeline.timeline_rows(moves, stays, claims)
    unknown = [int((frame["dating"] == "unknown").sum()) for frame in (moves, stays, claims)]
    assert unknown == [2, 0, 0]  # Pang's and the scientists' earlier jobs
    assert len(rows) == len(moves) + len(stays) + len(claims) - sum(unknown)
    joulin = rows[rows["record"] == "joulin-meta-to-apple"].iloc[0]
    # "2023-05/..": from May on; the open end runs to a year past the latest known date
    latest = pd.concat([moves["end"], stays["end"], claims["end"]]).max()
    assert (joulin["start"], joulin["end"], joulin["precision"], joulin["open"]) == (
        pd.Timestamp("2023-05-01"), latest + pd.DateOffset(years=1), "after", "end")  # fmt: skip
    assert "verliess Meta bereits im Mai" in joulin["hover"]
    assert "2023-05 or later" in joulin["hover"]
    gross = rows[rows["record"] == "gross-ssi-to-meta"].iloc[0]
    assert gross["certainty"] == "rumoured" and "(rumoured;<br>inferred: from, to)" in gross["hover"]
    assert set(rows["kind"]) == {"move", "stay", "claim"}


def test_timeline_hover_escapes_markup():
    frame = pd.DataFrame({
        "id": ["m"], "person": ["<b>x</b>"], "group": [None], "headcount": [1], "from_id": ["a"], "to_id": ["b"],
        "from_org": ["A"], "to_org": ["B"], "date": ["2024"], "date_kind": ["reported"], "date_estimated": [False],
        "certainty": ["stated"], "date_precision": ["year"], "start": [pd.Timestamp("2024-01-01")],
        "end": [pd.Timestamp("2024-12-31")], "evidence": [[{"source": "s", "quote": "<img src=x onerror=alert(1)>"}]],
        "when": ["2024"], "inferred": ["<i>to</i>"],
    })  # fmt: skip
    hover = timeline.move_spans(frame, None)["hover"].item()
    assert "<img" not in hover and "&lt;img src=x onerror=alert(1)&gt;" in hover
    assert "&lt;b&gt;x&lt;/b&gt;" in hover
    assert "<i>to" not in hover


# --- overview counts ---------------------------------------------------------------------------


def test_sources_cited_and_organizations_shown_match_a_walk_over_the_rows(dataset, moves, stays):
    from dashboard.analysis.tables import evidence_sources, organizations_shown, sources_cited

    claims = claims_table(dataset)
    sources = {"moves": evidence_sources(moves), "stays": evidence_sources(stays), "claims": evidence_sources(claims)}
    for subset in (moves, moves[moves["to_root_id"] == "meta"], moves[moves["year"] == 2025], moves.iloc[:0]):
        some_stays = stays.iloc[: len(subset) % 3]
        tables = {"moves": subset, "stays": some_stays, "claims": claims.iloc[:1]}
        walked = {item["source"] for frame in tables.values() for items in frame["evidence"] for item in items}
        assert sources_cited(sources, tables) == len(walked)
        ends = set(subset["from_id"]) | set(subset["to_id"]) | set(some_stays["org_id"])
        assert organizations_shown(subset, some_stays) == len(ends - {"unknown"})
    assert sources_cited(sources, {"moves": moves.iloc[:0]}) == 0


def test_net_flow_from_given_links_is_net_flow_from_the_moves(moves):
    from dashboard.analysis.flows import net_flow, sankey_links

    for level in ("unit", "root"):
        links = sankey_links(moves, level, with_people=False)
        pd.testing.assert_frame_equal(net_flow(moves, level, links=links), net_flow(moves, level))
