"""Source documents: where they may live and how they are read (:mod:`quotes` finds quotes in them).

A source path is written by hand in the record, so it is treated as untrusted, and so is what
lies in ``seeds/`` (a folder anyone may drop files into). A stored document is read in two
steps, always both: :func:`resolve_source_path`, then :func:`read_document` (:func:`read_source`
takes them together). The validator (whose reader may remember :func:`read_document`'s texts),
the quote look-ups of ``import``, ``add-source``'s search for a document already stored,
``candidates`` and the pages all read documents this way. A document is read only when:

* its path is relative, under ``seeds/``, without ``..`` (checked on the text, before anything
  on disk is touched);
* after following symlinks it is still inside the (resolved) ``seeds/`` folder: a link to a
  document elsewhere in ``seeds/`` is fine, and so is a ``seeds`` folder that is itself a link
  (the documents live where it leads); a link out of it (to ``/dev/zero``, ``/etc/passwd``) is
  refused unread;
* it is a regular file: never a FIFO (opening one would wait for a writer forever), a device
  (``/dev/zero`` never ends) or a folder;
* it is at most :data:`MAX_DOCUMENT_BYTES`, the same cap as for an uploaded article
  (:data:`dashboard.articles.intake.MAX_BYTES` is this constant).

:func:`read_document` checks the last two again on the open file: it opens without following a
final symlink and without blocking (``O_NOFOLLOW | O_NONBLOCK``), asks the open file whether it
is regular (``fstat``), and reads at most one byte more than the cap, so a file swapped for a
FIFO or a device between the check and the read is still refused, and memory stays bounded.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from dashboard.record import characters

SEEDS_DIR = "seeds"
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024
"""Largest source document stored or read (5 MiB), uploads included; news articles are a few
kilobytes."""
_MIB = MAX_DOCUMENT_BYTES // (1024 * 1024)


class DocumentError(ValueError):
    """A source location that is unsafe, missing or unreadable; the message says which, and
    ``code`` (one of :data:`dashboard.record.problems.CODES`) names the kind for the validator."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def check_url(url: str) -> str:
    """Return ``url`` if it is an absolute http(s) address, else raise :class:`DocumentError`.

    A space, line break or control character anywhere in it is refused: an address holds none
    (``urlsplit`` would quietly drop tabs and line breaks, so the check would pass a URL that is
    not the one written)."""
    odd = next((char for char in url if char.isspace() or characters.REFUSED.match(char)), None)
    if odd is not None:
        raise DocumentError(
            "invalid-url", f"URL {url!r} holds {characters.describe(odd)}: an address has no spaces or line breaks"
        )
    try:
        parts = urlsplit(url)
    except ValueError as err:  # "http://[::1": a bracketed host that is not an IPv6 address
        raise DocumentError("invalid-url", f"URL {url!r} is not an address: {err}") from None
    if parts.scheme.lower() not in ("http", "https"):
        shown = parts.scheme or "none"
        raise DocumentError("invalid-url", f"URL scheme {shown!r} is not allowed: use http or https ({url!r})")
    if not parts.netloc:
        raise DocumentError("invalid-url", f"URL {url!r} has no host")
    return url


def resolve_source_path(root: Path, written: str) -> Path:
    """The regular file that ``written`` names under ``root/seeds``, or :class:`DocumentError`.

    Checks the text first (relative, POSIX separators, no ``..``, starts with ``seeds/``), then
    the file system without opening anything: symlinks are followed and must stay inside
    ``seeds/``, and the file must be a regular file of at most :data:`MAX_DOCUMENT_BYTES`.
    """
    if "\\" in written or characters.REFUSED.search(written) or "\n" in written:
        raise DocumentError("unsafe-source-path", f"source path {written!r} must use '/' and plain characters")
    pure = PurePosixPath(written)
    if pure.is_absolute() or re.match(r"^[A-Za-z]:", written):
        raise DocumentError(
            "unsafe-source-path", f"source path {written!r} is absolute: write it relative to the project root"
        )
    if ".." in pure.parts:
        raise DocumentError(
            "unsafe-source-path", f"source path {written!r} contains '..': it must stay inside {SEEDS_DIR}/"
        )
    if len(pure.parts) < 2 or pure.parts[0] != SEEDS_DIR:
        raise DocumentError("unsafe-source-path", f"source path {written!r} must be inside {SEEDS_DIR}/")
    try:
        seeds = (root / SEEDS_DIR).resolve()
        target = (root / pure).resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        raise DocumentError(
            "unsafe-source-path", f"source path {written!r} is a symbolic link that leads nowhere (a loop)"
        ) from None
    if not target.is_relative_to(seeds):
        raise DocumentError(
            "unsafe-source-path",
            f"source path {written!r} leads outside {SEEDS_DIR}/ (through a symlink): refused unread",
        )
    try:
        info = os.stat(target)
    except OSError:
        raise DocumentError("document-not-found", f"source file {written!r} does not exist") from None
    _check_stat(info, repr(written))
    return target


def _check_stat(info: os.stat_result, shown: str) -> None:
    """Refuse anything but a regular file of at most the cap (``shown`` names it)."""
    if not stat.S_ISREG(info.st_mode):
        raise DocumentError(
            "document-not-regular", f"source file {shown} is not a regular file ({_kind(info.st_mode)}): refused unread"
        )
    if info.st_size > MAX_DOCUMENT_BYTES:
        raise DocumentError(
            "document-too-large",
            f"source file {shown} is larger than {_MIB} MiB ({info.st_size:,} bytes): a source document is at most "
            f"{MAX_DOCUMENT_BYTES:,} bytes",
        )


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"


def seeds_signature(root: Path) -> tuple[tuple[str, int, int], ...]:
    """Name, modification time and size of each entry of ``root/seeds`` (empty if it can't be
    listed): what a load depends on besides the record's text."""
    try:
        return tuple(sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in os.scandir(root / SEEDS_DIR)))
    except OSError:
        return ()


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_document(path: Path) -> str:
    """The text of the source document at ``path`` (a path :func:`resolve_source_path` gave):
    UTF-8, a byte-order mark dropped. Opened without following a symlink and without blocking,
    and read only if the open file is a regular file of at most :data:`MAX_DOCUMENT_BYTES`."""
    try:
        handle = os.open(path, _OPEN_FLAGS)
    except OSError as err:
        raise DocumentError("document-unreadable", f"cannot read {path.name}: {err.strerror or err}") from None
    try:
        _check_stat(os.fstat(handle), path.name)
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as err:
        raise DocumentError("document-unreadable", f"cannot read {path.name}: {err.strerror or err}") from None
    finally:
        os.close(handle)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise DocumentError("document-too-large", f"source file {path.name} is larger than {_MIB} MiB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise DocumentError("document-not-utf8", f"{path.name} is not UTF-8 (byte {err.start})") from None


def read_source(root: Path, written: str) -> str:
    """The text of the stored document that a source's ``path: written`` names, read safely
    (see the module), or :class:`DocumentError` saying why not."""
    return read_document(resolve_source_path(root, written))


def source_label(path: str | None, url: str | None) -> str:
    """How a source is cited in exports: its path relative to the project root, or its URL."""
    return path if path is not None else (url or "")
