"""Re-validating an edit reuses unchanged records — and always gives what a cold load gives."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.record.incremental import Revalidator, split
from dashboard.record.load import load_text
from dashboard.synth import write_project
from support.records import REPO, SHIPPED, TODAY

SHIPPED_TEXT = SHIPPED.read_text(encoding="utf-8")


def summary(result):
    """Everything a load result says, in comparable form."""
    document = result.dataset.document.model_dump(mode="json", by_alias=True) if result.dataset else None
    return (
        [(problem.code, problem.format("f")) for problem in result.errors],
        [(problem.code, problem.format("f")) for problem in result.warnings],
        document,
    )


def cold(text: str, root: Path = REPO):
    return load_text(text, name="f", root=root, today=TODAY)


def test_the_shipped_file_splits_into_one_text_per_record():
    sections = {section.name: section for section in split(SHIPPED_TEXT)}
    assert list(sections) == ["sources", "organizations", "people", "cohorts", "moves", "stays", "positions"]
    assert len(sections["moves"].parts) == 14 and len(sections["people"].parts) == 17
    for section in sections.values():
        for index, offset in enumerate(section.offsets()):
            assert SHIPPED_TEXT[offset:].startswith(section.yaml(index))


@pytest.mark.parametrize(
    "text",
    ["moves: [{id: a}]\n", "---\nmoves:\n  - id: a\n", "moves:\n\t- id: a\n", "  junk\nmoves:\n  - id: a\n",
     "moves:\n  - id: a\nmoves:\n  - id: b\n", "other:\n  x: 1\n", "- a\n"],
)  # fmt: skip
def test_unusual_layouts_are_left_to_the_full_load(text):
    assert split(text) is None
    assert summary(Revalidator().load(text, name="f", root=REPO, today=TODAY)) == summary(cold(text))


@pytest.mark.parametrize(
    "text",
    ["sources:\nmoves:\n", "sources: {}\nmoves: []  # none yet\n", "sources: { }\r\nmoves: [ ]\r\n",
     SHIPPED_TEXT[: SHIPPED_TEXT.index("\nstays:\n")] + "\nstays: []  # none\n" +
     SHIPPED_TEXT[SHIPPED_TEXT.index("\npositions:\n") :]],
)  # fmt: skip
def test_empty_sections_however_written_are_split_and_give_what_a_cold_load_gives(text):
    """Issue 24: ``moves: []`` and ``sources: {}`` are the layout too (an empty section), so
    edits can insert into them; ``sources:`` with nothing after it is an empty section."""
    assert split(text) is not None
    assert summary(Revalidator().load(text, name="f", root=REPO, today=TODAY)) == summary(cold(text))
    assert cold(text).ok


def test_windows_line_endings_and_a_byte_order_mark_give_what_a_cold_load_gives():
    text = "\ufeff" + SHIPPED_TEXT.replace("\n", "\r\n")
    revalidator = Revalidator()
    assert summary(revalidator.load(text, name="f", root=REPO, today=TODAY)) == summary(cold(text))
    edited = text.replace("    to: apple\r\n", "    to: nowhere\r\n", 1)
    assert summary(revalidator.load(edited, name="f", root=REPO, today=TODAY)) == summary(cold(edited))


def test_first_load_equals_the_cold_load():
    assert summary(Revalidator().load(SHIPPED_TEXT, name="f", root=REPO, today=TODAY)) == summary(cold(SHIPPED_TEXT))


EDITS = [
    ("    to: apple\n", "    to: openai\n"),  # a valid edit
    ("    to: apple\n", "    to: nowhere\n"),  # an invalid reference
    ('date: "2023-05"', 'date: "2023-13"'),  # a shape error
    ("    name: Apple\n", "    name: Apfel\n"),  # a referenced section changes
    ("verliess Meta bereits im Mai", "verließ Meta bereits im Mai"),  # a quote no longer found
    ("  - id: lample-meta-to-mistral", "  - id: lacroix-meta-to-mistral"),  # a duplicate id
    ("    person: armand-joulin\n", "    person: armand-joulin\n    person: x\n"),  # a duplicate key
    ("  apple:\n    name: Apple\n", "  apple:\n    name: Apple\n  apple:\n    name: Again\n"),  # a duplicate id key
    ("    to: apple\n", "    to: apple\n    to_be: x\n"),  # an unknown field
    ('date: "2023-05"', 'date: "2023-05'),  # an unclosed quote
]
REFUSED_EDITS = [
    ("    to: apple\n", "    to: apple\n    role: \x1b[31mCEO\n"),  # a control character in a record
    ("    to: apple\n", '    to: apple\n    role: "\\e[31mCEO"\n'),  # ... written as an escape
    ("    name: Apple\n", "    name: \u202eelppA\n"),  # a bidirectional override in a referenced section
    ("\nmoves:\n", "\nmoves:  # \u202e\n"),  # ... on a section's header line, outside every record
    ("\nmoves:\n", "\nmoves:\n# \u2066\n"),  # ... in the comments before a section's first record
    ("sources:\n", "# \x85\nsources:\n"),  # ... before the first section
]


@pytest.mark.parametrize(("old", "new"), EDITS + REFUSED_EDITS)
def test_an_edit_gives_what_a_cold_load_of_the_edited_text_gives(old, new):
    revalidator = Revalidator()
    revalidator.load(SHIPPED_TEXT, name="f", root=REPO, today=TODAY)
    edited = SHIPPED_TEXT.replace(old, new, 1)
    assert summary(revalidator.load(edited, name="f", root=REPO, today=TODAY)) == summary(cold(edited))
    # ... and going back gives the original again.
    assert summary(revalidator.load(SHIPPED_TEXT, name="f", root=REPO, today=TODAY)) == summary(cold(SHIPPED_TEXT))


@pytest.mark.parametrize(("old", "new"), REFUSED_EDITS)
def test_an_edit_that_adds_a_refused_character_anywhere_is_an_error(old, new):
    revalidator = Revalidator()
    assert revalidator.load(SHIPPED_TEXT, name="f", root=REPO, today=TODAY).ok
    edited = SHIPPED_TEXT.replace(old, new, 1)
    assert edited != SHIPPED_TEXT
    result = revalidator.load(edited, name="f", root=REPO, today=TODAY)
    assert not result.ok
    assert {problem.code for problem in result.errors} & {"refused-character", "refused-escape"}


def test_an_edit_reads_only_the_changed_record(monkeypatch):
    revalidator = Revalidator()
    revalidator.load(SHIPPED_TEXT, name="f", root=REPO, today=TODAY)
    from dashboard.record import incremental

    read = []
    original = incremental.check_record
    monkeypatch.setattr(incremental, "check_record", lambda *args: read.append(args[0]) or original(*args))
    edited = SHIPPED_TEXT.replace("    role: co-founder\n", "    role: cofounder\n", 1)
    result = revalidator.load(edited, name="f", root=REPO, today=TODAY)
    assert read == ["moves"]
    assert result.ok and summary(result) == summary(cold(edited))


def test_a_changed_seed_document_is_checked_again(tmp_path):
    (tmp_path / "data").mkdir()
    shutil.copytree(REPO / "seeds", tmp_path / "seeds")
    revalidator = Revalidator()
    assert revalidator.load(SHIPPED_TEXT, name="f", root=tmp_path, today=TODAY).ok
    seed = tmp_path / "seeds" / "000_754018a0b65caa00.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("im Mai", "im Juni"), encoding="utf-8")
    result = revalidator.load(SHIPPED_TEXT, name="f", root=tmp_path, today=TODAY)
    assert summary(result) == summary(cold(SHIPPED_TEXT, tmp_path))
    assert [problem.code for problem in result.errors] == ["quote-not-found"]


def test_synthetic_project_edits(tmp_path):
    path = write_project(tmp_path, 600, seed=3)
    text = path.read_text(encoding="utf-8")
    revalidator = Revalidator()
    first = revalidator.load(text, name="f", root=tmp_path, today=TODAY)
    assert first.ok and summary(first) == summary(cold(text, tmp_path))
    rng = random.Random(5)
    lines = text.splitlines(keepends=True)
    for _ in range(5):
        index = rng.randrange(len(lines))
        if lines[index].startswith("    role: "):
            lines[index] = "    role: editor\n"
        elif lines[index].startswith('    date: "'):
            lines[index] = '    date: "2024-02"\n'
        edited = "".join(lines)
        assert summary(revalidator.load(edited, name="f", root=tmp_path, today=TODAY)) == summary(
            cold(edited, tmp_path)
        )


LINES = SHIPPED_TEXT.splitlines(keepends=True)
NEW_LINES = ["  - id: x\n", "    to: meta\n", "    to: apple\n", "# note\n", "\n", "  meta:\n", "    name: Meta\n",
             '    date: "2024"\n', "    - source: x\n", "moves:\n", "  x\n", "    person: no\n", '    quote: "a\n']  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(LINES) - 1), st.sampled_from(["drop", "insert", "swap"]),
                          st.sampled_from(NEW_LINES)), min_size=1, max_size=3))  # fmt: skip
def test_line_edits_always_match_a_cold_load(edits):
    revalidator = Revalidator()
    revalidator.load(SHIPPED_TEXT, name="f", root=REPO, today=TODAY)
    lines = list(LINES)
    for index, action, new in edits:
        index = min(index, len(lines) - 1)
        if action == "drop":
            del lines[index]
        elif action == "insert":
            lines.insert(index, new)
        else:
            lines[index] = new
    edited = "".join(lines)
    assert summary(revalidator.load(edited, name="f", root=REPO, today=TODAY)) == summary(cold(edited))
