"""Where a person's apposition says they were, sixteenth round (issue 25): the organisation of a role
told beside the name (a possessive "Initech's head of research", "a former Initech engineer") or a
marker of where someone is after a word of the time up to now ("bisher bei", "hasta ahora en",
"jusqu'ici chez", "finora alla") is the origin of the move, while the verb of the sentence gives the
destination.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "person", "origin", "destination"),
    [
        # made up: "until now at X" in an apposition, with the verb before the name or after the apposition
        ("fr", "Maria Rossi, jusqu'ici chez Acme, rejoint Umbrella.", "Maria Rossi", "Acme", "Umbrella"),
        ("fr", "Umbrella recrute Paul Martin, jusqu'ici chez Acme.", "Paul Martin", "Acme", "Umbrella"),
        ("it", "Umbrella ingaggia Maria Rossi, finora alla Acme.", "Maria Rossi", "Acme", "Umbrella"),
        ("it", "Paolo Bianchi, finora ad Acme, passa a Umbrella.", "Paolo Bianchi", "Acme", "Umbrella"),
        ("es", "Umbrella ficha a Lucía Gómez, hasta ahora en Acme.", "Lucía Gómez", "Acme", "Umbrella"),
        ("de", "Anna Schmidt, zuletzt bei Acme, wechselt zu Umbrella.", "Anna Schmidt", "Acme", "Umbrella"),
    ],
)  # fmt: skip
def test_a_marker_after_words_of_the_time_up_to_now_names_the_origin(reader, language, text, person, origin,
                                                                     destination):  # fmt: skip
    """Before, "à"/"alla"/"chez" read alone made the apposition's organisation the destination (or
    left it out), and the verb's organisation was lost."""
    found = moves(reader.read(text, language=language))
    assert (person, origin, destination) in found
    assert (person, None, origin) not in found


@pytest.mark.parametrize(
    ("text", "person", "origin", "destination"),
    [
        # made up: an organisation the record does not know, told only by the role beside it
        ("Umbrella poached Maria Rossi, Acme's chief technology officer.", "Maria Rossi", "Acme", "Umbrella"),
        ("Tom Baker, a former Acme engineer, now works at Umbrella.", "Tom Baker", "Acme", "Umbrella"),
        ("Tom Baker, the former Acme chief executive, has joined Umbrella.", "Tom Baker", "Acme", "Umbrella"),
        ("Acme's head of research, Maria Rossi, has left the company.", "Maria Rossi", "Acme", None),
    ],
)  # fmt: skip
def test_the_organisation_of_a_possessive_or_former_role_is_the_origin(reader, text, person, origin, destination):
    """English says the organisation of a role before it, with a possessive ("Acme's chief technology
    officer") or after "former" ("a former Acme engineer"), with no name after the role: the
    capitalised word there is an organisation, where the person was."""
    found = moves(reader.read(text, language="en"))
    assert (person, origin, destination) in found


def test_a_known_organisation_of_a_possessive_role_after_the_name_is_the_origin(reader):
    """Made up: "X, Google's chief technology officer" is an apposition, as "X, CTO of Google" is."""
    found = moves(reader.read("Meta poached Maria Rossi, Google's chief technology officer.", language="en"))
    assert ("Maria Rossi", "Google", "Meta") in found


@pytest.mark.parametrize(
    ("language", "text", "person", "origin", "destination"),
    [
        # made up; guards: the same shapes with a preposition of origin, read right before this round
        ("it", "Maria Rossi, ex dirigente di Acme, approda a Umbrella.", "Maria Rossi", "Acme", "Umbrella"),
        ("fr", "Maria Rossi, ancienne directrice d'Acme, rejoint Umbrella.", "Maria Rossi", "Acme", "Umbrella"),
        ("es", "Umbrella ficha a Maria Rossi, procedente de Acme.", "Maria Rossi", "Acme", "Umbrella"),
        ("de", "Maria Rossi, bisher bei Acme, wechselt zu Umbrella.", "Maria Rossi", "Acme", "Umbrella"),
    ],
)  # fmt: skip
def test_an_apposition_of_a_former_post_guard(reader, language, text, person, origin, destination):
    found = moves(reader.read(text, language=language))
    assert (person, origin, destination) in found


def test_a_possessive_of_a_persons_name_is_no_organisation(reader):
    """Made up: "Mark Zuckerberg's chief of staff" is a person's, no organisation of the move."""
    found = moves(reader.read("Maria Rossi, Mark Zuckerberg's chief of staff, has joined Umbrella.", language="en"))
    assert all(origin is None for _person, origin, _to in found)


def test_possessive_roles_in_a_list_of_names_tipped_make_no_move_real(reader):
    """Real (en-039): possessives of a club's name before roles and names, and no move told."""
    text = (
        "Netherlands coach Louis Van Gaal, Borussia Dortmund boss Jurgen Klopp, Atletico Madrid's manager "
        "Diego Simeone and Paris St-Germain's Laurent Blanc have already been tipped as possible successors."
    )
    assert not reader.read(text, language="en")


@pytest.mark.parametrize(
    ("language", "text", "person", "organisation"),
    [
        # made up: the verb of leaving after the role (a separable verb) or the post between them
        ("de", "Anna Schmidt tritt als Vorstandschefin von Siemens zurück.", "Anna Schmidt", "Siemens"),
        ("de", "Anna Schmidt legt ihr Amt als Präsidentin von Siemens nieder.", "Anna Schmidt", "Siemens"),
        ("fr", "Claire Dubois démissionne de son poste de directrice de Renault.", "Claire Dubois", "Renault"),
    ],
)  # fmt: skip
def test_the_organisation_of_a_role_in_a_sentence_of_leaving_alone_is_left(reader, language, text, person,
                                                                           organisation):  # fmt: skip
    """Before, "als Chefin von X" with the "zurück" after it was read as a post taken at X."""
    found = moves(reader.read(text, language=language))
    assert (person, organisation, None) in found
    assert (person, None, organisation) not in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up; guards: with a word of joining too, the role's organisation is where the person goes
        ("de", "Anna Schmidt verlässt Siemens und wird zur Chefin von Bosch ernannt."),
        ("it", "Paola Bianchi lascia Siemens ed è nominata presidente di Bosch."),
    ],
)  # fmt: skip
def test_a_role_after_a_verb_of_leaving_and_one_of_joining_is_the_post_taken_guard(reader, language, text):
    found = moves(reader.read(text, language=language))
    assert any(origin == "Siemens" and to == "Bosch" for _person, origin, to in found)


@pytest.mark.parametrize(
    ("text", "person", "origin", "destination"),
    [
        # made up: Spanish only, the one language with a personal "a" after a verb of hiring
        ("Maria Rossi, exdirectiva de Acme, se incorpora a Umbrella.", "Maria Rossi", "Acme", "Umbrella"),
        ("Lucía Gómez se incorporó a Umbrella como directora.", "Lucía Gómez", None, "Umbrella"),
    ],
)  # fmt: skip
def test_the_a_after_a_reflexive_verb_of_hiring_is_no_personal_a(reader, text, person, origin, destination):
    """ "incorpora a X" hires the person X; "se incorpora a X" joins the organisation X, which was left
    out before when the record does not know it."""
    assert (person, origin, destination) in moves(reader.read(text, language="es"))


def test_the_personal_a_of_a_verb_of_hiring_still_names_the_person_guard(reader):
    """Made up; a guard: without the reflexive pronoun the "a" names the person hired."""
    found = moves(reader.read("Umbrella incorpora a Lucía Gómez.", language="es"))
    assert found == {("Lucía Gómez", None, "Umbrella")}


@pytest.mark.parametrize(
    ("language", "text", "person", "origin", "destination"),
    [
        # made up: an organisation hires, and a marker of where someone is follows the one hired
        ("fr", "Renault recrute Paul Martin chez Stellantis.", "Paul Martin", "Stellantis", "Renault"),
        ("de", "Siemens wirbt Anna Schmidt bei Bosch ab.", "Anna Schmidt", "Bosch", "Siemens"),
        ("es", "Indra ficha a Lucía Gómez en Telefónica.", "Lucía Gómez", "Telefónica", "Indra"),
        ("en", "Umbrella poached Tom Baker at Acme.", "Tom Baker", "Acme", "Umbrella"),
    ],
)  # fmt: skip
def test_where_the_hired_person_is_after_the_hirer_is_the_origin(reader, language, text, person, origin,
                                                                 destination):  # fmt: skip
    """Before, "chez Stellantis" after "recrute" was read as the destination, and the hirer lost."""
    found = moves(reader.read(text, language=language))
    assert (person, origin, destination) in found
    assert (person, None, origin) not in found


@pytest.mark.parametrize(
    ("language", "text", "person", "destination"),
    [
        # made up; guards: with no organisation hiring before the verb, the marker is where the person goes
        ("fr", "Paul Martin a été recruté chez Renault.", "Paul Martin", "Renault"),
        ("en", "Tom Baker was hired at Unilever.", "Tom Baker", "Unilever"),
    ],
)  # fmt: skip
def test_a_passive_hire_at_an_organisation_is_the_destination_guard(reader, language, text, person, destination):
    assert (person, None, destination) in moves(reader.read(text, language=language))
