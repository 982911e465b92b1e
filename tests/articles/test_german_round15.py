"""German shapes of the press for hires, departures, dismissals and successions (issue 25), from a
battery of made-up sentences in the forms German news tells moves in:

- a **separable verb or idiom** whose particle or object ends the clause, with the organisation or
  the person between ("kehrt Quorra den Rücken", "gibt seinen Posten bei Quorra ab", "Quorra stellt X
  frei", "X löst Mara Lind an der Spitze von Globex ab"; "kündigte … an" announces, "beruft sich auf"
  refers: no move; a negation before the particle says none happens);
- a **reflexive** phrase of joining with its organisation after the pronoun ("schließt sich Globex
  an"), and the press's idioms of going ("zieht es zu", "zieht weiter zu", "dockt bei Globex an");
- **appointing** in the present and the perfect with the organisation as the subject ("Globex beruft
  X in den Vorstand", "Globex hat X zum Technikchef ernannt");
- a **role compound** before the name ("Der Ex-Quorra-Forscher X"): its organisation (without
  "Ex-") is the origin, and its noun of people is the name's title, no group the name hires.

These shapes are German's own (separable verbs, compounds), so each is tested in German only.
All sentences are made up with names the record does not know."""

from __future__ import annotations

import pytest

from support.articles import hands_over, moves


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Der Manager Jens Weber kehrt Quorra den Rücken.", ("Jens Weber", "Quorra", None)),
        ("Jens Weber kehrt Quorra den Rücken und geht zu Globex.", ("Jens Weber", "Quorra", "Globex")),
        ("Jens Weber gibt seinen Posten bei Quorra ab.", ("Jens Weber", "Quorra", None)),
        ("Jens Weber zieht bei Quorra den Schlussstrich.", ("Jens Weber", "Quorra", None)),
        ("Quorra stellt Jens Weber frei.", ("Jens Weber", "Quorra", None)),
        ("Der FC Ribera stellt Trainer Jens Weber frei.", ("Jens Weber", "FC Ribera", None)),
        ("Quorra wirft Jens Weber raus.", ("Jens Weber", "Quorra", None)),
    ],
)
def test_a_verb_whose_particle_or_object_ends_the_clause_leaves(reader, text, move):
    """Before, the verb was read only with its particle or object right after it ("kehrte den Rücken")
    or, for a dismissal, not apart at all: no move, or none with the organisation."""
    assert move in moves(reader.read(text, language="de"))


def test_a_succession_whose_particle_ends_the_clause(reader):
    """ "löst … ab" with the predecessor right after the verb: before, no move at all."""
    found = moves(reader.read("Jens Weber löst Mara Lind an der Spitze von Globex ab.", language="de"))
    assert hands_over(found, "Mara Lind", "Jens Weber", "Globex")


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Jens Weber schließt sich Globex an.", ("Jens Weber", None, "Globex")),
        ("Jens Weber zieht es zu Globex.", ("Jens Weber", None, "Globex")),
        ("Jens Weber zieht weiter zu Globex.", ("Jens Weber", None, "Globex")),
        ("Jens Weber dockt bei Globex an.", ("Jens Weber", None, "Globex")),
        ("Jens Weber wechselt in die Geschäftsführung von Globex.", ("Jens Weber", None, "Globex")),
        ("Jens Weber heuert nach zehn Jahren bei Quorra bei Globex an.", ("Jens Weber", "Quorra", "Globex")),
        # the verb of joining apart from its particle makes "bei" the destination past a word of leaving
        ("Nach seinem Abschied von Quorra heuert Jens Weber bei Globex an.", ("Jens Weber", None, "Globex")),
    ],
)
def test_idioms_of_joining(reader, text, move):
    assert move in moves(reader.read(text, language="de"))


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Globex hat Jens Weber zum Technikchef ernannt.", ["Jens Weber"]),
        ("Globex beruft Jens Weber in den Vorstand.", ["Jens Weber"]),
        ("Globex hat Jens Weber und Mara Lind in den Vorstand berufen.", ["Jens Weber", "Mara Lind"]),
    ],
)
def test_an_organisation_that_appoints_is_the_destination(reader, text, people):
    assert moves(reader.read(text, language="de")) == {(person, None, "Globex") for person in people}


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Der Ex-Quorra-Forscher Jens Weber heuert bei Globex an.", ("Jens Weber", "Quorra", "Globex")),
        ("Der Forscher Jens Weber heuert bei Globex an.", ("Jens Weber", None, "Globex")),
        ("Der Ex-Apple-Manager Jens Weber wechselt zu Globex.", ("Jens Weber", "Apple", "Globex")),
    ],
)
def test_a_role_compound_before_the_name(reader, text, move):
    """Before, "Forscher" before the name read as a group the name hires (no move), and "Ex-" stayed in
    the organisation's name ("Ex-Apple") or lost it ("Ex-Quorra")."""
    assert move in moves(reader.read(text, language="de"))


@pytest.mark.parametrize(
    "text",
    [
        "Quorra-Chef Jens Weber kündigte neue Produkte an.",
        "Der Globex-Chef Jens Weber kündigt einen Umbau an.",
        "Jens Weber tritt bei Quorra nicht zurück.",
    ],
)
def test_no_move(reader, text):
    """An announcement and a negated separable verb: before, a departure."""
    assert moves(reader.read(text, language="de")) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Jens Weber beruft sich auf Quellen bei Globex.",
        "Jens Weber kehrt Quorra nicht den Rücken.",
        "Quorra stellt Jens Weber nicht frei.",
        "Jens Weber schließt sich der Kritik an.",
        "Jens Weber, Gründer von Quorra, sagte am Montag, die Zahlen seien gut.",
        "Jens Weber dementiert einen Wechsel zu Globex.",
    ],
)
def test_the_new_rules_do_not_overreach(reader, text):
    """Guards of the rules above: "beruft" appoints but "beruft sich" refers; an idiom or a dismissal
    with a negation says no move; a reflexive's object after its article is no organisation; a founder
    who speaks and a denied move are none."""
    assert moves(reader.read(text, language="de")) == set()
