"""Retention: how long people stay at each organisation (survival curves with honest censoring,
the tenure table), and a cohort's members still there over time beside the sources' claims.

Everything drawn comes from the page's loader, :mod:`dashboard.analysis.pages.retention`.
"""

import streamlit as st

from dashboard.analysis.flows import LEVELS
from dashboard.analysis.pages.flows import LEVEL
from dashboard.analysis.pages.retention import CAVEAT, RetentionView, cohort_view, retention_view
from dashboard.analysis.tables import records
from dashboard.text import md
from dashboard.ui import context, routes, state
from dashboard.ui.components import chart, limits, tables, widgets
from dashboard.ui.components.survival_figures import cohort_figure, survival_figure

LEAVERS = 10
"""Stints (with their quotes) the panel of a step shows."""


def render(page: context.PageContext) -> None:
    st.title("Retention")
    st.caption(CAVEAT)
    level = state.page_choice("Level", list(LEVELS), param=LEVEL, format_func=LEVELS.get, kind="radio", default="unit")
    view = retention_view(page.bundle, page.selection, level)
    st.subheader("How long people stay")
    clicked = chart.show(survival_figure(view.curves, page.names), key="survival")
    if view.caption:
        st.caption(view.caption)
    notes = view.notes()
    if notes:
        st.caption(md(" ".join(notes)))
    leavers(page, view, clicked)

    st.subheader("Tenure per organisation")
    st.caption(
        "Median tenure and the share still there after 1, 2 and 5 years, in brackets their interval. 'Thin': "
        "fewer than 10 stints. 'Not followed that long': no stint was seen that many years, so the curve says "
        "nothing there. Stints are read from the whole record; a year filter keeps those under way in the years."
    )
    tables.table_with_download(
        view.table(limits.TENURE_ROWS), key="tenure_csv", file_name="tenure.csv", full=view.export_table,
        total=len(view.counts),
    )  # fmt: skip

    cohort(page)


def leavers(page: context.PageContext, view: RetentionView, clicked: str | None) -> None:
    """The people who left at a step of a curve, with the quotes of their arrival and departure:
    from a click on the chart or chosen here."""
    picks = view.picks
    if not picks:
        return
    if clicked is not None and clicked != st.session_state.get("_clicked_survival"):
        st.session_state["_clicked_survival"] = clicked
        st.session_state["pick_survival"] = clicked
    if st.session_state.get("pick_survival") not in picks:
        st.session_state["pick_survival"] = None
    pick = st.selectbox("Who left at a step…", picks, key="pick_survival", index=None, format_func=view.label,
                        placeholder="Click a step of a curve, or choose one here")  # fmt: skip
    if pick is None:
        return
    behind = view.behind(pick)
    with st.container(border=True):
        st.markdown(f"**{md(view.label(pick))}**")
        for stint in records(behind.head(LEAVERS)):
            with st.container(border=True):
                who = widgets.link(stint["person"], routes.PERSON, stint["person_id"])
                where = widgets.link(page.names.get(stint["org_id"], stint["org_id"]), routes.ORGANIZATION,
                                     stint["org_id"])  # fmt: skip
                st.markdown(f"**{who}** at {where}: {md(stint['start_when'])} → {md(stint['end_when'])}")
                years = f"{stint['lower']:.1f} years" if stint["certain"] else (
                    f"{stint['lower']:.1f}–{stint['upper']:.1f} years: left some time then (the end is known only "
                    "between two dates)")  # fmt: skip
                marks = [word for word in ("rumoured", "inferred", "estimated") if stint[word]]
                st.caption(md(years + (" · " + ", ".join(marks) if marks else "")))
                seen = set()
                for item in stint["evidence"]["start"] + stint["evidence"]["end"]:
                    if (item["source"], item["quote"]) not in seen:
                        seen.add((item["source"], item["quote"]))
                        widgets.quote(item)
        if len(behind) > LEAVERS:
            st.caption(f"The first {LEAVERS} of {len(behind):,} stints.")


def cohort(page: context.PageContext) -> None:
    """The sidebar's cohort: its members not yet recorded as gone, beside the sources' claims."""
    st.subheader("A cohort over time")
    if not page.filters.cohort:
        st.caption("Choose a cohort in the sidebar to see its members still there over time beside the claims.")
        return
    name = page.dataset.document.cohorts[page.filters.cohort].name
    lines = cohort_view(page.bundle, page.selection)
    st.markdown(md(name))
    chart.show(cohort_figure(lines, page.dataset.today), key="cohort_retention")
    st.caption(
        "The line is the share of the cohort's stated size the record does not show as gone: it steps down at "
        "each member's recorded departure (at the last day its date allows; the band reaches down to where it "
        "would be if every departure that may have happened had). Members the record doesn't follow may have "
        "left too, so at most this share is still there. The marked points are the sources' claims (circle: "
        "exactly; diamond: about; triangle down: at most; up: at least). Departures are read from the whole "
        "record; 'Include rumours' applies."
    )
    for line in lines:
        if line.undated:
            st.caption(md(f"{line.org}: {line.undated} member(s) left on a date the record can't place."))
        for claim in line.claims.itertuples(index=False):
            with st.container(border=True):
                st.markdown(f"**{md(claim.summary)}**")
                st.caption(md(claim.phrase))
                for item in claim.evidence:
                    widgets.quote(item)


render(context.get())
