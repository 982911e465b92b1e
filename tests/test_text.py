"""Data shown as text, never as markup; quoted passages found again for highlighting."""

from __future__ import annotations

import re

import pytest

from dashboard.text import highlight_segments, md, plotly_text, wrap

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(2)</script>",
    "[click](javascript:alert(3))",
    ":red[coloured] :material/home: $E=mc^2$",
    "**bold** _it_ `code` # heading",
    "a | b | c\n---|---",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_md_escapes_every_markup_character(text):
    escaped = md(text)
    # Every character that Markdown or Streamlit's directives act on is preceded by a backslash.
    for match in re.finditer(r"[\\`*_{}\[\]<>()#+\-.!|~$:=^&]", text):
        index = match.start()
        assert f"\\{text[index]}" in escaped
    # Removing the escapes gives the text back (line breaks become Markdown hard breaks).
    assert re.sub(r"\\(.)", r"\1", escaped).replace("  \n", "\n") == text


def _unescaped(markdown: str) -> str:
    """What Markdown shows of ``markdown`` made by :func:`md`: code spans as their text, escapes removed."""
    pieces = re.split(r"(`+)( ?)(.*?)\2\1", markdown)
    out = []
    for index in range(0, len(pieces), 4):
        out.append(re.sub(r"\\(.)", r"\1", pieces[index]))
        if index + 3 < len(pieces):
            out.append(pieces[index + 3])
    return "".join(out).replace("  \n", "\n")


ADDRESSES = [
    ("see http://127.0.0.1:9/x.png now", "http://127.0.0.1:9/x.png"),
    ("HTTPS://Host/Path?a=1&b=2", "HTTPS://Host/Path?a=1&b=2"),
    ("at www.example.com.", "www.example.com."),
    ("write to ada@example.com", "ada@example.com"),
    ("mailto:ada@example.com", "mailto:ada@example.com"),
    ("![x](http://host/img.png)", "http://host/img.png)"),
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_md_shows_web_and_mail_addresses_as_code_never_as_links(text, address):
    # Streamlit's Markdown links bare addresses whatever the backslashes: a code span can't link.
    escaped = md(text)
    spans = [match.group(3) for match in re.finditer(r"(`+)( ?)(.*?)\2\1", escaped)]
    assert address in spans
    outside = re.sub(r"(`+)( ?)(.*?)\2\1", "", escaped)
    assert "http" not in outside.casefold().replace("\\", "") or "://" not in outside
    assert "www." not in outside and "@" not in outside
    assert _unescaped(escaped) == text


def test_an_address_holding_backticks_gets_a_longer_fence():
    # CommonMark: a code span ends at a run of exactly as many backticks as opened it.
    assert md("http://a`b``") == "``` http://a`b`` ```"


def test_md_leaves_words_with_an_at_sign_but_no_domain_as_escaped_text():
    assert md("@SUM(1+1)") == "@SUM\\(1\\+1\\)"


def test_plotly_text_escapes_html():
    assert plotly_text("<b>x</b> & y") == "&lt;b&gt;x&lt;/b&gt; &amp; y"


def test_wrap_breaks_long_text_and_escapes_it():
    text = "word " * 50 + "<script>"
    wrapped = wrap(text, width=20, limit=400)
    lines = wrapped.split("<br>")
    assert all(len(line) <= 20 for line in lines[:-1])
    assert "<script>" not in wrapped and "&lt;script&gt;" in wrapped


def test_wrap_shortens_to_the_limit():
    assert wrap("x" * 1000, width=2000, limit=100).endswith("…")
    assert len(wrap("x" * 1000, width=2000, limit=100)) == 100


def test_highlight_finds_quotes_across_line_breaks_and_glued_sentences():
    text = "Erster Satz.Zweiter Satz\nmit Umbruch. Dritter."
    segments = highlight_segments(text, ["Satz. Zweiter Satz mit Umbruch."])
    assert segments == [("Erster ", False), ("Satz.Zweiter Satz\nmit Umbruch.", True), (" Dritter.", False)]
    assert "".join(piece for piece, _ in segments) == text


def test_highlight_marks_every_occurrence_and_ignores_missing_quotes():
    segments = highlight_segments("ab ab cd", ["ab", "zz"])
    assert [piece for piece, quoted in segments if quoted] == ["ab", "ab"]
    assert highlight_segments("abc", []) == [("abc", False)]
