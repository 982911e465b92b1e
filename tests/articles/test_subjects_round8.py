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


# --- a preposition governs a name across an article, its attributes and a role --------------------

# de-014-turi2-altman-wechselt-microsoft.yaml
DE_ATTRIBUTE = (
    "Stattdessen übernimmt bei OpenAI heute der ehemalige Twitch-CEO Emmett Shear die Chefrolle von der am Freitag "
    "interimistisch beförderten Technologiechefin Mira Murati."
)
# fr-023-reuters-renault-bollore-revoque.yaml
FR_ATTRIBUTE = (
    "Jusqu’ici directeur général délégué, il avait été nommé en janvier directeur général de Renault pour "
    "maintenir, au côté du nouveau président Jean-Dominique Senard, le fil rouge opérationnel qu’il incarnait "
    "depuis début 2018."
)


def test_a_name_after_a_participle_attribute_is_governed(reader):
    found = moves(reader.read(DE_ATTRIBUTE, language="de"))
    assert found == {("Emmett Shear", "Twitch", "OpenAI")}


def test_a_name_after_new_and_a_role_governed_by_a_preposition_is_no_mover(reader):
    assert reader.read(FR_ATTRIBUTE, language="fr") == []


@pytest.mark.parametrize(
    ("language", "sentence", "mover", "bystander"),
    [
        (
            "es",
            "El Betis despidió a Manuel Pellegrini por decisión del nuevo presidente Ángel Haro.",
            "Manuel Pellegrini",
            "Ángel Haro",
        ),
        (
            "it",
            "La Juventus ha esonerato Thiago Motta su richiesta del nuovo presidente Gianluca Ferrero.",
            "Thiago Motta",
            "Gianluca Ferrero",
        ),
        (
            "en",
            "OpenAI fired Sam Altman on the advice of the long-serving CEO Bret Taylor.",
            "Sam Altman",
            "Bret Taylor",
        ),
    ],
)
def test_a_preposition_governs_the_name_across_its_attributes(reader, language, sentence, mover, bystander):
    people = {c.person for c in reader.read(sentence, language=language)}
    assert mover in people
    assert bystander not in people


def test_an_article_of_another_noun_ends_the_attributes(reader):
    # "la sicurezza e l'altro co-fondatore X": the "e" starts another noun, whose name is no bystander
    found = reader.read("Ha lasciato OpenAI il responsabile della sicurezza e l’altro co-fondatore Ilya Sutskever.",
                        language="it")  # fmt: skip
    assert "Ilya Sutskever" in {c.person for c in found}


def test_a_preposition_glued_to_its_article_is_the_preposition(reader):
    # "del" is "de" and "el": the walk back from the name stops at it, and it governs the name
    people = {c.person for c in reader.read("El Betis despidió a Manuel Pellegrini por decisión del presidente "
                                            "Ángel Haro.", language="es")}  # fmt: skip
    assert people == {"Manuel Pellegrini"}
    people = {c.person for c in reader.read("Il Milan ha esonerato Stefano Pioli per volontà del presidente "
                                            "Paolo Scaroni.", language="it")}  # fmt: skip
    assert people == {"Stefano Pioli"}


# --- a clause whose verb comes before its names has the sentence's subject --------------------------

# en-015-thewrap-daily-news-forbes.yaml (with the sentence that names Martin Dunn before)
EN_SUBJECTLESS = (
    "Martin Dunn, the editor-in-chief of the New York Daily News, is leaving the paper. "
    "Kevin R. Convey, editor-in-chief of the Boston Herald, has been named to succeed Dunn at the NYDN."
)
# es-024-biobiochile-sutskever-deja-openai.yaml
ES_NOUN_OBJECT = (
    "Sutskever, científico jefe de OpenAI, formó parte del consejo de administración que votó el cese del CEO y "
    "cofundador Sam Altman el pasado noviembre."
)


def test_the_subject_moves_by_the_verb_after_its_apposition(reader):
    found = reader.read(EN_SUBJECTLESS, language="en")
    assert "Kevin R. Convey" in {c.person for c in found}


@pytest.mark.parametrize(
    ("language", "sentence", "successor"),
    [
        (
            "fr",
            "Luis Enrique, sélectionneur de l’Espagne, a été choisi pour remplacer Christophe Galtier au PSG.",
            "Luis Enrique",
        ),
        (
            "it",
            "Thiago Motta, allenatore del Bologna, è stato scelto per sostituire Massimiliano Allegri alla Juventus.",
            "Thiago Motta",
        ),
    ],
)
def test_the_successor_before_its_apposition_moves(reader, language, sentence, successor):
    # (which side the apposition's organisation is on is the organisation rules' to say)
    found = reader.read(sentence, language=language)
    assert successor in {c.person for c in found}
    assert all(c.pattern == "succession" for c in found if c.person != successor)


def test_a_name_after_a_noun_of_moving_is_the_mover_not_the_subject(reader):
    # "votó el cese del CEO X": X is dismissed, the clause's subject is no mover
    found = moves(reader.read(ES_NOUN_OBJECT, language="es"))
    assert found == {("Sam Altman", "OpenAI", None)}
