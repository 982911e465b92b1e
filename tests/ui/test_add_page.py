"""The "Add a move" page in AppTest: the quote check, the YAML shown, one save per move, the
conflict refusal, the new move on the other pages, and the read-only mode."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dashboard.config import READ_ONLY_ENV
from dashboard.text import md
from support.apptest import open_page, sankey, texts
from support.records import REPO

DOC = (REPO / "seeds" / "000_754018a0b65caa00.txt").read_text(encoding="utf-8").split()
QUOTE = " ".join(DOC[40:52])


def fill(at, *, quote: str = QUOTE, new_org: str = "Example Lab"):
    """Armand Joulin, Meta → a new organisation, 2024-05, one quote from seeds/000_…"""
    at.selectbox(key="add_person").set_value("armand-joulin").run()
    at.selectbox(key="add_from").set_value("meta").run()
    at.selectbox(key="add_to").set_value("__new__").run()
    at.text_input(key="add_to_new").input(new_org).run()
    at.text_input(key="add_date").input("2024-05").run()
    at.selectbox(key="add_source_0").set_value("insideit-llama-authors").run()
    at.text_area(key="add_quote_0").input(quote).run()
    return at


def test_an_empty_form_lists_what_is_needed_and_the_same_organisation_twice_is_an_error(project, monkeypatch):
    at = open_page("add", project / "data" / "events.yaml", monkeypatch)
    assert [box.value for box in at.selectbox if box.key in ("add_from", "add_to")] == ["unknown", "unknown"]
    assert not at.error  # nothing was chosen yet: no mistake to point at
    needed = texts(at)
    assert "Still needed: a person, a date, a quote, where from or where to (they cannot both be unknown)" in needed
    at.selectbox(key="add_from").set_value("meta").run()
    assert not at.error
    assert "where from or where to" not in texts(at)
    at.selectbox(key="add_to").set_value("meta").run()
    assert [error.value for error in at.error] == ["From and To are the same organisation\\."]


def test_the_form_checks_the_quote_and_shows_the_yaml(project, monkeypatch):
    at = fill(open_page("add", project / "data" / "events.yaml", monkeypatch))
    assert not at.exception, at.exception
    assert "Found in the document." in [element.value for element in at.success]
    shown = "\n".join(code.value for code in at.code)
    assert '  example-lab:\n    name: "Example Lab"' in shown
    assert "  - id: armand-joulin-meta-to-example-lab-2024-05\n    person: armand-joulin" in shown
    typo = QUOTE.replace(DOC[45], DOC[45] + "x")
    at.text_area(key="add_quote_0").input(typo).run()
    assert "Not found in the document. The closest passage:" in texts(at)
    assert QUOTE in [code.value for code in at.code]


def test_save_adds_exactly_one_move_that_every_page_shows(project, monkeypatch):
    record = project / "data" / "events.yaml"
    before = record.read_bytes()
    at = fill(open_page("add", record, monkeypatch))
    at.button(key="add_save").click().run()
    assert "Saved armand-joulin-meta-to-example-lab-2024-05." in texts(at)
    assert any("the form is ready for the next move" in success.value for success in at.success)
    after = record.read_bytes()
    assert after.count(b"id: armand-joulin-meta-to-example-lab-2024-05") == 1
    assert len(after.splitlines()) > len(before.splitlines())
    old_lines = iter(after.splitlines())
    assert all(line in old_lines for line in before.splitlines())  # nothing of the old file lost
    flows = open_page("flows", record, monkeypatch)
    trace = sankey(flows)
    assert "Example Lab" in trace["node"]["label"]
    person = open_page("person", record, monkeypatch, who="armand-joulin")
    assert re.search(r"^\d\. \*\*Meta\*\* → \*\*Example Lab\*\*$", texts(person), re.MULTILINE)
    organization = open_page("organization", record, monkeypatch, focus="example-lab")
    assert {metric.label: metric.value for metric in organization.metric}["Arrived"] == "1"
    sources = open_page("sources", record, monkeypatch, source="insideit-llama-authors")
    assert "Backs 5 moves" in texts(sources)  # four before, and the new one


def test_after_a_save_the_form_is_ready_for_the_next_move_from_the_same_article(project, monkeypatch):
    record = project / "data" / "events.yaml"
    at = fill(open_page("add", record, monkeypatch))
    at.checkbox(key="add_date_estimated").check().run()
    at.button(key="add_save").click().run()
    assert at.selectbox(key="add_person").value is None  # the move's fields are empty
    assert at.text_area(key="add_quote_0").value == ""
    assert at.selectbox(key="add_to").value == "unknown"
    assert at.text_input(key="add_date").value == "2024-05"  # the article's fields stay
    assert at.selectbox(key="add_source_0").value == "insideit-llama-authors"
    assert at.checkbox(key="add_date_estimated").value is True
    # the new organisation is in the record now: the next move can pick it, and can't add it again
    at.selectbox(key="add_person").set_value("hugo-touvron").run()
    at.selectbox(key="add_from").set_value("meta").run()
    at.selectbox(key="add_to").set_value("example-lab").run()
    at.text_area(key="add_quote_0").input(QUOTE).run()
    at.button(key="add_save").click().run()
    assert "Saved hugo-touvron-meta-to-example-lab-2024-05." in texts(at)
    assert record.read_bytes().count(b"  example-lab:") == 1


def test_a_second_click_saves_nothing_more(project, monkeypatch):
    record = project / "data" / "events.yaml"
    at = fill(open_page("add", record, monkeypatch))
    at.button(key="add_save").click().run()
    after = record.read_bytes()
    again = fill(open_page("add", record, monkeypatch), new_org="Example Lab")  # the same move from a fresh tab
    assert "is already in the record as “Example Lab”: did you mean Example Lab?" in texts(again)
    again.selectbox(key="add_to").set_value("example-lab").run()
    again.button(key="add_save").click().run()
    assert "armand-joulin-meta-to-example-lab-2024-05 is already in the record: nothing to save." in texts(again)
    assert record.read_bytes() == after


def test_the_form_writes_certainty_estimate_roles_and_note(project, monkeypatch):
    record = project / "data" / "events.yaml"
    at = fill(open_page("add", record, monkeypatch))
    at.selectbox(key="add_certainty").set_value("rumoured").run()
    at.checkbox(key="add_date_estimated").check().run()
    at.selectbox(key="add_date_kind").set_value("reported").run()
    at.text_input(key="add_from_role").input("research scientist").run()
    at.text_input(key="add_role").input("chief scientist").run()
    at.text_input(key="add_note").input("The article only says he is expected to join.").run()
    shown = "\n".join(code.value for code in at.code)
    for line in ("date_kind: reported", "date_estimated: true", 'from_role: "research scientist"',
                 'role: "chief scientist"', "certainty: rumoured", 'note: "The article only says he is expected to join."'):  # fmt: skip
        assert f"\n    {line}\n" in shown
    at.button(key="add_save").click().run()
    from support.records import load

    move = load(record.read_text(encoding="utf-8"), root=project).dataset.document.moves[-1]
    assert (move.certainty, move.date_estimated, move.date_kind) == ("rumoured", True, "reported")
    assert (move.from_role, move.role, move.note) == ("research scientist", "chief scientist",
                                                      "The article only says he is expected to join.")  # fmt: skip


@pytest.mark.parametrize(
    ("key", "name", "message"),
    [
        (
            "add_to",
            "Facebook",
            "“Facebook” is already in the record as “Meta” (its alias “Facebook”): did you mean Meta?",
        ),
        (
            "add_to",
            "  mistral   AI ",
            "“mistral   AI” is already in the record as “Mistral AI”: did you mean Mistral AI?",
        ),
        ("add_to", "???", "“???” gives no usable id: an organisation's name needs letters or digits."),
        (
            "add_person",
            "Timothee Lacroix",
            "“Timothee Lacroix” is already in the record as “Timothée Lacroix”: did you mean Timothée Lacroix?",
        ),
        ("add_person", "???", "“???” gives no usable id: a person's name needs letters or digits."),
        (
            "add_person",
            "李飞飞",
            "“李飞飞” gives no usable id (letters a–z or digits): write the id by hand in the record.",
        ),
    ],
)
def test_a_new_name_already_in_the_record_or_without_an_id_is_refused(project, monkeypatch, key, name, message):
    at = open_page("add", project / "data" / "events.yaml", monkeypatch)
    at.selectbox(key=key).set_value("__new__").run()
    at.text_input(key=f"{key}_new" if key != "add_person" else "add_new_person").input(name).run()
    assert [error.value for error in at.error] == [md(message)]
    assert "New person id" not in texts(at) and "New organisation id" not in texts(at)


def test_what_was_typed_survives_leaving_the_page(project, monkeypatch):
    record = project / "data" / "events.yaml"
    at = fill(open_page("add", record, monkeypatch))
    at.selectbox(key="add_certainty").set_value("rumoured").run()
    at.switch_page("views/flows.py").run()
    assert not at.exception
    at.switch_page("views/add.py").run()
    assert at.selectbox(key="add_person").value == "armand-joulin"
    assert at.selectbox(key="add_to").value == "__new__"
    assert at.text_input(key="add_to_new").value == "Example Lab"
    assert at.text_area(key="add_quote_0").value == QUOTE
    assert at.selectbox(key="add_certainty").value == "rumoured"
    at.button(key="add_save").click().run()
    assert "Saved armand-joulin-meta-to-example-lab-2024-05." in texts(at)


def test_a_file_changed_since_the_page_loaded_is_not_overwritten(project, monkeypatch):
    record = project / "data" / "events.yaml"
    at = fill(open_page("add", record, monkeypatch))
    record.write_bytes(record.read_bytes() + b"# an edit made elsewhere\n")
    edited = record.read_bytes()
    at.button(key="add_save").click().run()
    assert "changed on disk since this page loaded it" in texts(at)
    assert "Your move is not in the current version of the file." in texts(at)
    assert record.read_bytes() == edited
    assert at.text_input(key="add_date").value == "2024-05"  # what the user typed is kept
    at.switch_page("views/sources.py").run()  # looking elsewhere keeps it too
    at.switch_page("views/add.py").run()
    assert at.text_area(key="add_quote_0").value == QUOTE
    at.button(key="add_retry").click().run()
    assert "Saved armand-joulin-meta-to-example-lab-2024-05." in texts(at)
    new_lines = iter(record.read_bytes().splitlines())
    assert all(line in new_lines for line in edited.splitlines())  # the other edit is kept, every byte


def test_an_invalid_move_is_not_saved(project, monkeypatch):
    record = project / "data" / "events.yaml"
    before = record.read_bytes()
    at = fill(open_page("add", record, monkeypatch), quote="Diesen Satz gibt es im Dokument nicht.")
    at.button(key="add_save").click().run()
    assert "would not be valid" in texts(at)
    assert record.read_bytes() == before


def test_read_only_mode_hides_the_page(project, monkeypatch):
    monkeypatch.setenv(READ_ONLY_ENV, "1")
    at = open_page("overview", project / "data" / "events.yaml", monkeypatch)
    assert not at.exception
    with pytest.raises(Exception):  # noqa: B017 - AppTest refuses a page that is not in the app
        at.switch_page("views/add.py").run()
    assert "Add a move" not in [title.value for title in at.title]


def test_the_serve_flag_passes_read_only_to_the_app(monkeypatch):
    from dashboard import cli

    seen = {}
    from streamlit.web import cli as streamlit_cli

    monkeypatch.setattr(streamlit_cli, "main", lambda: seen.setdefault("argv", list(__import__("sys").argv)) and 0)
    monkeypatch.chdir(Path.cwd())
    monkeypatch.setattr("sys.argv", list(__import__("sys").argv))  # serve sets sys.argv: restore it after
    cli.main(["serve", "--read-only", "--port", "8599"])
    assert seen["argv"][-1] == "--read-only"
    from dashboard.config import read_only

    assert read_only(seen["argv"][seen["argv"].index("--") + 1 :])


def test_a_web_source_can_be_cited_and_its_quote_is_recorded_unchecked(project, monkeypatch):
    record = project / "data" / "events.yaml"
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("\nsources:\n", "\nsources:\n  web-report:\n    url: https://example.org/a\n", 1))
    at = fill(open_page("add", record, monkeypatch))
    at.selectbox(key="add_source_0").set_value("web-report").run()
    at.text_area(key="add_quote_0").input("Armand Joulin joins Example Lab, the report says.").run()
    assert "A web source: the quote is recorded as given and can't be checked here." in texts(at)
    assert "Found in the document." not in [element.value for element in at.success]
    at.button(key="add_save").click().run()
    assert not at.exception, at.exception
    assert "Saved armand-joulin-meta-to-example-lab-2024-05." in texts(at), texts(at)
    saved = record.read_text(encoding="utf-8")
    move = saved[saved.index("  - id: armand-joulin-meta-to-example-lab-2024-05") :]
    assert "      - source: web-report\n" in move and "Armand Joulin joins Example Lab, the report says." in move, move


def test_a_folder_record_saves_into_the_file_chosen_on_the_page(project, monkeypatch):
    from support.folders import by_section, records_of, write_split

    folder = project / "data" / "events"
    write_split(folder, by_section(records_of((project / "data" / "events.yaml").read_text(encoding="utf-8"))))
    moves = (folder / "4-moves.yaml").read_bytes()
    at = fill(open_page("add", folder, monkeypatch))
    assert at.selectbox(key="add_into").options[1:] == sorted(path.name for path in folder.glob("*.yaml"))
    at.selectbox(key="add_into").set_value("5-stays.yaml").run()
    at.button(key="add_save").click().run()
    assert "Saved armand-joulin-meta-to-example-lab-2024-05." in texts(at)
    assert b"id: armand-joulin-meta-to-example-lab-2024-05" in (folder / "5-stays.yaml").read_bytes()
    assert (folder / "4-moves.yaml").read_bytes() == moves
    assert "Example Lab" in sankey(open_page("flows", folder, monkeypatch))["node"]["label"]
    at = fill(open_page("add", folder, monkeypatch), new_org="Other Lab")  # the rule: the first file with moves
    at.button(key="add_save").click().run()
    assert b"id: armand-joulin-meta-to-other-lab-2024-05" in (folder / "4-moves.yaml").read_bytes()
