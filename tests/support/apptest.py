"""Opening the dashboard in Streamlit's AppTest (server side, no browser) and reading what it drew."""

from __future__ import annotations

import json
import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from dashboard.config import DATA_ENV
from support.records import REPO, SHIPPED

APP = str(REPO / "dashboard" / "ui" / "app.py")
PAGES = {
    "overview": "views/overview.py",
    "flows": "views/flows.py",
    "timeline": "views/timeline.py",
    "organization": "views/organization.py",
    "person": "views/person.py",
    "cohorts": "views/cohorts.py",
    "retention": "views/retention.py",
    "sources": "views/sources.py",
    "changes": "views/changes.py",
    "add": "views/add.py",
    "add_source": "views/add_source.py",
}


def open_page(page: str = "overview", data: Path = SHIPPED, monkeypatch=None, **params) -> AppTest:
    """Run the app on ``page`` with URL query ``params``, as a browser opening that link would."""
    if monkeypatch is not None:
        monkeypatch.setenv(DATA_ENV, str(data))
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    if page == "overview":
        return at.run()
    return at.switch_page(PAGES[page]).run()


def edited_record(tmp_path: Path, *replacements: tuple[str, str]) -> Path:
    """A copy of the shipped record (beside the shipped seeds) with each (old, new) replaced once."""
    (tmp_path / "data").mkdir(exist_ok=True)
    if not (tmp_path / "seeds").exists():
        (tmp_path / "seeds").symlink_to(REPO / "seeds")
    text = SHIPPED.read_text(encoding="utf-8")
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "data" / "events.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def url(at: AppTest) -> dict[str, list[str]]:
    """The app's URL query parameters, each as a list of values."""
    return {key: value if isinstance(value, list) else [value] for key, value in at.query_params.items()}


def figures(at: AppTest) -> list[dict]:
    """The plotly figures the page draws (each chart element carries its figure's JSON)."""
    return [json.loads(json.loads(element.proto.json)["figure"]) for element in charts(at)]


def charts(at: AppTest) -> list:
    return [element for element in at.get("bidi_component") if element.proto.component_name == "talent_flows_chart"]


def sankey(at: AppTest) -> dict:
    [trace] = [trace for figure in figures(at) for trace in figure["data"] if trace["type"] == "sankey"]
    return trace


def link_names(trace: dict) -> list[tuple[str, str]]:
    labels = trace["node"]["label"]
    return [(labels[s], labels[t]) for s, t in zip(trace["link"]["source"], trace["link"]["target"], strict=True)]


def texts(at: AppTest) -> str:
    """All Markdown, captions and alerts of the page, with Markdown escapes removed."""
    parts = [element.value for kind in ("markdown", "caption", "warning", "error", "info", "success", "title", "subheader",
                                        "toast") for element in getattr(at, kind)]  # fmt: skip
    return re.sub(r"\\(.)", r"\1", "\n".join(str(part) for part in parts))


def drop_widget_state(at: AppTest, *keys: str) -> None:
    """Forget the widgets ``keys`` as Streamlit does when a run that switches page is cut short
    (streamlit/streamlit#8425): their values leave the session, and the browser, which no longer
    shows them, sends none on the next run. Reaches into Streamlit's internals (1.67): AppTest has
    no public way to do this, and deleting a widget's key through ``at.session_state`` is refused."""
    sent = at._tree.get_widget_states()
    state = at.session_state._state._state  # AppTest's wrapper → SafeSessionState → SessionState
    ids = set()
    for key in keys:
        widget_id = state._key_id_mapper.get_id_from_key(key)
        ids.add(widget_id)
        for store in (state._old_state, state._new_session_state):
            store.pop(widget_id, None)
            store.pop(key, None)
        state._new_widget_state.states.pop(widget_id, None)
    kept = [widget for widget in sent.widgets if widget.id not in ids]
    del sent.widgets[:]
    sent.widgets.extend(kept)
    at._tree.get_widget_states = lambda: sent  # the next run only: a run builds a new tree
