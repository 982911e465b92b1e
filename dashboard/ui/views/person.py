"""Person: the positions held (in parallel where the record proves it) and the career as an
ordered chain of moves and stays, each with its quote and source."""

import datetime as dt

import streamlit as st

from dashboard.analysis.careers import career, describe_date
from dashboard.analysis.stints import position_hovers, stint_segments
from dashboard.analysis.tables import records
from dashboard.analysis.views import inferred_set
from dashboard.text import md
from dashboard.ui import context, state
from dashboard.ui.components import chart, figures, limits, widgets


def choose(page) -> str | None:
    """The person to show: a picker over the people the filters keep."""
    document = page.dataset.document
    shown = set(page.moves["person_id"].dropna().unique()) | set(page.stays["person_id"].dropna().unique())
    if not page.filters.active:
        shown |= set(page.bundle.positions["person_id"].unique())  # positions are not filtered
    people = [person_id for person_id in page.dataset.people_by_name if person_id in shown]
    if not people:
        st.info(md(f"No person matches the filters ({page.filters_in_words})."))
        return None
    cap = limits.PEOPLE
    if len(people) > cap:
        wanted = state.requested("who") or st.session_state.get("p_who")
        people = people[:cap] + ([wanted] if wanted in shown and wanted not in people[:cap] else [])
        st.caption(
            f"{len(shown):,} people match; the list offers the first {cap:,}. "
            "Use the Person search in the sidebar to find the others."
        )
    return state.page_choice(
        "Person", people, param="who", format_func=lambda pid: document.people[pid].name,
        exists=lambda pid: pid in document.people, hidden_by=page.filters_in_words,
    )  # fmt: skip


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
    positions(page, person_id)
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
            fields = [field for field in inferred_set(step.get("inferred")) if field != "move"]
            if "move" in inferred_set(step.get("inferred")):
                details.append("derived from positions: no sentence states the move (see the note)")
            if fields:
                details.append(f"inferred: {', '.join(sorted(fields))} (see the note)")
            st.caption(md(" · ".join(details)))
            for item in step["evidence"]:
                widgets.quote(item)
            if step["note"]:
                st.caption(md("Note: " + " ".join(step["note"].split())))


def _edges(held) -> tuple[dt.date, dt.date]:
    """The chart's span: a year either side of every date the positions name (today at most)."""
    days = [day for column in ("start_first", "start_last", "end_first", "end_last") for day in held[column].dropna()]
    today = dt.date.today()
    if not days:
        return dt.date(today.year - 10, 1, 1), today
    return dt.date(min(days).year - 1, 1, 1), min(today, dt.date(max(days).year + 1, 12, 31))


def positions(page: context.PageContext, person_id: str) -> None:
    """The person's positions: a chart (proven spans solid, open ones dotted) and one line each."""
    table = page.bundle.positions
    held = table[table["person_id"] == person_id]
    if held.empty:
        return
    st.markdown(f"**Positions** ({len(held)}, unfiltered)")
    st.caption(
        "Solid: the span the record proves (from the latest possible start to the earliest possible end). "
        "Dotted: what the dates leave open: a year or month without a day, an open or unknown start or end."
    )
    clicked = chart.show(figures.stints_figure(stint_segments(held, _edges(held)), position_hovers(held)), key="stints")
    if clicked is not None:  # a click on a position's marker opens its line below
        st.session_state["_stint_open"] = clicked
    names = dict(
        zip(
            held["id"],
            held["org"] + held["role"].map(lambda role: f" ({role})" if isinstance(role, str) and role else ""),
            strict=True,
        )
    )
    for row in records(held):  # optional fields are None here, never NaN (which is true)
        line = f"**{md(row['org'])}**" + (f" · {md(row['role'])}" if row["role"] else "")
        line += f" · {md(row['start_label'])} → {md(row['end_label'])}".replace("unknown date", "unknown")
        estimated = [field for field in ("start", "end") if row[f"{field}_estimated"]]
        if estimated:
            line += f" ({' and '.join(estimated)} estimated)"
        if row["parallel"]:
            line += " · held at the same time as " + ", ".join(md(names.get(other, other)) for other in row["parallel"])
        with st.expander(line, expanded=st.session_state.get("_stint_open") == row["id"]):
            for item in row["evidence"]:
                widgets.quote(item)
            if row["inferred"]:
                st.caption(md(f"inferred: {row['inferred']} (see the note)"))
            if row["note"]:
                st.caption(md("Note: " + " ".join(row["note"].split())))


render(context.get())
