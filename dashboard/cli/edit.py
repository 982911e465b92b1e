"""Changing the record: ``add-move`` (one move as JSON), ``import`` (positions from a CSV file) and
``add-source`` (an article stored under ``seeds/`` with its ``sources:`` entry). Each goes through
the locked, validated, atomic insertion of :mod:`dashboard.edit`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dashboard.cli.common import (
    EXIT_CONFLICT,
    EXIT_EXISTS,
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    read_input,
    record_options,
)
from dashboard.edit import atomic


def cmd_add_move(args) -> int:
    """Add one move, read as JSON from standard input, through the Add page's save path."""
    from dashboard.edit import drafts, saving

    path = Path(args.data)
    if not path.is_file():
        print(f"{path}: error: no such file", file=sys.stderr)
        return EXIT_USAGE
    stdin = getattr(sys.stdin, "buffer", None)  # bytes, so no locale's decoding turns bad ones into a traceback
    try:
        raw = stdin.read().decode("utf-8-sig") if stdin is not None else sys.stdin.read()
    except UnicodeDecodeError as err:
        print(f"<stdin>: error: not UTF-8 text (byte {err.start})", file=sys.stderr)
        return EXIT_INVALID
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        print(f"<stdin>:{err.lineno}:{err.colno}: error: not JSON: {err.msg}", file=sys.stderr)
        return EXIT_INVALID
    draft, problems = drafts.draft_from_json(data)
    if draft is None:
        for problem in problems:
            print(f"<stdin>: error: {problem}", file=sys.stderr)
        return EXIT_INVALID
    try:
        saved = saving.save(path, draft, args.expect, today=args.today, root=args.root)
    except saving.Conflict:
        found = saving.digest(path.read_bytes())
        print(f"{path}: conflict: the file's digest is {found}, not the expected {args.expect}", file=sys.stderr)
        return EXIT_CONFLICT
    except atomic.Busy as err:
        print(f"{path}: conflict: {err}", file=sys.stderr)
        return EXIT_CONFLICT
    if saved.status == "invalid":
        for problem in saved.problems:
            print(f"<stdin>: error: {problem}", file=sys.stderr)
        if saved.result is not None:
            for problem in saved.result.errors:
                print(problem.format(saved.result.name), file=sys.stderr)
            print(f"(line numbers are those of {path.name} with the move added; nothing was written)", file=sys.stderr)
        return EXIT_INVALID
    print(f"{saved.move_id} {saved.digest}")
    if saved.status == "exists":
        print(f"{path}: {saved.move_id} is already in the record: nothing written", file=sys.stderr)
        return EXIT_EXISTS
    return EXIT_OK


def cmd_import(args) -> int:
    """Import positions from a CSV file (``dashboard.edit.importing``) and report what it did."""
    from dashboard.edit import importing

    path, sheet = Path(args.data), Path(args.csv)
    data = read_input(path, sheet, importing.MAX_CSV_BYTES)
    if isinstance(data, int):
        return data
    try:
        rows = importing.read_rows(data)
    except importing.SpreadsheetError as err:
        print(f"{sheet}: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = importing.import_positions(
            path, rows, dry_run=args.dry_run, strict=args.strict, today=args.today, root=args.root
        )
    except importing.SpreadsheetError as err:
        print(f"{path}: error: {err}", file=sys.stderr)
        return EXIT_INVALID
    except atomic.Changed:
        print(f"{path}: conflict: the file changed while the import was written; nothing written", file=sys.stderr)
        return EXIT_CONFLICT
    if args.format == "json":
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        for line in report.lines(str(sheet)):
            print(line)
        if args.dry_run:
            print("dry run: nothing written")
        elif report.added and not report.written:
            print("nothing written")
    return EXIT_INVALID if report.refused or report.result is not None else EXIT_OK


def cmd_add_source(args) -> int:
    """Store an article under seeds/ and add its sources: entry (dashboard.articles.intake)."""
    from dashboard.articles.intake import MAX_BYTES, IntakeError
    from dashboard.edit.sources import add_source

    path, file = Path(args.data), Path(args.file)
    data = read_input(path, file, MAX_BYTES)
    if isinstance(data, int):
        return data
    try:
        added = add_source(path, data, file.name, url=args.url, source_id=args.id,
                           language=args.language, dry_run=args.dry_run, today=args.today, root=args.root)  # fmt: skip
    except IntakeError as err:
        print(f"{file}: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except atomic.Changed:
        print(f"{path}: conflict: the file changed while the source was added; nothing written", file=sys.stderr)
        return EXIT_CONFLICT
    if added.status == "invalid":
        print(f"{file}: error: {added.problem}", file=sys.stderr)
        return EXIT_INVALID
    article = added.article
    print(f"{added.source_id} {added.path}")
    facts = [
        f"{article.kind}",
        f"language {args.language or article.language}",
        f"published {article.published}" + (f" ({article.published_how})" if article.published_how else ""),
    ]
    if article.title:
        facts.insert(0, f"title {article.title!r}")
    print("  " + " · ".join(facts), file=sys.stderr)  # fmt: skip
    if added.status == "exists":
        print(f"{path}: the same text is already source {added.source_id}: nothing written", file=sys.stderr)
        return EXIT_EXISTS
    if args.dry_run:
        print("dry run: nothing written", file=sys.stderr)
    return EXIT_OK


def register(commands) -> None:
    add_move = commands.add_parser(
        "add-move",
        help="add one move given as JSON on standard input; exit 0 saved, 1 invalid, 3 conflict, 4 already there",
        description="Add one move, read as a JSON object from standard input (docs/curating.md, 'add-move'), "
        "with the Add page's checks and locked, atomic save. Prints the move's id and the file's "
        "new SHA-256 digest.",
    )
    record_options(add_move)
    add_move.add_argument(
        "--expect", metavar="DIGEST", help="refuse (exit 3) unless the file's SHA-256 is DIGEST (sha256sum prints it)"
    )
    add_move.set_defaults(run=cmd_add_move)

    importer = commands.add_parser(
        "import",
        help="import positions from a CSV file; exit 0 all imported, 1 a row refused, 2 unreadable",
        description="Add positions from a CSV file with the columns person, organisation, role, start, end, "
        "source (a source id, a path a source has, or an http(s) address), quote and translation "
        "(docs/curating.md: 'import'). People and organisations are matched by name and alias; the rest are "
        "added. Inserted as text, validated, written atomically under the record's lock.",
    )
    importer.add_argument("csv", metavar="CSV", help="the spreadsheet, saved as CSV (UTF-8)")
    record_options(importer)
    importer.add_argument("--dry-run", action="store_true", help="report what would be imported; write nothing")
    importer.add_argument("--strict", action="store_true", help="write nothing if any row is refused")
    importer.add_argument("--format", choices=["text", "json"], default="text", help="how to print the report")
    importer.set_defaults(run=cmd_import)

    add_source = commands.add_parser(
        "add-source",
        help="store an article (text, Markdown or a saved web page) under seeds/ and add its source entry",
        description="Take in an article: from HTML its main text, title, publisher and publication date (as the "
        "page states them); its language from the text. The text is stored under seeds/ by its content's hash "
        "(the same article twice is recognised) and the sources: entry inserted (validated, atomic, locked). "
        "Prints the new source id and path; exit 4 if the text is already a source.",
    )
    add_source.add_argument("file", metavar="FILE", help="the article: .txt, .md or a saved .html page")
    record_options(add_source)
    add_source.add_argument("--url", help="where the article was published (http or https)")
    add_source.add_argument("--id", help="the source id (default: from the title)")
    add_source.add_argument("--language", help="ISO 639 code, when the text doesn't tell (e.g. de)")
    add_source.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    add_source.set_defaults(run=cmd_add_source)
