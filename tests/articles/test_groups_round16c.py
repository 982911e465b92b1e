"""Unnamed groups that move (issue 25, round 16): a plural noun of people of a trade, with no number and no
quantifier, right after a verb of hiring or losing someone, or after its partitive article ("Globex poached
researchers from Quorra", "a recruté des chercheurs de Quorra", "ha fichado a investigadores de Quorra",
"hat Forscher von Quorra abgeworben") is a group of unknown headcount; a subject that only speaks or
protests ("Researchers say …") is none. A German compound of an organisation and a noun of people
("OpenAI-Forscher") names the group's employer, its origin. A counted group whose members are all named
after a colon ("avec deux autres chercheurs : X et Y") is those people, no candidate of its own (the
labelling manual makes such a group optional).

A sentence marked *real* is quoted verbatim from the development corpus (``tests/data/press/dev``);
the others are made up."""

from __future__ import annotations

import pytest

from support.articles import moves


@pytest.mark.parametrize(
    ("language", "text", "group"),
    [
        ("en", "Globex poached researchers from Quorra.", "researchers"),
        ("en", "Quorra lost engineers to Globex.", "engineers"),
        ("de", "Globex hat Forscher von Quorra abgeworben.", "Forscher"),
        ("es", "Globex ha fichado a investigadores de Quorra.", "investigadores"),
        ("fr", "Globex a recruté des chercheurs de Quorra.", "chercheurs"),
        ("it", "Globex ha assunto ricercatori da Quorra.", "ricercatori"),
    ],
)
def test_a_plural_of_no_number_after_a_verb_of_hiring_or_losing_is_a_group(reader, language, text, group):
    """Before, a group needed a number or a quantifier ("three researchers", "several engineers")."""
    assert (group, "Quorra", "Globex") in moves(reader.read(text, language=language))


def test_the_italian_idiom_of_poaching_hires_a_group(reader):
    # real: it-044-ainotizie-zhao-meta-superintelligenza.yaml
    text = (
        "Notizie recenti riportano come l'azienda stia 'saccheggiando' ricercatori da OpenAI, Apple, Google e "
        "Anthropic, offrendo pacchetti retributivi da capogiro, che si dice possano arrivare fino a 100-300 "
        "milioni di dollari in quattro anni per i profili di punta."
    )
    found = reader.read(text, language="it")
    assert any(c.group == "ricercatori" and c.from_ == "OpenAI" for c in found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Researchers say the model is good."),
        ("en", "Employees protested at Quorra."),
        ("fr", "Les chercheurs de Quorra affirment que le modèle est bon."),
        ("es", "Los empleados protestaron en Quorra."),
        ("it", "I ricercatori di Quorra dicono che il modello è buono."),
        ("de", "Forscher von Quorra sagen, das Modell sei gut."),
    ],
)
def test_a_plural_that_only_speaks_or_protests_moves_nowhere(reader, language, text):
    """Guards against the rule reaching a subject: no verb of hiring or losing governs the noun."""
    assert moves(reader.read(text, language=language)) == set()


def test_a_plural_shown_by_named_examples_is_no_group(reader):
    # real: fr-003-kulturegeek-meta-recrute-trois.yaml (its first clause)
    text = (
        "Si cette méthode a permis de recruter des profils prestigieux, comme le CEO de Scale AI, Alexandr Wang, "
        "grâce à un investissement de 14 milliards de dollars."
    )
    assert all(c.group is None for c in reader.read(text, language="fr"))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Meta hat mehrere OpenAI-Forscher angeheuert.", "mehrere OpenAI-Forscher"),
        ("Globex hat einige OpenAI-Mitarbeiter abgeworben.", "einige OpenAI-Mitarbeiter"),
    ],
)
def test_an_organisation_joined_to_a_noun_of_people_is_the_groups_origin(reader, text, group):
    """Before, the perfect's participle made the compound's organisation the hiring side (a German shape)."""
    found = moves(reader.read(text, language="de"))
    assert (group, "OpenAI", text.split()[0]) in found


def test_a_row_of_further_researchers_is_a_group(reader):
    # real: de-041-appgefahren-pang-apple-meta.yaml
    text = "Im vergangenen Monat hat das Unternehmen eine Reihe weiterer OpenAI-Forscher angeheuert."
    found = reader.read(text, language="de")
    assert any(c.group and c.group.endswith("OpenAI-Forscher") and c.from_ == "OpenAI" for c in found)


@pytest.mark.parametrize(
    ("language", "text", "people", "organisation"),
    [
        # real: fr-007-alimso-arthur-mensch.yaml
        ("fr", "En février 2023, il a décidé de quitter DeepMind pour créer sa propre entreprise, Mistral AI, avec "
         "deux autres chercheurs français : Guillaume Lample et Timothée Lacroix.",
         ("Guillaume Lample", "Timothée Lacroix"), "Mistral AI"),
        ("en", "Quorra lost two researchers to Globex: Mara Lind and Jane Doe.", ("Mara Lind", "Jane Doe"), "Quorra"),
        ("de", "Quorra hat zwei Forscher an Globex verloren: Mara Lind und Jane Doe.", ("Mara Lind", "Jane Doe"),
         "Quorra"),
    ],
)  # fmt: skip
def test_a_group_all_named_after_a_colon_is_its_members(reader, language, text, people, organisation):
    found = reader.read(text, language=language)
    assert all(c.group is None for c in found)
    assert {c.person for c in found if organisation in (c.from_, c.to)} >= set(people)


def test_a_group_named_only_in_part_after_a_colon_stays(reader):
    found = reader.read("Quorra lost three researchers to Globex: Mara Lind and Jane Doe.", language="en")
    assert ("three researchers", "Quorra", "Globex") in moves(found)
