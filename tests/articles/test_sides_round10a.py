"""The sides of organisations (issue 25, tenth round): made-up sentences of the shapes the press
corpus has, in the languages where the grammar has them. Each checks the whole move, origin and
destination (the benchmark counts a candidate right with one right organisation on either side)."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Google perdió a Lucas Beyer, que se unió a OpenAI.", "es", ("Lucas Beyer", "Google", "OpenAI")),
        ("Apple a perdu Ruoming Pang, parti chez Meta.", "fr", ("Ruoming Pang", "Apple", "Meta")),
        ("Apple ha perso tre ricercatori, passati a Meta.", "it", ("tre ricercatori", "Apple", "Meta")),
    ],
)
def test_who_loses_people_is_where_they_leave(reader, text, language, expected):
    """The subject of a verb of losing someone ("perdre", "perder", "perdere", "verlieren", "lose")
    is the origin of the people it loses, whatever word of joining the sentence has."""
    assert moves(reader.read(text, language=language)) == {expected}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Castellucci dejó Atlantia en septiembre, días después de que la Fiscalía de Génova abriera una "
         "investigación, y asumió otro cargo.", "es", ("Castellucci", "Atlantia", None)),
        ("Castellucci ha lasciato Atlantia a settembre, giorni dopo che la Procura di Genova aveva aperto "
         "un'indagine, e ha assunto un altro incarico.", "it", ("Castellucci", "Atlantia", None)),
        ("Castellucci a quitté Atlantia en septembre, quelques jours après que le Parquet de Gênes a ouvert "
         "une enquête, et a rejoint un autre groupe.", "fr", ("Castellucci", "Atlantia", None)),
    ],
)  # fmt: skip
def test_with_words_of_leaving_and_joining_the_nearest_before_gives_the_side(reader, text, language, expected):
    """An organisation no marker places, in a sentence with words of both leaving and joining, takes
    the side of the nearest word of moving before it (not the joining the sentence ends with)."""
    assert moves(reader.read(text, language=language)) == {expected}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # (Apple, where the apposition says he is, is his origin: test_sides_round10b.py)
        ("Selon un rapport de Bloomberg, Meta vient de recruter Ruoming Pang, le chef des modèles chez Apple.", "fr",
         ("Ruoming Pang", "Apple", "Meta")),
        ("L'Ansa riporta che Nicola Porro ha lasciato la Rai.", "it", ("Nicola Porro", "Rai", None)),
    ],
)  # fmt: skip
def test_the_source_of_the_news_is_no_side(reader, text, language, expected):
    """A name after "selon", "según", "secondo", "laut", "according to" (a few small words between),
    or next to a verb of reporting ("riporta", "reports"), is the outlet that tells the news."""
    assert moves(reader.read(text, language=language)) == {expected}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Nicola Porro sta per lasciare la Rai, dopo aver rifiutato l'offerta di Mediaset.", "it",
         ("Nicola Porro", "Rai", None)),
        ("Manuel Pellegrini está por dejar el West Ham, tras rechazar la oferta del Betis.", "es",
         ("Manuel Pellegrini", "West Ham", None)),
    ],
)  # fmt: skip
def test_for_before_the_word_of_leaving_is_no_destination(reader, text, language, expected):
    """ "Left X for Y" makes Y the destination only with "for" after the word of leaving: "sta per
    lasciare la Rai", "está por dejar el West Ham" (about to leave) leave the object the origin."""
    assert moves(reader.read(text, language=language)) == {expected}
