"""Running the dashboard in a real headless Chromium: the server, the browser, and waiting.

Used by ``test_browser.py``; also a script that takes the README's screenshot:

    python tests/support/browser.py screenshot docs/flows.png
    python tests/support/browser.py screenshot docs/flows-10k.png synthetic-10k/data/events.yaml

Chromium is Debian's (``apt-get install chromium``); Playwright cannot download its own browser
here. Without Chromium or Playwright the browser tests skip with a reason, unless
``TALENT_FLOWS_REQUIRE_BROWSER=1`` (set by CI), where they fail instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from dashboard import config

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
REQUIRE_ENV = config.REQUIRE_BROWSER_ENV
TODAY = "2026-11-24"
CHART = '[data-testid="stBidiComponentRegular"]:has(> div.tf-chart)'
"""A chart element of dashboard/ui/components/chart.py (its plot is drawn into ``div.tf-chart``)."""


def missing_browser() -> str | None:
    """Why the browser tests cannot run here, or ``None`` if they can."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    if not Path(CHROMIUM).exists():
        return "Chromium is not installed (apt-get install chromium)"
    return None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Server:
    """``python -m dashboard serve`` in its own process session, stopped by its PID.

    With ``app``, ``streamlit run app`` instead (same folder, so the same config): the
    benchmark's ``st.write("hi")`` page.
    """

    data: Path
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None
    app: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout: float = 90) -> Server:
        env = {**os.environ, "TALENT_FLOWS_TODAY": TODAY, "PYTHONPATH": str(REPO)}
        command = [sys.executable, "-m", "dashboard", "serve", "--port", str(self.port), "--data", str(self.data)]
        if self.app is not None:
            command = [sys.executable, "-m", "streamlit", "run", str(self.app), "--server.port", str(self.port),
                       "--server.address", "127.0.0.1"]  # fmt: skip
        self.process = subprocess.Popen(
            command, cwd=REPO, env=env, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited: {self.process.stderr.read().decode(errors='replace')}")
            with (
                contextlib.suppress(OSError),
                urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=2) as response,  # noqa: S310
            ):
                if response.status == 200:
                    return self
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the server did not answer on {self.url} within {timeout} s")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGTERM)  # its own session: only what it started
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def listening_addresses(self) -> list[str]:
        """Local addresses listening on the server's port, as ``ss`` shows them."""
        out = subprocess.run(
            ["ss", "-ltnH", f"sport = :{self.port}"], capture_output=True, text=True, check=True
        ).stdout
        return [line.split()[3].rsplit(":", 1)[0] for line in out.splitlines() if line.strip()]


@contextlib.contextmanager
def running(data: Path) -> Iterator[Server]:
    server = Server(data).start()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class Watch:
    """What a page did that a test must check: console errors, page errors, outside requests."""

    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.console_errors.append(f"pageerror: {error}"))
        page.on("request", lambda request: self.requests.append(request.url))

        def dialog(dialog) -> None:
            self.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", dialog)

    def _console(self, message) -> None:
        if message.type != "error":
            return
        self.console_errors.append(f"{message.text} ({message.location})")

    def outside_hosts(self) -> set[str]:
        hosts = {urlsplit(url).hostname for url in self.requests if not url.startswith(("data:", "blob:"))}
        return hosts - {"127.0.0.1"}


def wait_ready(page, charts: int | None = None, timeout: float = 60_000) -> None:
    """Wait until Streamlit finished the run and the page's plotly charts are drawn.

    A chart is drawn some time after the run ended (its code and Streamlit's component code load
    lazily): pass ``charts`` (how many the page has) to wait for exactly that many; without it, the
    page waits for the network to go quiet and then for the charts that are there.
    """
    page.wait_for_selector('[data-testid="stMainBlockContainer"] h1', timeout=timeout)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout)
    drawn = page.locator(f"{CHART} .js-plotly-plot .main-svg:first-child")
    if charts is None:
        page.wait_for_load_state("networkidle", timeout=timeout)
        charts = page.locator(CHART).count()
    from playwright.sync_api import expect

    expect(drawn).to_have_count(charts, timeout=timeout)


def screenshot(target: Path, data: Path | None = None, path: str = "/flows", charts: int = 2) -> None:
    """Take a README picture: a page (the Flows page by default) of a record (the shipped one)."""
    from playwright.sync_api import sync_playwright

    with running(data or REPO / "data" / "events.yaml") as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        page.goto(f"{server.url}{path}")
        wait_ready(page, charts=charts, timeout=180_000)
        if charts == 2:
            page.locator("g.sankey path.sankey-link").first.wait_for()
        page.mouse.move(0, 0)
        time.sleep(1.5)  # let the Sankey's entry transition finish
        page.screenshot(path=str(target))
        browser.close()


USAGE = "usage: python tests/support/browser.py screenshot docs/flows.png [RECORD [PATH [CHARTS]]]"

if __name__ == "__main__":
    if not 3 <= len(sys.argv) <= 6 or sys.argv[1] != "screenshot":
        sys.exit(USAGE)
    arguments = sys.argv[2:]
    screenshot(
        Path(arguments[0]),
        Path(arguments[1]) if len(arguments) > 1 else None,
        arguments[2] if len(arguments) > 2 else "/flows",
        int(arguments[3]) if len(arguments) > 3 else 2,
    )
