"""Publishing the record: ``export`` (the normalised record as JSON or CSV, a page's table with
``--view``, or QuickStatements, FollowTheMoney and Popolo for other tools) and ``report`` (one view
as a self-contained HTML page)."""

from __future__ import annotations

import json
import sys

from dashboard.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    TABLES,
    load_valid,
    output_option,
    record_options,
    selection,
    view_options,
    write_output,
)
from dashboard.record.load import LoadResult

INTERCHANGE = ("quickstatements", "ftm", "popolo")
"""Formats for other tools (``dashboard.analysis.interchange``)."""


def cmd_export(args) -> int:
    from dashboard.analysis.export import to_csv, to_json

    if args.view is None and (args.query is not None or args.level is not None):
        print("error: --query and --level go with --view (moves, flows, net-flow or tenure)", file=sys.stderr)
        return EXIT_USAGE
    if args.view is not None and args.format in INTERCHANGE:
        print(f"error: --view gives json or csv, not {args.format}", file=sys.stderr)
        return EXIT_USAGE
    result, code = load_valid(args)
    if code is not None:
        return code
    if args.view is not None:
        text = _view_text(result, args)
    elif args.format in INTERCHANGE:
        text = _interchange_text(result, args.format)
        if text is None:
            return EXIT_USAGE
    else:
        text = to_json(result.dataset) if args.format == "json" else to_csv(result.dataset)
    write_output(args, text)
    return EXIT_OK


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
    from dashboard.analysis import views
    from dashboard.analysis.export import csv_text
    from dashboard.analysis.tables import records

    bundle, chosen, level = selection(result, args)
    if args.view == "tenure":
        from dashboard.analysis.pages.retention import retention_view

        tenure = retention_view(bundle, chosen, level)
        table, notes = tenure.export_table(), tenure.notes()
    else:
        table, notes = views.view(bundle, chosen, args.view, level), chosen.notes()
    if args.format == "csv":
        return csv_text(table)
    shown = {"view": args.view, "query": args.query or "", "notes": notes, "rows": records(table)}
    if args.view != "moves":
        shown["level"] = level
    return json.dumps(shown, ensure_ascii=False, indent=2, default=int) + "\n"


def cmd_report(args) -> int:
    """One view as a self-contained HTML page (``dashboard.ui.report``)."""
    from dashboard.ui.report import report_html

    result, code = load_valid(args)
    if code is not None:
        return code
    bundle, chosen, level = selection(result, args)
    text = report_html(bundle, chosen, args.view, level, args.query or "", record=result.name, today=args.today)
    write_output(args, text)
    return EXIT_OK


def register(commands) -> None:
    export = commands.add_parser("export", help="write the normalised moves as JSON or CSV")
    record_options(export)
    export.add_argument(
        "--format", choices=["json", "csv", *INTERCHANGE], default="json",
        help="json or csv (the normalised record), or for other tools: quickstatements (Wikidata), ftm "
        "(FollowTheMoney, one entity per line), popolo (docs/exports.md)",
    )  # fmt: skip
    view_options(
        export, views=TABLES,
        help="the table a page shows instead of the whole record: the moves, the flows' links, the net flow, "
        "the tenure figures per organisation (the Retention page's)",
    )  # fmt: skip
    output_option(export)
    export.set_defaults(run=cmd_export)

    report = commands.add_parser(
        "report",
        help="one view as a self-contained HTML page: chart, table, and the quotes behind it (opens offline)",
    )
    record_options(report)
    view_options(report, default="flows")
    output_option(report)
    report.set_defaults(run=cmd_report)
