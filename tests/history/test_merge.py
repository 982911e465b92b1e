"""``merge-driver``: run by ``git merge`` itself on branches that add records (no conflict, every
byte kept) and on branches that change one record differently (markers around that record
only); and the merge's rules one by one on texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.history.merge import merge
from support.gitrepo import EDSGER, GRACE, LINUS, RECORD, Repo
from support.records import TODAY, load

BOB, CAROL = "Bob Reviewer", "Carol Third"
ADA_ROLE = "    role: chief scientist\n"


def branches(tmp_path: Path, ours, theirs) -> Repo:
    """A repository with the driver set up, a branch ``theirs`` changed by ``theirs(repo)`` and
    committed by Carol, and ``main`` changed by ``ours(repo)`` and committed by Bob."""
    repo = Repo(tmp_path / "repo")
    repo.install_driver()
    repo.git("checkout", "-q", "-b", "theirs")
    theirs(repo)
    repo.commit("Theirs", name=CAROL, date="2025-07-02T09:00:00+00:00")
    repo.git("checkout", "-q", "main")
    ours(repo)
    repo.commit("Ours", name=BOB, date="2025-07-03T09:00:00+00:00")
    return repo


def test_git_merges_two_branches_that_each_add_a_move_without_a_conflict(tmp_path):
    repo = branches(tmp_path, lambda repo: repo.append(GRACE), lambda repo: repo.append(LINUS))
    done = repo.git("merge", "--no-edit", "theirs", check=False, date="2025-07-04T09:00:00+00:00")
    assert done.returncode == 0, done.stdout + done.stderr
    merged = repo.record.read_text(encoding="utf-8")
    assert merged == RECORD + GRACE + LINUS  # ours first, then theirs; every other byte as it was
    assert load(merged, root=repo.top).ok
    assert repo.git("status", "--porcelain").stdout == ""  # committed: nothing left over


def test_git_marks_a_move_changed_differently_on_both_branches_and_only_that_move(tmp_path):
    repo = branches(
        tmp_path,
        lambda repo: (repo.append(GRACE), repo.edit(ADA_ROLE, "    role: chief science officer\n")),
        lambda repo: (repo.append(LINUS), repo.edit(ADA_ROLE, "    role: chief research scientist\n")),
    )
    done = repo.git("merge", "--no-edit", "theirs", check=False, date="2025-07-04T09:00:00+00:00")
    assert done.returncode == 1
    assert "CONFLICT (content): Merge conflict in data/events.yaml" in done.stdout
    ada = RECORD[RECORD.index("  - id: ada-meta-to-lab") :]
    expected = (
        RECORD.replace(ada, "")
        + "<<<<<<< ours\n" + ada.replace(ADA_ROLE, "    role: chief science officer\n") + "=======\n"
        + ada.replace(ADA_ROLE, "    role: chief research scientist\n") + ">>>>>>> theirs\n"
        + GRACE + LINUS
    )  # fmt: skip
    assert repo.record.read_text(encoding="utf-8") == expected


def test_a_merge_that_would_not_validate_leaves_ours_as_it_was(tmp_path):
    def ours(repo):  # Grace is no longer a person of the record ...
        repo.edit("  grace-example:\n    name: Grace Example\n", "")

    repo = branches(tmp_path, ours, lambda repo: repo.append(GRACE))  # ... but their new move is hers
    ours_text = repo.record.read_text(encoding="utf-8")
    done = repo.git("merge", "--no-edit", "theirs", check=False, date="2025-07-04T09:00:00+00:00")
    assert done.returncode == 1
    assert "the merged record would not validate; ours is left as it was" in done.stderr
    assert "unknown person 'grace-example'" in done.stderr
    assert repo.record.read_text(encoding="utf-8") == ours_text


def _move(text: str, move_id: str) -> str:
    start = text.index(f"  - id: {move_id}\n")
    end = text.find("\n  - id: ", start + 1)
    return text[start : end + 1 if end != -1 else len(text)]


ADA = _move(RECORD, "ada-meta-to-lab")
BASE = RECORD + GRACE
PERSON = "  alan-example:\n    name: Alan Example\n"


@pytest.mark.parametrize(
    ("ours", "theirs", "expected"),
    [
        # changed on one side only: that side's
        (BASE.replace(ADA_ROLE, "    role: chief\n"), BASE + LINUS, BASE.replace(ADA_ROLE, "    role: chief\n") + LINUS),
        (BASE + LINUS, BASE.replace(ADA_ROLE, "    role: chief\n"), BASE.replace(ADA_ROLE, "    role: chief\n") + LINUS),
        # changed the same way on both sides: once
        (BASE.replace(ADA_ROLE, "    role: x\n") + LINUS, BASE.replace(ADA_ROLE, "    role: x\n") + EDSGER,
         BASE.replace(ADA_ROLE, "    role: x\n") + LINUS + EDSGER),
        # the same new record on both sides: once
        (BASE + LINUS, BASE + LINUS + EDSGER, BASE + LINUS + EDSGER),
        # removed on one side, unchanged on the other: removed
        (BASE.replace(GRACE, ""), BASE + LINUS, RECORD + LINUS),
        (BASE + LINUS, BASE.replace(ADA, ""), BASE.replace(ADA, "") + LINUS),
        # a mapping section merges by key: both new people kept, ours first
        (BASE.replace("\nmoves:", "  alan-example:\n    name: Alan Example\n\nmoves:"),
         BASE.replace("\nmoves:", "  joan-example:\n    name: Joan Example\n\nmoves:"),
         BASE.replace("\nmoves:", "  alan-example:\n    name: Alan Example\n  joan-example:\n    name: Joan Example\n"
                                  "\nmoves:")),
        # a comment under a header is merged as a piece of its own
        (BASE.replace("moves:\n", "moves:\n  # newest last\n") , BASE + LINUS,
         BASE.replace("moves:\n", "moves:\n  # newest last\n") + LINUS),
    ],
)  # fmt: skip
def test_merge_rules(ours, theirs, expected):
    merged = merge(BASE, ours, theirs)
    assert merged is not None and merged.conflicts == []
    assert merged.text == expected


def test_changed_on_one_side_and_removed_on_the_other_is_a_conflict():
    merged = merge(BASE, BASE.replace(ADA_ROLE, "    role: x\n"), BASE.replace(ADA, ""))
    assert merged.conflicts == [("moves", "ada-meta-to-lab")]
    assert "<<<<<<< ours\n" + ADA.replace(ADA_ROLE, "    role: x\n") + "=======\n>>>>>>> theirs\n" in merged.text


def test_a_file_not_in_the_plain_layout_is_merged_line_by_line(tmp_path, capsys):
    flow = "moves: [{id: a}]\n"
    for name, text in (("base", flow), ("ours", "# ours\n" + flow), ("theirs", flow + "# theirs\n")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert merge(flow, flow, flow) is None
    args = ["merge-driver", *(str(tmp_path / name) for name in ("base", "ours", "theirs"))]
    assert main([*args, "--root", str(tmp_path), "--today", TODAY.isoformat()]) == 0
    assert (tmp_path / "ours").read_text(encoding="utf-8") == "# ours\n" + flow + "# theirs\n"
    assert "merged line by line" in capsys.readouterr().err


def test_the_driver_says_which_file_it_cannot_read(tmp_path, capsys):
    (tmp_path / "base").write_text(RECORD, encoding="utf-8")
    assert main(["merge-driver", str(tmp_path / "base"), str(tmp_path / "none"), str(tmp_path / "base")]) == 1
    assert f"merge-driver: {tmp_path / 'none'}: error: cannot read it" in capsys.readouterr().err


def test_blank_lines_between_records_follow_the_side_they_come_from():
    spaced = RECORD + "\n" + GRACE + "\n"
    merged = merge(spaced, spaced + LINUS + "\n", spaced + EDSGER + "\n")
    assert merged.text == spaced + LINUS + "\n" + EDSGER + "\n"
