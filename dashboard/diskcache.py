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
import hashlib
import hmac
import os
import pickle
import secrets
import tempfile
from pathlib import Path

from . import __version__

FORMAT = b"TFCACHE1"
"""Magic and format version at the head of every entry; bump when the cached types change."""
CACHE_ENV = "TALENT_FLOWS_CACHE_DIR"
KEEP = 8
"""Entries kept; older ones are deleted when a new one is written."""
_SIGNATURE = 32


def folder() -> Path:
    """Where entries live (created on first use, private to the user)."""
    base = os.environ.get(CACHE_ENV)
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "talent-flows"


def key(*parts: object) -> str:
    """The entry name for a load that depends on ``parts`` (and on this code's version)."""
    digest = hashlib.sha256(FORMAT + __version__.encode())
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


def _sign(secret: bytes, name: str, payload: bytes) -> bytes:
    return hmac.new(secret, FORMAT + name.encode() + payload, hashlib.sha256).digest()


def get(name: str) -> object | None:
    """The cached value for entry ``name``, or ``None`` (missing, corrupt or foreign: deleted)."""
    where = folder()
    path = where / f"{name}.bin"
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        head, signature, payload = (
            data[: len(FORMAT)],
            data[len(FORMAT) : len(FORMAT) + _SIGNATURE],
            data[len(FORMAT) + _SIGNATURE :],
        )
        if head != FORMAT or not hmac.compare_digest(signature, _sign(_secret(where), name, payload)):
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
    """Store ``value`` as entry ``name`` (atomically; errors only mean no cache)."""
    try:
        where = folder()
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        signature = _sign(_secret(where), name, payload)
        handle, temporary = tempfile.mkstemp(dir=where, prefix=".entry-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(FORMAT + signature + payload)
            os.replace(temporary, where / f"{name}.bin")
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(where)
    except (OSError, pickle.PicklingError, RecursionError):
        return


def _prune(where: Path) -> None:
    entries = sorted(where.glob("*.bin"), key=lambda path: path.stat().st_mtime, reverse=True)
    for stale in entries[KEEP:]:
        with contextlib.suppress(OSError):
            stale.unlink()
