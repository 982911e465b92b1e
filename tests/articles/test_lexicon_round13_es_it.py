"""The thirteenth round's Spanish and Italian word lists (issue 25): the idioms of the Spanish and
Italian press for taking and leaving a post, and the verbs of leaving, joining, hiring and
dismissing in the tenses and persons the lists missed, completed from the languages rather than from
the corpus's misses. Read against the shipped record's organisations as ``bench/candidates.py``
reads them. The sentences are made up unless a test says they are real (quoted verbatim from the
development part of ``tests/data/press/``); each fails without the round's words, except the
guards, which say so."""

from __future__ import annotations

import pytest

from support.articles import moves

# ---------------------------------------------------------------- leave


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Luca Bianchi è stato destituito dalla presidenza della Rai.", ("Luca Bianchi", "Rai", None)),
        ("Giulia Verdi chiude la sua esperienza alla Ferrari dopo sei anni.", ("Giulia Verdi", "Ferrari", None)),
        ("Giulia Verdi ha concluso la sua avventura al Napoli.", ("Giulia Verdi", "Napoli", None)),
        ("Giulia Verdi si ritira dalla Ferrari.", ("Giulia Verdi", "Ferrari", None)),
        ("Luca Bianchi ha risolto il contratto con la Lazio.", ("Luca Bianchi", "Lazio", None)),
        ("Andrea Sottil, sollevato dal suo incarico alla Sampdoria, non ha commentato.",
         ("Andrea Sottil", "Sampdoria", None)),
    ],
)  # fmt: skip
def test_italian_idioms_and_forms_of_leaving(reader, sentence, expected):
    """Made up: 'destituito', 'chiude la sua esperienza', 'ha concluso la sua avventura', 'si ritira',
    'ha risolto il contratto', 'sollevato dal suo incarico' (the list had 'sollevato dall'incarico')."""
    assert expected in moves(reader.read(sentence, language="it"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Carlos Ruiz fue relevado de su cargo en el Real Betis.", ("Carlos Ruiz", "Real Betis", None)),
        ("Carlos Ruiz fue apartado del banquillo del Sevilla.", ("Carlos Ruiz", "Sevilla", None)),
        ("Carlos Ruiz pone fin a su relación con el Real Betis.", ("Carlos Ruiz", "Real Betis", None)),
        ("Carlos Ruiz se retira del Real Madrid.", ("Carlos Ruiz", "Real Madrid", None)),
        ("Carlos Ruiz dimitiría del Sevilla.", ("Carlos Ruiz", "Sevilla", None)),
    ],
)
def test_spanish_idioms_and_forms_of_leaving(reader, sentence, expected):
    """Made up: 'relevado de su cargo', 'apartado del banquillo', 'pone fin a su relación', 'se
    retira', the conditional 'dimitiría'."""
    assert expected in moves(reader.read(sentence, language="es"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "El Deportivo ha acordado este domingo destituir a Gaizka Garitano como entrenador del primer "
            "equipo el día después del contundente 4-0 que encajó en Leganés.",
            ("Gaizka Garitano", "Deportivo", None),
        ),
        (
            "El Consejo de Administración del Sevilla ha tomado este viernes 22 de diciembre del 2017 la "
            'decisión de destituir a su entrenador, el argentino Eduardo Berizzo, "debido a la mala racha del '
            'equipo" de la Primera División española de fútbol.',
            ("Eduardo Berizzo", "Sevilla", None),
        ),
    ],
)
def test_spanish_infinitive_of_dismissing_in_real_sentences(reader, sentence, expected):
    """Real (es-036, es-035, verbatim): the infinitive 'destituir' after 'ha acordado' or 'la decisión
    de' is the club's dismissal of its coach."""
    assert expected in moves(reader.read(sentence, language="es"))


def test_guard_a_first_name_is_no_verb_of_leaving(reader):
    """Guard (passes without the round too), real (es-004, verbatim): 'cesar' was left out of the
    list, for 'Julio César' folds to it and lost this successor."""
    sentence = (
        "El primer fusible quemado fue el mexicano David de la Torre, que luego de la tercera fecha del "
        "torneo fue despedido de Always Ready y en su lugar llegó el ex seleccionador nacional Julio César "
        "Baldivieso."
    )
    found = moves(reader.read(sentence, language="es"))
    assert any(person.endswith("Baldivieso") and to == "Always Ready" for person, _from, to in found)


# ---------------------------------------------------------------- join


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Marco Rossi si è insediato alla presidenza della Rai.", ("Marco Rossi", None, "Rai")),
        ("Marco Rossi veste la maglia della Lazio.", ("Marco Rossi", None, "Lazio")),
    ],
)
def test_italian_idioms_of_taking_a_post(reader, sentence, expected):
    """Made up: 'si è insediato' (taking office), 'veste la maglia' (the list had only 'vestirà')."""
    assert expected in moves(reader.read(sentence, language="it"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Carlos Ruiz firma con el Real Betis hasta 2027.", ("Carlos Ruiz", None, "Real Betis")),
        ("Carlos Ruiz se hace cargo del Sevilla.", ("Carlos Ruiz", None, "Sevilla")),
        ("Ana Pérez tomará posesión de su cargo en Telefónica.", ("Ana Pérez", None, "Telefónica")),
        ("Carlos Ruiz dirigirá al Sevilla la próxima temporada.", ("Carlos Ruiz", None, "Sevilla")),
        ("Carlos Ruiz ficharía por el Real Betis.", ("Carlos Ruiz", None, "Real Betis")),
        ("Carlos Ruiz retornó a Telefónica.", ("Carlos Ruiz", None, "Telefónica")),
    ],
)
def test_spanish_idioms_and_forms_of_joining(reader, sentence, expected):
    """Made up: 'firma con' ('firma' alone is also 'the firm'), 'se hace cargo del', 'tomará
    posesión', 'dirigirá al', the conditional 'ficharía por', 'retornó a'."""
    assert expected in moves(reader.read(sentence, language="es"))


# ---------------------------------------------------------------- dismissers


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Il Genoa ha destituito Marco Rossi.", "it", ("Marco Rossi", "Genoa", None)),
        ("La Lazio ha rescisso il contratto con Marco Rossi.", "it", ("Marco Rossi", "Lazio", None)),
        ("El Sevilla ha rescindido el contrato a Carlos Ruiz.", "es", ("Carlos Ruiz", "Sevilla", None)),
    ],
)
def test_verbs_of_dismissing_make_the_club_the_origin(reader, sentence, language, expected):
    """Made up: 'ha destituito', 'ha rescisso il contratto con', 'ha rescindido el contrato a': the
    object leaves the subject (before, 'ha rescindido' read the Sevilla as where Ruiz went)."""
    assert expected in moves(reader.read(sentence, language=language), pattern="dismissed")


# ---------------------------------------------------------------- hirers


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("La Lazio ha tesserato Marco Rossi.", "it", ("Marco Rossi", None, "Lazio")),
        ("La Lazio ha affidato l'incarico a Marco Rossi.", "it", ("Marco Rossi", None, "Lazio")),
        ("La Lazio ha messo sotto contratto Marco Rossi.", "it", ("Marco Rossi", None, "Lazio")),
        ("El Sevilla se refuerza con Carlos Ruiz.", "es", ("Carlos Ruiz", None, "Sevilla")),
        ("El Sevilla confía el banquillo a Carlos Ruiz.", "es", ("Carlos Ruiz", None, "Sevilla")),
    ],
)
def test_verbs_of_hiring_make_the_subject_the_destination(reader, sentence, language, expected):
    """Made up: 'ha tesserato', 'ha affidato l'incarico a', 'ha messo sotto contratto', 'se refuerza
    con', 'confía el banquillo a'."""
    assert expected in moves(reader.read(sentence, language=language), pattern="hired")


def test_guard_announcing_ones_own_departure_is_no_hiring(reader):
    """Guard (passes without the round too), real (it-031, verbatim): 'ha ufficializzato' was left out
    of the hirers, for here the person announces his own departure; as a hirer it made Anthropic the
    origin and OpenAI the destination."""
    sentence = (
        "Tramite un post sul proprio profilo X, John Schulmann ha ufficializzato l’addio ad OpenAI per "
        "cimentarsi in una nuova avventura professionale con la rivale Anthropic."
    )
    found = reader.read(sentence, language="it")
    assert ("John Schulmann", "OpenAI", None) in moves(found)
    assert not moves(found, pattern="hired")


# ---------------------------------------------------------------- accepts and post_nouns


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Marco Rossi eredita la panchina del Genoa.", "it", ("Marco Rossi", None, "Genoa")),
        ("Marco Rossi accetta la poltrona di presidente della Rai.", "it", ("Marco Rossi", None, "Rai")),
        ("Ana Pérez hereda la presidencia de Telefónica.", "es", ("Ana Pérez", None, "Telefónica")),
        ("Ana Pérez toma la batuta de Telefónica.", "es", ("Ana Pérez", None, "Telefónica")),
    ],
)
def test_taking_a_post_by_its_noun(reader, sentence, language, expected):
    """Made up: the verbs of accepting 'eredita', 'hereda', 'toma' and the nouns of a post 'poltrona',
    'batuta': with both in a clause, the organisation after 'di'/'de' is the destination."""
    assert expected in moves(reader.read(sentence, language=language))


# ---------------------------------------------------------------- the bench and the successor


def test_spanish_sitting_on_the_bench_is_joining(reader):
    """Made up: 'se sentará en el banquillo del X', as the Italian 'siederà sulla panchina del X'."""
    found = moves(reader.read("Carlos Ruiz se sentará en el banquillo del Real Betis.", language="es"))
    assert ("Carlos Ruiz", None, "Real Betis") in found


def test_italian_successor_after_al_quale_e_succeduto(reader):
    """Made up: 'al quale è succeduto Y' names the successor, as 'al quale è subentrato Y' did."""
    sentence = "La Lazio ha esonerato Marco Rossi, al quale è succeduto Luca Bianchi."
    assert ("Luca Bianchi", None, "Lazio") in moves(reader.read(sentence, language="it"))


# ---------------------------------------------------------------- participles with a clitic, a club that signs


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Marco Rossi, trasferitosi alla Juventus nel 2020, ha vinto tutto.", ("Marco Rossi", None, "Juventus")),
        ("Giulia Verdi, unitasi a Ferrari l'anno scorso, guida il reparto.", ("Giulia Verdi", None, "Ferrari")),
    ],
)
def test_italian_participles_with_a_clitic(reader, sentence, expected):
    """Made up: the participle with its clitic ('trasferitosi', 'unitasi a'), the written Italian of an
    aside after a name."""
    assert expected in moves(reader.read(sentence, language="it"))


def test_spanish_club_that_signs_a_coach_hires(reader):
    """Made up: 'firmó a X' (the club signs X) hires; before, 'firmó' read X as joining on his own."""
    found = reader.read("El Real Zaragoza firmó a Lucas Alcaraz como entrenador.", language="es")
    assert ("Lucas Alcaraz", None, "Real Zaragoza") in moves(found, pattern="hired")
