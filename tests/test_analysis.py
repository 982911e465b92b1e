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
    to_query,
)
from dashboard.analysis.tables import claims_table, moves_table, records, stays_table
from dashboard.record.load import load_file
from helpers import SHIPPED, TODAY, load


@pytest.fixture(scope="module")
def dataset():
    return load_file(SHIPPED, today=TODAY).dataset


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
    found = bounds(dataset, sorted(set(moves["year"])))
    assert found.years == (2023, 2025)
    assert set(found.orgs) == set(dataset.document.organizations)


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
    assert set(filter_moves(moves, dataset, Filters(years=(2023, 2023)))["year"]) == {2023}
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
    assert len(filter_claims(claims, dataset, Filters(cohort="meta-ai-researchers"))) == 3
    assert filter_claims(claims, dataset, Filters(query="anyone")).empty


# --- flows -----------------------------------------------------------------------------------


def test_links_sum_headcounts_and_list_people(moves):
    links = flows.sankey_links(moves, "unit").set_index(["source", "target"])
    assert links.loc[("meta", "mistral-ai"), "value"] == 3
    assert links.loc[("meta", "mistral-ai"), "people"] == "Timothée Lacroix, Guillaume Lample, Marie-Anne Lachaux"
    assert links.loc[("openai", "meta-superintelligence-labs"), "value"] == 4
    assert links.loc[("openai", "meta-superintelligence-labs"), "moves"] == 2
    assert links["value"].sum() == moves["headcount"].sum()


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
        }
    )
    expected = (
        frame.groupby(["source", "target"], sort=False)
        .agg(value=("headcount", "sum"), moves=("headcount", "size"))
        .reset_index()
    )
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
    assert came.iloc[0].tolist() == ["OpenAI", 4]
    went = organization.counterparts(moves, meta, "to")
    assert dict(zip(went["organisation"], went["people"], strict=True)) == {"Mistral AI": 3, "Apple": 1, "Unknown": 1}


def test_per_year_leaves_out_earlier_jobs(dataset, moves):
    apple = dataset.descendants("apple")
    table = organization.arrivals_per_year(moves, apple)
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
    assert careers.describe_date(steps[0]) == "before 2025, estimated"
    assert careers.describe_date(steps[1]) == "2025 (reported), estimated"


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
    assert cohorts.claim_phrase(claims["More than half of th"]) == "more than 50% left Meta (as of 2023, est.)"
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
    rows = timeline.timeline_rows(moves, stays_table(dataset), claims_table(dataset))
    assert len(rows) == len(moves) + len(dataset.document.stays) + 7
    joulin = rows[rows["record"] == "joulin-meta-to-apple"].iloc[0]
    assert (joulin["start"], joulin["end"], joulin["precision"]) == (
        pd.Timestamp("2023-05-01"), pd.Timestamp("2023-05-31"), "month")  # fmt: skip
    assert "verliess Meta bereits im Mai" in joulin["hover"]
    assert set(rows["kind"]) == {"move", "stay", "claim"}


def test_timeline_hover_escapes_markup():
    frame = pd.DataFrame({
        "id": ["m"], "person": ["<b>x</b>"], "group": [None], "headcount": [1], "from_id": ["a"], "to_id": ["b"],
        "from_org": ["A"], "to_org": ["B"], "date": ["2024"], "date_kind": ["reported"], "date_estimated": [False],
        "certainty": ["stated"], "date_precision": ["year"], "start": [pd.Timestamp("2024-01-01")],
        "end": [pd.Timestamp("2024-12-31")], "evidence": [[{"source": "s", "quote": "<img src=x onerror=alert(1)>"}]],
    })  # fmt: skip
    hover = timeline.move_spans(frame, None)["hover"].item()
    assert "<img" not in hover and "&lt;img src=x onerror=alert(1)&gt;" in hover
    assert "&lt;b&gt;x&lt;/b&gt;" in hover


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
