"""One routes module (issue 23): the pages, their URL parameters and every link to them are
declared in dashboard/ui/routes.py, and nothing else in the ui re-types a path or a page's
parameter name."""

from __future__ import annotations

import ast
import re
from urllib.parse import parse_qs

import pytest

from dashboard.analysis.filters import GLOBAL_PARAMS, OLD_COHORT, Filters, parse_query
from dashboard.analysis.filters import bounds as filter_bounds
from dashboard.ui import routes, state
from support.apptest import PAGES
from support.records import REPO
from support.records import load as load_text

UI = REPO / "dashboard" / "ui"


def test_every_route_has_its_view_and_every_view_a_route():
    assert {route.view for route in routes.ROUTES} == {path.name for path in routes.VIEWS.glob("*.py")} - {
        "__init__.py"
    }
    assert {f"views/{route.view}" for route in routes.ROUTES} == set(PAGES.values())  # what the page tests open
    assert len({route.path for route in routes.ROUTES}) == len(routes.ROUTES)


def test_a_page_parameter_is_never_a_shared_filter():
    assert not routes.PAGE_PARAMS & {*GLOBAL_PARAMS, OLD_COHORT}
    assert {"focus", "units", "who", "source", "level", "top", "since"} == routes.PAGE_PARAMS


@pytest.mark.parametrize(
    ("route", "value", "filters", "url"),
    [
        (routes.PERSON, "yann-lecun", "", "/person?who=yann-lecun"),
        (routes.PERSON, "timothee-lacroix", "org=mistral-ai", "/person?who=timothee-lacroix&org=mistral-ai"),
        (routes.ORGANIZATION, "meta", "from=2024&to=2025", "/organization?focus=meta&from=2024&to=2025"),
        (routes.SOURCES, "a b&c=d#e", "", "/sources?source=a%20b%26c%3Dd%23e"),  # an id can't break the link
    ],
)
def test_links_are_built_by_the_route(route, value, filters, url):
    assert route.url(value, filters) == url


def test_a_page_not_opened_on_one_thing_has_no_such_link():
    with pytest.raises(ValueError, match="Flows page"):
        routes.FLOWS.url("meta")


def test_the_query_a_link_keeps_reads_back_as_the_same_filters(shipped_text):
    result = load_text(shipped_text)
    years = [2023, 2025]
    filters = Filters(orgs=("meta", "apple"), years=(2024, 2025), cohort="llama-paper-authors", query="lample",
                      rumours=True, unknown=False)  # fmt: skip
    text = routes.query(filters)
    assert text.startswith("org=meta&org=apple&from=2024&to=2025")
    parsed = parse_query(parse_qs(text), filter_bounds(result.dataset, years))
    assert parsed.filters == filters and not parsed.notices


def test_a_page_choice_must_be_declared_by_a_route():
    with pytest.raises(ValueError, match=r"routes\.py"):
        state._remember("focuss", "meta")  # a typo would write a parameter no link knows


def _literals(path):
    """(string constants, ``param=`` keyword constants) of a module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    strings = [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    params = [keyword.value.value for node in ast.walk(tree) if isinstance(node, ast.Call)
              for keyword in node.keywords if keyword.arg == "param" and isinstance(keyword.value, ast.Constant)]  # fmt: skip
    return strings, params


@pytest.mark.parametrize("module", sorted(path.relative_to(UI).as_posix() for path in UI.rglob("*.py")
                                          if path.name != "routes.py"))  # fmt: skip
def test_no_ui_module_retypes_a_route_or_a_page_parameter(module):
    strings, params = _literals(UI / module)
    paths = "|".join(re.escape(route.path) for route in routes.ROUTES if route.path)
    retyped = [text for text in strings if re.fullmatch(rf"/({paths})/?", text)]
    assert not retyped and not params, (retyped, params)
