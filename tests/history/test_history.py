"""``history``: the commits that added, changed and removed each record, in a repository built
here (three authors, a rename, a branch merged back), and its messages for bad input."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.history import git, log, versions, window
from support.gitrepo import GRACE, LINUS, Repo
from support.records import REPO

ADA, BOB, CAROL = "Ada Curator", "Bob Reviewer", "Carol Third"


class Story:
    """The repository of the module and the commits it made, by name."""

    def __init__(self, top: Path) -> None:
        self.repo = repo = Repo(top)
        self.start = repo.head()
        repo.append(GRACE)
        self.grace = repo.commit("Add Grace's move", name=BOB, date="2025-07-01T09:00:00+00:00")
        repo.git("mv", "data/events.yaml", "data/record.yaml")
        repo.record = top / "data" / "record.yaml"
        self.rename = repo.commit("Rename the record", date="2025-07-02T09:00:00+00:00")
        repo.git("checkout", "-q", "-b", "dates")
        repo.edit("date_kind: effective\n    evidence:\n      - source: example-report\n        quote: Grace",
                  "date_kind: reported\n    evidence:\n      - source: example-report\n        quote: Grace")  # fmt: skip
        self.grace_kind = repo.commit("Grace's date is the reported one", name=CAROL, date="2025-07-03T09:00:00+00:00")
        repo.git("checkout", "-q", "main")
        repo.append(LINUS)
        self.linus = repo.commit("Add Linus's move", name=BOB, date="2025-07-04T09:00:00+00:00")
        repo.git("merge", "-q", "--no-ff", "dates", "-m", "Merge the dates", date="2025-07-05T09:00:00+00:00")
        self.merge = repo.head()
        text = repo.record.read_text(encoding="utf-8")
        start = text.index("  - id: ada-meta-to-lab")
        repo.record.write_text(text[:start] + text[text.index("  - id: grace") :], encoding="utf-8")
        self.remove_ada = repo.commit("Ada's move is in another record", name=CAROL, date="2025-07-06T09:00:00+00:00")


@pytest.fixture(scope="module")
def story(tmp_path_factory) -> Story:
    return Story(tmp_path_factory.mktemp("story") / "repo")


def events(story: Story, record_id: str) -> list[tuple[str, str, str, tuple[str, ...]]]:
    found = log.history(git.require(story.repo.record), story.repo.record).of(record_id)
    return [(event.commit.id, event.commit.author, event.change, event.fields) for event in found]


def test_history_finds_the_commits_that_added_and_changed_a_record_across_a_rename_and_a_merge(story):
    assert events(story, "grace-meta-to-example-lab") == [
        (story.grace_kind, CAROL, "changed", ("date_kind",)),  # on the branch; the merge only brought it in
        (story.grace, BOB, "added", ()),  # under the file's old name
    ]
    assert events(story, "linus-example-lab-to-meta") == [(story.linus, BOB, "added", ())]
    assert events(story, "ada-meta-to-lab") == [
        (story.remove_ada, CAROL, "removed", ()),
        (story.start, ADA, "added", ()),
    ]
    assert events(story, "ada-example") == [(story.start, ADA, "added", ())]  # a person, by its key


def test_history_command_text_and_json(story, capsys):
    record = str(story.repo.record)
    assert main(["history", "grace-meta-to-example-lab", "--data", record]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        f"{story.grace_kind[:10]}  2025-07-03  {CAROL}  changed (date_kind)  moves/grace-meta-to-example-lab"
        "  — Grace's date is the reported one",
        f"{story.grace[:10]}  2025-07-01  {BOB}  added  moves/grace-meta-to-example-lab  — Add Grace's move",
    ]
    assert main(["history", "grace-meta-to-example-lab", "--data", record, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [event["commit"] for event in document["events"]] == [story.grace_kind, story.grace]
    first = document["events"][0]
    assert first | {"date": first["date"]} == {
        "commit": story.grace_kind, "author": CAROL, "email": "carol@example.org",
        "date": "2025-07-03T09:00:00+00:00", "change": "changed", "section": "moves",
        "id": "grace-meta-to-example-lab", "fields": ["date_kind"],
        "subject": "Grace's date is the reported one", "path": "data/record.yaml",
    }  # fmt: skip
    assert document["events"][1]["path"] == "data/events.yaml"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["grace-meta-to-example-la"], "error: no record 'grace-meta-to-example-la' in the history of this file"
                                       " (did you mean 'grace-meta-to-example-lab'?)"),
        (["nobody-at-all"], "error: no record 'nobody-at-all' in the history of this file"),
    ],
)  # fmt: skip
def test_history_of_an_unknown_id_says_so(story, capsys, args, message):
    assert main(["history", *args, "--data", str(story.repo.record)]) == 2
    assert capsys.readouterr().err.strip() == f"{story.repo.record}: {message}"


def test_history_outside_a_repository_says_so(tmp_path, capsys):
    (tmp_path / "events.yaml").write_text("moves: []\n", encoding="utf-8")
    assert main(["history", "x", "--data", str(tmp_path / "events.yaml")]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'events.yaml'}: error: " in err and "is not in a git repository" in err
    assert git.find(tmp_path / "events.yaml") is None  # the dashboard hides the feature quietly


def test_history_of_a_missing_file_says_so(tmp_path, capsys):
    assert main(["history", "x", "--data", str(tmp_path / "none.yaml")]) == 2
    assert capsys.readouterr().err.strip() == f"{tmp_path / 'none.yaml'}: error: no such file"


def test_a_version_that_does_not_parse_is_an_event_and_the_next_is_compared_with_the_last_readable(tmp_path):
    repo = Repo(tmp_path / "repo")
    repo.append(GRACE)
    repo.commit("Grace", name=BOB, date="2025-07-01T09:00:00+00:00")
    repo.edit("    role: chief scientist\n", "    role: [chief scientist\n")
    broken = repo.commit("Oops", name=CAROL, date="2025-07-02T09:00:00+00:00")
    repo.edit("    role: [chief scientist\n", "    role: chief science officer\n")
    fixed = repo.commit("Fix", name=CAROL, date="2025-07-03T09:00:00+00:00")
    found = log.history(git.require(repo.record), repo.record)
    ada = found.of("ada-meta-to-lab")
    assert [(event.commit.id, event.change) for event in ada][:2] == [(fixed, "changed"), (broken, "unreadable")]
    assert ada[0].fields == ("role",)
    assert ada[1].problem.startswith("line ")
    assert [event.change for event in found.of("grace-meta-to-example-lab")] == ["unreadable", "added"]


def test_each_version_is_read_once_however_often_the_history_is_asked(tmp_path, monkeypatch):
    repo = Repo(tmp_path / "repo")
    repo.append(GRACE)
    repo.commit("Grace", name=BOB, date="2025-07-01T09:00:00+00:00")
    asked: list[str] = []
    real = git.Repository.blobs

    def counted(self, ids):
        ids = list(ids)
        asked.extend(ids)
        return real(self, ids)

    monkeypatch.setattr(git.Repository, "blobs", counted)
    log.forget()  # versions of the same text are the same blobs: another test may have read them
    repository = git.require(repo.record)
    log.history(repository, repo.record)
    assert len(asked) == 2  # the first version and the second
    log.history(repository, repo.record)
    assert len(asked) == 2  # remembered by the commit it was read at
    repo.append(LINUS)
    repo.commit("Linus", name=BOB, date="2025-07-02T09:00:00+00:00")
    log._histories.clear()  # a new history, as the dashboard's after a commit; its pairs are known
    found = log.history(repository, repo.record)
    assert len(asked) == 3  # only the new version
    assert [event.change for event in found.of("linus-example-lab-to-meta")] == ["added"]


def test_git_refuses_a_revision_that_reads_as_an_option(story):
    repository = git.require(story.repo.record)
    with pytest.raises(git.GitError, match="may not begin with '-'"):
        repository.commit("--output=/tmp/x")
    with pytest.raises(git.GitError, match="unknown revision 'no-such-branch'"):
        repository.commit("no-such-branch")


def test_history_runs_from_a_git_hook_environment(story):
    """A hook passes GIT_DIR and GIT_INDEX_FILE of *its* repository; -C must win."""
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "history", "linus-example-lab-to-meta", "--data", str(story.repo.record)],
        capture_output=True, text=True, check=False, cwd=REPO,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO), "GIT_DIR": str(REPO / ".git"),
             "GIT_INDEX_FILE": str(REPO / ".git" / "index")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "added  moves/linus-example-lab-to-meta" in done.stdout


def bench_repository(folder: Path, commits: int) -> tuple[Path, str]:
    """The benchmark's repository (bench/history.py): a synthetic record committed a move at a
    time, every hundredth commit also changing the first move; (its file, that move's id)."""
    spec = importlib.util.spec_from_file_location("bench_history", REPO / "bench" / "history.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build(folder, commits)


def every_event(found: log.History) -> tuple[dict, list]:
    def shown(event: log.Event) -> tuple:
        return event.commit.id, event.section, event.id, event.change, event.fields, event.problem

    return {key: [shown(event) for event in events] for key, events in found.records.items()}, [
        shown(event) for event in found.unreadable
    ]


def whole_read(old: versions.Version, text: str) -> tuple[versions.Version, list[versions.Change]]:
    new = versions.read(text)
    return new, versions.compare(old, new)


@pytest.fixture(scope="module")
def benchmark_repository(tmp_path_factory) -> tuple[Path, str]:
    return bench_repository(tmp_path_factory.mktemp("bench") / "repo", 120)


@pytest.mark.parametrize("built", ["story", "unreadable", "benchmark"])
def test_reading_versions_where_they_changed_finds_what_reading_them_whole_finds(
    built, story, benchmark_repository, tmp_path, monkeypatch
):
    """The quick walk (each version read from the one before where the text changed) and the
    straightforward one (every version read whole, every pair compared whole) give the same
    events: renames, a merge, an unreadable version, a hundred and twenty commits."""
    if built == "story":
        record = story.repo.record
    elif built == "unreadable":
        repo = Repo(tmp_path / "repo")
        repo.append(GRACE)
        repo.commit("Grace", name=BOB, date="2025-07-01T09:00:00+00:00")
        repo.edit("    role: chief scientist\n", "    role: [chief scientist\n")
        repo.commit("Oops", name=CAROL, date="2025-07-02T09:00:00+00:00")
        repo.edit("    role: [chief scientist\n", "    role: chief science officer\n")
        repo.append(LINUS)
        repo.commit("Fix", name=CAROL, date="2025-07-03T09:00:00+00:00")
        record = repo.record
    else:
        record = benchmark_repository[0]
    repository = git.require(record)
    log.forget()
    quick = every_event(log.history(repository, record))
    log.forget()
    monkeypatch.setattr(log, "derive", whole_read)
    monkeypatch.setattr(log, "changes", versions.compare)
    assert every_event(log.history(repository, record)) == quick
    assert quick[0]


def test_a_commit_is_compared_by_the_records_it_touched(benchmark_repository, monkeypatch):
    """Work follows the change, not the file. 120 commits each add a move to a file of 74 to 193
    records: reading every version whole reads 16,020 records. Read from the version before,
    the first two versions are read whole (the second adds the first move to an empty section),
    the others read the move added and the one before it (and, in commits 100 and 101, the first
    move, which they also change)."""
    record, first = benchmark_repository
    repository = git.require(record)
    root = repository.run("rev-list", "--max-parents=0", "HEAD").strip()
    first_version = len(versions.read(repository.run("show", f"{root}:data/events.yaml")).records)
    read: list[str] = []
    real = versions.core

    def counted(text: str) -> str:
        read.append(text)
        return real(text)

    monkeypatch.setattr(versions, "core", counted)
    monkeypatch.setattr(window, "core", counted)
    log.forget()
    found = log.history(repository, record)
    assert [event.change for event in found.of(first)] == ["changed", "changed", "added"]  # and back
    assert (len(found.commits), first_version) == (120, 74)
    assert len(read) <= (74 + 75) + 2 * 118 + 2 * 2
