"""The README and docs/ keep telling the truth about the code.

- The README is a front door: at most 250 lines, its Quick start opens with the two commands,
  it names every command of ``python -m dashboard`` and links every page of docs/.
- Every command they show (``python -m dashboard …``, ``python3 dev.py …``) parses with the real
  command line; a synopsis (``[--format text|json]``) names only real options and choices.
- Every fenced ``yaml`` or ``json`` block says what it is in an HTML comment on the line before
  it, and is checked as that: ``<!-- example: record -->`` (a whole record) and ``<!-- example:
  added to data/events.yaml -->`` (records added to the shipped one) must validate, with a seeds
  folder that holds the quoted text, and add no warning; ``<!-- example: excerpt of
  data/events.yaml -->`` must be in the shipped record as shown;
  ``<!-- example: add-move input -->`` must parse into a draft whose derived id the page names;
  ``<!-- not a record: why -->`` is not checked.
- Every relative link and image leads to a file (and a ``#section`` to a heading of it), and
  every path of the code named in prose (``dashboard/…``, ``tests/…``) exists.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import io
import json
import re
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from dashboard.cli import parser
from dashboard.edit.drafts import draft_from_json
from dashboard.record import yamltree
from dashboard.record.layout import SECTIONS
from support.records import REPO, SHIPPED, load

README = REPO / "README.md"
DOCS = [README, *sorted((REPO / "docs").glob("*.md"))]
MAX_README_LINES = 250
DEV_COMMANDS = re.findall(r'"(\w+)":', re.search(r"commands = \{(.*?)\}", (REPO / "dev.py").read_text()).group(1))
"""What ``python3 dev.py`` runs: the keys of its ``main``'s table of commands."""
CODE_PATHS = re.compile(r"(?<![\w./-])(?:dashboard|tests|bench|tools|frontend|docs|\.ci)/[\w./*-]*")
"""Paths of the code that prose names in backticks; each must exist."""


@dataclass(frozen=True)
class Block:
    """A fenced code block of a page, with the HTML comment on the line before it (if any)."""

    page: Path
    line: int  # of the opening fence, 1-based
    language: str
    text: str
    mark: str

    def __str__(self) -> str:
        return f"{self.page.relative_to(REPO)}:{self.line}"


def fenced(page: Path) -> list[Block]:
    found, lines = [], page.read_text(encoding="utf-8").split("\n")
    number = 0
    while number < len(lines):
        opening = re.match(r"```(\w*)\s*$", lines[number])
        if not opening:
            number += 1
            continue
        end = lines.index("```", number + 1)
        before = next((line for line in reversed(lines[:number]) if line.strip()), "")
        mark = re.fullmatch(r"<!--\s*(.*?)\s*-->", before.strip())
        found.append(
            Block(page, number + 1, opening.group(1), "\n".join(lines[number + 1 : end]) + "\n",
                  mark.group(1) if mark else "")
        )  # fmt: skip
        number = end + 1
    return found


def prose(page: Path) -> str:
    """The page without its fenced blocks and the HTML comments on lines of their own."""
    text = re.sub(r"^```\w*\s*\n.*?^```\s*$", "", page.read_text(encoding="utf-8"), flags=re.S | re.M)
    return re.sub(r"^[ \t]*<!--.*?-->[ \t]*$", "", text, flags=re.S | re.M)


def spans(page: Path) -> list[str]:
    """The inline code spans of the page's prose."""
    return re.findall(r"`([^`\n]+)`", prose(page))


def examples(kind: str) -> list[Block]:
    return [block for page in DOCS for block in fenced(page) if block.language == kind]


# --- the README is a front door ------------------------------------------------------------------


def test_the_readme_is_short():
    lines = README.read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_README_LINES, f"README.md has {lines} lines; move reference into docs/"


def test_the_quick_start_opens_with_the_two_commands():
    text = README.read_text(encoding="utf-8")
    quick = text.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```\w*\n(.*?)```", quick, re.S)
    assert block, "the Quick start has no command block"
    assert not quick[: block.start()].count("`"), "the two commands come first"
    commands = [line.partition("#") for line in block.group(1).splitlines()]
    assert [command.strip() for command, _, _ in commands] == ["python3 dev.py serve", "python3 dev.py test"]
    assert all(explanation.strip() for _, _, explanation in commands), "each command says what it does"


def test_the_readme_names_every_command_and_links_every_page():
    text = README.read_text(encoding="utf-8")
    shown = {
        shlex.split(arguments.replace("\\", ""))[0]
        for _, program, arguments in commands(README)
        if program == "dashboard" and arguments
    }
    missing = sorted(set(subcommands()) - shown)
    assert not missing, f"README.md shows no `python -m dashboard {'`, `'.join(missing)}`"
    unlinked = [page.name for page in DOCS[1:] if f"(docs/{page.name})" not in text]
    assert not unlinked, f"README.md links no docs/{', docs/'.join(unlinked)}"


# --- commands ----------------------------------------------------------------------------------

_COMMAND = re.compile(
    r"(?:^|(?<=[\s`(]))(?:\S*/)?python3?\s+(-m\s+dashboard|dev\.py|bench/bench\.py|tools/\w+\.py)\b([^`]*)"
)


def commands(page: Path) -> list[tuple[str, str, str]]:
    """(where, program, arguments) of each command the page shows: in its code spans and in the
    lines of its shell blocks (a trailing ``\\`` continues a line; ``# …`` is a comment)."""
    found = []
    for span in spans(page):
        found += [(str(page.relative_to(REPO)), *match.groups()) for match in _COMMAND.finditer(span)]
    for block in fenced(page):
        if block.language not in ("sh", "console", "shell"):
            continue
        for line in block.text.replace("\\\n", " ").splitlines():
            line = re.sub(r"\s#.*", "", line)
            found += [(str(block), *match.groups()) for match in _COMMAND.finditer(line)]
    return [
        (where, program.split()[-1].removeprefix("tools/"), arguments.strip()) for where, program, arguments in found
    ]


def subcommands() -> dict:
    (action,) = [action for action in parser()._actions if action.dest == "command"]
    return action.choices


def parse_error(argv: list[str]) -> str | None:
    """What argparse says about ``python -m dashboard ARGV``, or None when it parses."""
    said = io.StringIO()
    try:
        with contextlib.redirect_stderr(said), contextlib.redirect_stdout(io.StringIO()):
            parser().parse_args(argv)
    except SystemExit:
        return said.getvalue().strip().splitlines()[-1]
    return None


def synopsis_errors(argv: list[str], options: dict[str, object]) -> list[str]:
    """What in a synopsis (``--format text|json``, ``[--data PATH]``) names no real option or choice
    of ``options`` (option string -> its argparse action, or None when choices aren't known)."""
    found = []
    for number, word in enumerate(argv):
        if not word.startswith("-") or word in ("-", "--"):
            continue
        name = word.partition("=")[0]
        if name not in options:
            found.append(f"no option {name}")
            continue
        action = options[name]
        value = argv[number + 1] if number + 1 < len(argv) else ""
        choices = getattr(action, "choices", None)
        if choices and "|" in value:
            found += [f"{name}: no choice {choice!r}" for choice in value.split("|") if choice not in choices]
    return found


def names_the_program(arguments: str) -> bool:
    """Whether a command names the program rather than a command of it: `python -m dashboard`,
    `python -m dashboard COMMAND`, `python3 dev.py …`."""
    words = arguments.split()
    return not words or words[0] in ("...", "…") or words[0].isupper()


def is_synopsis(arguments: str) -> bool:
    return any(sign in arguments for sign in ("[", "|", "...", "…"))


def check_dashboard(arguments: str) -> str | None:
    if names_the_program(arguments):
        return None
    if is_synopsis(arguments):
        argv = shlex.split(arguments.replace("[", " ").replace("]", " "))
        if argv[0] not in subcommands():
            return f"no command {argv[0]!r}"
        command = subcommands()[argv[0]]
        problems = synopsis_errors(argv[1:], command._option_string_actions)
        return "; ".join(problems) or None
    return parse_error(shlex.split(arguments))


def check_bench(arguments: str) -> str | None:
    code = (REPO / "bench" / "bench.py").read_text(encoding="utf-8")
    options = dict.fromkeys(re.findall(r"add_argument\(\s*\"(--[\w-]+)\"", code))
    return "; ".join(synopsis_errors(shlex.split(arguments.replace("[", " ").replace("]", " ")), options)) or None


def check_dev(arguments: str) -> str | None:
    if names_the_program(arguments):
        return None
    argv = (
        shlex.split(arguments.replace("[", " ").replace("]", " ")) if is_synopsis(arguments) else shlex.split(arguments)
    )
    if argv[0] not in DEV_COMMANDS:
        return f"dev.py has no command {argv[0]!r}"
    if argv[0] == "serve":
        return check_dashboard(shlex.join(["serve", *argv[1:]]))
    if argv[0] == "bench":
        return check_bench(shlex.join(argv[1:]))
    return None  # test: pytest's arguments; setup: none


def check_tool(name: str):
    """A check of a converter's command (``python tools/aiwatch.py ...``) against its real parser."""

    def check(arguments: str) -> str | None:
        command = importlib.import_module(f"tools.{name.removesuffix('.py')}").parser()
        if is_synopsis(arguments):
            argv = shlex.split(arguments.replace("[", " ").replace("]", " "))
            return "; ".join(synopsis_errors(argv, command._option_string_actions)) or None
        said = io.StringIO()
        try:
            with contextlib.redirect_stderr(said), contextlib.redirect_stdout(io.StringIO()):
                command.parse_args(shlex.split(arguments))
        except SystemExit:
            return said.getvalue().strip().splitlines()[-1]
        return None

    return check


CHECKS = {"dashboard": check_dashboard, "dev.py": check_dev, "bench/bench.py": check_bench,
          "aiwatch.py": check_tool("aiwatch.py"), "roster.py": check_tool("roster.py")}  # fmt: skip
SHOWN = [command for page in DOCS for command in commands(page)]


def test_the_pages_show_commands():
    shown = {program for _, program, _ in SHOWN}
    assert shown == set(CHECKS), "the command finder finds every kind of command"


@pytest.mark.parametrize(("where", "program", "arguments"), SHOWN, ids=[f"{w} {p} {a}"[:90] for w, p, a in SHOWN])
def test_every_command_shown_is_real(where, program, arguments):
    problem = CHECKS[program](arguments)
    assert problem is None, f"{where}: `{program} {arguments}`: {problem}"


@pytest.mark.parametrize(
    ("arguments", "wrong"),
    [
        ("validate --quiet data/events.yaml", False),
        ("validate --quite data/events.yaml", True),
        ("export --format popolo --output out.json", False),
        ("export --format yaml", True),
        ("add-moves --data x.yaml", True),
        ("import positions.csv [--data PATH] [--format text|json]", False),
        ("import positions.csv [--format text|xml]", True),
        ("export [--levels unit|root]", True),
        ("candidates SOURCE [--format text|json]", False),
    ],
)
def test_a_wrong_command_is_caught(arguments, wrong):
    assert (check_dashboard(arguments) is not None) == wrong


@pytest.mark.parametrize(
    ("program", "arguments", "wrong"),
    [
        ("aiwatch.py", "AIWATCH --out positions.csv --project .", False),
        ("aiwatch.py", "AIWATCH --out positions.csv --part half", True),
        ("aiwatch.py", "AIWATCH", True),  # --out is required
        ("roster.py", "ROSTER --out terms.csv [--commit COMMIT] [--project DIR]", False),
        ("roster.py", "ROSTER --out terms.csv [--part held-out]", True),
    ],
)
def test_a_wrong_tool_command_is_caught(program, arguments, wrong):
    assert (CHECKS[program](arguments) is not None) == wrong


def test_a_wrong_dev_command_is_caught():
    assert check_dev("serve --read-only --port 8600") is None
    assert check_dev("serve --readonly") is not None
    assert check_dev("bench --sizes seed,1000 --no-browser") is None
    assert check_dev("bench --size seed") is not None
    assert check_dev("tests") is not None
    assert set(DEV_COMMANDS) >= {"serve", "test", "bench"}


# --- examples ----------------------------------------------------------------------------------

RECORD = "example: record"
ADDED = "example: added to data/events.yaml"
EXCERPT = "example: excerpt of data/events.yaml"
ADD_MOVE = "example: add-move input"
NOT_A_RECORD = "not a record"
YAML = examples("yaml")
JSON = examples("json")


def test_every_example_says_what_it_is():
    marks = (RECORD, ADDED, EXCERPT, ADD_MOVE, NOT_A_RECORD)
    unmarked = [str(block) for block in YAML + JSON if not block.mark.startswith(marks)]
    assert not unmarked, f"mark these blocks (<!-- example: record --> etc.): {unmarked}"
    assert any(block.mark.startswith(RECORD) for block in fenced(README)), "the README shows a record"


def quotes(tree: object) -> list[str]:
    """Every quote in a YAML tree."""
    if isinstance(tree, dict):
        found = [tree["quote"]] if isinstance(tree.get("quote"), str) else []
        return found + [quote for value in tree.values() for quote in quotes(value)]
    if isinstance(tree, list):
        return [quote for value in tree for quote in quotes(value)]
    return []


def sections(text: str) -> dict[str, list[str]]:
    """The lines of each top-level section of a record's text (comments before the first dropped)."""
    found: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines(keepends=True):
        header = re.fullmatch(r"([a-z]+):[ \t]*(#.*)?\r?\n?", line)
        if header:
            current = found.setdefault(header.group(1), [])
        elif current is not None:
            current.append(line if line.endswith("\n") else line + "\n")
    return found


def project(tmp_path: Path, example: str, *, with_shipped: bool) -> Path:
    """A project folder whose seeds/ hold the shipped documents (if asked) and, for every path the
    example cites that isn't one of them, a document with the example's quotes."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    if with_shipped:
        for document in (REPO / "seeds").iterdir():
            shutil.copy(document, seeds / document.name)
    tree = yamltree.parse(example).data
    assert isinstance(tree, dict), "an example record is a mapping of sections"
    text = "\n".join(quotes(tree)) + "\n"
    for source in (tree.get("sources") or {}).values():
        path = source.get("path") if isinstance(source, dict) else None
        if path and not (tmp_path / path).exists():
            (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / path).write_text(text, encoding="utf-8")
    return tmp_path


def size(text: str) -> int:
    """How many records a record's text holds."""
    return sum(len(section or ()) for section in yamltree.parse(text).data.values())


def merged(shipped: str, added: str) -> str:
    """The shipped record with the records of ``added`` at the end of their sections."""
    old, new = sections(shipped), sections(added)
    unknown = set(new) - set(SECTIONS)
    assert not unknown, f"not sections of a record: {unknown}"
    return "".join(f"{name}:\n" + "".join(old.get(name, []) + new.get(name, [])) for name in SECTIONS)


@pytest.mark.parametrize("block", [b for b in YAML if b.mark.startswith((RECORD, ADDED))], ids=str)
def test_every_record_example_is_valid(block, tmp_path):
    added = block.mark.startswith(ADDED)
    root = project(tmp_path, block.text, with_shipped=added)
    text = merged(SHIPPED.read_text(encoding="utf-8"), block.text) if added else block.text
    result = load(text, root=root)
    assert result.ok, f"{block}: " + "\n".join(problem.format("example") for problem in result.errors)
    warnings = [problem for problem in result.warnings if not added or problem.message not in shipped_warnings()]
    assert not warnings, f"{block}: " + "\n".join(problem.format("example") for problem in warnings)
    if added:
        assert size(result.text) > size(SHIPPED.read_text(encoding="utf-8")), f"{block}: adds no record"


@functools.cache
def shipped_warnings() -> set[str]:
    return {problem.message for problem in load(SHIPPED.read_text(encoding="utf-8")).warnings}


@pytest.mark.parametrize("block", [b for b in YAML if b.mark.startswith(EXCERPT)], ids=str)
def test_every_excerpt_is_in_the_shipped_record(block):
    assert block.text in SHIPPED.read_text(encoding="utf-8"), f"{block}: not in data/events.yaml as shown"


def test_a_wrong_record_example_fails(tmp_path):
    (readme_example,) = [block for block in fenced(README) if block.mark.startswith(RECORD)]
    wrong = readme_example.text.replace("quote: ", "quote: Not in the article: ", 1)
    root = project(tmp_path, readme_example.text, with_shipped=False)
    assert not load(wrong, root=root).ok


def test_the_add_move_example_parses_into_a_draft():
    blocks = [block for block in JSON if block.mark.startswith(ADD_MOVE)]
    assert blocks, "docs show the input of add-move"
    for block in blocks:
        draft, problems = draft_from_json(json.loads(block.text))
        assert not problems, f"{block}: {problems}"
        page = prose(block.page)
        assert f"`{draft.move_id}`" in page, f"{block}: the page names the id the move gets, {draft.move_id}"


# --- links -------------------------------------------------------------------------------------


def anchors(page: Path) -> set[str]:
    """The anchors of a page's headings, as GitHub makes them."""
    found: set[str] = set()
    for heading in re.findall(r"^#{1,6} +(.+?) *$", prose(page), re.M):
        slug = re.sub(r"[^\w\- ]", "", heading.replace("`", "").lower()).replace(" ", "-")
        number, candidate = 0, slug
        while candidate in found:
            number += 1
            candidate = f"{slug}-{number}"
        found.add(candidate)
    return found


LINKS = [
    (page, target)
    for page in DOCS
    for target in re.findall(r"!?\[[^\]]*\]\(([^)\s]+)\)", prose(page))
    if not re.match(r"[a-z]+:", target)
]


def test_the_pages_link_each_other():
    assert any(target.startswith("docs/") for page, target in LINKS if page == README)
    assert any("#" in target for _, target in LINKS)


@pytest.mark.parametrize(("page", "target"), LINKS, ids=[f"{p.name}->{t}" for p, t in LINKS])
def test_every_relative_link_leads_somewhere(page, target):
    path, _, anchor = target.partition("#")
    file = (page.parent / path).resolve() if path else page
    assert file.exists(), f"{page.relative_to(REPO)}: {target}: no such file"
    if anchor and file.suffix == ".md":
        assert anchor in anchors(file), f"{page.relative_to(REPO)}: {target}: no such heading"


def test_every_path_of_the_code_named_exists():
    missing = [
        f"{page.relative_to(REPO)}: {path}"
        for page in DOCS
        for span in spans(page)
        for path in CODE_PATHS.findall(span)
        if not any(REPO.glob(path.rstrip("/")))
    ]
    assert not missing, "\n".join(missing)


def test_every_problem_code_is_listed_with_its_severity_and_kind():
    from dashboard.record.problems import CODES

    page = (REPO / "docs" / "problem-codes.md").read_text(encoding="utf-8")
    rows = {}
    for line in page.splitlines():
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        if len(cells) == 4 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = (cells[1], cells[2])
    assert rows == {code: (meaning.severity, meaning.kind) for code, meaning in CODES.items()}
