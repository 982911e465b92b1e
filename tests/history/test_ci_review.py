"""docs/ci-review.yml, the pull-request review workflow: its steps are the expected ones, and the
commands of its dashboard steps, run here as GitHub would run them on a clone with
``origin/main``, validate the record and write the diff as the summary."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from support.gitrepo import GRACE, Repo, git_env
from support.records import REPO

WORKFLOW = REPO / "docs" / "ci-review.yml"
CONTEXT = {"${{ github.base_ref }}": "main"}
"""The expressions the workflow's environment uses, as GitHub fills them for a pull request to main."""


def steps() -> list[dict]:
    document = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    (job,) = document["jobs"].values()
    return job["steps"]


def test_the_workflow_checks_out_history_installs_validates_and_posts_the_diff():
    document = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert "pull_request" in document[True]  # YAML 1.1 reads the key `on` as true
    found = steps()
    assert found[0]["uses"].startswith("actions/checkout@") and found[0]["with"]["fetch-depth"] == 0
    runs = [step["run"] for step in found if "run" in step]
    assert runs[0] == "python -m pip install ."
    assert runs[1].startswith("python -m dashboard validate ")
    assert runs[2].startswith('python -m dashboard diff "origin/$BASE_REF" HEAD ')
    assert runs[2].endswith('--format markdown >> "$GITHUB_STEP_SUMMARY"')


def pull_request(tmp_path: Path, change) -> Path:
    """A clone of a repository with ``origin/main``, on a branch whose commit makes ``change``
    (and, as GitHub's checkout of a pull request, at that commit)."""
    upstream = Repo(tmp_path / "upstream")
    subprocess.run(["git", "clone", "-q", str(upstream.top), str(tmp_path / "pr")], check=True, env=git_env())
    clone = Repo.__new__(Repo)
    clone.top, clone.record = tmp_path / "pr", tmp_path / "pr" / "data" / "events.yaml"
    clone.git("checkout", "-q", "-b", "proposal")
    change(clone)
    clone.commit("Propose", name="Bob Reviewer", date="2025-07-01T09:00:00+00:00")
    return clone.top


def run_steps(checkout: Path, tmp_path: Path) -> tuple[list[int], str]:
    """Run the dashboard steps' commands in ``checkout`` with bash, as the runner does (``python``
    is this Python with this checkout's package); their exit codes and the summary written."""
    shims = tmp_path / "bin"
    shims.mkdir()
    (shims / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', encoding="utf-8")
    (shims / "python").chmod(0o755)  # a script, not a link: a virtualenv's Python knows itself by its path
    summary = tmp_path / "summary.md"
    codes = []
    for step in steps():
        command = step.get("run", "")
        if not command.startswith("python -m dashboard"):
            continue
        env = {
            "PATH": f"{shims}{os.pathsep}/usr/bin:/bin", "PYTHONPATH": str(REPO), "TALENT_FLOWS_TODAY": "2026-11-24",
            "GITHUB_STEP_SUMMARY": str(summary), "HOME": str(tmp_path),
            **{name: CONTEXT.get(value, value) for name, value in step.get("env", {}).items()},
        }  # fmt: skip
        done = subprocess.run(["bash", "-e", "-c", command], cwd=checkout, env=env, capture_output=True, text=True)
        codes.append(done.returncode)
    return codes, summary.read_text(encoding="utf-8") if summary.exists() else ""


def test_a_pull_request_that_adds_a_move_is_validated_and_its_diff_is_the_summary(tmp_path):
    codes, summary = run_steps(pull_request(tmp_path, lambda repo: repo.append(GRACE)), tmp_path)
    assert codes == [0, 0]
    assert "| moves | added | grace\\-meta\\-to\\-example\\-lab |  |" in summary
    assert "| unit | link | Meta | Example Lab | 1 | 2 | changes |" in summary


def test_a_pull_request_that_breaks_the_record_fails_and_still_says_what_it_changes(tmp_path):
    def change(repo):
        repo.append(GRACE.replace("    to: example-lab\n", "    to: example-labs\n"))

    codes, summary = run_steps(pull_request(tmp_path, change), tmp_path)
    assert codes == [1, 0]  # the job fails on the validation; the summary is written anyway
    assert "| moves | added | grace\\-meta\\-to\\-example\\-lab |  |" in summary
    assert "- figures not compared\\: the record does not validate at HEAD \\(" in summary
