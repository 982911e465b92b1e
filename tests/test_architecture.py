"""The layers are checked, not just written down: the import contracts of pyproject.toml hold on
the code, and an import that breaks one of them makes the linter fail, naming it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support.records import REPO

LINT = Path(sys.executable).with_name("lint-imports")


def lint(root: Path) -> subprocess.CompletedProcess:
    """``lint-imports`` on the package under ``root`` (first on the path, so a copy shadows ours)."""
    return subprocess.run(
        [str(LINT), "--no-cache", "--no-logo"], cwd=root, capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONPATH": str(root)},
    )  # fmt: skip


def test_the_code_keeps_every_contract():
    done = lint(REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "6 kept, 0 broken" in done.stdout


@pytest.mark.parametrize(
    ("module", "line", "broken"),
    [
        ("record/dates.py", "import streamlit", "dashboard.record is not allowed to import streamlit"),
        ("analysis/flows.py", "import plotly.graph_objects", "dashboard.analysis is not allowed to import plotly"),
        ("analysis/flows.py", "from dashboard.ui.components import widgets", "dashboard.analysis.flows -> dashboard.ui.components.widgets"),
        ("record/load.py", "from dashboard.analysis import tables", "dashboard.record.load -> dashboard.analysis.tables"),
        ("live/watch.py", "from dashboard.ui import state", "dashboard.live.watch -> dashboard.ui.state"),
        ("edit/atomic.py", "from dashboard.analysis import tables", "dashboard.edit.atomic -> dashboard.analysis.tables"),
        ("articles/candidates.py", "from dashboard.edit import saving", "dashboard.articles.candidates -> dashboard.edit.saving"),
        ("edit/importing.py", "import pandas", "dashboard.edit is not allowed to import pandas"),
        ("synth.py", "import streamlit", "dashboard.synth is not allowed to import streamlit"),
        ("record/load.py", "import yaml", "Illegal imports of protected package yaml"),
        ("record/rules.py", "import pandas", "dashboard.record is not allowed to import pandas"),
        ("ui/components/widgets.py", "import yaml", "Illegal imports of protected package yaml"),
        ("text.py", "from dashboard.record import dates", "dashboard.text -> dashboard.record.dates"),
        ("history/log.py", "import streamlit", "dashboard.history is not allowed to import streamlit"),
        ("history/diff.py", "from dashboard.ui import state", "dashboard.history.diff -> dashboard.ui.state"),
        ("history/git.py", "from dashboard.live import watch", "dashboard.history.git -> dashboard.live.watch"),
        ("analysis/flows.py", "from dashboard.history import log", "dashboard.analysis.flows -> dashboard.history.log"),
        ("articles/reading/names.py", "from dashboard.articles.reading import sides", "dashboard.articles.reading.names -> dashboard.articles.reading.sides"),
    ],
)  # fmt: skip
def test_a_forbidden_import_makes_the_linter_fail(tmp_path, module, line, broken):
    shutil.copytree(REPO / "dashboard", tmp_path / "dashboard", ignore=shutil.ignore_patterns("static", "__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path)
    target = tmp_path / "dashboard" / module
    target.write_text(target.read_text(encoding="utf-8") + f"\n{line}  # the forbidden import\n", encoding="utf-8")
    done = lint(tmp_path)
    assert done.returncode == 1, done.stdout
    assert " broken." in done.stdout and "0 broken" not in done.stdout
    assert broken in done.stdout
