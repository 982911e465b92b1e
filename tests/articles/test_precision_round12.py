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
