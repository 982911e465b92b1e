"""Add a move: one new move from one article, its quote checked as it is typed, saved as text.

The page only wires widgets to :mod:`dashboard.addmove`, which builds the YAML, inserts it into
the file without touching the rest, and saves safely. Sources are the documents already in the
record's ``sources:`` section with a ``path`` under ``seeds/``: a new article is added by hand
(the file into ``seeds/``, an entry into ``sources:``, see README), then cited here.
"""

import streamlit as st

from dashboard import addmove
from dashboard.dates import parse_date
from dashboard.documents import DocumentError, read_document, resolve_source_path
from dashboard.model import UNKNOWN
from dashboard.text import md
from dashboard.ui import context, data

NEW = "__new__"
DATE_KINDS = {"effective": "effective (the move happened then)", "reported": "reported (a source said so then)"}
MAX_EVIDENCE = 5


def org_picker(label: str, key: str, page) -> tuple[str | None, dict[str, str]]:
    """An organisation id (existing, Unknown, or a new one) and the new organisations to add."""
    orgs = sorted(page.dataset.document.organizations, key=lambda org_id: page.names[org_id].casefold())
    labels = {UNKNOWN: "Unknown (the source does not say)", NEW: "New organisation…"} | page.names
    choice = st.selectbox(label, [UNKNOWN, *orgs, NEW], key=key, format_func=lambda org_id: labels.get(org_id, org_id))
    if choice != NEW:
        return choice, {}
    name = st.text_input(f"{label}: name of the new organisation", key=f"{key}_new", max_chars=120).strip()
    if not name:
        return None, {}
    org_id = addmove.slug(name)
    if org_id in page.dataset.document.organizations:
        st.caption(md(f"“{name}” has the id {org_id} of an existing organisation: pick it from the list."))
        return None, {}
    st.caption(md(f"New organisation id: {org_id}"))
    return org_id, {org_id: name}


def evidence_inputs(page, index: int) -> addmove.Evidence | None:
    """One piece of evidence: a registered source with a document, and a quote checked against it."""
    document = page.dataset.document
    sources = [source_id for source_id, source in document.sources.items() if source.path]
    source_id = st.selectbox(
        f"Source {index + 1}",
        sources,
        key=f"add_source_{index}",
        format_func=lambda sid: f"{document.sources[sid].title or sid} ({document.sources[sid].path})",
    )
    quote = st.text_area(
        f"Quote {index + 1}, verbatim in the document's language", key=f"add_quote_{index}", max_chars=2000
    )
    translation = st.text_input(f"English translation {index + 1} (optional)", key=f"add_translation_{index}")
    if source_id is None or not quote.strip():
        return None
    try:
        text = read_document(resolve_source_path(page.dataset.root, document.sources[source_id].path))
    except DocumentError as err:
        st.error(md(str(err)))
        return None
    checked = addmove.check_quote(text, quote)
    if checked.found:
        st.success("Found in the document.", icon="✅")
    else:
        st.warning("Not found in the document. The closest passage:", icon="⚠️")
        st.code(checked.closest or "(nothing close)", language=None, wrap_lines=True)
    return addmove.Evidence(source_id, quote.strip(), translation.strip() or None)


def render(page) -> None:
    st.title("Add a move")
    st.caption(
        "One new move from one article. The page shows the exact YAML it adds to the record file; "
        "saving checks the whole new file first and adds only these lines, leaving every other byte as it was."
    )
    path = data.data_path()
    saved_now = st.session_state.pop("_add_saved", None)
    if saved_now:  # the run after a save: the new person and organisations now exist; select them
        st.session_state.update(saved_now["select"])
        st.success(md(f"Saved {saved_now['id']}. Every page shows it from now on."), icon="✅")
    if "add_digest" not in st.session_state:  # the file as this page first saw it
        st.session_state["add_digest"] = addmove.digest(path.read_bytes())

    document = page.dataset.document
    people = page.dataset.people_by_name
    person = st.selectbox(
        "Person",
        [NEW, *people],
        key="add_person",
        format_func=lambda pid: "New person…" if pid == NEW else document.people[pid].name,
        index=None,
        placeholder="Type to search the people in the record",
    )
    new_person = None
    if person == NEW:
        new_person = st.text_input("Name of the new person", key="add_new_person", max_chars=120).strip() or None
        if new_person:
            if addmove.slug(new_person) in document.people:
                st.caption(md(f"The id {addmove.slug(new_person)} is taken: pick that person from the list."))
                new_person = None
            else:
                st.caption(md(f"New person id: {addmove.slug(new_person)}"))
    left, right = st.columns(2)
    with left:
        origin, new_from = org_picker("From", "add_from", page)
    with right:
        destination, new_to = org_picker("To", "add_to", page)
    left, middle, right = st.columns(3)
    date = left.text_input("Date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source", key="add_date").strip()
    date_kind = middle.selectbox("The date is", list(DATE_KINDS), key="add_date_kind", format_func=DATE_KINDS.get)
    role = right.text_input("Role at the destination (optional)", key="add_role", max_chars=200).strip() or None
    problems = []
    if date:
        try:
            parse_date(date)
        except ValueError as err:
            problems.append(str(err))
    count = int(st.number_input("Pieces of evidence", 1, MAX_EVIDENCE, 1, key="add_evidence_count"))
    evidence = []
    for index in range(count):
        with st.container(border=True):
            item = evidence_inputs(page, index)
            if item is not None:
                evidence.append(item)

    missing = [
        label
        for label, value in [("a person", person not in (None, NEW) or new_person), ("where from", origin),
                             ("where to", destination), ("a date", date), ("a quote", len(evidence) == count)]
        if not value
    ]  # fmt: skip
    if origin == destination == UNKNOWN:  # the form's start: not a mistake yet, but not a move either
        missing.append("where from or where to (they cannot both be unknown)")
    elif origin is not None and origin == destination:
        problems.append("From and To are the same organisation.")
    for problem in problems:
        st.error(md(problem), icon="🛑")
    if missing or problems:
        st.info(md("Still needed: " + ", ".join(missing)) if missing else "Fix the problem above.", icon="✏️")
        return
    draft = addmove.Draft(
        origin=origin, destination=destination, date=date, evidence=tuple(evidence), date_kind=date_kind, role=role,
        person=None if person == NEW else person, new_person=new_person if person == NEW else None,
        new_orgs=new_from | new_to,
    )  # fmt: skip
    st.subheader("The YAML this adds")
    additions = addmove.blocks(draft)
    for section, text in additions.items():
        st.caption(md(f"at the end of {section}:"))
        st.code(text, language="yaml")
    if st.session_state.get("add_conflict"):
        st.error(
            "The record file changed on disk since this page loaded it, so nothing was saved. "
            "Your entries are kept: reload the file, check that the move is still missing, and save again.",
            icon="🛑",
        )
        if st.button("Reload the file", key="add_reload"):
            st.session_state.pop("add_digest", None)
            st.session_state.pop("add_conflict", None)
            st.rerun()
        return
    if st.button("Save", type="primary", key="add_save"):
        try:
            saved = addmove.save(path, draft, st.session_state["add_digest"])
        except addmove.Conflict:
            st.session_state["add_conflict"] = True
            st.rerun()
        if saved.written:
            st.session_state["add_digest"] = addmove.digest(path.read_bytes())
            select = {"add_person": draft.person_id} if draft.person is None else {}
            ends = (("add_from", origin, new_from), ("add_to", destination, new_to))
            select |= {key: org_id for key, org_id, new in ends if new}
            st.session_state["_add_saved"] = {"id": draft.move_id, "select": select}
            st.rerun()  # reload the record, so the new entries are there to pick
        elif saved.result.errors:
            st.error("The record would not be valid with this move, so nothing was saved:", icon="🛑")
            for problem in saved.result.errors[:10]:
                st.text(problem.format(saved.result.name))
        else:
            st.info(md(f"{draft.move_id} is already in the record: nothing to save."), icon="ℹ️")


render(context.get())
