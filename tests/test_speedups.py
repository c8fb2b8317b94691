"""The indexed attribute ruler and lemmatizer give exactly the stock model's annotations."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from frontwire.nlp.pipeline import MODEL_PACKAGE
from frontwire.nlp.speedups import IndexedAttributeRuler, _single_token_tests, speed_up

# written for this test: auxiliaries used as main verbs, "there is", "gets/got", clitics, spaces,
# numbers, quotes and names, so that every kind of rule in the model's ruler gets to fire
TEXTS = [
    "There were clashes in the north on Monday, and there is no sign they will stop.",
    "The army got the town back; the rebels had done what they could and did not return.",
    "She said that the convoy, which had 12 trucks, gets through once a week.  It didn't today.",
    "Protesters gathered outside the ministry.\n\nPolice fired tear gas at them, witnesses said.",
    "'We're not leaving,' he told reporters in Goma, where M23 fighters've taken two villages.",
    "Those who fled say that that was the worst night; all of them are still in the camps.",
]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Language, Language]:
    stock = spacy.load(MODEL_PACKAGE)
    fast = spacy.load(MODEL_PACKAGE)
    speed_up(fast)
    return stock, fast


def annotations(doc: Doc) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, str(t.head.i), t.ent_type_) for t in doc]


def test_speed_up_swaps_in_the_indexed_ruler(pipelines: tuple[Language, Language]) -> None:
    stock, fast = pipelines
    assert fast.pipe_names == stock.pipe_names
    assert isinstance(fast.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    index = fast.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())


def test_annotations_are_the_stock_models(pipelines: tuple[Language, Language]) -> None:
    stock, fast = pipelines
    for expected, got in zip(stock.pipe(TEXTS), fast.pipe(TEXTS), strict=True):
        assert annotations(got) == annotations(expected)


def test_lemmas_of_inflected_words_survive(pipelines: tuple[Language, Language]) -> None:
    _, fast = pipelines
    lemmas = {t.text: t.lemma_ for t in fast("Militants seized the towns and were fleeing.")}
    assert lemmas["seized"] == "seize"
    assert lemmas["towns"] == "town"
    assert lemmas["fleeing"] == "flee"


def test_rules_added_later_are_applied() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("frontwire_attribute_ruler")
    assert isinstance(ruler, IndexedAttributeRuler)
    ruler.add([[{"LOWER": "ceasefire"}]], {"NORM": "truce"})
    assert nlp("A ceasefire held.")[1].norm_ == "truce"
    ruler.add([[{"LOWER": "held"}], [{"LOWER": "a"}, {"LOWER": "truce"}]], {"NORM": "lasted"})
    doc = nlp("A ceasefire held, then a truce.")
    assert [t.norm_ for t in doc] == ["a", "truce", "lasted", ",", "then", "lasted", "truce", "."]


def test_only_simple_one_token_rules_are_memoised() -> None:
    assert _single_token_tests([{"TAG": "NN", "LOWER": {"IN": ["war", "peace"]}}]) is not None
    assert _single_token_tests([{"DEP": {"NOT_IN": ["det", ""]}}]) is not None
    assert _single_token_tests([{"TAG": "NN"}, {"TAG": "NN"}]) is None
    assert _single_token_tests([{"TEXT": {"REGEX": "^war"}}]) is None
    assert _single_token_tests([{"LOWER": "war", "OP": "?"}]) is None
