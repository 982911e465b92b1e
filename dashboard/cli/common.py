"""What the commands share: exit codes, options declared once, loading a record or saying why not,
a page's view from a URL query, and writing a command's output.

Everything a command prints goes through :class:`Shown` (see :func:`dashboard.cli.main`), so text
from the record never reaches a terminal as control characters.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from dashboard import config
from dashboard.edit import atomic
from dashboard.record.load import LoadResult, load_file
from dashboard.record.problems import summary
from dashboard.text import terminal

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_CONFLICT, EXIT_EXISTS = 0, 1, 2, 3, 4

VIEWS = ("moves", "flows", "net-flow")
"""The pages' tables that ``report --view`` draws (:mod:`dashboard.analysis.views`)."""
TABLES = (*VIEWS, "tenure")
"""The pages' tables that ``export --view`` gives: the report's, and the Retention page's tenure table."""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def record_options(sub: argparse.ArgumentParser, *, positional: bool = False) -> None:
    """The record to read (``--data``, or several ``PATH`` for ``validate``), its project root and
    the day that counts as today."""
    if positional:
        sub.add_argument("paths", nargs="*", metavar="PATH", help="record files or folders (default: data/events.yaml)")
    else:
        sub.add_argument(
            "--data",
            default=str(config.data_path()),
            help="record file, or a folder whose *.yaml files are one record (default: data/events.yaml)",
        )
    sub.add_argument(
        "--root", type=Path, help="project root that source paths are relative to (default: the folder above data/)"
    )
    sub.add_argument(
        "--today",
        type=_date,
        help="date to check 'not in the future' against (default: today, or $TALENT_FLOWS_TODAY)",
    )


def view_options(
    sub: argparse.ArgumentParser, *, default: str | None = None, help: str | None = None, views=VIEWS
) -> None:
    """A page's view: which table (``--view``, one of ``views``), the page's URL query (``--query``)
    and the level."""
    sub.add_argument("--view", choices=views, default=default, help=help)
    sub.add_argument(
        "--query",
        help="the dashboard's URL query string, same meaning and defaults (e.g. 'org=meta&from=2025&rumours=1')",
    )
    sub.add_argument("--level", choices=["unit", "root"], help="flows, net flow and tenure: units, or top-level only")


def output_option(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--output", help="file to write (default: standard output)")


def load_or_say(args, out=None) -> tuple[LoadResult, int | None]:
    """Load ``args.data`` (a file, or a folder of record files); if it can't be used, print why on
    ``out`` (standard error by default) and return the exit code as well: 2 for a missing or
    unreadable file, 1 for an invalid one."""
    out = out if out is not None else sys.stderr
    path = Path(args.data)
    if not path.is_file() and not path.is_dir():
        print(f"{path}: error: no such file", file=out)
        return LoadResult(str(path), None), EXIT_USAGE
    result = load_file(path, root=args.root, today=args.today)
    if result.ok:
        return result, None
    for problem in result.errors:
        print(problem.format(result.name), file=out)
    return result, EXIT_USAGE if result.unreadable else EXIT_INVALID


def load_valid(args) -> tuple[LoadResult, int | None]:
    """:func:`load_or_say`, and for a record that can't be used its summary line on standard error."""
    result, code = load_or_say(args)
    if code is not None:
        print(summary(result.name, len(result.errors), len(result.warnings)), file=sys.stderr)
    return result, code


def selection(result: LoadResult, args):
    """The record as a page shows it for ``args.query``: (bundle, selection, level), with a notice
    on standard error for each value of the query that names nothing."""
    from dashboard.analysis import bundle as bundles
    from dashboard.analysis import views
    from dashboard.analysis.selection import select

    bundle = bundles.build(result.dataset, "")
    filters, level, notices = views.from_query(args.query or "", bundle)
    for notice in notices:
        print(f"notice: {notice}", file=sys.stderr)
    return bundle, select(bundle, filters), args.level or level or "unit"


def write_output(args, text: str) -> None:
    """``text`` to ``--output`` (atomically: a crash leaves the old file or the new one whole), or
    to standard output."""
    if getattr(args, "output", None):
        atomic.write_atomic(Path(args.output), text.encode("utf-8"))
    else:
        sys.stdout.write(text)


def read_input(record: Path, file: Path, limit: int, *, command: str = "") -> bytes | int:
    """The bytes of the input ``file`` for the record at ``record``, or the exit code after saying
    why not (either file missing, or the input larger than ``limit`` bytes: refused unread),
    after the ``command``'s name when given."""
    named = f"{command}: " if command else ""
    for each in (record, file):
        if not each.is_file() and not (each is record and record.is_dir()):
            print(f"{named}{each}: error: no such file", file=sys.stderr)
            return EXIT_USAGE
    if file.stat().st_size > limit:
        print(f"{named}{file}: error: larger than {limit:,} bytes", file=sys.stderr)
        return EXIT_USAGE
    return file.read_bytes()


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
