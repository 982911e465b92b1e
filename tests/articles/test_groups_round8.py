"""Moves of unnamed groups (issue 25, eighth round): the grammar of numbers and nouns of people in
the five languages. Each rule on sentences of the shapes the press corpus has, in at least two
languages where the grammar has the shape, read against the shipped record's organisations as
``bench/candidates.py`` reads them."""

from __future__ import annotations

import pytest

from support.articles import moves

# --- an approximate number is a group whose headcount the text does not give ---------------------


@pytest.mark.parametrize(
    ("language", "sentence", "group"),
    [
        ("en", "A dozen engineers left Google for OpenAI.", "dozen engineers"),
        ("de", "Ein Dutzend Forscher wechselt von Google zu OpenAI.", "Dutzend Forscher"),
        ("fr", "Une dizaine de chercheurs ont quitté Google pour OpenAI.", "dizaine de chercheurs"),
        ("it", "Una decina di ricercatori ha lasciato Google per OpenAI.", "decina di ricercatori"),
        ("es", "Una docena de ingenieros se unió a OpenAI desde Google.", "docena de ingenieros"),
    ],
)
def test_an_approximate_number_makes_a_group(reader, language, sentence, group):
    found = [c for c in reader.read(sentence, language=language) if c.group is not None]
    assert [(c.group, c.headcount) for c in found] == [(group, None)]
    assert found[0].to == "OpenAI"


# --- a noun of a set of people: 'trio', 'duo' ------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "sentence", "group", "headcount"),
    [
        ("de", "Ein Forscher-Trio wechselt von Google zu OpenAI.", "Forscher-Trio", 3),
        ("de", "Das Forschertrio wechselt von Google zu OpenAI.", "Forschertrio", 3),
        ("fr", "Un trio de chercheurs quitte Google pour OpenAI.", "trio de chercheurs", 3),
        ("it", "Il trio di ricercatori lascia Google per OpenAI.", "trio di ricercatori", 3),
        ("en", "A duo of researchers left Google for OpenAI.", "duo of researchers", 2),
    ],
)
def test_a_noun_of_a_set_of_people_gives_its_headcount(reader, language, sentence, group, headcount):
    found = [c for c in reader.read(sentence, language=language) if c.group is not None]
    assert [(c.group, c.headcount, c.from_, c.to) for c in found] == [(group, headcount, "Google", "OpenAI")]


def test_a_trio_of_no_people_is_no_group(reader):
    assert all(c.group is None for c in reader.read("Das Trio Infernale wechselt von Google zu OpenAI.", language="de"))


# --- a German compound whose last part is a noun of people -----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Drei Spitzenforscher wechseln von Google zu OpenAI.",
        "Drei KI-Forscher wechseln von Google zu OpenAI.",
        "Zwei Top-Manager wechseln von Google zu OpenAI.",
    ],
)
def test_a_german_compound_of_a_noun_of_people_counts(reader, sentence):
    group = sentence.removesuffix(" wechseln von Google zu OpenAI.")
    assert moves(reader.read(sentence, language="de")) == {(group, "Google", "OpenAI")}


# --- a part of a set of people: 'most of the staff', 'la metà dei dipendenti' ---------------------


@pytest.mark.parametrize(
    ("language", "sentence", "group"),
    [
        ("en", "Most of the staff left Google for OpenAI.", "Most of the staff"),
        ("de", "Die Hälfte der Mitarbeiter wechselte von Google zu OpenAI.", "Hälfte der Mitarbeiter"),
        ("de", "Die meisten Forscher wechselten von Google zu OpenAI.", "meisten Forscher"),
        ("fr", "La moitié des employés ont quitté Google pour OpenAI.", "moitié des employés"),
        ("it", "La metà dei dipendenti ha lasciato Google per OpenAI.", "metà dei dipendenti"),
        ("it", "Gran parte del personale ha lasciato Google per OpenAI.", "Gran parte del personale"),
        ("es", "La mayor parte de la plantilla dejó Google para unirse a OpenAI.", "mayor parte de la plantilla"),
    ],
)
def test_a_part_of_a_set_of_people_is_a_group(reader, language, sentence, group):
    found = [c for c in reader.read(sentence, language=language) if c.group is not None]
    assert [(c.group, c.headcount, c.from_, c.to) for c in found] == [(group, None, "Google", "OpenAI")]


# en-018-chronicle-duke-unc-no-poaching.yaml
EN_OPERATION = (
    "USC this summer hired away most of the 70-person operation from UC-San Diego, sparking angry "
    "recriminations and a lawsuit."
)


def test_a_part_of_a_number_made_an_adjective_is_a_group_of_no_headcount(reader):
    found = reader.read(EN_OPERATION, language="en")
    assert [(c.group, c.headcount, c.from_) for c in found] == [
        ("most of the 70-person operation", None, "UC-San Diego")
    ]


def test_a_superlative_is_no_part(reader):
    assert reader.read("The most senior researchers left Google for OpenAI.", language="en") == []


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Die Hälfte der 700 Mitarbeiter wechselte von Google zu OpenAI."),
        ("it", "La metà dei dodici ricercatori ha lasciato Google per OpenAI."),
    ],
)
def test_a_part_of_a_whole_set_counted_is_no_group(reader, language, sentence):
    assert reader.read(sentence, language=language) == []


def test_metà_is_no_organisation_but_meta_is(reader):
    found = reader.read("La metà dei ricercatori ha lasciato Meta per OpenAI.", language="it")
    assert moves(found) == {("metà dei ricercatori", "Meta", "OpenAI")}


# --- a group that follows or goes with the person of the move before -------------------------------


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        # de-021-dw-altman-zurueck-zu-openai.yaml, shortened
        ("de", "Sam Altman wechselt von OpenAI zu Microsoft. Ihm wollten einige weitere Schlüsselfiguren folgen.",
         "einige weitere Schlüsselfiguren"),
        ("en", "Sam Altman left OpenAI for Microsoft. Several researchers followed him.", "Several researchers"),
        ("fr", "Sam Altman a quitté OpenAI pour Microsoft. Plusieurs chercheurs l'ont suivi.", "Plusieurs chercheurs"),
        ("es", "Sam Altman dejó OpenAI para unirse a Microsoft. Varios investigadores lo siguieron.",
         "Varios investigadores"),
    ],
)  # fmt: skip
def test_a_group_that_follows_makes_the_move_before(reader, language, text, group):
    found = [c for c in reader.read(text, language=language) if c.group is not None]
    assert [(c.group, c.from_, c.to, c.pattern) for c in found] == [(group, "OpenAI", "Microsoft", "same-move")]


# it-030-marketscreener-suleyman-microsoft.yaml
IT_ACCOMPANIED = (
    "Microsoft ha assunto Mustafa Suleyman, il co-fondatore di DeepMind di Google, per unirsi all'azienda come CEO "
    "della sua divisione AI di nuova creazione. Suleyman sarà accompagnato da diversi dipendenti di Inflection AI, "
    "l'azienda che ha co-fondato nel 2022."
)


def test_a_group_that_goes_with_the_mover_comes_from_its_own_organisation(reader):
    found = [c for c in reader.read(IT_ACCOMPANIED, language="it") if c.group is not None]
    assert [(c.group, c.from_, c.to) for c in found] == [("diversi dipendenti", "Inflection AI", "Microsoft")]


def test_a_hedged_following_is_a_rumour(reader):
    text = "Sam Altman wechselt von OpenAI zu Microsoft. Ihm sollen mehrere Forscher folgen."
    found = [c for c in reader.read(text, language="de") if c.group is not None]
    assert [(c.group, c.certainty) for c in found] == [("mehrere Forscher", "rumoured")]


def test_a_group_that_follows_no_move_told_is_no_candidate(reader):
    assert reader.read("Ihm wollten einige weitere Forscher folgen.", language="de") == []


# --- a threat to leave is no move -------------------------------------------------------------------

# es-024-biobiochile-sutskever-deja-openai.yaml
ES_THREAT = (
    "Microsoft, principal inversor de OpenAI, se ofreció rápidamente a contratar al jefe destituido y la mayor "
    "parte de la plantilla amenazó con marcharse."
)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", ES_THREAT),
        ("es", "Varios investigadores amenazaron con dejar OpenAI."),
        ("en", "Several researchers threatened to leave OpenAI for Microsoft."),
        ("fr", "Plusieurs chercheurs ont menacé de quitter OpenAI."),
        ("it", "Diversi ricercatori hanno minacciato di lasciare OpenAI."),
    ],
)
def test_a_group_that_threatens_to_leave_does_not_move(reader, language, sentence):
    assert reader.read(sentence, language=language) == []
