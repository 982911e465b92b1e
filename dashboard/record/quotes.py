"""Quotes in their documents: found as written, whitespace aside, or shown where they stop matching.

A quote matches when its :func:`normalize` form is in the document's: the validator checks every
quote so (:mod:`dashboard.record.rules`), and so do ``add-move``, the Add page and ``import``
before they write one (:mod:`dashboard.edit`). The pages mark quotes in a document's text by the
same rule, in :func:`dashboard.text.highlight_segments` (a leaf module, which imports nothing of
the package).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

_WHITESPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """The form quotes are compared in: Unicode NFC, with all whitespace removed.

    Removing whitespace (rather than collapsing it) makes a quote match the seed texts, whose
    sentences are glued together ("wurde.Armand") and broken across lines at random.
    """
    return _WHITESPACE.sub("", unicodedata.normalize("NFC", text))


@dataclass(frozen=True)
class SourceText:
    """A readable source document, prepared for quote look-ups."""

    path: str
    text: str
    normalized: str

    @classmethod
    def from_text(cls, path: str, text: str) -> SourceText:
        """The document prepared for look-ups (remembered: re-validating reuses the preparation)."""
        return _prepared(path, text)

    def contains(self, quote: str) -> bool:
        return normalize(quote) in self.normalized

    def mismatch_hint(self, quote: str) -> str:
        """Where a quote that is not in the document stops matching, for the error message."""
        wanted = normalize(quote)
        low, high = 0, len(wanted)
        while low < high:  # the longest prefix of the quote found in the document
            middle = (low + high + 1) // 2
            if wanted[:middle] in self.normalized:
                low = middle
            else:
                high = middle - 1
        if low == 0:
            return "not even its first character matches the document"
        # Map the matched prefix back to the quote as written, to show the words around it.
        seen = 0
        for index, char in enumerate(quote):
            if not char.isspace():
                seen += 1
            if seen > low:
                cut = index
                break
        else:
            cut = len(quote)
        good = " ".join(quote[max(0, cut - 30) : cut].split())
        bad = " ".join(quote[cut : cut + 30].split())
        return f"the document agrees up to ...{good!r} but not from {bad!r}..."


@functools.lru_cache(maxsize=4096)
def _prepared(path: str, text: str) -> SourceText:
    return SourceText(path, text, normalize(text))
