"""Which side of a move an organisation is on, and whose it is: the verb of moving that governs it, a
former post ("ex-Google"), a post given or taken, an employer told before or after a name, the subject
that hires or dismisses, successions and replacements, and relative clauses that say where someone went.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from dashboard.articles import lexicon
from dashboard.articles.patterns import (
    AGENTS,
    clause_of,
    spans,
)
from dashboard.articles.reading.german import _participle_after
from dashboard.articles.reading.groups import _GLUE
from dashboard.articles.reading.names import (
    _GENITIVES,
    _NEVER_NAMES,
    _NEW,
    _SUBJECT_ARTICLES,
    _TITLES,
    _is_role,
    _name_word,
    _post_noun,
)
from dashboard.articles.reading.organisations import _DEFINITE, _proper, _role_compound
from dashboard.articles.reading.text import (
    _AUXILIARIES,
    _adjacent,
    _adjacent_or_space,
    _capitalised,
    _folded_set,
    _in_any_language,
    _Mention,
    _one_clause,
    _single_words,
)
from dashboard.articles.words import fold_word, folded_phrase

if TYPE_CHECKING:
    from dashboard.articles.reading.text import _Token


def _hired_away_at(sentence: str, tokens: list[_Token], mention: _Mention, mentions: list[_Mention],
                   language: str) -> bool:  # fmt: skip
    """Whether the organisation after a small word of where someone works ('chez', 'at', 'bei', 'en',
    'presso') follows an active verb of hiring and its object, with the hiring organisation before
    the verb, in one clause ('Globex recrute X chez Initech', 'Globex hired X at Initech', 'Globex
    ficha a X en Initech'): the organisation the person is taken from, not where they go."""
    words = [t.folded for t in tokens]
    for start, end in spans(words, lexicon.HIRERS[language]):
        if end >= mention.first - 1 or not _one_clause(sentence, tokens[start], tokens[mention.first]):
            continue
        person = any(_capitalised(tokens[at].text) for at in range(end, mention.first - 1))
        hirer = any(other is not mention and other.last < start
                    and _one_clause(sentence, tokens[other.last], tokens[start]) for other in mentions)  # fmt: skip
        if person and hirer:
            return True
    return False


def _nearest_moving(sentence: str, tokens: list[_Token], org: _Mention, leaves: list[tuple[int, int]],
                    joins: list[tuple[int, int]]) -> str | None:  # fmt: skip
    """The side the nearest word of moving before ``org`` gives it: ``"from"`` after one of leaving
    ("X dimitía …; y Thyssenkrupp sustituía a Y"), ``"to"`` after one of joining; None when none stands
    before it. (The nearest is in its clause when its clause has one.)"""
    before = [(end, side) for side, found in (("from", leaves), ("to", joins)) for _start, end in found
              if end <= org.first]  # fmt: skip
    return max(before)[1] if before else None


def _loses(sentence: str, tokens: list[_Token], org: _Mention, losers: frozenset[str], language: str) -> bool:
    """Whether ``org`` is the subject of a verb of losing someone ("OpenAI a perdu sept chercheurs",
    "Meta perdió a tres investigadores", "OpenAI has lost", "OpenAI hat drei Forscher verloren"): the
    verb a few words after it (an auxiliary or an adverb between), in its clause, no article or
    preposition before it (not "passés à Meta, qui perd"); in German a perfect's participle may
    stand at the clause's end."""
    if not losers:
        return False
    at = org.first - 1
    if at >= 0 and tokens[at].folded in _SUBJECT_ARTICLES:
        at -= 1  # "Il Milan perde Leonardo"
    if at >= 0 and tokens[at].folded in _ORG_GOVERNORS:
        return False
    reach = len(tokens) if language == "de" else org.last + 4
    for at in range(org.last + 1, min(reach, len(tokens))):
        if not _one_clause(sentence, tokens[org.last], tokens[at]):
            return False
        if tokens[at].folded in losers:
            return True
    return False


_ORG_GOVERNORS = frozenset({"a", "al", "au", "aux", "de", "del", "du", "des", "di", "da", "dal", "della", "dell'",
                            "d'", "of", "to", "from", "at", "by", "par", "por", "per", "von", "vom", "zu", "zum",
                            "zur", "bei", "beim", "an", "en", "in", "im", "chez", "con", "with", "mit", "aus", "nach",
                            "dem", "den", "der"})  # fmt: skip
"""Words before an organisation (past its article) that make it no subject: a preposition governs it."""


def _object_of_auxiliary(words: list[str], mention: _Mention, orgs: list[_Mention], language: str) -> bool:
    """Whether the name ``mention`` stands after a finite auxiliary whose subject is an organisation just
    before it, in a language that puts the participle last: 'Der SSC Neapel hat Christophe Galtier und Rafa
    Benitez verpflichtet' (the name is the object; a title or article may stand before it)."""
    at = mention.first - 1
    while at >= 0 and (words[at] in _folded_set("determiners", language) or _is_role(words[at])):
        at -= 1
    return (
        at >= 1 and words[at] in _AUXILIARIES.get(language, ()) and language == "de"
        and any(org.last == at - 1 for org in orgs)
    )  # fmt: skip


def _ex_employers(sentence: str, tokens: list[_Token], taken: set[int]) -> list[tuple[int, int, str]]:
    """Organisations named after "ex", glued or not, in an apposition right after a name ("Luc Martin,
    ex-Quorra, rejoint Globex", "Globex ingaggia Marco Rossi, ex Quorra"): where that person was, as (first,
    last, name). Not a role ("X, ex-Premier ministre", "X, ex Ceo di Y": the organisation comes after it);
    not "l'ex Spezia" (a person told by a former club) nor "(ex Inter e Udinese)" (a career, no origin)."""
    found = []
    for index, token in enumerate(tokens):
        if index in taken or index == 0 or not _capitalised(tokens[index - 1].text):
            continue
        if "," not in sentence[tokens[index - 1].end : token.start]:
            continue
        if token.folded.startswith("ex-") and _capitalised(token.text[3:]) and "-" not in token.text[3:]:
            first, name = index, token.text[3:]
        elif (token.folded == "ex" and index + 1 < len(tokens) and index + 1 not in taken
              and _capitalised(tokens[index + 1].text) and _adjacent(sentence, token, tokens[index + 1])):  # fmt: skip
            first, name = index + 1, tokens[index + 1].text
        else:
            continue
        last = first
        while (last + 1 < len(tokens) and last - first < 2 and last + 1 not in taken
               and _proper(tokens[last + 1]) and _adjacent(sentence, tokens[last], tokens[last + 1])):  # fmt: skip
            last += 1
            name += " " + tokens[last].text
        after = tokens[last + 1].folded if last + 1 < len(tokens) else ""
        if fold_word(name) in _NEVER_NAMES or _is_role(fold_word(name.split()[0])) or (after and _is_role(after)):
            continue
        found.append((first, last, name))
    return found


def _former(words: list[str], first: int, earlier: set[str], markers: set[str]) -> bool:
    """Whether the organisation at ``first`` is of a former post: 'ex-Google', 'former Google', 'former
    distinguished Google scientist' (a word of an earlier step up to three words before it, with no
    small word of a side between them: not 'zuvor bei Alphabet', which the marker decides)."""
    if words[first].startswith("ex-"):
        return True
    for back in range(1, 4):
        if first - back < 0 or words[first - back] in markers:
            return False
        if words[first - back] in earlier:
            return True
    return False


def _joined_at(tokens: list[_Token], first: int, last: int, language: str) -> bool:
    """Whether the name at ``first..last`` is the one an English verb of joining takes before "at" and an
    organisation ("Jane Doe has joined Mara Lind at Globex", "… joined former colleague Mara Lind at Globex",
    "three more former colleagues have joined Suleyman at Microsoft"): someone already there, whom the
    subject joins; the organisation after "at" is where the subject goes."""
    if language != "en" or last + 2 >= len(tokens) or tokens[last + 1].folded not in lexicon.AT_MARKERS:
        return False
    if not _capitalised(tokens[last + 2].text):
        return False
    joins = _folded_set("joins_someone", language)
    verb = first - 1
    while (verb > 0 and first - verb <= 3 and not _capitalised(tokens[verb].text)
           and tokens[verb].folded not in joins):  # fmt: skip
        verb -= 1  # "joined former colleague Mara Lind", "joined his old boss Mara Lind"
    return verb >= 0 and tokens[verb].folded in joins


def _joined_staff(tokens: list[_Token], at: int, language: str) -> bool:
    """Whether the genitive at ``at`` names whose staff a word of joining governs: a noun of a staff
    (list ``collectives``: 'equipo', 'grupo', 'filas', 'team', 'rangs'), at most one adjective between it
    and the genitive, right after that word and its marker or article ('para sumarse al grupo
    parlamentario de Morena', 'se une a las filas de Globex', 'joins the ranks of Globex', 'rejoint
    l'équipe de Vantor'): the organisation is where the person goes, not where they leave."""
    staff = _folded_set("collectives", language)
    noun = at - 1 if at > 0 and tokens[at - 1].folded in staff else at - 2
    if noun < 1 or tokens[noun].folded not in staff or _capitalised(tokens[at - 1].text):
        return False
    small = _folded_set("determiners", language) | _folded_set("to_markers", language) | _SUBJECT_ARTICLES
    ends = {end for _start, end in spans([t.folded for t in tokens], lexicon.JOIN[language])}
    for verb in range(noun - 1, max(-1, noun - 4), -1):
        if verb + 1 in ends:
            return True
        if tokens[verb].folded not in small:
            return False
    return False


def _past_adverbial(sentence: str, tokens: list[_Token], start: int, language: str, markers: set[str]) -> int:
    """Where the object of a verb of leaving begins when a time phrase stands between them ('dejó en
    octubre Endesa', 'ha lasciato dopo nove stagioni l'Atalanta'): up to four lower-case words in
    the same clause, none a marker of a side unless a month, a year or a number follows it ('en
    octubre', not 'to co-found'); ``start`` when there is no such phrase."""
    months = {fold_word(month) for month in lexicon.MONTHS[language]}
    numbers = {fold_word(word) for word in lexicon.NUMBERS[language]}
    people = set(folded_phrase(" ".join(lexicon.GROUP_NOUNS[language])))
    timely = (
        months
        | set(_folded_set("tenure", language))
        | {
            word
            for at, word in enumerate(t.folded for t in tokens)  # a number of seasons, not "two senior researchers"
            if word in numbers and not people & {t.folded for t in tokens[at + 1 : at + 4]}
        }
    )
    at = start
    # German capitalises its units of time: "tritt nach drei Jahren beim HSV ab" (no club "Jahren")
    while at < len(tokens) and at - start < 4 and (not _capitalised(tokens[at].text) or tokens[at].folded in timely):
        if not _adjacent_or_space(sentence, tokens[at], tokens[at + 1]) if at + 1 < len(tokens) else True:
            return start
        word = tokens[at].folded
        if word in markers and not (at + 1 < len(tokens) and (tokens[at + 1].folded in timely
                                                             or tokens[at + 1].folded.isdigit())):  # fmt: skip
            return start
        at += 1
    if at == start or at >= len(tokens) or not _capitalised(tokens[at].text):
        return start
    if not any(t.folded in timely or t.folded.isdigit() for t in tokens[start:at]):
        return start  # no time phrase: "verließ der ehemalige Parteivorsitzende Oskar Lafontaine" is the subject
    return at - 1 if tokens[at - 1].folded in _folded_set("determiners", language) else at


def _in_apposition(
    sentence: str, tokens: list[_Token], mention: _Mention, moving: list[tuple[int, int]], orgs: list[_Mention]
) -> bool:
    """Whether ``mention`` stands in an apposition to a name, after a role: a clause that a comma opens
    right after a capitalised word that is no organisation's, with a role before the organisation and
    no word of moving ("Peter Stefan Herbst, bislang Chefredakteur der SZ-Tochter Lausitzer
    Rundschau, wechselt …", "Kevin R. Convey, editor-in-chief of the Boston Herald, has been named …"):
    where the person is, not where the sentence's move takes them."""
    start = mention.first
    while start > 0 and _one_clause(sentence, tokens[start - 1], tokens[mention.first]):
        start -= 1
    if start == 0 or "," not in sentence[tokens[start - 1].end : tokens[start].start]:
        return False
    after = mention.last + 1  # "Jane Doe, Initech's chief technology officer": the role after a possessive
    owned = (after + 1 < len(tokens) and tokens[after].text == "s" and _is_role(tokens[after + 1].folded)
             and sentence[tokens[mention.last].end : tokens[after].start] in ("'", "’"))  # fmt: skip
    if not _capitalised(tokens[start - 1].text) or (start > mention.first - 1 and not owned):
        return False
    if any(org.first <= start - 1 <= org.last for org in orgs):
        return False  # "DeepMind, the research lab of Google": whose lab it is (_owner_in_apposition)
    roles = range(start, after + 2 if owned else mention.first)
    if not any(_is_role(tokens[i].folded) or _role_compound(tokens[i]) for i in roles):
        return False  # (a role compound counts: "damaliger Deutschland-Chef bei Bahlsen")
    end = mention.last + 1
    while end < len(tokens) and _one_clause(sentence, tokens[mention.last], tokens[end]):
        end += 1
    return not any(start <= at < end for at, _ in moving)


def _role_before_name(sentence: str, tokens: list[_Token], mention: _Mention, moving: list[tuple[int, int]],
                     orgs: list[_Mention], determiners: frozenset[str]) -> bool:  # fmt: skip
    """Whether ``mention`` ends a role told before a name, between the article that opens the clause
    and a comma followed by the name ("El entrenador del Betis, Manuel Pellegrini, dimitió", "Le
    patron de Renault, Luca de Meo, quitte …", "Der Trainer des VfL Wolfsburg, Pierre Littbarski,
    …", "The coach of Chelsea, Graham Potter, …"): the apposition put first, where the person is,
    when no word of moving, appointment or 'new' stands in it ("El nuevo entrenador del Betis, X":
    the post taken, ``_appointed``)."""
    start = mention.first
    while start > 0 and _one_clause(sentence, tokens[start - 1], tokens[mention.first]):
        start -= 1
    if start > 0 and "," not in sentence[tokens[start - 1].end : tokens[start].start]:
        return False
    if tokens[start].folded not in determiners | _SUBJECT_ARTICLES or start + 1 >= mention.first:
        return False  # the clause opens with an article ("El", "L'", "Der", "The"), then the role
    between = range(start + 1, mention.first)
    if not any(_is_role(tokens[at].folded) or tokens[at].text in _TITLES for at in between):
        return False
    if tokens[mention.first - 1].folded not in _GENITIVES and tokens[mention.first - 2].folded not in _GENITIVES:
        return False  # "de", "del", "des", "of" (and an article) before the organisation
    if any(tokens[at].folded in _APPOINTED_FOLDED or _capitalised(tokens[at].text) for at in between
           if not _is_role(tokens[at].folded) and tokens[at].text not in _TITLES and at != start):  # fmt: skip
        return False  # "El nuevo entrenador del", and no other name between ("Il presidente della Roma Dan Friedkin")
    if any(start <= at < mention.first for at, _ in moving):
        return False
    after = mention.last + 1
    if after >= len(tokens) or "," not in sentence[tokens[mention.last].end : tokens[after].start]:
        return False
    if any(org.first == after for org in orgs) or not _name_word(tokens[after]):
        return False
    return after + 1 < len(tokens) and _name_word(tokens[after + 1])  # a name of two words or more


_AGENTS = AGENTS


_APPOINTED = {"named", "appointed", "nombrado", "nombrada", "designado", "designada", "nommé", "nommée", "nominato",
              "nominata", "designato", "designata", "ernannt", "berufen", "nouvel", *_NEW}  # fmt: skip


_APPOINTED_FOLDED = frozenset(fold_word(word) for word in _APPOINTED)


def _appointed(
    tokens: list[_Token], first: int, determiners: frozenset[str], language: str, sentence: str = ""
) -> bool:
    """Whether the organisation at ``first`` is the one of a post someone is given: a word of
    appointment or 'new' and a role before 'of' and it ('nombrado consejero delegado de BBVA', 'è il
    nuovo tecnico del Genoa', 'nouvel entraîneur de Lyon', 'neuer Chefredakteur der X', 'named CEO
    of X'), or a verb of becoming and a role (list ``becomes``: 'to become chief executive of X', 'wird
    Chefin von X', 'pour devenir directrice de X'), or a verb of hiring, its object and a role with no
    comma between ('se nombró a X directora de Globex', 'contrata a X como director de Globex': see
    :func:`_hired_as`), or a verb of accepting, 'como' and a role ('asumió como gerente general de
    Globex'): the destination, not the origin the 'of' would say."""
    becoming = _single_words("becomes", language)
    at = first - 1
    while at >= 0 and first - at <= 2 and tokens[at].folded in determiners and tokens[at].folded not in _GENITIVES:
        at -= 1
    if at < 1 or tokens[at].folded not in _GENITIVES:
        return False
    role = capacity = False
    for back in range(at - 1, max(-1, at - 5), -1):  # up to four words: a role and the word of appointment
        token = tokens[back]
        role = role or _is_role(token.folded) or token.text in _TITLES
        if token.folded in _APPOINTED_FOLDED:
            return role or (back + 1 < at and not _capitalised(tokens[back + 1].text))
        if token.folded in becoming:
            # "wird als Chefin von X abgelöst": a post held, in the capacity "als" says, not one become
            return role and not capacity
        capacity = capacity or (language == "de" and token.folded == "als")
        if (
            role
            and back > 0
            and token.folded in _folded_set("capacities", language)
            and tokens[back - 1].folded in _single_words("accepts", language)
        ):
            return True  # "asumió como gerente general de Globex": the post taken
        if role and sentence and _hired_as(sentence, tokens, back, language):
            return True  # "nombró a Mara Lind directora de Globex"
        if not role and token.folded in _GENITIVES and tokens[back + 1].text.islower():
            continue  # a field of the role after it: "nueva directora de investigación de Vantor"
        if token.folded in _GENITIVES or (_capitalised(token.text) and not (_is_role(token.folded)
                                                                          or token.text in _TITLES)):  # fmt: skip
            return False
    return False


def _hired_as(sentence: str, tokens: list[_Token], last: int, language: str) -> bool:
    """Whether the name that ends at ``last`` is the object of a verb of hiring (list ``hirers``; in
    Spanish after its personal 'a') and the role after it is the post it is given, no comma between
    ('Quorra nombró a Mara Lind directora de Globex', 'contrata a X como director técnico de Globex';
    not 'ficha a X, directora de Globex', where the apposition says where X was)."""
    if last + 1 >= len(tokens) or not _adjacent(sentence, tokens[last], tokens[last + 1]):
        return False
    at = last
    while at > 0 and last - at < 3 and _name_word(tokens[at]):
        at -= 1
    if at == last or at < 0 or _name_word(tokens[at]):
        return False
    if language == "es" and tokens[at].folded == "a" and at > 0:
        at -= 1  # the personal "a"
    return any(end == at + 1 for _start, end in spans([t.folded for t in tokens], lexicon.HIRERS[language]))


def _post_taken(sentence: str, tokens: list[_Token], first: int, determiners: frozenset[str],
                taking: list[tuple[int, int]], leaving: list[tuple[int, int]], language: str) -> bool:  # fmt: skip
    """Whether the organisation at ``first`` is the one of a post a verb of taking gives: a noun of a
    post (list ``post_nouns``, perhaps with an adjective after it) and 'of' before the organisation,
    and the nearest word of moving before the noun, in its clause, one of joining, accepting or
    succeeding ('toma las riendas de X', 'asumirá la presidencia de X', 'se pone al frente de X',
    'prend la tête de X', 'prenderà la guida di X', 'takes the helm of X', 'übernimmt die Leitung
    der X', 'entrato a far parte di X', 'a succédé à Y à la tête de X'): the destination, not the
    origin the 'of' would say. Not after a verb of leaving ('deja la presidencia de X'), nor after a
    verb of hiring, whose object is a person ('hired the head of Apple's team')."""
    at = first - 1
    while at >= 0 and first - at <= 2 and tokens[at].folded in determiners and tokens[at].folded not in _GENITIVES:
        at -= 1
    if at < 2 or tokens[at].folded not in _GENITIVES:
        return False
    if any(end == at and end - start >= 3 for start, end in taking):
        return True  # an idiom of joining that ends before the 'of': "entrato a far parte di X"
    # the noun, perhaps with an adjective after it ("la dirección general de", "la guida tecnica della") or
    # a role and its 'of' ("el cargo de director general de")
    post, other = at - 1, 0
    while post > 0 and at - post <= 4 and not _post_noun(tokens[post].folded, language):
        word = tokens[post].folded
        if not tokens[post].text[:1].islower() or word in determiners:
            return False
        if not (_is_role(word) or word in _GENITIVES):
            other += 1
        if other > 1:
            return False
        post -= 1
    if not _post_noun(tokens[post].folded, language):
        return False
    before = [(start, end, True) for start, end in taking if start <= post and end >= post - 4]
    before += [(start, end, False) for start, end in leaving if start <= post and end >= post - 4]
    if not before:
        return False
    start, _end, takes = max(before, key=lambda found: (found[1], not found[2]))
    return takes and _one_clause(sentence, tokens[start], tokens[post])


def _joined_post(
    words: list[str],
    first: int,
    joins: list[tuple[int, int]],
    froms: set[str] | frozenset[str],
    determiners: frozenset[str],
    language: str,
) -> bool:
    """Whether a phrase of joining whose last noun is one of a post or of a staff (lists ``post_nouns``,
    ``collectives``) ends in 'of' right before the organisation at ``first``: the post or the ranks taken
    there, the destination ('se pasó a las filas del Partido Azul', 'se unió a la bancada del Partido
    Azul', 'quedó al frente de Globex'); not a verb before 'of' ('pasó del Sevilla al Betis': an origin)."""
    staff = _folded_set("collectives", language)
    return any(
        end - start > 2
        and words[end - 1] in froms
        and (_post_noun(words[end - 2], language) or words[end - 2] in staff)
        and (end == first or (end == first - 1 and words[end] in determiners))
        for start, end in joins
    )


def _attribute_start(tokens: list[_Token], at: int, prepositions: frozenset[str], determiners: frozenset[str],
                     taken: set[int], moving: set[int]) -> int:  # fmt: skip
    """The preposition before an article and the attributes of a role that end at ``at`` ('au côté du
    nouveau président Jean-Dominique Senard', 'von der am Freitag interimistisch beförderten
    Technologiechefin Mira Murati'), or ``at`` itself when there is none. The attributes are up to
    five words in lower case — a capitalised word only after a small word between them ('am Freitag')
    —, no name, organisation or word of moving among them (``moving``), and the last in lower case."""
    if not tokens[at].text[:1].islower() or at in moving:
        return at
    glue = _GLUE
    low = at
    while low > 0 and at - low < 5:
        before = low - 1
        word = tokens[before].folded
        if (
            word in prepositions
            and tokens[before].text[:1].islower()
            and (before == 0 or tokens[before - 1].folded not in prepositions)
            and (word in determiners or tokens[low].text[:1].islower())
        ):
            return before  # "du nouveau président": a preposition and its article in one word
        if word in determiners and before > 0 and tokens[before - 1].folded in prepositions:
            return before - 1  # "von der … beförderten Technologiechefin"
        text = tokens[before].text
        if before in taken or before in moving or not text[:1].isalpha() or word in glue:
            return at
        if word in determiners and not tokens[low].text[:1].isupper():
            return at  # another noun's article ("della sicurezza e dell'altro co-fondatore"), not "am Freitag"
        if text[:1].isupper() and not (before > 0 and tokens[before - 1].folded in prepositions | determiners):
            return at
        low = before
    return at


_WHERE = frozenset(word.casefold() for words in lexicon._LEXICON.per_language["where"].values() for word in words)
"""Relative adverbs of place (list ``where``): 'Montpellier, où Romain Pitau a pris place sur le banc'; with
their accents ('où', not the 'ou' of 'or')."""


_LED_NOW_BY = {language: tuple(words) for language, words in lexicon._LEXICON.per_language["led_by"].items()}
"""Who now leads an organisation, in a relative clause after it: 'à Troyes, qui est désormais dirigé par X'.
(Not German: its relative clause puts the verb after the name, 'der jetzt von X trainiert wird'.)"""


_NOW = _in_any_language("now")
"""Adverbs of now (list ``now``): a relative clause that says who leads an organisation *now* tells of a change."""


def _joined_where(who: _Mention, orgs: list[_Mention], tokens: list[_Token], sentence: str,
                  language: str) -> _Mention | None:  # fmt: skip
    """The organisation a relative clause after it says a person comes to (:func:`_where_joined`,
    :func:`_led_now`), or None."""
    return _where_joined(who, orgs, tokens, sentence, language) or _led_now(who, orgs, tokens, sentence, language)


def _led_now(who: _Mention, orgs: list[_Mention], tokens: list[_Token], sentence: str,
             language: str) -> _Mention | None:  # fmt: skip
    """The organisation a person now leads, told in a relative clause after it, in the sentence that
    tells of another's leaving it: an organisation, a comma, a relative pronoun ('qui', 'che', 'que',
    'which', 'der' …), an adverb of now and a phrase of leading right before the name ('à Troyes, qui est
    désormais dirigé par Patrick Kisnorbo', 'le Sco, qui est maintenant sous les ordres d'Abdel
    Bouhazama'): he comes to it. None otherwise ('Google, which is led by Sundar Pichai')."""
    words = [t.folded for t in tokens]
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    led = [(start, end) for start, end in spans(words, _LED_NOW_BY.get(language, ())) if end == who.first]
    if not led:
        return None
    low, _high = clause_of(sentence, starts, ends, led[0][0])
    relatives = _folded_set("relatives", language) | {"who", "which", "qui", "che", "que"}
    if low == 0 or words[low] not in relatives or not _NOW & set(words[low : led[0][0]]):
        return None
    return next((org for org in orgs if org.last == low - 1), None)


def _where_joined(who: _Mention, orgs: list[_Mention], tokens: list[_Token], sentence: str,
                  language: str) -> _Mention | None:  # fmt: skip
    """The organisation a person comes to in a relative clause of place after it: an organisation, a
    comma and 'où', 'donde', 'dove', 'wo', 'where', the person at most two words later, and after the
    name in that clause a word of joining or succeeding ('… renvoyé, le 17 octobre, par Montpellier, où
    Romain Pitau l'a remplacé'; 'beim HSV, wo Bruno Labbadia übernimmt') or no word of leaving, of an
    earlier post or of staying ('par Montpellier, où Romain Pitau a pris place sur le banc'). None
    otherwise ('Google, where he worked for three years')."""
    words = [t.folded for t in tokens]
    for at in range(max(1, who.first - 3), who.first):
        if tokens[at].text.casefold() not in _WHERE or "," not in sentence[tokens[at - 1].end : tokens[at].start]:
            continue
        org = next((org for org in orgs if org.last == at - 1), None)
        gaps = [sentence[tokens[i - 1].end : tokens[i].start] for i in range(1, len(tokens))]  # gaps[i - 1]: before i
        if org is None or any("," in gaps[i - 1] for i in range(at + 1, who.first + 1)):
            return None
        end = next((i for i in range(who.last + 1, len(tokens)) if re.search(r"[,;:()–—]", gaps[i - 1])), len(tokens))
        joins = spans(words[:end], lexicon.JOIN[language] + lexicon.REPLACES[language])
        others = spans(words[:end], lexicon.LEAVE[language] + lexicon.REPLACED_BY[language] + lexicon.EARLIER[language]
                       + lexicon.STAY[language])  # fmt: skip
        if any(start > who.last for start, _ in joins) or not any(start > who.last for start, _ in others):
            return org  # "où Romain Pitau a pris place sur le banc": nothing says he left or was there before
        return None
    return None


def _paired(who: _Mention, orgs: list[_Mention], tokens: list[_Token], sentence: str,
            language: str) -> _Mention | None:  # fmt: skip
    """The organisation right after a name, with only a small word of a side or place and an article
    between them, in one clause ('Julien Stéphan à Strasbourg et Lucien Favre à Nice', 'Manolo
    Jiménez en la UD Las Palmas, Rubén Baraja en el Sporting'): that name's own, whichever is nearer
    to it otherwise; None when no organisation stands so."""
    markers = (_folded_set("from_markers", language) | _folded_set("to_markers", language)
               | _folded_set("locatives", language))  # fmt: skip
    determiners = _folded_set("determiners", language)
    for org in orgs:
        between = tokens[who.last + 1 : org.first]
        if (1 <= len(between) <= 2 and between[0].folded in markers
                and all(t.folded in determiners for t in between[1:])
                and _adjacent_or_space(sentence, tokens[who.last], tokens[org.first])):  # fmt: skip
            return org
    return None


def _employers_in_order(lists: dict[int, list[_Mention]], orgs: list[_Mention], sentence: str,
                        tokens: list[_Token], language: str) -> dict[int, list[_Mention]]:  # fmt: skip
    """For each person of a list that is the object of a verb that dismisses or hires, whose subject
    is a list of as many organisations joined by 'and' ('Brest et Auxerre, qui ont démis … Michel Der
    Zakarian et Jean-Marc Furlan', 'Genoa e Sassuolo hanno esonerato X e Y'): the other organisations,
    which are not theirs — each organisation dismisses the person in its place, as with 'respectively'.
    Nothing when the counts differ or the organisations are not one list right before the verb."""
    words = [t.folded for t in tokens]
    glue = _GLUE
    relatives = _folded_set("relatives", language) | {"qui", "che", "que", "who", "which", "die", "der"}
    found: dict[int, list[_Mention]] = {}
    for start, _end in spans(words, lexicon.DISMISS[language] + lexicon.HIRERS[language]):
        subject = [org for org in orgs if org.last < start]
        chain: list[_Mention] = []
        for org in reversed(subject):  # the organisations right before the verb, joined by "and" or commas
            between = chain[0].first if chain else start
            gap = [w for w in words[org.last + 1 : between] if w not in glue | relatives | _DEFINITE]
            if chain and gap:
                break
            if not chain and (len(gap) > 1 or (gap and _capitalised(tokens[org.last + 1].text))):
                break  # (one word may stand before the verb, an auxiliary: "Chelsea and Arsenal have sacked")
            chain.insert(0, org)
        if len(chain) < 2 or not any(w in glue for w in words[chain[-2].last + 1 : chain[-1].first]):
            continue
        groups = [g for g in {id(g[0]): g for g in lists.values()}.values() if len(g) >= 2 and g[0].first > start]
        group = min(groups, key=lambda g: g[0].first, default=None)
        if group is None or len(group) != len(chain):
            continue
        for person, org in zip(group, chain, strict=True):
            found[id(person)] = [other for other in chain if other is not org]
    return found


def _subject_of(who: _Mention, orgs: list[_Mention], tokens: list[_Token], sentence: str,
                language: str) -> _Mention | None:  # fmt: skip
    """The organisation that dismisses or hires ``who``, its object: the one that stands before an active
    verb of dismissal or hiring which ends at most four words before the name, in its clause ('el
    Extremadura rescindió el contrato a Juan Sabas', 'La Roma ha scelto X'), that a relative clause of
    that verb follows ('il Genoa, che licenzia Cesare Prandelli') or that is the sentence's first, with
    no name before it ('La Lazio …, allontanando Marco Baroni'): a copy of it as the origin (dismissal)
    or the destination (hiring); None when the name is no such object."""
    words = [t.folded for t in tokens]
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    low, _high = clause_of(sentence, starts, ends, who.first)
    passive = {start for start, _ in spans(words, lexicon.PASSIVE[language])}
    tables = (("from", lexicon.DISMISS[language]), ("to", lexicon.HIRERS[language]))
    participle = _participle_after(who, tokens, sentence, tables, language)
    for side, table in tables:
        verbs = [(start, end) for start, end in spans(words, table)
                 if low <= start and who.first - 4 <= end <= who.first
                 and not any(start - 2 <= p < start for p in passive)]  # fmt: skip  # not "fue despedido"
        if participle is not None:  # "Quorra hat X entlassen und Y geholt": the participle after Y
            verbs = [(participle[1], participle[1])] if participle[0] == side else []
        if not verbs or any(_capitalised(t.text) for t in tokens[verbs[-1][1] : who.first]):
            continue
        verb = verbs[-1][0]
        before = [org for org in orgs if org.last < verb and low <= org.first]  # its clause: the subject
        relative = low > 0 and words[low] in _folded_set("relatives", language)
        before += [org for org in orgs if relative and org.last == low - 1]  # "il Genoa, che licenzia X"
        first = min(orgs, key=lambda org: org.first, default=None)  # the sentence's subject: no name before it
        if not before and first is not None and first.last < verb:  # "La Lazio …, allontanando X", "…, y nombró a X"
            before = [] if any(_name_word(t) for t in tokens[1 : first.first]) else [first]
        if before:
            subject = max(before, key=lambda org: (org.record_id is not None, org.last))
            return dataclasses.replace(subject, side=side, how="dismissed", bound=False)
    return None


def _governed_sides(who: _Mention, orgs: list[_Mention], tokens: list[_Token], sentence: str,
                    language: str) -> list[_Mention]:  # fmt: skip
    """The organisations of ``who`` with the side of the word of moving that governs it: the nearest verb
    or noun of leaving or dismissing (``"from"``) or of joining or hiring (``"to"``) that ends at most
    three words before the name, in its clause, with no other name between ('l'esonero di X', 'le
    limogeage de X', 'la destitución de X', 'die Entlassung von X', 'and appointed X'). When the name
    has no organisation on that side, the ones another verb of the sentence placed on the other side
    (a side set by a verb or by default, not by a marker, a role or an earlier post) take it: 'Dopo
    l'esonero di X, il Genoa ha scelto Y' is X leaving the Genoa."""
    words = [t.folded for t in tokens]
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    low, _high = clause_of(sentence, starts, ends, who.first)
    tables = (("from", lexicon.LEAVE[language] + lexicon.DISMISS[language]),
              ("to", lexicon.JOIN[language] + lexicon.HIRERS[language]))  # fmt: skip
    found = [(end, side) for side, table in tables
             for start, end in spans(words, table) if low <= start and who.first - 3 <= end <= who.first]  # fmt: skip
    participle = _participle_after(who, tokens, sentence, tables, language)
    if participle is not None:  # "Quorra hat X entlassen und Y geholt": not the verb before Y
        found = [(who.first, participle[0])]
    if not found:
        return orgs
    last = max(end for end, _side in found)
    sides = {side for end, side in found if end == last}
    if len(sides) != 1 or any(_name_word(t) for t in tokens[last : who.first]):
        return orgs
    side = sides.pop()
    if any(org.side == side for org in orgs):
        return orgs
    other = "to" if side == "from" else "from"
    how = "governed" if side == "from" else "verb"  # (a leaver's pattern is no hiring: "move-verb")
    return [dataclasses.replace(org, side=side, how=how) if org.side == other
            and org.how in ("verb", "default", "dismissed") else org for org in orgs]  # fmt: skip


def _replaced_ones(people: list[_Mention], how: dict[int, str], orgs: list[_Mention], tokens: list[_Token],
                   sentence: str, language: str) -> list[_Mention]:  # fmt: skip
    """The people a passive of replacing has as its subject: before 'sostituito da', 'replaced by',
    'remplacé par' whose successor the sentence names, the nearest name, with no other name, no word of
    joining or hiring and no destination between, and no word of moving in its own clause before it (the
    antecedent of a relative or of a participle: 'Luca Gotti al Lecce, che … è stato sostituito da Marco
    Giampaolo', 'quello di Alberto Gilardino dal Genoa, esonerato … e sostituito da Patrick Vieira'):
    each leaves the organisation its successor comes to."""
    words = [t.folded for t in tokens]
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    successors = [m for m in people if how.get(id(m)) == "successor"]
    moving = spans(words, lexicon.LEAVE[language] + lexicon.JOIN[language] + lexicon.HIRERS[language]
                   + lexicon.REPLACES[language])  # fmt: skip
    joining = spans(words, lexicon.JOIN[language] + lexicon.HIRERS[language])
    found = []
    for start, end in spans(words, lexicon.REPLACED_BY[language]):
        if not any(0 <= m.first - end <= 6 for m in successors):
            continue
        before = [m for m in people if m.last < start]
        if not before:
            continue
        mention = before[-1]
        low, _high = clause_of(sentence, starts, ends, mention.first)
        if (
            id(mention) in how
            or any(low <= s < mention.first for s, _e in moving)
            or any(mention.last < s < start for s, _e in joining)
            or any(mention.last < org.first < start and org.side == "to" for org in orgs)
        ):
            continue
        found.append(mention)
    return found


def _agent_side(words: list[str], first: int, determiners: frozenset[str], leaves: list[tuple[int, int]],
                joins: list[tuple[int, int]], right_after: bool = False,
                phrases: dict[int, int] | None = None) -> str | None:  # fmt: skip
    """The side of an organisation that is the agent of a passive of leaving or joining, a few words
    after it ('renvoyé, le 17 octobre, par Montpellier', 'despedido por el club', 'recruté par Meta'):
    ``"from"`` after a word of leaving (who dismisses is where someone was), ``"to"`` after one of
    joining or hiring; None when it is no such agent. With ``phrases`` (the end -> the start of each
    phrase of an agent, list ``agent_phrases``), only an agent after one of them: "l'ingaggio di X da
    parte di Meta", "la destitución de X por parte del Sevilla"."""
    at = first - 1
    if phrases is not None:
        while at >= 0 and at + 1 not in phrases and words[at] in determiners:
            at -= 1
        if at + 1 not in phrases:
            return None
        at = phrases[at + 1]
    else:
        while at >= 0 and words[at] in determiners and words[at] not in _AGENTS:
            at -= 1
        if at < 1 or words[at] not in _AGENTS:
            return None
    for side, found in (("from", leaves), ("to", joins)):  # a verb, not a role ("Mitgründer von OpenAI")
        if any((end == at if right_after else at - 6 <= end <= at) and not _is_role(words[end - 1])
               for _start, end in found):  # fmt: skip
            return side
    return None


def _left_for_object(words: list[str], mention: _Mention, mentions: list[_Mention], leaves: list[tuple[int, int]],
                     leave_for: set[str], determiners: frozenset[str]) -> bool:  # fmt: skip
    """Whether the organisation at ``mention`` follows a verb of leaving, its object and 'for' (list
    ``leave_for``): 'deja Globex por Vantor', 'dejó el Sevilla por el Betis' -- where the person goes,
    not the agent of a passive that the 'por' could mark ('despedido por el club')."""
    at = mention.first - 1
    while at >= 0 and words[at] in determiners:
        at -= 1
    if at < 1 or words[at] not in leave_for:
        return False
    left = next((other for other in mentions if other.last == at - 1), None)
    if left is None:
        return False
    verb = left.first - 1
    while verb >= 0 and words[verb] in determiners:
        verb -= 1
    return any(end == verb + 1 for _start, end in leaves)


def _possessive_employers(people: list[_Mention], orgs: list[_Mention], sentence: str,
                          tokens: list[_Token]) -> tuple[list[_Mention], list[_Mention]]:  # fmt: skip
    """A new name with a possessive ''s' and then, past at most two words of a role, another name is
    that one's organisation, no person ("Paris St-Germain's Laurent Blanc", "Eastgate's coach Ben Lowe")."""
    kept, found = [], list(orgs)
    taken = {i for m in [*people, *orgs] for i in range(m.first, m.last + 1)}
    for mention in people:  # "Eastgate's coach Ben Lowe": one capitalised word no name takes
        at = mention.first
        while at > 0 and _is_role(tokens[at - 1].folded) and mention.first - at < 2:
            at -= 1
        if (
            at >= 2
            and tokens[at - 1].folded == "s"
            and re.fullmatch(r"['’]", sentence[tokens[at - 2].end : tokens[at - 1].start])
            and at - 2 not in taken
            and _capitalised(tokens[at - 2].text)
            and at - 2 > 0
        ):
            found.append(_Mention(at - 2, at - 2, tokens[at - 2].text, None, side="from", how="role-of"))
    for mention in people:
        at = mention.last + 1
        nxt = next((m for m in people if m.first > mention.last), None)
        if (
            mention.record_id is None
            and nxt is not None
            and at < len(tokens)
            and tokens[at].folded == "s"
            and re.fullmatch(r"['’]", sentence[tokens[mention.last].end : tokens[at].start])
            and nxt.first - at <= 3
            and all(_is_role(t.folded) for t in tokens[at + 1 : nxt.first])
        ):
            found.append(dataclasses.replace(mention, side="from", how="role-of"))
        else:
            kept.append(mention)
    return kept, sorted(found, key=lambda m: m.first)


def _own_employer(who: _Mention, orgs: list[_Mention], sentence: str, tokens: list[_Token]) -> _Mention | None:
    """The organisation a role or a possessive puts right before a name, in its clause, with only words of
    a role and a possessive ''s' between ("Borussia Dortmund boss Jurgen Klopp", "Atletico Madrid's manager
    Diego Simeone"), or a genitive right after it ("Vincenzo Italiano della Fiorentina", "X vom HSV"):
    that person's own; None when none stands so."""
    for org in orgs:
        between = tokens[org.last + 1 : who.first]
        if (
            org.last < who.first
            and len(between) <= 3
            and not re.search(r"[,;:()–—]", sentence[tokens[org.last].end : tokens[who.first].start])
            and all(_is_role(t.folded) or t.folded == "s" for t in between)
        ):
            return org
    for org in orgs:
        between = tokens[who.last + 1 : org.first]
        if (
            len(between) == 1
            and between[0].folded in _GENITIVES
            and _adjacent_or_space(sentence, tokens[who.last], tokens[org.first])
        ):
            return org
        # an apposition: "Hugo Malet, l'entraîneur de Lorient, est pressenti", "X, técnico del Alcora, suena"
        if (
            2 <= len(between) <= 4
            and "," in sentence[tokens[who.last].end : tokens[who.last + 1].start]
            and between[-1].folded in _GENITIVES
            and any(_is_role(t.folded) for t in between[:-1])
            and _adjacent_or_space(sentence, between[0], tokens[org.first])
        ):
            return org
    return None


def _others_employers(who: _Mention, people: list[_Mention], orgs: list[_Mention], sentence: str,
                      tokens: list[_Token]) -> list[_Mention]:  # fmt: skip
    """The origins among ``orgs`` that are another person's own (:func:`_own_employer`: "il veterano di
    Google Christian Szegedy", "insieme all'ex OpenAI Mira Murati", "Alexandr Wang, ex CEO di Scale AI"),
    not ``who``'s: where that one is or was, not where ``who`` leaves. Not one told before both of a
    list ("Vantor-Trainer Mara Lind und ihr Assistent Jane Doe verlassen den Verein": one role, one club)."""
    mine = _own_employer(who, orgs, sentence, tokens)
    out = []
    for other in people:
        if other is who:
            continue
        theirs = _own_employer(other, orgs, sentence, tokens)
        if theirs is None or theirs is mine or theirs.side != "from":
            continue
        low, high = sorted((other, who), key=lambda m: m.first)
        between = tokens[low.last + 1 : high.first]
        shared = (theirs.last < low.first and len(between) <= 4
                  and any(t.folded in _GLUE for t in between))  # fmt: skip
        if not shared:
            out.append(theirs)
    return out


def _replaced_with_object(sentence: str, tokens: list[_Token], end: int, language: str) -> bool:
    """Whether an active word of succession ending at ``end`` has an object and then a preposition of its
    successor ('replaced Sean Dyche with David Moyes', 'ersetzt Tim Walter durch X', 'a remplacé X par
    Y'): a capitalised name (one to three words, the object) right after it, then a word of the list
    ``replaced_with`` and a capitalised word, in one clause. Whoever does that replaces one person by
    another: an employer, not the successor ('Moyes replaced Dyche at Everton' has no such preposition)."""
    prepositions = _folded_set("replaced_with", language)
    at = end + 1 if end < len(tokens) and tokens[end].folded == "a" and language == "es" else end
    first = at
    while at < len(tokens) and at - first < 3 and _name_word(tokens[at]):
        at += 1
    if at == first or at + 1 >= len(tokens) or tokens[at].folded not in prepositions:
        return False
    return _capitalised(tokens[at + 1].text) and _one_clause(sentence, tokens[first], tokens[at + 1])


def _replaced_with(people: list[_Mention], predecessor: _Mention, words: list[str], language: str,
                   clauses: set[int]) -> dict[int, str]:  # fmt: skip
    """The successor an active word of succession names after its object and a preposition ('replaced
    X with Y', 'replaced him with Y', 'sustituyó a X por Y', 'a remplacé X par Y'): the first person
    one to three words after that preposition, which stands within three words of the predecessor
    (or of the word of succession, for a pronoun) in its clause; ``{id: "successor"}``, and the
    predecessor itself when the name right after the word of succession was the successor."""
    prepositions = _folded_set("replaced_with", language)
    for mention in people:
        if mention is predecessor or mention.first <= predecessor.last:
            continue
        between = range(predecessor.last + 1, mention.first)
        if len(between) > 4 or clauses & set(range(predecessor.last + 1, mention.first + 1)):
            break
        if any(words[at] in prepositions for at in between):
            return {id(mention): "successor"}
        break
    return {}
