"""Who is named but does not move, and what fills no organisation's slot (issue 25, round 16, wave 3).

Two shapes that gave wrong candidates, most of them Spanish:

- a name the record does not know after "de"/"of" and a noun of a company or of an office over a place
  ("la empresa de Cupertino", "al equipo del gobernador electo de Sonora", "the team of the governor of
  Quelvia") is the company's seat or the office's state or city, no organisation anyone joins or leaves;
  without it the people of the sentence were proposed as leaving the place, the governor among them;
- a verb of leaving with a predicate that makes it leave something open or plain, up to two words after it
  ("dejó además abierta una puerta a su continuidad", "dejó claro que", "a laissé entendre", "ha lasciato
  intendere", "left open") tells no departure.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up."""

from __future__ import annotations

import pytest

from support.articles import moves


def test_the_state_of_a_governor_is_no_origin(reader):
    # real: es-017-milenio-chapulineo-legislativo.yaml
    text = (
        "En la sesión de hoy, los morenistas Wendy Briceño, Lorenia Valles y Heriberto Aguilar dejaron sus "
        "cargos en el Palacio de San Lázaro para incorporarse al equipo del gobernador electo de Sonora, "
        "Alfonso Durazo, y asumir posteriormente cargos en el gabinete."
    )
    assert moves(reader.read(text, language="es")) == set()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Mara Lind dejó su escaño para incorporarse al equipo del gobernador de Quelvia, Jane Doe."),
        ("en", "Mara Lind left her seat to join the team of the governor of Quelvia, Jane Doe."),
        ("fr", "Mara Lind a quitté son siège pour rejoindre l'équipe du maire de Quelvia, Jane Doe."),
        ("it", "Mara Lind ha lasciato il seggio per entrare nella squadra del sindaco di Quelvia, Jane Doe."),
    ],
)
def test_the_place_of_an_office_is_no_organisation(reader, language, text):
    """Before, Quelvia was where Mara Lind (and the mayor, Jane Doe) left or went."""
    assert all("Quelvia" not in (origin, destination) for _who, origin, destination in moves(
        reader.read(text, language=language)))  # fmt: skip


def test_the_seat_of_a_company_is_no_organisation(reader):
    # real: es-031-infobae-ke-yang-meta.yaml, with the sentence before it
    text = (
        "Meta, la compañía de Mark Zuckerberg, ha captado a otro ingeniero. "
        "En las últimas semanas, la empresa de Cupertino ha perdido a una nueva figura estratégica, apenas "
        "nombrada en un puesto de liderazgo."
    )
    assert all("Cupertino" not in (origin, destination) for _who, origin, destination in moves(
        reader.read(text, language="es")))  # fmt: skip


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Mara Lind deja Vantor y se incorpora a la empresa Globex."),
        ("es", "Mara Lind dejó Vantor para sumarse al equipo de Globex."),
        ("en", "Mara Lind left Vantor to join the team of Globex."),
    ],
)
def test_a_company_or_a_team_named_after_its_noun_still_counts(reader, language, text):
    """Negative: a name right after a company's noun, or after 'de'/'of' and a team's noun, is the
    organisation."""
    assert ("Mara Lind", "Vantor", "Globex") in moves(reader.read(text, language=language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # real: es-033-rrnoticias-aguirre-desmiente-leganes.yaml, with a name for "El mexicano"
        (
            "es",
            "Javier Aguirre dejó además abierta una puerta a su continuidad: «Estoy absolutamente convencido "
            "de que el Leganés se salvará, de que seguiremos en Primera.",
        ),
        ("es", "Mara Lind, entrenadora del Vantor, dejó claro que seguirá en el club."),
        ("it", "Mara Lind, allenatrice del Vantor, ha lasciato intendere di essere stanca."),
        ("en", "Mara Lind, coach of Vantor, left open the question of her future."),
    ],
)
def test_leaving_something_open_is_no_departure(reader, language, text):
    """Before, 'dejó', 'ha lasciato', 'left' were read as leaving the club named in the sentence."""
    assert all(origin is None for _who, origin, _to in moves(reader.read(text, language=language)))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Mara Lind dejó Vantor."),
        ("fr", "Mara Lind a quitté Vantor."),
        ("it", "Mara Lind ha lasciato il Vantor."),
    ],
)
def test_a_plain_departure_still_counts(reader, language, text):
    """Negative: a verb of leaving without such a predicate still leaves."""
    assert ("Mara Lind", "Vantor", None) in moves(reader.read(text, language=language))
