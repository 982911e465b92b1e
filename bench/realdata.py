"""The benchmark's real data (issue 24): AI Watch's positions imported into the shipped record.

:func:`find_aiwatch` looks for a checkout of https://github.com/riceissa/aiwatch (``--aiwatch``,
``$TALENT_FLOWS_AIWATCH``, else a sibling folder ``../aiwatch``);
without one it takes the committed slice of three of its files (``tests/data/aiwatch/``) and says
so. Nothing is ever downloaded.

The rows come from ``tools/aiwatch.py``, exactly as a curator would import them. Where more rows
are asked for than the data has (AI Watch has about 15,500; the slice 463), synthetic copies of
its files are added (:func:`copy_file`): copy ``k`` of a file is the file with every row's
organisation renamed "NAME (copy k)" — the same people, at copies of their organisations, in the
same roles and on the same dates — stored as a document of its own, so every quote is still found
in the document it cites. The first ``n`` rows are the first ``n`` of the original files, then of
copy 2, and so on.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run from bench/: the converters live in tools/
    sys.path.insert(0, str(ROOT))

from tools import aiwatch  # noqa: E402
from tools.sources import Document, File, Repository, SourceError, csv_text, store  # noqa: E402

AIWATCH_ENV = "TALENT_FLOWS_AIWATCH"
SLICE = ROOT / "tests" / "data" / "aiwatch"
PLACES = (ROOT.parent / "aiwatch",)
"""Where a checkout of AI Watch is looked for when neither ``--aiwatch`` nor the environment names one."""


@dataclass(frozen=True)
class Source:
    """The AI Watch files the benchmark uses, and how to say where they came from."""

    files: list[File]
    label: str
    scaled: bool  # the committed slice: its rows are copied up to the sizes asked for


def find_aiwatch(given: str | None = None) -> Source:
    """AI Watch's positions files: from ``given`` (a checkout, or ``slice``), else the first of
    ``$TALENT_FLOWS_AIWATCH`` and :data:`PLACES` that holds them, else the committed slice."""
    if given == "slice":
        return _slice("asked for")
    candidates = [Path(given)] if given else [Path(os.environ[AIWATCH_ENV])] if os.environ.get(AIWATCH_ENV) else []
    for place in candidates or PLACES:
        try:
            repository = Repository(place)
            files = aiwatch.positions_files(repository)
        except SourceError:
            if given or candidates:
                raise
            continue
        at = f" at commit {repository.commit[:12]}" if repository.commit else ""
        return Source(files, f"AI Watch from {place}{at} ({len(files)} files)", False)
    return _slice("no AI Watch checkout found")


def _slice(why: str) -> Source:
    files = aiwatch.positions_files(Repository(SLICE))
    label = (
        f"the committed slice of AI Watch ({len(files)} files, tests/data/aiwatch; {why}), scaled up by synthetic "
        "copies"
    )
    return Source(files, label, True)


def copy_file(file: File, number: int) -> File:
    """Copy ``number`` (2, 3, ...) of a positions file: every row's organisation "NAME (copy N)"."""
    text = file.text
    pieces, at = [], 0
    for row in aiwatch.read_rows(text, file.path):
        organisation = row.values["organization"]
        if organisation is None:
            continue
        start, end = row.spans["organization"]
        renamed = f"{organisation} (copy {number})".replace("\\", "\\\\").replace("'", "\\'")
        pieces += [text[at:start], f"'{renamed}'"]
        at = end
    pieces.append(text[at:])
    stem = file.path.rsplit("/", 1)[-1].removesuffix(".sql")
    return File(f"{aiwatch.FOLDER}/{stem}-copy{number}.sql", "".join(pieces).encode("utf-8"), None, None)


def rows_of(source: Source, count: int | None) -> tuple[list[Document], list[dict[str, str]], int]:
    """The documents the first ``count`` rows cite (all rows of the original files when None), those
    rows, and how many copies of the files were made for them (1: the files alone)."""
    documents, rows = aiwatch.convert(source.files)
    copies = 1
    while count is not None and len(rows) < count:
        copies += 1
        more_documents, more_rows = aiwatch.convert([copy_file(file, copies) for file in source.files])
        documents += more_documents
        rows += more_rows
    rows = rows if count is None else rows[:count]
    cited = {row["source"] for row in rows}
    return [document for document in documents if document.path in cited], rows, copies


def prepare(folder: Path, source: Source, count: int | None) -> tuple[Path, Path, int]:
    """A copy of the shipped project in ``folder`` with the documents of the first ``count`` rows
    stored and entered as sources, and those rows as an import CSV: (record, CSV, copies made)."""
    (folder / "data").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "events.yaml", folder / "data" / "events.yaml")
    shutil.copytree(ROOT / "seeds", folder / "seeds")
    documents, rows, copies = rows_of(source, count)
    store(folder, documents)
    sheet = folder / "positions.csv"
    sheet.write_text(csv_text(rows), encoding="utf-8")
    return folder / "data" / "events.yaml", sheet, copies


# --- workers: each runs in its own process (bench.py --worker KIND ...) ----------------------------


def work_import(record: Path, sheet: Path) -> dict:
    """``python -m dashboard import``'s work, timed from reading the CSV to the written file."""
    import resource
    import time

    from dashboard.edit.importing import import_positions, read_rows

    start = time.perf_counter()
    report = import_positions(record, read_rows(sheet.read_bytes()))
    elapsed = time.perf_counter() - start
    assert report.written, report.lines()[:5]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    return {"import": elapsed, "rows": report.rows, "added": len(report.added), "refused": len(report.refused),
            "import_peak": peak}  # fmt: skip


def edits(text: str, count: int, section: str = "moves") -> list[str]:
    """``count`` versions of ``text``, each with the role of one record of ``section`` changed."""
    lines = text.splitlines(keepends=True)
    first = lines.index(f"{section}:\n")
    ends = next((i for i in range(first + 1, len(lines)) if lines[i][:1] not in (" ", "\n", "")), len(lines))
    roles = [i for i in range(first, ends) if lines[i].startswith("    role: ")]
    picks = [roles[len(roles) * (k + 1) // (count + 1)] for k in range(count)]
    versions = []
    for index in picks:
        changed = list(lines)
        changed[index] = "    role: advisor to the board\n" if "advisor" not in lines[index] else "    role: engineer\n"
        versions.append("".join(changed))
    return versions


def work_reload(path: Path, count: int) -> dict:
    """The dashboard's reload after a one-position edit (``watch.current`` once the file changed),
    in the process that loaded it cold: the median of ``count`` edits of different positions."""
    import statistics
    import time

    from dashboard.live import watch

    text = path.read_text(encoding="utf-8")
    assert watch.current(path).bundle is not None
    times = []
    try:
        for edited in edits(text, count, "positions"):
            path.write_text(edited, encoding="utf-8")
            start = time.perf_counter()
            current = watch.current(path)
            times.append(time.perf_counter() - start)
            assert current.bundle is not None and not current.stale and not current.result.errors
            path.write_text(text, encoding="utf-8")  # back to the original before the next edit
            watch.current(path)
    finally:
        path.write_text(text, encoding="utf-8")
    return {"reload": statistics.median(times)}


WORKERS = {"import": work_import, "reload": work_reload}
