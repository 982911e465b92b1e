"""Candidates for an open post and their denials (issue 25): a sentence that names people as candidates
for a post ("X, Y and Z have been tipped as possible successors", "gilt als Favorit", "è in pole",
"est pressenti pour", "suena para el banquillo") and no other move gives each of them a rumoured move to
the organisation whose post is open -- named in the sentence, else the one the move just before left --
from their own organisation, the one a role or a possessive puts before the name ("Borussia Dortmund boss
Jurgen Klopp", "Atletico Madrid's manager Diego Simeone") or a genitive after it ("X della Fiorentina").
A word of denial in one of the next two sentences that names the candidate ("However Klopp has ruled
himself out", "hat abgesagt", "rechazó") withdraws that candidate.

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up, one per shape, where the corpus has none."""

from __future__ import annotations

import pytest

from support.articles import moves

EN_039 = (
    "Manchester United manager David Moyes has been sacked, only 10 months after succeeding Sir Alex Ferguson.\n"
    "Netherlands coach Louis Van Gaal, Borussia Dortmund boss Jurgen Klopp, Atletico Madrid's manager Diego Simeone"
    " and Paris St-Germain's Laurent Blanc have already been tipped as possible successors.\n"
)
KLOPP_OUT = (
    'However Klopp, 46, has ruled himself out of the job, telling The Guardian: "Man Utd is a great club and I feel'
    " very familiar with their wonderful fans. But my commitment to Borussia Dortmund and the people is not"
    ' breakable."\n'
)


def test_candidates_named_as_possible_successors_come_to_the_club_the_sacked_one_left_real(reader):
    """Real (en-039): before, the sentence of candidates gave nothing (no word of moving)."""
    found = reader.read(EN_039, language="en")
    tipped = [c for c in found if c.pattern == "candidacy"]
    assert {(c.person, c.from_, c.to) for c in tipped} == {
        ("Louis Van Gaal", "Netherlands", "Manchester United"),
        ("Jurgen Klopp", "Borussia Dortmund", "Manchester United"),
        ("Diego Simeone", "Atletico Madrid", "Manchester United"),
        ("Laurent Blanc", "Paris St-Germain", "Manchester United"),
    }
    assert {c.certainty for c in tipped} == {"rumoured"}
    assert all(c.person != "Paris St-Germain" for c in found)  # a possessive's name is the club, no person


def test_a_candidate_who_rules_himself_out_is_withdrawn_real(reader):
    """Real (en-039): Klopp is denied in the next sentence; the other candidates stay."""
    found = moves(reader.read(EN_039 + KLOPP_OUT, language="en"), "candidacy")
    assert not any(person == "Jurgen Klopp" for person, _from, _to in found)
    assert ("Diego Simeone", "Atletico Madrid", "Manchester United") in found


@pytest.mark.parametrize(
    ("language", "text", "candidate", "origin", "club"),
    [
        # made up, one per language and shape
        ("en", "Riverside Rovers manager Tom Hale has been sacked after a poor run.\n"
               "Eastgate's coach Ben Lowe has been tipped as a possible successor.", "Ben Lowe", "Eastgate",
         "Riverside Rovers"),
        ("de", "Der FC Talheim hat Trainer Jonas Weber entlassen.\n"
               "Als Nachfolger gilt Mirko Falk vom SV Lindau als Favorit.", "Mirko Falk", "SV Lindau", "FC Talheim"),
        ("it", "Il Valtorre ha esonerato l'allenatore Marco Zanin.\n"
               "Per la panchina è in pole Luca Ferri della Pianese.", "Luca Ferri", "Pianese", "Valtorre"),
        ("fr", "Le FC Vernon a limogé son entraîneur Paul Garnier.\n"
               "Hugo Malet, l'entraîneur de Lorient, est pressenti pour lui succéder.", "Hugo Malet", "Lorient",
         "FC Vernon"),
        ("es", "El Rayo Norte destituyó a su entrenador Pablo Ruiz.\n"
               "Tomás Varela, técnico del Alcora, suena para el banquillo.", "Tomás Varela", "Alcora", "Rayo Norte"),
    ],
)  # fmt: skip
def test_a_candidate_for_the_post_comes_as_a_rumour_from_their_own_club(reader, language, text, candidate, origin,
                                                                         club):  # fmt: skip
    found = [c for c in reader.read(text, language=language) if c.person == candidate]
    assert [(c.from_, c.to, c.certainty) for c in found] == [(origin, club, "rumoured")]


@pytest.mark.parametrize(
    ("language", "text", "candidate"),
    [
        # made up: a denial that names the candidate in the next sentence
        ("de", "Der FC Talheim hat Trainer Jonas Weber entlassen.\n"
               "Als Nachfolger gilt Mirko Falk vom SV Lindau als Favorit.\nFalk hat inzwischen abgesagt.", "Mirko Falk"),
        ("es", "El Rayo Norte destituyó a su entrenador Pablo Ruiz.\n"
               "Tomás Varela, técnico del Alcora, suena para el banquillo.\nVarela rechazó la oferta del club.",
         "Tomás Varela"),
        ("it", "Il Valtorre ha esonerato l'allenatore Marco Zanin.\n"
               "Per la panchina è in pole Luca Ferri della Pianese.\nMa Ferri ha detto no al Valtorre.", "Luca Ferri"),
    ],
)  # fmt: skip
def test_a_denial_in_the_next_sentence_withdraws_the_candidate(reader, language, text, candidate):
    assert not [c for c in reader.read(text, language=language) if c.person == candidate]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # made up: a denial in the sentence of candidates itself
        ("fr", "Le FC Vernon a limogé son entraîneur Paul Garnier.\n"
               "Hugo Malet, l'entraîneur de Lorient, pressenti pour lui succéder, a décliné."),
        ("en", "Riverside Rovers manager Tom Hale has been sacked after a poor run.\n"
               "Northfield boss Sam Porter, tipped as a possible successor, has ruled himself out."),
    ],
)  # fmt: skip
def test_a_candidate_who_declines_in_the_same_sentence_is_not_proposed(reader, language, text):
    assert not [c for c in reader.read(text, language=language) if c.pattern == "candidacy"]


def test_no_open_post_no_candidate(reader):
    """Made up: with no post open before and none named, a candidate goes nowhere: nothing is proposed."""
    text = "Northfield boss Sam Porter has been tipped as a possible successor."
    assert not reader.read(text, language="en")
