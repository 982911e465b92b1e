"""Where a person's apposition says they were, sixteenth round (issue 25): a marker of where someone
is after a word of the time up to now ("bisher bei", "hasta ahora en", "jusqu'ici chez", "finora
alla") is the origin of the move, while the verb of the sentence gives the destination.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "person", "origin", "destination"),
    [
        # made up: "until now at X" in an apposition, with the verb before the name or after the apposition
        ("fr", "Maria Rossi, jusqu'ici chez Acme, rejoint Umbrella.", "Maria Rossi", "Acme", "Umbrella"),
        ("fr", "Umbrella recrute Paul Martin, jusqu'ici chez Acme.", "Paul Martin", "Acme", "Umbrella"),
        ("it", "Umbrella ingaggia Maria Rossi, finora alla Acme.", "Maria Rossi", "Acme", "Umbrella"),
        ("it", "Paolo Bianchi, finora ad Acme, passa a Umbrella.", "Paolo Bianchi", "Acme", "Umbrella"),
        ("es", "Umbrella ficha a Lucía Gómez, hasta ahora en Acme.", "Lucía Gómez", "Acme", "Umbrella"),
        ("de", "Anna Schmidt, zuletzt bei Acme, wechselt zu Umbrella.", "Anna Schmidt", "Acme", "Umbrella"),
    ],
)  # fmt: skip
def test_a_marker_after_words_of_the_time_up_to_now_names_the_origin(reader, language, text, person, origin,
                                                                     destination):  # fmt: skip
    """Before, "à"/"alla"/"chez" read alone made the apposition's organisation the destination (or
    left it out), and the verb's organisation was lost."""
    found = moves(reader.read(text, language=language))
    assert (person, origin, destination) in found
    assert (person, None, origin) not in found


@pytest.mark.parametrize(
    ("language", "text", "person", "origin", "destination"),
    [
        # made up; guards: the same shapes with a preposition of origin, read right before this round
        ("it", "Maria Rossi, ex dirigente di Acme, approda a Umbrella.", "Maria Rossi", "Acme", "Umbrella"),
        ("fr", "Maria Rossi, ancienne directrice d'Acme, rejoint Umbrella.", "Maria Rossi", "Acme", "Umbrella"),
        ("es", "Umbrella ficha a Maria Rossi, procedente de Acme.", "Maria Rossi", "Acme", "Umbrella"),
        ("de", "Maria Rossi, bisher bei Acme, wechselt zu Umbrella.", "Maria Rossi", "Acme", "Umbrella"),
    ],
)  # fmt: skip
def test_an_apposition_of_a_former_post_guard(reader, language, text, person, origin, destination):
    found = moves(reader.read(text, language=language))
    assert (person, origin, destination) in found
