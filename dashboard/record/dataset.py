"""A validated record with the look-ups every view needs (names, parents, source labels)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from dashboard.record.documents import source_label
from dashboard.record.model import UNKNOWN, Document
from dashboard.record.names import fold

UNKNOWN_LABEL = "Unknown"
"""How an origin or destination the source leaves open is shown."""


@dataclass(eq=False)
class Dataset:
    """A document that passed validation, where its project root is, and the day it was checked
    as of: ``today``, the day whose future it may not describe (a scheduled end aside), which is
    also the day the analysis counts a position as still held on."""

    document: Document
    root: Path = field(default_factory=Path)
    today: dt.date = field(default_factory=dt.date.today)

    @cached_property
    def org_roots(self) -> dict[str, str]:
        """Each organisation id mapped to its top-level parent's id (itself if it has none)."""
        organizations = self.document.organizations
        roots: dict[str, str] = {}
        for org_id in organizations:
            current, seen = org_id, set()
            while organizations[current].parent in organizations and current not in seen:
                seen.add(current)
                current = organizations[current].parent
            roots[org_id] = current
        return roots

    @cached_property
    def org_children(self) -> dict[str, list[str]]:
        """Each organisation id mapped to the ids of its direct units."""
        children: dict[str, list[str]] = {org_id: [] for org_id in self.document.organizations}
        for org_id, org in self.document.organizations.items():
            if org.parent in children:
                children[org.parent].append(org_id)
        return children

    @cached_property
    def people_by_name(self) -> list[str]:
        """Person ids in the order of their names (case-insensitive), for pickers."""
        people = self.document.people
        return sorted(people, key=lambda person_id: people[person_id].name.casefold())

    @cached_property
    def folded_people(self) -> list[tuple[str, tuple[str, ...]]]:
        """(person id, folded name and aliases) for every person: what the person search reads
        (see :func:`dashboard.record.names.fold`), folded once per record."""
        return [(pid, tuple(fold(name) for name in (p.name, *p.aliases))) for pid, p in self.document.people.items()]

    def descendants(self, org_id: str) -> set[str]:
        """``org_id`` and every unit below it, at any depth."""
        found, pending = set(), [org_id]
        while pending:
            current = pending.pop()
            if current not in found:
                found.add(current)
                pending.extend(self.org_children.get(current, []))
        return found

    def org_name(self, org_id: str) -> str:
        """Display name of an organisation; :data:`UNKNOWN_LABEL` for 'unknown'."""
        if org_id == UNKNOWN:
            return UNKNOWN_LABEL
        return self.document.organizations[org_id].name

    def person_name(self, person_id: str | None) -> str | None:
        return None if person_id is None else self.document.people[person_id].name

    @cached_property
    def source_ids_by_label(self) -> dict[str, str]:
        """Source id by its :meth:`source_label` (what evidence rows cite)."""
        return {self.source_label(source_id): source_id for source_id in self.document.sources}

    def source_title(self, source_id: str) -> str:
        """How a source is named on every page: its title, else its publisher and date, else its
        file name (or address)."""
        source = self.document.sources[source_id]
        if source.title:
            return source.title
        if source.publisher:
            return f"{source.publisher}, {source.published.label()}"
        if source.path:
            return source.path.rsplit("/", 1)[-1]
        return source.url or source_id

    def source_label(self, source_id: str) -> str:
        """The source's path relative to the project root, or its URL."""
        source = self.document.sources[source_id]
        return source_label(source.path, source.url)
