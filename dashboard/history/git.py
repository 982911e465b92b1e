"""Reading a git repository with the ``git`` command: the commits that touched a file, the file at
a revision, blobs by id.

Why the command and not a library: ``git`` is on every machine that has a repository, reads every
repository format and configuration its user's git reads (worktrees, alternates, SHA-256, partial
clones), follows renames with its own ``--follow``, and adds no dependency. It is always run with
an argument list (never a shell), with ``--no-pager``, ``core.quotepath=off``, no system
configuration, no colour and no signature checks, without optional locks (reading never blocks a
curator's own git), and without the ``GIT_DIR``-style variables a hook would pass on (``-C`` names
the repository). A revision is checked before use: one beginning with ``-`` is refused (it would
read as an option), and one that names no commit is an error that says so. A failure is a
:class:`GitError` with git's own reason, never a traceback.
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

GIT = "git"
"""The command run (found on ``PATH``)."""

_BASE = (
    "--no-pager",
    "-c",
    "core.quotepath=off",
    "-c",
    "color.ui=never",
    "-c",
    "log.showSignature=false",
    "-c",
    "i18n.logOutputEncoding=UTF-8",
)
_PASSED_BY_HOOKS = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_NAMESPACE",
    "GIT_COMMON_DIR",
    "GIT_PREFIX",
)
"""Variables git sets for hooks and drivers; dropped so that ``-C`` alone names the repository."""

_RECORD, _FIELD = "\x1e", "\x1f"
_FORMAT = _RECORD + _FIELD.join(("%H", "%P", "%an", "%ae", "%aI", "%s"))


class GitError(Exception):
    """Git could not answer: the message says why (an unknown revision, not a repository, git
    missing), in words for the person who asked."""


def env() -> dict[str, str]:
    """The environment git runs in (see the module)."""
    env = {name: value for name, value in os.environ.items() if name not in _PASSED_BY_HOOKS}
    env.update(GIT_CONFIG_NOSYSTEM="1", GIT_TERMINAL_PROMPT="0", GIT_OPTIONAL_LOCKS="0", LC_ALL="C", GIT_PAGER="cat")
    return env


def _command(folder: Path, args: Iterable[str]) -> list[str]:
    return [GIT, "-C", str(folder), *_BASE, *args]


def _is_null(blob: str) -> bool:
    return not blob.strip("0")


@dataclass(frozen=True, slots=True)
class Commit:
    """One commit that touched the file: who, when (the author's date, ISO 8601), its first line,
    the file's blob after it (``None``: the commit removed the file) and before it, once per
    parent (``None``: the file was not there); a merge lists the file only when it differs from
    every parent's."""

    id: str
    parents: tuple[str, ...]
    author: str
    email: str
    date: str
    subject: str
    blob: str | None
    before: tuple[str | None, ...]
    path: str
    """The file's name in this commit (it may have been renamed since)."""

    @property
    def short(self) -> str:
        return self.id[:10]

    @property
    def day(self) -> str:
        """The author's date, YYYY-MM-DD."""
        return self.date[:10]


@dataclass(frozen=True)
class Repository:
    """A git repository, by the top of its work tree."""

    top: Path

    def run(self, *args: str) -> str:
        """Standard output of ``git ARGS`` in this repository, or :class:`GitError`."""
        return _run(self.top, args)

    def relative(self, path: Path) -> str:
        """``path`` relative to the top of the work tree, with ``/``."""
        try:
            return Path(os.path.realpath(path)).relative_to(os.path.realpath(self.top)).as_posix()
        except ValueError:
            raise GitError(f"{path} is not inside the repository {self.top}") from None

    def commit(self, revision: str) -> str:
        """The full id of the commit ``revision`` names, or :class:`GitError` saying why not."""
        if not revision or revision.startswith("-"):
            raise GitError(f"{revision!r} is not a revision: a revision may not begin with '-'")
        try:
            return self.run("rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}").strip()
        except GitError:
            raise GitError(f"unknown revision {revision!r}: no commit of {self.top} has that name") from None

    def head(self) -> str | None:
        """The commit checked out, or ``None`` in a repository without commits."""
        try:
            return self.commit("HEAD")
        except GitError:
            return None

    def before(self, day: str) -> str | None:
        """The last commit of ``HEAD`` made on or before the day ``day`` (YYYY-MM-DD; the
        committer's date), or ``None`` when there is none."""
        found = self.run("rev-list", "-1", f"--before={day}T23:59:59", "HEAD", "--").strip()
        return found or None

    def blob_at(self, revision: str, names: Iterable[str]) -> tuple[str, str] | None:
        """(blob id, name) of the first of ``names`` that exists in commit ``revision`` (a full
        id from :meth:`commit`), or ``None`` when none does."""
        names = list(names)
        found: dict[str, str] = {}
        for entry in self.run("ls-tree", "-z", "--full-tree", revision, "--", *names).split("\0"):
            meta, _, name = entry.partition("\t")
            parts = meta.split()
            if len(parts) == 3 and parts[1] == "blob":
                found[name] = parts[2]
        return next(((found[name], name) for name in names if name in found), None)

    def log(self, path: str) -> list[Commit]:
        """Every commit of ``HEAD`` that changed the file ``path`` (relative to the top), newest
        first, following renames (``git log --follow``); merges compared with every parent."""
        if self.head() is None:
            return []
        text = self.run(
            "log", "--follow", "-M", "-c", "--raw", "--no-abbrev", "--no-color", "--no-decorate",
            "--no-ext-diff", "--no-textconv", f"--format={_FORMAT}", "HEAD", "--", path,
        )  # fmt: skip
        return [commit for chunk in text.split(_RECORD)[1:] if (commit := _parse_commit(chunk)) is not None]

    def blobs(self, ids: Iterable[str]) -> Iterator[tuple[str, bytes]]:
        """The contents of the blobs ``ids``, in that order, read by one ``git cat-file --batch``."""
        for blob, kind, data in self.objects(ids):
            if kind is None or data is None:
                raise GitError(f"git could not read the blob {blob}")
            yield blob, data

    def objects(self, names: Iterable[str]) -> Iterator[tuple[str, str | None, bytes | None]]:
        """(name, type, contents) of each object ``names`` names (a blob id, ``COMMIT:PATH``), in
        that order, read by one ``git cat-file --batch``; (name, ``None``, ``None``) for a name
        that names nothing."""
        names = list(names)
        if not names:
            return
        process = subprocess.Popen(  # noqa: S603 - an argument list, no shell
            _command(self.top, ["cat-file", "--batch"]),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env(),
        )
        if process.stdin is None or process.stdout is None:  # never with PIPE; for the type checker
            raise GitError("could not talk to git cat-file")

        def feed() -> None:  # a thread, so a long list never fills both pipes at once
            try:
                process.stdin.write("".join(f"{name}\n" for name in names).encode("utf-8", "surrogateescape"))
            except OSError:
                pass
            finally:
                process.stdin.close()

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        try:
            for name in names:
                header = process.stdout.readline().decode("utf-8", "replace").split()
                if len(header) == 3 and header[1] in ("blob", "tree", "commit", "tag"):
                    data = process.stdout.read(int(header[2]))
                    process.stdout.read(1)  # the newline after the contents
                    yield name, header[1], data
                elif header and header[-1] in ("missing", "ambiguous"):
                    yield name, None, None
                else:
                    raise GitError(f"git could not read {name}")
        finally:
            process.stdout.close()
            process.wait()
            writer.join()

    def folder_log(self, folder: str) -> list[tuple[Commit, dict[str, str]]]:
        """Every commit of ``HEAD`` that changed something in the folder ``folder`` (relative to
        the top; ``.`` for the top), newest first, each with the files git saw renamed in it
        (new name -> old name, for a commit of one parent; names relative to the top). The
        commits' ``blob``, ``before`` and ``path`` are those of the first file listed."""
        if self.head() is None:
            return []
        text = self.run(
            "log", "-M", "-c", "--raw", "--no-abbrev", "--no-color", "--no-decorate", "--no-ext-diff",
            "--no-textconv", f"--format={_FORMAT}", "HEAD", "--", folder,
        )  # fmt: skip
        found = []
        for chunk in text.split(_RECORD)[1:]:
            commit = _parse_commit(chunk)
            if commit is None:
                head = chunk.partition("\n")[0].split(_FIELD)
                if len(head) != 6:
                    continue
                commit = Commit(head[0], tuple(head[1].split()), *head[2:], None, (), folder)
            renamed = {}
            for line in chunk.splitlines():
                meta, _, names = line.partition("\t")
                parts = meta.split()
                if line.startswith(":") and not line.startswith("::") and len(parts) == 5 and parts[4][:1] == "R":
                    old, _, new = names.partition("\t")
                    renamed[new] = old
            found.append((commit, renamed))
        return found


def _parse_commit(chunk: str) -> Commit | None:
    head, _, raw = chunk.partition("\n")
    fields = head.split(_FIELD)
    if len(fields) != 6:
        return None
    commit_id, parents, author, email, date, subject = fields
    for line in raw.splitlines():
        if not line.startswith(":"):
            continue
        meta, _, names = line.partition("\t")
        colons = len(meta) - len(meta.lstrip(":"))
        parts = meta.lstrip(":").split()
        blobs = parts[colons + 1 : 2 * colons + 2]  # one per parent, then the result
        if len(blobs) != colons + 1:
            continue
        before = tuple(None if _is_null(blob) else blob for blob in blobs[:-1])
        after = None if _is_null(blobs[-1]) else blobs[-1]
        return Commit(commit_id, tuple(parents.split()), author, email, date, subject, after, before,
                      names.split("\t")[-1])  # fmt: skip
    return None  # a merge that took the file from one parent as it was


def _run(folder: Path, args: Iterable[str]) -> str:
    try:
        done = subprocess.run(  # noqa: S603 - an argument list, no shell
            _command(folder, args), capture_output=True, env=env(), check=False
        )
    except FileNotFoundError:
        raise GitError("the git command is not installed (or not on PATH)") from None
    except OSError as err:
        raise GitError(f"could not run git: {err.strerror or err}") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise GitError(reason[-1] if reason else f"git {' '.join(args)} failed")
    return done.stdout.decode("utf-8", "replace")


def find(path: Path) -> Repository | None:
    """The repository the file (or folder) ``path`` is in, or ``None`` when it is in none (or git
    is not installed): then the history features hide."""
    folder = path if path.is_dir() else path.parent
    if not folder.is_dir():
        return None
    try:
        top = _run(folder, ["rev-parse", "--show-toplevel"]).strip()
    except GitError:
        return None
    return Repository(Path(top)) if top else None


def require(path: Path) -> Repository:
    """:func:`find`, or :class:`GitError` saying the path is in no repository."""
    repository = find(path)
    if repository is None:
        raise GitError(f"{path} is not in a git repository (or git is not installed)")
    return repository
