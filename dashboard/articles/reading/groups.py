"""Unnamed groups and lists of people: a number or a quantity before a noun of people, a part of a set,
the members listed after a group sentence, and lists whose names each carry their own organisation (in
brackets, 'respectively', one after the other).
"""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from dashboard.articles import lexicon
from dashboard.articles.patterns import (
    clause_of,
    spans,
)
from dashboard.articles.reading.names import _GENITIVES, _is_role, _name_word, _shaped_as_name
from dashboard.articles.reading.text import (
    _adjacent,
    _capitalised,
    _folded_set,
    _has_group_noun,
    _Mention,
    _moving_words,
    _people_noun,
    _plural_verb,
    _single_words,
)
from dashboard.articles.words import fold_word

if TYPE_CHECKING:
    from dashboard.articles.reading.text import _Token


def _listed_after_person(people: list[_Mention], orgs: list[_Mention], sentence: str, tokens: list[_Token],
                         language: str) -> tuple[list[_Mention], list[_Mention]]:  # fmt: skip
    """The people and organisations of a sentence, with a single unknown word that the same preposition
    governs as a person just before it, after an 'and' ('prima di De Rossi e poi di Juric', 'la salida de
    Javier Marín y de Cano'), read as a person: the list goes on with the same kind of name."""
    glue = _GLUE | _folded_set("sequels", language)
    moved = []
    for org in orgs:
        if org.record_id is not None or org.first != org.last or org.described:
            continue
        before = [m for m in people if m.last < org.first]
        if before and _repeated_preposition(before[-1], org, sentence, tokens, glue):
            moved.append(org)
    if not moved:
        return people, orgs
    named = [_Mention(org.first, org.last, org.name, None) for org in moved]
    return (sorted([*people, *named], key=lambda m: m.first),
            [org for org in orgs if all(org is not m for m in moved)])  # fmt: skip


def _repeated_preposition(before: _Mention, mention: _Mention, sentence: str, tokens: list[_Token],
                          glue: set) -> bool:  # fmt: skip
    """Whether ``mention`` continues a list of what one noun governs, its preposition said again after
    the 'and' ("les départs de Jason Wei et de Zhiqing Sun", "les démissions de la directrice … Julia
    Villagra et de la directrice des communications Hannah Wong", "l'esonero di X e di Y", "the
    departures of X and of Y", "la salida del presidente X y del director Y"): the same preposition
    stands a few words before ``before``, and the words after it up to the name are an article and a
    lower-case role, no punctuation."""
    start = before.last + 1  # past a bracket of its own: "d'Armin Veh (Hamburger SV) et de Jürgen Klopp"
    if start < mention.first and sentence[tokens[before.last].end : tokens[start].start].strip() == "(":
        close = sentence.find(")", tokens[before.last].end)
        start = next((i for i in range(start, mention.first) if tokens[i].start > close), mention.first)
    between = tokens[start : mention.first]
    while len(between) > 2 and between[0].folded in glue and between[1].folded in glue:
        between = between[1:]  # "e poi di X": an adverb of a sequence after the "and"
    if len(between) < 2 or between[0].folded not in glue or between[1].folded not in _GENITIVES:
        return False
    if re.search(r"[^\w\s'’]", sentence[between[0].start : tokens[mention.first].start]):
        return False
    if any(_capitalised(token.text) for token in between[2:]):
        return False
    said = {between[1].folded, "d'" if between[1].folded == "de" else between[1].folded}  # "d'Armin … et de"
    return any(token.folded in said for token in tokens[max(0, before.first - 6) : before.first])


_GLUE = lexicon.CONJUNCTIONS | {"and", "et", "und", "y", "e", "ed"}
"""Words that join the names of a list ('X, Y and Z', 'X und Y', 'X e Y')."""


def _list_start(sentence: str, tokens: list[_Token], language: str) -> int | None:
    """The index of the first word of a list of a group's members: after 'darunter', 'among them',
    'tra cui', 'se trata de' ..., or after a colon that follows a noun of people ('trois chercheurs
    de chez OpenAI : Lucas Beyer, ...'); None when the sentence has no such list."""
    words = [token.folded for token in tokens]
    listed = spans(words, lexicon.MEMBERS[language])
    if listed:
        return listed[0][1]
    for index in range(1, len(tokens)):
        if ":" in sentence[tokens[index - 1].end : tokens[index].start] and _has_group_noun(words[:index], language):
            return index
    return None


def _closing_list(people: list[_Mention], sentence: str, tokens: list[_Token]) -> int | None:
    """The index of the first name of a list of two or more names that ends the sentence and is all the
    people it names ('The others are Ruoming Pang, Tom Gunter, Mark Lee, Bowen Zhang, and Yun Zhu.',
    'Sono A, B e C.'): the predicate of a sentence that says who the people of the move before are;
    None when the sentence has no such list."""
    if len(people) < 2:
        return None
    glue = _GLUE
    for before, mention in itertools.pairwise(people):
        between = sentence[tokens[before.last].end : tokens[mention.first].start]
        if re.search(r"[^\w\s,]", between) or not all(w.casefold() in glue for w in re.findall(r"\w+", between)):
            return None
    if re.search(r"\w", sentence[tokens[people[-1].last].end :]):
        return None  # the names do not end it
    return people[0].first


def _partitive_owner(sentence: str, tokens: list[_Token], mentions: list[_Mention], taken: set[int]) -> None:
    """The owner of a group told as a part of someone's people, in English, with a verb of hiring: "Globex has
    poached many of Quorra's top researchers" (a new organisation), "OpenAI … as Meta has poached many of its
    top AI researchers" (the organisation before, of no side, when another is where they go) -- where they
    come from. Adds it to ``mentions`` or sets its side there."""
    quantifiers = _folded_set("quantifiers", "en")
    for at in range(1, len(tokens) - 2):
        if tokens[at - 1].folded not in quantifiers or tokens[at].folded != "of":
            continue
        owner = at + 1
        if tokens[owner].folded == "its" and any(m.side == "to" for m in mentions):
            before = [m for m in mentions if m.side is None and m.last < at]
            if len(before) == 1:
                before[0].side, before[0].how = "from", "owner"
        elif (tokens[owner + 1].text == "s" and owner not in taken and _name_word(tokens[owner])
              and re.fullmatch(r"['’]", sentence[tokens[owner].end : tokens[owner + 1].start])):  # fmt: skip
            mentions.append(_Mention(owner, owner, tokens[owner].text, None, side="from", how="owner"))
            taken.add(owner)


def _refers_back_plural(words: list[str], language: str, clauses: set[int] = frozenset()) -> bool:
    """Whether a sentence opens with a pronoun for several people ('Sie wechseln', 'They', 'Ils',
    'Beide'); the German 'sie' only with a verb in the plural next to it."""
    opening = [start for start, _ in spans(words, lexicon.PLURAL_PRONOUNS[language]) if start <= 2 or start in clauses]
    if not opening:
        return False
    at = opening[0]
    if language == "de" and words[at] == "sie":
        near = words[max(0, at - 1) : at] + words[at + 1 : at + 2]
        return any(_plural_verb(word) for word in near)
    return True


_PARTITIVE = frozenset(("of", "der", "des", "von", "de", "del", "du", "d'", "di", "dei", "degli", "delle", "della",
                        "dello", "dell'"))  # fmt: skip
"""Prepositions, alone or with an article, after a word of a part of a set ('most of', 'la metà dei')."""


_SIZED = re.compile(r"\d+-(?:person|people|member|strong|man|köpfige[nmr]?|kopfige[nmr]?)")
"""A number and a noun of people made one adjective ('the 70-person operation', 'das 20-köpfige Team')."""


def _portions(tokens: list[_Token], nouns: set[str], language: str) -> list[tuple[int, int]]:
    """Where a part of a set of people stands, from the word of the part to the noun of people: a word of
    a part ('most', 'Hälfte', 'mayor parte', 'moitié', 'metà': list ``portions``) and a preposition of a
    part, then within four words a noun of people, a noun of a staff ('staff', 'Belegschaft', 'plantilla':
    list ``collectives``) or a number made an adjective ('the 70-person operation'): 'most of the staff',
    'die Hälfte der Mitarbeiter', 'la mayor parte de la plantilla', 'la metà dei dipendenti', a group
    whose headcount the text does not give. A share of a whole set a number counts ('die Hälfte der 14
    Autoren') is none, as the number's whole set is none."""
    words = [token.folded for token in tokens]
    staff = _folded_set("collectives", language)
    numbers = {fold_word(word) for word in lexicon.NUMBERS[language][2:]}
    found = []
    for low, high in spans(words, lexicon.PORTIONS[language]):
        if high >= len(words) or (words[high] not in _PARTITIVE and words[high - 1] != "meisten"):
            continue  # "the most senior researchers": a superlative, no part
        if low and _capitalised(tokens[low].text) and language != "de":
            continue  # "Meta dei …": the company, written as "metà" is folded
        for ahead in range(high, min(len(words), high + 5)):
            if words[ahead].isdigit() or words[ahead] in numbers:
                break  # "die Hälfte der 14 Autoren": a share of a whole set counted, no group of its own
            if _people_noun(words[ahead], nouns, language) or words[ahead] in staff:
                found.append((low, ahead))
                break
            if _SIZED.fullmatch(words[ahead]) and ahead + 1 < len(words):
                found.append((low, ahead + 1))
                break
    return found


def _one_unnamed(sentence: str, tokens: list[_Token], language: str, covered: set[int]) -> list[tuple]:
    """Unnamed people of one: an indefinite article that opens the sentence or follows a verb of moving or
    hiring, at most three words (no small word; in lower case, or written as a name such as 'OpenAI'),
    and a noun of one person at work, nothing but spaces between ('A former post-training lead at
    OpenAI announced a move to Anthropic', 'Meta has hired a top researcher from Google', 'Ein
    Forscher von OpenAI wechselt …'): groups of one, as (text, 1, index). Not an apposition
    or a predicate ('Max Schwarzer, a top researcher at OpenAI, just left', 'fue un ejecutivo de
    OpenAI'): that one is named."""
    articles = _folded_set("indefinite_articles", language)
    nouns = _folded_set("person_nouns", language)
    small = _folded_set("stopwords", language) | _folded_set("prepositions", language)
    verbs = _moving_words(language) | _single_words("hirers", language)
    found = []
    for index, token in enumerate(tokens):
        if token.folded not in articles or index in covered:
            continue
        if index and tokens[index - 1].folded not in verbs:
            continue  # the sentence's subject or a verb's object only: not "X, a top researcher at OpenAI, …"
        for ahead in range(index + 1, min(len(tokens), index + 5)):
            if ahead in covered or not _adjacent(sentence, tokens[ahead - 1], tokens[ahead]):
                break  # "Ein Dutzend Forscher": the group of a number, not of one
            if tokens[ahead].folded in small:
                break
            word = tokens[ahead].folded
            if _people_noun(word, nouns, language):
                found.append((sentence[token.start : tokens[ahead].end], 1, index))
                break
            if _capitalised(tokens[ahead].text) and not _shaped_as_name(tokens[ahead].text) and language != "de":
                break  # "a Google researcher" is not read; only "an OpenAI researcher" (a name's shape)
    return found


_AUXILIARIES_DE = frozenset(("hat", "haben", "hatte", "hatten"))


_EXAMPLES = frozenset(("comme", "come", "como", "wie", "like"))
"""Words of an example after a noun of people ('des profils prestigieux, comme X')."""


_BARE_ARTICLES = frozenset(("des", "a", "dei", "degli", "delle"))
"""Partitive articles and the Spanish 'a' of a person, between a verb and a plural of no number ('recrute des
chercheurs', 'ficha a investigadores', 'assume dei ricercatori')."""


def _bare_plurals(sentence: str, tokens: list[_Token], language: str, covered: set[int], nouns: set[str]) -> list:
    """Unnamed people of no number and no quantifier: a plural noun of people of a trade right after a verb
    of hiring or losing someone, or after its partitive article ('Globex poached researchers from Quorra',
    'Globex a recruté des chercheurs de Quorra', 'ha fichado a investigadores de Quorra', 'hat Forscher von
    Quorra abgeworben', 'stia «saccheggiando» ricercatori da OpenAI'): groups of unknown headcount, as (text,
    None, index). Not a subject ('researchers say …', 'employees protested'), nor a noun before a name
    ('hired researchers Jane Doe and …': they are named)."""
    verbs = _single_words("hirers", language) | _single_words("losers", language)
    words = [token.folded for token in tokens]
    examples = {low for low, _high in spans(words, lexicon.MEMBERS[language])}
    found = []
    for index, token in enumerate(tokens):
        if index in covered or not index or not _people_noun(token.folded, nouns, language):
            continue
        before = index - 1 - (index > 1 and tokens[index - 1].folded in _BARE_ARTICLES)
        # (German puts the participle last: "hat Forscher von Quorra abgeworben")
        last = tokens[before].folded in _AUXILIARIES_DE and any(t.folded in verbs for t in tokens[index + 1 :])
        if not (tokens[before].folded in verbs or (last and language == "de")) or (
            before < index - 1 and language == "en"
        ):
            continue
        if index + 1 < len(tokens) and _name_word(tokens[index + 1]) and language != "de":
            continue  # "hired researchers Jane Doe and …": the people are named
        if any(low in examples or words[low] in _EXAMPLES for low in range(index + 1, min(len(words), index + 4))):
            continue  # "recruter des profils prestigieux, comme le CEO de Scale AI, X": named by its examples
        found.append((token.text, None, index))
    return found


def _counted(tokens: list[_Token], index: int, language: str) -> bool:
    """Whether the word at ``index`` follows a number ('Drei Wissenschaftler'), also across one adjective
    in lower case ('Zwei leitende Forscher', 'three senior researchers'): a group, not a role."""
    numbers = {fold_word(word) for word in lexicon.NUMBERS[language]}

    def number(at: int) -> bool:
        return at >= 0 and (tokens[at].folded in numbers or tokens[at].folded.isdigit())

    return index > 0 and (number(index - 1) or (index > 1 and tokens[index - 1].text.islower() and number(index - 2)))


def _paired_list(people: list[_Mention], sentence: str, tokens: list[_Token], orgs: list[_Mention], language: str,
                 glue: set) -> list[list[_Mention]]:  # fmt: skip
    """The lists of names that each carry their own organisation: between two names only a small word
    of place or side and the first one's organisation, then a comma or an 'and', and at most an article
    and a role before the next name ('Manolo Jiménez en la UD Las Palmas, Rubén Baraja en el Sporting y
    José Ramón Sandoval en el Córdoba CF', 'Julien Stéphan à Strasbourg et Lucien Favre à Nice', 'mit
    Florian Königsbüscher von Rewe, den Frische-Profi Dietmar Frötscher von Kaufland'). Each list in
    order, of two names or more."""
    small = (_folded_set("prepositions", language) | _folded_set("locatives", language)
             | _folded_set("from_markers", language) | _folded_set("to_markers", language)
             | set(lexicon.AT_MARKERS))  # fmt: skip
    determiners = _folded_set("determiners", language)
    at_org = {org.first: org for org in orgs}
    groups: list[list[_Mention]] = []
    for before, mention in itertools.pairwise(people):
        at, end = before.last + 1, mention.first
        steps = 0
        while at < end and tokens[at].folded in small | determiners and steps < 3:
            at, steps = at + 1, steps + 1
        org = at_org.get(at)
        if not steps or org is None or org.last >= end:
            continue
        rest = tokens[org.last + 1 : end]
        text = sentence[tokens[org.last].end : tokens[mention.first].start]
        joined = "," in text or any(t.folded in glue for t in rest)
        if (
            not joined
            or re.search(r"[^\w\s,’'-]", text)
            or not all(t.folded in glue or t.folded in determiners or _is_role(t.folded) for t in rest)
        ):
            continue
        if groups and groups[-1][-1] is before:
            groups[-1].append(mention)
        else:
            groups.append([before, mention])
    return groups


def _respective(people: list[_Mention], lists: dict[int, list[_Mention]], orgs: list[_Mention], sentence: str,
                tokens: list[_Token], language: str) -> dict[int, list[_Mention]]:  # fmt: skip
    """For each person of a list that 'respectively' pairs with a list of organisations ('Los diputados
    X y Y notificaron su salida del PVEM y del PT, respectivamente', 'X e Y, rispettivamente di A e B',
    'X und Y wechseln zu A bzw. B'): the organisations of the other people's places, which are not
    theirs. The organisations are cut into places at commas and 'and' (what stands between two of one
    place, 'Partido Verde ecologista de México (PVEM)', is one); they are those after the word in its
    clause when there are as many places there as people, else the last ones between the list and the
    end of the word's clause. Nothing when the counts differ."""
    words = _single_words("respectively", language)
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    separators = lexicon.CONJUNCTIONS | words
    found: dict[int, list[_Mention]] = {}
    for mark in (at for at, token in enumerate(tokens) if token.folded in words):
        before = [group for group in {id(group[0]): group for group in lists.values()}.values()
                  if len(group) >= 2 and group[-1].last < mark]  # fmt: skip
        if not before:
            continue
        group = max(before, key=lambda g: g[-1].last)
        _low, high = clause_of(sentence, starts, ends, mark)

        def places(chosen: list[_Mention]) -> list[list[_Mention]]:
            out: list[list[_Mention]] = []
            for org in chosen:
                between = re.sub(r"\([^)]*\)", " ", sentence[tokens[out[-1][-1].last].end : tokens[org.first].start]
                                 if out else "")  # fmt: skip
                apart = "," in between or ";" in between or any(fold_word(w) in separators
                                                                 for w in re.findall(r"\w+", between))  # fmt: skip
                if out and not apart:
                    out[-1].append(org)
                else:
                    out.append([org])
            return out

        after = places([org for org in orgs if mark < org.first < high])
        if len(after) >= len(group):
            chosen = after[: len(group)]
        else:
            chosen = places([org for org in orgs if group[-1].last < org.first < high])[-len(group) :]
        if len(chosen) != len(group):
            continue
        for place in chosen[1:]:  # the places are alike: "from Google and Apple respectively, joined X"
            if place[0].side != chosen[0][0].side and chosen[0][0].how != "default":
                place[0].side, place[0].how = chosen[0][0].side, chosen[0][0].how
        for person, place in zip(group, chosen, strict=True):
            found[id(person)] = [org for other in chosen if other is not place for org in other]
    return found


def _brackets(people: list[_Mention], tokens: list[_Token], sentence: str) -> dict[int, tuple[int, int]]:
    """For each person whose name a bracket follows ('Roberto Toscano (diplomatico e già collaboratore
    della Stampa)', 'Christophe Blanchet (Calvados)'), the token range inside it: what the bracket says
    is that person's, and no other name's."""
    found = {}
    for mention in people:
        at = tokens[mention.last].end
        if mention.last + 1 >= len(tokens) or sentence[at : tokens[mention.last + 1].start].strip() != "(":
            continue
        close = sentence.find(")", at)
        if close < 0:
            continue
        inside = [i for i in range(mention.last + 1, len(tokens)) if tokens[i].end <= close]
        if inside:
            found[id(mention)] = (inside[0], inside[-1] + 1)
    return found


def _bracketed_employers(people: list[_Mention], orgs: list[_Mention], tokens: list[_Token],
                         sentence: str) -> tuple[list[_Mention], list[_Mention]]:  # fmt: skip
    """People and organisations of a list of names each with a bracket ('Die Abschiede von Armin Veh
    (Hamburger SV) und Louis van Gaal (Bayern München)', 'the departures of X (Chelsea) and Y (Borussia
    Dortmund)'): where one bracket holds just an organisation, another that holds just what reads as a
    name of two words ('Bayern München', 'Borussia Dortmund', new to the record) holds its person's
    organisation too, on the same side."""
    brackets = _brackets(people, tokens, sentence)
    if len(brackets) < 2:
        return people, orgs
    whole = {span: org for org in orgs for span in brackets.values() if (org.first, org.last + 1) == span}
    if not whole:
        return people, orgs
    model = next(iter(whole.values()))
    named = {(m.first, m.last + 1): m for m in people}
    turned = [named[span] for span in brackets.values() if span in named and span not in whole
              and named[span].record_id is None]  # fmt: skip
    if not turned:
        return people, orgs
    employers = [_Mention(m.first, m.last, m.name, None, side=model.side, how=model.how) for m in turned]
    return [m for m in people if all(m is not t for t in turned)], sorted(orgs + employers, key=lambda m: m.first)
