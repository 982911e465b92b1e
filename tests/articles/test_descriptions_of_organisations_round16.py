"""An organisation told by a description (issue 25): the press names a club, a party or a company once
and then calls it "le club", "il sodalizio", "el conjunto", "den Club", "die Partei". A definite
article and a noun of a kind of organisation (list ``org_descriptions`` of each language, beside the
shared ``company_nouns``) with no name after it is the organisation the text named most often before
it, as "l'entreprise" already was; nothing when the text named several it cannot choose between (names
the record does not know, named equally often).

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, with names the record does not know."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le FC Vantor a perdu dimanche. Le FC Vantor est dernier. La saison sera longue. "
               "Mara Lind a quitté le club."),
        ("it", "Il FC Vantor ha perso domenica. Il FC Vantor è ultimo. La stagione sarà lunga. "
               "Mara Lind ha lasciato il club."),
        ("es", "El FC Vantor perdió el domingo. El FC Vantor es último. La temporada será larga. "
               "Mara Lind dejó el club."),
        ("de", "Der FC Vantor hat am Sonntag verloren. Der FC Vantor ist Letzter. Die Saison wird lang. "
               "Mara Lind verlässt den Club."),
        ("it", "Il FC Vantor ha perso ancora. La stagione è lunga. Il club ha esonerato Mara Lind."),
        ("fr", "Le FC Vantor a perdu dimanche. La saison sera longue. Le club a limogé Mara Lind."),
    ],
)  # fmt: skip
def test_the_club_left_is_the_club_the_text_is_about(reader, language, text):
    """Before, 'le club' named nothing: with no organisation in the sentence nor in the one before it,
    the person left nothing the reader could say."""
    assert moves(reader.read(text, language=language)) == {("Mara Lind", "FC Vantor", None)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El FC Vantor perdió el domingo. Mara Lind ficha por el conjunto."),
        ("it", "Il FC Vantor ha perso domenica. Mara Lind approda al sodalizio."),
        ("it", "Il FC Vantor ha perso domenica. Mara Lind firma con la compagine."),
        ("fr", "Le FC Vantor a perdu dimanche. Mara Lind rejoint le club."),
    ],
)
def test_the_club_joined_is_the_club_the_text_is_about(reader, language, text):
    """A description is a destination as well: 'ficha por el conjunto', 'rejoint le club'."""
    assert moves(reader.read(text, language=language)) == {("Mara Lind", None, "FC Vantor")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Die Vantor AG und die Globex AG wachsen. Mara Lind verlässt das Unternehmen."),
        ("fr", "Vantor SA et Globex SA grandissent. Mara Lind a quitté l'entreprise."),
    ],
)
def test_a_description_after_two_organisations_named_as_often_names_neither(reader, language, text):
    """Two organisations the record does not know, each named once: 'the company' may be either, and
    the reader no longer guesses the first."""
    assert moves(reader.read(text, language=language)) == set()


@pytest.mark.parametrize(
    ("language", "text", "organisation"),
    [
        ("it", "Il FC Vantor ha perso. Il FC Vantor è ultimo. Il FC Vantor cambia. La stagione è lunga. "
               "Mara Lind ha lasciato l'incarico.", "FC Vantor"),
        ("es", "El FC Vantor perdió. El FC Vantor es último. El FC Vantor cambia. La temporada es larga. "
               "Mara Lind dimitió.", "FC Vantor"),
        ("fr", "Vantor SA grandit. Vantor SA recrute. Vantor SA investit. Le marché est difficile. "
               "Mara Lind quitte ses fonctions.", "Vantor SA"),
    ],
)  # fmt: skip
def test_a_person_who_leaves_no_organisation_named_leaves_the_one_the_text_is_about(reader, language, text,
                                                                                    organisation):  # fmt: skip
    """A sentence of leaving with a person and no organisation, after one that names none either:
    the person leaves the organisation the text named most often, when it was named three times or
    more and more often than any other (as a guess: pattern ``fallback``, low confidence)."""
    assert moves(reader.read(text, language=language), "fallback") == {("Mara Lind", organisation, None)}
