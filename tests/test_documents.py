"""Source documents: safe paths, readable text, quotes found despite glued and wrapped lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.record.documents import DocumentError, SourceText, check_url, read_document, resolve_source_path


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
     ("example.org/a", "'none'"), ("https:///nohost", "has no host")],
)  # fmt: skip
def test_other_urls_are_refused(url, reason):
    with pytest.raises(DocumentError, match=reason):
        check_url(url)


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
