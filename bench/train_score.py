"""Fits the learned candidate score (``dashboard/articles/scoring.py``) on the press corpus's ``tune``
subset and judges it on ``check`` (issue 25, round 16).

    .venv/bin/python bench/train_score.py [--write]

Every development excerpt is read as ``bench/press.py`` reads it (the held-out part is never read);
each candidate is labelled right or wrong by the bench's own matching (:func:`press.compare`). A
logistic regression (Newton's method, an L2 penalty on every weight but the bias) is fitted on the
``tune`` candidates only: patterns seen fewer than :data:`MIN_PATTERN` times there are pooled as
``pattern:other``, other features seen fewer than :data:`MIN_FEATURE` times are left out; the
penalty is chosen by the AUC of a 5-fold cross-validation within ``tune``,
grouped by excerpt. Printed: the AUC of the hand-made confidence and of the learned score (tune
cross-validated, and check), the share right per tenth of each on check, and recall and precision
on tune (cross-validated) and check when candidates below a few thresholds are not proposed.
``--write`` writes ``dashboard/articles/score.json`` (deterministic: the same file every run).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))  # (press.py, also when a test imports this file)

import press  # noqa: E402

from dashboard.articles import scoring  # noqa: E402
from dashboard.articles.candidates import FALLBACK_CONFIDENCE, Reader, _confidence  # noqa: E402
from dashboard.record.dates import parse_when  # noqa: E402

MIN_PATTERN = 10
MIN_FEATURE = 10
"""A feature (other than a pattern) that fewer ``tune`` candidates have is left out: too rare to weigh."""
PENALTIES = (0.3, 1.0, 3.0, 10.0)
FOLDS = 5
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)
OUT = ROOT / "dashboard" / "articles" / "score.json"
TABLE = ROOT / "bench" / "score_table.json"
"""The ``tune`` candidates the model is fitted on, as features and right/wrong (written with ``--write``):
``tests/articles/test_score_round16.py`` refits the model from it in a second, and checks its SHA-256
against the one ``score.json`` records, instead of reading the corpus again."""


EXCERPTS: dict[str, list] = {"tune": [], "check": []}
"""Every development excerpt of each subset, also those of no candidate (for recall)."""


def rows() -> list[dict]:
    """One row per candidate of the development part: subset, excerpt, features, hand confidence, right."""
    document = press.reader_record()
    reader = Reader(document)
    out = []
    for excerpt in press.excerpts(parts=("dev",)):
        EXCERPTS[press.subset(excerpt.url)].append(excerpt)
        published = parse_when(excerpt.published) if excerpt.published else None
        got = reader.read(excerpt.text, language=excerpt.language, published=published)
        names = frozenset(reader._full_names)
        reading = press.compare(excerpt, got, document)
        found = scoring.document_features(got, text=excerpt.text, language=excerpt.language, names=names)
        told = [c.person for c in got if c.person and c.pattern != "fallback"]
        for candidate, feats, right in zip(got, found, reading.right, strict=True):
            alone = candidate.person is not None and told.count(candidate.person) == 1
            hand = FALLBACK_CONFIDENCE if candidate.pattern == "fallback" else _confidence(candidate, alone=alone)
            out.append({"subset": press.subset(excerpt.url), "excerpt": excerpt, "candidate": candidate,
                        "features": feats, "hand": hand, "right": bool(right)})  # fmt: skip
    return out


def fold_of(url: str) -> int:
    return int(hashlib.sha256(url.encode("utf-8")).hexdigest()[2:6], 16) % FOLDS


def fit(x: np.ndarray, y: np.ndarray, penalty: float) -> np.ndarray:
    """Logistic regression by Newton's method; the first column (the bias) is not penalised."""
    w = np.zeros(x.shape[1])
    ridge = np.full(x.shape[1], penalty)
    ridge[0] = 1e-6
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        gradient = x.T @ (p - y) + ridge * w
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(ridge)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w


def auc(scores, labels) -> float:
    """The chance a right candidate scores above a wrong one (ties count half)."""
    scores, labels = np.asarray(scores, float), np.asarray(labels, bool)
    right, wrong = scores[labels], scores[~labels]
    if not len(right) or not len(wrong):
        return float("nan")
    above = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(above / (len(right) * len(wrong)))


def table_of(tune: list[dict]) -> str:
    """The training table as canonical JSON text: one ``[right, {feature: value}]`` per tune candidate."""
    rows_ = [[int(row["right"]), {name: round(value, 6) for name, value in sorted(row["features"].items()) if value}]
             for row in tune]  # fmt: skip
    return "[\n" + ",\n".join(json.dumps(row, sort_keys=True, separators=(",", ":")) for row in rows_) + "\n]\n"


def rows_of_table(text: str) -> list[dict]:
    """The rows :func:`model_of` fits on, back from :func:`table_of`'s text."""
    return [{"right": bool(right), "features": features} for right, features in json.loads(text)]


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def model_of(tune: list[dict], penalty: float) -> dict:
    counts: dict[str, int] = {}
    for row in tune:
        for name in row["features"]:
            if name.startswith("pattern:"):
                counts[name[len("pattern:") :]] = counts.get(name[len("pattern:") :], 0) + 1
    patterns = sorted(name for name, count in counts.items() if count >= MIN_PATTERN)
    seen: dict[str, int] = {}
    for row in tune:
        for name, value in row["features"].items():
            seen[name] = seen.get(name, 0) + (value != 0)
    names = sorted(name for name, count in seen.items() if count >= MIN_FEATURE and not name.startswith("pattern:")
                   and name != "bias")  # fmt: skip
    model = {"features": ["bias", *names, *(f"pattern:{p}" for p in patterns), "pattern:other"],
             "patterns": patterns, "weights": []}  # fmt: skip
    x = np.array([scoring.vector(row["features"], model) for row in tune])
    y = np.array([row["right"] for row in tune], float)
    model["weights"] = [round(float(value), 4) for value in fit(x, y, penalty)]
    model["penalty"] = penalty
    return model


def predict(model: dict, subset: list[dict]) -> list[float]:
    """The confidence the reader gives (``Reader.read``): the model's, a ``fallback`` keeping its own."""
    return [FALLBACK_CONFIDENCE if row["candidate"].pattern == "fallback"
            else scoring.probability(row["features"], model) for row in subset]  # fmt: skip


def cross_validated(tune: list[dict], penalty: float) -> list[float]:
    scores = [0.0] * len(tune)
    for fold in range(FOLDS):
        train = [row for row in tune if fold_of(row["excerpt"].url) != fold]
        model = model_of(train, penalty)
        for i, row in enumerate(tune):
            if fold_of(row["excerpt"].url) == fold:
                scores[i] = predict(model, [row])[0]
    return scores


def kept_figures(part: str, subset: list[dict], scores: list[float], threshold: float,
                 language: str | None = None) -> dict:  # fmt: skip
    """Recall and precision of the part's excerpts when candidates scored below ``threshold`` are dropped."""
    document = press.reader_record()
    by_excerpt: dict[str, tuple] = {excerpt.url: (excerpt, []) for excerpt in EXCERPTS[part]}
    for row, score in zip(subset, scores, strict=True):
        excerpt = row["excerpt"]
        entry = by_excerpt.setdefault(excerpt.url, (excerpt, []))
        if score >= threshold:
            entry[1].append(row["candidate"])
    readings = [press.compare(excerpt, got, document) for excerpt, got in by_excerpt.values()
                if language is None or excerpt.language == language]  # fmt: skip
    return press.figures(readings)


def bands(scores, labels) -> str:
    counts: dict[float, list[int]] = {}
    for score, ok in zip(scores, labels, strict=True):
        count = counts.setdefault(round(score, 1), [0, 0])
        count[0] += ok
        count[1] += 1
    return "; ".join(f"{band:.1f}: {r} of {t} ({r / t:.0%})" for band, (r, t) in sorted(counts.items()))


def main(argv: list[str] | None = None) -> None:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--write", action="store_true", help="write dashboard/articles/score.json")
    arguments = options.parse_args(argv)
    data = rows()
    tune = [row for row in data if row["subset"] == "tune"]
    check = [row for row in data if row["subset"] == "check"]
    y_tune = [row["right"] for row in tune]
    y_check = [row["right"] for row in check]
    print(f"tune: {len(tune)} candidates ({sum(y_tune)} right); check: {len(check)} ({sum(y_check)} right)")
    best = None
    for penalty in PENALTIES:
        value = auc(cross_validated(tune, penalty), y_tune)
        print(f"penalty {penalty}: tune cross-validated AUC {value:.3f}")
        if best is None or value > best[0] + 1e-9:
            best = (value, penalty)
    penalty = best[1]
    cv = cross_validated(tune, penalty)
    model = model_of(tune, penalty)
    learned_check = predict(model, check)
    print(f"AUC hand-made: tune {auc([r['hand'] for r in tune], y_tune):.3f}, check "
          f"{auc([r['hand'] for r in check], y_check):.3f}")  # fmt: skip
    print(f"AUC learned:   tune cross-validated {auc(cv, y_tune):.3f}, check {auc(learned_check, y_check):.3f}")
    print(f"check bands, hand-made: {bands([r['hand'] for r in check], y_check)}")
    print(f"check bands, learned:   {bands(learned_check, y_check)}")
    print(f"tune bands, learned (cross-validated): {bands(cv, y_tune)}")
    for part, name, subset, scores in (("tune", "tune (cross-validated)", tune, cv),
                                       ("check", "check", check, learned_check)):  # fmt: skip
        for threshold in (0.0, *THRESHOLDS):
            row = kept_figures(part, subset, scores, threshold)
            print(f"{name} threshold {threshold:.2f}: recall {row['found']} of {row['labels']}, "
                  f"precision {row['right']} of {row['candidates']}")  # fmt: skip
    print("weights: " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(model["features"], model["weights"], strict=True)))
    if arguments.write:
        table = table_of(tune)
        model = model_of(rows_of_table(table), penalty)  # (the same weights: the table keeps every value)
        model["table_sha256"] = digest(table)
        TABLE.write_text(table, encoding="utf-8")
        OUT.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)} and {TABLE.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
