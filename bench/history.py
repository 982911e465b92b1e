"""``history`` and ``diff`` in a repository of 1,000 commits (issue 26; target: history in 2 s).

    .venv/bin/python bench/history.py

A synthetic record of 1,000 moves (``synth``, seed 1) is committed one move at a time: the first
commit holds every other section and no move, each later commit adds the next move (by one of
three authors), and every hundredth also changes the first move's role, so its history has
eleven events. The repository is written in one ``git fast-import`` (a thousand ``git commit``
runs would take longer than what is measured). Then, each in a fresh process (no cache of one
helps the other):

- ``history``: the first move's history, from an empty memory: the log of 1,000 commits, every
  version read once, every commit compared with its parent;
- ``diff``: the first commit against the last (1,000 moves added), both versions validated
  (against their revision's documents) and the Flows figures counted on each.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GIT = shutil.which("git") or "git"
COMMITS = 1000
AUTHORS = ("Ada Curator", "Bob Reviewer", "Carol Third")


def build(folder: Path, commits: int = COMMITS) -> tuple[Path, str]:
    """A repository in ``folder`` with ``commits`` commits of a growing record; (its record file,
    the id of the move whose history is asked)."""
    sys.path.insert(0, str(ROOT))
    from dashboard.record.layout import compose, split
    from dashboard.synth import generate

    text, documents = generate(commits - 1, 1)
    sections = {section.name: section for section in split(text)}
    blocks = {name: [text[start:end] for start, end in section.spans(text)] for name, section in sections.items()}
    moves = blocks.pop("moves")
    first_id = moves[0].split("id: ", 1)[1].split("\n", 1)[0].strip()
    stream = bytearray()

    def blob(path: str, data: bytes) -> None:
        stream.extend(f"M 100644 inline {path}\ndata {len(data)}\n".encode() + data + b"\n")

    for number in range(commits):
        author = AUTHORS[number % len(AUTHORS)]
        when = 1_750_000_000 + number * 3600
        message = f"Add move {number}".encode()
        stream.extend(f"commit refs/heads/main\nmark :{number + 1}\n".encode())
        identity = f"{author} <{author.split()[0].lower()}@example.org> {when} +0000\n"
        stream.extend(f"author {identity}committer {identity}data {len(message)}\n".encode() + message + b"\n")
        if number:
            stream.extend(f"from :{number}\n".encode())
        else:
            for name, content in documents.items():
                blob(f"seeds/{name}", content.encode("utf-8"))
        added = moves[:number]
        if number and number % 100 == 0:
            added = [added[0].replace("    role: ", f"    role: ({number}) ", 1), *added[1:]]
        version = compose([], {**blocks, "moves": [_ended(block) for block in added]})
        blob("data/events.yaml", version.encode("utf-8"))
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1"}
    subprocess.run([GIT, "init", "-q", "-b", "main", str(folder)], check=True, env=env)
    subprocess.run([GIT, "-C", str(folder), "fast-import", "--quiet"], input=bytes(stream), check=True, env=env)
    subprocess.run([GIT, "-C", str(folder), "checkout", "-q", "-f", "main"], check=True, env=env)
    return folder / "data" / "events.yaml", first_id


def _ended(block: str) -> str:
    return block if block.endswith("\n") else block + "\n"


def _timed(*args: str, cwd: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TALENT_FLOWS_TODAY": "2026-11-24"}
    done = subprocess.run([sys.executable, "-c", _WORKER, *args], cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"history benchmark failed:\n{done.stderr[-3000:]}")
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    assert measured["events"] > 0
    return measured["seconds"]


_WORKER = """
import datetime as dt, json, sys, time
from pathlib import Path
from dashboard.history import git, log
from dashboard.history.diff import diff
kind, path, target = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
start = time.perf_counter()
repository = git.require(path)
if kind == "history":
    events = len(log.history(repository, path).of(target))
else:
    found = diff(repository, path, target, "HEAD", today=dt.date(2026, 11, 24))
    assert found.figures is not None, found.notes
    events = len(found.records)
print(json.dumps({"seconds": time.perf_counter() - start, "events": events}))
"""


def time_history(commits: int = COMMITS) -> dict:
    """Seconds of ``history`` and ``diff`` in a repository of ``commits`` commits (see the module)."""
    with tempfile.TemporaryDirectory(prefix="talent-flows-history-") as folder:
        record, first = build(Path(folder) / "repo", commits)
        root = subprocess.run([GIT, "-C", folder + "/repo", "rev-list", "--max-parents=0", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
        return {
            "commits": commits,
            "history": _timed("history", str(record), first, cwd=ROOT),
            "diff": _timed("diff", str(record), root, cwd=ROOT),
        }


if __name__ == "__main__":
    figures = time_history()
    print(f"history of one record, {figures['commits']:,} commits: {figures['history']:.2f} s (target 2 s); "
          f"diff of the first and last commit: {figures['diff']:.2f} s")  # fmt: skip
