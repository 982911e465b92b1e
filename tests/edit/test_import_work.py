"""An import's work grows with its rows, not with their square (issue 24: 10,000 rows took 11 s,
30,000 rows 106 s). Counted, not timed: the helpers an import calls per row are wrapped to count
their calls, on sheets of 3,000 and 30,000 rows built to find every per-row cost that grows —
one person holding ever more roles at one place (one position id wanted again and again),
addresses that differ only in their query (one source id wanted again and again), and a
recorded position restated in ever more quotes (its evidence searched again and again)."""

from __future__ import annotations

import collections

import pytest

from dashboard.edit import checks, ids, importing
from dashboard.edit.importing import import_positions, read_rows
from dashboard.record import layout
from support.imports import HEADER, import_project
from support.records import TODAY

PER_ROW = 10
"""Calls of any one counted helper per row, at most: a few times what an import makes (two or
three), far below what a search that grows with the rows makes at 30,000 rows."""


class TooMuchWork(Exception):
    """A counted helper was called more often than the rows allow: stop, rather than run for minutes."""


def sheet(rows: int) -> bytes:
    """``rows`` rows: a tenth one person in ever more roles at one organisation from one year, a
    tenth the recorded position ada-meta restated by a new quote of one page each, the rest
    different people at forty organisations, each cited from a profile address that differs only
    in its query."""
    lines = [HEADER]
    for number in range(rows):
        if number % 10 == 0:
            lines.append(f"Solo Person,Chain Org,role {number},2019,,https://example.org/solo/{number},Solo.\n")
        elif number % 10 == 1:
            lines.append(f"Ada Alpha,Meta,,2019,2020,https://example.org/ada,Ada Alpha was at Meta ({number}).\n")
        else:
            person, org = f"Person {number // 2}", f"Organisation {number % 40}"
            lines.append(f"{person},{org},,{1990 + number % 30},,https://example.org/profile?id={number},{person}.\n")
    return "".join(lines).encode("utf-8")


def counted_import(project, rows: int, monkeypatch) -> collections.Counter:
    """The calls each counted helper got while ``rows`` rows were imported (a dry run)."""
    calls: collections.Counter = collections.Counter()
    budget = PER_ROW * rows + 1000

    def counting(name, real):
        def wrapper(*args, **kwargs):
            calls[name] += 1
            if calls[name] > budget:
                raise TooMuchWork(f"{name} called more than {budget} times for {rows} rows")
            return real(*args, **kwargs)

        return wrapper

    for module, name in ((ids, "cut"), (importing, "fold"), (importing, "record_yaml"), (importing, "check_url"),
                         (importing, "read_source"), (layout, "split"), (checks, "normalize")):  # fmt: skip
        monkeypatch.setattr(module, name, counting(name, getattr(module, name)))
    report = import_positions(project, read_rows(sheet(rows)), dry_run=True, today=TODAY)
    monkeypatch.undo()
    assert report.refused == [] and report.result is None, (report.refused[:3], report.result)
    assert len(report.added) + len(report.merged) + len(report.already) == rows
    return calls


def test_the_work_of_an_import_grows_linearly_with_its_rows(tmp_path, monkeypatch):
    record = import_project(tmp_path)
    small = counted_import(record, 3_000, monkeypatch)
    large = counted_import(record, 30_000, monkeypatch)
    assert set(small) >= {"cut", "fold", "record_yaml", "check_url", "normalize"}, small
    for name, count in large.items():
        assert count <= 11 * small[name] + 100, (name, small[name], count)  # ten times the rows: ten times the work
        assert count <= PER_ROW * 30_000, (name, count)


@pytest.mark.parametrize("wanted", ["solo-person-chain-org-2019", "example-org-profile"])
def test_ids_wanted_again_and_again_cost_a_step_each(wanted):
    """One id wanted 20,000 times: each new one is found in a step or two, not by trying every
    suffix from -2 again (which was 200 million tries)."""
    probes = collections.Counter()

    class Counting(ids.Taken):
        def __contains__(self, record_id):
            probes["in"] += 1
            return super().__contains__(record_id)

    taken = Counting({wanted})
    made = []
    for _ in range(20_000):
        made.append(ids.unique(wanted, taken))
        taken.add(made[-1])
    assert len(set(made)) == 20_000 and made[:2] == [f"{wanted}-2", f"{wanted}-3"]
    assert probes["in"] <= 2 * 20_000
