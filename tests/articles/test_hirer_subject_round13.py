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
