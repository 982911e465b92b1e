"""How the French and Italian press tells a move in an apposition or a set phrase (issue 25), with
organisations the record does not know yet:

- a former employer after "ex" in an apposition right after the name ("Luc Martin, ex-Quorra, rejoint
  Globex", "Marco Rossi, ex Quorra, entra in Globex") or after a phrase of a career ("passé par Quorra",
  "passato per Quorra") is where the person comes from;
- a name right after a phrase of moving of several words whose last word is no marker ("firma con
  Globex", "va diriger Globex", "va a guidare Globex") is an organisation, where the person goes;
- "au profit de", "a favore di" after an organisation that loses someone name where that person goes
  ("Quorra perd Luc Martin au profit de Globex");
- the elided article that opens a sentence is no part of a club's name ("L'AS Ribera limoge …");
- the Italian present "nomina" hires ("Globex nomina Marco Rossi direttore generale"), and a French
  transfer ("est transféré de Quorra à Globex") is a move.

The sentences are made up: the development corpus has these shapes only with organisations the record
knows already, which the reader found before."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Luc Martin, ex-Quorra, rejoint Globex."),
        ("fr", "Globex recrute Luc Martin, ex-Quorra."),
        ("it", "Marco Rossi, ex Quorra, entra in Globex."),
        ("it", "Globex ingaggia Marco Rossi, ex Quorra."),
    ],
)
def test_a_former_employer_after_ex_in_an_apposition_is_the_origin(reader, language, text):
    """Before, an organisation the record does not know was no organisation after "ex" (no marker before
    it), and in "ex-Quorra, rejoint Globex" the word of an earlier post made Globex the origin."""
    name = "Luc Martin" if language == "fr" else "Marco Rossi"
    assert moves(reader.read(text, language=language)) == {(name, "Quorra", "Globex")}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Luc Martin, passé par Quorra, rejoint Globex.", "Luc Martin"),
        ("fr", "Passé par Quorra, Luc Martin rejoint Globex.", "Luc Martin"),
        ("it", "Marco Rossi, passato per Quorra, approda a Globex.", "Marco Rossi"),
        ("it", "Marco Rossi, che ha militato nella Quorra, approda a Globex.", "Marco Rossi"),
    ],
)
def test_an_organisation_after_a_phrase_of_a_career_is_the_origin(reader, language, text, name):
    """Before, "par" and "per" named no organisation there ("passato per" read as the "per" of a
    destination)."""
    assert moves(reader.read(text, language=language)) == {(name, "Quorra", "Globex")}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("it", "Marco Rossi firma con Globex.", "Marco Rossi"),
        ("it", "Marco Rossi va a guidare Globex.", "Marco Rossi"),
        ("fr", "Luc Martin va diriger Globex.", "Luc Martin"),
        ("fr", "Luc Martin dirigera Globex dès janvier.", "Luc Martin"),
        ("it", "Globex nomina Marco Rossi direttore generale.", "Marco Rossi"),
    ],
)
def test_a_name_after_a_phrase_of_moving_of_several_words_is_the_destination(reader, language, text, name):
    """Before, only a marker ("à", "a", "chez") or a verb of one word made the next capitalised word an
    organisation: "con" and "diriger" did not."""
    assert moves(reader.read(text, language=language)) == {(name, None, "Globex")}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "Luc Martin est transféré de Quorra à Globex.", "Luc Martin"),
        ("fr", "Quorra perd Luc Martin au profit de Globex.", "Luc Martin"),
        ("it", "Quorra perde Marco Rossi a favore di Globex.", "Marco Rossi"),
        ("it", "Quorra ha perso Marco Rossi a vantaggio della Globex.", "Marco Rossi"),
    ],
)
def test_a_transfer_and_a_loss_in_favour_of_another_name_both_sides(reader, language, text, name):
    assert moves(reader.read(text, language=language)) == {(name, "Quorra", "Globex")}


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("fr", "L'AS Ribera limoge son entraîneur Luc Martin.", "Luc Martin"),
        ("it", "L'AS Ribera esonera Marco Rossi.", "Marco Rossi"),
    ],
)
def test_an_elided_article_opening_the_sentence_is_no_part_of_a_clubs_name(reader, language, text, name):
    """Before, the club was "L'AS Ribera"."""
    assert moves(reader.read(text, language=language)) == {(name, "AS Ribera", None)}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # a career in brackets, or a role after "ex", is no origin of this move
        ("it", "Marco Rossi (ex Quorra e Vantor) firma con Globex.", {("Marco Rossi", None, "Globex")}),
        ("fr", "Luc Martin, ex-Premier ministre, va diriger Globex.", {("Luc Martin", None, "Globex")}),
        ("it", "Marco Rossi, ex Ceo di Quorra, firma con Globex.", {("Marco Rossi", "Quorra", "Globex")}),
        # a denial: no move
        ("it", "Marco Rossi smentisce il passaggio a Globex.", set()),
        ("fr", "Luc Martin dément son départ pour Globex.", set()),
        ("it", "Marco Rossi smentisce di voler firmare con Globex.", set()),
    ],
)
def test_what_the_new_shapes_do_not_read_as_a_move(reader, language, text, expected):
    """Guards of precision: "ex" names an origin only in an apposition right after a name and before an
    organisation, not before a role nor in brackets; a phrase of moving denied proposes nothing."""
    assert moves(reader.read(text, language=language)) == expected
