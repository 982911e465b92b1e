"""Never a traceback: any text, and any mutation of the shipped file, gives a dataset or errors."""

from __future__ import annotations

import random
from datetime import timedelta

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.record.load import LoadResult
from support.records import SHIPPED, load

SHIPPED_TEXT = SHIPPED.read_text(encoding="utf-8")
SHIPPED_TREE = yaml.safe_load(SHIPPED_TEXT.replace("&", "and"))  # a plain tree to mutate

# "Never takes more than a few seconds": hypothesis fails any single example slower than this.
PROPERTY = settings(max_examples=150, deadline=timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow])


def assert_dataset_or_errors(result: LoadResult) -> None:
    assert isinstance(result, LoadResult)
    if result.errors:
        assert result.dataset is None
        for problem in result.errors:
            assert problem.message and problem.line is not None and problem.line >= 0
    else:
        assert result.dataset is not None


YAMLISH = st.text(alphabet=st.sampled_from(list("abc:-[]{}'\"!&*#|>?, \n\t0123456789.%@`\\")), max_size=200)


@PROPERTY
@given(st.one_of(st.text(max_size=300), YAMLISH))
def test_arbitrary_text_never_raises(text):
    assert_dataset_or_errors(load(text))


def _paths(node, prefix=()):
    """Every path into a plain tree."""
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, prefix + (key,))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, prefix + (index,))


RETYPED = [None, "", "no", "012", "2023-05-01", [], {}, ["x"], {"a": "b"}, "unknown", "<img src=x onerror=alert(1)>"]


def _mutate(tree, rng: random.Random):
    import copy

    tree = copy.deepcopy(tree)
    if not isinstance(tree, dict | list) or not tree:
        return rng.choice(RETYPED)
    paths = [path for path in _paths(tree) if path]
    path = rng.choice(paths)
    parent = tree
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    action = rng.choice(["drop", "duplicate", "swap", "retype"])
    if action == "drop":
        del parent[last]
    elif action == "duplicate" and isinstance(parent, list):
        parent.insert(last, copy.deepcopy(parent[last]))
    elif action == "swap":
        other = rng.choice(paths)
        holder = tree
        try:
            for part in other[:-1]:
                holder = holder[part]
            parent[last], holder[other[-1]] = holder[other[-1]], parent[last]
        except (KeyError, IndexError, TypeError):
            parent[last] = rng.choice(RETYPED)
    else:
        parent[last] = rng.choice(RETYPED)
    return tree


@PROPERTY
@given(st.integers(min_value=0, max_value=2**32 - 1), st.integers(min_value=1, max_value=4))
def test_structured_mutations_never_raise(seed, count):
    rng = random.Random(seed)
    tree = SHIPPED_TREE
    for _ in range(count):
        tree = _mutate(tree, rng)
    text = yaml.safe_dump(tree, allow_unicode=True, sort_keys=False)
    assert_dataset_or_errors(load(text))


@PROPERTY
@given(st.integers(min_value=0, max_value=len(SHIPPED_TEXT.encode("utf-8"))))
def test_file_cut_at_any_byte_never_raises(cut):
    data = SHIPPED_TEXT.encode("utf-8")[:cut]
    assert_dataset_or_errors(load(data.decode("utf-8", errors="ignore")))


@PROPERTY
@given(st.integers(min_value=0, max_value=len(SHIPPED_TEXT) - 1), st.text(min_size=1, max_size=5))
def test_text_inserted_anywhere_never_raises(position, inserted):
    assert_dataset_or_errors(load(SHIPPED_TEXT[:position] + inserted + SHIPPED_TEXT[position:]))
