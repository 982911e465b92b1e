"""Small made-up records of careers for the tenure tests: positions, moves and stays given as
dicts, each cited with a sentence of its own in one stored document."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dashboard.analysis import bundle as bundles
from dashboard.analysis.bundle import Bundle
from support.records import TODAY, load

ORGS = {"acme": "Acme", "beta": "Beta Labs", "gamma": "Gamma", "meta": "Meta", "fair": "FAIR"}
PARENTS = {"fair": "meta"}


def _value(value) -> str:
    return "true" if value is True else f'"{value}"'


def record_text(positions=(), moves=(), stays=(), cohorts: str = "") -> tuple[str, str]:
    """(the record's YAML, its document's text) for the given records."""
    sentences, people = [], {}
    sections = {"positions": positions, "moves": moves, "stays": stays}
    body = []
    for section, items in sections.items():
        if not items:
            continue
        body.append(f"{section}:")
        for number, item in enumerate(items):
            person = item["person"]
            people[person] = person.title()
            sentence = f"{person.title()} record {section} {number} is stated here in full."
            sentences.append(sentence)
            body.append(f"  - id: {section[:3]}-{number}")
            for key, value in item.items():
                body.append(f"    {key}: {_value(value)}")
            body += ["    evidence:", "      - source: doc", f"        quote: {sentence}"]
    orgs = "\n".join(
        f"  {org}: {{name: {name}" + (f", parent: {PARENTS[org]}" if org in PARENTS else "") + "}"
        for org, name in ORGS.items()
    )
    head = (
        'sources:\n  doc:\n    path: seeds/doc.txt\n    language: en\n    published: "2020"\n'
        f"organizations:\n{orgs}\npeople:\n"
        + "".join(
            f"  {pid}: {{name: {name}" + (", cohorts: [club]" if cohorts else "") + "}\n"
            for pid, name in people.items()
        )
    )
    return head + cohorts + "\n".join(body) + "\n", " ".join(sentences) + "\n"


def write(tmp_path: Path, positions=(), moves=(), stays=(), cohorts: str = "") -> Path:
    """A made-up project under ``tmp_path`` (its record and the document its quotes are from):
    the record file's path."""
    text, document = record_text(positions, moves, stays, cohorts)
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "doc.txt").write_text(document, encoding="utf-8")
    (tmp_path / "data").mkdir(exist_ok=True)
    path = tmp_path / "data" / "events.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def build(tmp_path: Path, positions=(), moves=(), stays=(), cohorts: str = "", today: dt.date = TODAY) -> Bundle:
    """The bundle of a valid made-up record (the test fails on any error of the record)."""
    path = write(tmp_path, positions, moves, stays, cohorts)
    result = load(path.read_text(encoding="utf-8"), root=tmp_path, today=today)
    assert result.ok, [problem.message for problem in result.errors]
    return bundles.build(result.dataset, "test")


def move(person, origin, destination, date, **extra) -> dict:
    return {"person": person, "from": origin, "to": destination, "date": date, "date_kind": "effective", **extra}


def position(person, org, start=None, end=None, **extra) -> dict:
    item = {"person": person, "org": org}
    if start is not None:
        item["start"] = start
    if end is not None:
        item["end"] = end
    return item | extra


def stay(person, org, as_of) -> dict:
    return {"person": person, "org": org, "as_of": as_of}


SPREAD = [
    position("ada", "acme", "2019-01-01", "2020-01-01"),
    position("ben", "acme", "2019-01-01", "2020-01-01"),
    position("cy", "acme", "2019-01-01", "2021-01-01"),
    position("dee", "acme", "2019-01-01", "2020-06-01/.."),
    position("eve", "beta", "2018-01-01", "2022-01-01"),
]
"""Four stints at Acme (three ended after one and two years, one still held) and one at Beta:
the Retention tests' small record."""
