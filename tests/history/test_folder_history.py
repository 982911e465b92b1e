"""``history`` and ``diff`` of a record kept in a folder, in a repository built here (three
authors, a record moved between files, a file renamed, a branch merged back: see
:class:`support.gitfolder.FolderStory`), and git's merge of a folder record through the driver."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from dashboard.cli import main
from dashboard.history import git, log
from dashboard.history.diff import FigureChange, diff
from dashboard.history.folder import file_pairs
from dashboard.record.load import load_file
from support.gitfolder import ADA, BASE, BOB, CAROL, MOVES, FolderStory
from support.gitrepo import DRIVER, EDSGER, GRACE, LINUS, Repo

TODAY = dt.date(2026, 11, 24)
FOLDER = "data/events"


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> FolderStory:
    return FolderStory(tmp_path_factory.mktemp("folder-story") / "repo")


def events(story: FolderStory, record_id: str) -> list[tuple]:
    log.forget()
    found = log.history(git.require(story.folder), story.folder).of(record_id)
    return [(e.commit.id, e.commit.author, e.change, e.fields, e.commit.path, e.origin) for e in found]


def test_a_record_moved_to_another_file_is_moved_with_the_fields_changed_on_the_way(story):
    assert events(story, "grace-meta-to-example-lab") == [
        (story.moved, CAROL, "moved", ("date_kind",), f"{FOLDER}/april.yaml", f"{FOLDER}/moves.yaml"),
        (story.grace, BOB, "added", (), f"{FOLDER}/moves.yaml", None),
    ]


def test_a_renamed_file_is_followed_its_records_changed_not_moved(story):
    assert events(story, "ada-meta-to-lab") == [
        (story.renamed, ADA, "changed", ("role",), f"{FOLDER}/march.yaml", None),
        (story.split, ADA, "added", (), f"{FOLDER}/moves.yaml", None),
    ]


def test_a_record_added_on_a_branch_is_told_by_its_commit_not_the_merge_and_a_move_unchanged_has_no_fields(story):
    assert events(story, "linus-example-lab-to-meta") == [
        (story.gather, BOB, "moved", (), f"{FOLDER}/april.yaml", f"{FOLDER}/may.yaml"),
        (story.linus, BOB, "added", (), f"{FOLDER}/may.yaml", None),
    ]
    assert events(story, "edsger-meta-to-example-lab") == [
        (story.edsger, CAROL, "added", (), f"{FOLDER}/march.yaml", None)
    ]
    assert events(story, "ada-example") == [(story.split, ADA, "added", (), f"{FOLDER}/base.yaml", None)]


def test_the_folders_commits_are_those_that_changed_a_record_file_newest_first(story):
    log.forget()
    found = log.history(git.require(story.folder), story.folder)
    assert [commit.id for commit in found.commits] == [
        story.gather, story.merge, story.edsger, story.linus, story.renamed, story.moved, story.grace, story.split
    ]  # fmt: skip
    assert found.summary("moves", "grace-meta-to-example-lab")[1].change == "moved"  # the cards' "moved … by"


def test_history_on_the_command_line_names_the_files(story, capsys):
    assert main(["history", "grace-meta-to-example-lab", "--data", str(story.folder), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [(e["change"], e["path"], e.get("from")) for e in document["events"]] == [
        ("moved", f"{FOLDER}/april.yaml", f"{FOLDER}/moves.yaml"),
        ("added", f"{FOLDER}/moves.yaml", None),
    ]
    assert main(["history", "grace-meta-to-example-lab", "--data", str(story.folder)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == (
        f"{story.moved[:10]}  2025-07-02  {CAROL}  moved (date_kind)  moves/grace-meta-to-example-lab "
        f"({FOLDER}/moves.yaml → {FOLDER}/april.yaml)  — April's moves in their own file"
    )
    assert main(["history", "nobody", "--data", str(story.folder)]) == 2
    assert "no record 'nobody' in the history of this folder's files" in capsys.readouterr().err


def records(found) -> list[tuple]:
    return [(c.section, c.id, c.change, c.fields, c.files) for c in found.records]


def test_diff_of_the_folder_agrees_with_the_hand_made_expectation(story):
    found = diff(git.require(story.folder), story.folder, story.split, story.gather, today=TODAY)
    assert found.notes == []
    assert records(found) == [  # in the joined order: april.yaml, base.yaml, march.yaml
        ("moves", "grace-meta-to-example-lab", "added", (), ()),
        ("moves", "linus-example-lab-to-meta", "added", (), ()),
        ("moves", "ada-meta-to-lab", "moved", ("role",), (f"{FOLDER}/moves.yaml", f"{FOLDER}/march.yaml")),
        ("moves", "edsger-meta-to-example-lab", "added", (), ()),
    ]
    expected = []
    for level in ("unit", "root"):  # no organisation has a parent: both levels alike
        expected += [
            FigureChange(level, "link", "example-lab", "meta", 0, 1),
            FigureChange(level, "link", "meta", "example-lab", 1, 3),
            FigureChange(level, "net", "example-lab", "", 1, 2),
            FigureChange(level, "net", "meta", "", -1, -2),
        ]
    assert found.figures == expected


def test_diff_over_the_move_between_files_is_one_moved_record_and_no_figure(story):
    found = diff(git.require(story.folder), story.folder, story.grace, story.moved, today=TODAY)
    assert records(found) == [
        (
            "moves",
            "grace-meta-to-example-lab",
            "moved",
            ("date_kind",),
            (f"{FOLDER}/moves.yaml", f"{FOLDER}/april.yaml"),
        )
    ]
    assert found.figures == [] and found.notes == []


def test_diff_before_the_folder_existed_adds_everything(story):
    start = story.repo.git("rev-list", "--max-parents=0", "HEAD").stdout.strip()
    found = diff(git.require(story.folder), story.folder, start, story.split, today=TODAY)
    assert {change.change for change in found.records} == {"added"} and len(found.records) == 8
    assert ("unit", "link", "meta", "example-lab", 0, 1) in [
        (f.level, f.kind, f.source, f.target, f.before, f.after) for f in found.figures
    ]


@pytest.fixture
def worktree(tmp_path):
    """A fresh copy of the story's work tree to edit without committing."""
    return FolderStory(tmp_path / "repo")


def test_diff_to_now_reads_the_folders_files_as_they_are(worktree, capsys):
    worktree.write("march.yaml", MOVES.replace("role: chief scientist", "role: chief science officer"))
    worktree.write("june.yaml", "moves:\n" + EDSGER)
    assert main(["diff", "HEAD", "--data", str(worktree.folder), "--format", "json", "--today", "2026-11-24"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["records"] == {
        "moves": {
            "added": [],
            "changed": [],
            "moved": [
                {
                    "id": "edsger-meta-to-example-lab",
                    "fields": [],
                    "from": f"{FOLDER}/march.yaml",
                    "to": f"{FOLDER}/june.yaml",
                }
            ],
            "removed": [],
        }
    }
    assert document["figures"] == [] and document["notes"] == []


def test_a_folder_that_does_not_validate_now_has_no_figures_and_the_note_names_the_file(worktree):
    bad = EDSGER.replace("id: edsger-meta-to-example-lab", "id: edsger-again").replace("edsger-example", "nobody")
    worktree.write("june.yaml", "moves:\n" + bad)
    found = diff(git.require(worktree.folder), worktree.folder, "HEAD", today=TODAY)
    assert found.figures is None
    [note] = found.notes
    assert note.startswith("figures not compared: the record does not validate at now: 1 error(s) (first: ")
    assert f"(first: {worktree.folder / 'june.yaml'}:3: " in note and "nobody" in note
    assert [(c.id, c.change) for c in found.records] == [("edsger-again", "added")]


@pytest.mark.parametrize(
    ("before", "after", "renamed", "expected"),
    [
        ({"a.yaml": "1"}, {"b.yaml": "2"}, {"b.yaml": "a.yaml"}, [("a.yaml", "1", "b.yaml", "2")]),
        ({"a.yaml": "1"}, {"b.yaml": "1"}, {"b.yaml": "a.yaml"}, []),  # renamed, unchanged: nothing to read
        ({"a.yaml": "1"}, {"b.yaml": "2"}, {}, [("b.yaml", None, "b.yaml", "2"), ("a.yaml", "1", "a.yaml", None)]),
        ({"a.yaml": "1"}, {"a.yaml": "3", "b.yaml": "2"}, {"b.yaml": "a.yaml"},  # a copy, not a rename
         [("a.yaml", "1", "a.yaml", "3"), ("b.yaml", None, "b.yaml", "2")]),
    ],
)  # fmt: skip
def test_file_pairs_compare_a_renamed_file_with_its_old_self(before, after, renamed, expected):
    assert file_pairs(before, after, renamed) == expected


def test_git_merges_a_folder_record_by_the_driver_new_files_and_the_same_file(tmp_path):
    """Two curators each add a move at the end of ``moves.yaml`` (git's line merge conflicts
    there) and a file of their own; ``git merge`` runs the driver on the shared file."""
    repo = Repo(tmp_path / "repo")
    folder = repo.top / "data" / "events"
    folder.mkdir()
    (folder / "base.yaml").write_text(BASE, encoding="utf-8")
    (folder / "moves.yaml").write_text(MOVES, encoding="utf-8")
    repo.git("rm", "-q", "data/events.yaml")
    repo.commit("Split the record into files")
    repo.install_driver()
    (repo.top / ".gitattributes").write_text(f"data/events/*.yaml merge={DRIVER}\n", encoding="utf-8")
    repo.commit("The folder's files merged record by record")
    repo.git("checkout", "-q", "-b", "carol")
    (folder / "moves.yaml").write_text(MOVES + LINUS, encoding="utf-8")
    (folder / "june.yaml").write_text("moves:\n" + EDSGER, encoding="utf-8")
    repo.commit("Linus and Edsger", name=CAROL, date="2025-07-02T09:00:00+00:00")
    repo.git("checkout", "-q", "main")
    (folder / "moves.yaml").write_text(MOVES + GRACE, encoding="utf-8")
    repo.commit("Grace", name=BOB, date="2025-07-01T09:00:00+00:00")
    done = repo.git("merge", "--no-ff", "carol", "-m", "Merge Carol's moves", date="2025-07-03T09:00:00+00:00")
    assert done.returncode == 0, done.stderr
    assert (folder / "moves.yaml").read_text(encoding="utf-8") == MOVES + GRACE + LINUS  # ours first, then theirs
    assert (folder / "june.yaml").read_text(encoding="utf-8") == "moves:\n" + EDSGER
    assert repo.git("status", "--porcelain").stdout == ""
    loaded = load_file(folder, today=TODAY)
    assert loaded.ok and len(loaded.dataset.document.moves) == 4
    conflicted = tmp_path / "line-merge"
    conflicted.mkdir()
    for name, text in (("ours", MOVES + GRACE), ("base", MOVES), ("theirs", MOVES + LINUS)):
        (conflicted / name).write_text(text, encoding="utf-8")
    line_merge = repo.git("merge-file", "-p", str(conflicted / "ours"), str(conflicted / "base"),
                          str(conflicted / "theirs"), check=False)  # fmt: skip
    assert line_merge.returncode == 1 and "<<<<<<<" in line_merge.stdout  # git's own merge of the file conflicts


def test_a_file_of_the_folder_that_cannot_be_read_is_an_event_naming_it_and_its_records_stay(worktree):
    worktree.write("march.yaml", worktree.read("march.yaml").replace("role: chief science officer", "role: [x"))
    broken = worktree.repo.commit("Oops", name=CAROL, date="2025-07-08T09:00:00+00:00")
    worktree.write("march.yaml", worktree.read("march.yaml").replace("role: [x", "role: chief scientist"))
    fixed = worktree.repo.commit("Fix", name=CAROL, date="2025-07-09T09:00:00+00:00")
    log.forget()
    found = log.history(git.require(worktree.folder), worktree.folder)
    got = [(e.commit.id, e.change, e.fields, e.commit.path) for e in found.of("ada-meta-to-lab")]
    assert got[:3] == [
        (fixed, "changed", ("role",), f"{FOLDER}/march.yaml"),  # compared with the last readable version
        (broken, "unreadable", (), f"{FOLDER}/march.yaml"),
        (worktree.renamed, "changed", ("role",), f"{FOLDER}/march.yaml"),
    ]
    assert found.of("ada-meta-to-lab")[1].problem.startswith("march.yaml: line ")
    assert [e.change for e in found.of("edsger-meta-to-example-lab")][-1:] == ["added"]  # never removed
