"""Checking a record: ``validate`` (every problem of a file, then its warnings and a summary; or,
with ``--format json``, one JSON document of every file's problems and their codes) and ``schema``
(the JSON Schema editors use, or a check that the committed one is current)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

from dashboard import config
from dashboard.cli.common import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    load_or_say,
    output_option,
    record_options,
    write_output,
)
from dashboard.record.load import LoadResult
from dashboard.record.problems import Problem, error, summary


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
    if args.format == "json":
        return _validate_json(args)
    worst = EXIT_OK
    for path in args.paths or [str(config.data_path())]:
        args.data = path
        result, code = load_or_say(args, sys.stdout)
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


def _validate_json(args) -> int:
    """``validate --format json``: one JSON document, ``{"files": [report, ...]}`` (see
    :func:`_report`), with the same exit codes as the text."""
    worst, reports = EXIT_OK, []
    for path in args.paths or [str(config.data_path())]:
        args.data = path
        result, code = load_or_say(args, io.StringIO())  # what it would print is in the report
        reports.append(_report(result, code, quiet=args.quiet))
        worst = max(worst, code or EXIT_OK)
    # Printed through the command line's Shown stream, which writes a control or bidirectional
    # character left raw here as JSON's own escape (\u202e): the document stays valid.
    print(json.dumps({"files": reports}, indent=2, ensure_ascii=False))
    return worst


def _report(result: LoadResult, code: int | None, *, quiet: bool) -> dict:
    """One file's report: ``file`` (as the text output names it), ``valid``, ``counts`` (errors,
    warnings), ``records`` (how many of each, for a valid file, else null) and ``problems``: the
    errors, then the warnings unless ``quiet``, each with its file (the record's, or for a folder
    record the file of the folder it is in), code, severity, message, line and column (null where
    the file has none: a file that can't be read) and path in the data."""
    problems = result.errors + ([] if quiet else result.warnings)
    if code == EXIT_USAGE and not result.errors:  # the path names no file
        problems = [error("file-not-found", "no such file")]
    records = _counts(result) if result.ok else None
    return {
        "file": result.name,
        "valid": result.ok,
        "counts": {
            "errors": sum(problem.severity == "error" for problem in problems),
            "warnings": len(result.warnings),
        },
        "records": None if records is None else {label.replace(" ", "_"): number for label, number in records.items()},
        "problems": [_problem(problem, result.name) for problem in problems],
    }


def _problem(problem: Problem, name: str) -> dict:
    return {
        "file": problem.file or name,
        "code": problem.code,
        "severity": problem.severity,
        "message": problem.message,
        "line": problem.line or None,
        "column": problem.col if problem.line else None,
        "path": list(problem.path),
    }


def cmd_schema(args) -> int:
    from dashboard.record.model import json_schema

    text = json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.check:
        current = Path(args.check).read_text(encoding="utf-8") if Path(args.check).is_file() else ""
        if current != text:
            print(f"{args.check} is out of date: run python -m dashboard schema --output {args.check}")
            return EXIT_INVALID
        return EXIT_OK
    write_output(args, text)
    return EXIT_OK


def register(commands) -> None:
    validate = commands.add_parser("validate", help="check a record file; exit 0 valid, 1 invalid, 2 unreadable")
    record_options(validate, positional=True)
    validate.add_argument("-q", "--quiet", action="store_true", help="don't list warnings (still counted)")
    validate.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text (default: one line per problem, then a summary) or json (every file's problems with their codes)",
    )
    validate.set_defaults(run=cmd_validate)

    schema = commands.add_parser("schema", help="print the JSON Schema of the record format")
    output_option(schema)
    schema.add_argument("--check", metavar="FILE", help="exit 1 if FILE differs from the schema")
    schema.set_defaults(run=cmd_schema)
