"""The characters record text may not hold: one rule for the YAML file and every way into it.

The record is text that people read: on the pages, in the report, in an editor, in a terminal.
A character that no news source prints but that can hide, reorder or rewrite what a reader sees
has no business in it. Refused:

* **C0 controls** U+0000–U+001F, except TAB (U+0009) and LINE FEED (U+000A): quotes and notes are
  block scalars that span lines, and a tab is harmless text. CARRIAGE RETURN (U+000D) is allowed
  in the file only as part of a Windows line end (CR LF); YAML turns every line end into a line
  feed, so a value never holds one, and one that does (written as the escape ``\\r``) is refused.
* **DELETE** U+007F and the **C1 controls** U+0080–U+009F, NEXT LINE (NEL, U+0085) among them.
* **LINE SEPARATOR** U+2028 and **PARAGRAPH SEPARATOR** U+2029. YAML 1.1 (libyaml) reads them,
  like NEL, as line breaks and folds them into spaces, while editors, JSON and terminals do not:
  the same bytes would mean two things, and a value would change on the way in without a word.
  They are refused rather than kept: a line break is written as a line break.
* **Bidirectional embeddings, overrides and isolates**: U+202A–U+202E (LRE, RLE, PDF, LRO, RLO)
  and U+2066–U+2069 (LRI, RLI, FSI, PDI). They reorder how everything after them is shown, so a
  name reads backwards on a page and in the report ("Trojan Source", CVE-2021-42574).
* **Lone surrogates** U+D800–U+DFFF: halves of a character, not characters. A UTF-8 file can't
  hold one, but JSON can (``"\\ud800"``), and nothing could write it back out.

Kept on purpose: the directional *marks* LRM (U+200E), RLM (U+200F) and ALM (U+061C). They are
invisible letters with a direction and reorder no run of text (at most the punctuation next to
them); Arabic and Hebrew pages print them, so quotes from such sources must keep them. Other
invisible characters that belong to scripts (zero-width joiner and non-joiner, soft hyphen) and
no-break spaces are kept too.

Where the rule is applied: :func:`dashboard.record.yamltree.parse` reports each refused character
of a record file with its line and column (:func:`in_file`), and each one a double-quoted escape
(``"\\e"``, ``"\\u202e"``) puts into a value (:func:`in_value`); the writers (``add-move`` and the
Add page in :mod:`dashboard.edit.checks`, ``import`` in :mod:`dashboard.edit.importing`,
``add-source`` in :mod:`dashboard.edit.sources`) check their input with :func:`field_problems`
and refuse it with a message before anything is written.
Messages name a character by its code point and name (:func:`describe`, "U+202E RIGHT-TO-LEFT
OVERRIDE"), never by the character itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_OTHERS = "\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff"
REFUSED = re.compile(f"[\x00-\x08\x0b-\x1f{_OTHERS}]")
"""A character refused in a value (a line feed and a tab are fine; a carriage return is not)."""
_REFUSED_IN_FILE = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f{_OTHERS}]")
"""The same for a whole file, where a carriage return may end a line (lone ones are found apart)."""
_LONE_CR = re.compile(r"\r(?!\n)")
_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\[0abvfreNLPxuU]")
"""A double-quoted escape that could stand for a refused character (an escaped backslash first
does not count); escapes of a tab or a line feed, and plain text, can't."""

MAX_REPORTED = 50
"""Refused characters reported per file; a file full of them gets a count of the rest."""

_C0 = ("NULL", "START OF HEADING", "START OF TEXT", "END OF TEXT", "END OF TRANSMISSION", "ENQUIRY",
       "ACKNOWLEDGE", "BELL", "BACKSPACE", "CHARACTER TABULATION", "LINE FEED", "LINE TABULATION", "FORM FEED",
       "CARRIAGE RETURN", "SHIFT OUT", "SHIFT IN", "DATA LINK ESCAPE", "DEVICE CONTROL ONE", "DEVICE CONTROL TWO",
       "DEVICE CONTROL THREE", "DEVICE CONTROL FOUR", "NEGATIVE ACKNOWLEDGE", "SYNCHRONOUS IDLE",
       "END OF TRANSMISSION BLOCK", "CANCEL", "END OF MEDIUM", "SUBSTITUTE", "ESCAPE", "FILE SEPARATOR",
       "GROUP SEPARATOR", "RECORD SEPARATOR", "UNIT SEPARATOR")  # fmt: skip
_SPECIAL = {0x7F: "DELETE", 0x85: "NEXT LINE (NEL)", 0x9B: "CONTROL SEQUENCE INTRODUCER"}


def describe(char: str) -> str:
    """A character as a message shows it: ``U+202E RIGHT-TO-LEFT OVERRIDE``, never the character."""
    code = ord(char)
    if code < 0x20:
        name = _C0[code]
    elif code in _SPECIAL:
        name = _SPECIAL[code]
    elif 0x80 <= code <= 0x9F:
        name = "C1 CONTROL CHARACTER"
    elif 0xD800 <= code <= 0xDFFF:
        name = "(a lone surrogate)"
    else:
        name = unicodedata.name(char, "")
    return f"U+{code:04X} {name}".rstrip()


def _why(char: str) -> str:
    code = ord(char)
    if code in (0x85, 0x2028, 0x2029):
        return "YAML reads it as a line break, editors don't: write an ordinary line break or a space"
    if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069:
        return "it reorders how the text after it is shown (a name can read backwards): delete it"
    if 0xD800 <= code <= 0xDFFF:
        return "half of a character, so the text was damaged on the way: write the character again"
    if code == 0x0D:
        return "a carriage return, which YAML reads as a line break: end lines with a line feed (or CR LF)"
    return "a control character, which no source prints: delete it"


def explain(char: str) -> str:
    """Why ``char`` is refused, naming it: ``U+001B ESCAPE: a control character, which ...``."""
    return f"{describe(char)}: {_why(char)}"


def in_file(text: str) -> list[tuple[int, int, str]]:
    """``(line, column, message)`` of each refused character of a record file's ``text`` (1-based;
    columns count characters, as YAML's do), at most :data:`MAX_REPORTED` and then one more
    entry that counts the rest. Empty for an ordinary file, found in one pass at C speed."""
    found = [(match.start(), match.group()) for match in _REFUSED_IN_FILE.finditer(text)]
    if "\r" in text:
        found += [(match.start(), "\r") for match in _LONE_CR.finditer(text)]
        found.sort()
    if not found:
        return []
    out, line, previous = [], 1, 0
    for index, char in found[:MAX_REPORTED]:
        line += text.count("\n", previous, index)  # counted on from the previous one: one pass in all
        previous = index
        column = index - (text.rfind("\n", 0, index) + 1) + 1
        what = "U+000D CARRIAGE RETURN without a line feed after it" if char == "\r" else describe(char)
        out.append((line, column, f"{what} is not allowed in the record: {_why(char)}"))
    if len(found) > MAX_REPORTED:
        line, column, _ = out[-1]
        out.append((line, column, f"... and {len(found) - MAX_REPORTED} more such characters after this one"))
    return out


def may_escape(text: str) -> bool:
    """Whether ``text`` holds an escape (``\\e``, ``\\x1b``, ``\\u202e`` ...) that, in a
    double-quoted scalar, could put a refused character into a value (then each double-quoted
    value is checked with :func:`in_value`; an ordinary file holds none and skips that)."""
    return "\\" in text and _ESCAPE.search(text) is not None


def in_value(value: str, *, verb: str = "holds") -> str | None:
    """Why ``value`` is refused (``holds U+001B ESCAPE (character 3): ...``), or ``None``."""
    match = REFUSED.search(value)
    if match is None:
        return None
    more = len(REFUSED.findall(value)) - 1
    also = f" and {more} more such character{'s' if more > 1 else ''}" if more else ""
    return f"{verb} {describe(match.group())} (character {match.start() + 1}){also}: {_why(match.group())}"


def visible(text: str) -> str:
    """``text`` with each refused character shown as its code point in brackets (``[U+202E]``),
    for a line of a record shown beside its error."""
    return REFUSED.sub(lambda match: f"[U+{ord(match.group()):04X}]", text)


def field_problems(fields: Iterable[tuple[str, object]]) -> list[str]:
    """``'role' holds U+001B ESCAPE (character 3): ...`` for each named text that breaks the rule
    (values that are not text are skipped: the caller checks types)."""
    found = []
    for label, value in fields:
        if isinstance(value, str):
            problem = in_value(value)
            if problem is not None:
                found.append(f"{label} {problem}")
    return found
