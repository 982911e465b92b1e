"""Fourteenth round (issue 25): three general shapes the eighth batch of the press corpus showed.

- A verb of dismissing in any form is a word of leaving, as one of hiring is one of joining: a
  headline's present tense ("Everton sacks manager Sean Dyche", "Il Genoa silura X", "El Sevilla cesa
  a X") was read as no move, because only the verbs that were also in the list of leaving set a
  sentence off.
- An outlet that "understands", "learned" or was "told" something is the source of the news, not an
  employer ("The BBC understands coaches Steve Round and Jimmy Lumsden have also left their posts"
  gave both "BBC -> ?").
- A departure that names no organisation but says it is like the one before ("have also left",
  "Auch X geht", "anche X lascia") leaves the organisation that move left, when it left exactly one.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest

from support.articles import moves


def test_a_headline_in_the_present_dismisses_real(reader):
    """Real (en-038): the headline of a summary, present tense, no full stop."""
    found = moves(reader.read("Everton sacks manager Sean Dyche", language="en"))
    assert found == {("Sean Dyche", "Everton", None)}


@pytest.mark.parametrize(
    ("language", "text", "who", "club"),
    [
        # made up: the corpus has these verbs only in other tenses
        ("es", "El Sevilla cesa a Julen Lopetegui.", "Julen Lopetegui", "Sevilla"),
        ("it", "Il Genoa silura Alberto Gilardino.", "Alberto Gilardino", "Genoa"),
        ("en", "Everton ditched Sean Dyche.", "Sean Dyche", "Everton"),
    ],
)  # fmt: skip
def test_every_form_of_a_verb_of_dismissing_is_a_departure(reader, language, text, who, club):
    assert moves(reader.read(text, language=language)) == {(who, club, None)}


def test_an_outlet_that_understands_is_no_employer_real(reader):
    """Real (en-039): the BBC is the source; the coaches leave the club of the sentence before."""
    text = (
        "Manchester United manager David Moyes has been sacked, only 10 months after succeeding Sir Alex Ferguson. "
        "The BBC understands coaches Steve Round and Jimmy Lumsden have also left their posts, but goalkeeping "
        "coach Chris Woods and first-team coach Phil Neville will remain with the club for the rest of the season."
    )
    found = moves(reader.read(text, language="en"))
    assert ("Steve Round", "Manchester United", None) in found
    assert ("Jimmy Lumsden", "Manchester United", None) in found
    assert not any(origin == "BBC" for _who, origin, _to in found)


@pytest.mark.parametrize(
    ("language", "text", "who", "outlet"),
    [
        # made up: before, each outlet was proposed as the origin
        ("en", "Graham Potter has left, a source told ESPN.", "Graham Potter", "ESPN"),
        ("de", "Hansi Flick verlässt den Verein, wie die ARD erfuhr.", "Hansi Flick", "ARD"),
        ("fr", "Christophe Galtier quitte le club, apprend RMC.", "Christophe Galtier", "RMC"),
    ],
)  # fmt: skip
def test_an_outlet_told_or_learning_the_news_is_no_side(reader, language, text, who, outlet):
    found = moves(reader.read(text, language=language))
    assert not any(outlet in (origin, to) for _who, origin, to in found)
    assert (who, outlet, None) not in found


@pytest.mark.parametrize(
    ("language", "text", "first", "second", "club"),
    [
        # made up, one per language
        ("de", "Hansi Flick verlässt den FC Bayern. Auch Hermann Gerland geht.", "Hansi Flick", "Hermann Gerland",
         "FC Bayern"),
        ("it", "Alberto Gilardino lascia il Genoa. Anche Roberto Murgita se ne va.", "Alberto Gilardino",
         "Roberto Murgita", "Genoa"),
        ("es", "Julen Lopetegui deja el Sevilla. También Pablo Sanz se marcha.", "Julen Lopetegui", "Pablo Sanz",
         "Sevilla"),
    ],
)  # fmt: skip
def test_a_departure_like_the_one_before_leaves_the_same_organisation(reader, language, text, first, second, club):
    found = moves(reader.read(text, language=language))
    assert (first, club, None) in found and (second, club, None) in found


def test_also_does_not_carry_an_organisation_to_the_object_of_a_noun_real(reader):
    """Real (de-034, two paragraphs as printed): "Auch die Entlassung von Sebastian Hoeneß" is another
    club's dismissal, not one like the move before; the person after "von" gets no organisation from
    Rose's move."""
    text = (
        "So dürfte kaum einer erwartet haben, dass Marco Rose den BVB verlassen muss. Selbst nachdem früh klar "
        "war, dass Dortmund in der Liga die Meisterschaft wiederholt verpasst, das Aus in DFB-Pokal, Champions "
        "League und Europa League erfolgt waren, hielten die Verantwortlichen noch an Rose fest. Im Mai hatte "
        "Sportdirektor Sebastian Kehl gesagt, man werde es hoffentlich „in der neuen Saison gemeinsam besser "
        "machen“.\nAuch im Fall von Florian Kohfeldt hatte es quasi eine Job-Garantie vom Sportdirektor gegeben. "
        "Nach dem 1:1 im April gegen Stuttgart sagte Jörg Schmadtke: „Gehen Sie mal davon aus, dass wir mit "
        "Florian Kohfeldt in die neue Saison gehen.“ Kohfeldt musste trotzdem gehen. Auch die Entlassung von "
        "Sebastian Hoeneß wirft Fragen auf, galt er bis zum 24. Spieltag (Patz vier) doch noch als Coach der "
        "Stunde."
    )
    found = moves(reader.read(text, language="de"))
    assert ("Marco Rose", "BVB", None) in found
    assert not any(who == "Sebastian Hoeneß" and origin == "BVB" for who, origin, _to in found)


def test_also_with_two_organisations_left_before_guesses_none(reader):
    """Made up: the move before left two organisations; which one the next leaves is not said."""
    text = "Hansi Flick verlässt den FC Bayern und den DFB. Auch Hermann Gerland geht."
    found = moves(reader.read(text, language="de"))
    assert not any(who == "Hermann Gerland" and origin for who, origin, _to in found)


def test_a_verb_of_a_heading_in_capitals_is_no_part_of_a_name_real(reader):
    """Real (en-041): the heading's capitalised verb made "Lead Defects" a person."""
    found = moves(reader.read("OpenAI Lead Defects to Anthropic for IC Role", language="en"))
    assert not any(who == "Lead Defects" for who, _origin, _to in found)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # made up: headings written in capitals, the verb right after the name
        ("en", "Apple AI Chief Ruoming Pang Leaves For Meta", ("Ruoming Pang", "Apple", "Meta")),
        ("en", "Scale AI Founder Alexandr Wang Joins Meta", ("Alexandr Wang", "Scale AI", "Meta")),
    ],
)  # fmt: skip
def test_a_name_ends_before_the_verb_of_a_heading(reader, language, text, expected):
    found = moves(reader.read(text, language=language))
    assert expected in found
