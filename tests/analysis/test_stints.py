"""Positions (issue 15, part 1): the ``positions:`` section, its rules, positions held at the same
time, and the moves derived where one position ends and the next begins."""

from __future__ import annotations

import re

import pytest

from dashboard.analysis import bundle as bundles
from dashboard.analysis import views
from dashboard.analysis.filters import Filters
from dashboard.analysis.flows import marks, sankey_links
from dashboard.analysis.selection import select
from dashboard.analysis.stints import derive_moves, next_steps, parallel
from dashboard.analysis.tables import moves_table, positions_table
from support.records import TODAY, line_of, load

DOCUMENT = """Laufbahnen.
Ada Alpha leitete von 2015 bis März 2020 die Forschung bei Alphabet.
Ada Alpha ist seit Mai 2020 Chefwissenschaftlerin bei OpenAI.
Ada Alpha sitzt seit 2018 im Beirat von Anthropic.
Ben Beta arbeitete bei Meta.
"""

HEAD = """sources:
  doc:
    path: seeds/doc.txt
    language: de
    published: "2024"
organizations:
  alphabet: {name: Alphabet}
  openai: {name: OpenAI}
  anthropic: {name: Anthropic}
  meta: {name: Meta}
people:
  ada: {name: Ada Alpha}
  ben: {name: Ben Beta}
"""


def position(pid, org, start, end, quote, person="ada", role=None, extra=""):
    lines = [f"  - id: {pid}", f"    person: {person}", f"    org: {org}"]
    if role:
        lines.append(f"    role: {role}")
    if start is not None:
        lines.append(f'    start: "{start}"')
    if end is not None:
        lines.append(f'    end: "{end}"')
    lines += [extra.rstrip()] if extra else []
    lines += ["    evidence:", "      - source: doc", f"        quote: {quote}"]
    return "\n".join(lines) + "\n"


ALPHABET = "Ada Alpha leitete von 2015 bis März 2020 die Forschung bei Alphabet."
OPENAI = "Ada Alpha ist seit Mai 2020 Chefwissenschaftlerin bei OpenAI."
ANTHROPIC = "Ada Alpha sitzt seit 2018 im Beirat von Anthropic."


@pytest.fixture
def project(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "doc.txt").write_text(DOCUMENT, encoding="utf-8")
    return tmp_path


def record(project, *positions, moves=""):
    text = HEAD + (f"moves:\n{moves}" if moves else "") + "positions:\n" + "".join(positions)
    return text, load(text, root=project)


def career(project, *, end="2020-03", start="2020-05", moves=""):
    return record(
        project,
        position("ada-alphabet", "alphabet", "2015", end, ALPHABET, role="head of research"),
        position("ada-openai", "openai", start, "2024/..", OPENAI, role="chief scientist"),
        position("ada-anthropic", "anthropic", "2018", "unknown", ANTHROPIC, role="advisor"),
        moves=moves,
    )


def test_a_position_ending_where_the_next_begins_derives_one_marked_move(project):
    _, result = career(project)
    assert result.ok, result.errors
    derived = derive_moves(result.dataset.document, TODAY)
    assert [(m.id, m.from_, m.to, str(m.date), m.from_role, m.role) for m in derived] == [
        ("ada-alphabet~ada-openai", "alphabet", "openai", "2020-05", "head of research", "chief scientist")
    ]
    moves = moves_table(result.dataset)
    row = moves.set_index("id").loc["ada-alphabet~ada-openai"]
    assert row["derived"] and row["inferred"] == "move"  # no sentence states the move itself
    assert [item["quote"] for item in row["evidence"]] == [ALPHABET, OPENAI]
    assert "ended 2020-03" in row["note"] and "began 2020-05" in row["note"]
    # the flows count it, marked as inferred (dotted), never as a stated move
    assert marks(moves)["inferred"].tolist() == [True]
    links = sankey_links(moves, with_people=False)
    assert links[["source", "target", "value", "inferred"]].values.tolist() == [["alphabet", "openai", 1, 1]]


def test_the_advisory_seat_held_beside_both_jobs_is_parallel_and_derives_nothing(project):
    _, result = career(project)
    document = result.dataset.document
    together = parallel(document.positions, TODAY)
    # Anthropic's end is unknown: the record can't prove it overlapped anything
    assert together == {"ada-alphabet": [], "ada-openai": [], "ada-anthropic": []}
    _, result = record(
        project,
        position("ada-alphabet", "alphabet", "2015", "2020-03", ALPHABET),
        position("ada-anthropic", "anthropic", "2018", "2019/..", ANTHROPIC),
    )
    assert parallel(result.dataset.document.positions, TODAY) == {
        "ada-alphabet": ["ada-anthropic"],
        "ada-anthropic": ["ada-alphabet"],
    }
    table = positions_table(result.dataset)
    assert table.set_index("id").loc["ada-anthropic", "parallel"] == ["ada-alphabet"]
    assert derive_moves(result.dataset.document, TODAY) == []


@pytest.mark.parametrize(
    ("end", "start", "why"),
    [
        ("2020-03", "2021-06", "more than six months apart"),
        ("unknown", "2020-05", "the end is unknown"),
        ("2020/..", "2020-05", "still held in 2020: it ended 2020 or later"),
        ("../2020", "2020-05", "ended by 2020: when is not placed"),
        ("2020-03", "unknown", "the start is unknown"),
        ("2020-03", "../2020", "began by 2020: when is not placed"),
    ],
)
def test_no_move_is_derived_without_a_placed_end_and_a_near_placed_start(project, end, start, why):
    _, result = career(project, end=end, start=start)
    assert result.ok, result.errors
    assert derive_moves(result.dataset.document, TODAY) == [], why
    assert not moves_table(result.dataset)["derived"].any()


def test_two_positions_starting_at_one_end_leave_the_next_step_unclear(project):
    _, result = record(
        project,
        position("ada-alphabet", "alphabet", "2015", "2020-03", ALPHABET),
        position("ada-openai", "openai", "2020-05", "2024/..", OPENAI),
        position("ada-anthropic", "anthropic", "2020-04", "unknown", ANTHROPIC),
    )
    pairs, unclear = next_steps(result.dataset.document.positions, TODAY)
    assert pairs == [] and [(u.position, u.candidates) for u in unclear] == [
        ("ada-alphabet", ("ada-openai", "ada-anthropic"))
    ]
    assert derive_moves(result.dataset.document, TODAY) == []


def test_an_explicit_move_stays_and_is_not_counted_twice(project):
    move = (
        '  - id: ada-to-openai\n    person: ada\n    from: alphabet\n    to: openai\n    date: "2020"\n'
        f"    date_kind: effective\n    evidence:\n      - source: doc\n        quote: {OPENAI}\n"
    )
    _, result = career(project, moves=move)
    assert result.ok, result.errors
    assert derive_moves(result.dataset.document, TODAY) == []
    assert moves_table(result.dataset)["id"].tolist() == ["ada-to-openai"]


def test_a_new_role_at_the_same_organisation_is_no_move(project):
    _, result = record(
        project,
        position("ada-1", "alphabet", "2015", "2020-03", ALPHABET, role="researcher"),
        position("ada-2", "alphabet", "2020-04", "unknown", ALPHABET, role="director"),
    )
    assert result.ok and derive_moves(result.dataset.document, TODAY) == []


def test_the_pages_count_derived_moves_and_the_career_shows_them(project):
    _, result = career(project)
    built = bundles.build(result.dataset, "digest")
    assert len(built.positions) == 3
    selection = select(built, Filters())
    table = views.view(built, selection, "moves")
    assert table["id"].tolist() == ["ada-alphabet~ada-openai"]
    assert "derived from positions" in table["marks"].iloc[0]
    assert any("derived from positions" in line for line in selection.notes())


# --- the rules ----------------------------------------------------------------------------


def messages(result):
    return [(problem.line, problem.message) for problem in result.errors]


def test_a_position_that_ends_before_it_starts_is_an_error_at_its_end(project):
    text, result = record(project, position("ada-alphabet", "alphabet", "2021", "2020-03", ALPHABET))
    assert messages(result) == [
        (line_of(text, 'end: "2020-03"'), "the position ends (2020-03) before it starts (2021)")
    ]


def test_a_position_needs_a_known_organisation_and_person(project):
    text, result = record(
        project,
        position("p1", "unknown", "2015", None, ALPHABET),
        position("p2", "alphabet", "2015", None, ALPHABET, person="zed"),
    )
    assert (line_of(text, "org: unknown"), "unknown organisation 'unknown'") in messages(result)
    assert (line_of(text, "person: zed"), "unknown person 'zed'") in messages(result)


def test_a_bad_date_and_a_field_a_position_lacks_are_errors_with_their_reason(project):
    text, result = record(
        project,
        position("p1", "alphabet", "2015-13", None, ALPHABET),
        position("p2", "alphabet", "2015", None, ALPHABET, extra="    from: meta"),
    )
    found = messages(result)
    assert any(line == line_of(text, "2015-13") and "month 13 does not exist" in message for line, message in found)
    assert any(line == line_of(text, "from: meta") and "from" in message for line, message in found), found


def test_the_same_position_twice_is_a_duplicate(project):
    text, result = record(
        project,
        position("p1", "alphabet", "2015", "2020-03", ALPHABET),
        position("p2", "alphabet", "2015", "2020-03", ALPHABET),
    )
    assert messages(result) == [
        (line_of(text, "id: p2"), "duplicate position: same person, organisation, role and dates as 'p1'")
    ]


def test_supports_on_a_position_names_its_own_fields(project):
    extra = "    note: the role is read from the headline"
    text, result = record(project, position("p1", "alphabet", "2015", None, ALPHABET, role="head", extra=extra))
    assert result.ok
    text = text.replace("      - source: doc\n", "      - source: doc\n        supports: [person, from]\n")
    result = load(text, root=project.parent / project.name)
    assert any("'supports' names 'from'" in message for _, message in messages(result))
    text = text.replace("supports: [person, from]", "supports: [person, org]")
    result = load(text, root=project)
    assert result.ok and any("'role' inferred" in problem.message for problem in result.warnings)
    assert positions_table(result.dataset)["inferred"].tolist() == ["role"]


def test_the_shipped_record_keeps_its_positions_open_where_the_sources_do(shipped_text):
    result = load(shipped_text)
    positions = {position.id: position for position in result.dataset.document.positions}
    pineau = positions["pineau-head-of-fair"]
    assert (str(pineau.start), str(pineau.end), pineau.start_estimated, pineau.end_estimated) == (
        "../2017", "../2025", True, True,
    )  # fmt: skip
    friedman = positions["friedman-ceo-of-github"]
    assert (str(friedman.start), str(friedman.end)) == ("unknown", "unknown")
    assert derive_moves(result.dataset.document, TODAY) == []  # nothing there is placed well enough


# --- the Person page ----------------------------------------------------------------------


def _write(project, text):
    (project / "data").mkdir(exist_ok=True)
    path = project / "data" / "events.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_person_page_draws_parallel_stints_and_the_derived_move(project, monkeypatch):
    from support.apptest import figures, open_page, texts

    text, _ = record(
        project,
        position("ada-alphabet", "alphabet", "2015", "2020-03", ALPHABET, role="head of research"),
        position("ada-openai", "openai", "2020-05", "2024/..", OPENAI, role="chief scientist"),
        position("ada-anthropic", "anthropic", "2018", "2021/..", ANTHROPIC, role="advisor"),
    )
    at = open_page("person", _write(project, text), monkeypatch, who="ada")
    assert not at.exception, at.exception
    labels = [re.sub(r"\\(.)", r"\1", expander.label) for expander in at.expander]  # Markdown escapes
    assert labels[0].startswith("**Alphabet** · head of research · 2015 → 2020-03")
    assert "held at the same time as Anthropic (advisor)" in labels[0]
    assert "held at the same time as Alphabet (head of research), OpenAI (chief scientist)" in labels[2]
    [stints] = [figure for figure in figures(at) if figure["layout"]["yaxis"].get("categoryarray")]
    rows = stints["layout"]["yaxis"]["categoryarray"]
    assert rows == ["Anthropic · advisor", "OpenAI · chief scientist", "Alphabet · head of research"]
    solid = [trace for trace in stints["data"] if trace.get("line", {}).get("dash") == "solid"]
    dotted = [trace for trace in stints["data"] if trace.get("line", {}).get("dash") == "dot"]
    assert solid and dotted  # proven spans and open ones are drawn apart
    # Alphabet is proven from the end of 2015 to the start of March 2020
    alphabet = next(trace for trace in solid if "Alphabet · head of research" in trace["y"])
    assert alphabet["x"][:2] == ["2015-12-31", "2020-03-01"]
    page = texts(at)
    assert "Alphabet → OpenAI" in page.replace("*", "")
    assert "derived from positions: no sentence states the move (see the note)" in page


def test_the_person_page_shows_the_shipped_positions_with_their_open_ends(monkeypatch):
    from support.apptest import open_page

    at = open_page("person", monkeypatch=monkeypatch, who="joelle-pineau")
    assert not at.exception, at.exception
    assert [re.sub(r"\\(.)", r"\1", expander.label) for expander in at.expander] == [
        "**FAIR** · head of FAIR · before 2017 → before 2025 (start and end estimated)"
    ]
    at = open_page("person", monkeypatch=monkeypatch, who="nat-friedman")
    assert "**Github** · CEO · unknown → unknown" in [expander.label for expander in at.expander]


def test_the_sidebar_counts_derived_moves_apart(project, monkeypatch):
    from support.apptest import open_page, texts

    text, _ = career(project)
    at = open_page("overview", _write(project, text), monkeypatch)
    assert "0 moves + 1 derived from positions" in texts(at)


def test_synth_makes_careers_of_positions_with_derived_and_parallel_ones(tmp_path):
    from dashboard.record.load import load_file
    from dashboard.synth import write_project

    result = load_file(write_project(tmp_path, 1500, seed=5))
    assert result.ok, result.errors[:3]
    document = result.dataset.document
    assert len(document.positions) > 100
    ends = {str(position.end) for position in document.positions}
    assert "unknown" in ends and any(end.endswith("/..") for end in ends)  # open and unknown ends
    assert any(parallel(document.positions, result.dataset.today).values())
    derived = derive_moves(document, result.dataset.today)
    assert derived and all(move.to != "unknown" for move in derived)


def test_each_position_marker_names_its_position_for_a_click(project, monkeypatch):
    from support.apptest import figures, open_page

    text, _ = career(project)
    at = open_page("person", _write(project, text), monkeypatch, who="ada")
    [stints] = [figure for figure in figures(at) if figure["layout"].get("meta", {}).get("picks")]
    [(curve, names)] = stints["layout"]["meta"]["picks"]["points"].items()
    assert sorted(names) == ["ada-alphabet", "ada-anthropic", "ada-openai"]
    assert stints["data"][int(curve)]["mode"] == "markers"
