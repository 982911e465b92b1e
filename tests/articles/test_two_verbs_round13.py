"""One subject, two verbs, two people, thirteenth round (issue 25): a club or a company dismisses one
person and appoints another in one sentence ("le Genoa s'est séparé de X et a nommé Y"), and each
person takes the side of the verb that governs them: the one dismissed leaves the organisation, the
one appointed comes to it.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest

from support.articles import moves


def test_the_object_of_a_dismissal_is_no_hirer_of_the_next_verb_real(reader):
    """Real (fr-033): before, Motta was read as the subject of "a nommé", the hirer, and left out."""
    text = "En Italie, le Genoa s’est séparé de Thiago Motta et a nomme Davide Nicola comme nouvel entraîneur."
    found = moves(reader.read(text, language="fr"))
    assert ("Thiago Motta", "Genoa", None) in found
    assert ("Davide Nicola", None, "Genoa") in found


@pytest.mark.parametrize(
    ("language", "text", "dismissed", "hired", "club"),
    [
        # made up: the corpus has no such sentence in these languages
        ("fr", "Le Genoa s’est séparé de Thiago Motta et a nommé Davide Nicola.", "Thiago Motta", "Davide Nicola",
         "Genoa"),
        ("de", "Der Hamburger SV trennte sich von Markus Gisdol und holte Dieter Hecking.", "Markus Gisdol",
         "Dieter Hecking", "Hamburger SV"),
        ("it", "Il Genoa si è separato da Alberto Gilardino e ha scelto Patrick Vieira.", "Alberto Gilardino",
         "Patrick Vieira", "Genoa"),
    ],
)  # fmt: skip
def test_the_object_of_a_phrase_of_dismissal_leaves_and_the_hired_one_comes(reader, language, text, dismissed,
                                                                              hired, club):  # fmt: skip
    """The preposition of "trennte sich von", "si è separato da" is the phrase's own: the name after it
    is its object, not an agent or a bystander the preposition governs."""
    found = moves(reader.read(text, language=language))
    assert (dismissed, club, None) in found
    assert (hired, None, club) in found


@pytest.mark.parametrize(
    ("language", "text", "dismissed", "hired", "club"),
    [
        # made up; guards: these were read right before this round
        ("es", "El Sevilla destituyó a Jorge Sampaoli y contrató a Eduardo Berizzo.", "Jorge Sampaoli",
         "Eduardo Berizzo", "Sevilla"),
        ("it", "Il Genoa ha esonerato Alberto Gilardino e ha scelto Patrick Vieira.", "Alberto Gilardino",
         "Patrick Vieira", "Genoa"),
    ],
)  # fmt: skip
def test_a_dismissal_and_a_hiring_with_one_subject_guard(reader, language, text, dismissed, hired, club):
    found = moves(reader.read(text, language=language))
    assert (dismissed, club, None) in found
    assert (hired, None, club) in found
