"""A record kept in a folder through the command line: validate and export give what the same
records in one file give, and the pages' tables are the same."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from dashboard.analysis.bundle import build
from dashboard.cli import main
from dashboard.record.load import load_file
from support.folders import SPLITS, compose, records_of, write_split
from support.records import REPO, SHIPPED, TODAY

EXPORTS = [
    ["--format", "json"],
    ["--format", "csv"],
    ["--format", "popolo"],
    ["--view", "moves"],
    ["--view", "flows"],
    ["--view", "net-flow", "--level", "root"],
    ["--view", "tenure"],
]


@pytest.fixture(scope="module")
def split(tmp_path_factory) -> dict[str, tuple[Path, Path]]:
    """The shipped record split every way into ``data/<n>/``, beside ``data/<n>.yaml`` holding
    the same records in the order the folder joins them."""
    project = tmp_path_factory.mktemp("project")
    shutil.copytree(REPO / "seeds", project / "seeds")
    records = records_of(SHIPPED.read_text(encoding="utf-8"))
    out = {}
    for number, (how, make) in enumerate(SPLITS.items()):
        folder = project / "data" / f"split-{number}"
        joined = write_split(folder, make(records))
        single = project / "data" / f"split-{number}.yaml"
        single.write_text(compose(joined), encoding="utf-8")
        out[how] = (folder, single)
    return out


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--today", TODAY.isoformat()])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def without_places(output: str, *names: Path) -> list[str]:
    """The lines of ``validate``'s output with every ``path:line:col`` (and the record's name) taken
    out, sorted: what it says, not where."""
    for name in sorted(names, key=lambda path: -len(str(path))):
        output = output.replace(str(name), "RECORD")
    return sorted(re.sub(r"RECORD[^:\s]*(:\d+:\d+)?", "RECORD", line) for line in output.splitlines())


@pytest.mark.parametrize("how", list(SPLITS))
def test_validate_of_a_folder_says_what_it_says_of_one_file(split, capsys, how):
    folder, single = split[how]
    code_folder, out_folder, _ = run(capsys, "validate", str(folder))
    code_one, out_one, _ = run(capsys, "validate", str(single))
    assert code_folder == code_one == 0
    assert without_places(out_folder, folder) == without_places(out_one, single)
    assert re.search(rf"^{re.escape(str(folder))}/[^:]+\.yaml:\d+:\d+: warning: ", out_folder, re.M)


@pytest.mark.parametrize("how", list(SPLITS))
def test_exports_and_the_pages_tables_of_a_folder_are_those_of_one_file(split, capsys, tmp_path, how):
    folder, single = split[how]
    for number, export in enumerate(EXPORTS):
        written = []
        for record in (folder, single):
            out = tmp_path / f"{number}-{record.name}.out"
            code, _, err = run(capsys, "export", "--data", str(record), *export, "--output", str(out))
            written.append((code, err, out.read_bytes()))
        assert written[0] == written[1], export
        assert written[0][0] == 0 and len(written[0][2]) > 100
    in_folder = build(load_file(folder, today=TODAY).dataset, "")
    in_one = build(load_file(single, today=TODAY).dataset, "")
    for table in ("moves", "stays", "claims", "positions"):
        pd.testing.assert_frame_equal(getattr(in_folder, table), getattr(in_one, table))
    assert (in_folder.bounds, in_folder.names, in_folder.cited) == (in_one.bounds, in_one.names, in_one.cited)


def test_validate_json_of_a_folder_names_each_problems_file(split, capsys):
    folder, _ = split["a section split across two files"]
    code, out, _ = run(capsys, "validate", "--format", "json", str(folder))
    [report] = json.loads(out)["files"]
    assert (code, report["file"], report["valid"]) == (0, str(folder), True)
    assert {problem["file"] for problem in report["problems"]} == {str(folder / "a.yaml"), str(folder / "b.yaml")}


@pytest.mark.parametrize("command", [["history", "lacroix-meta-to-mistral"], ["diff", "HEAD"]])
def test_history_and_diff_of_a_folder_in_no_repository_say_so(split, capsys, command):
    folder, _ = split["one file per section"]  # read across its files in a repository: tests/history
    code = main([*command, "--data", str(folder)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err == f"{folder}: error: {folder} is not in a git repository (or git is not installed)\n"
