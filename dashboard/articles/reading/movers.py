"""Who moves in a sentence that names people: the subject of a word of moving, not a name in another
clause, an apposition's bystander or a name a preposition governs ("esonerato da X"); a predecessor
after "en lugar de" leaves and a successor after "sustituido por" comes; the names of one list share
their move. Each mover is given the organisations nearest it in its own clauses."""

from __future__ import annotations

import itertools
import re

from dashboard.articles import lexicon
from dashboard.articles.patterns import (
    clause_of,
    hires,
    only_speaks,
    spans,
)
from dashboard.articles.reading.groups import _GLUE, _paired_list, _repeated_preposition
from dashboard.articles.reading.names import _POSSESSIVES, _TITLES, _is_role
from dashboard.articles.reading.organisations import _owner
from dashboard.articles.reading.posts import _new_posts
from dashboard.articles.reading.sides import _AGENTS, _attribute_start, _object_of_auxiliary, _replaced_with
from dashboard.articles.reading.text import (
    _capitalised,
    _folded_set,
    _has_group_noun,
    _impersonal,
    _Mention,
    _single_words,
    _Token,
)
from dashboard.articles.words import folded_phrase

_SUBJECT_RELATIVES = {"who", "qui", "quien", "quienes"}
"""Relative pronouns that are their clause's subject: a name after the clause's verb is not (unlike
'donde', 'où', 'dove', after which the subject often follows the verb: 'donde llegó X'; and unlike the
Italian 'che' and the Spanish 'que', which are as often the object: 'il Genoa, che licenzia X')."""


def _movers(people: list[_Mention], how: dict[int, str], groups: list, words: list[str],
            language: str, orgs: list[_Mention]) -> list[_Mention]:  # fmt: skip
    """The people of a sentence who move: not one who only speaks about it ('said X', 'Sprecher
    X', 'después de que Altman revelara'), nor the subject of a hiring verb, its first person ('Chefin K
    holt Forscher von A', 'CEO X hired Y'), when the sentence names someone else (a person, a group, a
    noun of people: 'Los tres investigadores contratados …') -- unless an organisation is that verb's
    subject, before its auxiliary and the name ('Napoli hat X und Y verpflichtet')."""
    kept = []
    statements = _single_words("statements", language)
    moved = spans(words, lexicon.LEAVE[language] + lexicon.JOIN[language] + lexicon.DISMISS[language])
    subject = min((m for m in people if how.get(id(m)) is None), key=lambda m: m.first, default=None)
    if subject is not None and _object_of_auxiliary(words, subject, orgs, language):
        subject = None
    for mention in people:
        # (not the name's own title right before it: "Der Ex-Quorra-Forscher X heuert bei Globex an")
        titled = [w for i, w in enumerate(words) if i != mention.first - 1]
        others = [m for m in people if m is not mention] or groups or _has_group_noun(titled, language)
        speaks = bool(others) and only_speaks(words, mention.first, mention.last, language)
        if speaks and any(0 < org.first - mention.last <= 2 and org.last + 1 < len(words)
                          and words[org.last + 1] in statements for org in orgs):  # fmt: skip
            speaks = False  # "… replaced by Jane Doe, Quorra said": the organisation after the name speaks
        # the object of a verb of moving is no hirer: "allontanando X", "s'est séparé de X et a nommé Y"
        # (the verb's last word at most two words before the name)
        verb = hires(words, mention.last, language)
        hiring = (
            mention is subject
            and not any(start < mention.first and mention.first - end <= 2 for start, end in moved)
            and verb is not None
            and not _impersonal(words, verb, language)  # "X, que dejó Endesa, donde se nombró a Y"
            and (bool(others) or _has_group_noun(words[mention.last + 1 :], language))
        )
        if how.get(id(mention)) in ("member", "pronoun") or not (speaks or hiring or _owner(words, mention, language)):
            kept.append(mention)
    return kept


def _succession(people: list[_Mention], words: list[str], language: str, clauses: set[int],
                apart: list[tuple[int, int]] = (), handed: list[tuple[int, int]] = ()) -> dict:  # fmt: skip
    """The predecessor after 'en lugar de', 'replaces', 'prende il posto di' (up to three words
    between) and the successor after 'sustituido por', 'replaced by' (up to three words between:
    'sustituido por su compatriota X'; up to six in the same clause, where a verb and a title may
    stand between: 'en su lugar llegó el ex seleccionador nacional Julio César Baldivieso'):
    mention -> 'predecessor' or 'successor'; a predecessor with a word of an interim post just before
    the name ('das Ruder von Interims-CEO Per Hornung Pedersen', list ``interims``) -> 'interim'."""
    found: dict[int, str] = {}
    for role, table in (("successor", lexicon.REPLACED_BY), ("predecessor", lexicon.REPLACES)):
        reach = 6 if role == "successor" else 3
        # (and the verb of a German one whose particle ends the clause: "löst X … ab", ``apart``)
        # (and who a post is handed over to: "gibt den Vorsitz an X ab", ``handed``)
        for _start, end in spans(words, table[language]) + list(apart if role == "predecessor" else handed):
            for mention in people:
                if mention.first - end > 3 and clauses & set(range(end, mention.first + 1)):
                    continue  # past three words only within the clause: "en su lugar llegó el ex … X"
                if id(mention) not in found and 0 <= mention.first - end <= reach:
                    interim = spans(words[max(end, mention.first - 3) : mention.first], lexicon.INTERIMS[language])
                    found[id(mention)] = "interim" if role == "predecessor" and interim else role
                    if role == "predecessor" and _folded_set("replaced_with", language) & set(
                        words[end : mention.first]
                    ):
                        found[id(mention)] = "successor"  # "replaced him with Igor Tudor"
                    elif role == "predecessor":  # "sustituyó a X por Y": Y comes
                        found.update(_replaced_with(people, mention, words, language, clauses))
                    break
    return found


def _subjects(people: list[_Mention], how: dict[int, str], groups: list, sentence: str,
              tokens: list[_Token], orgs: list[_Mention], marks: list[tuple[int, int]],
              hiring: list[tuple[int, int]], language: str) -> tuple[list, dict]:  # fmt: skip
    """The movers of a sentence that names people, by its clause structure, and for each the token
    indices its organisations may stand at.

    The sentence is cut into pieces at commas, semicolons, colons and dashes; a person's own
    pieces are its piece and, right after its name, an apposition or a relative clause that names
    nobody else ('Andrea Brentan, que dejó en octubre Endesa', 'Mira Murati, direttore tecnico di
    OpenAI che ha dichiarato che lascerà'). A person moves when

    - a word of moving (``marks``) stands in its own pieces, or
    - it is the sentence's first person, its subject, and a word of moving stands in a piece that
      names nobody ('Mustafa Suleyman – the former CEO of Inflection, … – has become …'), or
    - it continues a list of movers ('…, and Anton Bakhtin, who …', 'Jonas Adler and Alexander
      Pritzel').

    A name that a preposition governs (after its title: 'authored by Microsoft CEO Satya Nadella')
    is no subject: an agent ('esonerato … da Claudio Lotito') or a bystander ('der
    Wiederbewaffnungskurs von Konrad Adenauer') — unless a word of moving stands just before the
    preposition ('la salida de Javier Marín', 'hired the services of Jack Rae'; for 'by', 'par',
    'da', 'von' … not a hiring or leaving verb, whose agent is the other side: 'fondé par Arthur
    Mensch' is the founder) or after the name in its own pieces; nor are the other names of its
    list ('a los jugadores Gualberto Mojica y Marcelo Aguirre'). A name after a comma is an
    apposition to what the preposition governs, not governed itself ('comme le CEO de Scale AI,
    Alexandr Wang'). This holds for the one name of
    a sentence too ('le parti d'Édouard Philippe': the movers are a group, or a subject the verb
    implies), but never across a clause's end ('bei Scale AI; CEO Alexandre Wang geht …').
    Members, pronouns and successions are kept. With nobody left, nobody moves: a bystander is
    not proposed for want of a mover."""
    if not people:
        return people, {}
    starts, ends = [t.start for t in tokens], [t.end for t in tokens]
    words = [t.folded for t in tokens]
    names = {i for m in people for i in range(m.first, m.last + 1)}
    glue = _GLUE
    raw: list[tuple[int, int]] = []
    index = 0
    while index < len(tokens):
        piece = clause_of(sentence, starts, ends, index)
        raw.append(piece)
        index = piece[1]
    merged: list[tuple[int, int]] = []  # a piece of names only belongs to the one before it
    for low, high in raw:
        only_names = all(i in names or words[i] in glue for i in range(low, high))
        if merged and only_names and words[low] not in glue:  # "…, two senior researchers, Jonas Adler and …"
            merged[-1] = (merged[-1][0], high)
        else:
            merged.append((low, high))
    piece_of = {i: piece for piece in merged for i in range(*piece)}
    named = {piece_of[m.first] for m in people}
    relatives = _folded_set("relatives", language) | {"who", "qui", "che", "que", "der", "die"}

    def own(mention: _Mention) -> list[tuple[int, int]]:
        piece = piece_of[mention.first]
        pieces = [piece]
        rest = range(mention.last + 1, piece[1])  # only names after it: the name ends its piece
        # not out of a relative clause ("…, qui faisaient partie du groupe présidé par Gabriel Attal, ont
        # fait le choix de se rallier …"): the clause after it goes back to the subject before the relative
        inside = piece[0] > 0 and words[piece[0]] in relatives
        if piece[1] < len(tokens) and not inside and all(i in names or words[i] in glue for i in rest):
            following = piece_of[piece[1]]
            if following not in named or words[following[0]] in relatives:
                pieces.append(following)
        return pieces

    moving = [start for start, _ in marks]
    prepositions = _folded_set("prepositions", language)
    determiners = _folded_set("determiners", language)
    in_org = {i for org in orgs for i in range(org.first, org.last + 1)}
    people_nouns = set(folded_phrase(" ".join(lexicon.GROUP_NOUNS[language])))
    hire_or_leave = {start for start, _ in hiring} | {start for start, _ in spans(words, lexicon.LEAVE[language])}
    joining = {start for start, _ in spans(words, lexicon.JOIN[language])}
    posts = {start for start, _ in _new_posts(words)}
    dismissing = spans(words, lexicon.DISMISS[language])

    def governed(mention: _Mention) -> bool:
        at, steps = mention.first - 1, 0
        # (a preposition glued to its article is the preposition: "por decisión del presidente X")
        while at >= 0 and steps < 4 and (at in in_org or words[at] not in prepositions) and (
                words[at] in determiners or at in in_org or _is_role(words[at]) or tokens[at].text in _TITLES
                or words[at] in people_nouns):  # fmt: skip
            at, steps = at - 1, steps + 1
        if (
            steps
            and at >= 0
            and words[at] not in prepositions
            and words[at] not in glue
            and (_is_role(words[at + 1]) or tokens[at + 1].text in _TITLES or words[at + 1] in people_nouns)
        ):  # attributes between an article and a role
            # (a post the name is given is its attribute too: "au côté du nouveau président X")
            at = _attribute_start(tokens, at, prepositions, determiners, names | in_org, set(moving) - posts)
        if at < 0 or words[at] not in prepositions or piece_of[at] != piece_of[mention.first]:
            return False  # (not across a clause's end: "Anders bei Scale AI; CEO Alexandre Wang geht …")
        if any(start < at < end for start, end in dismissing):
            return False  # the object of a dismissal's own preposition: "trennte sich von X", "si è separato da X"
        if re.search(r"[,:]", sentence[ends[at] : starts[mention.first]]):
            # an apposition to what it governs, or the list a colon opens: "le CEO de Scale AI, Alexandr Wang",
            # "tres investigadores de alto nivel provenientes de OpenAI: Lucas Beyer, …"
            return False
        if language == "es" and words[at] == "a" and at + 1 == mention.first:
            return False  # the Spanish "a" before a person marks a verb's object: "incluyendo a Christian Gibson"
        low, high = piece_of[at]
        lower = {m for m in moving if not any(_capitalised(t.text) for t in tokens[m + 1 : at])}
        # (not a noun of moving after a possessive: "die Unterstützung von Microsoft-Chef Satya Nadella für
        # seine Rückkehr", "the support of Microsoft CEO Satya Nadella for his return": the other's move)
        near = [m for m in moving
                if max(low, at - 4) <= m < at
                or (mention.last < m <= min(high - 1, mention.last + 4)
                    and not _POSSESSIVES & set(words[mention.last + 1 : m]))
                or (m in lower and max(low, at - 6) <= m < at)]  # fmt: skip
        # (a noun of moving, its complement after a time phrase: "les évictions en début de semaine de X")
        # (a German noun of leaving is capitalised, and "von" after it is its genitive: "der Rücktritt von X")
        verbs = [
            m for m in near if m in hire_or_leave and not (language == "de" and m < at and _capitalised(tokens[m].text))
        ]
        if near and not (words[at] in _AGENTS and len(verbs) == len(near)):
            return False  # "la salida de X", "hired the services of X", "fondé par X", "von X mitbegründet"
        after = mention.last + 1  # its relative clause or apposition moves: "X che ha lasciato", "X, direttore …"
        pieces = own(mention)[1:] + ([piece_of[after]] if after < len(words) and words[after] in relatives else [])
        return not any(m > mention.last and any(p[0] <= m < p[1] for p in pieces) for m in moving)

    subject = min(people, key=lambda m: (how.get(id(m)) == "member", m.first))
    unnamed = any(piece_of[m] not in named for m in moving)
    # id -> the people of its list ("prima di X e poi di Y": past an adverb of a sequence)
    lists = _lists(people, sentence, tokens, glue | _folded_set("sequels", language))
    # a list of names each with its organisation ("Rubén Baraja en el Sporting y José Ramón Sandoval en el
    # Córdoba CF", "mit Florian Königsbüscher von Rewe, den Frische-Profi Dietmar Frötscher von Kaufland")
    for group in _paired_list(people, sentence, tokens, orgs, language, glue):
        merged_group = list({id(m): m for member in group for m in lists[id(member)]}.values())
        for mention in merged_group:
            lists[id(mention)] = merged_group
    kept: list[_Mention] = []
    for mention in people:
        if how.get(id(mention)) == "member" and governed(mention):
            continue  # "darunter auch Murati, fordern in einem von … Kara Swisher veröffentlichten Brief";
            # "…, quienes volvieron a OpenAI … con Sam Altman"
        if how.get(id(mention)) in ("member", "predecessor", "successor"):
            kept.append(mention)
            continue
        if how.get(id(mention)) is None and governed(lists[id(mention)][0]):
            continue  # and the rest of its list: "a los jugadores Gualberto Mojica y Marcelo Aguirre"
        pieces = own(mention)
        first = piece_of[mention.first]
        # in a relative clause, a name after a verb of joining is no subject ("…, quienes volvieron a OpenAI
        # para trabajar con Sam Altman"): the relative is; the object of a verb that hires or dismisses moves
        # ("che licenzia Cesare Prandelli")
        relative = first[0] > 0 and words[first[0]] in _SUBJECT_RELATIVES  # not "donde llegó X", "où est arrivé X"
        mine = [m for m in moving
                if not (relative and first[0] <= m < mention.first and m in joining - hire_or_leave)]  # fmt: skip
        if (any(any(p[0] <= m < p[1] for p in pieces) for m in mine) or (mention is subject and unnamed)
                or (kept and _continues(kept[-1], mention, piece_of, words, glue, language))):  # fmt: skip
            kept.append(mention)
    if subject not in kept and how.get(id(subject)) is None and not governed(subject):
        # a clause whose verb of moving comes before the names it holds has no subject of its own: it is
        # the sentence's, unless a name after the verb moves itself, its object ("Kevin R. Convey, editor-in-
        # chief of the Boston Herald, has been named to succeed Dunn", not "…, que votó el cese del CEO X")
        for m in moving:
            low, high = piece_of[m]
            inside = [p for p in people if low <= p.first < high]
            if (low > piece_of[subject.first][0] and words[low] not in relatives  # ("è" folds to "e")
                    and tokens[low].text.casefold() not in glue
                    and all(p.first > m for p in inside)
                    and not any(p in kept and how.get(id(p)) is None for p in inside)):  # fmt: skip
                kept.append(subject)
                break
    for mention in people:  # "Christophe Blanchet (Calvados), Perrine Goulet (Nièvre) et …": one list, one move
        if mention in kept:
            continue
        if any(m in kept for m in lists[id(mention)]) and not governed(mention):
            kept.append(mention)
        elif how.get(id(mention)) == "pronoun" and any(how.get(id(m)) == "pronoun" for m in kept):
            kept.append(mention)  # "ces derniers": all of them or none
    kept.sort(key=lambda m: m.first)
    if not kept:
        return [], {}
    reach = {}
    for mention in (m for m in kept if how.get(id(m)) not in ("predecessor", "successor")):
        mates = {id(m) for m in lists[id(mention)]}  # a predecessor takes the successor's organisation
        others = [m for m in kept if id(m) not in mates and how.get(id(m)) is None]
        mine = {p for m in lists[id(mention)] for p in own(m)}
        theirs = {(p, m.first if p == piece_of[m.first] else p[0]) for m in others for p in own(m) if p not in mine}
        # another's piece from its name on ("andati via dalla Lega Nord … del sindaco Flavio Tosi": the
        # words before Tosi tell of the list before him)
        reach[id(mention)] = {i for i in range(len(tokens))
                              if not any(piece_of[i] == p and i >= start for p, start in theirs)}  # fmt: skip
    return kept, reach


def _lists(people: list[_Mention], sentence: str, tokens: list[_Token], glue: set) -> dict[int, list[_Mention]]:
    """For each person, the people of the list it is in (itself included): names with only commas,
    'and' and brackets between them ('Raffaella Bellot, Patrizia Bisinella ed Emanuela Munerato',
    'Christophe Blanchet (Calvados), Perrine Goulet (Nièvre) et Blandine Brocard (Rhône)'), an 'and'
    before the last (two clauses side by side, 'kommt die Forscherin Yuanzhi Li, Anton Bakhtin
    wechselt', are no list)."""
    groups: list[list[_Mention]] = []
    joined: set[int] = set()  # id of the last name after an "and"
    for before, mention in itertools.pairwise(people):
        between = re.sub(r"\([^)]*\)", " ", sentence[tokens[before.last].end : tokens[mention.first].start])
        linked = all(word.casefold() in glue for word in re.findall(r"\w+", between)) and not re.search(
            r"[^\w\s,]", between
        )
        linked = linked or _repeated_preposition(before, mention, sentence, tokens, glue)
        if linked and re.findall(r"\w+", between):
            joined.add(id(mention))
        if linked and groups and groups[-1][-1] is before:
            groups[-1].append(mention)
        elif linked:
            groups.append([before, mention])
    found = {id(m): [m] for m in people}
    for group in (group for group in groups if any(id(m) in joined for m in group)):
        for mention in group:
            found[id(mention)] = group
    return found


def _continues(before: _Mention, mention: _Mention, piece_of: dict, words: list[str], glue: set,
               language: str) -> bool:  # fmt: skip
    """Whether ``mention`` continues a list that ``before`` is in: in a piece that opens with
    'and' ('…, and Anton Bakhtin, who …'), with at most an object's or a genitive's preposition, an
    article, a role or a word of a former post between them ('…, y a Rafa Benítez', '…, e l'ex Rafa
    Benitez', '…, and the former coach Rafa Benitez')."""
    piece = piece_of[mention.first]
    if piece == piece_of[before.first] or words[piece[0]] not in glue:
        return False
    small = (_folded_set("prepositions", language) | _folded_set("determiners", language)
             | {word for phrase in lexicon.EARLIER[language] for word in folded_phrase(phrase)[:1]
                if len(folded_phrase(phrase)) == 1})  # fmt: skip
    between = words[piece[0] + 1 : mention.first]
    return len(between) <= 3 and all(word in small or _is_role(word) for word in between)
