"""Line and column of each problem, reading as little of the file again as it can.

The first reading of a file skips positions (they cost time and memory). A file with problems
needs them for its problems only: when the file has the usual layout (:mod:`layout`), only the
records the problems are in are read again, with positions, each once; a problem about a whole
section or the file, a YAML issue, or a file of another layout makes the whole file be read
again instead. A record of 10,000 people with thousands of warnings is located in one pass over
its records, never once per problem.
"""

from __future__ import annotations

from dataclasses import replace

from dashboard.record import yamltree
from dashboard.record.layout import Section, split
from dashboard.record.problems import Problem, error


class Where:
    """Which record text a problem's path points into: (section, index) of the split."""

    def __init__(self, sections: list[Section]) -> None:
        self.sections = {section.name: section for section in sections}
        self.keys: dict[tuple[str, str], int] = {}  # (mapping section, id) -> index

    @classmethod
    def of(cls, sections: list[Section]) -> Where | None:
        """A ``Where`` with the keys of the mapping sections read from their texts (``None`` when a
        key can't be read plainly or comes twice: the caller reads the whole file)."""
        where = cls(sections)
        for section in sections:
            if section.is_list:
                continue
            for index, part in enumerate(section.parts):
                key = _plain_key(part)
                if key is None or (section.name, key) in where.keys:
                    return None
                where.keys[(section.name, key)] = index
        return where

    def get(self, path: tuple) -> tuple[Section, int] | None:
        if len(path) < 2 or path[0] not in self.sections:
            return None
        section = self.sections[path[0]]
        index = path[1] if section.is_list else self.keys.get((path[0], path[1]))
        if not isinstance(index, int) or not 0 <= index < len(section.parts):
            return None
        return section, index


def _plain_key(part: str) -> str | None:
    """The key a mapping record's text starts with (``  meta:`` -> ``meta``), if plainly written."""
    head = part.lstrip(" ").split(":", 1)
    key = head[0].strip()
    if len(head) < 2 or not key or key[0] in "\"'[{&*!|>%@`#" or " #" in key:
        return None
    return key


def locate_all(problems: list[Problem], text: str) -> list[Problem]:
    """The YAML issues of ``text`` and ``problems``, each with its ``line:col``, reading the whole
    file with positions (this also words YAML issues fully: a duplicate key names the first)."""
    placed = yamltree.parse(text, track_positions=True)
    located = [error(i.code, i.message, i.path).at(i.position.line, i.position.col) for i in placed.issues]
    for problem in problems:
        position = placed.position(problem.path, key=problem.key)
        located.append(problem.at(position.line, position.col) if position else problem.at(1, 1))
    located.sort(key=lambda problem: (problem.line or 0, problem.col or 0))
    return located


def locate(problems: list[Problem], text: str) -> list[Problem]:
    """``problems`` of a file without YAML issues, each with its ``line:col`` (see the module)."""
    if not problems:
        return []  # a valid file: no need to look at its layout
    sections = split(text)
    where = Where.of(sections) if sections is not None else None
    if where is None:
        return locate_all(problems, text)
    return locate_in_records(problems, where, text)


def locate_in_records(problems: list[Problem], where: Where, text: str, memo: dict | None = None) -> list[Problem]:
    """Line and column of each problem, reading only the records the problems are in.

    ``memo`` (kept by the caller between loads of one file) maps a record's text and a path in it
    to the position there: after a one-record edit, only that record is read again; the others'
    positions are shifted by where their record now starts. It is pruned to this load's entries.
    """
    if not problems:
        return []  # kept as it is: the next load with problems may reuse it
    if any(where.get(problem.path) is None for problem in problems):
        return locate_all(problems, text)  # about a whole section or the file: read it all (rare)
    offsets: dict[str, list[int]] = {}
    starts: dict[tuple, int] = {}
    records: dict[tuple[str, int], list[int]] = {}  # (section, index) -> its problems, by number
    for number, problem in enumerate(problems):
        section, index = where.get(problem.path)
        if (section.name, index) not in starts:
            if section.name not in offsets:  # once per section, not per problem
                offsets[section.name] = section.offsets()
            starts[(section.name, index)] = offsets[section.name][index]
        records.setdefault((section.name, index), []).append(number)
    lines = _lines(text, sorted(set(starts.values())))
    located: list[tuple[int, Problem]] = []
    used: dict = {}
    # Record by record: a record's tree with positions is dropped once its problems are placed
    # (20,000 warned records' trees at once took 150 MiB).
    for (name, index), numbers in records.items():
        section = where.sections[name]
        line = lines[starts[(name, index)]]
        tree = None
        for number in numbers:
            problem = problems[number]
            inner = (0, *problem.path[2:]) if section.is_list else (problem.path[1], *problem.path[2:])
            key = (name, section.parts[index], inner, problem.key)
            if memo is not None and key in memo:
                relative = memo[key]
            else:
                if tree is None:
                    tree = yamltree.parse(section.yaml(index), track_positions=True)
                position = tree.position(inner, key=problem.key)
                relative = None if position is None else (position.line, position.col)
            used[key] = relative
            if relative is None:
                located.append((number, problem.at(line, 1)))
            else:
                located.append((number, replace(problem, line=line + relative[0] - 1, col=relative[1])))
    if memo is not None:
        memo.clear()
        memo.update(used)
    located.sort(key=lambda item: (item[1].line or 0, item[1].col or 0, item[0]))  # ties: the problems' order
    return [problem for _, problem in located]


def _lines(text: str, offsets: list[int]) -> dict[int, int]:
    """The 1-based line at each of the sorted ``offsets``."""
    lines, previous, line = {}, 0, 1
    for offset in offsets:
        line += text.count("\n", previous, offset)
        lines[offset] = line
        previous = offset
    return lines
