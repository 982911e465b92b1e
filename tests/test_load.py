"""Loading and validating a record: each rule's message, at the right line, all in one run."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from dashboard.record.load import MAX_FILE_BYTES, load_file, project_root, read_text
from helpers import REPO, SHIPPED, TODAY, line_of, load, replace_once


def test_shipped_record_is_valid():
    result = load_file(SHIPPED, today=TODAY)
    assert result.errors == []
    assert result.ok
    assert len(result.dataset.document.moves) >= 10


def test_estimated_dates_are_warnings_not_errors(shipped_text):
    result = load(shipped_text)
    assert result.ok
    estimated = [w for w in result.warnings if "is an estimate" in w.message]
    assert estimated, "the seed documents carry no dates, so their dates are estimates"
    first = estimated[0]
    assert first.line == line_of(shipped_text, 'published: "2023"')


# (what is broken, text to replace, replacement, expected message, text on the expected line)
RULES = [
    ("unknown key", "    from: meta\n    to: apple\n", "    form: meta\n    to: apple\n",
     "unknown field 'form' (did you mean 'from'?)", "form: meta"),
    ("unknown section", "\nstays:\n", "\nstay:\n", "unknown section 'stay' (did you mean 'stays'?)", "stay:"),
    ("missing field", "    date_kind: effective\n", "", "missing field 'date_kind'", "- id: joulin-meta-to-apple"),
    ("unknown person", "person: armand-joulin", "person: armand-jolin",
     "unknown person 'armand-jolin' (did you mean 'armand-joulin'?)", "person: armand-jolin"),
    ("unknown organisation", "    to: apple\n", "    to: apel\n", "unknown organisation 'apel' (did you mean 'apple'?)", "to: apel"),
    ("unknown parent", "    parent: apple\n", "    parent: aple\n", "unknown organisation 'aple'", "parent: aple"),
    ("unknown cohort", "    cohorts: [llama-paper-authors]\n  guillaume", "    cohorts: [llama-authors]\n  guillaume",
     "unknown cohort 'llama-authors'", "cohorts: [llama-authors]"),
    ("unknown source", "source: insideit-llama-authors\n        quote: >-\n          Armand",
     "source: inside-llama\n        quote: >-\n          Armand", "unknown source 'inside-llama'", "source: inside-llama"),
    ("origin equals destination", "    to: apple\n", "    to: meta\n", "origin and destination are both 'meta'", "    to: meta\n    date: \"2023-05\""),
    ("bad date", 'date: "2023-05"', 'date: "2023-13"', "'2023-13': month 13 does not exist", 'date: "2023-13"'),
    ("padded-looking date", 'date: "2023-05"', 'date: "May 2023"', "'May 2023' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD", 'date: "May 2023"'),
    ("future date", 'date: "2023-05"', 'date: "2027-01"', "date 2027-01 is in the future (today is 2026-11-24)", 'date: "2027-01"'),
    ("quote not in document", "verliess Meta bereits im Mai", "verließ Meta bereits im Mai",
     "quote not found in seeds/000_754018a0b65caa00.txt", "quote: >-\n          Armand Joulin, ein weiterer Llama-Autor, verließ"),
    ("path with ..", "path: seeds/000_754018a0b65caa00.txt", "path: seeds/../data/events.yaml",
     "source path 'seeds/../data/events.yaml' contains '..'", "path: seeds/../"),
    ("absolute path", "path: seeds/000_754018a0b65caa00.txt", "path: /etc/passwd",
     "source path '/etc/passwd' is absolute", "path: /etc/passwd"),
    ("path outside seeds", "path: seeds/000_754018a0b65caa00.txt", "path: data/events.yaml",
     "source path 'data/events.yaml' must be inside seeds/", "path: data/events.yaml"),
    ("missing document", "path: seeds/000_754018a0b65caa00.txt", "path: seeds/nope.txt",
     "source file 'seeds/nope.txt' does not exist", "path: seeds/nope.txt"),
    ("url scheme", "path: seeds/000_754018a0b65caa00.txt", "url: ftp://example.org/a.txt",
     "URL scheme 'ftp' is not allowed: use http or https", "url: ftp://"),
    ("javascript url", "path: seeds/000_754018a0b65caa00.txt", "url: javascript:alert(1)",
     "URL scheme 'javascript' is not allowed", "url: javascript"),
    ("duplicate move id", "- id: lample-meta-to-mistral", "- id: lacroix-meta-to-mistral",
     "id 'lacroix-meta-to-mistral' is used twice in moves", "- id: lacroix-meta-to-mistral\n    person: guillaume-lample"),
    ("bad headcount", 'headcount: "3"', 'headcount: "03"', "'03' is not a count", 'headcount: "03"'),
    ("headcount on a person", "    person: armand-joulin\n", "    person: armand-joulin\n    headcount: \"2\"\n",
     "'headcount' is for unnamed groups; a person is one", 'headcount: "2"'),
    ("group without headcount", '    headcount: "3"\n    from: alphabet', "    from: alphabet",
     "a group needs a 'headcount'", "group: three scientists"),
    ("person and group", "    person: armand-joulin\n", "    person: armand-joulin\n    group: some people\n",
     "a move needs exactly one of 'person' or 'group'", "- id: joulin-meta-to-apple"),
    ("flag", "    date_estimated: true\n    note: >-\n      The source says", "    date_estimated: yes\n    note: >-\n      The source says",
     "'yes' is not a flag: write true or false", "date_estimated: yes"),
    ("kind", "date_kind: effective", "date_kind: actual",
     "'actual' is not allowed here: expected 'effective', 'reported' or 'before'", "date_kind: actual"),
    ("bad id", "  - id: joulin-meta-to-apple", "  - id: Joulin Meta", "'Joulin Meta' is not a valid id", "id: Joulin Meta"),
    ("reserved org id", "  scale-ai:\n", "  unknown:\n", "'unknown' is reserved", "  unknown:"),
    ("self parent", "    parent: apple\n", "    parent: apple-foundation-models\n", "an organisation cannot be its own parent", "parent: apple-foundation-models"),
    ("language", "language: it", "language: Italian", "'Italian' is not a language code", "language: Italian"),
    ("empty evidence", "    evidence:\n      - source: insideit-llama-authors\n        quote: >-\n          Armand",
     "    evidence: []\n    x_evidence:\n      - source: insideit-llama-authors\n        quote: >-\n          Armand",
     "needs at least one item", "evidence: []"),
    ("claim value over 100 percent", 'value: "50"', 'value: "150"', "150 percent is more than the whole cohort", 'value: "150"'),
    ("text where a list belongs", "    aliases: [Mistral]\n", "    aliases: Mistral\n", "expected a list, found the text 'Mistral'", "aliases: Mistral"),
    ("list where text belongs", "    name: Apple\n", "    name: [Apple]\n", "expected text, found a list", "name: [Apple]"),
]  # fmt: skip


@pytest.mark.parametrize(("what", "old", "new", "message", "on_line"), RULES, ids=[rule[0] for rule in RULES])
def test_each_rule_reports_its_message_at_the_right_line(shipped_text, what, old, new, message, on_line):
    text = replace_once(shipped_text, old, new)
    result = load(text)
    assert not result.ok
    matching = [problem for problem in result.errors if message in problem.message]
    assert matching, f"{what}: no error says {message!r}; got {[p.message for p in result.errors]}"
    assert matching[0].line == line_of(text, on_line)


def test_all_errors_of_a_file_come_in_one_run(shipped_text):
    text = shipped_text
    for old, new in [("person: armand-joulin", "person: nobody"), ('date: "2023-05"', 'date: "2023-13"'),
                     ("language: it", "language: xx1"), ("    to: apple\n", "    to: nowhere\n")]:  # fmt: skip
        text = replace_once(text, old, new)
    result = load(text)
    assert len(result.errors) == 4
    assert [p.line for p in result.errors] == sorted(p.line for p in result.errors)


def test_a_broken_record_does_not_hide_the_others_or_cascade(shipped_text):
    # Alexandre Wang's person record breaks; his move must not also report "unknown person".
    text = replace_once(shipped_text, "    name: Alexandre Wang\n", "    name: [Alexandre Wang]\n")
    result = load(text)
    assert [p.message for p in result.errors] == ["expected text, found a list"]


def test_duplicate_move_is_flagged(shipped_text):
    block_start = shipped_text.index("  - id: joulin-meta-to-apple")
    block_end = shipped_text.index("\n\n", block_start)
    block = shipped_text[block_start:block_end]
    text = replace_once(shipped_text, block, block + "\n" + block.replace("joulin-meta-to-apple", "joulin-again"))
    result = load(text)
    [problem] = result.errors
    assert problem.message == "duplicate move: same person, origin, destination and date as 'joulin-meta-to-apple'"
    assert problem.line == line_of(text, "- id: joulin-again")


def test_duplicate_yaml_key_names_both_lines(shipped_text):
    text = replace_once(shipped_text, "    to: apple\n", "    to: apple\n    to: meta\n")
    result = load(text)
    first = line_of(text, "    to: apple\n    to: meta")
    [problem] = result.errors
    assert problem.message == f"duplicate key 'to' (first written at line {first})"
    assert problem.line == first + 1


def test_today_is_injectable(shipped_text):
    assert load(shipped_text, today=dt.date(2026, 1, 1)).ok
    result = load(shipped_text, today=dt.date(2024, 6, 30))
    assert any(p.message == "date 2025 is in the future (today is 2024-06-30)" for p in result.errors)


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
    assert any("leads outside seeds/ (through a symlink): refused" in p.message for p in result.errors)
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
    ("content", "message"),
    [
        ("", "the file is empty: expected sections such as sources, organizations, moves"),
        ("# nothing but a comment\n", "the file is empty: expected sections such as sources, organizations, moves"),
        ("- a\n- b\n", "the file must be a mapping of sections, not a list"),
        ("just text\n", "the file must be a mapping of sections, not the text 'just text'"),
        ("moves: 5\n", "section 'moves' must be a list of records, not the text '5'"),
        ("people: [a, b]\n", "section 'people' must be a mapping of id to record, not a list"),
        ("moves:\n  - 5\n", "expected a mapping of fields, found the text '5'"),
    ],
)
def test_wrong_shapes_get_a_message(content, message):
    result = load(content)
    assert [p.message for p in result.errors] == [message]
    assert result.errors[0].line >= 1


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
    assert problem.message == "the file is not valid UTF-8 (byte 0xe9)"
    assert (problem.line, problem.col) == (2, 12)


def test_oversized_file_is_refused_before_reading(tmp_path: Path):
    path = tmp_path / "events.yaml"
    with open(path, "wb") as handle:  # a sparse file: large on paper, nothing written
        handle.truncate(MAX_FILE_BYTES + 1)
    text, problem = read_text(path)
    assert text is None
    assert problem.message == "the file is 100.0 MiB; the limit is 100 MiB"


def test_unreadable_file_is_an_error_not_a_traceback(tmp_path: Path):
    result = load_file(tmp_path / "missing.yaml", today=TODAY)
    assert not result.ok
    assert result.errors[0].message.startswith("cannot read the file")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied_is_an_error(tmp_path: Path):
    path = tmp_path / "events.yaml"
    path.write_text("moves: []\n")
    path.chmod(0)
    assert load_file(path).errors[0].message.startswith("cannot read the file")


def test_problem_format_is_path_line_col_severity_message(shipped_text):
    result = load(replace_once(shipped_text, "    to: apple\n", "    to: apel\n"))
    formatted = result.errors[0].format("data/events.yaml")
    line = line_of(shipped_text, "    to: apple\n")
    assert formatted == f"data/events.yaml:{line}:9: error: unknown organisation 'apel' (did you mean 'apple'?)"


def test_repo_root_is_the_folder_holding_data():
    assert project_root(SHIPPED) == REPO
