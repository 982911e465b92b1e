"""Fixtures of the article reader's tests."""

from __future__ import annotations

import pytest

from dashboard.articles.candidates import Reader
from support.records import SHIPPED, load


@pytest.fixture(scope="module")
def reader() -> Reader:
    """The shipped record's organisations, without its people or moves: a curator's new article."""
    full = load(SHIPPED.read_text(encoding="utf-8")).dataset.document
    return Reader(full.model_copy(update={"people": {}, "moves": [], "stays": [], "positions": []}))
