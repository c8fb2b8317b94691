"""Where an event is: the places named with it, read by events/places.py (sentences written here)."""

from __future__ import annotations

from collections.abc import Callable

from frontwire.records import EventCandidate


def events_of(read: Callable[..., object], text: str) -> list[EventCandidate]:
    doc = read(text, "2025-03-02")
    assert not doc._.fw_errors  # type: ignore[attr-defined]
    return list(doc._.fw_events)  # type: ignore[attr-defined]


def main_place(read: Callable[..., object], text: str) -> str:
    """The name of the place of the most confident event read in ``text`` (asserted to exist)."""
    events = events_of(read, text)
    assert events
    top = max(events, key=lambda e: e.confidence)
    assert top.place is not None, top
    return top.place.name


def test_a_country_that_modifies_a_noun_says_whose_not_where(read: Callable[..., object]) -> None:
    events = events_of(
        read, "Militants ambushed Kenyan soldiers on Tuesday while they escorted a convoy, in Mandera."
    )
    assert events
    top = max(events, key=lambda e: e.confidence)
    assert top.place is not None and top.place.name == "Mandera"


def test_a_town_situated_by_its_state_is_the_place(read: Callable[..., object]) -> None:
    events = events_of(read, "On Friday, unknown men torched a bus in Celaya, Guanajuato.")
    assert events
    top = max(events, key=lambda e: e.confidence)
    assert top.place is not None and top.place.name == "Celaya"


def test_a_landmark_a_place_is_told_by_is_not_the_place(read: Callable[..., object]) -> None:
    # "east of Lexington" says where Pike County is; the attack was in the county
    assert (
        main_place(read, "On Monday, gunmen attacked a church in Pike County east of Lexington.")
        == "Pike County"
    )
    # with no other place named, the landmark is still the best there is
    assert main_place(read, "On Monday, an air strike hit a compound 20 km west of Kandahar.") == "Kandahār"


def test_a_place_named_only_by_who_speaks_or_in_the_next_sentence(read: Callable[..., object]) -> None:
    # the lede names the town only as where the speaker is; that beats the country
    assert (
        main_place(
            read,
            "A radio presenter in Garissa town in Kenya said on Friday he had been abducted by men who "
            "questioned him about his reports.",
        )
        == "Garissa"
    )
    assert (
        main_place(
            read, "A bomb exploded when a lorry drove over it. Police in Garissa said two people were hurt."
        )
        == "Garissa"
    )


def test_countries_that_act_together_are_not_the_places(read: Callable[..., object]) -> None:
    events = events_of(
        read, "On Sunday, Russia and Turkey held a joint patrol in Kobani countryside in Aleppo."
    )
    assert events
    assert all(e.place is not None and e.place.feature != "country" for e in events), [
        e.place for e in events
    ]


def test_where_forces_came_from_is_not_the_place(read: Callable[..., object]) -> None:
    # the town they left is smaller than the province they reached, but they arrived in the province
    events = events_of(
        read, "Army reinforcements from the city of Kandahar arrived in Ghazni province on Tuesday."
    )
    mobilised = [e for e in events if e.plover.type == "MOBILIZE"]
    assert mobilised and mobilised[0].place is not None and mobilised[0].place.name == "Ghazni"


def test_the_ends_of_a_road_are_landmarks(read: Callable[..., object]) -> None:
    # the checkpoints are in the town named, somewhere on the road between its two ends
    assert (
        main_place(read, "On Monday, soldiers set up checkpoints along the Garissa-Dadaab road in Masalani.")
        == "Masalani"
    )
    # with nothing else named, an end of the road is the best there is
    assert main_place(read, "Bandits ambushed a lorry on the Garissa-Dadaab road on Monday.") in (
        "Garissa",
        "Dadaab",
    )


def test_brackets_after_a_region_name_a_smaller_place(read: Callable[..., object]) -> None:
    assert (
        main_place(
            read,
            "Rebels shelled farms in southern Somalia (Afgooye, Lower Shabelle) on Monday, a witness said.",
        )
        == "Afgooye"
    )


def test_a_phrase_fronted_before_coordinated_verbs_frames_both(read: Callable[..., object]) -> None:
    # dated ten days before the report: the place must come from the clause, not from the story
    events = events_of(
        read, "On 20 February, in Kandahar, gunmen stormed a police post and killed four officers."
    )
    assert events and all(e.place is not None and e.place.name == "Kandahār" for e in events), [
        (e.trigger, e.place) for e in events
    ]


def test_the_capital_a_demonym_names(read: Callable[..., object]) -> None:
    assert (
        main_place(read, "On Sunday, a car bomb exploded near a market in the Somali capital.") == "Mogadishu"
    )
    assert main_place(read, "Protesters blocked roads in Kenya's capital on Sunday.") == "Nairobi"


def test_brackets_that_situate_an_unknown_place_are_not_the_place(read: Callable[..., object]) -> None:
    # "Kotbari" is in no gazetteer: its brackets say where it is, the town named first is the place
    assert (
        main_place(
            read,
            "On 1 March 2025, rival groups clashed in Dinajpur town, Kotbari (Dinajpur zila, Rangpur), "
            "during a rally.",
        )
        == "Dinajpur"
    )


def test_a_later_sentence_without_a_place_stays_in_the_division_named_before(
    read: Callable[..., object],
) -> None:
    # the arrests are in the county the story opened in, not in the country a superlative names
    text = (
        "On Monday, in Nyanturago village, Kisii County, police found 300 litres of illicit brew. "
        "The haul was the largest of its kind in Kenya this year. Six people were arrested."
    )
    [arrest] = [e for e in events_of(read, text) if e.trigger.text == "arrested"]
    assert arrest.place is not None and arrest.place.feature == "admin1", arrest.place


def test_a_town_in_a_country_s_division_is_the_place(read: Callable[..., object]) -> None:
    # "northern Kenya" stands for a whole side of the country, and the county it owns situates
    # the town as the country does: the event is in the town
    assert (
        main_place(read, "Militants raided Moyale in northern Kenya's Marsabit county on Sunday.") == "Moyale"
    )
    text = "Gunmen attacked the village of Gwoza in northeastern Nigeria's Borno state on Sunday."
    assert main_place(read, text) == "Gwoza"


def test_countries_that_act_are_not_where_the_event_is(read: Callable[..., object]) -> None:
    text = (
        "Fighting between the army and the RSF spread to El Fasher on Friday. Saudi Arabia and the "
        "United States called on both sides to stop the fighting."
    )
    doc = read(text)
    [request] = [e for e in doc._.fw_events if e.plover.type == "REQUEST"]  # type: ignore[attr-defined]
    assert request.place is None or request.place.country == "SD"


def test_the_city_of_a_sentence_is_the_city_named_before(read: Callable[..., object]) -> None:
    # "the city" hung on the verb of hearing is still where the explosions were, not the province
    # the last event was in
    text = (
        "Fighting broke out in Aden on Monday. Gunmen attacked a checkpoint in Abyan province on "
        "Tuesday. Explosions were heard in the western districts of the city on Wednesday, residents said."
    )
    places = [e.place.name for e in events_of(read, text) if e.place is not None]
    assert places == ["Aden", "Abyan", "Aden"]


def test_a_place_the_gazetteer_lacks_stops_the_story_moving_on(read: Callable[..., object]) -> None:
    # the raid was in a town the gazetteer does not know: the casualties told after it are there,
    # not in the town the next paragraph names
    text = (
        "Troops raided a rebel camp in the village of Kalbuanga Dayo on Tuesday, the army said. Three "
        "soldiers were wounded in the fighting.\n\nThe rebels were blamed for a 2019 bombing in Jolo."
    )
    wounded = [e for e in events_of(read, text) if e.trigger.text == "wounded"]
    assert all(e.place is None or e.place.name != "Jolo" for e in wounded)


def test_where_a_spokesman_spoke_is_not_where_the_fighting_was(read: Callable[..., object]) -> None:
    text = '"Our positions were shelled all night," an army spokesman told reporters in Kinshasa on Monday.'
    shelled = [e for e in events_of(read, text) if e.plover.type == "ASSAULT"]
    assert shelled and all(e.place is None or e.place.name != "Kinshasa" for e in shelled)


def test_a_place_named_as_a_direction_is_not_where_the_event_was(read: Callable[..., object]) -> None:
    text = (
        "NIAMEY, June 2 (Wire) - Rebels overran a Nigerien army post on Sunday, forcing soldiers to "
        "retreat towards the Chadian border."
    )
    events = events_of(read, text)
    assert events and all(e.place is None or e.place.name != "Chad" for e in events)


def test_the_far_side_of_a_border_is_no_place_of_the_event(read: Callable[..., object]) -> None:
    text = (
        "Burkina Faso's army said it had repelled jihadists in the town of Djibo on Saturday.\n\n"
        "Gunmen attacked a gendarmerie post near the border with Niger on Friday."
    )
    doc = read(text, "2025-03-02")
    places = {t.text: t.entry for t in doc._.fw_toponyms}  # type: ignore[attr-defined]
    assert places["Niger"] is not None and places["Niger"].country == "NE"  # a place all the same
    attack = next(e for e in doc._.fw_events if e.trigger.text == "attacked")  # type: ignore[attr-defined]
    assert attack.place is not None and attack.place.country == "BF"


def test_a_side_of_a_country_holds_its_towns(read: Callable[..., object]) -> None:
    text = "Rebels attacked the town of Bozoum in northwestern Central African Republic on Sunday."
    (attack,) = events_of(read, text)
    assert attack.place is not None and attack.place.name == "Bozoum"


def test_a_state_that_brokered_talks_is_not_where_they_met(read: Callable[..., object]) -> None:
    text = (
        "Talks between the Sudanese government and the rebels, mediated by Qatar, opened in Nairobi "
        "on Monday."
    )
    talks = [e for e in events_of(read, text) if e.trigger.text == "Talks"]
    assert talks and all(e.place is not None and e.place.name == "Nairobi" for e in talks)
    # talks that resumed months ago resumed where the sentence says, not somewhere in the country
    doc = read(
        "Talks between the Thai government and separatist rebels resumed in Kuala Lumpur in July.",
        "2025-11-18",
    )
    (resumed,) = doc._.fw_events  # type: ignore[attr-defined]
    assert resumed.place is not None and resumed.place.name == "Kuala Lumpur"


def test_a_province_then_its_district_is_one_bombing(read: Callable[..., object]) -> None:
    text = (
        "A bomb killed a soldier and wounded three in Yala province on Monday, police said. The bomb "
        "went off as an army truck passed through Betong district."
    )
    (bombing,) = [e for e in events_of(read, text) if e.plover.type == "ASSAULT"]
    assert bombing.place is not None and bombing.place.name == "Betong"


def test_a_town_named_after_its_province_is_where_it_happened(read: Callable[..., object]) -> None:
    text = "Troops raided the West Bank town of Tubas on Sunday, arresting six men."
    assert {e.place.name for e in events_of(read, text) if e.place} == {"Ţūbās"}


def test_a_city_named_as_its_province_situates_the_towns_of_the_province(
    read: Callable[..., object],
) -> None:
    # Abu Kamal and Hajin lie far from Deir ez-Zor city but in Deir ez-Zor governorate, which the
    # bare name means here: the town near which it happened is the place
    text = "On Sunday, unknown aircraft bombed a militia base near Albu Kamal in Deir ez-Zor, a monitor said."
    assert main_place(read, text) == "Ālbū Kamāl"
    assert main_place(read, "On Sunday, militants ambushed a patrol near Hajin in Deir ez-Zor.") == "Hajīn"


def test_a_name_the_geoparser_left_unresolved_is_read_in_its_context(read: Callable[..., object]) -> None:
    # "Ain al-Arab" (Kobani) answers only to a loose spelling: "in Aleppo countryside" finds it
    text = "On Sunday, a drone hit a car carrying two fighters in Ain al-Arab city in Aleppo countryside."
    assert main_place(read, text) == "‘Ayn al ‘Arab"
