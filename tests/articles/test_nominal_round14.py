"""Moves told as nouns, fourteenth round (issue 25): a noun of leaving or joining governs its people,
one ("la salida de Javier Marín de Santander") or a list ("Les départs notables incluaient X, Y et Z",
"les démissions de la directrice … X et de la directrice … Y"). Where the sentence names no
organisation, the one the move told just before has on the noun's side fills it -- where people leave
for a noun of leaving, where they come for one of joining --, or the one a sentence of no move says
lost people ("OpenAI hat viele Forscher verloren"); only when it is exactly one, and only for a noun:
a verb ("X a démissionné") has a subject of its own, which may have left anything.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest

from support.articles import moves

EXODUS = (
    "OpenAI a connu un nombre important de départs médiatiques en 2025, avec au moins 11 scientifiques et cadres "
    "quittant l'entreprise. Une tendance majeure a été la migration des talents vers le Superintelligence Lab de "
    "Meta, où plus d'une demi-douzaine de chercheurs ont déménagé pendant l'été.\n\n"
    "Les départs notables incluaient Jason Wei, Zhiqing Sun, Hyung Won Chung, Shengjia Zhao, Jiahui Yu, Hongyu Ren "
    "et Shuchao Bi. De plus, des changements dans le leadership exécutif ont eu lieu, notamment les démissions de la "
    "directrice des ressources humaines Julia Villagra et de la directrice des communications Hannah Wong."
)


def test_a_list_of_departures_leaves_the_organisation_told_before_real(reader):
    """Real (fr-022): before, the two sentences of names proposed nothing: they name no organisation, and
    the one of the departures is the first sentence's (the second tells where some went, not whence)."""
    found = moves(reader.read(EXODUS, language="fr"))
    for person in ("Jason Wei", "Zhiqing Sun", "Hyung Won Chung", "Shengjia Zhao", "Jiahui Yu", "Hongyu Ren",
                   "Shuchao Bi", "Julia Villagra", "Hannah Wong"):  # fmt: skip
        assert (person, "OpenAI", None) in found
    assert not any(who in ("Jason Wei", "Julia Villagra") and to == "Meta" for who, _from, to in found)


@pytest.mark.parametrize(
    ("language", "text", "people", "organisation"),
    [
        # made up: a sentence of no move says who lost people, the next lists them under a noun of leaving
        ("en", "Apple lost a dozen researchers this year. Notable departures included Ruoming Pang, Tom Gunter and "
               "Mark Lee.", ("Ruoming Pang", "Tom Gunter", "Mark Lee"), "Apple"),
        ("de", "OpenAI hat 2025 viele Forscher verloren. Zu den Abgängen gehören Jason Wei und Zhiqing Sun.",
         ("Jason Wei", "Zhiqing Sun"), "OpenAI"),
        ("it", "La Roma ha perso molti giocatori quest'anno. Tra le partenze ci sono Paulo Dybala e Leandro Paredes.",
         ("Paulo Dybala", "Leandro Paredes"), "Roma"),
        ("es", "El Sevilla perdió a varios jugadores este verano. Entre las salidas figuran Jesús Navas y Sergio "
               "Ramos.", ("Jesús Navas", "Sergio Ramos"), "Sevilla"),
    ],
)  # fmt: skip
def test_a_list_under_a_noun_of_leaving_leaves_who_lost_people(reader, language, text, people, organisation):
    found = moves(reader.read(text, language=language))
    for person in people:
        assert (person, organisation, None) in found
    assert not any(who in ("Notable",) for who, _from, _to in found)  # an adjective opening the sentence


@pytest.mark.parametrize(
    ("language", "text", "person", "side"),
    [
        # made up: the noun's own direction picks the side of the move told before
        ("en", "Meta hired Ruoming Pang from Apple in July. The departures of Tom Gunter and Mark Lee followed.",
         "Tom Gunter", ("Apple", None)),
        ("en", "Meta hired Ruoming Pang from Apple in July. The arrivals of Tom Gunter and Mark Lee followed.",
         "Mark Lee", (None, "Meta")),
        ("de", "Der HSV hat Tim Walter entlassen. Der Abgang von Jonas Boldt folgte eine Woche später.", "Jonas Boldt",
         ("HSV", None)),
        ("it", "La Roma ha esonerato Ivan Juric. Poi le dimissioni di Lina Souloukou hanno sorpreso tutti.",
         "Lina Souloukou", ("Roma", None)),
        ("fr", "Meta a recruté plusieurs chercheurs cet été. Parmi les arrivées figurent Jason Wei et Zhiqing Sun.",
         "Zhiqing Sun", (None, "Meta")),
    ],
)  # fmt: skip
def test_the_noun_says_which_side_of_the_move_before_it_fills(reader, language, text, person, side):
    found = moves(reader.read(text, language=language))
    assert (person, *side) in found


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        # made up: a verb, not a noun -- its subject may have left anything
        ("fr", "OpenAI a perdu plusieurs chercheurs. Jason Wei a démissionné en juillet.", "Jason Wei"),
        ("en", "OpenAI lost several researchers this year. Jason Wei resigned in July.", "Jason Wei"),
        # made up: two organisations on the noun's side before it
        ("fr", "Meta a débauché Jason Wei d'OpenAI et Ruoming Pang d'Apple. Les départs de Tom Gunter et de Mark Lee "
               "ont suivi.", "Tom Gunter"),
        # made up: the move told three sentences before is too far
        ("fr", "OpenAI a perdu plusieurs chercheurs cette année. Le laboratoire reste confiant. Le marché est tendu. "
               "Les départs de Tom Gunter et de Mark Lee ont suivi.", "Tom Gunter"),
    ],
)  # fmt: skip
def test_no_organisation_is_lent_to_a_verb_or_from_an_unclear_sentence(reader, language, text, person):
    # (by no rule: the fallback after the rules guesses the first two, at a low confidence, test_fallback_round15)
    found = moves([candidate for candidate in reader.read(text, language=language) if candidate.pattern != "fallback"])
    assert not any(who == person for who, _from, _to in found)


@pytest.mark.parametrize(
    ("language", "text", "people", "organisation"),
    [
        # made up: the preposition said again after "and" keeps the list of what the noun governs
        ("fr", "Les départs de Jason Wei et de Zhiqing Sun d'OpenAI ont surpris.", ("Jason Wei", "Zhiqing Sun"),
         "OpenAI"),
        ("it", "L'addio di Paulo Dybala e di Leandro Paredes alla Roma era atteso.", ("Paulo Dybala", "Leandro Paredes"),
         "Roma"),
    ],
)  # fmt: skip
def test_the_preposition_said_again_continues_the_list(reader, language, text, people, organisation):
    found = moves(reader.read(text, language=language))
    for person in people:
        assert (person, organisation, None) in found


@pytest.mark.parametrize(
    ("language", "text", "person", "organisation"),
    [
        # real (es-008), a guard: the noun's complement with its own organisation
        ("es", "Un relevo que tuvo sus precedentes en noviembre con la salida de Javier Marín de Santander y la "
               "designación de José Antonio Álvarez; y en junio de 2014, cuando Juan María Nin era sustituido por "
               "Gonzalo Gortázar en CaixaBank.", "Javier Marín", "Santander"),
        # made up, guards
        ("en", "The departure of Jan Leike from OpenAI surprised many.", "Jan Leike", "OpenAI"),
        ("de", "Der Abgang von Jan Leike bei OpenAI überraschte viele.", "Jan Leike", "OpenAI"),
        ("it", "L'esonero di Luciano Spalletti dal Napoli è stato ufficializzato.", "Luciano Spalletti", "Napoli"),
    ],
)  # fmt: skip
def test_a_noun_with_its_own_organisation_guard(reader, language, text, person, organisation):
    found = moves(reader.read(text, language=language))
    assert (person, organisation, None) in found


def test_a_bracket_after_each_name_holds_its_organisation_real(reader):
    """Real (de-027): before, "Bayern München" in the second bracket was read as a person's name, and
    van Gaal left nothing."""
    text = ("Die Abschiede von Armin Veh (Hamburger SV) und Louis van Gaal (Bayern München) stehen fest, beide "
            "nehmen zum Saisonende ihren Hut.")  # fmt: skip
    found = moves(reader.read(text, language="de"))
    assert ("Armin Veh", "Hamburger SV", None) in found
    assert ("Louis van Gaal", "Bayern München", None) in found
    assert not any(who == "Bayern München" for who, _from, _to in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up: the same list of names each with a bracket
        ("en", "The departures of Armin Veh (Hamburger SV) and Jürgen Klopp (Borussia Dortmund) are confirmed."),
        ("fr", "Les départs d'Armin Veh (Hamburger SV) et de Jürgen Klopp (Borussia Dortmund) sont confirmés."),
    ],
)  # fmt: skip
def test_a_bracket_after_each_name_holds_its_organisation(reader, language, text):
    found = moves(reader.read(text, language=language))
    assert ("Armin Veh", "Hamburger SV", None) in found
    assert ("Jürgen Klopp", "Borussia Dortmund", None) in found


@pytest.mark.parametrize(
    ("language", "text", "person", "side"),
    [
        # made up: the corpus has the phrase only with nouns of no move ("la creación por parte de Bankia")
        ("it", "L'ingaggio di Ruoming Pang da parte di Meta ha sorpreso Apple.", "Ruoming Pang", (None, "Meta")),
        ("it", "L'esonero di Ivan Juric da parte della Roma era atteso.", "Ivan Juric", ("Roma", None)),
        ("es", "La destitución de Jorge Sampaoli por parte del Sevilla era esperada.", "Jorge Sampaoli",
         ("Sevilla", None)),
        ("fr", "Le licenciement de Pierre Sage de la part de l'OL était attendu.", "Pierre Sage", ("OL", None)),
    ],
)  # fmt: skip
def test_the_agent_of_a_noun_of_moving_after_its_phrase(reader, language, text, person, side):
    """Before, "da parte di Meta" made Meta the origin ("da": from) and the object of "ha sorpreso" the
    destination; "por parte del Sevilla" made Sevilla where Sampaoli went ("por": for)."""
    found = moves(reader.read(text, language=language))
    assert (person, *side) in found
    assert not any(who == person and (from_, to) != side for who, from_, to in found)
