"""The confidence a candidate shows in the confirm step (issue 25): higher for what right candidates
had on the press corpus's development part — both sides named, an organisation of the record, a
pattern that ties the person to the move — and lower for a rumour. Read with the shared reader (the
shipped record's organisations, nobody known): a real sentence of the corpus, and short sentences of
the shapes the corpus has, made up here to hold everything else equal."""

from __future__ import annotations

from support.articles import moves


def _only(reader, text, language, person):
    found = [c for c in reader.read(text, language=language) if c.person and person in c.person]
    assert len(found) == 1, found
    return found[0]


def test_a_move_with_both_sides_and_a_known_organisation_is_surer_than_a_word_of_moving_with_one_new_side(reader):
    # en-008 (thetechportal), verbatim: both sides, both in the record, a hire
    text = (
        "In addition to this, Meta has recently brought on Yuanzhi Li, a top researcher from OpenAI, and Anton "
        "Bakhtin, who previously worked on the Claude AI model at Anthropic PBC, alongside numerous other OpenAI "
        "researchers in the past month."
    )
    sure = _only(reader, text, "en", "Yuanzhi Li")
    # made up: one side, a club the record does not know, a word of moving alone
    doubtful = _only(reader, "Ronald Arana dejó el Guabirá tras los malos resultados.", "es", "Arana")
    assert (sure.from_id, sure.to_id) == ("openai", "meta") and sure.pattern != "move-verb"
    assert doubtful.from_id is None and doubtful.to_id is None
    assert sure.confidence >= 0.7 > doubtful.confidence


def test_a_rumour_is_less_sure_than_the_same_move_stated(reader):
    stated = _only(reader, "Jan Leike verlässt OpenAI und wechselt zu Anthropic.", "de", "Leike")
    rumoured = _only(reader, "Jan Leike soll OpenAI verlassen und zu Anthropic wechseln.", "de", "Leike")
    assert (stated.certainty, rumoured.certainty) == ("stated", "rumoured")
    assert rumoured.confidence < stated.confidence
    assert moves([stated]) == moves([rumoured])


def test_both_sides_named_count_for_more_than_one_side_the_record_knows(reader):
    # made up: two clubs nobody records, on both sides, against one lab of the record on one side
    both = _only(reader, "Der Trainer Paul Weber wechselt von Hertha BSC zum Hamburger SV.", "de", "Weber")
    one = _only(reader, "Die Forscherin Katrin Vogel verlässt OpenAI.", "de", "Vogel")
    assert both.from_ and both.to and not (both.from_id or both.to_id)
    assert (one.from_id, one.to) == ("openai", None)
    assert both.confidence > one.confidence


def test_a_candidate_names_its_group_with_the_headcount_the_text_gives_and_alone_without_one():
    from dashboard.articles.candidates import Candidate

    base = dict(quote="q", kind="move", person=None, person_id=None, from_=None, from_id=None, to="Meta",
                to_id="meta", date="2025", date_precision="year", date_kind="reported", certainty="stated",
                existing_move=None, confidence=0.5)  # fmt: skip
    assert Candidate(**base, group="drei Forscher", headcount=3).who() == "3 × drei Forscher"
    assert Candidate(**base, group="weitere Top-KI-Experten", headcount=None).who() == "weitere Top-KI-Experten"
    assert Candidate(**{**base, "person": "Ada Alpha"}, group=None, headcount=None).who() == "Ada Alpha"
