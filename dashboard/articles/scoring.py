"""A learned score of how likely a candidate is right (issue 25, round 16).

The reader's hand-made confidence (``_confidence`` in :mod:`dashboard.articles.candidates`) adds and
subtracts tenths for a few things right candidates had more often. This module replaces the guess by
a small logistic regression over general features of a candidate -- its pattern (rare ones pooled
as ``pattern:other``), the hand-made confidence's ingredients (both sides named, an organisation
the record knows, a rumour, a person no other candidate names, a long sentence), the language, what
fills an organisation slot that the record does not know (one capitalised word, a word ending in
"s", a word of a person's name the text gives, a country), how often the text names the person, the
sentence's length, the distance in words between the name and its nearest organisation, a role
word next to the name ("CEO Jane Doe", "la presidente"), hedges and denials in the sentence.

The weights live in ``score.json`` next to this module, written by ``bench/train_score.py`` from
the press corpus's ``tune`` subset only (candidates labelled right or wrong by the bench's own
matching, ``bench/press.py``) and judged on the ``check`` subset; the script reproduces the file
exactly. Reading them needs no numpy: :func:`features` gives a candidate's features as a mapping
name -> value, :func:`probability` the logistic of their weighted sum.

For example a candidate "Jane Doe: Quorra -> Globex" of pattern ``from-to``, both organisations
known to the record, in a 20-word English sentence gives ``{"bias": 1, "pattern:from-to": 1,
"both": 1, "from_known": 1, "to_known": 1, "lang:en": 1, "words": 0.5, ...}``.
"""

from __future__ import annotations

import functools
import json
import math
from importlib import resources

from dashboard.articles import lexicon
from dashboard.articles.patterns import spans
from dashboard.articles.words import WORD, fold_word, folded_phrase

_ROLES = frozenset(fold_word(word) for word in lexicon.ROLE_WORDS) | {"ad", "ceo", "dt", "pdg", "cto", "presidente"}
_COUNTRIES = frozenset(fold_word(word) for word in lexicon.COUNTRIES)
_LONG_SENTENCE = 40


@functools.cache
def weights() -> dict:
    """The shipped model: ``{"features": [names], "weights": [floats], "patterns": [kept names], ...}``."""
    return json.loads(resources.files("dashboard.articles").joinpath("score.json").read_text(encoding="utf-8"))


def features(candidate, *, text: str, language: str, alone: bool, names: frozenset[str] = frozenset()) -> dict:
    """The features of ``candidate`` read from ``text`` (its document) in ``language``: name -> value.
    ``alone``: no other candidate of the document names its person; ``names``: the folded last words
    of the full names of people the text gives (an organisation slot filled by one of them is
    doubtful)."""
    tokens = [fold_word(match.group()) for match in WORD.finditer(candidate.quote)]
    known = bool(candidate.from_id or candidate.to_id)
    found = {
        "bias": 1.0,
        f"pattern:{candidate.pattern}": 1.0,
        f"lang:{language}": 1.0,
        "both": float(bool(candidate.from_ and candidate.to)),
        "from_known": float(candidate.from_id is not None),
        "to_known": float(candidate.to_id is not None),
        "rumoured": float(candidate.certainty == "rumoured"),
        "alone": float(alone),
        "long_unknown": float(len(tokens) > _LONG_SENTENCE and not known),
        "words": min(len(tokens), 80) / 40,
        "stay": float(candidate.kind == "stay"),
        "group": float(candidate.person is None),
    }
    person = folded_phrase(candidate.person or "")
    for side, written, record_id in (
        ("from", candidate.from_, candidate.from_id),
        ("to", candidate.to, candidate.to_id),
    ):
        org = folded_phrase(written or "")
        if not org or record_id is not None:
            continue
        found[f"{side}_read"] = 1.0
        found["read_one_word"] = found.get("read_one_word", 0.0) + float(len(org) == 1)
        found["read_plural"] = found.get("read_plural", 0.0) + float(org[-1].endswith("s") and len(org[-1]) > 3)
        found["read_person"] = found.get("read_person", 0.0) + float(org[-1] in names or bool(set(org) & set(person)))
        found["read_place"] = found.get("read_place", 0.0) + float(" ".join(org) in _COUNTRIES)
    if person:
        surname = person[-1]
        times = sum(fold_word(match.group()) == surname for match in WORD.finditer(text))
        found["mentions"] = math.log1p(times)
        at = [i for i, word in enumerate(tokens) if word == surname]
        orgs = [i for written in (candidate.from_, candidate.to) for words in [folded_phrase(written or "")]
                if words for i, word in enumerate(tokens) if word == words[0]]  # fmt: skip
        if at and orgs:
            found["distance"] = min(min(abs(a - o) for a in at for o in orgs), 30) / 10
        first = at[0] - len(person) + 1 if at else None
        if first is not None and any(
            tokens[i] in _ROLES for i in range(max(0, first - 3), min(len(tokens), at[0] + 4))
        ):
            found["role"] = 1.0
    found["hedge"] = float(bool(spans(tokens, lexicon.HEDGES[language])))
    found["denial"] = float(bool(spans(tokens, lexicon.DENIALS[language])))
    return found


def vector(found: dict, model: dict | None = None) -> list[float]:
    """The features as the model's vector: a pattern it does not keep counts as ``pattern:other``."""
    model = model or weights()
    kept = {f"pattern:{name}" for name in model["patterns"]}
    pooled = dict(found)
    for name in [name for name in found if name.startswith("pattern:") and name not in kept]:
        pooled["pattern:other"] = pooled.get("pattern:other", 0.0) + pooled.pop(name)
    return [pooled.get(name, 0.0) for name in model["features"]]


def probability(found: dict, model: dict | None = None) -> float:
    """The model's probability that the candidate of these features is right."""
    model = model or weights()
    total = sum(w * x for w, x in zip(model["weights"], vector(found, model), strict=True))
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, total))))


def document_features(candidates: list, *, text: str, language: str, names: frozenset[str] = frozenset()) -> list[dict]:
    """The features of each candidate of one document, as :meth:`Reader.read` finds them: a person is
    ``alone`` when at most one candidate of the rules (not the ``fallback``) names them."""
    told = [candidate.person for candidate in candidates if candidate.person and candidate.pattern != "fallback"]
    return [features(candidate, text=text, language=language, names=names,
                     alone=candidate.person is not None and told.count(candidate.person) <= 1)
            for candidate in candidates]  # fmt: skip
