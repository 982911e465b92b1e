"""Add to the record from one article: a person's move, an unnamed group's move (with its
headcount), a stay, or the article as one more source of a move already recorded ("cite both").
Each quote is checked as it is typed; everything is saved as text.

The page only wires widgets to the edit layer (:mod:`dashboard.edit`), which holds the form's
rules (``checks``), builds the YAML (``drafts``), inserts it into the file without touching the rest
(``insert``), and saves under the record's lock (``saving``).
Sources are the entries already in the record's ``sources:`` section with a ``path`` under
``seeds/`` (the quote is checked against the document as it is typed) or a ``url`` (nothing is
fetched: the quote is recorded as given, and the page says it can't be checked); a new article
comes in on the Add a source page (or ``python -m dashboard add-source``), whose candidates
("Use") fill this form.

What was typed is kept for the session (the widgets' ``persist_state="session"``): leaving the
page and coming back, or a refused save, finds the form as it was. After a save, the fields of
the move are emptied for the next one; the article's fields (sources, date, date kind,
estimate) stay, since the next move often comes from the same article.
"""

import pandas as pd
import streamlit as st

from dashboard.edit import atomic, checks, drafts, ids, insert, saving
from dashboard.edit.folder import texts_of
from dashboard.live import watch
from dashboard.record.documents import DocumentError, read_document, resolve_source_path
from dashboard.record.model import UNKNOWN
from dashboard.text import md
from dashboard.ui import context
from dashboard.ui.components import limits
from dashboard.ui.components.record_file import into_file

NEW = "__new__"
DATE_KINDS = {
    "effective": "effective (the move happened then)",
    "reported": "reported (a source said so then)",
    "before": "before (an earlier job, some time before then)",
}
CERTAINTIES = {
    "stated": "stated (the source says it happened)",
    "rumoured": "rumoured (the source hedges: “soll”, “reportedly”)",
}
MAX_EVIDENCE = 5
WHAT = {
    "move": "A move of a named person",
    "group": "A move of an unnamed group (the source gives a headcount)",
    "stay": "A stay: someone still at an organisation",
    "evidence": "This source as evidence of a move already recorded (cite both)",
}
KEEP = "session"  # every field keeps its value for the session: leaving the page and coming back finds it
MOVE_FIELDS = {"add_person": None, "add_new_person": "", "add_from": UNKNOWN, "add_from_new": "", "add_to": UNKNOWN,
               "add_to_new": "", "add_from_role": "", "add_role": "", "add_certainty": "stated", "add_note": "",
               "add_group": "", "add_org": UNKNOWN, "add_org_new": "", "add_move_pick": None} | {
    f"add_{field}_{index}": "" for field in ("quote", "translation") for index in range(MAX_EVIDENCE)
}  # fmt: skip
"""The fields emptied after a save, with their empty values; the article's fields (sources, date,
date kind, estimate) stay, since the next move is often from the same article."""


def clear_move() -> None:
    """Empty the move's fields for the next one (before the widgets are drawn). Each is *set* to
    its empty value: a widget whose state is merely deleted keeps showing the old value."""
    st.session_state.update(MOVE_FIELDS)


def valid_choice(key: str, options) -> None:
    """Drop a kept choice that is no longer offered (the record changed meanwhile)."""
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]


def org_picker(label: str, key: str, page) -> tuple[str | None, dict[str, str]]:
    """An organisation id (existing, Unknown, or a new one) and the new organisations to add."""
    document = page.dataset.document
    orgs = sorted(document.organizations, key=lambda org_id: page.names[org_id].casefold())
    labels = {UNKNOWN: "Unknown (the source does not say)", NEW: "New organisation…"} | page.names
    options = [UNKNOWN, *orgs, NEW]
    valid_choice(key, options)
    choice = st.selectbox(
        label, options, key=key, persist_state=KEEP, format_func=lambda org_id: labels.get(org_id, org_id)
    )
    if choice != NEW:
        return choice, {}
    return new_record(f"{label}: name of the new organisation", f"{key}_new", document, "organizations")


def person_picker(page) -> tuple[str | None, dict[str, str]]:
    """A person id (existing or new) and the new person to add."""
    document = page.dataset.document
    options = [NEW, *page.dataset.people_by_name]
    valid_choice("add_person", options)
    person = st.selectbox(
        "Person",
        options,
        key="add_person",
        persist_state=KEEP,
        format_func=lambda pid: "New person…" if pid == NEW else document.people[pid].name,
        index=None,
        placeholder="Type to search the people in the record",
    )
    if person != NEW:
        return person, {}
    return new_record("Name of the new person", "add_new_person", document, "people")


def new_record(label: str, key: str, document, section) -> tuple[str | None, dict[str, str]]:
    """The id of a new person or organisation and {id: name} to add, once a usable new name is typed."""
    name = st.text_input(label, key=key, persist_state=KEEP, max_chars=120).strip()
    if not name:
        return None, {}
    new_id = ids.slug(name)
    problem = checks.new_id_problem(name, new_id, document, section)
    if problem:
        st.error(md(problem), icon="🛑")
        return None, {}
    st.caption(md(f"New {'person' if section == 'people' else 'organisation'} id: {new_id}"))
    return new_id, {new_id: name}


def evidence_inputs(page, index: int) -> drafts.Evidence | None:
    """One piece of evidence: a registered source (a stored document, or a web address), and a
    quote, checked against the document when it is stored here."""
    document = page.dataset.document
    sources = [source_id for source_id, source in document.sources.items() if source.path or source.url]
    valid_choice(f"add_source_{index}", sources)
    source_id = st.selectbox(
        f"Source {index + 1}",
        sources,
        key=f"add_source_{index}",
        persist_state=KEEP,
        format_func=lambda sid: f"{page.dataset.source_title(sid)} ({page.dataset.source_label(sid)})",
    )
    quote = st.text_area(
        f"Quote {index + 1}, verbatim in the document's language",
        key=f"add_quote_{index}",
        max_chars=2000,
        persist_state=KEEP,
    )
    translation = st.text_input(
        f"English translation {index + 1} (optional)", key=f"add_translation_{index}", persist_state=KEEP
    )
    if source_id is None or not quote.strip():
        return None
    if document.sources[source_id].path is None:  # a web address: nothing is fetched at run time
        st.info("A web source: the quote is recorded as given and can't be checked here.", icon="🔗")
        return drafts.Evidence(source_id, quote.strip(), translation.strip() or None)
    try:
        text = read_document(resolve_source_path(page.dataset.root, document.sources[source_id].path))
    except DocumentError as err:
        st.error(md(str(err)))
        return None
    checked = checks.check_quote(text, quote)
    if checked.found:
        st.success("Found in the document.", icon="✅")
    else:
        st.warning("Not found in the document. The closest passage:", icon="⚠️")
        st.code(checked.closest or "(nothing close)", language=None, wrap_lines=True)
    return drafts.Evidence(source_id, quote.strip(), translation.strip() or None)


def group_inputs() -> tuple[str | None, int | None]:
    """An unnamed group as the source calls it, and its headcount."""
    left, right = st.columns([3, 1])
    group = left.text_input("Who, as the source says (e.g. “three scientists”)", key="add_group", max_chars=200,
                            persist_state=KEEP).strip()  # fmt: skip
    headcount = int(right.number_input("Headcount", 1, 10_000, key="add_headcount", persist_state=KEEP))
    return group or None, headcount


def evidence_list(page) -> tuple[list[drafts.Evidence], int]:
    """The pieces of evidence typed (complete ones), and how many were asked for."""
    st.session_state.setdefault("add_evidence_count", 1)
    count = int(st.number_input("Pieces of evidence", 1, MAX_EVIDENCE, key="add_evidence_count", persist_state=KEEP))
    evidence = []
    for index in range(count):
        with st.container(border=True):
            item = evidence_inputs(page, index)
            if item is not None:
                evidence.append(item)
    return evidence, count


def form(page, what: str = "move") -> drafts.Draft | None:
    """Draw the form of a move; the draft when it is complete and breaks no rule, else None (and say why)."""
    group = headcount = None
    if what == "group":
        person, new_people = None, {}
        group, headcount = group_inputs()
    else:
        person, new_people = person_picker(page)
    left, right = st.columns(2)
    with left:
        origin, new_from = org_picker("From", "add_from", page)
        from_role = st.text_input(
            "Role at the origin (optional)", key="add_from_role", max_chars=200, persist_state=KEEP
        ).strip()
    with right:
        destination, new_to = org_picker("To", "add_to", page)
        role = st.text_input(
            "Role at the destination (optional)", key="add_role", max_chars=200, persist_state=KEEP
        ).strip()
    left, middle, right = st.columns(3)
    date = left.text_input(
        "Date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source",
        key="add_date",
        persist_state=KEEP,
        help="If the source only bounds it: 2023/.. (2023 or later), ../2025 (up to 2025), 2023/2025 (between), "
        "or unknown.",
    ).strip()
    date_kind = middle.selectbox(
        "The date is", list(DATE_KINDS), key="add_date_kind", persist_state=KEEP, format_func=DATE_KINDS.get
    )
    certainty = right.selectbox(
        "The move is", list(CERTAINTIES), key="add_certainty", persist_state=KEEP, format_func=CERTAINTIES.get
    )
    estimated = st.checkbox(
        "The date is an estimate (inferred, not printed in the source: e.g. from an estimated publication date)",
        key="add_date_estimated",
        persist_state=KEEP,
    )
    note = st.text_input(
        "Note (optional): what the reader should know", key="add_note", max_chars=500, persist_state=KEEP
    ).strip()
    evidence, count = evidence_list(page)
    needed = checks.missing(
        person=bool(group) if what == "group" else person not in (None, NEW), origin=origin,
        destination=destination, date=date, quotes=len(evidence), wanted=count,
    )  # fmt: skip
    if what == "group" and not group:
        needed[0] = "who the group is"
    draft = drafts.Draft(
        origin=origin or "", destination=destination or "", date=date, evidence=tuple(evidence),
        person=person, group=group, headcount=headcount if what == "group" else None, date_kind=date_kind,
        date_estimated=estimated, role=role or None, from_role=from_role or None,
        certainty=certainty, note=note or None, new_people=new_people, new_orgs=new_from | new_to,
    )  # fmt: skip
    # A complete form gets every rule; an incomplete one the mistakes worth saying already.
    problems = (
        checks.problems(draft, page.dataset.document)
        if not needed
        else checks.early_problems(origin=origin, destination=destination, date=date)
    )
    for problem in problems:
        st.error(md(problem), icon="🛑")
    if needed or problems:
        st.info(md("Still needed: " + ", ".join(needed)) if needed else "Fix the problem above.", icon="✏️")
        return None
    return draft


def stay_form(page) -> drafts.StayDraft | None:
    """Draw the form of a stay; the draft when complete and valid, else None (and say why)."""
    person, new_people = person_picker(page)
    left, right = st.columns(2)
    with left:
        org, new_org = org_picker("Still at", "add_org", page)
    with right:
        role = st.text_input("Role (optional)", key="add_role", max_chars=200, persist_state=KEEP).strip()
    date = st.text_input("As of: YYYY, YYYY-MM or YYYY-MM-DD, or an interval such as 2023/..", key="add_date",
                         persist_state=KEEP).strip()  # fmt: skip
    estimated = st.checkbox("The date is an estimate", key="add_date_estimated", persist_state=KEEP)
    note = st.text_input("Note (optional)", key="add_note", max_chars=500, persist_state=KEEP).strip()
    evidence, count = evidence_list(page)
    fields = (("a person", person not in (None, NEW)), ("where", org not in (None, UNKNOWN)), ("a date", date),
              ("a quote", len(evidence) == count))  # fmt: skip
    needed = [label for label, value in fields if not value]
    if needed:
        st.info(md("Still needed: " + ", ".join(needed)), icon="✏️")
        return None
    draft = drafts.StayDraft(person=person, org=org, as_of=date, evidence=tuple(evidence), as_of_estimated=estimated,
                            role=role or None, note=note or None, new_people=new_people, new_orgs=new_org)  # fmt: skip
    problems = checks.stay_problems(draft, page.dataset.document)
    for problem in problems:
        st.error(md(problem), icon="🛑")
    return None if problems else draft


def move_label(row) -> str:
    who = row["who"]
    return f"{who}: {row['from_org'] or 'Unknown'} → {row['to_org'] or 'Unknown'} ({row['when']}) · {row['id']}"


def evidence_form(page) -> tuple[str, drafts.Evidence] | None:
    """Draw the form of a second source for a recorded move: the move, and the new quote."""
    moves = page.bundle.moves
    recorded = moves[~moves["derived"]]
    shown = recorded[recorded.index.isin(page.moves.index)].head(limits.PEOPLE)
    wanted = st.session_state.get("add_move_pick")
    if wanted is not None and wanted not in set(shown["id"]):
        shown = pd.concat([shown, recorded[recorded["id"] == wanted]])
    labels = {row["id"]: move_label(row) for row in shown.to_dict("records")}
    valid_choice("add_move_pick", list(labels))
    move_id = st.selectbox(
        "The recorded move", list(labels), key="add_move_pick", persist_state=KEEP, format_func=labels.get,
        index=None, placeholder="Pick the move this source also states",
    )  # fmt: skip
    if len(recorded) > len(shown):
        st.caption(f"The list offers the {len(shown):,} moves the filters keep (at most {limits.PEOPLE:,}).")
    with st.container(border=True):
        item = evidence_inputs(page, 0)
    missing = [label for label, value in (("the move", move_id), ("a quote", item)) if value is None]
    if missing:
        st.info(md("Still needed: " + ", ".join(missing)), icon="✏️")
        return None
    row = recorded[recorded["id"] == move_id].iloc[0]
    label = page.dataset.source_label(item.source)
    if any(cited["source"] == label and " ".join(cited["quote"].split()) == " ".join(item.quote.split())
           for cited in row["evidence"]):  # fmt: skip
        st.error(md(f"{move_id} already cites this quote from {item.source}."), icon="🛑")
        return None
    return move_id, item


def attempt(write):
    """``write()``'s result; on a conflict, mark it and rerun (the page then offers to save into the
    new version); on a lock held too long, say so and return None."""
    try:
        return write()
    except saving.Conflict:
        st.session_state["_add_conflict"] = True
        st.rerun()
    except atomic.Busy as err:
        st.error(md(str(err)), icon="⏳")
    return None


def written(digest: str, label: str) -> None:
    """After a save: remember the file's new version and what was saved, and reload."""
    st.session_state["_add_digest"] = digest
    st.session_state.pop("_add_conflict", None)
    st.session_state["_add_saved"] = label
    st.rerun()  # reload the record, so the new entries are there to pick


def save_insertion(path, plan, label: str, into: str | None = None) -> None:
    """Save a stay or new evidence through :func:`saving.insert_records` (the same lock, checks and
    atomic write as a move); ``into``: the file of a folder record to write into."""
    try:
        expected = st.session_state["_add_digest"]
        inserted = attempt(lambda: saving.insert_records(path, plan, expected=expected, into=into))
    except saving.NotValid as err:
        st.error(md(str(err)), icon="🛑")
        return
    if inserted is None:
        return
    if inserted.written:
        written(inserted.digest, label)
    elif inserted.problems:  # not in the layout records are inserted into
        for problem in inserted.problems:
            st.error(md(problem), icon="🛑")
    elif inserted.result is not None:
        st.error("The record would not be valid with this, so nothing was saved:", icon="🛑")
        for problem in inserted.result.errors[:10]:
            st.text(problem.format(inserted.result.name))
    else:
        st.info("Nothing to save: it is already in the record.", icon="ℹ️")


def conflict(page, draft: drafts.Draft) -> None:
    """The file changed since the page loaded it: say so, keep everything, offer to save again."""
    there = bool((page.bundle.moves["id"] == draft.move_id).any())
    st.error(
        "The record file changed on disk since this page loaded it (another tab, the command line or an "
        "edit by hand saved first), so nothing was saved. Everything you typed is kept.",
        icon="🛑",
    )
    if there:
        st.info(md(f"The record now holds a move with the id {draft.move_id}: check it before saving again."))
    else:
        st.info("Your move is not in the current version of the file. Saving again adds it to that version.")


def preview(added: dict[str, str]) -> None:
    st.subheader("The YAML this adds")
    for section, text in added.items():
        st.caption(md(f"at the end of {section}:"))
        st.code(text, language="yaml")


def save(path, draft: drafts.Draft, expected: str, into: str | None = None) -> None:
    saved = attempt(lambda: saving.save(path, draft, expected, into=into))
    if saved is None:
        return
    if saved.written:
        written(saved.digest, saved.move_id)
    elif saved.status == "invalid":
        st.error("The record would not be valid with this move, so nothing was saved:", icon="🛑")
        for problem in saved.problems:
            st.text(problem)
        for problem in saved.result.errors[:10] if saved.result else []:
            st.text(problem.format(saved.result.name))
    else:
        st.info(md(f"{draft.move_id} is already in the record: nothing to save."), icon="ℹ️")


def render(page: context.PageContext) -> None:
    st.title("Add a move")
    st.caption(
        "One new record from one article: a move, a group's move, a stay, or one more source for a recorded move. "
        "The page shows the exact YAML it adds to the record file; saving checks the whole new file first and adds "
        "only these lines, leaving every other byte as it was."
    )
    path = watch.data_path()
    saved_now = st.session_state.pop("_add_saved", None)
    if saved_now:  # the run after a save: empty the move's fields for the next one
        clear_move()
        st.toast(md(f"Saved {saved_now}."), icon="✅")
        st.success(md(f"Saved {saved_now}. Every page shows it from now on; the form is ready for the next move."),
                   icon="✅")  # fmt: skip
    if "_add_digest" not in st.session_state:  # the file as this page first saw it
        st.session_state["_add_digest"] = saving.digest_of(path)
    if why := st.session_state.pop("_add_from_candidate", None):
        found_by = f" It was found by {why}." if isinstance(why, str) else ""
        st.info(md(f"Filled in from a candidate: check every field against the quote before saving.{found_by}"),
                icon="📝")  # fmt: skip
    what = st.radio("What to add", list(WHAT), key="add_what", persist_state=KEEP, format_func=WHAT.get)
    if what == "stay":
        stay = stay_form(page)
        if stay is not None:
            preview(stay.blocks())
            into = into_file(path, "add_into")
            if st.button("Save", type="primary", key="add_save"):
                save_insertion(path, lambda document, text: stay.blocks(), stay.stay_id, into)
        return
    if what == "evidence":
        picked = evidence_form(page)
        if picked is not None:
            move_id, item = picked
            st.subheader("The YAML this adds")
            st.caption(md(f"at the end of {move_id}'s evidence:"))
            try:
                _, block = insert.evidence_insertion(texts_of(path), move_id, item)
            except insert.LayoutError as err:
                st.error(md(str(err)), icon="🛑")
                return
            st.code(block, language="yaml")

            def plan(document, text):  # under the lock: the move as it is in the file now
                if checks.evidence_problems(move_id, item, document):
                    return None
                return insert.evidence_insertion(text, move_id, item)

            if st.button("Save", type="primary", key="add_save"):
                save_insertion(path, plan, f"{item.source} as evidence of {move_id}")
        return
    draft = form(page, what)
    if draft is None:
        return
    preview(drafts.blocks(draft))
    into = into_file(path, "add_into")
    if st.session_state.get("_add_conflict"):
        conflict(page, draft)
        if st.button("Save into the current version of the file", type="primary", key="add_retry"):
            save(path, draft, saving.digest_of(path), into)
        return
    if st.button("Save", type="primary", key="add_save"):
        save(path, draft, st.session_state["_add_digest"], into)


render(context.get())
