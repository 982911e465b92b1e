"""The words of a sentence and what every rule asks of them (:mod:`dashboard.articles.candidates` reads
with these): the document cut into sentences, a sentence's tokens and mentions, the phrases of a word
list found in it, clause breaks, and months placed by the publication date.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from dashboard.articles import lexicon
from dashboard.articles.patterns import (
    spans,
)
from dashboard.articles.words import fold_word, folded_phrase
from dashboard.record.dates import PartialDate, When


def _in_any_language(name: str) -> frozenset[str]:
    """The folded words of one of the lexicon's per-language lists in every language together (``name``
    as in its files): a small word the reader looks for whatever the article's language."""
    return frozenset(fold_word(word) for words in lexicon._LEXICON.per_language[name].values() for word in words)


_SENTENCE_END = re.compile(r"[.!?…][\"”»’')\]]*(?=\s*[\"„“«‘'(]?[A-ZÀ-ÖØ-Þ])")


_GLUED = re.compile(r"[a-zäöüß]{2}(?=([A-ZÄÖÜ][a-zäöü]+)\b)")


_MONTH_AHEAD = re.compile(
    r"\s*(?:"
    + "|".join(sorted({m for months in lexicon.MONTHS.values() for m in months}, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


FUZZY = 0.88
"""How alike a written name and a known one must be (difflib ratio of the folded names)."""


def sentences(text: str) -> list[str]:
    """The document's sentences, each exactly as written (stripped of surrounding space)."""
    cuts: set[int] = set()
    for match in _SENTENCE_END.finditer(text):
        before = re.search(r"(\w+)\W*$", text[max(0, match.start() - 12) : match.start() + 1])
        word = before.group(1) if before else ""
        if len(word) == 1 or fold_word(word) in lexicon.ABBREVIATIONS:
            continue  # an initial or an abbreviation, not the end of a sentence
        if word.isdigit() and len(word) <= 2 and _MONTH_AHEAD.match(text, match.end()):
            continue  # a German day of the month, an ordinal: "am 13. Januar 2025", "zum 30. September"
        cuts.add(match.end())
    for match in _GLUED.finditer(text):
        if fold_word(match.group(1)) in lexicon.NOT_NAMES:
            cuts.add(match.end())  # "StartupZu den ...": a headline glued to a sentence opening with a small word
    for match in re.finditer(r"\n", text):
        cuts.add(match.start())
    found, start = [], 0
    for cut in sorted(cuts) + [len(text)]:
        piece = text[start:cut].strip()
        if piece:
            found.append(piece)
        start = cut
    return found


@dataclass(frozen=True)
class _Token:
    folded: str
    text: str
    start: int
    end: int


@dataclass
class _Mention:
    first: int  # token index
    last: int
    name: str  # as written
    record_id: str | None
    side: str | None = None
    bound: bool = False  # named by a role ("Mitgründer von OpenAI"): belongs to the name just before
    how: str = ""  # what set its side: "marker", "verb", "former", "tenure", "left-for", "list", "default",
    # "appointed", "dismissed", "governed" (the side of the word of moving that governs the name)
    described: bool = False  # "the company": named by a description (see _company_named_before)


@dataclass
class _Move:
    """What a sentence says of its move, for each person or group of it (and of a list after it)."""

    orgs: list[_Mention]
    kind: str
    date: str | None
    precision: str | None
    date_kind: str
    certainty: str
    trigger: str | None


def _all_capitals(sentence: str) -> bool:
    """Whether a sentence is written in capitals only, as some pages set a heading ('GLOBEX HIRES JANE DOE
    FROM QUORRA'): three words of letters at least, none in lower case."""
    return len(re.findall(r"[^\W\d_]{2,}", sentence)) >= 3 and sentence == sentence.upper()


def _any(joined: str, words: list[str], phrases: list[str]) -> str | None:
    """The first of ``phrases`` the sentence has (as listed), or None."""
    for phrase, prefix, spaced in _prepared_phrases(tuple(phrases)):
        if prefix is not None:  # a prefix: 'ex-CEO'
            if any(word.startswith(prefix) for word in words):
                return phrase
        elif spaced is not None and spaced in joined:
            return phrase
    return None


@functools.cache
def _prepared_phrases(phrases: tuple[str, ...]) -> tuple[tuple[str, str | None, str | None], ...]:
    """Each phrase of a word list with what :func:`_any` compares, folded once per list instead of per
    sentence: the folded prefix of a phrase ending in "-", or the folded phrase between spaces."""
    prepared = []
    for phrase in phrases:
        folded = folded_phrase(phrase)
        if phrase.endswith("-"):
            prepared.append((phrase, fold_word(phrase), None))
        else:
            prepared.append((phrase, None, " " + " ".join(folded) + " " if folded else None))
    return tuple(prepared)


_AUXILIARIES = {
    language: tuple(fold_word(word) for word in words)
    for language, words in lexicon._LEXICON.per_language["perfect_auxiliaries"].items()
}
"""Auxiliaries of the perfect before a verb of hiring (list ``perfect_auxiliaries``): 'has hired', 'hat geholt'."""


_INFINITIVE_ENDINGS = {"es": ("ar", "er", "ir", "arse", "erse", "irse")}
"""How an infinitive ends, in the languages with a list ``returns``."""


def _again(tokens: list[_Token], language: str) -> set[int]:
    """The words of a verb of returning right before an infinitive in lower case (list ``returns``: "vuelve a
    ganar con el Ribera", "volvió a marcar"), which says "again": no word of moving. Before an
    organisation it is a return ("vuelve a Globex"), and before "ser" too: "volvió a ser entrenador del
    Ribera" takes a post again."""
    endings = _INFINITIVE_ENDINGS.get(language)
    if not endings:
        return set()
    words = [t.folded for t in tokens]
    return {at for start, end in spans(words, lexicon._LEXICON.per_language["returns"][language])
            if end < len(tokens) and tokens[end].text.islower() and words[end].endswith(endings) and words[end] != "ser"
            for at in range(start, end)}  # fmt: skip


def _impersonal(words: list[str], verb: int, language: str) -> bool:
    """Whether the verb at ``verb`` has a reflexive pronoun right before it or before its auxiliary of
    the perfect: an impersonal passive with no subject ("donde se nombró a José Bogas", "se ha
    nombrado a X directora"), whose hirer is no name before it."""
    reflexives = _folded_set("reflexives", language)
    before = verb - 2 if verb > 1 and words[verb - 1] in _AUXILIARIES.get(language, ()) else verb - 1
    return before >= 0 and words[before] in reflexives


def _in_still_relative(words: list[str], at: int, marks: list[tuple[int, int]], language: str) -> bool:
    """Whether the word at ``at`` stands in a relative clause that holds no word of moving: after a
    relative pronoun ('che', 'qui', 'which') with no word of moving between them, nor after it up to
    the sentence's end ('… e che potrebbe riguardare diversi altri professionisti')."""
    relatives = _folded_set("relatives", language)
    opener = next((i for i in range(at - 1, -1, -1) if words[i] in relatives), None)
    return opener is not None and not any(start > opener for start, _ in marks)


def _in_condition(words: list[str], mention: _Mention, clauses: set[int], language: str) -> bool:
    """Whether a name stands in a condition that opens the sentence, up to its comma, with no word of moving
    there ("If OpenAI chief Sam Altman is to be believed, Meta is offering …"): who vouches for what the
    sentence says, not who moves by it."""
    if not words or words[0] not in _folded_set("conditionals", language):
        return False
    end = min((at for at in clauses if at > 0), default=len(words))
    moving = spans(words[:end], lexicon.LEAVE[language] + lexicon.JOIN[language] + lexicon.DISMISS[language])
    return mention.last < end and not moving


def _plural_verb(word: str) -> bool:
    """Whether a German verb next to 'sie' is plural ('kommen', 'wechseln', 'sind'), so 'sie' is 'they'."""
    return word.endswith(("en", "ln", "rn")) or word == "sind"


def _people_noun(folded: str, nouns: set[str], language: str) -> bool:
    """Whether a word after a number is a noun of people: one of the language's ('Forscher'), or, in
    German, a compound whose last part is one ('KI-Forscher', 'Spitzenforscher', 'Top-Manager')."""
    if folded in nouns or folded.rpartition("-")[2] in nouns:
        return True
    return language == "de" and any(folded.endswith(noun) and len(folded) - len(noun) >= 3 for noun in nouns)


def _has_group_noun(words: list[str], language: str) -> bool:
    """Whether the words name people as a group ('Forscher', 'researchers'), with a number or not, also
    as the last part of a hyphenated compound ('Top-KI-Experten'; not every German compound, as
    :func:`_people_noun` after a number: 'einen neuen Vorstandsvorsitzenden' is one person)."""
    nouns = set(folded_phrase(" ".join(lexicon.GROUP_NOUNS[language])))
    return any(word in nouns or word.rpartition("-")[2] in nouns for word in words)


def _touches(found: list[tuple[int, int]], low: int, high: int) -> bool:
    """Whether one of the phrases ``found`` (spans of word indices) has a word in ``low..high-1``."""
    return any(start < high and end > low for start, end in found)


def _one_clause(sentence: str, one: _Token, other: _Token) -> bool:
    """Whether no clause break (comma, colon, dash ...) stands between two words, however far apart."""
    return not re.search(r"[,;:–—()]", sentence[one.start : other.start])


def _adjacent_or_space(sentence: str, one: _Token, other: _Token) -> bool:
    """Whether no clause break (comma, colon, dash ...) stands between two words."""
    return not re.search(r"[,;:–—()]", sentence[one.end : other.start])


@functools.cache
def _folded_set(name: str, language: str) -> frozenset[str]:
    """The folded words of one of the lexicon's per-language lists (``name`` as in its files)."""
    table = lexicon._LEXICON.per_language[name][language]
    return frozenset(word for phrase in table for word in folded_phrase(phrase))


@functools.cache
def _single_words(name: str, language: str) -> frozenset[str]:
    """The one-word entries of one of the lexicon's per-language lists, each folded whole ('bzw.',
    'ex-'); not each word of its phrases, as :func:`_folded_set` has them ('worked for': not 'for')."""
    return frozenset(fold_word(p) for p in lexicon._LEXICON.per_language[name][language] if " " not in p)


@functools.cache
def _moving_words(language: str) -> frozenset[str]:
    """The one-word entries of the language's words of leaving and joining, folded ('Nachfolge', 'Abschied')."""
    return _single_words("leave", language) | _single_words("join", language)


@functools.cache
def _name_breakers(language: str) -> tuple[str, ...]:
    return tuple(fold_word(ending) for ending in lexicon.NAME_BREAKERS[language])


def _span_text(sentence: str, tokens: list[_Token], first: int, last: int) -> str:
    """The words ``first..last`` as the sentence writes them."""
    return sentence[tokens[first].start : tokens[last].end]


def _adjacent(sentence: str, one: _Token, other: _Token) -> bool:
    """Whether only spaces stand between two words (no comma: 'Lacroix, Guillaume' are two names)."""
    return not sentence[one.end : other.start].strip()


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def _count(folded: str) -> bool:
    """Whether a word is a number that counts something ('17 Jahre Erfahrung': a noun follows it), not a
    year ('ab dem 1. Juli 2010 Armin Maus': a name may follow one)."""
    return folded.isdigit() and not (len(folded) == 4 and 1800 <= int(folded) <= 2199)


def _precision(when: When) -> str:
    return when.precision


def _month(month: int, published: When) -> tuple[str, str]:
    """A month named without a year, placed by the publication date (never later than it)."""
    high = published.high
    if high is None:
        if published.low is not None:  # published in L or later: the month of L or later
            return f"{published.low.year:04d}-{month:02d}/..", "after"
        return "unknown", "unknown"
    if high.month:  # the month of the report's year, or of the year before if it lies after it
        year = high.year if month <= high.month else high.year - 1
        if published.low == high or (published.low and published.low.year == high.year):
            return str(PartialDate(year, month)), "month"
    # a year-dated report: that month of this year or the year before
    return f"{high.year - 1:04d}-{month:02d}/{high.year:04d}-{month:02d}", "between"
