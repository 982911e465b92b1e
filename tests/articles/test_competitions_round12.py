"""A league is a competition, not an organisation anyone joins or leaves (issue 25): the list
``competitions`` of each language completed with its leagues' nouns ("Premier League", "LaLiga",
"Ligue 1", "Serie B", "Bundesliga", "División"). Sentences verbatim from the press corpus's seventh
batch (development part), where the league had been read as a side of a move."""

from __future__ import annotations

FR_033 = (
    "Le remplaçant du Chilien n’a pas été dévoilé pour le moment mais il aura fort à faire car les Hammers "
    "pointent actuellement à la dix-septième place en Premier League, avec seulement un point d’avance (mais un "
    "match en moins) sur le premier relégable, Aston Villa."
)
ES_035 = (
    "Sampaoli dejó al equipo cuarto en LaLiga Santander con 72 puntos -segunda mejor puntuación en su historia "
    "liguera- y clasificado para la previa de la Liga de Campeones de Europa."
)


def test_a_league_is_no_side_of_a_move(reader):
    for text, language in ((FR_033, "fr"), (ES_035, "es")):
        found = reader.read(text, language=language)
        sides = {c.from_ for c in found} | {c.to for c in found}
        assert not any(side and ("League" in side or "LaLiga" in side or "Liga" in side) for side in sides), found
        assert not any(c.person in ("Premier League", "LaLiga Santander") for c in found)


def test_a_club_beside_a_league_is_still_read(reader):
    # made up: the league is dropped, the club the coach leaves is kept
    found = reader.read("Paolo Rossi lascia il Genoa, penultimo in Serie A.", language="it")
    assert {(c.person, c.from_) for c in found} == {("Paolo Rossi", "Genoa")}
