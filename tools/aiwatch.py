"""AI Watch's positions as the import CSV: ``python tools/aiwatch.py AIWATCH --out positions.csv``.

AI Watch (https://github.com/riceissa/aiwatch, CC0) keeps its positions as MySQL insert
statements, one file per organisation (``sql/positions/*.sql``), one row per position::

    ,('Ada Example', 'Example Lab', 'Advisor', '2022-11-29', 'month', NULL, NULL, 'https://...',
      NULL, 'Advisor', 'AI safety') /*Reviewed on 2024-05-14*/ /*current position*/

Each row becomes one CSV row of ``python -m dashboard import`` (docs/curating.md), stating only
what the row states (docs/real-data.md says why each rule is as it is):

- person, organisation and role: the row's values as written (trimmed, the SQL escapes read);
- start and end: the date with its precision — ``day`` 2018-04-24, ``month`` 2018-04, ``year``
  2018; a date of unknown (NULL) precision is read as the one claim true whether AI Watch padded
  a less precise date or wrote the Wayback snapshot that shows the person: a start "by the end of
  that year" (``../2018``), an end "in that year or later" (``2018/..``); ``multi-year`` and NULL
  are ``unknown`` (:func:`when`). A position without an end whose quoted comments say "current
  position" (or "ongoing") and the day it was reviewed was still held that day: ``DATE/..``
  (:func:`still_held`);
- source: the SQL file, stored verbatim under ``seeds/`` (``--project`` stores it and enters it
  in ``sources:``); quote: the row exactly as it stands in that file (a line break as a space),
  its comments on the same line included, so the validator finds every quote in its document.
  The row's addresses (LinkedIn, the Wayback Machine) are in the quote.

A fifth of the files, chosen by the hash of their names (:func:`held_out`), were kept apart
while this converter was written and tested: ``--part held-out`` converts only them.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python tools/aiwatch.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.record.dates import parse_when
from tools.sources import Document, File, Repository, SourceError, document, finish, one_line, store

DATASET = "aiwatch"
FOLDER = "sql/positions"
GITHUB = "riceissa/aiwatch"
COLUMNS = ("person", "organization", "title", "start_date", "start_date_precision", "end_date", "end_date_precision")
"""The columns a positions file must have (it may have more: urls, notes, employment_type...)."""


class SqlError(ValueError):
    """A positions file that is not insert statements this reader understands (with its line)."""


@dataclass(frozen=True)
class Row:
    """One row of an insert statement: its values by column (None for NULL), and its text exactly
    as it stands in the file, from its opening parenthesis to the end of the comments that follow
    it on its line."""

    line: int
    values: dict[str, str | None]
    text: str
    comments: str  # the comments after the row on its line, as written
    spans: dict[str, tuple[int, int]]  # where each value is written in the file: (start, end) offsets


# --- reading the SQL ---------------------------------------------------------------------------

_ESCAPES = {"0": "\0", "'": "'", '"': '"', "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a", "\\": "\\",
            "%": "\\%", "_": "\\_"}  # fmt: skip
"""MySQL's backslash escapes in a string literal (``\\%`` and ``\\_`` keep their backslash)."""
_INSERT = re.compile(r"insert\s+into\s+`?positions`?\s*\(([^)]*)\)\s*values?\b", re.IGNORECASE)
_NULL = re.compile(r"null\b", re.IGNORECASE)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_NAME = re.compile(r"[a-z_][a-z0-9_]*\b", re.IGNORECASE)


class _Reader:
    def __init__(self, text: str, name: str) -> None:
        self.text, self.name, self.at = text, name, 0

    def fail(self, message: str, at: int | None = None) -> SqlError:
        line = self.text.count("\n", 0, self.at if at is None else at) + 1
        return SqlError(f"{self.name}:{line}: {message}")

    def skip(self) -> None:
        """Past whitespace and comments (``/* */``, ``-- ``, ``#``)."""
        text = self.text
        while self.at < len(text):
            if text[self.at].isspace():
                self.at += 1
            elif text.startswith("/*", self.at):
                end = text.find("*/", self.at + 2)
                if end < 0:
                    raise self.fail("a comment that is never closed")
                self.at = end + 2
            elif text.startswith("#", self.at) or re.match(r"--(\s|$)", text[self.at : self.at + 3]):
                end = text.find("\n", self.at)
                self.at = len(text) if end < 0 else end + 1
            else:
                return

    def value(self) -> str | None:
        text = self.text
        if text.startswith(("'", '"'), self.at):
            return self.string()
        null = _NULL.match(text, self.at)
        if null:
            self.at = null.end()
            return None
        number = _NUMBER.match(text, self.at)
        if number:
            self.at = number.end()
            return number.group(0)
        name = _NAME.match(text, self.at)
        if name:  # a column's name: MySQL inserts that column's default, NULL in AI Watch's schema
            self.at = name.end()
            return None
        raise self.fail(f"expected a value, found {text[self.at : self.at + 20]!r}")

    def string(self) -> str:
        text, quote = self.text, self.text[self.at]
        start, self.at, out = self.at, self.at + 1, []
        while True:
            if self.at >= len(text):
                raise self.fail("a string that is never closed", start)
            char = text[self.at]
            if char == "\\" and self.at + 1 < len(text):
                following = text[self.at + 1]
                out.append(_ESCAPES.get(following, following))
                self.at += 2
            elif char == quote and text.startswith(quote * 2, self.at):
                out.append(quote)
                self.at += 2
            elif char == quote:
                self.at += 1
                return "".join(out)
            else:
                out.append(char)
                self.at += 1

    def statement(self) -> None:
        """Past a statement that is not an insert into positions, to its closing ``;``."""
        text, start = self.text, self.at
        if not re.match(r"[a-z]+\b", text[self.at : self.at + 20], re.IGNORECASE):
            raise self.fail(f"expected a statement, found {text[self.at : self.at + 20]!r}")
        while self.at < len(text):
            self.skip()
            if text.startswith(";", self.at):
                self.at += 1
                return
            if text.startswith(("'", '"'), self.at):
                self.string()
            else:
                self.at += 1
        raise self.fail("a statement without its closing ';'", start)

    def row(self, columns: list[str]) -> Row:
        text, start = self.text, self.at
        self.at += 1  # the "("
        values, spans = [], []
        while True:
            self.skip()
            begin = self.at
            values.append(self.value())
            spans.append((begin, self.at))
            self.skip()
            if text.startswith(",", self.at):
                self.at += 1
            elif text.startswith(")", self.at):
                self.at += 1
                break
            else:
                raise self.fail(f"expected ',' or ')' in a row, found {text[self.at : self.at + 20]!r}")
        if len(values) != len(columns):
            raise self.fail(f"a row of {len(values)} values for {len(columns)} columns", start)
        end = self.at
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        comments = re.match(r"(?:[ \t]*/\*.*?\*/)*", text[end:line_end])
        tail = comments.group(0) if comments else ""
        line = text.count("\n", 0, start) + 1
        return Row(line, dict(zip(columns, values, strict=True)), text[start : end + len(tail)], tail.strip(),
                   dict(zip(columns, spans, strict=True)))  # fmt: skip


def read_rows(text: str, name: str) -> list[Row]:
    """The rows of every ``insert into positions(...) values`` statement of a positions file."""
    reader = _Reader(text, name)
    rows: list[Row] = []
    while True:
        reader.skip()
        if reader.at >= len(text):
            return rows
        insert = _INSERT.match(text, reader.at)
        if not insert:
            reader.statement()  # another statement (the schema's "create table"): no positions
            continue
        columns = [column.strip().strip("`").lower() for column in insert.group(1).split(",")]
        missing = [column for column in COLUMNS if column not in columns]
        if missing:
            raise reader.fail(f"the statement has no column {missing[0]!r}")
        reader.at = insert.end()
        while True:
            reader.skip()
            if not text.startswith("(", reader.at):
                raise reader.fail(f"expected a row '(', found {text[reader.at : reader.at + 20]!r}")
            rows.append(reader.row(columns))
            reader.skip()
            if text.startswith(",", reader.at):
                reader.at += 1
                continue
            if text.startswith(";", reader.at):
                reader.at += 1
            break


# --- a row as a position -----------------------------------------------------------------------

_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
"""A date as MySQL reads one: it takes 2021-1-01 for 2021-01-01."""
_PRECISIONS = ("day", "month", "year", "multi-year", "")
"""AI Watch's precisions (its schema's enum), and none."""
_HELD = re.compile(r"\b(?:current|ongoing)\s+position\b", re.IGNORECASE)
_REVIEWED = re.compile(r"\breviewed\s+(?:on|as\s+of)\s+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
_SNAPSHOT = re.compile(r"\bsnapshot\s+(?:date\s+)?is\s+(?:from\s+)?(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)


def when(date: str | None, precision: str | None, side: str) -> str:
    """A start or end (``side``) as the record writes it, from AI Watch's date and its precision.

    ``day`` 2018-04-24, ``month`` 2018-04, ``year`` 2018 (MySQL's reading of the date: it takes
    ``2018-4-1`` for 2018-04-01). A date of unknown (NULL) precision is a start "by the end of
    that year" (``../2018``) or an end "in that year or later" (``2018/..``); ``multi-year`` (known
    only to within some years, which ones AI Watch doesn't say) and no date are ``unknown``. A date
    that is not one (``2017-01-01-``) or a precision AI Watch doesn't define is passed on as
    written, for the import to refuse with its line and reason."""
    if date is None or not date.strip():
        return "unknown"
    date = date.strip()
    kind = (precision or "").strip().lower()
    match = _DATE.fullmatch(date)
    if not match or kind not in _PRECISIONS:
        return date if not precision else f"{date} ({precision})"
    year, month, day = match.group(1), f"{int(match.group(2)):02d}", f"{int(match.group(3)):02d}"
    if kind == "day":
        return f"{year}-{month}-{day}"
    if kind == "month":
        return f"{year}-{month}"
    if kind == "year":
        return year
    if kind == "multi-year":
        return "unknown"
    return f"../{year}" if side == "start" else f"{year}/.."


def still_held(row: Row) -> str | None:
    """The day a position without an end was still held, when the comments after its row (which
    its quote includes) say so: "current position" or "ongoing position", and the day it was
    reviewed ("Reviewed on 2025-03-24", "Reviewed as of ...") or else the day of the snapshot that
    was reviewed ("Last consulted Wayback snapshot is from ..."); None otherwise."""
    if row.values.get("end_date") is not None or not _HELD.search(row.comments):
        return None
    dates = _REVIEWED.findall(row.comments) or _SNAPSHOT.findall(row.comments)
    return max(dates) if dates else None


def _began_after(start: str, day: str) -> bool:
    """Whether a position of that start surely began after ``day``: then a review on that day
    can't have found it held (AI Watch has rows reviewed before the start they give), and the
    end stays unknown."""
    try:
        first = parse_when(start).first_day()
    except ValueError:
        return False
    return first is not None and first.isoformat() > day


def position(row: Row, source: str) -> dict[str, str]:
    """The CSV cells of ``row``, cited from the stored document at ``source``."""
    values = row.values
    start = when(values["start_date"], values["start_date_precision"], "start")
    end = when(values["end_date"], values["end_date_precision"], "end")
    held = still_held(row)
    if held is not None and not _began_after(start, held):
        end = f"{held}/.."
    return {
        "person": (values["person"] or "").strip(),
        "organisation": (values["organization"] or "").strip(),
        "role": (values["title"] or "").strip(),
        "start": start,
        "end": end,
        "source": source,
        "quote": one_line(row.text),
    }


# --- the files -----------------------------------------------------------------------------------


def held_out(path: str) -> bool:
    """Whether a positions file belongs to the held-out fifth: the SHA-256 of its name is 0 mod 5."""
    name = path.rsplit("/", 1)[-1]
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest(), 16) % 5 == 0


def as_document(file: File) -> Document:
    return document(
        DATASET, file, title=f"AI Watch positions: {file.path}", publisher="AI Watch", github=GITHUB,
        licence="The AI Watch database (public domain, CC0)",
    )  # fmt: skip


def convert(files: list[File]) -> tuple[list[Document], list[dict[str, str]]]:
    """The documents to store and the CSV rows of ``files`` (positions files), in file order."""
    documents, rows = [], []
    for file in files:
        item = as_document(file)
        found = read_rows(item.text, file.path)
        if not found:
            continue  # a file of no rows cites nothing: not stored
        documents.append(item)
        rows += [position(row, item.path) for row in found]
    return documents, rows


def positions_files(repository: Repository, part: str = "all") -> list[File]:
    """The positions files of an AI Watch checkout (``part``: all, tuning or held-out)."""
    paths = repository.paths(FOLDER, ".sql")
    if not paths:
        raise SourceError(f"{repository.location}: no {FOLDER}/*.sql (is it a checkout of {GITHUB}?)")
    if part != "all":
        paths = [path for path in paths if held_out(path) == (part == "held-out")]
    return [repository.read(path) for path in paths]


def parser() -> argparse.ArgumentParser:
    """The command line (docs/real-data.md shows it; tests/test_docs.py checks what it shows)."""
    command = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    command.add_argument("aiwatch", type=Path, help="a checkout of riceissa/aiwatch (a work tree, a bare git "
                        "directory, or a folder holding sql/positions/)")  # fmt: skip
    command.add_argument("--commit", help="read the files at this commit (default HEAD)")
    command.add_argument("--out", type=Path, required=True, help="the CSV file to write")
    command.add_argument("--project", type=Path, help="store the documents under PROJECT/seeds and enter them in "
                        "PROJECT/data/events.yaml's sources (else only the CSV is written)")  # fmt: skip
    command.add_argument("--part", choices=["all", "tuning", "held-out"], default="all",
                        help="all, the four fifths the converter was written with, or the held-out fifth")  # fmt: skip
    return command


def main(argv: list[str] | None = None) -> int:
    options = parser().parse_args(argv)
    try:
        files = positions_files(Repository(options.aiwatch, options.commit), options.part)
        documents, rows = convert(files)
        added = store(options.project, documents) if options.project else []
    except (SourceError, SqlError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return finish(options.out, rows, f"{len(rows)} positions from {len(documents)} files", options.project, added)


if __name__ == "__main__":
    sys.exit(main())
