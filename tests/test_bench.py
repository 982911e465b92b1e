"""The benchmark keeps running as the code moves: its smallest size, without the browser.

It imports the package's modules by name in its workers (a restructure renamed one it used and
nothing noticed until the benchmark was run); this runs every worker once, on the seed data.
"""

from __future__ import annotations

import subprocess
import sys

from support.records import REPO


def test_the_benchmark_runs_on_the_seed_data():
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "bench.py"), "--sizes", "seed", "--no-browser"],
        cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    rows = [line for line in done.stdout.splitlines() if line.startswith("| seed |")]
    assert len(rows) == 2  # the figures table and the per-page table
    assert "`candidates` on a 10 kB article" in done.stdout
