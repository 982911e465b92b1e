"""A new project (``init``), and records with empty sections however written, taken by every
insert path: add-move and the Add page's save, a stay, a second source for a move, add-source,
import (issue 24: 'sources: {}' and 'moves: []' were valid but refused by the inserter,
'sources:' with nothing after it refused by the validator)."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import jsonschema
import pytest

from dashboard.edit import project
from dashboard.edit.drafts import Draft, Evidence, StayDraft
from dashboard.edit.importing import import_positions, read_rows
from dashboard.edit.insert import evidence_insertion
from dashboard.edit.saving import insert_records, save
from dashboard.edit.sources import add_source
from dashboard.record import layout
from dashboard.record.model import json_schema
from support.records import REPO, TODAY, load

ARTICLE = "# Ada Example joins Example Lab\n\nAda Example, a researcher at Meta, joins Example Lab in March 2026.\n"
QUOTE = "Ada Example, a researcher at Meta, joins Example Lab in March 2026."


def test_init_writes_an_empty_record_with_every_section_its_schema_and_seeds(tmp_path):
    created = project.init_project(tmp_path / "new")
    root = tmp_path / "new"
    assert (created.record, created.schema, created.seeds) == (
        root / "data" / "events.yaml", root / "data" / "events.schema.json", root / "seeds",
    )  # fmt: skip
    text = created.record.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=events.schema.json"
    assert [section.name for section in layout.split(text)] == list(layout.SECTIONS)
    assert all(not section.parts for section in layout.split(text))
    result = load(text, root=root)
    assert result.ok and result.warnings == [] and result.errors == []
    # the schema editors find is the one the project ships, and what `schema` prints
    assert json.loads(created.schema.read_text(encoding="utf-8")) == json_schema()
    assert created.schema.read_text(encoding="utf-8") == (REPO / "data" / "events.schema.json").read_text("utf-8")
    assert created.seeds.is_dir() and list(created.seeds.iterdir()) == []


def test_the_schema_editors_use_takes_empty_sections_however_written():
    """The new record's 'sources:' with nothing after it reads as null: the schema editors check
    it with must not underline every section of a record just started."""
    schema = json.loads(project.schema_text())
    for empty in (None, {}, []):
        record = {name: (empty if empty is None else ([] if name in layout.LIST_SECTIONS else {}))
                  for name in layout.SECTIONS}  # fmt: skip
        jsonschema.validate(record, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"moves": {}}, schema)


@pytest.mark.parametrize("existing", ["a record", "an empty file", "a broken link"])
def test_init_never_replaces_a_record(tmp_path, existing):
    record = tmp_path / "data" / "events.yaml"
    record.parent.mkdir()
    if existing == "a broken link":
        record.symlink_to(tmp_path / "nowhere.yaml")
    else:
        record.write_text("moves:\n  - id: kept\n" if existing == "a record" else "", encoding="utf-8")
    before = sorted(path.name for path in tmp_path.rglob("*"))
    with pytest.raises(project.RecordExists, match=r"events\.yaml already exists"):
        project.init_project(tmp_path)
    assert sorted(path.name for path in tmp_path.rglob("*")) == before
    if existing == "a record":
        assert record.read_text(encoding="utf-8") == "moves:\n  - id: kept\n"


def test_init_keeps_a_schema_that_is_there(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "events.schema.json").write_text("{}", encoding="utf-8")
    created = project.init_project(tmp_path)
    assert created.schema is None and (tmp_path / "data" / "events.schema.json").read_text() == "{}"
    assert load(created.record.read_text(encoding="utf-8"), root=tmp_path).ok


EMPTY = {
    "init": None,
    "flow": "sources: {}\norganizations: {}\npeople: {}\ncohorts: {}\nmoves: []\nstays: []\npositions: []\n",
    "flow with comments and spaces": "# a start\nsources: { }  # none yet\r\nmoves: [ ]\r\n",
    "nothing after the headers": "sources:\n\norganizations:\n# none yet\npeople:\nmoves:\nstays:\npositions:",
    "sections missing": "sources:\n",
}


@pytest.mark.parametrize("form", list(EMPTY))
def test_every_insert_path_adds_to_a_record_with_empty_sections_however_written(tmp_path, form):
    """add-source, then a move with a new person and organisation (add-move, the Add page), a
    stay, a second source for the move ('cite both', and add-move's merge), and an import: each a
    valid file, the old text kept but for the brackets of an empty flow section."""
    if EMPTY[form] is None:
        record = project.init_project(tmp_path).record
    else:
        record = tmp_path / "data" / "events.yaml"
        record.parent.mkdir()
        record.write_bytes(EMPTY[form].encode())
    start = record.read_text(encoding="utf-8")

    def valid() -> None:
        result = load(record.read_text(encoding="utf-8"), root=tmp_path)
        assert result.ok, [problem.format("events.yaml") for problem in result.errors]

    added = add_source(record, ARTICLE.encode(), "ada.md", language="en", today=TODAY, root=tmp_path)
    assert added.status == "added", added.problem
    valid()
    move = Draft(person="ada-example", origin="meta", destination="example-lab", date="2026-03",
                 evidence=(Evidence(added.source_id, QUOTE),), new_people={"ada-example": "Ada Example"},
                 new_orgs={"meta": "Meta", "example-lab": "Example Lab"})  # fmt: skip
    saved = save(record, move, today=TODAY, root=tmp_path)
    assert saved.status == "saved", (saved.problems, saved.result and saved.result.errors)
    valid()
    stay = StayDraft(
        person="ada-example", org="example-lab", as_of="2026-03", evidence=(Evidence(added.source_id, QUOTE),)
    )
    assert insert_records(record, lambda document, text: stay.blocks(), today=TODAY, root=tmp_path).written
    valid()
    web = "https://example.org/ada"
    imported = import_positions(
        record, read_rows(f"person,organisation,start,source,quote\nAda Example,Example Lab,2026-03,{web},Ada joins.\n".encode()),
        today=TODAY, root=tmp_path,
    )  # fmt: skip
    assert imported.written and imported.refused == [] and imported.added == ["ada-example-example-lab-2026-03"]
    valid()
    cite_both = Evidence("example-org-ada", "Ada Example is joining Example Lab.")
    plan = lambda document, text: evidence_insertion(text, move.move_id, cite_both)  # noqa: E731
    assert insert_records(record, plan, today=TODAY, root=tmp_path).written
    again = save(record, Draft(**{**move.__dict__, "evidence": (Evidence("example-org-ada", "Ada joins."),)}),
                 today=TODAY, root=tmp_path, merge=True)  # fmt: skip
    assert again.status == "merged", (again.problems, again.result and again.result.errors)
    valid()
    text = record.read_text(encoding="utf-8")
    unbracketed = [re.sub(r"[ \t]*(\{[ \t]*\}|\[[ \t]*\])", "", each).splitlines() for each in (start, text)]
    changes = difflib.SequenceMatcher(None, *unbracketed, autojunk=False).get_opcodes()
    assert {change[0] for change in changes} <= {"equal", "insert"}, changes
    document = load(text, root=tmp_path).dataset.document
    assert [item.quote for item in document.moves[0].evidence] == [QUOTE, cite_both.quote, "Ada joins."]
    assert (len(document.stays), len(document.positions), len(document.sources)) == (1, 1, 2)


def test_a_project_folder_can_be_anywhere(tmp_path):
    """init makes the folders it needs; a record path relative to the folder, as --data takes it."""
    created = project.init_project(tmp_path / "a" / "b")
    assert created.record == tmp_path / "a" / "b" / project.RECORD and Path(project.RECORD) == Path("data/events.yaml")


def test_init_refuses_a_seeds_that_is_not_a_folder_before_writing_anything(tmp_path):
    (tmp_path / "seeds").write_text("not a folder", encoding="utf-8")
    with pytest.raises(NotADirectoryError, match="seeds is not a folder: the stored documents go there"):
        project.init_project(tmp_path)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["seeds"]
