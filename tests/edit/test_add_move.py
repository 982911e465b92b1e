"""Adding a move as text: a pure insertion, a valid file, and a save that never loses a byte."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.edit import checks, drafts
from dashboard.edit.checks import check_quote
from dashboard.edit.drafts import Draft, Evidence, blocks
from dashboard.edit.ids import slug
from dashboard.edit.insert import LayoutError, evidence_insertion, insert, without
from dashboard.edit.saving import Conflict, digest, save
from dashboard.record import characters
from dashboard.record.names import fold
from support.records import REPO, TODAY, load

DOC = (REPO / "seeds" / "000_754018a0b65caa00.txt").read_text(encoding="utf-8")
WORDS = DOC.split()
SOURCE = "insideit-llama-authors"  # seeds/000_...


def draft(**changes) -> Draft:
    fields = {
        "person": "armand-joulin",
        "origin": "meta",
        "destination": "apple",
        "date": "2024-05",
        "evidence": (Evidence(SOURCE, " ".join(WORDS[40:52])),),
    }
    return Draft(**(fields | changes))


def test_slug():
    assert slug("Timothée Lacroix") == "timothee-lacroix"
    assert slug("  Ruoming  Pang (Apple) ") == "ruoming-pang-apple"
    assert slug("<img src=x>") == "img-src-x"
    assert slug("???") == slug("李飞飞") == ""  # no usable id: the form refuses the name
    long = slug("a" * 60 + " " + "b" * 60)
    assert len(long) == 100 and long != slug("a" * 60 + " " + "b" * 61)  # cut, yet distinct


def test_a_move_is_added_as_lines_at_the_end_of_its_section(shipped_text):
    new, spans = insert(shipped_text, blocks(draft()))
    assert without(new, spans) == shipped_text
    result = load(new)
    assert result.ok, [p.message for p in result.errors]
    moves = result.dataset.document.moves
    assert moves[-1].id == draft().move_id and moves[-1].to == "apple" and str(moves[-1].date) == "2024-05"
    assert new.index("  - id: " + draft().move_id) < new.index("\nstays:")


def test_a_new_person_and_organisation_go_into_their_sections(shipped_text):
    new_draft = draft(person="ada-example", new_people={"ada-example": "Ada Example"}, destination="example-lab",
                      new_orgs={"example-lab": "Example <b>Lab</b>"}, role='chief "scientist"')  # fmt: skip
    new, spans = insert(shipped_text, blocks(new_draft))
    assert without(new, spans) == shipped_text
    result = load(new)
    assert result.ok, [p.message for p in result.errors]
    document = result.dataset.document
    assert document.people["ada-example"].name == "Ada Example"
    assert document.organizations["example-lab"].name == "Example <b>Lab</b>"
    assert document.moves[-1].role == 'chief "scientist"'
    assert new.index("  ada-example:") < new.index("\ncohorts:")


@pytest.mark.parametrize("ending", ["\r\n", "no final newline"])
def test_line_endings_and_a_missing_final_newline_are_kept(shipped_text, ending):
    text = shipped_text.replace("\n", "\r\n") if ending == "\r\n" else shipped_text.rstrip("\n")
    new, spans = insert(text, blocks(draft()))
    assert without(new, spans) == text
    if ending == "\r\n":
        assert "\n" not in new.replace("\r\n", "")
    assert load(new).ok


names = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzéüß ABC-'"), min_size=3, max_size=30).filter(
    lambda name: slug(name) != "" and name.strip() == name and "  " not in name
)
dates = st.builds(
    lambda year, month, day, precision: (f"{year}", f"{year}-{month:02d}", f"{year}-{month:02d}-{day:02d}")[precision],
    st.integers(1990, 2025), st.integers(1, 12), st.integers(1, 28), st.integers(0, 2),
)  # fmt: skip
quotes = st.builds(lambda start, length: " ".join(WORDS[start : start + length]),
                   st.integers(0, len(WORDS) - 30), st.integers(3, 25))  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=names, org=names, date=dates, quote=quotes, role=st.none() | names, crlf=st.booleans())
def test_any_added_move_is_a_pure_insertion_that_validates(shipped_text, name, org, date, quote, role, crlf):
    text = shipped_text.replace("\n", "\r\n") if crlf else shipped_text
    org_id = "new-" + slug(org)
    new_draft = Draft(origin="meta", destination=org_id, date=date, person=slug(name), new_people={slug(name): name},
                      new_orgs={org_id: org}, role=role, evidence=(Evidence(SOURCE, quote),))  # fmt: skip
    new, spans = insert(text, blocks(new_draft))
    assert without(new, spans) == text  # every old byte, in order
    old_lines, new_lines = text.splitlines(), iter(new.splitlines())
    assert all(line in new_lines for line in old_lines)  # the old lines are a subsequence
    result = load(new)
    clash = slug(name) in load(text).dataset.document.people
    assert result.ok or clash, [p.message for p in result.errors]


def test_quote_check_finds_a_quote_or_shows_the_closest_passage():
    quote = " ".join(WORDS[60:70])
    assert check_quote(DOC, quote).found
    assert check_quote(DOC, "\n  ".join(WORDS[60:70])).found  # whitespace does not matter
    typo = quote.replace(WORDS[65], WORDS[65] + "x")
    checked = check_quote(DOC, typo)
    assert not checked.found and checked.closest == quote
    assert check_quote(DOC, "   ") == checks.QuoteCheck(False, None)


# --- saving ---------------------------------------------------------------------------------------


def test_save_writes_a_valid_file_once(record):
    before = record.read_bytes()
    saved = save(record, draft(), digest(before), today=TODAY)
    assert saved.written and saved.result.ok
    after = record.read_bytes()
    assert after.startswith(before[: before.index(b"\nstays:")])
    again = save(record, draft(), digest(after), today=TODAY)  # a double click, or a rerun
    assert not again.written and record.read_bytes() == after


def test_save_refuses_a_file_that_changed_since_it_was_loaded(record):
    loaded = digest(record.read_bytes())
    record.write_bytes(record.read_bytes() + b"# someone else's edit\n")
    changed = record.read_bytes()
    with pytest.raises(Conflict, match="changed on disk"):
        save(record, draft(), loaded, today=TODAY)
    assert record.read_bytes() == changed


def test_save_writes_nothing_when_the_new_file_does_not_validate(record):
    before = record.read_bytes()
    bad = draft(evidence=(Evidence(SOURCE, "Diesen Satz gibt es im Dokument nicht."),))
    saved = save(record, bad, digest(before), today=TODAY)
    assert not saved.written and saved.result.errors
    assert any("quote" in problem.message for problem in saved.result.errors)
    assert record.read_bytes() == before


def test_save_into_a_file_in_another_layout_is_refused_with_a_reason(record):
    record.write_bytes(b"---\n" + record.read_bytes())
    before = record.read_bytes()
    saved = save(record, draft(), digest(before), today=TODAY)
    assert (saved.status, saved.digest, saved.result) == ("invalid", digest(before), None)
    assert saved.problems[0].startswith("the record file is not in the plain layout new records are added to")
    assert record.read_bytes() == before


def test_new_evidence_goes_at_the_end_of_its_moves_list_in_any_layout_the_record_allows(shipped_text):
    """Every move of the shipped record, with Windows line ends too, and a last move with no blank
    line before the next section: a pure insertion that validates, in the list's own indentation."""
    tight = shipped_text.replace("\n\nstays:", "\nstays:")  # the last move right above the next section
    item = Evidence(SOURCE, " ".join(WORDS[40:52]), "a translation")
    for text in (shipped_text, shipped_text.replace("\n", "\r\n"), tight):
        document = load(text).dataset.document
        for move in document.moves:
            offset, block = evidence_insertion(text, move.id, item)
            new = text[:offset] + block + text[offset:]
            result = load(new)
            assert result.ok, (move.id, [problem.message for problem in result.errors])
            [changed] = [after for after in result.dataset.document.moves if after.id == move.id]
            assert changed.evidence[-1].quote == item.quote and changed.evidence[:-1] == move.evidence
            assert not block.startswith(("\n", "\r\n")) and "\n\n" not in block  # no blank line added
    with pytest.raises(LayoutError, match="move nowhere is not written as '  - id: nowhere'"):
        evidence_insertion(shipped_text, "nowhere", item)


# --- the form's rules and the JSON shape ------------------------------------------------------


def test_fold_ignores_case_accents_spaces_punctuation_and_invisible_characters():
    assert fold("Timothée Lacroix") == fold("timothee  lacroix") == fold("Timothee-Lacroix")
    assert fold("O'Keefe") == fold("O’Keefe") == fold("O\u200bKeefe")
    assert fold("???") == ""
    assert fold("Meta") != fold("Metal")


@pytest.fixture(scope="module")
def document():
    return load((REPO / "data" / "events.yaml").read_text(encoding="utf-8")).dataset.document


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({}, []),
        ({"person": None}, ["Give either a person or a group (with its headcount), not both or neither."]),
        ({"group": "three scientists"}, ["Give either a person or a group (with its headcount), not both or neither.",
                                         "A group needs its headcount (how many people the source says it is)."]),
        ({"person": None, "group": "three scientists"},
         ["A group needs its headcount (how many people the source says it is)."]),
        ({"headcount": 3}, ["A headcount belongs to a group, not to a person."]),
        ({"person": "nobody-known"}, ["There is no person 'nobody-known' in the record (new people go in new_people)."]),
        ({"destination": "nowhere"},
         ["To: there is no organisation 'nowhere' in the record (new ones go in new_organizations)."]),
        ({"destination": "meta"}, ["From and To are the same organisation."]),
        ({"origin": "unknown", "destination": "unknown"},
         ["From and To cannot both be unknown: a move leaves or joins a known organisation."]),
        ({"date": "2024-13"}, ["'2024-13' is not a valid date: month 13 is out of range"]),
        ({"date_kind": "later"}, ["The date kind 'later' is not one of effective, reported, before."]),
        ({"certainty": "maybe"}, ["The certainty 'maybe' is not one of stated, rumoured."]),
        ({"evidence": ()}, ["A move needs at least one quote from a source."]),
        ({"destination": "fb", "new_orgs": {"fb": "FACEBOOK"}},
         ["“FACEBOOK” is already in the record as “Meta” (its alias “Facebook”): did you mean Meta?"]),
        ({"destination": "x", "new_orgs": {"x": "Example", "y": "example"}},
         ["“example” is given twice (also as x)."]),
        ({"person": "p", "new_people": {"p": "Ada", "meta": "Bob"}}, []),  # people and organisations are apart
        ({"person": "hugo-touvron", "new_people": {"hugo-touvron": "H. Touvron"}},
         ["The id hugo-touvron is already taken by “Hugo Touvron”: did you mean that person?"]),
        ({"person": "Bad Id", "new_people": {"Bad Id": "Ada"}},
         ["'Bad Id' is not a valid id: lowercase letters, digits, '-', '_' and '.'."]),
    ],
)  # fmt: skip
def test_the_form_rules_name_every_problem(document, changes, expected):
    found = checks.problems(draft(**changes), document)
    if expected and expected[0].startswith("'2024-13'"):
        assert len(found) == 1 and found[0].startswith("'2024-13'")
    else:
        assert found == expected


def test_missing_lists_empty_fields_not_mistakes():
    assert checks.missing(person=False, origin="unknown", destination="unknown", date=" ", quotes=0, wanted=1) == [
        "a person", "a date", "a quote", "where from or where to (they cannot both be unknown)"]  # fmt: skip
    assert checks.missing(person=True, origin=None, destination="meta", date="2024", quotes=2, wanted=2) == [
        "where from"
    ]
    assert checks.missing(person=True, origin="meta", destination="meta", date="2024", quotes=1, wanted=1) == []


def test_every_value_is_written_so_that_it_cannot_add_yaml_structure(shipped_text):
    hostile = draft(date_kind="effective\n    certainty: rumoured", certainty="stated", note="a\n  - id: x",
                    destination="apple\nevil: 1", role="r: {x}")  # fmt: skip
    new, _ = insert(shipped_text, blocks(hostile))
    result = load(new)
    assert not result.ok
    messages = " ".join(problem.message for problem in result.errors)
    assert "is not a valid id" in messages and "'effective\\n    certainty: rumoured'" in messages
    assert "'apple\\nevil: 1' is not a valid id" in messages  # the newline stayed inside a quoted scalar
    assert "unknown field" not in messages


def test_a_move_from_json_has_the_keys_of_the_yaml():
    made, problems = drafts.draft_from_json({
        "group": "three scientists", "headcount": "3", "from": "openai", "to": "meta", "date": "2025",
        "date_kind": "before", "date_estimated": True, "certainty": "rumoured", "role": "researchers",
        "evidence": [{"source": "s", "quote": "q", "translation": "t"}],
        "new_people": {}, "new_organizations": {"x": "X"}, "id": "my-id",
    })  # fmt: skip
    assert problems == []
    assert (made.group, made.headcount, made.move_id, made.date_kind, made.certainty) == (
        "three scientists", 3, "my-id", "before", "rumoured")  # fmt: skip
    assert made.evidence == (Evidence("s", "q", "t"),) and made.new_orgs == {"x": "X"}
    assert '    group: "three scientists"\n    headcount: "3"\n' in drafts.blocks(made)["moves"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], ["expected a JSON object (a move), found list"]),
        ({"person": "a", "form": "b", "to": "c", "date": "2024", "evidence": [{"source": "s", "quote": "q"}]},
         ["unknown key 'form': did you mean 'from'?", "'from' is missing"]),
        ({"person": "", "from": "a", "to": "b", "date": "2024", "evidence": []},
         ["'person' must be non-empty text",
          "'evidence' must be a list of one or more {source, quote, translation} objects"]),
        ({"person": "a", "from": "a", "to": "b", "date": "2024", "headcount": "03", "date_estimated": "yes",
          "evidence": [{"source": "s"}, {"source": "s", "quote": "q", "page": 1}], "new_people": ["x"]},
         ["'headcount' must be a whole number from 1", "'date_estimated' must be true or false",
          "evidence 1: source and quote must be non-empty text",
          "evidence 2 must be an object with source, quote and (optionally) translation",
          "'new_people' must be an object of id -> name"]),
    ],
)  # fmt: skip
def test_bad_json_gets_every_problem_named(data, expected):
    made, problems = drafts.draft_from_json(data)
    assert made is None and problems == expected


def test_an_incomplete_form_is_told_only_its_mistakes():
    assert checks.early_problems(origin="meta", destination=None, date="") == []  # empty is missing, not wrong
    assert checks.early_problems(origin="unknown", destination="unknown", date="2024") == []
    found = checks.early_problems(origin="meta", destination="meta", date="2024-13")
    assert found[0] == "From and To are the same organisation." and found[1].startswith("'2024-13'")
    assert len(checks.early_problems(origin=None, destination=None, date="", complete=True)) == 1


@pytest.mark.parametrize("date", ["2024/..", "../2024", "2023/2024", "unknown"])
def test_a_date_the_source_only_bounds_is_saved_as_written(record, date):
    assert checks.early_problems(origin="meta", destination="apple", date=date) == []
    saved = save(record, draft(date=date), digest(record.read_bytes()), today=TODAY)
    assert saved.written and saved.result.ok, saved
    [move] = [move for move in saved.result.dataset.document.moves if move.id == draft(date=date).move_id]
    assert str(move.date) == date
    assert checks.early_problems(origin="meta", destination="apple", date="2024/..x")[0].startswith("'2024/..x'")


# --- characters no source prints (issue 22) -----------------------------------------------------

MOVE = {"person": "armand-joulin", "from": "meta", "to": "apple", "date": "2024-05",
        "evidence": [{"source": SOURCE, "quote": " ".join(WORDS[40:52])}]}  # fmt: skip


def add_move(record: Path, raw: str) -> subprocess.CompletedProcess:
    """``python -m dashboard add-move`` with ``raw`` (JSON text) on its standard input."""
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "add-move", "--data", str(record)], input=raw, capture_output=True,
        text=True, check=False, env={"PATH": "/usr/bin:/bin", "TALENT_FLOWS_TODAY": "2026-11-24", "PYTHONPATH": str(REPO)},
    )  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        # JSON's escapes make a lone surrogate (json.loads gives '\ud800'): a message, not a UnicodeEncodeError
        (json.dumps(MOVE | {"role": "CEO"}).replace('"CEO"', '"\\ud800"'),
         "<stdin>: error: 'role' holds U+D800 (a lone surrogate) (character 1): half of a character"),
        (json.dumps(MOVE | {"role": "\x1b[2J\x1b[31mCEO"}),
         "<stdin>: error: 'role' holds U+001B ESCAPE (character 1) and 1 more such character: a control character"),
        (json.dumps(MOVE | {"note": "Gone\x07\x00"}), "<stdin>: error: 'note' holds U+0007 BELL (character 5)"),
        (json.dumps(MOVE | {"note": "one\x85two"}), "<stdin>: error: 'note' holds U+0085 NEXT LINE (NEL) (character 4)"),
        (json.dumps(MOVE | {"role": "one\u2028two"}), "<stdin>: error: 'role' holds U+2028 LINE SEPARATOR (character 4)"),
        (json.dumps(MOVE | {"role": "a\r\nb"}), "<stdin>: error: 'role' holds U+000D CARRIAGE RETURN (character 2)"),
        (json.dumps(MOVE | {"person": "ada", "new_people": {"ada": "\u202eadA"}}),
         "<stdin>: error: the name of new_people 'ada' holds U+202E RIGHT-TO-LEFT OVERRIDE (character 1)"),
        (json.dumps(MOVE | {"evidence": [{"source": SOURCE, "quote": "x", "translation": "y\u2066z"}]}),
         "<stdin>: error: evidence 1 translation holds U+2066 LEFT-TO-RIGHT ISOLATE (character 2)"),
        (json.dumps(MOVE | {"id": "joulin-again\n"}), "'joulin-again\\n' is not a valid id"),
    ],
)  # fmt: skip
def test_add_move_refuses_what_no_source_prints_and_writes_nothing(record, raw, message):
    before = record.read_bytes()
    done = add_move(record, raw)
    assert done.returncode == 1, done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert not characters.REFUSED.search(done.stderr)  # named, never printed
    assert record.read_bytes() == before


def test_the_add_page_refuses_them_too(record):
    """The Add page saves a Draft, not JSON: the same rule, before anything is written."""
    before = record.read_bytes()
    saved = save(record, draft(person="ada", new_people={"ada": "Ada\u202e Example"}), digest(before), today=TODAY)
    assert saved.status == "invalid"
    assert saved.problems == ("the name of new_people 'ada' holds U+202E RIGHT-TO-LEFT OVERRIDE (character 4): it "
                              "reorders how the text after it is shown (a name can read backwards): delete it",)  # fmt: skip
    assert record.read_bytes() == before
    stay = drafts.StayDraft("armand-joulin", "meta", "2024", (Evidence(SOURCE, "a\x1bb"),))
    assert checks.stay_problems(stay, load(before.decode()).dataset.document)[0].startswith(
        "evidence 1 quote holds U+001B ESCAPE"
    )


def test_an_id_with_a_trailing_newline_is_written_quoted_and_refused():
    from dashboard.edit.writer import plain

    assert plain("joulin-again") == "joulin-again"
    assert plain("joulin-again\n") == '"joulin-again\\n"'  # not written bare, losing the newline


@pytest.mark.parametrize("errors", ["strict", "surrogateescape"])
def test_add_move_says_when_its_input_is_not_utf8_whatever_the_locale(record, errors):
    before = record.read_bytes()
    raw = json.dumps(MOVE | {"role": "CEO"}).encode().replace(b"CEO", b"C\xffO")
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "add-move", "--data", str(record)], input=raw, capture_output=True,
        check=False, env={"PATH": "/usr/bin:/bin", "TALENT_FLOWS_TODAY": "2026-11-24", "PYTHONPATH": str(REPO),
                          "PYTHONIOENCODING": f"utf-8:{errors}"},
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert b"<stdin>: error: not UTF-8 text (byte " in done.stderr and b"Traceback" not in done.stderr
    assert record.read_bytes() == before
