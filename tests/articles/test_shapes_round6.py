"""The reader's sixth round for shapes the five languages share (issue 25): a hedge in a relative
clause joined by 'and', sentence-opening adverbs that are no names, lists paired by 'respectively',
and headlines without a full sentence. Made-up sentences in the shape of the press corpus's, read
against the shipped record's organisations as ``bench/candidates.py`` reads them, each rule in at
least two languages that have its grammar."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # it-016-ilgiornaledellosport-esoneri.yaml
        ("it", "Una svolta della quale ha già usufruito Cristiano Lucarelli, assunto dal Catania 10 giorni dopo "
               "l’esonero subito dalla Ternana e che potrebbe riguardare diversi altri professionisti.",
         ("Cristiano Lucarelli", "Ternana", "Catania")),
        ("en", "Tom Brown, hired by Meta two weeks after leaving Google and who could inspire other researchers, "
               "starts on Monday.", ("Tom Brown", "Google", "Meta")),
        ("fr", "Marc Dupont, recruté par Renault après son départ de Peugeot et qui pourrait en inspirer d'autres, "
               "commence lundi.", ("Marc Dupont", "Peugeot", "Renault")),
        ("es", "Juan Pérez, contratado por el Betis tras su salida del Sevilla y que podría inspirar a otros, "
               "empieza el lunes.", ("Juan Pérez", "Sevilla", "Betis")),
    ],
)  # fmt: skip
def test_a_hedge_in_a_relative_clause_joined_by_and_leaves_the_move_stated(reader, language, sentence, expected):
    """'… e che potrebbe riguardare diversi altri', 'and who could', 'et qui pourrait', 'y que podría':
    a relative clause joined by 'and' needs no comma, and a hedge in it that holds no word of the move
    is about someone else — the main clause's move stays stated."""
    found = reader.read(sentence, language=language)
    assert [(c.person, c.from_, c.to, c.certainty) for c in found] == [(*expected, "stated")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Marco Rossi ha detto che potrebbe lasciare la Juventus."),
        ("it", "Marco Rossi, che potrebbe lasciare la Juventus, ha parlato."),
        ("es", "Juan Pérez dijo que podría dejar el Sevilla."),
    ],
)
def test_a_hedge_on_the_move_itself_still_makes_it_rumoured(reader, language, sentence):
    """A relative (or 'che' of a reported clause) whose clause holds the word of the move: the hedge
    is the move's, it stays rumoured."""
    found = reader.read(sentence, language=language)
    assert found and all(c.certainty == "rumoured" for c in found)


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("es", "Ahora Juan Pérez se une a OpenAI.", ("Juan Pérez", None, "OpenAI")),
        ("it", "Intanto Marco Rossi lascia la Juventus.", ("Marco Rossi", "Juventus", None)),
        ("fr", "Désormais Marc Dupont rejoint Peugeot.", ("Marc Dupont", None, "Peugeot")),
        ("en", "Meanwhile John Smith joins OpenAI.", ("John Smith", None, "OpenAI")),
    ],
)
def test_an_opening_adverb_is_no_part_of_the_name_after_it(reader, language, sentence, expected):
    """'Ahora', 'Intanto', 'Désormais', 'Meanwhile' (list ``sentence_adverbs``) are capitalised where they
    open a sentence, and never a name: the person is the name after them."""
    assert moves(reader.read(sentence, language=language)) == {expected}


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Ahora se une a OpenAI."),
        ("it", "Intanto lascia la Juventus per il Milan."),
        ("fr", "Désormais rejoint Peugeot."),
        ("en", "Meanwhile joins OpenAI as chief scientist."),
    ],
)
def test_an_opening_adverb_is_no_one_word_name(reader, language, sentence):
    """A capitalised word before a verb of moving is a one-word name ('Leonardo lascia invece il Milan'),
    but not an adverb of the language: with nobody named before, nobody is proposed."""
    assert reader.read(sentence, language=language) == []


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "Juan Pérez trabajó diez años en Google. Ahora se une a OpenAI.", ("Juan Pérez", None, "OpenAI")),
        ("it", "Marco Rossi ha giocato nel Torino. Intanto lascia la Juventus per il Milan.",
         ("Marco Rossi", "Juventus", "Milan")),
    ],
)  # fmt: skip
def test_an_adverb_and_a_verb_with_no_subject_are_about_the_person_before(reader, language, text, expected):
    """Italian and Spanish need no subject pronoun: a sentence that opens with adverbs and a verb of
    moving ('Ahora se une a …', 'Intanto lascia …') is about the one person the sentence before named."""
    found = reader.read(text, language=language)
    assert found[-1].pattern == "pronoun" and moves(found[-1:]) == {expected}


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # es-017-milenio-chapulineo-legislativo.yaml
        ("es", "Los diputados Armando Gómez y Alfredo Porras notificaron su salida de las fracciones del Partido "
               "Verde ecologista de México (PVEM) y del PT, respectivamente, para sumarse al grupo parlamentario.",
         {("Armando Gómez", "Partido Verde", None), ("Alfredo Porras", "PT", None)}),
        ("it", "Marco Rossi e Luca Bianchi lasciano rispettivamente la Juventus e il Torino.",
         {("Marco Rossi", "Juventus", None), ("Luca Bianchi", "Torino", None)}),
        ("fr", "Marc Dupont et Paul Martin, respectivement anciens de Renault et de Peugeot, rejoignent Stellantis.",
         {("Marc Dupont", "Renault", "Stellantis"), ("Paul Martin", "Peugeot", "Stellantis")}),
        ("en", "John Smith and Mary Jones, from Google and Apple respectively, joined OpenAI.",
         {("John Smith", "Google", "OpenAI"), ("Mary Jones", "Apple", "OpenAI")}),
        ("de", "Hans Müller und Peter Schmidt wechseln zu Google bzw. Apple.",
         {("Hans Müller", None, "Google"), ("Peter Schmidt", None, "Apple")}),
    ],
)  # fmt: skip
def test_respectively_pairs_each_person_with_their_own_organisation(reader, language, sentence, expected):
    """'X y Y … del PVEM y del PT, respectivamente', 'rispettivamente', 'respectivement', 'respectively',
    'bzw.' (list ``respectively``): the people's list and the organisations' places go in order, each
    person takes their own place's organisation (a place may name one several ways: 'Partido Verde
    ecologista de México (PVEM)'), and the places are on the same side ('from Google and Apple')."""
    assert moves(reader.read(sentence, language=language)) == expected


def test_respectively_with_counts_that_differ_pairs_nobody(reader):
    """Three people and two organisations: no pairing is guessed, each keeps the nearest as before."""
    found = reader.read("John Smith, Mary Jones and Bob Brown left Google and Apple respectively.", language="en")
    assert {c.from_ for c in found} == {"Google"}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # it-015-calciomercatotv-sion-tramezzani.yaml
        ("it", "In Svizzera, il Sion ha reso ufficiale l’addio a Paolo Tramezzani, esonerato il tecnico italiano in "
               "panchina.\nSion deciso: via Tramezzani, arriva Celestini",
         {("Paolo Tramezzani", "Sion", None), ("Celestini", None, "Sion")}),
        ("it", "Juventus, è ufficiale: via Allegri, arriva Sarri", {("Allegri", "Juventus", None),
                                                                   ("Sarri", None, "Juventus")}),
        ("es", "Sevilla: fuera Lopetegui, llega Sampaoli", {("Lopetegui", "Sevilla", None),
                                                           ("Sampaoli", None, "Sevilla")}),
        ("en", "Chelsea: out Pochettino, in Maresca", {("Pochettino", "Chelsea", None), ("Maresca", None, "Chelsea")}),
    ],
)  # fmt: skip
def test_a_heading_of_who_goes_and_who_comes(reader, language, text, expected):
    """'Sion deciso: via Tramezzani, arriva Celestini': an organisation before the colon (with at most
    three words in lower case), then pieces of a word of going ('via', 'fuera', 'out') or coming
    ('arriva', 'llega', 'in') and a name; who goes leaves it, who comes joins it. A surname named
    before in the text is that person."""
    found = reader.read(text, language=language)
    heading = text.splitlines()[-1]
    assert moves(c for c in found if c.quote == heading) == expected


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("it", "Sion deciso: via libera al nuovo stadio"),  # 'via libera': no name after the word
        ("es", "Sevilla: fuera de la Copa, llega el derbi"),
    ],
)
def test_a_line_of_another_shape_is_no_heading_of_who_goes(reader, language, line):
    """Every piece after the colon must be the word and a name that ends it, else the line is read as
    any other (and here proposes nobody)."""
    found = reader.read("Paolo Tramezzani ha allenato il Sion.\n" + line, language=language)
    assert [c for c in found if c.quote == line] == []


@pytest.mark.parametrize(
    ("language", "line", "expected"),
    [
        ("it", "Ufficiale: Marco Rossi al Milan", ("Marco Rossi", None, "Milan")),
        ("it", "Ufficiale: Marco Rossi all'Inter", ("Marco Rossi", None, "Inter")),
        ("es", "Oficial: Juan Pérez al Sevilla", ("Juan Pérez", None, "Sevilla")),
        ("fr", "Officiel : Kylian Mbappé au Real", ("Kylian Mbappé", None, "Real")),
    ],
)
def test_a_heading_without_a_verb_in_italian_spanish_and_french(reader, language, line, expected):
    """'Ufficiale: Marco Rossi al Milan': as 'Marsch zu Leipzig', a short heading of a name and the
    article of a destination ('al', 'all'', 'au') before the organisation that ends it is a move;
    a label before a colon ('Ufficiale:', 'Oficial:') is no name."""
    assert moves(reader.read(line, language=language)) == {expected}


def test_a_bare_preposition_in_a_heading_is_no_destination(reader):
    """'a', 'à' name a place as often as a club ('Marco Rossi a Milano'): only an article's form counts."""
    assert reader.read("Ufficiale: Marco Rossi a Milano", language="it") == []


def test_a_label_before_the_colon_is_no_organisation_of_a_heading(reader):
    """'Ufficiale: arriva Sarri' names no organisation: a label, not who Sarri joins."""
    assert all(c.to != "Ufficiale" for c in reader.read("Ufficiale: arriva Sarri", language="it"))
