"""The right person with the wrong organisation (issue 25): three general causes of a mover proposed with an
organisation that is not theirs.

- A nickname or a description beside the organisation's name ("la Rossa", "the Blues", "el Submarino")
  is a new name the text did not name before, while the organisation the article is about was: among the
  organisations of one side, one the article named in an earlier sentence comes before one it names for
  the first time ("La Globex nomina … Mara Lind entrerà a far parte della Rossa: «… della Globex»").
- Another person's own organisation ("il veterano di Google Christian Szegedy", "insieme all'ex OpenAI
  Mira Murati", "Globex veteran Jane Doe") is where that one is or was, no origin of someone else the
  sentence names; unless the role is told before both of a list ("Vantor coach Mara Lind and his
  assistant Jane Doe have left the club": one club).
- The title word of a role compound ("Ex-Trainer", "Co-Trainer", "Ex-CEO") is no organisation, as the
  head of "Bayern-Trainer" is.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "it",
            "La Globex nomina il nuovo amministratore delegato. Mara Lind entrerà a far parte della Rossa a "
            "settembre: «È un onore entrare a far parte della Globex».",
            "Rossa",
        ),
        (
            "it",
            "La Globex ha scelto il nuovo amministratore delegato. Mara Lind, che entrerà a far parte della Rossa "
            "a settembre, ha detto: «È un onore entrare a far parte della Globex».",
            "Rossa",
        ),
        (
            "en",
            'Globex has named a new chief executive. Mara Lind will join the Blues in May: "It is an honour to '
            'join Globex", she said.',
            "Blues",
        ),
        (
            "es",
            "El Globex nombró a un nuevo entrenador. Mara Lind llegará al Submarino en mayo: «Es un honor llegar "
            "al Globex».",
            "Submarino",
        ),
    ],
)
def test_the_organisation_named_before_beats_a_nickname_new_here(reader, language, text, name):
    """Before, the nickname nearer to the name was the destination."""
    found = moves(reader.read(text, language=language))
    assert ("Mara Lind", None, "Globex") in found
    assert ("Mara Lind", None, name) not in found


@pytest.mark.parametrize(
    ("language", "text", "owner", "mover", "theirs"),
    [
        # real: it-034-mahalsa-xai-cofondatori-lasciano.yaml
        (
            "it",
            "Nel febbraio 2025 è arrivato il turno del veterano di Google Christian Szegedy, che ha aperto la strada "
            "all’addio di Igor Babuschkin, separatosi dalla strartup di Musk per fondare una sua società.",
            "Christian Szegedy",
            "Igor Babuschkin",
            "Google",
        ),
        # real: it-042-ainews-tulloch-meta.yaml
        (
            "it",
            "Il nuovo ingresso in società di Andrew Tulloch, co-fondatore della stratup Thinking Machines Labs "
            "insieme all’ex OpenAI Mira Murati, conferma la strategia di Zuckerberg per dotarsi del migliore "
            "personale e dominare la corsa alla super intelligenza artificiale.",
            "Mira Murati",
            "Andrew Tulloch",
            "OpenAI",
        ),
        (
            "en",
            "Globex veteran Jane Doe left in February, paving the way for the departure of Mara Lind.",
            "Jane Doe",
            "Mara Lind",
            "Globex",
        ),
    ],
)
def test_another_persons_own_organisation_is_no_origin_of_someone_else(reader, language, text, owner, mover, theirs):
    """Before, the other's organisation was the mover's origin, the nearest one or the only one."""
    found = moves(reader.read(text, language=language))
    assert (owner, theirs, None) in found  # still its owner's
    assert all(not (who == mover and origin == theirs) for who, origin, _ in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Vantor coach Mara Lind and his assistant Jane Doe have left the club."),
        ("en", "Vantor coach Mara Lind and assistant Jane Doe have left."),
    ],
)
def test_a_role_told_before_both_of_a_list_is_both_ones(reader, language, text):
    """A guard of the rule above: it fails when the rule drops an organisation told before a whole list."""
    found = moves(reader.read(text, language=language))
    assert {("Mara Lind", "Vantor", None), ("Jane Doe", "Vantor", None)} <= found


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Ex-Trainer Mara Lind verlässt Vantor.", ("Mara Lind", "Vantor", None)),
        ("de", "Co-Trainer Mara Lind verlässt Vantor.", ("Mara Lind", "Vantor", None)),
        ("en", "Ex-CEO Mara Lind left Globex.", ("Mara Lind", "Globex", None)),
        ("en", "Ex-CEO Mara Lind joins Globex.", ("Mara Lind", None, "Globex")),
    ],
)
def test_the_title_word_of_a_role_compound_is_no_organisation(reader, language, text, expected):
    """Before, "Ex" or "Co" was the origin, as "Bayern" of "Bayern-Trainer" is."""
    assert moves(reader.read(text, language=language)) == {expected}
