"""The on-disk cache: exactly what a cold load gives, never stale, and never trusted blindly."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path

import pytest

from dashboard import config, live
from dashboard.record import signed_cache
from helpers import REPO, SHIPPED


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(config.CACHE_DIR_ENV, str(folder))
    monkeypatch.setenv("TALENT_FLOWS_TODAY", "2026-11-24")
    return folder


@pytest.fixture
def record(tmp_path) -> Path:
    (tmp_path / "project" / "data").mkdir(parents=True)
    shutil.copytree(REPO / "seeds", tmp_path / "project" / "seeds")
    path = tmp_path / "project" / "data" / "events.yaml"
    shutil.copy(SHIPPED, path)
    return path


def restart() -> None:
    """Forget everything the server process holds in memory, as a restart would."""
    live._results.clear()
    live._digests.clear()
    live._last_good.clear()
    live._revalidators.clear()


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.bin"))


def comparable(current):
    bundle = current.bundle
    return (
        [p.format("f") for p in current.result.errors],
        [p.format("f") for p in current.result.warnings],
        bundle.dataset.document.model_dump(mode="json", by_alias=True),
        bundle.moves.drop(columns="evidence").to_dict("records"),
        bundle.moves["evidence"].tolist(),
        bundle.stays.to_dict("records"),
        bundle.names,
        bundle.bounds,
    )


def test_a_restart_reads_the_cache_and_gets_exactly_the_cold_result(cache_dir, record, monkeypatch):
    restart()
    cold = live.current(record)
    assert len(entries(cache_dir)) == 1
    restart()
    monkeypatch.setattr(live.Revalidator, "load", lambda *a, **k: pytest.fail("validated again"))
    warm = live.current(record)
    assert comparable(warm) == comparable(cold)
    assert warm.bundle is not cold.bundle  # it came from disk, not from memory


def test_an_edited_file_is_never_served_from_the_cache(cache_dir, record):
    restart()
    live.current(record)
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("name: Mistral AI", "name: Mistral", 1), encoding="utf-8")
    stat = record.stat()
    os.utime(record, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    restart()
    assert live.current(record).bundle.names["mistral-ai"] == "Mistral"
    assert len(entries(cache_dir)) == 2


def test_an_entry_written_by_other_code_is_never_read(cache_dir, record, monkeypatch):
    restart()
    live.current(record)
    restart()
    monkeypatch.setattr(signed_cache, "code_version", lambda: "other rules")
    validated = []
    load = live.Revalidator.load
    monkeypatch.setattr(live.Revalidator, "load", lambda *a, **k: validated.append(1) or load(*a, **k))
    live.current(record)
    assert validated == [1]
    assert len(entries(cache_dir)) == 2


def test_the_code_version_changes_with_any_file_of_the_package(tmp_path):
    package = tmp_path / "dashboard"
    shutil.copytree(REPO / "dashboard", package, ignore=shutil.ignore_patterns("__pycache__", "static"))
    before = signed_cache.package_digest(package)
    assert before == signed_cache.code_version()
    rules = package / "record" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# a new rule\n", encoding="utf-8")
    assert signed_cache.package_digest(package) != before


def test_a_changed_seed_document_is_never_served_from_the_cache(cache_dir, record):
    restart()
    assert live.current(record).result.ok
    seed = record.parent.parent / "seeds" / "000_754018a0b65caa00.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("im Mai", "im Juni"), encoding="utf-8")
    restart()
    assert any("quote not found" in p.message for p in live.current(record).result.errors)


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[:-10],  # cut short
        lambda raw: raw[:50] + bytes([raw[50] ^ 1]) + raw[51:],  # one flipped bit
        lambda raw: raw[:-5] + b"xxxxx",  # payload changed
        lambda raw: b"garbage",
        lambda raw: b"",
    ],
)
def test_a_corrupt_cache_entry_is_ignored_and_rebuilt(cache_dir, record, damage):
    restart()
    cold = live.current(record)
    [entry] = entries(cache_dir)
    entry.write_bytes(damage(entry.read_bytes()))
    restart()
    assert comparable(live.current(record)) == comparable(cold)
    [rebuilt] = entries(cache_dir)
    assert signed_cache.get(rebuilt.stem) is not None


def test_a_foreign_entry_is_never_unpickled(cache_dir, record, tmp_path):
    restart()
    live.current(record)
    [entry] = entries(cache_dir)
    marker = tmp_path / "executed"

    class Boom:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    payload = pickle.dumps(Boom())
    entry.write_bytes(signed_cache.FORMAT + b"\0" * 32 + payload)  # right magic, no valid signature
    restart()
    assert live.current(record).result.ok
    assert not marker.exists()


def test_an_entry_signed_with_another_key_is_foreign(cache_dir, record):
    restart()
    live.current(record)
    (cache_dir / "key").write_bytes(b"k" * 32)  # another installation's key
    restart()
    assert live.current(record).result.ok  # rebuilt, not trusted


def test_old_entries_are_pruned(cache_dir):
    for number in range(signed_cache.KEEP + 3):
        signed_cache.put(f"entry{number}", number)
    assert len(entries(cache_dir)) == signed_cache.KEEP


def test_the_cache_folder_is_private(cache_dir):
    signed_cache.put("x", 1)
    assert (cache_dir / "key").stat().st_mode & 0o077 == 0
    assert signed_cache.get("x") == 1


def test_default_folder_is_outside_the_repository(monkeypatch, tmp_path):
    monkeypatch.delenv(config.CACHE_DIR_ENV, raising=False)
    monkeypatch.setenv(config.XDG_CACHE_ENV, str(tmp_path))
    assert signed_cache.folder() == tmp_path / "talent-flows"
    assert REPO not in signed_cache.folder().parents
