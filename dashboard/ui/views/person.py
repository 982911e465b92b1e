"""Person: a career as an ordered chain of moves and stays, each with its quote and source."""

import streamlit as st

from dashboard.analysis.careers import career, describe_date
from dashboard.analysis.views import inferred_set
from dashboard.text import md
from dashboard.ui import context, limits, state, widgets


def choose(page) -> str | None:
    """The person to show: a picker over the people the filters keep."""
    document = page.dataset.document
    shown = set(page.moves["person_id"].dropna().unique()) | set(page.stays["person_id"].dropna().unique())
    people = [person_id for person_id in page.dataset.people_by_name if person_id in shown]
    if not people:
        st.info("No person matches the filters.")
        return None
    cap = limits.PEOPLE
    if len(people) > cap:
        wanted = state.requested("who") or st.session_state.get("p_who")
        people = people[:cap] + ([wanted] if wanted in shown and wanted not in people[:cap] else [])
        st.caption(
            f"{len(shown):,} people match; the list offers the first {cap:,}. "
            "Use the Person search in the sidebar to find the others."
        )
    return state.page_choice("Person", people, param="who", format_func=lambda pid: document.people[pid].name)


def render(page: context.PageContext) -> None:
    st.title("Person")
    person_id = choose(page)
    if person_id is None:
        return
    document = page.dataset.document
    person = document.people[person_id]
    st.subheader(md(person.name))
    facts = []
    if person.aliases:
        facts.append("also written: " + ", ".join(person.aliases))
    if person.cohorts:
        facts.append("cohorts: " + ", ".join(document.cohorts[c].name for c in person.cohorts if c in document.cohorts))
    if person.note:
        facts.append(person.note)
    if facts:
        st.caption(md(" · ".join(facts)))
    steps = career(page.dataset, page.bundle.moves, page.bundle.stays, person_id)
    st.caption(f"{len(steps)} recorded step{'s' if len(steps) != 1 else ''}, in date order (unfiltered).")
    for number, step in enumerate(steps, start=1):
        with st.container(border=True):
            inferred = inferred_set(step.get("inferred"))
            origin = step["from_org"] + (widgets.INFERRED if "from" in inferred else "")
            destination = step["to_org"] + (widgets.INFERRED if inferred & {"to", "org"} else "")
            if step["kind"] == "stay":
                st.markdown(f"{number}. Still at **{md(destination)}**")
            else:
                st.markdown(f"{number}. **{md(origin)}** → **{md(destination)}**")
            details = [describe_date(step)]
            if step["role"]:
                details.append(f"role: {step['role']}")
            if step["from_role"]:
                details.append(f"was: {step['from_role']}")
            if step["certainty"] == "rumoured":
                details.append("rumoured")
            if step.get("inferred"):
                details.append(f"inferred: {step['inferred']} (see the note)")
            st.caption(md(" · ".join(details)))
            for item in step["evidence"]:
                widgets.quote(item)
            if step["note"]:
                st.caption(md("Note: " + " ".join(step["note"].split())))


render(context.get())
