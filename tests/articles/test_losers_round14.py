"""An organisation that loses someone, and becoming a role at another (issue 25): an organisation that
opens a sentence as the subject of a verb of losing someone ("Vantor verliert X", "Vantor has lost X",
"Vantor a perdu X") is where the person leaves, whether the record knows it or not, and the preposition
after the person ("to", "an", "à", "a") names where they go.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up: the corpus has no such sentence with its subject first
        ("en", "Vantor has lost its chief scientist, Mara Lind, to Helicon."),
        ("en", "Vantor lost Mara Lind to Helicon."),
        ("de", "Vantor verliert Mara Lind an Helicon."),
        ("de", "Vantor hat Mara Lind an Helicon verloren."),
        ("es", "Vantor pierde a Mara Lind, que se va a Helicon."),
        ("es", "Vantor ha perdido a Mara Lind, que se marcha a Helicon."),
        ("fr", "Vantor perd Mara Lind, partie chez Helicon."),
        ("fr", "Vantor perd Mara Lind, qui rejoint Helicon."),
        ("it", "Vantor perde Mara Lind, che passa a Helicon."),
        ("it", "Vantor ha perso Mara Lind, passata a Helicon."),
    ],
)
def test_an_organisation_new_to_the_record_that_loses_someone_is_the_origin(reader, language, text):
    """Before, an organisation new to the record was read as a subject only before a verb of hiring or
    dismissing: the person had no origin, or no move at all."""
    assert ("Mara Lind", "Vantor", "Helicon") in moves(reader.read(text, language=language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Apple has lost its chief scientist, Mara Lind, to Google."),
        ("de", "Apple verliert Mara Lind an Google."),
        ("es", "Apple pierde a Mara Lind, que se va a Google."),
    ],
)
def test_a_known_organisation_that_loses_someone_to_another(reader, language, text):
    assert moves(reader.read(text, language=language)) == {("Mara Lind", "Apple", "Google")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mara Lind lost her seat in the election."),
        ("de", "Mara Lind verliert die Wahl."),
        ("fr", "Mara Lind a perdu son procès."),
    ],
)
def test_a_person_who_loses_something_moves_nowhere(reader, language, text):
    """A verb of losing says a departure only when an organisation is its subject."""
    assert moves(reader.read(text, language=language)) == set()
