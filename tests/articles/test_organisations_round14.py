"""Which capitalised words are organisations (issue 25, fourteenth round).

An organisation the record does not know, opening a sentence as the subject of an active verb of
succession with the successor after a preposition ('Everton replaced Sean Dyche with David Moyes',
'Schalke ersetzte X durch Y', 'Brest a remplacé X par Y', 'Alavés sustituyó a X por Y', 'Bologna ha
sostituito X con Y'), was not recognised: the thirteenth round's rule for hirers took verbs of hiring
and dismissing only, and in French, Spanish and Italian a verb of succession after the sentence's first
word was left out ('Prenderà il posto di X' opens with its verb). Whoever replaces one person by another
is their employer; a person who replaces someone ('Moyes replaced Dyche at Everton') names no successor
after a preposition and stays no organisation.

German capitalises its units of time: in 'tritt nach drei Jahren beim HSV ab' the time phrase between the
verb and its object ended at 'Jahren', which was read as the club left.

The development excerpts read for tuning have no sentence of these shapes: made-up sentences."""

from __future__ import annotations

import pytest

from support.articles import hands_over, moves


@pytest.mark.parametrize(
    ("language", "text", "left", "came", "organisation"),
    [
        ("en", "Everton replaced Sean Dyche with David Moyes.", "Sean Dyche", "David Moyes", "Everton"),
        ("en", "Everton have replaced Sean Dyche with David Moyes.", "Sean Dyche", "David Moyes", "Everton"),
        ("de", "Schalke ersetzte Tim Walter durch Steffen Baumgart.", "Tim Walter", "Steffen Baumgart", "Schalke"),
        ("fr", "Brest a remplacé Pierre Sage par Paulo Fonseca.", "Pierre Sage", "Paulo Fonseca", "Brest"),
        ("es", "Alavés sustituyó a Borja Jiménez por Paco López.", "Borja Jiménez", "Paco López", "Alavés"),
        ("es", "Osasuna ha sustituido a Borja Jiménez por Paco López.", "Borja Jiménez", "Paco López", "Osasuna"),
        (
            "it",
            "Bologna ha sostituito Marco Giampaolo con Eusebio Di Francesco.",
            "Marco Giampaolo",
            "Eusebio Di Francesco",
            "Bologna",
        ),
    ],
)
def test_who_replaces_one_person_by_another_is_an_employer(reader, language, text, left, came, organisation):
    found = moves(reader.read(text, language=language))
    assert hands_over(found, left, came, organisation)
    assert len(found) == 2


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Moyes replaced Dyche at Everton."),
        ("en", "Zuckerberg replaced LeCun with Wang."),
        ("en", "Mark Zuckerberg hired Alexandr Wang."),
        ("fr", "Fonseca a remplacé Sage à Lyon."),
    ],
)
def test_a_person_who_replaces_or_hires_is_no_organisation(reader, language, text):
    """A guard: a person as the subject (no successor after a preposition, or a person's two names)
    is not read as an organisation."""
    organisations = {side for move in moves(reader.read(text, language=language)) for side in move[1:]}
    assert not organisations & {"Moyes", "Zuckerberg", "Mark", "Mark Zuckerberg", "Fonseca"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Tim Walter tritt nach drei Jahren beim HSV ab.", {("Tim Walter", "HSV", None)}),
        ("de", "Tim Walter verlässt nach drei Jahren Schalke.", {("Tim Walter", "Schalke", None)}),
        # the same shape in Italian, whose units of time are in lower case (a guard)
        (
            "it",
            "Gian Piero Gasperini ha lasciato dopo nove stagioni l'Atalanta.",
            {("Gian Piero Gasperini", "Atalanta", None)},
        ),
    ],
)
def test_a_unit_of_time_is_no_organisation_left(reader, language, text, expected):
    assert moves(reader.read(text, language=language)) == expected
