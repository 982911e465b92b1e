"""The one writer of record YAML: every kind of record, every key the model has, read back the same."""

from __future__ import annotations

import pytest

from dashboard.edit.writer import KEYS, record_yaml
from dashboard.record.layout import compose
from dashboard.record.model import (
    Claim,
    Cohort,
    Evidence,
    Move,
    Organization,
    Person,
    Position,
    Source,
    Stay,
)
from support.records import load

MODELS = {"sources": Source, "organizations": Organization, "people": Person, "cohorts": Cohort, "moves": Move,
          "stays": Stay, "positions": Position, "claims": Claim, "evidence": Evidence}  # fmt: skip
HOSTILE = 'a: "b" # c [d] {e}, - f'
"""Text that would be YAML structure if it were written bare."""


@pytest.mark.parametrize("kind", list(MODELS))
def test_the_writer_knows_every_key_of_every_kind_of_record(kind):
    fields = {field.alias or name for name, field in MODELS[kind].model_fields.items()}
    assert set(KEYS[kind]) == fields


def evidence(*supports: str) -> list[dict]:
    item = {"source": "doc", "quote": "Ada Alpha joined Beta Labs.", "translation": HOSTILE}
    return [item | {"supports": list(supports)} if supports else item]


RECORDS = {
    "sources": [{"id": "doc", "path": "seeds/doc.txt", "title": HOSTILE, "publisher": HOSTILE, "language": "en",
                 "published": "2024-05", "published_estimated": True, "note": HOSTILE},
                {"id": "web", "url": "https://example.org/a?b=c#d", "language": "en", "reports_on": "doc"}],
    "organizations": [{"id": "alpha", "name": HOSTILE, "aliases": [HOSTILE, "Alpha"], "kind": "company",
                       "wikidata": "Q42", "note": HOSTILE},
                      {"id": "alpha.unit", "name": "Alpha Unit", "parent": "alpha", "kind": "team"}],
    "people": [{"id": "ada", "name": "Ada Alpha", "aliases": [HOSTILE], "cohorts": ["authors"], "wikidata": "Q7",
                "note": HOSTILE}],
    "cohorts": [{"id": "authors", "name": HOSTILE, "size": 12, "description": HOSTILE,
                 "claims": [{"summary": HOSTILE, "org": "alpha", "measure": "left", "comparator": "more_than",
                             "value": 50, "unit": "percent", "as_of": "2024", "as_of_estimated": True,
                             "destinations": ["alpha.unit"], "note": HOSTILE, "evidence": evidence()}]}],
    "moves": [{"id": "m1", "group": HOSTILE, "headcount": 3, "from": "alpha", "to": "unknown", "date": "2024/..",
               "date_kind": "reported", "date_estimated": True, "role": HOSTILE, "from_role": HOSTILE,
               "certainty": "rumoured", "note": HOSTILE, "evidence": evidence("group", "from")}],
    "stays": [{"id": "s1", "person": "ada", "org": "alpha", "as_of": "2024", "as_of_estimated": True,
               "role": HOSTILE, "note": HOSTILE, "evidence": evidence("person", "org")}],
    "positions": [{"id": "p1", "person": "ada", "org": "alpha", "role": HOSTILE, "start": "../2019",
                   "start_estimated": True, "end": "2020-05", "end_estimated": True, "note": HOSTILE,
                   "evidence": evidence("person", "org", "role")}],
}  # fmt: skip


def test_every_kind_of_record_is_read_back_as_it_was_written(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "doc.txt").write_text("Ada Alpha joined Beta Labs.\n", encoding="utf-8")
    sections = {kind: [record_yaml(kind, record) for record in records] for kind, records in RECORDS.items()}
    text = compose(["# every key"], sections)
    result = load(text, root=tmp_path)
    assert result.ok, [problem.message for problem in result.errors]
    document = result.dataset.document.model_dump(by_alias=True, mode="json", exclude_defaults=True)
    for kind, records in RECORDS.items():
        for record in records:
            read = (document[kind][record["id"]] | {"id": record["id"]} if kind not in ("moves", "stays", "positions")
                    else next(item for item in document[kind] if item["id"] == record["id"]))  # fmt: skip
            if kind == "cohorts":
                assert read["claims"] == record["claims"] and read["size"] == 12
                continue
            assert read == record, kind


def test_a_record_is_written_in_the_files_style():
    assert record_yaml("sources", {"id": "doc", "path": "seeds/a b.txt", "url": "https://x.org", "language": "de"}) == (
        '  doc:\n    path: "seeds/a b.txt"\n    url: "https://x.org"\n    language: de\n'
    )  # a path is plain when YAML reads it the same, quoted otherwise; addresses are always quoted
    assert record_yaml("people", {"id": "ada", "name": "Ada", "cohorts": ["a", "b"], "note": ""}) == (
        '  ada:\n    name: "Ada"\n    cohorts: [a, b]\n'
    )  # empty values are left out
    assert record_yaml("positions", {"id": "p", "person": "ada", "org": "x", "start": "2019", "start_estimated": False,
                                     "evidence": [{"source": "s", "quote": "q", "translation": None}]}) == (
        '  - id: p\n    person: ada\n    org: x\n    start: "2019"\n    evidence:\n      - source: s\n        quote: "q"\n'
    )  # fmt: skip
