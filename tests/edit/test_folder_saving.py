"""Adding to a record kept in a folder: the rule that picks the file, --into, the folder's lock,
its digest, and a write that replaces each file atomically, the referenced records first."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.edit import atomic, saving
from dashboard.edit.drafts import Draft, Evidence
from dashboard.edit.folder import digest_of, folder_digest, read_contents, targets
from dashboard.edit.importing import import_positions, read_rows
from dashboard.edit.sources import add_source
from dashboard.record.load import load_file
from support.folders import by_section, records_of, split_section, write_split
from support.records import REPO, SHIPPED, TODAY

SOURCE = "insideit-llama-authors"
QUOTE = "Sie waren alle Autoren der Llama-Studie"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The shipped record as ``data/events/``: one file per section (``0-sources.yaml`` …)."""
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    folder = tmp_path / "data" / "events"
    write_split(folder, by_section(records_of(SHIPPED.read_text(encoding="utf-8"))))
    return folder


def new_person_move(name: str = "Ada Example", org: str = "Example Lab") -> Draft:
    slug, org_slug = name.lower().replace(" ", "-"), org.lower().replace(" ", "-")
    return Draft(person=slug, origin="meta", destination=org_slug, date="2023", date_kind="reported",
                 evidence=(Evidence(SOURCE, QUOTE),), new_people={slug: name},
                 new_orgs={org_slug: org})  # fmt: skip


def changed(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


def grew_only(before: bytes, after: bytes) -> bool:
    """Whether ``after`` is ``before`` with lines inserted (every old byte kept, in order)."""
    old, new = before.decode().splitlines(keepends=True), after.decode().splitlines(keepends=True)
    position = 0
    for line in new:
        if position < len(old) and line == old[position]:
            position += 1
    return position == len(old)


def test_new_records_go_to_the_first_file_holding_their_section(folder):
    before = read_contents(folder)
    saved = saving.save(folder, new_person_move(), digest_of(folder), today=TODAY)
    assert saved.status == "saved" and saved.digest == digest_of(folder)
    after = read_contents(folder)
    assert changed(before, after) == {"1-organizations.yaml", "2-people.yaml", "4-moves.yaml"}
    assert all(grew_only(before[name], after[name]) for name in changed(before, after))
    assert b"  ada-example:\n" in after["2-people.yaml"] and b"id: ada-example-meta-to" in after["4-moves.yaml"]
    assert load_file(folder, today=TODAY).ok


def test_a_section_no_file_holds_goes_into_the_first_file(tmp_path):
    files = {"b.yaml": "people:\n  ada:\n    name: Ada\n", "c.yaml": "organizations: {}\n"}
    assert targets(files, ["people", "moves", "organizations"], None) == {
        "people": "b.yaml", "moves": "b.yaml", "organizations": "c.yaml"
    }  # fmt: skip
    assert targets(files, ["people", "moves"], "new.yaml") == {"people": "new.yaml", "moves": "new.yaml"}


def test_into_puts_every_new_record_into_that_file_and_creates_it(folder):
    before = read_contents(folder)
    saved = saving.save(folder, new_person_move(), today=TODAY, into="ada.yaml")
    assert saved.status == "saved"
    after = read_contents(folder)
    assert changed(before, after) == {"ada.yaml"}
    assert after["ada.yaml"].decode().startswith("organizations:\n  example-lab:\n")
    assert [line for line in after["ada.yaml"].decode().splitlines() if not line.startswith(" ")] == [
        "organizations:", "people:", "moves:"
    ]  # fmt: skip
    saved = saving.save(folder, new_person_move("Ben Example", "Other Lab"), today=TODAY, into="0-sources.yaml")
    assert saved.status == "saved" and changed(after, read_contents(folder)) == {"0-sources.yaml"}
    assert load_file(folder, today=TODAY).ok


@pytest.mark.parametrize("into", ["../escape.yaml", "sub/x.yaml", ".hidden.yaml", "notes.txt", ".yaml"])
def test_into_must_name_a_record_file_of_the_folder(folder, into):
    before = read_contents(folder)
    saved = saving.save(folder, new_person_move(), today=TODAY, into=into)
    assert saved.status == "invalid" and "--into" in saved.problems[0]
    assert read_contents(folder) == before and not (folder.parent / "escape.yaml").exists()


def test_into_on_a_record_of_one_file_is_refused_unless_it_names_it(tmp_path):
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    record = tmp_path / "data" / "events.yaml"
    record.parent.mkdir()
    shutil.copy(SHIPPED, record)
    saved = saving.save(record, new_person_move(), today=TODAY, into="moves.yaml")
    assert saved.status == "invalid" and "one file" in saved.problems[0]
    assert record.read_bytes() == SHIPPED.read_bytes()
    assert saving.save(record, new_person_move(), today=TODAY, into="events.yaml").status == "saved"


def test_new_evidence_goes_into_the_file_that_holds_the_move(tmp_path):
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    folder = tmp_path / "data" / "split"
    write_split(folder, split_section(records_of(SHIPPED.read_text(encoding="utf-8"))))
    moves = load_file(folder, today=TODAY).dataset.document.moves
    last = [move for move in moves if move.person][-1]  # in b.yaml: the later half
    assert f"id: {last.id}\n".encode() in (folder / "b.yaml").read_bytes()
    quote = "Sie waren alle Autoren der Llama-Studie und arbeiten jetzt beim französischen Startup Mistral AI"
    cited = Draft(id=last.id, person=last.person, origin=last.from_, destination=last.to,
                  date=str(last.date), date_kind=last.date_kind, evidence=(Evidence(SOURCE, quote),))  # fmt: skip
    before = read_contents(folder)
    saved = saving.save(folder, cited, today=TODAY, merge=True)
    assert saved.status == "merged", saved
    assert changed(before, read_contents(folder)) == {"b.yaml"}
    after = {move.id: move for move in load_file(folder, today=TODAY).dataset.document.moves}
    assert after[last.id].evidence[-1].quote == quote


def test_import_and_add_source_write_into_a_folder(folder):
    sheet = f"person,organisation,role,start,end,source,quote\nCleo Neu,Meta,researcher,2021,,{SOURCE},{QUOTE}\n"
    before = read_contents(folder)
    report = import_positions(folder, read_rows(sheet.encode()), today=TODAY)
    assert report.written and not report.refused, report.lines("sheet.csv")
    assert changed(before, read_contents(folder)) == {"2-people.yaml", "6-positions.yaml"}
    middle = read_contents(folder)
    article = b"# Ada Example joins Example Lab\n\nAda Example, a researcher at Meta, joins Example Lab in 2026.\n"
    added = add_source(folder, article, "ada.md", language="en", today=TODAY, into="sources-2026.yaml")
    assert added.status == "added", added.problem
    assert changed(middle, read_contents(folder)) == {"sources-2026.yaml"}
    assert read_contents(folder)["sources-2026.yaml"].startswith(b"sources:\n  ada-example-joins-example-lab:\n")
    assert load_file(folder, today=TODAY).ok


def test_a_second_writer_waits_for_the_folder_and_for_each_file(folder):
    before = read_contents(folder)
    with atomic.locked_folder(folder), pytest.raises(atomic.Busy, match="being written by another editor"):
        saving.save(folder, new_person_move(), today=TODAY, timeout=0.2)
    with atomic.locked(folder / "4-moves.yaml"), pytest.raises(atomic.Busy):  # a writer of that one file
        saving.save(folder, new_person_move(), today=TODAY, timeout=0.2)
    assert read_contents(folder) == before  # nothing written, not even the files whose lock was free
    assert saving.save(folder, new_person_move(), today=TODAY, timeout=0.2).status == "saved"


def test_the_folder_digest_covers_every_file_and_a_change_anywhere_is_a_conflict(folder):
    expected = digest_of(folder)
    assert expected == folder_digest(read_contents(folder))
    stays = folder / "5-stays.yaml"
    stays.write_bytes(stays.read_bytes() + b"# a comment by hand\n")
    with pytest.raises(saving.Conflict):
        saving.save(folder, new_person_move(), expected, today=TODAY)
    assert digest_of(folder) != expected
    expected = digest_of(folder)
    (folder / "z.yaml").write_text("moves: []\n", encoding="utf-8")  # a new file is a new version
    assert digest_of(folder) != expected


def test_a_crash_between_two_files_leaves_a_valid_record(folder, monkeypatch):
    real_replace = atomic.replace

    def crash_on_moves(path, data, **options):
        if Path(path).name == "4-moves.yaml":
            raise OSError("the disk is gone")
        real_replace(path, data, **options)

    monkeypatch.setattr(atomic, "replace", crash_on_moves)
    with pytest.raises(OSError):
        saving.save(folder, new_person_move(), today=TODAY)
    after = load_file(folder, today=TODAY)
    assert after.ok  # the organisation and the person were written first, the move never
    assert "ada-example" in after.dataset.document.people
    assert all(move.person != "ada-example" for move in after.dataset.document.moves)


def test_add_move_into_a_folder_from_the_command_line(folder):
    move = {"person": "ada-example", "from": "meta", "to": "example-lab", "date": "2023", "date_kind": "reported",
            "evidence": [{"source": SOURCE, "quote": QUOTE}], "new_people": {"ada-example": "Ada Example"},
            "new_organizations": {"example-lab": "Example Lab"}}  # fmt: skip
    command = [sys.executable, "-m", "dashboard", "add-move", "--data", str(folder), "--today", TODAY.isoformat()]
    wrong = subprocess.run([*command, "--expect", "0" * 64], input=json.dumps(move), capture_output=True,
                           text=True, cwd=REPO)  # fmt: skip
    assert wrong.returncode == 3 and digest_of(folder) in wrong.stderr
    done = subprocess.run([*command, "--into", "mine.yaml", "--expect", digest_of(folder)], input=json.dumps(move),
                          capture_output=True, text=True, cwd=REPO)  # fmt: skip
    assert done.returncode == 0, done.stderr
    move_id, new_digest = done.stdout.split()
    assert new_digest == digest_of(folder) and (folder / "mine.yaml").read_text(encoding="utf-8").count(move_id) == 1
