"""The reader's ninth round of word lists for German, English and French (issue 25): the vocabulary of job
moves completed from the language, not from the corpus's misses -- a verb of moving in its other persons,
tenses and orders, the nouns of the acts in plural and genitive, and the idioms the press uses for leaving,
joining, hiring, dismissing and succeeding. Each on a made-up sentence, read against the shipped record's
organisations as ``bench/candidates.py`` reads them; and guards that a common word in another sense is no
trigger."""

from __future__ import annotations

from support.articles import moves

# --- German -----------------------------------------------------------------------------------------


def test_german_separable_verbs_in_both_orders_and_their_nouns(reader):
    # the particle at the clause's end, away from the verb
    assert moves(reader.read("Anna Roth kehrt zu Siemens zurück.", language="de")) == {("Anna Roth", None, "Siemens")}
    assert moves(reader.read("Anna Roth steigt bei Siemens aus.", language="de")) == {("Anna Roth", "Siemens", None)}
    assert moves(reader.read("Anna Roth legte ihr Amt bei Siemens nieder.", language="de")) == {
        ("Anna Roth", "Siemens", None)
    }
    # a noun of leaving; an adjective of time that opens the sentence is no name
    found = reader.read("Vergangene Woche wurde das Ausscheiden von Anna Roth bei Siemens bekannt.", language="de")
    assert moves(found) == {("Anna Roth", "Siemens", None)}


def test_german_idioms_of_leaving_hiring_and_succeeding(reader):
    assert moves(reader.read("Anna Roth räumte ihren Posten bei Siemens.", language="de")) == {
        ("Anna Roth", "Siemens", None)
    }
    # (Siemens, the subject of the hiring verb, is where she goes: the thirteenth round)
    assert moves(reader.read("Siemens angelt sich Anna Roth von Bosch.", language="de")) == {
        ("Anna Roth", "Bosch", "Siemens")
    }
    found = reader.read("Anna Roth tritt bei Siemens in die Fußstapfen von Tim Kurz.", language="de")
    assert moves(found) == {("Anna Roth", None, "Siemens"), ("Tim Kurz", "Siemens", None)}


def test_german_a_verb_of_leave_taking_alone_is_no_trigger(reader):
    # "verabschiedet" alone also passes a budget or a law: only "verabschiedet sich" is a word of leaving
    assert reader.read("Anna Roth verabschiedet bei Siemens den Haushalt.", language="de") == []


# --- English ----------------------------------------------------------------------------------------


def test_english_idioms_of_leaving_and_joining(reader):
    assert moves(reader.read("Jane Doe stood down as chair at Google.", language="en")) == {
        ("Jane Doe", "Google", None)
    }
    assert moves(reader.read("Jane Doe took the helm at Google.", language="en")) == {("Jane Doe", None, "Google")}
    assert moves(reader.read("Jane Doe returned to Google in May.", language="en")) == {("Jane Doe", None, "Google")}
    found = reader.read("The resignations of Jane Doe and John Roe at Google surprised analysts.", language="en")
    assert moves(found) == {("Jane Doe", "Google", None), ("John Roe", "Google", None)}


def test_english_hiring_and_succession(reader):
    assert moves(reader.read("Google snapped up Jane Doe from Apple.", language="en")) == {
        ("Jane Doe", "Apple", "Google")
    }
    found = reader.read("Jane Doe will take over from John Roe at Google.", language="en")
    assert moves(found) == {("Jane Doe", None, "Google"), ("John Roe", "Google", None)}
    found = reader.read("Jane Doe leaves Google; her successor will be John Roe.", language="en")
    assert moves(found) == {("Jane Doe", "Google", None), ("John Roe", None, "Google")}


def test_english_part_alone_is_no_trigger(reader):
    # "part ways" is a word of leaving, "part" alone is not
    assert reader.read("Jane Doe took part in a Google conference.", language="en") == []


# --- French -----------------------------------------------------------------------------------------


def test_french_idioms_of_leaving_and_returning(reader):
    assert moves(reader.read("Marie Dupont a claqué la porte de Renault.", language="fr")) == {
        ("Marie Dupont", "Renault", None)
    }
    assert moves(reader.read("Marie Dupont a tiré sa révérence chez Renault.", language="fr")) == {
        ("Marie Dupont", "Renault", None)
    }
    assert moves(reader.read("Marie Dupont fait son retour chez Renault.", language="fr")) == {
        ("Marie Dupont", None, "Renault")
    }


def test_french_hiring_and_succession(reader):
    assert moves(reader.read("Renault s'offre Marie Dupont, qui quitte Peugeot.", language="fr")) == {
        ("Marie Dupont", "Peugeot", "Renault")
    }
    found = reader.read("Marie Dupont prend la place de Jean Martin chez Renault.", language="fr")
    assert moves(found) == {("Marie Dupont", None, "Renault"), ("Jean Martin", "Renault", None)}
    found = reader.read("Marie Dupont quitte Renault ; son successeur sera Jean Martin.", language="fr")
    assert moves(found) == {("Marie Dupont", "Renault", None), ("Jean Martin", None, "Renault")}


def test_french_est_partie_alone_is_no_trigger(reader):
    # "est partie" is as often a holiday as a departure: only "part chez", "partir chez" … are words of moving
    assert reader.read("Marie Dupont est partie en vacances avec des amis de Renault.", language="fr") == []
