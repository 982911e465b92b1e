"""References across sentences, seventh round (issue 25): the mover told in another sentence than the
move -- a pronoun inside the sentence, a name compounded with a noun of moving, a description whose
name the next sentence gives. Each rule on sentences of two languages where the grammar has it."""

from __future__ import annotations

from support.articles import moves

# de-019-wuv-chefredakteure-waz.yaml (sentences 5 and 6 of the excerpt)
DE_INVERTED = (
    "Stefan Kläsener (45) leitete seither die Redaktion der „Braunschweiger Zeitung“. Mitte des Jahres wechselt er "
    "zur „Westfalenpost“ nach Hagen, um Nachfolger des jetzigen Chefredakteurs Bodo Zapp zu werden."
)


def test_a_pronoun_after_the_verb_of_moving_is_the_person_before(reader):
    """'Mitte des Jahres wechselt er zur „Westfalenpost“': German puts the subject after the verb when
    a time phrase opens the sentence; 'er' is the one person the sentence before named (whose opening
    name is a name, and whose newspaper is no person)."""
    found = moves(reader.read(DE_INVERTED, language="de"), "pronoun")
    assert ("Stefan Kläsener", None, "Westfalenpost") in found


def test_a_pronoun_before_the_verb_of_moving_inside_the_sentence(reader):
    """'In late 2021 she joined Initech': the pronoun is the subject of the word of moving, after a
    time phrase of three words and before anyone is named."""
    text = (
        "Maria Lopez spent a decade building the search team at Globex. In late 2021 she joined Initech as "
        "chief scientist."
    )
    assert ("Maria Lopez", None, "Initech") in moves(reader.read(text, language="en"), "pronoun")
    french = (
        "Claire Martin a dirigé la recherche de Globex pendant dix ans. Au printemps suivant elle a rejoint Initech."
    )
    assert ("Claire Martin", None, "Initech") in moves(reader.read(french, language="fr"), "pronoun")


def test_a_pronoun_by_the_verb_is_nobody_after_two_people(reader):
    """With two people before and no subject of theirs, nobody is guessed; the German 'sie' next to a
    verb in the plural is 'they', not 'she'."""
    text = (
        "The talks between Maria Lopez and Anna Weber ended at Globex. In late 2021 she joined Initech as chief "
        "scientist."
    )
    assert not moves(reader.read(text, language="en"), "pronoun")
    plural = (
        "Anna Weber leitete die Redaktion der „Braunschweiger Zeitung“. Im Sommer wechseln sie zur „Westfalenpost“."
    )
    assert not moves(reader.read(plural, language="de"), "pronoun")


# de-019-wuv-chefredakteure-waz.yaml (sentences 2 and 4 of the excerpt)
DE_COMPOUND = (
    'Rochaden bei der WAZ-Gruppe nach der Lochthofen-Entlassung bei der "Thüringer Allgemeinen": '
    '"Braunschweiger Zeitung" und "Westfalenpost" erhalten neue Chefredakteure. Er ersetzt dort Sergej '
    "Lochthofen, der die ostdeutsche Zeitung seit 1990 geführt hatte."
)


def test_a_name_compounded_with_a_noun_of_moving_is_that_persons_move(reader):
    """'nach der Lochthofen-Entlassung bei der „Thüringer Allgemeinen“' is Sergej Lochthofen's dismissal
    there, as 'die Entlassung von Sergej Lochthofen' would be: the text gives the full name in a later
    sentence, and the preposition before the compound governs the noun, not the person."""
    found = reader.read(DE_COMPOUND, language="de")
    assert ("Sergej Lochthofen", "Thüringer Allgemeinen", None) in moves(found)
    text = (
        "Nach dem Brenner-Abgang beim Hamburger SV sucht der Klub einen neuen Sportchef. Jonas Brenner war fünf "
        "Jahre im Amt."
    )
    assert ("Jonas Brenner", "Hamburger SV", None) in moves(reader.read(text, language="de"))


def test_a_club_compounded_with_a_noun_of_moving_is_no_person(reader):
    """'der Bayern-Wechsel' names a club, not a person: only a name the text gives in full (or a surname
    of the record's) makes the compound someone's move."""
    text = "Der Bayern-Wechsel von Jonas Brenner zum Hamburger SV ist perfekt. Brenner unterschreibt bis 2027."
    people = {c.person for c in reader.read(text, language="de")}
    assert "Bayern" not in people
    assert not any(person and person.startswith("Bayern") for person in people)


def test_a_description_with_its_own_name_after_it_is_not_the_person_before(reader):
    """'Der bisherige Chefredakteur der Saarbrücker Zeitung, Friedhelm Fiedler, wird …': the description's
    name follows it in apposition, so it is not the one person the sentence before named."""
    text = (
        "Anna Weber leitete die Redaktion der „Westfalenpost“. Der bisherige Chefredakteur der „Saarbrücker "
        "Zeitung“, Friedhelm Fiedler, wechselt zur „Westfalenpost“."
    )
    found = reader.read(text, language="de")
    assert "Anna Weber" not in {c.person for c in found}
    assert "Friedhelm Fiedler" in {c.person for c in found}
    italian = (
        "Marta Neri guidava la redazione della Stampa. Il nuovo direttore della Stampa, Paolo Conti, passa al Corriere."
    )
    found = reader.read(italian, language="it")
    assert "Marta Neri" not in {c.person for c in found}
    assert "Paolo Conti" in {c.person for c in found}


def test_a_move_told_of_a_description_goes_to_the_name_the_next_sentence_gives(reader):
    """'…, scheidet auch der jetzige CEO des Windparkentwicklers PNE aus. Andreas Gerstenmayer zieht sich
    … zurück': the move is told of 'der jetzige CEO' and no name; the next sentence's subject, the one
    person it names, is that CEO. In Italian the name may follow 'Si tratta di'."""
    text = (
        "Zum 30. September scheidet auch der jetzige CEO des Windparkentwicklers PNE aus. Andreas Gerstenmayer "
        "zieht sich überraschend aus dem Vorstand zurück."
    )
    found = reader.read(text, language="de")
    assert ("Andreas Gerstenmayer", "PNE", None) in moves(found, "named-after")
    assert found[0].quote.startswith("Andreas Gerstenmayer")
    italian = "Il Genoa ha scelto il nuovo allenatore. Si tratta di Marco Giampaolo."
    assert ("Marco Giampaolo", None, "Genoa") in moves(reader.read(italian, language="it"), "named-after")


def test_a_move_told_of_a_description_is_nobodys_when_the_next_name_is_no_subject(reader):
    """The name that follows must be the next sentence's subject (or follow 'Si tratta di'): a name a
    preposition governs, or two names with no subject, are nobody's; and a sentence that names
    someone ends the wait."""
    text = (
        "Il Genoa ha scelto il nuovo allenatore. La decisione è stata presa con Marco Giampaolo e Luca Rossi in "
        "tribuna."
    )
    assert not moves(reader.read(text, language="it"), "named-after")


def test_a_german_verb_of_moving_whose_particle_ends_the_clause(reader):
    """'scheidet … aus', 'tritt … zurück': German separates the particle of a verb of moving and
    puts it at the end of the clause; the verb and its particle are the entry 'scheidet aus', 'tritt
    zurück'. Not 'geht … zu', whose 'zu' is a preposition ('es geht munter zu')."""
    text = "Jonas Brenner scheidet zum Jahresende beim Hamburger SV aus."
    assert ("Jonas Brenner", "Hamburger SV", None) in moves(reader.read(text, language="de"))
    other = "Im Handel geht es bei Aldi Nord munter zu: Jonas Brenner lacht."
    assert not reader.read(other, language="de")


def test_a_description_with_its_complement_and_its_name_is_that_name(reader):
    """'L'ancien vice-président de la recherche Liam Fedus est parti …': the role, its complement and the
    name stand together before any word of moving -- the description is Liam Fedus, not the one person
    of the sentence before (fr-022)."""
    text = (
        "L'ancien membre du conseil Larry Summers a également démissionné en novembre. L'ancien vice-président "
        "de la recherche Liam Fedus est parti pour cofonder une startup IA nommée Periodic Labs."
    )
    people = {c.person for c in reader.read(text, language="fr") if "Periodic" in (c.to or "")}
    assert people == {"Liam Fedus"}
    german = (
        "Anna Weber leitete die Redaktion der „Westfalenpost“. Der frühere Leiter der Sportredaktion Tom Becker "
        "wechselt zur „Westfalenpost“."
    )
    assert "Anna Weber" not in {c.person for c in reader.read(german, language="de")}
