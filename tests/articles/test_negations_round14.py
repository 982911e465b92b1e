"""Negations, fourteenth round (issue 25): "Jane Doe will not leave Quorra", "no dejará el Betis", "non
lascerà il Milan" were proposed as stated departures. A word of negation at most two words before
every word of moving of a sentence, in its clause (list ``negations``), now says the move does not
happen, and nothing is proposed; a word of moving no negation governs keeps the sentence.

Made-up sentences: the development part has one negated word of moving, before a move told in the
next clause, which the guard below stands for."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up, one per language (French's "ne … pas" and German's "nicht" were read so already)
        ("en", "Priya Raman will not leave Northwind."),
        ("en", "Priya Raman has not joined Northwind."),
        ("es", "Lucía Vega no dejará Tecnora."),
        ("es", "Lucía Vega no ha fichado por Tecnora."),
        ("it", "Marta Neri non lascerà la Fiorentina."),
        ("it", "Marta Neri non ha firmato con la Fiorentina."),
    ],
)  # fmt: skip
def test_a_negated_move_is_not_proposed(reader, language, text):
    assert moves(reader.read(text, language=language)) == set()


def test_a_move_no_negation_governs_is_kept(reader):
    """Made up: the negation governs the second verb, the move is the first."""
    found = moves(reader.read("Priya Raman joined Meta and did not return to Google.", language="en"))
    assert ("Priya Raman", None, "Meta") in found


def test_a_negated_idiom_before_a_move_in_the_next_clause_keeps_it_real(reader):
    """Real (es-031): "no llegó a asentarse" is negated, "Meta logró incorporarlo" after the colon is
    the move (the infinitive with its object pronoun is a verb of hiring since this round)."""
    text = (
        "El caso más reciente es el de Ke Yang, quien fue designado hace pocas semanas como director del proyecto "
        "“Respuestas”, un modelo de lenguaje en desarrollo por Apple que busca mejorar la interacción con Siri y "
        "Safari. Sin embargo, el ingeniero no llegó a asentarse en su nuevo cargo: Meta logró incorporarlo a su "
        "equipo de inteligencia artificial, según informó Bloomberg."
    )
    assert ("Ke Yang", None, "Meta") in moves(reader.read(text, language="es"))
