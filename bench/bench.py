"""The benchmark of issue 4: one table of figures and ratios, every ratio measured in this run.

    python3 dev.py bench                       # seed data, 1,000, 10,000 and 100,000 moves
    python3 dev.py bench --sizes seed,1000     # fewer sizes (quicker)
    python3 dev.py bench --no-browser          # skip the headless-Chromium measurement
    python3 dev.py bench --real none           # skip the real data (AI Watch imported and loaded)
    python3 dev.py bench --history 0           # skip history and diff in a repository of 1,000 commits

For each size it writes a synthetic project (``python -m dashboard synth``, seed 1) into a temporary
folder and measures, each in a fresh Python process so that no cache of one measurement helps
another:

- parse: bare ``yaml.load(text, Loader=yaml.CSafeLoader)`` of the same file, the reference;
- validate: our full load (strict reader, schema, every rule, every quote found in its document);
- re-validate: the dashboard's :class:`~dashboard.record.incremental.Revalidator` after a one-move edit
  (median of five edits of different moves);
- restart: the dashboard's load of an unchanged file from its disk cache, against the cold load
  that filled it (each in its own process: that is what a restart is);
- first run and rerun: Streamlit's AppTest (server side, no browser): the first run of the
  Overview in a fresh process (the cold load included), then on every page the median of four
  reruns, each after moving the start of the year filter one year on (a filter change that keeps
  most of the data: the slowest kind); the table shows the slowest page;
- chart data: the bytes of plotly figure JSON the page sends, largest page;
- peak memory: the maximum resident set size of that AppTest process (all pages at that size).

A second table gives, per size, the warnings (and the share of moves, stays and positions
warned), the dashboard's cold load against ``validate`` of the same file (the best of three fresh
processes, each with an empty disk cache, against validate's best of three), every page's rerun,
and at 10,000 moves and more the most elements any page has once drawn in headless Chromium
(``document.querySelectorAll('*')``: what the browser lays out).

The browser line opens, in headless Chromium, the Flows page of the shipped data and a page
that is only ``st.write("hi")``, each in a fresh browser context (empty cache), alternately,
seven times, and compares the medians of the time from navigation until the Sankey's links
(or the text "hi") are in the page, as the page itself times it (``performance.now()``).

The real-data table (issue 24; ``--real``, ``--aiwatch``) imports AI Watch's positions, converted by
``tools/aiwatch.py``, into the shipped record (``bench/realdata.py`` says where they come from and how
they are scaled up past the rows the data has): each import, in a fresh process from reading the CSV
to the written file, against a ``validate`` of its result; then, on the record of all of AI Watch's
rows, the dashboard's cold load (best of three fresh processes) against ``validate`` (best of three),
and the dashboard's reload after a one-position edit (``watch.current`` once the file changed, in the
process that loaded it; the median of five edits of different positions) against that cold load.

The record in git (issue 26, ``bench/history.py``): ``history`` of one record and ``diff`` of the
first and last commit, in a repository of 1,000 commits that add a synthetic record's moves one
by one, each in a fresh process.

Timings are best of a few repeats (parse, validate) or medians (the others); ratios are of
figures of this run only. The machine is described above the table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import realdata

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "data" / "events.yaml"
PAGES = ["overview", "flows", "timeline", "organization", "person", "cohorts", "retention", "sources"]
TODAY = "2026-11-24"


# --- workers: each runs in its own process and prints one JSON object ---------------------------


def _best(function, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def work_parse(path: Path, repeats: int) -> dict:
    import yaml

    text = path.read_text(encoding="utf-8")
    return {"parse": _best(lambda: yaml.load(text, Loader=yaml.CSafeLoader), repeats)}


def work_validate(path: Path, repeats: int) -> dict:
    from dashboard.record import quotes
    from dashboard.record.load import load_file

    warned: dict = {}

    def cold() -> None:
        quotes._prepared.cache_clear()  # every repeat reads and prepares the documents again
        result = load_file(path)
        assert result.ok, result.errors[:3]
        sections = (("moves",), ("stays",), ("positions",))
        records = {problem.path[:2] for problem in result.warnings if problem.path[:1] in sections}
        document = result.dataset.document
        total = len(document.moves) + len(document.stays) + len(document.positions)
        warned.update(warnings=len(result.warnings), warned=len(records) / max(total, 1))

    return {"validate": _best(cold, repeats), **warned}


def work_revalidate(path: Path) -> dict:
    from dashboard.record.incremental import Revalidator
    from dashboard.record.load import display_name, project_root, today_from_env

    text = path.read_text(encoding="utf-8")
    where = {"name": display_name(path), "root": project_root(path), "today": today_from_env()}
    revalidator = Revalidator()
    assert revalidator.load(text, **where).ok
    times = []
    for edited in realdata.edits(text, 5):
        start = time.perf_counter()
        result = revalidator.load(edited, **where)
        times.append(time.perf_counter() - start)
        assert result.ok, result.errors[:3]
        assert revalidator.load(text, **where).ok  # back to the original before the next edit
    return {"revalidate": statistics.median(times)}


def work_load(path: Path) -> dict:
    """The dashboard's load (``watch.current``) in this process: cold or from the disk cache."""
    from dashboard.live import watch

    start = time.perf_counter()
    current = watch.current(path)
    elapsed = time.perf_counter() - start
    assert current.bundle is not None and not current.result.errors
    return {"load": elapsed}


def _chart_bytes(at) -> int:
    return sum(len(element.proto.json) for element in at.get("bidi_component"))


def work_apptest(path: Path) -> dict:
    from streamlit.testing.v1 import AppTest

    os.environ["TALENT_FLOWS_DATA"] = str(path)
    app = str(ROOT / "dashboard" / "ui" / "app.py")
    at = AppTest.from_file(app, default_timeout=600)
    start = time.perf_counter()
    at.run()
    first = time.perf_counter() - start
    assert not at.exception, at.exception
    reruns, charts = {}, {}
    for name in PAGES:
        at = AppTest.from_file(app, default_timeout=600)
        if name != "overview":
            at.switch_page(f"views/{name}.py")
        at.run()
        charts[name] = _chart_bytes(at)
        low, high = at.slider(key="f_years").value
        times = []
        for value in [(min(low + step, high), high) for step in (1, 2, 3, 4)]:  # four new filter values
            at.slider(key="f_years").set_value(value)
            start = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - start)
            assert not at.exception, (name, at.exception)
        reruns[name] = statistics.median(times)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    return {"first_run": first, "reruns": reruns, "charts": charts, "peak_bytes": peak}


def work_browser(runs: int) -> dict:
    sys.path.insert(0, str(ROOT / "tests"))
    from playwright.sync_api import sync_playwright

    from support.browser import CHROMIUM, CHROMIUM_ARGS, Server, missing_browser

    reason = missing_browser()
    if reason:
        return {"skipped": reason}
    hi_script = Path(os.environ["TALENT_FLOWS_CACHE_DIR"]).with_name("hi.py")
    hi_script.write_text('import streamlit as st\n\nst.write("hi")\n', encoding="utf-8")
    targets = {
        "hi": (Server(SHIPPED, app=hi_script), "/", '[data-testid="stMarkdownContainer"]'),
        "flows": (Server(SHIPPED), "/flows", "g.sankey path.sankey-link"),
    }
    mark = (
        "window.__drawn = null; new MutationObserver((_, observer) => { if (document.querySelector(%r)) {"
        " window.__drawn = performance.now(); observer.disconnect(); } })"
        ".observe(document, {subtree: true, childList: true});"
    )
    for server, _, _ in targets.values():
        server.start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)

            def once(name: str) -> float:
                server, path, selector = targets[name]
                context = browser.new_context()
                context.add_init_script(mark % selector)
                page = context.new_page()
                page.goto(server.url + path)
                page.wait_for_selector(selector, timeout=60_000)
                page.wait_for_function("window.__drawn !== null", timeout=60_000)
                drawn = page.evaluate("window.__drawn")
                context.close()
                return drawn / 1000

            for name in targets:  # warm the servers (the browser's cache is fresh every time)
                once(name)
            times = {name: [] for name in targets}
            for _ in range(runs):
                for name in targets:
                    times[name].append(once(name))
            browser.close()
    finally:
        for server, _, _ in targets.values():
            server.stop()
    return {name: statistics.median(values) for name, values in times.items()}


def work_articles() -> dict:
    """The article workflow (issue 16): ``candidates`` on a 10 kB article, ``add-source`` of a 200 kB page."""
    sys.path.insert(0, str(ROOT / "bench"))
    import candidates

    return {"candidates": candidates.time_candidates(), "add_source": candidates.time_add_source()}


PAGE_PATHS = {"overview": "/", "flows": "/flows", "timeline": "/timeline", "organization": "/organization",
              "person": "/person", "cohorts": "/cohorts", "sources": "/sources"}  # fmt: skip


def work_elements(path: Path) -> dict:
    """Elements in the page (``document.querySelectorAll('*')``) once each page of ``path``'s record
    is drawn in headless Chromium: what the browser has to lay out."""
    sys.path.insert(0, str(ROOT / "tests"))
    from playwright.sync_api import sync_playwright

    from support.browser import CHROMIUM, CHROMIUM_ARGS, Server, missing_browser, wait_ready

    reason = missing_browser()
    if reason:
        return {"skipped": reason}
    server = Server(path).start(timeout=600)
    counts = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            for name, url in PAGE_PATHS.items():
                page.goto(server.url + url)
                wait_ready(page, timeout=600_000)
                counts[name] = page.evaluate("document.querySelectorAll('*').length")
            browser.close()
    finally:
        server.stop()
    return counts


def work_history(commits: int) -> dict:
    """``history`` and ``diff`` in a repository of ``commits`` commits (issue 26, ``bench/history.py``)."""
    sys.path.insert(0, str(ROOT / "bench"))
    import history

    return history.time_history(commits)


WORKERS = {"parse": work_parse, "validate": work_validate, "revalidate": work_revalidate, "load": work_load,
           "apptest": work_apptest, "browser": work_browser, "elements": work_elements,
           "articles": work_articles, "history": work_history, **realdata.WORKERS}  # fmt: skip


# --- the driver ------------------------------------------------------------------------------------


def worker(kind: str, *args, cache: Path) -> dict:
    """Run one worker in a fresh process (its disk cache in ``cache``) and return what it printed."""
    env = {**os.environ, "TALENT_FLOWS_TODAY": TODAY, "PYTHONPATH": str(ROOT), "TALENT_FLOWS_CACHE_DIR": str(cache)}
    command = [sys.executable, __file__, "--worker", kind, *map(str, args)]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False)
    if done.returncode:
        raise SystemExit(f"benchmark worker {kind} {args} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def project(size: str, folder: Path) -> Path:
    if size == "seed":
        return SHIPPED
    from dashboard.synth import write_project

    return write_project(folder / size, int(size), seed=1)


ELEMENTS = True
"""Whether to count each page's elements in Chromium (at 10,000 moves and more; off with --no-browser)."""


def measure(size: str, folder: Path) -> dict:
    path = project(size, folder)
    big = size != "seed" and int(size) >= 100_000
    row = {"size": size, "bytes": path.stat().st_size}
    caches = folder / f"cache-{size}"
    row |= worker("parse", path, 1 if big else 3, cache=caches / "parse")
    row |= worker("validate", path, 1 if big else 3, cache=caches / "validate")
    row |= worker("revalidate", path, cache=caches / "revalidate")
    # Cold loads, each in a fresh process with an empty disk cache; the best of three (one at
    # 100,000 moves), as validate is the best of three.
    row["cold_load"] = min(worker("load", path, cache=caches / f"cold{n}")["load"] for n in range(1 if big else 3))
    row["restart_load"] = worker("load", path, cache=caches / "cold0")["load"]  # a new process: a restart
    row |= worker("apptest", path, cache=caches / "apptest")
    if size != "seed" and int(size) >= 10_000 and ELEMENTS:
        row["elements"] = worker("elements", path, cache=caches / "elements")
    print(f"  measured {size}", file=sys.stderr, flush=True)
    return row


AIWATCH_ROWS = 15_500
"""About as many positions as AI Watch has: the size of the record the slice is scaled up to."""


def measure_real(folder: Path, sizes: list[int], source: realdata.Source) -> dict:
    """Real data (issue 24): AI Watch rows imported into the shipped record, each import against a
    ``validate`` of its result; then the record of all of AI Watch's rows (the slice scaled up to
    about as many, or to the largest import size if smaller): its cold load against ``validate``
    and the dashboard's reload after a one-position edit against that cold load."""
    imports, projects = [], {}
    for size in sizes:
        record, sheet, copies = realdata.prepare(folder / f"import-{size}", source, size)
        caches = folder / f"cache-import-{size}"
        done = worker("import", record, sheet, cache=caches / "import")
        done |= worker("validate", record, 1 if size >= 100_000 else 3, cache=caches / "validate")
        imports.append({"size": size, "copies": copies, "bytes": record.stat().st_size, **done})
        projects[size] = (record, done)
        print(f"  imported {size:,} AI Watch rows", file=sys.stderr, flush=True)
    whole = min(AIWATCH_ROWS, max(sizes)) if source.scaled else None
    if whole in projects:
        record, done = projects[whole]
    else:
        record, sheet, _ = realdata.prepare(folder / "aiwatch", source, whole)
        done = worker("import", record, sheet, cache=folder / "cache-aiwatch" / "import")
        done |= worker("validate", record, 3, cache=folder / "cache-aiwatch" / "validate")
    caches = folder / "cache-aiwatch"
    cold = min(worker("load", record, cache=caches / f"cold{n}")["load"] for n in range(3))
    reload = worker("reload", record, 5, cache=caches / "reload")["reload"]
    print("  measured the AI Watch record", file=sys.stderr, flush=True)
    loaded = {"rows": done["rows"], "added": done["added"], "bytes": record.stat().st_size,
              "validate": done["validate"], "cold_load": cold, "reload": reload}  # fmt: skip
    return {"source": source.label, "imports": imports, "record": loaded}


REAL_TARGETS = {"import": 3.0, "cold": 1.5, "reload": 0.2}
"""Issue 24's targets: import ≤ 3× validate; cold load ≤ 1.5× validate; one-edit reload ≤ 0.2× cold."""


def report_real(real: dict) -> str:
    def met(ratio: float, target: float) -> str:
        return "yes" if ratio <= target else "**no**"

    lines = [
        f"Real data (issue 24): {real['source']}.",
        "",
        "| measure | rows | file | time | against | ratio | target | met |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for row in real["imports"]:
        ratio = row["import"] / row["validate"]
        copies = f", {row['copies']} copies" if row["copies"] > 1 else ""
        lines.append(
            f"| import into the shipped record (peak memory {_mb(row['import_peak'])}) | {row['rows']:,} "
            f"({row['added']:,} added, {row['refused']:,} refused{copies}) | {_mb(row['bytes'])} | {_s(row['import'])} "
            f"| validate of the result {_s(row['validate'])} | {ratio:.2f}× | ≤ {REAL_TARGETS['import']}× | "
            f"{met(ratio, REAL_TARGETS['import'])} |"
        )
    record = real["record"]
    cold, reload = record["cold_load"] / record["validate"], record["reload"] / record["cold_load"]
    lines += [
        f"| the dashboard's cold load of the imported AI Watch record | {record['added']:,} positions "
        f"| {_mb(record['bytes'])} | {_s(record['cold_load'])} | validate {_s(record['validate'])} | {cold:.2f}× "
        f"| ≤ {REAL_TARGETS['cold']}× | {met(cold, REAL_TARGETS['cold'])} |",
        f"| its reload after a one-position edit | | | {_s(record['reload'])} | the cold load "
        f"{_s(record['cold_load'])} | {reload:.3f}× | ≤ {REAL_TARGETS['reload']}× "
        f"| {met(reload, REAL_TARGETS['reload'])} |",
    ]
    return "\n".join(lines)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kib / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    import plotly
    import streamlit
    import yaml

    return (
        f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}, Streamlit {streamlit.__version__}, plotly {plotly.__version__}, "
        f"PyYAML {yaml.__version__} (libyaml {'yes' if hasattr(yaml, 'CSafeLoader') else 'no'})"
    )


def _s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _mb(count: float) -> str:
    return f"{count / 1024 / 1024:.1f} MiB" if count >= 100_000 else f"{count / 1024:.0f} KiB"


def _elements(counts: dict | None) -> str:
    if not counts:
        return "–"
    if "skipped" in counts:
        return "skipped"
    page = max(counts, key=counts.get)
    return f"{counts[page]:,} {page}"


def report(rows: list[dict], browser: dict | None) -> str:
    seed = next((row for row in rows if row["size"] == "seed"), None)
    header = ["moves", "file", "CSafeLoader parse", "validate (×parse)", "re-validate 1 edit (×validate)",
              "restart (×cold load)", "first run (×seed)", "slowest rerun (×seed)", "most chart data",
              "peak memory"]  # fmt: skip
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        slowest = max(row["reruns"], key=row["reruns"].get)
        heaviest = max(row["charts"], key=row["charts"].get)
        rerun_ratio = row["reruns"][slowest] / max(seed["reruns"].values()) if seed else float("nan")
        first_ratio = row["first_run"] / seed["first_run"] if seed else float("nan")
        cells = [
            "seed" if row["size"] == "seed" else f"{int(row['size']):,}",
            _mb(row["bytes"]),
            _s(row["parse"]),
            f"{_s(row['validate'])} ({row['validate'] / row['parse']:.2f}×)",
            f"{_s(row['revalidate'])} ({row['revalidate'] / row['validate']:.3f}×)",
            f"{_s(row['restart_load'])} ({row['restart_load'] / row['cold_load']:.3f}× of {_s(row['cold_load'])})",
            f"{_s(row['first_run'])} ({first_ratio:.1f}×)",
            f"{_s(row['reruns'][slowest])} {slowest} ({rerun_ratio:.2f}×)",
            f"{_mb(row['charts'][heaviest])} {heaviest}",
            _mb(row["peak_bytes"]),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    pages = list(rows[0]["reruns"]) if rows else []
    header = ["moves", "warnings (records warned)", "cold load (×validate)", *(f"{page} rerun" for page in pages),
              "most elements"]  # fmt: skip
    lines += ["", "Each page's rerun after a filter change, the dashboard's cold load against `validate`, and the "
              "most elements a page has in Chromium:", "",
              "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]  # fmt: skip
    for row in rows:
        cells = [
            "seed" if row["size"] == "seed" else f"{int(row['size']):,}",
            f"{row.get('warnings', 0):,} ({row.get('warned', 0):.0%})",
            f"{_s(row['cold_load'])} ({row['cold_load'] / row['validate']:.2f}×)",
            *(_s(row["reruns"][page]) for page in pages),
            _elements(row.get("elements")),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    text = "\n".join(lines)
    if browser is not None:
        if "skipped" in browser:
            text += f"\n\nBrowser time-to-chart: skipped ({browser['skipped']})."
        else:
            text += (
                f"\n\nBrowser time-to-chart (headless Chromium, fresh cache, medians): Flows page Sankey drawn in "
                f"{_s(browser['flows'])}, st.write('hi') page in {_s(browser['hi'])}: "
                f"**{browser['flows'] / browser['hi']:.2f}×**."
            )
    return text


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        kind, args = sys.argv[2], sys.argv[3:]
        function = WORKERS[kind]
        parsed = [int(arg) if arg.isdigit() else Path(arg) for arg in args]
        print(json.dumps(function(*parsed)))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="seed,1000,10000,100000", help="comma-separated: seed and move counts")
    parser.add_argument("--runs", type=int, default=7, help="browser page loads per page (default 7)")
    parser.add_argument("--no-browser", action="store_true", help="skip the headless-Chromium measurement")
    parser.add_argument("--real", default="10000,100000", help="comma-separated: AI Watch rows to import; none: skip")
    parser.add_argument("--history", type=int, default=1000, help="commits of the history benchmark (0: skip)")
    parser.add_argument("--aiwatch", metavar="DIR", help="a checkout of riceissa/aiwatch, or 'slice' for the "
                        f"committed slice (default: ${realdata.AIWATCH_ENV}, ../aiwatch, else the slice)")  # fmt: skip
    options = parser.parse_args()
    global ELEMENTS
    ELEMENTS = not options.no_browser
    sizes = [size.strip() for size in options.sizes.split(",") if size.strip()]
    real_sizes = [] if options.real == "none" else [int(size) for size in options.real.split(",") if size.strip()]
    source = realdata.find_aiwatch(options.aiwatch) if real_sizes else None
    print(f"Machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="talent-flows-bench-") as folder:
        rows = [measure(size, Path(folder)) for size in sizes]
        real = measure_real(Path(folder) / "real", real_sizes, source) if real_sizes else None
        browser = None if options.no_browser else worker("browser", options.runs, cache=Path(folder) / "cache-browser")
        articles = worker("articles", cache=Path(folder) / "cache-articles")
        git = worker("history", options.history, cache=Path(folder) / "cache-history") if options.history else None
    print(report(rows, browser))
    if real is not None:
        print("\n" + report_real(real))
    print(
        f"\nArticles (issue 16): `candidates` on a 10 kB article {_s(articles['candidates'])}; `add-source` of a "
        f"200 kB saved web page (extraction, storage, insertion, validation) {_s(articles['add_source'])}."
    )
    if git is not None:
        print(
            f"\nThe record in git (issue 26): `history` of one record in a repository of {git['commits']:,} commits "
            f"{_s(git['history'])} (target 2 s); `diff` of its first and last commit {_s(git['diff'])}."
        )


if __name__ == "__main__":
    main()
