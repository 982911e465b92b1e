"""The record kept in git: ``history`` (who added, changed and removed a record, and when),
``diff`` (what the records and the figures gain and lose between two revisions) and
``merge-driver`` (git's merge of two curators' versions, record by record)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dashboard import config
from dashboard.cli.common import EXIT_OK, EXIT_USAGE, _date, output_option, write_output
from dashboard.record.records import did_you_mean

FORMATS = ("text", "json")
EXIT_CONFLICT_FOR_GIT = 1
"""What ``merge-driver`` exits with on a conflict: git reads any other code than 0 as one."""
DIFF_FORMATS = ("text", "json", "markdown")


def _data_option(sub) -> None:
    sub.add_argument(
        "--data", default=str(config.data_path()), help="record file or folder (default: data/events.yaml)"
    )


def _repository(path: Path):
    """The repository of ``path``, or None after saying why not on standard error."""
    from dashboard.history import git

    if not path.is_file() and not path.is_dir():
        print(f"{path}: error: no such file", file=sys.stderr)
        return None
    try:
        return git.require(path)
    except git.GitError as err:
        print(f"{path}: error: {err}", file=sys.stderr)
        return None


def cmd_history(args) -> int:
    from dashboard.history import git
    from dashboard.history.log import history

    path = Path(args.data)
    repository = _repository(path)
    if repository is None:
        return EXIT_USAGE
    try:
        found = history(repository, path)
    except git.GitError as err:
        print(f"{path}: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    if not found.known(args.id):
        ids = {key for _, key in found.records}
        kind = "folder's files" if path.is_dir() else "file"
        print(f"{path}: error: no record {args.id!r} in the history of this {kind}{did_you_mean(args.id, ids)}",
              file=sys.stderr)  # fmt: skip
        return EXIT_USAGE
    events = found.of(args.id)
    if args.format == "json":
        document = {"file": str(path), "id": args.id, "events": [event.as_dict() for event in events]}
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return EXIT_OK
    for event in events:
        commit = event.commit
        what = event.change + (f" ({', '.join(event.fields)})" if event.fields else "")
        where = f"{event.section}/{event.id}" if event.section else (event.problem or "")
        if path.is_dir() and event.section:  # which file of the folder: the record's after the commit
            where += f" ({event.origin} → {commit.path})" if event.origin else f" in {commit.path}"
        print(f"{commit.short}  {commit.day}  {commit.author}  {what}  {where}  — {commit.subject}")
    return EXIT_OK


def cmd_diff(args) -> int:
    from dashboard.history import git, shown
    from dashboard.history.diff import diff
    from dashboard.record.load import today_from_env

    path = Path(args.data)
    repository = _repository(path)
    if repository is None:
        return EXIT_USAGE
    try:
        found = diff(repository, path, args.old, args.new, today=args.today or today_from_env())
    except git.GitError as err:
        print(f"{path}: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    writers = {"text": shown.as_text, "json": shown.as_json, "markdown": shown.as_markdown}
    write_output(args, writers[args.format](found))
    return EXIT_OK


def cmd_merge_driver(args) -> int:
    """Git's merge driver: the merge of BASE, OURS and THEIRS written into OURS; 0 clean, 1 a
    conflict (or a result that would not validate: then OURS is left as it was)."""
    from dashboard.history import merge
    from dashboard.record.load import today_from_env

    paths = [Path(args.base), Path(args.ours), Path(args.theirs)]
    texts = []
    for path in paths:
        try:
            texts.append(path.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError) as err:
            print(f"merge-driver: {path}: error: cannot read it ({err})", file=sys.stderr)
            return EXIT_CONFLICT_FOR_GIT
    merged = merge.merge(*texts, marker_size=args.marker_size)
    if merged is None:
        print("merge-driver: a version is not in the plain layout of sections: merged line by line", file=sys.stderr)
        text, conflicted = merge.merge_lines(*paths, args.marker_size)
        conflicts = ["lines"] if conflicted else []
    else:
        text, conflicts = merged.text, [f"{section}/{key}" if section else key for section, key in merged.conflicts]
    if not conflicts:
        root = args.root or Path.cwd()  # git runs the driver at the top of the work tree
        extra = merge.new_errors(text, texts[1:], root, args.today or today_from_env())
        if extra:
            print(f"merge-driver: {args.path or 'the record'}: the merged record would not validate; "
                  "ours is left as it was:", file=sys.stderr)  # fmt: skip
            for problem in extra:
                print(f"  line {problem.line}:{problem.col}: {problem.message}", file=sys.stderr)
            return EXIT_CONFLICT_FOR_GIT
    merge.write(paths[1], text)
    if conflicts:
        shown = ", ".join(conflicts)
        print(f"merge-driver: {args.path or 'the record'}: conflict in {shown}", file=sys.stderr)
        return EXIT_CONFLICT_FOR_GIT
    return EXIT_OK


def register(commands) -> None:
    history = commands.add_parser(
        "history", help="every commit that added, changed or removed a record, newest first (the file in git)"
    )
    history.add_argument("id", help="the id of a move, stay, position, person, organisation, cohort or source")
    _data_option(history)
    history.add_argument("--format", choices=FORMATS, default="text", help="text (default) or json")
    history.set_defaults(run=cmd_history)

    diff = commands.add_parser(
        "diff", help="records added, changed, removed between two revisions, and the links and net flows that change"
    )
    diff.add_argument(
        "old", metavar="REV1", help="a commit, branch or tag, or a day (YYYY-MM-DD: the last commit then)"
    )
    diff.add_argument(
        "new", metavar="REV2", nargs="?", default="now", help="the same, or 'now' (default): the file as it is now"
    )
    _data_option(diff)
    diff.add_argument(
        "--today", type=_date, help="date to validate each version as of (default: today, or $TALENT_FLOWS_TODAY)"
    )
    diff.add_argument("--format", choices=DIFF_FORMATS, default="text", help="text (default), json or markdown")
    output_option(diff)
    diff.set_defaults(run=cmd_diff)

    driver = commands.add_parser(
        "merge-driver", help="git's merge driver for record files: merges record by record; exit 1 on a conflict"
    )
    driver.add_argument("base", metavar="BASE", help="the common ancestor's version (git's %%O)")
    driver.add_argument("ours", metavar="OURS", help="our version, replaced by the result (git's %%A)")
    driver.add_argument("theirs", metavar="THEIRS", help="their version (git's %%B)")
    driver.add_argument("--marker-size", type=int, default=7, help="length of conflict markers (git's %%L; 7)")
    driver.add_argument("--path", help="the file's name in the repository, for messages (git's %%P)")
    driver.add_argument(
        "--root", type=Path, help="project root the sources are relative to (default: the current folder)"
    )
    driver.add_argument("--today", type=_date, help="date to validate as of (default: today)")
    driver.set_defaults(run=cmd_merge_driver)
