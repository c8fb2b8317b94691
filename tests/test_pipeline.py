"""Tests of the pipeline's own tokenizer rules, read through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language


def test_hyphenated_prefixes_stay_one_word(nlp: Language) -> None:
    words = [t.text for t in nlp.make_doc("Troops re-captured the town and pre-positioned supplies.")]
    assert "re-captured" in words and "pre-positioned" in words


def test_a_double_hyphen_parts_the_words_it_touches(nlp: Language) -> None:
    words = [t.text for t in nlp.make_doc("SPRINGFIELD, Ill.--(BUSINESS WIRE)--Acme Corp. said so.")]
    assert words[:4] == ["SPRINGFIELD", ",", "Ill.", "--"]
    assert "Acme" in words
    # a single hyphen inside a word is left as the stock rules have it
    assert [t.text for t in nlp.make_doc("a well-known co-operative")][-1] == "co-operative"


def test_a_press_release_dateline_names_its_state(read: Callable[..., object]) -> None:
    doc = read("SPRINGFIELD, Ill.--(BUSINESS WIRE)--Acme Corp. said on Monday it would hire 200 people.")
    places = {t.text: t.entry for t in doc._.fw_toponyms}  # type: ignore[attr-defined]
    assert places["Ill."] is not None and places["Ill."].feature == "admin1"
    assert places["SPRINGFIELD"] is not None and places["SPRINGFIELD"].admin1 == "Illinois"
