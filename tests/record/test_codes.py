"""Problem codes: each defined once, documented, used by the code, and produced by an input here."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dashboard.cli import main
from dashboard.record.documents import MAX_DOCUMENT_BYTES, read_document
from dashboard.record.load import MAX_FILE_BYTES, load_file, load_text
from dashboard.record.problems import CODES, Problem, error, warning
from support.records import REPO, SHIPPED, TODAY, load

SHIPPED_TEXT = SHIPPED.read_text(encoding="utf-8")


def shipped(old: str, new: str) -> str:
    assert old in SHIPPED_TEXT, old
    return SHIPPED_TEXT.replace(old, new, 1)


def _block(start: str, end: str) -> str:
    """The shipped text from ``start`` up to (not including) ``end``."""
    first = SHIPPED_TEXT.index(start)
    return SHIPPED_TEXT[first : SHIPPED_TEXT.index(end, first)]


JOULIN = _block("  - id: joulin-meta-to-apple", "\n\n")
FRIEDMAN = _block("  - id: friedman-ceo-of-github", "  # 004")
JOULIN_EVIDENCE = (
    "source: insideit-llama-authors\n        supports: [person, from, to]\n        quote: >-\n          Armand"
)
JOULIN_DATE = 'date: "2023-05/.."\n    date_kind: effective'
WANG = '    to: meta\n    date: "2023/.."\n    date_kind: reported\n    date_estimated: true\n    from_role: CEO\n'

# code: a record file that has that problem (its sources are the project's seeds/)
TEXTS = {
    "empty-file": "# nothing but a comment\n",
    "expected-sections": "- a\n- b\n",
    "unknown-section": shipped("\nstays:\n", "\nstay:\n"),
    "expected-records": "moves: 5\n",
    "yaml-syntax": shipped("    to: apple\n", "\tto: apple\n"),
    "duplicate-key": shipped("    to: apple\n", "    to: apple\n    to: meta\n"),
    "yaml-anchor": shipped("    to: apple\n", "    to: &dest apple\n"),
    "yaml-alias": shipped("    to: apple\n", "    to: *dest\n"),
    "yaml-tag": shipped("    to: apple\n", "    to: !org apple\n"),
    "complex-key": "? [a, b]\n: c\n",
    "too-deep": "moves:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(80)),
    "second-document": "moves: []\n---\nstays: []\n",
    "refused-character": shipped("    name: Apple\n", "    name: \u202eelppA\n"),
    "refused-escape": shipped("    name: Apple\n", '    name: "Apple\\e[31m"\n'),
    "missing-field": shipped("    date_kind: effective\n", ""),
    "unknown-field": shipped("    from: meta\n    to: apple\n", "    form: meta\n    to: apple\n"),
    "invalid-choice": shipped("date_kind: effective", "date_kind: actual"),
    "expected-mapping": "moves:\n  - 5\n",
    "expected-list": shipped("    aliases: [Mistral]\n", "    aliases: Mistral\n"),
    "expected-text": shipped("    name: Apple\n", "    name: [Apple]\n"),
    "empty-text": shipped("    name: Apple\n", '    name: ""\n'),
    "empty-list": shipped("    evidence:\n      - source: insideit", "    evidence: []\n    x:\n      - source: insideit"),
    "invalid-id": shipped("  - id: joulin-meta-to-apple", "  - id: Joulin Meta"),
    "invalid-date": shipped('date: "2023-05/.."', 'date: "2023-13"'),
    "invalid-count": shipped('headcount: "3"', 'headcount: "03"'),
    "invalid-size": shipped('size: "14"', 'size: "fourteen"'),
    "invalid-flag": shipped("    date_estimated: true\n    note: >-\n      The source says",
                            "    date_estimated: yes\n    note: >-\n      The source says"),
    "invalid-language": shipped("language: it", "language: Italian"),
    "invalid-value": shipped("    name: Apple\n", "    name: Apple\n    wikidata: apple\n"),
    "unknown-person": shipped("person: armand-joulin", "person: armand-jolin"),
    "unknown-organisation": shipped("    to: apple\n", "    to: apel\n"),
    "unknown-source": shipped(JOULIN_EVIDENCE, JOULIN_EVIDENCE.replace("insideit-llama-authors", "inside-llama")),
    "unknown-cohort": shipped("    cohorts: [llama-paper-authors]\n  guillaume",
                              "    cohorts: [llama-authors]\n  guillaume"),
    "reports-on-loop": shipped("  the-information-llama-authors:\n",
                               "  the-information-llama-authors:\n    reports_on: the-information-llama-authors\n"),
    "own-parent": shipped("    parent: apple\n", "    parent: apple-foundation-models\n"),
    "parent-loop": shipped("  apple:\n    name: Apple\n", "  apple:\n    name: Apple\n    parent: apple-foundation-models\n"),
    "reserved-id": shipped("  scale-ai:\n", "  unknown:\n"),
    "duplicate-organisation-name": shipped("\norganizations:\n", "\norganizations:\n  apple-again:\n    name: APPLE\n"),
    "duplicate-id": shipped("- id: lample-meta-to-mistral", "- id: lacroix-meta-to-mistral"),
    "duplicate-move": shipped(JOULIN, JOULIN + "\n" + JOULIN.replace("joulin-meta-to-apple", "joulin-again")),
    "duplicate-position": shipped(FRIEDMAN, FRIEDMAN + FRIEDMAN.replace("friedman-ceo-of-github", "friedman-again")),
    "unidentified-source": shipped("  the-information-llama-authors:\n    publisher: The Information\n",
                                   "  the-information-llama-authors:\n"),
    "missing-language": shipped("    language: it\n", ""),
    "invalid-url": shipped("path: seeds/000_754018a0b65caa00.txt", "url: ftp://example.org/a.txt"),
    "unsafe-source-path": shipped("path: seeds/000_754018a0b65caa00.txt", "path: seeds/../data/events.yaml"),
    "document-not-found": shipped("path: seeds/000_754018a0b65caa00.txt", "path: seeds/nope.txt"),
    "quote-not-found": shipped("verliess Meta bereits im Mai", "verließ Meta bereits im Mai"),
    "unquotable-source": shipped("source: de-meta-superintelligence-hires\n        supports: [person, from, to, from_role]",
                                 "source: the-information-llama-authors\n        supports: [person, from, to, from_role]"),
    "wrong-supports": shipped(JOULIN_EVIDENCE, JOULIN_EVIDENCE.replace("[person, from, to]", "[person, from, org]")),
    "person-or-group": shipped("    person: armand-joulin\n", "    person: armand-joulin\n    group: some people\n"),
    "missing-headcount": shipped('    headcount: "3"\n    from: alphabet', "    from: alphabet"),
    "headcount-on-person": shipped("    person: armand-joulin\n", '    person: armand-joulin\n    headcount: "2"\n'),
    "same-origin-and-destination": shipped("    to: apple\n", "    to: meta\n"),
    "date-in-future": shipped('date: "2023-05/.."', 'date: "2027-01"'),
    "before-needs-one-date": shipped(JOULIN_DATE, 'date: "2023/2025"\n    date_kind: before'),
    "ends-before-start": shipped("    org: github\n    role: CEO\n",
                                 '    org: github\n    role: CEO\n    start: "2020"\n    end: "2019"\n'),
    "scheduled-end-not-placed": shipped("    org: github\n    role: CEO\n",
                                        '    org: github\n    role: CEO\n    end: "2027/.."\n    end_scheduled: true\n'),
    "cohort-over-size": shipped('size: "14"', 'size: "3"'),
    "claim-value": shipped("comparator: more_than", "comparator: some"),
    "claim-exceeds-cohort": shipped('value: "50"', 'value: "150"'),
    "estimated-date": SHIPPED_TEXT,
    "more-precise-than-sources": shipped(WANG, WANG.replace('"2023/.."', '"2024"')),
    "dated-after-sources": shipped('    to: unknown\n    date: "2025"\n', '    to: unknown\n    date: "2026"\n'),
    "scheduled-end-passed": shipped("    org: github\n    role: CEO\n",
                                    '    org: github\n    role: CEO\n    end: "2025-01-03"\n    end_scheduled: true\n'),
    "short-quote": shipped("quote: Ebenfalls wechselt Nat Friedman, ehemaliger CEO bei Github.", "quote: Nat Friedman"),
    "person-not-quoted": shipped("    name: Armand Joulin\n", "    name: Armand Someone\n"),
    "inferred-field": SHIPPED_TEXT,
    "look-alike-people": shipped("\npeople:\n", "\npeople:\n  armand-again:\n    name: Armand  Joulin\n"),
    "look-alike-organisations": shipped("\norganizations:\n", "\norganizations:\n  meta-accent:\n    name: Méta\n"),
}  # fmt: skip


def _in_project(tmp_path: Path, seed: str, make) -> list[Problem]:
    """The problems of a record citing ``seeds/<seed>``, made by ``make(path)``, in a new project."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "data").mkdir()
    make(tmp_path / "seeds" / seed)
    record = f"sources:\n  s:\n    path: seeds/{seed}\n    language: de\n"
    result = load_text(record, name="events.yaml", root=tmp_path, today=TODAY)
    return result.errors


def _gone_before_read(tmp_path: Path) -> list[Problem]:
    """A document removed between the check of its path and its reading."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "doc.txt").write_text("text", encoding="utf-8")

    def read(path: Path) -> str:
        path.unlink()
        return read_document(path)

    record = "sources:\n  s:\n    path: seeds/doc.txt\n    language: de\n"
    return load_text(record, name="events.yaml", root=tmp_path, today=TODAY, read=read).errors


def _too_large(tmp_path: Path) -> list[Problem]:
    path = tmp_path / "events.yaml"
    with open(path, "wb") as handle:  # sparse: large on paper, nothing written
        handle.truncate(MAX_FILE_BYTES + 1)
    return load_file(path).errors


def _not_utf8(tmp_path: Path) -> list[Problem]:
    path = tmp_path / "events.yaml"
    path.write_bytes(b"moves:\n  - id: caf\xe9\n")
    return load_file(path).errors


def _not_found(tmp_path: Path, capsys) -> list[Problem]:
    assert main(["validate", "--format", "json", str(tmp_path / "missing.yaml")]) == 2
    [report] = json.loads(capsys.readouterr().out)["files"]
    return [error(problem["code"], problem["message"]) for problem in report["problems"]]


# code: a function of (tmp_path, capsys) giving problems, for what no record text alone can show
SETUPS = {
    "file-not-found": _not_found,
    "file-unreadable": lambda tmp_path, _: load_file(tmp_path / "missing.yaml").errors,
    "file-too-large": lambda tmp_path, _: _too_large(tmp_path),
    "not-utf8": lambda tmp_path, _: _not_utf8(tmp_path),
    "document-not-regular": lambda tmp_path, _: _in_project(tmp_path, "folder", Path.mkdir),
    "document-too-large": lambda tmp_path, _: _in_project(
        tmp_path, "big.txt", lambda path: path.write_bytes(b"x" * (MAX_DOCUMENT_BYTES + 1))
    ),
    "document-unreadable": lambda tmp_path, _: _gone_before_read(tmp_path),
    "document-not-utf8": lambda tmp_path, _: _in_project(tmp_path, "doc.txt", lambda path: path.write_bytes(b"\xff")),
}


def test_every_code_has_an_example_here():
    assert set(TEXTS) | set(SETUPS) == set(CODES)
    assert not set(TEXTS) & set(SETUPS)


@pytest.mark.parametrize("code", list(TEXTS))
def test_each_record_text_gives_its_code(code):
    result = load(TEXTS[code])
    assert code in {problem.code for problem in result.errors + result.warnings}, [
        (problem.code, problem.message) for problem in result.errors
    ]
    assert result.ok == (CODES[code].severity == "warning")


@pytest.mark.parametrize("code", list(SETUPS))
def test_each_setup_gives_its_code(tmp_path, capsys, code):
    problems = SETUPS[code](tmp_path, capsys)
    assert code in {problem.code for problem in problems}, [(problem.code, problem.message) for problem in problems]


@pytest.mark.parametrize("code", list(CODES))
def test_each_code_is_kebab_case_and_documented_in_one_line(code):
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", code)
    meaning = CODES[code]
    assert meaning.severity in ("error", "warning")
    assert meaning.description.endswith(".") and "\n" not in meaning.description
    assert bool(meaning.kind) == (meaning.severity == "warning")  # the words the Overview groups warnings by


def test_warning_kinds_are_distinct():
    kinds = [meaning.kind for meaning in CODES.values() if meaning.kind]
    assert len(kinds) == len(set(kinds))


# A code written in the package: the first argument of a constructor of problems, or assigned.
_WRITTEN = re.compile(
    r'(?:\berror|\bwarning|Invalid|DocumentError|YamlIssue)\(\s*f?"([a-z0-9{}-]+)"|code = "([a-z0-9-]+)"'
)


def test_every_code_written_in_the_package_is_in_the_registry():
    written = set()
    for path in (REPO / "dashboard").rglob("*.py"):
        for match in _WRITTEN.finditer(path.read_text(encoding="utf-8")):
            written.add(match.group(1) or match.group(2))
    templated = {code for code in written if "{" in code}
    assert templated == {"unknown-{what}"}  # rules._reference: person, organisation, source, cohort
    assert written - templated <= set(CODES), sorted(written - templated - set(CODES))


def test_a_code_of_the_wrong_severity_or_none_is_refused():
    with pytest.raises(ValueError, match="is not an error code"):
        error("estimated-date", "x")
    with pytest.raises(ValueError, match="is not a warning code"):
        warning("quote-not-found", "x")
    with pytest.raises(ValueError):
        error("no-such-code", "x")


def test_severity_and_kind_come_from_the_code():
    problem = warning("look-alike-people", "x")
    assert (problem.severity, problem.kind) == ("warning", "two people with one name")
    assert (error("quote-not-found", "x").severity, error("quote-not-found", "x").kind) == ("error", "quote-not-found")
