"""Hostile and broken input: each gets its message (and line), in the validator and in the app.

The same table drives both: the validator must report the expected message at the expected
line, and the dashboard, given that file, must show its error view rather than an exception.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.config import DATA_ENV
from dashboard.record.load import load_file
from helpers import REPO, SHIPPED, TODAY, line_of

SHIPPED_TEXT = SHIPPED.read_text(encoding="utf-8")
BILLION_LAUGHS = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
)


def shipped_with(old: str, new: str) -> str:
    assert old in SHIPPED_TEXT
    return SHIPPED_TEXT.replace(old, new, 1)


# (name, file content, expected message fragment, expected line: int, or text whose line it is)
CASES = [
    ("tab in indentation", shipped_with("    to: apple\n", "\tto: apple\n"), "a tab character is not allowed here", "\tto: apple"),
    ("unclosed quote", shipped_with('date: "2023-05/.."', 'date: "2023-05/..'), "unclosed quote", 'date: "2023-05/..'),
    ("unclosed bracket", shipped_with("aliases: [Mistral]", "aliases: [Mistral"), "unclosed bracket '['", "aliases: [Mistral"),
    ("bad indent", shipped_with("    to: apple\n", "   to: apple\n"), "YAML syntax", "   to: apple"),
    ("duplicate key", shipped_with("    to: apple\n", "    to: apple\n    to: meta\n"), "duplicate key 'to' (first written at line", "    to: meta\n    date"),
    ("anchor", shipped_with("    to: apple\n", "    to: &dest apple\n"), "anchors (&dest) are not allowed", "to: &dest"),
    ("alias", shipped_with("    to: apple\n", "    to: *dest\n"), "aliases (*dest) are not allowed", "to: *dest"),
    ("billion laughs", BILLION_LAUGHS, "anchors (&a) are not allowed", 1),
    ("python tag", shipped_with("    to: apple\n", "    to: !!python/object/apply:os.system ['true']\n"), "tags (tag:yaml.org,2002:python/object/apply:os.system) are not allowed", "to: !!python"),
    ("local tag", shipped_with("    to: apple\n", "    to: !org apple\n"), "tags (!org) are not allowed", "to: !org"),
    ("'no' as an organisation", shipped_with("    to: apple\n", "    to: no\n"), "unknown organisation 'no'", "    to: no"),
    ("'yes' as a person", shipped_with("person: armand-joulin", "person: yes"), "unknown person 'yes'", "person: yes"),
    ("'on' as a source", shipped_with("source: insideit-llama-authors\n        supports: [person, from, to]\n        quote: >-\n          Armand", "source: on\n        supports: [person, from, to]\n        quote: >-\n          Armand"), "unknown source 'on'", "source: on"),
    ("'null' as an organisation", shipped_with("    to: apple\n", "    to: null\n"), "unknown organisation 'null'", "    to: null"),
    ("'012' as a person", shipped_with("person: armand-joulin", "person: 012"), "unknown person '012'", "person: 012"),
    ("'1:30' as an id", shipped_with("  - id: joulin-meta-to-apple", "  - id: 1:30"), "'1:30' is not a valid id", "id: 1:30"),
    ("a date as a name", shipped_with("    name: Apple\n", "    name: 2023-05-01\n"), None, None),
    ("empty file", "", "the file is empty", 1),
    ("comment-only file", "# nothing here\n# at all\n", "the file is empty", 1),
    ("list where a mapping belongs", "organizations:\n  - meta\n", "section 'organizations' must be a mapping of id to record, not a list", 2),
    ("number where a list belongs", "moves: 42\n", "section 'moves' must be a list of records, not the text '42'", 1),
    ("deep nesting", "moves:\n" + "  " + "[" * 5000 + "\n", "the file is nested too deeply", 2),
    ("deep block nesting", "moves:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(200)), "nesting deeper than 64 levels", None),
    ("misspelled key", shipped_with("    from: meta\n    to: apple\n", "    form: meta\n    to: apple\n"), "unknown field 'form' (did you mean 'from'?)", "form: meta"),
    ("quote not in document", shipped_with("verliess Meta bereits im Mai", "verliess Meta schon im Mai"), "quote not found in seeds/000_754018a0b65caa00.txt", "quote: >-\n          Armand Joulin, ein weiterer Llama-Autor, verliess Meta schon"),
    ("path with ..", shipped_with("path: seeds/000_754018a0b65caa00.txt", "path: seeds/../../../etc/passwd"), "contains '..'", "path: seeds/../"),
    ("absolute path", shipped_with("path: seeds/000_754018a0b65caa00.txt", "path: /etc/passwd"), "is absolute", "path: /etc/passwd"),
    ("file URL", shipped_with("path: seeds/000_754018a0b65caa00.txt", "url: file:///etc/passwd"), "URL scheme 'file' is not allowed", "url: file:"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "content", "message", "line"), CASES, ids=[case[0] for case in CASES])
def test_validator_names_the_problem_and_its_line(tmp_path, name, content, message, line):
    path = tmp_path / "events.yaml"
    path.write_text(content, encoding="utf-8")
    (tmp_path / "seeds").symlink_to(REPO / "seeds")
    result = load_file(path, today=TODAY)
    if message is None:  # a harmless trap: read as text, and valid
        assert result.ok, [p.message for p in result.errors]
        assert "2023-05-01" in {org.name for org in result.dataset.document.organizations.values()}
        return
    assert not result.ok
    found = [problem for problem in result.errors if message in problem.message]
    assert found, f"{name}: expected {message!r}, got {[p.message for p in result.errors]}"
    if line is not None:
        expected = line if isinstance(line, int) else line_of(content, line)
        assert found[0].line == expected
        assert found[0].format(str(path)).startswith(f"{path}:{expected}:")


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
    assert any("leads outside seeds/" in problem.message for problem in result.errors)


@pytest.mark.parametrize(
    ("name", "content", "message", "line"), [c for c in CASES if c[2]], ids=[c[0] for c in CASES if c[2]]
)
def test_the_dashboard_shows_the_error_view_for_each(tmp_path, monkeypatch, name, content, message, line):
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
    # licences (tests/test_server.py checks the folder).
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
        if path.relative_to(REPO).as_posix() != "dashboard/ui/chart.py":
            assert "components.v2.component(" not in source, f"{path.relative_to(REPO)}: only the chart is a component"


def test_the_chart_element_writes_no_html():
    """The chart's browser code passes the figure to plotly.js (whose text is escaped in Python)
    and shows an error with textContent: nothing it writes is parsed as HTML."""
    source = (REPO / "dashboard" / "ui" / "chart.js").read_text(encoding="utf-8")
    for forbidden in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function("):
        assert forbidden not in source
    assert "textContent" in source
