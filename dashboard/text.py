"""Showing text from the record safely: it is always text, never markup.

Names, roles and quotes are typed by hand, imported from spreadsheets or pasted from web pages.
Streamlit renders Markdown (with its own directives such as ``:red[...]`` and ``$math$``) in
``st.markdown``, captions, alerts, headers, expander and tab labels, button labels and the options
of radios, pills and segmented controls; plotly renders a subset of HTML in labels and hover text.
So data shown through either is escaped first, here and nowhere else: a name like
``<img src=x onerror=alert(1)>``, ``![x](http://host/img.png)`` or ``[click](javascript:...)``
appears literally, fetches nothing and links nowhere.

Escaping alone is not enough for web addresses: Streamlit's Markdown (remark-gfm) turns any
``http://…``, ``www.…`` or ``name@host.tld`` in the *rendered* text into a link, backslashes or
not, so :func:`md` shows such a run as inline code: literal, copyable, and never a link.
(Selectboxes and multiselects show their options as plain text, so they need no escaping.)
"""

from __future__ import annotations

import re
import unicodedata

_TERMINAL_CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]|\r(?!\n)"
)
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$:=^&])")
_LINKISH = re.compile(r"(?:https?://|www\.)\S*|\S*@[^\s.@]*\.\S*", re.IGNORECASE)
"""A run remark-gfm would turn into a link: a web address or something shaped like an e-mail
address (from the start of its word to the next space)."""
_BACKTICKS = re.compile(r"`+")


def _code_span(text: str) -> str:
    """``text`` as a Markdown code span: fenced by more backticks than it holds in a row, with
    a space inside the fence where it begins or ends with a backtick (CommonMark strips one)."""
    fence = "`" * (max((len(run) for run in _BACKTICKS.findall(text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md(text: object) -> str:
    """``text`` escaped for Streamlit's Markdown (``st.markdown``, captions, alerts, headers and
    widget labels): every Markdown and Streamlit-directive character gets a backslash, web and
    e-mail addresses become inline code (never links), and line breaks stay line breaks."""
    text = str(text)
    pieces, last = [], 0
    for found in _LINKISH.finditer(text):
        pieces.append(_MARKDOWN_SPECIAL.sub(r"\\\1", text[last : found.start()]))
        pieces.append(_code_span(found.group()))
        last = found.end()
    pieces.append(_MARKDOWN_SPECIAL.sub(r"\\\1", text[last:]))
    return "".join(pieces).replace("\n", "  \n")


def plotly_text(text: object) -> str:
    """``text`` escaped for plotly labels and hover text (which understand a few HTML tags)."""
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def wrap(text: str, width: int = 80, limit: int = 600) -> str:
    """``text`` shortened to ``limit`` characters and broken into ``<br>``-separated lines of
    about ``width`` characters, for plotly hover boxes. Escapes the text first."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    lines, current = [], ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "<br>".join(plotly_text(line) for line in lines)


def highlight_segments(text: str, quotes: list[str]) -> list[tuple[str, bool]]:
    """Split ``text`` into ``(piece, is_quoted)`` segments, marking where each quote occurs.

    Quotes are located the way the validator finds them (NFC, whitespace ignored), so a quote
    that spans a line break or a glued sentence is still marked. Returns the NFC form of text.
    """
    text = unicodedata.normalize("NFC", text)
    positions = [index for index, char in enumerate(text) if not char.isspace()]
    compact = "".join(text[index] for index in positions)
    marked = [False] * len(text)
    for quote in quotes:
        needle = "".join(unicodedata.normalize("NFC", quote).split())
        if not needle:
            continue
        start = compact.find(needle)
        while start != -1:
            first, last = positions[start], positions[start + len(needle) - 1]
            for index in range(first, last + 1):
                marked[index] = True
            start = compact.find(needle, start + 1)
    segments: list[tuple[str, bool]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or marked[index] != marked[start]:
            segments.append((text[start:index], marked[start]))
            start = index
    return segments


def terminal(text: str) -> str:
    """``text`` safe to print on a terminal: every character a terminal would act on, shown as an
    escape instead — ``\\u001b`` for ESC — so a name can't clear a line, move the cursor, set the
    window title or reorder what follows it. The one rule for everything the command line prints
    (:func:`dashboard.cli.main` sends standard output and standard error through it).

    Shown as ``\\uXXXX``: the C0 controls but line feed and tab (so ESC, BEL, backspace, NUL ...);
    a carriage return not followed by a line feed (a CR before an LF ends a line, as CSV rows end,
    and can't overwrite anything); DEL; the C1 controls U+0080–U+009F (U+009B is a one-character
    ESC [); the bidirectional controls U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069;
    and lone surrogates (bytes of a file name or an argument that were not UTF-8, which Python
    would write back raw: 0x9B is a C1 CSI to some terminals). The form is JSON's own escape, so
    JSON printed with raw characters stays valid and reads back the same text; a backslash
    already in the text is left as it is.
    """
    return _TERMINAL_CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def hover_text(title: str, when: str, evidence: list[dict]) -> str:
    """A record's hover text: bold title, its date in words, its first quote and source."""
    first = evidence[0] if evidence else {"quote": "", "source": ""}
    more = f"<br>(+{len(evidence) - 1} more source{'s' if len(evidence) > 2 else ''})" if len(evidence) > 1 else ""
    quote = f"“{wrap(first['quote'])}”<br><i>{wrap(first['source'])}</i>{more}"
    return f"<b>{wrap(title)}</b><br>{wrap(when)}<br><br>{quote}"
