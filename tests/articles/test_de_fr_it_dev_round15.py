"""German, French and Italian shapes of the press from the development corpus's misses (issue 25):

- the German **passive of replacing** with its participle ending the clause ("X wird im Mai als
  Chefredakteurin der Zeitung abgelöst"): who is replaced leaves; and **"als" and a role** after a
  verb of becoming ("wird als Trainerin von X entlassen") is a post held, not one become;
- a **description of a company** before its name after a role's genitive ("Chefredakteurin der
  französischen Qualitätszeitung „Le Monde“", "Chefin des Mobilfunkkonzerns Vantor", "co-fondatrice
  della startup Vantor"): the role's organisation, also when the name stands in quotes;
- an organisation **ending its collaboration** with someone ("a mis fin à sa collaboration avec X",
  "ha messo fine alla collaborazione con X", "beendet die Zusammenarbeit mit X", "ended its
  collaboration with X"): a dismissal, the organisation the origin, also after a perfect auxiliary;
- a run of capitalised words right before a **word of an organisation's name** ("Thinking Machines
  Labs") is no person.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up with names the record does not know."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("text", "move"),
    [
        # real: de-040-derstandard-chefredakteure-abgeloest.yaml
        (
            'Jill Abramson (60) wird im Mai nach zweieinhalb Jahren als erste Chefredakteurin der "New York Times"'
            " abgelöst.",
            ("Jill Abramson", "New York Times", None),
        ),
        ("Mara Lind wurde im Mai als Vorstandschefin von Vantor abgelöst.", ("Mara Lind", "Vantor", None)),
        ("Mara Lind wird als Trainerin von Vantor abgelöst.", ("Mara Lind", "Vantor", None)),
    ],
)
def test_who_is_replaced_in_the_german_passive_leaves(reader, text, move):
    """Before, "abgelöst" alone said no move (only "abgelöst von Y" did), or "wird als Trainerin von X"
    read as becoming the trainer: X the destination."""
    assert moves(reader.read(text, language="de")) == {move}


def test_a_post_held_as_is_not_one_become(reader):
    """Before, "wird … Trainerin von Vantor" with "als" between was read as becoming it: Vantor the destination."""
    assert moves(reader.read("Mara Lind wird als Trainerin von Vantor entlassen.", language="de")) == {
        ("Mara Lind", "Vantor", None)
    }


def test_becoming_a_role_is_still_a_post_taken(reader):
    assert moves(reader.read("Mara Lind wird Trainerin von Vantor.", language="de")) == {("Mara Lind", None, "Vantor")}


@pytest.mark.parametrize(
    ("language", "text", "move"),
    [
        # real: de-040-derstandard-chefredakteure-abgeloest.yaml
        (
            "de",
            "Natalie Nougayrède (48) schmeißt im Mai nach 14 Monaten als Chefredakteurin der wirtschaftlich"
            ' angeschlagenen französischen Qualitätszeitung "Le Monde" hin – im Streit über die Neuorganisation'
            " der Redaktion, eine Zusammenführung der Redaktionen von Print und Online.",
            ("Natalie Nougayrède", "Le Monde", None),
        ),
        ("de", "Mara Lind tritt als Chefin des Mobilfunkkonzerns Vantor zurück.", ("Mara Lind", "Vantor", None)),
        ("de", "Mara Lind tritt als Chefin der Zeitung „Vantor“ zurück.", ("Mara Lind", "Vantor", None)),
        (
            "de",
            "Mara Lind, Chefin des Mobilfunkkonzerns Vantor, wechselt zu Globex.",
            ("Mara Lind", "Vantor", "Globex"),
        ),
        ("it", "Mara Lind, co-fondatrice della startup Vantor, passa a Globex.", ("Mara Lind", "Vantor", "Globex")),
        ("it", "Mara Lind, direttrice della startup Vantor, passa a Globex.", ("Mara Lind", "Vantor", "Globex")),
    ],
)
def test_a_described_company_after_a_role_is_the_roles(reader, language, text, move):
    """Before, a German description of a company (an article, adjectives, a compound ending in a noun of a
    company) hid the name after it, and an Italian one after "della" named no organisation of the role."""
    assert move in moves(reader.read(text, language=language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Vantor a mis fin à sa collaboration avec Mara Lind."),
        ("fr", "Vantor met un terme à sa collaboration avec Mara Lind."),
        ("it", "Vantor ha messo fine alla collaborazione con Mara Lind."),
        ("de", "Vantor beendet die Zusammenarbeit mit Mara Lind."),
        ("en", "Vantor has ended its collaboration with Mara Lind."),
        ("es", "El Vantor puso fin a su colaboración con Mara Lind."),
    ],
)
def test_an_organisation_that_ends_a_collaboration_dismisses(reader, language, text):
    """Before, ending a collaboration said no move (as in fr-036: "le club a récemment mis fin à sa
    collaboration avec le technicien")."""
    assert moves(reader.read(text, language=language)) == {("Mara Lind", "Vantor", None)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Mara Lind a mis fin à sa carrière."),
        ("de", "Vantor beendet die Zusammenarbeit mit Globex."),
    ],
)
def test_ending_something_else_moves_no_one(reader, language, text):
    assert moves(reader.read(text, language=language)) == set()


def test_a_name_before_a_word_of_an_organisation_is_no_person(reader):
    """Before, "Thinking Machines" (its "Labs" after it) was read as a person who left OpenAI."""
    # real: it-042-ainews-tulloch-meta.yaml
    text = (
        "Il nuovo ingresso in società di Andrew Tulloch, co-fondatore della stratup Thinking Machines Labs insieme"
        " all’ex OpenAI Mira Murati, conferma la strategia di Zuckerberg per dotarsi del migliore personale e"
        " dominare la corsa alla super intelligenza artificiale."
    )
    assert "Thinking Machines" not in {
        person for person, _origin, _destination in moves(reader.read(text, language="it"))
    }
