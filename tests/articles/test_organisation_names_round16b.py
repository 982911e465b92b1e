"""Organisations the record does not know, found and bounded (issue 25, round 16, wave 2).

Fresh text names organisations the record does not know in a few general shapes:

- right after a role, fused with the person's name after it: "l'ex manager di Quorra Marco Rossi", "el
  exdirectivo de Quorra Marco Rossi", "the former chief executive of Quorra Jane Doe": after a role and
  a genitive, three or four capitalised words are the organisation and the person's last two; with no
  genitive ("il presidente Quorra Marco Rossi") only where the text gives the person's name alone;
- one word after the role of a post ("lascia la carica di presidente Enav"): the post's organisation;
- what is no organisation of a move: a politician's party in parentheses ("Birgitta Wolff (CDU)"), a
  German noun of a point in time ("zum Jahreswechsel"), the field of a role compound ("BWL-Professorin"),
  "Ex-" alone; and what a sentence's own reading drops as no employer ("les Hammers", a team's nickname)
  is no organisation of the text's other sentences either.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, with names the record does not know."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from support.articles import moves

DEV = Path(__file__).resolve().parents[1] / "data" / "press" / "dev"


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("it", "L'ex manager di Quorra Marco Rossi è passato a Globex.", "Marco Rossi"),
        ("es", "El exdirectivo de Quorra Marco Rossi ficha por Globex.", "Marco Rossi"),
        ("fr", "L'ancien dirigeant de Quorra Marc Dubois rejoint Globex.", "Marc Dubois"),
        ("en", "The former chief executive of Quorra Jane Doe joins Globex.", "Jane Doe"),
    ],
)
def test_an_organisation_after_a_role_and_its_genitive_is_split_from_the_name(reader, language, text, person):
    """Before, "Quorra Marco Rossi" was read as one person, with no origin."""
    assert moves(reader.read(text, language=language)) == {(person, "Quorra", "Globex")}


@pytest.mark.parametrize(
    ("language", "text", "person", "whole"),
    [
        (
            "it",
            "Marco Rossi si è dimesso. Il presidente Quorra Marco Rossi passa a Globex.",
            "Marco Rossi",
            ("L'allenatore Gian Piero Gasperini passa a Globex.", "Gian Piero Gasperini"),
        ),
        (
            "es",
            "Marco Rossi dejó el cargo. El director Quorra Marco Rossi ficha por Globex.",
            "Marco Rossi",
            ("El entrenador Juan Carlos Osorio ficha por Globex.", "Juan Carlos Osorio"),
        ),
        (
            "fr",
            "Selon Globex, Marc Dubois a démissionné. Le PDG Quorra Marc Dubois rejoint Globex.",
            "Marc Dubois",
            ("Le PDG Jean Pierre Martin rejoint Globex.", "Jean Pierre Martin"),
        ),
    ],
)
def test_an_organisation_after_a_role_is_split_from_a_name_the_text_gives_alone(reader, language, text, person, whole):
    """With no genitive, only where the text gives the person's name alone: three names after a role
    and nothing else are one person's ("El entrenador Juan Carlos Osorio")."""
    assert (person, "Quorra", "Globex") in moves(reader.read(text, language=language))
    assert moves(reader.read(whole[0], language=language)) == {(whole[1], None, "Globex")}


@pytest.mark.parametrize(
    ("language", "text", "person", "organisation"),
    [
        # real: it-040-ttgitalia-scaramella-lascia-enav.yaml
        ("it", "Roberto Scaramella (nella foto) lascia la carica di presidente Enav.", "Roberto Scaramella", "Enav"),
        ("es", "Marco Rossi deja el cargo de presidente Quorra.", "Marco Rossi", "Quorra"),
        ("fr", "Marc Dubois quitte son poste de président Quorra.", "Marc Dubois", "Quorra"),
        ("en", "Jane Doe steps down from the post of chairman Quorra.", "Jane Doe", "Quorra"),
    ],
)
def test_the_word_after_the_role_of_a_post_is_its_organisation(reader, language, text, person, organisation):
    """Not every word after a role is an organisation: only after the role of a post ("la carica di"); a
    surname after a role stays a person ("Il co-fondatore Schulman")."""
    assert moves(reader.read(text, language=language)) == {(person, organisation, None)}
    assert moves(reader.read("Il co-fondatore Schulman lascia OpenAI.", language="it")) == {
        ("Schulman", "OpenAI", None)
    }


@pytest.mark.parametrize(
    ("language", "text", "person", "organisation"),
    [
        (
            "de",
            "Birgitta Wolff (CDU) wechselt an die Universität Frankfurt.",
            "Birgitta Wolff",
            "Universität Frankfurt",
        ),
        ("fr", "Marc Dubois (LR) a été nommé directeur général de Globex.", "Marc Dubois", "Globex"),
        ("es", "Marco Rossi (PP) ficha por Globex.", "Marco Rossi", "Globex"),
    ],
)
def test_a_party_in_parentheses_after_a_name_is_no_organisation_of_the_move(
    reader, language, text, person, organisation
):
    """Before, the party was read as where the person went. A party switch still gives the parties."""
    assert moves(reader.read(text, language=language)) == {(person, None, organisation)}
    assert moves(reader.read("Jan Berg wechselt von der CDU zur SPD.", language="de")) == {("Jan Berg", "CDU", "SPD")}


def test_a_party_in_parentheses_in_a_real_sentence(reader):
    # real: de-044-volksstimme-wolff-goethe-uni.yaml
    text = (
        "Frankfurt/Main (he) l Sachsen-Anhalts frühere Wissenschaftsministerin Birgitta Wolff (CDU) wird "
        "Präsidentin der Universität Frankfurt/Main."
    )
    assert all("CDU" not in (move[1], move[2]) for move in moves(reader.read(text, language="de")))


@pytest.mark.parametrize(
    "text",
    [
        "Die BWL-Professorin Mara Lind wechselt zu Globex.",  # a field of a role compound
        "Mara Lind wechselt zum Jahreswechsel zu Globex.",  # a noun of a point in time
    ],
)
def test_a_field_or_a_time_noun_is_no_organisation(reader, text):
    """The head of a role compound that is no field is the role's organisation, as before."""
    assert moves(reader.read(text, language="de")) == {("Mara Lind", None, "Globex")}
    assert moves(reader.read("Die Quorra-Managerin Mara Lind wechselt zu Globex.", language="de")) == {
        ("Mara Lind", "Quorra", "Globex")
    }


def test_ex_alone_is_no_organisation(reader):
    # real: de-044-volksstimme-wolff-goethe-uni.yaml (its headline)
    found = moves(reader.read("Birgitta Wolff Ex-Ministerin wird Präsidentin der Goethe-Uni", language="de"))
    assert all("Ex" not in (move[1], move[2]) for move in found)


def test_a_nickname_dropped_in_one_sentence_is_no_organisation_of_another(reader):
    """real: the whole of fr-033: "la défaite des Hammers contre Leicester" marked "Hammers" as a new
    organisation for the whole text, and "Manuel Pellegrini a quitté le club" then left it."""
    text = yaml.safe_load((DEV / "fr-033-footmercato-jardim-motta-pellegrini.yaml").read_text(encoding="utf-8"))
    found = moves(reader.read(text["text"], language="fr"))
    assert all("Hammers" not in (move[1], move[2]) for move in found)


def test_a_nickname_dropped_in_one_sentence_is_no_organisation_of_another_in_spanish(reader):
    text = "La Sampdoria pierde ante los Rojiblancos. Mara Lind deja los Rojiblancos."
    assert ("Mara Lind", "Rojiblancos", None) not in moves(reader.read(text, language="es"))
