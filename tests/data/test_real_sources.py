"""What the converters of ``tools/`` share (``tools/sources.py``): a data set's files read from
git or a folder, stored verbatim under ``seeds/`` and entered in ``sources:`` through the record's
one insertion, and the import CSV."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from dashboard.edit import importing
from dashboard.record.load import load_file
from support.records import TODAY
from tools.sources import File, Repository, SourceError, csv_text, document, one_line, store

GIT = shutil.which("git")
needs_git = pytest.mark.skipif(GIT is None, reason="git is not installed")


def git(folder, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_DATE": "2025-03-04T12:00:00Z", "GIT_COMMITTER_DATE": "2025-03-04T12:00:00Z",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}  # fmt: skip
    done = subprocess.run([GIT, "-C", str(folder), *args], capture_output=True, text=True, env=env, check=True)
    return done.stdout.strip()


@pytest.fixture
def checkout(tmp_path):
    """A git repository with one commit: ``data/a file.sql`` and ``data/b.sql``."""
    folder = tmp_path / "repo"
    (folder / "data").mkdir(parents=True)
    (folder / "data" / "a file.sql").write_text("insert into t values (1);\n", encoding="utf-8")
    (folder / "data" / "b.sql").write_text("-- b\n", encoding="utf-8")
    git(folder, "init", "-q")
    git(folder, "add", ".")
    git(folder, "commit", "-q", "-m", "data")
    return folder


@needs_git
def test_a_git_checkout_is_read_at_its_commit(checkout):
    repository = Repository(checkout)
    assert repository.git and repository.commit == git(checkout, "rev-parse", "HEAD")
    assert repository.paths("data", ".sql") == ["data/a file.sql", "data/b.sql"]
    file = repository.read("data/a file.sql")
    assert file.data == b"insert into t values (1);\n"
    assert file.blob == git(checkout, "rev-parse", "HEAD:data/a file.sql")
    assert (file.commit, file.changed) == (repository.commit, "2025-03-04")
    (checkout / "data" / "a file.sql").write_text("changed in the work tree\n", encoding="utf-8")
    assert Repository(checkout).read("data/a file.sql").data == b"insert into t values (1);\n"  # the commit's


@needs_git
def test_a_bare_git_directory_is_read_too(checkout, tmp_path):
    bare = tmp_path / "bare.git"
    subprocess.run([GIT, "clone", "-q", "--bare", str(checkout), str(bare)], check=True)
    assert Repository(bare).paths("data") == ["data/a file.sql", "data/b.sql"]


@needs_git
def test_an_unknown_commit_is_refused(checkout):
    with pytest.raises(SourceError, match="rev-parse"):
        Repository(checkout, "0" * 40)


def test_a_folder_is_read_without_a_commit(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "b.sql").write_bytes(b"x\n")
    repository = Repository(tmp_path)
    assert not repository.git
    assert repository.read("data/b.sql") == File("data/b.sql", b"x\n", None, None)
    with pytest.raises(SourceError, match="not a git repository"):
        Repository(tmp_path, "HEAD")
    with pytest.raises(SourceError, match="no such folder"):
        Repository(tmp_path / "missing")


def test_the_document_cites_the_file_at_its_commit_and_escapes_the_address():
    file = File("sql/positions/a b.sql", b"text\n", "c" * 40, "2025-03-04")
    item = document("aiwatch", file, title="T", publisher="P", github="o/r", licence="CC0")
    assert item.path == f"seeds/aiwatch-a-b-{file.blob[:8]}.sql"
    assert item.source_id == f"aiwatch-a-b-{file.blob[:8]}"
    assert item.url == f"https://github.com/o/r/blob/{'c' * 40}/sql/positions/a%20b.sql"
    assert item.published == "2025-03-04"
    assert f"at commit {'c' * 40}" in item.note and file.blob in item.note
    unknown = document("aiwatch", File("x.sql", b"t", None, None), title="T", publisher="P", github="o/r", licence="C")
    assert unknown.url is None and unknown.published is None and "no commit to cite" in unknown.note


def test_stored_documents_are_entered_once_and_validate(project):
    file = File("data/b.sql", b"Ada Example is an advisor at Example Lab.\n", None, None)
    item = document("set", file, title="T", publisher="P", github="o/r", licence="CC0")
    assert store(project, [item], today=TODAY) == [item.source_id]
    assert (project / item.path).read_bytes() == file.data
    result = load_file(project / "data" / "events.yaml", today=TODAY)
    assert result.ok and result.dataset.document.sources[item.source_id].path == item.path
    assert store(project, [item], today=TODAY) == []


def test_a_stored_name_holding_other_bytes_is_refused_and_nothing_is_entered(project):
    item = document(
        "set", File("b.sql", b"new text\n", None, None), title="T", publisher="P", github="o/r", licence="C"
    )
    other = document("set", File("c.sql", b"other\n", None, None), title="T", publisher="P", github="o/r", licence="C")
    (project / item.path).write_bytes(b"someone else's file\n")
    record = project / "data" / "events.yaml"
    before = record.read_bytes()
    with pytest.raises(SourceError, match="already exists and holds other bytes"):
        store(project, [other, item], today=TODAY)
    assert record.read_bytes() == before
    assert (project / item.path).read_bytes() == b"someone else's file\n"
    assert not (project / other.path).exists()  # created for this call, removed again


def test_one_line_joins_lines_and_keeps_the_spaces_inside_them():
    assert one_line("  type: rep\n    start: '2019'\r\n\tend:  x \n") == "type: rep start: '2019' end:  x"


def test_the_csv_reads_back_in_the_import_with_commas_quotes_and_line_breaks():
    rows = [{"person": 'Ada "A" Example', "organisation": "Lab, Inc.", "role": "", "start": "2019", "end": "unknown",
             "source": "seeds/x.sql", "quote": "('Ada', 'Lab, Inc.')\nsecond line"}]  # fmt: skip
    (read,) = importing.read_rows(csv_text(rows).encode("utf-8"))
    assert read.cells == {**rows[0], "translation": ""}


def test_nothing_is_stored_in_a_record_that_is_not_valid_now(project):
    record = project / "data" / "events.yaml"
    record.write_text(record.read_text(encoding="utf-8") + "\nmoves: again\n", encoding="utf-8")
    item = document("set", File("b.sql", b"text\n", None, None), title="T", publisher="P", github="o/r", licence="C")
    with pytest.raises(SourceError, match="is not valid now"):
        store(project, [item], today=TODAY)
    assert not (project / item.path).exists()
