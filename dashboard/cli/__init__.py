"""Command line: ``python -m dashboard COMMAND`` (validate, export, schema, init, add-move, add-source,
import, candidates, report, history, diff, merge-driver, synth, serve), one module per group of
commands (``check``, ``publish``, ``edit``, ``articles``, ``team``, ``run``) and what they share in ``common``.

Exit codes: 0 success (the record is valid), 1 the record is invalid, 2 usage error or a file
that cannot be read; ``add-move`` also 3 (the file is not the expected version) and 4 (the move
is already there with this evidence; ``add-source``: the text is already a source; ``init``: the
folder already has a record); ``import`` 1 when a row was refused or the new file would not be
valid.
"""

from __future__ import annotations

import argparse
import sys

from dashboard.cli import articles, check, edit, publish, run, team
from dashboard.cli.common import EXIT_OK, EXIT_USAGE, Shown
from dashboard.edit import atomic

GROUPS = (check, publish, edit, articles, team, run)
"""The command groups, each a module with its commands and a ``register`` that declares them."""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m dashboard", description=__doc__.splitlines()[0])
    commands = top.add_subparsers(dest="command", required=True)
    for group in GROUPS:
        group.register(commands)
    return top


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
