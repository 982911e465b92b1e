"""Who moves in a sentence that names the person and the organisation (issue 25, eighth round): the
clause rules that pick the mover among a sentence's people. Each rule on real sentences of the
development part of the press corpus (``tests/data/press/dev/``, the file named beside it) and in a
second language where the grammar has the same shape, read against the shipped record's
organisations as ``bench/candidates.py`` reads them."""

from __future__ import annotations

import pytest

from support.articles import moves

# --- a list of names, each with its organisation -------------------------------------------------

# es-013-iusport-destituciones-segunda.yaml
ES_PAIRS = (
    "Los últimos en sumarse a la lista negra de la categoría de plata han sido Manolo Jiménez en la UD Las Palmas, "
    "Rubén Baraja en el Sporting y José Ramón Sandoval en el Córdoba CF."
)
# de-007-lebensmittelzeitung-wettbewerber.yaml
DE_PAIRS = (
    "Einen Eigenmarken-Fachmann holten sich die Essener mit Florian Königsbüscher von Rewe, den Frische-Profi "
    "Dietmar Frötscher von Kaufland."
)


def test_a_list_of_names_with_their_clubs_moves_together(reader):
    found = moves(reader.read(ES_PAIRS, language="es"))
    assert found == {
        ("Manolo Jiménez", None, "UD Las Palmas"),
        ("Rubén Baraja", None, "Sporting"),
        ("José Ramón Sandoval", None, "Córdoba CF"),
    }


def test_a_second_name_with_its_article_and_role_continues_the_list(reader):
    found = moves(reader.read(DE_PAIRS, language="de"))
    assert found == {("Florian Königsbüscher", "Rewe", None), ("Dietmar Frötscher", "Kaufland", None)}


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "fr",
            "Cette saison ont été limogés Julien Stéphan à Strasbourg, Lucien Favre à Nice et Pascal Gastien "
            "à Clermont.",
            {"Julien Stéphan", "Lucien Favre", "Pascal Gastien"},
        ),
        (
            "it",
            "Sono stati esonerati Marco Baroni alla Lazio, Paolo Vanoli al Torino e Ivan Juric alla Roma.",
            {"Marco Baroni", "Paolo Vanoli", "Ivan Juric"},
        ),
    ],
)
def test_each_name_of_the_list_takes_its_own_organisation(reader, language, sentence, expected):
    found = reader.read(sentence, language=language)
    assert {c.person for c in found} == expected
    assert len({c.from_ or c.to for c in found}) == len(expected)


def test_a_name_after_a_verb_is_no_list_member(reader):
    # "X at A said Y": the verb between the two names ends the list
    found = reader.read("Sam Altman bei OpenAI sagte, Ilya Sutskever verlasse OpenAI.", language="de")
    assert "Sam Altman" not in {c.person for c in found}
