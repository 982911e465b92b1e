"""Saving a move loses nothing: against other writers (threads, processes, the command line, a
hand edit), against crashes at every step, and the file keeps its mode, owner and symlink."""

from __future__ import annotations

import json
import multiprocessing
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dashboard.edit import atomic, saving
from dashboard.edit.drafts import Draft, Evidence
from dashboard.edit.saving import Conflict, digest, save
from support.records import REPO, TODAY, load

WORDS = (REPO / "seeds" / "000_754018a0b65caa00.txt").read_text(encoding="utf-8").split()
SOURCE = "insideit-llama-authors"
PEOPLE = ["armand-joulin", "hugo-touvron", "xavier-martinet", "faisal-azhar", "marie-anne-lachaux", "joelle-pineau"]


def draft(number: int, **changes) -> Draft:
    """A valid move, different for each ``number``: someone from Meta to Apple in some month."""
    assert number < 540
    fields = {
        "person": PEOPLE[number % len(PEOPLE)],
        "origin": "meta",
        "destination": "apple",
        "date": f"{1980 + number // 12 % 45}-{number % 12 + 1:02d}",  # unique for numbers below 540
        "evidence": (Evidence(SOURCE, " ".join(WORDS[40:52])),),
    }
    return Draft(**(fields | changes))


def move_ids(path: Path) -> list[str]:
    result = load(path.read_text(encoding="utf-8"), root=path.parent.parent)
    assert result.ok, [problem.format("events.yaml") for problem in result.errors]
    return [move.id for move in result.dataset.document.moves]


def lock_is_free(path: Path) -> bool:
    try:
        with atomic.locked(path, timeout=0):
            return True
    except atomic.Busy:
        return False


# --- one writer at a time ---------------------------------------------------------------------


def _race_worker(path: str, number: int, expected: str, barrier, results) -> None:
    barrier.wait()
    try:
        saved = save(Path(path), draft(number), expected, today=TODAY)
        results.put((number, saved.status))
    except Conflict:
        results.put((number, "conflict"))
    except BaseException as err:  # reported to the parent, which fails the test
        results.put((number, f"error: {err!r}"))


@pytest.mark.parametrize("kind", ["processes", "threads"])
def test_writers_saving_at_the_same_moment_one_wins_the_others_get_a_conflict(record, kind):
    """Several processes (the command line, scripts) or threads (browser tabs of one server) save
    different moves against the same expected digest at once: exactly one move lands."""
    original = record.read_bytes()
    before = move_ids(record)
    writers, rounds = 4, 12
    context = multiprocessing.get_context("fork")
    for round_number in range(rounds):
        record.write_bytes(original)
        expected = digest(original)
        numbers = [round_number * writers + index for index in range(writers)]
        if kind == "processes":
            barrier, results = context.Barrier(writers), context.Queue()
            workers = [context.Process(target=_race_worker, args=(str(record), n, expected, barrier, results))
                       for n in numbers]  # fmt: skip
        else:
            import queue

            barrier, results = threading.Barrier(writers), queue.Queue()
            workers = [threading.Thread(target=_race_worker, args=(str(record), n, expected, barrier, results))
                       for n in numbers]  # fmt: skip
        for worker in workers:
            worker.start()
        outcome = dict(results.get(timeout=60) for _ in workers)
        for worker in workers:
            worker.join(timeout=60)
        winners = [number for number, status in outcome.items() if status == "saved"]
        assert len(winners) == 1, outcome
        assert sorted(status for status in outcome.values()) == ["conflict"] * (writers - 1) + ["saved"], outcome
        assert move_ids(record) == [*before, draft(winners[0]).move_id]  # exactly the winner's move, nothing else
        assert not atomic.leftovers(record)


def test_writers_without_an_expected_digest_all_land(record):
    """Without a digest to compare (a batch import), writers queue on the lock: nothing is lost."""
    before = move_ids(record)
    threads = [threading.Thread(target=save, args=(record, draft(number)), kwargs={"today": TODAY})
               for number in range(6)]  # fmt: skip
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(move_ids(record)) == sorted([*before, *(draft(number).move_id for number in range(6))])


def test_command_line_saves_at_the_same_moment_one_wins(record):
    """The same race through ``python -m dashboard add-move --expect``: start every process, then
    feed them their moves at once."""
    original = record.read_bytes()
    before = move_ids(record)
    for round_number in range(3):
        record.write_bytes(original)
        numbers = [200 + round_number * 3 + index for index in range(3)]
        command = [sys.executable, "-m", "dashboard", "add-move", "--data", str(record), "--expect", digest(original)]
        env = {**os.environ, "TALENT_FLOWS_TODAY": TODAY.isoformat(), "PYTHONPATH": str(REPO)}
        pipes = {"stdin": subprocess.PIPE, "stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
        processes = [subprocess.Popen(command, text=True, env=env, **pipes) for _ in numbers]
        time.sleep(1.0)  # let every process import and wait on its input (a late one only races less)
        for process, number in zip(processes, numbers, strict=True):
            process.stdin.write(json.dumps(as_json(draft(number))))
        for process in processes:
            process.stdin.close()
        codes = [process.wait(timeout=60) for process in processes]
        assert sorted(codes) == [0, 3, 3], [process.stderr.read() for process in processes]
        winner = numbers[codes.index(0)]
        assert move_ids(record) == [*before, draft(winner).move_id]


def as_json(move: Draft) -> dict:
    return {"person": move.person, "from": move.origin, "to": move.destination, "date": move.date,
            "evidence": [{"source": item.source, "quote": item.quote} for item in move.evidence]}  # fmt: skip


def test_a_writer_that_waits_too_long_gets_busy_and_writes_nothing(record):
    before = record.read_bytes()
    with atomic.locked(record), pytest.raises(atomic.Busy, match="being written by another editor"):
        save(record, draft(1), digest(before), today=TODAY, timeout=0.2)
    assert record.read_bytes() == before
    assert save(record, draft(1), digest(before), today=TODAY).written  # free again


# --- a hand edit, caught up to the last instant -----------------------------------------------


@pytest.mark.parametrize("when", ["while validating", "while writing the new file"])
def test_a_hand_edit_during_the_save_is_kept_and_the_save_refused(record, monkeypatch, when):
    """An editor takes no lock: the save compares the file again just before the rename."""
    before = record.read_bytes()
    hand_edit = before + b"# saved by hand in an editor\n"

    def edit_by_hand(*args, **kwargs):
        if record.read_bytes() != hand_edit:
            record.write_bytes(hand_edit)
        return real(*args, **kwargs)

    if when == "while validating":
        real = saving.insert
        monkeypatch.setattr(saving, "insert", edit_by_hand)
    else:
        real = atomic._keep_ownership
        monkeypatch.setattr(atomic, "_keep_ownership", edit_by_hand)
    with pytest.raises(Conflict, match="changed on disk while the new version was being written"):
        save(record, draft(1), digest(before), today=TODAY)
    assert record.read_bytes() == hand_edit
    assert not atomic.leftovers(record) and lock_is_free(record)


# --- crashes ----------------------------------------------------------------------------------

STEPS = ["create", "write", "chown", "chmod", "fsync", "last check", "replace", "sync folder"]


class HalfWrite:
    """A file that writes half of what it is given, then calls ``crash`` (a crash mid-write)."""

    def __init__(self, file, crash):
        self.file, self.crash = file, crash

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.file.close()

    def write(self, data):
        self.file.write(data[: len(data) // 2])
        self.crash()


@pytest.mark.parametrize("step", STEPS)
def test_a_crash_at_any_step_leaves_the_old_or_the_new_file_and_no_leftovers(record, monkeypatch, step):
    """Each step of the write raises while the lock is held: the file is whole (old, or new if the
    rename already happened), nothing is left beside it, and the lock is free again."""
    before = record.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(f"crash at {step}")

    real_open, real_fdopen = os.open, os.fdopen
    if step == "create":
        monkeypatch.setattr(atomic.os, "open", lambda path, *a, **k: crash() if str(path).endswith(".tmp")
                            else real_open(path, *a, **k))  # fmt: skip
    elif step == "write":

        def half_write(handle, mode="r", *args, **kwargs):  # reading a source document stays whole
            file = real_fdopen(handle, mode, *args, **kwargs)
            return HalfWrite(file, crash) if "w" in mode else file

        monkeypatch.setattr(atomic.os, "fdopen", half_write)
    elif step in ("chown", "chmod"):
        monkeypatch.setattr(atomic.os, f"f{step}", crash)
    elif step == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", crash)
    elif step == "last check":
        monkeypatch.setattr(atomic, "_read_or_empty", crash)
    elif step == "replace":
        monkeypatch.setattr(atomic.os, "replace", crash)
    else:
        monkeypatch.setattr(atomic, "_sync_folder", crash)
    with pytest.raises(OSError, match=f"crash at {step}"):
        save(record, draft(1), digest(before), today=TODAY)
    after = record.read_bytes()
    if step == "sync folder":  # the rename happened: the new file is whole
        assert draft(1).move_id in move_ids(record)
    else:
        assert after == before
    assert [path.name for path in record.parent.iterdir() if path.name != ".events.yaml.lock"] == ["events.yaml"]
    assert lock_is_free(record)


def _save_forever(path: str) -> None:
    """A child that saves one move after another, slowly enough that kills land mid-write."""
    real = atomic._keep_ownership

    def slow(*args):
        time.sleep(0.004)
        real(*args)

    atomic._keep_ownership = slow
    number = 0
    while True:
        save(Path(path), draft(number), today=TODAY)
        number += 1


def test_killed_writers_leave_a_whole_file_and_the_next_save_removes_their_leftovers(record):
    """SIGKILL a writer at random moments (no handler runs): the record is always a valid old or
    new version; the temporary files it leaves are removed by the next save."""
    context = multiprocessing.get_context("fork")
    rng = random.Random(12)
    seen_leftovers = 0
    for _ in range(12):  # each kill lands while the child writes: a dozen are plenty
        child = context.Process(target=_save_forever, args=(str(record),))
        child.start()
        # Kill only once the child writes (on a busy machine its first save may take a while to
        # begin): after its first temporary file appears, at a random moment of the next writes.
        deadline = time.monotonic() + 20
        while not atomic.leftovers(record) and time.monotonic() < deadline:
            time.sleep(0.0005)
        time.sleep(rng.uniform(0, 0.06))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        ids = move_ids(record)  # always valid, and never a duplicate or a half move
        assert len(ids) == len(set(ids))
        if atomic.leftovers(record):
            seen_leftovers += 1
            assert save(record, draft(400 + seen_leftovers), today=TODAY).written
            assert not atomic.leftovers(record)
    assert seen_leftovers, "no kill landed mid-write: the test did not test anything"


def test_leftovers_are_tidied_when_the_dashboard_opens_the_record(record, monkeypatch):
    from dashboard.live import watch

    leftover = record.with_name(".events.yaml.3f2a9c.tmp")
    leftover.write_text("half a file")
    other = record.with_name("notes.tmp")
    other.write_text("not ours")
    monkeypatch.setattr(watch, "_tidied", set())
    watch.current(record)
    assert not leftover.exists() and other.exists()


def test_leftovers_are_not_touched_while_another_writer_holds_the_lock(record):
    leftover = record.with_name(".events.yaml.3f2a9c.tmp")
    leftover.write_text("maybe a writer's file in progress")
    with atomic.locked(record):
        assert atomic.tidy(record) == []
    assert leftover.exists()
    assert atomic.tidy(record) == [leftover] and not leftover.exists()


# --- the file stays as it was stored ----------------------------------------------------------


@pytest.mark.parametrize("mode", [0o644, 0o664, 0o600, 0o640])
def test_a_save_keeps_the_file_mode(record, mode):
    record.chmod(mode)
    assert save(record, draft(1), today=TODAY).written
    assert record.stat().st_mode & 0o7777 == mode


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_a_save_keeps_the_owner_and_group(record):
    os.chown(record, 4321, 4322)
    assert save(record, draft(1), today=TODAY).written
    assert (record.stat().st_uid, record.stat().st_gid) == (4321, 4322)


def test_a_symlinked_record_is_written_through_the_link(project, tmp_path_factory):
    """A checkout whose data/events.yaml links to a shared record (with its own seeds/)."""
    checkout = tmp_path_factory.mktemp("checkout")
    (checkout / "data").mkdir()
    target = project / "data" / "events.yaml"
    link = checkout / "data" / "events.yaml"
    link.symlink_to(target)
    target.chmod(0o664)
    saved = save(link, draft(1), today=TODAY)
    assert saved.written
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert draft(1).move_id in move_ids(target)
    assert target.stat().st_mode & 0o7777 == 0o664
    assert digest(target.read_bytes()) == saved.digest
    assert sorted(path.name for path in target.parent.iterdir()) == [".events.yaml.lock", "events.yaml"]
    assert [path.name for path in link.parent.iterdir()] == ["events.yaml"]  # nothing beside the link


def test_a_new_file_gets_the_usual_mode_not_a_private_one(tmp_path):
    umask = os.umask(0o022)
    try:
        atomic.write_atomic(tmp_path / "export.csv", b"a,b\n")
    finally:
        os.umask(umask)
    assert (tmp_path / "export.csv").stat().st_mode & 0o777 == 0o644


@pytest.mark.parametrize("kind", ["fifo", "folder", "symlink to a fifo"])
def test_a_write_over_something_that_is_not_a_file_is_refused_and_leaves_it_as_it_was(tmp_path, kind):
    """``export --output /dev/null`` run as root once replaced the device node with a file."""
    from dashboard.cli import main

    special = tmp_path / "special"
    if kind == "folder":
        special.mkdir()
    else:
        os.mkfifo(special)
    named = special
    if kind == "symlink to a fifo":
        named = tmp_path / "link"
        named.symlink_to(special)
    with pytest.raises(atomic.NotAFile):
        atomic.write_atomic(named, b"data")
    code = main(["export", "--data", str(REPO / "data" / "events.yaml"), "--format", "json", "--output", str(named)])
    assert code == 2
    assert special.is_dir() if kind == "folder" else special.is_fifo()
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted({"special", named.name})  # no lock, no temp


# --- a new file that never replaces one (a stored document) --------------------------------------


def test_a_new_file_is_created_whole_with_the_usual_mode_and_nothing_beside_it(tmp_path):
    umask = os.umask(0o022)
    try:
        atomic.create_new(tmp_path / "doc.txt", b"Ein Satz.\n")
    finally:
        os.umask(umask)
    assert (tmp_path / "doc.txt").read_bytes() == b"Ein Satz.\n"
    assert (tmp_path / "doc.txt").stat().st_mode & 0o777 == 0o644
    assert [path.name for path in tmp_path.iterdir()] == ["doc.txt"]


@pytest.mark.parametrize("kind", ["file", "fifo", "dangling symlink", "folder"])
def test_a_new_file_never_replaces_what_has_its_name(tmp_path, kind):
    there = tmp_path / "doc.txt"
    if kind == "file":
        there.write_bytes(b"stored before")
    elif kind == "fifo":
        os.mkfifo(there)
    elif kind == "folder":
        there.mkdir()
    else:
        there.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(FileExistsError):
        atomic.create_new(there, b"new text")
    assert [path.name for path in tmp_path.iterdir()] == ["doc.txt"]  # no temporary file left
    if kind == "file":
        assert there.read_bytes() == b"stored before"
    elif kind == "dangling symlink":
        assert there.is_symlink() and not (tmp_path / "nowhere.txt").exists()


def test_a_crash_while_creating_a_file_leaves_no_half_of_it(tmp_path, monkeypatch):
    real_fdopen = os.fdopen

    def crash():
        raise OSError("crash while writing")

    monkeypatch.setattr(atomic.os, "fdopen", lambda handle, *a, **k: HalfWrite(real_fdopen(handle, *a, **k), crash))
    with pytest.raises(OSError, match="crash while writing"):
        atomic.create_new(tmp_path / "doc.txt", b"a whole document\n")
    assert list(tmp_path.iterdir()) == []


def test_where_there_are_no_hard_links_a_new_file_is_still_created(tmp_path, monkeypatch):
    def no_links(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    atomic.create_new(tmp_path / "doc.txt", b"text\n")
    assert (tmp_path / "doc.txt").read_bytes() == b"text\n"
    with pytest.raises(FileExistsError):
        atomic.create_new(tmp_path / "doc.txt", b"other\n")
    assert [path.name for path in tmp_path.iterdir()] == ["doc.txt"] and (
        tmp_path / "doc.txt"
    ).read_bytes() == b"text\n"
