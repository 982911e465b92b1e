"""Reading articles: ``candidates`` lists the sentences of a source (or a file) that probably
state a move or a stay, as candidates to confirm."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dashboard.cli.common import EXIT_OK, EXIT_USAGE, load_or_say, record_options


def cmd_candidates(args) -> int:
    """List the sentences of a source that probably state a move (dashboard.articles.candidates)."""
    from dashboard.articles.candidates import Reader
    from dashboard.record.dates import When

    result, code = load_or_say(args)
    if code is not None:
        return code
    document = result.dataset.document
    source = document.sources.get(args.source)
    language, published = None, When(None, None)
    if source is not None:
        if source.path is None:
            print(f"source {args.source!r} has no stored document (a web address or a report known by name): "
                  "nothing to read", file=sys.stderr)  # fmt: skip
            return EXIT_USAGE
        from dashboard.record.documents import DocumentError, read_document, resolve_source_path

        try:
            text = read_document(resolve_source_path(result.dataset.root, source.path))
        except DocumentError as err:
            print(f"{source.path}: error: {err}", file=sys.stderr)
            return EXIT_USAGE
        language, published = source.language, source.published
    else:
        file = Path(args.source)
        if not file.is_file():
            known = ", ".join(sorted(document.sources)[:8])
            print(f"{args.source}: error: neither a source id of the record ({known} ...) nor a file", file=sys.stderr)
            return EXIT_USAGE
        from dashboard.articles.intake import IntakeError, read_article

        try:
            article = read_article(file.read_bytes(), file.name)
        except IntakeError as err:
            print(f"{file}: error: {err}", file=sys.stderr)
            return EXIT_USAGE
        text, language, published = article.text, article.language, article.published
    found = Reader(document).read(text, language=language, published=published)
    if args.format == "json":
        print(json.dumps([candidate.as_json() for candidate in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    for number, candidate in enumerate(found, 1):
        who = candidate.who()
        known = " (new)" if candidate.person and not candidate.person_id else ""
        origin = candidate.from_ or "?"
        destination = candidate.to or "?"
        print(f"{number}. {who}{known}: {origin} -> {destination} · {candidate.kind} · {candidate.date} "
              f"({candidate.date_kind}) · {candidate.certainty} · confidence {candidate.confidence:.2f}"
              + (f" · restates {candidate.existing_move}" if candidate.existing_move else ""))  # fmt: skip
        print(f"   found by {candidate.why()}")
        print(f"   “{' '.join(candidate.quote.split())}”")
    if not found:
        print("no candidates: no sentence names a person or group with a move and an organisation")
    return EXIT_OK


def register(commands) -> None:
    candidates = commands.add_parser(
        "candidates",
        help="list the sentences of a source that probably state a move, as candidates to confirm",
        description="Read a source of the record (by id) or a text, Markdown or HTML file for sentences that "
        "probably state a move or a stay: one candidate per person or group, with the verbatim quote, the known "
        "person and organisations (ids) or new names, a date hint, certainty and the recorded move it restates.",
    )
    candidates.add_argument("source", metavar="SOURCE", help="a source id of the record, or a file")
    record_options(candidates)
    candidates.add_argument("--format", choices=["text", "json"], default="text")
    candidates.set_defaults(run=cmd_candidates)
