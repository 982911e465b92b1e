"""The learned score of a candidate (issue 25, round 16): a logistic regression over general features
of a candidate (:mod:`dashboard.articles.scoring`), fitted on the press corpus's ``tune`` subset by
``bench/train_score.py`` and shipped as ``dashboard/articles/score.json``, is the confidence the reader
gives a candidate of its rules (a ``fallback`` keeps its own low figure). The features of a made-up
candidate, the shape of the weights file, that the training script's fit reproduces the shipped file
from its training table (whose SHA-256 the file records), and a sanity order: a candidate joining an
organisation the record knows scores above one whose "organisation" is a word of a person's name
the text gives. Names the record does not know (Jane Doe, Mara Lind, Globex, Quorra, Vantor)."""

from __future__ import annotations

import functools
import importlib.util
import math
import sys

import pytest

from dashboard.articles.candidates import FALLBACK_CONFIDENCE, Candidate
from dashboard.articles.patterns import PATTERNS
from support.records import REPO


@functools.cache
def train_score():
    """bench/train_score.py (bench/ is no package)."""
    spec = importlib.util.spec_from_file_location("bench_train_score", REPO / "bench" / "train_score.py")
    module = sys.modules["bench_train_score"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _candidate(quote, *, from_=None, from_id=None, to=None, to_id=None, pattern="move-verb", person="Jane Doe"):
    return Candidate(quote=quote, kind="move", person=person, person_id=None, group=None, headcount=None,
                     from_=from_, from_id=from_id, to=to, to_id=to_id, date=None, date_precision=None,
                     date_kind="reported", certainty="stated", existing_move=None, confidence=0.0,
                     pattern=pattern)  # fmt: skip


def test_the_features_of_a_made_up_candidate():
    from dashboard.articles import scoring

    candidate = _candidate("Globex CEO Jane Doe leaves Quorra for Vantor.", from_="Quorra", to="Vantor",
                           pattern="left-for")  # fmt: skip
    found = scoring.features(candidate, text=candidate.quote + " Doe declined to comment.", language="en",
                             alone=True)  # fmt: skip
    assert {name: found[name] for name in ("bias", "pattern:left-for", "lang:en", "both", "from_read", "to_read",
                                           "read_one_word", "role", "alone", "distance", "words")} == {
        "bias": 1.0, "pattern:left-for": 1.0, "lang:en": 1.0, "both": 1.0, "from_read": 1.0, "to_read": 1.0,
        "read_one_word": 2.0, "role": 1.0, "alone": 1.0, "distance": 0.2, "words": 0.2}  # fmt: skip
    assert found["mentions"] == pytest.approx(math.log1p(2))  # "Doe" twice in the text
    assert found["from_known"] == found["to_known"] == found["rumoured"] == found["hedge"] == 0.0
    # known organisations are no organisation "as read"
    known = scoring.features(_candidate("Jane Doe joins OpenAI.", to="OpenAI", to_id="openai"), text="Jane Doe joins "
                             "OpenAI.", language="en", alone=False)  # fmt: skip
    assert known["to_known"] == 1.0 and "to_read" not in known and "read_one_word" not in known


def test_the_weights_file_has_a_weight_per_feature_and_known_patterns():
    from dashboard.articles import scoring

    model = scoring.weights()
    assert len(model["features"]) == len(model["weights"]) == len(set(model["features"]))
    assert model["features"][0] == "bias" and model["features"][-1] == "pattern:other"
    assert set(model["patterns"]) <= set(PATTERNS)
    assert {name for name in model["features"] if name.startswith("pattern:")} == {
        f"pattern:{name}" for name in [*model["patterns"], "other"]}  # fmt: skip
    assert all(isinstance(weight, float) and math.isfinite(weight) for weight in model["weights"])
    assert len(model["table_sha256"]) == 64 and model["penalty"] > 0


def test_the_training_script_reproduces_the_shipped_file_from_its_table():
    from dashboard.articles import scoring

    module = train_score()
    shipped = scoring.weights()
    table = module.TABLE.read_text(encoding="utf-8")
    assert module.digest(table) == shipped["table_sha256"]
    model = module.model_of(module.rows_of_table(table), shipped["penalty"])
    assert {**model, "table_sha256": shipped["table_sha256"]} == shipped


def test_a_pattern_the_model_does_not_keep_counts_as_other():
    from dashboard.articles import scoring

    model = {"features": ["bias", "pattern:hired", "pattern:other"], "patterns": ["hired"], "weights": [0.0, 1.0, -1.0]}
    assert scoring.vector({"bias": 1.0, "pattern:candidacy": 1.0}, model) == [1.0, 0.0, 1.0]
    assert scoring.vector({"bias": 1.0, "pattern:hired": 1.0}, model) == [1.0, 1.0, 0.0]
    assert scoring.probability({"bias": 1.0, "pattern:hired": 1.0}, model) == pytest.approx(1 / (1 + math.exp(-1)))


def test_a_known_organisation_joined_scores_above_a_person_s_name_in_the_organisation_slot():
    from dashboard.articles import scoring

    text = "Mara Lind praised the team. Jane Doe joins OpenAI."
    sure = _candidate("Jane Doe joins OpenAI.", to="OpenAI", to_id="openai")
    wrong = _candidate("Jane Doe joins Lind.", to="Lind")
    sure_score = scoring.probability(scoring.features(sure, text=text, language="en", alone=True, names=frozenset()))
    wrong_score = scoring.probability(scoring.features(wrong, text=text, language="en", alone=True,
                                                       names=frozenset({"lind"})))  # fmt: skip
    assert sure_score > wrong_score


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Mara Lind has left Vantor. Lind joins Helicon in May."),
        ("de", "Mara Lind verlässt Vantor und wechselt zu OpenAI."),
        ("it", "Mara Lind lascia Vantor."),
    ],
)
def test_the_reader_gives_its_candidates_the_learned_score(reader, language, text):
    from dashboard.articles import scoring

    found = reader.read(text, language=language)
    assert found
    features = scoring.document_features(found, text=text, language=language, names=frozenset(reader._full_names))
    for candidate, values in zip(found, features, strict=True):
        want = FALLBACK_CONFIDENCE if candidate.pattern == "fallback" else round(scoring.probability(values), 2)
        assert candidate.confidence == want
