"""The Changes page in a real Chromium, on a repository made here: it shows what a commit and an
uncommitted edit did to the records and the flows, and the card line names their authors."""

from __future__ import annotations

import pytest

from support.browser import running
from support.gitrepo import GRACE, LINUS, Repo

pytestmark = pytest.mark.browser


def test_the_changes_page_shows_a_commit_and_an_uncommitted_move(tmp_path, open_page):
    from playwright.sync_api import expect

    repo = Repo(tmp_path / "repo")
    repo.append(GRACE)
    repo.commit("Add Grace", name="Bob Reviewer", date="2025-07-01T09:00:00+00:00")
    repo.append(LINUS)  # not committed: "now" is the file as it is
    with running(repo.record) as server:
        page, watch = open_page(server.url + "/changes?since=2025-06-12", charts=0)
        assert page.locator('[data-testid="stException"]').count() == 0
        main = page.locator('[data-testid="stMain"]')
        expect(main).to_contain_text("added grace-meta-to-example-lab")
        expect(main).to_contain_text("added linus-example-lab-to-meta")
        expect(page.locator('[data-testid="stDataFrame"]')).to_have_count(1)
        assert "since=2025-06-12" in page.url
        page, watch = open_page(server.url + "/", charts=1)
        expect(page.locator('[data-testid="stMain"]')).to_contain_text("added 2025-07-01 by Bob Reviewer")
        assert watch.console_errors == []
