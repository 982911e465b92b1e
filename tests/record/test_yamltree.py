"""The strict YAML reader: text stays text, and every dangerous or ambiguous construct is refused."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.record import yamltree


@pytest.mark.parametrize(
    "written",
    ["no", "yes", "on", "off", "null", "~", "true", "012", "0x1F", "1:30", "2023-05-01", "2023-05", "1e3", ".inf"],
)
def test_every_scalar_stays_the_text_that_was_written(written):
    tree = yamltree.parse(f"key: {written}\nlist: [{written}]\n")
    assert tree.issues == []
    assert tree.data == {"key": written, "list": [written]}
    # The same input through PyYAML's safe loader would not stay text for most of these.


def test_pyyaml_would_have_retyped_them():
    """Guards the premise of the test above: a plain safe load turns these into other types."""
    loaded = yaml.safe_load("a: no\nb: 012\nc: 2023-05-01\nd: 1:30\n")
    assert loaded == {"a": False, "b": 10, "c": __import__("datetime").date(2023, 5, 1), "d": 90}


def test_quoted_and_block_scalars_keep_their_text():
    tree = yamltree.parse("a: 'it''s'\nb: \"tab\\there\"\nc: >-\n  one\n  two\nd: |\n  x\n  y\n")
    assert tree.data == {"a": "it's", "b": "tab\there", "c": "one two", "d": "x\ny\n"}


def test_duplicate_key_names_both_lines():
    tree = yamltree.parse("a: 1\nb: 2\na: 3\n", track_positions=True)
    [issue] = tree.issues
    assert issue.code == "duplicate-key"
    assert issue.message == "duplicate key 'a' (first written at line 1)"  # wording: it names the first
    assert issue.position == yamltree.Position(3, 4)
    assert tree.data == {"a": "1", "b": "2"}  # the first value is kept


def test_duplicate_keys_are_found_in_nested_mappings_too():
    tree = yamltree.parse("moves:\n  - id: x\n    to: a\n    to: b\n", track_positions=True)
    [issue] = tree.issues
    assert (issue.code, issue.position) == ("duplicate-key", yamltree.Position(4, 9))
    assert issue.path == ("moves", 0, "to")


def test_anchor_and_alias_are_refused_with_their_lines():
    tree = yamltree.parse("a: &x [1, 2]\nb: *x\n")
    assert [(issue.code, issue.position) for issue in tree.issues] == [
        ("yaml-anchor", yamltree.Position(1, 4)),
        ("yaml-alias", yamltree.Position(2, 4)),
    ]


BILLION_LAUGHS = "\n".join(
    ["a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']"]
    + [f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]" for i in range(8)]
)


def test_billion_laughs_is_refused_without_expanding():
    tracemalloc.start()
    tree = yamltree.parse(BILLION_LAUGHS)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert any(issue.code == "yaml-alias" for issue in tree.issues)
    # Expanded, the document would hold 9**9 strings; refused, it holds a few dozen.
    assert peak < 5 * 1024 * 1024
    assert len(str(tree.data)) < 10_000


def test_tags_are_refused_and_nothing_is_executed(tmp_path: Path):
    marker = tmp_path / "pwned"
    text = f"a: !!python/object/apply:os.system ['touch {marker}']\nb: !custom x\nc: !!str 5\n"
    tree = yamltree.parse(text)
    assert [(issue.code, issue.position) for issue in tree.issues] == [
        ("yaml-tag", yamltree.Position(line, 4)) for line in (1, 2, 3)
    ]
    assert not marker.exists()


@pytest.mark.parametrize(
    ("text", "line", "col", "fragment"),
    [
        ("moves:\n\t- id: x\n", 2, 1, "a tab character is not allowed here"),
        ("a: 1\nb: 'open\nc: 2\n", 2, 4, "unclosed quote"),
        ('a: "open\n', 1, 4, "unclosed quote"),
        ("a: [1, 2\nb: 3\n", 1, 4, "unclosed bracket '[': did not find expected ',' or ']' (noticed at line 2)"),
        ("a: {x: 1\n", 1, 4, "unclosed bracket '{'"),
        ("a:\n  b: 1\n c: 2\n", 3, 2, "while parsing a block mapping: did not find expected key"),
        ("a: b: c\n", 1, 5, "mapping values are not allowed in this context"),
    ],
)
def test_syntax_errors_carry_line_and_column(text, line, col, fragment):
    """... and a description an editor can act on (this table is also the test of the wording of
    libyaml's errors, :func:`yamltree._describe_syntax_error`)."""
    tree = yamltree.parse(text)
    [issue] = tree.issues
    assert issue.code == "yaml-syntax"
    assert fragment in issue.message
    assert (issue.position.line, issue.position.col) == (line, col)
    assert tree.fatal and tree.data is None


@pytest.mark.parametrize("opener", ["[", "{", "- "])
def test_deep_nesting_is_an_error_not_a_recursion_error(opener):
    depth = 5000
    text = opener * depth if opener != "- " else "".join(" " * (2 * i) + "-\n" for i in range(depth))
    tree = yamltree.parse(text)
    assert tree.fatal
    assert [issue.code for issue in tree.issues] == ["too-deep"]


def test_nesting_limit_is_ours_below_libyamls():
    text = "a:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(80)) + "  " * 81 + "x\n"
    tree = yamltree.parse(text)
    assert [(issue.code, issue.position.line) for issue in tree.issues] == [("too-deep", 65)]  # where level 65 opens


@pytest.mark.parametrize("text", ["", "# only a comment\n", "\n\n   \n"])
def test_empty_text_gives_no_data_and_no_issue(text):
    tree = yamltree.parse(text)
    assert tree.data is None and tree.issues == [] and not tree.fatal


def test_second_document_is_refused():
    tree = yamltree.parse("a: 1\n---\nb: 2\n")
    assert [(issue.code, issue.position) for issue in tree.issues] == [("second-document", yamltree.Position(2, 1))]


def test_complex_key_is_refused():
    tree = yamltree.parse("? [a, b]\n: c\n")
    assert [(issue.code, issue.position) for issue in tree.issues] == [("complex-key", yamltree.Position(1, 3))]


def test_positions_point_at_values_and_keys():
    text = "moves:\n  - id: a\n    from: meta\n"
    tree = yamltree.parse(text, track_positions=True)
    assert tree.position(("moves", 0, "from")) == yamltree.Position(3, 11)
    assert tree.position(("moves", 0, "from"), key=True) == yamltree.Position(3, 5)
    # A path that doesn't exist falls back to its nearest written ancestor.
    assert tree.position(("moves", 0, "to")) == yamltree.Position(2, 5)


def test_windows_line_endings_read_like_unix_ones():
    unix = yamltree.parse("a: 1\nb:\n  - x\n", track_positions=True)
    windows = yamltree.parse("a: 1\r\nb:\r\n  - x\r\n", track_positions=True)
    assert windows.data == unix.data
    assert windows.position(("b", 0)) == unix.position(("b", 0))


def test_fast_and_positioned_readings_agree(shipped_text):
    assert yamltree.parse(shipped_text).data == yamltree.parse(shipped_text, track_positions=True).data


YAMLISH = st.text(alphabet=st.sampled_from(list("ab:-[]{}'\"!&*#|>?, \n\t01.")), max_size=120)


@settings(max_examples=300, deadline=None)
@given(YAMLISH)
def test_fast_reader_agrees_with_the_careful_one(text):
    """The fast reader either gives exactly the careful reading of a clean text, or steps aside."""
    careful = yamltree.parse(text, track_positions=True)
    try:
        fast = yamltree._fast(text, yamltree.MAX_DEPTH)
    except yamltree._Unusual:
        return
    assert not careful.issues
    assert fast == careful.data
