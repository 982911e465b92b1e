"""From a new article to candidate records (issue 16): sentences, people, groups, organisations,
dates, hedges, earlier steps, existing moves; the article read from text or a saved web page;
``add-source`` storing it and inserting its source; and the two commands."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from dashboard.articles.candidates import Reader
from dashboard.articles.intake import IntakeError, read_article
from dashboard.articles.language import detect_language
from dashboard.articles.reading.text import sentences
from dashboard.edit.sources import add_source, stored_name
from dashboard.record import characters
from dashboard.record.dates import parse_when
from dashboard.record.model import Document
from dashboard.record.quotes import SourceText
from support.articles import PAGE
from support.records import REPO, SHIPPED, TODAY, load

ARTICLES = REPO / "tests" / "articles" / "corpus"


def reader(orgs: dict[str, str], people: dict | None = None, moves: list | None = None) -> Reader:
    record = {"organizations": {oid: {"name": name} for oid, name in orgs.items()}, "people": people or {}}
    document = Document.model_validate(record)
    return Reader(document.model_copy(update={"moves": moves or []}))


def one(found, **wanted):
    matches = [c for c in found if all(getattr(c, key) == value for key, value in wanted.items())]
    assert len(matches) == 1, (wanted, [(c.person or c.group, c.from_id, c.to_id) for c in found])
    return matches[0]


def test_sentences_are_cut_where_articles_glue_them_and_kept_verbatim():
    text = "Zu spät.Wie 'The Information' berichtet, ging sie. Dr. Ada Alpha blieb.\nForschende gründen StartupZu den Leuten gehört Ben."
    assert sentences(text) == [
        "Zu spät.", "Wie 'The Information' berichtet, ging sie.", "Dr. Ada Alpha blieb.",
        "Forschende gründen Startup", "Zu den Leuten gehört Ben.",
    ]  # fmt: skip
    assert all(piece in text for piece in sentences(text))


@pytest.mark.parametrize("spec", sorted(ARTICLES.glob("*.json")), ids=lambda path: path.stem)
def test_every_move_of_the_test_articles_is_a_candidate(spec):
    data = json.loads(spec.read_text(encoding="utf-8"))
    text = spec.with_suffix(".txt").read_text(encoding="utf-8")
    found = Reader(Document.model_validate(data["record"])).read(
        text, language=data["language"], published=parse_when(data["published"])
    )
    for want in data["moves"]:
        who = [
            c for c in found if (c.person == want["person"] if "person" in want else c.headcount == want["headcount"])
        ]
        assert any({c.from_id, c.to_id} & ({want.get("from"), want.get("to")} - {None}) for c in who), (want, found)
    assert all(c.quote in text for c in found)
    assert detect_language(text) == data["language"]


def test_hedges_earlier_steps_dates_and_groups_in_five_languages():
    read = reader({"helix": "Helix", "quanta": "Quanta", "nova": "Nova"}).read
    found = read("Katrin Vogel wechselt im April von Helix zu Quanta. Sie arbeitete zuvor bei Nova.",
                 language="de", published=parse_when("2025-06"))  # fmt: skip
    move = one(found, person="Katrin Vogel", from_id="helix")
    assert (move.to_id, move.date, move.date_precision, move.date_kind) == ("quanta", "2025-04", "month", "effective")
    earlier = one(found, from_id="nova")
    assert (earlier.person, earlier.date, earlier.date_kind) == ("Katrin Vogel", "2025-06", "before")
    # a month after the report's month is last year's; in a year-dated report it is honestly open
    assert one(read("Ben Beta wechselt im Oktober von Helix zu Quanta.", language="de",
                    published=parse_when("2025-06")), person="Ben Beta").date == "2024-10"  # fmt: skip
    assert one(read("Ben Beta wechselt im Oktober von Helix zu Quanta.", language="de",
                    published=parse_when("2025")), person="Ben Beta").date == "2024-10/2025-10"  # fmt: skip
    rumour = one(read("Jonas Weber soll Helix verlassen.", language="de"), person="Jonas Weber")
    assert (rumour.certainty, rumour.from_id, rumour.to_id) == ("rumoured", "helix", None)
    for text, language, count in [
        ("Drei Wissenschaftler von Nova sind zu Quanta gewechselt.", "de", 3),
        ("Three researchers from Nova have joined Quanta.", "en", 3),
        ("Tre ricercatori di Nova sono passati a Quanta.", "it", 3),
        ("Quatre chercheurs de Nova ont rejoint Quanta.", "fr", 4),
        ("Dos investigadores de Nova se incorporan a Quanta.", "es", 2),
    ]:
        group = one(read(text, language=language), headcount=count)
        assert (group.person, group.from_id, group.to_id) == (None, "nova", "quanta"), text
    for text, language in [
        ("Mark Ode reportedly is set to leave Helix.", "en"), ("Secondo indiscrezioni, Mark Ode sarebbe pronto a lasciare Helix.", "it"),
        ("Selon des rumeurs, Mark Ode serait sur le point de quitter Helix.", "fr"),
        ("Según fuentes, Mark Ode estaría negociando su salida de Helix.", "es"),
    ]:  # fmt: skip
        assert one(read(text, language=language), person="Mark Ode").certainty == "rumoured", text


def test_a_share_or_a_whole_set_is_not_a_group():
    read = reader({"meta": "Meta"}).read
    assert read("Mehr als die Hälfte der 14 Autoren haben Meta verlassen.", language="de") == []
    assert read("Più del 50% degli autori hanno lasciato Meta.", language="it") == []


def test_several_people_in_one_sentence_get_one_candidate_each_with_the_organisations_of_their_clause():
    read = reader({"openai": "OpenAI", "anthropic": "Anthropic", "meta": "Meta"}).read
    found = read("Von OpenAI kommt die Forscherin Yuanzhi Li, Anton Bakhtin wechselt von Anthropic zu Meta.",
                 language="de")  # fmt: skip
    assert [(c.person, c.from_id, c.to_id) for c in found] == [
        ("Yuanzhi Li", "openai", None), ("Anton Bakhtin", "anthropic", "meta"),
    ]  # fmt: skip  # Meta stands in Bakhtin's clause: Li's destination is not said


def test_known_people_are_found_by_alias_accent_and_misspelling_and_moves_already_recorded_are_named():
    people = {"lacroix": {"name": "Timothée Lacroix"}, "pang": {"name": "Ruoming Pang", "aliases": ["R. Pang"]}}
    orgs = {"meta": "Meta", "mistral": "Mistral AI", "apple": "Apple"}
    recorded = Document.model_validate({"moves": [{
        "id": "pang-to-meta", "person": "pang", "from": "apple", "to": "meta", "date": "2025", "date_kind": "reported",
        "evidence": [{"source": "s", "quote": "q"}]}]}).moves  # fmt: skip
    read = reader(orgs, people, recorded).read
    found = read("Timothee Lacroix verlässt Meta. Ruoming Pangg wechselt von Apple zu Meta.", language="de")
    assert [(c.person_id, c.existing_move) for c in found] == [("lacroix", None), ("pang", "pang-to-meta")]
    assert one(found, person_id="pang").person == "Ruoming Pangg"  # as written, matched within the edit distance


def test_the_seed_documents_give_verbatim_quotes_and_most_of_the_shipped_record():
    result = load(SHIPPED.read_text(encoding="utf-8"))
    full = result.dataset.document
    empty = Reader(full.model_copy(update={"people": {}, "moves": [], "stays": [], "positions": []}))
    names = set()
    for source in full.sources.values():
        if source.path is None:
            continue
        text = (REPO / source.path).read_text(encoding="utf-8")
        document = SourceText.from_text(source.path, text)
        for candidate in empty.read(text, language=source.language, published=source.published):
            assert document.contains(candidate.quote)  # passes the validator's quote check as it is
            names.add(candidate.person)
    for person in ("Timothée Lacroix", "Armand Joulin", "Joelle Pineau", "Anton Bakhtin", "Alexandre Wang"):
        assert person in names
    # against the full record, the known people are recognised and their recorded moves named
    found = Reader(full).read((REPO / "seeds" / "004_3d6426978d640d31.txt").read_text(encoding="utf-8"),
                              language="de", published=full.sources["de-meta-superintelligence-hires"].published)  # fmt: skip
    bakhtin = one(found, person_id="anton-bakhtin")
    assert bakhtin.existing_move == "bakhtin-anthropic-to-meta"


# --- the article in ---------------------------------------------------------------------------


def test_a_saved_web_page_gives_its_main_text_title_publisher_date_and_language():
    article = read_article(PAGE.encode(), "whatever.html")
    assert (article.kind, article.title, article.publisher) == ("html", "Northwind hires from its rivals", "Tech Daily")
    assert (str(article.published), article.published_how) == ("2025-06-12", "found in the page's metadata")
    assert article.language == "en"
    assert "Priya Raman left Globex" in article.text
    assert "Privacy policy" not in article.text and "alert" not in article.text and "About us" not in article.text


def test_a_text_or_markdown_article_gives_a_heading_and_a_date_written_at_its_top():
    article = read_article(b"# Personalien\n\nBerlin, 12. Mai 2025. Katrin Vogel wechselt zu Quanta.\n", "a.md")
    assert (article.kind, article.title, str(article.published)) == ("markdown", "Personalien", "2025-05-12")
    assert article.published_how == "found in the text: '12. Mai 2025'"
    assert str(read_article(b"Keine Daten hier, nur ein Satz.\n", "a.txt").published) == "unknown"


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"\x00\x01\x02binary", "binary data"), (b"\xff\xfe\xfa not utf-8", "not UTF-8"), (b"   \n", "empty"),
     (b"<html><head><title>x</title></head><body></body></html>", "no article text found"), (b"x" * (5 * 1024 * 1024 + 1), "at most")],
)  # fmt: skip
def test_what_is_not_an_article_is_refused_with_a_reason(data, message):
    with pytest.raises(IntakeError, match=message):
        read_article(data, "upload.html" if b"<html" in data else "upload.txt")


@pytest.fixture
def project(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "seeds").mkdir()
    for path in (REPO / "seeds").glob("*.txt"):
        (tmp_path / "seeds" / path.name).write_bytes(path.read_bytes())
    record = tmp_path / "data" / "events.yaml"
    record.write_bytes(SHIPPED.read_bytes())
    return record


def test_add_source_stores_the_text_by_its_hash_inserts_the_entry_and_knows_it_the_second_time(project):
    before = project.read_text(encoding="utf-8")
    added = add_source(project, PAGE.encode(), "../../etc/passwd.html", url="https://example.org/n", today=TODAY)
    assert added.status == "added" and added.source_id == "northwind-hires-from-its-rivals"
    stored = project.parent.parent / added.path
    assert stored.name == f"{added.article.digest[:16]}.txt" and stored.read_text() == added.article.text
    text = project.read_text(encoding="utf-8")
    assert text.startswith(before[: before.index("\norganizations:")])  # inserted at the end of sources
    result = load(text, root=project.parent.parent)
    assert result.ok, result.errors
    source = result.dataset.document.sources[added.source_id]
    assert (source.url, source.language, str(source.published), source.publisher) == (
        "https://example.org/n", "en", "2025-06-12", "Tech Daily",
    )  # fmt: skip
    again = add_source(project, PAGE.encode(), "copy.html", today=TODAY)
    assert (again.status, again.source_id) == ("exists", added.source_id)
    assert project.read_text(encoding="utf-8") == text


def test_a_refused_source_leaves_no_file_behind(project):
    seeds = sorted((project.parent.parent / "seeds").iterdir())
    added = add_source(project, PAGE.encode(), "p.html", source_id="de-meta-ai-team-exodus", today=TODAY)
    assert added.status == "invalid" and "already taken" in added.problem
    added = add_source(project, b"Ein kurzer Satz.", "p.txt", today=TODAY)
    assert added.status == "invalid" and "language" in added.problem
    assert sorted((project.parent.parent / "seeds").iterdir()) == seeds


def run_cli(*args):
    command = [sys.executable, "-m", "dashboard", *args]
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)


def test_the_commands_add_a_source_and_list_its_candidates(project, tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    done = run_cli("add-source", str(page), "--data", str(project), "--today", "2026-11-24")
    assert done.returncode == 0, done.stderr
    source_id, path = done.stdout.split()
    assert Path(project.parent.parent / path).is_file()
    done = run_cli("candidates", source_id, "--data", str(project), "--format", "json", "--today", "2026-11-24")
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    becker = next(c for c in found if c["person"] == "Tom Becker")
    assert (becker["person_id"], becker["to"], becker["date_kind"]) == (None, "Northwind", "reported")
    assert set(becker) >= {"quote", "from", "from_id", "to_id", "date", "date_precision", "certainty",
                           "existing_move", "confidence", "headcount", "group", "pattern", "trigger", "why"}  # fmt: skip
    assert becker["why"].startswith(becker["pattern"])  # why it was found (issue 25)
    done = run_cli("add-source", str(page), "--data", str(project), "--today", "2026-11-24")
    assert done.returncode == 4 and "already source" in done.stderr
    done = run_cli("candidates", "no-such-source", "--data", str(project))
    assert done.returncode == 2 and "neither a source id of the record" in done.stderr
    done = run_cli("candidates", str(page), "--data", str(project))
    assert done.returncode == 0 and "Tom Becker (new): Initech -> Northwind" in done.stdout
    assert done.stdout.count("\n   found by ") == done.stdout.count("\n   “")  # each candidate says why


def test_the_sources_page_lists_the_candidates_of_a_document_and_the_moves_they_restate(monkeypatch):
    from support.apptest import open_page

    at = open_page("sources", monkeypatch=monkeypatch, source="de-meta-superintelligence-hires")
    assert not at.exception, at.exception
    [expander] = [e for e in at.expander if e.label.startswith("Candidate moves in this text")]
    [table] = [frame.value for frame in expander.dataframe]
    bakhtin = table[table["who"] == "Anton Bakhtin"].iloc[0]
    assert (bakhtin["from"], bakhtin["to"], bakhtin["restates"]) == ("Anthropic", "Meta", "bakhtin-anthropic-to-meta")
    assert "Anton Bakhtin wechselt von Anthropic zu Meta." in bakhtin["quote"]
    assert expander.label == f"Candidate moves in this text ({len(table)}): sentences that probably state a move"
    assert table["confidence"].between(0, 1).all()
    # a group of no stated number is named alone, not "None × …", and is no "new" person
    assert "weitere Top-KI-Experten" in set(table["who"]) and not table["who"].str.contains("None").any()
    assert any("“confidence” is no probability" in caption.value for caption in expander.caption)


def test_a_role_says_where_someone_is_except_in_an_apposition_where_it_says_where_they_come_from():
    read = reader({"scale": "Scale AI", "meta": "Meta", "mistral": "Mistral AI"}).read
    wang = one(read("Alexandr Wang, CEO von Scale AI, geht zu Meta.", language="de"), person="Alexandr Wang")
    assert (wang.from_id, wang.to_id) == ("scale", "meta")
    found = read("Zwei ehemalige Mitarbeiter von Meta, Ada Alpha und Ben Beta, sind Mitgründer von Mistral AI.",
                 language="de")  # fmt: skip
    assert {(c.person, c.from_id, c.to_id) for c in found if c.person} == {
        ("Ada Alpha", "meta", "mistral"), ("Ben Beta", "meta", "mistral"),
    }  # fmt: skip


# --- characters no source prints (issue 22) -----------------------------------------------------


@pytest.mark.parametrize(
    ("data", "options", "message"),
    [
        ("# Wechsel\u202e zu Globex\n\nKatrin Vogel wechselt von Acme zu Globex.\n", {},
         "the title holds U+202E RIGHT-TO-LEFT OVERRIDE (character 8)"),
        ("# Wechsel\x1b[31m\n\nKatrin Vogel wechselt von Acme zu Globex.\n", {}, "the title holds U+001B ESCAPE"),
        ("# Wechsel\u2028zu Globex\n\nKatrin Vogel wechselt von Acme zu Globex.\n", {},
         "the title holds U+2028 LINE SEPARATOR"),
        ("# Wechsel\n\nKatrin Vogel wechselt von Acme zu Globex.\n", {"url": "https://example.org/\x85a"},
         "the URL holds U+0085 NEXT LINE (NEL)"),
        ("# Wechsel\n\nKatrin Vogel wechselt von Acme zu Globex.\n", {"source_id": "wechsel\n"},
         "'wechsel\\n' is not a valid id"),
    ],
)  # fmt: skip
def test_add_source_refuses_metadata_no_source_prints_and_keeps_nothing(project, data, options, message):
    before, seeds = project.read_bytes(), sorted((project.parent.parent / "seeds").iterdir())
    added = add_source(project, data.encode(), "a.md", language="de", today=TODAY, **options)
    assert added.status == "invalid" and message in added.problem, added.problem
    assert not characters.REFUSED.search(added.problem)
    assert project.read_bytes() == before and sorted((project.parent.parent / "seeds").iterdir()) == seeds


def test_the_command_says_why_and_exits_1(project, tmp_path):
    article = tmp_path / "a.md"
    article.write_text("# Wechsel\u202e zu Globex\n\nKatrin Vogel wechselt von Acme zu Globex.\n", encoding="utf-8")
    before = project.read_bytes()
    done = run_cli("add-source", str(article), "--data", str(project), "--language", "de", "--today", "2026-11-24")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert f"{article}: error: the title holds U+202E RIGHT-TO-LEFT OVERRIDE" in done.stderr
    assert project.read_bytes() == before


def test_add_source_does_not_trip_over_a_fifo_where_its_file_would_go(project):
    """The stored name is the text's hash, so it can be foreseen: a FIFO (or any file) put there
    is neither read nor written over, and the command says why, without a traceback."""
    data = b"# Wechsel\n\nKatrin Vogel wechselt von Acme zu Globex.\n"
    seeds = project.parent.parent / "seeds"
    trap = seeds / stored_name(read_article(data, "a.md"))
    os.mkfifo(trap)
    before = project.read_bytes()
    outcome: list = []
    worker = threading.Thread(target=lambda: outcome.append(add_source(project, data, "a.md", language="de",
                                                                       today=TODAY)), daemon=True)  # fmt: skip
    worker.start()
    worker.join(30)
    assert not worker.is_alive(), "add-source opened the FIFO and waits for a writer"
    [added] = outcome
    assert added.status == "invalid" and f"seeds/{trap.name} already exists and is not this text" in added.problem
    assert project.read_bytes() == before and stat.S_ISFIFO(os.lstat(trap).st_mode)
