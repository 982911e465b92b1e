"""Source documents: safe paths, readable text, quotes found despite glued and wrapped lines."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from dashboard.articles import intake
from dashboard.record.documents import (
    MAX_DOCUMENT_BYTES,
    DocumentError,
    check_url,
    read_document,
    read_source,
    resolve_source_path,
)
from dashboard.record.quotes import SourceText


@pytest.fixture
def root(tmp_path: Path) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Erster Satz.Zweiter Satz mit\nZeilenumbruch.", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("written", "reason"),
    [
        ("../etc/passwd", "contains '..'"),
        ("seeds/../../etc/passwd", "contains '..'"),
        ("/etc/passwd", "is absolute"),
        ("C:/Windows/win.ini", "is absolute"),
        ("seeds\\a.txt", "must use '/'"),
        ("data/events.yaml", "must be inside seeds/"),
        ("seeds", "must be inside seeds/"),
        ("seeds/missing.txt", "does not exist"),
    ],
)
def test_unsafe_or_missing_paths_are_refused(root: Path, written, reason):
    with pytest.raises(DocumentError, match=reason.replace("(", r"\(")):
        resolve_source_path(root, written)


def test_symlink_leading_out_is_refused(root: Path, tmp_path_factory):
    outside = tmp_path_factory.mktemp("elsewhere") / "secret.txt"
    outside.write_text("secret", encoding="utf-8")
    (root / "seeds" / "link.txt").symlink_to(outside)
    with pytest.raises(DocumentError, match="leads outside seeds/"):
        resolve_source_path(root, "seeds/link.txt")


def test_symlinked_seeds_folder_pointing_out_is_refused(tmp_path: Path, tmp_path_factory):
    elsewhere = tmp_path_factory.mktemp("real-seeds")
    (elsewhere / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "seeds").symlink_to(elsewhere)
    # The seeds folder itself is a link: its target is where documents live, which is allowed.
    assert resolve_source_path(tmp_path, "seeds/a.txt") == (elsewhere / "a.txt").resolve()


def test_good_path_resolves(root: Path):
    assert resolve_source_path(root, "seeds/a.txt") == (root / "seeds" / "a.txt").resolve()


@pytest.mark.parametrize("url", ["http://example.org/a", "https://example.org/a?b=c"])
def test_http_urls_are_fine(url):
    assert check_url(url) == url


@pytest.mark.parametrize(
    ("url", "reason"),
    [("ftp://example.org/a", "'ftp'"), ("javascript:alert(1)", "'javascript'"), ("file:///etc/passwd", "'file'"),
     ("example.org/a", "'none'"), ("https:///nohost", "has no host"),
     ("http://[::1/a", "is not an address: Invalid IPv6 URL")],  # urlsplit raised: validate stopped (issue 24)
)  # fmt: skip
def test_other_urls_are_refused(url, reason):
    with pytest.raises(DocumentError, match=reason):
        check_url(url)


@pytest.mark.parametrize(
    ("url", "reason"),
    [("https://exa\nmple.org/a", "U\\+000A LINE FEED"), ("https://example.org/a\tb", "U\\+0009 CHARACTER TABULATION"),
     ("https://example.org/\x1b[31m", "U\\+001B ESCAPE"), (" https://example.org/a", "U\\+0020 SPACE"),
     ("https://example.org/\u202eexe.txt", "U\\+202E RIGHT-TO-LEFT OVERRIDE")],
)  # fmt: skip
def test_an_address_with_a_space_or_control_character_is_refused_not_cleaned(url, reason):
    """``urlsplit`` drops tabs and line feeds and strips spaces: the address checked would not be
    the one stored."""
    with pytest.raises(DocumentError, match=reason):
        check_url(url)


# --- stored documents are regular files in seeds/, at most the upload cap (issue 22) -------------


def within(call, seconds: float = 10):
    """``call()``, or a failure (not a hang) after ``seconds``: opening a FIFO to read waits for a writer."""
    outcome: dict = {}

    def run() -> None:
        try:
            outcome["value"] = call()
        except BaseException as err:  # handed to the test
            outcome["error"] = err

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"blocked for {seconds} s"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def test_the_document_cap_is_the_upload_cap():
    assert intake.MAX_BYTES is MAX_DOCUMENT_BYTES == 5 * 1024 * 1024


def test_a_fifo_is_refused_without_waiting_for_a_writer(root: Path):
    os.mkfifo(root / "seeds" / "fifo.txt")
    with pytest.raises(DocumentError, match=r"'seeds/fifo.txt' is not a regular file \(a FIFO\)"):
        within(lambda: resolve_source_path(root, "seeds/fifo.txt"))
    with pytest.raises(DocumentError, match=r"fifo.txt is not a regular file \(a FIFO\)"):
        within(lambda: read_document(root / "seeds" / "fifo.txt"))  # even if asked directly


def test_a_device_is_refused_in_bounded_memory(root: Path):
    (root / "seeds" / "zero.txt").symlink_to("/dev/zero")
    with pytest.raises(DocumentError, match="leads outside seeds/"):
        read_source(root, "seeds/zero.txt")
    with pytest.raises(DocumentError, match=r"is not a regular file \(a device\)"):
        within(lambda: read_document(Path("/dev/zero")))


def test_a_device_reached_through_a_linked_seeds_folder_is_refused(tmp_path: Path):
    (tmp_path / "seeds").symlink_to("/dev")  # the documents live where seeds/ leads: but no device is one
    with pytest.raises(DocumentError, match=r"'seeds/zero' is not a regular file \(a device\)"):
        resolve_source_path(tmp_path, "seeds/zero")


def test_a_symlink_given_to_the_reader_is_not_followed(root: Path):
    (root / "seeds" / "link.txt").symlink_to("a.txt")
    assert read_source(root, "seeds/link.txt").startswith("Erster Satz")  # resolved first: fine
    with pytest.raises(DocumentError, match=r"cannot read link\.txt"):
        read_document(root / "seeds" / "link.txt")  # the reader itself opens no link (O_NOFOLLOW)


def test_a_symlink_loop_is_refused(root: Path):
    (root / "seeds" / "loop.txt").symlink_to("loop.txt")
    with pytest.raises(DocumentError, match="leads nowhere"):
        resolve_source_path(root, "seeds/loop.txt")


def test_a_document_over_the_cap_is_refused_unread(root: Path):
    path = root / "seeds" / "big.txt"
    with open(path, "wb") as big:
        big.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: no disk used
    with pytest.raises(DocumentError, match=r"'seeds/big.txt' is larger than 5 MiB \(5,242,881 bytes\)"):
        resolve_source_path(root, "seeds/big.txt")
    with pytest.raises(DocumentError, match=r"big\.txt is larger than 5 MiB"):
        read_document(path)
    path.write_bytes(b"x" * MAX_DOCUMENT_BYTES)  # at the cap: fine
    assert len(read_source(root, "seeds/big.txt")) == MAX_DOCUMENT_BYTES


def test_a_folder_is_refused(root: Path):
    (root / "seeds" / "folder.txt").mkdir()
    with pytest.raises(DocumentError, match=r"is not a regular file \(a folder\)"):
        resolve_source_path(root, "seeds/folder.txt")


def test_quotes_match_across_glued_sentences_and_line_breaks(root: Path):
    document = SourceText.from_text("seeds/a.txt", read_document(root / "seeds" / "a.txt"))
    assert document.contains("Erster Satz. Zweiter Satz mit Zeilenumbruch.")
    assert document.contains("Zweiter   Satz\n mit")
    assert not document.contains("Zweiter Satz ohne")


def test_mismatch_hint_shows_where_the_quote_goes_wrong():
    document = SourceText.from_text("x", "Armand Joulin verliess Meta bereits im Mai.")
    hint = document.mismatch_hint("Armand Joulin verließ Meta")
    assert "'Armand Joulin verlie'" in hint and "'ß Meta'" in hint


def test_decomposed_accents_match_composed_ones():
    document = SourceText.from_text("x", "Timothée Lacroix")  # composed é
    assert document.contains("Timothe\u0301e Lacroix")  # e + combining acute


def test_non_utf8_document_is_an_error(root: Path):
    path = root / "seeds" / "latin1.txt"
    path.write_bytes("caf\xe9".encode("latin-1"))
    with pytest.raises(DocumentError, match="is not UTF-8"):
        read_document(path)
