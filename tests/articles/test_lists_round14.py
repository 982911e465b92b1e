"""Lists of people and appositions, fourteenth round (issue 25): the members of a list a colon opens
after a group ("tres investigadores … de OpenAI: Lucas Beyer, …") are not governed by the preposition
before the colon; a list goes on past an apposition ("X, ex entrenador del PSG, y a Y"), past an
adverb of a sequence ("prima di X e poi di Y", "first X and then Y"), and past a surname written
with its particle ("Daniele De Rossi", "Erik ten Hag", a lone "De Rossi"); an organisation before a
German auxiliary is the hirer of the names after it ("Napoli hat X und Y verpflichtet"); "in casa
Roma" names where the people were; and a surname alone after a noun of dismissal ("l'esonero di
Juric") is the person dismissed, no organisation.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest

from support.articles import moves


def test_a_list_after_a_colon_keeps_its_first_name_real(reader):
    """Real (es-030): before, "de OpenAI" was read as governing Lucas Beyer across the colon, a bystander."""
    text = (
        "Meta, la empresa liderada por Mark Zuckerberg y responsable del desarrollo de los modelos de lenguaje "
        "Llama, ha contratado a tres investigadores de alto nivel provenientes de OpenAI: Lucas Beyer, Alexander "
        "Kolesnikov y Xiaohua Zhai."
    )
    found = moves(reader.read(text, language="es"))
    for person in ("Lucas Beyer", "Alexander Kolesnikov", "Xiaohua Zhai"):
        assert (person, "OpenAI", "Meta") in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up: the group's noun with a complement of its own before the colon
        ("es", "Meta ha contratado a tres investigadores de primer nivel de OpenAI: Lucas Beyer, Alexander "
               "Kolesnikov y Xiaohua Zhai."),
        ("fr", "Meta a recruté trois chercheurs de haut niveau en provenance d'OpenAI : Lucas Beyer, Alexander "
               "Kolesnikov et Xiaohua Zhai."),
    ],
)  # fmt: skip
def test_a_colon_ends_the_reach_of_the_preposition_before_it(reader, language, text):
    found = moves(reader.read(text, language=language))
    assert ("Lucas Beyer", "OpenAI", "Meta") in found


@pytest.mark.parametrize(
    ("language", "text", "club"),
    [
        # made up: a German organisation before "hat" is the subject; the names after it are hired
        ("de", "Der SSC Neapel hat Christophe Galtier und Rafa Benitez verpflichtet.", "SSC Neapel"),
        ("de", "Bayern hat den Trainer Christophe Galtier und Rafa Benitez verpflichtet.", "Bayern"),
    ],
)  # fmt: skip
def test_names_after_an_organisations_auxiliary_are_hired(reader, language, text, club):
    found = moves(reader.read(text, language=language))
    assert ("Christophe Galtier", None, club) in found
    assert ("Rafa Benitez", None, club) in found


@pytest.mark.parametrize(
    ("language", "text", "club"),
    [
        # made up: the list goes on after the apposition through "y a" (before, Benítez was dropped)
        ("es", "El Nápoles ha fichado a Christophe Galtier, ex entrenador del Paris Saint-Germain, y a Rafa "
               "Benítez.", "Nápoles"),
        ("it", "Il Napoli ha ingaggiato Christophe Galtier, in uscita dal Paris Saint-Germain, e l'ex tecnico Rafa "
               "Benítez.", "Napoli"),  # guard: read right before this round, as the next
        ("fr", "Naples a recruté Christophe Galtier, ancien entraîneur du Paris Saint-Germain, et l'ancien "
               "entraîneur Rafa Benítez.", "Naples"),
    ],
)  # fmt: skip
def test_a_list_goes_on_after_an_apposition(reader, language, text, club):
    found = moves(reader.read(text, language=language))
    assert ("Christophe Galtier", "Paris Saint-Germain", club) in found
    assert ("Rafa Benítez", None, club) in found
    assert ("Rafa Benítez", "Paris Saint-Germain", club) not in found


@pytest.mark.parametrize(
    ("language", "text", "person", "club"),
    [
        # made up: a surname's particle inside the name, capitalised or not, keeps the object a person
        ("it", "Il Genoa ha esonerato Daniele De Rossi.", "Daniele De Rossi", "Genoa"),
        ("fr", "Le PSG a limogé Erik ten Hag.", "Erik ten Hag", "PSG"),
        ("de", "Bayern entließ Erik ten Hag.", "Erik ten Hag", "Bayern"),
        ("es", "El Betis despidió a Juan de la Cruz.", "Juan de la Cruz", "Betis"),
        # and a lone surname that opens with a capital particle
        ("it", "Il Venezia ha esonerato Di Francesco.", "Di Francesco", "Venezia"),
        ("es", "El Athletic despidió a De Marcos.", "De Marcos", "Athletic"),
    ],
)  # fmt: skip
def test_a_name_with_a_particle_is_a_person(reader, language, text, person, club):
    found = moves(reader.read(text, language=language))
    assert (person, club, None) in found
    assert not any(who == person.split()[0] or org == person.split()[0] for who, org, _to in found)


def test_a_sequence_of_dismissals_at_a_club_real(reader):
    """Real (it-041): before, "in casa Roma" named no organisation and "di Juric" read as one, so Ranieri
    came to "Juric"; now both leave Roma and Ranieri comes to it."""
    text = (
        "Da ricordare anche il doppio esonero in casa Roma, prima di De Rossi e poi di Juric, ai quali è "
        "susseguito Claudio Ranieri."
    )
    found = moves(reader.read(text, language="it"))
    assert ("De Rossi", "Roma", None) in found
    assert ("Juric", "Roma", None) in found
    assert ("Claudio Ranieri", None, "Roma") in found
    assert not any("Juric" in (org, to) for _who, org, to in found)


@pytest.mark.parametrize(
    ("language", "text", "first", "second", "club"),
    [
        # made up: an adverb of a sequence after the list's "and", before the preposition said again
        ("it", "Da ricordare anche il doppio esonero della Roma, prima di Daniele Rossi e poi di Ivan Juric.",
         "Daniele Rossi", "Ivan Juric", "Roma"),
        ("es", "La Roma confirmó la salida de Daniele De Rossi y luego de Juric.", "Daniele De Rossi", "Juric",
         "Roma"),
        ("it", "La Roma ha esonerato prima Daniele De Rossi e poi Ivan Juric.", "Daniele De Rossi", "Ivan Juric",
         "Roma"),
        # guards: a verb that governs both names (read right before this round)
        ("fr", "Lyon a limogé d'abord Laurent Blanc puis Pierre Sage.", "Laurent Blanc", "Pierre Sage", "Lyon"),
        ("en", "Chelsea sacked first Graham Potter and then Frank Lampard.", "Graham Potter", "Frank Lampard",
         "Chelsea"),
        ("de", "Der HSV entließ erst Bruno Labbadia und dann Markus Gisdol.", "Bruno Labbadia", "Markus Gisdol",
         "HSV"),
    ],
)  # fmt: skip
def test_a_list_goes_on_past_an_adverb_of_a_sequence(reader, language, text, first, second, club):
    found = moves(reader.read(text, language=language))
    assert (first, club, None) in found
    assert (second, club, None) in found


@pytest.mark.parametrize(
    ("language", "text", "person", "organisation"),
    [
        # made up: a phrase of being at an organisation, its name with no article after it
        ("it", "Terremoto in casa Juventus: esonerato Thiago Motta.", "Thiago Motta", "Juventus"),
        ("de", "Im Hause Springer verlässt Mathias Döpfner den Vorstand.", "Mathias Döpfner", "Springer"),
    ],
)  # fmt: skip
def test_the_name_after_a_phrase_of_a_house_is_an_organisation(reader, language, text, person, organisation):
    found = moves(reader.read(text, language=language))
    assert (person, organisation, None) in found


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up; guards: a shared apposition gives every member the origin (read right before this round)
        ("en", "Lucas Beyer, Alexander Kolesnikov and Xiaohua Zhai, all three former OpenAI researchers, joined "
               "Meta."),
        ("it", "Lucas Beyer e Xiaohua Zhai, entrambi ex OpenAI, sono passati a Meta."),
        ("fr", "Lucas Beyer et Xiaohua Zhai, tous deux anciens chercheurs d'OpenAI, ont rejoint Meta."),
    ],
)  # fmt: skip
def test_a_shared_apposition_gives_every_member_the_origin(reader, language, text):
    found = moves(reader.read(text, language=language))
    assert ("Lucas Beyer", "OpenAI", "Meta") in found
    assert ("Xiaohua Zhai", "OpenAI", "Meta") in found


@pytest.mark.parametrize(
    ("language", "text", "person", "club"),
    [
        # made up: a surname alone after a noun of dismissal and its preposition is the one dismissed
        ("it", "La Roma ha annunciato l'esonero di Juric.", "Juric", "Roma"),
        ("es", "El Betis anunció la destitución de Pellegrini.", "Pellegrini", "Betis"),
        ("fr", "L'OL a annoncé le limogeage de Genesio.", "Genesio", "OL"),
    ],
)  # fmt: skip
def test_a_surname_after_a_noun_of_dismissal_is_the_one_dismissed(reader, language, text, person, club):
    found = moves(reader.read(text, language=language))
    assert (person, club, None) in found


def test_a_surname_after_a_noun_of_dismissal_is_no_origin_of_the_successor(reader):
    """Made up: before, "di Juric" was read as an organisation, and Ranieri came from "Juric"."""
    found = moves(reader.read("Dopo l'esonero di Juric, la Roma ha scelto Claudio Ranieri.", language="it"))
    assert ("Juric", "Roma", None) in found
    assert ("Claudio Ranieri", None, "Roma") in found
    assert not any("Juric" in (org, to) for _who, org, to in found)
