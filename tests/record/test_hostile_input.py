"""Hostile and broken input: each gets its code (and place), in the validator and in the app.

The same table drives both: the validator must report the expected code at the expected line
and column, and the dashboard, given that file, must show its error view with the validator's
message rather than an exception.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import threading
import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.config import DATA_ENV
from dashboard.record import characters
from dashboard.record.documents import MAX_DOCUMENT_BYTES
from dashboard.record.load import LoadResult, load_file
from support.records import REPO, SHIPPED, TODAY, line_of, position_of

SHIPPED_TEXT = SHIPPED.read_text(encoding="utf-8")
BILLION_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
)


def shipped_with(old: str, new: str) -> str:
    assert old in SHIPPED_TEXT
    return SHIPPED_TEXT.replace(old, new, 1)


# (name, file content, expected code, where: a line, a (line, column), or a text marked as for
# support.records.position_of; None: anywhere)
CASES = [
    ("tab in indentation", shipped_with("    to: apple\n", "\tto: apple\n"), "yaml-syntax", "|\tto: apple"),
    ("unclosed quote", shipped_with('date: "2023-05/.."', 'date: "2023-05/..'), "yaml-syntax", 'date: |"2023-05/..'),
    ("unclosed bracket", shipped_with("aliases: [Mistral]", "aliases: [Mistral"), "yaml-syntax", "aliases: |[Mistral"),
    ("bad indent", shipped_with("    to: apple\n", "   to: apple\n"), "yaml-syntax", "   |to: apple"),
    ("duplicate key", shipped_with("    to: apple\n", "    to: apple\n    to: meta\n"), "duplicate-key", "    to: |meta\n    date"),
    ("anchor", shipped_with("    to: apple\n", "    to: &dest apple\n"), "yaml-anchor", "to: |&dest"),
    ("alias", shipped_with("    to: apple\n", "    to: *dest\n"), "yaml-alias", "to: |*dest"),
    ("billion laughs", BILLION_LAUGHS, "yaml-anchor", "a: |&a ["),
    ("python tag", shipped_with("    to: apple\n", "    to: !!python/object/apply:os.system ['true']\n"), "yaml-tag", "to: |!!python"),
    ("local tag", shipped_with("    to: apple\n", "    to: !org apple\n"), "yaml-tag", "to: |!org"),
    ("'no' as an organisation", shipped_with("    to: apple\n", "    to: no\n"), "unknown-organisation", "    to: |no\n"),
    ("'yes' as a person", shipped_with("person: armand-joulin", "person: yes"), "unknown-person", "person: |yes"),
    ("'on' as a source", shipped_with("source: insideit-llama-authors\n        supports: [person, from, to]\n        quote: >-\n          Armand", "source: on\n        supports: [person, from, to]\n        quote: >-\n          Armand"), "unknown-source", "source: |on\n"),
    ("'null' as an organisation", shipped_with("    to: apple\n", "    to: null\n"), "unknown-organisation", "    to: |null"),
    ("'012' as a person", shipped_with("person: armand-joulin", "person: 012"), "unknown-person", "person: |012"),
    ("'1:30' as an id", shipped_with("  - id: joulin-meta-to-apple", "  - id: 1:30"), "invalid-id", "id: |1:30"),
    ("a date as a name", shipped_with("    name: Apple\n", "    name: 2023-05-01\n"), None, None),
    ("empty file", "", "empty-file", (1, 1)),
    ("comment-only file", "# nothing here\n# at all\n", "empty-file", (1, 1)),
    ("list where a mapping belongs", "organizations:\n  - meta\n", "expected-records", (2, 3)),
    ("number where a list belongs", "moves: 42\n", "expected-records", (1, 8)),
    ("deep nesting", "moves:\n" + "  " + "[" * 5000 + "\n", "too-deep", 2),
    ("deep block nesting", "moves:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(200)), "too-deep", "|k63:"),
    ("misspelled key", shipped_with("    from: meta\n    to: apple\n", "    form: meta\n    to: apple\n"), "unknown-field", "|form: meta"),
    ("quote not in document", shipped_with("verliess Meta bereits im Mai", "verliess Meta schon im Mai"), "quote-not-found", "quote: |>-\n          Armand Joulin, ein weiterer Llama-Autor, verliess Meta schon"),
    ("path with ..", shipped_with("path: seeds/000_754018a0b65caa00.txt", "path: seeds/../../../etc/passwd"), "unsafe-source-path", "path: |seeds/../"),
    ("absolute path", shipped_with("path: seeds/000_754018a0b65caa00.txt", "path: /etc/passwd"), "unsafe-source-path", "path: |/etc/passwd"),
    ("file URL", shipped_with("path: seeds/000_754018a0b65caa00.txt", "url: file:///etc/passwd"), "invalid-url", "url: |file:"),
    # Characters no source prints (issue 22): refused at their line, named by code point.
    ("right-to-left override in a name", shipped_with("    name: Apple\n", "    name: \u202eelppA\n"), "refused-character", "name: |\u202e"),
    ("isolate in a comment", shipped_with("moves:\n", "moves:  # \u2067hidden\u2069\n"), "refused-character", "moves:  # |\u2067"),
    ("NEL in a plain value", shipped_with("    name: Apple\n", "    name: App\x85le\n"), "refused-character", "name: App|\x85"),
    ("line separator in a quoted value", shipped_with("    name: Apple\n", '    name: "App\u2028le"\n'), "refused-character", 'name: "App|\u2028'),
    ("paragraph separator in a quote", shipped_with("verliess Meta bereits im Mai", "verliess Meta\u2029bereits im Mai"), "refused-character", "Meta|\u2029"),
    ("terminal escape in a role", shipped_with("    to: apple\n", "    to: apple\n    role: \x1b[2J\x1b[31mowned\n"), "refused-character", "role: |\x1b"),
    ("NUL in a note", shipped_with("    to: apple\n", "    to: apple\n    note: a\x00b\n"), "refused-character", "note: a|\x00"),
    ("C1 control in a name", shipped_with("    name: Apple\n", "    name: Apple\x9b31m\n"), "refused-character", "name: Apple|\x9b"),
    ("lone carriage return", shipped_with("    to: apple\n", "    to: apple\r    role: CEO\n"), "refused-character", "to: apple|\r"),
    ("escaped ESC in a quoted value", shipped_with("    name: Apple\n", '    name: "Apple\\e[31m"\n'), "refused-escape", 'name: |"Apple\\e'),
    ("escaped override in a quoted value", shipped_with("    name: Apple\n", '    name: "\\u202eelppA"\n'), "refused-escape", 'name: |"\\u202e'),
    ("escaped NEL in a quoted key", shipped_with("  apple:\n", '  "apple\\N":\n'), "refused-escape", '|"apple\\N":'),
    ("escaped lone surrogate", shipped_with("    name: Apple\n", '    name: "\\ud800"\n'), "refused-escape", 'name: "\\u|d800'),
    ("id with a trailing newline", shipped_with("  - id: joulin-meta-to-apple", '  - id: "joulin-meta-to-apple\\n"'), "invalid-id", 'id: |"joulin-meta-to-apple'),
    ("record key with a trailing newline", shipped_with("  apple:\n", '  "apple\\n":\n'), "invalid-id", '|"apple\\n":'),
]  # fmt: skip


def _load_case(tmp_path: Path, content: str) -> LoadResult:
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "events.yaml"
    path.write_text(content, encoding="utf-8")
    (tmp_path / "seeds").symlink_to(REPO / "seeds")
    return load_file(path, today=TODAY)


@pytest.mark.parametrize(("name", "content", "code", "where"), CASES, ids=[case[0] for case in CASES])
def test_validator_names_the_problem_and_its_place(tmp_path, name, content, code, where):
    result = _load_case(tmp_path, content)
    if code is None:  # a harmless trap: read as text, and valid
        assert result.ok, [p.message for p in result.errors]
        assert "2023-05-01" in {org.name for org in result.dataset.document.organizations.values()}
        return
    assert not result.ok
    found = [problem for problem in result.errors if problem.code == code]
    assert found, f"{name}: expected {code}, got {[(p.code, p.message) for p in result.errors]}"
    if isinstance(where, int):
        assert found[0].line == where
    elif where is not None:
        expected = where if isinstance(where, tuple) else position_of(content, where)
        assert (found[0].line, found[0].col) == expected
        assert found[0].format("events.yaml").startswith(f"events.yaml:{expected[0]}:{expected[1]}: error: ")


@pytest.mark.parametrize(("name", "content", "code", "where"), CASES, ids=[case[0] for case in CASES])
def test_messages_name_characters_never_print_them(tmp_path, name, content, code, where):
    path = tmp_path / "events.yaml"
    path.write_text(content, encoding="utf-8", newline="")
    (tmp_path / "seeds").symlink_to(REPO / "seeds")
    result = load_file(path, today=TODAY)
    for problem in result.errors:
        assert not characters.REFUSED.search(problem.message), problem.message
        shown = result.line(problem.line) or ""
        assert not characters.REFUSED.search(shown), shown


@pytest.mark.parametrize(
    ("old", "new", "line_text", "col", "message"),
    [
        ("    name: Apple\n", "    name: \u202eelppA\n", "    name: \u202e", 11, "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("    name: Apple\n", "    name: Ap\u2028ple\n", "    name: Ap", 13, "U+2028 LINE SEPARATOR"),
        ("    to: apple\n", "    to: apple\n    role: \x1b]8;;https://evil\x07x\n", "    role: \x1b", 11, "U+001B ESCAPE"),
        ("    to: apple\n", "    to: apple\n    role: \x1b]8;;https://evil\x07x\n", "    role: \x1b", 28, "U+0007 BELL"),
    ],
)  # fmt: skip
def test_a_refused_character_is_reported_at_its_line_and_column(tmp_path, old, new, line_text, col, message):
    path = tmp_path / "events.yaml"
    content = shipped_with(old, new)
    path.write_text(content, encoding="utf-8")
    (tmp_path / "seeds").symlink_to(REPO / "seeds")
    result = load_file(path, today=TODAY)
    found = [problem for problem in result.errors if problem.message.startswith(message)]
    assert found, [problem.message for problem in result.errors]
    line = line_of(content, line_text)
    assert (found[0].code, found[0].line, found[0].col) == ("refused-character", line, col)
    # wording: the message names the character by its code point and name, never as itself
    assert found[0].format("events.yaml").startswith(f"events.yaml:{line}:{col}: error: {message} is not allowed")
    assert "[U+" in result.line(line)  # the line shown beside the error names the character too


REFUSED_CHARACTERS = [chr(code) for code in [*range(0x00, 0x09), 0x0B, 0x0C, 0x0D, *range(0x0E, 0x20), 0x7F,
                                              *range(0x80, 0xA0), 0x2028, 0x2029, *range(0x202A, 0x202F),
                                              *range(0x2066, 0x206A), 0xD800, 0xDBFF, 0xDC00, 0xDFFF]]  # fmt: skip
KEPT_CHARACTERS = ["\t", "\n", "\u200e", "\u200f", "\u061c", "\u200d", "\u200c", "\u00a0", "\u00ad", "é", "ß", "李"]


def test_the_rule_refuses_exactly_the_documented_characters():
    for char in REFUSED_CHARACTERS:
        problem = characters.in_value(f"a{char}b")
        assert problem and problem.startswith("holds U+") and "(character 2)" in problem, repr(char)
        assert not characters.REFUSED.search(problem)
    for char in KEPT_CHARACTERS:
        assert characters.in_value(f"a{char}b") is None, repr(char)
    assert characters.describe("\u202e") == "U+202E RIGHT-TO-LEFT OVERRIDE"
    assert characters.describe("\x85") == "U+0085 NEXT LINE (NEL)"
    assert characters.describe("\x00") == "U+0000 NULL"


def test_directional_marks_are_kept_byte_exact(tmp_path):
    """Arabic and Hebrew pages print the marks LRM, RLM and ALM: a name keeps them as written."""
    name = "\u05d0\u05e4\u05dc \u200f(Apple)\u200e \u061c"
    path = tmp_path / "events.yaml"
    path.write_text(shipped_with("    name: Apple\n", f"    name: {name}\n"), encoding="utf-8")
    (tmp_path / "seeds").symlink_to(REPO / "seeds")
    result = load_file(path, today=TODAY)
    assert result.ok, [problem.message for problem in result.errors]
    assert result.dataset.document.organizations["apple"].name == name


def test_windows_line_ends_are_fine(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_bytes(SHIPPED_TEXT.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "seeds").symlink_to(REPO / "seeds")
    assert load_file(path, today=TODAY).ok


def test_nothing_from_a_tag_is_executed(tmp_path):
    marker = tmp_path / "executed"
    path = tmp_path / "events.yaml"
    path.write_text(f"moves: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8")
    load_file(path, today=TODAY)
    assert not marker.exists()


def test_a_source_symlink_leading_out_is_never_read(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "seeds").mkdir()
    fifo = tmp_path / "outside.fifo"
    import os

    os.mkfifo(fifo)  # reading a FIFO with no writer would block forever: refusing must not read it
    (tmp_path / "seeds" / "doc.txt").symlink_to(fifo)
    (tmp_path / "data" / "events.yaml").write_text(
        "sources:\n  s:\n    path: seeds/doc.txt\n    language: de\n    published: '2024'\n", encoding="utf-8"
    )
    result = load_file(tmp_path / "data" / "events.yaml", today=TODAY)
    assert [(problem.code, problem.path) for problem in result.errors] == [
        ("unsafe-source-path", ("sources", "s", "path"))
    ]


def finishes(call, seconds: float = 20):
    """``call()``'s result, failing (not hanging) if it takes longer than ``seconds``: a FIFO
    opened for reading waits for a writer forever."""
    done: dict = {}
    worker = threading.Thread(target=lambda: done.setdefault("result", call()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"still running after {seconds} s (blocked on a FIFO?)"
    return done["result"]


def trapped_seeds(root: Path) -> None:
    """A ``seeds/`` folder with one good document and every kind of trap a folder can hold."""
    seeds = root / "seeds"
    seeds.mkdir()
    (seeds / "doc.txt").write_text("Ada Example verlässt Acme und geht zu Globex.\n", encoding="utf-8")
    (seeds / "link.txt").symlink_to("doc.txt")  # a link to a document inside seeds/ is fine
    (seeds / "zero.txt").symlink_to("/dev/zero")  # endless
    os.mkfifo(seeds / "fifo.txt")  # blocks a reader until someone writes
    with open(seeds / "big.txt", "wb") as big:  # one byte over the cap (sparse: no disk used)
        big.truncate(MAX_DOCUMENT_BYTES + 1)
    (root / "secret.txt").write_text("not a source", encoding="utf-8")
    (seeds / "out.txt").symlink_to(root / "secret.txt")
    (seeds / "loop.txt").symlink_to("loop.txt")
    (seeds / "folder.txt").mkdir()


TRAPS = [
    (
        "zero.txt",
        "unsafe-source-path",
        "source path 'seeds/zero.txt' leads outside seeds/ (through a symlink): refused unread",
    ),
    ("fifo.txt", "document-not-regular", "source file 'seeds/fifo.txt' is not a regular file (a FIFO): refused unread"),
    ("big.txt", "document-too-large", "source file 'seeds/big.txt' is larger than 5 MiB (5,242,881 bytes)"),
    (
        "out.txt",
        "unsafe-source-path",
        "source path 'seeds/out.txt' leads outside seeds/ (through a symlink): refused unread",
    ),
    ("loop.txt", "unsafe-source-path", "source path 'seeds/loop.txt' is a symbolic link that leads nowhere (a loop)"),
    (
        "folder.txt",
        "document-not-regular",
        "source file 'seeds/folder.txt' is not a regular file (a folder): refused unread",
    ),
]
"""(document, code, message): what each trap is refused as. The messages say which trap it is (a
FIFO, a folder, a loop): they are kept word for word."""


def test_a_stored_document_that_is_not_a_regular_file_in_seeds_is_refused_at_its_path(tmp_path):
    trapped_seeds(tmp_path)
    (tmp_path / "data").mkdir()
    record = "sources:\n" + "".join(
        f"  {name.removesuffix('.txt')}:\n    path: seeds/{name}\n    language: de\n"
        for name in ["doc.txt", "link.txt"] + [name for name, _, _ in TRAPS]
    )
    (tmp_path / "data" / "events.yaml").write_text(record, encoding="utf-8")
    result = finishes(lambda: load_file(tmp_path / "data" / "events.yaml", today=TODAY))
    assert len(result.errors) == len(TRAPS), [problem.message for problem in result.errors]  # doc, link: fine
    for name, code, message in TRAPS:
        [problem] = [problem for problem in result.errors if problem.path[1] == name.removesuffix(".txt")]
        assert (problem.code, problem.line, problem.col) == (code, *position_of(record, f"path: |seeds/{name}"))
        assert message in problem.message


def add_source_cli(root: Path, article: Path) -> subprocess.CompletedProcess:
    """``add-source`` in a process that may use at most 1.5 GiB of address space and 120 s: reading
    ``/dev/zero`` whole ends in a MemoryError there, a FIFO in a timeout, instead of the machine."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1536 * 1024 * 1024, 1536 * 1024 * 1024))

    return subprocess.run(
        [sys.executable, "-m", "dashboard", "add-source", str(article), "--data", str(root / "data" / "events.yaml"),
         "--language", "de", "--today", "2026-11-24"],
        capture_output=True, text=True, timeout=120, preexec_fn=limit, check=False,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)},
    )  # fmt: skip


ARTICLE = "# Wechsel\n\nBerlin, 12. Mai 2025. Katrin Vogel wechselt von Acme zu Globex, wie das Unternehmen sagt.\n"


def test_add_source_reads_no_trap_in_seeds_while_looking_for_the_same_text(tmp_path):
    trapped_seeds(tmp_path)
    (tmp_path / "data").mkdir()
    record = tmp_path / "data" / "events.yaml"
    record.write_text("sources:\n  doc:\n    path: seeds/doc.txt\n    language: de\n", encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    done = add_source_cli(tmp_path, article)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    _source_id, path = done.stdout.split()
    assert (tmp_path / path).read_text(encoding="utf-8") == ARTICLE
    assert f"path: {path}" in record.read_text(encoding="utf-8")


def test_add_source_refuses_a_record_that_names_a_trap_and_writes_nothing(tmp_path):
    trapped_seeds(tmp_path)
    (tmp_path / "data").mkdir()
    record = tmp_path / "data" / "events.yaml"
    record.write_text("sources:\n  zero:\n    path: seeds/zero.txt\n    language: de\n", encoding="utf-8")
    before, seeds = record.read_bytes(), sorted(os.listdir(tmp_path / "seeds"))
    article = tmp_path / "article.md"
    article.write_text(ARTICLE, encoding="utf-8")
    done = add_source_cli(tmp_path, article)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "events.yaml is not valid now (1 errors): fix it first (validate)" in done.stderr
    assert record.read_bytes() == before and sorted(os.listdir(tmp_path / "seeds")) == seeds
    validate = subprocess.run(
        [sys.executable, "-m", "dashboard", "validate", str(record)], capture_output=True, text=True, timeout=120,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(REPO)}, check=False,
    )  # fmt: skip
    assert validate.returncode == 1
    assert f"{record}:3:11: error: source path 'seeds/zero.txt' leads outside seeds/" in validate.stdout


@pytest.mark.parametrize(
    ("name", "content", "code", "where"), [c for c in CASES if c[2]], ids=[c[0] for c in CASES if c[2]]
)
def test_the_dashboard_shows_the_error_view_for_each(tmp_path, monkeypatch, name, content, code, where):
    message = next(
        problem.message for problem in _load_case(tmp_path / "validated", content).errors if problem.code == code
    )
    path = tmp_path / "data" / "events.yaml"
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    (tmp_path / "seeds").symlink_to(REPO / "seeds")
    monkeypatch.setenv(DATA_ENV, str(path))
    monkeypatch.setenv("TALENT_FLOWS_TODAY", "2026-11-24")
    at = AppTest.from_file(str(REPO / "dashboard" / "ui" / "app.py"), default_timeout=60).run()
    assert not at.exception, name
    assert at.error and "error" in at.error[0].value
    shown = " ".join(markdown.value for markdown in at.markdown).replace("\\", "")
    assert message.replace("\\", "") in shown


def test_non_utf8_file_gives_the_error_view(tmp_path, monkeypatch):
    path = tmp_path / "events.yaml"
    path.write_bytes(b"moves:\n  - id: caf\xe9\n")
    monkeypatch.setenv(DATA_ENV, str(path))
    at = AppTest.from_file(str(REPO / "dashboard" / "ui" / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert "not valid UTF-8" in " ".join(markdown.value for markdown in at.markdown).replace("\\", "")


# --- the server and the code base -------------------------------------------------------------


def test_server_configuration_is_locked_down():
    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"
    assert config["server"]["enableXsrfProtection"] is True
    assert config["server"]["enableCORS"] is True
    # Static serving is on for dashboard/ui/static, which holds only the chart code and its
    # licences (tests/ui/test_server.py checks the folder).
    assert config["server"]["enableStaticServing"] is True
    assert config["server"]["headless"] is True
    assert config["browser"]["gatherUsageStats"] is False


def test_serve_command_binds_loopback(monkeypatch):
    from streamlit.web import cli as streamlit_cli

    from dashboard import cli

    seen = {}
    monkeypatch.setattr(streamlit_cli, "main", lambda: seen.setdefault("argv", list(__import__("sys").argv)) and 0)
    monkeypatch.chdir(REPO)
    monkeypatch.setattr("sys.argv", list(__import__("sys").argv))  # serve sets sys.argv: restore it after
    cli.main(["serve", "--port", "8999"])
    argv = seen["argv"]
    assert argv[argv.index("--server.address") + 1] == "127.0.0.1"


def _python_files() -> list[Path]:
    return [path for folder in ("dashboard", "bench") for path in (REPO / folder).rglob("*.py")]


def test_no_raw_html_anywhere():
    for path in _python_files():
        source = path.read_text(encoding="utf-8")
        for forbidden in ("unsafe_allow_html", "st.html(", "components.html(", "components.v1"):
            assert forbidden not in source, f"{path.relative_to(REPO)} uses {forbidden}"
        if path.relative_to(REPO).as_posix() != "dashboard/ui/components/chart.py":
            assert "components.v2.component(" not in source, f"{path.relative_to(REPO)}: only the chart is a component"


def test_the_chart_element_writes_no_html():
    """The chart's browser code passes the figure to plotly.js (whose text is escaped in Python)
    and shows an error with textContent: nothing it writes is parsed as HTML."""
    source = (REPO / "dashboard" / "ui" / "components" / "chart.js").read_text(encoding="utf-8")
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("):
        assert forbidden not in source
    assert "textContent" in source
