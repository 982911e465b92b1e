"""The record file's layout, read in one place: sections and record texts with their offsets, where
a new record goes, and the same layout written back; and a move as the one writer of record YAML
writes it (dashboard.edit.writer)."""

from __future__ import annotations

import pytest

from dashboard.edit.insert import LayoutError, insert, without
from dashboard.edit.writer import plain, quote, record_yaml
from dashboard.record import layout
from dashboard.synth import generate
from support.records import load


def test_the_shipped_record_splits_into_its_records(shipped_text):
    sections = layout.split(shipped_text)
    document = load(shipped_text).dataset.document
    assert [section.name for section in sections] == list(layout.SECTIONS)
    counts = {section.name: len(section.parts) for section in sections}
    assert counts == {"sources": len(document.sources), "organizations": len(document.organizations),
                      "people": len(document.people), "cohorts": len(document.cohorts),
                      "moves": len(document.moves), "stays": len(document.stays),
                      "positions": len(document.positions)}  # fmt: skip
    moves = next(section for section in sections if section.name == "moves")
    for offset, move in zip(moves.offsets(), document.moves, strict=True):
        assert shipped_text[offset:].startswith(f"  - id: {move.id}\n")


def test_windows_line_endings_split_the_same(shipped_text):
    plain_sections = layout.split(shipped_text)
    crlf_sections = layout.split(shipped_text.replace("\n", "\r\n"))
    assert [len(s.parts) for s in crlf_sections] == [len(s.parts) for s in plain_sections]


@pytest.mark.parametrize(
    "text",
    ["---\nmoves:\n  - id: a\n", "moves: [{id: a}]\n", "sources: []\n", "moves: {}\n", "moves: []\n  - id: a\n",
     "moves: []#x\n", "moves:\n  - id: a\nmoves:\n  - id: b\n", "moves:\n- id: a\n",
     "notes:\n  x: 1\n", "moves:\n  - id: a\nstuff\n", ""],
)  # fmt: skip
def test_anything_but_the_plain_layout_is_not_split(text):
    assert layout.split(text) is None


def test_a_new_record_goes_after_the_sections_last_indented_line():
    text = "moves:\n  - id: a\n    # a note on a\n\n# The stays, as sources confirm them\nstays:\n  - id: b\n"
    moves = layout.split(text)[0]
    assert text[moves.append_at(text) :].startswith("\n# The stays")


def test_compose_writes_the_layout_split_reads():
    text = layout.compose(["# a record"], {"moves": ["  - id: a\n    x: 1\n", "  - id: b\n"], "sources": ["  s:\n"]})
    assert text == "# a record\n\nsources:\n  s:\n\nmoves:\n  - id: a\n    x: 1\n  - id: b\n"
    assert [(section.name, len(section.parts)) for section in layout.split(text)] == [("sources", 1), ("moves", 2)]


def test_the_synthetic_record_is_in_the_layout():
    text, _ = generate(200, seed=1)
    sections = layout.split(text)
    assert [section.name for section in sections] == list(layout.SECTIONS)
    assert len(sections[4].parts) == 200


def test_an_insertion_into_a_record_in_another_layout_is_refused_with_a_reason(shipped_text):
    with pytest.raises(LayoutError, match="not in the plain layout new records are added to"):
        insert("---\n" + shipped_text, {"moves": "  - id: x\n"})


def test_insertion_into_an_empty_file_or_a_missing_section_adds_the_section():
    new, spans = insert("", {"moves": "  - id: x\n"})
    assert new == "moves:\n  - id: x\n" and without(new, spans) == ""
    new, spans = insert("sources:\n  s:\n    path: p", {"moves": "  - id: x\n"})
    assert new == "sources:\n  s:\n    path: p\nmoves:\n  - id: x\n"
    assert without(new, spans) == "sources:\n  s:\n    path: p"


def test_a_missing_section_goes_after_the_records_added_to_the_last_section():
    """Issue 24: with the last section empty at the end of the file, a missing section was put
    between its header and its new records, which then belonged to the wrong section."""
    new, spans = insert("sources:\nmoves:", {"people": "  ada:\n    name: Ada\n", "moves": "  - id: x\n"})
    assert new == "sources:\nmoves:\n  - id: x\npeople:\n  ada:\n    name: Ada\n"
    assert without(new, spans) == "sources:\nmoves:"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("moves: []\n", "moves:\n  - id: x\n"), ("moves: [ ]  # none yet\r\nstays: []\r\n",
      "moves:  # none yet\r\n  - id: x\r\nstays: []\r\n"), ("sources: {}\nmoves: []", "sources: {}\nmoves:\n  - id: x\n")],
)  # fmt: skip
def test_a_record_below_an_empty_flow_section_takes_its_brackets_away(text, expected):
    assert insert(text, {"moves": "  - id: x\n"})[0] == expected


def test_a_move_is_written_in_the_records_order_and_style():
    text = record_yaml("moves", {"id": "m1", "person": "ada", "from": "meta", "to": "unknown", "date": "2024-05",
                      "date_kind": "reported", "date_estimated": True, "role": "CEO", "certainty": "stated",
                      "evidence": [{"source": "s", "quote": 'She said "yes".', "translation": None}]})  # fmt: skip
    assert text == (
        '  - id: m1\n    person: ada\n    from: meta\n    to: unknown\n    date: "2024-05"\n    date_kind: reported\n'
        '    date_estimated: true\n    role: "CEO"\n    evidence:\n      - source: s\n        quote: "She said \\"yes\\"."\n'
    )


def test_quoting_keeps_every_value_a_scalar():
    assert plain("meta") == "meta" and plain("Meta AI") == '"Meta AI"' and plain("a\nb: c") == '"a\\nb: c"'
    assert quote("Zürich: “x”") == '"Zürich: “x”"'
