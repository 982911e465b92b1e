"""The dashboard's data source: reloads on edit, keeps the last valid version, never raises."""

from __future__ import annotations

import os
from pathlib import Path

from dashboard.live import watch


def touch_later(path: Path) -> None:
    """Make sure the edit changes the modification time even on coarse clocks."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_unchanged_file_gives_the_same_bundle(record):
    first = watch.current(record)
    second = watch.current(record)
    assert first.bundle is second.bundle and not first.stale


def test_edit_is_picked_up_and_a_broken_edit_keeps_the_last_good(record):
    good = watch.current(record)
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("name: Mistral AI", "name: Mistral", 1), encoding="utf-8")
    touch_later(record)
    edited = watch.current(record)
    assert edited.bundle is not good.bundle
    assert edited.bundle.names["mistral-ai"] == "Mistral"

    record.write_text(text.replace("    to: apple\n", "    to: nowhere\n", 1), encoding="utf-8")
    touch_later(record)
    broken = watch.current(record)
    assert broken.result.errors and broken.stale
    assert broken.bundle is edited.bundle  # the last valid version stays visible

    record.write_text(text, encoding="utf-8")
    touch_later(record)
    fixed = watch.current(record)
    assert not fixed.stale and not fixed.result.errors


def test_a_changed_seed_document_is_noticed(record):
    watch.current(record)
    seed = record.parent.parent / "seeds" / "000_754018a0b65caa00.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("verliess Meta", "verließ Meta"), encoding="utf-8")
    touch_later(seed)
    assert any("quote not found" in problem.message for problem in watch.current(record).result.errors)


def test_missing_file_is_an_error_not_an_exception(tmp_path):
    current = watch.current(tmp_path / "nope.yaml")
    assert current.bundle is None
    assert current.result.errors[0].message.startswith("cannot read the data file")


def test_a_folder_record_is_watched_file_by_file(record):
    from support.folders import by_section, records_of, write_split

    folder = record.parent / "events"
    write_split(folder, by_section(records_of(record.read_text(encoding="utf-8"))))
    good = watch.current(folder)
    assert good.bundle is not None and not good.result.errors
    assert watch.current(folder).bundle is good.bundle  # unchanged: nothing read again

    organizations = folder / "1-organizations.yaml"
    organizations.write_text(
        organizations.read_text(encoding="utf-8").replace("name: Mistral AI", "name: Mistral", 1), encoding="utf-8"
    )
    touch_later(organizations)
    edited = watch.current(folder)
    assert edited.bundle.names["mistral-ai"] == "Mistral"  # an edit of any one file is seen

    (folder / "9-more.yaml").write_text("organizations:\n  new-lab:\n    name: New Lab\n", encoding="utf-8")
    added = watch.current(folder)
    assert added.bundle.names["new-lab"] == "New Lab"  # a new file is part of the record at once

    (folder / "9-more.yaml").write_text("organizations:\n  meta:\n    name: Meta again\n", encoding="utf-8")
    touch_later(folder / "9-more.yaml")
    broken = watch.current(folder)
    assert broken.stale and broken.bundle is added.bundle
    [problem] = broken.result.errors
    assert (problem.code, problem.file) == ("duplicate-id", watch.display_name(folder / "9-more.yaml"))
    assert broken.result.line(problem.line, problem.file) == "  meta:"

    (folder / "9-more.yaml").unlink()
    assert watch.current(folder).bundle.names["mistral-ai"] == "Mistral" and not watch.current(folder).stale
