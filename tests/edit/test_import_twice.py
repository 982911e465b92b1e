"""Importing any valid sheet twice changes nothing the second time (issue 24), into the shipped
record and into a new, empty project (``init``): the first import takes every row, the second
adds no record and no evidence, refuses nothing and leaves every byte of the file as it was."""

from __future__ import annotations

import csv
import io
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.edit.importing import import_positions, read_rows
from dashboard.edit.project import init_project
from support.records import REPO, SHIPPED, TODAY

SHIPPED_QUOTE = " ".join((REPO / "seeds" / "000_754018a0b65caa00.txt").read_text(encoding="utf-8").split()[40:52])
"""A passage of the stored document of the shipped source ``insideit-llama-authors``."""

FIRST = ("Ada", "Ben", "Cleo", "Zoë", "Émile", "Ngozi", "Li")
LAST = ("Alpha", "Beta", "Müller", "O'Neil", "van Dijk", "Okafor")
ORGANISATIONS = ("Example Lab", "Acme Research, Inc.", "Nordlicht AG", "Meta", "Facebook", "OpenAI", "mistral")
ROLES = (None, "engineer", "Head of Research, Europe", 'the "chief" scientist', "board member: audit")
ADDRESSES = (
    "https://example.org/team/ada",
    "http://example.org/team/ada",
    "https://example.org/profile?id=7&lang=en",
    "https://web.archive.org/web/20190101000000/https://example.org/" + "people-and-teams/" * 6 + "ada",
    "https://web.archive.org/web/20190101000000/https://example.org/" + "people-and-teams/" * 6 + "ben",
)
TEXT = st.text(st.characters(categories=("L", "N", "P", "Zs")), min_size=1, max_size=40).filter(str.strip)


@st.composite
def dates(draw) -> tuple[str, str]:
    """A start and an end as the record writes them, the end not before the start, none after today."""
    year = draw(st.integers(1990, 2025))
    start = draw(st.sampled_from([str(year), f"{year}-{draw(st.integers(1, 12)):02d}", f"../{year}", "unknown", ""]))
    later = draw(st.integers(year, 2025))
    end = draw(st.sampled_from(["", "unknown", str(later), f"{later}/..", f"{later}-12"]))
    return start, end


@st.composite
def row(draw, stored: bool) -> list[str]:
    """One valid row: a person and an organisation (spelt in several ways), a role, dates, and a
    web source with any quote, or (``stored``) the shipped stored source with a passage of it."""
    name = f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
    spelling = draw(st.sampled_from([str, str.upper, str.lower]))
    start, end = draw(dates())
    if stored and draw(st.booleans()):
        source, quote = "insideit-llama-authors", SHIPPED_QUOTE
    else:
        source, quote = draw(st.sampled_from(ADDRESSES)), draw(TEXT)
    translation = draw(st.one_of(st.just(""), TEXT))
    return [spelling(name), draw(st.sampled_from(ORGANISATIONS)), draw(st.sampled_from(ROLES)) or "", start, end,
            source, quote, translation]  # fmt: skip


def sheet(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["person", "organisation", "role", "start", "end", "source", "quote", "translation"])
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def twice(record: Path, data: bytes) -> None:
    first = import_positions(record, read_rows(data), today=TODAY)
    assert first.refused == [] and first.result is None, (first.refused, first.result and first.result.errors)
    assert first.written and first.added
    before = record.read_bytes()
    second = import_positions(record, read_rows(data), today=TODAY)
    assert (second.added, second.merged, second.refused, second.result) == ([], [], [], None)
    assert (second.created_people, second.created_orgs, second.created_sources) == ({}, {}, {})
    assert len(second.already) == first.rows and not second.written
    assert record.read_bytes() == before


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(row(stored=True), min_size=1, max_size=12))
def test_importing_a_sheet_twice_into_the_shipped_record_changes_nothing_the_second_time(rows):
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "data").mkdir()
        shutil.copy(SHIPPED, project / "data" / "events.yaml")
        shutil.copytree(REPO / "seeds", project / "seeds")
        twice(project / "data" / "events.yaml", sheet(rows))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(row(stored=False), min_size=1, max_size=12))
def test_importing_a_sheet_twice_into_a_new_project_changes_nothing_the_second_time(rows):
    with tempfile.TemporaryDirectory() as folder:
        twice(init_project(Path(folder)).record, sheet(rows))


@pytest.mark.parametrize(
    "empty", ["sources: {}\npositions: []\n", "sources:\npositions:\n", "# nothing yet\nsources:\n"]
)
def test_an_empty_record_however_written_takes_an_import_twice(tmp_path, empty):
    """Issue 24: 'sources: {}' and 'positions: []' were refused as not the plain layout ("add the
    move by hand", during an import), 'sources:' with nothing by the validator."""
    record = tmp_path / "data" / "events.yaml"
    record.parent.mkdir()
    record.write_text(empty, encoding="utf-8")
    twice(
        record, sheet([["Ada Alpha", "Example Lab", "", "2020", "", ADDRESSES[0], "Ada Alpha joins Example Lab.", ""]])
    )
    text = record.read_text(encoding="utf-8")
    assert "{}" not in text and "[]" not in text and text.startswith(empty.split("\n")[0].replace(" {}", ""))


CELL = st.one_of(st.text(max_size=30), st.sampled_from(["", "unknown", "Meta", "FACEBOOK", "Ünknown", "???"]))
SOURCES = st.one_of(
    CELL,
    st.sampled_from(
        [
            *ADDRESSES,
            "insideit-llama-authors",
            "seeds/000_754018a0b65caa00.txt",
            "http://[::1",
            "https://",
            "ftp://example.org/a",
            "HTTPS://EXAMPLE.ORG/A",
        ]
    ),
)
DATES = st.one_of(CELL, st.sampled_from(["2019", "2019-02-29", "2020-02-29", "../2019", "2019/..", "2030", "2019/2018",
                                        "2026-11-24", "2026-11-25", "0000", "9999-12-31"]))  # fmt: skip


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=st.lists(st.tuples(CELL, CELL, CELL, DATES, DATES, SOURCES, st.one_of(CELL, st.just(SHIPPED_QUOTE)), CELL),
                     min_size=1, max_size=8))  # fmt: skip
def test_any_sheet_is_imported_row_by_row_and_never_refused_whole(rows):
    """Issue 24: one bad row cost the whole import. Whatever the cells hold, every row is imported,
    found recorded, or refused with its line and a reason; the new file is valid and written."""
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        (project / "data").mkdir()
        shutil.copy(SHIPPED, project / "data" / "events.yaml")
        shutil.copytree(REPO / "seeds", project / "seeds")
        data = sheet([list(cells) for cells in rows])
        report = import_positions(project / "data" / "events.yaml", read_rows(data), today=TODAY)
        assert report.result is None, report.result.errors
        handled = [*(line for line, _ in report.refused), *(line for line, _ in report.merged),
                   *(line for line, _ in report.already)]  # fmt: skip
        assert len(handled) + len(report.added) == len(read_rows(data))
        assert all(reason for _, reason in report.refused)
        assert report.written == bool(report.added or report.merged)
