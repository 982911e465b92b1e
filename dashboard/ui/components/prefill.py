"""'Use' a candidate: fill the Add page's form with it and open the page.

The Add page's widgets keep their values in the session (``persist_state``), so filling the
form is setting those keys before the page draws its widgets. What a candidate leaves open stays
open: no person chosen when none was recognised or named, ``Unknown`` where no organisation was
found, the date as the candidate gives it (with its honest precision).
"""

from __future__ import annotations

import streamlit as st

from dashboard.articles.candidates import Candidate
from dashboard.record.model import UNKNOWN
from dashboard.ui import routes

NEW = "__new__"
DATE_KINDS = ("effective", "reported", "before")


def values(candidate: Candidate, source_id: str, estimated: bool) -> dict[str, object]:
    """The Add page's session keys and values for ``candidate`` quoted from ``source_id``."""
    what = "stay" if candidate.kind == "stay" else "group" if candidate.headcount else "move"
    if candidate.existing_move:
        what = "evidence"
    chosen: dict[str, object] = {
        "add_what": what, "add_move_pick": candidate.existing_move, "add_evidence_count": 1,
        "add_source_0": source_id, "add_quote_0": candidate.quote, "add_translation_0": "",
        "add_date": "" if candidate.date in (None, "unknown") else candidate.date,
        "add_date_kind": candidate.date_kind if candidate.date_kind in DATE_KINDS else "reported",
        "add_certainty": candidate.certainty, "add_date_estimated": estimated,
        "add_role": "", "add_from_role": "", "add_note": "",
        "add_group": candidate.group or "", "add_headcount": candidate.headcount or 2,
    }  # fmt: skip
    if candidate.person_id:
        chosen |= {"add_person": candidate.person_id, "add_new_person": ""}
    elif candidate.person:
        chosen |= {"add_person": NEW, "add_new_person": candidate.person}
    else:
        chosen |= {"add_person": None, "add_new_person": ""}
    ends = (("add_from", candidate.from_id, candidate.from_), ("add_to", candidate.to_id, candidate.to))
    if candidate.kind == "stay":
        ends = (("add_org", candidate.to_id, candidate.to),)
    for key, org_id, name in ends:
        if org_id:
            chosen |= {key: org_id, f"{key}_new": ""}
        elif name:
            chosen |= {key: NEW, f"{key}_new": name}
        else:
            chosen |= {key: UNKNOWN, f"{key}_new": ""}
    return chosen


def use(candidate: Candidate, source_id: str, estimated: bool) -> None:
    """Fill the Add page with ``candidate`` and open it."""
    st.session_state.update(values(candidate, source_id, estimated))
    st.session_state["_add_from_candidate"] = candidate.why()  # shown above the form: why it was proposed
    st.switch_page(routes.ADD.file)
