"""Person: the positions held (in parallel where the record proves it) and the career as an
ordered chain of moves and stays, each with its quote and source.

Everything drawn comes from the page's loader, :mod:`dashboard.analysis.pages.person`.
"""

import streamlit as st

from dashboard.analysis.pages.person import PersonView, people_offered, person_view
from dashboard.text import md
from dashboard.ui import context, routes, state
from dashboard.ui.components import chart, figures, limits, provenance, widgets


def choose(page: context.PageContext) -> str | None:
    """The person to show: a picker over the people the filters keep."""
    wanted = state.requested(routes.WHO) or st.session_state.get(f"p_{routes.WHO}")
    offered = people_offered(page.bundle, page.selection, limits.PEOPLE, wanted)
    if not offered.people:
        st.info(md(f"No person matches the filters ({page.filters_in_words})."))
        return None
    if offered.capped:
        st.caption(
            f"{offered.matching:,} people match; the list offers the first {limits.PEOPLE:,}. "
            "Use the Person search in the sidebar to find the others."
        )
    people = page.dataset.document.people
    return state.page_choice(
        "Person", offered.people, param=routes.WHO, format_func=lambda pid: people[pid].name,
        exists=lambda pid: pid in people, hidden_by=page.filters_in_words,
    )  # fmt: skip


def render(page: context.PageContext) -> None:
    st.title("Person")
    person_id = choose(page)
    if person_id is None:
        return
    view = person_view(page.bundle, person_id, page.bundle.dataset.today)
    st.subheader(md(view.name))
    provenance.show("people", person_id)
    if view.facts:
        st.caption(md(view.facts))
    positions(view)
    st.caption(f"{len(view.steps)} recorded step{'s' if len(view.steps) != 1 else ''}, in date order (unfiltered).")
    for number, step in enumerate(view.steps, start=1):
        with st.container(border=True):
            if step.stay:
                st.markdown(f"{number}. Still at **{md(step.destination)}**")
            else:
                st.markdown(f"{number}. **{md(step.origin)}** → **{md(step.destination)}**")
            st.caption(md(step.details))
            for item in step.evidence:
                widgets.quote(item)
            if step.note:
                st.caption(md("Note: " + " ".join(step.note.split())))


def positions(view: PersonView) -> None:
    """The person's positions: a chart (proven spans solid, open ones dotted, planned ones hatched)
    and one line each."""
    if not view.positions:
        return
    st.markdown(f"**Positions** ({len(view.positions)}, unfiltered)")
    planned = (
        f" Hatched: planned, after today ({view.today.isoformat()}) up to an end the source schedules "
        "(a term, a contract); until then the position counts as still held."
        if view.planned
        else ""
    )
    st.caption(
        "Solid: the span the record proves (from the latest possible start to the earliest possible end). "
        "Dotted: what the dates leave open: a year or month without a day, an open or unknown start or end." + planned
    )
    figure = figures.stints_figure(view.segments, view.hovers, view.today if view.planned else None)
    clicked = chart.show(figure, key="stints")
    if clicked is not None:  # a click on a position's marker opens its line below
        st.session_state["_stint_open"] = clicked
    for position in view.positions:
        line = f"**{md(position.org)}**" + "".join(f" · {md(detail)}" for detail in position.details)
        with st.expander(line, expanded=st.session_state.get("_stint_open") == position.id):
            for item in position.evidence:
                widgets.quote(item)
            if position.inferred:
                st.caption(md(f"inferred: {position.inferred} (see the note)"))
            if position.note:
                st.caption(md("Note: " + " ".join(position.note.split())))


render(context.get())
