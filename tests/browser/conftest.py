"""Fixtures of the browser tests: one headless Chromium per session, the shipped record served
once per module, and pages opened in fresh contexts with what they did watched."""

from __future__ import annotations

import os

import pytest

from support.browser import CHROMIUM, CHROMIUM_ARGS, REQUIRE_ENV, Watch, missing_browser, running, wait_ready
from support.records import SHIPPED


@pytest.fixture(scope="session")
def browser():
    reason = missing_browser()
    if reason:
        if os.environ.get(REQUIRE_ENV) == "1":
            pytest.fail(f"browser tests are required here ({REQUIRE_ENV}=1) but {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def server(browser):
    with running(SHIPPED) as started:
        yield started


@pytest.fixture
def open_page(browser):
    """``open_page(url)`` → (page, watch) in a fresh browser context, ready to be checked."""
    contexts = []

    def opener(url: str, charts: int | None = None, viewport=None, color_scheme="light"):
        context = browser.new_context(viewport=viewport or {"width": 1400, "height": 1000}, color_scheme=color_scheme)
        contexts.append(context)
        page = context.new_page()
        watch = Watch()
        watch.attach(page)
        page.goto(url)
        wait_ready(page, charts)
        return page, watch

    yield opener
    for context in contexts:
        context.close()
