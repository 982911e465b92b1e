"""Talent Flows dashboard: the router. Run with ``python -m dashboard serve``.

Loads the record (reloading when the file changes), draws the shared sidebar filters, then runs
the chosen page. A broken record shows its errors; the last valid version stays visible below.
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

if __package__ in (None, ""):  # `streamlit run dashboard/ui/app.py` from a checkout without install
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from dashboard import config
from dashboard.live import watch
from dashboard.text import md
from dashboard.ui import context, state
from dashboard.ui.components import widgets

VIEWS = Path(__file__).resolve().parent / "views"
"""One module per page, each ``render(page)`` and a line that calls it. Not named ``pages/``: a
folder of that name beside the entry script is Streamlit's older automatic multipage layout,
which AppTest then follows instead of ``st.navigation``."""


def _moves(moves) -> str:
    """'15 moves', or '10,000 moves + 276 derived from positions'."""
    derived = int(moves["derived"].sum())
    return f"{len(moves) - derived:,} moves" + (f" + {derived:,} derived from positions" if derived else "")


PAGES = [
    st.Page(VIEWS / "overview.py", title="Overview", icon=":material/dashboard:", default=True),
    st.Page(VIEWS / "flows.py", title="Flows", icon=":material/swap_horiz:", url_path="flows"),
    st.Page(VIEWS / "timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page(VIEWS / "organization.py", title="Organisation", icon=":material/apartment:", url_path="organization"),
    st.Page(VIEWS / "person.py", title="Person", icon=":material/person:", url_path="person"),
    st.Page(VIEWS / "cohorts.py", title="Cohorts", icon=":material/groups:", url_path="cohorts"),
    st.Page(VIEWS / "sources.py", title="Sources", icon=":material/article:", url_path="sources"),
]
if not config.read_only(sys.argv[1:]):  # --read-only or $TALENT_FLOWS_READ_ONLY=1 hides it
    PAGES.append(st.Page(VIEWS / "add.py", title="Add a move", icon=":material/add_circle:", url_path="add"))
    PAGES.append(st.Page(VIEWS / "add_source.py", title="Add a source", icon=":material/upload_file:",
                         url_path="add_source"))  # fmt: skip

# An emoji icon: a Material icon as favicon would be fetched from fonts.gstatic.com.
st.set_page_config(page_title="Talent Flows", page_icon="🔀", layout="wide")
navigation = st.navigation(PAGES)
state.start_run()
current = watch.current()

if current.result.errors:
    widgets.error_view(current)
if current.bundle is None:
    st.stop()

filters = state.sidebar_filters(current.bundle)
document = current.bundle.dataset.document
st.sidebar.caption(
    md(f"Record: {current.result.name} · {_moves(current.bundle.moves)} · {len(document.sources):,} sources")
    + (f"  \nLoaded {current.loaded_at:%H:%M:%S}" if current.loaded_at else "")
)
notices = st.container()  # filled after the page ran: pages may find bad values in the link too
context.publish(context.build(current, filters))
try:
    navigation.run()
finally:
    context.release()
with notices:
    state.show_notices()
state.write_url(filters)
