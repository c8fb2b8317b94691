"""Who the events' actors are, as ACLED names them, and PLOVER readings of statements.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from frontwire.events.lexicon import load_lexicon
from frontwire.records import EventCandidate


def events_of(read: Callable[..., object], text: str) -> list[EventCandidate]:
    doc = read(text, "2025-03-02")
    assert not doc._.fw_errors  # type: ignore[attr-defined]
    return list(doc._.fw_events)  # type: ignore[attr-defined]


def top(events: list[EventCandidate]) -> EventCandidate:
    assert events
    return max(events, key=lambda e: e.confidence)


def test_the_subject_of_a_light_verb_acts_the_event_noun(read: Callable[..., object]) -> None:
    event = top(events_of(read, "Kenyan troops brought fresh reinforcements to Mandera on Sunday."))
    assert event.plover.type == "MOBILIZE"
    assert event.actor1 == "Military Forces of Kenya"


def test_the_side_that_suffers_an_attack_does_not_act_it(read: Callable[..., object]) -> None:
    event = top(events_of(read, "Residents of Beni suffered a night attack on Tuesday."))
    assert event.actor1 is None or not event.actor1.startswith("Civilians")


def test_a_state_weapon_with_a_demonym_is_that_state_military(read: Callable[..., object]) -> None:
    event = top(events_of(read, "A Turkish drone struck a vehicle near Qamishli in Syria on Monday."))
    assert event.actor1 == "Military Forces of Turkey"
    made = events_of(read, "Rebels fired Iranian-made missiles at Marib city on Monday.")
    assert all(e.actor1 != "Military Forces of Iran" for e in made)


def test_an_agent_of_a_participle_acts(read: Callable[..., object]) -> None:
    text = "Shells fired by Houthi forces hit a market in Taiz, Yemen, on Friday."
    event = top(events_of(read, text))
    assert event.actor1 == "Military Forces of Yemen Supreme Political Council"


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        ("Somali troops clashed with al Shabaab fighters near Beledweyne on Sunday.",
         "Military Forces of Somalia", "Al Shabaab"),
        ("Taliban fighters fought against Afghan commandos in Helmand on Friday.",
         "Taliban", "Military Forces of Afghanistan"),
        # "with" after a one-sided verb names the weapon, not an opponent
        ("Gunmen attacked Kenyan police with rifles in Garissa on Sunday.",
         "Unidentified Armed Group (Kenya)", "Police Forces of Kenya"),
    ],
)  # fmt: skip
def test_the_other_side_of_a_fight(read: Callable[..., object], text: str, actor1: str, actor2: str) -> None:
    event = top(events_of(read, text))
    assert (event.actor1, event.actor2) == (actor1, actor2)


def test_between_names_both_sides(read: Callable[..., object]) -> None:
    text = "Clashes erupted between the Somali army and Al-Shabaab fighters near Jowhar on Monday."
    event = top(events_of(read, text))
    assert event.actor1 == "Military Forces of Somalia"
    assert event.actor2 == "Al Shabaab"


def test_members_of_a_named_force_act_as_it(read: Callable[..., object]) -> None:
    text = "Members of the Kenya Defence Forces clashed with gunmen near Lamu on Friday."
    event = top(events_of(read, text))
    assert event.actor1 == "Military Forces of Kenya"


def test_dissidents_or_a_splinter_of_a_named_group_act_as_it(read: Callable[..., object]) -> None:
    text = (
        "Soldiers of the army fought ELN fighters near Tame on Friday. Separately, dissidents of the "
        "FARC ambushed a patrol near Jamundi on Saturday."
    )
    ambush = next(e for e in events_of(read, text) if e.trigger.text == "ambushed")
    assert ambush.actor1 == "FARC: Revolutionary Armed Forces of Colombia"
    ambush = top(events_of(read, "A network of Fano militias ambushed a convoy near Gondar on Friday."))
    assert ambush.actor1 == "Fano Militia"


def test_a_named_group_claims_an_unattributed_bombing(read: Callable[..., object]) -> None:
    text = (
        "A roadside bomb struck a police vehicle near Garissa, Kenya, on Monday, killing two officers. "
        "Al-Shabaab claimed responsibility for the blast."
    )
    event = top(events_of(read, text))
    assert event.acled is not None and event.acled.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor1 == "Al Shabaab"


def test_wounded_soldiers_in_a_story_of_one_group(read: Callable[..., object]) -> None:
    text = (
        "On 3 June, ISWAP fighters fired mortars at a base near Monguno, Nigeria. "
        "Three soldiers were wounded."
    )
    events = events_of(read, text)
    wounded = [e for e in events if e.trigger.text == "wounded"]
    assert all(e.actor1 != "Military Forces of Nigeria" for e in wounded)


def test_arrests_without_a_named_force_are_the_police(read: Callable[..., object]) -> None:
    event = top(events_of(read, "Over 40 traders were arrested in Eldoret, Kenya, on Friday."))
    assert event.plover.type == "COERCE"
    assert event.actor1 == "Police Forces of Kenya"


def test_a_headline_passive_without_be(read: Callable[..., object]) -> None:
    event = top(events_of(read, "Three villagers abducted near Kaduna, Nigeria"))
    assert event.actor2 is not None and event.actor2.startswith("Civilians")
    assert event.actor1 == "Unidentified Armed Group (Nigeria)"
    shared = top(events_of(read, "Villagers shot and killed a suspected thief in Kano, Nigeria."))
    assert shared.actor1 is not None and not shared.actor1.startswith("Unidentified")


def test_a_protest_against_violence_stays_a_peaceful_protest(read: Callable[..., object]) -> None:
    text = (
        "On 4 May, teachers staged a human chain in Rangpur, Bangladesh, against the vandalism of a "
        "school and the assault on a colleague."
    )
    event = top(events_of(read, text))
    assert event.plover.type == "PROTEST"
    assert event.acled is not None and event.acled.event_type == "Protests"
    assert event.actor1 == "Protesters (Bangladesh)"


def test_a_riot_is_acted_by_rioters(read: Callable[..., object]) -> None:
    text = "Demonstrators in Kisumu, Kenya, hurled stones at police and set tyres on fire on Monday."
    event = top(events_of(read, text))
    assert event.acled is not None and event.acled.event_type == "Riots"
    assert event.actor1 == "Rioters (Kenya)"


def test_police_of_no_named_country_keep_acled_name_without_it(read: Callable[..., object]) -> None:
    event = top(events_of(read, "Police shot dead a robbery suspect on Monday night."))
    assert event.actor1 == "Police Forces"


def test_grenade_launchers_are_not_hand_grenades(read: Callable[..., object]) -> None:
    text = (
        "Separatist fighters fired grenade launchers and machine guns at army positions near "
        "Donetsk, Ukraine."
    )
    event = top(events_of(read, text))
    assert event.acled is not None and event.acled.sub_event_type != "Grenade"


# ------------------------------------------------------------------ PLOVER statements


@pytest.mark.parametrize(
    ("text", "plover_type"),
    [
        ("The foreign minister said on Monday that Ruritania must withdraw its troops.", "REQUEST"),
        ("The council concluded that donor states should double their funding for clinics.", "REQUEST"),
        ("The president said his government will not allow foreign observers into the country.", "REJECT"),
        ("Negotiators from both sides failed to reach an agreement in Geneva on Sunday.", "REJECT"),
        ("A court in Lyon indicted the former minister on corruption charges on Tuesday.", "ACCUSE"),
        ("The prosecutor opened an investigation into the deaths of three detainees.", "ACCUSE"),
        ("The embassy lodged a formal protest with the foreign ministry over the arrests.", "ACCUSE"),
        ("The army lifted its siege of the northern town on Thursday.", "RETREAT"),
        ("The agency handed over medicine and tents to the flood victims in Sindh.", "AID"),
        # an amount is handed over for what it measures
        ("Volunteers handed over 300 kilograms of food to flood victims in Sindh.", "AID"),
        ("The Red Cross gave displaced families food and blankets in Sindh.", "AID"),
        ("The government ended talks with the rebel movement on Friday.", "SANCTION"),
        ("The donor reduced food supplies to the camp after reports of theft.", "SANCTION"),
    ],
)  # fmt: skip
def test_statements_and_acts_in_plover(read: Callable[..., object], text: str, plover_type: str) -> None:
    assert top(events_of(read, text)).plover.type == plover_type


def test_a_demand_on_oneself_is_no_request(read: Callable[..., object]) -> None:
    events = events_of(read, "The minister said it must defend its borders.")
    assert all(e.plover.type != "REQUEST" for e in events)


def test_object_lists_accept_regular_plurals() -> None:
    spec = load_lexicon().single["reduce"]
    assert spec.for_object("supply", False) is not None


def test_a_country_named_as_actor_is_its_forces_or_its_government(read: Callable[..., object]) -> None:
    force = top(events_of(read, "Ruritania deployed two battalions to its northern border on Monday."))
    assert force.plover.type == "MOBILIZE"
    assert force.actor1 is None or force.actor1.startswith("Military Forces of")
    kenya = top(events_of(read, "Kenya deployed troops to the border with Somalia on Monday."))
    assert kenya.actor1 == "Military Forces of Kenya"
    talk = top(events_of(read, "Ghana agreed to send election observers to Togo."))
    assert talk.actor1 == "Government of Ghana"


def test_a_government_acting_by_force_is_coded_as_its_force(read: Callable[..., object]) -> None:
    arrest = top(
        events_of(read, "Authorities arrested twelve opposition activists in Harare, Zimbabwe, on Monday.")
    )
    assert arrest.actor1 == "Police Forces of Zimbabwe"
    talks = top(events_of(read, "The government of Zimbabwe said it would hold talks with the unions."))
    assert talks.actor1 == "Government of Zimbabwe"


def test_a_country_that_acts_is_named_by_its_state_with_its_mention(read: Callable[..., object]) -> None:
    doc = read("Sri Lanka has restored diplomatic ties with Iran after a ten-year break.", "2025-03-02")
    event = top(list(doc._.fw_events))  # type: ignore[attr-defined]
    assert event.actor1 == "Government of Sri Lanka"
    # the country's name is kept as the mention of the state it stands for
    assert any(
        m.text == "Sri Lanka" and m.name == "Government of Sri Lanka"
        for m in doc._.fw_actors  # type: ignore[attr-defined]
    )
    # "the United States": a country's name of several words is the country, not a modifier of it
    event = top(events_of(read, "The United States and Peru signed a trade agreement on Friday."))
    assert event.actor1 == "Government of the United States"


def test_it_in_a_countrys_own_report_is_that_country(read: Callable[..., object]) -> None:
    event = top(events_of(read, "Norway said on Sunday it will resume talks with the rebels next week."))
    assert event.actor1 == "Government of Norway", event
    # not the armed group named before: the country says what it did
    closing = [
        e for e in events_of(read, "Rebels shelled the town, and Tanzania said it had closed its border.")
    ]
    assert any(e.actor1 == "Government of Tanzania" for e in closing), closing


def test_a_countrys_parliament_and_envoys_act_for_it(read: Callable[..., object]) -> None:
    event = top(
        events_of(read, "On Tuesday the Latvian parliament approved a law on the use of minority languages.")
    )
    assert event.actor1 == "Government of Latvia", event
    # an aspectual verb carries the event noun: who speeds up a withdrawal withdraws
    event = top(events_of(read, "Canada sped up the withdrawal of its trainers from Mali on Friday."))
    assert event.plover.type == "RETREAT" and event.actor1 == "Military Forces of Canada", event


def test_a_harm_told_without_its_doer_is_the_cause_clauses(read: Callable[..., object]) -> None:
    # the killing is the drone strike's, not the attack told the sentence before
    text = (
        "Fano fighters attacked Gondar on Monday. The regional police said a policeman was killed "
        "when government drones struck a market near Bahir Dar on Sunday."
    )
    killing = [e for e in events_of(read, text) if e.trigger.text == "killed"]
    assert [(e.actor1, e.actor2) for e in killing] == [
        ("Military Forces of Ethiopia", "Police Forces of Ethiopia")
    ]


def test_the_word_a_group_was_named_by_points_back_to_it(read: Callable[..., object]) -> None:
    events = events_of(
        read,
        "Houthi rebels fired a missile at a camp near Marib on Friday, killing five people. The attack came "
        "as the rebels pressed an offensive on government positions in Sirwah.",
    )
    offensive = next(e for e in events if e.trigger.text == "offensive")
    assert offensive.actor1 == "Military Forces of Yemen Supreme Political Council"


def test_a_story_that_says_no_one_claimed_the_attack_names_no_doer(read: Callable[..., object]) -> None:
    events = events_of(
        read,
        "A roadside bomb killed four soldiers near Menaka in Mali on Tuesday. No group claimed "
        "responsibility. Fighters loyal to the Islamic State Sahel Province have long been active in "
        "the area.",
    )
    bombing = next(e for e in events if e.fatalities == 4)
    assert bombing.actor1 == "Unidentified Armed Group (Mali)"
    # a suspect named in the same breath is the story's suspect
    events = events_of(
        read,
        "Gunmen shot dead six labourers near Turbat on Monday. No one immediately claimed responsibility, "
        "but suspicion fell on the Baloch Liberation Army.",
    )
    shooting = next(e for e in events if e.fatalities == 6)
    assert shooting.actor1 is not None and "Baloch Liberation Army" in shooting.actor1


def test_a_rally_s_owner_holds_it_whoever_breaks_it_up(read: Callable[..., object]) -> None:
    events = events_of(
        read,
        "Police beat supporters of the opposition in Khulna on Friday during the BNP's rally against "
        "fuel prices.",
    )
    rally = next(e for e in events if e.plover.type == "PROTEST")
    assert rally.actor1 == "Protesters (Bangladesh)"


def test_a_doerless_report_marked_as_another_incident_takes_no_earlier_doer(
    read: Callable[..., object],
) -> None:
    events = events_of(
        read,
        "Burundian soldiers attacked a rebel camp near Uvira on Sunday. In a separate incident on "
        "Monday, a bus was ambushed on the road to Fizi and two passengers were abducted.",
    )
    later = [e for e in events if e.trigger.text in ("ambushed", "abducted")]
    assert later and all(e.actor1 != "Military Forces of Burundi" for e in later)


def test_a_state_of_affairs_names_no_doer_of_the_next_report(read: Callable[..., object]) -> None:
    events = events_of(
        read,
        "Kenyan troops have been fighting the insurgents in Boni forest since 2015. A bus was ambushed "
        "near Mpeketoni on Monday, police said.",
    )
    ambush = next(e for e in events if e.trigger.text == "ambushed")
    assert ambush.actor1 != "Military Forces of Kenya"


def test_a_weapon_named_as_subject_is_fired_by_the_side_named_before(read: Callable[..., object]) -> None:
    events = events_of(
        read,
        "Chadian troops shelled rebel positions near Faya on Tuesday, and a mortar round struck a school, "
        "wounding three pupils.",
    )
    assert events
    assert {e.actor1 for e in events if e.plover.type == "ASSAULT"} == {"Military Forces of Chad"}


def test_forces_loyal_to_a_government_are_its_military(read: Callable[..., object]) -> None:
    event = top(
        events_of(read, "Fighters loyal to the Somali government recaptured the town of Baidoa on Sunday.")
    )
    assert event.has_territory
    assert event.actor1 == "Military Forces of Somalia"


def test_a_self_declared_state_acts_through_its_own_forces(read: Callable[..., object]) -> None:
    events = events_of(
        read,
        "Puntland's government said on Monday that its troops had shelled al Shabaab hideouts in the "
        "Cal Miskaad mountains near Bosaso.",
    )
    shelling = next(e for e in events if e.plover.type == "ASSAULT")
    assert shelling.actor1 == "Military Forces of Puntland"


def test_haitian_gangs_by_name_and_their_gunmen(read: Callable[..., object]) -> None:
    """A named gang is that gang, and "gunmen" later in its story are its men."""
    text = (
        "Members of the 400 Mawozo gang attacked the town of Croix-des-Bouquets on Monday. "
        "Gunmen set fire to a church, residents said."
    )
    events = events_of(read, text)
    assert events and all(e.actor1 == "400 Mawozo Gang" for e in events if e.plover.type == "ASSAULT")
