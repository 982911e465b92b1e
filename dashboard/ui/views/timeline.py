"""Timeline: every move, stay and cohort claim on one time axis, coloured for an organisation."""

import streamlit as st

from dashboard.analysis.organization import direction
from dashboard.analysis.timeline import people_per_year, timeline_rows
from dashboard.text import md
from dashboard.ui import context, state
from dashboard.ui.components import chart, limits, widgets
from dashboard.ui.components.figures import people_per_year_figure, timeline_figure

NO_FOCUS = "(none)"


def render(page: context.PageContext) -> None:
    st.title("Timeline")
    options = [NO_FOCUS, *page.bundle.bounds.orgs]
    focus = state.page_choice(
        "Colour by direction for",
        options,
        param="focus",
        format_func=lambda org_id: "No organisation" if org_id == NO_FOCUS else page.names[org_id],
        default=NO_FOCUS,
        help="Arrivals to and departures from this organisation (and its units) get their own colours.",
    )
    focus_ids = None if focus == NO_FOCUS else page.dataset.descendants(focus)
    records = len(page.moves) + len(page.stays) + len(page.claims)
    if records > limits.TIMELINE_RECORDS:
        st.info(
            f"{records:,} records are too many to draw one by one, so this shows people per year. "
            f"Narrow the filters to {limits.TIMELINE_RECORDS:,} records or fewer to see each record with its quote.",
            icon="ℹ️",
        )
        table = people_per_year(page.moves, page.stays, page.claims, focus_ids)
        clicked = chart.show(people_per_year_figure(table), key="timeline")
        year_moves(page, table, clicked, focus_ids)
        skipped = sum(int(frame["year"].isna().sum()) for frame in (page.moves, page.stays, page.claims))
        if skipped:
            st.caption(f"{skipped:,} records whose date lies in no single year are not in these bars.")
    else:
        widgets.counting_note(page)
        rows = timeline_rows(page.moves, page.stays, page.claims, focus_ids)
        clicked = chart.show(timeline_figure(rows), key="timeline")
        st.caption(
            "Each record spans the time its date covers: a year-precision date the whole year, a month the "
            "whole month, a day a single point — never a made-up 1 January. Dotted spans are dates "
            "bounded only on one side (before a date, or from a date on): they run to the edge of the chart and "
            "their marker points to the open side. Hollow markers are rumoured moves. Diamonds are confirmations "
            "that someone stayed, stars are cohort claims. Hover a marker for its quote; click it for the record."
        )
        record(page, rows, clicked)


PLURALS = {"arrival": "Arrivals", "departure": "Departures", "internal": "Moves inside", "other": "Other moves"}


def year_moves(page: context.PageContext, table, clicked: str | None, focus_ids) -> None:
    """The moves behind a bar of the dense timeline (a category in a year), with their quotes."""
    categories = direction(page.moves, focus_ids) if focus_ids else None
    picks = [f"{category}:{year}" for category, year in zip(table["category"], table["year"], strict=True)
             if category not in ("stay", "claim")]  # fmt: skip

    def behind(pick: str):
        category, _, year = pick.partition(":")
        keep = page.moves["year"] == int(year)
        if categories is not None:
            keep &= categories == category
        return page.moves[keep.fillna(False).to_numpy()]

    def label(pick: str) -> str:
        category, _, year = pick.partition(":")
        return f"{PLURALS.get(category, 'Moves')} in {year}"

    widgets.evidence(page, picks, clicked, label, behind, key="timeline_year", orgs_of=lambda _: [])


def record(page: context.PageContext, rows, clicked: str | None) -> None:
    """The record behind a marker, with its quotes: from a click on the chart or chosen here."""
    keys = rows["kind"] + ":" + rows["record"].astype(str)
    labels = dict(zip(keys, rows["label"].where(rows["kind"] != "claim", rows["row"] + " (its claims)"), strict=True))
    if clicked is not None and clicked != st.session_state.get("_clicked_timeline"):
        st.session_state["_clicked_timeline"] = clicked
        st.session_state["pick_timeline"] = clicked
    if st.session_state.get("pick_timeline") not in labels:
        st.session_state["pick_timeline"] = None
    pick = st.selectbox("The record behind a marker", list(labels), key="pick_timeline", index=None,
                        format_func=labels.get, placeholder="Click a marker, or choose a record here")  # fmt: skip
    if pick is None:
        return
    kind, _, record_id = pick.partition(":")
    if kind == "move":
        widgets.move_cards(page.moves[page.moves["id"] == record_id], limit=1)
        return
    if kind == "stay":
        frame = page.stays[page.stays["id"] == record_id]
        titles = [labels[pick]] * len(frame)
    else:  # a cohort's claims share its line: all of them
        frame = page.claims[page.claims["cohort_id"] == record_id]
        titles = list(frame["summary"])
    for title, row in zip(titles, frame.to_dict("records"), strict=True):
        with st.container(border=True):
            st.markdown(md(title))
            for item in row["evidence"]:
                widgets.quote(item)


render(context.get())
