"""What the text said earlier about a person (issue 25, round 16): the press says once who someone is,
with their organisation -- a possessive or a role before the name ("Quorra's chief scientist Mara
Lind", "der Quorra-Forscher Jan Berg"), a role of it in apposition after the name ("Mara Lind,
directora financiera de Globex") or before it ("l'amministratore delegato di Vantor, Marco Rossi",
"la directrice financière de Globex, Mara Lind"), or a bracket ("Mara Lind (Google)") -- and tells
later, in a sentence of its own that names no organisation, that the person leaves ("Lind
resigned", "Rossi lascia l'incarico", "She is stepping down", "la salida de Mara Lind"). The reader
remembers that organisation for each person and makes it the origin (pattern ``remembered``); not a
post of another time ("former", "ex-", "ehemalige", "ancien", "exdirector"), not once a move of the
person was told since, not for one who only speaks or stays, nor when a name the reader does not
know stands after a small word of an origin ("resigned from the board of Helicon").

The sentences are made up (the development corpus tells no such departure apart from its
organisation); the people's names are ones the record does not know."""

from __future__ import annotations

import pytest

from support.articles import moves

GIVEN = {
    "en": "Quorra's chief scientist Mara Lind spoke at the conference on Monday. The audience was large. ",
    "en-of": "Mara Lind, chief financial officer of Quorra, presented the results. Analysts were pleased. ",
    "de": "Die Quorra-Forscherin Mara Lind stellte das Modell vor. Die Zahlen waren gut. ",
    "de-von": "Mara Lind, Finanzchefin von Quorra, stellte die Zahlen vor. Die Analysten waren zufrieden. ",
    "es": "Mara Lind, directora financiera de Quorra, presentó los resultados. Los analistas quedaron satisfechos. ",
    "es-before": "La directora financiera de Quorra, Mara Lind, presentó los resultados. Los analistas aplaudieron. ",
    "fr": "La directrice financière de Quorra, Mara Lind, a présenté les résultats. Les analystes étaient satisfaits. ",
    "it": "L'amministratore delegato di Quorra, Mara Lind, ha presentato il piano. Gli analisti erano soddisfatti. ",
    "it-after": "Mara Lind, amministratrice delegata di Quorra, ha presentato il piano. Gli analisti erano soddisfatti. ",
}


@pytest.mark.parametrize(
    ("language", "given", "leaving"),
    [
        ("en", "en", "On Friday, Lind resigned."),
        ("en", "en", "She is stepping down at the end of the year."),
        ("en", "en-of", "Lind is stepping down at the end of the year."),
        ("de", "de", "Lind hat gekündigt, teilte das Team mit."),
        ("de", "de-von", "Jetzt verlässt Lind das Unternehmen."),
        ("es", "es", "Lind dimite en diciembre."),
        ("es", "es-before", "Lind deja el cargo en junio."),
        ("fr", "fr", "Lind a démissionné vendredi."),
        ("fr", "fr", "Lind quitte ses fonctions en juin."),
        ("it", "it", "Lind lascia l'incarico a giugno."),
        ("it", "it-after", "Lind si è dimessa ieri."),
    ],
)
def test_a_departure_that_names_no_organisation_leaves_the_one_given_before(reader, language, given, leaving):
    """Before, a departure with no organisation in its sentence, or the one before, had no origin: no move."""
    found = reader.read(GIVEN[given] + leaving, language=language)
    assert moves(found, "remembered") == {("Mara Lind", "Quorra", None)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mara Lind (Google) spoke at the conference. The audience was large. Lind resigned on Friday."),
        ("es", "Mara Lind (Google) presentó los resultados. Los analistas quedaron satisfechos. Lind dimite hoy."),
        ("it", "Mara Lind (Google) ha presentato il piano. Gli analisti erano soddisfatti. Lind si è dimessa ieri."),
    ],
)
def test_an_organisation_in_a_bracket_after_the_name_is_remembered(reader, language, text):
    assert moves(reader.read(text, language=language), "remembered") == {("Mara Lind", "Google", None)}


@pytest.mark.parametrize(
    ("language", "given", "leaving"),
    [
        ("en", "en", "Analysts expect the departure of Mara Lind in June."),
        ("es", "es", "Se confirma la salida de Mara Lind en junio."),
        ("fr", "fr", "Le départ de Mara Lind est confirmé."),
        ("de", "de", "Der Abschied von Mara Lind kam überraschend."),
    ],
)
def test_a_departure_told_by_a_noun_leaves_the_one_given_before(reader, language, given, leaving):
    """The last resort (``_fallback``) takes the remembered organisation before the sentence before's."""
    found = reader.read(GIVEN[given] + leaving, language=language)
    assert moves(found, "remembered") == {("Mara Lind", "Quorra", None)}


CONTROL = {  # the departure the negative tests vary: with it, the remembered origin is proposed
    "en": "Lind resigned on Friday.",
    "de": "Lind hat gekündigt, teilte das Team mit.",
    "es": "Lind dimite en diciembre.",
    "fr": "Lind a démissionné vendredi.",
    "it": "Lind si è dimessa ieri.",
}


def _contrast(reader, language: str, given: str, then: str) -> set[tuple]:
    """The moves of ``given`` followed by ``then``, after checking that ``given`` followed by the plain
    departure of :data:`CONTROL` does give the remembered origin (so that each negative test below
    shows the rule telling one apart from the other)."""
    control = reader.read(given + CONTROL[language], language=language)
    assert ("Mara Lind", "Quorra", None) in moves(control, "remembered")
    return moves(reader.read(given + then, language=language))


@pytest.mark.parametrize(
    ("language", "former"),
    [
        ("en", "The former Quorra chief scientist Mara Lind spoke on Monday. The audience was large. "),
        ("de", "Die ehemalige Quorra-Forscherin Mara Lind stellte das Buch vor. Die Zahlen waren gut. "),
        ("es", "La exdirectora de Quorra, Mara Lind, presentó su libro. Los analistas aplaudieron. "),
        ("fr", "L'ancienne directrice de Quorra, Mara Lind, a présenté son livre. Le public applaudit. "),
    ],
)
def test_a_former_post_is_not_left_again(reader, language, former):
    """A post the text gives as past is not where a later departure comes from (the first sentence
    itself may propose the earlier move, as it did before)."""
    given = GIVEN["en" if language == "en" else language]
    _contrast(reader, language, given, CONTROL[language])
    found = reader.read(former + CONTROL[language], language=language)
    assert not [c for c in found if c.pattern == "remembered" or c.quote == CONTROL[language]]


@pytest.mark.parametrize(
    ("language", "given", "then"),
    [
        ("en", "en", "Lind said that Jane Doe resigned on Friday."),  # she only speaks
        ("en", "en", "Lind is staying at the lab for another year."),  # she stays
        ("de", "de", "Lind bleibt noch ein weiteres Jahr."),
        ("en", "en", "Lind resigned from the board of Helicon."),  # an organisation the reader does not know yet
        ("es", "es", "Lind dimite del consejo de Helicon."),
        ("en", "en", "Lind joined Helicon in May. Lind resigned on Friday."),  # a move told since
        ("it", "it", "Lind passa a Helicon a maggio. Lind si è dimessa ieri."),
        ("en", "en", "Lind will not resign."),  # negated
    ],
)
def test_no_remembered_origin_where_the_person_does_not_leave_it(reader, language, given, then):
    assert ("Mara Lind", "Quorra", None) not in _contrast(reader, language, GIVEN[given], then)


def test_two_people_of_different_organisations_leave_none_of_them(reader):
    given = "Quorra's chief scientist Mara Lind met Globex chief Jane Doe on Monday. The audience was large. "
    found = _contrast(reader, "en", given, "Lind and Doe resigned on Friday.")
    assert not {move for move in found if move[0] in ("Mara Lind", "Jane Doe") and move[1] in ("Quorra", "Globex")}
