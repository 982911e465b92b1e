"""A new project, empty and ready to fill: ``python -m dashboard init [DIR]``.

A project is a folder with ``data/events.yaml`` (the record), ``data/events.schema.json`` (the
JSON Schema its first line points editors at, as ``schema --output`` writes it) and ``seeds/``
(the stored source documents). The new record holds every section, each with nothing in it
(``sources:`` with nothing after it): it validates, every insert path adds to it, and an editor
adds records below each header by hand. An existing record is never replaced: the file is
created whole or not at all, and only where nothing has its name
(:func:`dashboard.edit.atomic.create_new`, under the record's lock like every write).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from dashboard.edit import atomic
from dashboard.record.layout import SECTIONS, compose
from dashboard.record.model import json_schema

RECORD = Path("data") / "events.yaml"
"""Where a project keeps its record, from the project's folder (what ``--data`` defaults to)."""
SCHEMA = RECORD.with_name("events.schema.json")
"""Where a project keeps the record's JSON Schema, beside the record."""
PREAMBLE = (
    f"# yaml-language-server: $schema={SCHEMA.name}",
    "#",
    "# Talent Flows record: who moved between which organisations, each fact with the sentence that",
    "# states it. Format and rules: docs/record-format.md of Talent Flows. Check with:",
    "# python -m dashboard validate",
)
"""The comment lines that open a new record: the schema line first, as editors look for it there."""


class RecordExists(Exception):
    """The folder already has a record: nothing is written over it."""


@dataclass(frozen=True)
class Created:
    """What :func:`init_project` made: the record, the schema (``None`` when one was already
    there and was kept) and the seeds folder."""

    record: Path
    schema: Path | None
    seeds: Path


def empty_record() -> str:
    """The text of a new record: :data:`PREAMBLE`, then every section with nothing in it."""
    return compose(PREAMBLE, {name: [] for name in SECTIONS})


def schema_text() -> str:
    """The record's JSON Schema as the project ships it (``data/events.schema.json``)."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def init_project(folder: Path) -> Created:
    """Write a new, empty project into ``folder`` (made if missing): the record, its schema and
    ``seeds/``. Raises :class:`RecordExists` if ``folder`` already has a record (anything named
    ``data/events.yaml``, even a broken link), and changes nothing then; a schema already there
    is kept. :class:`OSError` when the folders can't be made (``seeds`` is a file, no permission)."""
    record, schema, seeds = folder / RECORD, folder / SCHEMA, folder / "seeds"
    if record.exists() or record.is_symlink():
        raise RecordExists(f"{record} already exists: a new project is started in a folder without a record")
    if seeds.exists() and not seeds.is_dir():
        raise NotADirectoryError(f"{seeds} is not a folder: the stored documents go there")
    record.parent.mkdir(parents=True, exist_ok=True)
    with atomic.locked(record):
        try:
            atomic.create_new(record, empty_record().encode("utf-8"))
        except FileExistsError:  # made in the meantime by another process: it stays
            raise RecordExists(
                f"{record} already exists: a new project is started in a folder without a record"
            ) from None
    seeds.mkdir(exist_ok=True)
    try:
        atomic.create_new(schema, schema_text().encode("utf-8"))
    except FileExistsError:
        return Created(record, None, seeds)
    return Created(record, schema, seeds)
