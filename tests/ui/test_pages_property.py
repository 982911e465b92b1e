"""Every page survives a valid record that leaves out optional fields (issue 22, item 5).

An ordinary import adds a position without a note; a page that tested ``if row.note`` on a
table's missing value (NaN, which is true) crashed. Here hypothesis leaves out any optional
field of any record of the shipped record (every one, in the first example), and each page
opens on the result, on the people and organisations those records name, without an exception.
"""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from dashboard.record import model
from support.apptest import open_page
from support.records import REPO, SHIPPED, load

SHIPPED_TREE = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
SECTION_MODELS = {
    "sources": model.Source, "organizations": model.Organization, "people": model.Person, "cohorts": model.Cohort,
    "moves": model.Move, "stays": model.Stay, "positions": model.Position,
}  # fmt: skip


NEEDED = {"path", "url", "language", "title", "publisher", "person", "group", "headcount"}
"""Optional in the model, needed by a rule: a source's document or name, a move's mover."""


def _optional(record_model) -> set[str]:
    """The keys a record of ``record_model`` may leave out (as written in the YAML) on its own."""
    fields = record_model.model_fields.items()
    return {field.alias or name for name, field in fields if not field.is_required()} - NEEDED


def _thin(record: dict, record_model, rng: random.Random, share: float) -> dict:
    """``record`` without a random ``share`` of its optional keys (its evidence and claims too)."""
    kept = {key: value for key, value in record.items() if key not in _optional(record_model) or rng.random() >= share}
    if "evidence" in kept:
        kept["evidence"] = [_thin(item, model.Evidence, rng, share) for item in kept["evidence"]]
    if "claims" in kept:
        kept["claims"] = [_thin(claim, model.Claim, rng, share) for claim in kept["claims"]]
    return kept


def thinned_record(seed: int, share: float) -> dict:
    rng = random.Random(seed)
    tree = {}
    for section, value in SHIPPED_TREE.items():
        record_model = SECTION_MODELS[section]
        if isinstance(value, dict):
            tree[section] = {key: _thin(record, record_model, rng, share) for key, record in value.items()}
        else:
            tree[section] = [_thin(record, record_model, rng, share) for record in value]
    return tree


def _busiest(records: list[dict], key: str) -> str:
    counts: dict[str, int] = {}
    for record in records:
        if record.get(key):
            counts[record[key]] = counts.get(record[key], 0) + 1
    return max(counts, key=counts.get)


@settings(max_examples=3, deadline=timedelta(seconds=120), suppress_health_check=list(HealthCheck), derandomize=True)
@given(seed=st.integers(min_value=0, max_value=2**32 - 1), share=st.floats(min_value=0.2, max_value=1.0))
@example(seed=0, share=1.0)  # every optional field left out
def test_every_page_opens_on_a_record_without_optional_fields(seed, share, tmp_path_factory, monkeypatch):
    tree = thinned_record(seed, share)
    text = yaml.safe_dump(tree, allow_unicode=True, sort_keys=False, width=10_000)
    assume(load(text).ok)  # leaving out a field the rules need (a group's headcount) is not this test's case
    root: Path = tmp_path_factory.mktemp("thin")
    (root / "data").mkdir()
    (root / "seeds").symlink_to(REPO / "seeds")
    path = root / "data" / "events.yaml"
    path.write_text(text, encoding="utf-8")
    person = _busiest(tree["positions"], "person")
    mover = _busiest(tree["moves"], "person")
    organisation = _busiest(tree["moves"], "to")
    opened = [("overview", {}), ("flows", {}), ("timeline", {}), ("organization", {"focus": organisation}),
              ("person", {"who": person}), ("person", {"who": mover}), ("cohorts", {}), ("sources", {})]  # fmt: skip
    for page, params in opened:
        at = open_page(page, path, monkeypatch, **params)
        assert not at.exception, (page, params, [e.value for e in at.exception])
        assert not at.error, (page, params, [e.value for e in at.error])


def test_a_position_imported_without_a_note_opens_on_the_person_page(project, monkeypatch):
    """Issue 22's exact case: import a position (no note) into the shipped record, open its person."""
    from dashboard.cli import main

    sheet = project / "positions.csv"
    sheet.write_text(
        "person,organisation,role,start,end,source,quote\n"
        "Yann LeCun,Meta,chief AI scientist,2013,,https://example.org/lecun,Yann LeCun is chief AI scientist\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("TALENT_FLOWS_TODAY", "2026-11-24")
    assert main(["import", str(sheet), "--data", str(project / "data" / "events.yaml")]) == 0
    at = open_page("person", project / "data" / "events.yaml", monkeypatch, who="yann-lecun")
    assert not at.exception
    expanders = [expander.label for expander in at.expander]
    assert any("chief AI scientist" in label for label in expanders), expanders


pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
