"""The organisations of a person who moves, and their sides (issue 25, seventh round): made-up
sentences of the shapes the press corpus has, in every language where the grammar has them. Each
checks the whole move, origin and destination: the benchmark counts a candidate right with one
right organisation on either side, these tests do not."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Lyon a limogé Peter Bosz après une défaite.", "fr", ("Peter Bosz", "Lyon", None)),
        ("Tenerife destituyó a Joseba Etxeberria tras cinco jornadas.", "es", ("Joseba Etxeberria", "Tenerife", None)),
        ("Sassuolo ha esonerato Alessio Dionisi dopo la sconfitta.", "it", ("Alessio Dionisi", "Sassuolo", None)),
        ("Tenerife ha fichado a Lucas Alcaraz para el banquillo.", "es", ("Lucas Alcaraz", None, "Tenerife")),
    ],
)
def test_the_first_word_of_a_sentence_that_dismisses_or_hires_is_the_employer(reader, text, language, expected):
    """One capitalised word that opens a sentence, right before a verb that dismisses or hires, is the
    organisation that does so, where only names are capitalised: who is dismissed leaves it, who is
    hired joins it."""
    assert moves(reader.read(text, language=language)) == {expected}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Il a limogé Peter Bosz après une défaite.", "fr"),  # a pronoun
        ("Ahora destituyó a Joseba Etxeberria tras cinco jornadas.", "es"),  # an adverb
        ("Prenderà il posto di John Elkann alla guida del gruppo.", "it"),  # a verb of succession opens it
    ],
)
def test_a_pronoun_an_adverb_or_a_verb_that_opens_the_sentence_is_no_employer(reader, text, language):
    assert all(c.from_ is None and c.to is None for c in reader.read(text, language=language))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Anna Berg left Helix, a startup owned by Google, in 2020.", "en", ("Anna Berg", "Helix", None)),
        (
            "Anna Berg co-founded Helix, the outfit bought by Alphabet Inc’s Google in 2014.",
            "en",
            ("Anna Berg", None, "Helix"),
        ),
        ("Anna Berg a rejoint Helix, une startup rachetée par Google en 2020.", "fr", ("Anna Berg", None, "Helix")),
        ("Anna Berg è passata alla Helix, startup controllata da Google.", "it", ("Anna Berg", None, "Helix")),
        ("Anna Berg se unió a Helix, una filial de Google.", "es", ("Anna Berg", None, "Helix")),
        ("Anna Berg wechselt zu Helix, einer Tochter von Google.", "de", ("Anna Berg", None, "Helix")),
    ],
)
def test_an_owner_named_after_bought_by_is_no_side_of_the_move(reader, text, language, expected):
    """'bought by', 'rachetée par', 'acquisita da', 'filial de', 'Tochter von' (list ``owners``): the
    organisation after it only says whose the one before is; the move goes to that one (a known
    organisation would otherwise be preferred to a new one as the nearest)."""
    assert moves(reader.read(text, language=language)) == {expected}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Northwind Group (NWG) has hired Anna Berg and Carl Dunn.",
            "en",
            {("Anna Berg", None, "Northwind Group"), ("Carl Dunn", None, "Northwind Group")},
        ),
        (
            "La Basler Kantonalbank (BKB) ha fichado a Ana Pérez y Luis Gómez.",
            "es",
            {("Ana Pérez", None, "Basler Kantonalbank"), ("Luis Gómez", None, "Basler Kantonalbank")},
        ),
    ],
)
def test_an_abbreviation_in_brackets_after_an_organisation_is_the_same_one(reader, text, language, expected):
    """'Microsoft Corporation (MSFT)': what a bracket right after an organisation holds alone is its
    ticker or abbreviation, not a second organisation on the other side of the move."""
    assert moves(reader.read(text, language=language)) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Après une défaite à Lens, Lyon a annoncé le renvoi de Peter Bosz.", "fr"),
        ("Joseba Etxeberria fue destituido tras la derrota en Oviedo.", "es"),
        ("Alberto Gilardino è stato esonerato dopo la sconfitta in casa del Cagliari.", "it"),
        ("Bernd Hollerbach wurde nach der Niederlage beim FC Bayern entlassen.", "de"),
        ("Graham Potter was sacked after a 2-0 defeat at Arsenal FC.", "en"),
    ],
)
def test_the_club_after_a_match_result_is_no_side_of_the_move(reader, text, language):
    """A club after a noun of a match's result and a small word of place ('une défaite à Lens', 'la
    derrota en Oviedo', 'a defeat at Arsenal FC', list ``match_results``) is where the team played or
    whom it played, not the club anyone leaves: with no other club, nothing is proposed."""
    assert reader.read(text, language=language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Lyon a été la première équipe à bouger, avec le renvoi de Peter Bosz, qui a été remplacé par Laurent Blanc.",
            "fr",
            {("Peter Bosz", "Lyon", None), ("Laurent Blanc", None, "Lyon")},
        ),
        (
            "Sassuolo è stata la prima squadra a esonerare il tecnico, Alessio Dionisi, sostituito da Fabio Grosso.",
            "it",
            {("Alessio Dionisi", "Sassuolo", None), ("Fabio Grosso", None, "Sassuolo")},
        ),
        (
            "Tenerife fue el primer club en cambiar de entrenador con la destitución de Joseba Etxeberria.",
            "es",
            {("Joseba Etxeberria", "Tenerife", None)},
        ),
    ],
)
def test_the_subject_of_a_copula_and_a_noun_of_a_team_is_an_organisation(reader, text, language, expected):
    """'Lyon a été la première équipe', 'Sassuolo è stata la prima squadra', 'Tenerife fue el primer
    club': the one capitalised word that opens the sentence is a team, the organisation of the
    dismissal the sentence tells; who is dismissed leaves it, the successor comes ('remplacé par', which
    folds as the verb 'remplace' does, makes nobody join by itself)."""
    assert moves(reader.read(text, language=language)) == expected


def test_a_city_the_sentence_only_describes_is_no_team(reader):
    text = "Lyon est une ville où Peter Bosz a quitté son poste."
    assert reader.read(text, language="fr") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Le club a été imité par Brest et Auxerre, qui ont démis de leurs fonctions le même jour Michel Der "
            "Zakarian et Jean-Marc Furlan.",
            "fr",
            {("Michel Der Zakarian", "Brest", None), ("Jean-Marc Furlan", "Auxerre", None)},
        ),
        (
            "Il Genoa e il Sassuolo hanno esonerato Alberto Gilardino e Alessio Dionisi.",
            "it",
            {("Alberto Gilardino", "Genoa", None), ("Alessio Dionisi", "Sassuolo", None)},
        ),
        (
            "El Real Zaragoza y el Nástic destituyeron a Imanol Idiakez y José Antonio Gordillo.",
            "es",
            {("Imanol Idiakez", "Real Zaragoza", None), ("José Antonio Gordillo", "Nástic", None)},
        ),
        (
            "Chelsea FC and Arsenal FC have sacked Graham Potter and Mikel Arteta.",
            "en",
            {("Graham Potter", "Chelsea FC", None), ("Mikel Arteta", "Arsenal FC", None)},
        ),
    ],
)
def test_two_clubs_that_dismiss_two_people_dismiss_one_each_in_order(reader, text, language, expected):
    """A list of organisations, the subject of a verb that dismisses or hires, and a list of as many
    people, its object: each organisation's is the person in its place, as if 'respectively' said so."""
    assert moves(reader.read(text, language=language)) == expected
