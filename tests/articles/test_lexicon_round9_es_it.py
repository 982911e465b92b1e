"""The ninth round's Spanish and Italian word lists (issue 25): the vocabulary of job moves completed
from the language — a verb of moving in its tenses and persons, the nouns of those acts and the
idioms the press uses — rather than from the corpus's misses. Made-up sentences, read against the
shipped record's organisations as ``bench/candidates.py`` reads them. Only the person and the
organisations are checked where the side an idiom gives its organisation is the rules' business
('toma las riendas de X' reads X as the origin)."""

from __future__ import annotations

import pytest

from support.articles import moves


def _people_and_organisations(found) -> set[tuple]:
    """(person, the organisations of the move) of each candidate, sides aside."""
    return {(c.person, frozenset(filter(None, (c.from_, c.to)))) for c in found}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lucía Gómez saldrá de Google en marzo.", ("Lucía Gómez", "Google", None)),
        ("Javier Marín se desvincula de Santander.", ("Javier Marín", "Santander", None)),
        ("Ana Pérez se jubilará en BBVA.", ("Ana Pérez", "BBVA", None)),
        ("Jorge Díaz aterriza en Meta tras cinco años en Google.", ("Jorge Díaz", "Google", "Meta")),
        ("Jorge Díaz recala en Anthropic como investigador principal.", ("Jorge Díaz", None, "Anthropic")),
        ("El desembarco de Marta López en OpenAI se hizo oficial el lunes.", ("Marta López", None, "OpenAI")),
        ("La marcha de Ana Pérez a Meta sorprendió a todos.", ("Ana Pérez", None, "Meta")),
        ("Meta se hace con los servicios de Ana Pérez.", ("Ana Pérez", None, "Meta")),
        ("Telefónica designa a Ana Pérez como consejera delegada.", ("Ana Pérez", None, "Telefónica")),
        ("Ana Pérez aceptó el reto de dirigir OpenAI.", ("Ana Pérez", None, "OpenAI")),
        ("Jorge Díaz ingresa en el Partido Popular.", ("Jorge Díaz", None, "Partido Popular")),
        ("Carlos Ruiz llegará al Real Betis en enero.", ("Carlos Ruiz", None, "Real Betis")),
    ],
)
def test_spanish_words_of_moving_in_their_forms_nouns_and_idioms(reader, sentence, expected):
    """'saldrá de', 'se desvincula', 'se jubilará', 'aterriza en', 'recala en', 'el
    desembarco de', 'la marcha de', 'se hace con los servicios de', 'designa', 'aceptó el reto',
    'ingresa en', 'llegará al' ('llega a' does not match 'llega al': both are listed)."""
    assert expected in moves(reader.read(sentence, language="es"))


@pytest.mark.parametrize(
    ("sentence", "person", "organisations"),
    [
        ("Luis García toma las riendas de Telefónica.", "Luis García", {"Telefónica"}),
        ("Marta López asumirá la presidencia de Telefónica.", "Marta López", {"Telefónica"}),
        ("Ana Pérez se pone al frente de OpenAI.", "Ana Pérez", {"OpenAI"}),
    ],
)
def test_spanish_idioms_of_taking_charge_find_the_move(reader, sentence, person, organisations):
    """'toma las riendas de', 'asumirá la presidencia de', 'se pone al frente de': the person and the
    organisation (which side 'de' gives it is the rules' business)."""
    assert (person, frozenset(organisations)) in _people_and_organisations(reader.read(sentence, language="es"))


def test_spanish_succession_idioms_name_the_predecessor_and_the_successor(reader):
    """'tomó el relevo de X' (active: X leaves), 'cede el testigo a Y' (passive: Y comes)."""
    found = moves(reader.read("Pedro Sánchez tomó el relevo de Ana Botín en el Banco Santander.", language="es"))
    assert {("Pedro Sánchez", None, "Banco Santander"), ("Ana Botín", "Banco Santander", None)} <= found
    found = moves(reader.read("Carlos Ruiz, que cede el testigo a Ana Pérez, deja Repsol.", language="es"))
    assert {("Carlos Ruiz", "Repsol", None), ("Ana Pérez", None, "Repsol")} <= found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Lucas Beyer ha annunciato il suo ingresso in Meta.", ("Lucas Beyer", None, "Meta")),
        ("Marco Rossi prende le redini della Juventus.", ("Marco Rossi", None, "Juventus")),
        ("Marco Rossi siederà sulla panchina del Napoli.", ("Marco Rossi", None, "Napoli")),
        ("Marco Rossi si trasferisce a Meta dopo cinque anni in Google.", ("Marco Rossi", "Google", "Meta")),
        ("Marco Rossi è stato sollevato dall'incarico dalla Fiorentina.", ("Marco Rossi", "Fiorentina", None)),
        ("Marco Rossi si è congedato dalla Juventus.", ("Marco Rossi", "Juventus", None)),
        ("Marco Rossi uscirà dalla Juventus a giugno.", ("Marco Rossi", "Juventus", None)),
        ("Marco Rossi se n'è andato da Google.", ("Marco Rossi", "Google", None)),
        ("Il Napoli ha messo alla porta Marco Rossi.", ("Marco Rossi", "Napoli", None)),
        ("La Roma si assicura Marco Rossi.", ("Marco Rossi", None, "Roma")),
        ("Il Genoa affida la panchina a Marco Rossi.", ("Marco Rossi", None, "Genoa")),
        ("Marco Rossi ha accettato la sfida della Lazio.", ("Marco Rossi", None, "Lazio")),
    ],
)
def test_italian_words_of_moving_in_their_forms_nouns_and_idioms(reader, sentence, expected):
    """'ingresso in', 'prende le redini', 'siederà sulla panchina', 'si trasferisce', 'sollevato
    dall'incarico', 'si è congedato', 'uscirà dalla', 'se n'è andato', 'ha messo alla porta', 'si assicura', 'affida la
    panchina', 'ha accettato la sfida'."""
    assert expected in moves(reader.read(sentence, language="it"))


def test_italian_succession_idioms_name_the_predecessor_and_the_successor(reader):
    """'raccoglie l'eredità di X', 'subentra a X' (X leaves); 'lascia il posto a Y' (Y comes)."""
    found = moves(reader.read("Marco Rossi raccoglie l'eredità di Luca Bianchi alla Ferrari.", language="it"))
    assert {("Marco Rossi", None, "Ferrari"), ("Luca Bianchi", "Ferrari", None)} <= found
    found = moves(reader.read("Marco Rossi subentra a Luca Bianchi alla guida del Milan.", language="it"))
    assert {("Marco Rossi", None, "Milan"), ("Luca Bianchi", "Milan", None)} <= found
    found = moves(reader.read("Marco Rossi lascia il posto a Luca Bianchi alla Juventus.", language="it"))
    assert {("Marco Rossi", "Juventus", None), ("Luca Bianchi", None, "Juventus")} <= found


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "El Real Madrid se va a enfrentar al Barcelona, dijo Carlos Ancelotti."),
        ("es", "Ana Pérez pone en marcha un proyecto con Google."),
        ("es", "Según Pedro Sánchez, Telefónica va a presentar resultados."),
        ("it", "Marco Rossi passa la palla a Luca Bianchi durante la partita con la Juventus."),
        ("it", "Marco Rossi, entrato nel 2015 in Google, lavora ancora lì."),
    ],
)
def test_a_common_word_in_another_sense_is_no_word_of_moving(reader, language, sentence):
    """Not listed alone: 'se va a' (the future of any verb), 'marcha' ('pone en marcha': starts), 'va a',
    'passa' (passes a ball), 'entrato nel' ('nel 2015': a year follows, not an organisation)."""
    assert reader.read(sentence, language=language) == []
