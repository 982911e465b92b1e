"""The record for other tools (issue 17, part 4): QuickStatements checked by a parser of its V1
syntax, FollowTheMoney by its own library, Popolo by a JSON Schema of its specification — on a
small record written for each case, the shipped record and a synthetic one."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dashboard.analysis import interchange
from dashboard.record.load import load_file
from dashboard.synth import write_project
from support.interchange import check_ftm, check_popolo, followthemoney_model, parse_quickstatements
from support.records import REPO, SHIPPED, TODAY, load

DOCUMENT = "Ada Alpha wechselt im Mai 2024 von Alphabet zu OpenAI.\nBen Beta soll Alphabet verlassen.\n"
RECORD = """sources:
  doc:
    path: seeds/doc.txt
    language: de
    published: "2024-06"
  web:
    url: https://example.org/ada
organizations:
  alphabet: {name: Alphabet, wikidata: Q20800404}
  openai: {name: OpenAI, wikidata: Q21708200}
  nowhere: {name: Nowhere Labs}
people:
  ada: {name: Ada Alpha, wikidata: Q1000001}
  ben: {name: "Ben \\"B\\" Beta"}
moves:
  - id: ada-move
    person: ada
    from: alphabet
    to: openai
    date: "2024-05"
    date_kind: effective
    evidence:
      - source: doc
        quote: Ada Alpha wechselt im Mai 2024 von Alphabet zu OpenAI.
      - source: web
        quote: Ada Alpha joined OpenAI.
  - id: ben-rumour
    person: ben
    from: alphabet
    to: unknown
    date: "2024"
    date_kind: reported
    certainty: rumoured
    evidence:
      - source: doc
        quote: Ben Beta soll Alphabet verlassen.
positions:
  - id: ben-at-alphabet
    person: ben
    org: alphabet
    role: engineer
    start: "2019"
    end: 2024/..
    evidence:
      - source: web
        quote: Ben "B" Beta has worked at Alphabet since 2019.
  - id: ben-at-nowhere
    person: ben
    org: nowhere
    start: "2018"
    end: "2019"
    evidence:
      - source: web
        quote: Ben Beta was at Nowhere Labs.
"""


@pytest.fixture
def dataset(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "doc.txt").write_text(DOCUMENT, encoding="utf-8")
    result = load(RECORD, root=tmp_path)
    assert result.ok, result.errors
    return result.dataset


def test_quickstatements_states_employer_claims_with_dates_at_their_precision_and_their_references(dataset):
    written = interchange.quickstatements(dataset)
    commands = parse_quickstatements(written.lines)
    claims = {tuple(c[:3]): dict(zip(c[3::2], c[4::2], strict=True)) for c in commands if len(c) > 2 and c[1] == "P108"}
    ended = claims[("Q1000001", "P108", "Q20800404")]
    assert ended["P582"] == "+2024-05-00T00:00:00Z/10" and "P580" not in ended
    began = claims[("Q1000001", "P108", "Q21708200")]
    assert began["P580"] == "+2024-05-00T00:00:00Z/10"
    assert began["S1683"] == 'de:"Ada Alpha wechselt im Mai 2024 von Alphabet zu OpenAI."'
    # Ben has no item: created, named, a human; his position's quote loses the double quotes it can't carry
    assert commands[commands.index(["CREATE"]) + 1] == ["LAST", "Len", "\"Ben 'B' Beta\""]
    assert ["LAST", "P31", "Q5"] in commands
    ben = claims[("LAST", "P108", "Q20800404")]
    assert ben["P580"] == "+2019-00-00T00:00:00Z/9" and "P582" not in ben  # still held: no end
    assert ben["S854"] == '"https://example.org/ada"' and ben["S1683"].startswith("und:")
    # the rumour is not claimed; an organisation without an item is named, not guessed
    assert any(skip.startswith("move:ben-rumour (rumoured") for skip in written.skipped)
    assert written.needs_ids == {"nowhere": "Nowhere Labs"}


def test_followthemoney_entities_pass_the_library_and_carry_the_marks(dataset):
    model = followthemoney_model()
    entities = [model.get_proxy(data, cleaned=False) for data in interchange.ftm_entities(dataset)]
    ids = {entity.id for entity in entities}
    for entity in entities:
        for prop in entity.iterprops():
            for value in entity.get(prop):
                assert prop.type.validate(value), (entity.schema.name, prop.name, value)
                if prop.type.name == "entity":
                    assert value in ids  # every reference resolves
    employments = [entity for entity in entities if entity.schema.name == "Employment"]
    rumour = next(e for e in employments if e.first("recordId") == "move:ben-rumour")
    assert rumour.first("status") == "rumoured"
    held = next(e for e in employments if e.first("recordId") == "position:ben-at-alphabet")
    assert held.get("startDate") == ["2019"] and held.get("endDate") == []
    assert held.first("summary") == "end: 2024 or later"
    assert held.get("role") == ["engineer"] and held.get("sourceUrl") == ["https://example.org/ada"]
    proof = next(e for e in entities if e.id == held.first("proof"))
    assert proof.schema.name == "Document" and proof.first("sourceUrl") == "https://example.org/ada"


def test_popolo_memberships_validate_and_say_what_the_format_cannot(dataset):
    data = interchange.popolo(dataset)
    check_popolo(data)
    memberships = {m["id"]: m for m in data["memberships"]}
    assert memberships["move-ada-move-to"]["start_date"] == "2024-05"
    assert memberships["move-ada-move-from"]["end_date"] == "2024-05"
    held = memberships["position-ben-at-alphabet"]
    assert held["start_date"] == "2019" and "end_date" not in held
    assert held["sources"][0]["note"].endswith("(end: 2024 or later)")
    assert "move-ben-rumour-from" not in memberships
    assert data["talent_flows_left_out"] == [{"record": "move:ben-rumour", "why": "rumoured: the source hedges"}]


@pytest.fixture(scope="module", params=["shipped", "synthetic"])
def whole_record(request, tmp_path_factory):
    """The shipped record, or a synthetic one of 600 moves, loaded once for the tests below."""
    path = SHIPPED if request.param == "shipped" else write_project(tmp_path_factory.mktemp("synth"), 600, seed=4)
    return load_file(path, today=TODAY).dataset


def test_quickstatements_and_popolo_pass_their_checks_on_the_shipped_and_a_synthetic_record(whole_record):
    parse_quickstatements(interchange.quickstatements(whole_record).lines)
    check_popolo(interchange.popolo(whole_record))


def test_followthemoney_passes_its_library_on_the_shipped_and_a_synthetic_record(whole_record):
    model = followthemoney_model()
    for line in interchange.ftm_lines(whole_record).splitlines():
        check_ftm(line, model)


def export(*args: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "dashboard", "export", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)


def test_the_export_command_writes_each_format_and_says_what_it_left_out():
    done = export("--format", "quickstatements")
    assert done.returncode == 0 and "organisations without a Wikidata item" in done.stderr
    assert "move:gross-ssi-to-meta (rumoured)" in done.stderr
    done = export("--format", "popolo")
    check_popolo(json.loads(done.stdout))
    done = export("--view", "flows", "--format", "ftm")
    assert done.returncode == 2 and "--view gives json or csv, not ftm" in done.stderr


def test_the_export_command_writes_followthemoney_entities():
    model = followthemoney_model()
    done = export("--format", "ftm")
    assert done.returncode == 0 and done.stdout
    for line in done.stdout.splitlines():
        check_ftm(line, model)
