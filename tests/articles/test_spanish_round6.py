"""The reader's sixth round for Spanish (issue 25): the verbs of going and joining in their pronominal
forms, a sentence about some of a group, and what is no organisation of a move. Made-up sentences
in the shape of the press corpus's, read against the shipped record's organisations as
``bench/candidates.py`` reads them; where a rule is grammar other languages share, they are tested
too."""

from __future__ import annotations

import pytest

from support.articles import moves


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


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("es", "Néstor Clausen dejó el cargo tras la eliminación en la Copa Libertadores de América.", set()),
        ("fr", "Julien Stéphan quitte Strasbourg après l'élimination en Coupe de France.",
         {("Julien Stéphan", "Strasbourg", None)}),
    ],
)  # fmt: skip
def test_a_competition_is_no_organisation_nor_a_name(reader, language, sentence, expected):
    """'la Copa Libertadores de América', 'Coupe de France' (list ``competitions``): where a team plays,
    nobody's employer, with the rest of its name; nor is it a person's name."""
    assert moves(reader.read(sentence, language=language)) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Néstor Clausen dejó el cargo tras la caída frente al Flamengo."),
        ("es", "Rubén Baraja fue destituido tras perder contra el Oviedo."),
        ("it", "Marco Rossi lascia la panchina dopo la sconfitta contro la Juventus."),
        ("fr", "Julien Stéphan a été limogé après la défaite contre le PSG."),
        ("en", "Hansi Flick was sacked after the defeat against Chelsea FC."),
    ],
)
def test_an_opponent_is_no_organisation_of_the_move(reader, language, sentence):
    """'frente al Flamengo', 'contro la Juventus', 'against Chelsea FC': the team played against, not the
    club the coach leaves; with no other organisation, no candidate."""
    assert reader.read(sentence, language=language) == []


def test_the_medium_someone_speaks_in_is_no_organisation(reader):
    """'dijo Schulman en Twitter/X': where it was said, after a word of speaking and its speaker."""
    text = '"He tomado la difícil decisión de dejar OpenAI", dijo John Schulman en Twitter/X.'
    assert moves(reader.read(text, language="es")) == {("John Schulman", "OpenAI", None)}
    text = '"He decidido dejar OpenAI", John Schulman dijo en Twitter.'
    assert moves(reader.read(text, language="es")) == {("John Schulman", "OpenAI", None)}


def test_a_noun_of_a_company_with_its_complement_is_not_the_company_named_before(reader):
    """'al equipo del gobernador electo de Sonora': the complement says whose team it is, so it is not
    'the company' the text named before ('Palacio')."""
    # es-017-milenio-chapulineo-legislativo.yaml
    text = (
        "En la sesión de hoy, los morenistas Wendy Briceño, Lorenia Valles y Heriberto Aguilar dejaron sus cargos en "
        "el Palacio de San Lázaro para incorporarse al equipo del gobernador electo de Sonora, Alfonso Durazo, y "
        "asumir posteriormente cargos en el gabinete."
    )
    assert not [c for c in reader.read(text, language="es") if c.to == "Palacio"]
