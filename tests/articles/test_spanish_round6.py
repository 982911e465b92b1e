"""The reader's sixth round for Spanish (issue 25): the verbs of going and joining in their pronominal
forms, a sentence about some of a group, and what is no organisation of a move. Made-up sentences
in the shape of the press corpus's, read against the shipped record's organisations as
``bench/candidates.py`` reads them; where a rule is grammar other languages share, they are tested
too."""

from __future__ import annotations

import pytest

from dashboard.articles.candidates import Reader
from support.records import SHIPPED, load


@pytest.fixture(scope="module")
def reader():
    """The shipped record's organisations, without its people or moves: a curator's new article."""
    full = load(SHIPPED.read_text(encoding="utf-8")).dataset.document
    return Reader(full.model_copy(update={"people": {}, "moves": [], "stays": [], "positions": []}))


def moves(found):
    return {(c.person or c.group, c.from_, c.to) for c in found}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rishabh Agarwal se fue de Meta el lunes.", ("Rishabh Agarwal", "Meta", None)),
        ("El investigador Peter Deng se ha ido a Anthropic.", ("Peter Deng", None, "Anthropic")),
        ("Lucía Gómez decidió irse de Google tras seis meses.", ("Lucía Gómez", "Google", None)),
        ("Tomás Ruiz se ha marchado de Apple.", ("Tomás Ruiz", "Apple", None)),
        ("Ana Pérez se sumó a Anthropic en marzo.", ("Ana Pérez", None, "Anthropic")),
        ("Jorge Díaz decidió incorporarse a OpenAI.", ("Jorge Díaz", None, "OpenAI")),
        ("Marta López se integró a Meta el año pasado.", ("Marta López", None, "Meta")),
    ],
)
def test_pronominal_verbs_of_going_and_joining_are_words_of_moving(reader, sentence, expected):
    """'irse' ('se fue de', 'se ha ido a'), 'marcharse', 'sumarse', 'incorporarse', 'integrarse':
    a verb with its pronoun is a word of leaving or joining in its tenses and persons."""
    assert expected in moves(reader.read(sentence, language="es"))


def test_a_return_is_a_word_of_joining(reader):
    """'el regreso de X como CEO': the noun of coming back, as 'la llegada de X'."""
    found = reader.read("OpenAI negocia el regreso de Sam Altman como CEO.", language="es")
    assert [(c.person, c.to) for c in found] == [("Sam Altman", "OpenAI")]
