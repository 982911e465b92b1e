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
