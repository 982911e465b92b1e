"""A new article in: its text and what it says about itself (title, publisher, date, language).

:func:`read_article` takes the bytes of a file the curator has — plain text, Markdown or a saved
web page — and returns an :class:`Article`. From HTML, ``trafilatura`` extracts the main text
(no menus, footers or comments) and the page's metadata: title, site name, and the publication
date that ``htmldate`` finds in it (only dates the page states: ``extensive_search`` is off, so
a date is never guessed from the text or the URL). The HTML is parsed, never rendered, and
nothing is fetched. From text and Markdown, a first ``# heading`` is the title, and a date
written in the first lines ("12. Mai 2025", "May 12, 2025", "12 maggio 2025", "2025-05-12") is
taken as the publication date, marked as found in the text. The language is told from the
text's most frequent small words (:func:`dashboard.articles.language.detect_language`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from dashboard.articles import lexicon
from dashboard.articles.language import detect_language
from dashboard.articles.words import fold_word
from dashboard.record.dates import PartialDate, When, parse_date
from dashboard.record.documents import MAX_DOCUMENT_BYTES

MAX_BYTES = MAX_DOCUMENT_BYTES
"""A document larger than this is refused before it is read (a saved article is far smaller):
the one cap of every stored document, :data:`dashboard.record.documents.MAX_DOCUMENT_BYTES`."""


class IntakeError(ValueError):
    """The file can't be taken in as an article (too large, not text, no text in the page)."""


@dataclass(frozen=True)
class Article:
    """An article taken in: its text as it will be stored, and what it says about itself."""

    text: str
    kind: str  # "html", "markdown" or "text"
    title: str | None
    publisher: str | None
    published: When
    published_how: str  # how the date was found, for the source's note ("" when unknown)
    language: str | None

    @property
    def digest(self) -> str:
        """The SHA-256 of the text as stored: the same article twice has the same digest."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def read_article(data: bytes, name: str = "") -> Article:
    """The article in ``data``, a file called ``name``: a web page if it looks like one or its name
    ends in ``.html``/``.htm``, else Markdown if its name ends in ``.md``/``.markdown`` or it opens
    with a ``# heading``, else plain text. Raises :class:`IntakeError` for what is not an article."""
    if len(data) > MAX_BYTES:
        raise IntakeError(f"the file is {len(data):,} bytes; at most {MAX_BYTES:,} are taken in")
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            raw = data.decode("cp1252") if _looks_like_html(data) else None
        except UnicodeDecodeError:
            raw = None
        if raw is None:
            raise IntakeError("the file is not UTF-8 text: save it as UTF-8 (or as a web page)") from None
    if "\x00" in raw:
        raise IntakeError("the file holds binary data, not text")
    if _looks_like_html(data) or name.lower().endswith((".html", ".htm")):
        return _from_html(raw)
    kind = "markdown" if name.lower().endswith((".md", ".markdown")) or re.match(r"\s*#\s", raw) else "text"
    text = raw.replace("\r\n", "\n").strip() + "\n"
    if not text.strip():
        raise IntakeError("the file is empty")
    title_match = re.match(r"\s*#\s+(.+)", text) if kind == "markdown" else None
    published, how = _date_in_text(text[:600])
    return Article(text, kind, title_match.group(1).strip() if title_match else None, None, published, how,
                   detect_language(text))  # fmt: skip


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html", b"<head", b"<meta")) or b"<body" in data[:20_000].lower()


def _from_html(html: str) -> Article:
    try:
        import trafilatura
    except ImportError:  # pragma: no cover - a dependency of the package
        raise IntakeError("reading web pages needs the trafilatura package (pip install -e .)") from None
    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )  # fmt: skip
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        raise IntakeError("no article text found in the page (is it a saved article?)")
    text = text.strip() + "\n"
    date = getattr(extracted, "date", None)
    published, how = When(None, None), ""
    if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        year, month, day = (int(part) for part in date.split("-"))
        published, how = When.exactly(PartialDate(year, month, day)), "found in the page's metadata"
    title = getattr(extracted, "title", None) or None
    publisher = getattr(extracted, "sitename", None) or getattr(extracted, "hostname", None) or None
    language = detect_language(text)
    return Article(text, "html", title, publisher, published, how, language)


_MONTH_NUMBERS = {fold_word(name): number + 1 for names in lexicon.MONTHS.values()
                  for number, name in enumerate(names)}  # fmt: skip
_MONTH_WORDS = "|".join(sorted({re.escape(name) for names in lexicon.MONTHS.values() for name in names}, key=len,
                               reverse=True))  # fmt: skip
_DATES = [
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), ("y", "m", "d")),
    (re.compile(rf"\b(\d{{1,2}})\.?\s+(?:de\s+)?({_MONTH_WORDS})\s+(?:de\s+)?(\d{{4}})\b", re.I), ("d", "name", "y")),
    (re.compile(rf"\b({_MONTH_WORDS})\s+(\d{{1,2}}),\s+(\d{{4}})\b", re.I), ("name", "d", "y")),
]


def _date_in_text(head: str) -> tuple[When, str]:
    """A date written in the first lines of a text, as a day; unknown if there is none."""
    for pattern, parts in _DATES:
        match = pattern.search(head)
        if not match:
            continue
        values = dict(zip(parts, match.groups(), strict=True))
        month = int(values["m"]) if "m" in values else _MONTH_NUMBERS.get(fold_word(values["name"]), 0)
        try:
            date = parse_date(f"{int(values['y']):04d}-{month:02d}-{int(values['d']):02d}")
        except ValueError:
            continue
        return When.exactly(date), f"found in the text: {match.group(0)!r}"
    return When(None, None), ""
