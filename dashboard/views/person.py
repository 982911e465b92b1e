"""Person: a career as an ordered chain of moves and stays, each with its quote and source."""

import streamlit as st

from dashboard.careers import career, describe_date
from dashboard.text import md
from dashboard.ui import context, state, widgets

page = context.get()
st.title("Person")
document = page.dataset.document
shown = set(page.moves["person_id"].dropna()) | set(page.stays["person_id"].dropna())
people = sorted(shown, key=lambda person_id: document.people[person_id].name.casefold())
if not people:
    st.info("No person matches the filters.")
    st.stop()
person_id = state.page_choice("Person", people, param="who", format_func=lambda pid: document.people[pid].name)
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

steps = career(page.dataset, person_id)
st.caption(f"{len(steps)} recorded step{'s' if len(steps) != 1 else ''}, in date order (unfiltered).")
for number, step in enumerate(steps, start=1):
    with st.container(border=True):
        if step["kind"] == "stay":
            title = f"{number}. Still at **{md(step['to_org'])}**"
        else:
            title = f"{number}. **{md(step['from_org'])}** → **{md(step['to_org'])}**"
        st.markdown(title)
        details = [describe_date(step)]
        if step["role"]:
            details.append(f"role: {step['role']}")
        if step["from_role"]:
            details.append(f"was: {step['from_role']}")
        if step["certainty"] == "rumoured":
            details.append("rumoured")
        st.caption(md(" · ".join(details)))
        for item in step["evidence"]:
            widgets.quote(item)
        if step["note"]:
            st.caption(md("Note: " + " ".join(step["note"].split())))
