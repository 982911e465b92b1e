"""Flows on big records: the work per rerun follows the moves and links that occur, not the
organisations the record could pair (issue 24)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.analysis import flows


def _moves(count: int, orgs: int, seed: int = 3) -> pd.DataFrame:
    """``count`` moves among the first 40 of ``orgs`` organisations (all of them categories, as
    in the moves table), by 25 people, a few of them rumoured or inferred."""
    rng = np.random.default_rng(seed)
    categories = [f"org-{index:04d}" for index in range(orgs)]
    dtype = pd.CategoricalDtype(categories)
    ends = rng.integers(0, 40, size=(2, count))
    return pd.DataFrame(
        {
            "from_id": pd.Categorical.from_codes(ends[0], dtype=dtype),
            "to_id": pd.Categorical.from_codes(ends[1], dtype=dtype),
            "headcount": np.ones(count, dtype=np.int64),
            "who": [f"Person {index % 25}" for index in range(count)],
            "certainty": np.where(rng.random(count) < 0.1, "rumoured", "stated"),
            "inferred": np.where(rng.random(count) < 0.2, "org", ""),
        }
    )


def _people_by_hand(frame: pd.DataFrame, keys: list[str]) -> dict[tuple, str]:
    """What :func:`flows._people` gives, computed row by row."""
    found: dict[tuple, list[str]] = {}
    for row in frame[[*keys, "who"]].astype(object).itertuples(index=False):
        names = found.setdefault(tuple(row[:-1]), [])
        if row[-1] not in names:
            names.append(row[-1])
    return {
        key: ", ".join(names[: flows.MAX_NAMES])
        + (f" … and {len(names) - flows.MAX_NAMES} more" if len(names) > flows.MAX_NAMES else "")
        for key, names in found.items()
    }


def test_movers_are_named_per_pair_that_occurs_not_per_pair_of_categories():
    """4,000 organisations could make 16 million pairs: the groups are the pairs of the moves
    (named as by hand), whatever the categories, so a rerun's work follows the moves."""
    moves = _moves(3000, orgs=4000)
    frame = flows._pairs(moves, "unit", styled=True)
    for keys in (["source", "target"], ["source", "target", "style"]):
        people = flows._people(frame, tuple(keys))
        expected = _people_by_hand(frame, keys)
        assert len(people) == len(expected)  # the old groupby made a group of every pair of categories
        got = {tuple(str(part) for part in key): text for key, text in people.items()}
        assert got == expected


def test_naming_ignores_unused_categories():
    """The same moves with 40 or 4,000 organisation categories name the same people."""
    small, big = _moves(2000, orgs=40), _moves(2000, orgs=4000)
    links_small = flows.sankey_links(small, "unit")
    links_big = flows.sankey_links(big, "unit")
    columns = ["value", "moves", "people"]
    as_text = {"source": str, "target": str}
    pd.testing.assert_frame_equal(
        links_small.astype(as_text)[["source", "target", *columns]],
        links_big.astype(as_text)[["source", "target", *columns]],
    )
    drawn_small = flows.name_styles(links_small.head(30), small)
    drawn_big = flows.name_styles(links_big.head(30), big)
    for style in flows.STYLES:
        assert drawn_small[f"people_{style}"].tolist() == drawn_big[f"people_{style}"].tolist()
