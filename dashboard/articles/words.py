"""A text's words as the article reader compares them: found by one pattern, folded without case
or accents.

The reader folds the words of the article and those of the word lists it compares them with the
same way, so 'Timothée' in a text is the 'timothee' of a list and 'Quitté' is 'quitte'.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_ELISIONS = "l|d|j|s|n|m|t|c|qu|lorsqu|puisqu|jusqu|un|all|dall|dell|nell|sull|coll|quell|quest"
WORD = re.compile(
    rf"\b(?:{_ELISIONS})['’](?=\w|\s|$)"  # an elided article or preposition: "l'", "dall'", "d'", "qu'"
    r"|\w(?:\w|-(?=\w)|['’](?![sS]\b)(?=\w))*",  # a word, without a possessive "'s" ("Karpathy’s")
    re.UNICODE | re.IGNORECASE,
)
"""A word: letters and digits, with hyphens and apostrophes inside it ('Meta-Chef', "aujourd'hui"); an
elided French or Italian article or preposition is a word of its own ("l'" and "équipe", "dall'" and
"Arabia"), and an English possessive is not part of the name before it ("Karpathy" of "Karpathy’s")."""


@functools.lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """A word without case or accents ('Timothée' -> 'timothee'), hyphens and apostrophes kept."""
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


@functools.lru_cache(maxsize=1 << 12)
def folded_phrase(phrase: str) -> tuple[str, ...]:
    """The folded words of a phrase ('Geht direkt zu' -> ('geht', 'direkt', 'zu')); a phrase of a word
    list is folded once and remembered (the reader folds its lists for every sentence)."""
    return tuple(fold_word(word) for word in WORD.findall(phrase))
