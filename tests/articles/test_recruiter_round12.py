"""The recruiter and the recruited (issue 25): whoever hires is not proposed, and the organisation
named with them — a role compound ("Der Meta-Chef"), a title before the name ("Meta CEO Mark
Zuckerberg"), a role and "of" ("il Ceo di Meta", "le patron de Meta") — is where the hired go, not
where they come from. The seed document's sentence and the press corpus's are verbatim; the
sentences of the other languages are made up, one shape each, since the development corpus holds
no hiring sentence with the hirer's organisation so named in them."""

from __future__ import annotations

import pytest

from support.articles import moves

SEED = "Mark Zuckerberg meint es bekanntlich ernst mit KI: Der Meta-Chef hat weitere Top-KI-Experten abgeworben."  # seeds/004: the recruiter named, then his role as the subject of the hiring verb


def test_the_recruiter_of_the_seed_sentence_is_not_proposed_and_the_hired_go_to_his_organisation(reader):
    found = reader.read(SEED, language="de")
    assert not any(c.person == "Mark Zuckerberg" for c in found)
    assert [(c.group, c.headcount, c.from_, c.to_id) for c in found] == [
        ("weitere Top-KI-Experten", None, None, "meta")
    ]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Meta CEO Mark Zuckerberg has poached several researchers from OpenAI.",
         ("several researchers", "OpenAI", "Meta")),
        ("it", "Mark Zuckerberg fa sul serio: il Ceo di Meta ha strappato tre ricercatori a OpenAI.",
         ("tre ricercatori", "OpenAI", "Meta")),
        ("fr", "Le patron de Meta a débauché trois chercheurs d'OpenAI.", ("trois chercheurs", "OpenAI", "Meta")),
        ("es", "El presidente de Meta ha fichado a tres investigadores de OpenAI.",
         ("tres investigadores", "OpenAI", "Meta")),
        ("de", "Der Chef von Meta hat drei Forscher von OpenAI abgeworben.", ("drei Forscher", "OpenAI", "Meta")),
        ("de", "Mark Zuckerberg meint es ernst: Der Meta-Chef hat drei Forscher von OpenAI abgeworben.",
         ("drei Forscher", "OpenAI", "Meta")),
    ],
)  # fmt: skip
def test_the_organisation_of_whoever_hires_is_the_destination(reader, language, text, expected):
    assert moves(reader.read(text, language=language)) == {expected}


def test_a_role_compound_names_the_organisation_without_the_role(reader):
    # de-014 (turi2), verbatim: "die OpenAI-Gründer" are where Altman and Brockman come from
    text = ("Künstliches Chaos: Tech-Riese Microsoft holt die OpenAI-Gründer Sam Altman (Foto) und Greg Brockmanin "
            "in ein neues KI-Forschungsteam, kündigt Konzern-Boss Satya Nadella an.")  # fmt: skip
    found = moves(reader.read(text, language="de"))
    assert {("Sam Altman", "OpenAI", "Microsoft"), ("Greg Brockmanin", "OpenAI", "Microsoft")} <= found
