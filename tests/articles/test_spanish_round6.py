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


def test_a_name_after_a_noun_of_moving_with_an_adjective_is_a_person(reader):
    """'el posible regreso de X', 'il partito fondato da X': an article, an adjective or a noun, then the
    word of moving — a noun, or a participle that describes the noun — is no verb whose origin follows
    ('despedido de Sport Boys'): the name after it is a person's, not an organisation."""
    found = reader.read("OpenAI transita horas decisivas, mientras negocia el posible regreso de Sam Altman como CEO.",
                        language="es")  # fmt: skip
    assert [(c.person, c.to) for c in found] == [("Sam Altman", "OpenAI")]
    # it-007-editorialedomani-de-filippo-pd.yaml
    text = ("Vito De Filippo lascia il Pd. La fuoriuscita di De Filippo rischia di non essere l’unica a colpire il "
            "partito fondato da Matteo Renzi.")  # fmt: skip
    assert moves(reader.read(text, language="it")) == {("Vito De Filippo", "Pd", None)}
    passive = reader.read("Carlos Fabián Leeb fue despedido de Sport Boys.", language="es")
    assert moves(passive) == {("Carlos Fabián Leeb", "Sport Boys", None)}


def test_a_sentence_about_some_of_a_group_is_not_about_the_one_person_before(reader):
    """'Algunos no habían cumplido el mes en la empresa … y renunciaron': some of the group, not the
    person the sentence before named (nor is 'el mes' a description of someone)."""
    text = ("La división de IA de Meta, dirigida por Mark Zuckerberg, perdió tres investigadores. Algunos no habían "
            "cumplido el mes en la empresa cuando decidieron que era suficiente y renunciaron.")  # fmt: skip
    assert not [c for c in reader.read(text, language="es") if c.person == "Mark Zuckerberg"]
    others = [
        ("en", "Mark Zuckerberg built a lab at Meta. Several quit the company within a month."),
        ("it", "Mark Zuckerberg ha creato un laboratorio a Meta. Alcuni hanno lasciato l'azienda dopo un mese."),
    ]
    for language, text in others:  # nor is the word of quantity that opens it a name
        assert not [c.person for c in reader.read(text, language=language) if c.person]
