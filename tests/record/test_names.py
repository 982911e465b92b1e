"""Names compared as a reader compares them: accents, case, quotes, spaces and invisible characters
don't make two names different (search, duplicate warnings)."""

from __future__ import annotations

from dashboard.analysis.filters import Filters, filter_moves
from dashboard.analysis.tables import moves_table
from dashboard.record.names import fold
from support.records import SHIPPED, load, replace_once

TEXT = SHIPPED.read_text(encoding="utf-8")


def with_people(*entries: str) -> str:
    return replace_once(TEXT, "\npeople:\n", "\npeople:\n" + "".join(entries))


def test_fold_maps_the_spellings_of_one_name_together():
    assert fold("Stuhlmüller") == fold("Stuhlmuller") == fold("STUHLMÜLLER")
    assert fold("O'Keefe") == fold("O’Keefe") == fold("O\u200bKeefe") == fold("o keefe")
    assert fold("Ｔｉｍｏｔｈéｅ") == fold("Timothee")  # full-width letters (NFKD)
    assert fold("Lee") != fold("Li")


def test_person_search_ignores_accents_case_quotes_and_spaces():
    result = load(with_people('  stuhlmueller:\n    name: "Andreas Stuhlmüller"\n    aliases: ["A. Stuhlmüller"]\n'))
    assert result.ok
    dataset = result.dataset
    moves = moves_table(dataset)
    found = filter_moves(moves, dataset, Filters(query="lacroix"))
    assert set(found["person_id"]) == {"timothee-lacroix"}
    for query in ("Timothee", "timothée", "TIMOTHEE LACROIX", "timothee-lacroix", "timothée  lacroix"):
        assert set(filter_moves(moves, dataset, Filters(query=query))["person_id"]) == {"timothee-lacroix"}, query
    from dashboard.analysis.filters import _people_matching

    assert _people_matching(dataset, "Stuhlmuller") == {"stuhlmueller"}  # the example
    assert _people_matching(dataset, "a stuhlmuller") == {"stuhlmueller"}  # an alias
    # an unnamed group's description is searched the same way
    groups = filter_moves(moves, dataset, Filters(query="SCHWEIZ"))
    assert groups.empty
    groups = filter_moves(moves, dataset, Filters(query="three  scientists"))
    assert set(groups["group"].dropna()) == {"three scientists who had recently set up an OpenAI office in Switzerland"}


def test_look_alike_names_are_warned_about():
    result = load(
        with_people(
            '  okeefe-1:\n    name: "Ann O\'Keefe"\n',
            '  okeefe-2:\n    name: "Ann O’Keefe"\n',
            '  zero-width:\n    name: "Yann\u200b LeCun"\n',
        )
    )
    assert result.ok
    alike = [problem for problem in result.warnings if problem.code == "look-alike-people"]
    assert [(problem.message, problem.path[1]) for problem in alike] == [
        ("'Ann O’Keefe' is also the name of 'okeefe-1' (written alike): two people or one?", "okeefe-2"),
        ("'Yann LeCun' is also the name of 'zero-width' (written alike): two people or one?", "yann-lecun"),
    ]  # the shipped Yann LeCun comes after the zero-width one added at the top of the section
    plain = load(with_people('  other-ann:\n    name: "Ann Other"\n'))
    assert not [problem for problem in plain.warnings if problem.code == "look-alike-people"]


def test_look_alike_organisation_names_are_warned_about():
    text = replace_once(
        TEXT, "\norganizations:\n", '\norganizations:\n  meta-accent:\n    name: "Méta"\n    kind: company\n'
    )
    result = load(text)
    assert result.ok
    [alike] = [problem for problem in result.warnings if problem.code == "look-alike-organisations"]
    assert alike.message == "organisation name 'Meta' is written like 'meta-accent': one organisation or two?"
