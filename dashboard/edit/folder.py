"""Adding to a record kept in many files (:mod:`dashboard.record.folder`): which file a new
record goes into, the folder's digest, and the files' texts as the plans of a save see them.

**The rule.** New records go, section by section, into the first file (in name order) that
already has that section's header line (``moves:`` in column 0); if no file has it, into the
first file, where the section is added at the end. ``--into FILE`` (the Add pages: "File to add
to") puts every new record of the change into that file of the folder instead, which is created
if it does not exist yet. New evidence of a recorded move, stay or position always goes where
that record is. So a folder of ``moves.yaml`` and ``people.yaml`` keeps its moves in the one and
its people in the other; a folder of one file per curator adds, without ``--into``, to the
first curator's file.

**The folder as one version.** Its digest (:func:`folder_digest`) is the SHA-256 of each record
file's name and the SHA-256 of its bytes, in name order: ``add-move --expect`` and the Add page
compare it, so a change to any file, a new file or a removed one is a conflict.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from dashboard.edit import atomic
from dashboard.record.folder import is_record_file, record_files
from dashboard.record.layout import SECTIONS


def folder_digest(contents: Mapping[str, bytes]) -> str:
    """The digest of a folder record whose files hold ``contents`` (file name -> bytes)."""
    digest = hashlib.sha256()
    for name in sorted(contents):
        digest.update(name.encode("utf-8", "surrogatepass") + b"\0" + atomic.digest(contents[name]).encode() + b"\n")
    return digest.hexdigest()


def read_contents(folder: Path) -> dict[str, bytes]:
    """Each record file's bytes by its name, in name order."""
    return {path.name: path.read_bytes() for path in record_files(folder)}


def digest_of(path: Path) -> str:
    """The digest of the record at ``path``: a file's SHA-256 (as ``sha256sum`` prints it), or a
    folder's :func:`folder_digest`."""
    path = Path(path)
    return folder_digest(read_contents(path)) if path.is_dir() else atomic.digest(path.read_bytes())


def texts_of(path: Path) -> str | FolderText:
    """The record's text as a plan reads it: a file's text, or a folder's :class:`FolderText`."""
    path = Path(path)
    if not path.is_dir():
        return path.read_text(encoding="utf-8")
    return FolderText({name: data.decode("utf-8") for name, data in read_contents(path).items()})


def into_problem(into: str) -> str | None:
    """Why ``into`` can't name a file of a folder record (``None`` when it can): a plain name
    ending in ``.yaml``, not hidden, no folder in it."""
    if "/" in into or "\\" in into or not is_record_file(into):
        return f"--into {into!r}: name a file of the record's folder, such as moves.yaml (no path, ends in .yaml)"
    return None


class FolderText:
    """The files of a folder record as one text for a save's plan: each file's text at its own
    offset of a virtual text (one character apart, so the end of a file is never the start of the
    next). :class:`dashboard.edit.insert.EvidenceSites` finds records in it; an offset it gives
    is turned back into a file and an offset there by :meth:`locate`."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = dict(texts)
        self.names = list(self.texts)
        self.starts: list[int] = []
        position = 0
        for name in self.names:
            self.starts.append(position)
            position += len(self.texts[name]) + 1

    def locate(self, offset: int) -> tuple[str, int]:
        """The file an offset of the virtual text is in, and the offset in that file."""
        number = bisect.bisect_right(self.starts, offset) - 1
        return self.names[number], offset - self.starts[number]

    def start(self, name: str) -> int:
        return self.starts[self.names.index(name)]


def targets(texts: Mapping[str, str], sections: Iterable[str], into: str | None) -> dict[str, str]:
    """The file each section's new records go into (see the module's rule)."""
    names = list(texts)
    chosen = {}
    for section in sections:
        if into is not None:
            chosen[section] = into
            continue
        header = re.compile(rf"^{section}:", re.M)
        chosen[section] = next((name for name in names if header.search(texts[name])), names[0] if names else into)
    return chosen


def write_order(changed: Mapping[str, set[str]]) -> list[str]:
    """The order to replace the changed files in (file -> the sections it gains): files that gain
    sources, organisations, people or cohorts before those gaining moves, stays or positions that
    may refer to them, so a crash between two files' renames leaves a record that is still valid
    (with a new person nobody refers to yet), never a move whose person is missing."""
    return sorted(changed, key=lambda name: (min((SECTIONS.index(s) for s in changed[name]), default=99), name))
