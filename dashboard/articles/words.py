"""A text's words as the article reader compares them: found by one pattern, folded without case
or accents.

The reader folds the words of the article and those of the word lists it compares them with the
same way, so 'Timothée' in a text is the 'timothee' of a list and 'Quitté' is 'quitte'.
"""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"\w[\w'’\-]*\w|\w", re.UNICODE)
"""A word: letters and digits, with hyphens and apostrophes inside it ('Meta-Chef', "l'équipe")."""


def fold_word(word: str) -> str:
    """A word without case or accents ('Timothée' -> 'timothee'), hyphens and apostrophes kept."""
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def folded_phrase(phrase: str) -> tuple[str, ...]:
    """The folded words of a phrase ('Geht direkt zu' -> ('geht', 'direkt', 'zu'))."""
    return tuple(fold_word(word) for word in WORD.findall(phrase))
