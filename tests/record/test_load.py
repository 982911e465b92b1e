"""Loading and validating a record: each rule's code, at the right line and column, all in one run."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from dashboard.record.load import MAX_FILE_BYTES, load_file, project_root, read_text
from support.records import REPO, SHIPPED, TODAY, line_of, load, position_of, replace_once


def test_shipped_record_is_valid():
    result = load_file(SHIPPED, today=TODAY)
    assert result.errors == []
    assert result.ok
    assert len(result.dataset.document.moves) >= 10


def test_estimated_dates_are_warnings_not_errors(shipped_text):
    result = load(shipped_text)
    assert result.ok
    estimated = [w for w in result.warnings if w.code == "estimated-date"]
    assert estimated, "the seed documents carry no dates, so their dates are estimates"
    first = estimated[0]
    assert first.path == ("sources", "insideit-llama-authors", "published")
    assert (first.line, first.col) == position_of(shipped_text, 'published: |"2023/.."')


# (what is broken, text to replace, replacement, expected code, where: see support.records.position_of)
RULES = [
    ("unknown key", "    from: meta\n    to: apple\n", "    form: meta\n    to: apple\n", "unknown-field", "|form: meta"),
    ("unknown section", "\nstays:\n", "\nstay:\n", "unknown-section", "\n|stay:"),
    ("missing field", "    date_kind: effective\n", "", "missing-field", "- |id: joulin-meta-to-apple"),
    ("unknown person", "person: armand-joulin", "person: armand-jolin", "unknown-person", "person: |armand-jolin"),
    ("unknown organisation", "    to: apple\n", "    to: apel\n", "unknown-organisation", "to: |apel"),
    ("unknown parent", "    parent: apple\n", "    parent: aple\n", "unknown-organisation", "parent: |aple"),
    ("unknown cohort", "    cohorts: [llama-paper-authors]\n  guillaume", "    cohorts: [llama-authors]\n  guillaume",
     "unknown-cohort", "cohorts: [|llama-authors]"),
    ("unknown source", "source: insideit-llama-authors\n        supports: [person, from, to]\n        quote: >-\n          Armand",
     "source: inside-llama\n        supports: [person, from, to]\n        quote: >-\n          Armand",
     "unknown-source", "source: |inside-llama"),
    ("origin equals destination", "    to: apple\n", "    to: meta\n", "same-origin-and-destination",
     "    to: |meta\n    date: \"2023-05/..\""),
    ("bad date", 'date: "2023-05/.."', 'date: "2023-13"', "invalid-date", 'date: |"2023-13"'),
    ("bad date in an interval", 'date: "2023-05/.."', 'date: "2023-13/.."', "invalid-date", 'date: |"2023-13/.."'),
    ("padded-looking date", 'date: "2023-05/.."', 'date: "May 2023"', "invalid-date", 'date: |"May 2023"'),
    ("future date", 'date: "2023-05/.."', 'date: "2027-01"', "date-in-future", 'date: |"2027-01"'),
    ("future open interval", 'date: "2023-05/.."', 'date: "2027-01/.."', "date-in-future", 'date: |"2027-01/.."'),
    ("interval ending before it starts", 'date: "2023-05/.."', 'date: "2025/2023"', "invalid-date", 'date: |"2025/2023"'),
    ("quote not in document", "verliess Meta bereits im Mai", "verließ Meta bereits im Mai", "quote-not-found",
     "quote: |>-\n          Armand Joulin, ein weiterer Llama-Autor, verließ"),
    ("path with ..", "path: seeds/000_754018a0b65caa00.txt", "path: seeds/../data/events.yaml", "unsafe-source-path",
     "path: |seeds/../"),
    ("absolute path", "path: seeds/000_754018a0b65caa00.txt", "path: /etc/passwd", "unsafe-source-path", "path: |/etc/passwd"),
    ("path outside seeds", "path: seeds/000_754018a0b65caa00.txt", "path: data/events.yaml", "unsafe-source-path",
     "path: |data/events.yaml"),
    ("missing document", "path: seeds/000_754018a0b65caa00.txt", "path: seeds/nope.txt", "document-not-found",
     "path: |seeds/nope.txt"),
    ("url scheme", "path: seeds/000_754018a0b65caa00.txt", "url: ftp://example.org/a.txt", "invalid-url", "url: |ftp://"),
    ("javascript url", "path: seeds/000_754018a0b65caa00.txt", "url: javascript:alert(1)", "invalid-url", "url: |javascript"),
    ("duplicate move id", "- id: lample-meta-to-mistral", "- id: lacroix-meta-to-mistral", "duplicate-id",
     "- id: |lacroix-meta-to-mistral\n    person: guillaume-lample"),
    ("bad headcount", 'headcount: "3"', 'headcount: "03"', "invalid-count", 'headcount: |"03"'),
    ("headcount on a person", "    person: armand-joulin\n", "    person: armand-joulin\n    headcount: \"2\"\n",
     "headcount-on-person", 'headcount: |"2"'),
    ("group without headcount", '    headcount: "3"\n    from: alphabet', "    from: alphabet", "missing-headcount",
     "group: |three scientists"),
    ("person and group", "    person: armand-joulin\n", "    person: armand-joulin\n    group: some people\n",
     "person-or-group", "- |id: joulin-meta-to-apple"),
    ("flag", "    date_estimated: true\n    note: >-\n      The source says", "    date_estimated: yes\n    note: >-\n      The source says",
     "invalid-flag", "date_estimated: |yes"),
    ("kind", "date_kind: effective", "date_kind: actual", "invalid-choice", "date_kind: |actual"),
    ("bad id", "  - id: joulin-meta-to-apple", "  - id: Joulin Meta", "invalid-id", "id: |Joulin Meta"),
    ("reserved org id", "  scale-ai:\n", "  unknown:\n", "reserved-id", "\n  |unknown:"),
    ("self parent", "    parent: apple\n", "    parent: apple-foundation-models\n", "own-parent",
     "parent: |apple-foundation-models"),
    ("language", "language: it", "language: Italian", "invalid-language", "language: |Italian"),
    ("empty evidence", "    evidence:\n      - source: insideit-llama-authors\n        supports: [person, from, to]\n        quote: >-\n          Armand",
     "    evidence: []\n    x_evidence:\n      - source: insideit-llama-authors\n        supports: [person, from, to]\n        quote: >-\n          Armand",
     "empty-list", "evidence: |[]"),
    ("claim value over 100 percent", 'value: "50"', 'value: "150"', "claim-exceeds-cohort", 'value: |"150"'),
    ("text where a list belongs", "    aliases: [Mistral]\n", "    aliases: Mistral\n", "expected-list", "aliases: |Mistral"),
    ("list where text belongs", "    name: Apple\n", "    name: [Apple]\n", "expected-text", "name: |[Apple]"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "old", "new", "code", "where"), RULES, ids=[rule[0] for rule in RULES])
def test_each_rule_reports_its_code_at_its_line_and_column(shipped_text, what, old, new, code, where):
    text = replace_once(shipped_text, old, new)
    result = load(text)
    assert not result.ok
    matching = [problem for problem in result.errors if problem.code == code]
    assert matching, f"{what}: no {code} error; got {[(p.code, p.message) for p in result.errors]}"
    assert (matching[0].line, matching[0].col) == position_of(text, where)


# The wording of the messages people meet most (messages are for people; everything else matches
# codes): what is wrong, the value as written, and what to do about it.
# (code, text to replace, replacement, the whole message)
MESSAGES = [
    ("unknown-organisation", "    to: apple\n", "    to: apel\n", "unknown organisation 'apel' (did you mean 'apple'?)"),
    ("unknown-field", "    from: meta\n    to: apple\n", "    form: meta\n    to: apple\n",
     "unknown field 'form' (did you mean 'from'?)"),
    ("quote-not-found", "verliess Meta bereits im Mai", "verließ Meta bereits im Mai",
     "quote not found in seeds/000_754018a0b65caa00.txt: the document agrees up to "
     "...'n weiterer Llama-Autor, verlie' but not from 'ß Meta bereits im Mai und ist'..."),
    ("date-in-future", 'date: "2023-05/.."', 'date: "2027-01"', "date 2027-01 is in the future (today is 2026-11-24)"),
    ("invalid-date", 'date: "2023-05/.."', 'date: "May 2023"',
     "'May 2023' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (as precise as the source, never padded), "
     "'../YYYY' (up to), 'YYYY/..' (or later), 'YYYY/YYYY' (between) or 'unknown'"),
    ("wrong-supports", "supports: [person, from, to]\n        quote: >-\n          Armand",
     "supports: [person, from, org]\n        quote: >-\n          Armand",
     "'supports' names 'org', which this record does not have (it can list person, group, from, to, role, from_role)"),
    ("estimated-date", "", "", "publication date 2023/.. is an estimate"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "old", "new", "message"), MESSAGES, ids=[message[0] for message in MESSAGES])
def test_key_messages_keep_their_wording(shipped_text, code, old, new, message):
    result = load(replace_once(shipped_text, old, new) if old else shipped_text)
    assert message in [problem.message for problem in result.errors + result.warnings if problem.code == code]


def test_all_errors_of_a_file_come_in_one_run(shipped_text):
    text = shipped_text
    for old, new in [("person: armand-joulin", "person: nobody"), ('date: "2023-05/.."', 'date: "2023-13"'),
                     ("language: it", "language: xx1"), ("    to: apple\n", "    to: nowhere\n")]:  # fmt: skip
        text = replace_once(text, old, new)
    result = load(text)
    # in the order of the file
    assert [p.code for p in result.errors] == [
        "invalid-language",
        "unknown-person",
        "unknown-organisation",
        "invalid-date",
    ]
    assert [p.line for p in result.errors] == sorted(p.line for p in result.errors)


def test_a_broken_record_does_not_hide_the_others_or_cascade(shipped_text):
    # Alexandre Wang's person record breaks; his move must not also report "unknown person".
    text = replace_once(shipped_text, "    name: Alexandre Wang\n", "    name: [Alexandre Wang]\n")
    result = load(text)
    assert [(p.code, p.line) for p in result.errors] == [("expected-text", line_of(text, "name: [Alexandre Wang]"))]


def test_duplicate_move_is_flagged(shipped_text):
    block_start = shipped_text.index("  - id: joulin-meta-to-apple")
    block_end = shipped_text.index("\n\n", block_start)
    block = shipped_text[block_start:block_end]
    text = replace_once(shipped_text, block, block + "\n" + block.replace("joulin-meta-to-apple", "joulin-again"))
    result = load(text)
    [problem] = result.errors
    assert problem.code == "duplicate-move"
    assert (problem.line, problem.col) == position_of(text, "- id: |joulin-again")
    assert "'joulin-meta-to-apple'" in problem.message  # the message names the move it repeats


def test_duplicate_yaml_key_names_both_lines(shipped_text):
    text = replace_once(shipped_text, "    to: apple\n", "    to: apple\n    to: meta\n")
    result = load(text)
    first = line_of(text, "    to: apple\n    to: meta")
    [problem] = result.errors
    assert problem.code == "duplicate-key"
    assert problem.message == f"duplicate key 'to' (first written at line {first})"  # wording: it names the first
    assert (problem.line, problem.col) == (first + 1, 9)  # at the value written a second time


def test_today_is_injectable(shipped_text):
    assert load(shipped_text, today=dt.date(2026, 1, 1)).ok
    result = load(shipped_text, today=dt.date(2024, 6, 30))
    future = [p for p in result.errors if p.code == "date-in-future"]
    assert future and all("(today is 2024-06-30)" in p.message for p in future)


def test_symlink_out_of_seeds_is_refused_without_reading(project: Path, tmp_path_factory):
    secret = tmp_path_factory.mktemp("outside") / "secret.txt"
    secret.write_text("Armand Joulin, ein weiterer Llama-Autor, verliess Meta bereits im Mai", encoding="utf-8")
    link = project / "seeds" / "000_754018a0b65caa00.txt"
    link.unlink()
    link.symlink_to(secret)
    reads = []
    from dashboard.record import load as load_module

    result = load_module.load_text(
        (project / "data" / "events.yaml").read_text(encoding="utf-8"),
        name="events.yaml",
        root=project,
        today=TODAY,
        read=lambda path: reads.append(path) or path.read_text(encoding="utf-8"),
    )
    [refused] = [p for p in result.errors if p.code == "unsafe-source-path"]
    assert refused.path == ("sources", "insideit-llama-authors", "path")
    assert secret not in reads and all(path.name != "secret.txt" for path in reads)


def test_symlink_inside_seeds_is_fine(project: Path):
    seeds = project / "seeds"
    (seeds / "archive").mkdir()
    original = seeds / "000_754018a0b65caa00.txt"
    moved = seeds / "archive" / original.name
    original.rename(moved)
    original.symlink_to(moved)
    assert load_file(project / "data" / "events.yaml", today=TODAY).ok


def test_a_copy_of_the_project_elsewhere_validates_the_same(project: Path, monkeypatch):
    monkeypatch.chdir(project.parent)
    assert project_root(project / "data" / "events.yaml") == project
    assert load_file(project / "data" / "events.yaml", today=TODAY).ok


def test_file_outside_a_data_folder_uses_its_own_folder_as_root(project: Path):
    moved = project / "events.yaml"
    (project / "data" / "events.yaml").rename(moved)
    assert project_root(moved) == project
    assert load_file(moved, today=TODAY).ok


@pytest.mark.parametrize(
    ("content", "code", "position"),
    [
        ("", "empty-file", (1, 1)),
        ("# nothing but a comment\n", "empty-file", (1, 1)),
        ("- a\n- b\n", "expected-sections", (1, 1)),
        ("just text\n", "expected-sections", (1, 1)),
        ("moves: 5\n", "expected-records", (1, 8)),
        ("people: [a, b]\n", "expected-records", (1, 9)),
        ("moves:\n  - 5\n", "expected-mapping", (2, 5)),
    ],
)
def test_wrong_shapes_get_their_code(content, code, position):
    result = load(content)
    assert [(p.code, p.line, p.col) for p in result.errors] == [(code, *position)]


def test_an_empty_file_says_what_it_should_hold():
    [problem] = load("").errors
    assert problem.message == "the file is empty: expected sections such as sources, organizations, moves"


def test_bom_and_windows_line_endings_work(project: Path):
    path = project / "data" / "events.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    result = load_file(path, today=TODAY)
    assert result.ok, [p.format("x") for p in result.errors]


def test_bytes_that_are_not_utf8_are_an_error_with_position(tmp_path: Path):
    path = tmp_path / "events.yaml"
    path.write_bytes(b"moves:\n  - id: caf\xe9\n")
    result = load_file(path, today=TODAY)
    [problem] = result.errors
    assert (problem.code, problem.line, problem.col) == ("not-utf8", 2, 12)
    assert "(byte 0xe9)" in problem.message


def test_oversized_file_is_refused_before_reading(tmp_path: Path):
    path = tmp_path / "events.yaml"
    with open(path, "wb") as handle:  # a sparse file: large on paper, nothing written
        handle.truncate(MAX_FILE_BYTES + 1)
    text, problem = read_text(path)
    assert text is None
    assert (problem.code, problem.line) == ("file-too-large", None)
    assert problem.message == "the file is 100.0 MiB; the limit is 100 MiB"  # wording: both sizes


def test_unreadable_file_is_an_error_not_a_traceback(tmp_path: Path):
    result = load_file(tmp_path / "missing.yaml", today=TODAY)
    assert not result.ok
    assert [(p.code, p.line, p.col) for p in result.errors] == [("file-unreadable", 0, 0)]


@pytest.mark.parametrize("how", ["refused by the system", "mode 000"])
def test_permission_denied_is_an_error(tmp_path: Path, deny_reading, how):
    path = tmp_path / "events.yaml"
    path.write_text("moves: []\n")
    if how == "mode 000":  # the real thing, where it can be had: root can read anything
        if os.name != "posix" or os.geteuid() == 0:
            pytest.skip("root can read a file of mode 000 (the other case runs under root)")
        path.chmod(0)
    else:
        deny_reading(path)
    errors = load_file(path).errors
    assert [p.code for p in errors] == ["file-unreadable"]
    assert errors[0].message == "cannot read the file: Permission denied"


def test_problem_format_is_path_line_col_severity_message(shipped_text):
    result = load(replace_once(shipped_text, "    to: apple\n", "    to: apel\n"))
    formatted = result.errors[0].format("data/events.yaml")
    line = line_of(shipped_text, "    to: apple\n")
    assert formatted == f"data/events.yaml:{line}:9: error: unknown organisation 'apel' (did you mean 'apple'?)"


def test_repo_root_is_the_folder_holding_data():
    assert project_root(SHIPPED) == REPO


# --- dates as the source gives them: exact, bounded or unknown (dates.parse_when) ---------------


@pytest.mark.parametrize(
    ("text", "dating", "low", "high", "precision", "label"),
    [
        ("2023", "exact", "2023", "2023", "year", "2023"),
        ("2023-05", "exact", "2023-05", "2023-05", "month", "2023-05"),
        ("2023-05-17", "exact", "2023-05-17", "2023-05-17", "day", "2023-05-17"),
        ("../2025", "before", None, "2025", "before", "before 2025"),
        ("2023/..", "after", "2023", None, "after", "2023 or later"),
        ("2023-05/..", "after", "2023-05", None, "after", "2023-05 or later"),
        ("2023/2025", "between", "2023", "2025", "between", "between 2023 and 2025"),
        ("2023-05/2024-02-29", "between", "2023-05", "2024-02-29", "between", "between 2023-05 and 2024-02-29"),
        ("unknown", "unknown", None, None, "unknown", "unknown date"),
    ],
)
def test_parse_when_reads_every_spelling(text, dating, low, high, precision, label):
    from dashboard.record.dates import parse_when

    when = parse_when(text)
    assert when.dating == dating
    assert (None if when.low is None else str(when.low), None if when.high is None else str(when.high)) == (low, high)
    assert when.precision == precision
    assert when.label() == label
    assert str(when) == text  # written back exactly as read
    assert parse_when(f"  {text} ") == when  # surrounding blanks don't matter


def test_parse_when_bounds_and_exactness():
    from dashboard.record.dates import parse_when

    between = parse_when("2023-05/2025")
    assert (between.first_day(), between.last_day()) == (dt.date(2023, 5, 1), dt.date(2025, 12, 31))
    assert between.exact is None and between.anchor == between.low
    before = parse_when("../2025")
    assert before.first_day() is None and before.last_day() == dt.date(2025, 12, 31) and before.anchor == before.high
    after = parse_when("2023/..")
    assert (
        after.last_day() is None and not after.is_future(dt.date(2023, 1, 1)) and after.is_future(dt.date(2022, 12, 31))
    )
    assert parse_when("unknown").anchor is None and not parse_when("unknown").is_future(dt.date(1900, 1, 1))
    assert parse_when("2023-05").exact is not None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (2023, "2023 is not a date"),
        (
            "May 2023",
            "'May 2023' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (as precise as the source, never "
            "padded), '../YYYY' (up to), 'YYYY/..' (or later), 'YYYY/YYYY' (between) or 'unknown'",
        ),
        ("", "'' is not a date: write YYYY"),
        ("Unknown", "'Unknown' is not a date: write YYYY"),
        ("2023-13", "'2023-13': month 13 does not exist"),
        ("2023-02-29", "'2023-02-29': day 29 does not exist in 2023-02"),
        ("../..", "'../..': write 'unknown' for a date the source leaves open"),
        ("2025/2023", "'2025/2023': the interval ends before it starts"),
        ("2024-06/2024-05-31", "'2024-06/2024-05-31': the interval ends before it starts"),
        ("2023/2023", "'2023/2023': both ends are the same date; write it once (2023)"),
        ("2023/May", "'2023/May': 'May' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD, or '..' for open)"),
        ("../25", "'../25': '25' is not a date (write YYYY, YYYY-MM or YYYY-MM-DD, or '..' for open)"),
        ("2023/", "'2023/': '' is not a date"),
        ("2023/2024/2025", "'2023/2024/2025': '2024/2025' is not a date"),
        ("2023-02-30/..", "'2023-02-30': day 30 does not exist in 2023-02"),
    ],
)
def test_parse_when_says_what_is_wrong(value, message):
    from dashboard.record.dates import parse_when

    with pytest.raises(ValueError) as raised:
        parse_when(value)
    assert str(raised.value).startswith(message), str(raised.value)


def test_a_date_written_as_a_number_is_still_a_date(shipped_text):
    # An editor's YAML 1.2 reading turns an unquoted 2025 into a number; the record accepts it.
    result = load(replace_once(shipped_text, '    date: "2025"\n', "    date: 2025\n"))
    assert result.ok, [p.message for p in result.errors]
    [pineau] = [move for move in result.dataset.document.moves if move.id == "pineau-leaves-fair"]
    assert (str(pineau.date), pineau.date.precision) == ("2025", "year")


# --- date_kind "before" takes one date ----------------------------------------------------------

JOULIN_DATE = 'date: "2023-05/.."\n    date_kind: effective'


@pytest.mark.parametrize("date", ['"2023/2025"', '"2023/.."', "unknown"])
def test_before_with_an_interval_is_an_error(shipped_text, date):
    text = replace_once(shipped_text, JOULIN_DATE, f"date: {date}\n    date_kind: before")
    result = load(text)
    assert [(p.code, p.line, p.col) for p in result.errors] == [
        ("before-needs-one-date", *position_of(text, "date_kind: |before"))
    ]


@pytest.mark.parametrize("date", ['"2025"', '"../2025"'])
def test_before_with_one_date_means_up_to_that_date(shipped_text, date):
    result = load(replace_once(shipped_text, JOULIN_DATE, f"date: {date}\n    date_kind: before"))
    assert result.ok, [p.message for p in result.errors]
    [joulin] = [move for move in result.dataset.document.moves if move.id == "joulin-meta-to-apple"]
    assert (joulin.when.dating, str(joulin.when), joulin.when.label()) == ("before", "../2025", "before 2025")


# --- what the quotes support (evidence.py) ------------------------------------------------------

JOULIN_EVIDENCE = (
    "source: insideit-llama-authors\n        supports: [person, from, to]\n        quote: >-\n          Armand"
)


def _record(result, record_id):
    return next(r for r in [*result.dataset.document.moves, *result.dataset.document.stays] if r.id == record_id)


def test_supports_naming_a_field_the_move_does_not_have_is_an_error(shipped_text):
    text = replace_once(
        shipped_text, JOULIN_EVIDENCE, JOULIN_EVIDENCE.replace("[person, from, to]", "[person, from, org]")
    )
    result = load(text)
    [problem] = result.errors
    assert (problem.code, problem.line, problem.col) == (
        "wrong-supports",
        *position_of(text, "supports: |[person, from, org]"),
    )


def test_supports_naming_a_field_a_stay_does_not_have_is_an_error(shipped_text):
    text = replace_once(shipped_text, "        supports: [person, role]\n", "        supports: [person, org, to]\n")
    result = load(text)
    [problem] = result.errors
    assert (problem.code, problem.line, problem.col) == (
        "wrong-supports",
        *position_of(text, "supports: |[person, org, to]"),
    )
    assert problem.message.endswith("(it can list person, org, role)")  # a stay's fields, not a move's


def test_supports_naming_no_field_at_all_is_an_error(shipped_text):
    text = replace_once(
        shipped_text, JOULIN_EVIDENCE, JOULIN_EVIDENCE.replace("[person, from, to]", "[person, salary]")
    )
    result = load(text)
    [problem] = result.errors
    assert (problem.code, problem.line, problem.col) == ("invalid-choice", *position_of(text, "[person, |salary]"))


def test_a_field_no_quote_supports_is_inferred_and_warned(shipped_text):
    from dashboard.record.evidence import inferred_fields

    text = replace_once(shipped_text, JOULIN_EVIDENCE, JOULIN_EVIDENCE.replace("[person, from, to]", "[person, from]"))
    result = load(text)
    assert result.ok
    assert inferred_fields(_record(result, "joulin-meta-to-apple")) == ["to"]
    [problem] = [p for p in result.warnings if p.path[:2] == ("moves", 3) and p.code == "inferred-field"]
    assert problem.message == "'to' inferred: no quote's 'supports' lists it"  # Joulin's note gives the basis
    assert problem.line == line_of(
        text, "- source: insideit-llama-authors\n        supports: [person, from]\n"
    )  # the list


def test_an_inferred_field_without_a_note_asks_for_its_basis(shipped_text):
    text = replace_once(
        shipped_text, "        supports: [person, from, to, from_role]\n", "        supports: [person, from]\n"
    )
    result = load(text)
    [problem] = [p for p in result.warnings if p.code == "inferred-field" and p.path[:2] == ("moves", 6)]
    assert (
        problem.message
        == "'to', 'from_role' inferred: no quote's 'supports' lists them; say in 'note' what they are inferred from"
    )


def test_shipped_inferred_fields_are_warnings(shipped_text):
    result = load(shipped_text)
    inferred = {p.path[:2]: p.message for p in result.warnings if p.code == "inferred-field"}
    moves = result.dataset.document.moves
    assert {moves[index].id for (section, index) in inferred if section == "moves"} == {
        "gross-ssi-to-meta", "pang-apple-to-meta", "li-openai-to-meta", "bakhtin-anthropic-to-meta"}  # fmt: skip
    assert inferred[("moves", 5)] == "'from', 'to' inferred: no quote's 'supports' lists them"


def test_without_supports_nothing_is_inferred(shipped_text):
    from dashboard.record.evidence import inferred_fields

    shipped = load(shipped_text)
    assert inferred_fields(_record(shipped, "lecun-at-meta")) == ["org"]
    assert inferred_fields(_record(shipped, "touvron-at-meta")) == []  # its quote lists no supports
    result = load(replace_once(shipped_text, "        supports: [person, role]\n", ""))
    assert result.ok
    assert inferred_fields(_record(result, "lecun-at-meta")) == []
    assert not [p for p in result.warnings if p.code == "inferred-field" and p.path[0] == "stays"]


def test_one_quote_without_supports_states_the_whole_record(shipped_text):
    from dashboard.record.evidence import inferred_fields

    # Pang's second quote supports nothing; without a list on his first quote, nothing is inferred.
    result = load(
        replace_once(
            shipped_text,
            "        supports: [person, from]\n        quote: >-\n          Bloomberg",
            "        quote: >-\n          Bloomberg",
        )
    )
    assert inferred_fields(_record(result, "pang-apple-to-meta")) == []


# --- sources: unstored reports, reports_on ------------------------------------------------------


def test_an_unstored_source_cited_by_a_quote_is_an_error(shipped_text):
    old = "source: de-meta-superintelligence-hires\n        supports: [person, from, to, from_role]"
    text = replace_once(
        shipped_text, old, old.replace("de-meta-superintelligence-hires", "the-information-llama-authors")
    )
    result = load(text)
    [problem] = result.errors
    assert problem.code == "unquotable-source"
    assert (problem.line, problem.col) == position_of(text, "source: |the-information-llama-authors")


def test_an_unstored_source_needs_a_title_or_publisher(shipped_text):
    text = replace_once(shipped_text, "  the-information-llama-authors:\n    publisher: The Information\n",
                        "  the-information-llama-authors:\n")  # fmt: skip
    [problem] = load(text).errors
    assert problem.code == "unidentified-source"
    assert problem.line == line_of(text, "  the-information-llama-authors:") + 1  # its first field


def test_a_stored_source_needs_its_language_and_may_say_where_it_was_online(shipped_text):
    text = replace_once(shipped_text, "    language: it\n", "")
    [problem] = load(text).errors
    assert problem.code == "missing-language"
    assert problem.line == line_of(text, "  it-llama-creators-quit:") + 1  # its first field
    old = "    path: seeds/002_afba3deda1f9ecfd.txt\n"
    # a stored copy of a web page: its quotes are checked against the copy, the address is kept
    assert load(replace_once(shipped_text, old, old + "    url: https://example.org/a\n")).ok
    broken = replace_once(shipped_text, old, old + "    url: ftp://example.org/a\n")
    assert [(p.code, p.path[-1]) for p in load(broken).errors] == [("invalid-url", "url")]
    quote = "più del 50% degli autori"
    wrong = replace_once(shipped_text + "", quote, "più del 60% degli autori")
    wrong = replace_once(wrong, old, old + "    url: https://example.org/a\n")
    assert [p.code for p in load(wrong).errors] == ["quote-not-found"]


def test_a_web_source_may_omit_its_date_and_language_and_an_organisation_its_kind(shipped_text):
    web = "  web-source:\n    url: https://example.org/report\n"
    text = replace_once(shipped_text, "\nsources:\n", "\nsources:\n" + web)
    text = replace_once(text, "  apple:\n    name: Apple\n    kind: company\n", "  apple:\n    name: Apple\n")
    result = load(text)
    assert result.ok, [problem.message for problem in result.errors]
    source = result.dataset.document.sources["web-source"]
    assert (source.language, str(source.published), source.published.dating) == (None, "unknown", "unknown")
    assert result.dataset.document.organizations["apple"].kind is None


def test_reports_on_a_missing_source_is_an_error(shipped_text):
    text = replace_once(
        shipped_text, "    reports_on: the-information-llama-authors\n", "    reports_on: the-information\n"
    )
    [problem] = load(text).errors
    assert problem.code == "unknown-source"
    assert (problem.line, problem.col) == position_of(text, "reports_on: |the-information\n")


def _reporting(text: str, source_id: str, reports_on: str) -> str:
    header = f"  {source_id}:\n"
    return replace_once(text, header, f"{header}    reports_on: {reports_on}\n")


@pytest.mark.parametrize(
    "loop",
    [
        pytest.param([("the-information-llama-authors", "the-information-llama-authors")], id="itself"),
        pytest.param(
            [("the-information-llama-authors", "insideit-llama-authors")],  # 000 already reports on it
            id="two sources",
        ),
        pytest.param(
            [
                ("de-meta-ai-team-exodus", "de-meta-agi-open-source"),
                ("de-meta-agi-open-source", "de-meta-ai-team-exodus"),
            ],
            id="two stored sources",
        ),
    ],
)
def test_a_reports_on_loop_is_an_error(shipped_text, loop):
    text = shipped_text
    for source_id, reports_on in loop:
        text = _reporting(text, source_id, reports_on)
    result = load(text)
    assert not result.ok
    loops = [p for p in result.errors if p.code == "reports-on-loop"]
    assert loops, [(p.code, p.message) for p in result.errors]
    assert loops[0].path[-1] == "reports_on"


def test_reports_count_retellings_once():
    from dashboard.record.evidence import report_of, reports, reports_phrase
    from dashboard.record.model import Evidence, Source

    def source(reports_on=None):
        return Source.model_validate(
            {"path": "seeds/x.txt", "language": "de", "published": "2023", "reports_on": reports_on}
        )

    sources = {"a": source("r"), "b": source("r"), "c": source(), "r": source(), "d": source("a")}
    assert (report_of(sources, "d"), report_of(sources, "c"), report_of(sources, "missing")) == ("r", "c", "missing")
    cite = [Evidence(source=sid, quote="x" * 30) for sid in ("a", "b", "a", "d")]
    assert reports(sources, cite) == (3, 1)
    assert reports(sources, [*cite, Evidence(source="c", quote="x" * 30)]) == (4, 2)
    assert (reports_phrase(1, 1), reports_phrase(3, 1)) == ("1 article", "3 articles, 1 independent report")
    assert reports_phrase(2, 2) == "2 articles, 2 independent reports"


# --- an estimated date may not claim more than its sources' dates -------------------------------

WANG = '    to: meta\n    date: "2023/.."\n    date_kind: reported\n    date_estimated: true\n    from_role: CEO\n'


def _precision_warnings(result):
    return [p for p in result.warnings if p.code == "more-precise-than-sources"]


def test_an_estimated_exact_date_more_precise_than_its_source_is_warned(shipped_text):
    text = replace_once(shipped_text, WANG, WANG.replace('"2023/.."', '"2024"'))
    result = load(text)
    assert result.ok
    [problem] = _precision_warnings(result)
    assert problem.message == "estimated as 2024, but its sources are dated only 2023 or later: inherit that bound"
    assert problem.path == ("moves", 6, "date")
    assert (problem.line, problem.col) == position_of(text, 'date: |"2024"')


def test_an_estimated_stay_date_more_precise_than_its_source_is_warned(shipped_text):
    old = '    as_of: "2023/.."\n    as_of_estimated: true\n    role: co-founder; CEO'
    text = replace_once(shipped_text, old, old.replace('"2023/.."', '"2024-03"'))
    [problem] = _precision_warnings(load(text))
    assert (problem.line, problem.col) == position_of(text, 'as_of: |"2024-03"')


@pytest.mark.parametrize(
    "new",
    [
        WANG.replace('"2023/.."', '"2024"').replace("    date_estimated: true\n", ""),  # stated, not estimated
        WANG.replace('"2023/.."', '"2023/2024"'),  # an interval claims no exact date
        WANG.replace('"2023/.."', '"../2024"'),
    ],
    ids=["stated date", "interval", "upper bound"],
)
def test_no_precision_warning_when_the_date_is_stated_or_bounded(shipped_text, new):
    result = load(replace_once(shipped_text, WANG, new))
    assert result.ok
    assert _precision_warnings(result) == []


def test_an_estimated_year_equal_to_the_lower_bound_still_claims_too_much(shipped_text):
    # "2023 or later" does not say 2023: an exact estimate of 2023 is as much an invention as 2024.
    text = replace_once(shipped_text, WANG, WANG.replace('"2023/.."', '"2023"'))
    [problem] = _precision_warnings(load(text))
    assert (problem.line, problem.col) == position_of(text, 'date: |"2023"\n    date_kind: reported')


def test_no_precision_warning_when_a_source_has_a_year(shipped_text):
    # Pineau's move is estimated as 2025 from 001, which is itself dated 2025: nothing to inherit.
    result = load(shipped_text)
    [pineau] = [move for move in result.dataset.document.moves if move.id == "pineau-leaves-fair"]
    assert (str(pineau.date), pineau.date_estimated) == ("2025", True)
    assert _precision_warnings(result) == []
