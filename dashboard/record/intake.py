"""A new article in: its text and what it says about itself (title, publisher, date, language).

:func:`read_article` takes the bytes of a file the curator has — plain text, Markdown or a saved
web page — and returns an :class:`Article`. From HTML, ``trafilatura`` extracts the main text
(no menus, footers or comments) and the page's metadata: title, site name, and the publication
date that ``htmldate`` finds in it (only dates the page states: ``extensive_search`` is off, so
a date is never guessed from the text or the URL). The HTML is parsed, never rendered, and
nothing is fetched. From text and Markdown, a first ``# heading`` is the title, and a date
written in the first lines ("12. Mai 2025", "May 12, 2025", "12 maggio 2025", "2025-05-12") is
taken as the publication date, marked as found in the text. The language is told from the
text's most frequent small words (:func:`dashboard.record.candidates.detect_language`): an
article is long enough for that, and no model has to be installed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from dashboard.record import characters, lexicon
from dashboard.record.candidates import detect_language, fold_word
from dashboard.record.dates import PartialDate, When
from dashboard.record.documents import MAX_DOCUMENT_BYTES, DocumentError, check_url, read_source

MAX_BYTES = MAX_DOCUMENT_BYTES
"""A document larger than this is refused before it is read (a saved article is far smaller):
the one cap of every stored document, :data:`dashboard.record.documents.MAX_DOCUMENT_BYTES`."""


class IntakeError(ValueError):
    """The file can't be taken in as an article (too large, not text, no text in the page)."""


@dataclass(frozen=True)
class Article:
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
    """The article in ``data`` (a file called ``name``, which only hints at the format)."""
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
            from dashboard.record.dates import parse_date

            date = parse_date(f"{int(values['y']):04d}-{month:02d}-{int(values['d']):02d}")
        except ValueError:
            continue
        return When.exactly(date), f"found in the text: {match.group(0)!r}"
    return When(None, None), ""


# --- adding a source to the record ------------------------------------------------------------


@dataclass(frozen=True)
class AddedSource:
    """What :func:`add_source` did: ``status`` is ``added``, ``exists`` (the same text is already
    a source: ``source_id`` names it) or ``invalid`` (``problem`` says why; nothing kept)."""

    status: str
    source_id: str | None
    path: str | None
    article: Article | None = None
    problem: str | None = None


def stored_name(article: Article) -> str:
    """The file name a document is stored under in ``seeds/``: its content's hash (never the
    user's file name), so the same article twice is one file."""
    return f"{article.digest[:16]}.txt"


def add_source(
    record: Path,
    data: bytes,
    name: str = "",
    *,
    url: str | None = None,
    source_id: str | None = None,
    language: str | None = None,
    dry_run: bool = False,
    today=None,
    root: Path | None = None,
) -> AddedSource:
    """Store the article in ``data`` under ``seeds/`` and add its ``sources:`` entry to the record
    at ``record`` (an insertion, validated, atomic, under the record's lock). A stored document is
    never changed: a new one is created exclusively, and removed again if the record refuses the
    entry."""
    from dashboard.record.edits import LayoutError, NotValid, insert_records, slug
    from dashboard.record.load import project_root
    from dashboard.record.model import check_id
    from dashboard.record.yamltext import plain, quote

    root = root or project_root(Path(record))
    article = read_article(data, name)  # IntakeError: the caller reports it
    refused = characters.field_problems(
        [("the title", article.title), ("the publisher", article.publisher), ("the URL", url),
         ("the source id", source_id), ("the language", language)]
    )  # fmt: skip
    if refused:  # what no source prints goes into no record (dashboard.record.characters)
        return AddedSource("invalid", None, None, article, "; ".join(refused))
    language = language or article.language
    if language is None or not re.fullmatch(r"[a-z]{2,3}", language):
        return AddedSource("invalid", None, None, article, "can't tell the document's language: give it (e.g. de)")
    if url is not None:
        try:
            check_url(url)
        except ValueError as err:
            return AddedSource("invalid", None, None, article, str(err))
    if source_id is not None:
        try:
            check_id(source_id)
        except ValueError as err:
            return AddedSource("invalid", None, None, article, str(err))
    seeds = root / "seeds"
    same = [path for path in sorted(seeds.glob("*.txt")) if _digest_of(root, path) == article.digest]
    relative = f"seeds/{same[0].name if same else stored_name(article)}"
    outcome: dict[str, object] = {}

    def plan(document, _text: str) -> dict[str, str] | None:
        for sid, source in document.sources.items():
            if source.path == relative:
                outcome["exists"] = sid
                return None
        wanted = source_id or slug(article.title or "")[:48].rstrip("-") or f"source-{article.digest[:8]}"
        if source_id is not None and source_id in document.sources:
            outcome["problem"] = f"the source id {source_id!r} is already taken"
            return None
        new_id, number = wanted, 2
        while new_id in document.sources:
            new_id, number = f"{wanted}-{number}", number + 1
        outcome["id"] = new_id
        lines = [f"  {plain(new_id)}:", f"    path: {relative}"]
        lines += [f"    url: {quote(url)}"] if url else []
        lines += [f"    title: {quote(article.title)}"] if article.title else []
        lines += [f"    publisher: {quote(article.publisher)}"] if article.publisher else []
        lines += [f"    language: {language}"]
        if article.published.dating != "unknown":
            lines.append(f"    published: {quote(str(article.published))}")
        how = f"Publication date {article.published_how}." if article.published_how else "No publication date found."
        lines.append(f"    note: {quote('Added with add-source. ' + how)}")
        return {"sources": "\n".join(lines) + "\n"}

    created = None
    if not same and not dry_run:
        seeds.mkdir(parents=True, exist_ok=True)
        created = seeds / stored_name(article)
        try:
            out = open(created, "x", encoding="utf-8", newline="")  # never over a stored document  # noqa: SIM115
        except FileExistsError:  # not the same text (else it was found above): a FIFO, a link, another file
            problem = f"{relative} already exists and is not this text (or not a regular file): move it away first"
            return AddedSource("invalid", None, None, article, problem)
        with out:
            out.write(article.text)
    try:
        inserted = insert_records(record, plan, dry_run=dry_run, today=today, root=root)
    except (NotValid, LayoutError) as err:
        inserted, outcome["problem"] = None, str(err)
    except BaseException:
        if created is not None:
            created.unlink(missing_ok=True)
        raise
    if inserted is not None and inserted.result is not None:
        outcome["problem"] = "; ".join(problem.message for problem in inserted.result.errors[:5])
    if created is not None and not (inserted is not None and inserted.written):
        created.unlink(missing_ok=True)  # nothing refers to it: keep nothing
    if "exists" in outcome:
        return AddedSource("exists", str(outcome["exists"]), relative, article)
    if "problem" in outcome:
        return AddedSource("invalid", None, None, article, str(outcome["problem"]))
    return AddedSource("added" if not dry_run else "planned", str(outcome.get("id")), relative, article)


def _digest_of(root: Path, path: Path) -> str | None:
    """The digest of the stored document at ``path`` (as :attr:`Article.digest`), or ``None`` if
    it is not one that can be read: a FIFO, a device, a link out of ``seeds/``, a file over the
    cap or not UTF-8 is never the same article, and is not opened (or not read) to find out."""
    try:
        return hashlib.sha256(read_source(root, f"seeds/{path.name}").encode("utf-8")).hexdigest()
    except DocumentError:
        return None
