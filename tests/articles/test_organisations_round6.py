"""Organisations the record does not know (issue 25, sixth round): each rule on a made-up sentence of
the shape the press corpus has, read against a record with no organisations at all (``--record
empty`` of ``bench/candidates.py``), where every organisation must be found from the text alone."""

from __future__ import annotations

import pytest

from dashboard.articles.candidates import Reader
from support.articles import moves
from support.records import SHIPPED, load


@pytest.fixture(scope="module")
def reader():
    """The shipped record without people, moves or organisations: nothing known but the text."""
    full = load(SHIPPED.read_text(encoding="utf-8")).dataset.document
    empty = {"people": {}, "moves": [], "stays": [], "positions": [], "organizations": {}}
    return Reader(full.model_copy(update=empty))


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # en-004-emarketer-meta-dream-team.yaml (shortened): "Meta" and "Helix" are marked once, then bare
        (
            "Anna Berg left Helix to join Meta in May. Meta has poached Carl Dunn from Helix.",
            "en",
            ("Carl Dunn", "Helix", "Meta"),
        ),
        (
            "Anna Berg verlässt Helix und wechselt zu Quanta. Quanta holt auch Carl Dunn von Helix.",
            "de",
            ("Carl Dunn", "Helix", "Quanta"),
        ),
        (
            "Anna Berg a quitté Helix pour rejoindre Quanta. Quanta a aussi recruté Carl Dunn.",
            "fr",
            ("Carl Dunn", None, "Quanta"),
        ),
    ],
)
def test_an_organisation_marked_once_is_known_in_the_whole_text(reader, text, language, expected):
    """A new organisation found after a marker in a sentence that moves someone is the same
    organisation where the text names it again with no marker: the subject of "has poached"."""
    assert expected in moves(reader.read(text, language=language))


def test_an_organisation_written_as_no_word_is_known_from_a_sentence_without_a_move(reader):
    """'from QuantAI' in a sentence with no word of moving is a firm cue only for a name written as no
    word is (a capital inside it): known in the text's later sentences; a plain word is not."""
    text = "The lab is staffing its team with figures from {0}. Helix has hired Carl Dunn and other {0} engineers."
    # (Helix, the subject of "has hired", is where he goes: the thirteenth round)
    assert ("Carl Dunn", "QuantAI", "Helix") in moves(reader.read(text.format("QuantAI"), language="en"))
    assert moves(reader.read(text.format("Quantix"), language="en")) == {("Carl Dunn", None, "Helix")}


def remembered(reader: Reader, text: str, language: str) -> set[str]:
    """The new organisations the reader knows in the whole text before it reads its sentences."""
    reader.read("", language=language)  # a new document: no names seen before
    return set(reader._organisations_of(text, language))


def test_a_word_of_a_persons_name_is_no_organisation_elsewhere(reader):
    """'from Borsos' is read as an organisation in its sentence, but 'Borsos' is the surname of 'Zalán
    Borsos', whom the text names: the rest of the text does not know it as an organisation."""
    text = "Microsoft hired the audio team from Borsos. Zalán Borsos left DeepMind in May."
    # (Microsoft, the subject of "hired", is an organisation the text names: the thirteenth round)
    assert remembered(reader, text, "en") == {"deepmind", "microsoft"}


def test_an_abbreviation_that_names_nothing_is_not_remembered(reader):
    """'de l’IA' (artificial intelligence) after a marker is no organisation the text knows elsewhere
    (fr-002-hyperai-openai-crise.yaml: 'le directeur de l’IA d’entreprise')."""
    text = "Paul Martin a été nommé directeur de l’IA d’entreprise chez Quanta. Paul Martin quitte Helix."
    assert remembered(reader, text, "fr") == {"helix", "quanta"}
