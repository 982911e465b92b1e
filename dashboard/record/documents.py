"""Source documents: where they may live, how they are read, and how quotes are found in them.

A source path is written by hand in the record, so it is treated as untrusted: it must be a
relative path under ``seeds/`` with no ``..``, and after following symlinks it must still be
inside ``seeds/``. A path that fails is refused *before* anything is opened.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

SEEDS_DIR = "seeds"
MAX_DOCUMENT_BYTES = 10 * 1024 * 1024
"""Largest source document read (10 MiB); news articles are a few kilobytes."""

_WHITESPACE = re.compile(r"\s+")


class DocumentError(ValueError):
    """A source location that is unsafe, missing or unreadable; the message says which."""


def check_url(url: str) -> str:
    """Return ``url`` if it is an absolute http(s) address, else raise :class:`DocumentError`."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        shown = parts.scheme or "none"
        raise DocumentError(f"URL scheme {shown!r} is not allowed: use http or https ({url!r})")
    if not parts.netloc:
        raise DocumentError(f"URL {url!r} has no host")
    return url


def resolve_source_path(root: Path, written: str) -> Path:
    """The file that ``written`` names under ``root/seeds``, or :class:`DocumentError`.

    Checks the text first (relative, POSIX separators, no ``..``, starts with ``seeds/``),
    then the file system (symlinks are followed and must stay inside ``seeds/``).
    """
    if "\\" in written or "\0" in written:
        raise DocumentError(f"source path {written!r} must use '/' and plain characters")
    pure = PurePosixPath(written)
    if pure.is_absolute() or re.match(r"^[A-Za-z]:", written):
        raise DocumentError(f"source path {written!r} is absolute: write it relative to the project root")
    if ".." in pure.parts:
        raise DocumentError(f"source path {written!r} contains '..': it must stay inside {SEEDS_DIR}/")
    if len(pure.parts) < 2 or pure.parts[0] != SEEDS_DIR:
        raise DocumentError(f"source path {written!r} must be inside {SEEDS_DIR}/")
    seeds = (root / SEEDS_DIR).resolve()
    target = (root / pure).resolve()
    if not target.is_relative_to(seeds):
        raise DocumentError(f"source path {written!r} leads outside {SEEDS_DIR}/ (through a symlink): refused")
    if not target.is_file():
        raise DocumentError(f"source file {written!r} does not exist")
    return target


def seeds_signature(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, modification time and size of each entry of ``root/seeds`` (empty if it can't be
    listed): what a load depends on besides the record's text."""
    try:
        return tuple(sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in os.scandir(root / SEEDS_DIR)))
    except OSError:
        return ()


def read_document(path: Path) -> str:
    """The text of a source document (UTF-8; a byte-order mark is dropped)."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as err:
        raise DocumentError(f"cannot read {path.name}: {err.strerror or err}") from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError(f"{path.name} is larger than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MiB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise DocumentError(f"{path.name} is not UTF-8 (byte {err.start})") from None


def normalize(text: str) -> str:
    """The form quotes are compared in: Unicode NFC, with all whitespace removed.

    Removing whitespace (rather than collapsing it) makes a quote match the seed texts, whose
    sentences are glued together ("wurde.Armand") and broken across lines at random.
    """
    return _WHITESPACE.sub("", unicodedata.normalize("NFC", text))


@dataclass(frozen=True)
class SourceText:
    """A readable source document, prepared for quote look-ups."""

    path: str
    text: str
    normalized: str

    @classmethod
    def from_text(cls, path: str, text: str) -> SourceText:
        """The document prepared for look-ups (remembered: re-validating reuses the preparation)."""
        return _prepared(path, text)

    def contains(self, quote: str) -> bool:
        return normalize(quote) in self.normalized

    def mismatch_hint(self, quote: str) -> str:
        """Where a quote that is not in the document stops matching, for the error message."""
        wanted = normalize(quote)
        low, high = 0, len(wanted)
        while low < high:  # the longest prefix of the quote found in the document
            middle = (low + high + 1) // 2
            if wanted[:middle] in self.normalized:
                low = middle
            else:
                high = middle - 1
        if low == 0:
            return "not even its first character matches the document"
        # Map the matched prefix back to the quote as written, to show the words around it.
        seen = 0
        for index, char in enumerate(quote):
            if not char.isspace():
                seen += 1
            if seen > low:
                cut = index
                break
        else:
            cut = len(quote)
        good = " ".join(quote[max(0, cut - 30) : cut].split())
        bad = " ".join(quote[cut : cut + 30].split())
        return f"the document agrees up to ...{good!r} but not from {bad!r}..."


@functools.lru_cache(maxsize=4096)
def _prepared(path: str, text: str) -> SourceText:
    return SourceText(path, text, normalize(text))


def source_label(path: str | None, url: str | None) -> str:
    """How a source is cited in exports: its path relative to the project root, or its URL."""
    return path if path is not None else (url or "")
