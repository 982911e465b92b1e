"""The twelfth round (issue 25): a person's organisation told by a role or an apposition rather than
by a small word after the verb. Real sentences of the development part of the press corpus
(``tests/data/press/dev/``, quoted verbatim, the excerpt named above each), read against the shipped
record's organisations as ``bench/candidates.py`` reads them."""

from __future__ import annotations

from support.articles import moves


def test_a_club_with_its_prefix_in_mixed_capitals_is_an_organisation(reader):
    """'VfL', 'VfB': a club's prefix of three letters with a capital inside is an affix, as 'SV' or
    'FC' are (de-027-fussballtransfers-trainer-karussell.yaml): the club the new coach is rumoured for."""
    sentence = (
        "Pierre Littbarski scheint beim VfL Wolfsburg nur auf Abruf zu arbeiten, die Gerüchte ranken sich um "
        "Ralf Rangnick als neuen Trainer in der kommenden Saison."
    )
    assert ("Ralf Rangnick", None, "VfL Wolfsburg") in moves(reader.read(sentence, language="de"))
