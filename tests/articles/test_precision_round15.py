"""Sentences of the press that name people and organisations but tell no move (issue 25, precision):
a stand-in inside the house ("übernimmt X kommissarisch die Chefredaktion", "asume de forma interina",
"assume ad interim"), a speaker after the sentence he announces ("…, kündigt Konzern-Boss X an"), a
capitalised noun of a building, a legislative term, a cabinet or an ordinal read as an employer ("en el
Palacio de San Lázaro", "la 65 Legislatura", "Les Ministres", "la Seconde guerre mondiale", "CTO ed EVP"),
a move someone says they do not intend or only threaten ("has no plans to leave", "drohen, … zu
wechseln"), a verb of leaving that places a team in the league table ("a result that left Globex in
fifth"), the medium someone tells ("told the Vantor Herald"), a change from one post to another inside
one organisation ("pasa de directora comercial a consejera delegada"), the field of a post ("la
directora de Tecnología", "vom Vertrieb") and a capitalised verb that opens a general remark ("Seeing
researchers leave for another lab"). Most come with positive controls: the move told next to such words
is still read.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape and language where the reader overreached."""

from __future__ import annotations

import pytest

from support.articles import moves


def _people(found) -> set[str]:
    return {c.person or c.group for c in found}


@pytest.mark.parametrize(
    ("language", "text", "control", "move"),
    [
        # real: de-037-verdi-afhueppe-arp-biesinger.yaml
        (
            "de",
            "Aufgrund der erneuten Erkrankung von Ralph Alex übernimmt Michael Pfeiffer kommissarisch die "
            "Chefredaktion von AUTO MOTOR UND SPORT.",
            "Mara Lind übernimmt die Leitung von Globex.",
            ("Mara Lind", None, "Globex"),
        ),
        (
            "de",
            "Aufgrund der Erkrankung von Jane Doe übernimmt Mara Lind kommissarisch die Leitung von Globex.",
            "Mara Lind übernimmt die Leitung von Globex.",
            ("Mara Lind", None, "Globex"),
        ),
        (
            "es",
            "Por la enfermedad de Jane Doe, Mara Lind asume de forma interina la dirección de Globex.",
            "Mara Lind llega a Globex como consejera delegada interina tras dejar Vantor.",
            ("Mara Lind", "Vantor", "Globex"),
        ),
        (
            "it",
            "A causa della malattia di Jane Doe, Mara Lind assume ad interim la guida di Globex.",
            "Mara Lind lascia la Globex e passa alla Vantor.",
            ("Mara Lind", "Globex", "Vantor"),
        ),
    ],
)
def test_a_stand_in_inside_the_house_moves_nowhere(reader, language, text, control, move):
    """A word of joining with an interim adverb after it: someone of the house stands in for a while;
    neither the stand-in nor the one who is ill moves. Control: the verb without the adverb, or an
    interim word of a post's name ('consejera delegada interina'), still tells a move."""
    assert moves(reader.read(text, language=language)) == set()
    assert move in moves(reader.read(control, language=language))


def test_an_interim_word_of_a_posts_name_is_taken_from_outside(reader):
    """'joins Globex as interim chief executive': the interim word belongs to the post, which someone
    from outside takes; 'assume ad interim la guida' has none and moves nobody."""
    outside = reader.read("Mara Lind joins Globex as interim chief executive from Vantor.", language="en")
    inside = reader.read("Mara Lind assume ad interim la guida di Globex.", language="it")
    assert ("Mara Lind", None, "Globex") in moves(outside)
    assert moves(inside) == set()


@pytest.mark.parametrize(
    ("text", "hired", "speaker"),
    [
        # real: de-014-turi2-altman-wechselt-microsoft.yaml
        (
            "Künstliches Chaos: Tech-Riese Microsoft holt die OpenAI-Gründer Sam Altman (Foto) und Greg Brockmanin "
            "in ein neues KI-Forschungsteam, kündigt Konzern-Boss Satya Nadella an.",
            "Sam Altman",
            "Satya Nadella",
        ),
        (
            "Globex holt die Vantor-Forscherin Jane Doe, kündigte Konzernchefin Mara Lind am Montag an.",
            "Jane Doe",
            "Mara Lind",
        ),
    ],
)
def test_who_announces_a_hire_is_not_hired(reader, text, hired, speaker):
    """'…, kündigt X an': X only announces (a separable verb of speaking); the people hired still move."""
    found = reader.read(text, language="de")
    assert hired in _people(found)
    assert speaker not in _people(found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # real: es-017-milenio-chapulineo-legislativo.yaml
        (
            "es",
            "Los diputados Miguel Pavel Jarero y Mario Alberto Torres solicitaron licencia el primer día de la "
            "65 Legislatura, mientras Ali Sayuri Núñez y Luis Gerardo Serrato dejaron su curul en la segunda sesión "
            "ordinaria.",
        ),
        (
            "es",
            "En la sesión de hoy, los diputados Mara Lind y Jane Doe dejaron sus cargos en el Palacio de San Lázaro.",
        ),
        ("fr", "Les Ministres ont pris acte de cette démission et tiennent à remercier Mara Lind."),
        (
            "fr",
            "Au cœur d'une polémique après ses propos sur la Seconde guerre mondiale, Mara Lind a annoncé "
            "qu'elle quittait le parti.",
        ),
    ],
)
def test_a_capitalised_building_term_cabinet_or_ordinal_is_no_employer(reader, language, text):
    """'Palacio', 'Legislatura', 'Ministres', 'Seconde' are capitalised, but name no one's employer."""
    found = moves(reader.read(text, language=language))
    assert not {org for _who, *sides in found for org in sides} & {"Palacio", "Legislatura", "Ministres", "Seconde"}


def test_an_executive_title_is_no_organisation(reader):
    """'CTO ed EVP di Globex': EVP is a title, the organisation is Globex."""
    found = moves(reader.read("Mara Lind rimane CTO ed EVP di Globex, responsabile della strategia.", language="it"))
    assert found == {("Mara Lind", None, "Globex")}


@pytest.mark.parametrize(
    ("language", "text", "control", "move"),
    [
        (
            "en",
            "Mara Lind told the Vantor Herald she has no plans to leave Globex.",
            "Mara Lind told the Vantor Herald she will leave Globex for Helicon.",
            ("Mara Lind", "Globex", "Helicon"),
        ),
        (
            "en",
            "Jane Doe has no intention of joining Vantor.",
            "Jane Doe is joining Vantor.",
            ("Jane Doe", None, "Vantor"),
        ),
        (
            "de",
            "Mara Lind und Jane Doe drohen, zu Vantor zu wechseln.",
            "Mara Lind wechselt von Globex zu Vantor.",
            ("Mara Lind", "Globex", "Vantor"),
        ),
    ],
)
def test_a_move_not_intended_or_only_threatened_is_no_move(reader, language, text, control, move):
    """A denial in the shape of an intention or a threat; control: the move stated plainly."""
    assert moves(reader.read(text, language=language)) == set()
    assert move in moves(reader.read(control, language=language))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mara Lind's side lost 3-0 at Vantor, a result that left Globex in fifth."),
        ("en", "Mara Lind lost her last match, a defeat that left Globex at the bottom of the table."),
        ("en", "The defeat left Globex in fifth place, said coach Mara Lind."),
    ],
)
def test_a_result_that_leaves_a_team_in_the_table_is_no_departure(reader, language, text):
    """'left Globex in fifth': the verb places a team in the league table, nobody leaves. Control: 'left
    Globex in March' is a departure."""
    assert moves(reader.read(text, language=language)) == set()
    control = reader.read("Mara Lind left Globex in March for Vantor.", language=language)
    assert ("Mara Lind", "Globex", "Vantor") in moves(control)


@pytest.mark.parametrize(
    ("language", "text", "move"),
    [
        (
            "en",
            "Jane Doe told the Vantor Herald that she had left Globex for Helicon.",
            ("Jane Doe", "Globex", "Helicon"),
        ),
        (
            "de",
            "Mara Lind verriet der Vantor Zeitung, dass sie von Globex zu Helicon wechselt.",
            ("Mara Lind", None, "Globex"),
        ),
    ],
)
def test_the_medium_someone_tells_is_no_employer(reader, language, text, move):
    """'told the Vantor Herald', 'verriet der Vantor Zeitung': the newspaper told, with its article, is
    the medium, not the side of the move."""
    found = moves(reader.read(text, language=language))
    assert move in found
    assert not {org for _who, *sides in found for org in sides} & {"Vantor Herald", "Vantor Zeitung"}


@pytest.mark.parametrize(
    ("language", "text", "control", "move"),
    [
        (
            "es",
            "Mara Lind pasa de directora comercial a consejera delegada de Globex.",
            "Mara Lind pasa de Vantor a Globex.",
            ("Mara Lind", "Vantor", "Globex"),
        ),
        (
            "fr",
            "Mara Lind passe de la direction commerciale à la direction générale de Globex.",
            "Mara Lind passe de Vantor à Globex.",
            ("Mara Lind", "Vantor", "Globex"),
        ),
        (
            "it",
            "Mara Lind passa dalla direzione commerciale alla direzione generale di Globex.",
            "Mara Lind passa dalla Vantor alla Globex.",
            ("Mara Lind", "Vantor", "Globex"),
        ),
        (
            "en",
            "Mara Lind moves from head of sales to chief executive at Globex.",
            "Mara Lind moves from Vantor to Globex as chief executive.",
            ("Mara Lind", "Vantor", "Globex"),
        ),
    ],
)
def test_a_change_of_post_inside_one_organisation_is_no_move(reader, language, text, control, move):
    """'pasa de directora comercial a consejera delegada': from one post to another, both in lower case,
    inside the organisation named last; control: from one organisation to another."""
    assert moves(reader.read(text, language=language)) == set()
    assert move in moves(reader.read(control, language=language))


@pytest.mark.parametrize(
    ("language", "text", "move"),
    [
        ("es", "El director de Finanzas, Jane Doe, deja Globex.", ("Jane Doe", "Globex", None)),
        ("en", "The head of Research, Mara Lind, is leaving Globex for Vantor.", ("Mara Lind", "Globex", "Vantor")),
        ("fr", "La directrice de la Technologie, Mara Lind, quitte Globex.", ("Mara Lind", "Globex", None)),
        (
            "it",
            "Il direttore della Tecnologia, Mara Lind, lascia la Globex per la Vantor.",
            ("Mara Lind", "Globex", "Vantor"),
        ),
    ],
)
def test_the_field_of_a_post_is_no_organisation(reader, language, text, move):
    """'la directora de Tecnología', 'the head of Research' (list ``fields``): the post's field, capitalised
    as a name is, is no side of the move; the organisation left is."""
    assert moves(reader.read(text, language=language)) == {move}


@pytest.mark.parametrize(
    ("language", "text", "field"),
    [
        ("de", "Mara Lind wechselt bei Globex vom Vertrieb an die Spitze des Vorstands.", "Vertrieb"),
        ("en", "Mara Lind moves from Research to Product at Globex.", "Research"),
        ("it", "Mara Lind passa dalla Ricerca al Prodotto della Globex.", "Ricerca"),
    ],
)
def test_a_field_after_a_marker_is_no_organisation(reader, language, text, field):
    """'vom Vertrieb': a field of work after a marker of origin, with no role before it, is no side either."""
    assert not {org for _who, *sides in moves(reader.read(text, language=language)) for org in sides} & {field}


def test_a_field_alone_gives_no_origin(reader):
    # real: es-034-pirqamultimedia-murati-mcgrew-zoph.yaml
    text = "La directora de Tecnología, Mira Murati, y otros cargos abandonan la firma en plena ronda de financiación"
    assert not {org for _who, *sides in moves(reader.read(text, language="es")) for org in sides} & {"Tecnología"}


@pytest.mark.parametrize(
    ("language", "text", "control", "move"),
    [
        (
            "en",
            "Seeing researchers leave for another lab can be frustrating, said Jane Doe, the provost at Globex.",
            "Sterling leaves Globex for Vantor.",
            ("Sterling", "Globex", "Vantor"),
        ),
        (
            "en",
            "Watching engineers leave Globex for Vantor hurts, Jane Doe said.",
            "Sterling leaves Globex for Vantor.",
            ("Sterling", "Globex", "Vantor"),
        ),
        (
            "it",
            "Vedere ricercatori lasciare la Globex è frustrante, ha detto Jane Doe.",
            "Leonardo lascia invece il Milan.",
            ("Leonardo", "Milan", None),
        ),
    ],
)
def test_a_verb_opening_a_general_remark_is_no_name(reader, language, text, control, move):
    """'Seeing researchers leave …': a capitalised verb opening the sentence, with a noun of people as the
    subject of the verb of leaving, is no one's name; a name of one word before the verb still is."""
    assert moves(reader.read(text, language=language)) == set()
    assert move in moves(reader.read(control, language=language))
