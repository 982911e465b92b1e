"""A record of one file split into a folder of files, in several ways, and the one file that
holds the same records in the order the folder's record joins them (file names' order, then
each file's order)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dashboard.record.layout import SECTIONS, split

Records = dict[str, list[str]]
"""Section -> the YAML block of each of its records, in file order (ending with a newline)."""


def records_of(text: str) -> Records:
    """Each section's record blocks (a list item with its ``  - ``, the comments after it)."""
    sections = split(text)
    assert sections is not None, "the record is not in the plain layout"
    return {
        section.name: [text[start:end].rstrip("\n") + "\n" for start, end in section.spans(text)]
        for section in sections
    }


def compose(records: Records) -> str:
    """One file holding ``records``, each section under its header, in the usual order."""
    return "".join(f"{name}:\n" + "".join(records[name]) for name in SECTIONS if records.get(name))


def by_section(records: Records) -> dict[str, Records]:
    """One file per section."""
    return {f"{number}-{name}.yaml": {name: records[name]} for number, name in enumerate(SECTIONS) if records.get(name)}


def split_section(records: Records) -> dict[str, Records]:
    """Two files; every section with two or more records is split across both, the second file
    holding the later half (so ``moves`` starts in one file and goes on in the other)."""
    first: Records = {}
    second: Records = {}
    for name, blocks in records.items():
        half = len(blocks) // 2
        first[name], second[name] = blocks[:half], blocks[half:]
    return {"a.yaml": first, "b.yaml": second}


def round_robin(records: Records, files: int = 3) -> dict[str, Records]:
    """Record number i of every section into file i mod ``files``: every file holds a bit of
    every section, and the joined order differs from the one file's."""
    out: dict[str, Records] = {f"part-{number}.yaml": {} for number in range(files)}
    for name, blocks in records.items():
        for index, block in enumerate(blocks):
            out[f"part-{index % files}.yaml"].setdefault(name, []).append(block)
    return out


SPLITS: dict[str, Callable[[Records], dict[str, Records]]] = {
    "one file per section": by_section,
    "a section split across two files": split_section,
    "round robin over three files": round_robin,
}


def write_split(folder: Path, parts: dict[str, Records]) -> Records:
    """Write each part as a file of ``folder``; return the records as the folder joins them."""
    folder.mkdir(parents=True, exist_ok=True)
    joined: Records = {}
    for name in sorted(parts):
        (folder / name).write_text(compose(parts[name]), encoding="utf-8")
        for section, blocks in parts[name].items():
            joined.setdefault(section, []).extend(blocks)
    return joined
