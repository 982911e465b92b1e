"""A record just started with ``init`` (issue 24): every page opens on it, and the pages that
show one organisation or one source say there is none yet instead of failing."""

from __future__ import annotations

import pytest

from dashboard.edit.project import init_project
from support.apptest import PAGES, open_page, texts


@pytest.mark.parametrize("page", ["overview", *PAGES])
def test_every_page_opens_on_a_new_empty_record(tmp_path, monkeypatch, page):
    at = open_page(page, init_project(tmp_path).record, monkeypatch)
    assert not at.exception, [element.value for element in at.exception]
    if page == "organization":
        assert "The record has no organisations yet" in texts(at)
    if page == "sources":
        assert "The record has no sources yet" in texts(at)
