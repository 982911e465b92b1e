"""Notices that tell the truth (issue 17, part 2): a value the filters hide says which filter hides
it; moving between pages never blames a link; the sidebar cohort and the Cohorts page are one
choice; the Organisation page follows a single selected organisation; figures say their level."""

from __future__ import annotations

from support.apptest import PAGES, open_page, texts


def warnings(at) -> list[str]:
    return [warning.value.replace("\\", "") for warning in at.warning]


def test_a_person_the_filters_hide_is_said_to_be_filtered_out_not_to_name_nothing(monkeypatch):
    at = open_page("person", monkeypatch=monkeypatch, who="alexandre-wang", org="mistral-ai")
    assert not at.exception, at.exception
    [notice] = [w for w in warnings(at) if "Alexandre Wang" in w]
    assert notice.startswith("Person Alexandre Wang is filtered out by Organisation = Mistral AI: showing ")
    assert "names nothing" not in " ".join(warnings(at))
    at = open_page("person", monkeypatch=monkeypatch, who="nobody-at-all")
    assert "Ignored who='nobody-at-all' from the link: it names nothing in the data." in warnings(at)


def test_going_from_the_timeline_to_the_organisation_page_blames_no_link(monkeypatch):
    at = open_page("timeline", monkeypatch=monkeypatch)
    at.switch_page(PAGES["organization"]).run()
    assert not at.exception, at.exception
    assert not [w for w in warnings(at) if "from the link" in w]


def test_the_organisation_page_follows_a_single_selected_organisation(monkeypatch):
    at = open_page("organization", monkeypatch=monkeypatch, org="mistral-ai")
    assert at.subheader[0].value == "Mistral AI"
    at = open_page("organization", monkeypatch=monkeypatch)  # no filter: the busiest organisation
    assert at.subheader[0].value == "Meta"
    assert "Meta alone: moves of its 3 unit(s) are not counted here." in texts(
        at
    )  # FAIR, Superintelligence Labs, Gen-AI
    at.toggle(key="p_units").set_value(True).run()
    assert "Meta with its units, as the Overview's top-level figures count it" in texts(at)


def test_the_cohorts_page_and_the_sidebar_are_one_choice(monkeypatch):
    at = open_page("cohorts", monkeypatch=monkeypatch)
    assert at.selectbox(key="c_pick").value is None and at.selectbox(key="f_cohort").value == ""
    at.selectbox(key="c_pick").set_value("llama-paper-authors").run()
    assert at.selectbox(key="f_cohort").value == "llama-paper-authors"  # the sidebar follows the page
    assert "Records: 4 departures, 3 stays, 7 members unrecorded." in texts(at)
    assert "Member statuses read the whole record" in texts(at)
    at.selectbox(key="f_cohort").set_value("").run()  # and the page follows the sidebar
    assert at.selectbox(key="c_pick").value is None
