"""Reading a public data set's files from its git repository (or a plain folder), storing them
under a project's ``seeds/`` as documents, entering them in ``sources:``, and writing the import
CSV: what the converters of ``tools/`` share (docs/real-data.md).

A document is stored verbatim, under a name made of the data set, the file's name and the first
eight hex digits of its git blob id (``aiwatch-80000-hours-6618849a.sql``): two versions of one
file are two documents, and a stored document is never changed (a name already taken by other
bytes is refused). The ``sources:`` entries are inserted through the record's one locked,
validated, atomic insertion (:func:`dashboard.edit.saving.insert_records`).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote

CSV_COLUMNS = ("person", "organisation", "role", "start", "end", "source", "quote", "translation")
"""The columns of ``python -m dashboard import`` (docs/curating.md), in this order."""


class SourceError(ValueError):
    """The data set can't be read where it was said to be, or a document can't be stored."""


@dataclass(frozen=True)
class File:
    """One file of a data set: its path in the repository, its bytes, and where they come from."""

    path: str  # relative to the repository's root, with '/'
    data: bytes
    commit: str | None  # the commit it was read at (None: read from a folder)
    changed: str | None  # the date (YYYY-MM-DD) of the last commit that changed it, when known

    @property
    def blob(self) -> str:
        """The git blob id of the bytes (what ``git hash-object`` prints), whatever they were read from."""
        return hashlib.sha1(b"blob %d\0" % len(self.data) + self.data, usedforsecurity=False).hexdigest()

    @property
    def text(self) -> str:
        try:
            return self.data.decode("utf-8")
        except UnicodeDecodeError as err:
            raise SourceError(f"{self.path} is not UTF-8 (byte {err.start})") from None


class Repository:
    """A data set's files: a git repository (a work tree or a bare git directory, read at ``HEAD``
    or ``commit``) or a plain folder holding the files at the same paths."""

    def __init__(self, location: Path, commit: str | None = None) -> None:
        self.location = Path(location)
        if not self.location.is_dir():
            raise SourceError(f"{location}: no such folder")
        self.git = self._is_git()
        if commit is not None and not self.git:
            raise SourceError(f"{location} is not a git repository: it has no commit {commit}")
        self.commit = self._git("rev-parse", "--verify", f"{commit or 'HEAD'}^{{commit}}").strip() if self.git else None

    def _is_git(self) -> bool:
        bare = (self.location / "HEAD").is_file() and (self.location / "objects").is_dir()
        if not ((self.location / ".git").exists() or bare):
            return False
        try:
            self._git("rev-parse", "--git-dir")
        except SourceError:
            return False
        return True

    def _git(self, *args: str, binary: bool = False) -> str | bytes:
        command = ["git", "-C", str(self.location), *args]
        done = subprocess.run(command, capture_output=True, check=False)  # noqa: S603 - git, our own arguments
        if done.returncode:
            said = done.stderr.decode(errors="replace").strip()
            raise SourceError(f"git {' '.join(args)} in {self.location}: {said}")
        return done.stdout if binary else done.stdout.decode("utf-8")

    def paths(self, folder: str, suffix: str = "") -> list[str]:
        """The files under ``folder`` (relative, '/'-separated) whose names end in ``suffix``, sorted."""
        if self.git:
            listed = self._git("ls-tree", "-r", "-z", "--name-only", self.commit, "--", f"{folder.rstrip('/')}/")
            names = [name for name in listed.split("\0") if name]
        else:
            base = self.location / folder
            names = [path.relative_to(self.location).as_posix() for path in base.rglob("*") if path.is_file()]
        return sorted(name for name in names if name.endswith(suffix))

    def read(self, path: str) -> File:
        """The file at ``path``, with its commit and the date of its last change when read from git."""
        if self.git:
            data = self._git("cat-file", "blob", f"{self.commit}:{path}", binary=True)
            changed = self._git("log", "-1", "--format=%cs", self.commit, "--", path).strip() or None
            return File(path, data, self.commit, changed)
        try:
            return File(path, (self.location / path).read_bytes(), None, None)
        except OSError as err:
            raise SourceError(f"{self.location / path}: {err.strerror or err}") from None


@dataclass(frozen=True)
class Document:
    """A file of a data set as a stored document of the record, with its ``sources:`` entry."""

    source_id: str
    path: str  # where it is stored: seeds/<name>
    text: str
    title: str
    publisher: str
    url: str | None
    published: str | None  # YYYY-MM-DD, or None when not known
    note: str

    def entry(self) -> dict[str, str | None]:
        """The ``sources:`` entry, as :func:`dashboard.edit.writer.record_yaml` takes it."""
        return {"id": self.source_id, "path": self.path, "url": self.url, "title": self.title,
                "publisher": self.publisher, "language": "en", "published": self.published,
                "note": self.note}  # fmt: skip


def stored_name(dataset: str, file: File) -> str:
    """The file name under ``seeds/`` of a data set's file: data set, name and blob id
    (``aiwatch-80000-hours-6618849a.sql``), in the characters a source id may have."""
    pure = PurePosixPath(file.path)
    stem = re.sub(r"[^a-z0-9]+", "-", pure.stem.lower()).strip("-") or "file"
    return f"{dataset}-{stem}-{file.blob[:8]}{pure.suffix.lower()}"


def document(dataset: str, file: File, *, title: str, publisher: str, github: str, licence: str) -> Document:
    """``file`` as a document to store, its source id the stored name without its suffix."""
    name = stored_name(dataset, file)
    url = f"https://github.com/{github}/blob/{file.commit}/{quote(file.path)}" if file.commit else None
    if file.commit:
        where = f"file {file.path} of github.com/{github} at commit {file.commit}"
        where += f", last changed on {file.changed}" if file.changed else ""
    else:
        where = f"a copy of github.com/{github}'s {file.path} read from a folder (no commit to cite)"
    note = (
        f"{licence}: {where}; stored verbatim (git blob {file.blob}). Each quote is a piece of its text as it "
        "stands, its line breaks and indentation written as one space."
    )
    return Document(PurePosixPath(name).stem, f"seeds/{name}", file.text, title, publisher, url, file.changed, note)


def store(project: Path, documents: list[Document], *, today: dt.date | None = None) -> list[str]:
    """Store ``documents`` under ``project/seeds/`` and enter each one the record lacks in its
    ``sources:`` (``project/data/events.yaml``), in one insertion; return the new source ids.

    A document already stored with the same bytes is kept; a name taken by other bytes is refused
    (:class:`SourceError`, nothing entered). A document whose path a source already has is not
    entered again, so storing twice adds nothing."""
    from dashboard.edit import atomic
    from dashboard.edit.saving import NotValid, insert_records
    from dashboard.edit.writer import record_yaml

    record = project / "data" / "events.yaml"
    (project / "seeds").mkdir(exist_ok=True)
    created: list[Path] = []
    added: list[str] = []

    def plan(current, _text: str) -> dict[str, str] | None:
        known = {source.path for source in current.sources.values()}
        blocks = []
        for item in documents:
            if item.path in known:
                continue
            if item.source_id in current.sources:
                raise SourceError(f"the source id {item.source_id!r} is taken by another document")
            blocks.append(record_yaml("sources", item.entry()))
            added.append(item.source_id)
            known.add(item.path)
        return {"sources": "".join(blocks)} if blocks else None

    try:
        for item in documents:
            target = project / item.path
            data = item.text.encode("utf-8")
            try:
                atomic.create_new(target, data)
                created.append(target)
            except FileExistsError:
                if target.is_symlink() or not target.is_file() or target.read_bytes() != data:
                    raise SourceError(f"{item.path} already exists and holds other bytes: move it away first") from None
        try:
            inserted = insert_records(record, plan, today=today, root=project)
        except NotValid as err:
            raise SourceError(str(err)) from None
        if inserted.status in ("refused", "invalid"):
            errors = inserted.problems or tuple(problem.message for problem in inserted.result.errors[:5])
            raise SourceError("the sources could not be entered: " + "; ".join(errors))
    except BaseException:
        for path in created:  # nothing refers to them: keep nothing
            path.unlink(missing_ok=True)
        raise
    return added


def one_line(text: str) -> str:
    """``text`` with each line break and the indentation after it written as one space: the
    validator compares quotes with whitespace ignored, so the quote is still found, and it reads
    as one line in the record and on the pages."""
    return re.sub(r"[ \t]*(?:\r?\n)[ \t]*", " ", text.strip())


def csv_text(rows: list[dict[str, str]]) -> str:
    """The import CSV of ``rows`` (each a mapping of :data:`CSV_COLUMNS`; missing cells empty)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([row.get(column) or "" for column in CSV_COLUMNS])
    return out.getvalue()


def finish(out: Path, rows: list[dict[str, str]], what: str, project: Path | None, added: list[str]) -> int:
    """Write the converted ``rows`` to ``out`` and say what was done (``what``: "12 terms"), and how
    many sources were entered into ``project``'s record; the exit status of a converter's main."""
    out.write_text(csv_text(rows), encoding="utf-8")
    print(f"{what} -> {out}")
    if project:
        print(f"{len(added)} source{'' if len(added) == 1 else 's'} entered in {project / 'data' / 'events.yaml'}")
    return 0
