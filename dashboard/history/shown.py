"""A diff as the command line writes it: text, JSON, or Markdown to post on a pull request.

Ids, names and notes come from the record (and authors from git): in Markdown each is escaped
by :func:`dashboard.text.md` (every Markdown and HTML character gets a backslash, addresses
become code spans), with line breaks and table bars made harmless in table cells, so a name like
``<img src=x onerror=…>`` or ``[x](javascript:…)`` is shown as written and runs nothing. Text and
JSON are printed through the command line's :class:`~dashboard.cli.common.Shown`, which shows
control characters as escapes.
"""

from __future__ import annotations

import json

from dashboard.history.diff import Diff, FigureChange, figure_table
from dashboard.history.versions import Change
from dashboard.record.layout import SECTIONS
from dashboard.text import md

CHANGES = ("added", "changed", "moved", "removed")


def as_dict(found: Diff) -> dict:
    """The diff as JSON: ``from`` and ``to`` (label, commit), ``records`` (section -> added,
    changed (id and fields), removed; for a record kept in a folder also moved (id, fields, from
    and to: the files)), ``figures`` (null when not compared) and ``notes``."""
    records: dict[str, dict[str, list]] = {}
    for change in found.records:
        kinds = records.setdefault(change.section, {kind: [] for kind in CHANGES if kind != "moved" or found.folder})
        if change.files:
            item: object = {"id": change.id, "fields": list(change.fields), "from": change.files[0],
                            "to": change.files[1]}  # fmt: skip
        else:
            item = {"id": change.id, "fields": list(change.fields)} if change.fields else change.id
        kinds[change.change].append(item)
    figures = None
    if found.figures is not None:
        figures = [
            {"level": item.level, "figure": item.kind, "from": item.source, "to": item.target or None,
             "before": item.before, "after": item.after, "change": item.change}
            for item in found.figures
        ]  # fmt: skip
    return {
        "from": {"label": found.old.label, "commit": found.old.commit},
        "to": {"label": found.new.label, "commit": found.new.commit},
        "records": records,
        "figures": figures,
        "notes": found.notes,
    }


def as_json(found: Diff) -> str:
    return json.dumps(as_dict(found), indent=2, ensure_ascii=False) + "\n"


def _by_section(changes: list[Change]) -> dict[str, list[Change]]:
    grouped: dict[str, list[Change]] = {}
    for change in changes:
        grouped.setdefault(change.section, []).append(change)
    return {section: grouped[section] for section in sorted(grouped, key=_section_order)}


def _section_order(section: str) -> int:
    return SECTIONS.index(section) if section in SECTIONS else len(SECTIONS)


def _figure_words(item: FigureChange, names: dict[str, str]) -> str:
    what = (
        f"{names.get(item.source, item.source)} → {names.get(item.target, item.target)}"
        if item.kind == "link"
        else f"net flow of {names.get(item.source, item.source)}"
    )
    return f"{item.level}: {what}: {item.before} → {item.after} ({item.change})"


def as_text(found: Diff) -> str:
    """The diff as lines: the records by section, then the figures, then the notes."""
    lines = [f"{found.old.label} → {found.new.label}"]
    if not found.records:
        lines.append("records: no change")
    for section, changes in _by_section(found.records).items():
        lines.append(f"{section}:")
        for change in changes:
            fields = f" ({', '.join(change.fields)})" if change.fields else ""
            files = f" ({change.files[0]} → {change.files[1]})" if change.files else ""
            lines.append(f"  {change.change} {change.id}{files}{fields}")
    if found.figures is not None:
        lines.append("figures (default filters):" if found.figures else "figures (default filters): no change")
        lines += [f"  {_figure_words(item, found.names)}" for item in found.figures]
    lines += [f"note: {note}" for note in found.notes]
    return "\n".join(lines) + "\n"


def said(change: Change) -> str:
    """The change in words: ``moved`` says from which file to which."""
    return f"{change.change} ({change.files[0]} → {change.files[1]})" if change.files else change.change


def cell(text: object) -> str:
    """Record text as a Markdown table cell: on one line, escaped, its bars kept inside the cell."""
    return md(" ".join(str(text).split()))


def as_markdown(found: Diff) -> str:
    """The diff as a Markdown section to post on a pull request (see the module for escaping)."""
    out = [f"### Record changes: {cell(found.old.label)} → {cell(found.new.label)}", ""]
    if found.records:
        out += ["| section | change | id | fields |", "| --- | --- | --- | --- |"]
        out += [
            f"| {change.section} | {cell(said(change))} | {cell(change.id)} | {cell(', '.join(change.fields))} |"
            for change in found.records
        ]
    else:
        out.append("No record added, changed or removed.")
    out.append("")
    if found.figures is not None:
        out.append("#### Flows (default filters: rumours left out, unknown ends counted)")
        out.append("")
        if found.figures:
            table = figure_table(found.figures, found.names)
            out += ["| " + " | ".join(table.columns) + " |", "|" + " --- |" * len(table.columns)]
            out += ["| " + " | ".join(cell(value) for value in row) + " |" for row in table.itertuples(index=False)]
        else:
            out.append("No link or net flow changes.")
        out.append("")
    if found.notes:
        out += ["**Notes**", "", *(f"- {cell(note)}" for note in found.notes)]
    return "\n".join(out).rstrip("\n") + "\n"
