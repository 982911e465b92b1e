"""German shapes of the press for departures, dismissals, successions and joinings (issue 25), from a
second battery of made-up sentences in the forms business, football, political and academic news tell
moves in (the first battery, test_german_round15.py, had the separable verbs and idioms):

- **parting** in the perfect, its participle ending the clause ("Der FC Ribera hat sich von Trainer X
  getrennt"), as a noun ("gab die Trennung von X bekannt"), as the idiom "gehen getrennte Wege", with
  "mit sofortiger Wirkung" inside the verb ("trennt sich mit sofortiger Wirkung von X"; "Wirkung" is no
  first name before "von"), and losing one's seat with the infinitive at the end ("muss seinen Platz bei
  Quorra räumen");
- an organisation's **statement** of a noun of moving with its "of" ("Quorra bestätigt den Abgang von
  X", "Quorra announced the departure of Jane Doe"): the one word before the verb is the organisation;
- **successions** whose verb stands apart from the predecessor: an infinitive or participle ending the
  clause after an auxiliary ("wird Mara Lind als Chef von Globex beerben"), a verb and its preposition
  with words between ("folgt bei Globex auf Mara Lind"), and a post handed over to someone ("gibt den
  Vorsitz bei Globex an Jens Weber ab": who it is given to comes, he does not leave);
- going over to a rival or party ("läuft zu Vantor über") and following a call ("folgt einem Ruf an
  die Universität X");
- and what says **no move**: a move called off ("ist vom Tisch"), news that "kam überraschend" (no one
  comes: the organisation of a noun of leaving stays its origin).

The statement is tested in German and English; the other shapes are German's own (word order, separable
verbs, idioms). All sentences are made up with names the record does not know."""

from __future__ import annotations

import pytest

from support.articles import hands_over, moves


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Der FC Ribera hat sich von Trainer Jens Weber getrennt.", ("Jens Weber", "FC Ribera", None)),
        ("Der FC Ribera hat sich mit sofortiger Wirkung von Jens Weber getrennt.", ("Jens Weber", "FC Ribera", None)),
        ("Quorra trennt sich mit sofortiger Wirkung von Mara Lind.", ("Mara Lind", "Quorra", None)),
        ("Mara Lind und der FC Ribera gehen getrennte Wege.", ("Mara Lind", "FC Ribera", None)),
        ("Jens Weber muss seinen Platz bei Quorra räumen.", ("Jens Weber", "Quorra", None)),
        ("Mara Lind gibt den Vorsitz bei Globex ab.", ("Mara Lind", "Globex", None)),
    ],
)
def test_parting_and_giving_up_a_seat(reader, text, move):
    """Before, no move: the participle, the idiom or the infinitive ended the clause away from its verb,
    or "Wirkung von Mara Lind" was read as one name."""
    assert move in moves(reader.read(text, language="de"))


@pytest.mark.parametrize(
    ("text", "language", "move"),
    [
        ("Quorra bestätigt den Abgang von Mara Lind.", "de", ("Mara Lind", "Quorra", None)),
        ("Quorra gab die Trennung von Mara Lind bekannt.", "de", ("Mara Lind", "Quorra", None)),
        ("Quorra announced the departure of Jane Doe.", "en", ("Jane Doe", "Quorra", None)),
        ("Quorra confirmed the exit of Jane Doe.", "en", ("Jane Doe", "Quorra", None)),
    ],
)
def test_an_organisation_states_a_noun_of_leaving(reader, text, language, move):
    """The statement's subject was read as an organisation only for a noun of joining ("the appointment
    of"), and in German for no verb of a statement: no move."""
    assert move in moves(reader.read(text, language=language))


@pytest.mark.parametrize(
    "text",
    [
        "Jens Weber wird Mara Lind als Chef von Globex beerben.",
        "Jens Weber hat Mara Lind als Chefin von Globex beerbt.",
        "Jens Weber folgt bei Globex auf Mara Lind.",
        "Jens Weber folgt als Chef von Globex auf Mara Lind.",
    ],
)
def test_a_succession_whose_verb_stands_apart(reader, text):
    """Before, the predecessor after an auxiliary was read as coming too, and "folgt … auf" with words
    between gave no move."""
    assert hands_over(moves(reader.read(text, language="de")), "Mara Lind", "Jens Weber", "Globex")


def test_a_post_handed_over_to_someone(reader):
    """ "an X" before the particle of "gibt … ab": X takes the post. Before, X left Globex."""
    found = moves(reader.read("Mara Lind gibt den Vorsitz bei Globex an Jens Weber ab.", language="de"))
    assert hands_over(found, "Mara Lind", "Jens Weber", "Globex")


@pytest.mark.parametrize(
    ("text", "move"),
    [
        ("Mara Lind läuft zu Vantor über.", ("Mara Lind", None, "Vantor")),
        ("Mara Lind folgt einem Ruf an die Universität Helicon.", ("Mara Lind", None, "Universität Helicon")),
    ],
)
def test_going_over_and_following_a_call(reader, text, move):
    """Before, no move: "über" ends the clause, and "folgt" was no verb of accepting a call."""
    assert move in moves(reader.read(text, language="de"))


def test_news_that_came_as_a_surprise_comes_nowhere(reader):
    """ "kam" is a verb of coming; in "kam überraschend" it came as news. Before, Mara Lind joined Quorra."""
    found = moves(reader.read("Der Rücktritt von Mara Lind als Chefin von Quorra kam überraschend.", language="de"))
    assert found == {("Mara Lind", "Quorra", None)}


def test_a_move_called_off_is_none(reader):
    """ "ist vom Tisch": the move will not happen. Before, a move from "Tisch" to Globex."""
    assert not reader.read("Ein Wechsel von Jens Weber zu Globex ist vom Tisch.", language="de")


@pytest.mark.parametrize(
    "text",
    [
        "Die Fans folgen dem Team auf Schritt und Tritt.",  # "folgen … auf" without a predecessor
        "Quorra gibt die Zahlen von Mara Lind bekannt.",  # a statement of no noun of moving
        "Mara Lind gibt das Wort an Jens Weber ab.",  # no post given up
    ],
)
def test_the_new_rules_do_not_overreach(reader, text):
    """Guards of the rules above: a verb and a preposition with words between, a statement, "an" before
    "ab" tell a move only with a word of moving."""
    assert not reader.read(text, language="de")
