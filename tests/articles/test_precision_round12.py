"""Who is not proposed (issue 25, twelfth round: precision on text the rules were not written for).
Each rule on real sentences of the development part of the press corpus (``tests/data/press/dev/``,
the file named beside each), in at least two languages, read against the shipped record's
organisations as ``bench/candidates.py`` reads them; a made-up sentence beside it shows what the
rule leaves alone."""

from __future__ import annotations

import pytest

from support.articles import moves

# --- a denial in the words of the language: "salir al paso", "personne n'a", "jamais", "nie" ------

# es-033-rrnoticias-aguirre-desmiente-leganes.yaml
ES_AL_PASO = (
    "Javier Aguirre, entrenador del Leganés, salió al paso de los rumores que hablan de una posible salida suya "
    "de la entidad cuando termine la presente temporada y aseguró estar ‘feliz’ en la misma."
)
# fr-031-pressreader-boudjellal-dement.yaml (one sentence for the reader: the quote closes before "Bref")
FR_PERSONNE = (
    "« Je démens tout ce qui a été écrit ces derniers temps. A ce jour, personne n’a été licencié et personne "
    "n’a été remis en cause. » Bref, Diego Dominguez est, jusqu’à preuve du contraire, le manager général du RCT."
)


@pytest.mark.parametrize(("language", "sentence"), [("es", ES_AL_PASO), ("fr", FR_PERSONNE)])
def test_a_move_denied_in_the_words_of_the_language_is_not_proposed(reader, language, sentence):
    assert reader.read(sentence, language=language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("es", "Javier Aguirre, entrenador del Leganés, dejó el club cuando terminó la temporada.",
         ("Javier Aguirre", "Leganés", None)),
        ("fr", "A ce jour, Diego Dominguez a été licencié par le RCT.", ("Diego Dominguez", "RCT", None)),
    ],
)  # fmt: skip
def test_the_same_move_without_the_denial_is_proposed(reader, language, sentence, expected):
    assert expected in moves(reader.read(sentence, language=language))


# --- a country or its people's adjective is no part of a person's name, and a place after a small word --

# de-008-boersenzeitung-wer-geht-wer-kommt.yaml
DE_CREDIT_SUISSE = (
    "Derweil eroberte ChatGPT die Welt, die UBS übernahm überraschend Credit Suisse und das Karlsruher "
    "Haushalts-Urteil stürzte die Ampel-Regierung in eine Krise."
)
# es-021-puranoticia-pellegrini-china.yaml
ES_RADIO_DE_ESPANA = (
    "Sorpresa causó una noticia que dio a conocer una radio de España de que Manuel Pellegrini habría recibido "
    "una oferta irrechazable de un club China, por lo que podría dejar al Real Betis a tan sólo semanas de haber "
    "sido oficializado y presentado formalmente como nuevo entrenador."
)


def test_a_company_named_by_its_country_is_no_person(reader):
    assert all(c.person != "Credit Suisse" for c in reader.read(DE_CREDIT_SUISSE, language="de"))


def test_a_country_after_a_small_word_is_a_place_not_the_origin(reader):
    found = reader.read(ES_RADIO_DE_ESPANA, language="es")
    assert ("Manuel Pellegrini", "Real Betis", "China") in moves(found)
    assert all("España" not in (c.from_ or "") + (c.to or "") for c in found)


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("it", "Roberto Mancini lascia l'Italia e passa all'Arabia Saudita.", ("Roberto Mancini", "Italia", "Arabia Saudita")),
        ("de", "Hansi Flick verlässt Deutschland und wechselt zum FC Barcelona.", ("Hansi Flick", "Deutschland", "FC Barcelona")),
        ("fr", "Didier Deschamps quitte la France pour rejoindre le Real Madrid.", ("Didier Deschamps", "France", "Real Madrid")),
    ],
)  # fmt: skip
def test_a_country_a_verb_of_moving_governs_stays_an_organisation(reader, language, sentence, expected):
    # made up: a national team is left as a club is
    assert expected in moves(reader.read(sentence, language=language))
