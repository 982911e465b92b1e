"""Adding an article to the record: ``python -m dashboard add-source`` and the Add a source page.

The article is read by :func:`dashboard.articles.intake.read_article`; here it is stored under
``seeds/`` (named by its content's hash, never by the user) and its ``sources:`` entry inserted
into the record through the locked, validated, atomic insertion of :mod:`dashboard.edit.saving`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from dashboard.articles.intake import Article, read_article
from dashboard.edit import atomic, ids
from dashboard.edit.saving import NotValid, Refusal, insert_records
from dashboard.edit.writer import record_yaml
from dashboard.record import characters
from dashboard.record.documents import DocumentError, check_url, read_source
from dashboard.record.load import project_root
from dashboard.record.model import Document, check_id


@dataclass(frozen=True)
class AddedSource:
    """What :func:`add_source` did: ``status`` is ``added``, ``planned`` (a dry run that would add
    it), ``exists`` (the same text is already a source: ``source_id`` names it) or ``invalid``
    (``problem`` says why; nothing kept)."""

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
    into: str | None = None,
) -> AddedSource:
    """Store the article in ``data`` under ``seeds/`` and add its ``sources:`` entry to the record
    at ``record`` (an insertion, validated, atomic, under the record's lock:
    :func:`dashboard.edit.saving.insert_records`). A stored document is never changed: a new one
    is created whole and only under a free name (:func:`dashboard.edit.atomic.create_new`), and
    removed again if the record refuses the entry. ``into``: the file of a folder record the
    entry goes into (default: the rule of :mod:`dashboard.edit.folder`)."""
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
    outcome: dict[str, str] = {}

    def plan(document: Document, _text: str) -> dict[str, str] | Refusal | None:
        for sid, source in document.sources.items():
            if source.path == relative:
                outcome["exists"] = sid
                return None
        if source_id is not None and source_id in document.sources:
            return Refusal((f"the source id {source_id!r} is already taken",))
        fallback = f"source-{article.digest[:8]}"
        new_id = source_id or ids.allocate(article.title or "", document.sources, fallback=fallback,
                                           length=ids.SOURCE_ID_LENGTH)  # fmt: skip
        outcome["id"] = new_id
        how = f"Publication date {article.published_how}." if article.published_how else "No publication date found."
        entry = {"id": new_id, "path": relative, "url": url, "title": article.title, "publisher": article.publisher,
                 "language": language, "published": None if article.published.dating == "unknown" else
                 str(article.published), "note": "Added with add-source. " + how}  # fmt: skip
        return {"sources": record_yaml("sources", entry)}

    created = None
    if not same and not dry_run:
        seeds.mkdir(parents=True, exist_ok=True)
        created = seeds / stored_name(article)
        try:
            atomic.create_new(created, article.text.encode("utf-8"))  # never over a stored document
        except FileExistsError:  # not the same text (else it was found above): a FIFO, a link, another file
            problem = f"{relative} already exists and is not this text (or not a regular file): move it away first"
            return AddedSource("invalid", None, None, article, problem)
    try:
        inserted = insert_records(record, plan, dry_run=dry_run, today=today, root=root, into=into)
    except NotValid as err:
        inserted, outcome["problem"] = None, str(err)
    except BaseException:
        if created is not None:
            created.unlink(missing_ok=True)
        raise
    if inserted is not None and inserted.status == "refused":
        outcome["problem"] = "; ".join(inserted.problems)
    if inserted is not None and inserted.result is not None:
        outcome["problem"] = "; ".join(problem.message for problem in inserted.result.errors[:5])
    if created is not None and not (inserted is not None and inserted.written):
        created.unlink(missing_ok=True)  # nothing refers to it: keep nothing
    if "exists" in outcome:
        return AddedSource("exists", outcome["exists"], relative, article)
    if "problem" in outcome:
        return AddedSource("invalid", None, None, article, outcome["problem"])
    return AddedSource("added" if not dry_run else "planned", outcome.get("id"), relative, article)


def _digest_of(root: Path, path: Path) -> str | None:
    """The digest of the stored document at ``path`` (as :attr:`Article.digest`), or ``None`` if
    it is not one that can be read: a FIFO, a device, a link out of ``seeds/``, a file over the
    cap or not UTF-8 is never the same article, and is not opened (or not read) to find out."""
    try:
        return hashlib.sha256(read_source(root, f"seeds/{path.name}").encode("utf-8")).hexdigest()
    except DocumentError:
        return None
