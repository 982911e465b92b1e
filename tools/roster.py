"""The congress-legislators roster's terms as the import CSV: ``python tools/roster.py ROSTER --out terms.csv``.

``legislators-current.yaml`` of https://github.com/unitedstates/congress-legislators (public
domain, CC0) lists every current member of Congress with every term they served, in date
order; a current term's ``end`` lies ahead (``2027-01-03``): the end the term is scheduled to
have. Each term becomes one CSV row of ``python -m dashboard import`` (docs/curating.md):

- person: the member's ``official_full`` name (``first last`` for the few who have none yet);
- organisation: ``United States Senate`` (``type: sen``) or ``United States House of
  Representatives`` (``type: rep``);
- role: ``Senator for WA``, ``Representative for OH-9``, ``Representative for WY (at large)``
  (district 0), and for the members the House elects from outside the states, ``Delegate for
  DC`` (also GU, VI, AS, MP) and ``Resident Commissioner for PR`` (the roster's ``rep`` is
  "representatives and delegates to the House");
- start and end: the term's days as written, the end of a current term included (the import
  marks an end that lies ahead as scheduled);
- source: the YAML file, stored verbatim under ``seeds/`` (``--project`` stores it and enters it
  in ``sources:``); quote: the term's text exactly as it stands in the file, from its ``type:``
  to its last line, its line breaks and indentation written as one space.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python tools/roster.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.sources import Document, File, Repository, SourceError, document, finish, one_line, store

DATASET = "congress"
FILE = "legislators-current.yaml"
GITHUB = "unitedstates/congress-legislators"
CHAMBERS = {"sen": "United States Senate", "rep": "United States House of Representatives"}
SENT_TO_THE_HOUSE = {"DC": "Delegate", "GU": "Delegate", "VI": "Delegate", "AS": "Delegate", "MP": "Delegate",
                     "PR": "Resident Commissioner"}  # fmt: skip
"""The members the House elects from outside the states, by the title they hold."""


class RosterError(ValueError):
    """The file is not a roster of legislators this reader understands (with where)."""


def role(term: dict) -> str:
    """The title a term gives: ``Senator for WA``, ``Representative for OH-9``, ``Delegate for DC``."""
    state = term.get("state") or "?"
    if term.get("type") == "sen":
        return f"Senator for {state}"
    if state in SENT_TO_THE_HOUSE:
        return f"{SENT_TO_THE_HOUSE[state]} for {state}"
    district = term.get("district")
    if district == "0":
        return f"Representative for {state} (at large)"
    if district is None or district.startswith("-"):  # -1: the roster doesn't know the district
        return f"Representative for {state}"
    return f"Representative for {state}-{district}"


def name(legislator: dict) -> str:
    """The member's ``official_full`` name, or ``first last`` (with a suffix) when it has none."""
    names = legislator.get("name") or {}
    if names.get("official_full"):
        return names["official_full"].strip()
    parts = [names.get("first"), names.get("last")]
    full = " ".join(part.strip() for part in parts if part)
    return f"{full}, {names['suffix'].strip()}" if names.get("suffix") else full


def term_text(lines: list[str], line: int, col: int) -> str:
    """The text of the term whose mapping starts at ``line``, ``col`` (1-based): from there to its
    last line, which is the last one indented at least as deep as its keys."""
    first = lines[line - 1][col - 1 :]
    depth = col - 1
    last = line
    for number in range(line + 1, len(lines) + 1):
        text = lines[number - 1]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        if len(text) - len(text.lstrip(" ")) < depth:
            break
        last = number
    return "\n".join([first, *lines[line:last]])


def read_terms(text: str, name_of_file: str) -> list[tuple[dict, dict, str]]:
    """(legislator, term, the term's text) for every term of every legislator in the roster."""
    from dashboard.record import yamltree  # the project's strict reader (no tags, no aliases)

    tree = yamltree.parse(text, track_positions=True)
    if tree.issues or not isinstance(tree.data, list):
        issue = tree.issues[0] if tree.issues else None
        where = f"{name_of_file}:{issue.position.line}" if issue else name_of_file
        raise RosterError(f"{where}: {issue.message if issue else 'not a list of legislators'}")
    lines = text.splitlines()
    found = []
    for index, legislator in enumerate(tree.data):
        terms = legislator.get("terms") if isinstance(legislator, dict) else None
        if not isinstance(terms, list):
            position = tree.position((index,))
            raise RosterError(f"{name_of_file}:{position.line if position else '?'}: a legislator without terms")
        for number, term in enumerate(terms):
            at = tree.values[(index, "terms", number)]
            found.append((legislator, term, term_text(lines, at.line, at.col)))
    return found


def positions(text: str, source: str, name_of_file: str = FILE) -> list[dict[str, str]]:
    """The CSV rows of a roster's terms, cited from the stored document at ``source``."""
    rows = []
    for legislator, term, quoted in read_terms(text, name_of_file):
        rows.append({
            "person": name(legislator),
            "organisation": CHAMBERS.get(term.get("type"), f"unknown chamber {term.get('type')!r}"),
            "role": role(term),
            "start": term.get("start") or "unknown",
            "end": term.get("end") or "unknown",
            "source": source,
            "quote": one_line(quoted),
        })  # fmt: skip
    return rows


def as_document(file: File) -> Document:
    return document(
        DATASET, file, title=f"congress-legislators: {file.path}", publisher="The @unitedstates project",
        github=GITHUB, licence="The congress-legislators data (public domain, CC0)",
    )  # fmt: skip


def roster_file(location: Path, commit: str | None = None) -> File:
    """The roster: ``location`` is the YAML file itself or a checkout holding ``legislators-current.yaml``."""
    if Path(location).is_file():
        if commit is not None:
            raise SourceError(f"{location} is a file: it has no commit {commit}")
        return File(Path(location).name, Path(location).read_bytes(), None, None)
    return Repository(location, commit).read(FILE)


def convert(file: File) -> tuple[Document, list[dict[str, str]]]:
    """The document to store and the CSV rows of a roster file."""
    item = as_document(file)
    return item, positions(item.text, item.path, file.path)


def parser() -> argparse.ArgumentParser:
    """The command line (docs/real-data.md shows it; tests/test_docs.py checks what it shows)."""
    command = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    command.add_argument("roster", type=Path, help=f"{FILE}, or a checkout of {GITHUB} (work tree or bare git dir)")
    command.add_argument("--commit", help="read the file at this commit (default HEAD)")
    command.add_argument("--out", type=Path, required=True, help="the CSV file to write")
    command.add_argument("--project", type=Path, help="store the file under PROJECT/seeds and enter it in "
                        "PROJECT/data/events.yaml's sources (else only the CSV is written)")  # fmt: skip
    return command


def main(argv: list[str] | None = None) -> int:
    options = parser().parse_args(argv)
    try:
        item, rows = convert(roster_file(options.roster, options.commit))
        added = store(options.project, [item]) if options.project else []
    except (SourceError, RosterError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return finish(options.out, rows, f"{len(rows)} terms", options.project, added)


if __name__ == "__main__":
    sys.exit(main())
