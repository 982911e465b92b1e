"""Importing positions from a spreadsheet (issue 15, part 2): ``python -m dashboard import``.

People and organisations are matched by name and alias without case, accents or spacing; the
rest is added; bad rows are refused with their line and reason; the file is written like every
save (inserted text, validated, locked, atomic, mode and symlink kept)."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
import threading

import pytest

from dashboard.edit import atomic
from dashboard.edit.importing import SpreadsheetError, import_positions, read_rows
from dashboard.record import characters
from dashboard.record.model import MAX_ID_LENGTH, is_id
from support.records import REPO, TODAY, load

DOCUMENT = """Laufbahnen.
Andreas Stuhlmüller leitete von 2015 bis März 2020 die Forschung bei Alphabet.
Ada Alpha ist seit Mai 2020 Chefwissenschaftlerin bei OpenAI.
Ben Beta arbeitete bei Meta.
"""

RECORD = """# A hand-kept record: comments and layout must survive an import.
sources:
  doc:
    path: seeds/doc.txt
    language: de
    published: "2024"
  web:
    url: https://example.org/known
organizations:
  alphabet: {name: Alphabet, aliases: [Google Research]}
  meta: {name: Meta}
  twin-a: {name: Twin Labs}
people:
  andreas:
    name: Andreas Stuhlmüller
  ada:
    name: Ada Alpha
    aliases: [A. Alpha]
  ben-1: {name: Ben Beta}
  ben-2:
    name: Ben  Beta
    note: a second Ben Beta
positions:
  - id: ada-meta
    person: ada
    org: meta
    start: "2019"
    end: "2020"
    evidence:
      - source: doc
        quote: Ben Beta arbeitete bei Meta.
"""

HEADER = "person,organisation,role,start,end,source,quote\n"


@pytest.fixture
def project(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "doc.txt").write_text(DOCUMENT, encoding="utf-8")
    (tmp_path / "data").mkdir()
    path = tmp_path / "data" / "events.yaml"
    path.write_text(RECORD, encoding="utf-8")
    return path


def run(path, csv_text, **options):
    return import_positions(path, read_rows(csv_text.encode("utf-8")), today=TODAY, **options)


def test_names_match_without_accents_case_or_spacing_and_new_ones_are_added(project):
    sheet = HEADER + (
        "andreas stuhlmuller,GOOGLE  research,head of research,2015,2020-03,doc,"
        '"Andreas Stuhlmüller leitete von 2015 bis März 2020 die Forschung bei Alphabet."\n'
        "A. Alpha,OpenAI,chief scientist,2020-05,2024/..,doc,Ada Alpha ist seit Mai 2020 Chefwissenschaftlerin bei OpenAI.\n"
        "Cleo Neu,OpenAI,,unknown,,https://example.org/cleo,Cleo Neu works at OpenAI.\n"
        "Cleo Neu,Anthropic,advisor,2021,,https://example.org/cleo,Cleo Neu advises Anthropic.\n"
    )
    report = run(project, sheet)
    assert report.written and report.refused == []
    assert report.matched_people == {"andreas stuhlmuller": "andreas", "A. Alpha": "ada"}
    assert report.matched_orgs == {"GOOGLE  research": "alphabet"}
    assert report.created_people == {"cleo-neu": "Cleo Neu"}  # once, though two rows name her
    assert report.created_orgs == {"openai": "OpenAI", "anthropic": "Anthropic"}
    assert report.created_sources == {"example-org-cleo": "https://example.org/cleo"}
    assert report.unchecked_quotes == 2
    text = project.read_text(encoding="utf-8")
    result = load(text, root=project.parent.parent)
    assert result.ok, result.errors
    positions = {p.id: p for p in result.dataset.document.positions}
    stuhlmuller = positions["andreas-alphabet-2015"]
    assert (stuhlmuller.person, stuhlmuller.org, str(stuhlmuller.start), str(stuhlmuller.end)) == (
        "andreas", "alphabet", "2015", "2020-03",
    )  # fmt: skip
    assert str(positions["cleo-neu-openai-unknown"].start) == "unknown"
    # only insertions: every line of the old file is still there, in order
    changes = difflib.SequenceMatcher(None, RECORD.splitlines(), text.splitlines(), autojunk=False).get_opcodes()
    assert {change[0] for change in changes} == {"equal", "insert"}
    assert report.lines()[0] == "4 rows: 4 positions added, 0 refused."


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Ada Alpha,Meta,,2019,2020,doc,", "the quote cell is empty"),
        (",Meta,,2019,2020,doc,Ben Beta arbeitete bei Meta.", "the person cell is empty"),
        ("Ada Alpha,Meta,,2019-13,,doc,Ben Beta arbeitete bei Meta.", "start: '2019-13': month 13 does not exist"),
        (
            "Ada Alpha,Meta,,2021,2020,doc,Ben Beta arbeitete bei Meta.",
            "the position ends (2020) before it starts (2021)",
        ),
        ("Ada Alpha,Meta,,2030,,doc,Ben Beta arbeitete bei Meta.", "start 2030 is in the future (today is 2026-11-24)"),
        ("Ada Alpha,unknown,,2019,,doc,Ben Beta arbeitete bei Meta.", "the organisation is 'unknown'"),
        ("Ben Beta,Meta,,2019,,doc,Ben Beta arbeitete bei Meta.", "person 'Ben Beta' matches 2 records (ben-1, ben-2)"),
        ("Ada Alpha,Meta,,2019,,nowhere,Ben Beta arbeitete bei Meta.", "source 'nowhere' is neither a source id"),
        ("Ada Alpha,Meta,,2019,,ftp://example.org/x,Ben Beta arbeitete bei Meta.", "source 'ftp://example.org/x' is"),
        ("Ada Alpha,Meta,,2019,,doc,Ada Alpha arbeitete bei Meta.", "quote not found in seeds/doc.txt"),
        ("Ada Alpha,Meta,,2019,,doc,Ben Beta arbeitete bei Meta.,extra", "8 cells, but 7 columns"),
    ],
)
def test_a_bad_row_is_refused_with_its_line_and_reason_and_the_others_are_written(project, row, reason):
    good = "Ada Alpha,OpenAI,,2020-05,,web,Ada Alpha is at OpenAI.\n"
    report = run(project, HEADER + good + row + "\n")
    assert [line for line, _ in report.refused] == [3]
    assert report.refused[0][1].startswith(reason), report.refused
    assert report.written and len(report.added) == 1
    assert any(line.startswith("sheet.csv:3: refused: ") for line in report.lines("sheet.csv"))


def test_long_web_addresses_with_one_slug_get_ids_within_the_id_rules_and_are_written(project):
    """Issue 24: addresses whose ids are one long slug (http and https, another query) got a '-2'
    that broke the id length rule, and the whole import was refused. Twice: within one sheet, and
    against the sources an earlier import added."""
    path = "/" + "/".join(["a-rather-long-path-segment"] * 6)
    first, *others = [f"https://example.org{path}", f"http://example.org{path}", f"https://example.org{path}?p=2"]
    row = "Ada Alpha,OpenAI,,2020-{:02d},,{},Ada Alpha is at OpenAI.\n"
    assert run(project, HEADER + row.format(1, first)).written
    report = run(project, HEADER + "".join(row.format(month, url) for month, url in enumerate(others, 2)))
    assert report.written and report.refused == [] and report.result is None
    result = load(project.read_text(encoding="utf-8"), root=project.parent.parent)
    assert result.ok, result.errors
    web = {sid: source.url for sid, source in result.dataset.document.sources.items() if "rather-long" in sid}
    assert sorted(web.values()) == sorted([first, *others])
    assert {len(sid) for sid in web} == {MAX_ID_LENGTH} and all(is_id(sid) for sid in web)


def test_a_record_not_in_the_plain_layout_is_refused_with_a_reason(project):
    project.write_text("---\n" + RECORD, encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="not in the plain layout new records are added to"):
        run(project, HEADER + "Ada Alpha,OpenAI,,2020-05,,web,Ada Alpha is at OpenAI.\n")
    assert project.read_text(encoding="utf-8") == "---\n" + RECORD


def test_a_row_twice_in_one_sheet_is_imported_once_and_the_second_counted_as_recorded(project):
    """Issue 24: the second row was refused ("already recorded"), and the import exited 1."""
    row = "Ada Alpha,OpenAI,,2020-05,,web,Ada Alpha is at OpenAI.\n"
    report = run(project, HEADER + row + row)
    assert len(report.added) == 1 and report.refused == [] and report.merged == []
    assert report.already == [(3, report.added[0])]
    assert report.lines()[0] == "2 rows: 1 positions added, 1 already recorded, 0 refused."


def test_dry_run_and_strict_write_nothing(project):
    before = project.read_bytes()
    sheet = HEADER + "Ada Alpha,OpenAI,,2020-05,,web,Ada Alpha is at OpenAI.\n"
    report = run(project, sheet, dry_run=True)
    assert report.added and not report.written and project.read_bytes() == before
    report = run(project, sheet + ",Meta,,,,doc,x\n", strict=True)
    assert report.refused and not report.written and project.read_bytes() == before


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"person,org,quote\n", "missing column 'source'"),
        (b"person,organisation,source,quote,salary\n", "unknown column 'salary'"),
        (b"person,organisation,source,quote\n\xff\xfe", r"the file is not UTF-8 text \(byte 33\)"),
        (b"person,Person,organisation,source,quote\n", "a column is named twice"),
    ],
)
def test_a_sheet_that_is_not_one_is_refused_with_a_message(data, message):
    with pytest.raises(SpreadsheetError, match=message):
        read_rows(data)


def test_headers_are_read_without_case_or_a_byte_order_mark():
    rows = read_rows("\ufeffPerson, Organization ,Source,QUOTE\nAda,Meta,doc,q\n\n".encode())
    assert [(row.line, row.cells) for row in rows] == [
        (2, {"person": "Ada", "organisation": "Meta", "source": "doc", "quote": "q"})
    ]


def test_an_invalid_record_is_not_imported_into(project):
    project.write_text(RECORD.replace("org: meta", "org: nowhere"), encoding="utf-8")
    with pytest.raises(SpreadsheetError, match="is not valid now"):
        run(project, HEADER + "Ada Alpha,OpenAI,,2020-05,,web,Ada Alpha is at OpenAI.\n")


def test_the_import_waits_for_the_records_lock_and_keeps_mode_and_symlink(project, tmp_path_factory):
    os.chmod(project, 0o640)
    link_folder = tmp_path_factory.mktemp("elsewhere")
    link = link_folder / "events.yaml"
    link.symlink_to(project)
    sheet = HEADER + "Ada Alpha,OpenAI,,2020-05,,web,Ada Alpha is at OpenAI.\n"
    held, release = threading.Event(), threading.Event()

    def writer():
        with atomic.locked(project):
            held.set()
            release.wait(10)

    thread = threading.Thread(target=writer)
    thread.start()
    held.wait(10)
    with pytest.raises(atomic.Busy):
        import_positions(link, read_rows(sheet.encode()), today=TODAY, root=project.parent.parent, timeout=0.2)
    release.set()
    thread.join()
    assert project.read_text(encoding="utf-8") == RECORD  # the busy import wrote nothing
    report = import_positions(link, read_rows(sheet.encode()), today=TODAY, root=project.parent.parent)
    assert report.written
    assert link.is_symlink() and "ada-openai-2020-05" in project.read_text(encoding="utf-8")
    assert oct(project.stat().st_mode & 0o777) == oct(0o640)


def test_the_command_reports_and_exits_1_when_a_row_was_refused(project, tmp_path):
    sheet = tmp_path / "positions.csv"
    sheet.write_text(HEADER + "A. Alpha,OpenAI,,2020-05,,web,Ada Alpha is at OpenAI.\nX,Meta,,2031,,doc,q\n")
    command = [sys.executable, "-m", "dashboard", "import", str(sheet), "--data", str(project), "--today", "2026-11-24"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "2 rows: 1 positions added, 1 refused."
    assert "matched people: A. Alpha -> ada" in lines
    assert "new organisations: openai (OpenAI)" in lines
    assert f"{sheet}:3: refused: start 2031 is in the future (today is 2026-11-24)" in lines
    done = subprocess.run([*command[:4], str(tmp_path / "missing.csv"), *command[5:]], capture_output=True,
                          text=True, cwd=REPO, check=False)  # fmt: skip
    assert done.returncode == 2 and "missing.csv: error: no such file" in done.stderr


# --- characters no source prints (issue 22) -----------------------------------------------------


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Ada Alpha,Meta,,2019,,doc,Ben Beta arbeitete\x00 bei Meta.",
         "the quote cell holds U+0000 NULL (character 19): a control character"),
        ("Ada\x1b[8m Alpha,Meta,,2019,,doc,Ben Beta arbeitete bei Meta.", "the person cell holds U+001B ESCAPE (character 4)"),
        # at the end of a cell: refused, not stripped away with the spaces
        ("Ada Alpha\u2028,Meta,,2019,,doc,Ben Beta arbeitete bei Meta.", "the person cell holds U+2028 LINE SEPARATOR"),
        ("Ada Alpha,Meta\x85,,2019,,doc,Ben Beta arbeitete bei Meta.", "the organisation cell holds U+0085 NEXT LINE (NEL)"),
        ("\u202eahplA adA,Meta,,2019,,doc,Ben Beta arbeitete bei Meta.", "the person cell holds U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("Ada Alpha,Meta,\x9b31m,2019,,doc,Ben Beta arbeitete bei Meta.", "the role cell holds U+009B CONTROL SEQUENCE INTRODUCER"),
    ],
)  # fmt: skip
def test_a_row_with_a_character_no_source_prints_is_refused_and_nothing_of_it_written(project, row, reason):
    good = "Ada Alpha,OpenAI,,2020-05,,web,Ada Alpha is at OpenAI.\n"
    report = run(project, HEADER + good + row + "\n")
    assert report.refused == [(3, report.refused[0][1])] and report.refused[0][1].startswith(reason), report.refused
    assert report.written and len(report.added) == 1
    text = project.read_text(encoding="utf-8")
    assert not characters.REFUSED.search(text) and "\\u0000" not in text and "\\e" not in text
    assert not any(characters.REFUSED.search(line) for line in report.lines("sheet.csv"))  # named, not printed
    before = project.read_bytes()
    strict = run(project, HEADER + row + "\n", strict=True)
    assert strict.refused and not strict.written and project.read_bytes() == before


def test_a_header_with_a_control_character_is_refused():
    with pytest.raises(SpreadsheetError, match=r"line 1: column 2's name holds U\+0000 NULL"):
        read_rows(b"person,organisation\x00,source,quote\n")


def test_the_command_refuses_a_nul_and_exits_1(project, tmp_path):
    sheet = tmp_path / "positions.csv"
    sheet.write_bytes((HEADER + "Ada Alpha,Meta,,2019,,doc,Ben Beta\x00 arbeitete bei Meta.\n").encode())
    before = project.read_bytes()
    command = [sys.executable, "-m", "dashboard", "import", str(sheet), "--data", str(project), "--today", "2026-11-24"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    assert done.returncode == 1, done.stderr
    assert f"{sheet}:2: refused: the quote cell holds U+0000 NULL (character 9)" in done.stdout
    assert "Traceback" not in done.stderr and "\x00" not in done.stdout
    assert project.read_bytes() == before
