"""English shapes of the development corpus's misses and wrong candidates (issue 25, round 15, second
part): how the English press tells who moves, and whom it only names beside a move.

- a time clause opens with no name ("Prior to joining Quorra, Jane Doe worked at Globex", "Upon leaving
  Quorra, …");
- a member of a parliament is a title in capitals ("Tory MP Jane Doe has defected to Labour"), as is "EIC";
- a person's possessive before a noun of a company or a party ("quit Rishi Sunak's party", "left Jane Doe's
  firm", "el partido de Pedro Sánchez") names no organisation, and that person moves nowhere;
- an organisation that says its bare post's holder leaves is the origin ("Tesco said Wednesday that CEO
  Dave Lewis will step down"), also past a description ("Britain's biggest retailer Tesco");
- a successor's own employer, before a role and the name ("will be replaced by Walgreens Boots Alliance
  executive Ken Murphy"), is where the successor comes from, and no side of the one who leaves; a name
  before ", Quorra said" does not speak: the organisation does;
- "parachuted into" joins;
- a name in an opening condition ("If Sam Altman is to be believed, …") vouches, it does not move;
- a second name in a relative clause of no move ("X, who had worked there alongside co-founder Y") moves
  nowhere;
- a partitive group ("many of its top AI researchers", "several of Quorra's engineers", "plusieurs de ses
  meilleurs chercheurs", "varios de sus mejores investigadores", "molti dei suoi migliori ricercatori") is a
  group; in English its owner is where a hiring verb takes them from;
- "attracted" hires ("Meta has attracted other prominent AI leaders, including X");
- the person an English verb of joining takes before "at" ("has joined Mara Lind at Globex"), and a name
  after a preposition of rank ("brought in above Jane Doe"), are no movers.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``); the
others are made up, with names the record does not know."""

from __future__ import annotations

import pytest

from support.articles import moves

# --- words that open a sentence or stand before a name ---------------------------------------------------


def test_a_time_clause_opens_with_no_name_real(reader):
    # real: en-042-livemint-bansal-meta.yaml
    text = (
        "Prior to joining OpenAI full-time in 2022, Bansal worked as a research intern at other major tech "
        "companies, including Microsoft and Google."
    )
    assert all(c.person != "Prior" for c in reader.read(text, language="en"))


def test_a_time_clause_opens_with_no_name(reader):
    found = moves(reader.read("Prior to joining Globex in 2022, Mara Lind worked at Quorra.", language="en"))
    assert all(who != "Prior" for who, _origin, _destination in found)
    assert any(who == "Mara Lind" and destination == "Globex" for who, _origin, destination in found)
    found = moves(reader.read("Upon leaving Quorra, Mara Lind joined Globex.", language="en"))
    assert found == {("Mara Lind", "Quorra", "Globex")}


@pytest.mark.parametrize(
    "text",
    [
        # real: en-043-standard-party-defections-parliament.yaml
        "Tory MP Natalie Elphicke has defected to Labour, hitting out at the “broken promises of Rishi Sunak’s "
        "tired and chaotic Government”.",
        "Labour MP Mara Lind has defected to the Liberal Democrats.",
    ],
)
def test_an_mp_is_a_title_not_an_organisation(reader, text):
    found = moves(reader.read(text, language="en"))
    assert found and all("MP" not in (origin, destination) for _who, origin, destination in found)


def test_being_elected_an_mp_is_no_move_real(reader):
    # real: en-043-standard-party-defections-parliament.yaml
    text = (
        "Ms Elphicke was elected as Dover’s Conservative MP in 2019, taking over the seat which had been held "
        "by her disgraced, then-husband Charlie, who was jailed for two years after being found guilty in 2020 "
        "of sexually assaulting two women."
    )
    assert moves(reader.read(text, language="en")) == set()


def test_eic_is_a_title_not_an_organisation(reader):
    text = "Mara Lind, who has been EIC at the Quorra Herald since 2019, has joined Globex."
    found = moves(reader.read(text, language="en"))
    assert found and all("EIC" not in (origin, destination) for _who, origin, destination in found)


# --- a person's party or firm ------------------------------------------------------------------------------


def test_a_persons_party_is_no_organisation_real(reader):
    # real: en-043-standard-party-defections-parliament.yaml
    text = (
        "Dr Dan Poulter, a working mental health doctor, quit Rishi Sunak’s party in April saying it is "
        "“failing” the health service."
    )
    assert all("Rishi Sunak" not in (c.from_, c.to, c.person) for c in reader.read(text, language="en"))


@pytest.mark.parametrize(
    "text",
    ["Mara Lind quit Jane Doe's party in May and joined Labour.", "Mara Lind left Jane Doe's firm to join Globex."],
)
def test_a_persons_possessive_names_no_organisation(reader, text):
    found = moves(reader.read(text, language="en"))
    assert {who for who, _origin, _destination in found} == {"Mara Lind"}
    assert all("Jane Doe" not in (origin, destination) for _who, origin, destination in found)


@pytest.mark.parametrize(
    "text",
    [
        "Mara Lind abandonó el partido de Pedro Sánchez y se unió a Globex.",
        "Mara Lind dejó el partido de Jane Doe para fichar por Globex.",
    ],
)
def test_a_persons_party_in_spanish(reader, text):
    """The Spanish "el partido de X" says whose the party is, as "la empresa de X" does: X moves nowhere."""
    assert moves(reader.read(text, language="es")) == {("Mara Lind", None, "Globex")}


def test_a_persons_firm_is_none_an_organisations_team_is_its(reader):
    """A person's firm names no organisation; an organisation's own team is still where someone leaves."""
    assert moves(reader.read("Mara Lind left Jane Doe's firm to join Globex.", language="en")) == {
        ("Mara Lind", None, "Globex")
    }
    assert ("Mara Lind", "Quorra", "Globex") in moves(
        reader.read("Mara Lind left Quorra's team to join Globex.", language="en")
    )


# --- an organisation's statement of its head leaving, and a successor from elsewhere -----------------------


def test_the_organisation_that_says_its_ceo_steps_down_real(reader):
    # real: en-044-businessstandard-tesco-lewis-murphy.yaml
    text = (
        "Britain's biggest retailer Tesco said Wednesday that CEO Dave Lewis will step down next year, after "
        'declaring his mission "complete" to turn around the group\'s fortunes.'
    )
    assert ("Dave Lewis", "Tesco", None) in moves(reader.read(text, language="en"))


@pytest.mark.parametrize(
    "text",
    [
        "Quorra said on Monday that its chief executive Mara Lind will step down.",
        "The German carmaker Quorra said on Friday that its chief executive Mara Lind would leave in May.",
    ],
)
def test_the_organisation_that_says_its_head_leaves(reader, text):
    assert ("Mara Lind", "Quorra", None) in moves(reader.read(text, language="en"))


def test_only_a_bare_post_is_the_speakers(reader):
    """A post another organisation holds ("Globex CEO") is not the speaker's; a bare one is."""
    found = moves(reader.read("Quorra said that Globex CEO Mara Lind will join it.", language="en"))
    assert all(origin != "Quorra" for _who, origin, _destination in found)
    found = moves(reader.read("Quorra said that chief executive Mara Lind will step down.", language="en"))
    assert found == {("Mara Lind", "Quorra", None)}


def test_a_successor_from_another_company_real(reader):
    # real: en-044-businessstandard-tesco-lewis-murphy.yaml
    text = (
        "Britain's biggest retailer Tesco said Wednesday that CEO Dave Lewis will step down next year, after "
        'declaring his mission "complete" to turn around the group\'s fortunes.\n'
        "Lewis, who has axed thousands of jobs in a radical overhaul of the supermarket chain since arriving "
        "five years ago, is leaving for personal reasons and will be replaced by Walgreens Boots Alliance "
        "executive Ken Murphy, Tesco said in a statement."
    )
    found = moves(reader.read(text, language="en"))
    assert ("Ken Murphy", "Walgreens Boots Alliance", "Tesco") in found
    assert ("Dave Lewis", "Walgreens Boots Alliance", None) not in found


def test_a_successor_from_another_company(reader):
    found = moves(reader.read("Quorra CEO Mara Lind will be replaced by Globex executive Jane Doe.", language="en"))
    assert found == {("Mara Lind", "Quorra", None), ("Jane Doe", "Globex", "Quorra")}


def test_the_successors_own_employer_is_not_the_predecessors(reader):
    found = moves(reader.read("Mara Lind will be replaced by Globex executive Jane Doe.", language="en"))
    assert ("Jane Doe", "Globex", None) in found
    assert all(who != "Mara Lind" or origin != "Globex" for who, origin, _destination in found)


def test_parachuted_into_joins_real(reader):
    # real: en-044-businessstandard-tesco-lewis-murphy.yaml
    text = (
        "Former Unilever director Lewis was parachuted into Tesco in July 2014 to help turn around the group, "
        "which at the time was mired in an accounting scandal and fierce competition in home market Britain."
    )
    assert ("Lewis", "Unilever", "Tesco") in moves(reader.read(text, language="en"))


def test_parachuted_into_joins(reader):
    found = moves(reader.read("Former Quorra executive Mara Lind was parachuted into Globex in 2019.", language="en"))
    assert ("Mara Lind", "Quorra", "Globex") in found


# --- names beside a move: a condition, a relative clause, the one joined, a rank ---------------------------


def test_a_name_in_an_opening_condition_vouches_real(reader):
    # real: en-042-livemint-bansal-meta.yaml
    text = (
        "If OpenAI chief Sam Altman is to be believed, Meta is offering its new joiners from OpenAI signing "
        "bonuses of up to $100 million to lure them into joining the social media giant's AI efforts."
    )
    assert all(c.person != "Sam Altman" for c in reader.read(text, language="en"))


def test_a_name_in_an_opening_condition_vouches(reader):
    text = "If Mara Lind is right, Globex is luring engineers into joining it from Quorra."
    assert all("Mara" not in (who or "") for who, _o, _d in moves(reader.read(text, language="en")))


def test_a_condition_that_tells_a_move_still_moves(reader):
    """A word of moving inside the condition makes its name a mover, and "If" is no part of the name."""
    found = moves(reader.read("If Mara Lind leaves Quorra, she will join Globex.", language="en"))
    assert ("Mara Lind", "Quorra", "Globex") in found


def test_a_colleague_in_a_relative_clause_real(reader):
    # real: en-042-livemint-bansal-meta.yaml
    text = (
        "One of the employees who left OpenAI for Meta is Trapit Bansal, who had worked at the company since "
        "2022 and is credited with kickstarting the ChatGPT maker's reinforcement learning efforts alongside "
        "co-founder Ilya Sutskever."
    )
    found = moves(reader.read(text, language="en"))
    assert ("Trapit Bansal", "OpenAI", "Meta") in found
    assert all(who != "Ilya Sutskever" for who, _origin, _destination in found)


def test_a_colleague_in_a_relative_clause(reader):
    """A relative clause of its own names who moves in the main clause still ("who both worked at Quorra")."""
    text = "One of the employees who left Quorra for Globex is Mara Lind, who had worked there alongside co-founder Jane Doe."
    assert moves(reader.read(text, language="en")) == {("Mara Lind", "Quorra", "Globex")}
    found = moves(reader.read("Mara Lind and Jane Doe, who both worked at Quorra, joined Globex.", language="en"))
    assert {("Mara Lind", "Quorra", "Globex"), ("Jane Doe", "Quorra", "Globex")} <= found


@pytest.mark.parametrize(
    "text",
    ["Jane Doe has joined Mara Lind at Globex.", "Jane Doe joined his old boss Mara Lind at Globex."],
)
def test_the_person_joined_at_an_organisation_moves_nowhere(reader, text):
    assert moves(reader.read(text, language="en")) == {("Jane Doe", None, "Globex")}


def test_the_person_joined_at_an_organisation_real(reader):
    # real: en-020-windowscentral-suleyman-three-deepmind.yaml
    text = (
        "Microsoft AI CEO Mustafa Suleyman was a co-founder of DeepMind and has hired several former colleagues "
        "to lead AI efforts at Microsoft.\nNow, three more former colleagues have joined Suleyman at Microsoft."
    )
    assert all(not c.quote.startswith("Now,") for c in reader.read(text, language="en"))


def test_the_person_joined_is_only_a_name_before_at(reader):
    """Joining an organisation at a time still joins it."""
    found = moves(reader.read("Jane Doe joined Quorra United at the start of the season.", language="en"))
    assert ("Jane Doe", None, "Quorra United") in found
    assert moves(reader.read("Jane Doe has joined Mara Lind at Globex.", language="en")) == {
        ("Jane Doe", None, "Globex")
    }


@pytest.mark.parametrize(
    "text", ["Mara Lind was brought in at Globex above Jane Doe.", "Globex hired Mara Lind over Jane Doe."]
)
def test_a_name_after_a_preposition_of_rank_moves_nowhere(reader, text):
    assert moves(reader.read(text, language="en")) == {("Mara Lind", None, "Globex")}


# --- groups told as someone's people, and a verb of attracting ---------------------------------------------


def test_a_partitive_group_poached_from_its_owner_real(reader):
    # real: en-042-livemint-bansal-meta.yaml
    text = (
        "OpenAI has had a major headache on its hands in recent days as Meta has poached many of its top AI "
        "researchers."
    )
    assert ("many of its top AI researchers", "OpenAI", "Meta") in moves(reader.read(text, language="en"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Globex has poached many of Quorra's top researchers.", ("many of Quorra's top researchers", "Quorra", "Globex")),
        ("Globex hired several of Quorra's engineers.", ("several of Quorra's engineers", "Quorra", "Globex")),
        ("Apple has a problem as Google has poached several of its engineers.",
         ("several of its engineers", "Apple", "Google")),
    ],
)  # fmt: skip
def test_a_partitive_group_poached_from_its_owner(reader, text, expected):
    assert expected in moves(reader.read(text, language="en"))


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        ("fr", "Globex a débauché plusieurs de ses meilleurs chercheurs.", "plusieurs de ses meilleurs chercheurs"),
        ("es", "Globex ha fichado a varios de sus mejores investigadores.", "varios de sus mejores investigadores"),
        ("it", "Globex ha assunto molti dei suoi migliori ricercatori.", "molti dei suoi migliori ricercatori"),
    ],
)
def test_a_partitive_group_in_the_romance_languages(reader, language, text, group):
    """The partitive reaches past its possessive and an adjective in French, Spanish and Italian too."""
    assert (group, None, "Globex") in moves(reader.read(text, language=language))


def test_attracting_people_hires_them_real(reader):
    # real: en-008-thetechportal-pang-meta.yaml
    text = (
        "Meta has successfully attracted other prominent AI leaders, including Alexandr Wang, former CEO of "
        "Scale AI, startup founder Daniel Gross, and former GitHub CEO Nat Friedman."
    )
    found = moves(reader.read(text, language="en"))
    assert ("Alexandr Wang", "Scale AI", "Meta") in found
    assert ("Nat Friedman", "GitHub", "Meta") in found


def test_attracting_people_hires_them(reader):
    found = moves(reader.read("Globex has attracted Mara Lind from Quorra.", language="en"))
    assert ("Mara Lind", "Quorra", "Globex") in found
