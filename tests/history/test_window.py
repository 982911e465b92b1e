"""Reading the next version where the text changed: the same records, order and changes as reading
it whole (hand-picked edits, and chains of random ones), and only the touched records read."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.history import window
from dashboard.history.versions import Version, compare, read
from dashboard.record.layout import compose, split
from dashboard.synth import generate
from support.gitrepo import EDSGER, GRACE, LINUS, RECORD

SYNTH = generate(30, 1)[0]
"""Every section, with stays and positions after the moves, and comments before the first."""
LARGER = generate(100, 1)[0]


def whole(old: Version, text: str) -> tuple[Version, list]:
    """What the whole read gives: the reference."""
    new = read(text)
    return new, compare(old, new)


def same(got: tuple[Version, list], expected: tuple[Version, list]) -> None:
    """The same records in the same order, the same problem, the same changes; and, for the next
    version to be read from this one, the same places of records and sections."""
    assert list(got[0].records.items()) == list(expected[0].records.items())
    assert got[0].problem == expected[0].problem
    assert got[1] == expected[1]
    assert (got[0].plain is None) == (expected[0].plain is None)
    if got[0].plain is not None:
        mine, theirs = got[0].plain, expected[0].plain
        assert (mine.text, mine.starts, mine.keys, mine.parts) == (
            theirs.text,
            theirs.starts,
            theirs.keys,
            theirs.parts,
        )
        assert mine.keyset() == set(theirs.keys)


@pytest.fixture
def whole_reads(monkeypatch) -> list[str]:
    """The texts :mod:`window` falls back to reading whole."""
    seen: list[str] = []

    def counted(text: str) -> Version:
        seen.append(text)
        return read(text)

    monkeypatch.setattr(window, "read", counted)
    return seen


def move_of(text: str, move_id: str) -> str:
    """The lines of a move (up to the next move, or the blank line that ends its section)."""
    start = text.index(f"  - id: {move_id}\n")
    return text[start : min(text.index("\n  - id: ", start), text.index("\n\n", start)) + 1]


EDITS = [
    # (what, before, after, read where it changed)
    ("a field of a move", SYNTH, SYNTH.replace('role: "', 'role: "chief ', 1), True),
    ("a move added at the end of moves, before stays", SYNTH,
     SYNTH.replace("\nstays:\n", "\n" + GRACE + "\nstays:\n"), True),
    ("a move added at the end of the file", RECORD, RECORD + GRACE, True),
    ("two moves added and one changed in one commit", RECORD + GRACE,
     RECORD.replace("role: chief scientist", "role: chief science officer") + LINUS + GRACE + EDSGER, True),
    ("a move removed", RECORD + GRACE + LINUS, RECORD + LINUS, True),
    ("a person and a move added, a source changed: three sections", RECORD,
     RECORD.replace("  grace-example:\n", "  zed-example:\n    name: Zed\n  grace-example:\n").replace(
         "publisher: Example News", "publisher: Example Times") + GRACE, True),
    ("the first and the last move changed", SYNTH,
     SYNTH.replace('role: "', 'role: "chief ', 1).replace("Bericht 29:", "Bericht 29 (again):"), True),
    ("every record moved by a longer comment at the top", SYNTH, "# more words here\n" + SYNTH, False),
    ("the last move of a section removed", SYNTH, SYNTH.replace(move_of(SYNTH, "m000029"), ""), True),
    ("a person's name (a section of id -> record)", RECORD,
     RECORD.replace("name: Grace Example", "name: Grace Q. Example"), True),
    ("a comment after a record", RECORD, RECORD.replace("    kind: lab\n", "    kind: lab\n  # checked\n"), True),
    ("only the layout of a record", RECORD, RECORD.replace("role: chief scientist", "role: 'chief scientist'"), True),
    ("a second record with the same id", RECORD, RECORD + GRACE + GRACE, False),
    ("a move without an id", RECORD, RECORD + GRACE.replace("  - id: grace-meta-to-example-lab\n    person", "  - person"),
     False),
    ("an id another move has", RECORD + GRACE, RECORD + GRACE + LINUS.replace("linus-example-lab-to-meta",
                                                                               "grace-meta-to-example-lab"), False),
    ("a new section", RECORD, RECORD + "\nstays:\n  - id: s1\n    person: ada-example\n    org: meta\n", False),
    ("a section's header", SYNTH, SYNTH.replace("\nstays:\n", "\nstays:  # kept\n"), False),
    ("a comment before a section's first record", RECORD, RECORD.replace("moves:\n", "moves:\n  # all of them\n"),
     False),
    ("the id of a section's first record", RECORD, RECORD.replace("  - id: ada-meta-to-lab", "  - id: ada-m"), True),
    ("the indent of a section's first record", RECORD, RECORD.replace("moves:\n  - id", "moves:\n   - id"), False),
    ("text in column 0 inside a record", RECORD, RECORD.replace("    kind: lab\n", "    kind: lab\nx: 1\n"), False),
    ("a record that is not YAML", RECORD, RECORD.replace("role: chief scientist", "role: [chief scientist"), False),
    ("the whole file in flow style", RECORD, '{"moves": []}\n', False),
    ("a byte order mark", RECORD, "\ufeff" + RECORD + GRACE, True),
    ("Windows line ends", RECORD.replace("\n", "\r\n"), (RECORD + GRACE).replace("\n", "\r\n"), True),
    ("no newline at the end", RECORD.rstrip("\n"), (RECORD + GRACE).rstrip("\n"), True),
    ("the same text", SYNTH, SYNTH, True),
]  # fmt: skip


@pytest.mark.parametrize(("before", "after", "shortcut"), [edit[1:] for edit in EDITS], ids=[edit[0] for edit in EDITS])
def test_the_next_version_read_where_it_changed_is_the_whole_read(whole_reads, before, after, shortcut):
    old = read(before)
    assert old.plain is not None
    same(window.derive(old, after), whole(old, after))
    assert (not whole_reads) == shortcut
    if old.plain is not None and read(after).plain is not None:
        assert window.changes(old, read(after)) == compare(old, read(after))


def test_an_edit_reads_only_the_records_it_touches(monkeypatch):
    """The work of a commit follows its change, not the file: one move changed in a file of
    ~200 records reads one to three records (the changed one and the neighbours whose
    beginning the change reaches), not all."""
    read_again: list[str] = []
    real = window.read_chunk
    monkeypatch.setattr(window, "read_chunk", lambda is_list, text: read_again.append(text) or real(is_list, text))
    old = read(LARGER)
    assert len(old.records) > 150
    new, changed = window.derive(old, LARGER.replace('role: "', 'role: "chief ', 1))
    assert [(change.id, change.change, change.fields) for change in changed] == [("m000000", "changed", ("role",))]
    assert 1 <= len(read_again) <= 3
    read_again.clear()
    window.derive(new, new.plain.text.replace("\nstays:\n", "\n" + GRACE + "\nstays:\n"))
    assert 1 <= len(read_again) <= 3


PIECES = [
    "\n", " ", "  ", "- ", "#", ":", "a", "é", "'", "[", "\r", "\ufeff", "id: ", "\n  - id: x\n", "\n  - ",
    "\n  k:\n", "\n  k: 1\n", "\nmoves:\n", "\nstays:\n", "\npeople:\n", "    role: z\n", "  # note\n",
    GRACE, LINUS, EDSGER,
]  # fmt: skip
"""What edits of characters insert: characters that mark the layout, and whole records."""
LINES = [
    "\n", "  # note\n", "    # note\n", "    role: z\n", "    name: Zed\n", "  - id: new-1\n", "  - id: new-2\n",
    "    person: ada-example\n", "  new-key:\n", "  grace-example:\n", "  - id: ada-meta-to-lab\n", "  -\n",
    "      - source: example-report\n", GRACE, LINUS,
]  # fmt: skip
"""What edits of lines insert: lines of records, ids old and new, comments, whole records."""

characters = st.tuples(
    st.just(False), st.floats(0, 1), st.integers(0, 60), st.lists(st.sampled_from(PIECES), max_size=3).map("".join)
)
lines = st.tuples(
    st.just(True), st.floats(0, 1), st.integers(0, 12), st.lists(st.sampled_from(LINES), max_size=3).map("".join)
)
edits = st.lists(st.one_of(characters, lines), min_size=1, max_size=8)


def apply(text: str, edit: tuple[bool, float, int, str]) -> str:
    """``text`` with ``removed`` characters (or lines) taken away at ``where`` (a fraction of it)
    and ``inserted`` put there."""
    by_line, where, removed, inserted = edit
    if not by_line:
        at = int(where * len(text))
        return text[:at] + inserted + text[at + removed :]
    kept = text.splitlines(keepends=True)
    at = int(where * len(kept))
    return "".join(kept[:at]) + inserted + "".join(kept[at + removed :])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=st.sampled_from([RECORD, RECORD + GRACE + LINUS, SYNTH]), steps=edits)
def test_chains_of_random_edits_read_as_the_whole_read(start, steps):
    """Each version read from the one before (itself read from the one before it …) is the
    version the whole read gives, and so are the changes: the places, sections and ids carried
    from version to version stay right."""
    old = read(start)
    text = start
    for step in steps:
        text = apply(text, step)
        got = window.derive(old, text)
        same(got, whole(old, text))
        old = got[0]


def records_of(text: str) -> dict[str, list[str]]:
    """The text of each record, by section (``text`` is in the plain layout)."""
    return {section.name: [text[start:end] for start, end in section.spans(text)] for section in split(text)}


BLOCKS = {
    "moves": [GRACE, LINUS, EDSGER, GRACE.replace("grace-meta-to-example-lab", "ada-meta-to-lab"),
              GRACE.replace("  - id: grace-meta-to-example-lab\n    person", "  - person"), "  - id: 7\n    person: x\n"],
    "people": ["  zed-example:\n    name: Zed Example\n", "  ada-example:\n    name: Ada Again\n",
               "  tim-example:\n    name: Tim\n    # born here\n"],
    "organizations": ["  lab-two:\n    name: Lab Two\n    kind: lab\n"],
}  # fmt: skip
"""Records to add: new ones, ids other records have, a move without an id, an id that is a number."""
CHANGES = [
    ("example", "sample"), ("    ", "    # note\n    "), ("\n", "\n\n"), ("\n", "\n  # after\n"),
    (": ", ":  "), ("chief", "'chief'"),
]  # fmt: skip


@st.composite
def record_edits(draw) -> list[tuple[str, str, int, object]]:
    """Edits of whole records: add (a record of :data:`BLOCKS`), remove, or change one (a
    replacement of :data:`CHANGES`), in a section and at a place (fractions of its length)."""
    kinds = st.sampled_from(["add", "remove", "change", "change"])
    return draw(
        st.lists(
            st.tuples(kinds, st.sampled_from(sorted(BLOCKS)), st.floats(0, 1), st.integers(0, 99)),
            min_size=1,
            max_size=10,
        )
    )


def edit_records(sections: dict[str, list[str]], edit: tuple[str, str, float, int]) -> None:
    kind, name, where, choice = edit
    blocks = sections.setdefault(name, [])
    at = int(where * len(blocks))
    if kind == "add":
        blocks.insert(at, BLOCKS[name][choice % len(BLOCKS[name])])
    elif blocks and kind == "remove":
        del blocks[min(at, len(blocks) - 1)]
    elif blocks:
        at = min(at, len(blocks) - 1)
        old, new = CHANGES[choice % len(CHANGES)]
        blocks[at] = blocks[at][:4] + blocks[at][4:].replace(old, new, 1)


@pytest.mark.parametrize("anchor_from", [2, window.ANCHOR_FROM])
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])  # fmt: skip
@given(start=st.sampled_from([RECORD, RECORD + GRACE + LINUS + EDSGER, SYNTH]), steps=record_edits())
def test_chains_of_record_edits_read_as_the_whole_read(monkeypatch, anchor_from, start, steps):
    """As above, with edits that keep the plain layout (so the versions are read where they
    changed, not whole): records added (ids new, taken, missing), removed, changed; with an
    unchanged record between two changes looked for from 2 records read again (so that most
    edits are read around one), and from the usual number."""
    monkeypatch.setattr(window, "ANCHOR_FROM", anchor_from)
    sections = records_of(start)
    old = read(start)
    for step in steps:
        edit_records(sections, step)
        text = compose([], {name: sections[name] for name in sections})
        got = window.derive(old, text)
        same(got, whole(old, text))
        old = got[0]
