"""The word lists (dashboard/articles/lexicon/*.toml): one file per language, read once, and a
malformed file refused with a message that names the file and the list."""

from __future__ import annotations

import shutil
from importlib import resources

import pytest

from dashboard.articles import lexicon
from dashboard.articles.lexicon import LexiconError, read_lexicon

SHIPPED = resources.files(lexicon.__name__)


@pytest.fixture
def folder(tmp_path):
    """A copy of the shipped word lists, to break."""
    for item in SHIPPED.iterdir():
        if item.name.endswith(".toml"):
            (tmp_path / item.name).write_bytes(item.read_bytes())
    return tmp_path


def test_an_opener_is_kept_in_one_list_only():
    """The adverbs that open a sentence are in ``sentence_adverbs``, the other openers in ``openers``:
    a word in both would be edited in one and forgotten in the other."""
    for language in lexicon.LANGUAGES:
        both = set(lexicon.SENTENCE_ADVERBS[language]) & set(lexicon.OPENERS[language])
        assert not both, (language, sorted(both))


def test_every_language_has_every_list_and_the_names_hold_them():
    assert lexicon.LANGUAGES == ("de", "it", "en", "fr", "es")  # the order the Add source form offers
    for table in (lexicon.LEAVE, lexicon.JOIN, lexicon.STOPWORDS, lexicon.PRONOUNS, lexicon.MONTH_MARKERS):
        assert set(table) == set(lexicon.LANGUAGES) and all(table.values())
    assert lexicon.MONTHS["it"][6] == "luglio" and lexicon.NUMBERS["fr"][4] == "quatre"
    # [every_article]: the words of all the files, joined
    assert {"der", "the", "ceo", "según"} <= lexicon.NOT_NAMES
    assert {"bei", "beim", "at", "presso", "chez", "en"} == lexicon.AT_MARKERS
    assert {"preisträger", "fondatrice", "startup"} <= lexicon.ROLE_WORDS and "gmbh" in lexicon.ORG_WORDS
    assert {"dr", "bzw", "mme"} <= lexicon.ABBREVIATIONS and {"und", "y"} <= lexicon.CONJUNCTIONS
    assert {"der", "the", "degli"} <= lexicon.WHOLE_SET


def test_the_shipped_files_are_read_as_the_module_holds_them(folder):
    read = read_lexicon(folder)
    assert read.languages == lexicon.LANGUAGES
    assert read.per_language["leave"] == lexicon.LEAVE and read.every_article["not_names"] == lexicon.NOT_NAMES


def _replace(path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("de.toml", "\nleave = [", "\nleave = [[", r"de\.toml: not valid TOML: .*\(at line \d+, column \d+\)"),
        ("de.toml", "\nstay = [", "\nstays = [", r"de\.toml: unknown list 'stays'; the lists are accepts, agent_phrases, also, articles, "),
        ("de.toml", "\nstay = [", "\n# stay = [", r"de\.toml: no list 'stay'"),
        ("it.toml", "\nstay = [", '\nstay = "rimane"  # [', r"it\.toml: stay must be a list of words in square brackets, not 'rimane'"),
        ("en.toml", '"leaves"', '"Leaves"', r"en\.toml: leave: word 1 \('Leaves'\) is not lower case"),
        ("en.toml", '"leaves"', '" leaves"', r"en\.toml: leave: word 1 \(' leaves'\) has spaces around it"),
        ("en.toml", '"leaves"', '3', r"en\.toml: leave: word 1 \(3\) must be a word in quotes"),
        ("en.toml", '"leaves"', '"left"', r"en\.toml: leave: word 2 \('left'\) is listed twice"),
        ("fr.toml", '"quitté"', '"quitte\u0301"', r"fr\.toml: leave: word 2 .* two characters \(save the file as NFC\)"),
        ("es.toml", '"enero", ', "", r"es\.toml: months must list 12 words, not 11"),
        ("es.toml", '"cero", ', "", r"es\.toml: numbers must list 13 words, not 12"),
        ("de.toml", "\nat_markers = [", "\nat_marker = [", r"de\.toml: \[every_article\]: unknown list 'at_marker'"),
        ("shared.toml", '"es"]', '"es", "nl"]', r"nl\.toml: missing \(every language of shared\.toml has its file\)"),
        ("shared.toml", 'languages = [', 'language = [', r"shared\.toml: unknown list 'language'"),
    ],
)  # fmt: skip
def test_a_malformed_file_is_refused_naming_the_file_and_the_list(folder, file, old, new, message):
    _replace(folder / file, old, new)
    with pytest.raises(LexiconError, match=message):
        read_lexicon(folder)


def test_every_article_must_be_a_table(folder):
    text = (folder / "de.toml").read_text(encoding="utf-8")
    (folder / "de.toml").write_text(text[: text.index("\n[every_article]")] + "\nevery_article = 1\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"de\.toml: every_article must be a table \(\[every_article\]\)"):
        read_lexicon(folder)


def test_a_missing_file_one_not_utf8_and_a_language_file_no_one_names_are_refused(folder):
    (folder / "nl.toml").write_text((folder / "de.toml").read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(LexiconError, match=r"nl\.toml: 'nl' is not among the languages of shared\.toml"):
        read_lexicon(folder)
    (folder / "nl.toml").unlink()
    (folder / "it.toml").write_bytes("leave = ['lascia']".encode("utf-16"))
    with pytest.raises(LexiconError, match=r"it\.toml: not UTF-8 text"):
        read_lexicon(folder)
    (folder / "it.toml").unlink()
    with pytest.raises(LexiconError, match=r"it\.toml: missing"):
        read_lexicon(folder)
    shutil.rmtree(folder)
    folder.mkdir()
    with pytest.raises(LexiconError, match=r"shared\.toml: missing"):
        read_lexicon(folder)
