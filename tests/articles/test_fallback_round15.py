"""The fallback after the rules (issue 25): a sentence with a word of leaving (and none of joining or
hiring) that names one person, whom no rule proposed anywhere in the text, tells that person left the
organisation the sentence names, else the one organisation the sentence before names ("Apple is
looking for a new director. Mara Lind resigned in July."). Such a candidate has the pattern
``fallback`` and a low confidence: a name and a word of moving in one sentence, which no rule ties.
Not a speaker, the subject of a hiring verb, a name next to a word of succession, nor a sentence of
two names, a negation, or no organisation to name.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up."""

from __future__ import annotations

import pytest

from dashboard.articles.candidates import FALLBACK_CONFIDENCE
from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Apple is looking for a new director. Mara Lind resigned in July."),
        ("en", "Apple is looking for a new head of research. The former chief Mara Lind had resigned in July."),
        ("de", "Apple sucht einen neuen Forschungschef. Mara Lind war im Juli zurückgetreten."),
        ("es", "Apple busca un nuevo director. Mara Lind dimitió en julio por motivos personales."),
        ("fr", "Apple cherche un nouveau directeur. Mara Lind a démissionné en juillet."),
        ("it", "Apple cerca un nuovo direttore. Mara Lind si è dimessa a luglio."),
    ],
)
def test_a_name_and_a_word_of_leaving_leave_the_organisation_the_sentence_before_names(reader, language, text):
    """Before, a sentence that names no organisation gave no move of its own."""
    found = reader.read(text, language=language)
    assert moves(found, "fallback") == {("Mara Lind", "Apple", None)}
    assert [candidate.confidence for candidate in found] == [FALLBACK_CONFIDENCE]


def test_a_former_chief_who_resigned_leaves_the_company_of_the_sentence_before(reader):
    # real: de-024-wirtschaftmagazin-fuenf-ceo-wechsel.yaml
    text = (
        "Auch der Windparkentwickler PNE hat einen neuen Vorstandsvorsitzenden gefunden: Heiko Wuttke wird den "
        "Chefposten am 13. Januar 2025 antreten und übernimmt damit das Ruder von Interims-CEO Per Hornung "
        "Pedersen. Der frühere Chef Markus Lesser war im Juli aus persönlichen Gründen zurückgetreten."
    )
    assert ("Markus Lesser", "PNE", None) in moves(reader.read(text, language="de"), "fallback")


def test_after_a_sentence_of_losing_people(reader):
    """No rule lends the organisation that lost people to a verb of leaving after it
    (test_nominal_round14); the fallback guesses it."""
    text = "Apple lost several researchers this year. Mara Lind resigned in July."
    assert moves(reader.read(text, language="en"), "fallback") == {("Mara Lind", "Apple", None)}


def test_the_speaker_of_a_sentence_of_leaving_is_left_out(reader):
    """The speaker is no mover; the one person left is."""
    text = "Apple is looking for a new director. Mara Lind resigned in July, said Jane Doe."
    assert moves(reader.read(text, language="en")) == {("Mara Lind", "Apple", None)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a speaker alone
        ("en", "Apple is looking for a new director. Spokeswoman Jane Doe said the resignation was final."),
        ("de", "Apple sucht einen neuen Forschungschef. Der Rücktritt ist endgültig, sagte Jane Doe."),
        ("es", "Apple busca un nuevo director. La portavoz Jane Doe dijo que la dimisión es definitiva."),
        # the one who hires, and a word of hiring: no side to guess
        ("en", "Apple is looking for a new director. Jane Doe hired Mara Lind after the resignation."),
        # the successor who replaces the one who left
        ("en", "Apple is looking for a new director. Mara Lind replaced Jane Doe, who resigned."),
        # two names: the rules tell which one moves, the fallback cannot
        ("en", "Apple is looking for a new director. Mara Lind and Jane Doe resigned in July."),
        # two organisations before: which one?
        ("en", "Apple and Google are looking for new directors. Mara Lind resigned in July."),
        # no organisation at all: a candidate of no organisation matches no move
        ("en", "Mara Lind resigned in July."),
        ("de", "Mara Lind ist im Juli zurückgetreten."),
        # a name a preposition governs: whose laboratory it is
        ("es", "Apple busca un nuevo director. La decisión de Mara Lind sorprendió tras la dimisión."),
        ("fr", "Nouveaux départs vers le laboratoire de Mara Lind chez Apple."),
        # words of moving that tell no move: announcing, a result that leaves a team in the table
        ("de", "Apple sucht einen neuen Forschungschef. Mara Lind kündigte neue Produkte an."),
        (
            "en",
            "Apple is looking for a new director. Mara Lind lost her last match, a defeat that left Apple in fifth.",
        ),
        # a negation
        ("en", "Apple is looking for a new director. Mara Lind did not resign."),
        ("it", "Apple cerca un nuovo direttore. Mara Lind non lascerà."),
    ],
)
def test_no_fallback(reader, language, text):
    assert moves(reader.read(text, language=language), "fallback") == set()


def test_no_fallback_for_a_person_a_rule_proposed(reader):
    """A person the rules found once is not guessed again from another sentence."""
    text = "Mara Lind left Apple for Google in May. Apple is looking for a new director. Mara Lind resigned in May."
    found = reader.read(text, language="en")
    assert moves(found) == {("Mara Lind", "Apple", "Google")}
    assert all(candidate.pattern != "fallback" for candidate in found)
