"""The shared sidebar filters and page choices, kept in the URL so any view can be shared.

The one module that reads and writes the browser's URL (links to other pages are built by
:mod:`dashboard.ui.routes`). Each run reads the query string once
(:func:`start_run`). On a session's first run it seeds the filter widgets (values that name
nothing in the data are dropped with a notice); after that the widgets are the truth, the
sidebar turns them into the run's one :class:`~dashboard.analysis.filters.Filters`, and the run
ends by writing them back (:func:`write_url`), with the choices of the page being shown
(``focus``, ``who``, ``level``…: the names :mod:`dashboard.ui.routes` declares, and no other).
Page choices are also remembered for the session, so going back to a page restores it. Pages
ask for a value of the link with :func:`requested`, never through ``st.query_params``.

Why not Streamlit's ``bind="query-params"`` (docs/decisions.md): a bound widget writes its
*label* into the URL (``org=Mistral+AI``), so every link shared so far (``org=mistral-ai``) would
need rewriting on arrival, and page choices of the same name on two pages share one value.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import streamlit as st

from dashboard.analysis.bundle import Bundle
from dashboard.analysis.filters import Filters, parse_query, to_query
from dashboard.text import md
from dashboard.ui.routes import PAGE_PARAMS

ALL = ""  # the cohort choice meaning "no cohort filter" (None would show as an empty choice)
_CHOSEN = "_page_params"
"""Session key: the page choices of this run, for the URL."""
_NOTICES = "_url_notices"


_run = threading.local()


def _url() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in st.query_params}


def start_run() -> None:
    """Read the URL for this run, and forget the page choices of the previous run (each page
    declares its own)."""
    _run.url = _url()
    st.session_state[_CHOSEN] = {}


def requested(param: str) -> str | None:
    """The value the link gives for a page's ``param`` (the last one), else the one the
    session last chose on that page, else None."""
    linked = _linked(param)
    return linked if linked is not None else st.session_state.get(f"_keep_{param}")


def _linked(param: str) -> str | None:
    """The value the link itself gives for ``param`` (the last one), else None."""
    values = getattr(_run, "url", {}).get(param) or []
    return values[-1] if values else None


def _notice(message: str) -> None:
    notices = st.session_state.setdefault(_NOTICES, [])
    if message not in notices:
        notices.append(message)


_FILTER_KEYS = ("f_orgs", "f_years", "f_cohort", "f_q", "f_rumours", "f_unknown")
_KEPT_FILTERS = "_filters_kept"
"""Session key: a copy of the filter widgets' values, kept apart from the widgets themselves."""


def _seed_filters(bundle: Bundle) -> None:
    """Set the filter widgets from the URL, once per session.

    After that, a filter widget whose value Streamlit dropped gets back the value it had on the
    last run: Streamlit resets the widgets' state when a run that switches page was cut short
    (``st.switch_page`` from a button, streamlit/streamlit#8425), and the toggle "Show Unknown",
    whose value the session set to on, would come back off, its widget default (CI once saw the
    Add page open as ``/add?unknown=0`` after "Use on the Add page")."""
    if st.session_state.get("_filters_seeded"):
        for key, value in (st.session_state.get(_KEPT_FILTERS) or {}).items():
            if key not in st.session_state:
                st.session_state[key] = value
        return
    parsed = parse_query(_run.url, bundle.bounds)
    for message in parsed.notices:
        _notice(message)
    filters = parsed.filters
    st.session_state["f_orgs"] = list(filters.orgs)
    if bundle.bounds.years:
        st.session_state["f_years"] = filters.years or bundle.bounds.years
    st.session_state["f_cohort"] = filters.cohort or ALL
    st.session_state["f_q"] = filters.query
    st.session_state["f_rumours"] = filters.rumours
    st.session_state["f_unknown"] = filters.unknown
    st.session_state["_filters_seeded"] = True


def sidebar_filters(bundle: Bundle) -> Filters:
    """Draw the shared filters in the sidebar and return what they select."""
    _seed_filters(bundle)
    b = bundle.bounds
    names = bundle.names
    sidebar = st.sidebar
    sidebar.header("Filters")
    orgs = sidebar.multiselect(
        "Organisations",
        list(b.orgs),
        key="f_orgs",
        format_func=lambda org_id: names.get(org_id, org_id),
        help="Moves that leave or enter any of these (an organisation includes its units).",
        placeholder="All organisations",
    )
    years = None
    if b.years and b.years[0] < b.years[1]:
        low, high = b.years
        current = st.session_state.get("f_years") or b.years
        st.session_state["f_years"] = (min(max(current[0], low), high), max(min(current[1], high), low))
        chosen = sidebar.slider("Years", low, high, key="f_years")
        years = None if tuple(chosen) == b.years else (int(chosen[0]), int(chosen[1]))
    document = bundle.dataset.document
    cohorts = [ALL, *b.cohorts]
    if st.session_state.get("f_cohort") not in cohorts:
        st.session_state["f_cohort"] = ALL
    cohort = sidebar.selectbox(
        "Cohort",
        cohorts,
        key="f_cohort",
        format_func=lambda cohort_id: "All people" if cohort_id == ALL else document.cohorts[cohort_id].name,
    )
    query = sidebar.text_input("Person", key="f_q", placeholder="Search names and aliases", max_chars=200)
    rumours = sidebar.toggle(
        "Include rumours",
        key="f_rumours",
        help="Count moves the source only hedges ('soll', 'reportedly'). Off: figures count what sources state; "
        "rumoured moves are then left out and the page says how many.",
    )
    unknown = sidebar.toggle(
        "Show Unknown",
        key="f_unknown",
        help="Count moves whose origin or destination the source doesn't give. Off: they are left out of every "
        "figure (in a real record every first job comes from 'Unknown') and the page says how many.",
    )
    st.session_state[_KEPT_FILTERS] = {key: st.session_state[key] for key in _FILTER_KEYS if key in st.session_state}
    return Filters(tuple(orgs), years, cohort or None, query.strip(), bool(rumours), bool(unknown))


def _remember(param: str, value: str | None, default: str | None = None) -> None:
    """Keep the choice for the session, and put it in the URL unless it is the default."""
    if param not in PAGE_PARAMS:  # a name typed in a page: it would name nothing a link knows
        raise ValueError(f"{param!r} is no page's URL parameter: dashboard/ui/routes.py lists them")
    st.session_state[f"_keep_{param}"] = value
    if value is not None and value != default:
        st.session_state.setdefault(_CHOSEN, {})[param] = value


def page_choice(
    label: str,
    options: Sequence[str],
    *,
    param: str,
    format_func: Callable[[str], str] = str,
    default: str | None = None,
    kind: str = "selectbox",
    container=None,
    help: str | None = None,
    exists: Callable[[str], bool] | None = None,
    hidden_by: str = "",
) -> str | None:
    """A page's own choice (a selectbox or radio), seeded from and written to the URL ``param``.

    A value asked for (by the link, or kept from an earlier visit) that is not among ``options``
    is said truthfully: if ``exists`` says the record has it, the filters hide it (``hidden_by``
    names them); a value from the link that the record doesn't have "names nothing"; a kept value
    the record no longer has is dropped quietly (the user opened no link)."""
    container = container or st
    options = list(options)
    if not options:
        return None
    key = f"p_{param}"
    chosen = st.session_state.get(key)
    linked = _linked(param)
    if linked is not None and linked != st.session_state.get(f"_seen_{param}"):
        chosen = linked  # a link asks for a value: follow it once, then the widget is the truth
        st.session_state[f"_seen_{param}"] = linked
    if chosen is not None and chosen in options:
        st.session_state[key] = chosen
    else:
        wanted = chosen if chosen is not None else requested(param)
        fallback = default if default in options else options[0]
        if wanted is not None and wanted not in options:
            shown = format_func(fallback)
            if exists is not None and exists(wanted):
                _notice(f"{label} {format_func(wanted)} is filtered out by {hidden_by or 'the filters'}: showing "
                        f"{shown} instead. Clear that filter to see {format_func(wanted)}.")  # fmt: skip
            elif wanted == linked:
                _notice(f"Ignored {param}={wanted!r} from the link: it names nothing in the data.")
            wanted = None
        st.session_state[key] = wanted or fallback
    widget = container.radio if kind == "radio" else container.selectbox
    extra = {"horizontal": True} if kind == "radio" else {}
    value = widget(label, options, key=key, format_func=format_func, help=help, **extra)
    _remember(param, value, default)
    return value


def follow(param: str, value: str | None) -> None:
    """Make a page's choice follow ``value`` (a sidebar filter) when that value changes: once,
    so the page's own picker still works until the filter changes again."""
    if value is not None and st.session_state.get(f"_follow_{param}") != value:
        st.session_state[f"_follow_{param}"] = value
        st.session_state[f"p_{param}"] = value
    elif value is None:
        st.session_state.pop(f"_follow_{param}", None)


def page_toggle(label: str, *, param: str, default: bool = False, container=None) -> bool:
    """A page's on/off choice, written to the URL as ``param=1`` or ``param=0``."""
    container = container or st
    key = f"p_{param}"
    if key not in st.session_state:
        wanted = requested(param)
        st.session_state[key] = {"1": True, "0": False}.get(wanted or "", default)
    value = container.toggle(label, key=key)
    _remember(param, "1" if value else "0", "1" if default else "0")
    return value


def show_notices() -> None:
    """Tell the user which parts of the link were ignored, until they dismiss it."""
    notices = st.session_state.get(_NOTICES) or []
    if not notices:
        return
    with st.container(border=True):
        for message in notices:
            st.warning(md(message), icon="⚠️")
        if st.button("Dismiss", key="dismiss_notices"):
            st.session_state[_NOTICES] = []
            st.rerun()


def write_url(filters: Filters) -> None:
    """Put the filters and the current page's choices into the URL (if they changed)."""
    wanted = to_query(filters)
    for param, value in (st.session_state.get(_CHOSEN) or {}).items():
        wanted[param] = [value]
    if wanted != _run.url:
        st.query_params.from_dict(wanted)
