"""Importing positions from a spreadsheet (issue 15, part 2): ``python -m dashboard import``.

People and organisations are matched by name and alias without case, accents or spacing; the
rest is added; bad rows are refused with their line and reason; the file is written like every
save (inserted text, validated, locked, atomic, mode and symlink kept)."""

from __future__ import annotations

import difflib
import hashlib
import os
import shutil
import subprocess
import sys
import threading

import pytest

from dashboard.edit import atomic, importing
from dashboard.edit.importing import SpreadsheetError, import_positions, read_rows
from dashboard.record import characters
from dashboard.record.model import MAX_ID_LENGTH, is_id
from support.imports import HEADER, RECORD, import_project
from support.records import REPO, TODAY, load


@pytest.fixture
def project(tmp_path):
    return import_project(tmp_path)


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


def test_a_roster_of_current_terms_imports_whole_with_its_ends_scheduled(project):
    """Issue 24: every current term of a public roster (end 2027-01-03) was refused as "in the
    future", and with it the chamber change the record would derive."""
    roster = "https://example.org/roster"
    sheet = HEADER + (
        f"Ada Alpha,House,representative,2019-01-03,2025-01-03,{roster},Ada Alpha served in the House until 2025.\n"
        f'Ada Alpha,Senate,senator,2025-01-03,2031-01-03,{roster},"Ada Alpha’s Senate term ends January 3, 2031."\n'
        f"Cleo Neu,House,representative,2023-01-03,2027-01-03,{roster},Cleo Neu's House term ends in 2027.\n"
        f"Dan Dee,House,representative,2025-01-03,2027/..,{roster},Dan Dee serves until 2027 or later.\n"
        f"Eve Ex,House,representative,2027-01-03,2029-01-03,{roster},Eve Ex will take her seat in 2027.\n"
    )
    report = run(project, sheet)
    assert report.written and report.scheduled == 2
    assert report.refused == [
        (5, "end 2027/.. is in the future and open: a scheduled end is a date or a span"),
        (6, "start 2027-01-03 is in the future (today is 2026-11-24)"),  # a start is never scheduled
    ]
    assert "2 ends in the future: marked as scheduled (end_scheduled: true)." in report.lines()
    assert report.as_json()["scheduled_ends"] == 2
    text = project.read_text(encoding="utf-8")
    assert text.count("end_scheduled: true") == 2
    result = load(text, root=project.parent.parent)
    assert result.ok, result.errors
    scheduled = {p.id: p.end_scheduled for p in result.dataset.document.positions}
    assert scheduled == {"ada-meta": False, "ada-house-2019-01-03": False, "ada-senate-2025-01-03": True,
                         "cleo-neu-house-2023-01-03": True}  # fmt: skip
    from dashboard.analysis.tables import moves_table

    assert moves_table(result.dataset)["id"].tolist() == ["ada-house-2019-01-03~ada-senate-2025-01-03"]


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
    assert all(len(sid) <= MAX_ID_LENGTH and is_id(sid) for sid in web)


def test_a_long_address_twice_gets_one_readable_id_ending_in_a_digest_of_the_address(project, tmp_path):
    """Issue 24: the AI Watch import was refused whole for one generated id: a long web-archive
    address cut to the id length, then '-2' for another address with the same start. A long
    address keeps its start and ends with a digest of the whole address: two such addresses get
    two ids with no suffix, the same ids in every import and in any order, and the same address
    twice is one source."""
    start = "https://web.archive.org/web/20190101000000/https://example.org/" + "people-and-teams/" * 5
    one, two = start + "ada-alpha", start + "cleo-neu"
    rows = [f"Ada Alpha,OpenAI,,2019,,{one},Ada Alpha works at OpenAI.\n",
            f"Cleo Neu,OpenAI,,2019,,{two},Cleo Neu works at OpenAI.\n",
            f"Ada Alpha,OpenAI,engineer,2018,,{one},Ada Alpha was an engineer at OpenAI.\n"]  # fmt: skip
    report = run(project, HEADER + "".join(rows))
    assert report.written and report.refused == [] and report.result is None
    assert sorted(report.created_sources.values()) == [one, two]  # the same address twice: one source
    made = {url: sid for sid, url in report.created_sources.items()}
    for url, sid in made.items():
        assert is_id(sid) and len(sid) <= MAX_ID_LENGTH
        assert sid.startswith("web-archive-org-web-20190101000000-https-example-org-people-and-teams")
        assert sid.endswith("-" + hashlib.sha256(url.encode()).hexdigest()[:8]) and not sid.endswith("-2")
    # another copy of the record, the rows the other way round: the same ids
    other = tmp_path / "other"
    shutil.copytree(project.parent.parent, other)
    (other / "data" / "events.yaml").write_text(RECORD, encoding="utf-8")
    again = run(other / "data" / "events.yaml", HEADER + "".join(reversed(rows)))
    assert {url: sid for sid, url in again.created_sources.items()} == made
    # imported again: nothing new, not a byte changed
    before = project.read_bytes()
    repeat = run(project, HEADER + "".join(rows))
    assert (repeat.added, repeat.merged, repeat.created_sources, repeat.refused) == ([], [], {}, [])
    assert [line for line, _ in repeat.already] == [2, 3, 4] and project.read_bytes() == before


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


# --- a bad row alone, a second source merged (issue 24) -------------------------------------------


def test_a_recorded_position_from_another_source_gets_the_source_and_quote_in_its_evidence(project):
    """Issue 24: 138 AI Watch rows restate a position from another page and were refused ("already
    recorded"). The new source and quote are added at the end of the position's evidence, a pure
    insertion; the same source and quote again (spacing aside) is a no-op."""
    restated = "Ada Alpha,Meta,,2019,2020,https://example.org/ada,Ada Alpha was at Meta from 2019 to 2020.\n"
    report = run(project, HEADER + restated)
    assert report.written and report.refused == [] and report.added == []
    assert report.merged == [(2, "ada-meta")] and report.created_sources == {
        "example-org-ada": "https://example.org/ada"
    }
    assert report.lines()[0] == "1 rows: 0 positions added, 1 source added to positions' evidence, 0 refused."
    assert "new evidence for: ada-meta (line 2)" in report.lines()
    assert report.as_json()["merged"] == [{"line": 2, "position": "ada-meta"}]
    text = project.read_text(encoding="utf-8")
    changes = difflib.SequenceMatcher(None, RECORD.splitlines(), text.splitlines(), autojunk=False).get_opcodes()
    assert {change[0] for change in changes} == {"equal", "insert"}
    assert text.endswith('      - source: example-org-ada\n        quote: "Ada Alpha was at Meta from 2019 to 2020."\n')
    result = load(text, root=project.parent.parent)
    assert result.ok, result.errors
    [position] = result.dataset.document.positions
    assert [(item.source, item.quote) for item in position.evidence] == [
        ("doc", "Ben Beta arbeitete bei Meta."), ("example-org-ada", "Ada Alpha was at Meta from 2019 to 2020."),
    ]  # fmt: skip
    before = project.read_bytes()
    spaced = "Ada Alpha,Meta,,2019,2020,doc,Ben  Beta arbeitete\u00a0bei Meta.\n"  # the recorded quote, spaced
    again = run(project, HEADER + restated + spaced)
    assert (again.added, again.merged, again.refused) == ([], [], [])
    assert again.already == [(2, "ada-meta"), (3, "ada-meta")] and not again.written
    assert project.read_bytes() == before


def test_a_position_new_in_the_sheet_gets_every_source_the_sheet_gives_it(project):
    rows = ("Cleo Neu,OpenAI,,2021,,https://example.org/a,Cleo Neu joined OpenAI in 2021.\n"
            "cleo neu,OpenAI,,2021,,https://example.org/b,Cleo Neu is at OpenAI since 2021.\n"
            "Cleo Neu,OpenAI,,2021,,https://example.org/a,Cleo Neu joined OpenAI in 2021.\n")  # fmt: skip
    report = run(project, HEADER + rows)
    assert report.added == ["cleo-neu-openai-2021"] and report.merged == [(3, "cleo-neu-openai-2021")]
    assert report.already == [(4, "cleo-neu-openai-2021")] and report.refused == []
    [position] = [p for p in load(project.read_text(encoding="utf-8"), root=project.parent.parent)
                  .dataset.document.positions if p.id == "cleo-neu-openai-2021"]  # fmt: skip
    assert [item.source for item in position.evidence] == ["example-org-a", "example-org-b"]


def test_a_recorded_position_whose_evidence_is_not_a_block_list_refuses_only_its_row(project):
    flow = RECORD.replace(
        "    evidence:\n      - source: doc\n        quote: Ben Beta arbeitete bei Meta.\n",
        "    evidence: [{source: doc, quote: Ben Beta arbeitete bei Meta.}]\n",
    )
    project.write_text(flow, encoding="utf-8")
    sheet = HEADER + (
        "Ada Alpha,Meta,,2019,2020,https://example.org/ada,Ada Alpha was at Meta.\n"
        "Ada Alpha,OpenAI,,2020-05,,web,Ada Alpha is at OpenAI.\n"
    )
    report = run(project, sheet)
    assert [line for line, _ in report.refused] == [2]
    assert report.refused[0][1] == (
        "already recorded as position 'ada-meta', and its evidence can't take another: position ada-meta has no "
        "block 'evidence:' list: add the evidence by hand"
    )
    assert report.added == ["ada-openai-2020-05"] and report.written
    assert "example.org/ada" not in project.read_text(encoding="utf-8")  # nothing of the refused row


def test_a_row_the_validator_refuses_is_refused_alone_with_its_message(project, monkeypatch):
    """A check the import does not make itself (here: its own date check switched off) is made by
    the validator of the new file; the rows behind the records it refuses are refused with its
    message, with what only they needed (a new person, a new web source), and the rest is written."""
    monkeypatch.setattr(importing, "future_refusal", lambda dates, today: None)
    sheet = HEADER + (
        "Ada Alpha,OpenAI,,2020-05,,web,Ada Alpha is at OpenAI.\n"
        "Zoe Zukunft,OpenAI,,2031,,https://example.org/zoe,Zoe Zukunft will join OpenAI.\n"
        "Ada Alpha,Meta,,2019,2020,https://example.org/later,Ada Alpha was at Meta.\n"
    )
    report = run(project, sheet)
    assert report.refused == [
        (3, "the record would not be valid with it: date 2031 is in the future (today is 2026-11-24)")
    ]
    assert report.written and report.result is None
    assert report.added == ["ada-openai-2020-05"] and report.merged == [(4, "ada-meta")]
    assert "zoe" not in report.created_people and "example-org-zoe" not in report.created_sources
    text = project.read_text(encoding="utf-8")
    assert "Zukunft" not in text and "example.org/zoe" not in text
    assert load(text, root=project.parent.parent).ok


def test_an_error_no_row_is_behind_refuses_the_file_and_writes_nothing(project, monkeypatch):
    monkeypatch.setattr(importing, "future_refusal", lambda dates, today: None)
    monkeypatch.setattr(importing._Plan, "lines_behind", lambda self, path: None)
    before = project.read_bytes()
    report = run(project, HEADER + "Zoe Zukunft,OpenAI,,2031,,web,Zoe Zukunft will join OpenAI.\n")
    assert not report.written and report.refused == []
    assert [problem.code for problem in report.result.errors] == ["date-in-future"]
    assert "the new file would not be valid: date 2031 is in the future (today is 2026-11-24)" in report.lines()
    assert project.read_bytes() == before


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Ada Alpha,Meta,,2019,,http://[::1/ada,Ada Alpha was at Meta.",
         "source: URL 'http://[::1/ada' is not an address: Invalid IPv6 URL"),
        ("Ada Alpha,Meta,,2019,,https://exa mple.org,Ada Alpha was at Meta.", "source: URL 'https://exa mple.org' holds"),
        ("Ada Alpha,Meta,,2019,,HTTPS://,Ada Alpha was at Meta.", "source: URL 'HTTPS://' has no host"),
    ],
)  # fmt: skip
def test_an_address_that_is_none_is_refused_alone(project, row, reason):
    """Issue 24: an address urlsplit can't split stopped the whole import with a traceback."""
    report = run(project, HEADER + "Ada Alpha,OpenAI,,2020-05,,web,Ada Alpha is at OpenAI.\n" + row + "\n")
    assert [line for line, _ in report.refused] == [3] and report.refused[0][1].startswith(reason), report.refused
    assert report.written and report.added == ["ada-openai-2020-05"]


def test_names_written_alike_are_one_new_organisation_and_an_unknown_lookalike_is_refused(project):
    sheet = HEADER + (
        "Ada Alpha,Example Lab,,2021,,web,Ada Alpha is at Example Lab.\n"
        "Cleo Neu,EXAMPLE-LAB,,2021,,web,Cleo Neu is at Example Lab.\n"
        "Andreas Stuhlmüller,Example  Lab.,,2021,,web,Andreas Stuhlmüller is at Example Lab.\n"
        "Andreas Stuhlmüller,Ünknown,,2022,,web,Andreas Stuhlmüller is somewhere.\n"
    )
    report = run(project, sheet)
    assert report.created_orgs == {"example-lab": "Example Lab"} and len(report.added) == 3
    assert report.refused == [(5, "the organisation is 'unknown': a position is always somewhere known")]
    result = load(project.read_text(encoding="utf-8"), root=project.parent.parent)
    assert result.ok and {p.org for p in result.dataset.document.positions if p.id in report.added} == {"example-lab"}


def test_the_report_lists_ten_names_and_says_how_many_more(project):
    rows = "".join(
        f"Person {number},Org {number},,2020,,web,Person {number} is at Org {number}.\n" for number in range(25)
    )
    report = run(project, HEADER + rows)
    line = next(line for line in report.lines() if line.startswith("new people: "))
    assert line.endswith("person-9 (Person 9) and 15 more (--format json lists them all)")
    assert line.count(" (Person ") == 10 and len(report.as_json()["new_people"]) == 25
