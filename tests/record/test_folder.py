"""A record kept in a folder of files loads and validates as the same records in one file, and
every problem names its file, line and column."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest

from dashboard.record.load import LoadResult, load_file
from dashboard.synth import generate
from support.folders import SPLITS, compose, records_of, write_split
from support.records import REPO, SHIPPED, TODAY


@pytest.fixture(scope="module")
def projects(tmp_path_factory) -> dict[str, Path]:
    """The shipped project and a small synthetic one, each with its record's text."""
    shipped = tmp_path_factory.mktemp("shipped")
    shutil.copytree(REPO / "seeds", shipped / "seeds")
    (shipped / "data").mkdir()
    (shipped / "data" / "one.yaml").write_text(SHIPPED.read_text(encoding="utf-8"), encoding="utf-8")
    synthetic = tmp_path_factory.mktemp("synthetic")
    text, documents = generate(300, seed=7)
    (synthetic / "seeds").mkdir()
    for name, content in documents.items():
        (synthetic / "seeds" / name).write_text(content, encoding="utf-8")
    (synthetic / "data").mkdir()
    (synthetic / "data" / "one.yaml").write_text(text, encoding="utf-8")
    return {"shipped": shipped, "synthetic": synthetic}


def shown(result: LoadResult, problems) -> Counter:
    """Each problem as the editor sees it, but for where: its code, message and the line shown."""
    return Counter((p.code, p.message, result.line(p.line, p.file)) for p in problems)


def split_project(project: Path, how: str, name: str) -> tuple[Path, Path]:
    """The record split ``how`` into the folder ``data/name``, and ``data/name.yaml``: one file
    with the same records in the order the folder joins them."""
    records = records_of((project / "data" / "one.yaml").read_text(encoding="utf-8"))
    folder = project / "data" / name
    joined = write_split(folder, SPLITS[how](records))
    single = project / "data" / f"{name}.yaml"
    single.write_text(compose(joined), encoding="utf-8")
    return folder, single


@pytest.mark.parametrize("how", list(SPLITS))
@pytest.mark.parametrize("which", ["shipped", "synthetic"])
def test_a_folder_record_loads_and_validates_as_the_same_records_in_one_file(projects, which, how):
    folder, single = split_project(projects[which], how, f"split-{list(SPLITS).index(how)}")
    assert len(list(folder.glob("*.yaml"))) >= 2
    in_folder, in_one = load_file(folder, today=TODAY), load_file(single, today=TODAY)
    assert in_one.ok and in_folder.ok, [p.format(in_folder.name) for p in in_folder.errors]
    assert in_folder.dataset.document == in_one.dataset.document
    assert in_folder.dataset.root == in_one.dataset.root == projects[which]
    assert shown(in_folder, in_folder.warnings) == shown(in_one, in_one.warnings)
    assert in_one.warnings or which == "synthetic"
    assert {Path(p.file).parent for p in in_folder.warnings} <= {folder}
    assert all(p.file is None for p in in_one.warnings)  # one file: the record's name says where


def test_problems_of_a_folder_name_their_file_line_and_column(projects, tmp_path):
    folder, _ = split_project(projects["shipped"], "a section split across two files", "broken")
    second = folder / "b.yaml"
    head, to, tail = second.read_text(encoding="utf-8").rpartition("\n    to: ")  # the last move's destination
    second.write_text(head + to + "nowhere-org" + tail[tail.index("\n") :], encoding="utf-8")
    result = load_file(folder, today=TODAY)
    [problem] = result.errors
    assert (problem.code, problem.file, problem.col) == ("unknown-organisation", str(second), 9)
    assert result.line(problem.line, problem.file) == "    to: nowhere-org"
    assert problem.line == head.count("\n") + 2
    assert problem.format(result.name) == f"{second}:{problem.line}:9: error: {problem.message}"
    assert not result.ok and result.dataset is None


def test_an_id_in_two_files_is_an_error_naming_both_places(projects):
    folder, _ = split_project(projects["shipped"], "one file per section", "twice")
    organizations = folder / "1-organizations.yaml"
    assert "  meta:\n" in organizations.read_text(encoding="utf-8")
    (folder / "zz-more.yaml").write_text(
        "organizations:\n  meta:\n    name: Meta again\nmoves:\n"
        + (folder / "4-moves.yaml").read_text(encoding="utf-8").split("moves:\n", 1)[1].split("\n  - ", 1)[0]
        + "\n",
        encoding="utf-8",
    )
    result = load_file(folder, today=TODAY)
    twice = sorted((p for p in result.errors if p.code == "duplicate-id"), key=lambda p: p.path[0])
    assert [p.path[0] for p in twice] == ["moves", "organizations"]
    for problem in twice:
        assert problem.file == str(folder / "zz-more.yaml")
        first_file, first_line, first_col = problem.message.rsplit("first at ", 1)[1].rstrip(")").rsplit(":", 2)
        first = Path(first_file).read_text(encoding="utf-8").split("\n")[int(first_line) - 1]
        here = result.line(problem.line, problem.file)
        assert here.strip() in ("meta:", f"- id: {problem.message.split(chr(39))[1]}")
        assert first.strip() == here.strip() and int(first_col) == problem.col  # the same id, written alike
        assert first_file in (str(organizations), str(folder / "4-moves.yaml"))


def test_a_folder_without_record_files_and_an_empty_file_are_errors(tmp_path):
    (tmp_path / "notes.txt").write_text("not a record\n", encoding="utf-8")
    (tmp_path / ".hidden.yaml").write_text("moves:\n  - nonsense\n", encoding="utf-8")
    [problem] = load_file(tmp_path, today=TODAY).errors
    assert (problem.code, problem.line) == ("empty-file", 0)
    (tmp_path / "a.yaml").write_text("moves: []\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("# truncated by mistake\n", encoding="utf-8")
    result = load_file(tmp_path, today=TODAY)
    assert [(p.code, p.file) for p in result.errors] == [("empty-file", str(tmp_path / "b.yaml"))]


def test_yaml_issues_are_reported_in_their_own_file(tmp_path):
    (tmp_path / "a.yaml").write_text("people:\n  ada:\n    name: Ada\n    name: Ada B\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("moves: []\norganizations: {}\n", encoding="utf-8")
    result = load_file(tmp_path, today=TODAY)
    [problem] = result.errors
    assert (problem.code, problem.file, problem.line) == ("duplicate-key", str(tmp_path / "a.yaml"), 4)
    (tmp_path / "b.yaml").write_text("moves: [\n", encoding="utf-8")  # not YAML at all: only the issues
    result = load_file(tmp_path, today=TODAY)
    assert {(p.code, p.file) for p in result.errors} == {
        ("yaml-syntax", str(tmp_path / "b.yaml")),
        ("duplicate-key", str(tmp_path / "a.yaml")),
    }


def test_an_unreadable_file_of_the_folder_is_named(tmp_path, deny_reading):
    (tmp_path / "a.yaml").write_text("moves: []\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("moves: []\n", encoding="utf-8")
    deny_reading(tmp_path / "b.yaml")
    result = load_file(tmp_path, today=TODAY)
    [problem] = result.errors
    assert (problem.code, problem.file, problem.line) == ("file-unreadable", str(tmp_path / "b.yaml"), 0)
    assert result.unreadable
