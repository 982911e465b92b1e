"""Whether words name an organisation, and which: the record's names found in a sentence, institutions by
their head noun, clubs and companies by a prefix or suffix, titles in quotation marks, companies after a
description; and the names that only say where, whose or who reports (a place, an owner, a party, a
source, a nickname), which are no one's employer.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.articles import lexicon
from dashboard.articles.patterns import (
    spans,
)
from dashboard.articles.reading.names import (
    _COMPANY_NOUNS,
    _EXPERTISE,
    _GENITIVES,
    _NAME_ARTICLES,
    _NEVER_NAMES,
    _TITLES,
    _is_role,
    _name_word,
)
from dashboard.articles.reading.text import (
    _adjacent,
    _capitalised,
    _folded_set,
    _in_any_language,
    _Mention,
    _moving_words,
    _one_clause,
)
from dashboard.articles.words import fold_word, folded_phrase

if TYPE_CHECKING:
    from dashboard.articles.reading.text import _Token

_FIELDS = {folded_phrase(field) for field in lexicon._LEXICON.every_article["fields"]}
"""The fields of work a role heads (list ``fields``), folded, each as a tuple of words."""


def _field(sentence: str, tokens: list[_Token], start: int) -> bool:
    """Whether the words at ``start`` are a field of work (list ``fields``: "Tecnología", "Recursos Humanos")
    and no more: the name of an organisation goes on ("Seguridad Social" is none)."""
    for field in _FIELDS:
        end = start + len(field)
        if tuple(t.folded for t in tokens[start:end]) == field and not (
            end < len(tokens) and _name_word(tokens[end]) and _adjacent(sentence, tokens[end - 1], tokens[end])
        ):
            return True
    return False


def _owner(words: list[str], mention: _Mention, language: str) -> bool:
    """Whether a name only says whose a company is: 'la firma de Sam Altman', 'die Firma von X'
    (not 'l'addio di Jan Leike', 'la volta di Mira Murati'); in English also before its possessive ('quit
    Jane Doe's party', 'left Jane Doe's firm')."""
    if language == "en" and mention.last + 2 < len(words) and words[mention.last + 1] == "s":
        return words[mention.last + 2] in lexicon.COMPANY_NOUNS
    froms = set(folded_phrase(" ".join(lexicon.FROM_MARKERS[language]))) | {"of", "des", "du", "della", "del"}
    if mention.first < 2 or words[mention.first - 1] not in froms:
        return False
    # also with the noun's own complement between ('le laboratoire de superintelligence de Mark Zuckerberg')
    return words[mention.first - 2] in lexicon.COMPANY_NOUNS or (
        mention.first >= 4 and words[mention.first - 3] in froms and words[mention.first - 4] in lexicon.COMPANY_NOUNS
    )


def _stake(sentence: str, tokens: list[_Token], org: _Mention) -> bool:
    """Whether a noun of a stake governs ``org``, up to two small words before it in its clause ('a former
    investor in OpenAI', 'ancien actionnaire d'OpenAI', 'Großaktionär von X'): where someone put money,
    no post they held or take."""
    for at in range(max(0, org.first - 3), org.first):
        if tokens[at].folded in _STAKES and _one_clause(sentence, tokens[at], tokens[org.first]):
            return all(not _capitalised(t.text) or t.folded in _STAKES for t in tokens[at + 1 : org.first])
    return False


_STAKES = frozenset(fold_word(word) for word in lexicon.STAKE_NOUNS)


def _owner_in_apposition(sentence: str, tokens: list[_Token], org: _Mention, orgs: list[_Mention],
                         language: str) -> bool:  # fmt: skip
    """Whether ``org`` only says whose the organisation before it is, in an apposition to it: a comma, an
    article, a noun of a company and its complement, then 'de'/'di'/'of' and ``org`` ('DeepMind, le
    laboratoire d’IA de Google', 'Instagram, la filiale de Meta', 'DeepMind, il laboratorio di Google');
    no side of the move."""
    froms = set(folded_phrase(" ".join(lexicon.FROM_MARKERS[language]))) | _GENITIVES
    if org.first < 4 or tokens[org.first - 1].folded not in froms:
        return False
    for at in range(org.first - 2, max(0, org.first - 6), -1):
        if tokens[at].folded in lexicon.COMPANY_NOUNS:
            article = at - 1
            if tokens[article].folded not in lexicon.ARTICLES[language] and tokens[article].folded not in _DEFINITE:
                return False
            if "," not in sentence[tokens[article - 1].end : tokens[article].start]:
                return False
            return any(other.last == article - 1 for other in orgs)  # the organisation the apposition describes
        if _capitalised(tokens[at].text) and not tokens[at].text.isupper():
            return False
    return False


def _owned_by(words: list[str], capitalised: list[bool], org: _Mention, owned: set[int]) -> bool:
    """Whether ``org`` stands right after a phrase that says it owns the organisation before it
    (list ``owners``: 'DeepMind, the outfit bought by Alphabet', 'Helix, la startup rachetée par
    Quanta', 'una filial de Quanta'; an article may stand between): it is an owner, no side of the move."""
    at = org.first
    before = _DEFINITE | {"s"}
    while at > 0 and at not in owned and org.first - at < 3 and (words[at - 1] in before or capitalised[at - 1]):
        at -= 1  # "bought by Alphabet Inc's Google": the owner's owner before it
    return at in owned


def _after_result(tokens: list[_Token], first: int) -> bool:
    """Whether the name at ``first`` follows a noun of a match's result (list ``match_results``) with
    only small words of place or opposition, articles, scores and words in lower case between, at most
    five ('une défaite à Lens', 'a 1-0 loss to Chelsea', 'la sconfitta in casa del Genoa', 'der
    Niederlage bei Bayern'): the opponent or the ground, no side of a move."""
    at = first - 1
    if at < 1 or tokens[at].folded not in _AT_GROUND | _ARTICLES_OF_OPPONENTS:
        return False
    for back in range(at, max(-1, first - 7), -1):
        token = tokens[back]
        if token.folded in _MATCH_RESULTS:
            return True
        if _capitalised(token.text) and not token.text.isdigit():
            return False
    return False


def _seat_or_office_place(tokens: list[_Token], org: _Mention) -> bool:
    """Whether ``org``, one word the record does not know, only says where: after 'de'/'of'/'di'/'von' and a
    noun of a company (not of a team or a lab) or of an office over a place (list ``place_offices``), at most
    one word between ('la empresa de Cupertino', 'al equipo del gobernador electo de Sonora', 'the governor of
    Sonora'): the company's seat, the office's state or city, no organisation anyone joins or leaves."""
    if org.record_id is not None or org.first != org.last or org.first < 2:
        return False
    if tokens[org.first - 1].folded not in _GENITIVES:
        return False
    # (not a team or a staff, whose organisation is named so: "el equipo (directivo) de Globex")
    nouns = (_COMPANY_NOUNS - _STAFF_NOUNS) | _PLACE_OFFICES
    return any(tokens[at].folded in nouns for at in (org.first - 2, org.first - 3) if at >= 0)


_STAFF_NOUNS = _in_any_language("collectives") | {
    "team", "equipe", "squadra", "equipo", "lab", "labor", "laboratorio", "laboratoire"}  # fmt: skip


_PLACE_OFFICES = frozenset(fold_word(word) for word in lexicon.PLACE_OFFICES)


def _bracketed_alias(sentence: str, tokens: list[_Token], org: _Mention, orgs: list[_Mention]) -> bool:
    """Whether ``org`` is all a bracket holds right after another organisation: its abbreviation or
    its ticker ('Microsoft Corporation (MSFT) has hired …', 'Basler Kantonalbank (BKB)'), the same
    organisation and no second side of the move."""
    if org.first == 0 or sentence[tokens[org.first - 1].end : tokens[org.first].start].strip() != "(":
        return False
    after = tokens[org.last + 1].start if org.last + 1 < len(tokens) else len(sentence)
    if not sentence[tokens[org.last].end : after].strip().startswith(")"):
        return False
    return any(other.last == org.first - 1 for other in orgs)


_COMPETITIONS = frozenset(fold_word(word) for word in lexicon.COMPETITIONS)


_MATCH_RESULTS = frozenset(fold_word(word) for word in lexicon.MATCH_RESULTS)


_AT_GROUND = _in_any_language("at_ground")
"""Small words between a match's result and the opponent or the ground ('une défaite à Lens', 'a 1-0 loss
to Chelsea', 'la sconfitta in casa del Genoa')."""


_AGAINST = {"contra", "ante", "against", "versus", "vs", "gegen", "contre", "contro"}
"""Prepositions of an opponent ('contra el Sevilla', 'against Chelsea'; 'frente a', 'face à')."""


_ARTICLES_OF_OPPONENTS = {"el", "la", "los", "las", "the", "le", "les", "l'", "il", "lo", "den", "die", "das", "dem"}


_MEDIUM = _in_any_language("media_prepositions")
"""Prepositions of the medium something is said in ('dijo Schulman en Twitter', 'said on LinkedIn')."""


def _no_employers(mentions: list[_Mention], sentence: str, tokens: list[_Token], language: str) -> list[_Mention]:
    """The ``mentions`` that name what nobody works for, which the record does not know:

    - a **competition** (list ``competitions``): 'por la Copa Libertadores de América', 'the FA Cup',
      'im DFB-Pokal' — with the place or body its name goes on to ('de América');
    - an **opponent**, after a preposition of opposition ('la caída frente al Flamengo', 'contra el
      Sevilla', 'a match against Chelsea', 'gegen Bayern', 'contre le PSG');
    - the **medium** someone speaks in: a name after a preposition of a medium ('en', 'on', 'sur', 'su',
      'auf') right after a word of speaking, or after one and its speaker's name ('dijo Schulman en
      Twitter/X', 'Schulman said on X', 'a déclaré sur LinkedIn');
    - the **source** of the news (:func:`_reports`): 'según informa Fortune', 'selon un rapport de
      Bloomberg', 'L'Ansa riporta la notizia', 'reports Bloomberg', 'a révélé à Fortune';
    - a person's **party**, alone in parentheses after the name (:func:`_affiliation`: 'Birgitta
      Wolff (CDU) wird Präsidentin', 'Mario Rossi (Pd) è passato a Globex'), unless the sentence has a word
      of leaving ('Jan Berg (CDU) verlässt die Partei')."""
    words = [t.folded for t in tokens]
    leaving = bool(spans(words, lexicon.LEAVE[language]))
    speakers = {fold_word(phrase.split()[-1]) for phrase in lexicon.SPEAKERS[language]}

    def competition(mention: _Mention) -> bool:
        return any(set(t.folded.split("-")) & _COMPETITIONS for t in tokens[mention.first : mention.last + 1])

    dropped: list[_Mention] = []
    for mention in mentions:
        if mention.record_id is not None:
            continue
        if competition(mention):
            dropped.append(mention)
            continue
        before = dropped[-1] if dropped else None
        if (before is not None and competition(before) and before.last + 2 == mention.first
                and words[mention.first - 1] in _COMPLEMENTS):  # fmt: skip
            dropped.append(mention)  # "Copa Libertadores de América": the rest of the competition's name
            continue
        at = mention.first - 1
        if at >= 0 and words[at] in _ARTICLES_OF_OPPONENTS:
            at -= 1  # "frente al Flamengo", "contre le PSG"
        if at >= 0 and (words[at] in _AGAINST or (words[at] in ("a", "al", "à", "au") and at > 0
                                                  and words[at - 1] in ("frente", "face"))):  # fmt: skip
            dropped.append(mention)  # "la caída frente al Flamengo", "a match against Chelsea": an opponent
            continue
        if _after_result(tokens, mention.first):  # "après une défaite à Lens (1-0)": where the team played
            dropped.append(mention)
            continue
        if _reports(words, tokens, mention, sentence):  # "según informa Fortune", "L'Ansa riporta": a source
            dropped.append(mention)
            continue
        if _plural_nickname(tokens, mention, language):  # "les Nordistes", "des Hammers": a team's nickname
            dropped.append(mention)
            continue
        if (
            not leaving
            and _affiliation(sentence, tokens, mention)
            and not any(other.first <= mention.first - 1 <= other.last for other in mentions)
        ):  # "Birgitta Wolff (CDU)": a party
            dropped.append(mention)
            continue
        at = mention.first - 1
        if at < 1 or words[at] not in _MEDIUM:
            continue
        back = at - 1
        while back > 0 and at - back <= 3 and _name_word(tokens[back]):
            back -= 1  # the speaker's name between: "dijo Schulman en"
        if words[back] in speakers and "," not in sentence[tokens[back].end : tokens[mention.first].start]:
            dropped.append(mention)
    return dropped


_PARTIES = frozenset(" ".join(folded_phrase(party)) for party in lexicon._LEXICON.every_article["parties"])
"""Parties (list ``parties``), folded: a politician's affiliation in parentheses."""


def _affiliation(sentence: str, tokens: list[_Token], mention: _Mention) -> bool:
    """Whether ``mention`` stands alone in parentheses right after a person's name, two words of a name
    or more ('Birgitta Wolff (CDU)', 'Mario Rossi (Pd)', 'Jane Doe (Labour)'): the party or body the person
    belongs to, said in passing, not where anyone moves (not an organisation's short name after its long
    one: 'Institut für Technologie (KIT)')."""
    first, last = mention.first, mention.last
    if " ".join(t.folded for t in tokens[first : last + 1]) not in _PARTIES:
        return False  # "Armin Veh (Hamburger SV)": the club or university, which may be the origin
    if first < 2 or not all(_name_word(token) for token in tokens[first - 2 : first]):
        return False
    if not _adjacent(sentence, tokens[first - 2], tokens[first - 1]):
        return False
    after = sentence[tokens[last].end : tokens[last + 1].start if last + 1 < len(tokens) else len(sentence)]
    return sentence[tokens[first - 1].end : tokens[first].start].strip() == "(" and after.strip()[:1] == ")"


def _plural_nickname(tokens: list[_Token], mention: _Mention, language: str) -> bool:
    """Whether ``mention`` is a plural nickname of a team or a group, which no record names: one
    capitalised word in a plural form (ending in 's', 'x' or, in Italian, 'i') after a plural article
    (list ``plural_articles``) written in lower case or opening the sentence ('les Nordistes', 'la 5e
    place des Dogues', 'des Hammers', 'i Blucerchiati'; not 'Les Républicains' inside a sentence, a
    party's name), or any name after a plural article and its 'de' ('Los de La Cerámica': the ones of a
    ground)."""
    first = mention.first
    articles = _folded_set("plural_articles", language)
    of = first - 2 if first >= 2 and tokens[first - 1].folded in _folded_set("determiners", language) else first - 1
    if of >= 1 and tokens[of].folded in _folded_set("from_markers", language) and tokens[of - 1].folded in articles:
        return True  # "Los de La Cerámica"
    if mention.last != first or first < 1 or tokens[first - 1].folded not in articles:
        return False
    article = tokens[first - 1]
    if _capitalised(article.text) and first - 1 > 0:
        return False  # "rejoint Les Républicains": the article of a name
    word = tokens[first].folded
    return len(word) > 3 and (word.endswith(("s", "x")) or (language == "it" and word.endswith("i")))


_SOURCES = _in_any_language("source_prepositions")
"""Prepositions of the source of a report ('según', 'selon', 'secondo', 'laut', 'according to')."""


_REPORTS = _in_any_language("report_verbs")
"""Verbs of a news outlet reporting (list ``report_verbs``, folded): the name next to one is the outlet, no employer."""


def _reports(words: list[str], tokens: list[_Token], mention: _Mention, sentence: str) -> bool:
    """Whether ``mention`` names the source of the news: a few small words after a preposition of a
    source in its clause ('según informa Fortune', 'selon un rapport récent de Bloomberg', 'according
    to Bloomberg'), or next to a verb of reporting ('L'Ansa riporta', 'reports Bloomberg', 'a révélé à
    Fortune', also with an article: 'told the Vantor Herald')."""
    first, last = mention.first, mention.last
    for at in range(max(0, first - 5), first):
        if (
            words[at] in _SOURCES
            and _one_clause(sentence, tokens[at], tokens[first])
            and not any(_capitalised(t.text) for t in tokens[at + 1 : first])
        ):
            return True
    if last + 1 < len(words) and words[last + 1] in _REPORTS:
        return True
    back = first - 1
    if back > 0 and words[back] in _DEFINITE and not _capitalised(tokens[back].text):
        back -= 1  # "told the Vantor Herald"
    if back > 0 and words[back] in ("a", "to", "al", "an"):
        back -= 1  # "révélé à Fortune"
        # a word of speaking, also past one word in lower case ("le dichiarazioni rilasciate ieri a 'Sky
        # Sport' da X", "ha detto a Sky", "dijo a Marca", "a déclaré à L'Équipe"): the medium spoken to
        if (back > 0 and words[back] not in _SPOKEN_TO | _LEAVING_WORDS and not _capitalised(tokens[back].text)
                and words[back - 1] in _SPOKEN_TO):  # fmt: skip
            back -= 1  # (not "dijo adiós a Quorra": a farewell)
        if words[back] in _SPOKEN_TO and _one_clause(sentence, tokens[back], tokens[first]):
            return True
    return back >= 0 and words[back] in _REPORTS and _one_clause(sentence, tokens[back], tokens[first])


_SPOKEN_TO = frozenset(
    fold_word(phrase.split()[-1])
    for phrases in lexicon._LEXICON.per_language["speakers"].values()
    for phrase in phrases
    if phrase.split()[-1] not in ("so", "según", "selon", "according")
)
"""The last words of the phrases of speaking of every language (list ``speakers``, not a preposition of a
source): before 'to', 'a', 'à' and a name, the medium spoken to ('told to', 'dijo a Marca')."""


_LEAVING_WORDS = frozenset(
    word
    for phrases in lexicon._LEXICON.per_language["leave"].values()
    for phrase in phrases
    for word in folded_phrase(phrase)
)
"""The words of the phrases of leaving of every language ('adiós' of 'dijo adiós a'): no word between speaking and
the one spoken to."""


def _find(tokens: list[_Token], index: dict, *, genitive: bool = False) -> list[_Mention]:
    """Mentions of the indexed names in ``tokens`` (longest first, no overlaps)."""
    found, index_at = [], 0
    while index_at < len(tokens):
        word = tokens[index_at].folded
        if genitive and word.startswith("ex-") and len(word) > 3:
            word = word[3:]  # "Ex-OpenAI-Forscher", "ex-Google": the organisation of an earlier post
        candidates = index.get(word, [])
        if genitive and not candidates and word.endswith("s"):
            candidates = [entry for entry in index.get(word[:-1], []) if len(entry[0]) == 1]
        if genitive and not candidates and "-" in word:  # "Meta-Chef", "OpenAI-Büro": a compound on the name
            candidates = [entry for entry in index.get(word.split("-")[0], []) if len(entry[0]) == 1]
        for words, record_id in candidates:
            end = index_at + len(words)
            got = [word, *(t.folded for t in tokens[index_at + 1 : end])]
            if len(words) == 1 and got and got[0] != words[0]:
                got = [got[0].split("-")[0] if "-" in got[0] else got[0][:-1]]  # "Metas", "Meta-Chef"
            if tuple(got) == words:
                text = " ".join(t.text for t in tokens[index_at:end])
                found.append(_Mention(index_at, end - 1, text, record_id))
                index_at = end - 1
                break
        index_at += 1
    return found


_DEFINITE = frozenset(
    ("the", "das", "dem", "den", "des", "der", "die", "vom", "beim", "zum", "el", "del", "al", "la", "le", "l'", "du",
     "au", "il", "lo", "dell'", "dall'", "all'", "nell'", "sull'", "della", "dalla", "alla", "nella", "dello", "dallo")
)  # fmt: skip
"""Definite articles, alone or in a preposition, in the five languages: 'the company' is one named before."""


def _same_org(one: _Mention, other: _Mention | None) -> bool:
    """Whether two mentions name one organisation (one id, or one name): no move goes from it to itself
    ("hanno lasciato il Carroccio per andare al Misto" after "la scissione interna al Carroccio")."""
    if other is None:
        return False
    if one.record_id is not None or other.record_id is not None:
        return one.record_id == other.record_id
    return fold_word(one.name) == fold_word(other.name)


_TITLE_WORDS = _in_any_language("title_words")
"""Words of an English title before a role ('Prime Minister', 'Vice President'): no organisation's."""


def _role_owners(sentence: str, tokens: list[_Token], taken: set[int],
                 determiners: frozenset[str]) -> list[tuple[int, int]]:  # fmt: skip
    """The English organisation before a role and a name of two words ('Exeter Express and Echo
    editor Marc Astley is to step down', 'Chelsea manager Graham Potter'), as the German compound
    says it ('Bayern-Trainer Hansi Flick'): up to five capitalised words ('and' or '&' between two of
    them), none a role, a word of a title ('Prime Minister', 'Vice President', 'Chief Executive') or a
    small word, right before the role: the first (where the person is), not a name. With no name after
    the role, one organisation of one word before a possessive ('Initech's head of research, Jane
    Doe', 'Jane Doe, Initech's chief technology officer') or one after 'former' ('a former Initech
    engineer'): the role's organisation too."""
    found = []
    for at in range(1, len(tokens)):  # (also a role that ends the sentence: "… as Globex's chief scientist")
        role = tokens[at]
        lower_role = _is_role(role.folded) and role.text[:1].islower()
        if not (lower_role or role.text in _TITLES):
            continue  # a role in lower case ("editor", "manager") or a title in capitals ("CEO")
        named = (at + 2 < len(tokens) and _name_word(tokens[at + 1]) and _name_word(tokens[at + 2])
                 and _adjacent(sentence, role, tokens[at + 1]))  # fmt: skip
        end = at
        # (a word of an earlier post may stand between the possessive and the role: "Initech's former CEO")
        owned = at - 1 if at > 2 and tokens[at - 1].folded in _FORMER_EN | {"new"} else at  # "Globex's new CEO"
        if (
            owned > 1
            and tokens[owned - 1].text == "s"
            and sentence[tokens[owned - 2].end : tokens[owned - 1].start] in ("'", "’")
        ):
            end = owned - 1  # "Initech's head of research, Jane Doe", "…, Initech's chief technology officer"
        # (no name after the role: "a former Initech engineer", a role of a former post, below)
        if not _adjacent(sentence, tokens[at - 1], role):
            continue
        first = end
        # (a possessive's apostrophe stands between the organisation and its "s")
        while first > 0 and at - first < 5 and (first == end < at or _adjacent(sentence, tokens[first - 1],
                                                                               tokens[first])):  # fmt: skip
            word = tokens[first - 1]
            if word.folded in ("and", "&") and first - 1 > 0 and first < at:
                first -= 1
                continue
            if (not _capitalised(word.text) or first - 1 in taken or word.folded in _TITLE_WORDS
                    or word.folded in _NEVER_NAMES or word.folded in determiners or _is_role(word.folded)):  # fmt: skip
                break
            first -= 1
        while first < end and tokens[first].folded in ("and", "&"):
            first += 1
        former = (first > 0 and tokens[first - 1].folded in _FORMER_EN) or tokens[first].folded.startswith("ex-")
        # a post after "as" ("took over as Globex chief executive"), or an apposition of one's post: ", a Quorra
        # veteran," (a role in lower case and its end after it)
        former = (
            former
            or (first > 0 and tokens[first - 1].folded == "as" and first < at)
            or (
                first > 0
                and tokens[first - 1].folded in ("a", "an")
                and lower_role
                and (at + 1 == len(tokens) or re.match(r"\s*[,;)]", sentence[role.end :]) is not None)
            )
        )
        if end < at and first < end - 1:
            continue  # "Mark Zuckerberg's chief of staff": a possessive of two words or more is a person's
        if first < end and (named or end < at or former):
            found.append((first, end - 1))
    return found


_FORMER_EN = frozenset(word for word in lexicon.EARLIER["en"] if " " not in word)
"""The English words of an earlier post before an organisation and a role ('a former Initech engineer')."""


_PUBLICATIONS = {"journal", "times", "news", "post", "press", "magazine", "gazette", "zeitung", "tribune"}
"""Last words of a publication's name: the one who reports a move, not an organisation of it."""


_NAMES_ONLY_CAPITALISED = ("it", "es", "fr")
"""Languages that capitalise names only (not every noun, as German; not titles' words, as English):
in them a capitalised word after an article ("l'Inter", "la Ferrari") names an organisation."""


def _described_name(sentence: str, tokens: list[_Token], start: int, language: str) -> int | None:
    """Where the name after a description of a company starts ('la multinacional española Indra', 'the
    chipmaker Nvidia', 'il colosso americano Google', 'la société Mistral'): a noun of a company (list
    ``company_nouns``) right after the article, at most two more words in lower case that are no small
    word, verb or word of moving of the language ('dall'azienda è stato Jimmy Ba' is no description),
    then a capitalised word, nothing but spaces between; None when no such description stands at
    ``start``."""
    if start >= len(tokens) or tokens[start].folded not in _COMPANY_NOUNS:
        return None
    small = _folded_set("stopwords", language) | _folded_set("passive", language) | _moving_words(language)
    at = start + 1
    while at < len(tokens) and at - start <= 3 and not _capitalised(tokens[at].text):
        if at - start == 3:
            return None
        if (tokens[at].folded in _GENITIVES and at == start + 1 and at + 1 < len(tokens)
                and not _capitalised(tokens[at + 1].text) and tokens[at + 1].folded not in small):  # fmt: skip
            at += 1  # what the company makes or sells: "la cadena de supermercados Dia", "la società di consulenza X"
        elif tokens[at].folded in small:
            return None
        at += 1
    if at >= len(tokens) or not _capitalised(tokens[at].text):
        return None
    if any(not _adjacent(sentence, tokens[k - 1], tokens[k]) for k in range(start + 1, at + 1)):
        return None  # "dal lancio della compagnia, Jimmy Ba e Tony Wu": a comma ends the description
    return at


def _company_compound(folded: str) -> bool:
    """Whether a German noun is, or ends in, a noun of a company (list ``company_nouns``), in any case
    ('Zeitung', 'Qualitätszeitung', 'Mobilfunkkonzerns')."""
    return any(folded.endswith(company + ending) for company in _COMPANY_NOUNS for ending in ("", "s", "es"))


def _german_described(sentence: str, tokens: list[_Token], start: int) -> int | None:
    """Where the name after a German description of a company starts, the description right after its
    article: at most three adjectives in lower case, then a noun ending in a noun of a company (list
    ``company_nouns``, in any case: "der angeschlagenen Qualitätszeitung „Le Monde“", "des
    Mobilfunkkonzerns Vantor"), then a capitalised word, only spaces and an opening quote between; None
    when no such description stands at ``start``."""
    at = start
    while at < len(tokens) and at - start < 3 and not _capitalised(tokens[at].text):
        at += 1
    if at + 1 >= len(tokens) or not _capitalised(tokens[at + 1].text):
        return None
    if not _company_compound(tokens[at].folded):
        return None
    if any(sentence[tokens[k - 1].end : tokens[k].start].strip(' „“"»«') for k in range(start + 1, at + 2)):
        return None  # "der Zeitung, Mara Lind": a comma ends the description
    return at + 1


_HEADS = frozenset(fold_word(word) for word in lexicon.INSTITUTION_HEADS)


_HEAD_ENDINGS = tuple(sorted(_HEADS))


_AFFIXES = frozenset(fold_word(word) for word in lexicon.ORG_AFFIXES)


_CLUB_CUES = frozenset(fold_word(word) for word in lexicon.CLUB_CUES)


_COMPLEMENTS = {"fur", "des", "der", "of", "di", "del", "della", "dello", "degli", "dei", "de", "du", "d'"}
"""Small words between an institution's head and its name: 'Hochschule für Gestaltung', 'Universität des
Saarlandes', 'University of Toronto', 'Università di Padova', 'Universidad de Chile', 'Université du Québec'."""


_QUOTED = re.compile(r"[„“”\"«»‚‘’']\s?([A-ZÀ-ÖØ-Þ][^„“”\"«»‚‘’'.!?,;:()]{0,40}?)\s?[“”\"»‘’']")


def _is_head(token: _Token, language: str) -> bool:
    """Whether a word heads an institution's name ('Universität', 'University', 'Partito'), or ends a
    German compound that does ('Universitätsklinikum', 'Leibniz-Institut', 'Schwarz-Gruppe')."""
    folded = token.folded
    if folded in _HEADS:
        return True
    if language != "de" or not folded.endswith(_HEAD_ENDINGS) or not _capitalised(token.text):
        return False
    return any(folded.endswith(head) and len(folded) > len(head) + 2 for head in _HEADS)


def _proper(token: _Token) -> bool:
    """Whether a word can be part of an institution's proper name: capitalised, no small word."""
    return (
        _capitalised(token.text) and token.folded not in lexicon.NOT_NAMES and not any(c.isdigit() for c in token.text)
    )


def _institutions(sentence: str, tokens: list[_Token], language: str) -> list[tuple[int, int]]:
    """Institutions named by a head noun and a proper name, wherever they stand: the name after the
    head ('Universität Siegen', 'Universitätsklinikum Bonn'), after a small word of complement
    ('Hochschule für Gestaltung Offenbach', 'Universität des Saarlandes', 'University of Toronto',
    'Università di Padova', 'Universidad de Chile'), or before it ('Braunschweiger Zeitung', 'Boston
    Herald', 'Universitätsklinikum Bonn'); a capitalised head in a language that capitalises names only,
    with the adjective after it ('Partito democratico'). A head alone ('die Universität', 'the
    university', 'Tabloid-Zeitung') is no name; a head in lower case in those languages is a common noun
    before the name, which alone is the organisation ('groupe de La République en marche', 'gruppo
    Misto')."""
    found, index = [], 0
    while index < len(tokens):
        token = tokens[index]
        if not _is_head(token, language) or (language == "de" and not _capitalised(token.text)):
            index += 1
            continue
        first = last = index
        while (first > 0 and index - first < 2 and _proper(tokens[first - 1])
               and _adjacent(sentence, tokens[first - 1], tokens[first]) and not _is_role(tokens[first - 1].folded)
               and (first - 1 > 0 or not _is_head(tokens[first - 1], language))):  # fmt: skip
            first -= 1  # "Braunschweiger Zeitung", "Dorset Echo"
        at = index + 1
        linked = at < len(tokens) and tokens[at].folded in _COMPLEMENTS and _adjacent(sentence, token, tokens[at])
        if linked:
            at += 1
            if at + 1 < len(tokens) and tokens[at].folded in _NAME_ARTICLES and _proper(tokens[at + 1]):
                at += 0 if _capitalised(tokens[at].text) else 1  # "de La République", "de la República"
        named = at
        while (named < len(tokens) and named - at < 3
               and (_proper(tokens[named]) or (named == at and tokens[named].folded in _NAME_ARTICLES
                                               and named + 1 < len(tokens) and _proper(tokens[named + 1])))
               and _adjacent(sentence, tokens[named - 1], tokens[named])):  # fmt: skip
            named += 1
        if named > at:
            last = named - 1  # "Universität Siegen", "Hochschule für Gestaltung Offenbach"
        elif (language in _NAMES_ONLY_CAPITALISED and index > 0 and _capitalised(token.text)
              and index + 1 < len(tokens) and not _capitalised(tokens[index + 1].text)
              and _adjacent(sentence, token, tokens[index + 1]) and tokens[index + 1].folded.endswith(("o", "a", "e"))
              and tokens[index + 1].folded not in _folded_set("stopwords", language)
              and tokens[index + 1].folded not in _folded_set("determiners", language)):  # fmt: skip
            last = index + 1  # "del Partito democratico": a name written with one capital
        if first == index and last == index:
            index += 1
            continue
        if language != "de" and not _capitalised(token.text) and named > at:
            if linked and named - at == 2 and all(_name_word(tokens[i]) for i in range(at, named)):
                index = named  # "le parti d'Édouard Philippe": a common noun and a person's name is whose it is
                continue
            first = at  # "groupe de La République en marche", "gruppo Misto": a common noun before the name
        found.append((first, last))
        index = last + 1
    return found


def _affixed(sentence: str, tokens: list[_Token]) -> list[tuple[int, int]]:
    """A club's or a company's name by its prefix or suffix ('Hamburger SV', 'UD Las Palmas', 'Córdoba
    CF', 'Real Zaragoza', 'Berliner Medienservice GmbH', 'NORMA Group'): the capitalised words next to
    the affix (one of three letters or fewer only in capitals: 'AG', not 'ag'); an elided article before
    it is none of them ("L'AS Ribera" is "AS Ribera")."""
    found, index = [], 0
    while index < len(tokens):
        token = tokens[index]
        short = len(token.text) <= 3  # in capitals, or with one inside ("VfL Wolfsburg", "VfB"), not "As"
        if (token.folded not in _AFFIXES or not _capitalised(token.text)
                or (short and not token.text.isupper() and token.text[1:].islower())):  # fmt: skip
            index += 1
            continue
        first = last = index
        while (first > 0 and index - first < 2 and _proper(tokens[first - 1]) and not _is_role(tokens[first - 1].folded)
               and not tokens[first - 1].text.endswith(("'", "’"))
               and _adjacent(sentence, tokens[first - 1], tokens[first])):  # fmt: skip
            first -= 1
        while (last + 1 < len(tokens) and last - index < 2 and _capitalised(tokens[last + 1].text)
               and _adjacent(sentence, tokens[last], tokens[last + 1])):  # fmt: skip
            last += 1
        if first < last and tokens[last].folded not in _PUBLICATIONS:  # not "the Wall Street Journal": who reports
            found.append((first, last))
        index = last + 1
    return found


def _titles(sentence: str, tokens: list[_Token], language: str) -> list[tuple[int, int]]:
    """Titles in quotation marks after a small word of a side, an article or a role ('zur
    „Westfalenpost“', 'der „Braunschweiger Zeitung“', "della ‘Stampa’", '«La Stampa»'): a newspaper's or
    a company's name of one to four words, each capitalised or a small word between them."""
    found = []
    determiners = _folded_set("determiners", language)
    markers = _folded_set("from_markers", language) | _folded_set("to_markers", language) | {
        fold_word(word) for word in lexicon.AT_MARKERS}  # fmt: skip
    for match in _QUOTED.finditer(sentence):
        inside = [i for i, t in enumerate(tokens) if match.start(1) <= t.start and t.end <= match.end(1)]
        if not inside or len(inside) > 4 or not _capitalised(tokens[inside[-1]].text):
            continue
        if not all(_capitalised(tokens[i].text) or len(tokens[i].text) <= 4 for i in inside):
            continue
        before = inside[0] - 1
        if _nickname(tokens, inside, language):
            continue  # 'übernimmt … die „Rothosen“': a team's nickname in the plural, no name the text gives
        if (
            before >= 1
            and tokens[before].folded in determiners
            and (
                tokens[before - 1].folded in _ONE_OF
                or (before >= 2 and tokens[before - 1].folded in _GENITIVES and tokens[before - 2].folded in _ONE_OF)
            )
        ):
            continue  # 'einer der „Paten der KI“', 'one of the "Godfathers of AI"': a description of people
        if before >= 0 and (tokens[before].folded in markers | determiners or _is_role(tokens[before].folded)
                            or (language == "de" and _company_compound(tokens[before].folded))):  # fmt: skip
            # (or a German noun of a company: 'der französischen Qualitätszeitung „Le Monde“')
            found.append((inside[0], inside[-1]))
    return found


_ONE_OF = frozenset({"einer", "eine", "eines", "einem", "one", "uno", "una", "un", "une", "l'un", "l'une"})
"""'One' before 'of the' and a plural ('einer der', 'one of the', 'uno dei', 'l'un des'): one of a set."""


def _nickname(tokens: list[_Token], inside: list[int], language: str) -> bool:
    """Whether a quoted title is a nickname in the plural: in German, one word ending in '-en' after
    'die' ('die „Rothosen“', 'die „Knappen“', 'die „Bullen“'), which no newspaper's or company's name in
    the feminine singular has ('die „Westfalenpost“', 'die „Welt“'); a genitive ('der „Thüringer
    Allgemeinen“') is not after 'die'."""
    if language != "de" or len(inside) != 1 or inside[0] == 0:
        return False
    word = tokens[inside[0]].folded
    return tokens[inside[0] - 1].folded == "die" and word.endswith("en") and word not in lexicon.ORG_WORDS


def _role_compound(token: _Token) -> bool:
    """Whether a word is an organisation's name and a role joined by a hyphen ('OpenAI-Gründer',
    'Meta-Chef', 'Liefering-Coach'): the organisation is where the person is, the origin of a move."""
    head, _, role = token.text.rpartition("-")
    role = fold_word(role)
    person = role in _PEOPLE_NOUNS  # "OpenAI-Forscher": the researchers' employer as well
    return bool(head) and bool(role) and (_is_role(role) or person) and not role.endswith(_EXPERTISE)


_PEOPLE_NOUNS = _in_any_language("group_nouns") | _in_any_language("person_nouns")
"""Nouns of people at work in every language ('Forscher', 'Mitarbeiter', 'engineers')."""


def _place(tokens: list[_Token], index: int, language: str) -> bool:
    """Whether the word after ``index`` is a place: one capitalised word right after a preposition of
    place ('nach Hagen', 'nach Berlin'), not in capitals, in a sentence with no word of sport
    ('Trainer … nach Leipzig' names a club)."""
    if tokens[index].folded not in _folded_set("place_prepositions", language) or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    if following.text.isupper() or (index + 2 < len(tokens) and _capitalised(tokens[index + 2].text)):
        return False
    return not any(t.folded in _CLUB_CUES or (language == "de" and t.folded.endswith(("trainer", "coach")))
                   for t in tokens)  # fmt: skip
