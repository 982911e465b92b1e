"""Writing a file so that no writer, crash or hand edit loses a byte of it.

Every file the package writes for the user goes through here: the record
(:func:`dashboard.edit.saving.insert_records`: :func:`locked` around :func:`replace`, a
read-check-write as one step), what the command line writes with ``--output``
(:func:`write_atomic`), the synthetic project (:mod:`dashboard.synth`: its record's lock around
:func:`replace`), and a stored document, which is never replaced (:func:`create_new`). The one
exception is the disk cache (:mod:`dashboard.live.cache`): its entries are disposable and
signed, so it writes them (and the key that signs them) its own way, without lock, fsync or
owner to keep (a torn entry fails its signature and is rebuilt), streaming a large record
without a second copy in memory. A replacement:

- **One writer at a time.** An exclusive OS lock (``flock`` on Unix, through the ``filelock``
  package) on ``.NAME.lock`` beside the file. Threads of one server (two browser tabs) and
  separate processes (the command line, a script) all wait for it; a waiter that gives up after
  ``timeout`` seconds gets :class:`Busy`. The lock file stays (it is empty; waiters must share
  its inode) and is ignored by git.
- **Whole or not at all.** The new bytes go to a temporary file ``.NAME.<random>.tmp`` in the
  same folder, flushed and fsynced, then renamed over the file (``os.replace``) and the folder
  fsynced. A crash at any moment leaves the old file or the new one, never half of either.
- **The file stays as it was stored.** The new file gets the old one's mode, and its owner and
  group as far as the operating system lets this process set them (root: always; anyone else:
  their own files, and groups they belong to). A symlink is written *through*: its target is
  replaced, in the target's folder, and the link stays a link.
- **Only files.** A path that exists and is not a regular file (``/dev/null``, a FIFO, a folder),
  or a symlink leading to one, is refused (:class:`NotAFile`) before anything is created beside
  it: renaming over it would replace a device node with a file.
- **Leftovers go.** A crash between creating the temporary file and renaming it (a SIGKILL,
  a power cut) leaves ``.NAME.*.tmp`` behind; the next writer removes them while it holds the
  lock, when no other writer can be using them (:func:`remove_leftovers`, also run when the
  dashboard first opens a record).
- **Hand edits are caught late.** An editor saving by hand takes no lock. With ``unchanged``,
  :func:`replace` reads the file once more after the new text is safely on disk and just before
  the rename, and refuses (:class:`Changed`) if it is no longer the version the new text was
  built from. What remains is the moment between that last read and the rename (microseconds):
  an editor's save landing exactly then is replaced. See docs/curating.md, "Locking".
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

LOCK_TIMEOUT = 60.0
"""Seconds a writer waits for another one to finish (validating a 100,000-move record takes ~7 s)."""

NEW_FILE_MODE = 0o666
"""Mode a new file is created with, before the umask (as ``open(path, "w")`` would)."""


class Changed(Exception):
    """The file is not the version the new text was built from (someone else wrote it)."""


class NotAFile(Exception):
    """The path to write exists (or its symlink leads) but is not a regular file."""


class Busy(Exception):
    """Another writer held the file's lock for longer than the timeout."""


def digest(data: bytes) -> str:
    """The SHA-256 of a file's bytes, as hex (the same as ``sha256sum`` prints)."""
    return hashlib.sha256(data).hexdigest()


def target(path: Path) -> Path:
    """The file a write of ``path`` must replace: ``path`` itself, or where its symlinks lead."""
    return Path(os.path.realpath(path))


def check_writable(path: Path) -> Path:
    """The file a write of ``path`` replaces (:func:`target`), if it is a regular file or doesn't
    exist yet; else :class:`NotAFile` (a device, a FIFO, a folder, a socket)."""
    real = target(path)
    try:
        mode = real.stat().st_mode
    except FileNotFoundError:
        return real
    if not stat.S_ISREG(mode):
        raise NotAFile(f"{real} is not a regular file: nothing written")
    return real


def lock_path(path: Path) -> Path:
    """The lock file of ``path`` (of its target, for a symlink)."""
    real = target(path)
    return real.with_name(f".{real.name}.lock")


@contextlib.contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[Path]:
    """Hold the exclusive lock of ``path`` for the block; yields the file to read and replace.

    Raises :class:`Busy` if the lock is not free within ``timeout`` seconds (0: don't wait).
    """
    real = check_writable(path)
    with _holding(lock_path(real), real.name, timeout):
        yield real


@contextlib.contextmanager
def _holding(lock_file: Path, name: str, timeout: float) -> Iterator[None]:
    """Hold the lock ``lock_file`` for the block; :class:`Busy` (naming ``name``) if it is not
    free within ``timeout`` seconds."""
    lock = FileLock(lock_file, timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise Busy(f"{name} is being written by another editor; try again in a moment") from None
    try:
        yield
    finally:
        lock.release()


FOLDER_LOCK = ".record.lock"
"""The lock file of a record kept in a folder (:mod:`dashboard.record.folder`), inside it."""


@contextlib.contextmanager
def locked_folder(folder: Path, timeout: float = LOCK_TIMEOUT) -> Iterator[Path]:
    """Hold the exclusive lock of the record kept in ``folder`` for the block; yields the folder
    (where its symlinks lead). Every writer of the folder's record takes it, so two never
    interleave; each file it replaces is then also locked with :func:`locked`, so a writer given
    that one file (``--data folder/moves.yaml``) waits as well. :class:`Busy` as for a file."""
    real = target(folder)
    if not real.is_dir():
        raise NotAFile(f"{real} is not a folder: nothing written")
    with _holding(real / FOLDER_LOCK, real.name, timeout):
        yield real


def leftovers(path: Path) -> list[Path]:
    """Temporary files an interrupted write of ``path`` left beside its target."""
    real = target(path)
    return sorted(real.parent.glob(f".{real.name}.*.tmp"))


def remove_leftovers(path: Path) -> list[Path]:
    """Remove what interrupted writes left; call only while holding :func:`locked`."""
    removed = []
    for leftover in leftovers(path):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
            removed.append(leftover)
    return removed


def tidy(path: Path) -> list[Path]:
    """Remove leftovers if no writer is busy right now (never waits); what was removed. For a
    folder record, those of every ``*.yaml`` file in it."""
    try:
        if Path(path).is_dir():
            with locked_folder(path, timeout=0) as real:
                files = [file for file in real.glob("*.yaml") if not file.name.startswith(".")]
                return [removed for file in sorted(files) for removed in remove_leftovers(file)]
        with locked(path, timeout=0) as real:
            return remove_leftovers(real)
    except (Busy, NotAFile, OSError):  # a writer is at work, or the folder is not ours to write: later
        return []


def replace(path: Path, data: bytes, *, unchanged: str | None = None) -> None:
    """Replace the file at ``path`` (already locked by the caller) with ``data``.

    ``unchanged``: the :func:`digest` the file must still have at the last instant before the
    rename; otherwise :class:`Changed` is raised and nothing is replaced. On any failure the
    temporary file is removed and the file stays as it was.
    """
    real = check_writable(path)
    try:
        old = real.stat()
    except FileNotFoundError:
        old = None
    temporary = real.with_name(f".{real.name}.{secrets.token_hex(6)}.tmp")
    _write_new(temporary, data, old)
    try:
        if unchanged is not None and digest(_read_or_empty(real)) != unchanged:
            raise Changed(f"{real.name} changed on disk while the new version was being written")
        os.replace(temporary, real)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(real.parent)


def write_atomic(path: Path, data: bytes, *, timeout: float = LOCK_TIMEOUT) -> None:
    """Replace ``path`` with ``data`` under its lock (see the module's description)."""
    with locked(path, timeout) as real:
        remove_leftovers(real)
        replace(real, data)


def create_new(path: Path, data: bytes) -> None:
    """Create the file ``path`` holding ``data``, whole or not at all, only if nothing has that
    name yet (a file, a link, a FIFO: :class:`FileExistsError`, and nothing is changed).

    The bytes go to a temporary file ``.NAME.<random>.tmp`` beside it, flushed and fsynced, which
    is then hard-linked to the name (``os.link`` never replaces what is there) and removed. A
    crash leaves no half file under the name; a SIGKILL can leave the temporary file (hidden,
    ignored by git, safe to delete). Where the file system has no hard links, the file is
    created exclusively and written in place instead. No lock: creating never races a replace.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    _write_new(temporary, data)
    try:
        try:
            os.link(temporary, path)
        except FileExistsError:
            raise
        except OSError as err:  # no hard links here (FAT, some network file systems)
            if err.errno not in _NO_HARD_LINKS:
                raise
            _write_new(path, data)
    finally:
        Path(temporary).unlink(missing_ok=True)
    _sync_folder(path.parent)


_NO_HARD_LINKS = {errno.EPERM, errno.EMLINK, errno.EXDEV, errno.ENOSYS, getattr(errno, "ENOTSUP", errno.EPERM),
                  getattr(errno, "EOPNOTSUPP", errno.EPERM)}  # fmt: skip


def _write_new(path: Path, data: bytes, old: os.stat_result | None = None) -> None:
    """Create ``path`` exclusively holding ``data``, flushed and fsynced, with ``old``'s owner,
    group and mode when given; on any failure nothing is left under ``path``."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), NEW_FILE_MODE)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            if old is not None:
                _keep_ownership(out.fileno(), old)
            os.fsync(out.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _keep_ownership(handle: int, old: os.stat_result) -> None:
    """Give the new file the old one's owner, group and mode (owner and group where allowed)."""
    if hasattr(os, "fchown"):
        try:
            os.fchown(handle, old.st_uid, old.st_gid)
        except PermissionError:  # not root: keep the group at least, if we belong to it
            with contextlib.suppress(PermissionError):
                os.fchown(handle, -1, old.st_gid)
    if hasattr(os, "fchmod"):
        os.fchmod(handle, old.st_mode & 0o7777)  # after chown, which may clear set-id bits


def _read_or_empty(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return b""


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a crash right after it must not bring the old file back)."""
    if os.name == "nt":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError as err:  # some file systems cannot fsync a folder; the data itself is synced
        if err.errno not in (errno.EINVAL, errno.EBADF, errno.EACCES):
            raise
    finally:
        os.close(handle)
