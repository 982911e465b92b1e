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
from dashboard.ui import context, routes, state
from dashboard.ui.components import widgets


def _moves(moves) -> str:
    """'15 moves', or '10,000 moves + 276 derived from positions'."""
    derived = int(moves["derived"].sum())
    return f"{len(moves) - derived:,} moves" + (f" + {derived:,} derived from positions" if derived else "")


# An emoji icon: a Material icon as favicon would be fetched from fonts.gstatic.com.
st.set_page_config(page_title="Talent Flows", page_icon="🔀", layout="wide")
# --read-only or $TALENT_FLOWS_READ_ONLY=1 hides the pages that edit the record
navigation = st.navigation(routes.navigation(read_only=config.read_only(sys.argv[1:])))
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
