"""The on-disk cache: exactly what a cold load gives, never stale, and never trusted blindly."""

from __future__ import annotations

import os
import pickle
import shutil
import threading
from pathlib import Path

import pytest

from dashboard import config
from dashboard.live import cache, watch
from support.records import REPO


@pytest.fixture
def cache_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(config.CACHE_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def validations(monkeypatch) -> list[str]:
    """The records validated from now on (one entry per validation): an entry read from the cache
    validates nothing."""
    done: list[str] = []
    load = watch.Revalidator.load

    def counted(self, text, *, name, **kwargs):
        done.append(name)
        return load(self, text, name=name, **kwargs)

    monkeypatch.setattr(watch.Revalidator, "load", counted)
    return done


def restart() -> None:
    """Forget everything the server process holds in memory, as a restart would (once the
    entries it was writing are written: a process that ends normally finishes them)."""
    cache.flush()
    watch._results.clear()
    watch._digests.clear()
    watch._last_good.clear()
    watch._revalidators.clear()
    watch._builders.clear()


def entries(folder: Path) -> list[Path]:
    """The entries in ``folder`` once those being written in the background are written."""
    cache.flush()
    return entries_now(folder)


def entries_now(folder: Path) -> list[Path]:
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


def test_a_restart_reads_the_cache_and_gets_exactly_the_cold_result(cache_dir, record, validations):
    restart()
    cold = watch.current(record)
    assert len(entries(cache_dir)) == 1 and len(validations) == 1
    restart()
    warm = watch.current(record)
    assert len(validations) == 1  # not validated again
    assert comparable(warm) == comparable(cold)
    assert warm.bundle is not cold.bundle  # it came from disk, not from memory


def test_an_edited_file_is_never_served_from_the_cache(cache_dir, record):
    restart()
    watch.current(record)
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("name: Mistral AI", "name: Mistral", 1), encoding="utf-8")
    stat = record.stat()
    os.utime(record, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    restart()
    assert watch.current(record).bundle.names["mistral-ai"] == "Mistral"
    assert len(entries(cache_dir)) == 2


def test_an_entry_written_by_other_code_is_never_read(cache_dir, record, monkeypatch, validations):
    restart()
    watch.current(record)
    restart()
    monkeypatch.setattr(cache, "code_version", lambda: "other rules")
    watch.current(record)
    assert len(validations) == 2
    assert len(entries(cache_dir)) == 2


def test_the_code_version_changes_with_any_file_of_the_package(tmp_path):
    package = tmp_path / "dashboard"
    shutil.copytree(REPO / "dashboard", package, ignore=shutil.ignore_patterns("__pycache__", "static"))
    before = cache.package_digest(package)
    assert before == cache.code_version()
    rules = package / "record" / "rules.py"
    rules.write_text(rules.read_text(encoding="utf-8") + "\n# a new rule\n", encoding="utf-8")
    assert cache.package_digest(package) != before


def test_a_changed_seed_document_is_never_served_from_the_cache(cache_dir, record):
    restart()
    assert watch.current(record).result.ok
    seed = record.parent.parent / "seeds" / "000_754018a0b65caa00.txt"
    seed.write_text(seed.read_text(encoding="utf-8").replace("im Mai", "im Juni"), encoding="utf-8")
    restart()
    assert any("quote not found" in p.message for p in watch.current(record).result.errors)


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
def test_a_corrupt_cache_entry_is_ignored_and_rebuilt(cache_dir, record, damage, validations):
    restart()
    cold = watch.current(record)
    [entry] = entries(cache_dir)
    entry.write_bytes(damage(entry.read_bytes()))
    restart()
    assert comparable(watch.current(record)) == comparable(cold)
    assert len(validations) == 2  # validated again, not read
    [rebuilt] = entries(cache_dir)
    assert cache.get(rebuilt.stem) is not None


def test_an_altered_entry_is_never_served_even_if_it_unpickles_to_a_load(cache_dir, record, validations):
    """Someone who can write to the cache folder, but does not know the key, changes what an entry
    says: the signature no longer matches, so the record is validated again."""
    restart()
    watch.current(record)
    [entry] = entries(cache_dir)
    raw = entry.read_bytes()
    signed = len(cache.FORMAT) + 32  # the magic, then the HMAC-SHA256 signature
    result, bundle = pickle.loads(raw[signed:])  # noqa: S301 - the test's own entry
    bundle.names["mistral-ai"] = "Forged"
    entry.write_bytes(raw[:signed] + pickle.dumps((result, bundle), protocol=pickle.HIGHEST_PROTOCOL))
    restart()
    assert watch.current(record).bundle.names["mistral-ai"] == "Mistral AI"
    assert len(validations) == 2


def test_a_foreign_entry_is_never_unpickled(cache_dir, record, tmp_path):
    restart()
    watch.current(record)
    [entry] = entries(cache_dir)
    marker = tmp_path / "executed"

    class Boom:
        def __reduce__(self):
            return (os.system, (f"touch {marker}",))

    payload = pickle.dumps(Boom())
    entry.write_bytes(cache.FORMAT + b"\0" * 32 + payload)  # right magic, no valid signature
    restart()
    assert watch.current(record).result.ok
    assert not marker.exists()


def test_an_entry_signed_with_another_key_is_foreign(cache_dir, record, validations):
    restart()
    watch.current(record)
    [entry] = entries(cache_dir)
    (cache_dir / "key").write_bytes(b"k" * 32)  # another installation's key
    restart()
    assert watch.current(record).result.ok  # rebuilt, not trusted
    assert len(validations) == 2
    cache.flush()
    assert cache.get(entry.stem) is not None  # signed again, with this key


def test_the_cache_never_returns_what_another_key_signed(cache_dir):
    cache.put("x", "written with the first key")
    (cache_dir / "key").write_bytes(b"k" * 32)
    assert cache.get("x") is None
    assert entries(cache_dir) == []  # and forgot it


def test_old_entries_are_pruned(cache_dir):
    for number in range(cache.KEEP + 3):
        cache.put(f"entry{number}", number)
    assert len(entries(cache_dir)) == cache.KEEP


def test_the_cache_folder_is_private(cache_dir):
    cache.put("x", 1)
    assert (cache_dir / "key").stat().st_mode & 0o077 == 0
    assert cache.get("x") == 1


def test_default_folder_is_outside_the_repository(monkeypatch, tmp_path):
    monkeypatch.delenv(config.CACHE_DIR_ENV, raising=False)
    monkeypatch.setenv(config.XDG_CACHE_ENV, str(tmp_path))
    assert cache.folder() == tmp_path / "talent-flows"
    assert REPO not in cache.folder().parents


def test_a_load_does_not_wait_for_its_entry_to_be_written(cache_dir, record, monkeypatch, validations):
    """The entry is written in the background; a restart after it finds it."""
    restart()
    release, writes = threading.Event(), []
    put = cache.put

    def slow_put(name, value):
        assert release.wait(timeout=60)
        writes.append(name)
        put(name, value)

    monkeypatch.setattr(cache, "put", slow_put)
    cold = watch.current(record)  # returns while the write waits
    assert cold.result.ok and writes == [] and entries_now(cache_dir) == []
    release.set()
    restart()
    assert len(writes) == 1 and len(entries(cache_dir)) == 1
    warm = watch.current(record)
    assert len(validations) == 1 and comparable(warm) == comparable(cold)


class Unpicklable:
    def __reduce__(self):
        raise pickle.PicklingError("not this one")


def test_a_write_that_fails_midway_leaves_no_entry(cache_dir):
    cache.put_later("x", ["a" * 100_000, Unpicklable()])  # fails after the first item is written
    cache.flush()
    assert entries(cache_dir) == [] and list(cache_dir.glob(".entry-*")) == []
    assert cache.get("x") is None


def test_what_a_write_killed_midway_left_is_no_entry_and_is_removed_later(cache_dir):
    cache.put("x", 1)
    leftover = cache_dir / ".entry-killed.tmp"  # a process killed mid-write leaves its temporary file
    leftover.write_bytes(cache.FORMAT + bytes(32) + pickle.dumps("half")[:5])
    assert cache.get("x") == 1 and len(entries(cache_dir)) == 1
    old = leftover.stat().st_mtime - cache.LEFTOVER_SECONDS - 1
    os.utime(leftover, (old, old))
    cache.put_later("y", 2)
    cache.flush()
    assert not leftover.exists()
    assert cache.get("y") == 2
