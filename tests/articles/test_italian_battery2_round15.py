"""A second battery of Italian (and French) press phrases of taking, leaving and keeping a post (issue 25),
with organisations the record does not know yet:

- phrases of taking a post or joining, whose organisation is the destination: "assume la carica di ad di
  Globex", "va a rafforzare Globex", "aderisce al Partito Blu", "si è legato a Globex", "ha detto sì a
  Globex", "è stato chiamato a dirigere Globex", "intègre Globex";
- a court, a division or a board after a verb of joining is a post ("passa alla corte di Globex", "guiderà
  la divisione europea di Globex", "è entrato a far parte del consiglio di amministrazione di Globex",
  "intègre le conseil d'administration de Globex"): its "di"/"de" names the destination, not an origin;
- a successor named as the agent of a place taken ("il suo posto sarà preso da Y"), a team handed to
  someone ("ha affidato la squadra a Y"), a farewell ("fait ses adieux à Quorra");
- a formative or long time at an earlier employer in an apposition ("cresciuto in Quorra", "a lungo in
  Quorra") is where the person comes from;
- a phrase of staying whose words hold one of moving ("resta alla guida di Globex", "rimane alla guida",
  "reste à la tête de Globex") is a stay: its word of moving is no move's;
- an apposition of where someone has been since a time or up to a recent day ("X, in Quorra dal 2015, approda
  in Globex", "X, chez Quorra depuis 2015, rejoint Globex", "X, fino a ieri in Quorra, approda a Globex") is
  where the person comes from;
- an organisation that opens a sentence announcing someone's arrival or departure ("Globex annuncia l'arrivo
  di X", "Quorra a annoncé le départ de X") is where that person goes or leaves.

The sentences are made up: the development corpus has none of these shapes with an organisation the
record does not know."""

from __future__ import annotations

import pytest

from support.articles import hands_over, moves


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", "Marco Rossi assume la carica di amministratore delegato di Globex.", "Marco Rossi"),
        ("it", "Marco Rossi assume la carica di ad di Globex.", "Marco Rossi"),
        ("it", "Marco Rossi va a rafforzare Globex.", "Marco Rossi"),
        ("it", "Marco Rossi si è legato a Globex fino al 2028.", "Marco Rossi"),
        ("it", "Marco Rossi ha detto sì a Globex.", "Marco Rossi"),
        ("it", "Marco Rossi è stato chiamato a dirigere Globex.", "Marco Rossi"),
        ("it", "Marco Rossi è entrato a far parte del consiglio di amministrazione di Globex.", "Marco Rossi"),
        ("it", "Marco Rossi passa alla corte di Globex.", "Marco Rossi"),
        ("it", "Marco Rossi guiderà la divisione europea di Globex.", "Marco Rossi"),
        ("fr", "Luc Martin intègre Globex.", "Luc Martin"),
        ("fr", "Luc Martin intègre Globex en tant que directeur financier.", "Luc Martin"),
        ("fr", "Luc Martin intègre le conseil d'administration de Globex.", "Luc Martin"),
    ],
)
def test_a_phrase_of_taking_a_post_names_the_destination(reader, language, text, name):
    """Before, these phrases were no words of moving (no move), or the "di"/"de" after the post made Globex
    the origin."""
    assert moves(reader.read(text, language=language)) == {(name, None, "Globex")}


@pytest.mark.parametrize(
    "text",
    [
        "Marco Rossi aderisce al Partito Blu.",
        "Marco Rossi ha aderito al Partito Blu.",
    ],
)
def test_joining_a_party_is_a_move(reader, text):
    """Before, "aderisce a" (joining a party or a group) was no word of moving."""
    assert moves(reader.read(text, language="it")) == {("Marco Rossi", None, "Partito Blu")}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", "Marco Rossi, cresciuto in Quorra, approda in Globex.", "Marco Rossi"),
        ("it", "Marco Rossi, a lungo in Quorra, approda in Globex.", "Marco Rossi"),
    ],
)
def test_a_long_or_formative_time_at_an_employer_is_the_origin(reader, language, text, name):
    """Before, "in Quorra" after "cresciuto" or "a lungo" read as where the person went."""
    assert moves(reader.read(text, language=language)) == {(name, "Quorra", "Globex")}


def test_a_place_taken_by_someone_names_the_successor(reader):
    """Before, the successor after "il suo posto sarà preso da" was no mover."""
    found = moves(reader.read("Marco Rossi lascia Quorra: il suo posto sarà preso da Mara Lind.", language="it"))
    assert hands_over(found, "Marco Rossi", "Mara Lind", "Quorra")


def test_a_team_handed_to_someone_is_a_hire(reader):
    """Before, "ha affidato la squadra a" hired nobody: only the dismissal was read."""
    text = "L'AS Ribera ha esonerato Marco Rossi e ha affidato la squadra a Mara Lind."
    assert hands_over(moves(reader.read(text, language="it")), "Marco Rossi", "Mara Lind", "AS Ribera")


def test_a_farewell_leaves(reader):
    """Before, "fait ses adieux à" was no word of moving."""
    found = moves(reader.read("Luc Martin fait ses adieux à Quorra.", language="fr"))
    assert found == {("Luc Martin", "Quorra", None)}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", "Marco Rossi resta alla guida di Globex.", "Marco Rossi"),
        ("it", "Marco Rossi rimane alla guida di Globex.", "Marco Rossi"),
        ("fr", "Luc Martin reste à la tête de Globex.", "Luc Martin"),
    ],
)
def test_staying_at_the_head_is_a_stay(reader, language, text, name):
    """Before, "alla guida" and "à la tête" inside the phrase of staying made it a move to Globex (or, in
    French, no candidate at all)."""
    found = reader.read(text, language=language)
    assert [(c.person, c.to, c.kind) for c in found] == [(name, "Globex", "stay")]


@pytest.mark.parametrize(
    "text",
    [
        "Globex accoglie con favore la decisione di Marco Rossi.",
        "Marco Rossi ha sollevato dubbi sulla strategia di Globex.",
        "Il progetto di Globex è stato affidato a Marco Rossi.",
        "Marco Rossi ha detto no a Globex.",
    ],
)
def test_words_near_the_new_phrases_tell_no_move(reader, text):
    """Guards, which pass without this battery too: the words it tried and dropped ("accoglie", "ha
    sollevato", "affidato a" made these moves) must stay out, and "ha detto no a" is no "ha detto sì a"."""
    assert moves(reader.read(text, language="it")) == set()


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("it", "Globex annuncia l'arrivo di Marco Rossi.", ("Marco Rossi", None, "Globex")),
        ("it", "Globex ha ufficializzato l'ingaggio di Marco Rossi.", ("Marco Rossi", None, "Globex")),
        ("it", "Quorra annuncia le dimissioni di Marco Rossi.", ("Marco Rossi", "Quorra", None)),
        ("fr", "Globex officialise l'arrivée de Luc Martin.", ("Luc Martin", None, "Globex")),
        ("fr", "Quorra a annoncé le départ de Luc Martin.", ("Luc Martin", "Quorra", None)),
        # the organisation after the name is the noun's, not the speaker's
        ("it", "Globex annuncia l'arrivo di Marco Rossi alla guida di Vantor.", ("Marco Rossi", None, "Vantor")),
    ],
)
def test_an_organisation_that_announces_a_move_of_someone_is_its_side(reader, language, text, expected):
    """Before, the Italian and French lists of verbs of a statement were empty, and the organisation that
    opens the sentence was read as one only before a verb of hiring, dismissing or losing: no move. A noun
    of leaving after it makes it the origin (the English "the departure of" was read so already)."""
    assert moves(reader.read(text, language=language)) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", "Marco Rossi, in Quorra dal 2015, approda in Globex.", "Marco Rossi"),
        ("it", "Marco Rossi, alla Quorra dal 2019, passa alla Globex.", "Marco Rossi"),
        ("fr", "Luc Martin, chez Quorra depuis 2015, rejoint Globex.", "Luc Martin"),
        ("en", "Jane Doe, at Quorra since 2015, joins Globex.", "Jane Doe"),
        # up to a recent day: a phrase of the time up to now
        ("it", "Marco Rossi, fino a ieri in Quorra, approda a Globex.", "Marco Rossi"),
        ("fr", "Luc Martin, jusqu'à hier chez Quorra, rejoint Globex.", "Luc Martin"),
    ],
)
def test_an_apposition_of_where_someone_has_been_since_a_time_is_the_origin(reader, language, text, name):
    """Before, the marker of where someone is ("in", "alla", "chez", "at") made Quorra the destination, and
    the sentence's own destination was lost."""
    assert moves(reader.read(text, language=language)) == {(name, "Quorra", "Globex")}
