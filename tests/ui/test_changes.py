"""The record in git on the pages: the Changes page (the diff since a commit or day, up to now)
and the line under a move's card and a person's name saying who added and changed it."""

from __future__ import annotations

import pytest

from dashboard.ui.components import provenance
from support.apptest import open_page, texts
from support.gitfolder import FolderStory
from support.gitrepo import GRACE, LINUS, Repo

BOB, CAROL = "Bob Reviewer", "Carol *Third* [x](javascript:alert(1))"


@pytest.fixture
def repo(tmp_path) -> Repo:
    """Ada's record; Bob adds Grace's move; Carol (a name with Markdown and HTML in it) changes
    Ada's role; Linus's move is added but not committed."""
    repo = Repo(tmp_path / "repo")
    repo.append(GRACE)
    repo.commit("Add Grace", name=BOB, date="2025-07-01T09:00:00+00:00")
    repo.edit("    role: chief scientist\n", "    role: chief science officer\n")
    repo.commit("Ada's role as the source words it", name=CAROL, date="2025-07-02T09:00:00+00:00")
    repo.append(LINUS)
    provenance._recent.clear()
    return repo


def test_the_changes_page_shows_the_diff_since_a_chosen_commit(repo, monkeypatch):
    first = repo.git("rev-list", "--max-parents=0", "HEAD").stdout.strip()
    at = open_page("changes", repo.record, monkeypatch, since=first)
    assert not at.exception
    shown = texts(at)
    assert "- added grace-meta-to-example-lab" in shown
    assert "- added linus-example-lab-to-meta" in shown  # uncommitted: "now" is the file as it is
    assert "- changed ada-meta-to-lab (role)" in shown
    [table] = at.dataframe
    rows = table.value.to_dict("records")
    assert {"level": "unit", "figure": "link", "organisation": "Example Lab", "to": "Meta", "before": 0, "after": 1,
            "change": "appears"} in rows  # fmt: skip
    assert at.query_params["since"] == [first] or at.query_params["since"] == first


def test_the_changes_page_compares_with_the_last_commit_by_default_and_takes_a_day(repo, monkeypatch):
    at = open_page("changes", repo.record, monkeypatch)
    shown = texts(at)
    assert "- added linus-example-lab-to-meta" in shown and "grace" not in shown
    at = open_page("changes", repo.record, monkeypatch, since="2025-07-01")
    shown = texts(at)
    assert "- changed ada-meta-to-lab (role)" in shown and "- added linus-example-lab-to-meta" in shown
    assert "grace" not in shown


def test_the_changes_page_outside_a_repository_says_so(tmp_path, monkeypatch):
    repo = Repo(tmp_path / "repo")
    (repo.top / ".git").rename(tmp_path / "not-git")
    provenance._recent.clear()
    at = open_page("changes", repo.record, monkeypatch)
    assert not at.exception
    assert "The record file is not in a git repository" in texts(at)


def test_a_card_and_the_person_page_say_who_added_and_changed_the_record(repo, monkeypatch):
    at = open_page("person", repo.record, monkeypatch, who="ada-example")
    assert not at.exception
    captions = [caption.value for caption in at.caption]
    start = repo.git("rev-list", "--max-parents=0", "HEAD").stdout.strip()[:10]
    assert f":material/history: added 2025\\-06\\-12 by Ada Curator \\({start}\\)" in captions
    at = open_page("overview", repo.record, monkeypatch)  # the latest moves, as cards
    lines = [caption.value for caption in at.caption if caption.value.startswith(":material/history:")]
    changed = repo.head()[:10]
    assert any(
        line.endswith(
            f" · changed 2025\\-07\\-02 by Carol \\*Third\\* \\[x\\]\\(javascript\\:alert\\(1\\)\\) \\({changed}\\) \\(role\\)"
        )
        for line in lines
    ), lines  # the author's name is text: escaped
    assert any(line.startswith(":material/history: added 2025\\-07\\-01 by Bob Reviewer") for line in lines), lines


def test_outside_a_repository_the_cards_say_nothing_of_history(tmp_path, monkeypatch):
    repo = Repo(tmp_path / "repo")
    (repo.top / ".git").rename(tmp_path / "not-git")
    provenance._recent.clear()
    at = open_page("overview", repo.record, monkeypatch)
    assert not at.exception
    assert not [caption for caption in at.caption if caption.value.startswith(":material/history:")]


def test_the_changes_page_and_the_cards_of_a_record_kept_in_a_folder_follow_a_move_between_files(tmp_path, monkeypatch):
    story = FolderStory(tmp_path / "repo")
    provenance._recent.clear()
    at = open_page("changes", story.folder, monkeypatch, since=story.grace)
    assert not at.exception
    shown = texts(at)
    assert "- moved grace-meta-to-example-lab (data/events/moves.yaml → data/events/april.yaml) (date_kind)" in shown
    assert "- moved ada-meta-to-lab (data/events/moves.yaml → data/events/march.yaml) (role)" in shown
    assert "- added linus-example-lab-to-meta" in shown and "- added edsger-meta-to-example-lab" in shown
    assert "folder" not in shown  # no refusal
    at = open_page("person", story.folder, monkeypatch, who="grace-example")
    captions = [caption.value for caption in at.caption]
    assert f":material/history: added 2025\\-06\\-13 by Ada Curator \\({story.split[:10]}\\)" in captions
    at = open_page("overview", story.folder, monkeypatch)  # the latest moves, as cards
    lines = [caption.value for caption in at.caption if caption.value.startswith(":material/history:")]
    moved = f" · moved 2025\\-07\\-02 by Carol Third \\({story.moved[:10]}\\) \\(date\\_kind\\)"
    assert any(line.endswith(moved) for line in lines), lines
