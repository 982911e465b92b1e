"""An on-disk cache of loaded records, so that restarting the dashboard does not re-validate.

Entries are keyed by a hash of everything a load depends on (the record's text, the seed
documents' names, sizes and modification times, the project root, today, this format's version
and the package version), so an edited file is never served from it. The folder is
``$TALENT_FLOWS_CACHE_DIR``, else ``$XDG_CACHE_HOME/talent-flows``, else
``~/.cache/talent-flows`` — outside the repository, and safe to delete at any time.

Each entry is a pickle, which could run code when loaded; so every entry is signed with a
random key kept in the cache folder (mode 0600) and anything that does not carry a valid
signature — a corrupt file, a file from another version, a file written by someone else — is
ignored, deleted and rebuilt, never unpickled.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import pickle
import secrets
import tempfile
import threading
import time
from pathlib import Path

from dashboard import __version__, config

FORMAT = b"TFCACHE4"
"""Magic and format version at the head of every entry; bump when the cached types change."""
KEEP = 8
"""Entries kept; older ones are deleted when a new one is written."""
_SIGNATURE = 32
LEFTOVER_SECONDS = 3600
"""A temporary file of a write older than this was left by a process that died mid-write."""
_writing = threading.Lock()  # one background write at a time, in the order they were asked for
_pending: list[threading.Thread] = []


def folder() -> Path:
    """Where entries live (created on first use, private to the user)."""
    base = os.environ.get(config.CACHE_DIR_ENV)
    if base:
        return Path(base)
    xdg = os.environ.get(config.XDG_CACHE_ENV)
    return (Path(xdg) if xdg else Path.home() / ".cache") / "talent-flows"


@functools.cache
def code_version() -> str:
    """A digest of every Python file of the package: an entry written by other code (other
    validation rules, other tables) is never read, even at the same version number. (A record
    cached as valid stayed valid after the rules began to refuse what it holds.)"""
    return package_digest(Path(__file__).resolve().parent.parent)


def package_digest(package: Path) -> str:
    """The SHA-256 of this version number and of every ``*.py`` under ``package`` (names and bytes)."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def key(*parts: object) -> str:
    """The entry name for a load that depends on ``parts`` (and on this code, :func:`code_version`)."""
    digest = hashlib.sha256(FORMAT + code_version().encode())
    for part in parts:
        digest.update(repr(part).encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def _secret(where: Path) -> bytes:
    path = where / "key"
    try:
        secret = path.read_bytes()
        if len(secret) == 32:
            return secret
    except OSError:
        pass
    secret = secrets.token_bytes(32)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as out:
        out.write(secret)
    return secret


def _mac(secret: bytes, name: str) -> hmac.HMAC:
    """The signature of entry ``name``, to be fed its payload."""
    return hmac.new(secret, FORMAT + name.encode(), hashlib.sha256)


class _SigningWriter:
    """A file that also feeds everything written to it into a signature."""

    def __init__(self, out, mac: hmac.HMAC) -> None:
        self.out, self.mac = out, mac

    def write(self, data) -> int:
        self.mac.update(data)
        return self.out.write(data)


def get(name: str) -> object | None:
    """The cached value for entry ``name``, or ``None`` (missing, corrupt or foreign: deleted)."""
    where = folder()
    path = where / f"{name}.bin"
    try:
        data = memoryview(path.read_bytes())  # slices of a view copy nothing
    except OSError:
        return None
    try:
        head, signature, payload = (
            data[: len(FORMAT)],
            data[len(FORMAT) : len(FORMAT) + _SIGNATURE],
            data[len(FORMAT) + _SIGNATURE :],
        )
        mac = _mac(_secret(where), name)
        mac.update(payload)
        if head != FORMAT or not hmac.compare_digest(bytes(signature), mac.digest()):
            raise ValueError("not an entry of ours")
        value = pickle.loads(payload)  # noqa: S301 - signed by us, checked above
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept longer
        return value
    except Exception:  # any damage: forget the entry, the caller rebuilds it
        with contextlib.suppress(OSError):
            path.unlink()
        return None


def put(name: str, value: object) -> None:
    """Store ``value`` as entry ``name`` (atomically; errors only mean no cache).

    The pickle is written straight to the file and signed as it goes, so storing a large
    record never holds a second copy of it in memory.
    """
    try:
        where = folder()
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
        mac = _mac(_secret(where), name)
        handle, temporary = tempfile.mkstemp(dir=where, prefix=".entry-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(FORMAT + bytes(_SIGNATURE))  # the signature goes here once it is known
                pickle.dump(value, _SigningWriter(out, mac), protocol=pickle.HIGHEST_PROTOCOL)
                out.seek(len(FORMAT))
                out.write(mac.digest())
            os.replace(temporary, where / f"{name}.bin")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(where)
    except (OSError, pickle.PicklingError, RecursionError):
        return


def put_later(name: str, value: object) -> None:
    """:func:`put` in a background thread, so that a reload need not wait for the disk.

    Writes run one at a time, in order. The thread is not a daemon: a process that ends
    normally finishes its writes first. A process killed mid-write leaves only a temporary
    file, never an entry (an entry appears by an atomic rename once it is whole and signed);
    :func:`_prune` removes such leftovers later. ``value`` must not change once handed over.
    """
    thread = threading.Thread(target=_put_in_turn, args=(name, value), name="talent-flows-cache-write")
    thread.start()
    _pending[:] = [*(other for other in _pending if other.is_alive()), thread]


def _put_in_turn(name: str, value: object) -> None:
    with _writing:
        put(name, value)


def flush() -> None:
    """Wait until every entry handed to :func:`put_later` is written (or given up)."""
    while _pending:
        _pending.pop(0).join()


def _prune(where: Path) -> None:
    entries = sorted(where.glob("*.bin"), key=lambda path: path.stat().st_mtime, reverse=True)
    for stale in entries[KEEP:]:
        with contextlib.suppress(OSError):
            stale.unlink()
    for leftover in where.glob(".entry-*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - leftover.stat().st_mtime > LEFTOVER_SECONDS:
                leftover.unlink()
