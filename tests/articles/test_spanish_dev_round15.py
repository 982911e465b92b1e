"""Spanish shapes of the development corpus's misses (issue 25, round 15), each read generally:

- idioms of giving up or being moved off a post ("tiró la toalla en el A", "fue alejado del cargo en
  el A", "se alejó del A", "ya es historia en el A");
- a nickname in quotes inside a person's name ("Omar “Turco” Asad"), in every language;
- an "also" that an article puts before a noun ("el también argentino X") is no second departure,
  unless the noun is one of moving ("el también despedido X");
- "Quien" opening a sentence that names nobody (no accent: no question) is the person named just
  before; the genitive of a role that a word of moving governs ("dejó de ser entrenador de Royal
  Pari") is an organisation, not a person; a name that opens with a capitalised article ("The
  Strongest");
- "Le siguió X en A", the next of a series of departures: the move told before, from A, without
  that move's destination;
- the genitive of a staff that a word of joining governs is the destination ("sumarse al grupo
  parlamentario de Morena", "se une a las filas de X", "joins the ranks of X", "rejoint les rangs de X");
- a description of a company that says what it makes or sells ("la cadena de supermercados Dia")
  marks a new organisation for the whole text, so that "la empresa" later means it;
- a sentence that opens with a possessive, a role and a comma before a name ("Su presidente ejecutivo,
  Kevin Tsujihara, dejó el cargo") tells of the organisation the sentence before named last; "Bros" ends
  an organisation's name ("Warner Bros"), no person's;
- two organisations coordinated in one sentence, then one sentence each with a topic and a verb of
  dismissing or hiring that leaves its subject out ("En el caso de los maños, destituyeron a X …
  Los catalanes, por su parte, destituyeron a Y"): the first, then the second.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up with names the record does not know."""

from __future__ import annotations

import pytest

from support.articles import hands_over, moves

# --- idioms of giving up a post ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "person", "left"),
    [
        # real: es-043-eldeber-saltan-mas-fusibles.yaml
        ("El argentino Néstor Clausen tiró la toalla hace una semana en Real Santa Cruz.", "Néstor Clausen",
         "Real Santa Cruz"),
        # real: es-043-eldeber-saltan-mas-fusibles.yaml
        ("También Natxo González, otro español, fue alejado del cargo en Bolívar.", "Natxo González", "Bolívar"),
        # made up
        ("Mara Lind tiró la toalla en Vantor tras tres derrotas.", "Mara Lind", "Vantor"),
        ("Mara Lind fue alejada del cargo en el Vantor.", "Mara Lind", "Vantor"),
        ("Mara Lind se alejó del Vantor en octubre.", "Mara Lind", "Vantor"),
        ("La argentina Mara Lind ya es historia en el Betis.", "Mara Lind", "Betis"),
    ],
)  # fmt: skip
def test_spanish_idioms_of_giving_up_a_post(reader, text, person, left):
    """Before, none of these idioms was a word of leaving: no move at all."""
    assert (person, left, None) in moves(reader.read(text, language="es"))


@pytest.mark.parametrize(
    "text",
    [
        "Mara Lind se aleja del Betis.",  # the present: a transfer grows less likely
        "Aquella derrota ya es historia para Mara Lind.",  # no organisation
    ],
)
def test_spanish_idioms_that_say_no_departure(reader, text):
    assert moves(reader.read(text, language="es")) == set()


# --- a nickname in quotes inside a name -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "person", "left"),
    [
        ("es", "El argentino Omar “Turco” Asad dejó el Betis.", "Omar “Turco” Asad", "Betis"),
        ("es", "Mara «Quorra» Lind deja Vantor.", "Mara «Quorra» Lind", "Vantor"),
        ("en", 'Mara "Quorra" Lind left Vantor.', 'Mara "Quorra" Lind', "Vantor"),
        ("it", "Mara “Quorra” Lind lascia la Roma.", "Mara “Quorra” Lind", "Roma"),
    ],
)
def test_a_nickname_in_quotes_inside_a_name(reader, language, text, person, left):
    """Before, the quotation marks cut the name in two and nobody moved."""
    assert (person, left, None) in moves(reader.read(text, language=language))


# --- "el también argentino", "Quien …", a role's genitive, "The Strongest" ----------------------------------


def test_an_also_before_a_noun_is_no_second_departure_real(reader):
    """Real (es-043): "el también argentino Cristian Díaz" is another Argentinian, not another who left
    Real Santa Cruz; the next sentence, opening with "Quien", tells where he left."""
    text = (
        "El argentino Néstor Clausen tiró la toalla hace una semana en Real Santa Cruz. "
        "El último en ser despedido, de momento, es el también argentino Cristian Díaz. Quien ayer dejó de ser "
        "entrenador de Royal Pari, al parecer, porque no convence el juego del equipo, que marcha quinto en la "
        "tabla de posiciones."
    )
    found = moves(reader.read(text, language="es"))
    assert ("Cristian Díaz", "Real Santa Cruz", None) not in found
    assert ("Cristian Díaz", "Royal Pari", None) in found
    assert all(person != "Royal Pari" for person, _left, _joined in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Jane Doe dejó el Betis. El último en ser despedido es el también destituido Mara Lind."),
        ("de", "Jane Doe verlässt Vantor. Der ebenfalls entlassene Mara Lind geht auch."),
    ],
)
def test_an_also_before_a_noun_of_moving_is_a_second_departure(reader, language, text):
    left = "Betis" if language == "es" else "Vantor"
    assert ("Mara Lind", left, None) in moves(reader.read(text, language=language))


def test_quien_opening_a_sentence_is_the_one_named_before(reader):
    text = "La última en irse es Mara Lind. Quien ayer dejó de ser entrenadora de Vantor Pari, tras tres derrotas."
    assert ("Mara Lind", "Vantor Pari", None) in moves(reader.read(text, language="es"))


@pytest.mark.parametrize(
    ("text", "person", "left"),
    [
        # real: es-043-eldeber-saltan-mas-fusibles.yaml
        ("Después fue despedido Alberto Illanes en The Strongest; luego Mauricio Soria se alejó de Wilstermann, y "
         "le siguió el español Carlos Fonseca en Real Potosí.", "Alberto Illanes", "The Strongest"),
        # made up
        ("Mara Lind dejó The Strongest en mayo.", "Mara Lind", "The Strongest"),
    ],
)  # fmt: skip
def test_a_name_that_opens_with_its_article(reader, text, person, left):
    """Before, "The" was no word of a name: the club was lost, or another of the sentence taken."""
    found = moves(reader.read(text, language="es"))
    assert (person, left, None) in found
    assert (person, "Real Potosí", None) not in found


# --- "Le siguió X en A" ---------------------------------------------------------------------------------


def test_the_next_of_a_series_of_departures_real(reader):
    """Real (es-043): "Le siguió Álvaro Peña en Nacional" after Leitao's move to Palmaflor: Peña leaves
    Nacional, and does not go to Palmaflor."""
    text = (
        "Thiago Leitao dejó San José en la segunda fecha para ir a Atlético Palmaflor que había despedido a "
        "Julio César Baldivieso. Le siguió Álvaro Peña en Nacional."
    )
    found = moves(reader.read(text, language="es"))
    assert ("Álvaro Peña", "Nacional", None) in found
    assert ("Álvaro Peña", "Nacional", "Atlético Palmaflor") not in found


def test_the_next_of_a_series_of_departures_in_one_sentence_real(reader):
    # real: es-043-eldeber-saltan-mas-fusibles.yaml
    text = (
        "Después fue despedido Alberto Illanes en The Strongest; luego Mauricio Soria se alejó de Wilstermann, "
        "y le siguió el español Carlos Fonseca en Real Potosí."
    )
    found = moves(reader.read(text, language="es"))
    assert ("Carlos Fonseca", "Real Potosí", None) in found
    assert ("Mauricio Soria", "Wilstermann", None) in found


def test_the_next_of_a_series_of_departures_made_up(reader):
    text = "Jane Doe dejó el Vantor para ir al Globex. Le siguió Mara Lind en el Helicon."
    found = moves(reader.read(text, language="es"))
    assert ("Mara Lind", "Helicon", None) in found


# --- the staff joined -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "left", "joined"),
    [
        # real: es-017-milenio-chapulineo-legislativo.yaml (Gómez's move)
        ("es", "Los diputados Armando Gómez y Alfredo Porras notificaron su salida de las fracciones del Partido "
               "Verde ecologista de México (PVEM) y del PT, respectivamente, para sumarse al grupo parlamentario "
               "de Morena, con lo cual suman ya cinco legisladores chapulines en solo nueve días de la 65 "
               "Legislatura en el Palacio de San Lázaro.", "PT", "Morena"),
        # made up
        ("es", "Alfredo Porras dejó Vantor para sumarse al equipo directivo de Globex.", "Vantor", "Globex"),
        ("es", "Alfredo Porras se une a las filas de Globex.", None, "Globex"),
        ("en", "Alfredo Porras joined the ranks of Globex.", None, "Globex"),
        ("fr", "Alfredo Porras quitte Vantor pour rejoindre les rangs de Globex.", "Vantor", "Globex"),
    ],
)  # fmt: skip
def test_the_staff_a_word_of_joining_governs_is_the_destination(reader, language, text, left, joined):
    """Before, the organisation after the staff's "de" was read as the origin, or was lost."""
    assert ("Alfredo Porras", left, joined) in moves(reader.read(text, language=language))


def test_leaving_a_staff_is_leaving_its_organisation(reader):
    assert ("Alfredo Porras", "Globex", None) in moves(reader.read("Alfredo Porras dejó el equipo de Globex.",
                                                                   language="es"))  # fmt: skip


# --- a described company, "la empresa" later --------------------------------------------------------------


def test_a_described_company_is_the_company_named_later_real(reader):
    """Real (es-039): Dia is named in a sentence of no move, after a description; "la empresa" means it."""
    text = (
        "El inversor ruso Mihhail Fridman, propietario de un 29% de la cadena de supermercados Dia, ha acometido "
        "una nueva reorganización de la cúpula directiva de la compañía. Tras la destitución de Ricardo Currás el "
        "pasado mes de agosto como consejero delegado y de Ana María Llopis el lunes como presidenta, y después de "
        "haber suspendido de empleo y sueldo a Amando Sánchez Falcón, anterior director corporativo y máximo "
        "responsable financiero, la empresa ha vuelto a mover ficha."
    )
    assert ("Ricardo Currás", "Dia", None) in moves(reader.read(text, language="es"))


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "Jane Doe es la dueña de la cadena de supermercados Vantor. Tras la destitución de Mara Lind, la "
               "empresa ha vuelto a mover ficha."),
        ("fr", "Jane Doe est la propriétaire de la société de conseil Vantor. Mara Lind a quitté l'entreprise."),
    ],
)  # fmt: skip
def test_a_described_company_is_the_company_named_later(reader, language, text):
    assert ("Mara Lind", "Vantor", None) in moves(reader.read(text, language=language))


# --- two organisations, one sentence each ----------------------------------------------------------------


def test_two_organisations_then_one_sentence_each_real(reader):
    # real: es-013-iusport-destituciones-segunda.yaml
    text = (
        "Cinco jornadas más tarde, el Real Zaragoza y el Nástic también cambiaron a su técnico. En el caso de los "
        "maños, destituyeron a Imanol Idiakez y firmaron a Lucas Alcaraz. Los catalanes, por su parte, destituyeron "
        "a José Antonio Gordillo para fichar a Enrique Martín Monreal."
    )
    found = moves(reader.read(text, language="es"))
    assert hands_over(found, "Imanol Idiakez", "Lucas Alcaraz", "Real Zaragoza")
    assert hands_over(found, "José Antonio Gordillo", "Enrique Martín Monreal", "Nástic")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "El Vantor y el Globex cambiaron de entrenador. En el caso de los verdes, destituyeron a Mara Lind. "
               "Los azules, por su parte, destituyeron a Jane Doe."),
        ("it", "Il Vantor e il Globex hanno cambiato allenatore. Nel caso dei rossoblù, hanno esonerato Mara Lind. "
               "I blucerchiati, invece, hanno esonerato Jane Doe."),
    ],
)  # fmt: skip
def test_two_organisations_then_one_sentence_each(reader, language, text):
    found = moves(reader.read(text, language=language))
    assert ("Mara Lind", "Vantor", None) in found
    assert ("Jane Doe", "Globex", None) in found


def test_two_organisations_and_a_verb_with_no_topic_guess_nobody(reader):
    """With no words before the verb to say which of the two, nobody is guessed, as before."""
    text = "El Vantor y el Globex cambiaron de entrenador. Destituyeron a Mara Lind."
    assert moves(reader.read(text, language="es")) == set()


# --- "Su presidente, X, …": the organisation named just before ---------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up, after es-006 ("o Warner Bros. Su presidente ejecutivo, Kevin Tsujihara, dejó el cargo en marzo")
        ("es", "La crisis golpea a Vantor. Su presidenta, Mara Lind, dimitió en marzo."),
        ("en", "The crisis spread to Vantor. Its chief executive, Mara Lind, stepped down in March."),
        ("it", "La crisi colpisce la Vantor. Il suo presidente, Mara Lind, si è dimesso."),
    ],
)
def test_a_possessive_role_is_at_the_organisation_named_before(reader, language, text):
    """Before, the sentence named no organisation and nobody moved."""
    assert ("Mara Lind", "Vantor", None) in moves(reader.read(text, language=language))


def test_a_possessive_role_with_no_organisation_before_guesses_none(reader):
    text = "Jane Doe habló ayer. Su presidenta, Mara Lind, dimitió en marzo."
    assert all(left is None for _who, left, _joined in moves(reader.read(text, language="es")))


def test_bros_ends_an_organisations_name(reader):
    assert ("Mara Lind", "Warner Bros", None) in moves(reader.read("Mara Lind dejó Warner Bros en marzo.",
                                                                   language="es"))  # fmt: skip
