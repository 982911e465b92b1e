"""The coaching carousel (issue 25): how the sports press tells sackings and successions, many moves to a
sentence.

- A noun of dismissal in the plural, or a club that does without someone, takes the surname printed alone
  after it as the person dismissed, not as an organisation ("las destituciones de Pacheta y Diego Martínez
  por parte del Valladolid y Espanyol, respectivamente", "el Elche prescindió de Francisco", "gli esoneri
  di Juric e ...", "the sackings of Moyes and ..."); with "respectively" each takes their own club.
- A club that hands the reins or the bench to a coach hires them ("se cargó a X para dar las riendas a Y",
  "ha esonerato X e affidato la panchina a Y", "sacked X and handed the reins to Y"); "se cargó a" is a
  sacking.
- "Premier" alone is the English league, no club: "se marchó a la Premier para dirigir al Aston Villa".
- In German a perfect's participle right after its object governs it: "Quorra hat X entlassen und Y
  geholt" is X dismissed and Y hired, not the verb before each.
- French "prendre sa place sur le banc de A" comes to A; "n'a pas été limogée" is denied by its "pas".

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up."""

from __future__ import annotations

import pytest

from support.articles import hands_over, moves


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # real: es-046-flashscore-descenso-cambian-entrenador.yaml
        (
            "es",
            "Las destituciones de Pacheta y Diego Martínez por parte del Valladolid y Espanyol, respectivamente, "
            "han supuesto que sólo el Cádiz y el Almería, de entre los equipos que luchan por la permanencia, "
            "mantengan a los entrenadores con los que comenzaron la temporada.",
            {("Pacheta", "Valladolid", None), ("Diego Martínez", "Espanyol", None)},
        ),
        (
            "it",
            "Gli esoneri di Juric e Jane Doe da parte di Quorra e Globex, rispettivamente, hanno sorpreso.",
            {("Juric", "Quorra", None), ("Jane Doe", "Globex", None)},
        ),
        (
            "it",
            "Gli esoneri di Mara Lind e Jane Doe da parte di Quorra e Globex, rispettivamente, hanno sorpreso.",
            {("Mara Lind", "Quorra", None), ("Jane Doe", "Globex", None)},
        ),
        (
            "en",
            "The sackings of Moyes and Jane Doe by Quorra and Globex respectively surprised nobody.",
            {("Moyes", "Quorra", None), ("Jane Doe", "Globex", None)},
        ),
        (
            "fr",
            "Les limogeages de Blanc et de Jane Doe par Quorra et Globex, respectivement, ont surpris.",
            {("Blanc", "Quorra", None), ("Jane Doe", "Globex", None)},
        ),
    ],
)
def test_plural_sackings_pair_people_and_clubs_respectively(reader, language, text, expected):
    """Before, the surname alone after a plural noun of dismissal was read as an organisation ('Diego
    Martínez: Pacheta -> ?'), or the Italian plural 'esoneri' was no word of leaving at all."""
    assert moves(reader.read(text, language=language)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # real: es-046-flashscore-descenso-cambian-entrenador.yaml
        (
            "Todo comenzó en la séptima jornada cuando el Elche prescindió de Francisco para volver a contar con "
            "el argentino Jorge Almirón, quien sería destituido en la 13ª por Pablo Machín, que a su vez perdió su "
            "trabajo en beneficio de Sebastián Beccacece en la jornada 26.",
            ("Francisco", "Elche", None),
        ),
        ("El Quorra prescindió de Pacheta tras la derrota.", ("Pacheta", "Quorra", None)),
    ],
)
def test_a_club_that_does_without_a_surname_dismisses_a_person(reader, text, expected):
    """'prescindir de' a single capitalised word: the person dismissed, not an organisation ('Jorge Almirón:
    Francisco -> ?' before)."""
    found = moves(reader.read(text, language="es"))
    assert expected in found
    assert not any(origin in ("Francisco", "Pacheta") for _who, origin, _to in found)


@pytest.mark.parametrize(
    ("language", "text", "denied"),
    [
        # real: es-046-flashscore-descenso-cambian-entrenador.yaml
        (
            "es",
            "El Sevilla, también en la séptima jornada, se cargó a Julen Lopetegui para dar las riendas a Jorge "
            "Sampaoli.",
            "El Sevilla no dio las riendas a Jorge Sampaoli.",
        ),
        (
            "es",
            "El Quorra se cargó a Mara Lind para dar las riendas a Jane Doe.",
            "El Quorra no dio las riendas a Jane Doe.",
        ),
        (
            "it",
            "Il Quorra ha esonerato Mara Lind e affidato la panchina a Jane Doe.",
            "Il Quorra non ha affidato la panchina a Jane Doe.",
        ),
        (
            "en",
            "Quorra sacked Mara Lind and handed the reins to Jane Doe.",
            "Quorra never handed the reins to Jane Doe.",
        ),
    ],
)
def test_a_club_that_hands_the_reins_to_a_coach_hires_them(reader, language, text, denied):
    """Before, the coach handed the reins was read as leaving the club (Spanish), or not at all; a denial
    still proposes nothing."""
    found = moves(reader.read(text, language=language))
    club = "Sevilla" if "Sevilla" in text else "Quorra"
    left, came = ("Julen Lopetegui", "Jorge Sampaoli") if club == "Sevilla" else ("Mara Lind", "Jane Doe")
    assert hands_over(found, left, came, club)
    assert moves(reader.read(denied, language=language)) == set()


def test_the_premier_is_a_league_not_a_club(reader):
    """'la Premier' was the destination: the club the coach goes to direct is."""
    text = "Unai Emery se marchó a la Premier para dirigir al Aston Villa."
    assert moves(reader.read(text, language="es")) == {("Unai Emery", None, "Aston Villa")}


@pytest.mark.parametrize(
    "text",
    [
        "Quorra hat Mara Lind entlassen und Jane Doe geholt.",
        "Quorra hat Jane Doe verpflichtet und Mara Lind entlassen.",
        "Quorra hat Mara Lind beurlaubt und Jane Doe verpflichtet.",
    ],
)
def test_a_german_participle_governs_the_object_before_it(reader, text):
    """Before, each object took the participle before it: Mara Lind hired, Jane Doe dismissed."""
    assert moves(reader.read(text, language="de")) == {("Mara Lind", "Quorra", None), ("Jane Doe", None, "Quorra")}


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe a été désignée pour prendre sa place sur le banc de Quorra.",
        "Jane Doe prend sa place sur le banc de Quorra.",
    ],
)
def test_taking_a_seat_on_a_french_bench_comes_to_the_club(reader, text):
    """Before, 'désignée pour prendre sa place sur le banc de Quorra' was Jane Doe leaving Quorra, and 'prend
    sa place sur le banc de' no move; a seat in the stands is still none."""
    assert moves(reader.read(text, language="fr")) == {("Jane Doe", None, "Quorra")}
    assert moves(reader.read("Jane Doe a pris place dans les tribunes de Quorra.", language="fr")) == set()


@pytest.mark.parametrize(
    "text",
    ["Mara Lind n'a pas été limogée par Quorra.", "Mara Lind n'a pas été remerciée par Quorra."],
)
def test_a_french_coach_not_sacked_stays(reader, text):
    """The 'pas' of a compound tense stands nearer the participle than its 'ne': before, a sacking."""
    assert moves(reader.read(text, language="fr")) == set()
