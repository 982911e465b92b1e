"""Problems found in a record file: values until the edge, where the CLI or the UI shows them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (error) or worth a look (warning) in the record.

    ``path`` is where in the data tree it is (keys and list indexes); ``key`` asks for the
    position of the mapping key rather than the value (an unknown field, a bad id).
    ``line`` and ``col`` are 1-based and filled in by :func:`load.locate` once known.
    """

    severity: Severity
    message: str
    path: tuple = ()
    key: bool = False
    line: int | None = None
    col: int | None = None
    kind: str = ""
    """What sort of warning this is ('estimated date', 'no quote names the person'...): the
    pages group warnings by it. Empty for errors."""

    def at(self, line: int, col: int) -> Problem:
        return replace(self, line=line, col=col)

    def format(self, name: str) -> str:
        """``name:line:col: severity: message``, the form editors and CI logs link to."""
        where = f"{name}:{self.line}:{self.col}" if self.line else name
        return f"{where}: {self.severity}: {self.message}"


def error(message: str, path: tuple = (), *, key: bool = False) -> Problem:
    return Problem("error", message, tuple(path), key)


def warning(message: str, path: tuple = (), *, key: bool = False, kind: str = "") -> Problem:
    return Problem("warning", message, tuple(path), key, kind=kind or "other")


def by_kind(problems: list[Problem]) -> dict[str, list[Problem]]:
    """``problems`` grouped by kind, the most frequent kind first (each group in file order)."""
    groups: dict[str, list[Problem]] = {}
    for problem in problems:
        groups.setdefault(problem.kind or "other", []).append(problem)
    return dict(sorted(groups.items(), key=lambda item: -len(item[1])))


def summary(name: str, errors: int, warnings: int, counts: dict[str, int] | None = None) -> str:
    """The closing line of a validation run."""

    def plural(number: int, word: str) -> str:
        return f"{number} {word}{'' if number == 1 else 's'}"

    if errors:
        return f"{name}: invalid: {plural(errors, 'error')}, {plural(warnings, 'warning')}"
    shown = ", ".join(f"{number} {label}" for label, number in (counts or {}).items())
    return f"{name}: valid ({shown}); {plural(warnings, 'warning')}"
