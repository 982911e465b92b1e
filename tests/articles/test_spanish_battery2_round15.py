"""How the Latin American and Spanish press tells hires, departures and appointments (issue 25): the shapes
a second battery of made-up press sentences found the reader missing.

"Asumió como gerente general de X" takes the post of X, as "nombrado gerente general de X" does; so does a
phrase of joining whose last noun is a post's or a staff's before its "de" ("quedó al frente de X", "se
pasó a las filas del Partido Azul", "se unió a la bancada del X"), while a verb before "de" stays an origin
("pasó del Sevilla al Betis"). The idioms "pegó el salto a", "arribó al", "llegó a un acuerdo con" join;
"dejó de pertenecer a", "rescindió su contrato con", "cierra su ciclo en", "fue apartado de su cargo",
"fue relevado como" leave. A former post in one word ("el ahora exdirector de Quorra") and a post held
until the move ("quien se desempeñaba como gerente de Quorra") say where the person was. "En reemplazo
de X" names a predecessor, no organisation, and "ocupará la vacante que dejó X en Y" a succession.

The sentences are made up, with names the record does not know."""

from __future__ import annotations

import pytest

from support.articles import hands_over, moves


@pytest.mark.parametrize(
    ("text", "person", "organisation"),
    [
        ("Jorge Ruiz asumió como gerente general de Globex.", "Jorge Ruiz", "Globex"),
        ("Mara Lind asumió como presidenta ejecutiva de Vantor el pasado lunes.", "Mara Lind", "Vantor"),
    ],
)
def test_a_post_taken_as_a_role_of_an_organisation(reader, text, person, organisation):
    """Before, the organisation after the role's "de" was where the person came from."""
    assert moves(reader.read(text, language="es")) == {(person, None, organisation)}


@pytest.mark.parametrize(
    ("text", "person", "organisation"),
    [
        ("Mara Lind quedó al frente de Vantor.", "Mara Lind", "Vantor"),
        ("Jorge Ruiz quedará al frente de la gerencia de Globex desde enero.", "Jorge Ruiz", "Globex"),
        ("La diputada Mara Lind se pasó a las filas del Partido Azul.", "Mara Lind", "Partido Azul"),
        ("El senador Jorge Ruiz se unió a la bancada del Partido Azul.", "Jorge Ruiz", "Partido Azul"),
    ],
)
def test_the_post_or_the_ranks_a_phrase_of_joining_takes(reader, text, person, organisation):
    """Before, "quedó al frente de" was no word of moving, and the party after "las filas del" was left."""
    assert moves(reader.read(text, language="es")) == {(person, None, organisation)}


def test_a_verb_before_de_stays_an_origin_and_leaving_the_ranks_leaves(reader):
    """The rule of a phrase of joining takes only a post's or a staff's "de": a verb of passing before "del"
    still names the origin; leaving a party's ranks still leaves it; a denial still gives no move. With
    leaving a party, "se pasó a las filas del" now names the destination (before: the origin, and one
    party only)."""
    found = moves(reader.read("Jorge Ruiz pasó del Club Atlético Ribera a Globex.", language="es"))
    assert found == {("Jorge Ruiz", "Club Atlético Ribera", "Globex")}
    found = moves(reader.read("Mara Lind dejó la bancada del Partido Verde.", language="es"))
    assert found == {("Mara Lind", "Partido Verde", None)}
    assert not reader.read("Mara Lind desmintió que se pase a las filas del Partido Azul.", language="es")
    text = "Mara Lind renunció a su militancia en el Partido Verde y se pasó a las filas del Partido Azul."
    assert moves(reader.read(text, language="es")) == {("Mara Lind", "Partido Verde", "Partido Azul")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "El delantero Jorge Ruiz pegó el salto al Club Atlético Ribera.",
            ("Jorge Ruiz", None, "Club Atlético Ribera"),
        ),
        ("Mara Lind pegó el salto a Vantor desde Quorra.", ("Mara Lind", "Quorra", "Vantor")),
        (
            "Jorge Ruiz arribó al Club Atlético Ribera procedente de Quorra.",
            ("Jorge Ruiz", "Quorra", "Club Atlético Ribera"),
        ),
        (
            "Jorge Ruiz llegó a un acuerdo con Globex para incorporarse como director comercial.",
            ("Jorge Ruiz", None, "Globex"),
        ),
    ],
)
def test_latin_american_idioms_of_joining(reader, text, expected):
    """Before, no move ("pegó el salto", "arribó al"), or the organisation was left ("llegó a un acuerdo
    con": the "a" of "llegó a" was taken for a word of leaving whose object stood past a time phrase)."""
    assert moves(reader.read(text, language="es")) == {expected}


@pytest.mark.parametrize(
    ("text", "person", "organisation"),
    [
        ("Jorge Ruiz dejó de pertenecer a Quorra.", "Jorge Ruiz", "Quorra"),
        ("Mara Lind dejó de pertenecer al Club Atlético Ribera en diciembre.", "Mara Lind", "Club Atlético Ribera"),
        ("Jorge Ruiz rescindió su contrato con Quorra.", "Jorge Ruiz", "Quorra"),
        ("Jorge Ruiz fue apartado de su cargo en Globex.", "Jorge Ruiz", "Globex"),
        ("Jorge Ruiz fue relevado como entrenador del Club Atlético Ribera.", "Jorge Ruiz", "Club Atlético Ribera"),
        ("Mara Lind cierra su ciclo en el Club Atlético Ribera.", "Mara Lind", "Club Atlético Ribera"),
    ],
)
def test_latin_american_idioms_of_leaving(reader, text, person, organisation):
    """Before, no move, or the organisation was joined ("dejó de pertenecer a")."""
    assert moves(reader.read(text, language="es")) == {(person, organisation, None)}


def test_leaving_and_joining_in_one_sentence(reader):
    """Before, only one side, or the wrong one."""
    text = "Mara Lind rescindió su contrato con el Club Atlético Ribera y firmó con Vantor."
    assert moves(reader.read(text, language="es")) == {("Mara Lind", "Club Atlético Ribera", "Vantor")}
    text = "Jorge Ruiz cerró su ciclo en Quorra y se sumará a Vantor."
    assert moves(reader.read(text, language="es")) == {("Jorge Ruiz", "Quorra", "Vantor")}


@pytest.mark.parametrize(
    "text",
    [
        "Jorge Ruiz, el ahora exdirector de Quorra, se sumó a Globex.",
        "Jorge Ruiz, quien se desempeñaba como gerente de Quorra, asumirá la presidencia de Globex.",
    ],
)
def test_a_former_post_or_one_held_until_the_move(reader, text):
    """Before, Quorra was where the person went, and Globex was lost."""
    assert moves(reader.read(text, language="es")) == {("Jorge Ruiz", "Quorra", "Globex")}


def test_a_former_post_in_one_word_with_a_taken_post(reader):
    """Before, Globex was lost: "asumió como" took no post."""
    text = "Mara Lind, exejecutiva de Quorra, asumió como gerente general de Globex."
    assert moves(reader.read(text, language="es")) == {("Mara Lind", "Quorra", "Globex")}


def test_a_predecessor_named_after_en_reemplazo_de(reader):
    """Before, the predecessor was taken for the organisation Mara Lind came from."""
    found = moves(reader.read("Mara Lind asumirá la gerencia de Globex en reemplazo de Jorge Ruiz.", language="es"))
    assert hands_over(found, "Jorge Ruiz", "Mara Lind", "Globex") and len(found) == 2


def test_the_vacancy_a_predecessor_left(reader):
    """Before, Mara Lind left Globex with Jorge Ruiz."""
    found = moves(reader.read("Mara Lind ocupará la vacante que dejó Jorge Ruiz en Globex.", language="es"))
    assert hands_over(found, "Jorge Ruiz", "Mara Lind", "Globex") and len(found) == 2


def test_a_contract_renewed_or_a_move_denied_gives_no_move(reader):
    """The new idioms of leaving stay words of moving: a denial ("desmintió", "descartó") or a negation
    before one still gives no move, and a contract renewed is no contract ended; a post held is at most an
    earlier step, no destination. The idiom itself now leaves (before: no move)."""
    found = moves(reader.read("Jorge Ruiz rescindió su contrato con Quorra.", language="es"))
    assert found == {("Jorge Ruiz", "Quorra", None)}
    for text in (
        "Jorge Ruiz renovó su contrato con Quorra hasta 2027.",
        "Jorge Ruiz desmintió que haya rescindido su contrato con Quorra.",
        "Mara Lind descartó que vaya a cerrar su ciclo en Globex.",
        "Jorge Ruiz no dejará de pertenecer a Quorra.",
        "Mara Lind seguirá en Vantor la próxima temporada.",
        "El gerente de Globex, Jorge Ruiz, presentó los resultados del trimestre.",
    ):
        assert not reader.read(text, language="es"), text
    found = reader.read("Jorge Ruiz se desempeñaba como gerente de Quorra.", language="es")
    assert not any(c.to for c in found)
