"""Less confidence where candidates were often wrong on fresh text (issue 25, round 15). On the
development part's ``tune`` subset, candidates of confidence 0.5 and 0.6 were right far more often
than on the held-out part; two general features told the wrong ones from the right ones there:

- a person **alone**, whom no other candidate of the document names (82 % right), against a person
  two sentences tell of ("Mara Lind verlässt Vantor. Lind wechselt zu Helicon.", 93 %);
- a **long sentence** (more than 40 words) that names no organisation of the record (46 % right with
  one side named): the more names a sentence has, the likelier the rules tie the wrong one to the
  move. An organisation the record knows keeps its confidence in a long sentence.

Neither shape is dropped: both are often the only candidate that finds a move. The confirm step
shows the doubt instead. Made-up sentences with names the record does not know (Vantor, Helicon,
Mara Lind), one shape held equal against the other."""

from __future__ import annotations

import pytest

from support.articles import moves

_PADDING = {
    "en": (
        "Mara Lind, who spent the last eleven years building a small team of engineers and designers in a "
        "rented office near the old harbour of the town where she was born and where her parents still run "
        "a bakery, has left Vantor."
    ),
    "fr": (
        "Mara Lind, qui a passé les onze dernières années à bâtir une petite équipe d'ingénieurs et de "
        "designers dans un bureau loué près du vieux port de la ville où elle est née et où ses parents tiennent "
        "encore une boulangerie, a quitté Vantor."
    ),
    "es": (
        "Mara Lind, que durante los últimos once años formó un pequeño equipo de ingenieros y diseñadores en "
        "una pequeña oficina alquilada cerca del viejo puerto de la ciudad donde nació y donde sus padres "
        "todavía tienen una panadería muy conocida, dejó Vantor."
    ),
}
_SHORT = {"en": "Mara Lind has left Vantor.", "fr": "Mara Lind a quitté Vantor.", "es": "Mara Lind dejó Vantor."}


def _only(reader, text, language):
    found = [c for c in reader.read(text, language=language) if c.person == "Mara Lind"]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_a_long_sentence_with_no_organisation_of_the_record_is_less_sure(reader, language):
    long, short = _only(reader, _PADDING[language], language), _only(reader, _SHORT[language], language)
    assert moves([long]) == moves([short]) == {("Mara Lind", "Vantor", None)}
    assert len(long.quote.split()) > 40
    assert long.confidence < short.confidence
    # the same sentences with an organisation of the record: the long one is as sure as the short one
    known = _only(reader, _PADDING[language].replace("Vantor", "OpenAI"), language)
    plain = _only(reader, _SHORT[language].replace("Vantor", "OpenAI"), language)
    assert known.from_id == plain.from_id == "openai"
    assert known.confidence == plain.confidence


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("de", "Mara Lind verlässt Vantor.", "Lind wechselt zu Helicon."),
        ("en", "Mara Lind has left Vantor.", "Lind joins Helicon in May."),
        ("fr", "Mara Lind quitte Vantor.", "Lind rejoint Helicon en mai."),
        ("it", "Mara Lind lascia Vantor.", "Lind passa a Helicon a maggio."),
    ],
)
def test_a_person_no_other_candidate_names_is_less_sure_than_one_told_twice(reader, language, first, second):
    alone = _only(reader, first, language)
    told = [c for c in reader.read(f"{first} {second}", language=language) if c.person == "Mara Lind"]
    assert len(told) >= 2, told
    twice = next(c for c in told if c.quote == first)
    assert (twice.from_, twice.to) == (alone.from_, alone.to)
    assert alone.confidence < twice.confidence


def test_a_group_is_not_alone(reader):
    """A group has no name a second sentence could repeat: only a person is less sure alone."""
    found = reader.read("Drei Forscher verlassen Vantor.", language="de")
    group = next(c for c in found if c.person is None)
    person = _only(reader, "Mara Lind verlässt Vantor.", "de")
    assert (group.from_, person.from_) == ("Vantor", "Vantor")
    assert group.confidence > person.confidence
