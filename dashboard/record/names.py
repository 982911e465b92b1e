"""Names as they are compared: for search, for "is it already there", for duplicate warnings.

Real records write one name many ways: 'Stuhlmüller' and 'Stuhlmuller', "O'Keefe" and
"O’Keefe", a zero-width space pasted from a web page, two spaces. :func:`fold` maps them to one
key (Unicode compatibility normalisation, case folding, accents dropped, every character that is
not a letter or digit dropped), so search, the Add page's checks and the validator's duplicate
warnings all see the same name.
"""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[\W_]+")


def fold(name: str) -> str:
    """A name as compared: no case, accents, spaces or punctuation.

    'Timothée Lacroix', 'timothee  lacroix' and 'Timothee-Lacroix' fold the same; so do
    "O'Keefe" and "O’Keefe", and a name with a zero-width space in it.
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return _NOT_WORD.sub("", "".join(char for char in decomposed if not unicodedata.combining(char)))
