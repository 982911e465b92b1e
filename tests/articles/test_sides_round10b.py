"""Sides the small word of an idiom would get wrong (issue 25, tenth round): the "of" after a post
someone takes, the "a" after a word of leaving, an apposition of an earlier post."""

from __future__ import annotations

import pytest

from support.articles import moves

# a verb of taking or accepting, a noun of a post and "of": where the person goes
TAKES_A_POST = [
    ("es", "Carlo Ancelotti toma las riendas de la Roma tras dejar el Napoli.", ("Carlo Ancelotti", "Napoli", "Roma")),
    ("es", "María López asumirá la presidencia de Iberdrola en enero.", ("María López", None, "Iberdrola")),
    ("es", "Juan Pérez asume el cargo de director general de Repsol.", ("Juan Pérez", None, "Repsol")),
    ("es", "Ana Gómez sustituye a Luis Pérez al frente del Betis.", ("Ana Gómez", None, "Betis")),
    ("fr", "Jean Dupont prend la tête de Renault.", ("Jean Dupont", None, "Renault")),
    ("fr", "Jean Dupont prend les rênes de Renault.", ("Jean Dupont", None, "Renault")),
    ("fr", "Marie Lefèvre a succédé à Paul Durand à la tête de Renault.", ("Marie Lefèvre", None, "Renault")),
    ("it", "Mario Rossi prende il timone di Microsoft.", ("Mario Rossi", None, "Microsoft")),
    ("it", "Mario Rossi è entrato a far parte di Eni.", ("Mario Rossi", None, "Eni")),
    ("en", "John Smith took the reins of Microsoft after leaving Google.", ("John Smith", "Google", "Microsoft")),
    ("en", "Jane Doe assumed the leadership of Microsoft in May.", ("Jane Doe", None, "Microsoft")),
    ("de", "Hans Müller übernimmt die Leitung von Microsoft.", ("Hans Müller", None, "Microsoft")),
]


@pytest.mark.parametrize(("language", "text", "move"), TAKES_A_POST)
def test_a_post_taken_names_the_destination(reader, language, text, move) -> None:
    assert move in moves(reader.read(text, language=language))


# the same noun after a verb of leaving: where the person was
LEAVES_A_POST = [
    ("es", "Pedro Ruiz deja la presidencia de Iberdrola.", ("Pedro Ruiz", "Iberdrola", None)),
    ("en", "John Smith left the helm of Microsoft.", ("John Smith", "Microsoft", None)),
    ("fr", "Marie Lefèvre quitte la tête de Renault.", ("Marie Lefèvre", "Renault", None)),
    ("it", "Giulia Bianchi lascia la guida della Juventus.", ("Giulia Bianchi", "Juventus", None)),
]


@pytest.mark.parametrize(("language", "text", "move"), LEAVES_A_POST)
def test_a_post_left_names_the_origin(reader, language, text, move) -> None:
    assert move in moves(reader.read(text, language=language))


# an apposition that names the person's post "at" an organisation (with "then", "alors", "entonces" or
# no word of an earlier post at all): where they are, and the sentence's destination stays its own
AT_IN_AN_APPOSITION = [
    ("de", "Lars Engel, damaliger Chef bei Bahlsen, wechselt zu Griesson.", ("Lars Engel", "Bahlsen", "Griesson")),
    ("de", "Lars Engel, damaliger Deutschland-Chef bei Bahlsen, wechselt zu Meta.", ("Lars Engel", "Bahlsen", "Meta")),
    ("en", "Lars Engel, then head of sales at Google, moves to Meta.", ("Lars Engel", "Google", "Meta")),
    ("fr", "Lars Engel, alors directeur chez Google, rejoint Meta.", ("Lars Engel", "Google", "Meta")),
    ("es", "Lars Engel, entonces director en Google, ficha por Meta.", ("Lars Engel", "Google", "Meta")),
    ("it", "Lars Engel, allora direttore presso Google, passa a Meta.", ("Lars Engel", "Google", "Meta")),
]


@pytest.mark.parametrize(("language", "text", "move"), AT_IN_AN_APPOSITION)
def test_a_post_at_an_organisation_in_an_apposition_is_the_origin(reader, language, text, move) -> None:
    assert move in moves(reader.read(text, language=language))


def test_a_post_at_an_organisation_outside_an_apposition_keeps_the_verb_side(reader) -> None:
    found = moves(reader.read("Lars Engel heuert als Chef bei Meta an.", language="de"))
    assert ("Lars Engel", None, "Meta") in found


# an adverb between a verb of leaving and its object's article ("lascia invece il", "quitte aussi le"):
# still the verb's object, not the destination of the verb after "and"
ADVERB_BEFORE_THE_OBJECT = [
    ("it", "Leonardo lascia invece il Milan e torna al Psg.", ("Leonardo", "Milan", "Psg")),
    ("es", "Pedro Ruiz deja también el Sevilla y vuelve al Betis.", ("Pedro Ruiz", "Sevilla", "Betis")),
    ("fr", "Jean Dupont quitte aussi le PSG et rejoint l'OM.", ("Jean Dupont", "PSG", "OM")),
    ("de", "Hans Müller verlässt auch die SPD und wechselt zur CDU.", ("Hans Müller", "SPD", "CDU")),
]


@pytest.mark.parametrize(("language", "text", "move"), ADVERB_BEFORE_THE_OBJECT)
def test_an_adverb_does_not_part_a_verb_of_leaving_from_its_object(reader, language, text, move) -> None:
    assert move in moves(reader.read(text, language=language))
