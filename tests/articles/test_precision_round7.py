"""Who is not proposed (issue 25, seventh round: precision): words that are no person's name, and
people a sentence names who do not move. Each rule on real sentences of the development part of the
press corpus (``tests/data/press/dev/``, the file named beside it) where there is one, and in a second
language where the grammar has the same shape, read against the shipped record's organisations as
``bench/candidates.py`` reads them."""

from __future__ import annotations

import pytest

from support.articles import moves

# --- a demonstrative that opens a sentence is no name of one word -------------------------------


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # es-024-biobiochile-sutskever-deja-openai.yaml (with OpenAI for "la empresa emergente de San Francisco")
        ("es", "Esta destitución sorpresiva sumió a la empresa emergente de OpenAI en varios días de confusión."),
        ("es", "Estos despidos dejaron a OpenAI sin equipo de seguridad."),
        ("fr", "Ces départs ont affaibli OpenAI cette année."),
        ("fr", "Cette démission a surpris OpenAI."),
    ],
)
def test_a_demonstrative_before_a_noun_of_moving_is_no_name(reader, language, sentence):
    assert reader.read(sentence, language=language) == []
