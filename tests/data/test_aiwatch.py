"""AI Watch's positions as the import CSV (``tools/aiwatch.py``), on the committed slice of three
of its files (``tests/data/aiwatch/``): every row becomes a position that states only what the row
states, quoted exactly from the stored file, and the slice imports into the shipped record."""

from __future__ import annotations

import csv
import io

import pytest

from dashboard.edit import importing
from dashboard.record.load import load_file
from dashboard.record.quotes import SourceText
from support.records import REPO, TODAY
from tools import aiwatch
from tools.sources import CSV_COLUMNS, Repository, csv_text, store

SLICE = REPO / "tests" / "data" / "aiwatch"
ROWS = {"sql/positions/google-deep-mind.sql": 134, "sql/positions/positions.sql": 265,
        "sql/positions/sentience-politics.sql": 64}  # fmt: skip
REFUSED = 9
"""Rows of the slice the import refuses: seven without an organisation, a start that is not a date,
a name holding a bidirectional embedding."""
TWICE = 3
"""Positions the slice lists twice (John Jumper's in two identical rows, Will Grathwohl's and
Joseph Halpern's in rows that differ in a column): the second row is evidence of the first's
position."""
HEADER = "insert into positions(person, organization, title, start_date, start_date_precision, end_date, end_date_precision) values\n"


@pytest.fixture(scope="module")
def converted():
    """The slice's documents and CSV rows."""
    return aiwatch.convert(aiwatch.positions_files(Repository(SLICE)))


def one(values: str, comments: str = "") -> aiwatch.Row:
    (row,) = aiwatch.read_rows(f"{HEADER} ({values}) {comments}\n", "test.sql")
    return row


# --- reading the SQL -------------------------------------------------------------------------------


def test_every_row_of_the_slice_is_read(converted):
    documents, rows = converted
    assert {document.path for document in documents} == {
        f"seeds/aiwatch-{name}-{blob}.sql"
        for name, blob in (
            ("google-deep-mind", "63fa6165"),
            ("positions", "86e62939"),
            ("sentience-politics", "6a8c1501"),
        )
    }
    counts = {path: 0 for path in ROWS}
    by_path = {document.path: name for document, name in zip(documents, sorted(ROWS), strict=True)}
    for row in rows:
        counts[by_path[row["source"]]] += 1
    assert counts == ROWS


def test_every_quote_is_in_its_stored_document_and_is_the_whole_row(converted):
    documents, rows = converted
    texts = {document.path: SourceText.from_text(document.path, document.text) for document in documents}
    for row in rows:
        assert texts[row["source"]].contains(row["quote"]), row["quote"]
        assert row["quote"].startswith("(") and ")" in row["quote"]
        assert row["person"] in row["quote"].replace("\\'", "'")


@pytest.mark.parametrize(
    ("values", "person", "organisation", "role"),
    [
        ("'Ada Example', 'Example Lab', 'Advisor', NULL, NULL, NULL, NULL", "Ada Example", "Example Lab", "Advisor"),
        ("' Ada  Example ', 'Example Lab ', NULL, NULL, NULL, NULL, NULL", "Ada  Example", "Example Lab", ""),
        (
            "'Conor O\\'Brien', 'O''Neill Lab', 'Chief \\\\ Officer', NULL, NULL, NULL, NULL",
            "Conor O'Brien",
            "O'Neill Lab",
            "Chief \\ Officer",
        ),
        ("'Ada', /* a comment inside the row */ 'Lab', 'Role', NULL, NULL, NULL, NULL", "Ada", "Lab", "Role"),
    ],
    ids=["plain", "trimmed", "escapes", "inner comment"],
)
def test_names_are_read_as_written(values, person, organisation, role):
    cells = aiwatch.position(one(values), "seeds/x.sql")
    assert (cells["person"], cells["organisation"], cells["role"]) == (person, organisation, role)
    assert cells["quote"] == f"({values})"


def test_a_file_of_several_statements_a_table_definition_and_bare_column_names_is_read():
    text = (
        "create table positions(person varchar(40), notes varchar(2000) default ';');\n"
        "insert into positions(person, organization, title, start_date, start_date_precision, end_date,"
        " end_date_precision, subject) value ('A', 'B', NULL, NULL, NULL, NULL, NULL, subject);\n"
        "-- a comment line\n# another\n"
        f"{HEADER} ('C', 'D', NULL, NULL, NULL, NULL, NULL)\n,('E', 'F', NULL, NULL, NULL, NULL, NULL) /*current position*/\n"
    )
    rows = aiwatch.read_rows(text, "x.sql")
    assert [row.values["person"] for row in rows] == ["A", "C", "E"]
    assert rows[0].values["subject"] is None
    assert [row.line for row in rows] == [2, 6, 7]
    assert rows[2].comments == "/*current position*/"
    assert rows[2].text == "('E', 'F', NULL, NULL, NULL, NULL, NULL) /*current position*/"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (f"{HEADER} ('A', 'B', NULL, NULL, NULL, NULL)", "x.sql:2: a row of 6 values for 7 columns"),
        (f"{HEADER} ('A, 'B', NULL, NULL, NULL, NULL, NULL)", "x.sql:2: expected ',' or ')' in a row"),
        (f"{HEADER} ('A', 'B', NULL, NULL, NULL, NULL, NULL)\n,('unclosed", "x.sql:3: a string that is never closed"),
        (
            "insert into positions(person, title) values ('A', 'B')",
            "x.sql:1: the statement has no column 'organization'",
        ),
        (f"{HEADER} ('A', 'B', NULL, NULL, NULL, NULL, NULL) /* open", "x.sql:2: a comment that is never closed"),
    ],
)
def test_sql_it_cannot_read_is_refused_with_its_line(text, message):
    with pytest.raises(aiwatch.SqlError) as caught:
        aiwatch.read_rows(text, "x.sql")
    assert str(caught.value).startswith(message)


# --- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date", "precision", "side", "written"),
    [
        ("2018-04-24", "day", "start", "2018-04-24"),
        ("2018-04-24", "month", "start", "2018-04"),
        ("2018-04-01", "year", "end", "2018"),
        ("2018-04-01", "Year", "start", "2018"),
        ("2018-4-1", "month", "start", "2018-04"),  # MySQL reads 2018-4-1 as 2018-04-01
        ("2018-04-24", None, "start", "../2018"),  # padded or a snapshot's day: begun by the end of 2018
        ("2018-04-24", None, "end", "2018/.."),  # padded or the last snapshot: ended in 2018 or later
        ("2018-04-24", "", "start", "../2018"),
        ("2018-04-24", "multi-year", "start", "unknown"),
        (None, None, "start", "unknown"),
        (None, "month", "end", "unknown"),
        ("2017-01-01-", "year", "start", "2017-01-01- (year)"),  # not a date: for the import to refuse
        ("2017-01-01", "decade", "start", "2017-01-01 (decade)"),
    ],
)
def test_dates_keep_the_precision_ai_watch_gives(date, precision, side, written):
    assert aiwatch.when(date, precision, side) == written


@pytest.mark.parametrize(
    ("values", "comments", "end"),
    [
        ("'2020-01-01', 'month', NULL, NULL", "/*Reviewed on 2024-05-14*/ /*current position*/", "2024-05-14/.."),
        ("'2020-01-01', 'month', NULL, NULL", "/* Reviewed on 2025-03-31*/ /* Ongoing position */", "2025-03-31/.."),
        ("'2020-01-01', 'month', NULL, NULL", "/*Reviewed as of 2025-02-01*/ /*current position*/", "2025-02-01/.."),
        ("'2020-01-01', 'month', NULL, NULL", "/*Last Wayback snapshot is from 2024-10-16*/ /*current position*/",
         "2024-10-16/.."),
        ("'2020-01-01', 'month', NULL, NULL", "/* Reviewed on 2025-03-31 / / Last available Wayback snapshot date is "
         "2025-03-30 */ /*current position*/", "2025-03-31/.."),
        ("'2020-01-01', 'month', NULL, NULL", "/* Reviewed on 2025-03-31 / / Last available Wayback snapshot date is "
         "2025-03-31 */", "unknown"),  # reviewed, but not said to be current
        ("'2020-01-01', 'month', NULL, NULL", "/*current position*/", "unknown"),  # current as of no day
        ("'2020-01-01', 'month', '2022-06-01', 'month'", "/*Reviewed on 2024-05-14*/ /*current position*/", "2022-06"),
        ("'2024-12-16', 'month', NULL, NULL", "/*Reviewed on 2024-09-04*/ /*ongoing position*/", "unknown"),
        ("'2024-09-16', NULL, NULL, NULL", "/*Reviewed on 2024-09-04*/ /*ongoing position*/", "2024-09-04/.."),
    ],
    ids=["current", "ongoing", "as of", "snapshot", "review before snapshot", "no current", "no day", "ended",
         "reviewed before its start", "start of unknown precision"],
)  # fmt: skip
def test_a_current_position_is_still_held_on_the_day_it_was_reviewed(values, comments, end):
    row = one(f"'Ada', 'Lab', NULL, {values}", comments)
    cells = aiwatch.position(row, "seeds/x.sql")
    assert cells["end"] == end
    assert cells["quote"].endswith(comments.strip())  # what the end rests on is quoted


def test_the_slice_has_every_kind_of_date(converted):
    _, rows = converted
    starts = {row["start"] for row in rows}
    ends = {row["end"] for row in rows}
    assert {"unknown", "2023-01", "2014", "../2019", "2017-01-01- (year)"} <= starts
    assert "2022-07" in starts  # written 2022-7-01
    assert {"unknown", "2023-10", "2018-09-07", "2016"} <= ends
    assert sum(row["end"].endswith("/..") and not row["end"].startswith("..") for row in rows) == 15


# --- the CSV -------------------------------------------------------------------------------------


def test_the_csv_has_the_import_columns_and_reads_back_as_written(converted):
    _, rows = converted
    text = csv_text(rows)
    assert next(csv.reader(io.StringIO(text))) == list(CSV_COLUMNS)
    read = importing.read_rows(text.encode("utf-8"))
    assert len(read) == sum(ROWS.values())
    (refused,) = [row for row in read if "_error" in row.cells]  # the name holding U+202A
    assert "U+202A LEFT-TO-RIGHT EMBEDDING" in refused.cells["_error"]
    columns = [column for column in CSV_COLUMNS if column != "translation"]
    assert [[row.cells[column] for column in columns] for row in read if row is not refused] == [
        [cells[column] for column in columns] for cells in rows if not cells["person"].startswith("\u202a")
    ]


def test_the_slice_is_from_the_part_the_converter_was_written_with():
    assert not any(aiwatch.held_out(path) for path in ROWS)
    held = [name for name in ("ai-impacts.sql", "conjecture.sql", "gcri.sql", "openai.sql", "anthropic.sql")
            if aiwatch.held_out(name)]  # fmt: skip
    assert held == ["ai-impacts.sql", "conjecture.sql", "gcri.sql"]


def test_the_slice_is_ai_watchs_files_byte_for_byte():
    readme = (SLICE / "README.md").read_text(encoding="utf-8")
    for path in ROWS:
        file = Repository(SLICE).read(path)
        assert f"`{path}` | {ROWS[path]} | `{file.blob}`" in readme


# --- importing the slice into the shipped record ----------------------------------------------------


def test_the_slice_imports_into_the_shipped_record_and_again_adds_nothing(project, converted):
    documents, rows = converted
    record = project / "data" / "events.yaml"
    assert store(project, documents, today=TODAY) == [document.source_id for document in documents]
    before = load_file(record, today=TODAY).dataset.document
    sheet = importing.read_rows(csv_text(rows).encode("utf-8"))

    report = importing.import_positions(record, sheet, today=TODAY)

    assert report.written
    refusals = [reason for _, reason in report.refused]
    assert len(refusals) == REFUSED, refusals
    assert sum("the organisation cell is empty" in reason for reason in refusals) == 7
    assert sum("'2017-01-01- (year)' is not a date" in reason for reason in refusals) == 1
    assert sum("U+202A LEFT-TO-RIGHT EMBEDDING" in reason for reason in refusals) == 1
    after = load_file(record, today=TODAY)
    assert after.ok, [problem.message for problem in after.errors[:5]]
    added = len(after.dataset.document.positions) - len(before.positions)
    assert added == sum(ROWS.values()) - REFUSED - TWICE
    text = record.read_bytes()

    again = importing.import_positions(record, sheet, today=TODAY)

    assert record.read_bytes() == text
    assert not again.added


def test_storing_the_slice_twice_enters_nothing_the_second_time(project, converted):
    documents, _ = converted
    assert len(store(project, documents, today=TODAY)) == 3
    text = (project / "data" / "events.yaml").read_bytes()
    assert store(project, documents, today=TODAY) == []
    assert (project / "data" / "events.yaml").read_bytes() == text


def test_the_command_writes_the_csv_and_enters_the_sources(project, tmp_path, capsys):
    out = tmp_path / "positions.csv"
    assert aiwatch.main([str(SLICE), "--out", str(out), "--project", str(project)]) == 0
    assert capsys.readouterr().out.splitlines() == [f"463 positions from 3 files -> {out}",
                                                    f"3 sources entered in {project / 'data' / 'events.yaml'}"]  # fmt: skip
    assert len(importing.read_rows(out.read_bytes())) == 463
    assert sorted(path.name for path in (project / "seeds").glob("aiwatch-*.sql")) == [
        "aiwatch-google-deep-mind-63fa6165.sql", "aiwatch-positions-86e62939.sql",
        "aiwatch-sentience-politics-6a8c1501.sql"]  # fmt: skip


def test_the_command_says_when_there_is_no_ai_watch(tmp_path, capsys):
    assert aiwatch.main([str(tmp_path), "--out", str(tmp_path / "x.csv")]) == 1
    assert "no sql/positions/*.sql" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()
