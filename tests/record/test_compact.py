"""Records read from a file are kept compactly (issue 24: 100,000 moves in less than 1 GB): the
names of the fields they set are one shared set per combination, and an id is one string
however often the record writes it. Neither changes what a record is or does."""

from __future__ import annotations

import copy
import pickle

import pytest

from dashboard.record.model import Move
from support.records import SHIPPED, load


@pytest.fixture(scope="module")
def document():
    result = load(SHIPPED.read_text(encoding="utf-8"))
    assert result.ok
    return result.dataset.document


def test_records_that_set_the_same_fields_share_one_set_of_their_names(document):
    moves = document.moves
    shared = {id(move.model_fields_set) for move in moves}
    combinations = {frozenset(move.model_fields_set) for move in moves}
    assert len(shared) == len(combinations) < len(moves)
    quotes = [item for move in moves for item in move.evidence]
    assert len({id(item.model_fields_set) for item in quotes}) == len({frozenset(i.model_fields_set) for i in quotes})
    built = Move.model_validate(
        moves[0].model_dump(by_alias=True, exclude_unset=True)
    )  # a move built in Python: its own set
    assert built.model_fields_set == moves[0].model_fields_set
    assert built.model_fields_set is not moves[0].model_fields_set


def test_an_id_is_one_string_however_often_it_is_written(document):
    met: dict[str, str] = {}
    written = 0
    for move in document.moves:
        for value in (move.from_, move.to, move.person, *(item.source for item in move.evidence)):
            if value is not None:
                written += 1
                assert met.setdefault(value, value) is value
    assert len(met) < written / 2  # ids do repeat


def test_a_copy_with_a_change_leaves_the_records_sharing_its_set_alone(document):
    item = document.moves[0].evidence[0]
    others = [e for move in document.moves for e in move.evidence if e.model_fields_set is item.model_fields_set]
    before = set(item.model_fields_set)
    changed = item.model_copy(update={"supports": ["person"]})
    assert changed.supports == ["person"] and "supports" in changed.model_fields_set
    assert all(set(other.model_fields_set) == before for other in others)
    assert copy.deepcopy(item) == item and copy.copy(item) == item


def test_a_record_survives_a_pickle_as_it_was_and_still_shares(document):
    """The disk cache pickles the people, organisations and sources: they come back equal, and
    sharing their sets as before."""
    moves = document.moves[:20]
    again = pickle.loads(pickle.dumps(moves))  # noqa: S301 - the test's own pickle
    assert again == moves
    assert [move.model_fields_set for move in again] == [move.model_fields_set for move in moves]
    assert all(new.model_fields_set is old.model_fields_set for new, old in zip(again, moves, strict=True))
    assert again[0].model_dump(exclude_unset=True) == moves[0].model_dump(exclude_unset=True)


def test_an_assignment_gives_the_record_a_set_of_its_own_and_changes_no_other(document):
    """An assignment adds the field to the record's set of names: a record read from the file
    takes a set of its own first, so the records it shared with keep theirs."""
    other = document.moves[0]
    move = copy.copy(other)
    object.__setattr__(move, "__pydantic_fields_set__", other.model_fields_set)  # as a second record read
    unset = sorted({"note", "role", "from_role"} - other.model_fields_set)
    assert unset
    setattr(move, unset[0], "changed")
    assert getattr(move, unset[0]) == "changed" and unset[0] in move.model_fields_set
    assert unset[0] not in other.model_fields_set and getattr(other, unset[0]) is None


def test_the_shared_set_itself_refuses_a_change_that_would_reach_every_record(document):
    shared = document.moves[0].model_fields_set
    before = set(shared)
    for change in (lambda: shared.add("note"), lambda: shared.update({"x"}), lambda: shared.discard("id")):
        with pytest.raises(TypeError, match=r"shared with other records: copy them before a change"):
            change()
    assert shared == before
