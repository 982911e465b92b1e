"""How well ``candidates`` finds the shipped record's moves and stays (issue 16), and how fast.

    .venv/bin/python bench/candidates.py

The shipped record is stripped of its people, moves, stays and positions (its sources and
organisations stay), as a curator meets a new article; the candidates of each seed document are
read against it. A recorded move or stay is **found** when a candidate from a document it quotes
has the right person (its name or an alias, compared without case or accents) or the right
group headcount, and at least one right organisation (its origin or destination; "same family"
also counts a unit for its parent, FAIR for Meta). **Precision** is the share of candidates that
match some recorded move or stay that way. The tests' own articles (``tests/articles/corpus/``, several
languages, with the moves they state) are measured the same way. Also timed: ``candidates`` on a
10 kB article, and ``add-source`` on a 200 kB HTML page.

**Real articles** (issue 25): the press corpus, ``tests/data/press/`` — news excerpts nobody here
wrote, in five languages, labelled by hand — is read excerpt by excerpt and reported as recall and
precision per language and overall, on its development part and on its held-out part, in a table;
how it is read and the matching rule are in ``bench/press.py``.

    .venv/bin/python bench/candidates.py [--json] [--misses] [--record shipped|empty] [--part dev|tune|check|all]

``--json`` prints every figure as one JSON object instead of the text; ``--misses`` adds, for the
development part only, each excerpt's moves not found and candidates that match none (the
held-out part is never shown excerpt by excerpt); ``--record empty`` reads the corpus against a
record without organisations; ``--part dev`` reads only the development part (what whoever tunes
the reader runs: the held-out part is then not even read); ``--part tune`` and ``--part check``
split the development part by a second fixed hash rule (``press.subset``): tune against the misses
of ``tune`` (``--part tune --misses`` lists no ``check`` excerpt), and read ``check`` only as
totals, to see whether a new rule carries to text it was not written from.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import press  # noqa: E402

from dashboard.articles.candidates import Reader  # noqa: E402
from dashboard.articles.words import fold_word  # noqa: E402
from dashboard.record.load import load_file  # noqa: E402


def _folded(name: str | None) -> str:
    return " ".join(fold_word(word) for word in (name or "").split())


def _family(document, org_id: str | None) -> str | None:
    seen = set()
    while org_id in document.organizations and org_id not in seen:
        seen.add(org_id)
        parent = document.organizations[org_id].parent
        if parent is None:
            return org_id
        org_id = parent
    return org_id


def measure_seeds() -> dict:
    result = load_file(ROOT / "data" / "events.yaml")
    full = result.dataset.document
    empty = full.model_copy(update={"people": {}, "moves": [], "stays": [], "positions": []})
    reader = Reader(empty)
    candidates: dict[str, list] = {}
    for source_id, source in full.sources.items():
        if source.path is None:
            continue
        text = (ROOT / source.path).read_text(encoding="utf-8")
        candidates[source_id] = reader.read(text, language=source.language, published=source.published)
    records = [("move", move, move.person, move.from_, move.to) for move in full.moves]
    records += [("stay", stay, stay.person, stay.org, stay.org) for stay in full.stays]
    found, exact, matched = 0, 0, set()
    missed = []
    for _kind, record, person_id, origin, destination in records:
        names = set()
        if person_id is not None:
            person = full.people[person_id]
            names = {_folded(name) for name in (person.name, *person.aliases)}
        headcount = getattr(record, "headcount", None) if person_id is None else None
        hit = hit_exact = False
        for source_id in {item.source for item in record.evidence}:
            for number, candidate in enumerate(candidates.get(source_id, [])):
                who = (_folded(candidate.person) in names) if names else candidate.headcount == headcount
                ids = {candidate.from_id, candidate.to_id} - {None}
                same = bool(ids & {origin, destination})
                family = bool({_family(full, i) for i in ids} & {_family(full, origin), _family(full, destination)})
                if who and family:
                    hit = True
                    hit_exact = hit_exact or same
                    matched.add((source_id, number))
        found += hit
        exact += hit_exact
        if not hit:
            missed.append(record.id)
    total = sum(len(found_) for found_ in candidates.values())
    return {
        "records": len(records), "found": found, "found_exact": exact, "candidates": total,
        "precision": len(matched) / total if total else 0.0, "missed": missed,
    }  # fmt: skip


def measure_articles() -> dict:
    """The tests' own articles: each ``NAME.txt`` with ``NAME.json`` listing the moves it states."""
    from dashboard.record.dates import parse_when
    from dashboard.record.model import Document

    folder = ROOT / "tests" / "articles" / "corpus"
    found = total = candidates_total = matched_total = 0
    for expected_path in sorted(folder.glob("*.json")):
        spec = json.loads(expected_path.read_text(encoding="utf-8"))
        document = Document.model_validate(spec["record"])
        text = expected_path.with_suffix(".txt").read_text(encoding="utf-8")
        got = Reader(document).read(text, language=spec["language"], published=parse_when(spec["published"]))
        candidates_total += len(got)
        matched = set()
        for want in spec["moves"]:
            total += 1
            for number, candidate in enumerate(got):
                who = (_folded(candidate.person) == _folded(want.get("person"))) if want.get("person") else (
                    candidate.headcount == want.get("headcount"))  # fmt: skip
                orgs = {candidate.from_id or _folded(candidate.from_), candidate.to_id or _folded(candidate.to)}
                if who and orgs & {want.get("from"), want.get("to")} - {None}:
                    found += 1
                    matched.add(number)
                    break
        matched_total += len(matched)
    return {"moves": total, "found": found, "candidates": candidates_total,
            "precision": matched_total / candidates_total if candidates_total else 0.0}  # fmt: skip


def time_candidates() -> float:
    result = load_file(ROOT / "data" / "events.yaml")
    reader = Reader(result.dataset.document)
    text = (ROOT / "seeds" / "004_3d6426978d640d31.txt").read_text(encoding="utf-8")
    article = (text * (10_000 // len(text) + 1))[:10_000]
    times = []
    for _ in range(5):
        start = time.perf_counter()
        reader.read(article, language="de")
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_add_source() -> float:
    """``add-source`` of a 200 kB saved web page into a copy of the shipped project (median of 3)."""
    import shutil
    import tempfile

    from dashboard.edit.sources import add_source

    paragraph = ("<p>Priya Raman left Globex in March and joined Northwind as head of research, the company said "
                 "on Thursday, adding that more hires from its rivals would follow this year.</p>\n")  # fmt: skip
    head = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hires</title><meta property='
            '"article:published_time" content="2025-06-12"></head><body><nav>Home About</nav><article>')  # fmt: skip
    times = []
    for number in range(3):
        body = paragraph * ((200_000 - len(head)) // len(paragraph)) + f"<p>Run {number}.</p>"
        page = (head + body + "</article><footer>Footer</footer></body></html>").encode()
        with tempfile.TemporaryDirectory() as folder:
            project = Path(folder)
            shutil.copytree(ROOT / "data", project / "data")
            shutil.copytree(ROOT / "seeds", project / "seeds")
            start = time.perf_counter()
            added = add_source(project / "data" / "events.yaml", page, "page.html")
            times.append(time.perf_counter() - start)
            assert added.status == "added", added.problem
    return statistics.median(times)


def main(argv: list[str] | None = None) -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--json", action="store_true", help="print every figure as one JSON object")
    options.add_argument("--misses", action="store_true", help="list the development excerpts' misses")
    options.add_argument(
        "--record",
        choices=("shipped", "empty"),
        default="shipped",
        help="the organisations the press corpus is read against (default: shipped)",
    )
    options.add_argument(
        "--part",
        choices=("dev", "tune", "check", "all"),
        default="all",
        help="dev: read only the development part of the press corpus (while tuning the reader); tune / check: "
        "only that subset of it, the misses listed for tune only (default: all)",
    )
    arguments = options.parse_args(argv)
    seeds = measure_seeds()
    articles = measure_articles()
    parts = press.PARTS if arguments.part == "all" else (arguments.part,)
    if arguments.part == "check":
        arguments.misses = False  # the check subset is read as totals only
    corpus, readings = press.measure(arguments.record, parts=parts)
    timings = {"candidates_10kb_s": time_candidates(), "add_source_200kb_s": time_add_source()}
    if arguments.json:
        result = {"seeds": seeds, "articles": articles, "press": corpus, **timings,
                  "press_confidence": press.confidence_lines(readings)}  # fmt: skip
        if arguments.misses:
            result["press_misses"] = press.misses_lines(readings, tune_only=arguments.part == "tune")
        print(json.dumps(result, indent=2))
        return
    print(f"Seed documents: {seeds['found']} of {seeds['records']} recorded moves and stays found "
          f"({seeds['found'] / seeds['records']:.0%}; {seeds['found_exact']} with the exact organisation); "
          f"{seeds['candidates']} candidates, precision {seeds['precision']:.0%}.")  # fmt: skip
    if seeds["missed"]:
        print("  missed: " + ", ".join(seeds["missed"]))
    if articles["moves"]:
        print(f"Test articles: {articles['found']} of {articles['moves']} moves found "
              f"({articles['found'] / articles['moves']:.0%}); {articles['candidates']} candidates, "
              f"precision {articles['precision']:.0%}.")  # fmt: skip
    print(f"\nReal articles (tests/data/press/, read against the {arguments.record} record's organisations):\n")
    print("\n".join(press.table_lines(corpus)))
    print(
        "\nSides (precision counts an organisation on either side; this counts a candidate right only with "
        "its origin among the label's origins and its destination among its destinations):"
    )
    print("\n".join(press.sides_lines(corpus)))
    print("\nRight candidates by the confidence the reader gave them (the figure the confirm step shows):")
    print("\n".join(press.confidence_lines(readings)))
    if arguments.misses:
        print("\nDevelopment excerpts, what was missed and what was wrong:\n")
        print("\n".join(press.misses_lines(readings, tune_only=arguments.part == "tune")))
    print(f"\ncandidates on a 10 kB article: {timings['candidates_10kb_s'] * 1000:.0f} ms")
    print(f"add-source of a 200 kB web page: {timings['add_source_200kb_s'] * 1000:.0f} ms")


if __name__ == "__main__":
    main()
