"""The eleventh round's words of roles (issue 25): the role words of the press completed in the five
languages from the languages themselves (a minister, a spokeswoman, a 'catedrática', a 'professeure',
a 'portavoce'), with their feminine forms. Made-up sentences, read against the shipped record's
organisations as ``bench/candidates.py`` reads them. A role word is matched as a word's ending, so
the guards check endings that are also names or common words ('Goodfellow', 'electo')."""

from __future__ import annotations

import pytest

from dashboard.articles import lexicon
from dashboard.articles.reading.names import _is_role
from dashboard.articles.words import fold_word
from support.articles import moves


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("de", "Ministerin Anna Lang wechselt zu Siemens.", ("Anna Lang", None, "Siemens")),
        ("de", "Torhüter Jonas Weber wechselt zu Siemens.", ("Jonas Weber", None, "Siemens")),
        ("en", "Spokeswoman Jane Doe left Microsoft for Google.", ("Jane Doe", "Microsoft", "Google")),
        ("en", "Chairman John Smith left Microsoft for Google.", ("John Smith", "Microsoft", "Google")),
        ("es", "Ingeniera Ana Pérez ficha por Iberdrola.", ("Ana Pérez", None, "Iberdrola")),
        ("fr", "Professeure Claire Dubois quitte Renault pour Airbus.", ("Claire Dubois", "Renault", "Airbus")),
        ("it", "Portavoce Marco Bianchi lascia Enel per Eni.", ("Marco Bianchi", "Enel", "Eni")),
        ("it", "Rettore Marco Bianchi lascia Enel per Eni.", ("Marco Bianchi", "Enel", "Eni")),
    ],
)
def test_a_role_opening_a_sentence_is_no_part_of_the_name(reader, language, sentence, expected):
    """A capitalised role before a name ('Ministerin', 'Spokeswoman', 'Portavoce') is not its first word."""
    assert moves(reader.read(sentence, language=language)) == {expected}


@pytest.mark.parametrize(
    "word", ["Vorstandschefin", "Sportdirektor", "Chefredakteurin", "Bürgermeisterin", "Seleccionadora", "Catedrático",
             "Sélectionneuse", "Rectrice", "Professoressa", "Centrocampista", "Chairwoman", "CFO"],
)  # fmt: skip
def test_the_roles_of_the_press_and_their_feminine_forms_are_roles(word):
    assert _is_role(fold_word(word))


@pytest.mark.parametrize("word", ["Goodfellow", "electo", "Directo", "Proyecto"])
def test_endings_that_are_names_or_common_words_are_no_roles(word):
    """Guard: 'fellow' would end 'Goodfellow' and 'CTO' would end 'electo' ('el gobernador electo'): neither
    is a role word (CTO stays a word of no name, ``not_names``)."""
    assert not _is_role(fold_word(word))
    assert "cto" in lexicon.NOT_NAMES


def test_a_surname_ending_in_a_role_stays_a_name(reader):
    found = moves(reader.read("Ian Goodfellow joined Google as a research scientist.", language="en"))
    assert found == {("Ian Goodfellow", None, "Google")}


def test_a_plural_of_founders_is_no_post_of_the_company(reader):
    """Guard: 'uno de los cofundadores de OpenAI' is where he comes from; the plural is no role word
    (as one, 'role de X' would read OpenAI as the post he takes)."""
    found = moves(reader.read("John Schulman, uno de los cofundadores de OpenAI, se une a Anthropic.", language="es"))
    assert found == {("John Schulman", "OpenAI", "Anthropic")}


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("de", "Anna Lang wechselt vom Bundesministerium der Finanzen zu Siemens.",  # "vom": the origin (round 12)
         ("Anna Lang", "Bundesministerium der Finanzen", "Siemens")),
        ("en", "Jane Doe left the Department of Energy for Google.", ("Jane Doe", "Department of Energy", "Google")),
        ("en", "Jane Doe left the Ministry of Defence to join Google.", ("Jane Doe", "Ministry of Defence", "Google")),
        ("es", "Ana Pérez deja el Ministerio de Economía por Iberdrola.",  # "deja A por B" (round 15)
         ("Ana Pérez", "Ministerio de Economía", "Iberdrola")),
    ],
)  # fmt: skip
def test_a_ministry_or_a_department_heads_an_institution_s_name(reader, language, sentence, expected):
    """'Ministerium', 'Department', 'Ministry', 'Ministerio' head a name with its complement, as
    'Universität' and 'University' do."""
    assert moves(reader.read(sentence, language=language)) == {expected}


def test_a_city_centre_is_no_institution(reader):
    """Guard: 'Zentrum' ends German compounds of institutions ('Forschungszentrum Jülich'), and also
    'Stadtzentrum', which names none without a proper name after it."""
    found = moves(reader.read("Anna Lang wechselt im Stadtzentrum von Köln zu Siemens.", language="de"))
    assert found == {("Anna Lang", None, "Siemens")}


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("de", "Jonas Weber wechselt von der Allianz SE zur Munich Re.", ("Jonas Weber", "Allianz SE", "Munich Re")),
        ("it", "Il tecnico Marco Bianchi lascia la SS Lazio per l'AS Roma.", ("Marco Bianchi", "SS Lazio", "AS Roma")),
    ],
)
def test_legal_and_club_affixes_make_a_name(reader, language, sentence, expected):
    """'SE' ends a company's name and 'AS' opens a club's, as 'AG' and 'FC' do."""
    assert moves(reader.read(sentence, language=language)) == {expected}


def test_a_short_affix_in_small_letters_is_a_word_of_the_text(reader):
    """Guard: 'As' opening a sentence is the conjunction, not the club prefix 'AS' (a short affix
    counts only in capitals)."""
    found = moves(reader.read("As Jane Doe left Microsoft, Google hired her.", language="en"))
    assert found == {("Jane Doe", "Microsoft", "Google")}
