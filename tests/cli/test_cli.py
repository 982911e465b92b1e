"""The command line: exit codes, messages, export formats and the schema check."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.analysis.export import CSV_COLUMNS
from dashboard.cli import main
from dashboard.edit.atomic import write_atomic
from dashboard.record.load import MAX_FILE_BYTES, load_file
from dashboard.record.model import json_schema
from dashboard.record.problems import CODES
from support.records import REPO, SHIPPED, line_of

REQUIRED_MOVE_FIELDS = {"id", "person", "headcount", "from_org", "to_org", "from_root", "to_root",
                        "date", "date_precision", "role", "evidence"}  # fmt: skip


def run_cli(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args], cwd=cwd, capture_output=True, text=True, check=False,
        env={"PATH": "/usr/bin:/bin", "TALENT_FLOWS_TODAY": "2026-11-24", "PYTHONPATH": str(REPO)},
    )  # fmt: skip


def test_validate_shipped_data_exits_0():
    done = run_cli("validate", "--quiet")
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("data/events.yaml: valid (")


def test_validate_lists_warnings_separately_after_errors(project: Path):
    path = project / "data" / "events.yaml"
    text = path.read_text(encoding="utf-8").replace("    to: apple\n", "    to: apel\n", 1)
    path.write_text(text, encoding="utf-8")
    done = run_cli("validate", str(path))
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    line = line_of(text, "    to: apel\n")
    assert lines[0] == f"{path}:{line}:9: error: unknown organisation 'apel' (did you mean 'apple'?)"
    assert lines[1] == "warnings:"
    assert all(": warning: " in entry for entry in lines[2:-1])
    assert lines[-1].startswith(f"{path}: invalid: 1 error, ")


def test_validate_missing_file_exits_2():
    done = run_cli("validate", "no/such/file.yaml")
    assert done.returncode == 2
    assert done.stdout.strip() == "no/such/file.yaml: error: no such file"


def test_validate_bad_usage_exits_2():
    done = run_cli("validate", "--no-such-option")
    assert done.returncode == 2
    assert "unrecognized arguments" in done.stderr


def test_validate_several_files_worst_code_wins(project: Path, tmp_path_factory):
    broken = tmp_path_factory.mktemp("b") / "events.yaml"
    broken.write_text("moves: 5\n", encoding="utf-8")
    assert main(["validate", "--quiet", str(project / "data" / "events.yaml"), str(broken)]) == 1


def test_validate_today_option_applies(capsys):
    assert main(["validate", "--quiet", "--today", "2024-01-01", str(SHIPPED)]) == 1
    assert "is in the future (today is 2024-01-01)" in capsys.readouterr().out


def test_validate_in_a_relative_folder_prints_relative_paths(project: Path):
    done = run_cli("validate", "--quiet", "data/events.yaml", cwd=project)
    assert done.returncode == 0 and done.stdout.startswith("data/events.yaml: valid")


# --- validate --format json ----------------------------------------------------------------------


def validate_json(*paths: str, cwd: Path = REPO, quiet: bool = False) -> tuple[int, dict]:
    done = run_cli("validate", "--format", "json", *(["--quiet"] if quiet else []), *paths, cwd=cwd)
    assert done.stderr == ""
    return done.returncode, json.loads(done.stdout)


def test_validate_json_of_the_shipped_record_is_valid_with_its_warnings_and_counts():
    code, report = validate_json()
    assert code == 0
    [shipped] = report["files"]
    assert set(shipped) == {"file", "valid", "counts", "records", "problems"}
    assert (shipped["file"], shipped["valid"], shipped["counts"]["errors"]) == ("data/events.yaml", True, 0)
    assert shipped["counts"]["warnings"] == len(shipped["problems"]) > 0
    assert set(shipped["records"]) == {
        "moves",
        "stays",
        "positions",
        "cohort_claims",
        "people",
        "organisations",
        "sources",
    }
    document = load_file(SHIPPED).dataset.document
    assert (shipped["records"]["moves"], shipped["records"]["people"]) == (len(document.moves), len(document.people))
    for problem in shipped["problems"]:
        assert set(problem) == {"file", "code", "severity", "message", "line", "column", "path"}
        assert problem["file"] == "data/events.yaml"  # a folder record's problems name their own files
        assert problem["severity"] == "warning" == CODES[problem["code"]].severity
        assert problem["line"] >= 1 and problem["column"] >= 1
    assert {problem["code"] for problem in shipped["problems"]} >= {"estimated-date", "inferred-field"}


def test_validate_json_gives_each_problem_its_code_and_place(project: Path):
    path = project / "data" / "events.yaml"
    text = path.read_text(encoding="utf-8").replace("    to: apple\n", "    to: apel\n", 1)
    path.write_text(text, encoding="utf-8")
    code, report = validate_json("data/events.yaml", cwd=project)
    assert code == 1
    [broken] = report["files"]
    assert (broken["file"], broken["valid"], broken["records"]) == ("data/events.yaml", False, None)
    error, *warnings = broken["problems"]
    assert error == {
        "file": "data/events.yaml",
        "code": "unknown-organisation",
        "severity": "error",
        "message": "unknown organisation 'apel' (did you mean 'apple'?)",
        "line": line_of(text, "    to: apel\n"),
        "column": 9,
        "path": ["moves", 3, "to"],
    }
    assert broken["counts"] == {"errors": 1, "warnings": len(warnings)}
    assert warnings and all(problem["severity"] == "warning" for problem in warnings)


def test_validate_json_quiet_leaves_out_the_warnings_but_counts_them():
    code, report = validate_json(quiet=True)
    [shipped] = report["files"]
    assert code == 0 and shipped["problems"] == [] and shipped["counts"]["warnings"] > 0


def test_validate_json_of_several_files_keeps_the_exit_codes(project: Path, tmp_path_factory):
    folder = tmp_path_factory.mktemp("files")
    (folder / "broken.yaml").write_text("moves: 5\n", encoding="utf-8")
    with open(folder / "huge.yaml", "wb") as handle:  # sparse: larger than the limit, nothing written
        handle.truncate(MAX_FILE_BYTES + 1)
    good = str(project / "data" / "events.yaml")
    assert validate_json(good)[0] == 0
    assert validate_json(good, str(folder / "broken.yaml"))[0] == 1
    code, report = validate_json(str(folder / "broken.yaml"), str(folder / "missing.yaml"), str(folder / "huge.yaml"))
    assert code == 2
    broken, missing, huge = report["files"]
    assert [problem["code"] for problem in broken["problems"]] == ["expected-records"]
    assert missing["problems"] == [
        {"file": str(folder / "missing.yaml"), "code": "file-not-found", "severity": "error",
         "message": "no such file", "line": None, "column": None, "path": []}
    ]  # fmt: skip
    assert [(p["code"], p["line"], p["column"]) for p in huge["problems"]] == [("file-too-large", None, None)]
    assert not any(file["valid"] for file in report["files"])


def test_validate_json_stays_valid_json_when_the_terminal_escapes_are_applied(project: Path, capsys):
    # A right-to-left mark is allowed in a name (Arabic and Hebrew sources print it); the command
    # line shows it as an escape, which is JSON's own: the document reads back the same text.
    path = project / "data" / "events.yaml"
    text = path.read_text(encoding="utf-8").replace("    name: Armand Joulin\n", "    name: Armand Joulin\u200f\n", 1)
    path.write_text(text, encoding="utf-8")
    assert main(["validate", "--format", "json", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\u200f" not in out and "\\u200f" in out  # never raw on the terminal
    [report] = json.loads(out)["files"]
    unnamed = [problem for problem in report["problems"] if problem["code"] == "person-not-quoted"]
    assert "no quote names Armand Joulin\u200f: is this the right evidence?" in [p["message"] for p in unnamed]


def test_validate_text_output_is_unchanged_by_the_json_option(project: Path):
    path = str(project / "data" / "events.yaml")
    assert run_cli("validate", path).stdout == run_cli("validate", "--format", "text", path).stdout


def test_export_json_has_the_documented_fields_and_true_quotes():
    done = run_cli("export", "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == {"moves", "stays", "positions", "cohorts"}
    assert data["moves"] and data["stays"] and data["positions"] and data["cohorts"]
    pineau = next(position for position in data["positions"] if position["id"] == "pineau-head-of-fair")
    assert (pineau["start"], pineau["start_last"], pineau["end"], pineau["end_first"]) == (
        "../2017", "2017-12-31", "../2025", None,
    )  # fmt: skip
    for move in data["moves"]:
        assert set(move) >= REQUIRED_MOVE_FIELDS
        assert move["evidence"]
    for stay in data["stays"]:
        assert {"person", "org", "as_of", "evidence"} <= set(stay)
    for record in [
        *data["moves"],
        *data["stays"],
        *data["positions"],
        *(c for k in data["cohorts"] for c in k["claims"]),
    ]:
        for item in record["evidence"]:
            assert item["source"].startswith("seeds/")
            assert item["quote"] in (REPO / item["source"]).read_text(encoding="utf-8")


def test_export_unknown_endpoints_are_null_and_roots_roll_up():
    data = json.loads(run_cli("export").stdout)
    moves = {move["id"]: move for move in data["moves"]}
    pineau = moves["pineau-leaves-fair"]
    assert (pineau["from_org"], pineau["from_root"], pineau["to_org"], pineau["to_root"]) == (
        "FAIR",
        "Meta",
        None,
        None,
    )
    group = moves["openai-switzerland-scientists-openai-to-meta"]
    assert (group["person"], group["headcount"]) == (None, 3)


def test_export_csv_one_row_per_move(tmp_path: Path):
    out = tmp_path / "moves.csv"
    assert main(["export", "--format", "csv", "--output", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    moves = json.loads(run_cli("export").stdout)["moves"]
    assert len(rows) == len(moves)
    assert list(rows[0]) == CSV_COLUMNS
    assert rows[0]["sources"] == ";".join(item["source"] for item in moves[0]["evidence"])


def test_export_of_invalid_data_exits_1_with_errors_on_stderr(project: Path):
    path = project / "data" / "events.yaml"
    path.write_text("moves: 5\n", encoding="utf-8")
    done = run_cli("export", "--data", str(path))
    assert done.returncode == 1
    assert done.stdout == ""
    assert "section 'moves' must be a list of records" in done.stderr


def test_shipped_schema_is_in_sync_with_the_model():
    shipped = json.loads((REPO / "data" / "events.schema.json").read_text(encoding="utf-8"))
    assert shipped == json_schema(), "run: python -m dashboard schema --output data/events.schema.json"
    assert main(["schema", "--check", str(REPO / "data" / "events.schema.json")]) == 0


def test_schema_check_notices_a_stale_file(tmp_path: Path, capsys):
    stale = tmp_path / "schema.json"
    stale.write_text("{}", encoding="utf-8")
    assert main(["schema", "--check", str(stale)]) == 1
    assert "is out of date" in capsys.readouterr().out


def test_record_file_points_editors_at_the_schema():
    first_line = SHIPPED.read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "# yaml-language-server: $schema=events.schema.json"


def test_schema_describes_required_fields_and_unknown_keys():
    schema = json_schema()
    move = schema["$defs"]["Move"]
    assert {"id", "from", "to", "date", "date_kind", "evidence"} <= set(move["required"])
    assert move["additionalProperties"] is False


def test_write_atomic_replaces_whole_or_not_at_all(tmp_path: Path, monkeypatch):
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")

    def fail(*_args):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", fail)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [path.name for path in tmp_path.iterdir() if path.name != ".out.json.lock"] == [
        "out.json"
    ]  # no temporary file


# --- add-move ---------------------------------------------------------------------------------

QUOTE = " ".join((REPO / "seeds" / "000_754018a0b65caa00.txt").read_text(encoding="utf-8").split()[40:52])
MOVE = {"person": "armand-joulin", "from": "meta", "to": "apple", "date": "2024-05",
        "evidence": [{"source": "insideit-llama-authors", "quote": QUOTE}]}  # fmt: skip
ADDED_DATE_LINE = line_of(SHIPPED.read_text(encoding="utf-8"), "\nstays:\n") + 4
"""The line of the ``date:`` of the move add-move appends: the move starts on the line of the blank
line above ``stays:`` (after the last move) and its date is its fifth line (id, person, from, to, date)."""


def add_move(project: Path, move: object, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "add-move", "--data", str(project / "data" / "events.yaml"), *args],
        input=move if isinstance(move, str) else json.dumps(move), capture_output=True, text=True, check=False,
        env={"PATH": "/usr/bin:/bin", "TALENT_FLOWS_TODAY": "2026-11-24", "PYTHONPATH": str(REPO)},
    )  # fmt: skip


def test_add_move_saves_prints_id_and_digest_and_exits_0(project: Path):
    record = project / "data" / "events.yaml"
    before = hashlib.sha256(record.read_bytes()).hexdigest()
    move = MOVE | {
        "to": "example-lab", "new_organizations": {"example-lab": "Example Lab"},
        "person": "ada-example", "new_people": {"ada-example": "Ada Example"},
        "certainty": "rumoured", "date_estimated": True, "from_role": "engineer", "note": "Hedged."}  # fmt: skip
    done = add_move(project, move, "--expect", before)
    assert done.returncode == 0, done.stderr
    move_id, digest = done.stdout.split()
    assert move_id == "ada-example-meta-to-example-lab-2024-05"
    assert digest == hashlib.sha256(record.read_bytes()).hexdigest()
    assert run_cli("validate", str(record)).returncode == 0
    text = record.read_text(encoding="utf-8")
    assert '  example-lab:\n    name: "Example Lab"\n' in text and "kind: other" not in text
    assert '    certainty: rumoured\n    note: "Hedged."\n' in text
    again = add_move(project, move)
    assert again.returncode == 4 and again.stdout.split() == [move_id, digest]
    assert "already in the record: nothing written" in again.stderr


def test_add_move_refuses_a_file_that_is_not_the_expected_version_with_3(project: Path):
    record = project / "data" / "events.yaml"
    before = record.read_bytes()
    done = add_move(project, MOVE, "--expect", "0" * 64)
    assert done.returncode == 3
    assert f"the file's digest is {hashlib.sha256(before).hexdigest()}, not the expected {'0' * 64}" in done.stderr
    assert record.read_bytes() == before


@pytest.mark.parametrize(
    ("move", "message"),
    [
        ("{not json", "<stdin>:1:2: error: not JSON: Expecting property name enclosed in double quotes"),
        (MOVE | {"form": "meta"}, "<stdin>: error: unknown key 'form': did you mean 'from'?"),
        (MOVE | {"to": "fb", "new_organizations": {"fb": "Facebook"}},
         "<stdin>: error: “Facebook” is already in the record as “Meta” (its alias “Facebook”): did you mean Meta?"),
        (MOVE | {"evidence": [{"source": "insideit-llama-authors", "quote": "Diesen Satz gibt es nicht."}]},
         ": error: quote not found in seeds/000_754018a0b65caa00.txt: the document agrees up to"),
        (MOVE | {"date": "2027"}, f"add-move: events.yaml:{ADDED_DATE_LINE}:11: error: date 2027 is in the future "
                                  "(today is 2026-11-24)\nadd-move: (line numbers are those of events.yaml with the "
                                  "move added; nothing was written)"),
    ],
)  # fmt: skip
def test_add_move_invalid_input_exits_1_with_the_validators_messages(project: Path, move, message):
    record = project / "data" / "events.yaml"
    before = record.read_bytes()
    done = add_move(project, move)
    assert done.returncode == 1, done.stderr
    assert message in done.stderr
    assert done.stdout == "" and record.read_bytes() == before


def test_add_move_on_a_missing_file_exits_2(tmp_path: Path):
    done = add_move(tmp_path, MOVE)
    assert done.returncode == 2 and "no such file" in done.stderr


# --- init, and a record started empty (issue 24) ------------------------------------------------

SHEET = (
    "person,organisation,role,start,end,source,quote\n"
    "Ada Example,Example Lab,chief scientist,2024,,https://example.org/ada,Ada Example is chief scientist at Example Lab.\n"
    "Ada Example,Meta,researcher,2019,2023,https://example.org/ada,Ada Example was a researcher at Meta until 2023.\n"
)


def add_move_to(record: Path, move: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "add-move", "--data", str(record)], input=json.dumps(move),
        capture_output=True, text=True, check=False,
        env={"PATH": "/usr/bin:/bin", "TALENT_FLOWS_TODAY": "2026-11-24", "PYTHONPATH": str(REPO)},
    )  # fmt: skip


def test_init_then_an_import_and_an_add_move_make_a_valid_record(tmp_path: Path):
    done = run_cli("init", str(tmp_path / "new"))
    assert done.returncode == 0, done.stderr
    record = tmp_path / "new" / "data" / "events.yaml"
    assert done.stdout == f"{record}\n" and done.stderr.startswith("init: a new record with every section empty")
    assert run_cli("validate", str(record)).returncode == 0
    sheet = tmp_path / "positions.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    imported = run_cli("import", str(sheet), "--data", str(record))
    assert imported.returncode == 0, imported.stdout + imported.stderr
    assert imported.stdout.splitlines()[0] == "2 rows: 2 positions added, 0 refused."
    move = {"person": "ada-example", "from": "meta", "to": "example-lab", "date": "2024", "role": "chief scientist",
            "evidence": [{"source": "example-org-ada", "quote": "Ada Example left Meta for Example Lab in 2024."}]}  # fmt: skip
    added = add_move_to(record, move)
    assert added.returncode == 0, added.stderr
    assert added.stdout.split()[0] == "ada-example-meta-to-example-lab-2024"
    assert run_cli("validate", str(record)).returncode == 0
    again = run_cli("import", str(sheet), "--data", str(record), "--format", "json")
    assert again.returncode == 0 and json.loads(again.stdout)["already_recorded"] == [
        {"line": 2, "position": "ada-example-example-lab-2024"}, {"line": 3, "position": "ada-example-meta-2019"},
    ]  # fmt: skip


def test_init_refuses_a_folder_that_has_a_record_with_4(project: Path):
    record = project / "data" / "events.yaml"
    before = record.read_bytes()
    done = run_cli("init", str(project))
    assert done.returncode == 4 and done.stdout == ""
    assert (
        done.stderr
        == f"init: error: {record} already exists: a new project is started in a folder without a record; nothing written\n"
    )
    assert record.read_bytes() == before


def test_init_without_a_folder_starts_the_project_here(tmp_path: Path):
    done = run_cli("init", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "data" / "events.yaml").is_file() and (tmp_path / "seeds").is_dir()


def test_add_move_of_a_recorded_move_from_another_source_adds_the_evidence_and_exits_0(tmp_path: Path):
    """Issue 24: a second source for a known move was refused with exit 4. Its evidence is added
    (a pure insertion), said on stderr with the details the record keeps; exit 4 stays for nothing new."""
    assert run_cli("init", str(tmp_path)).returncode == 0
    record = tmp_path / "data" / "events.yaml"
    sheet = tmp_path / "positions.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    assert run_cli("import", str(sheet), "--data", str(record)).returncode == 0
    first = {"person": "ada-example", "from": "meta", "to": "example-lab", "date": "2024",
             "evidence": [{"source": "example-org-ada", "quote": "Ada Example left Meta for Example Lab in 2024."}]}  # fmt: skip
    assert add_move_to(record, first).returncode == 0
    before = record.read_text(encoding="utf-8")
    second = first | {"role": "chief scientist", "new_people": {"ada-example": "Ada Example"},
                      "evidence": [{"source": "example-org-ada", "quote": "Ada Example  left Meta for Example Lab in 2024."},
                                   {"source": "example-org-ada", "quote": "Example Lab hired Ada Example from Meta."}]}  # fmt: skip
    done = add_move_to(record, second)
    assert done.returncode == 0, done.stderr
    move_id, digest = done.stdout.split()
    assert (
        move_id == "ada-example-meta-to-example-lab-2024" and digest == hashlib.sha256(record.read_bytes()).hexdigest()
    )
    assert done.stderr.splitlines() == [
        f"add-move: {record}: {move_id} was already recorded: added 1 quote (example-org-ada) to its evidence",
        f"add-move: {record}: {move_id}: role stays as recorded (none); this input's 'chief scientist' was not used",
    ]
    after = record.read_text(encoding="utf-8")
    assert after == before.replace(
        '        quote: "Ada Example left Meta for Example Lab in 2024."\n',
        '        quote: "Ada Example left Meta for Example Lab in 2024."\n'
        '      - source: example-org-ada\n        quote: "Example Lab hired Ada Example from Meta."\n',
    )
    assert run_cli("validate", str(record)).returncode == 0
    again = add_move_to(record, second)
    assert again.returncode == 4 and record.read_text(encoding="utf-8") == after
    assert (
        again.stderr
        == f"add-move: {record}: {move_id} is already in the record: nothing written (it cites this evidence)\n"
    )
    other = first | {"id": move_id, "to": "meta", "from": "example-lab",
                     "evidence": [{"source": "example-org-ada", "quote": "Ada went back."}]}  # fmt: skip
    clash = add_move_to(record, other)
    assert clash.returncode == 1 and record.read_text(encoding="utf-8") == after
    assert (
        f"add-move: <stdin>: error: The id {move_id} is already the move of ada-example from meta to example-lab"
        in clash.stderr
    )


@pytest.mark.parametrize("command", ["import", "add-move", "add-source"])
def test_the_edit_commands_name_themselves_in_every_message(project: Path, tmp_path: Path, command: str):
    """Issue 24: "not in the plain layout … add the move by hand" came from an import."""
    record = project / "data" / "events.yaml"
    record.write_text("---\n" + record.read_text(encoding="utf-8"), encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text("# A title\n\nAda Example joins Example Lab.\n", encoding="utf-8")
    sheet = tmp_path / "positions.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    if command == "add-move":
        done = add_move(project, MOVE)
    else:
        done = run_cli(command, str(sheet if command == "import" else article), "--data", str(record),
                       *(["--language", "en"] if command == "add-source" else []))  # fmt: skip
    assert done.returncode == 1, done.stderr
    lines = done.stderr.splitlines()
    assert lines and all(line.startswith(f"{command}: ") for line in lines), lines
    assert (
        "not in the plain layout new records are added to" in done.stderr and "add the records by hand" in done.stderr
    )
