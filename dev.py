#!/usr/bin/env python3
"""Set up and run Talent Flows with nothing but Python 3.11+ installed.

    python3 dev.py serve    # make .venv if needed, then start the dashboard on the shipped data
    python3 dev.py test     # make .venv if needed, then lint, check the data, run every test
    python3 dev.py bench    # make .venv if needed, then run the benchmark (bench/bench.py)

The virtual environment lives in ``.venv`` and is reinstalled when ``pyproject.toml`` changes.
Extra arguments go to the command: ``dev.py serve --data other.yaml``, ``dev.py test -k flows``
(the tests run in parallel; ``dev.py test -n 0`` runs them in one process).
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "talent-flows.stamp"
LINT_IMPORTS = "lint-imports.exe" if os.name == "nt" else "lint-imports"  # import-linter's command
PARALLEL = ["-n", "auto", "--dist", "load", "--maxschedchunk", "1"]
"""pytest-xdist: a worker per core, each given the next test in order as it finishes one, so the
long browser tests (early in the order) run beside the rest and no worker waits on another. A
module's fixtures (the browser tests' server) start at most once per worker."""


NO_DEPS = ["lifelines==0.30.3"]
"""Installed without their declared dependencies: lifelines declares pandas<3 but runs on the
pandas 3 this project needs (tests/analysis/test_survival.py compares its figures with hand-worked
ones); the modules it imports are in pyproject.toml's dependencies."""


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def setup(extras: tuple[str, ...] = ("test",)) -> Path:
    """Create or refresh ``.venv`` with the package and ``extras``; return its Python.

    The tests also need the ``interchange`` extra (followthemoney, whose PyICU builds against
    ICU); serving doesn't, so a fresh machine without ICU's headers can still start the dashboard.
    """
    if sys.version_info < (3, 11):
        sys.exit(f"Talent Flows needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + " ".join(NO_DEPS).encode()).hexdigest()
    python = venv_python()
    if python.exists() and STAMP.exists():
        stamped, _, installed = STAMP.read_text().partition(" ")
        if stamped == digest and set(extras) <= set(installed.split(",")):
            return python
    if not python.exists():
        print("creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    print("installing dependencies into .venv ...", flush=True)
    run([python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
    run([python, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[{','.join(extras)}]"])
    run([python, "-m", "pip", "install", "--quiet", "--no-deps", *NO_DEPS])
    STAMP.write_text(f"{digest} {','.join(extras)}")
    return python


def run(command: list, **kwargs) -> None:
    """Run ``command``; stop with its exit code if it fails."""
    completed = subprocess.run([str(part) for part in command], cwd=ROOT, check=False, **kwargs)
    if completed.returncode:
        sys.exit(completed.returncode)


def serve(args: list[str]) -> None:
    python = setup()
    os.chdir(ROOT)
    os.execv(str(python), [str(python), "-m", "dashboard", "serve", *args])


def test(args: list[str]) -> None:
    python = setup(("test", "interchange"))
    steps = [
        ("lint", [python, "-m", "ruff", "check", "."]),
        ("format", [python, "-m", "ruff", "format", "--check", "."]),
        ("layers", [python.with_name(LINT_IMPORTS), "--no-cache", "--no-logo"]),
        ("data", [python, "-m", "dashboard", "validate", "--quiet", "data/events.yaml"]),
        ("schema", [python, "-m", "dashboard", "schema", "--check", "data/events.schema.json"]),
        ("tests", [python, "-m", "pytest", *PARALLEL, *args]),
    ]
    for name, command in steps:
        print(f"== {name}", flush=True)
        run(command)
    print("== all checks passed")


def bench(args: list[str]) -> None:
    python = setup(("test", "interchange"))
    run([python, ROOT / "bench" / "bench.py", *args])


def main() -> None:
    commands = {"serve": serve, "test": test, "bench": bench, "setup": lambda _args: setup()}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        sys.exit(__doc__)
    commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    main()
