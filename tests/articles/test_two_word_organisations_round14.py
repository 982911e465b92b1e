"""Organisations of two words with no article, fourteenth round (issue 25): "Louis Van Gaal joined
Manchester United", "Thomas Müller wechselt zu Inter Miami", "Luis Enrique ficha por Manchester City"
gave no move — two capitalised words after a verb or a marker were read as a person, and the sentence
then had two people and no organisation. After an English verb of joining or leaving that takes no
person (list ``person_objects`` holds those that do: "named", "signed", the verbs of hiring and
dismissing), and after a marker of the destination that follows a verb of moving, they are an
organisation. Not after a German or Romance verb itself, whose subject may follow it ("Im Sommer
wechselt Max Eberl zu Bayern"), nor after the Spanish personal "a" ("destituir a Gaizka Garitano").

Made-up sentences, one per shape: the corpus's two-word organisations mostly come with an article."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # made up
        ("en", "Louis Van Gaal joined Manchester United.", ("Louis Van Gaal", None, "Manchester United")),
        ("en", "Mira Murati left Thinking Machines.", ("Mira Murati", "Thinking Machines", None)),
        ("de", "Thomas Müller wechselt zu Inter Miami.", ("Thomas Müller", None, "Inter Miami")),
        ("es", "Luis Enrique ficha por Manchester City.", ("Luis Enrique", None, "Manchester City")),
    ],
)  # fmt: skip
def test_two_capitalised_words_after_a_verb_or_marker_of_moving_are_an_organisation(reader, language, text,
                                                                                    expected):  # fmt: skip
    assert moves(reader.read(text, language=language)) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # made up: the object of a verb of hiring or naming is a person
        ("en", "Meta hired Alexandr Wang.", ("Alexandr Wang", None, "Meta")),
        ("en", "Meta named Alexandr Wang chief AI officer.", ("Alexandr Wang", None, "Meta")),
        # made up: a German subject after its verb
        ("de", "Im Sommer wechselt Max Eberl zu Bayern.", ("Max Eberl", None, "Bayern")),
    ],
)  # fmt: skip
def test_a_person_after_a_verb_that_takes_one_stays_a_person(reader, language, text, expected):
    assert expected in moves(reader.read(text, language=language))


def test_the_spanish_personal_a_names_a_person_real(reader):
    """Real (es-036)."""
    text = (
        "VALENCIA. El Deportivo ha acordado este domingo destituir a Gaizka Garitano como entrenador del primer "
        "equipo el día después del contundente 4-0 que encajó en Leganés."
    )
    assert ("Gaizka Garitano", "Deportivo", None) in moves(reader.read(text, language="es"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # made up: the subject between the verb and the marker, German's second place of the verb
        ("Im Sommer wechselt Max Eberl zu Bayern München.", ("Max Eberl", None, "Bayern München")),
        ("Nach der Saison wechselt Thomas Müller zu Inter Miami.", ("Thomas Müller", None, "Inter Miami")),
    ],
)  # fmt: skip
def test_the_marker_after_a_subject_that_follows_its_verb_names_the_organisation(reader, text, expected):
    assert moves(reader.read(text, language="de")) == {expected}
