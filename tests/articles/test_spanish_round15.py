"""How the Spanish press tells hires, departures and appointments (issue 25): the shapes a battery of
made-up press sentences found the reader missing.

An organisation that opens a sentence as the subject of "nombra" appoints the person after the personal
"a" ("Quorra nombra a X consejero delegado"); a role right after the one a verb of hiring names, with no
comma between, is the post given, and the organisation after its "de" the destination ("se nombró a X
directora de Globex", "nomme X présidente de Y"), not where the person was ("ficha a X, directora de
Globex"); a reflexive "se" before such a verb makes it impersonal, with no hirer before it. One
capitalised word after the personal "a" of a verb of hiring or dismissing is a person ("nombró a Rodri").
The last word of a phrase of moving opens an organisation as a marker does ("firma con Vantor"); "deja A
por B" names where the person goes, not an agent; "a manos de" names who takes the one an organisation
loses; "su renuncia a", "adiós a" name what is left; "tras su paso por" an earlier post; "hasta ahora"
before a role, where the person was.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, with names the record does not know."""

from __future__ import annotations

import pytest

from support.articles import hands_over, moves


@pytest.mark.parametrize(
    ("text", "person", "organisation"),
    [
        ("Quorra nombra a Jorge Ruiz consejero delegado.", "Jorge Ruiz", "Quorra"),
        ("Globex ha nombrado a Mara Lind nueva directora de investigación.", "Mara Lind", "Globex"),
        ("Helicon nombró a Mara Lind directora financiera.", "Mara Lind", "Helicon"),
    ],
)
def test_an_organisation_that_appoints_someone(reader, text, person, organisation):
    """Before, "nombra" was no verb of hiring: the sentence had no move."""
    assert moves(reader.read(text, language="es")) == {(person, None, organisation)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El Gobierno ha nombrado a Mara Lind presidenta de Helicon."),
        ("fr", "Le gouvernement a nommé Mara Lind présidente de Helicon."),
        ("it", "Il governo ha nominato Mara Lind presidente di Helicon."),
    ],
)
def test_the_post_a_verb_of_hiring_gives_is_the_destination(reader, language, text):
    """Before, the organisation after the role's "of" was where the person came from (fr, it), or the
    one who appoints was taken for the destination (es)."""
    assert moves(reader.read(text, language=language)) == {("Mara Lind", None, "Helicon")}


def test_an_impersonal_appointment_with_se(reader):
    """ "Se nombró a X directora de Globex" has no hirer: X comes to Globex (before: no move). "Se ha nombrado"
    must keep working with "nombrado" now a verb of hiring, and the "se" of "donde se nombró" makes
    nobody before it a hirer: in the real sentence (es-008) Andrea Brentan still leaves Endesa, and only
    Endesa (a "por parte de" two clauses on is no agent of "nombró")."""
    for text in ("Se nombró a Mara Lind directora de Globex.", "Se ha nombrado a Mara Lind directora de Globex."):
        assert moves(reader.read(text, language="es")) == {("Mara Lind", None, "Globex")}
    text = (
        "Completan la lista, Andrea Brentan, que dejó en octubre Endesa, donde se nombró a José Bogas, y la "
        "creación por parte de Bankia en junio del año pasado del puesto de CEO, un cargo que asumió el "
        "consejero director general José Sevilla."
    )  # real: es-008-expansion-ceo-ibex-renuevan.yaml
    assert ("Andrea Brentan", "Endesa", None) in moves(reader.read(text, language="es"))


def test_a_role_after_a_comma_is_the_post_held(reader):
    """With no comma, the role after the one hired is the post given ("se designó a X directora de Globex":
    before, Globex was the origin); with one, an apposition saying where the person was."""
    found = moves(reader.read("Se designó a Mara Lind directora de Globex.", language="es"))
    assert found == {("Mara Lind", None, "Globex")}
    found = moves(reader.read("Vantor ficha a Mara Lind, directora de Globex.", language="es"))
    assert found == {("Mara Lind", "Globex", "Vantor")}


def test_one_name_after_the_personal_a_real(reader):
    """Real (es-013): "nombró a Rodri" names a person of one word, the club's new coach."""
    text = (
        "La jornada pasada, el Extremadura rescindió el contrato a Juan Sabas, el héroe del ascenso extremeño, "
        "y nombró a Rodri para el banquillo."
    )  # real: es-013-iusport-destituciones-segunda.yaml
    found = moves(reader.read(text, language="es"))
    assert hands_over(found, "Juan Sabas", "Rodri", "Extremadura")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mara Lind firma con Vantor hasta 2027.", ("Mara Lind", None, "Vantor")),
        ("Mara Lind deja Globex por Vantor.", ("Mara Lind", "Globex", "Vantor")),
        ("Globex pierde a Mara Lind a manos de Vantor.", ("Mara Lind", "Globex", "Vantor")),
        ("Jorge Ruiz presentó su renuncia a Globex.", ("Jorge Ruiz", "Globex", None)),
        ("Jorge Ruiz dice adiós a Globex.", ("Jorge Ruiz", "Globex", None)),
        ("Mara Lind regresa a Globex tras su paso por Vantor.", ("Mara Lind", "Vantor", "Globex")),
        (
            "Mara Lind, hasta ahora directora de Globex, asumirá la presidencia de Vantor.",
            ("Mara Lind", "Globex", "Vantor"),
        ),
        ("Mara Lind vuelve a Globex.", ("Mara Lind", None, "Globex")),
        ("Mara Lind pasa a formar parte de Vantor.", ("Mara Lind", None, "Vantor")),
        ("Vantor anuncia la incorporación de Mara Lind.", ("Mara Lind", None, "Vantor")),
    ],
)
def test_the_shapes_of_spanish_press_sentences(reader, text, expected):
    """Each failed before: no move, a side missing, or the organisation on the wrong side."""
    assert moves(reader.read(text, language="es")) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jorge Ruiz se afilia al Partido Azul.", ("Jorge Ruiz", None, "Partido Azul")),
        ("Jorge Ruiz se da de baja del Partido Verde.", ("Jorge Ruiz", "Partido Verde", None)),
        ("Vantor confirma el fichaje de Mara Lind.", ("Mara Lind", None, "Vantor")),
        ("Vantor confirmó la salida de Mara Lind.", ("Mara Lind", "Vantor", None)),
        ("Globex ha confirmado la marcha de Mara Lind a Vantor.", ("Mara Lind", "Globex", "Vantor")),
        ("Mara Lind se despide de Globex para fichar por Vantor.", ("Mara Lind", "Globex", "Vantor")),
        ("Mara Lind pone rumbo a Vantor.", ("Mara Lind", None, "Vantor")),
        ("Vantor elige a Mara Lind como consejera delegada.", ("Mara Lind", None, "Vantor")),
        ("Mara Lind es la nueva directora de investigación de Vantor.", ("Mara Lind", None, "Vantor")),
    ],
)
def test_parties_announcements_elections_and_a_role_s_field(reader, text, expected):
    """Joining and leaving a party; an organisation that confirms a hire or a departure (its subject the
    destination or the origin); "para fichar por" whose "por" is the phrase's, no agent's; "elige a X";
    a role with its field ("directora de investigación") before the organisation of the post. Each failed
    before: no move, or a side missing or wrong."""
    assert moves(reader.read(text, language="es")) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Mara Lind descartó marcharse a Vantor.",
        "Jorge Ruiz vuelve a ganar con el Club Atlético Ribera.",
        "Mara Lind, fundadora de Globex, dijo que el mercado crecerá.",
        "Mara Lind visitó Vantor el pasado lunes.",
        "Mara Lind negó que vaya a dejar Globex.",
        "Jorge Ruiz desmintió que vaya a fichar por Vantor.",
        "Mara Lind vuelve a insistir en que Globex crecerá.",
        "Globex presentó a Mara Lind sus cuentas.",
        "Mara Lind se reunió con Jorge Ruiz en Vantor.",
    ],
)
def test_no_move(reader, text):
    """A move ruled out ("descartó"), "vuelve a" before an infinitive ("again"), a founder who speaks, a visit,
    a denial, a verb of no hiring: no move."""
    assert moves(reader.read(text, language="es")) == set()


def test_giving_up_a_post_of_an_organisation(reader):
    """ "renunció a la presidencia de Globex": the post's "de" names what is left, as before."""
    found = moves(reader.read("Mara Lind renunció a la presidencia de Globex.", language="es"))
    assert found == {("Mara Lind", "Globex", None)}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("es", "La directora de Tecnología, Mara Lind, abandona Globex.", ("Mara Lind", "Globex", None)),
        ("es", "La directora de Marketing, Mara Lind, ficha por Vantor.", ("Mara Lind", None, "Vantor")),
        ("it", "La direttrice di Marketing, Mara Lind, lascia Globex.", ("Mara Lind", "Globex", None)),
        ("en", "The director of Marketing, Mara Lind, leaves Globex.", ("Mara Lind", "Globex", None)),
    ],
)
def test_the_field_of_a_role_is_no_organisation(reader, language, text, expected):
    """ "directora de Tecnología": a capitalised field of work after a role and its "of" (list ``fields``) is
    the post's, no organisation; before, "Tecnología" and "Marketing" were the origin."""
    assert moves(reader.read(text, language=language)) == {expected}
