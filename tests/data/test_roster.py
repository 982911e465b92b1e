"""The congress-legislators roster's terms as the import CSV (``tools/roster.py``), on the committed
slice of its first 30 legislators (``tests/data/roster/``): every term becomes a position quoted
exactly from the stored file, and the whole roster imports, current terms and their ends ahead
included."""

from __future__ import annotations

import collections

import pytest

from dashboard.edit import importing
from dashboard.record.dates import parse_when
from dashboard.record.load import load_file
from dashboard.record.quotes import SourceText
from support.records import REPO, TODAY
from tools import roster
from tools.sources import Repository, csv_text, store

SLICE = REPO / "tests" / "data" / "roster" / "legislators-current.yaml"
TERMS = 230
CURRENT = 30


@pytest.fixture(scope="module")
def converted():
    return roster.convert(roster.roster_file(SLICE))


def test_every_term_of_every_legislator_is_a_row_quoted_from_the_file(converted):
    document, rows = converted
    assert document.path == "seeds/congress-legislators-current-61799ebe.yaml"
    assert document.text == SLICE.read_text(encoding="utf-8")
    assert len(rows) == TERMS
    assert len({row["person"] for row in rows}) == 30
    text = SourceText.from_text(document.path, document.text)
    for row in rows:
        assert text.contains(row["quote"]), row["quote"]
        assert row["quote"].startswith("type: ") and "\n" not in row["quote"]
        assert f"start: '{row['start']}' end: '{row['end']}'" in row["quote"]


def test_maria_cantwells_terms(converted):
    _, rows = converted
    cantwell = [row for row in rows if row["person"] == "Maria Cantwell"]
    assert [(row["organisation"], row["role"], row["start"], row["end"]) for row in cantwell] == [
        ("United States House of Representatives", "Representative for WA-1", "1993-01-05", "1995-01-03"),
        ("United States Senate", "Senator for WA", "2001-01-03", "2007-01-03"),
        ("United States Senate", "Senator for WA", "2007-01-04", "2013-01-03"),
        ("United States Senate", "Senator for WA", "2013-01-03", "2019-01-03"),
        ("United States Senate", "Senator for WA", "2019-01-03", "2025-01-03"),
        ("United States Senate", "Senator for WA", "2025-01-03", "2031-01-03"),
    ]
    assert (
        cantwell[0]["quote"] == "type: rep start: '1993-01-05' end: '1995-01-03' state: WA district: 1 party: Democrat"
    )
    assert cantwell[-1]["quote"].endswith("office: 511 Hart Senate Office Building phone: 202-224-3441")


def test_each_legislator_has_one_current_term_ending_ahead(converted):
    _, rows = converted
    current = [row for row in rows if parse_when(row["end"]).first_day() > TODAY]
    assert len(current) == CURRENT
    assert collections.Counter(row["end"] for row in current) == {"2027-01-03": 18, "2029-01-03": 3, "2031-01-03": 9}
    assert len({row["person"] for row in current}) == CURRENT


@pytest.mark.parametrize(
    ("term", "role"),
    [
        ({"type": "sen", "state": "OH", "class": "3"}, "Senator for OH"),
        ({"type": "rep", "state": "OH", "district": "9"}, "Representative for OH-9"),
        ({"type": "rep", "state": "WY", "district": "0"}, "Representative for WY (at large)"),
        ({"type": "rep", "state": "NY", "district": "-1"}, "Representative for NY"),
        ({"type": "rep", "state": "DC", "district": "0"}, "Delegate for DC"),
        ({"type": "rep", "state": "PR", "district": "0"}, "Resident Commissioner for PR"),
    ],
)
def test_roles(term, role):
    assert roster.role(term) == role


@pytest.mark.parametrize(
    ("names", "name"),
    [
        ({"first": "Sherrod", "last": "Brown", "official_full": "Sherrod Brown"}, "Sherrod Brown"),
        ({"first": "Analilia", "last": "Mejia"}, "Analilia Mejia"),
        ({"first": "John", "last": "Doe", "suffix": "Jr."}, "John Doe, Jr."),
    ],
)
def test_names(names, name):
    assert roster.name({"name": names}) == name


def test_a_term_runs_to_its_last_line_nested_lists_included():
    text = (
        "- id:\n    bioguide: X000001\n  name:\n    official_full: Ada Example\n  terms:\n"
        "  - type: rep\n    start: '2019-01-03'\n    end: '2021-01-03'\n    state: VT\n    district: 0\n"
        "    party_affiliations:\n    - start: '2019-01-03'\n      end: '2020-01-03'\n      party: Independent\n\n"
        "  - type: sen\n    start: '2021-01-03'\n    end: '2027-01-03'\n    state: VT\n"
        "  leadership_roles:\n  - title: Example\n    chamber: senate\n"
    )
    rows = roster.positions(text, "seeds/x.yaml")
    assert [row["quote"] for row in rows] == [
        "type: rep start: '2019-01-03' end: '2021-01-03' state: VT district: 0 party_affiliations: - start: "
        "'2019-01-03' end: '2020-01-03' party: Independent",
        "type: sen start: '2021-01-03' end: '2027-01-03' state: VT",
    ]
    assert [row["role"] for row in rows] == ["Representative for VT (at large)", "Senator for VT"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- id: {bioguide: X}\n  name: {official_full: A}\n", "x.yaml:1: a legislator without terms"),
        ("- id: x\n  terms: [\n", "x.yaml:"),
        ("legislators: none\n", "x.yaml: not a list of legislators"),
    ],
)
def test_a_file_that_is_not_a_roster_is_refused(text, message):
    with pytest.raises(roster.RosterError) as caught:
        roster.positions(text, "seeds/x.yaml", "x.yaml")
    assert str(caught.value).startswith(message)


def test_the_roster_imports_whole_into_the_shipped_record_and_again_adds_nothing(project, converted):
    document, rows = converted
    record = project / "data" / "events.yaml"
    assert store(project, [document], today=TODAY) == [document.source_id]
    before = len(load_file(record, today=TODAY).dataset.document.positions)
    sheet = importing.read_rows(csv_text(rows).encode("utf-8"))

    report = importing.import_positions(record, sheet, today=TODAY)

    assert report.refused == []  # the current terms' ends lie ahead: scheduled, not refused
    assert report.written and len(report.added) == TERMS
    after = load_file(record, today=TODAY)
    assert after.ok, [problem.message for problem in after.errors[:5]]
    positions = after.dataset.document.positions
    assert len(positions) == before + TERMS
    ahead = [position for position in positions if "2031-01-03" in str(position.end)]
    assert len(ahead) == 9
    text = record.read_bytes()

    again = importing.import_positions(record, sheet, today=TODAY)

    assert record.read_bytes() == text
    assert not again.added


def test_the_command_reads_a_checkout_or_the_file(tmp_path, capsys):
    folder = tmp_path / "checkout"
    folder.mkdir()
    (folder / "legislators-current.yaml").write_bytes(SLICE.read_bytes())
    for given in (folder, SLICE):
        out = tmp_path / "terms.csv"
        assert roster.main([str(given), "--out", str(out)]) == 0
        assert capsys.readouterr().out == f"{TERMS} terms -> {out}\n"
        assert len(importing.read_rows(out.read_bytes())) == TERMS
    assert Repository(folder).read("legislators-current.yaml").blob.startswith("61799ebe")


def test_the_slice_is_the_rosters_file_cut_before_its_31st_legislator():
    readme = (REPO / "tests" / "data" / "roster" / "README.md").read_text(encoding="utf-8")
    file = roster.roster_file(SLICE)
    assert f"git blob `{file.blob}`" in readme
    assert file.text.count("\n- id:") + file.text.startswith("- id:") == 30
