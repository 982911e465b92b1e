"""Strict YAML: text to plain ``dict``/``list``/``str`` trees, with positions on request.

The record is hand-edited, so the reader accepts only the boring part of YAML:

* every scalar stays the exact text that was written (``no`` is the string ``"no"``,
  ``012`` is ``"012"``, ``2023-05`` is ``"2023-05"``); the schema decides what it means;
* no tags (``!!python/object``, ``!foo``), no anchors, no aliases (so no "billion laughs"),
  no duplicate keys, no complex keys, one document per file, bounded nesting depth;
* none of the characters :mod:`dashboard.record.characters` refuses (control characters, NEL
  and the Unicode line separators, bidirectional overrides, lone surrogates): each is reported
  at its line and column before libyaml sees the text (libyaml would fold a line separator into
  a space, or stop at a control character without saying where), and each that a double-quoted
  escape (``"\\e"``, ``"\\u202e"``) puts into a key or value is reported at that scalar.

It is built on libyaml's event parser (``yaml.CSafeLoader`` when available): events are cheap,
and building the tree from them skips PyYAML's Python constructor, which is where most of the
time of ``yaml.load`` goes. No Python object is ever constructed from a tag.

Positions are only needed to report a problem, so they are collected on request
(``track_positions=True``); the fast path records none.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)

from dashboard.record import characters

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_DEPTH = 64
"""Deepest nesting accepted. The record needs 6 levels; thousands are an attack or an accident."""

Path = tuple  # a path into the tree: keys (str) and list indexes (int)


@dataclass(frozen=True)
class Position:
    """A 1-based line and column in the text."""

    line: int
    col: int


@dataclass
class YamlIssue:
    """A problem found while reading the YAML (before any schema check); ``code`` is one of
    :data:`dashboard.record.problems.CODES`."""

    code: str
    message: str
    position: Position
    path: Path = ()


@dataclass
class Tree:
    """The result of reading a YAML text.

    ``data`` is ``None`` when the text holds no document (empty or only comments) or when a
    syntax error stopped the reading; ``issues`` then says why (empty text is not an issue here).
    ``values`` maps a path to the position of the node at that path, ``keys`` maps a path to the
    position of the mapping key that names it; both are empty unless positions were tracked.
    """

    data: object = None
    issues: list[YamlIssue] = field(default_factory=list)
    values: dict[Path, Position] = field(default_factory=dict)
    keys: dict[Path, Position] = field(default_factory=dict)
    fatal: bool = False

    def position(self, path: Path, *, key: bool = False) -> Position | None:
        """Where ``path`` was written: its key if ``key`` (when it has one), else its value.

        Falls back to the nearest enclosing node that has a position, so a problem about a
        missing field points at the record that misses it.
        """
        path = tuple(path)
        if key and path in self.keys:
            return self.keys[path]
        while True:
            if path in self.values:
                return self.values[path]
            if path in self.keys:
                return self.keys[path]
            if not path:
                return None
            path = path[:-1]


def _pos(mark) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def _describe_syntax_error(err: yaml.MarkedYAMLError, text: str, last_scalar=None) -> YamlIssue:
    """Turn libyaml's message into one an editor can act on, at the most useful place.

    An unclosed quote or bracket is reported where it was opened, not where the parser gave up.
    A quote left open in the middle of a file is legal YAML until the next quote character
    closes it, lines later; when the error follows such a multi-line quoted value
    (``last_scalar``), the error is reported at its opening quote.
    """
    problem = (err.problem or "syntax error").strip()
    code = "yaml-syntax"
    context = (err.context or "").strip()
    mark, opened = err.problem_mark, err.context_mark
    character = text[mark.index] if mark is not None and 0 <= mark.index < len(text) else ""
    detected = f"line {mark.line + 1}" if mark is not None else "the end"
    where = mark
    if (character == "\t" and "cannot start any token" in problem) or "tab character" in problem:
        message = "a tab character is not allowed here: YAML indents with spaces"
    elif "invalid Unicode character escape code" in problem:
        code = "refused-escape"
        message = (
            "an escape in the quoted text stands for no character (a lone surrogate such as \\ud800, "
            "or a code point beyond U+10FFFF): write the character itself"
        )
    elif "maximum nesting depth" in problem:
        code = "too-deep"
        message = "the file is nested too deeply (thousands of levels)"
    elif "quoted scalar" in context and opened is not None:
        where = opened
        message = f"unclosed quote: {problem} (noticed at {detected})"
    elif ("flow sequence" in context or "flow mapping" in context) and opened is not None:
        where = opened
        bracket = "[" if "sequence" in context else "{"
        message = f"unclosed bracket {bracket!r}: {problem} (noticed at {detected})"
    elif _runaway_quote(last_scalar):
        where = last_scalar.start_mark
        quoted = last_scalar.end_mark.line + 1
        message = (
            f"unclosed quote: the quoted text opened here runs on to line {quoted}, "
            f"and then {context + ': ' if context else ''}{problem} (noticed at {detected})"
        )
    elif context:
        message = f"{context}: {problem}"
    else:
        message = problem
    position = _pos(where) if where is not None else Position(1, 1)
    return YamlIssue(code, f"YAML syntax: {message}", position)


def _runaway_quote(event) -> bool:
    """A quoted scalar spanning lines: in a hand-edited record, most likely a quote left open."""
    return (
        event is not None
        and getattr(event, "style", None) in ('"', "'")
        and event.end_mark.line > event.start_mark.line
    )


class _Unusual(Exception):
    """Raised by the fast reader at anything it leaves to the careful one."""


def _fast(text: str, max_depth: int) -> object:
    """The tree of an ordinary text, as fast as libyaml's events allow.

    No paths, no positions, no messages: at a tag, anchor, alias, duplicate or complex key,
    a second document, deep nesting or a syntax error it raises :class:`_Unusual` and
    :func:`parse` reads the text again carefully. An ordinary record never gets there.
    """
    loader = _Loader(text)
    get = loader.get_event
    try:
        if get().__class__ is not StreamStartEvent or get().__class__ is not DocumentStartEvent:
            raise _Unusual
        containers: list = []  # open containers
        pending: list = []  # for each open container: the mapping key waiting for its value
        root: object = None
        while True:
            event = get()
            cls = event.__class__
            if cls is ScalarEvent:
                if event.tag is not None or event.anchor is not None:
                    raise _Unusual
                value = event.value
                if not containers:
                    root = value
                    continue
                container = containers[-1]
                if type(container) is list:
                    container.append(value)
                elif pending[-1] is None:
                    pending[-1] = value
                else:
                    key = pending[-1]
                    if key in container:
                        raise _Unusual
                    container[key] = value
                    pending[-1] = None
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                if event.tag is not None or event.anchor is not None or len(containers) >= max_depth:
                    raise _Unusual
                new: dict | list = {} if cls is MappingStartEvent else []
                if not containers:
                    root = new
                else:
                    container = containers[-1]
                    if type(container) is list:
                        container.append(new)
                    else:
                        key = pending[-1]
                        if key is None or key in container:
                            raise _Unusual
                        container[key] = new
                        pending[-1] = None
                containers.append(new)
                pending.append(None)
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                containers.pop()
                pending.pop()
            elif cls is DocumentEndEvent:
                if get().__class__ is not StreamEndEvent:
                    raise _Unusual  # a second document
                return root
            else:  # an alias
                raise _Unusual
    except yaml.YAMLError:
        raise _Unusual from None
    finally:
        loader.dispose()


def parse(text: str, *, track_positions: bool = False, max_depth: int = MAX_DEPTH) -> Tree:
    """Read ``text`` into a :class:`Tree` of ``dict``, ``list`` and ``str``.

    Never raises for any text: problems come back in ``Tree.issues``. Structural problems
    (a tag, an anchor, a duplicate key) are all collected; a syntax error ends the reading, and
    so do refused characters in the text (all of them are reported, nothing is read).
    Without ``track_positions`` an ordinary text takes the fast reader (:func:`_fast`); a text
    with an escape that could stand for a refused character takes the careful one, which checks
    each double-quoted scalar.
    """
    refused = characters.in_file(text)
    if refused:
        issues = [YamlIssue("refused-character", message, Position(line, col)) for line, col, message in refused]
        return Tree(issues=issues, fatal=True)
    escapes = characters.may_escape(text)
    if not track_positions and not escapes and text.strip():
        try:
            return Tree(data=_fast(text, max_depth))
        except _Unusual:
            pass
    tree = Tree()
    issues = tree.issues
    values = tree.values
    keys = tree.keys
    # Each open container: [container, pending key or None, path, key positions of this mapping]
    stack: list[list] = []
    documents = 0
    root: object = None
    last_scalar = None  # the latest scalar event, to explain a syntax error that follows it

    def attach(value: object, event, path: Path) -> None:
        """Put ``value`` into the open container (or make it the root)."""
        nonlocal root
        if not stack:
            root = value
            return
        top = stack[-1]
        container = top[0]
        if type(container) is list:
            container.append(value)
            return
        key = top[1]
        top[1] = None
        if key in container:
            first = top[3].get(key) if track_positions else None
            where = f" (first written at line {first.line})" if first else ""
            issues.append(
                YamlIssue("duplicate-key", f"duplicate key {key!r}{where}", _pos(event.start_mark), top[2] + (key,))
            )
            return
        container[key] = value

    def child_path(event) -> Path | None:
        """The path of the node that ``event`` starts, or ``None`` if it is a mapping key."""
        if not stack:
            return ()
        top = stack[-1]
        if type(top[0]) is list:
            return top[2] + (len(top[0]),)
        if top[1] is None:
            return None
        return top[2] + (top[1],)

    try:
        for event in yaml.parse(text, Loader=_Loader):
            cls = event.__class__
            if cls is ScalarEvent:
                last_scalar = event
                if event.tag is not None or event.anchor is not None:
                    _reject_decoration(event, issues, child_path(event) or ())
                value = event.value
                if escapes and event.style == '"':
                    path = child_path(event)
                    _reject_escaped(event, issues, stack[-1][2] + (value,) if path is None else path)
                if stack and type(stack[-1][0]) is dict and stack[-1][1] is None:
                    # A mapping key.
                    stack[-1][1] = value
                    if track_positions:
                        path = stack[-1][2] + (value,)
                        position = _pos(event.start_mark)
                        stack[-1][3].setdefault(value, position)
                        keys.setdefault(path, position)
                    continue
                if track_positions:
                    values.setdefault(child_path(event), _pos(event.start_mark))
                attach(value, event, child_path(event) or ())
            elif cls is MappingStartEvent or cls is SequenceStartEvent:
                path = child_path(event)
                if path is None:
                    issues.append(
                        YamlIssue(
                            "complex-key",
                            "a mapping key must be plain text, not a list or mapping",
                            _pos(event.start_mark),
                            stack[-1][2],
                        )
                    )
                    tree.fatal = True
                    return tree
                if event.tag is not None or event.anchor is not None:
                    _reject_decoration(event, issues, path)
                if len(stack) >= max_depth:
                    issues.append(
                        YamlIssue(
                            "too-deep",
                            f"nesting deeper than {max_depth} levels is not allowed",
                            _pos(event.start_mark),
                            path,
                        )
                    )
                    tree.fatal = True
                    return tree
                container: dict | list = {} if cls is MappingStartEvent else []
                if track_positions:
                    values.setdefault(path, _pos(event.start_mark))
                attach(container, event, path)
                stack.append([container, None, path, {}])
            elif cls is MappingEndEvent or cls is SequenceEndEvent:
                stack.pop()
            elif cls is AliasEvent:
                path = child_path(event)
                issues.append(
                    YamlIssue(
                        "yaml-alias",
                        f"aliases (*{event.anchor}) are not allowed: write the value out",
                        _pos(event.start_mark),
                        path or (),
                    )
                )
                if path is None:
                    stack[-1][1] = f"*{event.anchor}"
                else:
                    attach(None, event, path)
            elif cls is DocumentStartEvent:
                documents += 1
                if documents > 1:
                    issues.append(
                        YamlIssue(
                            "second-document",
                            "only one YAML document is allowed in a file (found a second '---')",
                            _pos(event.start_mark),
                        )
                    )
                    tree.fatal = True
                    return tree
    except yaml.MarkedYAMLError as err:
        issues.append(_describe_syntax_error(err, text, last_scalar))
        tree.fatal = True
        return tree
    except yaml.YAMLError as err:  # unmarked libyaml errors, e.g. a reader error
        issues.append(YamlIssue("yaml-syntax", f"YAML: {err}", Position(1, 1)))
        tree.fatal = True
        return tree
    except RecursionError:  # not expected from the event parser, but never a traceback
        issues.append(YamlIssue("too-deep", "the file is nested too deeply to read", Position(1, 1)))
        tree.fatal = True
        return tree
    tree.data = root
    return tree


def _reject_escaped(event, issues: list[YamlIssue], path: Path) -> None:
    """A refused character that an escape put into a double-quoted key or value."""
    problem = characters.in_value(event.value, verb="puts")
    if problem is not None:
        issues.append(
            YamlIssue("refused-escape", f"an escape in the quoted text {problem}", _pos(event.start_mark), path)
        )


def _reject_decoration(event, issues: list[YamlIssue], path: Path) -> None:
    if event.anchor is not None:
        issues.append(
            YamlIssue(
                "yaml-anchor",
                f"anchors (&{event.anchor}) are not allowed: write each value out",
                _pos(event.start_mark),
                path,
            )
        )
    if event.tag is not None:
        issues.append(
            YamlIssue(
                "yaml-tag",
                f"tags ({event.tag}) are not allowed: values are plain text",
                _pos(event.start_mark),
                path,
            )
        )
