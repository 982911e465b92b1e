"""Which language an article is in, told from its most frequent small words.

An article is long enough for that, and no model has to be installed: the small words are the
``stopwords`` of each language's word list (:mod:`dashboard.articles.lexicon`). Both the reading
of a new article (:mod:`dashboard.articles.intake`) and the reader of candidates, when no
language is given (:mod:`dashboard.articles.candidates`), ask here.
"""

from __future__ import annotations

from dashboard.articles import lexicon
from dashboard.articles.words import WORD, fold_word, folded_phrase

_STOPWORDS = {language: frozenset(folded_phrase(" ".join(words))) for language, words in lexicon.STOPWORDS.items()}


def detect_language(text: str) -> str | None:
    """The language of ``text`` among :data:`lexicon.LANGUAGES`, by which language's small words
    are most frequent in its first 20,000 characters; ``None`` when fewer than two are found or
    two languages tie."""
    words = [fold_word(word) for word in WORD.findall(text[:20_000])]
    counts = {language: sum(1 for word in words if word in stopwords) for language, stopwords in _STOPWORDS.items()}
    best = max(counts, key=counts.get)
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] < 2 or ranked[0] <= ranked[1]:
        return None
    return best
