"""The sentence-embedding event-type classifier: its training data, its weights, how it re-codes."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable

import numpy as np
import pytest

from frontwire.api import extract
from frontwire.events import classifier as cls
from frontwire.records import PLOVER_TYPES


def _rows(name: str) -> list[dict[str, str]]:
    text = (cls.DATA / "training" / name).read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_training_files_are_well_formed() -> None:
    acled, plover = _rows("acled.jsonl"), _rows("plover.jsonl")
    for row in acled:
        assert cls.ACLED_EVENT_TYPES[row["sub_event_type"]] == row["event_type"], row
    assert {row["type"] for row in plover} <= set(PLOVER_TYPES) | {"NONE"}
    for rows in (acled, plover):
        texts = [row["text"].strip() for row in rows]
        assert len(texts) == len(set(texts)), "a training sentence appears twice"
    # every label the heads can give has enough examples to be learnt
    assert min(Counter(row["sub_event_type"] for row in acled).values()) >= 30
    assert set(Counter(row["sub_event_type"] for row in acled)) == set(cls.ACLED_EVENT_TYPES)
    assert min(Counter(row["type"] for row in plover).values()) >= 30


def test_shipped_weights_were_trained_on_the_shipped_data() -> None:
    """Editing data/training/ without retraining (python -m frontwire.events.classifier) fails here."""
    with (cls.DATA / cls.WEIGHTS_FILE).open("rb") as handle:
        weights = dict(np.load(handle, allow_pickle=False))
    assert str(weights["training_digest"]) == cls.training_digest()
    assert weights["acled_w"].shape == (384, len(cls.ACLED_EVENT_TYPES) + 1)  # and "no event"


@pytest.fixture(scope="module")
def classifier() -> cls.EventTypeClassifier:
    loaded = cls.load_classifier()
    assert loaded is not None, "the shipped classifier did not load"
    return loaded


# Sentences written for this test, not in the training files.
UNSEEN = [
    (
        "A roadside bomb tore through an army pickup outside the market town, wounding four soldiers.",
        "Remote explosive/landmine/IED",
    ),
    (
        "Hundreds of nurses marched peacefully to the health ministry to demand eight months of back pay.",
        "Peaceful protest",
    ),
    ("Police detained three opposition organisers at their homes before dawn on Tuesday.", "Arrests"),
    (
        "Gunmen on motorbikes stormed the hamlet at night and shot dead five farmers in their fields.",
        "Attack",
    ),
    ("Fighter jets bombed suspected rebel hideouts in the hills for a second day.", "Air/drone strike"),
    (
        "Soldiers and fighters of the armed group exchanged fire for several hours near the bridge.",
        "Armed clash",
    ),
    (
        "Bandits kidnapped a priest and two teachers from a parish house and demanded a ransom.",
        "Abduction/forced disappearance",
    ),
    ("An angry crowd beat a suspected thief to death in the bus station.", "Mob violence"),
    (
        "Army engineers found and defused an explosive device buried under the main road.",
        "Disrupted weapons use",
    ),
    (
        "Riot police fired tear gas and water cannon to break up a student sit-in outside parliament.",
        "Protest with intervention",
    ),
]


def test_the_classifier_reads_sentences_it_never_saw(classifier: cls.EventTypeClassifier) -> None:
    predictions = classifier.predict([text for text, _ in UNSEEN])
    right = [
        max(p.acled, key=p.acled.__getitem__) == label
        for p, (_, label) in zip(predictions, UNSEEN, strict=True)
    ]
    assert sum(right) >= 8, right
    assert all(abs(sum(p.acled.values()) - 1.0) < 1e-4 for p in predictions)


def test_best_gives_the_rules_their_weight() -> None:
    probs = {"Armed clash": 0.4, "Attack": 0.5, "Arrests": 0.1}
    assert cls._best(probs, "Armed clash", rule_weight=1.0) == "Armed clash"  # log .4 + 1 > log .5
    assert cls._best(probs, "Armed clash", rule_weight=0.0) == "Attack"
    assert cls._best(probs, None, rule_weight=5.0) == "Attack"
    assert cls._best({}, "Attack", rule_weight=1.0) is None


def test_the_victim_decides_between_battle_and_attack() -> None:
    # ACLED: violence against armed, organised actors is a battle; against unarmed people, an attack
    assert cls._by_victim("Attack", "police") == "Armed clash"
    assert cls._by_victim("Attack", "rebel") == "Armed clash"
    assert cls._by_victim("Armed clash", "civilians") == "Attack"
    assert cls._by_victim("Armed clash", None) == "Armed clash"
    assert cls._by_victim("Air/drone strike", "state-military") == "Air/drone strike"


def test_victims_named_by_a_noun_make_an_attack() -> None:
    # no actor names the farmers, but the word does: violence against unarmed people
    record = extract("Two farmers were attacked and injured by a rival group over a land dispute near Molo.")
    top = max(record.events, key=lambda e: e.confidence)
    assert top.acled is not None and top.acled.sub_event_type == "Attack"


def test_gunmen_killing_police_officers_is_a_battle() -> None:
    record = extract("Gunmen shot dead two police officers at a checkpoint in Garissa, Kenya, on Monday.")
    top = max(record.events, key=lambda e: e.confidence)
    assert top.acled is not None and top.acled.sub_event_type == "Armed clash"


def test_territorial_events_keep_the_rules_reading() -> None:
    record = extract(
        "Rebels of the Northern Front captured the river port of Malakal on Sunday after the army withdrew.",
        date="2024-06-02",
    )
    territorial = [e for e in record.events if e.territory is not None]
    assert territorial and territorial[0].acled is not None
    assert territorial[0].acled.sub_event_type == "Non-state actor overtakes territory"


def test_recoding_keeps_plover_and_acled_in_step(classifier: cls.EventTypeClassifier) -> None:
    record = extract(
        "Supporters of the two rival candidates hurled stones and clubs at each other in the market town of "
        "Kisii on Saturday, leaving two people injured, police said.",
        date="2024-06-02",
    )
    for event in record.events:
        if event.acled is None:
            continue
        assert cls.ACLED_EVENT_TYPES[event.acled.sub_event_type] == event.acled.event_type
        target = cls.PLOVER_OF_SUB_EVENT.get(event.acled.sub_event_type)
        if target is not None and event.acled.sub_event_type in ("Peaceful protest", "Arrests", "Agreement"):
            assert event.plover.type == target[0]


def test_the_classifier_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cls.CLASSIFIER_ENV, "off")
    assert cls.load_classifier() is None
    monkeypatch.setenv(cls.CLASSIFIER_ENV, "/nonexistent/weights.npz")
    assert cls.load_classifier() is None
    monkeypatch.delenv(cls.CLASSIFIER_ENV)
    assert cls.load_classifier() is not None


def test_a_lede_without_trigger_words_gets_the_event_the_classifier_reads() -> None:
    record = extract("Government troops set up a new base outside Dabo on Sunday.", date="2024-06-02")
    [event] = record.events
    assert event.acled is not None and event.acled.sub_event_type == "Headquarters or base established"
    assert event.plover.type == "MOBILIZE"
    assert event.confidence < 0.5  # a proposal ranks below what a trigger word reports
    assert event.date.start == "2024-06-02"  # "on Sunday" before the article date of Sunday 2 June


def test_a_proposal_weighs_the_event_type_not_one_sub_type() -> None:
    # no trigger word; the classifier spreads the sentence over "Headquarters or base established"
    # and its sibling strategic developments, none of them alone at the bar, together well over it
    record = extract("The army set up new checkpoints on every road into Maiduguri.", date="2024-06-02")
    [event] = record.events
    assert event.acled is not None and event.acled.event_type == "Strategic developments"
    assert event.acled.sub_event_type == "Headquarters or base established"
    assert event.confidence < 0.5


def test_event_types_sum_their_sub_event_types() -> None:
    summed = cls._summed_by_event_type(
        {"Attack": 0.25, "Abduction/forced disappearance": 0.2, "Armed clash": 0.3}
    )
    assert summed == pytest.approx({"Violence against civilians": 0.45, "Battles": 0.3})


@pytest.mark.parametrize(
    "text",
    [
        "The ministry published its annual rainfall report on Tuesday, showing a wet season in the north.",
        "Officials in Juba expect the harvest to improve next year after good rains.",
        "The football team won the regional cup in Kano on Saturday.",
    ],
)
def test_no_event_is_proposed_for_news_without_one(text: str) -> None:
    assert extract(text, date="2024-06-02").events == []


def test_a_weapon_used_is_never_recoded_as_forces_moving(
    classifier: cls.EventTypeClassifier, read: Callable[..., object]
) -> None:
    doc = read("Army units operating near the lake shelled rebel positions outside Kisoro on Friday.")
    event = max(doc._.fw_events, key=lambda e: e.confidence)  # type: ignore[attr-defined]
    assert event.plover.type == "ASSAULT" and event.plover.mode == "heavy-weapons"
    prediction = cls.Prediction({"Change to group/activity": 0.8, "Armed clash": 0.15, cls.NO_EVENT: 0.05})
    recoded = classifier._recode_one(event, prediction, armed=True)
    assert recoded.plover.type == "ASSAULT"
    assert recoded.acled is not None and recoded.acled.event_type != "Strategic developments"


@pytest.mark.parametrize(
    ("sentence", "ruled_out"),
    [
        ("Troops fired with unspecified weapons on the positions of the rebels near Goma.", True),
        ("Troops fired mortars on the positions of the rebels near Goma.", False),
        ("Rebels fired 12.7mm machine guns at the village of Kibati.", False),
        ("Monitors recorded 40 explosions near the front line.", False),
    ],
)
def test_shelling_needs_a_weapon_that_fires_from_afar(sentence: str, ruled_out: bool) -> None:
    assert ("Shelling/artillery/missile attack" in cls._ruled_out_by(sentence)) is ruled_out


def test_violence_is_never_recoded_as_a_non_violent_development(
    classifier: cls.EventTypeClassifier, read: Callable[..., object]
) -> None:
    doc = read("Gunmen shot dead two guards at a bank in Kano on Friday.")
    event = max(doc._.fw_events, key=lambda e: e.confidence)  # type: ignore[attr-defined]
    assert event.plover.type == "ASSAULT"
    # however sure the sentence's embedding is of ACLED's "Other", the verb read violence
    prediction = cls.Prediction({"Other": 0.9, "Attack": 0.06, cls.NO_EVENT: 0.04})
    recoded = classifier._recode_one(event, prediction, armed=True)
    assert recoded.acled is not None and recoded.acled.sub_event_type != "Other"


@pytest.mark.parametrize(
    ("text", "ruled_out"),
    [
        ("Police seized two tons of cannabis at a checkpoint outside Kisumu on Monday.", True),
        ("Customs officers impounded 400 cartons of smuggled cigarettes in Busia.", True),
        ("Police seized two rifles and 300 rounds of ammunition at a checkpoint near Kisumu.", False),
        ("Soldiers defused a roadside bomb on the Mandera road.", False),
    ],
)
def test_no_weapon_named_no_weapons_use_disrupted(text: str, ruled_out: bool) -> None:
    assert ("Disrupted weapons use" in cls._ruled_out_by(text)) is ruled_out


def test_seized_drugs_are_no_disrupted_weapons_use() -> None:
    events = extract("Police seized two tons of cannabis at a checkpoint outside Kisumu on Monday.").events
    assert events and all(
        e.acled is None or e.acled.sub_event_type != "Disrupted weapons use" for e in events
    )


def test_a_killing_is_not_recoded_as_a_movement_of_forces(
    classifier: cls.EventTypeClassifier, read: Callable[..., object]
) -> None:
    doc = read("Six people were killed in fighting between armed groups near Bunia on Friday.")
    [event] = doc._.fw_events  # type: ignore[attr-defined]
    assert event.fatalities == 6
    # a sentence that also tells of a curfew may look like a change of activity: the dead say violence
    prediction = cls.Prediction({"Change to group/activity": 0.9, "Armed clash": 0.06, cls.NO_EVENT: 0.04})
    recoded = classifier._recode_one(event, prediction, armed=False)
    assert recoded.plover.type == "ASSAULT"


@pytest.mark.parametrize(
    ("sentence", "only_captives"),
    [
        ("Troops killed six gunmen and freed 14 kidnapped travellers near Birnin Gwari.", True),
        ("Police rescued the hostages on Friday.", True),
        ("Soldiers killed two kidnappers and rescued three abducted pupils.", True),
        ("Gunmen kidnapped 14 travellers near Birnin Gwari.", False),
        ("Fourteen travellers were abducted by gunmen.", False),
        ("Troops killed six gunmen near Birnin Gwari.", False),
    ],
)
def test_captives_set_free_tell_of_no_abduction(sentence: str, only_captives: bool) -> None:
    assert cls.tells_only_of_captives(sentence) is only_captives
    assert ("Abduction/forced disappearance" in cls._ruled_out_by(sentence)) is only_captives


def test_a_rescue_with_a_fight_is_a_battle_not_an_abduction() -> None:
    record = extract(
        "Nigerian troops killed six bandits and freed 14 kidnapped travellers in Kaduna state on Friday.",
        date="2025-03-02",
    )
    fight = next(e for e in record.events if e.plover.type == "ASSAULT")
    assert fight.acled is not None and fight.acled.sub_event_type == "Armed clash"


@pytest.mark.parametrize(
    ("sentence", "only_ground"),
    [
        ("The rebels said they had captured the town of Hpakant after weeks of fighting.", True),
        ("Insurgents seized the last army base in the district on Monday.", True),
        ("Gunmen captured two soldiers near the border.", False),
        ("Militants took the district headquarters and seized three policemen.", False),
        ("Rebels overran the town and took 12 aid workers hostage.", False),
        ("Troops killed six gunmen near Birnin Gwari.", False),
    ],
)
def test_a_taking_of_ground_tells_of_no_abduction(sentence: str, only_ground: bool) -> None:
    assert cls.takes_only_ground(sentence) is only_ground
    assert ("Abduction/forced disappearance" in cls._ruled_out_by(sentence)) is (
        only_ground or cls.tells_only_of_captives(sentence)
    )
