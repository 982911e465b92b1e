"""Saving into the record file: the one locked insert path every change takes.

:func:`insert_records` is the only way anything is added to the record: a move or a stay from
the Add page or ``add-move`` (:func:`save`, a thin caller), new evidence, positions from
``import`` and a source from ``add-source``. Under the record's lock
(:mod:`dashboard.edit.atomic`) it reads the file, refuses (:class:`Conflict`) if it is not the
version the editor started from, asks the caller's *plan* what to add to the record as it is
now, inserts that as text (:mod:`dashboard.edit.insert`: every old byte stays), validates the
whole new file with the same validator as everything else, and only then writes it
atomically, keeping the file's mode, owner and symlink, and only if no hand edit landed in
between.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import typing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from dashboard.edit import atomic
from dashboard.edit import folder as folders
from dashboard.edit.checks import cites, differences, evidence_problems, merge_problems, problems
from dashboard.edit.drafts import Draft, Evidence, blocks
from dashboard.edit.folder import FolderText
from dashboard.edit.insert import Additions, EvidenceSites, LayoutError, insert
from dashboard.record import folder as record_folder
from dashboard.record.incremental import Revalidator
from dashboard.record.load import LoadResult, load_text, project_root, today_from_env, unreadable
from dashboard.record.model import Document
from dashboard.record.problems import error

digest = atomic.digest
digest_of = folders.digest_of

Conflict = atomic.Changed
"""The file changed on disk since the editor loaded it (or while the new version was written)."""


class NotValid(Exception):
    """The record is not valid now: nothing is inserted into it (``result`` says why; ``digest``
    is the file's as found)."""

    def __init__(self, result: LoadResult, digest: str) -> None:
        super().__init__(f"{result.name} is not valid now ({len(result.errors)} errors): fix it first (validate)")
        self.result, self.digest = result, digest


@dataclass(frozen=True)
class Refusal:
    """A plan's answer when what it was asked to add can't be added to the record as it is."""

    problems: tuple[str, ...]


Plan = typing.Callable[[Document, "str | FolderText"], "dict[str, str] | tuple[int, str] | Additions | Refusal | None"]
"""Given the record as it is under the lock (and its text: a folder record's is a
:class:`~dashboard.edit.folder.FolderText`), the YAML blocks to add at the end of their sections,
or one (offset, text) to insert, or both (:class:`~dashboard.edit.insert.Additions`), or a
:class:`Refusal`, or None (nothing to add)."""

Retry = typing.Callable[[LoadResult], bool]
"""Given the validator's verdict on the new file (not valid), whether to ask the plan again:
the caller has learnt what to leave out (an import, the rows whose records the errors are in)."""

MAX_PLANS = 3
"""How often :func:`insert_records` asks a plan that has a :data:`Retry`: each time costs one
validation of the new file, and each time the plan leaves out what the last one's errors named."""

Outcome = Literal["written", "checked", "nothing", "refused", "invalid"]


@dataclass(frozen=True)
class Inserted:
    """What :func:`insert_records` did. ``status``:

    - ``written``: the new file is on disk (``loaded``: its load);
    - ``checked``: a dry run: the new file would be valid (``loaded``: its load), nothing written;
    - ``nothing``: the plan had nothing to add (``loaded``: the record as found);
    - ``refused``: the plan refused, or the text can't be inserted in this layout (``problems``);
    - ``invalid``: the new file would not be valid (``result``: the validator's errors), nothing
      written.

    ``digest`` is the file's now: after the write, or as found.
    """

    status: Outcome
    digest: str
    result: LoadResult | None = None
    loaded: LoadResult | None = None
    problems: tuple[str, ...] = ()

    @property
    def written(self) -> bool:
        return self.status == "written"


def insert_records(
    path: Path,
    plan: Plan,
    *,
    dry_run: bool = False,
    expected: str | None = None,
    today: dt.date | None = None,
    root: Path | None = None,
    timeout: float = atomic.LOCK_TIMEOUT,
    retry: Retry | None = None,
    into: str | None = None,
) -> Inserted:
    """Insert what ``plan`` returns into the record at ``path`` (through a symlink, into its
    target) as one step with respect to every other writer. A folder record
    (:mod:`dashboard.record.folder`) takes its new records into the files
    :mod:`dashboard.edit.folder`'s rule names, or all into its file ``into``; a record of one file
    refuses ``into`` unless it names that file.

    Under the record's lock: remove what crashed writes left, read the file, raise
    :class:`Conflict` if its digest is not ``expected`` (when given) and :class:`NotValid` if it is
    not valid now; else ask ``plan``, insert its text, validate the new file whole, and write it
    atomically, checking once more just before the rename that no hand edit came in between
    (:class:`Conflict` again). With ``dry_run``, everything but the write. ``root`` is the project
    root source paths are relative to (default: from ``path``). Raises
    :class:`dashboard.edit.atomic.Busy` if another writer holds the lock too long.

    When the new file would not be valid and ``retry`` says it learnt from the errors, the plan
    is asked again (at most :data:`MAX_PLANS` times in all), still under the lock.
    """
    today = today or today_from_env()
    name, root = Path(path).name, root or project_root(Path(path))
    if Path(path).is_dir():
        return _insert_into_folder(Path(path), plan, dry_run=dry_run, expected=expected, today=today, root=root,
                                   timeout=timeout, retry=retry, into=into)  # fmt: skip
    with atomic.locked(path, timeout) as real:
        atomic.remove_leftovers(real)
        old = real.read_bytes()
        found = digest(old)
        if expected is not None and found != expected:
            raise Conflict(f"{Path(path).name} changed on disk since it was loaded")
        if into is not None and into != name:
            return Inserted(
                "refused",
                found,
                problems=(
                    f"--into {into!r}: the record is the one file {name}; "
                    "--into names a file of a record kept in a folder",
                ),
            )
        try:
            text = old.decode("utf-8")
        except UnicodeDecodeError as err:
            result = unreadable(name, error("not-utf8", f"the record is not UTF-8 text (byte {err.start})"))
            raise NotValid(result, found) from None
        validator = Revalidator()  # the second load re-checks only what the insertion changed
        current = validator.load(text, name=name, root=root, today=today)
        if not current.ok:
            raise NotValid(current, found)
        for attempt in range(1, MAX_PLANS + 1):
            try:
                added = _planned(plan(current.dataset.document, text), found, current)
                if isinstance(added, Inserted):
                    return added
                new_text, _ = insert(text, added.sections, added.points)
            except LayoutError as err:
                return Inserted("refused", found, problems=(str(err),))
            if len(new_text) - len(text) > len(text) // 4:  # mostly new: a cold load is quicker than re-using
                result = load_text(new_text, name=name, root=root, today=today)
            else:
                result = validator.load(new_text, name=name, root=root, today=today)
            if result.ok:
                break
            if retry is None or attempt == MAX_PLANS or not retry(result):
                return Inserted("invalid", found, result)
        if dry_run:
            return Inserted("checked", found, loaded=result)
        data = new_text.encode("utf-8")
        atomic.replace(real, data, unchanged=found)
    return Inserted("written", digest(data), loaded=result)


def _planned(added, found: str, current) -> Additions | Inserted:
    """What a plan returned, as :class:`Additions` (blocks per section, or one point, or both),
    or the answer when there is nothing to insert: its refusal, or "nothing" (``found`` is the
    file's digest, ``current`` its load)."""
    if isinstance(added, Refusal):
        return Inserted("refused", found, problems=added.problems)
    if not added:
        return Inserted("nothing", found, loaded=current)
    if isinstance(added, tuple):
        return Additions(points=[added])
    return added if isinstance(added, Additions) else Additions(sections=added)


def _insert_into_folder(
    folder: Path,
    plan: Plan,
    *,
    dry_run: bool,
    expected: str | None,
    today: dt.date,
    root: Path,
    timeout: float,
    retry: Retry | None,
    into: str | None,
) -> Inserted:
    """:func:`insert_records` for a record kept in a folder: under the folder's lock, the same
    steps over all its files, each changed file then replaced atomically under its own lock too
    (see :func:`dashboard.edit.atomic.locked_folder`)."""
    name = folder.name
    with atomic.locked_folder(folder, timeout) as real:
        for path in record_folder.record_files(real):
            atomic.remove_leftovers(path)
        contents = folders.read_contents(real)
        found = folders.folder_digest(contents)
        if expected is not None and found != expected:
            raise Conflict(f"{name} changed on disk since it was loaded")
        texts: dict[str, str] = {}
        for file, data in contents.items():
            try:
                texts[file] = data.decode("utf-8")
            except UnicodeDecodeError as err:
                problem = error("not-utf8", f"the record file is not UTF-8 text (byte {err.start})")
                raise NotValid(unreadable(name, replace(problem.at(0, 0), file=file)), found) from None
        current = record_folder.load_texts(texts, name=name, root=root, today=today)
        if not current.ok:
            raise NotValid(current, found)
        refused = folders.into_problem(into) if into is not None else None
        if refused:
            return Inserted("refused", found, problems=(refused,))
        for attempt in range(1, MAX_PLANS + 1):
            try:
                added = _planned(plan(current.dataset.document, FolderText(texts)), found, current)
                if isinstance(added, Inserted):
                    return added
                new_texts, gains = _insert_in_files(texts, added, into)
            except LayoutError as err:
                return Inserted("refused", found, problems=(str(err),))
            result = record_folder.load_texts(new_texts, name=name, root=root, today=today)
            if result.ok:
                break
            if retry is None or attempt == MAX_PLANS or not retry(result):
                return Inserted("invalid", found, result)
        if dry_run:
            return Inserted("checked", found, loaded=result)
        written = dict(contents)
        with contextlib.ExitStack() as files:  # every file's lock before any write: a writer of one file waits
            targets = {file: files.enter_context(atomic.locked(real / file, timeout)) for file in sorted(gains)}
            for file in folders.write_order(gains):
                data = new_texts[file].encode("utf-8")
                atomic.replace(targets[file], data, unchanged=digest(contents.get(file, b"")))
                written[file] = data
    return Inserted("written", folders.folder_digest(written), loaded=result)


def _insert_in_files(
    texts: dict[str, str], added: Additions, into: str | None
) -> tuple[dict[str, str], dict[str, set[str]]]:
    """The folder's texts with ``added`` inserted (each section's blocks into the file the rule
    or ``into`` names, each point into the file its offset is in), and the sections each changed
    file gains (evidence counts as its record's list)."""
    virtual = FolderText(texts)
    sections: dict[str, dict[str, str]] = {}
    points: dict[str, list[tuple[int, str]]] = {}
    gains: dict[str, set[str]] = {}
    for section, file in folders.targets(texts, added.sections, into).items():
        sections.setdefault(file, {})[section] = added.sections[section]
        gains.setdefault(file, set()).add(section)
    for offset, block in added.points:
        file, local = virtual.locate(offset)
        points.setdefault(file, []).append((local, block))
        gains.setdefault(file, set()).add("moves")
    new = dict(texts)
    for file in gains:
        new[file], _ = insert(texts.get(file, ""), sections.get(file, {}), points.get(file, []))
    return dict(sorted(new.items())), gains


# --- a move from the Add page or add-move ------------------------------------------------------

Status = Literal["saved", "merged", "exists", "invalid"]


@dataclass(frozen=True)
class Saved:
    """What :func:`save` did. ``status``: ``saved`` (written), ``merged`` (the move was already
    recorded and the draft's new evidence was added to it: written; ``merged`` holds the items),
    ``exists`` (the move id is already in the file, with this evidence: nothing written) or
    ``invalid`` (nothing written; ``problems`` holds the form's rules that failed, or ``result``
    the validator's errors of the would-be file, or of the file as it is when that is not valid).
    ``kept`` says, after a merge, which of the draft's details differ from the recorded move's
    (the recorded ones stay: only evidence is added)."""

    status: Status
    move_id: str
    digest: str  # the file's digest now: after the write, or as found
    result: LoadResult | None = None
    problems: tuple[str, ...] = ()
    merged: tuple[Evidence, ...] = ()
    kept: tuple[str, ...] = ()

    @property
    def written(self) -> bool:
        return self.status in ("saved", "merged")


def save(
    path: Path,
    draft: Draft,
    expected: str | None = None,
    *,
    today: dt.date | None = None,
    root: Path | None = None,
    timeout: float = atomic.LOCK_TIMEOUT,
    merge: bool = False,
    into: str | None = None,
) -> Saved:
    """Add ``draft`` to the record at ``path`` through :func:`insert_records`: only once per move
    id (a second click finds the move already there: ``exists``), only if the form's rules
    (:func:`dashboard.edit.checks.problems`) and the validator accept it, and only into the
    version ``expected`` (else :class:`Conflict`). ``result`` is the new file's load when saved.

    With ``merge`` (``add-move``), a draft of a move already recorded — the same id, and the same
    person or group, origin, destination and date — adds the evidence the recorded move does not
    cite yet (the same source and quote, compared as the validator compares quotes) to the end of
    its ``evidence:`` list, a pure insertion like the Add page's "cite both": ``merged``. Nothing
    new is ``exists``; the same id for another move is ``invalid``. ``into``: the file of a folder
    record the new records go into (:func:`insert_records`).
    """
    outcome: dict[str, tuple] = {}

    def plan(document: Document, text: str) -> dict[str, str] | tuple[int, str] | Refusal | None:
        recorded = next((move for move in document.moves if move.id == draft.move_id), None)
        if recorded is None:
            refused = problems(draft, document)
            return Refusal(tuple(refused)) if refused else blocks(draft)
        if not merge:
            return None  # already there: nothing to add
        refused = merge_problems(draft, recorded, document)
        if refused:
            return Refusal(tuple(refused))
        new = tuple(item for item in _distinct(draft.evidence) if not cites(recorded.evidence, item))
        if not new:
            return None
        for item in new:
            refused += evidence_problems(draft.move_id, item, document)
        if refused:
            return Refusal(tuple(refused))
        outcome["merged"], outcome["kept"] = new, tuple(differences(draft, recorded))
        return EvidenceSites(text).insertion("moves", draft.move_id, new)

    try:
        inserted = insert_records(path, plan, expected=expected, today=today, root=root, timeout=timeout, into=into)
    except NotValid as err:
        return Saved("invalid", draft.move_id, err.digest, err.result)
    if inserted.status == "nothing":
        return Saved("exists", draft.move_id, inserted.digest, inserted.loaded)
    if inserted.status == "refused":
        return Saved("invalid", draft.move_id, inserted.digest, None, inserted.problems)
    if inserted.status == "invalid":
        return Saved("invalid", draft.move_id, inserted.digest, inserted.result)
    if "merged" in outcome:
        return Saved("merged", draft.move_id, inserted.digest, inserted.loaded, merged=outcome["merged"],
                     kept=outcome["kept"])  # fmt: skip
    return Saved("saved", draft.move_id, inserted.digest, inserted.loaded)


def _distinct(evidence: typing.Iterable[Evidence]) -> list[Evidence]:
    """``evidence`` without an item that repeats an earlier one (same source, same quote)."""
    kept: list[Evidence] = []
    for item in evidence:
        if not cites(kept, item):
            kept.append(item)
    return kept
