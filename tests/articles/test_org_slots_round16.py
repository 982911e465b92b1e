"""What may not fill an organisation's place (issue 25, round 16): a word the reader found where an
organisation goes is no organisation when the text shows it is something else.

- a **plural nickname** of a team or a group after a plural article ("les Nordistes", "des Hammers", "i
  Blucerchiati", "los de La Cerámica"): no organisation the record could know by it (a name whose article
  is capitalised inside the sentence, "Les Républicains", is still one; English's "the" is no plural
  article, and "The Hammers sacked X" names the club as a hirer, round 13);
- the **medium someone spoke to** ("le dichiarazioni rilasciate a 'Sky Sport'", "dijo a Vantor TV", "a
  déclaré à Vantor TV", "said to Vantor TV"): who reports, not where the speaker goes or comes from (but
  "dijo adiós a Quorra" is a farewell to the organisation);
- the **surname of a full name** the text gives elsewhere ("Le Rennais Guy Lacombe …", then "succéder à
  Lacombe à Rennes"): the person, not an organisation new to the record.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "nickname"),
    [
        # real: fr-038-frnews24-chaises-musicales-ligue1.yaml
        (
            "fr",
            "Le départ de Kombouaré pour Paris n’a pas déstabilisé outre mesure son ancien club, Valenciennes. "
            "Les Nordistes ont été chercher son successeur, Philippe Montanier, chez le voisin boulonnais, "
            "promu cette saison.",
            "Nordistes",
        ),
        ("fr", "Les Nordistes ont limogé Mara Lind.", "Nordistes"),
        ("it", "Gli Spezzini hanno esonerato Mara Lind.", "Spezzini"),
        ("it", "I Blucerchiati hanno esonerato Mara Lind.", "Blucerchiati"),
        ("es", "Los Blanquiazules ficharon a Jane Doe.", "Blanquiazules"),
        # real: es-046-flashscore-descenso-cambian-entrenador.yaml
        (
            "es",
            "Los de La Cerámica ficharon entonces a Quique Setién, aunque hubieran preferido no tener que cambiar.",
            "Cerámica",
        ),
        ("es", "Los de La Quorra ficharon a Jane Doe.", "Quorra"),
    ],
)
def test_a_plural_nickname_is_no_organisation(reader, language, text, nickname):
    """Before, the nickname was the origin or the destination of the move."""
    found = moves(reader.read(text, language=language))
    assert all(nickname not in (origin, destination) for _person, origin, destination in found)


@pytest.mark.parametrize(
    ("language", "text", "move"),
    [
        (
            "fr",
            "Les Nordistes ont limogé Mara Lind, qui rejoint Les Républicains.",
            ("Mara Lind", None, "Républicains"),
        ),
        ("es", "Los Blanquiazules ficharon a Jane Doe del Elche.", ("Jane Doe", "Elche", None)),
        ("it", "I Blucerchiati hanno ingaggiato Mara Lind dalla Quorra.", ("Mara Lind", "Quorra", None)),
    ],
)
def test_a_name_with_its_own_article_or_of_one_word_still_is_an_organisation(reader, language, text, move):
    """The nickname goes; a party whose name opens with its capitalised article ("Les Républicains"),
    and a one-word organisation, stay (before, the nickname was the other side of the move)."""
    assert moves(reader.read(text, language=language)) == {move}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Mara Lind ha detto a Vantor TV che lascia la Quorra."),
        ("es", "Mara Lind dijo a Vantor TV que deja Quorra."),
        ("fr", "Mara Lind a déclaré à Vantor TV qu'elle quitte Quorra."),
        ("en", "Mara Lind said to Vantor TV that she is leaving Quorra."),
    ],
)
def test_the_medium_spoken_to_is_no_organisation_of_the_move(reader, language, text):
    """Before, "Vantor" was the origin, or the destination, of Mara Lind."""
    assert moves(reader.read(text, language=language)) == {("Mara Lind", "Quorra", None)}


def test_a_medium_statements_were_given_to_past_an_adverb(reader):
    # real: it-032-calciomercato-thiago-motta-resta.yaml
    text = (
        "Le dichiarazioni rilasciate ieri a ‘Sky Sport’ da Massimiliano Allegri, hanno fatto pensare ad un "
        "possibile addio dalla Juventus."
    )
    found = moves(reader.read(text, language="it"))
    assert all("Sky Sport" not in move for move in found)
    assert ("Massimiliano Allegri", "Juventus", None) in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Mara Lind, que dijo adiós a Quorra, dijo a Vantor TV que ficha por Globex."),
        ("it", "Mara Lind, che ha detto addio alla Quorra, ha detto a Vantor TV che passa alla Globex."),
    ],
)
def test_a_farewell_to_an_organisation_is_no_medium(reader, language, text):
    """A word of leaving between the word of speaking and the name ("dijo adiós a Quorra"): the
    organisation left; the medium spoken to without one is none (before, "Vantor" was the destination)."""
    assert moves(reader.read(text, language=language)) == {("Mara Lind", "Quorra", "Globex")}


def test_the_surname_of_a_full_name_the_text_gives_is_no_organisation(reader):
    # real: fr-038-frnews24-chaises-musicales-ligue1.yaml
    text = (
        "Le Rennais Guy Lacombe a été désigné pour prendre sa place sur le banc de l'AS Monaco. "
        "C’est à Frédéric Antonetti, le bouillonnant ex-entraîneur niçois, qu’incombera la tâche de succéder à "
        "Lacombe à Rennes, avec un objectif précis : faire fructifier la 7e place obtenu la saison dernière par "
        "les Bretons."
    )
    found = moves(reader.read(text, language="fr"))
    assert ("Frédéric Antonetti", None, "Rennes") in found
    assert all("Lacombe" not in move and "Bretons" not in move for move in found)


def test_a_surname_after_its_particle_is_no_organisation(reader):
    """Before, "Guen" of "Paul Le Guen" was an organisation, and the departure had no one who left."""
    # real: fr-038-frnews24-chaises-musicales-ligue1.yaml
    text = (
        "Au PSG, le départ de Paul Le Guen (à dr. sur la photo) a également été entériné avant même la fin du "
        "championnat."
    )
    assert moves(reader.read(text, language="fr")) == {("Paul Le Guen", "PSG", None)}
