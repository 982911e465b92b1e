"""German word order: verbs whose particle ends the clause ("scheidet … aus", "tritt … zurück"), verbs of
succession and of going at the end of a clause, and objects of a perfect whose participle of moving comes
last.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from dashboard.articles import lexicon
from dashboard.articles.patterns import (
    clause_of,
    spans,
)
from dashboard.articles.reading.names import _NEVER_NAMES, _common_noun, _is_role
from dashboard.articles.reading.text import _AUXILIARIES, _capitalised, _folded_set, _single_words
from dashboard.articles.words import folded_phrase

if TYPE_CHECKING:
    from dashboard.articles.reading.text import _Mention, _Token


def _separated(sentence: str, tokens: list[_Token], language: str) -> tuple[tuple[int, str, str], ...]:
    """:func:`_separated_verbs`, remembered: the rules ask it three or four times for each sentence."""
    return _separated_verbs(sentence, tuple(tokens), language)


@functools.lru_cache(maxsize=256)
def _separated_verbs(sentence: str, tokens: tuple[_Token, ...], language: str) -> tuple[tuple[int, str, str], ...]:
    """The German verbs of leaving and joining whose particle ends the clause, away from the verb
    ("scheidet auch der jetzige CEO des Leiterplattenherstellers AT&S aus", "tritt nach zehn Jahren
    zurück", "trat im Juli als Chef ab"): an entry of several words ("scheidet aus", "tritt zurück")
    whose words but the last stand together in the clause and whose last one is the clause's last
    word. Each as (index of the verb, "leave" or "join", the entry)."""
    found = _goes(sentence, tokens, language)
    if language != "de":
        return tuple(found)
    words = [t.folded for t in tokens]
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    markers = _folded_set("to_markers", language) | {"von", "vom", "beim"}  # "geht zu X": a preposition
    # (not "bei": at a clause's end it is the particle of "beitreten", "tritt der CDU bei", never a preposition)
    positions: dict[str, list[int]] = {}  # where each word stands: the lists are long, a sentence is short
    for at, word in enumerate(words):
        positions.setdefault(word, []).append(at)
    not_moving = lexicon._LEXICON.per_language["not_moving"]  # "kündigte … an": announced, no move ("none")
    negations = _folded_set("negations", language)
    # a word of succession is one of joining: "löst Mara Lind an der Spitze von Globex ab"
    for side, table in (("leave", lexicon.LEAVE), ("join", lexicon.JOIN), ("none", not_moving),
                        ("join", lexicon.REPLACES)):  # fmt: skip
        for phrase in table[language]:
            folded = folded_phrase(phrase)
            if len(folded) < 2 or folded[0] not in positions:
                continue
            head, particle = folded[:-1], folded[-1]
            if particle in markers:
                continue  # ("es geht munter zu": no move)
            for at in positions[folded[0]]:
                if tuple(words[at : at + len(head)]) != head:
                    if _object_at_end(words, at, clause_of(sentence, starts, ends, at)[1], folded):
                        found.append((at, side, phrase))  # "kehrt Quorra den Rücken"
                    continue
                if at >= len(words) - len(head):
                    continue
                _low, high = clause_of(sentence, starts, ends, at)
                # a second verb joined by "und" ends the first one's clause: "trat … aus der FDP aus und war …"
                last = next((i for i in range(at + len(head), high) if words[i] in lexicon.CONJUNCTIONS
                             and words[i - 1] == particle), high)  # fmt: skip
                if last - 1 > at + len(head) and words[last - 1] == particle:
                    # a negation before the particle: "tritt bei Quorra nicht zurück", no move ("none")
                    found.append((at, "none" if words[last - 2] in negations else side, phrase))
    # a verb of succession (in lower case: no noun, "Nachfolger von") and its preposition with up to four
    # words between them in the clause: "Jens Weber folgt bei Globex auf Mara Lind", at the preposition
    for phrase in lexicon.REPLACES[language]:
        verb, *rest = folded_phrase(phrase)
        if len(rest) != 1 or verb not in positions:
            continue
        for at in (i for i in positions[verb] if tokens[i].text.islower()):
            last = clause_of(sentence, starts, ends, at)[1]
            preposition = next((i for i in range(at + 2, min(at + 6, last)) if words[i] == rest[0]), None)
            if preposition is not None:
                found.append((preposition, "join", phrase))
    return tuple(found)


def _succession_at_end(sentence: str, tokens: list[_Token], language: str) -> list[tuple[int, int]]:
    """A German verb of succession of one word (list ``replaces``) that ends its clause as an infinitive or a
    participle, after an auxiliary or a modal verb ("Jens Weber wird Mara Lind als Chef von Globex beerben",
    "hat Mara Lind ersetzt"): the predecessor stands right after the auxiliary, which :meth:`_succession`
    reads as the verb, as (index of the auxiliary, the index after it)."""
    if language != "de":
        return []
    words = [t.folded for t in tokens]
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    auxiliaries = (
        _folded_set("becomes", language) | set(_AUXILIARIES.get(language, ())) | _folded_set("modals", language)
    )
    found = []
    for low, high in spans(words, lexicon.REPLACES[language]):
        first, last = clause_of(sentence, starts, ends, low)
        if high != low + 1 or high != last:
            continue
        auxiliary = next((i for i in range(first, low - 1) if words[i] in auxiliaries), None)
        if auxiliary is not None:
            found.append((auxiliary, auxiliary + 1))
    return found


def _handed_over(sentence: str, tokens: list[_Token], separated: list[tuple[int, str, str]],
                 language: str) -> list[tuple[int, int]]:  # fmt: skip
    """A German phrase of giving up a post whose particle "ab" ends the clause (:func:`_separated`), with
    "an" (list ``lost_to``) between ("Mara Lind gibt den Vorsitz bei Globex an Jens Weber ab"): the person
    after "an" takes the post, a successor; as (index of "an", the index after it)."""
    if language != "de":
        return []
    words = [t.folded for t in tokens]
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    to = _folded_set("lost_to", language)
    found = []
    for at, side, phrase in separated:
        if side != "leave" or folded_phrase(phrase)[-1] != "ab":
            continue
        last = clause_of(sentence, starts, ends, at)[1]
        found += [(i, i + 1) for i in range(at + 1, last - 1) if words[i] in to]
    return found


def _object_at_end(words: list[str], at: int, last: int, folded: tuple[str, ...]) -> bool:
    """Whether an idiom of a verb and its object ("kehrt den Rücken", "nimmt seinen Hut") stands with words
    between them and the object ends the clause or its part before "und" ("kehrt Quorra den Rücken", "nimmt
    bei Quorra seinen Hut"): the verb at ``at``, its object's article or possessive and noun the last words
    before ``last``; not with a negation before the object ("kehrt Quorra nicht den Rücken")."""
    tail = folded[1:]
    if len(tail) < 2 or tail[0] not in _folded_set("determiners", "de"):
        return False
    # (a second verb joined by "und" ends the first one's clause: "kehrt Quorra den Rücken und geht zu Globex")
    ends = [last, *(i for i in range(at + 2, last) if words[i] in lexicon.CONJUNCTIONS)]
    negations = _folded_set("negations", "de")  # "kehrt Quorra nicht den Rücken": no move
    return any(end - len(tail) > at + 1 and tuple(words[end - len(tail) : end]) == tail
               and words[end - len(tail) - 1] not in negations for end in ends)  # fmt: skip


_GOES = {"de": ("geht", "gehen", "ging", "gingen", "gegangen")}
"""German verbs of going that leave when they end their clause ('LeCun, …, geht, weil …', 'Kohfeldt
musste trotzdem gehen.'), not before an object or a place ('geht zu X', 'es geht um'). The other
languages list theirs as phrases of leaving ('se ne va', 'va via', 'se va de', 'se fue'): German needs
the clause's end, as 'geht' alone is 'works' or 'is about' as often."""


_GOES_PRONOUNS = {"de": ("er", "sie")}


_NOT_GOING = {"es", "wie", "so", "das", "dies", "alles"}  # "es geht", "wie geht es": no one leaves


def _goes(sentence: str, tokens: list[_Token], language: str) -> list[tuple[int, str, str]]:
    """The verbs of going (``_GOES``) that end their clause, perhaps with a subject pronoun after
    them ('Nun aber geht er, weil …'): words of leaving, as (index of the verb, "leave", the verb)."""
    found = []
    words = [t.folded for t in tokens]
    for phrase in _GOES.get(language, ()):
        folded = folded_phrase(phrase)
        for at, _end in spans(words, [phrase]):
            last = at + len(folded) - 1
            if last + 1 < len(words) and words[last + 1] in _GOES_PRONOUNS[language]:
                last += 1  # "geht er,"
            if at > 0 and words[at - 1] in _NOT_GOING:
                continue
            rest = sentence[tokens[last].end : tokens[last + 1].start if last + 1 < len(tokens) else len(sentence)]
            if last + 1 < len(tokens) and not re.search(r"[,;:.!?–—)]", rest):
                continue  # not the clause's end: "geht zu Meta", "se va a fichar"
            found.append((at, "leave", phrase))
    return found


def _perfect_objects(sentence: str, tokens: list[_Token], taken: set[int]) -> list[tuple[int, int]]:
    """German objects of a perfect whose participle of moving ends the clause ("Paul Marten hat Quorra
    verlassen", "hatte Quorra im Mai verlassen"): one capitalised word right after an auxiliary of the
    perfect (and an article), or two with a word of an organisation's name ("den Hamburger SV"), then
    at most three words in lower case (or a month) and the participle, which the clause's end, "und"
    or "," follows. As (first, last) token indices; a word taken by another mention, a small word, a
    role or a common noun's ending is none."""
    auxiliaries = set(_AUXILIARIES.get("de", ()))
    articles = _folded_set("determiners", "de")
    participles = _single_words("leave", "de") | _single_words("join", "de")
    found = []
    for at, token in enumerate(tokens[:-1]):
        if token.folded not in auxiliaries:
            continue
        first = at + 1
        if tokens[first].folded in articles and first + 1 < len(tokens):
            first += 1
        last = first
        if last + 1 < len(tokens) and _capitalised(tokens[last + 1].text):
            last += 1
        run = tokens[first : last + 1]
        if not all(_capitalised(t.text) for t in run) or taken & set(range(first, last + 1)):
            continue
        if any(t.folded in _NEVER_NAMES or _is_role(t.folded) for t in run) or _common_noun(run, "de"):
            continue
        if last > first and not any(t.folded in lexicon.ORG_WORDS or t.text.isupper() for t in run):
            continue  # "hat Anna Weber verlassen": two words that read as a person's name
        end = next((k for k in range(last + 1, min(len(tokens), last + 5)) if tokens[k].folded in participles), None)
        if end is None or any(_capitalised(t.text) and t.folded not in _NEVER_NAMES for t in tokens[last + 1 : end]):
            continue  # ("im Mai verlassen": a month may stand between)
        after = sentence[tokens[end].end : tokens[end + 1].start] if end + 1 < len(tokens) else "."
        if end + 1 < len(tokens) and not re.search(r"[.,;:!?]", after) and tokens[end + 1].folded != "und":
            continue
        found.append((first, last))
    return found


_GERMAN_COORDINATORS = frozenset({"und", "oder", "sowie"})
"""Conjunctions after a German participle that close one part of a list of objects and their verbs."""


def _participle_after(who: _Mention, tokens: list[_Token], sentence: str, tables: tuple,
                      language: str) -> tuple[str, int] | None:  # fmt: skip
    """The side and first word of the German participle of moving right after the object ``who`` that ends
    its clause or its part of a list ('Quorra hat Mara Lind entlassen und Jane Doe geholt': 'entlassen'
    governs Mara Lind, 'geholt' Jane Doe, not the verb before her); ``tables`` pairs each side with its
    words. None in another language, or with no such participle."""
    if language != "de":
        return None
    words = [t.folded for t in tokens]
    high = clause_of(sentence, [t.start for t in tokens], [t.end for t in tokens], who.first)[1]
    return next(((side, start) for side, table in tables for start, end in spans(words, table)
                 if start == who.last + 1 and (end == high or words[end] in _GERMAN_COORDINATORS)), None)  # fmt: skip
