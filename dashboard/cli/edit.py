"""Changing the record: ``init`` (a new, empty project), ``add-move`` (one move as JSON),
``import`` (positions from a CSV file) and ``add-source`` (an article stored under ``seeds/`` with
its ``sources:`` entry). Each goes through the locked, validated, atomic insertion of
:mod:`dashboard.edit`.

Every line these commands write to standard error starts with the command's name
(``import: data/events.yaml: error: ...``), the GNU form editors still link to: a message from
deep inside an edit says which command it stopped.
"""

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


def say(command: str, message: str) -> None:
    """``message`` on standard error, after the command's name."""
    print(f"{command}: {message}", file=sys.stderr)


def cmd_init(args) -> int:
    """Start a new project: an empty record with every section, its schema, and ``seeds/``."""
    from dashboard.edit import project

    folder = Path(args.folder)
    try:
        created = project.init_project(folder)
    except project.RecordExists as err:
        say("init", f"error: {err}; nothing written")
        return EXIT_EXISTS
    except OSError as err:
        say("init", f"{folder}: error: {err.strerror or err}" + (f": {err.filename}" if err.filename else ""))
        return EXIT_USAGE
    print(created.record)
    if created.schema is None:
        say("init", f"{folder / project.SCHEMA}: kept the schema that was there")
    say("init", f"a new record with every section empty; add sources with add-source, moves with add-move, "
        f"positions with import (--data {created.record})")  # fmt: skip
    return EXIT_OK


def cmd_add_move(args) -> int:
    """Add one move, read as JSON from standard input, through the Add page's save path; a move
    already recorded gets the evidence it lacks."""
    from dashboard.edit import drafts, saving

    path = Path(args.data)
    if not path.is_file() and not path.is_dir():
        say("add-move", f"{path}: error: no such file")
        return EXIT_USAGE
    stdin = getattr(sys.stdin, "buffer", None)  # bytes, so no locale's decoding turns bad ones into a traceback
    try:
        raw = stdin.read().decode("utf-8-sig") if stdin is not None else sys.stdin.read()
    except UnicodeDecodeError as err:
        say("add-move", f"<stdin>: error: not UTF-8 text (byte {err.start})")
        return EXIT_INVALID
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        say("add-move", f"<stdin>:{err.lineno}:{err.colno}: error: not JSON: {err.msg}")
        return EXIT_INVALID
    draft, problems = drafts.draft_from_json(data)
    if draft is None:
        for problem in problems:
            say("add-move", f"<stdin>: error: {problem}")
        return EXIT_INVALID
    try:
        saved = saving.save(path, draft, args.expect, today=args.today, root=args.root, merge=True, into=args.into)
    except saving.Conflict:
        found = saving.digest_of(path)
        say("add-move", f"{path}: conflict: the file's digest is {found}, not the expected {args.expect}")
        return EXIT_CONFLICT
    except atomic.Busy as err:
        say("add-move", f"{path}: conflict: {err}")
        return EXIT_CONFLICT
    if saved.status == "invalid":
        for problem in saved.problems:
            say("add-move", f"<stdin>: error: {problem}")
        if saved.result is not None:
            for problem in saved.result.errors:
                say("add-move", problem.format(saved.result.name))
            say("add-move", f"(line numbers are those of {path.name} with the move added; nothing was written)")
        return EXIT_INVALID
    print(f"{saved.move_id} {saved.digest}")
    if saved.status == "exists":
        say("add-move", f"{path}: {saved.move_id} is already in the record: nothing written (it cites this evidence)")
        return EXIT_EXISTS
    if saved.status == "merged":
        cited = ", ".join(item.source for item in saved.merged)
        count = len(saved.merged)
        say("add-move", f"{path}: {saved.move_id} was already recorded: added {count} "
            f"{'quotes' if count != 1 else 'quote'} ({cited}) to its evidence")  # fmt: skip
        for kept in saved.kept:
            say("add-move", f"{path}: {saved.move_id}: {kept}")
    return EXIT_OK


def cmd_import(args) -> int:
    """Import positions from a CSV file (``dashboard.edit.importing``) and report what it did."""
    from dashboard.edit import importing

    path, sheet = Path(args.data), Path(args.csv)
    data = read_input(path, sheet, importing.MAX_CSV_BYTES, command="import")
    if isinstance(data, int):
        return data
    try:
        rows = importing.read_rows(data)
    except importing.SpreadsheetError as err:
        say("import", f"{sheet}: error: {err}")
        return EXIT_USAGE
    try:
        report = importing.import_positions(
            path, rows, dry_run=args.dry_run, strict=args.strict, today=args.today, root=args.root, into=args.into
        )
    except importing.SpreadsheetError as err:
        say("import", f"{path}: error: {err}")
        return EXIT_INVALID
    except atomic.Changed:
        say("import", f"{path}: conflict: the file changed while the import was written; nothing written")
        return EXIT_CONFLICT
    except atomic.Busy as err:
        say("import", f"{path}: conflict: {err}")
        return EXIT_CONFLICT
    if args.format == "json":
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        for line in report.lines(str(sheet)):
            print(line)
        if args.dry_run:
            print("dry run: nothing written")
        elif (report.added or report.merged) and not report.written:
            print("nothing written")
    return EXIT_INVALID if report.refused or report.result is not None else EXIT_OK


def cmd_add_source(args) -> int:
    """Store an article under seeds/ and add its sources: entry (dashboard.articles.intake)."""
    from dashboard.articles.intake import MAX_BYTES, IntakeError
    from dashboard.edit.sources import add_source

    path, file = Path(args.data), Path(args.file)
    data = read_input(path, file, MAX_BYTES, command="add-source")
    if isinstance(data, int):
        return data
    try:
        added = add_source(path, data, file.name, url=args.url, source_id=args.id,
                           language=args.language, dry_run=args.dry_run, today=args.today, root=args.root,
                           into=args.into)  # fmt: skip
    except IntakeError as err:
        say("add-source", f"{file}: error: {err}")
        return EXIT_USAGE
    except atomic.Changed:
        say("add-source", f"{path}: conflict: the file changed while the source was added; nothing written")
        return EXIT_CONFLICT
    if added.status == "invalid":
        say("add-source", f"{file}: error: {added.problem}")
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
    say("add-source", " · ".join(facts))
    if added.status == "exists":
        say("add-source", f"{path}: the same text is already source {added.source_id}: nothing written")
        return EXIT_EXISTS
    if args.dry_run:
        say("add-source", "dry run: nothing written")
    return EXIT_OK


def into_option(sub) -> None:
    sub.add_argument(
        "--into",
        metavar="FILE",
        help="for a record kept in a folder: the file of the folder the new records go into (created if new; "
        "default: the first file holding the section, else the first file)",
    )


def register(commands) -> None:
    init = commands.add_parser(
        "init",
        help="start a new project: an empty record with every section, its schema and seeds/; exit 4 if a record is "
        "there",
        description="Write a new project into DIR: data/events.yaml with every section present and empty (the schema "
        "line at the top), data/events.schema.json for editors, and seeds/ for stored documents "
        "(docs/curating.md: 'Starting a new record'). An existing record is never replaced.",
    )
    init.add_argument("folder", metavar="DIR", nargs="?", default=".", help="the project's folder (default: here)")
    init.set_defaults(run=cmd_init)

    add_move = commands.add_parser(
        "add-move",
        help="add one move given as JSON on standard input; exit 0 saved (or new evidence added to the recorded "
        "move), 1 invalid, 3 conflict, 4 already there with this evidence",
        description="Add one move, read as a JSON object from standard input (docs/curating.md, 'add-move'), "
        "with the Add page's checks and locked, atomic save. A move already recorded (the same id, person, "
        "origin, destination and date) gets the input's evidence it does not cite yet. Prints the move's id and "
        "the file's new SHA-256 digest.",
    )
    record_options(add_move)
    into_option(add_move)
    add_move.add_argument(
        "--expect",
        metavar="DIGEST",
        help="refuse (exit 3) unless the file's SHA-256 is DIGEST (sha256sum prints it; for a folder record, the "
        "digest add-move printed last)",
    )
    add_move.set_defaults(run=cmd_add_move)

    importer = commands.add_parser(
        "import",
        help="import positions from a CSV file; exit 0 all imported (or already recorded), 1 a row refused, "
        "2 unreadable",
        description="Add positions from a CSV file with the columns person, organisation, role, start, end, "
        "source (a source id, a path a source has, or an http(s) address), quote and translation "
        "(docs/curating.md: 'import'). People and organisations are matched by name and alias; the rest are "
        "added. A row for a recorded position adds its source and quote to that position's evidence; a bad row "
        "is refused alone, with its line and reason. Inserted as text, validated, written atomically under the "
        "record's lock.",
    )
    importer.add_argument("csv", metavar="CSV", help="the spreadsheet, saved as CSV (UTF-8)")
    record_options(importer)
    into_option(importer)
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
    into_option(add_source)
    add_source.add_argument("--url", help="where the article was published (http or https)")
    add_source.add_argument("--id", help="the source id (default: from the title)")
    add_source.add_argument("--language", help="ISO 639 code, when the text doesn't tell (e.g. de)")
    add_source.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    add_source.set_defaults(run=cmd_add_source)
