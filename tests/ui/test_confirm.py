"""Confirming candidates (issue 16, part 3) in AppTest: the Add a source page stores an article and
lists its candidates; "Use" fills the Add page; the Add page adds a group with its headcount, a
stay, and a second source for a recorded move, each as an insertion that validates."""

from __future__ import annotations

import pytest

from dashboard.articles.candidates import Candidate
from dashboard.record.model import UNKNOWN
from dashboard.ui.components import prefill
from support.apptest import open_page, texts
from support.records import load

ARTICLE = (
    "Personalien.\nDaniel Gross wechselt im Mai von Safe Superintelligence zu Meta.\n"
    "Vier Ingenieure von Anthropic sind zu Mistral AI gewechselt.\nKatrin Vogel soll OpenAI verlassen.\n"
)


def record_of(project):
    return load((project / "data" / "events.yaml").read_text(encoding="utf-8"), root=project)


def test_a_pasted_article_is_stored_listed_with_its_candidates_and_one_fills_the_add_page(project, monkeypatch):
    data = project / "data" / "events.yaml"
    at = open_page("add_source", data, monkeypatch)
    at.radio(key="src_how").set_value("Paste its text").run()
    at.text_area(key="src_paste").input(ARTICLE).run()
    assert not at.exception, at.exception
    assert "read as text" in texts(at) and at.selectbox(key="src_language").value == "de"
    at.text_input(key="src_id").input("personalien").run()
    at.button(key="src_save").click().run()
    assert not at.exception, at.exception
    assert "Added source personalien. Its candidates:" in texts(at)
    result = record_of(project)
    assert result.ok, result.errors
    stored = result.dataset.document.sources["personalien"]
    assert (project / stored.path).read_text(encoding="utf-8") == ARTICLE
    [table] = [frame.value for expander in at.expander for frame in expander.dataframe]
    assert list(table["who"]) == ["Daniel Gross", "4 × Vier Ingenieure", "Katrin Vogel (new)"]
    assert list(table["certainty"]) == ["stated", "stated", "rumoured"]
    # each says why it was found: the pattern and the word that set it off (issue 25)
    assert [why.split(":")[0] for why in table["why"]] == ["from-to (“wechselt”)", "from-to (“gewechselt”)",
                                                           "move-verb (“verlassen”)"]  # fmt: skip
    # "Use" the group: the Add page opens, filled in
    at.selectbox(key="src_candidate").set_value(1).run()
    at.button(key="src_use").click().run()
    assert not at.exception, at.exception
    assert at.radio(key="add_what").value == "group"
    assert "It was found by from-to (“gewechselt”): organisations on both sides" in texts(at)
    assert at.text_input(key="add_group").value == "Vier Ingenieure"
    assert at.number_input(key="add_headcount").value == 4
    assert (at.selectbox(key="add_from").value, at.selectbox(key="add_to").value) == ("anthropic", "mistral-ai")
    assert at.text_area(key="add_quote_0").value == "Vier Ingenieure von Anthropic sind zu Mistral AI gewechselt."
    assert at.selectbox(key="add_source_0").value == "personalien"
    at.switch_page("views/add.py")  # AppTest stays on the page it was told to open: say where we are now
    at.text_input(key="add_date").input("2025").run()
    at.button(key="add_save").click().run()
    assert not at.exception, at.exception
    result = record_of(project)
    assert result.ok, result.errors
    [group] = [move for move in result.dataset.document.moves if move.group == "Vier Ingenieure"]
    assert (group.headcount, group.from_, group.to, str(group.date)) == (4, "anthropic", "mistral-ai", "2025")
    # Daniel Gross's candidate restates a recorded move: "Use" offers to cite this source for it
    assert table.iloc[0]["restates"] == "gross-ssi-to-meta"
    at.switch_page("views/add_source.py").run()
    at.selectbox(key="src_candidate").set_value(0).run()
    at.button(key="src_use").click().run()
    assert (at.radio(key="add_what").value, at.selectbox(key="add_move_pick").value) == (
        "evidence",
        "gross-ssi-to-meta",
    )
    assert at.text_area(key="add_quote_0").value.startswith("Daniel Gross wechselt im Mai")


def test_pasting_what_is_no_article_says_why(project, monkeypatch):
    at = open_page("add_source", project / "data" / "events.yaml", monkeypatch)
    at.radio(key="src_how").set_value("Paste its text").run()
    at.text_area(key="src_paste").input("nur\x00binär").run()
    assert "This can't be taken in: the file holds binary data, not text" in texts(at)


def test_a_candidate_fills_what_it_found_and_leaves_open_what_it_did_not():
    candidate = Candidate(
        quote="Katrin Vogel soll OpenAI verlassen.", kind="move", person="Katrin Vogel", person_id=None, group=None,
        headcount=None, from_="OpenAI", from_id="openai", to=None, to_id=None, date="unknown",
        date_precision="unknown", date_kind="reported", certainty="rumoured", existing_move=None, confidence=0.5,
    )  # fmt: skip
    chosen = prefill.values(candidate, "src", estimated=False)
    assert (chosen["add_what"], chosen["add_person"], chosen["add_new_person"]) == ("move", prefill.NEW, "Katrin Vogel")
    assert (chosen["add_from"], chosen["add_to"], chosen["add_date"]) == ("openai", UNKNOWN, "")
    assert chosen["add_certainty"] == "rumoured"
    restating = Candidate(**{**candidate.__dict__, "existing_move": "gross-ssi-to-meta"})
    assert prefill.values(restating, "src", False)["add_what"] == "evidence"


def test_the_add_page_adds_a_stay(project, monkeypatch):
    at = open_page("add", project / "data" / "events.yaml", monkeypatch)
    at.radio(key="add_what").set_value("stay").run()
    at.selectbox(key="add_person").set_value("hugo-touvron").run()
    at.selectbox(key="add_org").set_value("meta").run()
    at.text_input(key="add_date").input("2025").run()
    at.selectbox(key="add_source_0").set_value("de-meta-ai-team-exodus").run()
    at.text_area(key="add_quote_0").input("arbeiten nur drei noch bei Meta: Hugo Touvron, Xavier Martinet").run()
    assert "at the end of stays:" in texts(at)
    at.button(key="add_save").click().run()
    assert not at.exception, at.exception
    result = record_of(project)
    assert result.ok, result.errors
    assert "hugo-touvron-at-meta-2025" in {stay.id for stay in result.dataset.document.stays}


def test_the_add_page_cites_a_second_source_for_a_recorded_move(project, monkeypatch):
    data = project / "data" / "events.yaml"
    before = data.read_text(encoding="utf-8")
    at = open_page("add", data, monkeypatch)
    at.radio(key="add_what").set_value("evidence").run()
    at.selectbox(key="add_move_pick").set_value("joulin-meta-to-apple").run()
    at.selectbox(key="add_source_0").set_value("de-meta-ai-team-exodus").run()
    quote = "Viele sind zu konkurrierenden Unternehmen gewechselt oder haben neue Startups gegründet"
    at.text_area(key="add_quote_0").input(quote).run()
    assert "at the end of joulin-meta-to-apple's evidence:" in texts(at)
    at.button(key="add_save").click().run()
    assert not at.exception, at.exception
    after = data.read_text(encoding="utf-8")
    result = load(after, root=project)
    assert result.ok, result.errors
    [move] = [move for move in result.dataset.document.moves if move.id == "joulin-meta-to-apple"]
    assert move.evidence[-1].source == "de-meta-ai-team-exodus" and move.evidence[-1].quote == quote
    added = f'      - source: de-meta-ai-team-exodus\n        quote: "{quote}"\n'
    assert after.replace(added, "", 1) == before  # a pure insertion, inside the move's evidence list
    # after the save the form is empty; the same quote for the same move again is refused before saving
    assert at.selectbox(key="add_move_pick").value is None
    at.selectbox(key="add_move_pick").set_value("joulin-meta-to-apple").run()
    at.text_area(key="add_quote_0").input(quote).run()
    assert "joulin-meta-to-apple already cites this quote from de-meta-ai-team-exodus." in texts(at)


def test_read_only_mode_hides_the_add_a_source_page_and_the_use_control(project, monkeypatch):
    from dashboard.config import READ_ONLY_ENV

    monkeypatch.setenv(READ_ONLY_ENV, "1")
    at = open_page("sources", project / "data" / "events.yaml", monkeypatch, source="de-meta-superintelligence-hires")
    assert not at.exception, at.exception
    assert "Read-only: the Add page is hidden, so candidates can't be used here." in texts(at)
    assert not [button for button in at.button if button.key == "src_use"]
    with pytest.raises(Exception):  # noqa: B017 - AppTest refuses a page that is not in the app
        at.switch_page("views/add_source.py").run()
