"""A git repository built by a test: commits by named authors at fixed dates, branches, renames
and merges, with the project's record in it (``Repo``)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from support.records import REPO, SHIPPED

DRIVER = "talentflows"

DOCUMENT = (
    "Ada Example, a research scientist at Meta, joins Example Lab as chief scientist in March.\n"
    "Grace Example leaves Meta for Example Lab in April.\n"
    "Linus Example moves from Example Lab to Meta in May.\n"
    "Edsger Example joins Example Lab from Meta in June.\n"
)
"""The one source document of :data:`RECORD` (``seeds/example.txt``): a sentence per move."""

RECORD = """\
sources:
  example-report:
    path: seeds/example.txt
    title: Moves at Example Lab
    publisher: Example News
    language: en
    published: "2026-06-30"

organizations:
  meta:
    name: Meta
    kind: company
  example-lab:
    name: Example Lab
    kind: lab

people:
  ada-example:
    name: Ada Example
  grace-example:
    name: Grace Example
  linus-example:
    name: Linus Example
  edsger-example:
    name: Edsger Example

moves:
  - id: ada-meta-to-lab
    person: ada-example
    from: meta
    to: example-lab
    date: "2026-03"
    date_kind: effective
    role: chief scientist
    evidence:
      - source: example-report
        quote: Ada Example, a research scientist at Meta, joins Example Lab as chief scientist in March.
"""
"""A small valid record (as of 2026-11-24) whose document states three more moves: see :func:`move`."""


def move(person: str, source: str, target: str, month: str, quote: str, move_id: str | None = None) -> str:
    """The YAML of one move of :data:`RECORD`'s kind, to add at the end of ``moves:``."""
    move_id = move_id or f"{person}-{source}-to-{target}"
    return (
        f"  - id: {move_id}\n    person: {person}-example\n    from: {source}\n    to: {target}\n"
        f'    date: "2026-{month}"\n    date_kind: effective\n    evidence:\n      - source: example-report\n'
        f"        quote: {quote}\n"
    )


GRACE = move("grace", "meta", "example-lab", "04", "Grace Example leaves Meta for Example Lab in April.")
LINUS = move("linus", "example-lab", "meta", "05", "Linus Example moves from Example Lab to Meta in May.")
EDSGER = move("edsger", "meta", "example-lab", "06", "Edsger Example joins Example Lab from Meta in June.")


def git_env(name: str = "Ada Curator", email: str = "ada@example.org", date: str = "2025-06-12T10:00:00+00:00"):
    """The environment of a git command as ``name`` at ``date``, with no user or system config."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    env.update(
        GIT_AUTHOR_NAME=name, GIT_AUTHOR_EMAIL=email, GIT_AUTHOR_DATE=date,
        GIT_COMMITTER_NAME=name, GIT_COMMITTER_EMAIL=email, GIT_COMMITTER_DATE=date,
        GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=str(Path(__file__).with_name("gitconfig")), LC_ALL="C",
    )  # fmt: skip
    return env


class Repo:
    """A repository at ``top`` holding a project: ``data/events.yaml`` (``text``, :data:`RECORD`
    by default, or with ``shipped`` the shipped record and a copy of its ``seeds/``) and its
    documents, committed once by Ada Curator on 2025-06-12."""

    def __init__(self, top: Path, text: str = RECORD, *, shipped: bool = False) -> None:
        self.top = top
        top.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")
        (top / "data").mkdir(exist_ok=True)
        if shipped:
            shutil.copytree(REPO / "seeds", top / "seeds", dirs_exist_ok=True)
            text = SHIPPED.read_text(encoding="utf-8")
        else:
            (top / "seeds").mkdir(exist_ok=True)
            (top / "seeds" / "example.txt").write_text(DOCUMENT, encoding="utf-8")
        self.record = top / "data" / "events.yaml"
        self.record.write_text(text, encoding="utf-8")
        self.commit("Start the record", add=["."])

    def git(self, *args: str, name: str = "Ada Curator", date: str = "2025-06-12T10:00:00+00:00", check=True):
        email = name.split()[0].lower() + "@example.org"
        done = subprocess.run(
            ["git", "-C", str(self.top), *args], capture_output=True, text=True, env=git_env(name, email, date)
        )
        if check and done.returncode != 0:
            raise AssertionError(f"git {' '.join(args)}: {done.stderr}{done.stdout}")
        return done

    def commit(self, message: str, *, name: str = "Ada Curator", date: str = "2025-06-12T10:00:00+00:00",
               add: list[str] | None = None) -> str:  # fmt: skip
        """Commit everything changed (``add``: paths to add first) and return the commit's id."""
        self.git("add", *(add or ["-A"]))
        self.git("commit", "-q", "-m", message, name=name, date=date)
        return self.head()

    def head(self) -> str:
        return self.git("rev-parse", "HEAD").stdout.strip()

    def edit(self, old: str, new: str, *, count: int = 1) -> None:
        """Replace ``old`` by ``new`` in the record (it must be there)."""
        text = self.record.read_text(encoding="utf-8")
        assert old in text, old
        self.record.write_text(text.replace(old, new, count), encoding="utf-8")

    def append(self, block: str) -> None:
        """Add ``block`` at the end of the record (the end of its last section)."""
        with self.record.open("a", encoding="utf-8") as handle:
            handle.write(block)

    def install_driver(self) -> None:
        """Set up the merge driver as the README says (``.gitattributes`` and the config line),
        with this Python and this checkout's package, today fixed to the tests' day."""
        (self.top / ".gitattributes").write_text(f"data/*.yaml merge={DRIVER}\n", encoding="utf-8")
        python = f"env PYTHONPATH={shlex.quote(str(REPO))} TALENT_FLOWS_TODAY=2026-11-24 {shlex.quote(sys.executable)}"
        self.git("config", f"merge.{DRIVER}.driver", f"{python} -m dashboard merge-driver %O %A %B")
        self.git("config", f"merge.{DRIVER}.name", "Talent Flows record, merged record by record")
        self.commit("Merge the record record by record", add=[".gitattributes"])
