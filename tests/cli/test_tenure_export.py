"""``export --view tenure`` (issue 27): one row per organisation, the page's filters, safe CSV."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

from support.careers import move, position, write
from support.records import REPO

REQUIRED = ["organisation", "org_id", "stints", "ended", "censored", "median_years", "survival_1y", "survival_2y",
            "survival_5y"]  # fmt: skip


def _export(path, *args):
    command = [sys.executable, "-m", "dashboard", "export", "--view", "tenure", "--data", str(path),
               "--today", "2026-11-24", *args]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, cwd=REPO)


def test_one_row_per_organisation_with_the_columns_the_issue_names(tmp_path):
    path = write(tmp_path, positions=[position("ada", "acme", "2019-01-01", "2020-01-01"),
                                      position("ben", "fair", "2018-01-01", "2019-01-01/..")],
                 moves=[move("ben", "fair", "meta", "2020-01-01")])  # fmt: skip
    done = _export(path, "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert set(REQUIRED) <= set(rows[0]) and sorted(row["org_id"] for row in rows) == ["acme", "fair", "meta"]
    root = json.loads(_export(path, "--level", "root").stdout)
    assert root["level"] == "root" and sorted(row["org_id"] for row in root["rows"]) == ["acme", "meta"]
    meta = next(row for row in root["rows"] if row["org_id"] == "meta")
    assert (meta["stints"], meta["censored"], meta["median_years"]) == (1, 1, None)  # not reached: null


def test_the_query_filters_as_on_the_page_and_a_year_keeps_stints_under_way(tmp_path):
    path = write(
        tmp_path,
        positions=[
            position("ada", "acme", "2010-01-01", "2020-01-01"),
            position("ben", "beta", "2021-01-01", "2022-01-01"),
        ],
        moves=[move("cy", "gamma", "meta", "2005"), move("cy", "meta", "gamma", "2024")],
    )  # the years offered
    under_way = json.loads(_export(path, "--query", "from=2015&to=2015").stdout)
    # Ada's (2010-2020) and Cy's (2005-2024) under way in 2015; Ben's (2021-2022) not
    assert sorted(row["org_id"] for row in under_way["rows"]) == ["acme", "meta"]
    one = json.loads(_export(path, "--query", "org=beta").stdout)
    assert [row["org_id"] for row in one["rows"]] == ["beta"]


def test_a_view_that_gives_no_table_format_is_refused_with_its_message(tmp_path):
    path = write(tmp_path, positions=[position("ada", "acme", "2019-01-01", "2020-01-01")])
    done = _export(path, "--format", "popolo")
    assert done.returncode == 2 and "--view gives json or csv" in done.stderr
