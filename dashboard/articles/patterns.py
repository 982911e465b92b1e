"""The sentence patterns the press uses for a move, as the candidate reader tells them apart.

:mod:`dashboard.articles.candidates` finds the people, groups and organisations of a sentence;
this module holds the finer rules about who moves and how sure the sentence is, each on the
sentence's words (folded, :mod:`dashboard.articles.words`) and the word lists of
:mod:`dashboard.articles.lexicon`:

- :func:`spans` — where the phrases of a word list stand in a sentence;
- :func:`hedge_governs` — whether a hedge is about the move, not about a relative clause
  ("ein Modell, das X können soll");
- :func:`denies` — whether the sentence says the move did not happen ("declined his proposal to
  join", "almost joined"): its move is not proposed;
- :func:`stated_date` — a month and year, or a year, the sentence states ("im Jahr 2024",
  "in March 2024", "nel 2023"), not one that says since when someone was somewhere;
- :func:`only_speaks` and :func:`hires` — a person next to "spokesperson"/"sagte", or the
  subject of a hiring verb ("Chefin K holt Forscher von A", "CEO X hired Y"), who is not the
  mover when the sentence names someone else;
- :data:`PATTERNS` — the name and meaning of each pattern a candidate can be found by, shown in
  the confirm step so the curator knows why the reader proposes it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from dashboard.articles import lexicon
from dashboard.articles.words import fold_word, folded_phrase

PATTERNS = {
    "from-to": "organisations on both sides by their small words ('von A zu B', 'from A to B')",
    "move-verb": "a verb or noun of leaving or joining next to an organisation",
    "hired": "the hiring side hires someone ('B holt X von A', 'B has hired X away from A')",
    "left-for": "left one organisation for another ('X left A for B', 'lascia A per B')",
    "after-tenure": "joins after a time at the origin ('joins B after seven years at A')",
    "former": "a former post before the name ('former A researcher X', 'ehemaliger A-Forscher')",
    "earlier": "an earlier post ('zuvor bei A', 'previously at A')",
    "member": "named in the list after a group sentence ('darunter', 'among them', 'tra cui'): the group's move",
    "pronoun": "a pronoun for the people of the sentence before ('Sie wechseln nun zu L', 'She joined')",
    "stay": "still at an organisation ('noch bei', 'still at')",
    "same-move": "made the same move as the one told before ('X a fait de même', 'did the same', 'tout comme X')",
    "succession": "a predecessor ('en lugar de X', 'replaces X') leaves, a successor ('replaced by Y') comes",
    "appointed": "given a post at an organisation ('nombrado consejero delegado de A', 'il nuovo tecnico del A')",
    "named-after": "a move told of a description ('der jetzige CEO', 'il nuovo ad') whose name a sentence after gives",
    "dismissed": "dismissed by the organisation that is the verb's subject ('il Genoa, che licenzia X')",
    "candidacy": "named a candidate for an open post ('tipped as possible successors', 'in pole per'): a rumour",
    "remembered": "a departure that names no organisation, from the one the text gave the person before "
    "('Quorra's chief scientist Mara Lind … Lind resigned')",
    "fallback": "a name and a word of moving in one sentence, which no rule ties: a guess to check",
}
"""Pattern name -> what it means: the reason a candidate was found (:attr:`Candidate.pattern`)."""

AGENTS = frozenset({"by", "par", "por", "da", "dal", "dalla", "dallo", "dall'", "von", "vom", "durch"})
"""Prepositions of a passive's agent: after a hiring or leaving verb, the name is the other side
('esonerato da X', 'was hired by X')."""

_CLAUSE_BREAK = re.compile(r"[,;:–—]|\s-\s")  # not brackets: "(AMI)" stays in its clause


def spans(words: Sequence[str], phrases: Sequence[str]) -> list[tuple[int, int]]:
    """Where the phrases stand in the folded ``words``: (first index, index after the last), in
    the order of the sentence. An entry ending in '-' is a prefix ('ex-' matches 'ex-CEO')."""
    by_first, prefixes = _phrase_index(tuple(phrases))
    found = set()
    for index, word in enumerate(words):
        for folded in by_first.get(word, ()):
            if tuple(words[index : index + len(folded)]) == folded:
                found.add((index, index + len(folded)))
        if prefixes and word.startswith(prefixes):
            found.add((index, index + 1))
    return sorted(found)


@functools.lru_cache(maxsize=512)
def _phrase_index(phrases: tuple[str, ...]) -> tuple[dict[str, tuple[tuple[str, ...], ...]], tuple[str, ...]]:
    """A word list folded once: its phrases by their first word, and its prefixes ('ex-')."""
    by_first: dict[str, set[tuple[str, ...]]] = {}
    prefixes = []
    for phrase in phrases:
        if phrase.endswith("-"):
            prefixes.append(fold_word(phrase))
        elif folded := folded_phrase(phrase):
            by_first.setdefault(folded[0], set()).add(folded)
    return {word: tuple(found) for word, found in by_first.items()}, tuple(prefixes)


def clause_of(sentence: str, starts: Sequence[int], ends: Sequence[int], index: int) -> tuple[int, int]:
    """The token range (first, after last) of the comma-delimited piece of ``sentence`` that holds
    the word at ``index``; ``starts``/``ends`` are the words' character offsets."""
    first = index
    while first > 0 and not _CLAUSE_BREAK.search(sentence[ends[first - 1] : starts[first]]):
        first -= 1
    last = index
    while last + 1 < len(starts) and not _CLAUSE_BREAK.search(sentence[ends[last] : starts[last + 1]]):
        last += 1
    return first, last + 1


def hedge_governs(sentence: str, words: Sequence[str], starts: Sequence[int], ends: Sequence[int],
                  language: str, triggers: Sequence[tuple[int, int]]) -> bool:  # fmt: skip
    """Whether a hedge of the sentence makes its move a rumour: a hedge counts unless it stands in
    a relative clause (a piece after a comma that opens with 'das', 'which', 'che', ...) that holds
    no word of the move (``triggers``): "…ein Modell, das X können soll" is about the model. A
    relative clause joined by 'and' needs no comma: in "…, assunto dal Catania … e che potrebbe
    riguardare diversi altri professionisti" the hedge is about the others, not the move."""
    relatives = {fold_word(word) for word in lexicon.RELATIVES[language]}
    for first, _end in spans(words, lexicon.HEDGES[language]):
        low, high = clause_of(sentence, starts, ends, first)
        opener = words[low] if low < len(words) else ""
        relative = low > 0 and (opener in relatives or (low + 1 < high and words[low + 1] in relatives))
        if not relative:  # "e che", "and which", "et qui", "y que", "und die" inside the piece, before the hedge
            low = next((at for at in range(first - 1, low, -1)
                        if words[at] in relatives and words[at - 1] in lexicon.CONJUNCTIONS), None)  # fmt: skip
            relative = low is not None
        if not relative or any(low <= trigger < high for trigger, _ in triggers):
            return True
    return False


def denies(sentence: str, words: Sequence[str], starts: Sequence[int], ends: Sequence[int], language: str,
           triggers: Sequence[tuple[int, int]]) -> bool:  # fmt: skip
    """Whether the sentence says its move did not happen: a word of denial ('declined', 'almost
    joined', 'lehnt ... ab', 'a refusé') in the clause of a word of the move or before one
    ("Sutskever declined his proposal to join Meta"); such a move is not proposed."""
    for first, _end in spans(words, lexicon.DENIALS[language]):
        low, high = clause_of(sentence, starts, ends, first)
        if any(low <= trigger < high or trigger >= first for trigger, _ in triggers):
            return True
    return False


def stated_date(words: Sequence[str], language: str) -> tuple[str, str] | None:
    """(date, precision) the sentence states: a month with its year ('March 2024', 'im Mai 2025')
    as a month, else the first year ('im Jahr 2024', 'nel 2023') that no 'seit'/'since' puts at
    the start of a stay; None when it states no year."""
    months = [fold_word(name) for name in lexicon.MONTHS[language]]
    since = {fold_word(word) for word in lexicon.SINCE[language]}
    for index, word in enumerate(words):
        if not re.fullmatch(r"(19|20)\d\d", word):
            continue
        if index and words[index - 1] in months:
            return f"{word}-{months.index(words[index - 1]) + 1:02d}", "month"
        if index and words[index - 1] in since:
            continue
        return word, "year"
    return None


def only_speaks(words: Sequence[str], first: int, last: int, language: str) -> bool:
    """Whether the name at ``first..last`` is a speaker's: a word of speaking right before it
    ('Sprecher X', 'said X', 'according to X') or right after it ('X, a spokesperson')."""
    speakers = [set(folded_phrase(phrase)) for phrase in lexicon.SPEAKERS[language]]
    near = list(words[max(0, first - 3) : first]) + list(words[last + 1 : last + 4])
    return any(word in phrase for word in near for phrase in speakers if len(phrase) == 1) or any(
        all(part in near for part in phrase) for phrase in speakers if len(phrase) > 1
    )


def hires(words: Sequence[str], last: int, language: str) -> int | None:
    """The index of an active hiring verb ('holt', 'hired', 'ha assunto') after the name that
    ends at ``last`` — the name is then its subject, the hiring side —, or None; a word of the
    passive between them ('wurde abgeworben', 'was hired') makes the name the one hired."""
    passive = [start for start, _ in spans(words, lexicon.PASSIVE[language])]
    for start, end in spans(words, lexicon.HIRERS[language]):
        if start > last:
            if end < len(words) and words[end] in AGENTS:
                return None  # a participle with its agent: "X, assunto dal Catania", "X, recruté par Meta"
            return None if any(last < word < start for word in passive) else start
    return None
