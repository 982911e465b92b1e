"""Moves as cards, each with its quotes and sources, and the panel of the moves behind a mark of
a chart.

Text from the record goes through :func:`dashboard.text.md` before any Markdown call.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.analysis.tables import newest_first, records
from dashboard.analysis.views import INFERRED, inferred_set
from dashboard.record.evidence import reports_phrase
from dashboard.record.model import UNKNOWN
from dashboard.text import md
from dashboard.ui import routes
from dashboard.ui.components import limits, provenance
from dashboard.ui.components.widgets import link, quote


def move_title(move: dict) -> str:
    """'Timothée Lacroix: Meta → Mistral AI', with '(inferred)' after what no quote supports
    (Markdown-escaped); the person and the organisations link to their pages, filters kept."""
    inferred = inferred_set(move.get("inferred"))
    mover = move["person"] or f"{move['headcount']} × {move['group']}"
    mover += INFERRED if {"person", "group"} & inferred else ""
    origin = (move["from_org"] or "Unknown") + (INFERRED if "from" in inferred else "")
    destination = (move["to_org"] or "Unknown") + (INFERRED if "to" in inferred else "")
    who = link(mover, routes.PERSON, move["person_id"]) if move.get("person_id") else md(mover)
    ends = [link(name, routes.ORGANIZATION, org) if org and org != UNKNOWN else md(name)
            for name, org in ((origin, move.get("from_id")), (destination, move.get("to_id")))]  # fmt: skip
    return f"**{who}**: {ends[0]} → {ends[1]}"


def move_facts(move: dict) -> str:
    """'2023 or later (reported, estimated) · role: co-founder · rumoured · 2 articles, 1
    independent report' (Markdown-escaped)."""
    kind = move["date_kind"]
    when = move.get("when") or move["date"]
    if kind == "before":
        when = when if str(when).startswith("before") else f"before {when}"
    elif when != "unknown date":
        when = f"{when} ({kind})"
    if move["date_estimated"]:
        when += ", estimated"
    parts = [when]
    if move.get("role"):
        parts.append(f"role: {move['role']}")
    if move.get("from_role"):
        parts.append(f"was: {move['from_role']}")
    if move.get("certainty") == "rumoured":
        parts.append("rumoured")
    inferred = inferred_set(move.get("inferred"))
    if inferred:
        parts.append("inferred: " + ", ".join(sorted(inferred)) + " (see the note)")
    if move.get("articles"):
        parts.append(reports_phrase(int(move["articles"]), int(move["reports"])))
    return md(" · ".join(parts))


def move_card(move: dict) -> None:
    """A move with all its evidence, in a bordered box."""
    with st.container(border=True):
        st.markdown(move_title(move))
        st.caption(move_facts(move))
        provenance.show("moves", move["id"])
        for item in move["evidence"]:
            quote(item)
        if move.get("note"):
            st.caption(md("Note: " + " ".join(str(move["note"]).split())))


def move_cards(moves: pd.DataFrame, *, limit: int | None = None) -> None:
    """The newest ``limit`` moves as cards, newest first, saying how many more there are."""
    if moves.empty:
        st.caption("No moves match the filters.")
        return
    limit = limits.CARDS if limit is None else limit
    for move in records(newest_first(moves, limit)):
        move_card(move)
    if len(moves) > limit:
        st.caption(f"The newest {limit:,} of {len(moves):,} moves.")


LIMIT_CARDS = 10
"""Moves (with their quotes) an evidence panel shows; the moves tables list them all."""


def evidence(page, picks: list[str], clicked: str | None, label, behind, *, key: str, orgs_of=None) -> None:
    """The moves behind a mark of a chart, with their quotes: chosen by a click on the chart
    (``clicked``, from :func:`dashboard.ui.components.chart.show`) or here from the keyboard, among ``picks``;
    ``label(pick)`` names a pick, ``behind(pick)`` gives its moves. A button narrows the filters
    to the organisations the pick names (``orgs_of(pick)``; by default the ids after ':' in
    'link:A|B', 'from:A', 'org:A')."""
    pick_key = f"pick_{key}"
    if clicked is not None and clicked != st.session_state.get(f"_clicked_{key}"):
        st.session_state[f"_clicked_{key}"] = clicked  # a new click: show it (a later choice here wins)
        st.session_state[pick_key] = clicked
    if st.session_state.get(pick_key) not in picks:
        st.session_state[pick_key] = None
    pick = st.selectbox(
        "The moves behind…", picks, key=pick_key, index=None, format_func=label,
        placeholder="Click a link, a node or a bar, or choose one here",
    )  # fmt: skip
    if pick is None:
        return
    moves = behind(pick)
    people = int(moves["headcount"].sum())
    with st.container(border=True):
        st.markdown(f"**{md(f'{len(moves):,} move(s), {people:,} people: {label(pick)}')}**")
        named = orgs_of(pick) if orgs_of is not None else pick.partition(":")[2].split("|")
        orgs = [org for org in named if org in page.bundle.bounds.orgs]
        if orgs and tuple(orgs) != page.filters.orgs:
            st.button(
                md(f"Narrow the filters to {' and '.join(page.names.get(org, org) for org in orgs)}"),
                key=f"narrow_{key}", on_click=lambda: st.session_state.update(f_orgs=orgs),
            )  # fmt: skip
        move_cards(moves, limit=LIMIT_CARDS)
