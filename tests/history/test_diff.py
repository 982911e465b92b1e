"""``diff``: the records and the Flows figures between two revisions, against expectations
written by hand; its three formats; a revision that is a day or the work tree; bad revisions."""

from __future__ import annotations

import json
import re

import pytest

from dashboard.cli import main
from dashboard.history import git
from dashboard.history.diff import FigureChange, diff
from support.gitrepo import GRACE, LINUS, Repo
from support.records import TODAY, line_of

BOB, CAROL = "Bob Reviewer", "Carol Third"


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Repo:
    """Ada's move (Meta → Example Lab); Bob adds Grace's (the same way); Carol adds Linus's (back
    to Meta), removes Ada's and renames the file."""
    repo = Repo(tmp_path_factory.mktemp("diff") / "repo")
    repo.git("tag", "start")
    repo.append(GRACE)
    repo.commit("Add Grace", name=BOB, date="2025-07-01T09:00:00+00:00")
    repo.append(LINUS)
    text = repo.record.read_text(encoding="utf-8")
    start = text.index("  - id: ada-meta-to-lab")
    repo.record.write_text(text[:start] + text[text.index("  - id: grace") :], encoding="utf-8")
    repo.git("mv", "data/events.yaml", "data/record.yaml")
    repo.record = repo.top / "data" / "record.yaml"
    repo.commit("Add Linus, Ada's move elsewhere", name=CAROL, date="2025-07-02T09:00:00+00:00")
    return repo


EXPECTED_FIGURES = [
    # Meta → Example Lab stays one person (Ada's move out, Grace's in); Linus goes back.
    FigureChange("unit", "link", "example-lab", "meta", 0, 1),
    FigureChange("unit", "net", "example-lab", "", 1, 0),
    FigureChange("unit", "net", "meta", "", -1, 0),
    FigureChange("root", "link", "example-lab", "meta", 0, 1),
    FigureChange("root", "net", "example-lab", "", 1, 0),
    FigureChange("root", "net", "meta", "", -1, 0),
]


def test_diff_agrees_with_a_hand_made_expectation(repo):
    found = diff(git.require(repo.record), repo.record, "start", "HEAD", today=TODAY)
    assert [(c.section, c.id, c.change, c.fields) for c in found.records] == [
        ("moves", "grace-meta-to-example-lab", "added", ()),
        ("moves", "linus-example-lab-to-meta", "added", ()),
        ("moves", "ada-meta-to-lab", "removed", ()),
    ]
    assert found.figures == EXPECTED_FIGURES
    assert [figure.change for figure in found.figures[:3]] == ["appears", "disappears", "disappears"]
    assert found.notes == []


def test_a_figure_that_does_not_change_is_not_listed(repo):
    found = diff(git.require(repo.record), repo.record, "start", "HEAD~1", today=TODAY)
    assert [(c.id, c.change) for c in found.records] == [("grace-meta-to-example-lab", "added")]
    assert found.figures == [
        FigureChange("unit", "link", "meta", "example-lab", 1, 2),
        FigureChange("unit", "net", "example-lab", "", 1, 2),
        FigureChange("unit", "net", "meta", "", -1, -2),
        FigureChange("root", "link", "meta", "example-lab", 1, 2),
        FigureChange("root", "net", "example-lab", "", 1, 2),
        FigureChange("root", "net", "meta", "", -1, -2),
    ]


def test_diff_json_text_and_markdown(repo, capsys):
    args = ["diff", "start", "HEAD", "--data", str(repo.record), "--today", TODAY.isoformat()]
    assert main([*args, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["records"] == {
        "moves": {"added": ["grace-meta-to-example-lab", "linus-example-lab-to-meta"], "changed": [],
                  "removed": ["ada-meta-to-lab"]},
    }  # fmt: skip
    assert document["figures"][0] == {
        "level": "unit", "figure": "link", "from": "example-lab", "to": "meta", "before": 0, "after": 1,
        "change": "appears",
    }  # fmt: skip
    assert document["to"]["commit"] == repo.head()
    assert main([*args]) == 0
    text = capsys.readouterr().out
    assert (
        "moves:\n  added grace-meta-to-example-lab\n  added linus-example-lab-to-meta\n  removed ada-meta-to-lab\n"
        in text
    )
    assert "  unit: Example Lab → Meta: 0 → 1 (appears)\n" in text
    assert "  root: net flow of Meta: -1 → 0 (disappears)\n" in text
    assert main([*args, "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    assert "| moves | removed | ada\\-meta\\-to\\-lab |  |" in markdown
    assert "| unit | link | Example Lab | Meta | 0 | 1 | appears |" in markdown


def test_a_day_names_its_last_commit_and_now_is_the_work_tree(repo, capsys):
    repo.edit("date_kind: effective\n    evidence:\n      - source: example-report\n        quote: Linus",
              "date_kind: reported\n    evidence:\n      - source: example-report\n        quote: Linus")  # fmt: skip
    try:
        found = diff(git.require(repo.record), repo.record, "2025-07-02", today=TODAY)
        assert found.old.commit == repo.head() and found.new.commit is None
        assert [(c.id, c.change, c.fields) for c in found.records] == [
            ("linus-example-lab-to-meta", "changed", ("date_kind",))
        ]
        assert found.figures == []  # the same people move between the same places
    finally:
        repo.git("checkout", "--", ".")


@pytest.mark.parametrize(
    ("revisions", "message"),
    [
        (["no-such-branch"], "unknown revision 'no-such-branch': no commit of"),
        (["--", "-p"], "'-p' is not a revision: a revision may not begin with '-'"),
        (["start", "--", "--output=x"], "'--output=x' is not a revision: a revision may not begin with '-'"),
        (["1999-01-01"], "no commit on or before 1999-01-01"),
        (["2025-02-30"], "'2025-02-30' is not a day (YYYY-MM-DD)"),
    ],
)
def test_a_bad_revision_is_a_message_not_a_traceback(repo, capsys, revisions, message):
    assert main(["diff", "--data", str(repo.record), *revisions]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"{repo.record}: error: {message}"), err


def test_diff_outside_a_repository_says_so(tmp_path, capsys):
    (tmp_path / "events.yaml").write_text("moves: []\n", encoding="utf-8")
    assert main(["diff", "HEAD", "--data", str(tmp_path / "events.yaml")]) == 2
    assert "is not in a git repository" in capsys.readouterr().err


def test_a_version_that_does_not_validate_has_no_figures_and_says_why(tmp_path):
    repo = Repo(tmp_path / "repo")
    repo.append(GRACE.replace("to: example-lab", "to: example-labs"))
    repo.commit("Grace, misspelt", name=BOB, date="2025-07-01T09:00:00+00:00")
    found = diff(git.require(repo.record), repo.record, "HEAD~1", "HEAD", today=TODAY)
    assert [(c.id, c.change) for c in found.records] == [("grace-meta-to-example-lab", "added")]
    assert found.figures is None
    line = line_of(repo.record.read_text(encoding="utf-8"), "to: example-labs")
    assert found.notes == [
        "figures not compared: the record does not validate at HEAD "
        f"({repo.head()[:10]}): 1 error(s) (first: line {line}: unknown organisation 'example-labs'"
        " (did you mean 'example-lab'?))"
    ]


def test_a_version_that_does_not_parse_is_reported(tmp_path):
    repo = Repo(tmp_path / "repo")
    repo.edit("    role: chief scientist\n", "    role: [chief scientist\n")
    repo.commit("Oops", name=BOB, date="2025-07-01T09:00:00+00:00")
    found = diff(git.require(repo.record), repo.record, "HEAD~1", "HEAD", today=TODAY)
    assert found.records == [] and found.figures is None
    assert found.notes[0].startswith(
        f"records not compared: the file cannot be read at HEAD ({repo.head()[:10]}): line "
    )


def test_markdown_shows_record_text_as_text(tmp_path, capsys):
    hostile = "<img src=x onerror=alert(1)> | [x](javascript:alert(1)) **Lab**"
    repo = Repo(tmp_path / "repo")
    repo.edit("    name: Example Lab\n", f"    name: '{hostile}'\n")
    repo.append(GRACE)
    repo.commit("Grace", name=BOB, date="2025-07-01T09:00:00+00:00")
    args = ["diff", "HEAD~1", "HEAD", "--data", str(repo.record), "--today", TODAY.isoformat()]
    assert main([*args, "--format", "markdown"]) == 0
    markdown = capsys.readouterr().out
    for raw in ("<img", "](javascript", "**Lab**"):
        assert re.search(r"(?<!\\)" + re.escape(raw), markdown) is None, raw  # each only with its backslash
    row = next(line for line in markdown.splitlines() if line.startswith("| unit | link |"))
    assert row.count(" | ") == 6  # the name's bar stays inside its cell
    assert r"\<img src\=x onerror\=alert\(1\)\> \| \[x\]\(javascript\:alert\(1\)\) \*\*Lab\*\*" in row
