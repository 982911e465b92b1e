"""The word lists for reading moves out of news text, read once from one data file per language.

General vocabulary of job changes in the press, not the words of any one article: verbs of
leaving and joining, markers of an earlier step, hedges that make a report a rumour, number words
and nouns for unnamed groups, month names, and the small words that tell which side of a move an
organisation is on. Kept in the repository (no model, no download) as TOML files beside this
module, which a linguist can edit without reading Python: ``de.toml``, ``it.toml``, ``en.toml``,
``fr.toml`` and ``es.toml``, one per language, and ``shared.toml`` with the languages read and the
words of no one language.

A language's file holds the lists for articles in that language (:data:`PER_LANGUAGE`) and, under
``[every_article]``, its words that are looked for in articles of any language
(:data:`EVERY_ARTICLE`; the lists of all the files are joined). The names below hold them, read
when this module is first imported; a missing or malformed file stops that import with a
:class:`LexiconError` naming the file and the list.

Every entry is lower case and spelt as in the text. The reader folds the text's words (no case,
no accents, :mod:`dashboard.articles.candidates`) and most lists the same way; ``not_names``,
``month_markers``, ``pronouns`` and ``articles`` it takes as written, so an accented entry in one
of them does not match yet.
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable

SHARED = "shared.toml"
"""The file with the languages read (``languages``) and the words of no one language."""

PER_LANGUAGE = ("stopwords", "leave", "join", "stay", "earlier", "hedges", "from_markers", "to_markers", "numbers",
                "group_nouns", "months", "month_markers", "pronouns", "articles", "members", "hirers", "passive",
                "speakers", "plural_pronouns", "relatives", "tenure", "leave_for", "since", "determiners",
                "noun_endings", "denials", "prepositions", "replaces", "replaced_by", "taken_from",
                "place_prepositions", "same_move", "locatives", "dismissers", "quantifiers",
                "name_breakers", "accepts", "post_nouns", "sentence_adverbs", "respectively",
                "openers", "owners", "ensembles", "portions", "collectives",
                "followers", "losers", "interims", "also", "replaced_with", "agent_phrases",
                # round 14: the word sets the reader kept in Python
                "time_units", "now", "led_by", "where", "perfect_auxiliaries", "subjectless_openers",
                "title_words", "at_ground", "media_prepositions", "source_prepositions", "report_verbs",
                "indefinite_articles", "person_nouns", "person_objects", "sequels", "houses", "dismissals",
                # round 14, helpers
                "until_now", "reflexives",
                "lost_to", "becomes", "candidacies", "negations",
                # round 15
                "not_moving", "statements", "standings", "returns",
                # round 15, English helper
                "conditionals", "ranks",
                # round 15, descriptions of a person named before
                "demonyms",
                # round 15: word sets the helpers had written in Python
                "modals", "joins_someone", "capacities",
                # round 16: what may not fill an organisation's place
                "plural_articles",
                # round 16: descriptions of an organisation named before
                "org_descriptions",
                # round 16, wave 3: what a verb of leaving leaves open ("dejó abierta una puerta")
                "leave_predicates")  # fmt: skip
"""The lists every language's file has, in that file's top level: words for articles in that language."""

EVERY_ARTICLE = (
    "not_names",
    "role_words",
    "at_markers",
    "org_words",
    "abbreviations",
    "whole_set",
    "conjunctions",
    "company_nouns",
    "institution_heads",
    "club_cues",
    "org_affixes",
    "competitions",
    "saints",
    "stake_nouns",
    "successors",
    "match_results",
    "countries",
    "name_particles",
    "fields",
    "parties",
    "place_offices",
)
"""The lists a file may have under ``[every_article]``: words looked for in every article."""

LENGTHS = {"numbers": 13, "months": 12, "ensembles": 3}
"""Lists whose places mean something: the number words from zero to twelve, the months in order, the
nouns of a set of two, three and four people."""


class LexiconError(ValueError):
    """A word list file is missing or malformed; the message names the file and the list."""


@dataclass(frozen=True)
class Lexicon:
    """The word lists of one folder of files."""

    languages: tuple[str, ...]
    per_language: dict[str, dict[str, tuple[str, ...]]]
    """List name -> language -> its words, in the file's order."""
    every_article: dict[str, frozenset[str]]
    """List name -> the words of all the files."""


def read_lexicon(folder: Traversable) -> Lexicon:
    """The word lists of the TOML files in ``folder`` (a directory or a package's resources).

    Raises :class:`LexiconError` for a missing file, a file that is not UTF-8 TOML, a list that is
    missing, unknown or not a list of distinct lower-case words, a ``numbers`` or ``months`` list of
    the wrong length, and a language file that ``languages`` does not name.
    """
    shared = _read(folder, SHARED)
    _keys(shared, {"languages"}, {"languages", "every_article"}, folder / SHARED)
    languages = _words(shared["languages"], f"{folder / SHARED}: languages")
    if not languages:
        raise LexiconError(f"{folder / SHARED}: languages lists no language")
    named = {f"{language}.toml" for language in languages} | {SHARED}
    for item in sorted(folder.iterdir(), key=lambda item: item.name):
        if item.name.endswith(".toml") and item.name not in named:
            raise LexiconError(f"{item}: {item.name[: -len('.toml')]!r} is not among the languages of {SHARED}")
    files = {SHARED: shared} | {f"{language}.toml": _read(folder, f"{language}.toml") for language in languages}
    per_language: dict[str, dict[str, tuple[str, ...]]] = {key: {} for key in PER_LANGUAGE}
    for language in languages:
        name = f"{language}.toml"
        _keys(files[name], set(PER_LANGUAGE), {*PER_LANGUAGE, "every_article"}, folder / name)
        for key in PER_LANGUAGE:
            words = _words(files[name][key], f"{folder / name}: {key}")
            if key in LENGTHS and len(words) != LENGTHS[key]:
                raise LexiconError(f"{folder / name}: {key} must list {LENGTHS[key]} words, not {len(words)}")
            per_language[key][language] = words
    every_article: dict[str, set[str]] = {key: set() for key in EVERY_ARTICLE}
    for name, table in files.items():
        extra = table.get("every_article", {})
        if not isinstance(extra, dict):
            raise LexiconError(f"{folder / name}: every_article must be a table ([every_article]), not a value")
        _keys(extra, set(), set(EVERY_ARTICLE), f"{folder / name}: [every_article]")
        for key, value in extra.items():
            every_article[key] |= set(_words(value, f"{folder / name}: every_article.{key}"))
    return Lexicon(languages, per_language, {key: frozenset(words) for key, words in every_article.items()})


def _read(folder: Traversable, name: str) -> dict:
    path = folder / name
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise LexiconError(f"{path}: missing (every language of {SHARED} has its file)") from None
    except UnicodeDecodeError as error:
        raise LexiconError(f"{path}: not UTF-8 text (byte {error.start})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(f"{path}: not valid TOML: {error}") from None


def _keys(table: dict, required: set[str], allowed: set[str], where: object) -> None:
    for key in table:
        if key not in allowed:
            raise LexiconError(f"{where}: unknown list {key!r}; the lists are {', '.join(sorted(allowed))}")
    for key in sorted(required - set(table)):
        raise LexiconError(f"{where}: no list {key!r}")


def _words(value: object, where: str) -> tuple[str, ...]:
    """The words of one list, checked: quoted, lower case, composed accents (NFC), each once."""
    if not isinstance(value, list):
        raise LexiconError(f"{where} must be a list of words in square brackets, not {value!r}")
    seen: set[str] = set()
    for place, word in enumerate(value, start=1):
        problem = (
            "must be a word in quotes" if not isinstance(word, str) or not word.strip()
            else "has spaces around it" if word != word.strip()
            else "is not lower case" if word != word.lower()
            else "has a letter and its accent as two characters (save the file as NFC)"
            if word != unicodedata.normalize("NFC", word)
            else "is listed twice" if word in seen
            else None
        )  # fmt: skip
        if problem:
            raise LexiconError(f"{where}: word {place} ({word!r}) {problem}")
        seen.add(word)
    return tuple(value)


_LEXICON = read_lexicon(resources.files(__name__))

LANGUAGES = _LEXICON.languages
"""The languages read (ISO 639-1 codes), in the order the forms offer them."""

STOPWORDS = _LEXICON.per_language["stopwords"]
"""Frequent words, to tell a document's language from its text."""

LEAVE = _LEXICON.per_language["leave"]
"""Verbs and nouns of leaving: the organisation named with them is the origin."""

JOIN = _LEXICON.per_language["join"]
"""Verbs and nouns of joining: the organisation named with them is the destination."""

STAY = _LEXICON.per_language["stay"]
"""Phrases that confirm someone is still at an organisation: a stay, not a move."""

EARLIER = _LEXICON.per_language["earlier"]
"""Words that put a step before the report: an earlier job (``date_kind: before``)."""

HEDGES = _LEXICON.per_language["hedges"]
"""Hedges: a sentence with one reports a rumour (``certainty: rumoured``)."""

FROM_MARKERS = _LEXICON.per_language["from_markers"]
"""Small words before an organisation that make it the origin."""

TO_MARKERS = _LEXICON.per_language["to_markers"]
"""Small words before an organisation that make it the destination."""

NUMBERS = _LEXICON.per_language["numbers"]
"""Number words by value (index): 'drei Wissenschaftler' is a group of three."""

GROUP_NOUNS = _LEXICON.per_language["group_nouns"]
"""Nouns that make a number an unnamed group of people."""

ENSEMBLES = _LEXICON.per_language["ensembles"]
"""Nouns of a set of two, three and four people, in that order ('duo', 'trio'): 'ein Forscher-Trio', 'un
trio de chercheurs' is a group of three."""

PORTIONS = _LEXICON.per_language["portions"]
"""Words of a part of a set ('most', 'Hälfte', 'mayor parte', 'moitié', 'metà'): with a preposition of a
part and a noun of people or of a staff after them, a group whose headcount the text does not give."""

MONTHS = _LEXICON.per_language["months"]
"""Month names by number (index + 1)."""

MONTH_MARKERS = _LEXICON.per_language["month_markers"]
"""Words that make a month name a date ('im Mai', 'in April', 'a luglio'), not a word ('may')."""

PRONOUNS = _LEXICON.per_language["pronouns"]
"""Pronouns that open a sentence about someone already named ("Er arbeitete bisher ...")."""

ARTICLES = _LEXICON.per_language["articles"]
"""Definite articles, which with a role open a sentence about someone already named ('Der Programmierer')."""

MEMBERS = _LEXICON.per_language["members"]
"""Words that open the named members of a group just mentioned ('darunter', 'among them', 'tra cui')."""

HIRERS = _LEXICON.per_language["hirers"]
"""Verbs of the hiring side: their subject hires and is not the one who moves ('holt', 'hired')."""

PASSIVE = _LEXICON.per_language["passive"]
"""Words of the passive: with one, the subject of a hiring verb is the one hired ('was hired')."""

SPEAKERS = _LEXICON.per_language["speakers"]
"""Words of someone who only speaks about a move ('spokesperson', 'sagte'): a person next to one
is not the mover."""

PLURAL_PRONOUNS = _LEXICON.per_language["plural_pronouns"]
"""Pronouns for the several people of the sentence before ('Sie wechseln nun zu L', 'They')."""

RELATIVES = _LEXICON.per_language["relatives"]
"""Words that open a relative clause after a comma: a hedge inside one is not about the move."""

TENURE = _LEXICON.per_language["tenure"]
"""Nouns of time spent somewhere: 'after seven years at A' makes A the origin."""

LEAVE_FOR = _LEXICON.per_language["leave_for"]
"""Words that, after a verb of leaving, name the destination ('left A for B', 'lascia A per B')."""

SINCE = _LEXICON.per_language["since"]
"""Words before a year that say since when someone was somewhere ('seit 2019'): not the move's date."""

DETERMINERS = _LEXICON.per_language["determiners"]
"""Articles, possessives and prepositions glued to an article: a capitalised word after one (and
its adjectives) is a noun or an organisation, not a person's name ('der ehemalige Fußballprofi')."""

NOUN_ENDINGS = _LEXICON.per_language["noun_endings"]
"""Endings of common nouns (German capitalises every noun): one word with one is no organisation."""

NAME_BREAKERS = _LEXICON.per_language["name_breakers"]
"""Endings of nouns and adjectives that no person's name has, in a language that capitalises its nouns
(German): a capitalised word with one ('Steuerlehre', 'Nachrichten', 'Betriebswirtschaftliche') is a
noun or an adjective, not part of a name; a word no longer than its ending and two letters is not
judged ('Fischer' keeps its name)."""

SENTENCE_ADVERBS = _LEXICON.per_language["sentence_adverbs"]
"""Adverbs that open a sentence or a clause ('Ahora', 'Intanto', 'Désormais', 'Meanwhile', 'Inzwischen'):
capitalised there, and never a name — not a one-word name before a verb of moving, nor the first word
of a longer name."""

RESPECTIVELY = _LEXICON.per_language["respectively"]
"""Words that pair a list of people with a list of organisations in order ('respectively',
'rispettivamente', 'bzw.'): each person takes their own organisation, not the others'."""

OWNERS = _LEXICON.per_language["owners"]
"""Phrases that say who owns an organisation ('bought by', 'filiale de', 'acquisita da'): the
organisation right after one is an owner, no side of a move."""

ACCEPTS = _LEXICON.per_language["accepts"]
"""Verbs of accepting: with a noun of a post or a call in their clause (``post_nouns``), a word of
joining ('hat den Ruf … angenommen', 'accepted a professorship')."""

POST_NOUNS = _LEXICON.per_language["post_nouns"]
"""Nouns of a post or a call that a verb of accepting takes ('Ruf', 'Amt', 'position', 'incarico'); one
with a leading '-' is an ending ('-professur': 'W3-Professur', 'Juniorprofessur')."""

OPENERS = _LEXICON.per_language["openers"]
"""Connectives and prepositions that open a sentence ('Tras', 'Puis', 'Aunque', 'Despite'), and adverbs
:data:`SENTENCE_ADVERBS` lacks: capitalised there, never a person's name of one word. (The adverbs of
``sentence_adverbs`` count too; a word is in one list, not both.)"""

DENIALS = _LEXICON.per_language["denials"]
"""Words that say a move did not happen ('declined', 'almost joined'): its move is not proposed."""

PREPOSITIONS = _LEXICON.per_language["prepositions"]
"""Prepositions: a name right after one (and its title) is no subject of the sentence -- an agent
('esonerato da X', 'authored by X') or a bystander -- unless a noun of moving or a hiring verb
governs it ('la salida de X', 'ficha a X')."""

REPLACES = _LEXICON.per_language["replaces"]
"""Words of succession, active ('en lugar de X', 'replaces X'): the person after one is the
predecessor, who leaves the organisation the sentence's subject takes over."""

LOSERS = _LEXICON.per_language["losers"]
"""Verbs of losing someone, whose subject is the organisation they leave ('verliert', 'has lost')."""

REPLACED_BY = _LEXICON.per_language["replaced_by"]
"""Words of succession, passive ('sustituido por Y', 'replaced by Y'): the person after one is the
successor, who comes to the organisation the sentence's subject leaves; the subject leaves it."""

INTERIMS = _LEXICON.per_language["interims"]
"""Words of an interim post ('Interims-CEO', 'par intérim', 'ad interim'): a predecessor named with one
hands over inside the organisation (not proposed as leaving it)."""

AGENT_PHRASES = _LEXICON.per_language["agent_phrases"]
"""Phrases of a noun's agent ('da parte di', 'por parte de', 'de la part de', 'seitens'): the organisation
after one does what the noun of moving says -- where the person comes for one of joining, where they
leave for one of leaving or dismissing ('l'ingaggio di X da parte di Meta')."""

TAKEN_FROM = _LEXICON.per_language["taken_from"]
"""Verbs of taking someone away ('strappare', 'arrebatar'): after one, 'a'/'à' names the origin."""

UNTIL_NOW = _LEXICON.per_language["until_now"]
"""Words of the time up to now ('finora', 'jusqu'ici', 'hasta ahora'): right before a marker of where
someone is, in an apposition, the post held until now."""

CANDIDACIES = _LEXICON.per_language["candidacies"]
"""Phrases that name someone a candidate for a post ('tipped as possible successors', 'gilt als Favorit',
'in pole per la panchina', 'pressenti pour', 'suena para'): each one named comes, as a rumour, to the
organisation whose post is open."""

PLACE_PREPOSITIONS = _LEXICON.per_language["place_prepositions"]
"""Prepositions of place: a single capitalised word after one is a place ('nach Hagen'), unless a word
of sport makes it a club."""

FOLLOWERS = _LEXICON.per_language["followers"]
"""Words of going with or after someone ('folgen', 'accompanied by', 'accompagnato da'): a group of a
sentence with one makes the move told before."""

SAME_MOVE = _LEXICON.per_language["same_move"]
"""Words that someone made the same move as the one told before ('a fait de même', 'did the same',
'tout comme X'): their person gets that move."""

REPLACED_WITH = _LEXICON.per_language["replaced_with"]
"""Prepositions that name the successor after an active word of succession and its object ('replaced
X with Y', 'sustituyó a X por Y'): the person after one comes, the one before it leaves."""

DISMISSALS = _LEXICON.per_language["dismissals"]
"""Nouns of a dismissal with their preposition ('esonero di', 'sacking of'): a lone surname after one is
the person dismissed."""

HOUSES = _LEXICON.per_language["houses"]
"""Phrases of being at an organisation named right after them ('in casa Roma', 'im Hause Springer')."""

SEQUELS = _LEXICON.per_language["sequels"]
"""Adverbs of a sequence after a list's 'and' ('e poi', 'and then', 'puis'): the list goes on past them."""

ALSO = _LEXICON.per_language["also"]
"""Words that a move is like the one before ('also', 'auch', 'anche', 'también', 'aussi'): a departure
that names no organisation leaves the one the departure before left, if that was exactly one."""

DISMISS = _LEXICON.per_language["dismissers"]
"""Active verbs of dismissal ('licenzia', 'destituyó', 'a limogé', 'entließ', 'fired'): their object
leaves the organisation that is their subject."""

NOT_NAMES = _LEXICON.every_article["not_names"]
"""Capitalised words that start a sentence or a title and are never part of a name."""

ROLE_WORDS = _LEXICON.every_article["role_words"]
"""Words (or word endings, for German compounds like 'Turing-Preisträger') of roles and
institutions: a capitalised word with one is not part of a person's name."""

AT_MARKERS = _LEXICON.every_article["at_markers"]
"""Words of where someone works: the destination with a joining verb, else the origin."""

ORG_WORDS = _LEXICON.every_article["org_words"]
"""Words that make a capitalised run an organisation's name rather than a person's ('Mistral AI')."""

ABBREVIATIONS = _LEXICON.every_article["abbreviations"]
"""Abbreviations a full stop follows without ending the sentence ('Dr.', 'bzw.')."""

WHOLE_SET = _LEXICON.every_article["whole_set"]
"""Words before a number that make it count a whole set, not a group ('der 14 Autoren')."""

COMPANY_NOUNS = _LEXICON.every_article["company_nouns"]
"""Nouns of a company: a person after one and 'de'/'von' owns or runs it ('la firma de Sam Altman')."""

CONJUNCTIONS = _LEXICON.every_article["conjunctions"]
"""Words that join a list of organisations, which then share one side ('OpenAI, Anthropic und Apple')."""

PLACE_OFFICES = _LEXICON.every_article["place_offices"]
"""Nouns of an office over a state or a city ('gobernador', 'mayor', 'Bürgermeister'): the name after one
and 'de'/'of' is a place ('el gobernador de Sonora'), no organisation."""

INSTITUTION_HEADS = _LEXICON.every_article["institution_heads"]
"""Nouns that head an institution's name ('Universität Siegen', 'University of Toronto', 'Braunschweiger
Zeitung'), or the ends of German compounds ('Universitätsklinikum Bonn', 'Leibniz-Institut')."""

ORG_AFFIXES = _LEXICON.every_article["org_affixes"]
"""Prefixes and suffixes of clubs' and companies' names ('FC', 'SV', 'Real', 'AG', 'GmbH', 'Group')."""

COMPETITIONS = _LEXICON.every_article["competitions"]
"""Nouns that name a competition ('Copa Libertadores', 'FA Cup', 'DFB-Pokal'): no organisation of a move."""

MATCH_RESULTS = _LEXICON.every_article["match_results"]
"""Nouns of a match's result ('défaite', 'derrota', 'sconfitta', 'defeat', 'Niederlage'): the club after
one and a preposition ('une défaite à Lens') is the opponent or the ground, no organisation of a move."""

CLUB_CUES = _LEXICON.every_article["club_cues"]
"""Words of sport: with one in the sentence, a city after a preposition of place names its club
('Trainer … nach Leipzig'); without one it is a place ('nach Hagen')."""

SAINTS = _LEXICON.every_article["saints"]
"""A saint's word that opens the name of a place, a club or a building ('San Lázaro', 'Sankt Pauli'): a
capitalised run it opens is no person's name."""

STAKE_NOUNS = _LEXICON.every_article["stake_nouns"]
"""Nouns of a stake, not a post ('investor', 'Aktionär', 'actionnaire'): an organisation one governs is no
side of a move."""

COUNTRIES = _LEXICON.every_article["countries"]
"""Countries, their peoples' adjectives and continents ('Schweiz', 'Suisse', 'Deutsche', 'España',
'europea'): capitalised in a company's name ('Credit Suisse', 'Deutsche Bank') or a place, never in a
person's."""

NAME_PARTICLES = _LEXICON.every_article["name_particles"]
"""Particles of a surname that may stand in lower case after a first name ('Charles de Gaulle', 'Erik ten
Hag', 'Ursula von der Leyen'): the words after it are the same person's name."""

SUCCESSORS = _LEXICON.every_article["successors"]
"""Nouns of a successor or a predecessor ('Nachfolger', 'successeur'): a description by one is someone else
than the person named before."""
