"""Whether capitalised words are a person's name, and where it ends: particles and initials inside a
name, the words no name is (roles, nouns, brands, places), a surname printed alone, and a person told by
a description, a pronoun or a role instead of a name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.articles import lexicon
from dashboard.articles.patterns import (
    spans,
)
from dashboard.articles.reading.text import (
    _adjacent,
    _capitalised,
    _folded_set,
    _has_group_noun,
    _name_breakers,
    _one_clause,
    _people_noun,
    _plural_verb,
)
from dashboard.articles.words import fold_word, folded_phrase

if TYPE_CHECKING:
    from dashboard.articles.reading.text import _Mention, _Token


def _title_word(match: re.Match, language: str) -> str:
    """A word of a heading in capitals as a sentence writes it: a word of moving, a role or a small word in
    lower case ('SACK', 'MANAGER', 'FROM'), a title or a short word of an organisation's name in capitals
    ('CEO', 'FC', 'AI'), any other word as a name ('QUORRA'S' -> 'Quorra's')."""
    word, folded = match.group(), fold_word(match.group())
    if word in _TITLES or (len(word) <= 3 and folded in lexicon.ORG_WORDS):
        return word
    lower = any(
        folded in _folded_set(name, language)
        for name in ("leave", "join", "hirers", "dismissers", "stopwords", "determiners", "to_markers")
    )
    return word.lower() if lower or _is_role(folded) else word.capitalize()


_SUBJECT_ARTICLES = frozenset({"the", "la", "le", "l'", "el", "il", "lo", "die", "das"})


def _describes_one(tokens: list[_Token], language: str) -> bool:
    """Whether a sentence speaks of one person by a description and no name: an article, at most one
    adjective in lower case and a role ("il nuovo amministratore delegato", "der jetzige CEO", "the new
    chief executive", "le nouveau directeur"), no preposition before the article and no noun of people
    (several: "der größten Forscher")."""
    words = [t.folded for t in tokens]
    articles = set(lexicon.ARTICLES[language])
    prepositions = _folded_set("prepositions", language)
    for at, word in enumerate(words[:-1]):
        if word not in articles or (at and words[at - 1] in prepositions):
            continue
        role = at + 1
        if (
            role + 1 < len(words)
            and (words[role] in _NEW or not _capitalised(tokens[role].text))
            and not (_is_role(words[role]) or words[role] in _PLAIN_ROLES)
        ):
            role += 1  # "der jetzige CEO", "il nuovo amministratore"
        if (_is_role(words[role]) or words[role] in _PLAIN_ROLES) and not _has_group_noun(
            words[role : role + 1], language
        ):
            return True
    return False


_PLAIN_ROLES = frozenset({"ad", "ceo", "dt", "pdg", "cfo", "cto", "coo"})
"""Roles written as an abbreviation, which :func:`_is_role` does not end with."""


def _opening_name(run: list[_Token], language: str) -> bool:
    """Whether the capitalised words that open a German sentence are a person's name, not a noun and
    its adjective ('Vergangene Woche', 'Neue Chefredakteure', 'Interne Herausforderungen'): two or
    three words, all capitalised, none with a noun's ending, none a role in any of its forms."""
    if not 2 <= len(run) <= 3 or not all(_capitalised(t.text) for t in run):
        return False
    return not any(_noun_shaped(t.folded, language) or _common_noun([t], language)
                   or any(_is_role(t.folded[: len(t.folded) - cut]) for cut in range(3)) for t in run)  # fmt: skip


def _pronoun_by_move(words: list[str], first_named: int, language: str) -> bool:
    """Whether a pronoun for one person is the subject of the sentence's word of moving inside the
    sentence, before anyone is named: right after it, where German and the others invert the subject
    ('Mitte des Jahres wechselt er zur „Westfalenpost“', 'Danach verließ er'), or right before it with
    at most one word between ('In late 2021 she joined', 'Au printemps suivant elle a rejoint'). Not the
    German 'sie' next to a verb in the plural ('wechseln sie': they)."""
    phrases = lexicon.LEAVE[language] + lexicon.JOIN[language]
    moving = {i for low, high in spans(words, phrases) for i in range(low, high)}
    pronouns = lexicon.PRONOUNS[language]
    for at in range(min(first_named, len(words))):
        if words[at] not in pronouns:
            continue
        if not any(i in moving for i in (at - 1, at + 1, at + 2)):
            continue
        if language == "de" and words[at] == "sie" and any(_plural_verb(words[i]) for i in (at - 1, at + 1)
                                                             if 0 <= i < len(words)):  # fmt: skip
            continue
        return True
    return False


_COUNTRIES = frozenset(fold_word(word) for word in lexicon.COUNTRIES)


_SUCCESSORS = frozenset(fold_word(word) for word in lexicon.SUCCESSORS)


_POSSESSIVES = frozenset(
    ("his", "her", "their", "sein", "seine", "seinem", "seinen", "seiner", "seines", "ihr", "ihre", "ihrem", "ihren",
     "ihrer", "ihres", "suo", "sua", "suoi", "sue", "son", "sa", "ses", "leur", "leurs", "su", "sus")
)  # fmt: skip
"""Possessives of the third person in the five languages: 'his startup X' is the person's own."""


def _subject(people: list[_Mention], tokens: list[_Token], words: list[str], language: str,
             clauses: set[int]) -> _Mention | None:  # fmt: skip
    """The sentence's first person when it is its subject: at its opening or a clause's, after at most
    an article, a possessive and a role ('Il deputato Vito De Filippo ha annunciato …'), no
    preposition before it; else None."""
    first = min(people, key=lambda m: m.first)
    skippable = _folded_set("determiners", language) | set(lexicon.ARTICLES[language])
    at = first.first - 1
    while at >= 0 and at + 1 not in clauses and (words[at] in skippable or _is_role(words[at])
                                                  or tokens[at].text in _TITLES):  # fmt: skip
        at -= 1
    return first if at < 0 or at + 1 in clauses else None


def _titles_a_name(words: list[str], people: list[_Mention], language: str) -> bool:
    """Whether the article and role a sentence opens with are the title of the name right after them,
    with at most a complement of a few words between ('L'ancien vice-président de la recherche Liam
    Fedus est parti …', 'Le PDG d'OpenAI, Sam Altman, a réagi …', 'Der Trainer Hansi Flick wechselt …'):
    the sentence is about that person, not about the one named before. Not a name after a verb ('Der
    Anfang-30-Jährige hatte gemeinsam mit Ilya Sutskever …': another person)."""
    if not people or not words or words[0] not in lexicon.ARTICLES[language]:
        return False
    first = min(m.first for m in people)
    head = next((at for at in (1, 2) if at < first and (_is_role(words[at]) or words[at] in ("ad", "ceo", "dt"))), None)
    if head is None:
        return False
    between = words[head + 1 : first]
    return not between or (between[0] in _GENITIVES and len(between) <= 4)


def _refers_back(words: list[str], language: str) -> bool:
    """Whether a sentence opens with a pronoun for a person ('Er', 'Auparavant, elle'; not the
    plural 'Sie kommen') or an article and a role ('Der Programmierer')."""
    for index, word in enumerate(words[:3]):
        if word in lexicon.PRONOUNS[language]:
            following = words[index + 1] if index + 1 < len(words) else ""
            return not (language == "de" and word == "sie" and _plural_verb(following))  # 'sie kommen': they
    return words[0] in lexicon.ARTICLES[language] and len(words) > 1 and _is_role(words[1])


def _after_determiner(sentence: str, tokens: list[_Token], index: int, language: str) -> bool:
    """Whether the word at ``index`` follows an article or a possessive, in German also with at most
    two adjectives between them ('der ehemalige Fußballprofi', "sull'Intelligenza", 'seiner
    Ausstiegsklausel'): a noun or an organisation, not the first name of a person."""
    determiners = _folded_set("determiners", language)
    at = index - 1
    for _ in range(2 if language == "de" else 0):
        if at < 0 or not _adjacent(sentence, tokens[at], tokens[at + 1]) or tokens[at].folded in determiners:
            break
        if _capitalised(tokens[at].text) or not tokens[at].folded.endswith(("e", "en", "er", "es", "em")):
            return False
        if len(tokens[at].folded) <= 3:
            return False  # a small word, no adjective: "wenn einer wie Yann LeCun geht"
        at -= 1  # an adjective: 'der ehemalige ...'
    return at >= 0 and tokens[at].folded in determiners and _adjacent(sentence, tokens[at], tokens[at + 1])


_EXPERTISE = (
    "profi",
    "spezialist",
    "spezialistin",
    "fachmann",
    "fachfrau",
    "experte",
    "expertin",
    "team",
    "lab",
    "labs",
    "startup",
    "start-up",
)
"""Endings of a compound that names what someone knows or a unit, not whom they work for: 'Frische-Profi'
is no employer, 'Bayern-Trainer' is."""


def _name_particle(tokens: list[_Token], index: int) -> bool:
    """Whether the word at ``index`` opens a name's particle ('David de la Torre'): 'de la', 'de los',
    'van der' ... after a capitalised name, or 'de', 'di', 'von', 'van' after a first name alone
    ('Jean-Baptiste de Chatillon': one capitalised word, no name can be an organisation's origin
    before it), not a marker of an organisation."""
    if index == 0 or index + 1 >= len(tokens) or not _name_word(tokens[index - 1]):
        return False
    if (tokens[index].folded, tokens[index + 1].folded) in _PARTICLES:
        return True
    alone = index < 2 or not _capitalised(tokens[index - 2].text)
    return (alone and tokens[index].folded in lexicon.NAME_PARTICLES and _name_word(tokens[index + 1])
            and tokens[index - 1].folded not in lexicon.NOT_NAMES)  # fmt: skip


def _dismissed_surname(sentence: str, tokens: list[_Token], index: int, language: str) -> bool:
    """Whether the word at ``index`` is a surname printed alone after a noun of dismissal and its
    preposition ('l'esonero di Juric', 'la destitución de Pellegrini', 'the sacking of Moyes'): one
    name word, no other name word right after it, no organisation's word."""
    if index >= len(tokens) or not _name_word(tokens[index]) or tokens[index].folded in lexicon.ORG_WORDS:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is not None and _name_word(following) and _adjacent(sentence, tokens[index], following):
        return False
    return any(end == index for _start, end in spans([t.folded for t in tokens], lexicon.DISMISSALS[language]))


def _capital_particle(sentence: str, tokens: list[_Token], index: int, taken: set[int]) -> bool:
    """Whether the word at ``index`` is a surname's particle written with a capital, inside the sentence,
    before a name word and after no name ('esonero di De Rossi', 'Di Francesco al Venezia', 'Van Gaal'):
    it opens a surname that stands alone."""
    token = tokens[index]
    return (
        0 < index < len(tokens) - 1
        and index not in taken
        and index + 1 not in taken
        and token.text[:1].isupper()
        and token.folded in lexicon.NAME_PARTICLES
        and not _capitalised(tokens[index - 1].text)
        and _name_word(tokens[index + 1])
        and _adjacent(sentence, token, tokens[index + 1])
    )


_PARTICLE_WORDS = frozenset(
    ("de", "di", "da", "dal", "dall'", "del", "della", "d'", "du", "des", "van", "von", "der", "den", "ten", "ter",
     "le", "la", "lo", "los", "las", "dos", "das", "mc", "o'")
)  # fmt: skip
"""Particles of surnames in the five languages ('Vito De Filippo', 'Michel Der Zakarian', 'Olivier
Dall’Oglio', 'Lewis D'Vorkin', 'David de la Torre', 'Marine Le Pen')."""


def _joined_by(sentence: str, tokens: list[_Token], at: int, first: int) -> int:
    """How many words at ``at`` join the name that began at ``first`` to a next name word: a middle
    initial ('Kevin R. Convey'), a capitalised particle ('Vito De Filippo', 'Michel Der Zakarian',
    'Olivier Dall’Oglio', 'Lewis D'Vorkin'), a particle of two words ('David de la Torre', 'Ursula von
    der Leyen'), or one in lower case after a first name alone ('Charles de Gaulle'); 0 when none."""
    token = tokens[at]
    if len(token.text) == 1 and token.text.isupper() and sentence[token.end : token.end + 1] == ".":
        return 1  # an initial
    if token.folded not in _PARTICLE_WORDS:
        return 0
    if _capitalised(token.text):
        following = at + 1 < len(tokens) and tokens[at + 1].folded in _PARTICLE_WORDS
        return 2 if following and _capitalised(tokens[at + 1].text) else 1  # "Van Der Berg"
    if at + 1 < len(tokens) and (token.folded, tokens[at + 1].folded) in _PARTICLES:
        return 2
    return 1 if at - 1 == first and token.folded in lexicon.NAME_PARTICLES else 0


def _name_end(sentence: str, tokens: list[_Token], index: int, taken: set[int]) -> int:
    """The end (exclusive) of the person's name that may begin at ``index``: up to three name words
    next to each other, with particles and initials between them (:func:`_joined_by`); ``index`` when
    no name word stands there."""
    end, words = index, 0
    while end < len(tokens) and end not in taken and _name_word(tokens[end]) and words < 3:
        words, end = words + 1, end + 1
        if words == 1 and _quoted_nickname(sentence, tokens, end) and end + 1 not in taken:
            end += 1  # "Omar “Turco” Asad": a nickname in quotes between the first name and the surname
            continue
        if end >= len(tokens) or not _adjacent(sentence, tokens[end - 1], tokens[end]):
            break
        skip = _joined_by(sentence, tokens, end, index)
        after = end + skip
        if skip and (after >= len(tokens) or after in taken or not _name_word(tokens[after])
                     or sentence[tokens[after - 1].end : tokens[after].start].strip() not in ("", ".")):  # fmt: skip
            break
        end = after
    return end


def _possessed_role(sentence: str, tokens: list[_Token]) -> bool:
    """Whether a sentence opens with a possessive, a role and a comma before a name ('Su presidente
    ejecutivo, Kevin Tsujihara, dejó el cargo', 'Its chief executive, Mara Lind, stepped down', 'Il suo
    presidente, X, lascia'): the role is at the organisation the text named just before."""
    at = 1 if len(tokens) > 1 and tokens[0].folded in _SUBJECT_ARTICLES else 0  # "Il suo presidente"
    if len(tokens) < at + 3 or tokens[at].folded not in _POSSESSIVES | {"its"}:
        return False
    for end in range(at + 1, min(at + 4, len(tokens) - 1)):
        if "," in sentence[tokens[end].end : tokens[end + 1].start]:
            return any(_is_role(token.folded) for token in tokens[at + 1 : end + 1]) and _name_word(tokens[end + 1])
    return False


def _article_name(sentence: str, tokens: list[_Token], at: int, taken: set[int]) -> bool:
    """Whether a name opens with its article at ``at``, inside a sentence: a capitalised article right
    before another capitalised word ('en The Strongest', 'a El Nacional', 'chez Le Monde'), which in no
    language opens a person's name."""
    return (0 < at < len(tokens) - 1 and tokens[at].folded in _NAME_ARTICLES and _capitalised(tokens[at].text)
            and _capitalised(tokens[at + 1].text) and at + 1 not in taken
            and _adjacent(sentence, tokens[at], tokens[at + 1]))  # fmt: skip


def _quoted_nickname(sentence: str, tokens: list[_Token], at: int) -> bool:
    """Whether the word at ``at`` is a nickname in quotation marks inside a person's name, right after the
    first name and before a name word ('Omar “Turco” Asad', 'Jorge "Mágico" González', 'Mara «Quorra»
    Lind'): one capitalised word, a quotation mark on each side of it and nothing else between."""
    if at == 0 or at + 1 >= len(tokens) or not _capitalised(tokens[at].text) or not _name_word(tokens[at + 1]):
        return False
    opening = sentence[tokens[at - 1].end : tokens[at].start].strip()
    closing = sentence[tokens[at].end : tokens[at + 1].start].strip()
    return opening in ("“", '"', "«", "‘", "„") and closing in ("”", '"', "»", "’", "“")


def _role_of_name(tokens: list[_Token], at: int) -> bool:
    """Whether one or two role words at ``at`` stand before a name ('OpenAI co-founder Ilya
    Sutskever', 'another OpenAI researcher Hyung Won Chung', 'Microsoft CEO Satya Nadella'): the
    organisation before them is the person's, never where they go."""
    for size in (1, 2):
        roles = tokens[at : at + size]
        after = at + size
        if (len(roles) == size and all(_is_role(t.folded) or t.text in _TITLES for t in roles)
                and after < len(tokens) and _name_word(tokens[after])):  # fmt: skip
            return True
    return False


_PARTICLES = {("de", "la"), ("de", "las"), ("de", "los"), ("van", "der"), ("van", "den"), ("von", "der")}


_COMPANY_NOUNS = frozenset(fold_word(word) for word in lexicon.COMPANY_NOUNS)


def _capitalised_run(sentence: str, tokens: list[_Token], start: int) -> bool:
    """Whether the capitalised word at ``start`` has another capitalised word right after it (a name of
    two words or more: 'Hamburger SV', 'Aldi Nord')."""
    return (start + 1 < len(tokens) and _capitalised(tokens[start + 1].text)
            and _adjacent(sentence, tokens[start], tokens[start + 1]))  # fmt: skip


def _noun_shaped(folded: str, language: str) -> bool:
    """Whether a capitalised word has the ending of a noun or an adjective that no person's name has
    (list ``name_breakers``: 'Steuerlehre', 'Nachrichten', 'Betriebswirtschaftliche'): the ending of
    five letters or more alone, or a word longer than the ending and two letters ('Fischer' keeps its
    name; an ending 'ung' only from eight letters: 'Hartung' is a name, 'Entscheidung' a noun)."""
    folded = folded.rpartition("-")[2]
    for ending in _name_breakers(language):
        if not folded.endswith(ending):
            continue
        if folded == ending and len(ending) >= 5:
            return True  # the noun itself: "Nachrichten", "Lehre"
        if len(folded) > len(ending) + 2 and (ending != "ung" or len(folded) >= 8):
            return True
    return False


def _common_noun(run: list[_Token], language: str) -> bool:
    """Whether a capitalised word after a marker is a common noun, not an organisation: one word
    (no hyphen, not in capitals) with an ending of the language's nouns ('zu Jahresbeginn', 'für
    Neuwahlen'; German capitalises every noun), or a month."""
    if len(run) != 1 or run[0].text.isupper():
        return False
    folded = run[0].folded.rpartition("-")[2]  # "Zwei-Jahres-Vertrag": the last part decides
    months = {fold_word(month) for month in lexicon.MONTHS[language]}
    return folded in months or folded.endswith(tuple(fold_word(e) for e in lexicon.NOUN_ENDINGS[language]) or ("\0",))


_NAME_ARTICLES = {"la", "l'", "le", "les", "los", "las", "el", "il", "lo", "the"}
"""Articles a name after a head's complement may open ('groupe de La République en marche')."""


_TITLES = {"CEO", "CTO", "CFO", "COO", "CSO", "AD", "DT"}
"""Titles in capitals: a name after one and a preposition before them is governed ('by Microsoft CEO X')."""


_NEW = {"neu", "neue", "neuer", "neuen", "neuem", "neues", "nuovo", "nuova", "nuovi", "nuove", "nuevo", "nueva",
        "nuevos", "nuevas", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "new"}  # fmt: skip
"""'New' in every form of the five languages: with a role after it, a post someone takes."""


_INFLECTIONS = ("en", "n", "s", "es")
"""Endings a role takes in its other cases and numbers ('des neuen Vorstandsvorsitzenden', 'Trainers',
'nuevos directores'): the role of the word lists without them."""


def _post(folded: str) -> bool:
    """Whether a word is a role in any of its forms ('Chef', 'Vorstandsvorsitzenden', 'ad', 'CEO')."""
    return (_is_role(folded) or folded.upper() in _TITLES
            or any(folded.endswith(end) and len(folded) > len(end) + 2 and _is_role(folded[: -len(end)])
                   for end in _INFLECTIONS))  # fmt: skip


def _post_or_role(folded: str, language: str) -> bool:
    """Whether a word is a role or a noun of a post or a call ('Vorstand', 'W3-Professur', 'chair')."""
    nouns = lexicon.POST_NOUNS[language]
    endings = tuple(fold_word(noun[1:]) for noun in nouns if noun.startswith("-"))
    return (_is_role(folded) or folded in {fold_word(noun) for noun in nouns}
            or bool(endings and folded.endswith(endings)))  # fmt: skip


_DEMONYM_ENDINGS = ("ino", "ina", "ano", "ana", "ese", "es", "esa", "eno", "ena", "eño", "eña", "ais", "aise", "ois",
                    "oise", "ien", "ienne")  # fmt: skip


_GENITIVES = {"of", "de", "del", "d'", "du", "des", "di", "della", "dello", "dell'", "der", "von", "vom"}


def _post_noun(folded: str, language: str) -> bool:
    """Whether a word is a noun of a post (list ``post_nouns``; one listed with a leading '-' an ending)."""
    nouns = lexicon.POST_NOUNS[language]
    endings = tuple(fold_word(noun[1:]) for noun in nouns if noun.startswith("-"))
    return folded in {fold_word(noun) for noun in nouns if not noun.startswith("-")} or bool(
        endings and folded.endswith(endings)
    )


def _single_name(sentence: str, tokens: list[_Token], index: int, language: str) -> bool:
    """Whether one capitalised word at ``index`` is a person's name by where it stands: the subject that
    opens a sentence before a verb of leaving or joining, right before it or with up to three words in
    lower case and no article between them, a periphrasis or an adverb ('Leonardo lascia invece il
    Milan', 'Altavilla in procinto di lasciare l’incarico'; not 'Renaissance ont annoncé le départ', a
    noun of leaving); not in German, which puts any adverb there ('Stattdessen übernimmt'), nor a small
    word of the language ('Fue cesado'), a word of quantity ('Alcuni hanno lasciato', 'Several quit') or an
    adverb, connective or preposition that opens a sentence ('Ahora se une a …', 'Intanto lascia …', 'Puis
    rejoint', 'Tras dejar': lists ``sentence_adverbs`` and ``openers``), nor the
    first of a longer name, nor a word before a noun of people that is the verb's own subject ('Seeing
    researchers leave for another lab')."""
    if index != 0 or language == "de" or len(tokens) < 2 or not _name_word(tokens[0]) or "-" in tokens[0].text:
        return False
    if _name_word(tokens[1]):
        return False  # part of a longer name
    words = [t.folded for t in tokens[:5]]
    lists = ("stopwords", "passive", "determiners", "prepositions", "relatives", "quantifiers", "sentence_adverbs",
             "openers")  # fmt: skip
    small = set().union(*(_folded_set(name, language) for name in lists))
    if words[0] in small:
        return False
    # an article or a number between them makes the word of leaving a noun ("Encore trois départs")
    nouns = _folded_set("determiners", language) | set(lexicon.ARTICLES[language]) | _folded_set("numbers", language)
    people = set(folded_phrase(" ".join(lexicon.GROUP_NOUNS[language])))
    for start, _ in spans(words, lexicon.LEAVE[language] + lexicon.JOIN[language]):
        between = tokens[1:start]
        if any(_people_noun(t.folded, people, language) for t in between):
            return False  # "Seeing researchers leave for another lab": a noun of people is the verb's subject
        if start >= 1 and not any(_capitalised(t.text) or t.folded in nouns or t.folded.isdigit() for t in between):
            return _one_clause(sentence, tokens[0], tokens[start])  # not "Sin embargo, se marchó"
    return False


def _description(tokens: list[_Token], language: str) -> bool:
    """Whether a sentence opens with an article and a description of someone named before: a role
    ('Il nuovo ad', 'Der Trainer') or where they are from ('Der Vorarlberger', 'El argentino'):
    German capitalises such a noun ('-er', '-erin'), the other languages write it in lower case. Not a
    successor or a predecessor ('Der Nachfolger', list ``successors``): someone else."""
    words = [token.folded for token in tokens[:3]]
    if len(words) < 2 or words[0] not in lexicon.ARTICLES[language]:
        return False
    if _aged_or_native(tokens, language):
        return True  # "The 52-year-old", "il 46enne", "el hombre de 49 años", "The Scot", "L'Argentin"
    at = 1
    if len(words) > 2 and (words[1] in _NEW or (not _capitalised(tokens[1].text) and _is_role(words[2])
                                                 and not _has_group_noun(words[2:3], language))):  # fmt: skip
        # "Il nuovo ad", "der vorherige Puma-Chef": an adjective before the role (not "der größten Forscher":
        # people, not one person)
        at = 2
    word, text = words[at], tokens[at].text
    if word in _SUCCESSORS:
        return False  # "Der Nachfolger kommt von …": someone else than the one named before
    if _is_role(word) or word in ("ad", "ceo", "dt"):
        return True
    if language == "de":
        return _capitalised(text) and word.endswith(("er", "erin")) and word not in _NEVER_NAMES
    return not _capitalised(text) and word.endswith(_DEMONYM_ENDINGS)


_AGE = re.compile(r"\d{1,3}(?:-year-old|-jahrige[mnrs]?|enne)")
"""A person's age as one word ('52-year-old', '45-Jährige', '46enne'): a noun, or an adjective of one."""


def _age_after(words: list[str], unit: int, language: str) -> bool:
    """Whether the unit of time at ``unit`` ends an age after the noun of a person, or any noun after an
    article ('le technicien de 49 ans', 'el argentino de 52 años', 'il tecnico di 46 anni'): no time
    spent somewhere ('después de siete años en Google', 'au bout de dix ans chez Quorra')."""
    if unit < 3 or not words[unit - 1].isdigit() or words[unit - 2] not in ("de", "di"):
        return False
    noun = words[unit - 3]
    described = unit >= 4 and words[unit - 4] in lexicon.ARTICLES[language]  # "le technicien de 49 ans"
    return (described or _is_role(noun) or noun in _folded_set("person_nouns", language)
            or noun in _folded_set("demonyms", language))  # fmt: skip


def _aged_or_native(tokens: list[_Token], language: str) -> bool:
    """Whether the article that opens ``tokens`` is followed by a description of a person that names
    no one and is no role: an age ('The 52-year-old', 'Der 45-Jährige', 'il 46enne'), a noun with an
    age after it ('el hombre de 49 años', 'le technicien de 49 ans', list ``time_units``), a noun of
    where one is from (list ``demonyms``, which English and French capitalise: 'The Scot', 'L'Argentin',
    'Der Brite', 'il tedesco'; in English with a verb, an adverb or a role after it, not 'The German
    club'), or, in English, a role after title words or an organisation's name ('The former Quorra
    executive', list ``title_words``). The one person named before, as a role is (:func:`_description`)."""
    words = [token.folded for token in tokens[:6]]
    if len(words) < 2:
        return False
    head = words[1]
    if _AGE.fullmatch(head):
        return True
    if head in _folded_set("demonyms", language):
        if len(words) < 3 or language != "en":
            return True  # (the other languages write the adjective after its noun, or in lower case)
        # English writes the adjective as the noun: a verb after the noun, not a noun ("The German club")
        verbs = spans(words, lexicon.LEAVE[language] + lexicon.JOIN[language] + lexicon.HIRERS[language])
        small = (_folded_set("sentence_adverbs", language) | _folded_set("perfect_auxiliaries", language)
                 | _folded_set("passive", language) | _folded_set("relatives", language))  # fmt: skip
        following = words[2]
        return (following in small or any(start == 2 for start, _end in verbs) or _is_role(following)
                or (following.endswith(("s", "ed")) and following not in _COMPANY_NOUNS
                    and not _has_group_noun([following], language)))  # fmt: skip
    aged = (len(words) >= 5 and words[2] in ("de", "di") and words[3].isdigit()
            and words[4] in _folded_set("time_units", language))  # fmt: skip
    if aged and not _capitalised(tokens[1].text) and not _has_group_noun(words[1:2], language):
        return True
    if language != "en":
        return False
    titles = _folded_set("title_words", language)
    for at in range(2, min(5, len(words))):
        if (_is_role(words[at]) or words[at] in _PLAIN_ROLES) and not _has_group_noun(words[at : at + 1], language):
            return all(words[i] in titles or _capitalised(tokens[i].text) for i in range(1, at))
    return False


_ROLES = tuple(sorted(fold_word(role) for role in lexicon.ROLE_WORDS))


def _is_role(folded: str) -> bool:
    return folded.endswith(_ROLES)


def _name_word(token: _Token) -> bool:
    """Whether a word can be part of a person's name: capitalised, two characters or more, no digit,
    no part in capitals ('CEO', 'US-Dollar'), not a small word, month, number, noun of a group, role,
    title or country ('Credit Suisse', 'Deutsche Bank' are no people; nor, without a verb of moving before
    it, is 'la Francia' a club)."""
    text = token.text
    if not text[:1].isupper() or any(char.isdigit() for char in text) or len(text) < 2:
        return False
    if any(part.isupper() and len(part) >= 2 for part in text.split("-")):
        return False  # CEO, KI, FAIR, US-Dollar
    folded = token.folded
    return folded not in _NEVER_NAMES and not _is_role(folded) and folded not in _COUNTRIES


_NEVER_NAMES = (
    set(lexicon.NOT_NAMES)
    | {fold_word(word) for table in (lexicon.MONTHS, lexicon.NUMBERS, lexicon.GROUP_NOUNS) for words in table.values()
       for word in words}
)  # fmt: skip


def _brand(text: str) -> bool:
    """Whether a word is written as a brand: in lower case, with a capital inside ('eBay', 'xAI',
    'iRobot'), letters only; no word of a language is written so, nor a person's name."""
    return len(text) >= 3 and text[0].islower() and any(c.isupper() for c in text[1:]) and text.isalpha()


def _shaped_as_name(text: str) -> bool:
    """Whether a name is written as no word of a language is: a capital inside a word ('OpenAI',
    'DeepMind', 'eBay') or capitals only ('UBS')."""
    return any(len(word) >= 2 and (word.isupper() or any(c.isupper() for c in word[1:]))
               for word in re.findall(r"[^\W\d_]+", text))  # fmt: skip
