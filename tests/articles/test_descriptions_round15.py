"""Descriptions of a person named before (issue 25): the press names someone once and then, in the
sentence that tells the move, calls them by a description -- a definite article and an age ("The
52-year-old", "il 46enne", "le technicien de 49 ans"), a noun of where they are from ("The Scot",
"L'Argentin", "Der Brite", "il tedesco") or a role after title words and an organisation's name ("The
former Quorra executive"). Such a description, with no name in it, is the one person the sentence(s)
before named, as a pronoun or a plain role ("Der Trainer") already was; with two people before (a
subject "X and Y"), or with an indefinite article ("A 52-year-old engineer": someone new), nobody
named before moves. A noun of where someone is from is no organisation ("le remplaçant du Chilien"),
and an age is no time spent somewhere ("de 49 ans" is not "after 49 years at").

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up."""

from __future__ import annotations

import pytest

from support.articles import moves

EN = "Mara Lind led research at Quorra for a decade. "
DE = "Mara Lind leitete die Forschung bei Quorra. "
ES = "Mara Lind dirigió la investigación de Quorra durante diez años. "
FR = "Mara Lind dirigeait la recherche chez Quorra depuis dix ans. "
IT = "Mara Lind guidava la ricerca di Quorra da dieci anni. "


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", EN + "The 52-year-old is joining Globex as chief scientist."),
        ("it", IT + "Il 46enne si trasferisce al Globex."),
        ("it", IT + "La 46enne è passata al Globex."),
        ("es", ES + "El hombre de 49 años se incorpora ahora a Globex."),
    ],
)
def test_an_age_is_the_one_person_named_before(reader, language, text):
    """Before, an age was a description only in German ('Der 45-Jährige', a role word)."""
    assert moves(reader.read(text, language=language)) == {("Mara Lind", None, "Globex")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", FR + "Le technicien de 49 ans a rejoint Globex."),
        ("it", IT + "Il tecnico di 46 anni è passato al Globex."),
    ],
)
def test_an_age_after_a_noun_is_no_time_spent_at_the_organisation_after_it(reader, language, text):
    """Before, 'de 49 ans' read as a tenure ('after 49 years at'): Globex was where the person left."""
    assert moves(reader.read(text, language=language)) == {("Mara Lind", None, "Globex")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", EN + "The Scot joined Globex in May."),
        ("en", EN + "The Spaniard has joined Globex."),
        ("fr", FR + "L'Argentin a rejoint Globex."),
        ("fr", FR + "Le Chilien a rejoint Globex en mai."),
        ("de", DE + "Der Brite wechselt nun zu Globex."),
        ("it", IT + "Il tedesco è passato al Globex."),
        ("es", ES + "El alemán se incorpora ahora a Globex."),
    ],
)
def test_a_noun_of_where_one_is_from_is_the_one_person_named_before(reader, language, text):
    """Before, only such nouns with a known ending ('Der Vorarlberger', 'el argentino') were; the
    capitalised ones of English and French were read as organisations or nothing."""
    assert moves(reader.read(text, language=language)) == {("Mara Lind", None, "Globex")}


@pytest.mark.parametrize(
    ("text", "origin"),
    [
        (EN + "The former Quorra executive joined Globex in May.", "Quorra"),
        ("Mara Lind led research at Vantor for a decade. The former Vantor chief scientist joined Globex.", "Vantor"),
    ],
)
def test_a_role_after_title_words_and_an_organisation_is_the_one_person_named_before(reader, text, origin):
    assert moves(reader.read(text, language="en")) == {("Mara Lind", origin, "Globex")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mara Lind and Jane Doe led research at Quorra. The 52-year-old is joining Globex."),
        ("de", "Mara Lind und Jane Doe leiteten die Forschung bei Quorra. Die 45-Jährige wechselt nun zu Globex."),
        ("fr", "Mara Lind et Jane Doe dirigeaient la recherche chez Quorra. L'Argentin a rejoint Globex."),
        ("en", "Mara Lind and Jane Doe led research at Quorra. She is joining Globex."),
    ],
)
def test_two_people_before_are_no_one_to_refer_to(reader, language, text):
    """Two people as the subject before: the description (or pronoun) could be either, nobody is guessed.
    Before, the first of them moved."""
    found = moves(reader.read(text, language=language))
    assert not {move for move in found if move[0] in ("Mara Lind", "Jane Doe")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mara Lind led research at Quorra. A 52-year-old engineer is joining Globex."),
        ("fr", "Mara Lind dirigeait la recherche chez Quorra. Un technicien de 49 ans a rejoint Globex."),
        ("en", EN + "The German club joined the league in May."),
    ],
)
def test_a_new_person_or_an_adjective_is_not_the_one_named_before(reader, language, text):
    """An indefinite article introduces someone new; 'The German club' is a club, no person."""
    assert not {move for move in moves(reader.read(text, language=language)) if move[0] == "Mara Lind"}


def test_a_noun_of_where_one_is_from_is_no_organisation(reader):
    text = (
        "Manuel Pellegrini a quitté le club avec effet immédiat. "
        # real: fr-033-footmercato-jardim-motta-pellegrini.yaml
        "Le remplaçant du Chilien n’a pas été dévoilé pour le moment mais il aura fort à faire car les Hammers "
        "pointent actuellement à la dix-septième place en Premier League, avec seulement un point d’avance (mais "
        "un match en moins) sur le premier relégable, Aston Villa."
    )
    found = reader.read(text, language="fr")
    assert not [c for c in found if "Chilien" in (c.from_, c.to)]


def test_time_spent_somewhere_is_still_the_origin(reader):
    """'después de siete años en Quorra' is a tenure, no age: Quorra is where she leaves."""
    found = moves(reader.read("Mara Lind se incorpora a Globex después de siete años en Quorra.", language="es"))
    assert found == {("Mara Lind", "Quorra", "Globex")}
