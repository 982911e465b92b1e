"""An organisation as the subject of an active verb of hiring or dismissing (issue 25, thirteenth round).

Parting ways in German and Italian: "trennt sich von" and "si separa da" end in a preposition that is
also the agent's ("von", "da"), so the one they part from was read as the agent of a passive and
nobody was proposed, even with an organisation the record knows. Made-up sentences: the development
excerpts read for tuning have none in these two languages (the twelfth round's French one, fr-033,
is "s'est séparé de", whose "de" is no agent's word)."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "OpenAI trennt sich von John Smith.", ("John Smith", "OpenAI", None)),
        ("de", "Der HSV trennt sich von Tim Walter.", ("Tim Walter", "HSV", None)),
        ("it", "OpenAI si separa da John Smith.", ("John Smith", "OpenAI", None)),
        ("it", "Il Genoa si separa da Thiago Motta.", ("Thiago Motta", "Genoa", None)),
    ],
)
def test_whom_an_organisation_parts_from_is_no_agent(reader, language, text, expected):
    assert moves(reader.read(text, language=language)) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Tim Walter wurde beim HSV von Hans Meier entlassen.", ("Tim Walter", "HSV", None)),
        ("it", "Marco Baroni è stato esonerato dalla Lazio da Claudio Lotito.", ("Marco Baroni", "Lazio", None)),
    ],
)
def test_the_agent_of_a_passive_is_still_no_mover(reader, language, text, expected):
    """A guard (passes without the change too): 'von', 'da' after a passive of dismissing still name its
    agent, who is not proposed. Made-up sentences."""
    assert moves(reader.read(text, language=language)) == {expected}


# An organisation the record does not know, opening an English or German sentence right before an active
# verb that hires or dismisses (or an auxiliary and one): English and German were left out of the rule
# of the languages that capitalise names only ("Lyon a limogé X", "Tenerife destituyó a X").


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # verbatim, the development excerpt de-007 (tune subset)
        (
            "de",
            "Beiersdorf besetzte den Vorstandsposten Finanzen zu Jahresbeginn neu mit Astrid Hermann, die zuvor den "
            "Finanzbereich USA des Mitbewerbers Colgate-Palmolive verantwortete.",
            ("Astrid Hermann", None, "Beiersdorf"),
        ),
        # made-up: the development excerpts read for tuning have no other sentence of this shape
        ("de", "Bayern entlässt Tim Walter.", ("Tim Walter", "Bayern", None)),
        ("de", "Schalke hat Tim Walter entlassen.", ("Tim Walter", "Schalke", None)),
        ("en", "Chelsea sacked Graham Potter.", ("Graham Potter", "Chelsea", None)),
        ("en", "Chelsea have sacked Graham Potter.", ("Graham Potter", "Chelsea", None)),
        ("en", "The Hammers sacked Manuel Pellegrini.", ("Manuel Pellegrini", "Hammers", None)),
        ("en", "Barclays hired John Smith, the former head of Lloyds.", ("John Smith", "Lloyds", "Barclays")),
    ],
)
def test_an_unknown_organisation_that_hires_or_dismisses(reader, language, text, expected):
    assert moves(reader.read(text, language=language)) == {expected}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Stattdessen holt Bayern Tim Walter.", set()),  # an adverb first: the subject follows the verb
        (
            "en",
            "Mark Zuckerberg hired John Smith. Zuckerberg hired Bob Jones from Google.",
            {("Bob Jones", "Google", None)},
        ),  # a surname the text gave a person: who hires, no organisation
        (
            "en",
            "Zuckerberg hired Bob Jones from Google. Mark Zuckerberg said so.",
            {("Bob Jones", "Google", None)},
        ),  # also when the full name comes later in the text
    ],
)
def test_no_adverb_or_person_becomes_the_organisation(reader, language, text, expected):
    """Guards (pass without the change too). Made-up sentences."""
    assert moves(reader.read(text, language=language)) == expected


# Whom an organisation parts from, with a hire after it in the same sentence: the person right after a
# phrase of moving is its object and moves, not the recruiter of the hiring verb that follows.


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # verbatim, the development excerpt fr-033 (tune subset)
        (
            "fr",
            "En Italie, le Genoa s’est séparé de Thiago Motta et a nomme Davide Nicola comme nouvel entraîneur.",
            {("Thiago Motta", "Genoa", None), ("Davide Nicola", None, "Genoa")},
        ),
        # made-up: the development excerpts read for tuning have no such sentence in these languages
        (
            "it",
            "Il Genoa si è separato da Thiago Motta e ha ingaggiato Davide Nicola.",
            {("Thiago Motta", "Genoa", None), ("Davide Nicola", None, "Genoa")},
        ),
        (
            "es",
            "El Betis se ha separado de Pablo Ruiz y ha fichado a Davide Nicola.",
            {("Pablo Ruiz", "Betis", None), ("Davide Nicola", None, "Betis")},
        ),
    ],
)
def test_whom_an_organisation_parts_from_before_a_hire_leaves(reader, language, text, expected):
    assert moves(reader.read(text, language=language)) == expected
