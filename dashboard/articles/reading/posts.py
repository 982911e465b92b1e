"""Which words of moving tell a move: those that do not (negated, in a standing, an interim, an aside),
posts that are taken, accepted or become, a heading that states a move without a verb, a move in one's own
house, and the pattern that names how a candidate was found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.articles import lexicon
from dashboard.articles.patterns import (
    spans,
)
from dashboard.articles.reading.german import _separated
from dashboard.articles.reading.names import (
    _COMPANY_NOUNS,
    _GENITIVES,
    _NEW,
    _POSSESSIVES,
    _name_word,
    _post,
    _post_or_role,
)
from dashboard.articles.reading.organisations import _DEFINITE, _TITLE_WORDS
from dashboard.articles.reading.text import _adjacent, _again, _capitalised, _folded_set, _one_clause, _single_words
from dashboard.articles.words import fold_word, folded_phrase

if TYPE_CHECKING:
    from dashboard.articles.reading.text import _Mention, _Move, _Token


def _announces(words: list[str], tokens: list[_Token], after: int, language: str) -> bool:
    """Whether what a verb of a statement says, from ``after`` on, tells a move of the organisation that
    opens the sentence: it speaks of "the company" ("Quorra confirmed that Jane Doe had left the company"),
    of a noun of joining or leaving and its "of" ("Globex announced the appointment of Jane Doe") or of a name's noun of
    moving ("Quorra announced Jane Doe's departure"; not "… Jane Doe's departure from Quorra", whose
    organisation the noun has), or of a bare post right before a name that moves ("Quorra said on Monday that
    its CEO Jane Doe will step down": a post of no other organisation is the speaker's)."""
    joining = {low for low, _high in spans(words, lexicon.JOIN[language])}
    moving = joining | {low for low, _high in spans(words, lexicon.LEAVE[language])}
    relatives = _folded_set("relatives", language)
    that = next((k for k in range(after, min(after + 4, len(words))) if words[k] in relatives), None)
    if that is not None:
        role = that + 1 + (that + 1 < len(words) and words[that + 1] in _folded_set("determiners", language))
        name = next((k for k in range(role, min(role + 3, len(words))) if not _post(words[k])), role)
        if name > role and name < len(words) and _name_word(tokens[name]) and any(k > name for k in moving):
            return True
    sides = set(lexicon.FROM_MARKERS[language] + lexicon.TO_MARKERS[language]) | set(lexicon.AT_MARKERS)
    if any(words[k] in _COMPANY_NOUNS and words[k - 1] in _DEFINITE for k in range(after + 1, len(words))):
        return True
    # (a noun of leaving too; not with an organisation after the name: "Quorra annonce le départ de Luc Martin",
    # not "… le départ de Luc Martin de Globex", "… l'arrivo di X alla guida di Vantor", whose organisation the
    # noun has)
    if any(
        k in moving
        and words[k - 1] in _DEFINITE
        and words[k + 1] in _GENITIVES
        and not any(_name_word(tokens[i]) and words[i - 1] in sides for i in range(k + 3, len(words)))
        for k in range(after + 1, min(after + 4, len(words) - 1))
    ):
        return True
    return any(
        k in moving
        and words[k - 1] == "s"
        and _name_word(tokens[k - 2])
        and not any(_name_word(tokens[i]) and words[i - 1] in sides for i in range(k + 1, len(words)))
        for k in range(after + 3, min(after + 5, len(words)))
    )


def _pattern(move: _Move, origin: _Mention | None, destination: _Mention | None, has: dict, how: str | None) -> str:
    """Which of :data:`dashboard.articles.patterns.PATTERNS` found a candidate."""
    if move.kind == "stay":
        return "stay"
    if origin is not None and origin.how == "remembered":
        return "remembered"
    if how:
        return how
    if origin is not None and origin.how == "dismissed":
        return "dismissed"
    if destination is not None and destination.how == "appointed":
        return "appointed"
    if origin is not None and origin.how in ("tenure", "former"):
        return "after-tenure" if origin.how == "tenure" else "former"
    if destination is not None and destination.how == "left-for":
        return "left-for"
    if has.get("hire") and not (origin is not None and origin.how == "governed" and destination is None):
        return "hired"
    if origin is not None and destination is not None and origin.how == destination.how == "marker":
        return "from-to"
    if has.get("earlier") and not (has.get("join") or has.get("leave")):
        return "earlier"
    return "move-verb"


def _opening_verb(tokens: list[_Token], words: list[str], language: str, table: list[str],
                  clauses: set[int]) -> tuple[int, int] | None:  # fmt: skip
    """The verb of ``table`` in a finite form that opens the sentence or one of its clauses, with at
    most adverbs, an auxiliary or a clitic before it, in a language that needs no subject pronoun
    ('Ahora se une a OpenAI', 'Fue cesado en sus funciones', 'En 2019, fichó por el Betis', 'È stato
    esonerato dopo …', 'Ha lasciato la società nel 2023', 'Destituyó a X'): its subject is someone or
    something named before. Not a noun of moving that opens a heading ('Salida de …', 'Esonero per
    …'), nor a participle alone ('Fichado por el Córdoba en julio, …' describes, it tells no act)."""
    skip = _folded_set("sentence_adverbs", language) | _PRO_DROP_AUXILIARIES[language]
    verbs = spans(words, table)
    for opening in (0, *sorted(clauses)):
        at = opening
        while at < len(words) and words[at] in skip:
            at += 1
        if at >= len(words) or (at != opening and _capitalised(tokens[at].text)):
            continue
        found = [(start, end) for start, end in verbs if opening <= start <= at < end]
        if not found:
            continue
        head = words[found[0][1] - 1]
        if head.endswith(_NOUN_OF_MOVING_ENDINGS) or head in _NOUNS_OF_MOVING[language]:
            continue  # "Salida de OpenAI", "Esonero per …": a heading's noun
        if at == opening and head.endswith(_PARTICIPLE_ENDINGS) and found[0][1] - found[0][0] == 1:
            continue
        return found[0]
    return None


def _in_house(tokens: list[_Token], orgs: list[_Mention], sentence: str) -> bool:
    """Whether every destination of a sentence without a word of leaving is the person's own
    organisation: a possessive and a noun of a company up to four words before it, in its clause
    ('named CEO of his artificial intelligence startup Safe Superintelligence', 'nominato
    amministratore delegato della sua società X'; not 'la sua prima assunzione in Apple', whose
    possessive is someone else's): a post inside it, no move from elsewhere."""
    destinations = [org for org in orgs if org.side == "to"]
    return bool(destinations) and all(
        any(tokens[at].folded in _POSSESSIVES and _one_clause(sentence, tokens[at], tokens[org.first])
            and any(t.folded in _COMPANY_NOUNS for t in tokens[at + 1 : org.first])
            for at in range(max(0, org.first - 4), org.first))
        for org in destinations
    )  # fmt: skip


_PRO_DROP_AUXILIARIES = {
    language: frozenset(fold_word(word) for word in words)
    for language, words in lexicon._LEXICON.per_language["subjectless_openers"].items()
}
"""Auxiliaries, clitics and short adverbs that may stand before a verb of moving with no subject: 'Fue
cesado', 'Se ha marchado', 'È stato esonerato', 'Si è dimesso'. Not a negation ('No dejará el Betis',
'Non lascerà il Milan': no move) nor the Italian 'se' ('if')."""


_NOUN_OF_MOVING_ENDINGS = ("cion", "ciones", "sion", "siones", "zione", "zioni", "mento", "menti", "miento",
                           "mientos")  # fmt: skip


_NOUNS_OF_MOVING = {
    "es": frozenset({"salida", "salidas", "llegada", "marcha", "fichaje", "fichajes", "relevo", "regreso", "cese",
                     "despido", "adios", "reemplazo", "sustituto", "abandono", "ceses"}),
    "it": frozenset({"addio", "addii", "arrivo", "arrivi", "esonero", "esoneri", "uscita", "ritorno", "approdo",
                     "ingresso", "passaggio", "divorzio", "dimissioni", "successore", "sostituto", "nomina"}),
}  # fmt: skip
"""Nouns of moving that may open a heading with no article ('Salida de …', 'Esonero per …')."""


_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ato", "ata", "ati", "ate",
                       "ito", "ita", "iti", "ite", "uto", "uta")  # fmt: skip


def _negated(sentence: str, tokens: list[_Token], language: str, triggers: list[tuple[int, int]]) -> bool:
    """Whether every word of moving of a sentence has a word of negation at most two words before it,
    in its clause ("Jane Doe will not leave Quorra", "no dejará el Betis", "non lascerà il Milan", "ne
    quittera pas"): the sentence tells a move that does not happen. One word of moving that no negation
    governs keeps the sentence ("X, who did not want to leave A, joined B")."""
    entries = lexicon._LEXICON.per_language["negations"][language]
    negations = frozenset(word for entry in entries if " " not in entry for word in folded_phrase(entry))
    negations |= _single_words("negations", language)
    if not triggers or not negations:
        return False

    # a phrase of negation right before the word of moving: "has no plans to leave Quorra"
    phrases = {end for low, end in spans([t.folded for t in tokens], entries) if end - low > 1}

    def negated(start: int) -> bool:
        return start in phrases or any(
            tokens[at].folded in negations and _one_clause(sentence, tokens[at], tokens[start])
            for at in range(max(0, start - 2), start)
        )

    return all(negated(start) for start, _end in triggers)


_HEADING_MARKERS = {"de": ("zu", "zum", "zur"), "en": ("to",), "it": ("al", "alla", "allo", "all'"),
                    "es": ("al",), "fr": ("au",)}  # fmt: skip
"""The small words of a destination that make a heading without a verb a move ('Marsch zu Leipzig',
'Smith to Chelsea', 'Ufficiale: Marco Rossi al Milan', 'Mbappé au Real'): in the languages whose
headings drop the verb before them; an article's, not a bare 'a'/'à', which names a place as often."""


def _heading_move(sentence: str, tokens: list[_Token], language: str) -> int | None:
    """Where the marker stands of a heading that states a move without a verb: a line of at most eight words with no
    full stop, colon or other end, a capitalised name word right before 'zu'/'to' and only one to three
    capitalised words after it, which end the line ('Salzburg-Coach Marsch zu Leipzig', 'Salzburg coach
    Marsch to Leipzig'; not 'Müller zu Gast bei Bayern'); None otherwise."""
    markers = _HEADING_MARKERS.get(language, ())
    if not markers or len(tokens) > 8 or re.search(r"[.!?…:;]\W*$", sentence):
        return None
    for at in range(1, len(tokens) - 1):
        if (tokens[at].folded in markers and _name_word(tokens[at - 1])
                and all(_capitalised(t.text) for t in tokens[at + 1 :]) and len(tokens) - at <= 4
                and _adjacent(sentence, tokens[at - 1], tokens[at])
                and _adjacent(sentence, tokens[at], tokens[at + 1])):  # fmt: skip
            return at
    return None


def _not_moving(sentence: str, tokens: list[_Token], language: str) -> tuple[set[int], list[tuple[int, str, str]]]:
    """The token indices of words of moving that tell no move of the sentence, and its separable verbs of
    moving (:func:`_separated`, read with their particle: "tritt … zurück" leaves, "tritt" alone does not)."""
    # a word of moving in an aside is not the sentence's: "die W3-Professur (Nachfolge Kessler) erteilt"
    aside = _asides(sentence, tokens, language)
    separated = _separated(sentence, tokens, language)  # "scheidet auch der jetzige CEO … aus"
    aside |= {at for at, _side, phrase in separated if len(folded_phrase(phrase)) > 1}
    separated = [found for found in separated if found[1] != "none"]
    # and together: "kündigte an, dass …" announces
    not_moving = lexicon._LEXICON.per_language["not_moving"][language]
    aside |= {i for low, high in spans([t.folded for t in tokens], not_moving) for i in range(low, high)}
    aside |= _interim_takes(sentence, tokens, language)  # "übernimmt X kommissarisch die Leitung": no move
    aside |= _standings(sentence, tokens, language)  # "a result that left the Old Lady in fifth": no one leaves
    aside |= _post_changes(tokens, language)  # "pasa de directora comercial a consejera delegada de X"
    aside |= _again(tokens, language)  # "vuelve a ganar con el Ribera": "again", no return
    aside |= _left_open(tokens, language)  # "dejó abierta una puerta a su continuidad": nobody leaves
    # a word of moving inside a phrase of staying is the stay's: "resta alla guida di Globex" stays
    aside |= {i for low, high in spans([t.folded for t in tokens], lexicon.STAY[language]) for i in range(low, high)}
    return aside, separated


def _left_open(tokens: list[_Token], language: str) -> set[int]:
    """The token indices of a verb of leaving whose object is left open or made plain, with a predicate up to
    two words after it (list ``leave_predicates``): 'dejó además abierta una puerta a su continuidad', 'dejó
    claro que', 'a laissé entendre', 'ha lasciato intendere', 'left open the possibility': nobody leaves."""
    words = [t.folded for t in tokens]
    predicates = _folded_set("leave_predicates", language)
    return {i for low, high in spans(words, lexicon.LEAVE[language]) if predicates & set(words[high : high + 3])
            for i in range(low, high)}  # fmt: skip


def _asides(sentence: str, tokens: list[_Token], language: str) -> set[int]:
    """The token indices inside brackets that hold no small word of a side ('(Nachfolge Kessler)', not
    '(zuvor bei Siemens)', '(who joined from Google)'): an aside about a post or a thing, whose word of
    moving is not the sentence's."""
    markers = (_folded_set("from_markers", language) | _folded_set("to_markers", language)
               | lexicon.AT_MARKERS | _folded_set("locatives", language))  # fmt: skip
    found: set[int] = set()
    for match in re.finditer(r"\(([^()]*)\)", sentence):
        inside = [at for at, token in enumerate(tokens) if match.start() < token.start and token.end < match.end()]
        if inside and not any(tokens[at].folded in markers for at in inside):
            found.update(inside)
    return found


def _interim_takes(sentence: str, tokens: list[_Token], language: str) -> set[int]:
    """The token indices of a word of joining with a word of an interim post (list ``interims``) at most
    four words after it, in its clause ('Aufgrund der Erkrankung von X übernimmt Y kommissarisch die
    Chefredaktion', 'Y asume de forma interina la dirección', 'Y assume ad interim la guida'): someone
    of the house stands in for a while, no move (a word of leaving in the sentence still tells one).
    Not an interim word of a post's name ('joins Globex as interim chief executive', 'Interims-CEO',
    'consejera delegada interina'), which someone from outside may take."""
    words = [token.folded for token in tokens]

    def titled(at: int) -> bool:
        return 0 <= at < len(words) and (_post_or_role(words[at], language) or words[at] in _TITLE_WORDS)

    interims = [(low, high) for low, high in spans(words, lexicon.INTERIMS[language])
                if "-" not in words[low] and not titled(low - 1) and not titled(high)]  # fmt: skip
    found: set[int] = set()
    for start, end in spans(words, lexicon.JOIN[language] + lexicon.HIRERS[language] + lexicon.ACCEPTS[language]):
        if any(
            end <= low <= end + 3
            and _one_clause(sentence, tokens[start], tokens[low])
            and not any(titled(at) for at in range(end, low))
            for low, _high in interims
        ):
            found.update(range(start, end))
    return found


def _standings(sentence: str, tokens: list[_Token], language: str) -> set[int]:
    """The token indices of a word of leaving whose object, a capitalised name, is followed, two to five
    words after the verb and in its clause, by a word of a league table (list ``standings``: 'a result
    that left the Old Lady in fifth', 'la sconfitta lascia la Roma al quinto posto', 'la défaite laisse
    Lyon à la dix-septième place'): the verb places a team in the table, nobody leaves."""
    words = [token.folded for token in tokens]
    table = spans(words, lexicon._LEXICON.per_language["standings"][language])
    found: set[int] = set()
    for start, end in spans(words, lexicon.LEAVE[language]):
        if any(end + 2 <= low <= end + 5 and _one_clause(sentence, tokens[start], tokens[low])
               and any(_capitalised(token.text) for token in tokens[end:low]) for low, _high in table):  # fmt: skip
            found.update(range(start, end))
    return found


def _post_changes(tokens: list[_Token], language: str) -> set[int]:
    """The token indices of a word of moving followed by a change of post: a marker of origin and a post
    in lower case, then, at most six words on, a marker of destination and another ('pasa de directora
    comercial a consejera delegada de Globex', 'passe de la direction commerciale à la direction
    générale', 'passa dalla direzione commerciale alla direzione generale'): a new post inside the same
    organisation, no move."""
    words = [token.folded for token in tokens]
    froms, tos = _folded_set("from_markers", language), _folded_set("to_markers", language)
    determiners = _folded_set("determiners", language)

    def post_after(at: int) -> bool:  # a post in lower case after a marker (and an article)
        at += 1 + (at + 1 < len(words) and words[at + 1] in determiners)
        return at < len(words) and not _capitalised(tokens[at].text) and _post_or_role(words[at], language)

    found: set[int] = set()
    for start, end in spans(words, lexicon.JOIN[language] + lexicon.LEAVE[language]):
        marker = end - 1 if words[end - 1] in froms else end  # "pasa de" is a phrase of moving itself
        ahead = range(marker + 2, min(marker + 7, len(words)))
        if (marker < len(words) and words[marker] in froms and post_after(marker)
                and any(words[at] in tos and post_after(at) for at in ahead)):  # fmt: skip
            found.update(range(start, end))
    return found


def _accepted_posts(sentence: str, tokens: list[_Token], language: str) -> list[tuple[int, int]]:
    """Where a verb of accepting stands with a noun of a post or a call in its clause ('hat den Ruf auf
    die W3-Professur … angenommen', 'accepted a professorship at X', 'ha accettato l'incarico'): a word
    of joining, the verb's span (first, after last) each. A post noun listed with a leading '-' is an
    ending ('-professur': 'Juniorprofessur'); an offer is no such noun (its 'from' is who makes it)."""
    nouns = lexicon.POST_NOUNS[language]
    whole = {fold_word(noun) for noun in nouns if not noun.startswith("-")}
    endings = tuple(fold_word(noun[1:]) for noun in nouns if noun.startswith("-"))
    at_post = [at for at, token in enumerate(tokens)
               if token.folded in whole or (endings and token.folded.endswith(endings))]  # fmt: skip
    if not at_post:
        return []
    plain = re.sub(r"\([^()]*\)", lambda bracket: " " * len(bracket.group()), sentence)  # an aside is no break
    return [(start, end) for start, end in spans([t.folded for t in tokens], lexicon.ACCEPTS[language])
            if any(_one_clause(plain, tokens[min(at, start)], tokens[max(at, start)]) for at in at_post)]  # fmt: skip


def _become_posts(tokens: list[_Token], language: str) -> list[tuple[int, int]]:
    """Where a verb of becoming (list ``becomes``) has a role after it, perhaps after an article or an
    adjective, and then 'of' ('to become chief executive of Helicon', 'wird
    Chefin von Bosch', 'convertirse en consejera delegada de Iberdrola', 'diventare amministratore
    delegato di Enel'): a post someone takes, a word of joining; the verb's span (first, after last)
    each. Not 'wird entlassen', 'became clear': no role and no 'of' after them."""
    becoming = _single_words("becomes", language)
    found = []
    for index, token in enumerate(tokens):
        if token.folded not in becoming:
            continue
        role = False
        for at in range(index + 1, min(index + 6, len(tokens) - 1)):
            word = tokens[at].folded
            if word in _GENITIVES:
                if role:
                    found.append((index, index + 1))
                break
            if _capitalised(tokens[at].text) and not _post(word) and language != "de":
                break  # a name before the role: not the one who becomes it
            if language == "de" and word == "als":
                break  # "wird als Chefin von X entlassen": the post held, in the capacity "als" says
            role = role or _post(word)
    return found


def _new_posts(words: list[str]) -> list[tuple[int, int]]:
    """Where 'new' and a role stand, with at most one word between them ('einen neuen Vorstandsvorsitzenden
    gefunden', 'nuovo amministratore delegato', 'the new head coach', 'nouvel entraîneur', 'nuevo
    director'): a post someone takes, a word of joining in every language, (first, after last) each."""
    found = []
    for index, word in enumerate(words):
        if word in _NEW:
            ahead = next((at for at in (index + 1, index + 2) if at < len(words) and _post(words[at])), None)
            if ahead is not None:
                found.append((index, ahead + 1))
    return found
