"""The pages are drawn as on ``TODAY`` (support.records), the day the shipped record is checked as of."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _today_is_fixed(fixed_today: None) -> None:
    """Every test here runs with ``TALENT_FLOWS_TODAY`` set (see tests/conftest.py)."""
