"""The record for other tools (issue 17, part 4): QuickStatements checked by a parser of its V1
syntax, FollowTheMoney by its own library, Popolo by a JSON Schema of its specification — on a
small record written for each case, the shipped record and a synthetic one."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import jsonschema
import pytest

from dashboard.analysis import interchange
from dashboard.record.load import load_file
from dashboard.record.synth import write_project
from helpers import REPO, SHIPPED, TODAY, load

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


# --- QuickStatements V1: how its readers cut a batch, and a parser of its syntax ----------------
#
# The splitters below follow the three readers of V1 batches, as their source reads:
# - QuickStatements 3.0, wikimediabrasil/quickstatements3, src/core/parsers/v1.py
#   (V1CommandParser.parse, parse_comment, parse_command): quoted strings ("..." or """...""",
#   a backslash escaping the next character, DOTALL) and /* comments */ are hidden first; then
#   every "||" is a line break and every "|" a tab; a command is a stripped non-empty line,
#   its hidden strings restored in order; a trailing /* comment */ is its summary; its fields
#   are the stripped, non-empty tab-separated pieces.
# - the original QuickStatements, magnusmanske/quickstatements, public_html/quickstatements.php
#   (importDataFromV1): "||" separates commands only in a batch without line breaks; a row
#   without tabs is cut at every "|"; a trailing /* comment */ is the summary.
# - the Rust one, magnusmanske/quickstatements_rs, src/qs_server.rs (import_v1) and
#   src/qs_parser.rs (new_from_line, parse_comment): a batch holding "||" anywhere is cut at "||"
#   only, else at line breaks; a /* comment */ anywhere in a line is removed; in a line with a tab
#   or "||", "||" is a tab, else every "|" is.
# None of them reads a backslash outside QuickStatements 3.0's quoted strings, nor an escaped quote
# inside a value: a value "..." is the text between its first and last double quote.

QS3_HIDDEN = re.compile(r'("("")?)(?:\\.|[^\\])*?\1|\/\*.*?\*\/', re.DOTALL)
QS3_PLACEHOLDER = "___QSTS3_PLACEHOLDER___"


def split_qs3(batch: str) -> list[list[str]]:
    """The commands QuickStatements 3.0 reads in ``batch``, each as its fields."""
    hidden: list[str] = []

    def hide(match: re.Match) -> str:
        hidden.append(match.group(0))
        return QS3_PLACEHOLDER

    text = QS3_HIDDEN.sub(hide, batch).replace("||", "\n").replace("|", "\t")
    commands = []
    for raw in text.split("\n"):
        command = raw.strip()
        if not command:
            continue
        while QS3_PLACEHOLDER in command:
            command = command.replace(QS3_PLACEHOLDER, hidden.pop(0), 1)
        comment = re.search(r"^(.*?)\s*\/\*\s*(.*?)\s*\*\/\s*$", command)
        if comment:
            command = comment.group(1)
        commands.append([field.strip() for field in command.split("\t") if field.strip()])
    return commands


def split_original(batch: str) -> list[list[str]]:
    """The commands the original (PHP) QuickStatements reads in ``batch``, each as its fields."""
    if "\n" not in batch:
        batch = batch.replace("||", "\n")
    commands = []
    for row in batch.split("\n"):
        row = row.strip(" \t\n\r\0\x0b")  # PHP's trim()
        if not row:
            continue
        if "\t" not in row:
            row = row.replace("|", "\t")
        comment = re.search(r"^(.*?) *\/\* *(.*?) *\*\/ *$", row)
        if comment:
            row = comment.group(1)
        columns = row.split("\t")
        while len(columns) > 1 and not columns[0].strip():
            columns.pop(0)
        commands.append(columns)
    return commands


def split_rust(batch: str) -> list[list[str]]:
    """The commands the Rust QuickStatements reads in ``batch``, each as its fields."""
    commands = []
    for line in batch.split("||") if "||" in batch else batch.split("\n"):
        line = line.strip()
        if not line:
            continue
        comment = re.search(r"^(.*)/\*\s*(.*?)\s*\*/(.*)$", line)
        if comment:
            line = comment.group(1) + comment.group(3)
        line = line.strip()
        line = line.replace("||", "\t") if "\t" in line or "||" in line else line.replace("|", "\t")
        commands.append(line.split("\t"))
    return commands


SPLITTERS = {"QuickStatements 3.0": split_qs3, "original": split_original, "Rust": split_rust}


def read_as_written(lines: list[str]) -> list[list[str]]:
    """The commands of ``lines`` (a QuickStatements export): every reader must find exactly the
    commands and fields the exporter wrote, one per line, fields between its tabs."""
    batch = "".join(line + "\n" for line in lines)
    meant = [line.split("\t") for line in lines]
    for name, split in SPLITTERS.items():
        assert split(batch) == meant, name
    return meant


_ITEM = r"(Q[1-9]\d*|LAST)"
_STRING = r'"[^"\\|\t\n]*"'  # no quote, backslash, pipe or line break inside
_VALUE = re.compile(
    rf"^(Q[1-9]\d*|LAST|{_STRING}|[a-z]{{2,3}}:{_STRING}|[+-]\d{{4,}}-\d\d-\d\dT00:00:00Z/(9|10|11))$"
)  # an item, a string, a monolingual text, or a time at year, month or day precision


def parse_quickstatements(lines: list[str]) -> list[list[str]]:
    """Every command as its fields, as all three readers cut them; fails on anything V1 doesn't
    allow or on a command no line meant."""
    commands = read_as_written(lines)
    for number, fields in enumerate(commands, 1):
        line = "\t".join(fields)
        if fields == ["CREATE"]:
            continue
        assert re.fullmatch(_ITEM, fields[0]), (number, line)
        if fields[1] in ("Len", "Lde", "Lit", "Lfr", "Les"):
            assert len(fields) == 3 and re.fullmatch(_STRING, fields[2]) and fields[2] != '""', (number, line)
        else:
            assert re.fullmatch(r"P[1-9]\d*", fields[1]) and _VALUE.match(fields[2]), (number, line)
            pairs = fields[3:]
            assert len(pairs) % 2 == 0, (number, line)
            for key, value in zip(pairs[::2], pairs[1::2], strict=True):
                assert re.fullmatch(r"[PS][1-9]\d*", key) and _VALUE.match(value), (number, key, value)
    return commands


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
    from followthemoney import model

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


POPOLO_SCHEMA = {
    "type": "object",
    "required": ["persons", "organizations", "memberships"],
    "properties": {
        "persons": {"type": "array", "items": {
            "type": "object", "required": ["id", "name"],
            "properties": {"id": {"type": "string"}, "name": {"type": "string"},
                           "other_names": {"type": "array", "items": {"type": "object", "required": ["name"]}},
                           "identifiers": {"type": "array", "items": {"type": "object",
                                                                        "required": ["identifier", "scheme"]}}},
        }},
        "organizations": {"type": "array", "items": {
            "type": "object", "required": ["id", "name"],
            "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "parent_id": {"type": "string"}},
        }},
        "memberships": {"type": "array", "items": {
            "type": "object", "required": ["person_id", "organization_id"], "additionalProperties": False,
            "properties": {
                "id": {"type": "string"}, "person_id": {"type": "string"}, "organization_id": {"type": "string"},
                "role": {"type": "string"},
                # Popolo: "The date on which the relationship began", ISO 8601 with reduced precision
                "start_date": {"type": "string", "pattern": r"^[0-9]{4}(-[0-9]{2}){0,2}$"},
                "end_date": {"type": "string", "pattern": r"^[0-9]{4}(-[0-9]{2}){0,2}$"},
                "sources": {"type": "array", "items": {"type": "object", "required": ["url"],
                                                       "properties": {"url": {"type": "string"},
                                                                      "note": {"type": "string"}}}},
            },
        }},
    },
}  # fmt: skip
"""The parts of the Popolo specification's JSON Schemas (person, organization, membership) this
export uses, with its date format."""


def check_popolo(data: dict) -> None:
    jsonschema.validate(data, POPOLO_SCHEMA)
    people = {person["id"] for person in data["persons"]}
    orgs = {org["id"] for org in data["organizations"]}
    for membership in data["memberships"]:
        assert membership["person_id"] in people and membership["organization_id"] in orgs
    assert all(org.get("parent_id", org["id"]) in orgs for org in data["organizations"])


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


@pytest.mark.parametrize("kind", ["shipped", "synthetic"])
def test_all_three_exports_pass_their_checks_on_the_shipped_and_a_synthetic_record(kind, tmp_path):
    from followthemoney import model

    path = SHIPPED if kind == "shipped" else write_project(tmp_path, 600, seed=4)
    dataset = load_file(path, today=TODAY).dataset
    parse_quickstatements(interchange.quickstatements(dataset).lines)
    check_popolo(interchange.popolo(dataset))
    for line in interchange.ftm_lines(dataset).splitlines():
        entity = model.get_proxy(json.loads(line), cleaned=False)
        for prop in entity.iterprops():
            assert all(prop.type.validate(value) for value in entity.get(prop)), (prop.name, entity.get(prop))


def test_the_export_command_writes_each_format_and_says_what_it_left_out():
    def run(*args):
        command = [sys.executable, "-m", "dashboard", "export", *args]
        return subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)

    done = run("--format", "quickstatements")
    assert done.returncode == 0 and "organisations without a Wikidata item" in done.stderr
    assert "move:gross-ssi-to-meta (rumoured)" in done.stderr
    done = run("--format", "popolo")
    check_popolo(json.loads(done.stdout))
    done = run("--format", "ftm")
    assert done.returncode == 0 and all(json.loads(line)["schema"] for line in done.stdout.splitlines())
    done = run("--view", "flows", "--format", "ftm")
    assert done.returncode == 2 and "--view gives json or csv, not ftm" in done.stderr
