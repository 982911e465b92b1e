"""Load a record file: bytes to text to tree to typed records to rules, never a traceback.

A load is a :class:`LoadResult`: a :class:`Dataset` or the errors (each with ``line:col``), plus
warnings either way. :func:`load_file` reads a file (the command line's way in) and
:func:`load_text` validates a text; they, and the re-validation of an edited text
(:mod:`dashboard.record.incremental`, which the dashboard and the edits use), all end in
:func:`assemble`, which makes every load of a text. A file that can't be read becomes a load
through :func:`unreadable`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from dashboard import config
from dashboard.record import characters, yamltree
from dashboard.record.dataset import Dataset
from dashboard.record.documents import read_document
from dashboard.record.locate import locate, locate_all
from dashboard.record.model import Document
from dashboard.record.problems import Problem, error
from dashboard.record.records import Built, build
from dashboard.record.rules import Context, DocumentReader, Memo, check

MAX_FILE_BYTES = 100 * 1024 * 1024
"""Largest record file read (100 MiB); larger files are refused before parsing."""


@dataclass
class LoadResult:
    """What loading a record gave: a dataset, or errors; warnings either way. ``text`` is the
    record file's text; a record of many files (:mod:`dashboard.record.folder`) has each file's
    in ``texts`` instead, under the name its problems give as their ``file``."""

    name: str
    dataset: Dataset | None
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    text: str = ""
    texts: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.dataset is not None and not self.errors

    @property
    def unreadable(self) -> bool:
        """Whether the record could not be read at all (its problems have no line)."""
        return bool(self.errors) and not self.text and not self.texts and not self.errors[0].line

    def line(self, number: int | None, file: str | None = None) -> str | None:
        """The text of 1-based line ``number`` (of ``file``, for a record of many files), to show
        beside an error.

        Lines end at line feeds only, as the positions count them (``str.splitlines`` would also
        break at form feeds, NEL and the Unicode line separators, and show the wrong line). A
        refused character in it is shown by its code point (``[U+202E]``), never as itself."""
        if not number:
            return None
        lines = (self.texts.get(file, "") if file else self.text).split("\n")
        return characters.visible(lines[number - 1].removesuffix("\r")) if 0 < number <= len(lines) else None


def today_from_env() -> dt.date:
    """Today's date, or the one in ``TALENT_FLOWS_TODAY`` when set (ignored if malformed)."""
    value = os.environ.get(config.TODAY_ENV, "")
    try:
        return dt.date.fromisoformat(value) if value else dt.date.today()
    except ValueError:
        return dt.date.today()


def project_root(data_path: Path) -> Path:
    """The folder source paths are relative to: the one holding ``data/`` (and ``seeds/``).

    A file at ``<root>/data/events.yaml`` has root ``<root>``; a file outside a ``data``
    folder has its own folder as root. A record's folder counts as its file: ``<root>/data``
    and ``<root>/data/events`` have root ``<root>``, ``<root>/records`` too.
    """
    folder = data_path.resolve().parent
    return folder.parent if folder.name == "data" else folder


def read_text(path: Path, *, limit: int = MAX_FILE_BYTES) -> tuple[str | None, Problem | None]:
    """The file's text, or a problem. Size is checked before reading; a BOM is dropped."""
    try:
        size = path.stat().st_size
        if size > limit:
            return None, error(
                "file-too-large", f"the file is {size / 1024 / 1024:.1f} MiB; the limit is {limit // 1024 // 1024} MiB"
            )
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as err:
        return None, error("file-unreadable", f"cannot read the file: {err.strerror or err}")
    if len(data) > limit:
        return None, error("file-too-large", f"the file is larger than {limit // 1024 // 1024} MiB")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        col = err.start - (data.rfind(b"\n", 0, err.start) + 1) + 1
        return None, error("not-utf8", f"the file is not valid UTF-8 (byte 0x{data[err.start]:02x})").at(line, col)


Place = Callable[[list[Problem]], list[Problem]]
"""Gives each problem of a load its line and column (and, reading the whole file with positions,
adds the YAML issues of a file that has some): :func:`locate.locate`, :func:`locate.locate_all`
or :func:`locate.locate_in_records`."""


def assemble(
    text: str,
    built: Built | None,
    *,
    name: str,
    root: Path,
    today: dt.date,
    place: Place,
    read: DocumentReader = read_document,
    memo: Memo | None = None,
) -> LoadResult:
    """The load of ``text`` from the records ``built`` from it (``None`` when the YAML could not be
    read): the rules checked across them (``memo`` may answer per-record checks, see
    :func:`rules.check`), every problem placed by ``place``, errors and warnings apart, and the
    dataset only if there is no error. :func:`load_text` and
    :meth:`dashboard.record.incremental.Revalidator.load` both end here."""
    problems: list[Problem] = []
    dataset = None
    if built is not None:
        problems = built.problems + check(Context(built, root, today, read), memo)
        dataset = Dataset(built.document, root, today)
    problems = place(problems)
    errors = [problem for problem in problems if problem.severity == "error"]
    warnings = [problem for problem in problems if problem.severity == "warning"]
    return LoadResult(name, None if errors else dataset, errors, warnings, text)


def load_text(
    text: str,
    *,
    name: str,
    root: Path,
    today: dt.date | None = None,
    read: DocumentReader = read_document,
) -> LoadResult:
    """Validate ``text`` as a record whose sources are relative to ``root``: the whole text read
    at once (see :mod:`dashboard.record.incremental` for re-reading only what an edit changed)."""
    text = text.removeprefix("\ufeff")
    tree = yamltree.parse(text)
    if tree.fatal:
        built = None
    elif tree.data is None and not tree.issues:
        empty = "the file is empty: expected sections such as sources, organizations, moves"
        built = Built(Document(), [error("empty-file", empty)])
    else:
        built = build(tree.data)
    # A file with YAML issues is read again whole (with positions, which also words its issues in
    # full); otherwise only the records the problems are in, when the layout allows.
    place = locate_all if tree.issues else locate
    return assemble(
        text,
        built,
        name=name,
        root=root,
        today=today or today_from_env(),
        place=lambda problems: place(problems, text),
        read=read,
    )


def load_file(
    path: str | os.PathLike,
    *,
    root: Path | None = None,
    today: dt.date | None = None,
) -> LoadResult:
    """Load and validate the record file at ``path``, or the record of every ``*.yaml`` in the
    folder at ``path`` (:mod:`dashboard.record.folder`); see :func:`project_root` for ``root``."""
    path = Path(path)
    if path.is_dir():
        from dashboard.record import folder  # it builds on this module

        return folder.load_folder(path, root=root or project_root(path), today=today or today_from_env(),
                                  limit=MAX_FILE_BYTES)  # fmt: skip
    name = display_name(path)
    text, problem = read_text(path)
    if problem is not None:
        return unreadable(name, problem)
    return load_text(text, name=name, root=root or project_root(path), today=today)


def unreadable(name: str, problem: Problem) -> LoadResult:
    """The load of a file that could not be read: ``problem`` alone, at line 0 when it has no place."""
    return LoadResult(name, None, [problem if problem.line else problem.at(0, 0)], [], "")


def display_name(path: Path) -> str:
    """The path relative to the current folder when it lies below it: what editors link from."""
    if path.is_absolute():
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)
    return str(path)
