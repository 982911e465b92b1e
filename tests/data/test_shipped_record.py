"""The shipped record states what the five seed documents state, cited verbatim, and no more.

These tests pin the facts a reader of the documents can check by hand; each names the sentence.
"""

from __future__ import annotations

import hashlib

import pytest

from dashboard.record.evidence import inferred_fields, report_of, reports
from support.records import REPO

SHARED_SEEDS = REPO.parent / "shared" / "seeds"


def moves_of(dataset, person_id):
    return [move for move in dataset.document.moves if move.person == person_id]


def test_every_seed_document_is_a_source_and_cited(dataset):
    seeds = sorted(path.name for path in (REPO / "seeds").iterdir())
    assert len(seeds) == 5
    stored = {sid: source for sid, source in dataset.document.sources.items() if source.path is not None}
    assert {source.path for source in stored.values()} == {f"seeds/{name}" for name in seeds}
    cited = {e.source for m in dataset.document.moves for e in m.evidence}
    cited |= {e.source for s in dataset.document.stays for e in s.evidence}
    cited |= {e.source for c in dataset.document.cohorts.values() for k in c.claims for e in k.evidence}
    assert cited == set(stored)


def test_the_information_is_a_report_known_only_from_000_and_002(dataset):
    sources = dataset.document.sources
    unstored = {sid for sid, source in sources.items() if source.path is None and source.url is None}
    assert unstored == {"the-information-llama-authors", "business-insider-zuckerberg-ai-investment"}
    assert sources["the-information-llama-authors"].publisher == "The Information"
    retelling = {sid for sid, source in sources.items() if source.reports_on == "the-information-llama-authors"}
    assert retelling == {"insideit-llama-authors", "it-llama-creators-quit"}
    # 000 says "Wie 'The Information' (Paywall) berichtet", 002 "Secondo un report di The Information".
    assert "The Information" in (REPO / sources["insideit-llama-authors"].path).read_text(encoding="utf-8")
    assert "The Information" in (REPO / sources["it-llama-creators-quit"].path).read_text(encoding="utf-8")


def test_zuckerbergs_2024_words_are_business_insiders_report_retold_by_003(dataset):
    sources = dataset.document.sources
    report = sources["business-insider-zuckerberg-ai-investment"]
    assert (report.publisher, report.title, report.path, report.url) == ("Business Insider", None, None, None)
    retelling = {
        sid for sid, source in sources.items() if source.reports_on == "business-insider-zuckerberg-ai-investment"
    }
    assert retelling == {"de-meta-agi-open-source"}
    words = 'sagte Mark Zuckerberg laut "Business Insider" bereits im vergangenen Jahr im Rahmen einer Telefonkonferenz'
    assert words in document_of(dataset, "de-meta-agi-open-source")
    # the one record 003 backs is the stay resting on those words, and its note says whose report they are
    [stay] = [s for s in dataset.document.stays if {e.source for e in s.evidence} == {"de-meta-agi-open-source"}]
    assert stay.id == "zuckerberg-at-meta-2024"
    assert 'laut "Business Insider"' in " ".join(stay.evidence[0].quote.split())
    assert 'laut "Business Insider"' in stay.note
    assert reports(sources, stay.evidence) == (1, 1)
    assert report_of(sources, "de-meta-agi-open-source") == "business-insider-zuckerberg-ai-investment"


def test_source_dates_are_no_more_precise_than_the_documents_allow(dataset):
    published = {sid: str(source.published) for sid, source in dataset.document.sources.items()}
    assert published == {
        "insideit-llama-authors": "2023/..",
        "de-meta-ai-team-exodus": "2025",
        "it-llama-creators-quit": "2023/..",
        "de-meta-agi-open-source": "2023/2025",
        "de-meta-superintelligence-hires": "2023/..",
        "the-information-llama-authors": "2023/..",
        # the call was "im vergangenen Jahr" before 003 (2023 to 2025); the report lies between the two
        "business-insider-zuckerberg-ai-investment": "2022/2025",
    }


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="the shared seed folder is not beside this checkout")
def test_seeds_are_unchanged_copies():
    for path in SHARED_SEEDS.iterdir():
        copy = REPO / "seeds" / path.name
        assert hashlib.sha256(copy.read_bytes()).digest() == hashlib.sha256(path.read_bytes()).digest()


def test_every_quote_is_verbatim_in_its_document(dataset):
    documents = {
        sid: (REPO / s.path).read_text(encoding="utf-8") for sid, s in dataset.document.sources.items() if s.path
    }
    evidence = [e for m in dataset.document.moves for e in m.evidence]
    evidence += [e for s in dataset.document.stays for e in s.evidence]
    evidence += [e for c in dataset.document.cohorts.values() for k in c.claims for e in k.evidence]
    evidence += [e for p in dataset.document.positions for e in p.evidence]
    assert len(evidence) > 20
    for item in evidence:
        assert item.quote in documents[item.source]


def test_every_source_date_is_marked_as_an_estimate(dataset):
    # The seed documents print no dates.
    assert all(source.published_estimated and source.note for source in dataset.document.sources.values())


@pytest.mark.parametrize("person", ["timothee-lacroix", "guillaume-lample", "marie-anne-lachaux"])
def test_llama_authors_left_meta_for_mistral(dataset, person):
    [move] = moves_of(dataset, person)
    assert (move.from_, move.to) == ("meta", "mistral-ai")
    assert "llama-paper-authors" in dataset.document.people[person].cohorts


@pytest.mark.parametrize("person", ["timothee-lacroix", "guillaume-lample"])
def test_a_move_two_documents_state_cites_both(dataset, person):
    [move] = moves_of(dataset, person)
    assert {e.source for e in move.evidence} == {"insideit-llama-authors", "de-meta-ai-team-exodus"}
    assert move.role == "co-founder"


def test_joulin_left_in_may_without_a_padded_day(dataset):
    [move] = moves_of(dataset, "armand-joulin")
    # "verliess Meta bereits im Mai": May of a year the text doesn't print, 2023 at the earliest.
    assert (move.from_, move.to, str(move.date), move.date.dating) == ("meta", "apple", "2023-05/..", "after")
    assert (str(move.date.low), move.date.low.precision, move.date.high) == ("2023-05", "month", None)
    assert move.date_kind == "effective" and move.date_estimated  # the year is inferred


def test_pineau_leaves_fair_for_an_unknown_destination(dataset):
    [move] = moves_of(dataset, "joelle-pineau")
    assert (move.from_, move.to) == ("fair", "unknown")
    assert dataset.document.organizations["fair"].parent == "meta"


def test_pineaus_eight_years_rest_on_the_sentence_that_states_them(dataset):
    [move] = moves_of(dataset, "joelle-pineau")
    assert move.from_role == "head of FAIR for eight years"
    supports = {item.quote.split(",")[0]: item.supports for item in move.evidence}
    # 001: "Der kürzliche Rücktritt von Joelle Pineau, die acht Jahre lang die Forschungsgruppe ... geleitet hat"
    assert supports["Der kürzliche Rücktritt von Joelle Pineau"] == ["person", "from", "from_role"]
    # the FAQ: "Der Rücktritt von Joelle Pineau, der ehemaligen Leiterin ..." says nothing of eight years
    assert supports["Der Rücktritt von Joelle Pineau"] == ["person", "from"]
    assert "acht Jahre" not in move.evidence[1].quote
    assert inferred_fields(move) == []  # the role is still stated, by the first sentence


def document_of(dataset, source_id):
    return (REPO / dataset.document.sources[source_id].path).read_text(encoding="utf-8")


def test_fair_is_the_kind_the_documents_call_it(dataset):
    fair = dataset.document.organizations["fair"]
    assert (fair.kind, fair.parent) == ("team", "meta")
    # 004 "das Forschungsteam FAIR", 001 "die Forschungsgruppe für Grundlagenforschung in KI (FAIR)"
    words = {
        "de-meta-superintelligence-hires": "das Forschungsteam FAIR",
        "de-meta-ai-team-exodus": "die Forschungsgruppe für Grundlagenforschung in KI (FAIR)",
    }
    for source_id, words_used in words.items():
        assert words_used in document_of(dataset, source_id)
        assert words_used in " ".join(fair.note.split())


def test_google_has_no_parent_no_sentence_states(dataset):
    google = dataset.document.organizations["google"]
    assert google.parent is None and dataset.org_roots["google"] == "google"
    assert google.note.startswith("No parent: no seed document states that Google is part of Alphabet.")
    # no document names both, let alone relates them
    for path in (REPO / "seeds").iterdir():
        text = path.read_text(encoding="utf-8")
        assert not ("Google" in text and "Alphabet" in text), path.name


def test_metas_gen_ai_team_is_a_team_of_meta(dataset):
    # 004: "Zudem kümmert sich das Gen-AI-Team um Produkte wie Metas KI-Modelle Llama und Meta AI."
    team = dataset.document.organizations["meta-gen-ai"]
    assert (team.name, team.aliases, team.kind, team.parent) == ("Gen-AI team", ["Gen-AI-Team"], "team", "meta")
    words = "Zudem kümmert sich das Gen-AI-Team um Produkte wie Metas KI-Modelle Llama und Meta AI"
    assert words in document_of(dataset, "de-meta-superintelligence-hires")
    assert words in " ".join(team.note.split())
    # no sentence puts anyone in it
    records = [*dataset.document.moves, *dataset.document.stays, *dataset.document.positions]
    assert not [r for r in records if "meta-gen-ai" in {getattr(r, f, None) for f in ("from_", "to", "org")}]


def test_metas_49_percent_of_scale_ai_is_a_note_not_a_parent(dataset):
    scale = dataset.document.organizations["scale-ai"]
    assert scale.parent is None  # the record has no stake field, and 49 % is no unit of Meta
    words = "Meta, die für 14,3 Milliarden US-Dollar 49 Prozent des Start-ups bekommen"
    assert words in document_of(dataset, "de-meta-superintelligence-hires")
    note = " ".join(scale.note.split())
    assert note.startswith("004: Meta gets 49 percent of Scale AI for 14.3 billion US dollars") and words in note


def test_three_unnamed_scientists_are_a_group_of_three(dataset):
    groups = [move for move in dataset.document.moves if move.group]
    assert groups and all(move.headcount == 3 and move.person is None for move in groups)
    assert {(move.from_, move.to) for move in groups} == {
        ("alphabet", "openai-switzerland"),
        ("openai-switzerland", "meta"),  # the sentence says only "zu Meta"
    }


def test_the_openai_office_in_switzerland_the_three_scientists_set_up(dataset):
    # 004: "... drei Wissenschaftler, die in der Schweiz erst kürzlich ein OpenAI-Büro aufgebaut hatten ..."
    office = dataset.document.organizations["openai-switzerland"]
    assert (office.name, office.kind, office.parent) == ("OpenAI office in Switzerland", "office", "openai")
    assert dataset.org_roots["openai-switzerland"] == "openai"
    words = "die in der Schweiz erst kürzlich ein OpenAI-Büro aufgebaut hatten"
    assert words in document_of(dataset, "de-meta-superintelligence-hires") and words in office.note
    for move in dataset.document.moves:
        if move.group:
            assert "openai-switzerland" in (move.from_, move.to)
            [item] = move.evidence
            assert words in " ".join(item.quote.split()) and item.supports == ["group", "from", "to"]


@pytest.mark.parametrize("move_id", ["pang-alphabet-to-apple", "openai-switzerland-scientists-alphabet-to-openai"])
def test_earlier_jobs_have_no_date(dataset, move_id):
    [move] = [move for move in dataset.document.moves if move.id == move_id]
    assert (str(move.date), move.date.dating, move.date_kind, move.date_estimated) == (
        "unknown",
        "unknown",
        "effective",
        False,
    )


def test_friedmans_former_github_post_is_a_position_not_a_move(dataset):
    # 004: "Ebenfalls wechselt Nat Friedman, ehemaliger CEO bei Github." A former post, no departure.
    [move] = moves_of(dataset, "nat-friedman")
    assert (move.id, move.from_, move.to) == ("friedman-to-meta", "unknown", "meta")
    assert not [m for m in dataset.document.moves if "github" in (m.from_, m.to)]
    [position] = [p for p in dataset.document.positions if p.person == "nat-friedman"]
    assert (position.org, position.role, str(position.start), str(position.end)) == (
        "github",
        "CEO",
        "unknown",
        "unknown",
    )
    [item] = position.evidence
    assert item.quote == "Ebenfalls wechselt Nat Friedman, ehemaliger CEO bei Github." and item.supports is None


def test_sutskever_co_founded_openai(dataset):
    # 004: "... gemeinsam mit Ilya Sutskever, Mitgründer von OpenAI, Safe Superintelligence gegründet"
    [position] = [p for p in dataset.document.positions if p.person == "ilya-sutskever"]
    assert (position.id, position.org, position.role) == ("sutskever-co-founder-of-openai", "openai", "co-founder")
    assert (str(position.start), str(position.end)) == ("unknown", "unknown")  # the text gives no dates
    [item] = position.evidence
    assert item.source == "de-meta-superintelligence-hires" and item.supports is None
    assert "Ilya Sutskever, Mitgründer von OpenAI" in item.quote
    assert " ".join(item.quote.split()) in " ".join(document_of(dataset, item.source).split())
    assert not [m for m in dataset.document.moves if m.person == "ilya-sutskever"]  # co-founding is no move


def test_daniel_gross_is_only_a_rumoured_move(dataset):
    [move] = moves_of(dataset, "daniel-gross")
    assert move.certainty == "rumoured" and move.from_ == "safe-superintelligence"


def test_meta_hires_named_in_004(dataset):
    origins = {m.person: m.from_ for m in dataset.document.moves if m.person and dataset.org_roots.get(m.to) == "meta"}
    assert origins == {
        "daniel-gross": "safe-superintelligence",
        "alexandre-wang": "scale-ai",
        "ruoming-pang": "apple-foundation-models",
        "nat-friedman": "unknown",
        "yuanzhi-li": "openai",
        "anton-bakhtin": "anthropic",
    }


def test_the_three_authors_who_stayed(dataset):
    stayed = {
        s.person for s in dataset.document.stays if s.org == "meta" and s.evidence[0].source == "de-meta-ai-team-exodus"
    }
    assert stayed == {"hugo-touvron", "xavier-martinet", "faisal-azhar"}


def test_llama_cohort_and_its_claims(dataset):
    cohort = dataset.document.cohorts["llama-paper-authors"]
    assert cohort.size == 14
    sources = {claim.evidence[0].source for claim in cohort.claims}
    assert {"insideit-llama-authors", "it-llama-creators-quit", "de-meta-ai-team-exodus"} <= sources


def test_the_document_without_a_move_backs_no_move(dataset):
    cited = {e.source for m in dataset.document.moves for e in m.evidence}
    assert "de-meta-agi-open-source" not in cited


def test_people_named_in_the_record_appear_in_their_quotes(dataset):
    for move in dataset.document.moves:
        if move.person:
            person = dataset.document.people[move.person]
            names = [person.name, *person.aliases]
            assert any(name in e.quote for name in names for e in move.evidence), move.id


def test_misspellings_in_sources_are_aliases(dataset):
    assert "Timothee Lacroix" in dataset.document.people["timothee-lacroix"].aliases
