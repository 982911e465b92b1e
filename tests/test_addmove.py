"""Adding a move as text: a pure insertion, a valid file, and a save that never loses a byte."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard import addmove
from dashboard.addmove import Conflict, Draft, Evidence, blocks, check_quote, digest, insert, save, slug, without
from helpers import REPO, TODAY, load

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


def test_a_move_is_added_as_lines_at_the_end_of_its_section(shipped_text):
    new, spans = insert(shipped_text, blocks(draft()))
    assert without(new, spans) == shipped_text
    result = load(new)
    assert result.ok, [p.message for p in result.errors]
    moves = result.dataset.document.moves
    assert moves[-1].id == draft().move_id and moves[-1].to == "apple" and str(moves[-1].date) == "2024-05"
    assert new.index("  - id: " + draft().move_id) < new.index("\nstays:")


def test_a_new_person_and_organisation_go_into_their_sections(shipped_text):
    new_draft = draft(person=None, new_person="Ada Example", destination="example-lab",
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
    lambda name: slug(name) != "x" and name.strip() == name and "  " not in name
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
    new_draft = Draft(origin="meta", destination=org_id, date=date, new_person=name, new_orgs={org_id: org},
                      role=role, evidence=(Evidence(SOURCE, quote),))  # fmt: skip
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
    assert check_quote(DOC, "   ") == addmove.QuoteCheck(False, None)


# --- saving ---------------------------------------------------------------------------------------


@pytest.fixture
def record(project) -> Path:
    return project / "data" / "events.yaml"


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


@pytest.mark.parametrize("step", ["mkstemp", "write", "fsync", "replace"])
def test_a_crash_at_any_step_of_the_save_leaves_the_original(record, monkeypatch, step):
    before = record.read_bytes()

    def crash(*args, **kwargs):
        raise OSError(f"crash at {step}")

    if step == "write":
        real_fdopen = os.fdopen

        class Broken:
            def __init__(self, handle, *args, **kwargs):
                self.file = real_fdopen(handle, *args, **kwargs)

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.file.close()

            def write(self, data):
                self.file.write(data[: len(data) // 2])
                crash()

        monkeypatch.setattr("dashboard.atomic.os.fdopen", Broken)
    elif step == "mkstemp":
        monkeypatch.setattr("dashboard.atomic.tempfile.mkstemp", crash)
    else:
        monkeypatch.setattr(f"dashboard.atomic.os.{step}", crash)
    with pytest.raises(OSError, match=f"crash at {step}"):
        save(record, draft(), digest(before), today=TODAY)
    assert record.read_bytes() == before
    assert [path.name for path in record.parent.iterdir()] == ["events.yaml"]  # no temporary file left
