"""The files the package reads at run time besides its code (the word lists, the chart's script,
the partial plotly.js) are package data: pyproject.toml lists them, so an install from a wheel
has them, not only the editable install of a checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile

import pytest

from support.records import REPO

PACKAGE = REPO / "dashboard"
CONFIG = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def data_files() -> set:
    """Every file of the package that is not Python code (nor a cache of it)."""
    return {path for path in PACKAGE.rglob("*") if path.is_file() and path.suffix not in (".py", ".pyc")
            and "__pycache__" not in path.parts}  # fmt: skip


def test_every_data_file_of_the_package_is_listed_as_package_data():
    found = data_files()
    names = {path.relative_to(PACKAGE).as_posix() for path in found}
    assert {"articles/lexicon/de.toml", "articles/lexicon/shared.toml", "ui/components/chart.js",
            "ui/static/plotly-partial.min.js"} <= names  # fmt: skip
    listed = set()
    for package, patterns in CONFIG["tool"]["setuptools"].get("package-data", {}).items():
        folder = REPO.joinpath(*package.split("."))
        assert (folder / "__init__.py").is_file(), f"{package} is not a package"
        for pattern in patterns:  # as setuptools reads them: globs relative to the package's folder
            listed |= {path for path in folder.glob(pattern) if path.is_file()}
    assert sorted(path.relative_to(PACKAGE).as_posix() for path in found - listed) == []


def _backend_missing() -> str | None:
    """Why a wheel can't be built here without downloading the build backend, or None."""
    from packaging.requirements import Requirement

    for requirement in map(Requirement, CONFIG["build-system"]["requires"]):
        try:
            module = __import__(requirement.name)
        except ImportError:
            return f"the build needs {requirement}, which is not installed"
        if not requirement.specifier.contains(module.__version__):
            return f"the build needs {requirement}; {requirement.name} {module.__version__} is installed"
    return None


def test_a_wheel_holds_the_data_files_and_its_word_lists_load(tmp_path):
    """Built without isolation (no download), so it runs where the build backend is installed."""
    if reason := _backend_missing():
        pytest.skip(reason)
    source = tmp_path / "source"
    source.mkdir()
    shutil.copy(REPO / "pyproject.toml", source)
    shutil.copy(REPO / "README.md", source)
    shutil.copytree(PACKAGE, source / "dashboard", ignore=shutil.ignore_patterns("__pycache__"))
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "--quiet",
               "-w", str(tmp_path / "wheel"), str(source)]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    [wheel] = (tmp_path / "wheel").glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        archive.extractall(tmp_path / "installed")
    missing = sorted(path.relative_to(REPO).as_posix() for path in data_files())
    assert [name for name in missing if name not in names] == []
    # the installed package, not the checkout, reads its word lists
    check = ("import dashboard, dashboard.articles.lexicon as lexicon; "
             "print(dashboard.__file__); print(','.join(lexicon.LANGUAGES))")  # fmt: skip
    done = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=False,
                          cwd=tmp_path, env={"PYTHONPATH": str(tmp_path / "installed")})  # fmt: skip
    assert done.returncode == 0, done.stderr
    where, languages = done.stdout.split()
    assert where.startswith(str(tmp_path / "installed")) and languages == "de,it,en,fr,es"
