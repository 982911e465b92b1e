"""Locating problems reads only the records they are in, once each, and finds what a full read finds."""

from __future__ import annotations

from dashboard.record import layout, locate
from dashboard.record.incremental import Revalidator
from dashboard.record.load import load_text
from support.records import REPO, SHIPPED, TODAY


def _warned_record(count: int) -> str:
    """The shipped record with ``count`` more moves, each warned (an estimated date)."""
    text = SHIPPED.read_text(encoding="utf-8")
    move = """  - id: extra-{n}
    group: copy {n}
    headcount: "1"
    from: meta
    to: apple
    date: "2023-05/.."
    date_kind: effective
    date_estimated: true
    note: a copy for the test
    evidence:
      - source: insideit-llama-authors
        quote: >-
          Armand Joulin, ein weiterer Llama-Autor, verliess Meta bereits im Mai und ist
          inzwischen bei Apple tätig.
"""
    extra = "".join(move.format(n=number) for number in range(count))
    return text.replace("\nstays:\n", "\n" + extra + "\nstays:\n", 1)


def test_per_record_positions_equal_a_full_read():
    text = _warned_record(50)
    result = load_text(text, name="events.yaml", root=REPO, today=TODAY)
    assert result.ok and len(result.warnings) > 50
    unplaced = [problem.at(None, None) for problem in result.warnings]
    assert locate.locate(unplaced, text) == locate.locate_all(unplaced, text)
    # and in the file, each warning's line holds what it is about
    lines = text.splitlines()
    for problem in result.warnings:
        if problem.code == "estimated-date":
            assert lines[problem.line - 1].lstrip().startswith(("date", "published", "as_of", "start", "end")), problem


def test_offsets_are_computed_once_per_section_not_once_per_problem(monkeypatch):
    calls = []
    original = layout.Section.offsets
    monkeypatch.setattr(layout.Section, "offsets", lambda self: calls.append(self.name) or original(self))
    text = _warned_record(300)
    cold = load_text(text, name="events.yaml", root=REPO, today=TODAY)
    assert cold.ok and len(cold.warnings) > 300
    assert len(calls) <= len(layout.SECTIONS), calls  # was one call per warned record
    calls.clear()
    again = Revalidator().load(text, name="events.yaml", root=REPO, today=TODAY)
    assert [(p.line, p.col, p.message) for p in again.warnings] == [(p.line, p.col, p.message) for p in cold.warnings]
    assert len(calls) <= len(layout.SECTIONS)


def test_a_file_of_another_layout_is_located_by_a_full_read():
    text = SHIPPED.read_text(encoding="utf-8").replace("moves:\n", "moves:  # a comment on the header line\n", 1)
    sections = layout.split(text)
    result = load_text(text, name="events.yaml", root=REPO, today=TODAY)
    reference = load_text(SHIPPED.read_text(encoding="utf-8"), name="events.yaml", root=REPO, today=TODAY)
    assert [(p.line, p.message) for p in result.warnings] == [(p.line, p.message) for p in reference.warnings]
    assert sections is None or locate.Where.of(sections) is not None


def test_after_an_edit_only_the_edited_record_is_read_again_for_positions(monkeypatch):
    from dashboard.record import yamltree

    text = _warned_record(200)
    revalidator = Revalidator()
    revalidator.load(text, name="events.yaml", root=REPO, today=TODAY)
    # one more line near the top shifts every warning below it by one line
    edited = text.replace("    note: a copy for the test\n", "    note: a copy for the test\n    role: guest\n", 1)
    parsed = []
    original = yamltree.parse
    monkeypatch.setattr(yamltree, "parse", lambda text, **kw: parsed.append(kw) or original(text, **kw))
    again = revalidator.load(edited, name="events.yaml", root=REPO, today=TODAY)
    assert sum(1 for kw in parsed if kw.get("track_positions")) == 1  # the edited record only
    cold = load_text(edited, name="events.yaml", root=REPO, today=TODAY)
    assert [(p.line, p.col, p.message) for p in again.warnings] == [(p.line, p.col, p.message) for p in cold.warnings]


def test_each_warned_record_is_read_once_and_let_go_before_the_next(monkeypatch):
    """A record's tree with positions is dropped once its problems are placed: with 20,000
    warned records, keeping them all took 150 MiB at the peak of a load."""
    import weakref

    text = _warned_record(30)
    result = load_text(text, name="events.yaml", root=REPO, today=TODAY)
    unplaced = [problem.at(None, None) for problem in result.warnings]
    unplaced = unplaced[::2] + unplaced[1::2]  # a record's problems need not come one after another
    read, alive_at_each_read = [], []
    parse = locate.yamltree.parse

    def counting(yaml_text, **options):
        alive_at_each_read.append(sum(tree() is not None for tree in read))
        tree = parse(yaml_text, **options)
        read.append(weakref.ref(tree))
        return tree

    monkeypatch.setattr(locate.yamltree, "parse", counting)
    placed = locate.locate(unplaced, text)
    records = {problem.path[:2] for problem in unplaced}
    assert len(read) == len(records) > 30  # each record read once
    assert max(alive_at_each_read) == 0  # none kept while the next is read
    monkeypatch.undo()
    assert placed == locate.locate_all(unplaced, text)
