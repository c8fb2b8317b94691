"""Tests of the pipeline's own tokenizer rules, read through the whole pipeline."""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language

from frontwire.nlp.pipeline import wire_dateline_end, wire_dateline_span


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


def test_a_common_word_opening_a_line_is_no_town(read: Callable[..., object]) -> None:
    # "Driver" is a town of the Northern Territory; here it opens a line and the text says "drivers"
    text = (
        "Road deaths rose in Western Australia, Victoria and the Northern Territory.\n"
        '"People have made poor decisions."\n'
        "Driver clocked doing 190km/h in a 100 zone\n"
        "Since Friday, more than 500 drivers have been fined."
    )
    doc = read(text)
    found = {t.text for t in doc._.fw_toponyms}  # type: ignore[attr-defined]
    assert found == {"Western Australia", "Victoria", "Northern Territory"}


def test_a_blank_line_ends_a_sentence(read: Callable[..., object]) -> None:
    # a headline has no full stop: it is a sentence of its own all the same, and the dateline
    # under it is not cut into words
    doc = read(
        "Floods cut the road to Beledweyne as river bursts its banks\n\n"
        "MOGADISHU, Oct 2 (Wire) - Floodwater from the Shabelle river cut the main road to "
        "Beledweyne on Wednesday, and thousands of families left their homes."
    )
    sentences = [s.text.strip() for s in doc.sents]  # type: ignore[attr-defined]
    assert sentences[0] == "Floods cut the road to Beledweyne as river bursts its banks"
    assert all(len(s.split()) > 2 for s in sentences)


def test_a_dateline_under_a_headline_is_found() -> None:
    text = "Floods cut the road to Beledweyne\n\nMOGADISHU, Oct 2 (Wire) - Floodwater cut the road."
    assert text[wire_dateline_end(text) :].strip() == "Floodwater cut the road."
    assert wire_dateline_end("NAIROBI, March 3 (Wire) - Police said.") == len("NAIROBI, March 3 (Wire) -")
    # a dash deep in a story's fourth line is no dateline
    assert wire_dateline_end("One.\nTwo.\nThree.\nLAGOS, May 1 (Wire) - Four.") == 0


def test_a_dateline_of_two_cities_is_one_dateline() -> None:
    text = "NEW DELHI/ISLAMABAD (Reuters) - India and Pakistan traded fire."
    assert text[: wire_dateline_end(text)] == "NEW DELHI/ISLAMABAD (Reuters) -"


def test_a_headline_s_last_name_is_cut_at_the_blank_line(read: Callable[..., object]) -> None:
    # the model reads a headline's last word and the blank line under it as one entity
    doc = read(
        "Gangs storm prison in Haiti's Mirebalais\n\n"
        "PORT-AU-PRINCE, April 1 (Wire) - Gang members stormed the prison in the town of "
        "Mirebalais overnight, freeing hundreds of inmates."
    )
    assert all("\n" not in e.text for e in doc.ents)  # type: ignore[attr-defined]
    headline = [t for t in doc._.fw_toponyms if t.start < 40]  # type: ignore[attr-defined]
    assert [(t.text, t.entry.feature if t.entry else None) for t in headline] == [
        ("Haiti", "country"),
        ("Mirebalais", "city"),
    ]


def test_a_headline_above_a_dateline_is_no_part_of_it() -> None:
    text = "Rebels take Kidal\n\nBAMAKO, Nov 14 (Wire) - Rebels took the town."
    start, end = wire_dateline_span(text)
    assert text[start:end] == "BAMAKO, Nov 14 (Wire) -"
    assert wire_dateline_span("No dateline here.") == (0, 0)
