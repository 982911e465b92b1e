"""The press corpus (``tests/data/press/``, issue 25): real news excerpts and their labelled moves.

Every file is valid (its fields, its language, every quote verbatim in the excerpt, every name and
organisation of a label printed in it), the corpus is as large and varied as the benchmark needs,
and each file sits in the part the hash of its address gives it. The checker itself
(``bench/press.py``, ``problems``) is tested on broken copies, and the matching rule the benchmark
uses on hand-made candidates.
"""

from __future__ import annotations

import collections
import functools
import importlib.util
import sys
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest

from support.records import REPO


@functools.cache
def press():
    """bench/press.py, which the benchmark imports as its script's neighbour (bench/ is no package)."""
    spec = importlib.util.spec_from_file_location("bench_press", REPO / "bench" / "press.py")
    module = sys.modules["bench_press"] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FILES = sorted((REPO / "tests" / "data" / "press").glob("*/*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_excerpt_is_valid(path):
    assert press().problems(path) == []


def test_the_corpus_is_large_enough_in_enough_languages_and_split_by_the_rule():
    items = press().excerpts()
    parts = collections.Counter(item.part for item in items)
    assert parts["dev"] >= 40 and parts["heldout"] >= 10
    assert parts["heldout"] * 5 >= len(items)  # at least a fifth held out
    assert all(item.path.parent.name == ("heldout" if press().held_out(item.url) else "dev") for item in items)
    languages = collections.Counter(item.language for item in items)
    assert {"de", "en", "it"} <= set(languages) and {"fr", "es"} & set(languages) and len(languages) >= 4
    held = {item.language for item in items if item.part == "heldout"}
    assert held == set(languages)  # every language is measured on held-out excerpts too


def test_no_site_gives_more_than_three_excerpts_and_no_page_is_used_twice():
    items = press().excerpts()
    assert len({item.url for item in items}) == len(items)
    sites = collections.Counter(".".join(urlsplit(item.url).hostname.split(".")[-2:]) for item in items)
    assert max(sites.values()) <= 3, sites.most_common(3)


def test_the_corpus_has_moves_of_every_kind_it_is_meant_to_measure():
    labels = [label for item in press().excerpts() for label in item.labels]
    assert sum(label.counted for label in labels) >= 150
    kinds = collections.Counter(label.certainty for label in labels)
    assert kinds["rumoured"] >= 5 and kinds["denied"] >= 5
    assert sum(label.group is not None for label in labels) >= 10
    assert sum(label.date is not None for label in labels) >= 20
    assert sum(not label.origins for label in labels) >= 5 and sum(not label.destinations for label in labels) >= 20


def _copy(tmp_path, source, change):
    """A copy of a corpus file with ``change`` applied to its text, in a folder of the same part."""
    folder = tmp_path / source.parent.name
    folder.mkdir(exist_ok=True)
    copy = folder / source.name
    copy.write_text(change(source.read_text(encoding="utf-8")), encoding="utf-8")
    return copy


SCHULMAN = REPO / "tests" / "data" / "press" / "heldout" / "en-005-neowin-schulman-anthropic.yaml"


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda text: text.replace("work at one of its biggest rivals, Anthropic.\n  Schulman",
                                   "work at a rival, Anthropic.\n  Schulman", 1),
         "move 1: quote not in the text: \"Today one of the company's co-founders"),
        (lambda text: text.replace("person: John Schulman", "person: Jon Shulman"), "move 1: person 'Jon Shulman' is not in the text"),
        (lambda text: text.replace("to: Anthropic", "to: Inflection"), "move 1: to 'Inflection' is not in the text"),
        (lambda text: text.replace("language: en", "language: pt"), "language 'pt' is not one of de, en, es, fr, it"),
        (lambda text: text.replace("certainty: rumoured", "certainty: maybe"), "move 3: certainty 'maybe' is not one of"),
        (lambda text: text.replace('date: "2023"', 'date: "in 2023"'), "move 2: date 'in 2023' is not YYYY"),
        (lambda text: text.replace("    from: OpenAI\n    to: null", "    from: null\n    to: null"),
         "move 3: has neither origin nor destination"),
        (lambda text: text.replace("published: \"2024-08-06\"\n", ""), "missing published"),
        (lambda text: text.replace("neowin.net/news/", "neowin.net/news/x-"), "belongs to dev by the hash of its address"),
    ],
    ids=["quote", "person", "organisation", "language", "certainty", "date", "no-organisation", "field", "part"],
)  # fmt: skip
def test_a_broken_excerpt_is_refused_with_the_reason(tmp_path, change, problem):
    copy = _copy(tmp_path, SCHULMAN, change)
    found = press().problems(copy)
    assert any(problem in line for line in found), found


def test_a_file_named_for_another_language_or_in_the_wrong_part_is_refused(tmp_path):
    folder = tmp_path / "dev"
    folder.mkdir()
    copy = folder / "de-005-neowin-schulman-anthropic.yaml"
    copy.write_text(SCHULMAN.read_text(encoding="utf-8"), encoding="utf-8")
    found = press().problems(copy)
    assert any("the file name is not <language>-<3 digits>-<slug>.yaml" in line for line in found)
    assert any("belongs to heldout by the hash of its address" in line for line in found)


# --- the matching rule of the benchmark ----------------------------------------------------------


def _candidate(person=None, headcount=None, from_=None, to=None, from_id=None, to_id=None):
    return SimpleNamespace(person=person, headcount=headcount, from_=from_, to=to, from_id=from_id, to_id=to_id)


def _label(person=None, group=None, headcount=None, origins=(), destinations=(), certainty="stated", optional=False):
    return press().Label(person=person, group=group, headcount=headcount, origins=origins, destinations=destinations,
                         date=None, date_kind=None, certainty=certainty, optional=optional, quotes=("x",))  # fmt: skip


NO_RECORD = SimpleNamespace(organizations={})


@pytest.mark.parametrize(
    ("candidate", "label", "expected"),
    [
        (_candidate("Ethan Knight", from_="Meta"), _label("Ethan Knight", origins=("Meta",)), True),
        (_candidate("Knight", to="OpenAI"), _label("Ethan Knight", destinations=("OpenAI",)), True),
        (_candidate("ETHAN KNIGHT", to="openai"), _label("Ethan Knight", destinations=("OpenAI",)), True),
        (_candidate("Timothee Lacroix", from_="Meta"), _label("Timothée Lacroix", origins=("Meta",)), True),
        (_candidate("Ethan", to="OpenAI"), _label("Ethan Knight", destinations=("OpenAI",)), False),
        (_candidate("Ethan Knight", to="xAI"), _label("Ethan Knight", destinations=("OpenAI",)), False),
        (_candidate("Mark Zuckerberg", to="Meta"), _label("Lucas Beyer", destinations=("Meta",)), False),
        (_candidate("Lucas Beyer", to="Metas neuem Superintelligence-Projekt"), _label("Lucas Beyer", destinations=("Meta",)), True),
        (_candidate("Jack Rae", to="Meta"), _label("Jack Rae", destinations=("Meta Superintelligence Labs", "MSL")), True),
        (_candidate(headcount=3, from_="OpenAI"), _label(group="drei Forscher", headcount=3, origins=("OpenAI",)), True),
        (_candidate(headcount=4, from_="OpenAI"), _label(group="drei Forscher", headcount=3, origins=("OpenAI",)), False),
        (_candidate(headcount=4, to="Microsoft"), _label(group="several employees", destinations=("Microsoft",)), True),
        (_candidate("Lucas Beyer", to="Meta"), _label(group="drei Forscher", headcount=3, destinations=("Meta",)), False),
    ],
)  # fmt: skip
def test_a_candidate_matches_a_label_by_its_person_or_group_and_one_organisation(candidate, label, expected):
    assert press().matches(candidate, label, NO_RECORD) is expected


def test_an_organisation_known_to_the_record_matches_by_its_name_and_aliases():
    record = SimpleNamespace(organizations={"gdm": SimpleNamespace(name="Google DeepMind", aliases=("DeepMind",))})
    candidate = _candidate("Jiahui Yu", from_="GDM", from_id="gdm")
    assert press().matches(candidate, _label("Jiahui Yu", origins=("Google DeepMind",)), record)
    assert not press().matches(candidate, _label("Jiahui Yu", origins=("Google DeepMind",)), NO_RECORD)


def test_a_candidate_for_a_denied_move_is_wrong_and_optional_moves_are_not_missed():
    module = press()
    excerpt = module.Excerpt(path=REPO / "x.yaml", part="dev", language="en", url="https://example.org", title=None,
                             published=None, text="", labels=(
        _label("Sam Altman", origins=("OpenAI",), destinations=("Microsoft",), certainty="denied"),
        _label("Mustafa Suleyman", origins=("Inflection",), destinations=("Microsoft",)),
        _label(group="several employees", origins=("Inflection",), optional=True)))  # fmt: skip
    got = [_candidate("Sam Altman", to="Microsoft"), _candidate(headcount=5, from_="Inflection")]
    reading = module.compare(excerpt, got, NO_RECORD)
    assert (reading.right, reading.found) == ([False, True], [True, False, True])
    assert module.figures([reading]) == {"excerpts": 1, "labels": 1, "found": 0, "recall": 0.0, "candidates": 2,
                                         "right": 1, "precision": 0.5, "sided": 1, "sided_precision": 0.5}  # fmt: skip


@pytest.mark.parametrize(
    ("candidate", "expected"),
    [
        (_candidate("Jan Leike", from_="OpenAI", to="Anthropic"), True),
        (_candidate("Jan Leike", from_="OpenAI"), True),  # a side left open is no wrong side
        (_candidate("Jan Leike", to="OpenAI"), False),  # right by the lenient match, its side swapped
        (_candidate("Jan Leike", from_="Google", to="Anthropic"), False),  # an origin the label does not give
    ],
)
def test_a_candidate_is_right_on_its_sides_only_with_each_organisation_where_the_label_puts_it(candidate, expected):
    """``sided`` is stricter than ``matches``: the benchmark's sides line counts a candidate right only
    with its origin among the label's origins and its destination among its destinations."""
    label = _label("Jan Leike", origins=("OpenAI",), destinations=("Anthropic",))
    assert press().matches(candidate, label, NO_RECORD)
    assert press().sided(candidate, label, NO_RECORD) is expected


def test_the_misses_list_only_development_excerpts_and_the_table_every_part_and_language():
    module = press()
    label = _label("Ethan Knight", origins=("Meta",), destinations=("OpenAI",))
    readings = []
    for part in module.PARTS:
        excerpt = module.Excerpt(path=REPO / part / f"en-001-{part}-page.yaml", part=part, language="en",
                                 url="https://example.org", title=None, published=None, text="", labels=(label,))  # fmt: skip
        got = [SimpleNamespace(**vars(_candidate("Mark Zuckerberg", to="OpenAI")), group=None, quote="He hired him.")]
        readings.append(module.compare(excerpt, got, NO_RECORD))
    assert module.misses_lines(readings) == [
        "en-001-dev-page.yaml:",
        "  missed  Ethan Knight: Meta -> OpenAI",
        "  wrong   Mark Zuckerberg: ? -> OpenAI  «He hired him.»",
    ]
    table = {part: {language: module.figures([r for r in readings if r.excerpt.part == part and
                                              r.excerpt.language == language]) for language in module.LANGUAGES}
             for part in module.PARTS}  # fmt: skip
    lines = module.table_lines(table)
    assert len(lines) == 2 + len(module.PARTS) * len(module.LANGUAGES)
    assert "| heldout | en | 1 | 0 of 1 | 0% | 0 of 1 | 0% |" in lines
    assert "| dev | de | 0 | 0 of 0 | – | 0 of 0 | – |" in lines


def test_the_development_part_splits_into_tune_and_check_by_a_second_hash_digit_and_check_is_never_listed():
    module = press()
    dev = [item for item in module.excerpts() if item.part == "dev"]
    subsets = collections.Counter(module.subset(item.url) for item in dev)
    assert set(subsets) == {"tune", "check"} and subsets["check"] * 5 >= len(dev)  # a fifth or more to check
    label = _label("Ethan Knight", origins=("Meta",))
    readings = []
    for url in ("https://a.example/1", "https://a.example/2", "https://a.example/3", "https://a.example/4"):
        excerpt = module.Excerpt(path=REPO / "dev" / f"en-001-{module.subset(url)}-{url[-1]}.yaml", part="dev",
                                 language="en", url=url, title=None, published=None, text="", labels=(label,))  # fmt: skip
        readings.append(module.compare(excerpt, [], NO_RECORD))
    listed = [line for line in module.misses_lines(readings, tune_only=True) if line.endswith(".yaml:")]
    everything = [line for line in module.misses_lines(readings) if line.endswith(".yaml:")]
    assert len(everything) == 4 and listed and all("-tune-" in line for line in listed)
    assert len(listed) == sum(module.subset(reading.excerpt.url) == "tune" for reading in readings) < 4


def test_the_confidence_lines_count_right_candidates_per_part_at_each_tenth_of_confidence():
    module = press()
    label = _label("Ethan Knight", origins=("Meta",), destinations=("OpenAI",))
    readings = []
    for part, confidences in (("dev", (0.62, 0.58, 0.81)), ("heldout", (0.7,))):
        excerpt = module.Excerpt(path=REPO / part / f"en-001-{part}-page.yaml", part=part, language="en",
                                 url="https://example.org", title=None, published=None, text="", labels=(label,))  # fmt: skip
        got = [
            SimpleNamespace(**vars(_candidate("Ethan Knight", to="OpenAI")), confidence=confidences[0]),
            SimpleNamespace(**vars(_candidate("Mark Zuckerberg", to="OpenAI")), confidence=confidences[0]),
        ]
        got += [SimpleNamespace(**vars(_candidate("Knight", from_="Meta")), confidence=c) for c in confidences[1:]]
        readings.append(module.compare(excerpt, got, NO_RECORD))
    assert module.confidence_lines(readings) == [
        "dev: 0.6: 2 of 3 (67%); 0.8: 1 of 1 (100%)",  # 0.62 and 0.58 both shown as 0.6
        "heldout: 0.7: 1 of 2 (50%)",
    ]
