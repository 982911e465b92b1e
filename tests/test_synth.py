"""The synthetic project: deterministic, valid, and shaped like a real record."""

from __future__ import annotations

import os
import stat
import threading
from collections import Counter

from dashboard.cli import main
from dashboard.edit.atomic import NotAFile
from dashboard.record.load import load_file
from dashboard.synth import generate, write_project
from support.records import TODAY


def test_same_seed_same_project_other_seed_other_project():
    assert generate(300, seed=7) == generate(300, seed=7)
    assert generate(300, seed=7) != generate(300, seed=8)


def test_synthetic_project_validates_with_every_rule(tmp_path):
    assert main(["synth", "--moves", "2000", "--seed", "4", "--out", str(tmp_path)]) == 0
    result = load_file(tmp_path / "data" / "events.yaml", today=TODAY)
    assert result.ok, [problem.format("x") for problem in result.errors[:5]]
    # The warnings of a real record, about a fifth of the records, of the kinds real data has
    kinds = Counter(problem.kind for problem in result.warnings)
    expected = {"estimated date", "estimated more precisely than its sources", "no quote names the person"}
    assert expected | {"two people with one name"} == set(kinds)
    warned = {problem.path[:2] for problem in result.warnings if problem.path[0] in ("moves", "stays")}
    document = result.dataset.document
    assert 0.15 < len(warned) / (len(document.moves) + len(document.stays)) < 0.3
    names = [person.name for person in document.people.values()]
    assert any(char in name for name in names for char in "áöüé")  # accents
    assert "Ann O'Neil 0" in names and "Ann O\u2019Neil 0" in names  # look-alikes, warned about
    web = [source for source in document.sources.values() if source.url]
    assert web and all(source.language is None and source.published.dating == "unknown" for source in web)
    assert len(document.moves) == 2000
    # Realistic shape: organisations with units, several moves per person, unnamed groups,
    # earlier jobs, unknown ends, every date precision and bounded or unknown dates, rumours,
    # stays and cohort claims.
    assert sum(org.parent is not None for org in document.organizations.values()) > 10
    moves_per_person = Counter(move.person for move in document.moves if move.person)
    assert max(moves_per_person.values()) >= 3
    assert any(move.group and move.headcount >= 2 for move in document.moves)
    assert {move.date_kind for move in document.moves} == {"effective", "reported", "before"}
    assert "unknown" in {move.from_ for move in document.moves} | {move.to for move in document.moves}
    precisions = {move.date.precision for move in document.moves}
    assert {"year", "month", "day", "after", "between", "unknown"} <= precisions
    assert {move.certainty for move in document.moves} == {"stated", "rumoured"}
    assert document.stays and any(cohort.claims for cohort in document.cohorts.values())


def test_every_quote_is_verbatim_in_its_document(tmp_path):
    text, documents = generate(500, seed=2)
    joined = {name: " ".join(body.split()) for name, body in documents.items()}
    result_path = tmp_path / "data" / "events.yaml"
    result_path.parent.mkdir()
    result_path.write_text(text, encoding="utf-8")
    (tmp_path / "seeds").mkdir()
    for name, body in documents.items():
        (tmp_path / "seeds" / name).write_text(body, encoding="utf-8")
    dataset = load_file(result_path, today=TODAY).dataset
    checked = 0
    for move in dataset.document.moves:
        for item in move.evidence:
            source = dataset.document.sources[item.source]
            if source.path is None:
                continue  # a web source: its quote can't be checked, by design
            assert " ".join(item.quote.split()) in joined[source.path.split("/")[-1]]
            checked += 1
    assert checked > 300


def test_a_project_is_never_written_into_a_fifo_where_a_document_goes(tmp_path):
    """Every file is replaced atomically, refusing what is not a regular file (write_text opened
    the FIFO and waited for a reader forever); the record, written last, is not written at all."""
    (tmp_path / "seeds").mkdir()
    trap = tmp_path / "seeds" / "doc-00000.txt"
    os.mkfifo(trap)
    outcome: list = []

    def write() -> None:
        try:
            write_project(tmp_path, 100, seed=1)
        except NotAFile as refused:
            outcome.append(refused)

    worker = threading.Thread(target=write, daemon=True)
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "write_project opened the FIFO and waits for a reader"
    assert len(outcome) == 1 and stat.S_ISFIFO(os.lstat(trap).st_mode)
    assert not (tmp_path / "data" / "events.yaml").exists()
