"""A small project to import positions into: a record with a stored document, a web source,
people and organisations to match (one name twice, aliases), and one recorded position."""

from __future__ import annotations

from pathlib import Path

DOCUMENT = """Laufbahnen.
Andreas Stuhlmüller leitete von 2015 bis März 2020 die Forschung bei Alphabet.
Ada Alpha ist seit Mai 2020 Chefwissenschaftlerin bei OpenAI.
Ben Beta arbeitete bei Meta.
"""

RECORD = """# A hand-kept record: comments and layout must survive an import.
sources:
  doc:
    path: seeds/doc.txt
    language: de
    published: "2024"
  web:
    url: https://example.org/known
organizations:
  alphabet: {name: Alphabet, aliases: [Google Research]}
  meta: {name: Meta}
  twin-a: {name: Twin Labs}
people:
  andreas:
    name: Andreas Stuhlmüller
  ada:
    name: Ada Alpha
    aliases: [A. Alpha]
  ben-1: {name: Ben Beta}
  ben-2:
    name: Ben  Beta
    note: a second Ben Beta
positions:
  - id: ada-meta
    person: ada
    org: meta
    start: "2019"
    end: "2020"
    evidence:
      - source: doc
        quote: Ben Beta arbeitete bei Meta.
"""

HEADER = "person,organisation,role,start,end,source,quote\n"


def import_project(folder: Path) -> Path:
    """Write the project into ``folder``; returns its record file."""
    (folder / "seeds").mkdir()
    (folder / "seeds" / "doc.txt").write_text(DOCUMENT, encoding="utf-8")
    (folder / "data").mkdir()
    path = folder / "data" / "events.yaml"
    path.write_text(RECORD, encoding="utf-8")
    return path
