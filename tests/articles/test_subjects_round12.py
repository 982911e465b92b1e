"""A subject the sentence leaves out, in Spanish and Italian (issue 25, twelfth round).

Spanish and Italian need no subject pronoun: "Destituyó a X" after a sentence about a club, "Ha
lasciato la società nel 2023" after a sentence about a person. The sentence of real news is quoted
verbatim from the development part of the press corpus where it has one (said so); the others are
made up, because the development part has no such sentence in that language (said so too).
"""

from __future__ import annotations

from support.articles import moves


def test_a_dismissal_whose_club_the_sentence_before_names(reader):
    """Real, es-013 (iusport): the club of the sentence before dismisses, and who relieves the
    dismissed comes to it."""
    text = (
        "El Tenerife fue el primero en cambiar de entrenador tras cinco jornadas. "
        "Destituyó a Joseba Etxeberria y le relevó en el cargo José Luis Oltra."
    )
    found = moves(reader.read(text, language="es"))
    assert ("Joseba Etxeberria", "Tenerife", None) in found
    assert ("José Luis Oltra", None, "Tenerife") in found


def test_an_italian_dismissal_whose_club_the_sentence_before_names(reader):
    """Made up: the development part has no Italian sentence that opens with "Ha esonerato"."""
    text = "Il Genoa ha chiuso la stagione al decimo posto. Ha esonerato Alberto Gilardino."
    assert moves(reader.read(text, language="it")) == {("Alberto Gilardino", "Genoa", None)}


def test_a_hiring_whose_club_the_sentence_before_names(reader):
    """Made up, in both languages: the club hires; "Ha" is an auxiliary, never a club."""
    assert moves(reader.read("La Roma ha perso ancora. Ha ingaggiato Claudio Ranieri.", language="it")) == {
        ("Claudio Ranieri", None, "Roma")
    }
    assert moves(reader.read("El Sevilla perdió otra vez. Ha fichado a Jorge Sampaoli.", language="es")) == {
        ("Jorge Sampaoli", None, "Sevilla")
    }


def test_two_clubs_before_make_no_guess(reader):
    """Real, es-013: "el Real Zaragoza y el Nástic" -- two clubs, so nobody is the subject (the next
    sentence's "los maños" names one by a nickname, which the reader does not know)."""
    text = (
        "Cinco jornadas más tarde, el Real Zaragoza y el Nástic también cambiaron a su técnico. "
        "Destituyó a Imanol Idiakez."
    )
    found = reader.read(text, language="es")
    assert all(c.from_ not in ("Real Zaragoza", "Nástic") for c in found if c.person == "Imanol Idiakez")


def test_a_verb_of_moving_that_opens_the_sentence_is_the_person_before(reader):
    """Made up: the development part has no such Spanish or Italian sentence whose person the
    sentence before names alone (its "Fue cesado en sus funciones …" names bystanders)."""
    text = "Joaquín Caparrós tiene sesenta años. Fichó por el Betis en 2019."
    assert moves(reader.read(text, language="es")) == {("Joaquín Caparrós", None, "Betis")}
    text = "Joaquín Caparrós tiene sesenta años. En 2019, fichó por el Betis."
    assert moves(reader.read(text, language="es")) == {("Joaquín Caparrós", None, "Betis")}
    text = "Marco Rossi allena da tre anni. Lascerà il Milan a fine stagione."
    assert moves(reader.read(text, language="it")) == {("Marco Rossi", "Milan", None)}
    text = "Marco Rossi allena da tre anni. È stato esonerato dalla Juventus dopo la sconfitta."
    assert moves(reader.read(text, language="it")) == {("Marco Rossi", "Juventus", None)}


def test_a_noun_or_a_participle_that_opens_a_sentence_tells_no_act(reader):
    """Made up: a heading's noun ("Salida de …") or a participle alone is no verb whose subject is left
    out, so the person before does not move."""
    assert reader.read("Joaquín Caparrós tiene sesenta años. Salida del Betis.", language="es") == []
    assert reader.read("Marco Rossi allena da tre anni. Esonero alla Juventus.", language="it") == []


def test_a_negation_before_the_verb_is_no_move(reader):
    """Made up: "No dejará el Betis", "Non lascerà il Milan" deny the move, so the person before does
    not move, and "No" is nobody's name."""
    assert reader.read("Joaquín Caparrós tiene sesenta años. No dejará el Betis.", language="es") == []
    assert reader.read("Marco Rossi allena da tre anni. Non lascerà il Milan a fine stagione.", language="it") == []


def test_a_clitic_or_an_auxiliary_that_opens_the_sentence_is_nobody(reader):
    """Made up: "Si è dimesso", "Se marchó" -- the reflexive pronoun is no one-word name, and the
    verb's subject is the person before."""
    text = "Marco Rossi allena da tre anni. Si è dimesso dalla Juventus."
    assert moves(reader.read(text, language="it")) == {("Marco Rossi", "Juventus", None)}
    text = "Joaquín Caparrós tiene sesenta años. Se marchó del Betis en 2019."
    assert moves(reader.read(text, language="es")) == {("Joaquín Caparrós", "Betis", None)}
