"""Organisations nobody recorded, as the article reader finds them in a sentence (issue 25): an
institution's head noun and its name, a club's or a company's prefix or suffix, a title in quotation
marks, a known organisation at the head of a role compound; and what is no organisation — a city after
'nach', a capitalised small word that opens the next sentence. Each on a real sentence of the press
corpus's development part (``tests/data/press/dev/``, the file named beside it), read against the
shipped record's organisations as ``bench/candidates.py`` reads them."""

from __future__ import annotations

import pytest

from dashboard.articles.candidates import Reader
from dashboard.articles.reading.text import _Token
from dashboard.articles.words import WORD, fold_word

QUIET = dict.fromkeys(("leave", "join", "stay", "earlier", "hedge", "hire"))

# de-017-daswissen-professuren-rufe.yaml
DE_MOSKATOVA = (
    "Weitere Hochschulneuigkeiten: Prof. Dr. Olga Moskatova von der Hochschule für Gestaltung Offenbach hat die "
    "W3-Professur für Medienkulturwissenschaft (Nachfolge Curtis) angenommen, während Dr. Simone Biondini von der "
    "Universität Basel eine Juniorprofessur für Theoretische Physik (vorgez. Nachfolge Vogl) übertragen wurde – die "
    "akademischen Spiele gehen also weiter!"
)
DE_SCHMIDT = (
    "Auch Prof. Dr. Joachim Schmidt vom Universitätsklinikum Bonn kann sich freuen: Er hat den Ruf auf die "
    "W3-Professur für Thoraxchirurgie (Nachfolge Passlick) erhalten."
)
DE_MARSCH = (
    "So hat Prof. Dr. Nikolaus Marsch von der Universität des Saarlandes den prestigeträchtigen Ruf auf die "
    "W3-Professur für Öffentliches Recht (Fiebiger-Professur) kurzerhand abgelehnt."
)
# en-018-chronicle-duke-unc-no-poaching.yaml
EN_UCSD = (
    "So when it saw a chance to take a major research project on Alzheimer’s disease from the University of "
    "California at San Diego, it jumped."
)
# en-016-pressgazette-butterworth-echo.yaml
EN_ECHO = "It has been reported that Dorset Echo editor Toby Granville will now become group editor of the two papers."
# it-007-editorialedomani-de-filippo-pd.yaml
IT_PD = (
    "Il deputato Vito De Filippo ha annunciato il suo ritorno tra le fila del Partito democratico dopo che il "
    "leader di Iv, Matteo Renzi ha aperto la crisi ritirando i membri della sua formazione politica dal governo."
)
# fr-016-ultimatepocket-trois-deputes-modem.yaml (its first sentence, up to the colon's list)
FR_LRM = (
    "Encore trois départs du groupe de La République en marche (LRM) à l’Assemblée nationale : les députés "
    "Christophe Blanchet (Calvados), Perrine Goulet (Nièvre) et Blandine Brocard (Rhône) ont annoncé, lundi 7 "
    "septembre,"
)
# de-019-wuv-chefredakteure-waz.yaml
DE_ZAPP = (
    "Mitte des Jahres wechselt er zur „Westfalenpost“ nach Hagen, um Nachfolger des jetzigen Chefredakteurs Bodo "
    "Zapp zu werden, wenn dieser mit Erreichen des 67. Lebensjahres im Januar 2011 in Pension gehen wird."
)
DE_RAUE = (
    "Der frühere Chefredakteur der „Braunschweiger Zeitung“, Paul-Josef Raue, ist seit Anfang Dezember "
    "Chefredakteur der „Thüringer Allgemeinen“ in Erfurt."
)
# it-019-unita-giornali-gente-che-va.yaml
IT_TOSCANO = (
    "Così muta lentamente ma costantemente il nucleo delle firme nella redazione di Calabresi: sono già arrivati, "
    "oltre a Ainis, Marco Belpoliti (scrittore e critico letterario), Roberto Toscano (diplomatico e già "
    "collaboratore della ‘Stampa’) e Alberto Melloni (studioso di storia del cristianesimo, già al Corsera)."
)
# de-020-mediencity-saarbruecker-rochade.yaml
DE_FIEDLER = (
    "Der bisherige Chefredakteur der Saarbrücker Zeitung, Friedhelm Fiedler, wird indes nach Berlin entsandt oder "
    "- wie der ehemalige SZ-Redakteur Walter Kronenberger in seiner Internet-Zeitung Saar-Echo meint - weggelobt, "
    'weil er nach acht Jahren "als weitgehend zuverlässiger Terminator gewandelter Verlegervorstellungen zur '
    'Disposition" gestanden habe.'
)
# de-015-ran-hollerbach-titz-hsv.yaml
DE_HSV = "Bernd Hollerbach wird nach nur sieben Wochen beim Hamburger SV entlassen."
# es-004-futboldebolivia-malos-resultados.yaml
ES_SAN_JOSE = (
    "El argentino dejó el cargo ayer, tras un acuerdo con el presidente del club San José, quien anunció el "
    "interinato de William Ramallo parea dirigir la plantilla de Oruro."
)
# de-020-mediencity-saarbruecker-rochade.yaml
DE_BMS = (
    "Fiedler wird Geschäftsführer der Berliner Medienservice GmbH, einem Hauptstadt-Pool, der mehrere Tageszeitungen "
    "beliefert."
)
# de-009-finanzen-chefwechsel-2023.yaml
DE_NORMA = (
    "Folglich musste sich nun der Verbindungstechnik-Spezialist NORMA Group auf die Suche nach einem neuen Chef "
    "machen und hat diesen mit Guido Grandi gefunden."
)
# es-013-iusport-destituciones-segunda.yaml
ES_CLUBS = (
    "Los últimos en sumarse a la lista negra de la categoría de plata han sido Manolo Jiménez en la UD Las Palmas, "
    "Rubén Baraja en el Sporting y José Ramón Sandoval en el Córdoba CF."
)
# de-014-turi2-altman-wechselt-microsoft.yaml
DE_ALTMAN = (
    "Künstliches Chaos: Tech-Riese Microsoft holt die OpenAI-Gründer Sam Altman (Foto) und Greg Brockmanin in ein "
    "neues KI-Forschungsteam, kündigt Konzern-Boss Satya Nadella an."
)
# de-007-lebensmittelzeitung-wettbewerber.yaml: a heading glued to the first sentence
DE_ALDI = (
    "Lidl-Manager gehen zu Aldi Als im Mai bekannt wurde, dass Lars Engel, damaliger Deutschland-Chef bei Bahlsen, "
    "zu Griesson-de Beukelaer wechselt, hat das in der Branche gelinde gesagt Verwunderung ausgelöst."
)


def organisations(reader: Reader, text: str, language: str) -> dict[str, str]:
    """The organisations the reader finds in one sentence, each with its side, whatever the sentence's
    verbs (a sentence whose move has no trigger the reader knows yet still names its organisations)."""
    reader.read("", language=language)  # a new document: no names seen before
    tokens = [_Token(fold_word(m.group()), m.group(), m.start(), m.end()) for m in WORD.finditer(text)]
    return {mention.name: mention.side for mention in reader._organisations(text, tokens, language, QUIET)}


def moves(reader: Reader, text: str, language: str) -> set[tuple]:
    return {(c.person, c.from_, c.to) for c in reader.read(text, language=language)}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (DE_MOSKATOVA, "de", "Hochschule für Gestaltung Offenbach"),  # a complement: 'für Gestaltung Offenbach'
        (DE_MOSKATOVA, "de", "Universität Basel"),  # the name right after the head
        (DE_MARSCH, "de", "Universität des Saarlandes"),
        (DE_SCHMIDT, "de", "Universitätsklinikum Bonn"),  # a German compound on the head
        (EN_UCSD, "en", "University of California"),
        (EN_ECHO, "en", "Dorset Echo"),  # the name before the head
        (IT_PD, "it", "Partito democratico"),  # a capitalised head and its adjective
        (FR_LRM, "fr", "La République"),  # a head in lower case: the name after it alone
        (ES_SAN_JOSE, "es", "San José"),  # "del club San José"
    ],
)
def test_an_institution_is_read_by_its_head_noun_and_its_name(reader, text, language, name):
    assert name in organisations(reader, text, language)


def test_an_institution_after_an_article_is_the_origin_of_the_person_from_it(reader):
    # (sixth round: "Curtis" in "(Nachfolge Curtis)" is the predecessor and "Thoraxchirurgie" after "W3-Professur
    # für" the chair's field, no organisations; a call received, as Schmidt's, is no move yet)
    assert ("Olga Moskatova", "Hochschule für Gestaltung Offenbach", None) in moves(reader, DE_MOSKATOVA, "de")
    assert organisations(reader, DE_SCHMIDT, "de") == {"Universitätsklinikum Bonn": "from"}


@pytest.mark.parametrize(
    ("text", "language", "names"),
    [
        (DE_HSV, "de", {"Hamburger SV"}),  # not the acronym alone
        (DE_BMS, "de", {"Berliner Medienservice GmbH"}),  # after an article, which German puts before any noun
        (DE_NORMA, "de", {"NORMA Group"}),
        # the languages that capitalise names only found these after their article before; still so
        (ES_CLUBS, "es", {"UD Las Palmas", "Córdoba CF"}),
    ],
)
def test_a_club_or_a_company_is_read_by_its_prefix_or_suffix(reader, text, language, names):
    assert names <= set(organisations(reader, text, language))


def test_a_company_suffix_names_the_organisation_not_a_lone_acronym(reader):
    assert ("Bernd Hollerbach", "Hamburger SV", None) in moves(reader, DE_HSV, "de")


@pytest.mark.parametrize(
    ("text", "language", "sides"),
    [
        (DE_ZAPP, "de", {"Westfalenpost": "to"}),  # after 'zur' (a marker found it before; the quotes now too)
        (DE_RAUE, "de", {"Braunschweiger Zeitung": "from"}),  # after a role and an article
        (IT_TOSCANO, "it", {"Stampa": "from"}),  # "collaboratore della ‘Stampa’"
    ],
)
def test_a_title_in_quotation_marks_is_an_organisation(reader, text, language, sides):
    found = organisations(reader, text, language)
    assert {name: found.get(name) for name in sides} == sides


@pytest.mark.parametrize(("text", "place"), [(DE_ZAPP, "Hagen"), (DE_FIEDLER, "Berlin")])
def test_a_city_after_nach_is_no_organisation(reader, text, place):
    assert place not in organisations(reader, text, "de")
    assert all(place not in (c.from_, c.to) for c in reader.read(text, language="de"))


def test_a_city_after_nach_names_a_club_in_a_sentence_about_sport(reader):
    # made up from DE_ZAPP's shape: a word of sport ('Trainer') makes the city a club
    assert "Leipzig" in organisations(reader, "Der Trainer wechselt im Sommer nach Leipzig.", "de")


def test_a_known_organisation_at_the_head_of_a_role_compound_is_where_the_person_is(reader):
    found = {(c.person, c.from_id, c.to) for c in reader.read(DE_ALTMAN, language="de")}
    assert ("Sam Altman", "openai", "Microsoft") in found  # not 'to OpenAI-Gründer'


def test_a_capitalised_small_word_of_the_next_sentence_is_not_part_of_a_name(reader):
    found = organisations(reader, DE_ALDI, "de")
    assert "Aldi" in found and "Aldi Als" not in found


def test_a_club_named_after_its_head_noun_is_no_person(reader):
    assert "San José" not in {c.person for c in reader.read(ES_SAN_JOSE, language="es")}


# --- one capitalised word with no marker: a proper noun in an organisation's place -----------------------

# es-006-expansion-por-que-cambian-ceo.yaml
ES_SUBJECT = (
    "Ese mes, Devin Wenig, consejero delegado de eBay, dimitía en medio de la presión de algunos inversores para que "
    "la compañía de Internet se desprendiera de algunos negocios; y Thyssenkrupp sustituía a Guido Kerkhoff por "
    "Martina Merz, presidenta del consejo de supervisión, dentro de un proceso para enderezar los resultados y "
    "reestructurar el negocio."
)
# fr-013-cnews-record-entraineurs-limoges.yaml
FR_COORDINATED = (
    "Le club rhodanien a été imité dans la foulée par Brest et Auxerre, qui ont démis de leurs fonctions le même jour "
    "(11 octobre) Michel Der Zakarian et Jean-Marc Furlan."
)
# es-002-mireddenoticias-vuelven-openai.yaml
ES_BRAND = "Knight fue parte de la plantilla de OpenAI durante el lanzamiento de ChatGPT antes de emigrar a xAI."


def test_the_subject_of_a_verb_that_replaces_or_dismisses_someone_is_an_organisation(reader):
    """'y Thyssenkrupp sustituía a Guido Kerkhoff', 'Brest et Auxerre, qui ont démis …' (the antecedent of
    the verb's relative clause, and the word coordinated with it): where only names are capitalised, a
    capitalised word there that is no person's name is an employer."""
    assert "Thyssenkrupp" in organisations(reader, ES_SUBJECT, "es")
    assert {"Brest", "Auxerre"} <= set(organisations(reader, FR_COORDINATED, "fr"))
    kerkhoff = [c for c in reader.read(ES_SUBJECT, language="es") if c.person == "Guido Kerkhoff"]
    assert [(c.from_, c.to) for c in kerkhoff] == [("Thyssenkrupp", None)]


def test_a_capitalised_word_before_a_verb_of_moving_stays_a_person_when_named_so(reader):
    """A name of two words is no organisation, whatever verb follows it."""
    found = organisations(reader, FR_COORDINATED, "fr")
    assert "Zakarian" not in found and "Furlan" not in found


def test_a_word_written_as_a_brand_is_an_organisation(reader):
    """'eBay', 'xAI': a capital inside a word in lower case; read with no organisation known."""
    empty = Reader(reader.document.model_copy(update={"organizations": {}}))
    assert "eBay" in organisations(empty, ES_SUBJECT, "es")
    assert organisations(empty, ES_BRAND, "es").get("xAI") == "to"  # "antes de emigrar a xAI"
