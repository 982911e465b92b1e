"""Changes: what the record gained and lost since a chosen commit (or day), up to now — the
records added, changed and removed, and the links and net flows that appear, disappear or
change (default filters).

Everything drawn comes from :func:`dashboard.history.diff.diff`, what ``python -m dashboard
diff SINCE`` prints; "now" is the file the dashboard shows, uncommitted edits included.
"""

import streamlit as st

from dashboard.history import git
from dashboard.history.diff import diff, figure_table, resolve
from dashboard.history.versions import Change
from dashboard.live.watch import data_path
from dashboard.text import md
from dashboard.ui import context, routes, state
from dashboard.ui.components import provenance, widgets

RECENT = 30
"""The file's commits offered to compare with, newest first."""
HEAD = "HEAD"


def _offered(repository: git.Repository, commits) -> tuple[list[str], dict[str, str]]:
    """The revisions to choose from, and how each is named."""
    labels = {HEAD: "the last commit (what is not committed yet)"}
    for commit in commits[:RECENT]:
        labels[commit.id] = f"{commit.day} · {commit.short} · {commit.subject} ({commit.author})"
    asked = state.requested(routes.SINCE)
    if asked and asked not in labels:
        try:
            resolve(repository, asked)
            labels[asked] = asked
        except git.GitError:
            pass  # the choice says the link named nothing
    return list(labels), labels


def _record_line(change: Change, names: dict[str, str]) -> str:
    """One record's change, linked to its page where it has one."""
    shown = md(change.id)
    if change.change != "removed" and change.section == "people":
        shown = widgets.link(change.id, routes.PERSON, change.id)
    elif change.change != "removed" and change.section == "organizations":
        shown = widgets.link(names.get(change.id, change.id), routes.ORGANIZATION, change.id)
    fields = f" ({md(', '.join(change.fields))})" if change.fields else ""
    files = f" ({md(change.files[0])} → {md(change.files[1])})" if change.files else ""
    return f"- {change.change} {shown}{files}{fields}"


def render(page: context.PageContext) -> None:
    st.title("Changes")
    path = data_path()
    found = provenance.current_history(path)
    repository = git.find(path)
    if found is None or repository is None:
        st.info("The record file is not in a git repository: there is no earlier version to compare with.")
        return
    options, labels = _offered(repository, found.commits)
    since = state.page_choice("Since", options, param=routes.SINCE, format_func=lambda rev: labels.get(rev, rev),
                              default=HEAD)  # fmt: skip
    try:
        changes = diff(repository, path, since, today=page.dataset.today)
    except git.GitError as err:
        st.error(md(str(err)))
        return
    st.caption(md(f"From {changes.old.label} to now ({path.name} as the dashboard reads it)."))
    st.subheader("Records")
    if not changes.records:
        st.markdown("No record added, changed or removed.")
    sections: dict[str, list[str]] = {}
    for change in changes.records:
        sections.setdefault(change.section, []).append(_record_line(change, changes.names))
    for section, lines in sections.items():
        st.markdown(f"**{md(section)}**\n\n" + "\n".join(lines))
    st.subheader("Flows")
    st.caption(
        "With the default filters: all years, rumoured moves left out, unknown origins and destinations counted."
    )
    if changes.figures is not None:
        if changes.figures:
            st.dataframe(figure_table(changes.figures, changes.names), hide_index=True, width="stretch")
        else:
            st.markdown("No link or net flow changes.")
    for note in changes.notes:
        st.warning(md(note))


render(context.get())
