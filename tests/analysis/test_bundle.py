"""A bundle rebuilt after an edit reuses the rows the edit left alone — and is always the bundle
a first build of the edited record gives, which is what the tables module gives."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dashboard.analysis.bundle import Builder, build
from dashboard.analysis.tables import claims_table, moves_table, positions_table, stays_table
from dashboard.record.incremental import Revalidator
from dashboard.synth import write_project
from support.records import REPO, SHIPPED, TODAY

SHIPPED_TEXT = SHIPPED.read_text(encoding="utf-8")


def assert_same(got, dataset, digest: str = "d") -> None:
    """``got`` is what a first build and the tables module give for ``dataset``."""
    want = build(dataset, digest)
    for name, table in [("moves", moves_table), ("stays", stays_table), ("positions", positions_table),
                        ("claims", claims_table)]:  # fmt: skip
        pd.testing.assert_frame_equal(getattr(got, name), getattr(want, name))
        pd.testing.assert_frame_equal(getattr(want, name), table(dataset))
    for section, labels in want.sources.items():
        pd.testing.assert_series_equal(got.sources[section], labels)
    assert (got.cited, got.names, got.bounds, got.digest) == (want.cited, want.names, want.bounds, want.digest)
    assert got.dataset.document == want.dataset.document


class Editor:
    """Edits of a record's text that keep it valid: each names the line or record it changes."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)

    def text(self) -> str:
        return "".join(self.lines)

    def _section(self, name: str) -> range:
        first = self.lines.index(f"{name}:\n")
        end = next((i for i in range(first + 1, len(self.lines)) if self.lines[i][:1] not in (" ", "\n", "#")),
                   len(self.lines))  # fmt: skip
        return range(first + 1, end)

    def _items(self, section: str) -> list[range]:
        """The line ranges of the records of a list section."""
        lines = self._section(section)
        starts = [i for i in lines if self.lines[i].startswith("  - ")]
        return [range(start, end) for start, end in zip(starts, [*starts[1:], lines.stop], strict=True)]

    def _lines(self, section: str, prefix: str) -> list[int]:
        return [i for i in self._section(section) if self.lines[i].startswith(prefix)]

    def role(self, pick: int, section: str = "positions") -> None:
        found = self._lines(section, "    role: ")
        if found:
            index = found[pick % len(found)]
            self.lines[index] = "    role: advisor to the board\n" if "advisor" not in self.lines[index] else (
                "    role: engineer\n")  # fmt: skip

    def date(self, pick: int) -> None:
        """A position's start becomes unknown (placed no more), or a move's date another year."""
        found = self._lines("positions", "    start: ") + self._lines("moves", "    date: ")
        if found:
            index = found[pick % len(found)]
            new = "unknown" if self.lines[index].startswith("    start: ") else "2001"
            self.lines[index] = self.lines[index].split(":")[0] + f': "{new}"\n'

    def remove(self, pick: int, section: str) -> None:
        items = self._items(section)
        if len(items) > 1:
            del self.lines[items[pick % len(items)].start : items[pick % len(items)].stop]

    def add(self, pick: int, section: str) -> None:
        """A copy of a record, with a new id, another role (and a move another date), after the
        section's last record."""
        items = self._items(section)
        copy = self.lines[items[pick % len(items)].start : items[pick % len(items)].stop]
        copy = [line for line in copy if not line.startswith(("  #", "    role: "))]
        number = sum(line.startswith("  - id: ") and "-copy" in line for line in self.lines) + 1
        copy = [line if not line.startswith("    date: ") else f'    date: "../{1900 + number}"\n' for line in copy]
        copy[0] = copy[0].rstrip("\n") + f"-copy{number}\n"
        copy.insert(1, f"    role: visiting fellow {number}\n")
        self.lines[items[-1].stop : items[-1].stop] = copy

    def rename(self, pick: int, section: str) -> None:
        """An organisation's or a person's name changes."""
        found = self._lines(section, "    name: ")
        index = found[pick % len(found)]
        self.lines[index] = self.lines[index].rstrip('"\n') + ' Renamed"\n' if '"' in self.lines[index] else (
            self.lines[index].rstrip("\n") + " Renamed\n")  # fmt: skip


EDITS = {
    "position role": lambda editor, pick: editor.role(pick),
    "move role": lambda editor, pick: editor.role(pick, "moves"),
    "date": lambda editor, pick: editor.date(pick),
    "add position": lambda editor, pick: editor.add(pick, "positions"),
    "remove position": lambda editor, pick: editor.remove(pick, "positions"),
    "add move": lambda editor, pick: editor.add(pick, "moves"),
    "remove move": lambda editor, pick: editor.remove(pick, "moves"),
    "rename organisation": lambda editor, pick: editor.rename(pick, "organizations"),
    "rename person": lambda editor, pick: editor.rename(pick, "people"),
}


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> tuple[str, Path]:
    """A synthetic record with careers of positions (so derived moves and parallel positions)."""
    root = tmp_path_factory.mktemp("synthetic")
    return write_project(root, 300, seed=3).read_text(encoding="utf-8"), root


def edited_builds(text: str, root: Path, edits: list[tuple[str, int]]):
    """Load and build ``text``, then each edit in turn, with one Revalidator and one Builder:
    yields (builder, the edited version's bundle, its dataset) after every valid edit."""
    revalidator, builder = Revalidator(), Builder()
    first = revalidator.load(text, name="f", root=root, today=TODAY)
    assert first.ok
    builder.build(first.dataset, "first")
    editor = Editor(text)
    for number, (edit, pick) in enumerate(edits):
        EDITS[edit](editor, pick)
        result = revalidator.load(editor.text(), name="f", root=root, today=TODAY)
        assert result.ok, (edit, [problem.format("f") for problem in result.errors[:3]])
        yield builder, builder.build(result.dataset, f"edit {number}"), result.dataset


EDIT_LISTS = st.lists(st.tuples(st.sampled_from(sorted(EDITS)), st.integers(0, 10_000)), min_size=1, max_size=4)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(EDIT_LISTS)
@example([("remove move", 18)])  # the last move with a day-exact end: the span columns kept their type
def test_after_any_edits_of_the_shipped_record_the_bundle_is_a_first_builds(edits):
    for _builder, bundle, dataset in edited_builds(SHIPPED_TEXT, REPO, edits):
        assert_same(bundle, dataset, bundle.digest)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(EDIT_LISTS)
def test_after_any_edits_of_a_synthetic_record_the_bundle_is_a_first_builds(synthetic, edits):
    text, root = synthetic
    for _builder, bundle, dataset in edited_builds(text, root, edits):
        assert_same(bundle, dataset, bundle.digest)


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_each_edit_of_a_synthetic_record_gives_a_first_builds_bundle(synthetic, edit):
    text, root = synthetic
    for _builder, bundle, dataset in edited_builds(text, root, [(edit, 7), (edit, 9_001)]):
        assert_same(bundle, dataset, bundle.digest)


def test_a_role_edit_makes_only_that_persons_rows_anew(synthetic):
    """Counted, not timed: one position's role changed makes that person's positions and
    derived moves anew, and nothing else; an unchanged text makes nothing."""
    text, root = synthetic
    editor = Editor(text)
    person = editor.lines[editor._lines("positions", "    role: ")[3] - 2].split(": ")[1].strip()
    held = sum(1 for line in editor.lines if line == f"    person: {person}\n")
    [(builder, bundle, dataset)] = edited_builds(text, root, [("position role", 3)])
    positions = bundle.positions[bundle.positions["person_id"] == person]
    derived = bundle.moves[bundle.moves["derived"] & (bundle.moves["person_id"] == person)]
    assert 0 < len(positions) <= held
    assert builder.rows_made == len(positions) + len(derived)
    assert builder.rows_made < (len(bundle.moves) + len(bundle.stays) + len(bundle.positions)) // 20
    again = builder.build(dataset, "again")
    assert builder.rows_made == 0
    assert again.moves is bundle.moves and again.positions is bundle.positions  # nothing to copy


def test_a_renamed_organisation_makes_the_rows_that_name_it_anew(synthetic):
    text, root = synthetic
    [(builder, bundle, dataset)] = edited_builds(text, root, [("rename organisation", 0)])
    assert_same(bundle, dataset, bundle.digest)
    renamed = next(name for name in bundle.names.values() if name.endswith(" Renamed"))
    moves, positions = bundle.moves, bundle.positions
    naming = ((moves["from_org"] == renamed) | (moves["to_org"] == renamed) | (moves["from_root"] == renamed)
              | (moves["to_root"] == renamed)).sum()  # fmt: skip
    assert 0 < naming <= builder.rows_made < len(moves) + len(positions)
