"""An organisation that loses someone, and becoming a role at another (issue 25): an organisation that
opens a sentence as the subject of a verb of losing someone ("Vantor verliert X", "Vantor has lost X",
"Vantor a perdu X") is where the person leaves, whether the record knows it or not, and the preposition
after the person ("to", "an", "à", "a") names where they go.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up: the corpus has no such sentence with its subject first
        ("en", "Vantor has lost its chief scientist, Mara Lind, to Helicon."),
        ("en", "Vantor lost Mara Lind to Helicon."),
        ("de", "Vantor verliert Mara Lind an Helicon."),
        ("de", "Vantor hat Mara Lind an Helicon verloren."),
        ("es", "Vantor pierde a Mara Lind, que se va a Helicon."),
        ("es", "Vantor ha perdido a Mara Lind, que se marcha a Helicon."),
        ("fr", "Vantor perd Mara Lind, partie chez Helicon."),
        ("fr", "Vantor perd Mara Lind, qui rejoint Helicon."),
        ("it", "Vantor perde Mara Lind, che passa a Helicon."),
        ("it", "Vantor ha perso Mara Lind, passata a Helicon."),
    ],
)
def test_an_organisation_new_to_the_record_that_loses_someone_is_the_origin(reader, language, text):
    """Before, an organisation new to the record was read as a subject only before a verb of hiring or
    dismissing: the person had no origin, or no move at all."""
    assert ("Mara Lind", "Vantor", "Helicon") in moves(reader.read(text, language=language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Apple has lost its chief scientist, Mara Lind, to Google."),
        ("de", "Apple verliert Mara Lind an Google."),
        ("es", "Apple pierde a Mara Lind, que se va a Google."),
    ],
)
def test_a_known_organisation_that_loses_someone_to_another(reader, language, text):
    assert moves(reader.read(text, language=language)) == {("Mara Lind", "Apple", "Google")}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mara Lind lost her seat in the election."),
        ("de", "Mara Lind verliert die Wahl."),
        ("fr", "Mara Lind a perdu son procès."),
    ],
)
def test_a_person_who_loses_something_moves_nowhere(reader, language, text):
    """A verb of losing says a departure only when an organisation is its subject."""
    assert moves(reader.read(text, language=language)) == set()


# --- becoming a role at an organisation is joining it -----------------------------------------------------


def test_becoming_the_head_of_an_organisation_real(reader):
    """Real (de-020): "wird Geschäftsführer der …" is no word of joining by itself; the verb of becoming
    with a role and its "of" after it is, and the organisation after "der" is the destination."""
    text = (
        "Der bisherige Chefredakteur der Saarbrücker Zeitung, Friedhelm Fiedler, wird indes nach Berlin "
        "entsandt. Fiedler wird Geschäftsführer der Berliner Medienservice GmbH, einem Hauptstadt-Pool, der "
        "mehrere Tageszeitungen beliefert."
    )
    found = moves(reader.read(text, language="de"))
    assert ("Friedhelm Fiedler", None, "Berliner Medienservice GmbH") in found


@pytest.mark.parametrize(
    ("language", "text", "left", "joined"),
    [
        # made up: the corpus has no such sentence in these languages
        ("en", "Mara Lind left Vantor to become chief executive of Helicon.", "Vantor", "Helicon"),
        ("en", "Mara Lind left Apple to become chief executive of Google.", "Apple", "Google"),
        ("de", "Mara Lind verlässt Siemens und wird Chefin von Bosch.", "Siemens", "Bosch"),
        ("fr", "Mara Lind quitte Renault pour devenir directrice générale de Stellantis.", "Renault", "Stellantis"),
        ("es", "Mara Lind deja Repsol para convertirse en consejera delegada de Iberdrola.", "Repsol", "Iberdrola"),
        ("it", "Mara Lind lascia Eni per diventare amministratore delegato di Enel.", "Eni", "Enel"),
    ],
)
def test_leaving_one_organisation_to_become_a_role_at_another(reader, language, text, left, joined):
    """Before, the destination was lost: "become", "wird", "devenir", "convertirse en", "diventare" are
    no words of joining, and the organisation after the role's "of" was read as the origin or not at all."""
    assert ("Mara Lind", left, joined) in moves(reader.read(text, language=language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Mara Lind wird Chefin von Bosch."),
        ("en", "Mara Lind will become chief executive of Google."),
        ("fr", "Mara Lind devient directrice générale de Stellantis."),
    ],
)
def test_becoming_a_role_alone_is_joining(reader, language, text):
    found = moves(reader.read(text, language=language))
    assert len(found) == 1 and next(iter(found))[1] is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Mara Lind wird von Bosch entlassen."),
        ("en", "It became clear that Mara Lind would stay at Google."),
    ],
)
def test_a_verb_of_becoming_with_no_role_joins_nothing(reader, language, text):
    """'wird' of a passive, 'became clear': no role and 'of' after the verb, no post taken."""
    assert all(to is None for _who, _origin, to in moves(reader.read(text, language=language)))


# --- phrases of going away ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "left"),
    [
        # made up: the corpus has no such sentence
        ("fr", "Mara Lind s'en va de Renault.", "Renault"),
        ("fr", "Mara Lind s’en est allée du PSG.", "PSG"),
        ("es", "Mara Lind se va de Repsol.", "Repsol"),
        ("it", "Mara Lind se ne va da Eni.", "Eni"),
        ("it", "Mara Lind se ne è andata dall'Eni.", "Eni"),
        ("de", "Mara Lind geht weg von Bosch.", "Bosch"),
        ("de", "Mara Lind ging weg von Bosch.", "Bosch"),
    ],
)
def test_going_away_from_an_organisation_leaves_it(reader, language, text, left):
    assert moves(reader.read(text, language=language)) == {("Mara Lind", left, None)}


def test_going_away_to_an_organisation_is_no_departure_from_it(reader):
    """'s'en va de' is listed with its 'de': 's'en va chez X' goes to X, it does not leave it."""
    assert ("Mara Lind", "Stellantis", None) not in moves(
        reader.read("Mara Lind s'en va chez Stellantis.", language="fr")
    )
