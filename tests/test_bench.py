"""The benchmark keeps running as the code moves: its smallest size, without the browser.

It imports the package's modules by name in its workers (a restructure renamed one it used and
nothing noticed until the benchmark was run); this runs every worker once, on the seed data, and
the real-data part on 500 rows of the committed AI Watch slice (as on a machine without AI Watch).
"""

from __future__ import annotations

import functools
import importlib.util
import subprocess
import sys

from dashboard.record.quotes import SourceText
from support.records import REPO
from tools import aiwatch


def test_the_benchmark_runs_on_the_seed_data():
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "bench.py"), "--sizes", "seed", "--no-browser", "--real", "500",
         "--aiwatch", "slice", "--history", "20"],
        cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-4000:]
    rows = [line for line in done.stdout.splitlines() if line.startswith("| seed |")]
    assert len(rows) == 2  # the figures table and the per-page table
    assert "`candidates` on a 10 kB article" in done.stdout
    assert "`history` of one record in a repository of 20 commits" in done.stdout
    assert "Real data (issue 24): the committed slice of AI Watch (3 files" in done.stdout
    imports = [line for line in done.stdout.splitlines() if line.startswith("| import into the shipped record")]
    assert len(imports) == 1 and "| 500 (" in imports[0]
    assert any(line.startswith("| its reload after a one-position edit") for line in done.stdout.splitlines())


@functools.cache
def realdata():
    """bench/realdata.py, which the benchmark imports as its script's neighbour (bench/ is no package)."""
    spec = importlib.util.spec_from_file_location("bench_realdata", REPO / "bench" / "realdata.py")
    module = sys.modules["bench_realdata"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_synthetic_copy_renames_only_the_organisations_and_its_quotes_are_in_it():
    bench = realdata()
    source = bench.find_aiwatch("slice")
    assert source.scaled and [file.path.rsplit("/", 1)[-1] for file in source.files] == [
        "google-deep-mind.sql", "positions.sql", "sentience-politics.sql"]  # fmt: skip
    original = source.files[1]
    copy = bench.copy_file(original, 3)
    assert copy.path == "sql/positions/positions-copy3.sql"
    rows, copied = aiwatch.read_rows(original.text, "a"), aiwatch.read_rows(copy.text, "b")
    assert len(rows) == len(copied) == 265
    for row, twin in zip(rows, copied, strict=True):
        organisation = row.values["organization"]
        assert twin.values == {**row.values, "organization": organisation and f"{organisation} (copy 3)"}
    documents, positions, copies = bench.rows_of(source, 1000)
    assert (len(positions), copies) == (1000, 3)
    texts = {document.path: SourceText.from_text(document.path, document.text) for document in documents}
    assert all(texts[row["source"]].contains(row["quote"]) for row in positions)
    assert positions[-1]["organisation"].endswith("(copy 3)")


def test_the_edits_change_one_role_of_the_section_asked_for(shipped_text):
    bench = realdata()
    lines = shipped_text.splitlines()
    for section in ("moves", "positions"):
        versions = bench.edits(shipped_text, 3, section)
        assert len(set(versions)) == 3
        for version in versions:
            changed = [number for number, (old, new) in enumerate(zip(lines, version.splitlines(), strict=True))
                       if old != new]  # fmt: skip
            assert len(changed) == 1 and version.splitlines()[changed[0]].startswith("    role: ")
            following = [number for number, line in enumerate(lines) if line[:1] not in ("", " ")]
            start = lines.index(f"{section}:")
            end = next((number for number in following if number > start), len(lines))
            assert start < changed[0] < end
