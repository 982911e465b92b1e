"""German and Spanish sentence shapes, fourteenth round (issue 25): a German separable verb is read
with its particle at the clause's end, in every person and tense and in both orders ("hört beim HSV
auf", "weil er beim HSV aufhört", "hat beim HSV aufgehört", "tritt als Trainer des HSV zurück",
"tritt der CDU bei"), also when a second verb follows with "und"; a conjunction opening a
subordinate clause ("Nachdem", "Weil") is no part of the name after it. Each shape is checked with
its equivalent in another language, which the reader already read right.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up: the separable verbs of leaving, particle at the clause's end, and their equivalents
        ("de", "Markus Gisdol hört beim Hamburger SV auf."),
        ("de", "Markus Gisdol hat beim Hamburger SV aufgehört."),
        ("de", "Weil Markus Gisdol beim Hamburger SV aufhört, sucht der Verein einen Trainer."),
        ("de", "Markus Gisdol tritt als Trainer des Hamburger SV zurück."),
        ("de", "Markus Gisdol ist beim Hamburger SV zurückgetreten."),
        ("de", "Nachdem Markus Gisdol den Hamburger SV verlassen hatte, kam Dieter Hecking."),
        ("es", "Markus Gisdol deja de ser entrenador del Hamburger SV."),
        ("en", "Markus Gisdol stepped down at Hamburger SV."),
    ],
)  # fmt: skip
def test_a_separable_verb_of_leaving_leaves(reader, language, text):
    """Before, "hört … auf" was no move, "tritt … zurück" read "tritt" alone (joins) and came to the
    club, and "Nachdem Markus Gisdol" was the name."""
    found = moves(reader.read(text, language=language))
    assert ("Markus Gisdol", "Hamburger SV", None) in found
    assert not any(person == "Markus Gisdol" and to is not None for person, _from, to in found)


@pytest.mark.parametrize(
    ("language", "text", "person", "organisation"),
    [
        # made up: the separable verbs of joining and their equivalents
        ("de", "Markus Gisdol fängt beim Hamburger SV an.", "Markus Gisdol", "Hamburger SV"),
        ("de", "Markus Gisdol hat beim Hamburger SV angefangen.", "Markus Gisdol", "Hamburger SV"),
        ("de", "Erika Steinbach tritt der FDP bei.", "Erika Steinbach", "FDP"),
        ("de", "Erika Steinbach ist der FDP beigetreten.", "Erika Steinbach", "FDP"),
        ("es", "Markus Gisdol ficha por el Hamburger SV.", "Markus Gisdol", "Hamburger SV"),
    ],
)  # fmt: skip
def test_a_separable_verb_of_joining_joins(reader, language, text, person, organisation):
    found = moves(reader.read(text, language=language))
    assert (person, None, organisation) in found


@pytest.mark.parametrize(
    ("language", "text", "organisation"),
    [
        # made up: a second verb joined by "und" ends the first verb's clause
        ("de", "Nikolaus Athanassiadis trat am 12. Oktober 2000 aus der FDP aus und war danach fraktionslos.",
         "FDP"),
        ("de", "Nikolaus Athanassiadis trat aus der CDU aus und blieb im Stadtparlament.", "CDU"),
        ("es", "Nikolaus Athanassiadis abandonó el PSOE y siguió en el Congreso.", "PSOE"),
    ],
)  # fmt: skip
def test_a_particle_before_and_ends_its_clause(reader, language, text, organisation):
    found = moves(reader.read(text, language=language))
    assert ("Nikolaus Athanassiadis", organisation, None) in found


def test_a_separable_verb_of_leaving_then_a_verb_of_joining(reader):
    """Made up: before, "hört beim HSV auf" was read as coming to the club."""
    found = moves(reader.read("Markus Gisdol hört beim Hamburger SV auf und wechselt zum VfL Wolfsburg.",
                              language="de"))  # fmt: skip
    assert ("Markus Gisdol", "Hamburger SV", "VfL Wolfsburg") in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up: a post no longer held, in each language
        ("es", "Luis García ya no es entrenador del Real Zaragoza."),
        ("fr", "Luis García n'est plus l'entraîneur du Real Zaragoza."),
        ("it", "Luis García non è più l'allenatore del Real Zaragoza."),
        ("en", "Luis García is no longer coach of Real Zaragoza."),
        ("de", "Luis García ist nicht mehr Trainer von Real Zaragoza."),
    ],
)  # fmt: skip
def test_a_post_no_longer_held_is_left(reader, language, text):
    found = moves(reader.read(text, language=language))
    assert ("Luis García", "Real Zaragoza", None) in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up: a club dismisses by "cesa a", as by "destituye a"
        ("es", "El Real Zaragoza cesa a Luis García."),
        ("es", "El Real Zaragoza destituye a Luis García."),
        ("it", "Il Real Zaragoza esonera Luis García."),
    ],
)  # fmt: skip
def test_a_club_that_dismisses_is_left(reader, language, text):
    found = moves(reader.read(text, language=language))
    assert ("Luis García", "Real Zaragoza", None) in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up after es-013: Spanish's personal "a" after a verb of hiring or dismissing names a person
        ("es", "El Extremadura rescindió el contrato a Juan Sabas y fichó a Rodri para el banquillo."),
        ("es", "El Extremadura destituyó a Juan Sabas y contrató a Rodri."),
        ("de", "Der Extremadura trennte sich von Juan Sabas und holte Rodri."),
    ],
)  # fmt: skip
def test_a_single_name_after_the_personal_a_is_no_organisation(reader, language, text):
    """Before, "a Rodri" was read as a new club, Sabas's destination."""
    found = moves(reader.read(text, language=language))
    assert ("Juan Sabas", "Extremadura", None) in found
    assert not any(to == "Rodri" or origin == "Rodri" for _person, origin, to in found)
