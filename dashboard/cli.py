"""Command line: ``python -m dashboard COMMAND`` (validate, export, schema, add-move, add-source, import,
candidates, report, synth, serve).

Exit codes: 0 success (the record is valid), 1 the record is invalid, 2 usage error or a file
that cannot be read; ``add-move`` also 3 (the file is not the expected version) and 4 (the move
is already there; ``add-source``: the text is already a source); ``import`` 1 when a row was
refused or the new file would not be valid.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from dashboard import config
from dashboard.record import atomic
from dashboard.record.load import LoadResult, load_file
from dashboard.record.problems import summary
from dashboard.text import terminal

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_CONFLICT, EXIT_EXISTS = 0, 1, 2, 3, 4


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a crash leaves either the old or the new file whole."""
    atomic.write_atomic(Path(path), text.encode("utf-8"))


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _load(args, out) -> tuple[LoadResult, int | None]:
    """Load ``args.data``; on failure print the errors and return the exit code."""
    path = Path(args.data)
    if not path.is_file():
        print(f"{path}: error: no such file", file=out)
        return LoadResult(str(path), None), EXIT_USAGE
    result = load_file(path, root=args.root, today=args.today)
    if result.ok:
        return result, None
    for problem in result.errors:
        print(problem.format(result.name), file=out)
    unreadable = not result.text and result.errors and not result.errors[0].line
    return result, EXIT_USAGE if unreadable else EXIT_INVALID


def _counts(result: LoadResult) -> dict[str, int]:
    document = result.dataset.document
    claims = sum(len(cohort.claims) for cohort in document.cohorts.values())
    return {
        "moves": len(document.moves),
        "stays": len(document.stays),
        "positions": len(document.positions),
        "cohort claims": claims,
        "people": len(document.people),
        "organisations": len(document.organizations),
        "sources": len(document.sources),
    }


def cmd_validate(args) -> int:
    """Validate each file given (the pre-commit hook passes several); the worst exit code wins."""
    worst = EXIT_OK
    for path in args.paths or [str(config.data_path())]:
        args.data = path
        result, code = _load(args, sys.stdout)
        if code == EXIT_USAGE:
            worst = max(worst, code)
            continue
        if result.warnings and not args.quiet:
            print("warnings:")
            for problem in result.warnings:
                print(problem.format(result.name))
        counts = _counts(result) if result.ok else None
        print(summary(result.name, len(result.errors), len(result.warnings), counts))
        worst = max(worst, EXIT_OK if result.ok else EXIT_INVALID)
    return worst


def cmd_export(args) -> int:
    from dashboard.analysis.export import to_csv, to_json

    if args.view is None and (args.query is not None or args.level is not None):
        print("error: --query and --level go with --view (moves, flows or net-flow)", file=sys.stderr)
        return EXIT_USAGE
    if args.view is not None and args.format in INTERCHANGE:
        print(f"error: --view gives json or csv, not {args.format}", file=sys.stderr)
        return EXIT_USAGE
    result, code = _load(args, sys.stderr)
    if code is not None:
        print(summary(result.name, len(result.errors), len(result.warnings)), file=sys.stderr)
        return code
    if args.view is not None:
        text = _view_text(result, args)
    elif args.format in INTERCHANGE:
        text = _interchange_text(result, args.format)
        if text is None:
            return EXIT_USAGE
    else:
        text = to_json(result.dataset) if args.format == "json" else to_csv(result.dataset)
    if args.output:
        write_atomic(Path(args.output), text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


INTERCHANGE = ("quickstatements", "ftm", "popolo")
"""Formats for other tools (``dashboard.analysis.interchange``)."""


def _interchange_text(result: LoadResult, kind: str) -> str | None:
    """The record as QuickStatements, FollowTheMoney or Popolo; what it leaves out on stderr."""
    from dashboard.analysis import interchange

    if kind == "quickstatements":
        written = interchange.quickstatements(result.dataset)
        if written.needs_ids:
            names = ", ".join(f"{org_id} ({name})" for org_id, name in sorted(written.needs_ids.items()))
            print(f"organisations without a Wikidata item (give them 'wikidata: Q…'): {names}", file=sys.stderr)
        if written.skipped:
            print(f"{len(written.skipped)} spans left out: " + "; ".join(written.skipped), file=sys.stderr)
        if written.changed:
            print(f"{len(written.changed)} strings changed so that each stays one value (characters QuickStatements "
                  "would read as separators or escapes): " + "; ".join(written.changed), file=sys.stderr)  # fmt: skip
        return "".join(line + "\n" for line in written.lines)
    if kind == "ftm":
        try:
            return interchange.ftm_lines(result.dataset)
        except RuntimeError as err:
            print(f"error: {err}", file=sys.stderr)
            return None
    return json.dumps(interchange.popolo(result.dataset), ensure_ascii=False, indent=2) + "\n"


def _view_text(result: LoadResult, args) -> str:
    """The table a page shows, for ``export --view`` (see :mod:`dashboard.analysis.views`)."""
    import json

    from dashboard.analysis import bundle as bundles
    from dashboard.analysis import views
    from dashboard.analysis.export import csv_text
    from dashboard.analysis.tables import records

    bundle = bundles.build(result.dataset, "")
    filters, level, notices = views.from_query(args.query or "", bundle)
    for notice in notices:
        print(f"notice: {notice}", file=sys.stderr)
    level = args.level or level or "unit"
    selection = views.select(bundle, filters)
    table = views.view(bundle, selection, args.view, level)
    if args.format == "csv":
        return csv_text(table)
    shown = {"view": args.view, "query": args.query or "", "notes": selection.notes(), "rows": records(table)}
    if args.view != "moves":
        shown["level"] = level
    return json.dumps(shown, ensure_ascii=False, indent=2, default=int) + "\n"


def cmd_report(args) -> int:
    """One view as a self-contained HTML page (``dashboard.ui.report``)."""
    from dashboard.analysis import bundle as bundles
    from dashboard.analysis import views
    from dashboard.ui.report import report_html

    result, code = _load(args, sys.stderr)
    if code is not None:
        print(summary(result.name, len(result.errors), len(result.warnings)), file=sys.stderr)
        return code
    bundle = bundles.build(result.dataset, "")
    filters, level, notices = views.from_query(args.query or "", bundle)
    for notice in notices:
        print(f"notice: {notice}", file=sys.stderr)
    selection = views.select(bundle, filters)
    text = report_html(bundle, selection, args.view, args.level or level or "unit", args.query or "",
                       record=result.name, today=args.today)  # fmt: skip
    if args.output:
        write_atomic(Path(args.output), text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_schema(args) -> int:
    from dashboard.record.model import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.check:
        current = Path(args.check).read_text(encoding="utf-8") if Path(args.check).is_file() else ""
        if current != text:
            print(f"{args.check} is out of date: run python -m dashboard schema --output {args.check}")
            return EXIT_INVALID
        return EXIT_OK
    if args.output:
        write_atomic(Path(args.output), text)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_add_move(args) -> int:
    """Add one move, read as JSON from standard input, through the Add page's save path."""
    from dashboard.record import edits

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
    draft, problems = edits.draft_from_json(data)
    if draft is None:
        for problem in problems:
            print(f"<stdin>: error: {problem}", file=sys.stderr)
        return EXIT_INVALID
    try:
        saved = edits.save(path, draft, args.expect, today=args.today, root=args.root)
    except edits.Conflict:
        found = edits.digest(path.read_bytes())
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


def _input(record: Path, file: Path, limit: int) -> bytes | int:
    """The bytes of the input ``file`` for the record at ``record``, or the exit code after saying
    why not (either file missing, or the input larger than ``limit`` bytes: refused unread)."""
    for each in (record, file):
        if not each.is_file():
            print(f"{each}: error: no such file", file=sys.stderr)
            return EXIT_USAGE
    if file.stat().st_size > limit:
        print(f"{file}: error: larger than {limit:,} bytes", file=sys.stderr)
        return EXIT_USAGE
    return file.read_bytes()


def cmd_import(args) -> int:
    """Import positions from a CSV file (``dashboard.record.importing``) and report what it did."""
    from dashboard.record import importing

    path, sheet = Path(args.data), Path(args.csv)
    data = _input(path, sheet, importing.MAX_CSV_BYTES)
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
    """Store an article under seeds/ and add its sources: entry (dashboard.record.intake)."""
    from dashboard.record.intake import MAX_BYTES, IntakeError, add_source

    path, file = Path(args.data), Path(args.file)
    data = _input(path, file, MAX_BYTES)
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


def cmd_candidates(args) -> int:
    """List the sentences of a source that probably state a move (dashboard.record.candidates)."""
    from dashboard.record.candidates import Reader
    from dashboard.record.dates import When

    result, code = _load(args, sys.stderr)
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
        from dashboard.record.intake import IntakeError, read_article

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
        who = candidate.person or f"{candidate.headcount} × {candidate.group}"
        known = "" if candidate.person_id or candidate.headcount else " (new)"
        origin = candidate.from_ or "?"
        destination = candidate.to or "?"
        print(f"{number}. {who}{known}: {origin} -> {destination} · {candidate.kind} · {candidate.date} "
              f"({candidate.date_kind}) · {candidate.certainty} · confidence {candidate.confidence:.2f}"
              + (f" · restates {candidate.existing_move}" if candidate.existing_move else ""))  # fmt: skip
        print(f"   “{' '.join(candidate.quote.split())}”")
    if not found:
        print("no candidates: no sentence names a person or group with a move and an organisation")
    return EXIT_OK


def cmd_serve(args) -> int:
    """Start the dashboard (``streamlit run``) on 127.0.0.1."""
    from streamlit.web import cli as streamlit_cli

    app = Path(__file__).parent / "ui" / "server.py"  # st.App serving app.py; see dashboard/ui/server.py
    data = Path(args.data).resolve() if args.data else None
    os.chdir(config.PROJECT_ROOT)  # where .streamlit/config.toml is
    sys.argv = ["streamlit", "run", str(app), "--server.address", config.HOST, "--server.port", str(args.port)]
    app_args = (["--data", str(data)] if data else []) + (["--read-only"] if args.read_only else [])
    if app_args:
        sys.argv += ["--", *app_args]
    return streamlit_cli.main()


def cmd_synth(args) -> int:
    """Write a synthetic, valid project (for benchmarks and scale tests)."""
    from dashboard.record.synth import write_project

    path = write_project(Path(args.out), args.moves, args.seed)
    print(f"wrote {path} ({path.stat().st_size / 1024 / 1024:.1f} MiB) and its seeds/")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True)

    def data_options(sub, positional: bool) -> None:
        if positional:
            sub.add_argument("paths", nargs="*", metavar="PATH", help="record files (default: data/events.yaml)")
        else:
            sub.add_argument("--data", default=str(config.data_path()), help="record file (default: data/events.yaml)")
        sub.add_argument(
            "--root", type=Path, help="project root that source paths are relative to (default: the folder above data/)"
        )
        sub.add_argument(
            "--today",
            type=_date,
            help="date to check 'not in the future' against (default: today, or $TALENT_FLOWS_TODAY)",
        )

    validate = commands.add_parser("validate", help="check a record file; exit 0 valid, 1 invalid, 2 unreadable")
    data_options(validate, positional=True)
    validate.add_argument("-q", "--quiet", action="store_true", help="don't list warnings (still counted)")
    validate.set_defaults(run=cmd_validate)

    export = commands.add_parser("export", help="write the normalised moves as JSON or CSV")
    data_options(export, positional=False)
    export.add_argument(
        "--format", choices=["json", "csv", *INTERCHANGE], default="json",
        help="json or csv (the normalised record), or for other tools: quickstatements (Wikidata), ftm "
        "(FollowTheMoney, one entity per line), popolo (README: 'Export')",
    )  # fmt: skip
    export.add_argument(
        "--view",
        choices=["moves", "flows", "net-flow"],
        help="the table a page shows instead of the whole record: the moves, the flows' links, the net flow",
    )
    export.add_argument(
        "--query",
        help="the dashboard's URL query string, same meaning and defaults (e.g. 'org=meta&from=2025&rumours=1')",
    )
    export.add_argument("--level", choices=["unit", "root"], help="flows and net flow: units, or top-level only")
    export.add_argument("--output", help="file to write (default: standard output)")
    export.set_defaults(run=cmd_export)

    report = commands.add_parser(
        "report",
        help="one view as a self-contained HTML page: chart, table, and the quotes behind it (opens offline)",
    )
    data_options(report, positional=False)
    report.add_argument("--view", choices=["moves", "flows", "net-flow"], default="flows")
    report.add_argument("--query", help="the dashboard's URL query string (e.g. 'org=meta&from=2025')")
    report.add_argument("--level", choices=["unit", "root"], help="flows and net flow: units, or top-level only")
    report.add_argument("--output", help="file to write (default: standard output)")
    report.set_defaults(run=cmd_report)

    schema = commands.add_parser("schema", help="print the JSON Schema of the record format")
    schema.add_argument("--output", help="file to write (default: standard output)")
    schema.add_argument("--check", metavar="FILE", help="exit 1 if FILE differs from the schema")
    schema.set_defaults(run=cmd_schema)

    add_move = commands.add_parser(
        "add-move",
        help="add one move given as JSON on standard input; exit 0 saved, 1 invalid, 3 conflict, 4 already there",
        description="Add one move, read as a JSON object from standard input (README: 'Adding a move from the "
        "command line'), with the Add page's checks and locked, atomic save. Prints the move's id and the file's "
        "new SHA-256 digest.",
    )
    data_options(add_move, positional=False)
    add_move.add_argument(
        "--expect", metavar="DIGEST", help="refuse (exit 3) unless the file's SHA-256 is DIGEST (sha256sum prints it)"
    )
    add_move.set_defaults(run=cmd_add_move)

    importer = commands.add_parser(
        "import",
        help="import positions from a CSV file; exit 0 all imported, 1 a row refused, 2 unreadable",
        description="Add positions from a CSV file with the columns person, organisation, role, start, end, "
        "source (a source id, a path a source has, or an http(s) address), quote and translation "
        "(README: 'Importing positions'). People and organisations are matched by name and alias; the rest are "
        "added. Inserted as text, validated, written atomically under the record's lock.",
    )
    importer.add_argument("csv", metavar="CSV", help="the spreadsheet, saved as CSV (UTF-8)")
    data_options(importer, positional=False)
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
    data_options(add_source, positional=False)
    add_source.add_argument("--url", help="where the article was published (http or https)")
    add_source.add_argument("--id", help="the source id (default: from the title)")
    add_source.add_argument("--language", help="ISO 639 code, when the text doesn't tell (e.g. de)")
    add_source.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    add_source.set_defaults(run=cmd_add_source)

    candidates = commands.add_parser(
        "candidates",
        help="list the sentences of a source that probably state a move, as candidates to confirm",
        description="Read a source of the record (by id) or a text, Markdown or HTML file for sentences that "
        "probably state a move or a stay: one candidate per person or group, with the verbatim quote, the known "
        "person and organisations (ids) or new names, a date hint, certainty and the recorded move it restates.",
    )
    candidates.add_argument("source", metavar="SOURCE", help="a source id of the record, or a file")
    data_options(candidates, positional=False)
    candidates.add_argument("--format", choices=["text", "json"], default="text")
    candidates.set_defaults(run=cmd_candidates)

    synth = commands.add_parser("synth", help="write a synthetic valid project: DIR/data/events.yaml and DIR/seeds/")
    synth.add_argument("--moves", type=int, default=1000, help="number of moves (default 1000)")
    synth.add_argument("--seed", type=int, default=0, help="random seed: the same seed gives the same project")
    synth.add_argument("--out", required=True, help="folder to write the project into")
    synth.set_defaults(run=cmd_synth)

    serve = commands.add_parser("serve", help="start the dashboard on 127.0.0.1")
    serve.add_argument("--data", help="record file to show (default: data/events.yaml)")
    serve.add_argument("--port", type=int, default=config.PORT)
    serve.add_argument(
        "--read-only", action="store_true", help=f"hide the Add a move page (or set ${config.READ_ONLY_ENV}=1)"
    )
    serve.set_defaults(run=cmd_serve)
    return top


class Shown:
    """A text stream that writes through :func:`dashboard.text.terminal`: what the command line
    prints shows control characters as escapes, never raw. A carriage return at the end of one
    write waits for the next, which decides whether it ends a line (CR LF) or is shown."""

    def __init__(self, stream):
        self.stream = stream
        self._held = ""

    def write(self, text: str) -> int:
        written = self._held + text
        self._held = "\r" if written.endswith("\r") else ""
        self.stream.write(terminal(written[: len(written) - len(self._held)]))
        return len(text)

    def release(self) -> None:
        """Write a carriage return still held (it ended the output, so it is shown)."""
        if self._held:
            self.stream.write(terminal(self._held))
            self._held = ""

    def __getattr__(self, name: str):
        return getattr(self.stream, name)


def main(argv: list[str] | None = None) -> int:
    """Run a command. Everything it prints — messages, exports, argparse's usage errors — goes to
    standard output and standard error through :class:`Shown`; files written with ``--output``
    keep their bytes."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Shown(out), Shown(err)
    try:
        args = parser().parse_args(argv)
        return args.run(args)
    except atomic.NotAFile as refused:  # --output /dev/null, a FIFO, a folder
        print(f"error: {refused}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. piped into `head`
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    finally:
        shown_out, shown_err = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = out, err
        for stream in (shown_out, shown_err):
            if isinstance(stream, Shown):
                stream.release()
