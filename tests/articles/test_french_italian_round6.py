"""The reader's sixth round in French and Italian (issue 25), and the shapes the other languages share:
each rule on a sentence of the development part of the press corpus (``tests/data/press/dev/``, the
file named beside it) or a made-up one of the same shape, read against the shipped record's
organisations as ``bench/candidates.py`` reads them."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("text", "language", "group"),
    [
        # fr-002-hyperai-openai-crise.yaml (shortened)
        ("Au moins 11 professionnels ont quitté OpenAI.", "fr", "11 professionnels"),
        ("Almeno 11 professionisti hanno lasciato OpenAI.", "it", "11 professionisti"),
        ("At least 11 professionals have left OpenAI.", "en", "11 professionals"),
        ("Al menos 11 profesionales han dejado OpenAI.", "es", "11 profesionales"),
        ("Mindestens 11 Fachleute haben OpenAI verlassen.", "de", "11 Fachleute"),
    ],
)
def test_professionals_are_a_noun_of_people(reader, text, language, group):
    """'11 professionnels' is a group of eleven, as '11 chercheurs' is."""
    found = reader.read(text, language=language)
    assert [(c.group, c.headcount, c.from_) for c in found] == [(group, 11, "OpenAI")]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Julien Martin, recruté par Meta avec deux autres chercheurs, quitte OpenAI.", "fr", "Julien Martin"),
        ("John Smith, hired by Meta along with two other researchers, leaves OpenAI.", "en", "John Smith"),
        ("Marco Rossi, assunto da Meta con altri due ricercatori, lascia OpenAI.", "it", "Marco Rossi"),
    ],
)
def test_a_hiring_participle_with_its_agent_is_a_passive(reader, text, language, person):
    """'X, recruté par Meta': X is the one hired, not the recruiter, also with no 'a été' before the
    participle, and is proposed beside the group the sentence names."""
    assert (person, "OpenAI", "Meta") in moves(reader.read(text, language=language))


# it-016-ilgiornaledellosport-esoneri-lucarelli.yaml
IT_RELATIVE_GROUP = (
    "Una svolta regolamentare della quale ha già usufruito Cristiano Lucarelli, assunto dal Catania 10 giorni "
    "dopo l’esonero subito dalla Ternana e che potrebbe riguardare diversi altri professionisti."
)


def test_a_group_in_a_relative_clause_without_a_word_of_moving_does_not_move(reader):
    """'… e che potrebbe riguardare diversi altri professionisti': the group is what a rule may concern
    one day, not people who moved; Lucarelli, hired by Catania, is the mover."""
    found = reader.read(IT_RELATIVE_GROUP, language="it")
    assert [(c.person, c.group) for c in found] == [("Cristiano Lucarelli", None)]
    assert found[0].to == "Catania"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Marco Rossi, assunto da Meta, lascia OpenAI.", "it"),
        ("Marco Rossi, ingaggiato da Meta, lascia OpenAI.", "it"),
        ("Julia Weber, abgeworben von Meta, verlässt OpenAI.", "de"),
    ],
)
def test_da_right_after_a_participle_of_hiring_is_its_agent(reader, text, language):
    """'da' and 'von' say both where someone comes from and who did it: right after a participle of
    hiring ('assunto da Meta'), the organisation is the agent, the one that hires, the destination."""
    found = reader.read(text, language=language)
    assert [(c.from_, c.to) for c in found] == [("OpenAI", "Meta")]


def test_a_word_of_quantity_before_a_number_is_one_group(reader):
    """'altri due ricercatori' is the group of two, not that and a second group of unsaid size."""
    found = reader.read("Marco Rossi, assunto da Meta con altri due ricercatori, lascia OpenAI.", language="it")
    assert [(c.group, c.headcount) for c in found if c.group] == [("due ricercatori", 2)]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Marco Rossi lascia OpenAI per Meta, una scelta che potrebbe riguardare diversi altri dirigenti.", "it",
         "Marco Rossi"),
        ("Julien Martin quitte OpenAI pour Meta, un choix qui pourrait inspirer plusieurs autres chercheurs.", "fr",
         "Julien Martin"),
        ("John Smith leaves OpenAI for Meta, a choice which could tempt several other researchers.", "en",
         "John Smith"),
    ],
)  # fmt: skip
def test_a_group_after_a_relative_pronoun_with_no_word_of_moving_after_it_is_no_mover(reader, text, language, person):
    """Who a relative clause without a word of moving speaks of did not move: only the person does."""
    assert moves(reader.read(text, language=language)) == {(person, "OpenAI", "Meta")}


# fr-017-qz-meta-quatre-chercheurs.yaml
FR_POSSESSOR = (
    'Nouveaux départs vers le "laboratoire de superintelligence" de Mark Zuckerberg chez Meta suscitent une '
    "refonte urgente des compensations chez OpenAI."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (FR_POSSESSOR, "fr"),
        ("Nuevas salidas hacia el laboratorio de investigación de Mark Zuckerberg en Meta desde OpenAI.", "es"),
        ("Nuovi addii verso il laboratorio di ricerca di Mark Zuckerberg in Meta da OpenAI.", "it"),
    ],
)
def test_new_opening_a_headline_is_no_name_and_whose_lab_it_is_no_mover(reader, text, language):
    """'Nouveaux départs', 'Nuevas salidas', 'Nuovi addii' open a headline: no person; and the person whose
    laboratory it is ('le laboratoire de superintelligence de Mark Zuckerberg') owns it and does not move."""
    assert reader.read(text, language=language) == []


def test_whose_team_it_is_is_no_mover_also_after_the_team_s_complement(reader):
    """'rejoint le laboratoire de recherche de Yann Dupont': Julien Martin moves, not Dupont."""
    found = reader.read("Julien Martin rejoint le laboratoire de recherche de Yann Dupont chez Meta.", language="fr")
    assert moves(found) == {("Julien Martin", None, "Meta")}


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        # fr-007-alimso-arthur-mensch.yaml (the person named in the text, not by a pronoun)
        ("Arthur Mensch a rejoint DeepMind, le laboratoire d’IA de Google, où il a travaillé pendant trois ans.",
         "fr", "Arthur Mensch"),
        ("Marco Rossi è passato a DeepMind, il laboratorio di ricerca di Google.", "it", "Marco Rossi"),
        ("John Smith joined DeepMind, the research lab of Google, in 2020.", "en", "John Smith"),
        ("Juan Pérez se unió a DeepMind, el laboratorio de investigación de Google.", "es", "Juan Pérez"),
    ],
)  # fmt: skip
def test_whose_lab_an_apposition_says_is_no_side_of_the_move(reader, text, language, person):
    """'DeepMind, le laboratoire d’IA de Google': Google only says whose DeepMind is; the move is to
    DeepMind (a known organisation such as Google no longer wins as the nearer one)."""
    assert moves(reader.read(text, language=language)) == {(person, None, "DeepMind")}


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        # it-002-olimpopress-calciomercato.yaml (shortened)
        ("Il Milan annuncia il ritorno di Zvonimir Boban, che ha dato le dimissioni da vice Segretario Generale "
         "della Fifa per diventare dirigente del Milan.", "it", "Zvonimir Boban"),
        ("L’ancien Secrétaire Jean Valcke rejoint la Fifa.", "fr", "Jean Valcke"),
        ("Former Secretary Jane Doe joins OpenAI.", "en", "Jane Doe"),
    ],
)  # fmt: skip
def test_a_secretary_is_a_role_and_no_part_of_a_name(reader, text, language, person):
    """'Segretario Generale', 'Secrétaire', 'Secretary' are posts: no person 'Segretario Generale', and
    the name after one is the name alone."""
    assert [c.person for c in reader.read(text, language=language)] == [person]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Marco Rossi è passato da OpenAI a Meta.", "it", "Marco Rossi"),
        ("Anton Bakhtin wechselt von Anthropic zu Meta.", "de", "Anton Bakhtin"),
    ],
)
def test_da_after_a_verb_of_joining_is_still_the_origin(reader, text, language, person):
    """Only after a participle of hiring is 'da'/'von' an agent: 'passato da A a B' comes from A."""
    assert moves(reader.read(text, language=language)) == {(person, "OpenAI" if language == "it" else "Anthropic",
                                                            "Meta")}  # fmt: skip
