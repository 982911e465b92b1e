"""The reader's sixth round for German (issue 25): what looks like a name but is a noun, and the shapes
of German news that the earlier rounds missed. Each rule on a made-up sentence or one of the
development part of the press corpus (``tests/data/press/dev/``, the file named beside it), read against
the shipped record's organisations as ``bench/candidates.py`` reads them."""

from __future__ import annotations

from support.articles import moves


def people(found):
    return {c.person for c in found}


# --- a name must look like a name -------------------------------------------------------------------


def test_a_capitalised_noun_or_adjective_is_no_name(reader):
    # de-017-daswissen-professuren-rufe.yaml: a plural noun after a capitalised adjective
    assert "Gute Nachrichten" not in people(reader.read("Gute Nachrichten kommen von JProf.", language="de"))
    made_up = "Erfreuliche Neuigkeiten kommen von Siemens."
    assert people(reader.read(made_up, language="de")) == set()
    # an adjective and a noun of a field: "Betriebswirtschaftliche Steuerlehre" is no person
    found = reader.read("Betriebswirtschaftliche Steuerlehre wechselt zu Siemens.", language="de")
    assert people(found) == set()


def test_a_noun_before_a_name_is_cut_off_and_names_keep_endings_like_nouns(reader):
    # de-009-finanzen-chefwechsel-2023.yaml: "Namen" is the noun that introduces the name
    found = reader.read(
        "Der Spanier, der mit vollem Namen Miguel Ángel López heißt, war zuvor Interimschef des Autozulieferers NORMA.",
        language="de",
    )
    assert people(found) == {"Miguel Ángel López"}
    # surnames with the ending of a noun or an adjective stay names: too short to be judged
    assert people(reader.read("Thomas Hartung wechselt zu Siemens.", language="de")) == {"Thomas Hartung"}
    assert people(reader.read("Joschka Fischer wechselt zu Siemens.", language="de")) == {"Joschka Fischer"}


def test_a_capitalised_preposition_opens_no_name(reader):
    # de-015-ran-hollerbach-titz-hsv.yaml
    found = reader.read(
        'Bis Saisonende übernimmt der bisherige U21-Coach Christian Titz die "Rothosen".', language="de"
    )
    assert "Bis Saisonende" not in people(found)
    assert people(reader.read("Ohne Abfindung wechselt Jana Berg zu Siemens.", language="de")) == {"Jana Berg"}


# --- a noun of moving and a name in apposition ------------------------------------------------------


def test_the_name_after_a_noun_of_succession_is_no_organisation(reader):
    # as "(Nachfolge Kessler)" in de-017-daswissen-professuren-rufe.yaml: Kessler held the chair before
    found = reader.read("Anna Roth von der Universität Siegen übernimmt die Professur (Nachfolge Kessler).",
                        language="de")  # fmt: skip
    assert moves(found) == {("Anna Roth", "Universität Siegen", None)}
    assert "Kessler" not in {c.to for c in found} | {c.from_ for c in found}


# --- a call declined ---------------------------------------------------------------------------------


def test_a_call_turned_down_is_no_move(reader):
    # de-017-daswissen-professuren-rufe.yaml: "ausschlug" (schlug … aus) denies the move
    sentence = (
        "Ebenso ging es Prof. Dr. Martin Thomsen von der Universität Siegen, der die W3-Professur für "
        "Betriebswirtschaftliche Steuerlehre (Nachfolge Kessler) ausschlug."
    )
    assert reader.read(sentence, language="de") == []
    assert reader.read("Anna Roth hat den Wechsel zu Siemens ausgeschlagen.", language="de") == []


# --- a call or a post accepted ------------------------------------------------------------------------


def test_a_call_or_a_post_accepted_is_a_move(reader):
    # de-017-daswissen-professuren-rufe.yaml: "hat den Ruf auf die W3-Professur … angenommen"
    sentence = (
        "Dr. Christoph Haller von der Universität Toronto in Kanada hat den Ruf auf die W3-Professur für "
        "Chirurgie angeborener Herzfehler und Kinderherzchirurgie angenommen, eine brandneue Einrichtung, die "
        "großes Potenzial verspricht."
    )
    assert moves(reader.read(sentence, language="de")) == {("Christoph Haller", "Universität Toronto", None)}
    # the clause of the verb reaches across an aside in brackets
    made_up = "Dr. Anna Roth von der Universität Basel hat die W3-Professur für Chemie (Nachfolge Curtis) angenommen."
    assert moves(reader.read(made_up, language="de")) == {("Anna Roth", "Universität Basel", None)}
    # received is not accepted
    assert reader.read("Dr. Anna Roth von der Universität Basel hat den Ruf erhalten.", language="de") == []
    # the same shape in English and Italian
    found = reader.read("Jane Doe has accepted a professorship at Harvard University.", language="en")
    assert moves(found) == {("Jane Doe", None, "Harvard University")}
    found = reader.read("Mario Rossi ha accettato l'incarico di allenatore del Genoa.", language="it")
    assert moves(found) == {("Mario Rossi", None, "Genoa")}


def test_the_field_of_a_post_is_no_organisation(reader):
    # "für" after a post or a role names its field ("die W3-Professur für Thoraxchirurgie")
    found = reader.read("Anna Roth von der Universität Basel übernimmt die W3-Professur für Chemie.", language="de")
    assert moves(found) == {("Anna Roth", "Universität Basel", None)}


def test_a_word_of_moving_in_an_aside_is_not_the_sentences(reader):
    # de-017-daswissen-professuren-rufe.yaml: a call given is no move; "(Nachfolge Kessler)" is about the chair
    sentence = (
        "Dr. Max Pflitsch von der TU München – er wurde der Ruf auf die W3-Professur für Betriebswirtschaftliche "
        "Steuerlehre (Nachfolge Kessler) erteilt."
    )
    assert reader.read(sentence, language="de") == []
    assert reader.read("Jane Doe of Stanford University was given the chair (succeeding John Smith).",
                       language="en") == []  # fmt: skip
    # an aside with a small word of a side still tells a move
    found = reader.read("Jane Doe of Stanford University was given the chair (joined from Google).", language="en")
    assert ("Jane Doe", "Google", "Stanford University") in moves(found)


# --- a nickname is no organisation --------------------------------------------------------------------


def test_a_teams_nickname_in_the_plural_is_no_organisation(reader):
    # de-015-ran-hollerbach-titz-hsv.yaml: the "Rothosen" are the HSV, which this sentence does not name
    found = reader.read('Bis Saisonende übernimmt der bisherige U21-Coach Christian Titz die "Rothosen".',
                        language="de")  # fmt: skip
    assert found == []
    # a newspaper's title in the feminine singular still is one
    found = reader.read("Anna Roth übernimmt die „Westfalenpost“.", language="de")
    assert moves(found) == {("Anna Roth", None, "Westfalenpost")}


# --- a heading without a verb, a surname after a role compound -----------------------------------------


def test_a_surname_alone_after_a_role_compound_is_a_person(reader):
    # "Bayern-Trainer Hansi Flick" in de-005-oe24-trainer-beben.yaml; German prints the surname alone too
    found = reader.read("Bayern-Trainer Flick wechselt zu Dortmund.", language="de")
    assert moves(found) == {("Flick", "Bayern", "Dortmund")}
    # not a noun after it
    assert people(reader.read("Bayern-Trainer Entscheidung wechselt zu Dortmund.", language="de")) == set()


def test_a_heading_without_a_verb_states_a_move(reader):
    # de-005-oe24-trainer-beben.yaml: a heading line, no verb, "zu" and the club end it
    assert moves(reader.read("Salzburg-Coach Marsch zu Leipzig", language="de")) == {("Marsch", "Salzburg", "Leipzig")}
    assert moves(reader.read("Jesse Marsch zu Leipzig", language="de")) == {("Jesse Marsch", None, "Leipzig")}
    # (the twelfth round reads the English "Salzburg coach" as the German "Salzburg-Coach": the origin)
    assert moves(reader.read("Salzburg coach Jesse Marsch to Leipzig", language="en")) == {
        ("Jesse Marsch", "Salzburg", "Leipzig")
    }
    # a sentence, or a heading that goes on after the marker, is no such heading
    assert reader.read("Jesse Marsch zu Leipzig.", language="de") == []
    assert reader.read("Jesse Marsch zu Gast bei Leipzig", language="de") == []
