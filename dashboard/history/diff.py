"""What a change does: the records added, changed and removed between two versions of the record
file, and what that does to the figures.

The figures are the Flows page's with the default filters (everything in time, rumours left
out, unknown origins and destinations counted: :class:`~dashboard.analysis.filters.Filters`),
counted by the page's own loader (:func:`~dashboard.analysis.pages.flows.flows_view`) on each
version: the links (people moved from one organisation to another) and each organisation's net
flow, at the unit level and at the top level (organisations rolled up to their roots). A link or
a net flow *appears* (none before), *disappears* (none after) or *changes* (another number).

Each version is validated as the dashboard would validate it, against the source documents *of
that revision* (read from git into a folder of their own; the working file uses the project's
``seeds/``); a version that does not validate has no figures, and the diff says so rather than
count records the validator refuses. Records are compared either way (see
:mod:`dashboard.history.versions`).

A side is a commit (``REV``), the file as it is now in the work tree (:data:`WORKING`), or the
last commit on or before a day (``YYYY-MM-DD``, :func:`resolve`). Before the file existed, a
side is the empty record. The file is found at a revision by its current name or any name it
had in ``git log --follow``.

A record kept in a folder is compared whole: at each side every record file of the folder (its
current name) is read and the records joined (:func:`dashboard.history.folder.joined_version`),
the folder validated and counted as the dashboard loads it
(:func:`dashboard.record.folder.load_texts`), and a record in another file than before is
``moved`` (with the fields that changed, if any).
"""

from __future__ import annotations

import datetime as dt
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pandas as pd

from dashboard.analysis import bundle as bundles
from dashboard.analysis.filters import Filters
from dashboard.analysis.pages.flows import flows_view
from dashboard.analysis.selection import select
from dashboard.history import folder as folders
from dashboard.history.git import GitError, Repository
from dashboard.history.versions import Change, Key, Version, compare, read
from dashboard.record.dataset import UNKNOWN_LABEL, Dataset
from dashboard.record.documents import MAX_DOCUMENT_BYTES, SEEDS_DIR
from dashboard.record.folder import load_texts, read_texts
from dashboard.record.load import MAX_FILE_BYTES, LoadResult, display_name, load_text, project_root
from dashboard.record.model import UNKNOWN, Document

WORKING = "now"
"""The name of the side that is the file in the work tree, as it is now (uncommitted edits too)."""
LEVELS = ("unit", "root")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class Side:
    """One version of the file: what names it, the commit (``None`` for the work tree), its text
    (``None``: the file was not there), its records and, if it validates, its dataset."""

    label: str
    commit: str | None
    text: str | None
    version: Version
    load: LoadResult | None = None
    where: dict[Key, str] = field(default_factory=dict)
    """For a record kept in a folder: the file each record is in."""

    @property
    def dataset(self) -> Dataset | None:
        if self.text is None:
            return Dataset(Document())
        return self.load.dataset if self.load is not None and self.load.ok else None

    def why_no_figures(self) -> str | None:
        """Why this side has no figures (``None`` when it has them)."""
        if self.dataset is not None:
            return None
        if not self.version.readable:
            return f"the file cannot be read at {self.label}: {self.version.problem}"
        errors = self.load.errors if self.load is not None else []
        first = ""
        if errors:
            place = f"{errors[0].file}:{errors[0].line}" if errors[0].file else f"line {errors[0].line}"
            first = f" (first: {place}: {errors[0].message})"
        return f"the record does not validate at {self.label}: {len(errors)} error(s){first}"


@dataclass(frozen=True, slots=True)
class FigureChange:
    """A link (``source`` → ``target``) or an organisation's net flow (``target`` empty) at a
    level: the number before and after (0: none), and ``appears``, ``disappears`` or ``changes``."""

    level: str
    kind: str  # "link" or "net"
    source: str
    target: str
    before: int
    after: int

    @property
    def change(self) -> str:
        return "appears" if not self.before else "disappears" if not self.after else "changes"


@dataclass
class Diff:
    """Between two sides: the records' changes, the figures' changes (``None``: not compared,
    ``notes`` say why) and organisation names to show ids with."""

    old: Side
    new: Side
    records: list[Change]
    figures: list[FigureChange] | None
    names: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    folder: bool = False
    """Whether the record is kept in a folder (then a record may be ``moved`` between files)."""


def resolve(repository: Repository, revision: str) -> str | None:
    """The commit a revision or a day names (``None`` for :data:`WORKING`), or :class:`GitError`:
    a day (YYYY-MM-DD) is the last commit of ``HEAD`` on or before it."""
    if revision == WORKING:
        return None
    if _DAY.fullmatch(revision):
        try:
            dt.date.fromisoformat(revision)
        except ValueError:
            raise GitError(f"{revision!r} is not a day (YYYY-MM-DD)") from None
        found = repository.before(revision)
        if found is None:
            raise GitError(f"no commit on or before {revision}")
        return found
    return repository.commit(revision)


def names_of(repository: Repository, path: Path) -> list[str]:
    """The names the file has had (relative to the top), the current one first."""
    current = repository.relative(path)
    return list(dict.fromkeys([current, *(commit.path for commit in repository.log(current))]))


def side(repository: Repository, path: Path, revision: str, *, today: dt.date, names: list[str]) -> Side:
    """The file at ``revision`` (a commit, a day, or :data:`WORKING`), validated (see the module)."""
    commit = resolve(repository, revision)
    root = project_root(path)
    if commit is None:
        text = path.read_text(encoding="utf-8-sig") if path.is_file() else None
        return _validated(Side(WORKING, None, text, read(text or "")), root, today)
    found = repository.blob_at(commit, names)
    label = revision if revision == commit else f"{revision} ({commit[:10]})"
    if found is None:
        return Side(label, commit, None, Version())
    data = next(repository.blobs([found[0]]))[1]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return Side(label, commit, "", Version(problem=f"the file is not UTF-8 (byte {err.start})"))
    checked = Side(label, commit, text, read(text))
    with tempfile.TemporaryDirectory(prefix="talent-flows-diff-") as folder:
        _documents_at(repository, commit, root, checked.version, Path(folder))
        return _validated(checked, Path(folder), today)


def folder_side(repository: Repository, folder: Path, revision: str, *, today: dt.date) -> Side:
    """The record kept in ``folder`` at ``revision``, its files joined and validated together."""
    commit = resolve(repository, revision)
    root = project_root(folder)
    if commit is None:
        texts, problems = read_texts(folder, MAX_FILE_BYTES)
        if problems:
            return Side(WORKING, None, "", Version(problem=f"{problems[0].file}: {problems[0].message}"))
        shown = {name: display_name(folder / name) for name in texts}  # problems name the files to open
        checked = _folder_side(WORKING, None, texts, _in_repository(repository, folder, texts))
        if checked.text is not None and checked.version.readable:
            checked.load = load_texts(texts, name=display_name(folder), names=shown, root=root, today=today)
        return checked
    relative = repository.relative(folder)
    label = revision if revision == commit else f"{revision} ({commit[:10]})"
    state = folders.states(repository, relative, [commit])[commit]
    texts: dict[str, str] = {}
    for name, (_, data) in zip(state, repository.blobs(state.values()), strict=True):
        try:
            texts[name] = data.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            return Side(label, commit, "", Version(problem=f"{name}: the file is not UTF-8 (byte {err.start})"))
    shown = _in_repository(repository, folder, texts)
    checked = _folder_side(label, commit, texts, shown)
    if checked.text is not None and checked.version.readable:
        with tempfile.TemporaryDirectory(prefix="talent-flows-diff-") as documents:
            _documents_at(repository, commit, root, checked.version, Path(documents))
            checked.load = load_texts(texts, name=label, names=shown, root=Path(documents), today=today)
    return checked


def _in_repository(repository: Repository, folder: Path, texts: dict[str, str]) -> dict[str, str]:
    """Each file's name from the top of the repository: how both sides name a record's file."""
    relative = repository.relative(folder)
    return {name: f"{relative}/{name}" if relative != "." else name for name in texts}


def _folder_side(label: str, commit: str | None, texts: dict[str, str], shown: dict[str, str]) -> Side:
    """A side of the folder's ``texts`` (none: the folder was not there), its records joined."""
    if not texts:
        return Side(label, commit, None, Version())
    version, where = folders.joined_version({shown[name]: read(texts[name]) for name in sorted(texts)})
    return Side(label, commit, "", version, where=where)


def _validated(checked: Side, root: Path, today: dt.date) -> Side:
    if checked.text is not None and checked.version.readable:
        checked.load = load_text(checked.text, name=checked.label, root=root, today=today)
    return checked


def _documents_at(repository: Repository, commit: str, root: Path, version: Version, folder: Path) -> None:
    """Write into ``folder/seeds`` the documents the sources of ``version`` name, as they are in
    ``commit`` (only paths inside ``seeds/``, without ``..``: the validator refuses the others
    before looking)."""
    prefix = repository.relative(root)
    wanted: dict[str, str] = {}
    for (section, _), entry in version.records.items():
        written = entry.value.get("path") if section == "sources" and isinstance(entry.value, dict) else None
        if not isinstance(written, str):
            continue
        pure = PurePosixPath(written)
        if pure.is_absolute() or ".." in pure.parts or len(pure.parts) < 2 or pure.parts[0] != SEEDS_DIR:
            continue
        wanted[(PurePosixPath(prefix) / pure).as_posix() if prefix != "." else pure.as_posix()] = written
    if not wanted:
        return
    listed = repository.run("ls-tree", "-z", "-r", "--full-tree", commit, "--", *wanted).split("\0")
    blobs = {}
    for entry in listed:
        meta, _, name = entry.partition("\t")
        parts = meta.split()
        if len(parts) == 3 and parts[1] == "blob" and name in wanted:
            blobs[parts[2]] = wanted[name]
    for blob, data in repository.blobs(list(blobs)):
        target = folder / blobs[blob]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data[: MAX_DOCUMENT_BYTES + 1])  # a larger one is refused as too large


def figures(dataset: Dataset) -> dict[tuple[str, str, str, str], int]:
    """The Flows page's numbers with the default filters: (level, "link", from, to) -> people and
    (level, "net", organisation, "") -> net flow, for both levels."""
    bundle = bundles.build(dataset, "")
    selection = select(bundle, Filters())
    found: dict[tuple[str, str, str, str], int] = {}
    for level in LEVELS:
        view = flows_view(bundle, selection, level)
        links = view.links
        for source, target, value in zip(links["source"], links["target"], links["value"], strict=True):
            found[(level, "link", str(source), str(target))] = int(value)
        net = view.net
        for org, value in zip(net["org_id"], net["net"], strict=True):
            if value:
                found[(level, "net", str(org), "")] = int(value)
    return found


def _names(*datasets: Dataset | None) -> dict[str, str]:
    names: dict[str, str] = {}
    for dataset in datasets:
        if dataset is not None:
            names.update({org_id: org.name for org_id, org in dataset.document.organizations.items()})
    return names | {UNKNOWN: UNKNOWN_LABEL}


def diff(repository: Repository, path: Path, old: str, new: str = WORKING, *, today: dt.date) -> Diff:
    """The :class:`Diff` of the record file ``path`` from revision ``old`` to ``new`` (see the
    module); of the record kept in ``path`` when it is a folder; :class:`GitError` for a revision
    that names nothing."""
    if path.is_dir():
        before = folder_side(repository, path, old, today=today)
        after = folder_side(repository, path, new, today=today)
    else:
        names = names_of(repository, path)
        before = side(repository, path, old, today=today, names=names)
        after = side(repository, path, new, today=today, names=names)
    notes = [f"records not compared: {why}" for why in _unreadable(before, after)]
    records = compare(before.version, after.version) if not notes else []
    if path.is_dir():
        records = folders.with_moves(records, before.where, after.where)
    reasons = [why for why in (before.why_no_figures(), after.why_no_figures()) if why]
    changes = None
    if not reasons:
        old_figures, new_figures = figures(before.dataset), figures(after.dataset)
        changes = [
            FigureChange(*key, old_figures.get(key, 0), new_figures.get(key, 0))
            for key in sorted(old_figures.keys() | new_figures.keys(), key=_figure_order)
            if old_figures.get(key, 0) != new_figures.get(key, 0)
        ]
    else:
        notes += [f"figures not compared: {why}" for why in reasons]
    return Diff(before, after, records, changes, _names(before.dataset, after.dataset), notes, path.is_dir())


def _unreadable(*sides: Side) -> list[str]:
    return [
        f"the file cannot be read at {each.label}: {each.version.problem}"
        for each in sides
        if not each.version.readable
    ]


def _figure_order(key: tuple[str, str, str, str]) -> tuple:
    level, kind, source, target = key
    return (LEVELS.index(level), kind != "link", source, target)


def figure_table(changes: list[FigureChange], names: dict[str, str]) -> pd.DataFrame:
    """The figures' changes as a person reads them: level, what, from, to, before, after, change."""
    return pd.DataFrame(
        {
            "level": [change.level for change in changes],
            "figure": ["link" if change.kind == "link" else "net flow" for change in changes],
            "organisation": [names.get(change.source, change.source) for change in changes],
            "to": [names.get(change.target, change.target) if change.target else "" for change in changes],
            "before": [change.before for change in changes],
            "after": [change.after for change in changes],
            "change": [change.change for change in changes],
        },
        columns=["level", "figure", "organisation", "to", "before", "after", "change"],
    )
