"""The ``frontwire_places`` component: find place names and resolve them against the gazetteer.

It sets ``doc._.fw_toponyms`` (every place mention, as `Toponym`s in text order) and
``doc._.fw_country`` (ISO2 of the country the article is mostly about).

Recognition, beyond spaCy's named entities:

* a name followed by "(" or "," and the places it lies in ("in Maharagama (Colombo, Western)",
  "Salamanca, Guanajuato", "Savar city (Dhaka)") is a place, resolved to the reading that lies
  there, whatever the NER calls it (`PlacesComponent._situated`);
* an NER place ending in a type word ("Savar city", "Mehran county") is looked up without it;
* NER ``GPE``/``LOC``/``FAC`` entities;
* gazetteer matching of capitalised proper-noun token sequences outside other entities; these need more
  evidence than NER places (prominence, or the document's countries), and words that are common English
  ("Mobile", "Along", "Reading") need a locative preposition as well;
* a ``PERSON``/``ORG`` entity that is exactly a name found as a place elsewhere in the same article is
  a place too (one sense per discourse: the small model calls "Kunduz" a person now and then);
  so is one the text calls a town ("in Moyale town", even tagged a product); such an entity is
  read part by part at its commas ("Kutulo, Wajir"), and a town's name after
  "<Name>, " counts as if after "in" (a region after the place it holds: "attacked Fino, Mandera");
* a place named inside an organisation: a country always ("the U.S. Department of Justice"), a
  division or city when the organisation is a public body of it ("Kentucky State Police", "the
  Government of Alberta"), never an outlet, a brand or a team ("The Washington Post", "Air Canada");
  names inside people ("George Washington") are not places, nor is a name the actor dictionary
  knows a group by that is only another name of a town ("Hamas", among Hamm's names in GeoNames);
* a name only a place can stand at ("in rural Ras al Ain", "the countryside of Tal Tamer") is a
  place even where the NER reads a person or a body;
* an airport by its name ("Heathrow Airport", "Mitiga airport" even tagged a person), or a big
  city's airport by its short name where an airport is meant ("at Heathrow", "London's Heathrow"):
  a ``site`` at the airport's own point;
* "X province", "province of X", "X region" ask for the admin1 division; "X city", "city of X" for the city;
* "northern Afghanistan", "the north of Mali" are `region`s (feature ``region``, the country's point,
  no geonameid), named "northern Afghanistan";
* a demonym modifying a noun names its country ("Afghan provincial capitals", "Malian troops",
  "Russian hackers"), a continent's adjective its continent ("European leaders"), as geoparsing
  corpora annotate them; a demonym that is a noun ("an Afghan", "Afghans") is a person. The
  ``demonyms`` setting narrows this to place-like nouns and state institutions (``places``) or
  switches it off (``none``).

Resolution scores each candidate by prominence (countries, then capitals, then population), by the
"city"/"province" hints, by a division or country named right after the town ("Paris, Texas",
"Edmonton, Ky."), by the article's countries and admin1 divisions, and by closeness to the other
places already resolved; all mentions of one name (with the same hint) get the same place. Names that
the gazetteer lacks are kept with ``entry=None`` (a ``site`` without GeoNames id or point in the
record) only when the text says clearly that they are places (a place-type word such as "Street",
"River", "Airport"); precision matters more than recall here. A short report that names no country
at all ("Police fired tear gas in Moyale town") does not count its towns as namesakes abroad.
"""

from __future__ import annotations

import calendar
import dataclasses
import math
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Set
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from frontwire.nlp.actors import default_dictionary
from frontwire.nlp.extensions import FrontwireComponent
from frontwire.nlp.gazetteer import (
    REGION_ADJECTIVES,
    Gazetteer,
    distance_km,
    loose_key,
    name_key,
    named_word_first,
    shared_gazetteer,
)
from frontwire.nlp.pipeline import wire_dateline_span
from frontwire.records import GazetteerEntry, Toponym

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# entities whose words are not place mentions (NORP is read by the demonym rule)
BLOCK_LABELS = frozenset(
    {
        "PERSON",
        "ORG",
        "WORK_OF_ART",
        "EVENT",
        "LAW",
        "PRODUCT",
        "LANGUAGE",
        "DATE",
        "TIME",
        "MONEY",
        "QUANTITY",
        "PERCENT",
        "CARDINAL",
        "ORDINAL",
    }
)
ADMIN1_WORDS = frozenset(
    {
        "province",
        "provinces",
        "region",
        "oblast",
        "governorate",
        "state",
        "prefecture",
        "wilaya",
        "voivodeship",
    }
)
# plurals that make the names they follow divisions only in a pair: "Chihuahua and Sonora states"
# ("the Gulf states", "the Baltic states" are no divisions)
_PAIRED_ADMIN1_WORDS = frozenset({"states", "provinces", "regions", "oblasts", "governorates", "prefectures"})
CITY_WORDS = frozenset({"city", "town", "village", "capital"})
# names found by capitalisation alone: a small town read from one votes for no country
_WEAK_SOURCES = frozenset({"gazetteer", "recovered-weak"})
_WEAK_VOTE_POP = 50_000
# words that join the names of a list ("California or Washington", "Montana and Wyoming")
_COORDINATORS = frozenset({"and", "or", ",", "&"})
# how near two towns must lie for "X or Y" tagged as one organisation to be read as the two towns
_LISTED_TOWNS_KM = 150.0
# the share of a division's people a namesake town must hold for the bare name to be the town's
_TWIN_SHARE = 0.1
_CAPITAL_TWIN_SHARE = 0.05
# a capital's edge over the towns of its name, and the size of a home town that can take it away
_CAPITAL_BONUS = 1.5
_HOME_TOWN_POP = 100_000
# below this share of the article's country votes a country's bonus shrinks in proportion
_MINOR_SHARE = 0.15
# offices a province or state has and a town has not: "the Quebec premier", "New York Gov. Cuomo"
DIVISION_OFFICES = frozenset({"governor", "gov.", "premier", "legislature"})
DIRECTIONS: dict[str, str] = {
    "northern": "northern",
    "southern": "southern",
    "eastern": "eastern",
    "western": "western",
    "central": "central",
    "northeastern": "north-eastern",
    "north-eastern": "north-eastern",
    "northwestern": "north-western",
    "north-western": "north-western",
    "southeastern": "south-eastern",
    "south-eastern": "south-eastern",
    "southwestern": "south-western",
    "south-western": "south-western",
}
COMPASS: dict[str, str] = {
    "north": "northern",
    "south": "southern",
    "east": "eastern",
    "west": "western",
    "northeast": "north-eastern",
    "northwest": "north-western",
    "southeast": "south-eastern",
    "southwest": "south-western",
    "centre": "central",
    "center": "central",
}
# words that open the name of a part of a place: "North Queensland", "Far North", "Upstate New York"
_COMPASS_WORDS = frozenset({*DIRECTIONS, *COMPASS, "far", "upstate", "downstate"})
LOCATIVE = frozenset(
    {
        "in",
        "near",
        "at",
        "outside",
        "from",
        "to",
        "into",
        "around",
        "towards",
        "toward",
        "across",
        "through",
        "of",
        "inside",
        "between",
        "via",
        "downtown",
    }
)
# heads that make a demonym a place: the land itself, or the state acting through its institutions
DEMONYM_HEADS = frozenset(
    {
        "capital",
        "capitals",
        "city",
        "cities",
        "town",
        "towns",
        "village",
        "villages",
        "province",
        "provinces",
        "region",
        "regions",
        "border",
        "borders",
        "frontier",
        "territory",
        "territories",
        "soil",
        "land",
        "coast",
        "coastline",
        "airspace",
        "waters",
        "countryside",
        "side",
        "mainland",
        "forces",
        "force",
        "army",
        "troops",
        "military",
        "government",
        "authorities",
        "police",
        "officials",
        "ministry",
        "embassy",
        "navy",
        "president",
        "parliament",
        "state",
        "regime",
        "soldiers",
        "security",
        "leadership",
        "administration",
    }
)
# words of an organisation's name that make it a public body of the place it names
PUBLIC_BODY_WORDS = frozenset(
    {
        "police",
        "government",
        "department",
        "ministry",
        "court",
        "council",
        "assembly",
        "legislature",
        "parliament",
        "senate",
        "state",
        "county",
        "city",
        "province",
        "provincial",
        "municipal",
        "fire",
        "sheriff",
        "authority",
        "commission",
        "board",
        "service",
        "services",
        "university",
        "college",
        "schools",
        "hospital",
        "health",
        "transit",
        "premier",
        "governor",
        "army",
        "forces",
        "navy",
        "guard",
        "office",
    }
)
# words naming a movement against a state: "the West Papua National Liberation Army" and "the
# Sudan People's Liberation Movement" are no public body of the place their names open with
MOVEMENT_WORDS = frozenset({"liberation", "movement", "front", "resistance", "revolutionary", "independence"})
# words of an outlet's, a brand's or a team's name: the place in it is not a place mention
OUTLET_WORDS = frozenset(
    {
        "post",
        "times",
        "herald",
        "tribune",
        "journal",
        "news",
        "press",
        "daily",
        "gazette",
        "globe",
        "star",
        "sun",
        "telegraph",
        "chronicle",
        "radio",
        "tv",
        "television",
        "magazine",
        "air",
        "airways",
        "airlines",
        "rangers",
        "football",
        "fc",
        "united",
    }
)
# place-type words that make an entity name a place even when the gazetteer lacks it
PLACE_TYPE_WORDS = frozenset(
    {
        "street",
        "road",
        "avenue",
        "boulevard",
        "highway",
        "river",
        "lake",
        "mount",
        "mountain",
        "mountains",
        "valley",
        "airport",
        "airbase",
        "bridge",
        "square",
        "camp",
        "base",
        "strait",
        "sea",
        "ocean",
        "gulf",
        "bay",
        "island",
        "islands",
        "desert",
        "district",
        "province",
        "county",
        "village",
        "port",
        "harbour",
        "harbor",
        "canal",
        "peninsula",
        "plain",
        "plains",
        "hills",
        "crossing",
        "checkpoint",
        "corridor",
        "park",
        "neighborhood",
        "neighbourhood",
        "quarter",
    }
)
# connectors allowed inside a multi-word name ("Sar-e-Pul", "Rio de Janeiro", "Stratford-upon-Avon")
CONNECTORS = frozenset(
    {
        "-",
        "e",
        "i",
        "de",
        "del",
        "la",
        "le",
        "les",
        "al",
        "el",
        "of",
        "upon",
        "on",
        "du",
        "des",
        "di",
        "da",
        "'",
    }
)
# lowercase words inside longer names that the gazetteer scan may cross, where the whole run must
# be a name the gazetteer knows ("Gracias a Dios", "Trinidad and Tobago", "Frankfurt am Main",
# "Santa Catarina de los Reyes"); too common in English to join names anywhere else
_INNER_NAME_WORDS = CONNECTORS | {
    "a",
    "y",
    "and",
    "los",
    "las",
    "do",
    "dos",
    "das",
    "am",
    "an",
    "der",
    "en",
    "sur",
}
MAX_NAME_TOKENS = 5
# words after a name that say what kind of place it is ("Savar city", "Mehran county"): the name
# without them is looked up; a district or county named after its seat answers to the town
TYPE_SUFFIXES: dict[str, str | None] = {
    "city": "city",
    "town": "city",
    "village": "city",
    "district": None,
    "county": None,
    "municipality": None,
    "upazila": None,
    "subdistrict": None,
    "commune": None,
    "area": None,
    "division": None,
    "lga": None,
    "zila": None,  # Bengali: "Nilphamari zila", the district
    "zilla": None,
    # the units below a province that incident reports name a village by: "Batibo subdivision"
    # (Cameroon), "Pokhran tehsil" (India), "Gao cercle" (Mali), "Kuria sub-county" (Kenya)
    "subdivision": None,
    "sub-county": None,
    "subcounty": None,
    "tehsil": None,
    "taluka": None,
    "taluk": None,
    "cercle": None,
    "woreda": None,
    "arrondissement": None,
    "department": None,
    "regency": None,
    "raion": None,
    "rayon": None,
    "hromada": None,
}
# what may sit between a place and the places that situate it: "X (Y, Z)", "X, Y", "X town, Y"
_SITUATING_PUNCT = frozenset({"(", ","})
# prepositions before which a capitalised name the NER took for a person or an organisation is a place
_STRONG_LOCATIVE = frozenset(
    {"in", "near", "outside", "into", "towards", "toward", "around", "through", "across"}
)
# prepositions after which a big town the NER took for a body or a person is the town ("fired on
# Qamishli", "militias from Misrata"), and how big it must be
_TOWN_PREPOSITIONS = frozenset({"on", "from", "in", "into", "towards", "toward", "outside", "around"})
_BIG_TOWN = 100_000
# prepositions of nearness, which a town follows and an organisation does not ("near Saraqeb")
_NEAR_WORDS = frozenset({"near", "outside", "nearby"})
# words that take "of" and a place: "the residents of X", "north of X", "the outskirts of X"
_OF_A_PLACE = frozenset(
    {"residents", "inhabitants", "villagers", "natives", "outskirts", "suburbs", "north", "south", "east",
     "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
     "south-west", "northwards", "southwards", "island", "coast", "shores", "waters", "port", "streets"}
)  # fmt: skip
_ADMIN2_WORDS = frozenset({"county", "district", "municipality", "parish", "borough", "upazila", "lga"})
# South Asian names of the subdistrict around a district's seat ("Faridpur Sadar", "Narsingdi Sadar")
_SEAT_WORDS = frozenset({"sadar"})
# offices held for a place, written after its name: "Mandera Governor", "former Kakamega Senator"
# ("premier" is left out: "the Victoria Premier League side" names a league, not Victoria's premier)
_OFFICE_TITLES = frozenset(
    {"governor", "governorship", "senator", "mayor", "mp", "mca", "congressman", "congresswoman"}
)
# lowercase particles inside Arabic, Spanish and French names ("Bir at Tutah", "Ras al Ain")
_NAME_PARTICLES = frozenset({"al", "el", "as", "ad", "ar", "at", "an", "ash", "ath", "de", "del", "la", "le"})
# the Arabic article as English text writes it lowercase and apart: "in el Hermel", "near al Qaim"
# ("an", "as", "at" are English words first)
_SPACED_ARTICLES = frozenset({"al", "el", "ad", "ar", "ash", "ath", "az"})
# capitalised words that make a demonym part of a wider name: "Central American", "Latin American"
_WIDER_THAN_DEMONYM = frozenset(
    {"central", "latin", "north", "south", "east", "west", "northern", "southern"}
)
_DEMONYMS_IN_S = frozenset({"swiss", "congolese", "sudanese", "lebanese", "japanese", "chinese", "burmese"})

#: a city the NER calls an organisation, written in one of its other spellings ("Idleb" for
#: Idlib), is read as the city only after a locative and when this big
_CITY_POP_ANOTHER_SPELLING = 100_000
# nouns of a place's surroundings: "the countryside of X", "X countryside", "the outskirts of X"
_AREA_NOUNS = frozenset({"countryside", "outskirts", "suburbs", "environs", "vicinity", "outskirt", "suburb"})
# nouns between a place and the larger place that holds it: "the Karak area in Dar'a"
_PART_NOUNS = frozenset(
    {"area", "district", "village", "town", "city", "region", "neighbourhood", "neighborhood"}
)
# nouns after a name that make it a part of a town: the name is no town of its own
_QUARTER_NOUNS = frozenset({"neighborhood", "neighbourhood", "quarter"})
_QUARTER_KM = 50.0  # how far a quarter's namesake may lie from a town the article names
_CITY_POP_STRAY = 100_000  # a town smaller than this, far from all the article's other places ...
_STRAY_KM = 1_500  # ... by this much, in a country nothing else points to, is a namesake
_NEIGHBOUR_KM = 500  # a place this close to a country the article names is read as its neighbour
_CITY_POP_AT = 20_000  # a one-word name after "at" the NER calls a person or a body is a town this big
_CITY_POP_ALONE = 50_000  # a city the text names without NER support must be this big ...
_CAPITAL_POP_SPEAKING = 1_000_000  # a capital the NER missed that acts as a subject is a place this big
_CITY_POP_IN_COUNTRY = 1_000  # ... unless it lies in one of the article's countries


@dataclass
class _Mention:
    """A place name found in the text, before resolution."""

    start: int  # token indices
    end: int
    name: str
    source: str  # ner-GPE, ner-LOC, ner-FAC, gazetteer, recovered, demonym, region, embedded, named-by
    hint: str | None = None  # "admin1" or "city"
    candidates: list[tuple[GazetteerEntry, int]] = field(default_factory=list)
    fixed: GazetteerEntry | None = None  # decided at recognition (demonyms, regions)
    common_word: bool = False
    locative: bool = False


def _city_abroad(candidates: list[tuple[GazetteerEntry, int]]) -> bool:
    """Whether a big town of the name lies in a country with no division of that name.

    "southern Kaduna" is part of the state rather than its capital city, but a direction word does
    not choose between countries: "southern Gaza" is no more Mozambique's province than the city.
    """
    divisions = {e.country for e, q in candidates if e.feature == "admin1" and q == 0}
    return any(
        e.feature == "city" and q == 0 and e.population >= 100_000 and e.country not in divisions
        for e, q in candidates
    )


_GROUP_TYPES = frozenset({"rebel", "militia"})


def _named_groups_countries(doc: Doc) -> list[str]:
    """The home countries of the armed groups the text names ("Hamas", "al-Shabaab", "M23").

    Only groups of one country count: a generic role ("militants") or a country-filled name says
    nothing about where a story is.
    """
    homes = _group_homes()
    return [
        homes[key]
        for ent in doc.ents
        if ent.label_ in ("ORG", "NORP", "PERSON", "GPE") and (key := name_key(ent.text)) in homes
    ]


@lru_cache(maxsize=1)
def _group_homes() -> dict[str, str]:
    """Name or alias (as ``name_key`` writes it) -> home country of the dictionary's armed groups
    of one country; built once, as a look-up per entity would scan the whole dictionary."""
    homes: dict[str, str] = {}
    for entry in default_dictionary().entries.values():
        if entry.country and entry.type in _GROUP_TYPES and "{country}" not in entry.name:
            for text in (entry.name, *(a.text for a in entry.aliases if a.only_in is None)):
                homes.setdefault(name_key(text), entry.country)
    return homes


class PlacesComponent(FrontwireComponent):
    """Finds place mentions and resolves them to gazetteer entries."""

    name = "frontwire_places"

    def __init__(
        self,
        nlp: Language,
        name: str = "frontwire_places",
        gazetteer_path: str | None = None,
        demonyms: str = "all",
    ) -> None:
        if demonyms not in ("places", "all", "none"):
            raise ValueError(f"demonyms must be 'places', 'all' or 'none', not {demonyms!r}")
        self.name = name
        self.demonyms = demonyms
        self._gazetteer_path = Path(gazetteer_path) if gazetteer_path else None
        self._gazetteer: Gazetteer | None = None
        self._common: frozenset[str] = frozenset()
        if "lemmatizer" in nlp.pipe_names:
            # WordNet's adjective, adverb and verb indexes: a place named like one of these words
            # ("Mobile", "Along", "Split") needs more evidence; the noun index lists proper names too
            try:
                index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
                self._common = frozenset(w for pos in ("adj", "adv", "verb") for w in index[pos])
            except (KeyError, AttributeError):
                pass

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer, opened (and built if needed) on first use."""
        if self._gazetteer is None:
            self._gazetteer = shared_gazetteer(self._gazetteer_path)
        return self._gazetteer

    # ------------------------------------------------------------------ recognition

    def _is_common(self, token: Token) -> bool:
        low = token.lower_
        return token.is_stop or low in self._common or token.tag_ not in ("NNP", "NNPS")

    def _scan_ok(self, tokens: Span, entry: GazetteerEntry, quality: int) -> bool:
        """Whether a candidate may be matched from capitalised text alone (no NER support)."""
        if quality == 2:
            return False
        if entry.feature == "site" and quality == 1:
            return _airport_context(tokens.doc, tokens.start, tokens.end)  # "at Schiphol"
        if tokens.text.isupper() and len(tokens.text) <= 4:  # "BA", "MOD": only "US", "UK", "DRC", "EU" ...
            return entry.feature == "country" or (entry.feature == "region" and quality < 2)
        return entry.feature != "city" or quality == 0 or entry.population >= 100_000

    def _hint(self, doc: Doc, start: int, end: int) -> str | None:
        """ "X province" / "province of X" -> admin1; "X city" / "city of X" -> city."""
        after = doc[end].lower_ if end < len(doc) else ""
        before = doc[start - 2 : start] if start >= 2 else None
        if after in ADMIN1_WORDS or after in DIVISION_OFFICES:
            return "admin1"
        if after in ("city", "town") or _calls_itself_a_city(doc, start, end):
            # "Cotabato City", "Kuwait City": a name that calls itself a city is the city, not the
            # district that carries its name
            return "city"
        if after in _PAIRED_ADMIN1_WORDS and start >= 2 and doc[start - 1].lower_ in ("and", "or"):
            k = start - 2
            while k >= 0 and k > start - 2 - MAX_NAME_TOKENS and doc[k].text[:1].isupper():
                k -= 1
            if k < start - 2 and self._paired_divisions(doc[k + 1 : start - 1].text, doc[start:end].text):
                return "admin1"  # the second of "Chihuahua and Sonora states"
        if after in ("and", "or"):
            k = end + 1
            while k < len(doc) and k <= end + MAX_NAME_TOKENS and doc[k].text[:1].isupper():
                k += 1
            if (
                end + 1 < k < len(doc)
                and doc[k].lower_ in _PAIRED_ADMIN1_WORDS
                and self._paired_divisions(doc[start:end].text, doc[end + 1 : k].text)
            ):
                return "admin1"  # the first of the pair
        if start >= 1 and doc[start - 1].lower_ in ("and", "or", ","):
            # "the provinces of Guayas and Esmeraldas", "the states of Sonora, Sinaloa and Durango":
            # each name listed after a plural division word is a division
            k = start - 1
            while k > 0 and (doc[k].lower_ in ("and", "or", ",") or doc[k].text[:1].isupper()):
                k -= 1
            if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in _PAIRED_ADMIN1_WORDS:
                return "admin1"
        if before is not None and before[1].lower_ == "of":
            word = before[0].lower_
            if word in ADMIN1_WORDS or word in DIVISION_OFFICES:
                return "admin1"
            if word in CITY_WORDS:
                return "city"  # "the town of X", "the village of X", "the capital of X"... is a city
        return None

    def _coordinated_parts(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
        """A misread entity "X and Y" cut in two where both are divisions of one country, or "X or
        Y" where both are towns near each other: the small model tags "Guayas and Esmeraldas" as a
        work of art and "Ingham or Townsville" as an organisation ("Procter and Gamble" stays whole)."""
        joins = [i for i in range(start + 1, end - 1) if doc[i].lower_ in ("and", "&", "or")]
        if len(joins) != 1:
            return [(start, end)]
        (j,) = joins
        first, second = doc[start:j].text, doc[j + 1 : end].text
        if self._known(doc[start:end].text) or not (
            self._paired_divisions(first, second) or self._listed_towns(first, second)
        ):
            return [(start, end)]
        return [(start, j), (j + 1, end)]

    def _listed_towns(self, first: str, second: str) -> bool:
        """Whether two different names are both towns lying within ``_LISTED_TOWNS_KM`` of each
        other ("Ingham", "Townsville"), as the places of a list are and a firm's founders are not."""
        if name_key(first) == name_key(second):
            return False  # "Johnson & Johnson"

        def towns(name: str) -> list[GazetteerEntry]:
            return [e for e, q in self.gazetteer.candidates(name) if e.feature == "city" and q == 0]

        return any(distance_km(a, b) <= _LISTED_TOWNS_KM for a in towns(first) for b in towns(second))

    def _paired_divisions(self, first: str, second: str) -> bool:
        """Whether two names are both divisions of one country ("Chihuahua", "Sonora"; not "United
        States", "Gulf")."""

        def countries(name: str) -> set[str | None]:
            return {e.country for e, q in self.gazetteer.candidates(name) if e.feature == "admin1" and q == 0}

        return bool(countries(first) & countries(second))

    def _listed_with_a_country(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a name is listed with a country's: "peacekeepers from Kenya, Malawi and Uruguay"
        (the NER may call the last two persons)."""
        root = doc[start:end].root
        return root.dep_ == "conj" and any(
            e.feature == "country" for e in self.gazetteer.lookup(root.head.text)
        )

    def _locative(self, doc: Doc, start: int) -> bool:
        i = start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in _OF_A_PLACE:
            return True  # "the residents of X", "north of X"
        return i >= 0 and doc[i].lower_ in LOCATIVE

    def _trim(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Drop a leading article and a trailing possessive or punctuation from an entity."""
        while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'") or doc[end - 1].is_punct):
            end -= 1
        return start, end

    def _compass_lead(self, doc: Doc, start: int, end: int, features: tuple[str, ...]) -> int:
        """How many capitalised compass words ("North", "Far North", "North-West", "Upstate") open
        the name ``doc[start:end]`` the gazetteer does not know, before a name it knows exactly as
        one of ``features``; 0 where there are none or the name is known whole ("North Carolina",
        "South Sudan", "West Bengal" are places of their own)."""
        lead = start
        while lead < end - 1 and (
            (doc[lead].text[:1].isupper() and doc[lead].lower_ in _COMPASS_WORDS)
            or (doc[lead].text == "-" and lead > start)
        ):
            lead += 1
        if lead == start or doc[lead].text == "-" or self._known(doc[start:end].text):
            return 0
        rest = self.gazetteer.candidates(doc[lead:end].text)
        return lead - start if any(e.feature in features and q == 0 for e, q in rest) else 0

    def _town_and_division(self, doc: Doc, start: int, end: int) -> list[tuple[int, int]] | None:
        """A name the gazetteer does not know, cut into a known place and the division or country
        after it (which may run on past the entity into the next capitalised words): "Tijuana
        Baja" + "California", "Kunduz Afghanistan", "Greece Italy". None when no such cut exists."""
        if end - start < 2:
            return None
        for k in range(start + 1, end):
            towns = [e for e, q in self.gazetteer.candidates(doc[start:k].text) if q < 2]
            if not towns:
                continue
            for longer in range(min(len(doc), end + 3), end - 1, -1):
                rest = doc[k:longer]
                if not all(t.text[:1].isupper() and t.is_alpha for t in rest):
                    continue
                divisions = [
                    e
                    for e, q in self.gazetteer.candidates(rest.text)
                    if e.feature in ("admin1", "country") and q == 0
                ]
                # the town must lie there ("Rogers Centre" is no town Rogers in a region Centre),
                # or both are countries, a list without its comma ("Cyprus, Greece Italy or Spain")
                if any(_lies_in(town, division) for town in towns for division in divisions) or (
                    any(t.feature == "country" for t in towns)
                    and any(d.feature == "country" for d in divisions)
                ):
                    return [(start, k), (k, longer)]
        return None

    def _place_entities(self, doc: Doc) -> list[Span]:
        """The NER's places (and the persons or bodies it names where only a place stands), those
        the gazetteer does not know whole cut at their commas, brackets and spaced dashes:
        "Thruxton, Hampshire", "Sugrow, Wajir County" and "Dhaka - Jatrabari" tagged as one place
        are two ("Washington, D.C." is known whole and stays one)."""
        out: list[Span] = []
        for ent in doc.ents:
            if ent.label_ in ("PERSON", "ORG") and _in_a_settlement_phrase(doc, ent.start, ent.end):
                # "in rural Ras al Ain", "the countryside of Tal Tamer" read as a person: only a
                # place stands there
                ent = Span(doc, ent.start, ent.end, label="GPE")
            if ent.label_ not in PLACE_LABELS:
                continue
            parts = _name_parts(doc, ent)
            if len(parts) == 1 or self._known(ent.text):
                out.append(ent)
                continue
            out.extend(Span(doc, a, b, label=ent.label) for a, b in parts)
        return out

    def _container_candidates(self, name: str) -> list[tuple[GazetteerEntry, int]]:
        """Readings of a name that says where another place lies ("Y" and "Z" of "X (Y, Z)").

        Besides its exact readings: a division matched only loosely ("Middle Shabelle" for Middle
        Shabele), which the caller takes only where the place lies in it, and the division a town
        of the name is the seat of and named after ("(Abala, Tillabery)": the gazetteer knows
        "Tillabery" as a spelling of the town of Tillabéri only; Abala lies in its region)."""
        key = loose_key(name)  # empty for names too short to compare loosely
        out: list[tuple[GazetteerEntry, int]] = []
        for entry, quality in self.gazetteer.candidates(name):
            if quality < 2 or (entry.feature == "admin1" and key and loose_key(entry.name) == key):
                out.append((entry, quality))
            if quality < 2 and entry.feature == "city" and entry.country and entry.admin1 and key:
                division = self.gazetteer.admin1(entry.country, entry.admin1)
                if (
                    division is not None
                    and loose_key(division.name) == key
                    and all(division is not e for e, _ in out)
                ):
                    out.append((division, quality))
        return out

    def _county_of_a_body(self, doc: Doc, start: int, end: int) -> int:
        """Where a county's name ends inside a longer name the NER calls a place: "Granville County
        Fire Marshal Doug Logan", "the Metcalfe County Sheriff's Office" name the county of the
        office; ``end`` where no known county opens the name."""
        for k in range(start + 1, end - 1):
            if doc[k].lower_ in _ADMIN2_WORDS and any(
                e.feature == "admin2" and q == 0
                for e, q in self.gazetteer.candidates(doc[start : k + 1].text)
            ):
                return k + 1
        return end

    def _known(self, name: str) -> bool:
        """Whether the gazetteer has an exact (not only a transliteration) match for ``name``."""
        return any(q < 2 for _, q in self.gazetteer.candidates(name))

    def _typed_candidates(self, base: str, suffix: str) -> list[tuple[GazetteerEntry, int]]:
        """Candidates of a name followed by a type word: towns for "city"/"town"/"village", else
        divisions of the name or, a district being named after its seat, the town itself; for
        "province", "governorate" ... the division, found by its seat's other spelling too ("Idleb
        province": the gazetteer knows "Idleb" as a spelling of the town of Idlib only)."""
        cands = [c for c in self.gazetteer.candidates(base) if c[1] < 2]
        if suffix in ADMIN1_WORDS:
            divisions = [c for c in cands if c[0].feature == "admin1"]
            if not cands:
                # no town or division answers to the bare name: a district GeoNames names with its
                # word first ("Province of Negros Oriental") answers to "Negros Oriental province"
                return [c for c in self.gazetteer.candidates(f"{base} {suffix}") if c[0].feature == "admin2"]
            for town, quality in cands:
                division = None
                if town.feature == "city":
                    # the division of the town's name, or the one it lies in written another way
                    # ("Duhok province": Dihok lies in Dahuk)
                    division = self.gazetteer.admin1(town.country or "", town.name)
                    if division is None and town.admin1 and loose_key(town.admin1) == loose_key(town.name):
                        division = self.gazetteer.admin1(town.country or "", town.admin1)
                if division is not None and all(d is not division for d, _ in divisions):
                    divisions.append((division, quality))
            return divisions
        if TYPE_SUFFIXES[suffix] == "city":
            return [c for c in cands if c[0].feature == "city"]
        return [c for c in cands if c[0].feature in ("city", "admin2", "admin1")]

    def _name_runs(self, doc: Doc) -> list[tuple[int, int]]:
        """Token ranges of capitalised names ("Bir Al-Abd", "Dassa-Zoume", "Rio de Janeiro")."""

        def cap(t: Token) -> bool:
            return t.text[:1].isupper() and _wordlike(t)

        runs: list[tuple[int, int]] = []
        i, n = 0, len(doc)
        while i < n:
            if not cap(doc[i]) or (doc[i].is_sent_start and doc[i].is_stop and i + 1 < n and cap(doc[i + 1])):
                i += 1  # "In Klamath Falls, Oregon": a sentence's first word is no part of the name
                continue
            j = i + 1
            while j < n and j - i < MAX_NAME_TOKENS:
                if cap(doc[j]):
                    j += 1
                elif (
                    (doc[j].lower_ in CONNECTORS or doc[j].lower_ in ("do", "dos", "das"))
                    and j + 1 < n
                    and cap(doc[j + 1])
                    and doc[j + 1].lower_ not in _DATE_WORDS  # "Adiyaman on Tuesday" is no name
                    and not (doc[j].text == "-" and (doc[j].whitespace_ or doc[j - 1].whitespace_))
                ):
                    j += 2
                elif _hyphened_particle(doc, j):
                    j += 4  # "Port-au-Prince", "Stratford-upon-Avon": one word, written with hyphens
                else:
                    break
            runs.append((i, j))
            i = j
        return runs

    def _situated(self, doc: Doc) -> tuple[list[_Mention], set[int]]:
        """Places named with the places they lie in: "in Maharagama (Colombo, Western)", "Salamanca,
        Guanajuato", "Savar city (Dhaka)".

        A town X followed by "(" or "," and names Y (and Z) is a place when one of X's readings lies
        in the division Y or Z names (or in its country, or near the town Y names): the reading and
        the division are both fixed. News and incident notes situate small places this way, and the
        pair is better evidence than the NER's label of either name. "X in Y" ("Tell Abiad in
        Ar-Raqqa", "Daret Azza town in eastern Aleppo") and "the X district of Y" situate X the
        same way, Y read alone.

        Returns the mentions and the tokens of names that must not be read as places elsewhere.
        """
        runs = self._name_runs(doc)
        out: list[_Mention] = []
        taken: set[int] = set()
        unplaced: set[int] = set()

        def skip_type(k: int) -> int:
            return k + 1 if k < len(doc) and doc[k].lower_ in TYPE_SUFFIXES else k

        for idx, (start, end) in enumerate(runs):
            if start in taken:
                continue
            k = skip_type(end)
            # "X in Y", and with a type word "the X district of Y"
            if k < len(doc) and (doc[k].lower_ == "in" or (k > end and doc[k].lower_ == "of")):
                if self._situated_in(doc, runs[idx + 1 : idx + 3], start, end, k + 1, out, taken):
                    unplaced.update(range(start, end))
                continue
            if k >= len(doc) or doc[k].text not in _SITUATING_PUNCT:
                continue
            # the names that follow: "(Y, Z)" or ", Y" or ", Y (Z)"
            context: list[tuple[int, int]] = []
            pos = k + 1
            for start2, end2 in runs[idx + 1 : idx + 4]:
                if start2 != pos or len(context) == 2:
                    break
                context.append((start2, end2))
                pos = skip_type(end2)
                if pos < len(doc) and doc[pos].text in _SITUATING_PUNCT:
                    pos += 1
                else:
                    break
            if not context:
                continue
            bracket = any(t.text == "(" for t in doc[k : context[-1][1]])
            # "in Washington, New York and Boston" may be a list, not a town and its state: the pair
            # then holds only for the town's best-known reading ("Richmond, Virginia, Fort Lauderdale")
            listed = doc[k].text == "," and not bracket and _listed(doc, context[-1][1])
            own = [c for c in self.gazetteer.candidates(doc[start:end].text) if c[1] < 2]
            if listed and any(e.feature == "country" and q == 0 for e, q in own):
                continue  # "with Venezuela, Cuba and Norway as guarantors": countries listed
            if not own and end - start >= 2 and doc[end - 1].lower_ in _SEAT_WORDS:
                # "Narsingdi Sadar (Dhaka)": the subdistrict of a district's seat, read as the seat
                own = [c for c in self.gazetteer.candidates(doc[start : end - 1].text) if c[1] < 2]
            own = [c for c in own if c[0].feature in ("city", "admin2")]
            # "X upazila (Y, Z)": a type word and a bracket say that Y and Z are what X lies in,
            # even when X itself is a village the gazetteer lacks or reads abroad
            framed = doc[k].text == "(" and (k > end or doc[end - 1].lower_ in TYPE_SUFFIXES)
            bracketed = doc[k].text == "(" and len(context) == 2
            if not own:
                if framed or bracketed:
                    self._containers(doc, context, out, taken, pair_only=not framed)
                continue
            ctx_cands = [[c[0] for c in self._container_candidates(doc[s:e].text)] for s, e in context]
            best: tuple[tuple[float, bool, int, int], GazetteerEntry, list[GazetteerEntry | None]] | None = (
                None
            )
            biggest_own = max(e.population for e, _ in own)
            biggest_ctx = [max((c.population for c in cands), default=0) for cands in ctx_cands]
            for entry, quality in own:
                if listed and entry.population < biggest_own:
                    continue
                fits: list[GazetteerEntry | None] = [
                    min(
                        (
                            c
                            for c in cands
                            if _situates(c, entry, n == 0, entry.population == biggest_own, most)
                        ),
                        key=lambda c: c is entry,  # another entry before the town itself
                        default=None,
                    )
                    for n, (cands, most) in enumerate(zip(ctx_cands, biggest_ctx, strict=True))
                ]
                # "Uvira (Uvira, Sud-Kivu)": a district named after its town; the town itself is a
                # weaker fit than a division it lies in ("San Jose (San Jose)" is Costa Rica's)
                n_fit = sum(0.0 if f is None else 0.5 if f is entry else 1.0 for f in fits)
                if not n_fit:
                    continue
                # "COTABATO CITY, Philippines": a name calling itself a city is the town, not the
                # district of its name
                called_city = _calls_itself_a_city(doc, start, end) and entry.feature == "city"
                rank = (n_fit, called_city, -quality, entry.population)
                if best is None or rank > best[0]:
                    best = (rank, entry, fits)
            if best is None:
                if framed or bracketed:
                    self._containers(doc, context, out, taken, pair_only=not framed)
                where = {c.country for cands in ctx_cands for c in cands}
                if (k > end or bracketed) and len(where) == 1 and all(e.country not in where for e, _ in own):
                    # "Bhadra village, Nagarpur upazila": a village the text places in a country
                    # where the gazetteer has none of its namesakes is no namesake elsewhere
                    unplaced.update(range(start, end))
                continue
            _, entry, fits = best
            out.append(_Mention(start, end, doc[start:end].text, "situated", fixed=entry))
            for (s, e), fit in zip(context, fits, strict=True):
                if fit is not None:
                    out.append(_Mention(s, e, doc[s:e].text, "situated", fixed=fit))
                    taken.add(s)
        return out, unplaced

    def _situated_in(
        self,
        doc: Doc,
        following: list[tuple[int, int]],
        start: int,
        end: int,
        pos: int,
        out: list[_Mention],
        taken: set[int],
    ) -> bool:
        """ "X in Y": X and Y are both fixed when a reading of the town X lies in a reading of Y.

        Returns whether X is a settlement the gazetteer lacks: "the village of Mabuhay in Las Navas
        town", where no Mabuhay lies near any Las Navas, is none of its namesakes."""
        while (
            pos < len(doc)
            # (a compass word that opens the name itself stays: "X in East Azerbaijan province")
            and not (following and following[0][0] == pos)
            and (
                doc[pos].lower_ == "the"
                or doc[pos].lower_ in DIRECTIONS
                or doc[pos].lower_ in COMPASS
                or (doc[pos].text == "-" and pos + 1 < len(doc) and doc[pos + 1].lower_ in COMPASS)
            )
        ):
            pos += 1  # "X in the eastern Y countryside", "X in northwest Syria", "in north-west Y"
        if pos + 1 < len(doc) and doc[pos].lower_ in _AREA_NOUNS and doc[pos + 1].lower_ == "of":
            pos += 2  # "X in the northern countryside of Y"
        if not following or following[0][0] != pos:
            return False
        s, e = following[0]
        if len(following) > 1 and _owns_next(doc, e, following[1][0]):
            # "X in eastern Ukraine's Donetsk region": the division the country's name owns holds X
            s, e = following[1]
        if self._hint(doc, start, end) == "admin1":
            return False  # "the province of Esmeraldas in Ecuador": the division, not its town
        own = [
            c for c in self.gazetteer.candidates(doc[start:end].text) if c[1] < 2 and c[0].feature == "city"
        ]
        wider = [c[0] for c in self.gazetteer.candidates(doc[s:e].text) if c[1] < 2]
        pairs = [(x, q, y) for x, q in own for y in wider if x is not y and _lies_in(x, y)]
        if not pairs:
            # the text calls X a village or town in a town Y the gazetteer knows, far from every X
            # ("the town of Suarez in Colombia's Cauca province": no Suarez of Tolima either)
            return (
                bool(own)
                and _called_a_settlement(doc, start)
                and any(y.feature in ("city", "admin1") for y in wider)
                and all(
                    x.country != y.country
                    or (y.feature == "city" and distance_km(x, y) > 150.0)
                    or (y.feature == "admin1" and x.admin1 != y.name)
                    for x, _ in own
                    for y in wider
                    if y.feature in ("city", "admin1")
                )
            )
        rank = {"city": 0, "admin2": 1, "admin1": 2, "country": 3}
        # the name as the gazetteer writes it before another name's spelling ("Dogankoy" is
        # Doğanköy, not Doğanca), then the widest container, then the biggest town
        x, _, y = max(
            pairs, key=lambda p: (-p[1], rank.get(p[2].feature, 0), p[0].population, p[2].population)
        )
        out.append(_Mention(start, end, doc[start:end].text, "situated", fixed=x))
        out.append(_Mention(s, e, doc[s:e].text, "situated", fixed=y))
        taken.add(s)
        return False

    def _containers(
        self,
        doc: Doc,
        context: list[tuple[int, int]],
        out: list[_Mention],
        taken: set[int],
        *,
        pair_only: bool = False,
    ) -> None:
        """The places a bracket after "X district (" names, read on their own.

        "(Y, Z)" is a reading of Y inside a reading of Z; failing that, Z alone, the wider of the
        two. A name alone is read as a division or country, or as a city big enough to be meant
        without a country and written as the gazetteer writes it (these readings the NER's label
        cannot overrule; "(Mambasa, Nord-Kivu)" is not Mombasa)."""
        cands = [self.gazetteer.candidates(doc[s:e].text) for s, e in context]
        if len(context) == 2:
            pairs = [
                (y, z)
                for y, qy in cands[0]
                for z, _ in self._container_candidates(doc[context[1][0] : context[1][1]].text)
                if qy < 2 and y is not z and _lies_in(y, z)
            ]
            if pairs:
                y, z = max(pairs, key=lambda p: (p[1].feature != "city", p[0].population + p[1].population))
                for (s, e), entry in zip(context, (y, z), strict=True):
                    out.append(_Mention(s, e, doc[s:e].text, "situated", fixed=entry))
                    taken.add(s)
                return
        if pair_only:
            return
        (s, e), entries = context[-1], cands[-1]
        plain = [
            c
            for c, quality in entries
            if (c.feature in ("country", "admin1", "admin2") and quality < 2)
            or (c.feature == "city" and quality == 0 and c.population >= _CITY_POP_ANOTHER_SPELLING)
        ]
        if plain:
            rank = {"country": 3, "admin1": 2, "admin2": 1, "city": 0}
            entry = max(plain, key=lambda c: (c.population >= 100_000, rank[c.feature], c.population))
            out.append(_Mention(s, e, doc[s:e].text, "situated", fixed=entry))
            taken.add(s)

    def _recognise(self, doc: Doc) -> list[_Mention]:
        gaz = self.gazetteer
        mentions: list[_Mention] = []
        covered: set[int] = set()
        blocked: set[int] = set()
        blocked_ents: list[Span] = []
        for ent in doc.ents:
            if ent.label_ in BLOCK_LABELS:
                blocked.update(range(ent.start, ent.end))
                blocked_ents.append(ent)

        def add(m: _Mention) -> None:
            if m.hint != "city" and any(_continent(e) and q == 0 for e, q in m.candidates):
                # "one of Asia's longest insurgencies": the continent, not Asia in the Philippines,
                # unless the text calls it a town
                m.candidates = [(e, q) for e, q in m.candidates if e.feature != "city"]
            if m.fixed is None and not m.candidates and _after_division_word(doc, m.start):
                # "the province of Negros Occidental": a district GeoNames names "Province of ..."
                m.candidates = self._typed_candidates(m.name, doc[m.start - 2].lower_)
            if (
                m.fixed is None
                and m.end - m.start >= 2
                and doc[m.end - 1].lower_ in ADMIN1_WORDS
                and doc[m.end - 1].text[:1].isupper()
            ):
                # "the Northern Region of Ghana": a division whose type word is written into its
                # name is also any division of the bare name ("Northern", Ghana's), not only the
                # one that carries the whole name (Uganda's "Northern Region")
                known = {_entry_key(e) for e, _ in m.candidates}
                base = doc[m.start : m.end - 1].text
                m.candidates = m.candidates + [
                    (e, q)
                    for e, q in self._typed_candidates(base, doc[m.end - 1].lower_)
                    if _entry_key(e) not in known and e.feature == "admin1"
                ]
            if m.fixed is None and m.end < len(doc) and doc[m.end].text in ADMIN1_WORDS:
                # "the Kurdistan region": a region whose own name carries the word ("Kurdistan
                # Region" of Iraq) is a reading of the name too, as is the division a town's name
                # stands for written another way ("Duhok province" is Dahuk)
                known = {_entry_key(e) for e, _ in m.candidates}
                whole = gaz.candidates(f"{m.name} {doc[m.end].text}")
                extra = [(e, q) for e, q in whole if q < 2 and e.feature == "region"]
                extra += self._typed_candidates(m.name, doc[m.end].text)
                m.candidates = [(e, q) for e, q in extra if _entry_key(e) not in known] + m.candidates
                named_whole = [e for e, q in whole if q == 0 and e.feature == "region"]
                if len(named_whole) == 1:
                    m.fixed = named_whole[0]  # the region named in full: "the Kurdistan region"
            mentions.append(m)
            covered.update(range(m.start, m.end))

        # 0. "X (Y, Z)", "X, Y", "X town, Y district (Z)": a name followed by the places it lies in
        # is a place whatever the NER says ("Bamako (Bamako" read as an organisation)
        situated, unplaced = self._situated(doc)
        for m in situated:
            if not any(t in covered for t in range(m.start, m.end)):
                add(m)
        covered.update(unplaced)

        # 1. a dateline opening a story or a line ("WASHINGTON (AP) —", "NEW DELHI:"), read before
        # the NER, which takes "Associated Press WASHINGTON" for one organisation
        for m in self._datelines(doc):
            if not any(t in covered for t in range(m.start, m.end)):
                add(m)

        # 1b. NER places
        for ent in self._place_entities(doc):
            part_of: str | None = None  # "admin1" for "Upstate New York": the part of a division
            if _dedication(doc, ent.start, ent.end):
                covered.update(range(ent.start, ent.end))
                continue  # "St. Peter's Basilica": a saint's church, no town Saint Peter
            start, end = self._trim(doc, ent.start, ent.end)
            if end - start >= 2 and doc[end - 1].lower_ in _OFFICE_TITLES and not self._known(ent.text):
                end -= 1  # "the Homa Bay Governor" tagged as a place: the place whose governor
            if start >= end or any(t in covered for t in range(start, end)):
                continue
            if (
                end - start >= 2
                and doc[start].lower_ in DIRECTIONS
                and not self._known(doc[start:end].text)
                and any(
                    e.feature == "country" and q < 2 for e, q in gaz.candidates(doc[start + 1 : end].text)
                )
            ):
                start += 1  # "Northern Iraq" tagged as one place: the country, its region read in step 5
            else:
                # "North Queensland", "Upstate New York", "Western Sydney": a part of a known place
                # the gazetteer has no entry for is read as the place it is part of, a division
                # where the name is one ("Upstate New York" is no part of the city)
                lead = self._compass_lead(doc, start, end, ("country", "admin1", "city", "region"))
                if lead:
                    covered.update(range(start, start + lead))
                    start += lead
                    rest = gaz.candidates(doc[start:end].text)
                    if any(e.feature == "admin1" and q == 0 for e, q in rest):
                        part_of = "admin1"
            if end - start >= 3 and not self._known(doc[start:end].text):
                county_end = self._county_of_a_body(doc, start, end)
                covered.update(range(county_end, end))  # the office or the person, no place
                end = county_end
            suffix = doc[end - 1].lower_
            typed = suffix in TYPE_SUFFIXES or suffix in ADMIN1_WORDS
            if end - start >= 2 and typed and not self._known(doc[start:end].text):
                # "Savar city", "Mehran county": the name is the words before the type word
                base = doc[start : end - 1].text
                cands = self._typed_candidates(base, suffix)
                if cands:
                    add(
                        _Mention(
                            start,
                            end,
                            base,
                            f"ner-{ent.label_}",
                            hint=TYPE_SUFFIXES.get(suffix, "admin1"),
                            candidates=cands,
                            locative=self._locative(doc, start),
                        )
                    )
                    continue
            prefix = doc[start].lower_
            if (
                end - start >= 3
                and (prefix in TYPE_SUFFIXES or prefix in ADMIN1_WORDS)
                and doc[start + 1].lower_ == "of"
                and not self._known(doc[start:end].text)
            ):
                # "the County of Brant", "the Municipality of Anykščiai": the name after "of"
                cands = self._typed_candidates(doc[start + 2 : end].text, prefix)
                if cands:
                    add(
                        _Mention(
                            start + 2,
                            end,
                            doc[start + 2 : end].text,
                            f"ner-{ent.label_}",
                            hint=TYPE_SUFFIXES.get(prefix, "admin1"),
                            candidates=cands,
                            locative=True,
                        )
                    )
                    continue
            for longer in range(min(len(doc), end + 3), end, -1):
                if doc[longer - 1].text[:1].isupper() and any(
                    q < 2 for _, q in gaz.candidates(doc[start:longer].text)
                ):
                    end = longer  # NER cut the name short: "Trinidad and Tobago", "DR Congo"
                    break
            if any(t in covered for t in range(start, end)):
                continue
            ends = [i for i in range(start, end) if end_of_a_route(doc, i, i + 1)]
            if len(ends) == 2:  # "the Mandera-Wajir highway" tagged as one place: its two ends
                for i in ends:
                    cands = list(gaz.candidates(doc[i].text))
                    add(_Mention(i, i + 1, doc[i].text, f"ner-{ent.label_}", candidates=cands, locative=True))
                continue
            name = doc[start:end].text
            if end - start == 1 and gaz.demonym(name) and not gaz.lookup(name):
                continue  # "Ukrainian" tagged GPE: the demonym rule below reads it
            if end - start >= 2 and not self._known(name) and (owner := gaz.demonym(doc[start].text)):
                # "in Indian Kashmir", "Iraqi Kurdistan": the people's adjective tells whose part of
                # a place the rest names, which is the place
                remainder = doc[start + 1 : end].text
                if any(e.country == owner and q < 2 for e, q in gaz.candidates(remainder)):
                    start, name = start + 1, remainder
            split = self._town_and_division(doc, start, end) if not self._known(name) else None
            if split is not None:
                # "in Tijuana Baja California" tagged "Tijuana Baja" + "California": a town, then
                # the division or country it lies in
                for a, b in split:
                    add(
                        _Mention(
                            a,
                            b,
                            doc[a:b].text,
                            f"ner-{ent.label_}",
                            hint=self._hint(doc, a, b),
                            candidates=list(gaz.candidates(doc[a:b].text)),
                            locative=self._locative(doc, a) if a == start else True,
                        )
                    )
                continue
            add(
                _Mention(
                    start,
                    end,
                    name,
                    f"ner-{ent.label_}",
                    hint=part_of or self._hint(doc, start, end),
                    candidates=list(gaz.candidates(name)),
                    locative=self._locative(doc, start),
                )
            )

        def near_a_town(i: int, j: int) -> bool:
            """ "near Saraqeb": one word after a preposition of nearness, which the NER took for an
            organisation, and which names a town (its own name or another of its names); "fired on
            Qamishli", "militias from Misrata": a big town (100,000 people or more) after another
            preposition of place, which the NER took for a body or a person."""
            if j - i != 1 or i == 0 or not any(e.start == i and e.end == j for e in blocked_ents):
                return False
            label = next(e.label_ for e in blocked_ents if e.start == i and e.end == j)
            before = doc[i - 1].lower_
            towns = [(c, q) for c, q in gaz.candidates(doc[i:j].text) if c.feature == "city" and q < 2]
            if before in _NEAR_WORDS and label == "ORG":
                return bool(towns)
            if label == "PERSON" and before == "from" and (i < 2 or doc[i - 2].tag_ != "NNS"):
                return False  # "a call from Jackson" is a person's; "militias from Misrata" a town's
            return (
                before in _TOWN_PREPOSITIONS
                and label in ("ORG", "PERSON")
                and any(c.population >= _BIG_TOWN for c, _ in towns)
            )

        # 2. capitalised proper-noun sequences the gazetteer knows
        i = 0
        while i < len(doc):
            tok = doc[i]
            # "al-Bukamal", "Al-Saba": a name joined to its article is read whole or not at all;
            # "in el Hermel": a lowercase article apart from its name, where a place is meant
            joined_article = tok.lower_ in _NAME_PARTICLES and _half_of_an_article_name(doc, i)
            spaced_article = (
                tok.text in _SPACED_ARTICLES
                and i + 1 < len(doc)
                and doc[i + 1].text[:1].isupper()
                and _after_strong_locative(doc, i)
            )
            article = joined_article or spaced_article
            if i in covered or not (tok.text[:1].isupper() or article) or not tok.is_alpha:
                i += 1
                continue
            if _half_of_an_article_name(doc, i) and not article:
                i += 1  # "Saba" of "the Al-Saba Bahrat area": no island Saba
                continue
            found = None
            for j in range(
                min(len(doc), i + MAX_NAME_TOKENS), i + 2 if joined_article else i + 1 if article else i, -1
            ):
                last = doc[j - 1]
                if not last.text[:1].isupper() or not last.is_alpha:
                    continue
                inner = doc[i:j]
                if any(t.i in covered for t in inner) or (
                    (i in blocked or any(t.i in blocked for t in inner))
                    and not _pieces_of_one_name(blocked_ents, i, j)
                    # "in al-Bukamal": the NER takes a name led by a lowercase article for a body
                    and not (article and _after_strong_locative(doc, i))
                    # "the province of Negros Occidental" read as an organisation
                    and not _after_division_word(doc, i)
                    # "shelled positions near Saraqeb" read as an organisation: no body stands "near"
                    and not near_a_town(i, j)
                    # "in Pakistan's Lakki Marwat district" read as a person: a name its kind of
                    # place follows is that place
                    and not _typed_after(doc, blocked_ents, i, j)
                    # "Sri Lanka has established ties": a country's name of two words or more is
                    # no person, whatever the NER says; nor one after "in" or "neighbouring"
                    # ("in neighbouring Niger")
                    and not (
                        (
                            j - i >= 2
                            or _after_strong_locative(doc, i)
                            or (i > 0 and doc[i - 1].lower_ in _NEIGHBOURING)
                            # "Niger's military junta", "Chad's army": a country's name that owns
                            # a state's body is the country
                            or _owns_a_state_body(doc, j)
                        )
                        and any(e.start == i and e.end == j and e.label_ == "PERSON" for e in blocked_ents)
                        and any(c.feature == "country" and q == 0 for c, q in gaz.candidates(inner.text))
                    )
                ):
                    continue
                if any(
                    not (t.text[:1].isupper() and t.is_alpha) and t.lower_ not in _INNER_NAME_WORDS
                    for t in inner
                ) or any(t.whitespace_ and t.text == "-" for t in inner):
                    continue
                if all(t.lower_ in DIRECTIONS or t.lower_ in COMPASS for t in inner):
                    # "Northern Afghanistan": the direction is read with the country below; "South
                    # East Asian", "Eastern and Southern Europe": no district called South East
                    continue
                # (a name its kind of place follows, "Lakki Marwat district", is a place, and may
                # be known by another of its names)
                placed_article = (
                    (article and _after_strong_locative(doc, i))
                    or near_a_town(i, j)
                    or _typed_after(doc, blocked_ents, i, j)
                    # "Mayor Salvador Bastida of Tacambaro", "the governor of X": whose office
                    or _office_of(doc, blocked_ents, i)
                )
                cands = [
                    c
                    for c in gaz.candidates(inner.text)
                    if self._scan_ok(inner, *c) or (placed_article and c[1] < 2)
                ]
                if not cands and _after_division_word(doc, i):
                    # "the province of Negros Occidental": GeoNames' "Province of Negros Occidental"
                    cands = self._typed_candidates(inner.text, doc[i - 2].lower_)
                if cands:
                    found = (j, cands)
                    break
            if found is None:
                i += 1
                continue
            j, cands = found
            if j + 1 < len(doc) and doc[j].lower_ in _NAME_PARTICLES and doc[j + 1].text[:1].isupper():
                i = j  # "Bir" of "Bir at Tutah", "Ras" of "Ras al Ain": part of a longer name
                continue
            if (
                _inside_a_longer_name(doc, i, j)
                and doc[j].tag_ in ("NNP", "NNPS")
                and doc[j].lower_ not in TYPE_SUFFIXES
                and doc[j].lower_ not in ADMIN1_WORDS
                and all(e.feature == "city" for e, _ in cands)
            ):
                i = j  # "Vista" of "Fraccionamiento Vista Dorada": a town inside a longer name
                continue
            name_tokens = [t for t in doc[i:j] if t.lower_ not in _INNER_NAME_WORDS]
            if all(t.tag_ in ("NNP", "NNPS") for t in name_tokens):
                add(
                    _Mention(
                        i,
                        j,
                        doc[i:j].text,
                        "gazetteer",
                        hint=self._hint(doc, i, j),
                        candidates=cands,
                        # ("Burundi closed its border": WordNet's lemma index lists a country's
                        # name as an adjective, "of Burundi", which makes no common word of it)
                        common_word=j - i == 1
                        and self._is_common(doc[i])
                        and not any(e.feature == "country" and q == 0 for e, q in cands),
                        locative=self._locative(doc, i),
                    )
                )
            i = j

        # a word of a person's name ("John Steele") is that person when it stands alone elsewhere
        # ("Steele said"), unless NER calls it a place somewhere in the article
        ner_place_keys = {name_key(m.name) for m in mentions if m.source.startswith("ner")}
        # words the article writes in lowercase ("drivers"): capitalised only by a sentence start
        common_words = {w for t in doc if t.is_lower and t.is_alpha for w in (t.lower_, t.lemma_.lower())}
        person_words = {
            t.lower_
            for ent in blocked_ents
            if ent.label_ == "PERSON" and len(ent) >= 2
            for t in ent
            if t.is_alpha
        }
        person_tokens = {
            i for ent in blocked_ents if ent.label_ == "PERSON" for i in range(ent.start, ent.end)
        }
        mentions = [
            m
            for m in mentions
            if not (m.source == "gazetteer" and _ends_a_persons_name(doc, m.start, person_tokens))
        ]
        mentions = [
            m
            for m in mentions
            if not (
                m.end - m.start == 1
                and m.source != "situated"
                and doc[m.start].lower_ in person_words
                and not _placed_word(doc, m.start)
                and (m.source == "gazetteer" or name_key(m.name) not in ner_place_keys)
                and not any(e.feature in ("country", "admin1") for e, q in m.candidates if q == 0)
            )
        ]
        covered = {i for m in mentions for i in range(m.start, m.end)}

        # 3. a person or organisation that is exactly a place name found elsewhere in the article
        place_keys = {name_key(m.name) for m in mentions if m.candidates}
        parts = [
            part
            for ent in blocked_ents
            # "in English": a language the NER calls one is no town, a demonym is read in step 4
            if not (ent.label_ == "LANGUAGE" and gaz.demonym(ent.text))
            for part in _comma_parts(doc, ent)
        ]
        parts = [piece for part in parts for piece in self._coordinated_parts(doc, *part)]
        # "the Lamu-Malindi road" tagged as one organisation: each end of the road on its own
        parts += [
            (i, i + 1)
            for start, end in parts
            for i in range(start, end)
            if end - start >= 3 and end_of_a_route(doc, i, i + 1)
        ]
        # names this step reads as places, and the parts it left, for a second look below
        read_here: dict[str, tuple[str, bool]] = {}
        left: list[tuple[int, int, str, str | None, list[tuple[GazetteerEntry, int]], bool]] = []
        for start, end in parts:
            start, end = self._trim(doc, start, end)
            # "in Far North Queensland" tagged as an organisation: the division it is part of
            part_of_division = self._compass_lead(doc, start, end, ("country", "admin1"))
            start += part_of_division
            if start >= end or any(t in covered for t in range(start, end)):
                continue
            name = doc[start:end].text
            hint = self._hint(doc, start, end)
            cands = list(gaz.candidates(name))
            # "the inhabitants of Eldama Ravine", "north of Lamu", "the central district of
            # Hakkari": words only a place follows
            of_a_place = (
                start >= 2
                and doc[start - 1].lower_ == "of"
                and (
                    doc[start - 2].lower_ in _OF_A_PLACE
                    or doc[start - 2].lower_ in _AREA_NOUNS
                    or doc[start - 2].lower_ in _PART_NOUNS
                )
            ) or _control_taken_of(doc, start)
            motion = _end_of_a_journey(doc, start)
            after_locative = (
                (start > 0 and doc[start - 1].lower_ in _STRONG_LOCATIVE)
                or of_a_place
                or motion
                or _names_an_area(doc, start, end)
                or _qualifies_a_name(doc, start)
                or _object_of_a_place_verb(doc, start, end)
                or self._listed_with_a_country(doc, start, end)
                or end_of_a_route(doc, start, end)
                # "near the border with Niger": what a border is shared with is a country or division
                or (start >= 2 and doc[start - 1].lower_ == "with" and doc[start - 2].lemma_ in _BORDER_NOUNS)
                # "former Kakamega Senator", "the Mandera Governor": the place an office is of
                or (end < len(doc) and doc[end].lower_ in _OFFICE_TITLES and doc[end].text[:1].isupper())
                # "clashed with fans at Lamu": "at" and one word is a town when the gazetteer
                # knows a sizeable town of exactly that name ("at Reuters" is none)
                or (
                    start > 0
                    and doc[start - 1].lower_ == "at"
                    and end - start == 1
                    and any(e.feature == "city" and q == 0 and e.population >= _CITY_POP_AT for e, q in cands)
                )
            )
            if (
                name_key(name) in place_keys
                or part_of_division
                or (hint in ("admin1", "city") and any(e.feature == hint and q < 2 for e, q in cands))
                or (after_locative and any(e.feature == "country" and q < 2 for e, q in cands))
                # "in Quneitra": a division by its own name after a word of place
                or (after_locative and any(e.feature == "admin1" and q == 0 for e, q in cands))
                # "Mitiga airport" taken for a person: an airport by its name; "at Schiphol" by its
                # short name
                or any(
                    e.feature == "site" and (q == 0 or (q == 1 and _airport_context(doc, start, end)))
                    for e, q in cands
                )
                # "Tamil Nadu said": a division's full name of two words or more is the division
                or (end - start >= 2 and any(e.feature == "admin1" and q == 0 for e, q in cands))
                # "the town of Maarat al-Numan" taken for a person: a settlement the text names as
                # one, read by another spelling or left unresolved where the gazetteer lacks it
                or (
                    (_called_a_settlement(doc, start) or _described_as_a_settlement(doc, end))
                    and all(e.feature == "city" for e, q in cands)
                )
                # "across the Sahel", "in the Donbas": a region takes the article
                or (
                    start >= 2
                    and doc[start - 1].lower_ == "the"
                    and doc[start - 2].lower_ in _STRONG_LOCATIVE
                    and any(e.feature == "region" and q == 0 for e, q in cands)
                )
            ):
                source = "recovered"  # named as a place elsewhere, "Kherson region", "in DR Congo"
            elif (
                (
                    end - start == 1
                    or (start > 0 and doc[start - 1].lower_ in _STRONG_LOCATIVE)
                    or of_a_place
                    or motion
                )
                and not (
                    end - start == 1 and doc[start].lower_ in person_words and not _placed_word(doc, start)
                )
                # "testify before Congress" names no Congress, Arizona
                and not (end - start == 1 and doc[start].lower_ in _PUBLIC_BODIES)
                # "Driver clocked at 194kph" opening a line, where the text speaks of "drivers"
                and not _common_word_opening(doc, start, end, common_words)
                # an acronym ("AL supporters": the Awami League) is no town of Norway
                and not (end - start == 1 and doc[start].text.isupper() and len(doc[start].text) <= 4)
                and any(
                    e.feature == "city"
                    and (q == 0 or (q == 1 and after_locative and e.population >= _CITY_POP_ANOTHER_SPELLING))
                    for e, q in cands
                )
                and not any(q < 2 and e.feature == "region" for e, q in cands)  # "EU": read below
            ):
                # "towards Bunia", "Kunduz had fallen": kept if a city of the article's country
                source = "recovered-weak"
            else:
                source = ""
            if source == "recovered-weak" and read_here.get(name_key(name), ("", False))[0] == "recovered":
                # "the Haitian town of Mirebalais ... The gangs now control Mirebalais": the name read
                # as a place before is that place again (one sense per discourse)
                source = "recovered"
            if source:
                add(
                    _Mention(
                        start,
                        end,
                        name,
                        source,
                        hint=hint,
                        candidates=cands,
                        locative=after_locative,
                    )
                )
                read_here.setdefault(name_key(name), (source, after_locative))
            else:
                left.append((start, end, name, hint, cands, after_locative))
        # "fled towards Wad Madani ... the RSF seized Wad Madani": a name this step read as a place
        # is that place in the rest of the article too (one sense per discourse), taken as the
        # first reading was so that both stand or fall together
        for start, end, name, hint, cands, _ in left:
            first = read_here.get(name_key(name))
            if first is not None and not any(t in covered for t in range(start, end)):
                source, locative = first
                add(_Mention(start, end, name, source, hint=hint, candidates=cands, locative=locative))

        # 3b. places named inside organisations: a country always ("the U.S. Department of Justice",
        # "EU member states" read like "the American department"), a division or a city when the
        # organisation is a public body of it ("Kentucky State Police", "the Government of Alberta"),
        # never an outlet or a brand ("The Washington Post", "Air Canada")
        named_places = {name_key(m.name) for m in mentions}
        for ent in blocked_ents:
            if ent.label_ != "ORG":
                continue
            start, end = self._trim(doc, ent.start, ent.end)
            words = {t.lower_ for t in doc[start:end]}
            if words & OUTLET_WORDS:
                continue
            public = bool(words & PUBLIC_BODY_WORDS) and not words & MOVEMENT_WORDS
            org_countries: set[str] = set()
            i = start
            while i < end:
                found = None
                # the whole name first, however long ("Democratic People's Republic of Korea" is
                # not its tail "Republic of Korea")
                longest = [end] if i == start and end - i > MAX_NAME_TOKENS else []
                # "the Government of National Unity", "the National Transitional Council": a
                # word an adjective of the name qualifies is a notion, not a division or town
                qualified = (
                    i > start
                    and doc[i - 1].text[:1].isupper()
                    and doc[i - 1].lower_.endswith(_ADJECTIVE_ENDINGS)
                    and not gaz.demonym(doc[i - 1].text)
                    and not gaz.candidates(doc[i - 1].text)
                )
                for j in [*longest, *range(min(end, i + MAX_NAME_TOKENS), i, -1)]:
                    inner = doc[i:j]
                    if not (inner[0].text[:1].isupper() and inner[-1].text[:1].isupper()):
                        continue
                    if any(t in covered for t in range(i, j)) or (j < end and inner[-1].lower_ == "state"):
                        continue  # "Kentucky State Police" names Kentucky
                    if _common_word_opening(doc, i, j, common_words):
                        continue  # "Time needed depends on motivation", where "time" is a word
                    # a division only by its own name: "Federal" in "Federal University" is no
                    # "Federal District"
                    cands = [
                        c
                        for c in gaz.candidates(inner.text)
                        if c[1] == 0 or (c[1] == 1 and c[0].feature in ("country", "region"))
                    ]
                    whole = i == start and j == end
                    if qualified:
                        cands = [c for c in cands if c[0].feature == "country"]
                    # "Manitoba's Opposition New Democrats", "Derry's Altnagelvin Hospital": the
                    # possessor opening an organisation's name is a place (another spelling too)
                    possessor = i == start and j < end and doc[j].lower_ in ("'s", "’s")
                    if possessor:
                        cands = [c for c in gaz.candidates(inner.text) if c[1] < 2]
                    if any(
                        e.feature == "country"
                        or ((public or whole or possessor) and e.feature in ("admin1", "admin2"))
                        # a sea or region alone or as possessor only ("Hawaii Pacific Health" is a
                        # brand); a continent also where a public body works ("Council of Europe")
                        or (e.feature == "region" and (whole or possessor or (public and _continent(e))))
                        # a town opens a public body's name, follows its "of" or is named as a
                        # place elsewhere ("Kabul Municipality", "the City of Kabul", "Smart Dubai
                        # Office"; no town in "Foreign and Commonwealth Office")
                        or (
                            (
                                whole
                                or (
                                    public
                                    and (
                                        i == start
                                        or doc[i - 1].lower_ == "of"
                                        or name_key(inner.text) in named_places
                                    )
                                )
                            )
                            and e.feature == "city"
                            and e.population >= 100_000
                        )
                        or (possessor and e.feature == "city" and e.population >= _CITY_POP_ALONE)
                        for e, _ in cands
                    ):
                        found = (j, cands)
                        break
                    if j - i >= 2 and any(q == 0 and e.feature == "admin1" for e, q in cands):
                        found = (j, [])  # "New Jersey Lottery": a division's name, no Jersey in it
                        break
                if found is None:
                    i += 1
                    continue
                j, cands = found
                if any(e.feature == "country" and q < 2 for e, q in cands):
                    org_countries.update(e.country for e, q in cands if e.feature == "country" and e.country)
                elif org_countries:
                    # "The Uganda Muslim Christian Unity Council": the body of a named country holds
                    # none of another country's divisions (no Unity state of South Sudan)
                    cands = [c for c in cands if c[0].country in org_countries]
                if cands:
                    # a movement or party named after a country ("the Sudan People's Liberation
                    # Movement") says whose it is, not where the story is; a public body is the
                    # state's own presence ("the U.S. Embassy in Kabul")
                    source = "embedded" if public else "named-by"
                    add(_Mention(i, j, doc[i:j].text, source, hint=self._hint(doc, i, j), candidates=cands))
                i = j

        # 4. demonyms: "Afghan provincial capitals", "Russian forces", "the European market"
        ent_label = {t.i: t.ent_type_ for t in doc if t.ent_type_}
        for tok in doc:
            if tok.i in covered or not tok.text[:1].isupper():
                continue
            if ent_label.get(tok.i) == "PERSON" and not (
                # "mined by Azerbaijani soldiers": the NER took a lone demonym before a common noun
                # for a person; a name of two words ("John French") stays a person
                _lone_entity(doc, tok) and _before_common_noun(tok)
            ):
                continue
            after = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            if after in ADMIN1_WORDS:
                # (by another of its names too: "the Northwest region" is Cameroon's "North-West
                # Province" in a story from Cameroon)
                divisions = [c for c in self._typed_candidates(tok.text, after) if c[1] < 2]
                if divisions:  # "(Somali region)": Ethiopia's Somali Region, not Somalia
                    add(_Mention(tok.i, tok.i + 2, tok.text, "typed", hint="admin1", candidates=divisions))
                    continue
            if not self._demonym_use(tok):
                continue
            if after == "quarter" and doc[tok.i + 1].text[:1].isupper():
                continue  # "the French Quarter", "the Jewish Quarter": a neighbourhood's name
            start = tok.i
            code = None
            if tok.i > 0 and doc[tok.i - 1].text[:1].isupper() and tok.i - 1 not in covered:
                two = doc[tok.i - 1 : tok.i + 1].text  # "South Korean", "Sri Lankan", "North American"
                code = gaz.demonym(two) or REGION_ADJECTIVES.get(name_key(two))
                if code:
                    start = tok.i - 1
                elif doc[tok.i - 1].lower_ in _WIDER_THAN_DEMONYM:
                    continue  # "Northern Irish" is not Irish
            code = code or gaz.demonym(tok.text) or REGION_ADJECTIVES.get(tok.lower_)
            if not code or (
                tok.lower_.endswith("s") and tok.lower_ not in _DEMONYMS_IN_S
            ):  # "Afghans" are people
                continue
            entry = self._demonym_entry(code)
            if entry is None:
                continue
            add(_Mention(start, tok.i + 1, doc[start : tok.i + 1].text, "demonym", fixed=entry))

        # 5. "northern Afghanistan", "the north of Mali": regions of a country
        for m in mentions:
            if (
                m.fixed is None
                and m.hint is None
                and m.start >= 1
                and doc[m.start - 1].lower_ in DIRECTIONS
                and not any(e.feature == "country" for e, q in m.candidates if q < 2)
                and any(e.feature == "admin1" and q == 0 for e, q in m.candidates)
                and not _city_abroad(m.candidates)
                # ("rallied in central Tbilisi": the heart of a big city, not a part of its region)
                and not (
                    DIRECTIONS[doc[m.start - 1].lower_] == "central"
                    and any(
                        e.feature == "city" and q == 0 and e.population >= 1_000_000 for e, q in m.candidates
                    )
                )
            ):
                m.hint = "admin1"  # "central Washington", "southern Kaduna": a part of the division
            if m.source == "demonym" or not any(e.feature == "country" for e, q in m.candidates if q < 2):
                continue
            before = doc[m.start - 1] if m.start >= 1 else None
            direction = None
            new_start = m.start
            if before is not None and before.lower_ in DIRECTIONS and before.i not in covered:
                direction, new_start = DIRECTIONS[before.lower_], m.start - 1
            elif m.start >= 2 and doc[m.start - 1].lower_ == "of" and doc[m.start - 2].lower_ in COMPASS:
                direction, new_start = COMPASS[doc[m.start - 2].lower_], m.start - 2
            elif (
                m.end + 1 < len(doc)
                and doc[m.end].lower_ in ("'s", "’s")
                and doc[m.end + 1].lower_ in COMPASS
                and m.end + 1 not in covered
            ):
                # "in Benin's north", "Nigeria's north-east": the country's part, as "northern Benin"
                word, end = doc[m.end + 1].lower_, m.end + 2
                if end + 1 < len(doc) and doc[end].text == "-" and f"{word}{doc[end + 1].lower_}" in COMPASS:
                    word, end = f"{word}{doc[end + 1].lower_}", end + 2
                direction = COMPASS[word]
                m.end = end
            if direction is None:
                continue
            country = next(e for e, q in m.candidates if e.feature == "country" and q < 2)
            m.fixed = GazetteerEntry(
                geonameid=None,
                name=f"{direction} {country.name}",
                country=country.country,
                admin1=None,
                lat=country.lat,
                lon=country.lon,
                feature="region",
                population=0,
            )
            m.source = "region"
            m.start = new_start
            covered.update(range(m.start, m.end))

        # "Molotov cocktails", "Spanish flu": a place name fixed in a common noun names no place
        mentions = [
            m
            for m in mentions
            if not (m.end < len(doc) and (name_key(m.name), doc[m.end].lemma_.lower()) in _LEXICALISED)
            # "Colonia Las Aves", "Barangay Pahug": the word that says a neighbourhood's name follows
            and not (
                m.end - m.start == 1
                and doc[m.start].lower_ in _QUARTER_DESIGNATORS
                and m.end < len(doc)
                and doc[m.end].text[:1].isupper()
            )
        ]
        for m in mentions:
            held_by = self._held_by(doc, m.start)
            if held_by is not None and m.fixed is None:
                # "Pakistan-administered Kashmir": only a reading in the country that holds it (none
                # leaves the name unresolved rather than on the other side of the line)
                m.candidates = [(e, q) for e, q in m.candidates if e.country == held_by]
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _held_by(self, doc: Doc, start: int) -> str | None:
        """The country a "<country>-administered" or "-controlled" before a name says holds it."""
        if start < 3 or doc[start - 2].text != "-" or doc[start - 1].lower_ not in _HOLDING_WORDS:
            return None
        word = doc[start - 3].text
        return self.gazetteer.demonym(word) or next(
            (e.country for e, q in self.gazetteer.candidates(word) if e.feature == "country" and q == 0), None
        )

    def _datelines(self, doc: Doc) -> list[_Mention]:
        """Upper-case place names where a wire story's dateline stands: at the start of the text or
        of a line (or after a byline's full stop), followed by a dash, colon, bracket or comma."""
        out: list[_Mention] = []
        for tok in doc:
            i = tok.i
            at_line_start = (
                i == 0 or doc[i - 1].is_space or "\n" in doc[i - 1].whitespace_ or doc[i - 1].text == "."
            )
            if not _upper_word(tok) or (i > 0 and _upper_word(doc[i - 1])):
                continue
            j = i + 1
            while j < len(doc) and j - i < MAX_NAME_TOKENS and _upper_word(doc[j]):
                j += 1
            if j >= len(doc):
                continue
            # "WASHINGTON Christopher Steele, who ...": a story's first words in capitals before
            # its first sentence are its dateline, where a copy lost the dash
            opens_the_story = all(t.is_space for t in doc[:i]) and _title_word(doc[j])
            if doc[j].text[:1] not in _DATELINE_PUNCT and not opens_the_story:
                continue
            # "Associated Press WASHINGTON (AP) —": an agency's credit marks a dateline anywhere
            if not at_line_start and not _agency_credit(doc, j):
                continue
            name = doc[i:j].text.title()
            cands = [
                (e, q)
                for e, q in self.gazetteer.candidates(name)
                if (q == 0 and e.feature in ("city", "admin1", "country"))
                or (q == 1 and e.feature == "city" and e.population >= 100_000)  # "NEW YORK"
            ]
            if not any(q == 0 for _, q in cands):
                continue
            if doc[j].text[:1] not in _DATELINE_PUNCT and not any(
                e.feature == "city" and q == 0 and e.population >= 100_000 for e, q in cands
            ):
                continue  # without its dash only a big town's name: "US President-elect ..." is none
            mention = _Mention(i, j, name, "dateline", hint="city", candidates=cands)
            if doc[j].text != ",":
                # a place standing alone in a dateline is the best-known of its name, as wire
                # style has it ("WASHINGTON (AP)", "LONDON —"); a lesser one takes its state or
                # country after a comma ("PARIS, Texas"). Where two towns of the name are both
                # well known ("VICTORIA", of Hong Kong or British Columbia) the story decides.
                mention.fixed = _best_known([e for e, q in cands if e.feature == "city" and q == 0])
            out.append(mention)
        return out

    def _demonym_use(self, tok: Token) -> bool:
        """Whether ``tok`` is used as a modifier that can stand for its country.

        ``places``: before a place-like noun or a state institution only; ``all``: before any noun
        ("Russian hackers", "the Turkish-Russian talks", "the Russian and Turkish administrations"),
        as geoparsing corpora annotate them; ``none``: never.
        """
        if self.demonyms == "none" or names_a_language(tok):
            return False
        if self.demonyms == "all" and _hyphen_modifier(tok):
            return True  # "Turkish-backed militiamen", "the Syrian-Turkish border", "Russian-led"
        if self.demonyms == "all" and _before_common_noun(tok) and tok.dep_ not in ("nsubj", "dobj"):
            return True  # "languish in Azerbaijani jails": the parser took the pair for a noun phrase
        dep = tok.dep_
        head = tok.head
        if dep == "conj" and head.dep_ in ("amod", "compound", "nmod"):
            dep, head = head.dep_, head.head  # "the Russian and Turkish administrations"
        if dep not in ("amod", "compound", "nmod"):
            return False
        if self.demonyms == "places":
            return head.lower_ in DEMONYM_HEADS
        return head.pos_ in ("NOUN", "PROPN") or head.tag_.startswith("NN")

    def _beside_named(self, m: _Mention, entry: GazetteerEntry, votes: dict[str, float]) -> bool:
        """Whether the NER's town lies beside a country the article names: "Israeli troops raided
        Jenin" is the West Bank's Janin, by its English name, not a hamlet of that spelling."""
        if m.source != "ner-GPE":
            return False
        for code, weight in votes.items():
            if weight < 0.5 or len(code) != 2:
                continue
            try:
                country = self.gazetteer.country(code)
            except KeyError:
                continue
            if distance_km(entry, country) < _NEIGHBOUR_KM:
                return True
        return False

    def _peoples_countries(self, doc: Doc) -> list[str]:
        """The countries of the peoples a text names in the plural ("Palestinians", "Afghans")."""
        out = []
        for tok in doc:
            if tok.tag_ == "NNPS" or (tok.tag_ == "NNP" and tok.lower_.endswith("s")):
                code = self.gazetteer.demonym(tok.text)
                if code and len(code) == 2 and code.isupper():
                    out.append(code)
        return out

    def _demonym_entry(self, code: str) -> GazetteerEntry | None:
        """The country (an ISO2 code) or the continent (a name) a demonym stands for."""
        gaz = self.gazetteer
        if len(code) == 2 and code.isupper():
            try:
                return gaz.country(code)
            except KeyError:
                return None
        return next((e for e in gaz.lookup(code) if e.feature == "region"), None)

    # ------------------------------------------------------------------ resolution

    def _prominence(
        self, entry: GazetteerEntry, quality: int, hint: str | None, has_city_twin: bool
    ) -> float:
        """Score from the entry alone: feature, capital, population, name quality and hint."""
        pop = math.log10(entry.population + 1)
        if entry.feature == "country":
            score = 3.0
        elif entry.feature == "admin1":
            score = 0.25 * pop + 0.3
            if hint != "admin1" and has_city_twin:
                score -= 1.0  # "Kunduz" alone is the city; the province says "province"
        elif entry.feature == "admin2":
            # a county or district: the town of the same name is what a bare name means
            score = 0.25 * pop - 0.5
        else:
            score = 0.25 * pop + (_CAPITAL_BONUS if self.gazetteer.is_capital(entry) else 0.0)
        if entry.feature == "region":
            score = 2.0  # continents, seas, "the Middle East", "eastern Ghouta"
        elif entry.feature == "site":
            score = 2.0  # an airport: "Heathrow" is London's more often than the Floridian town's
        if entry.feature == "country" and quality == 0:
            score += 2.0  # "Mexico" is the country, "Mexico City" is written out
        score -= (0.0, 1.0, 1.5)[quality]
        if hint == "admin1":
            # a district whose own name says what it is ("Province of Negros Occidental") is the
            # division "the province of Negros Occidental" asks for
            named_division = entry.feature == "admin2" and named_word_first(entry.name)
            score += 3.0 if entry.feature == "admin1" or named_division else -1.0
        elif hint == "city":
            score += 1.5 if entry.feature == "city" else -1.0
        return score

    def _resolve(self, doc: Doc, mentions: list[_Mention]) -> list[Toponym]:
        _hint_coordinated_divisions(doc, mentions)
        # group mentions of one name (and hint): one sense per discourse
        groups: dict[tuple[str, str | None], list[_Mention]] = defaultdict(list)
        for m in mentions:
            if m.fixed is None:
                groups[(name_key(m.name), m.hint)].append(m)
        # "Edmonton, Ky.", "Paris, Texas", "London, Ont.": the division or country named right after
        # a town's name says which town it is
        by_start = {m.start: m for m in mentions}
        within: dict[tuple[str, str | None], set[tuple[str | None, str | None]]] = defaultdict(set)
        for m in mentions:
            after = by_start.get(m.end + 1)
            if (
                after is not None
                and doc[m.end].lower_ == "in"
                and after.end + 1 in by_start
                and _owns_next(doc, after.end, after.end + 1)
            ):
                # "the village of X in eastern Ukraine's Donetsk region": the division holds X
                after = by_start[after.end + 1]
            if after is None and m.end + 2 < len(doc) and doc[m.end].lower_ in _PART_NOUNS:
                after = by_start.get(m.end + 2) if doc[m.end + 1].lower_ == "in" else None
            elif after is not None and doc[m.end].lower_ != "in" and doc[m.end].text not in (",", "("):
                after = None
            if after is None:
                continue  # "X, Y", "X (Y)", "X in Y", "the X area in Y": Y holds X
            if doc[m.end].text == "," and _listed(doc, after.end):
                continue  # "in Copenhagen, Hamburg and Mannheim": a list, not a town and its state
            readings = [
                (e, q)
                for e, q in after.candidates or ([(after.fixed, 0)] if after.fixed else [])
                if e.feature in ("admin1", "country")
            ]
            # its best readings only: "in Somalia" is the country, not Ethiopia's Somali region
            best = min((q for _, q in readings), default=0)
            for e, q in readings:
                if q > best:
                    continue
                if q < 2 and e.feature == "admin1":
                    within[(name_key(m.name), m.hint)].add((e.country, e.name))
                elif q < 2 and e.feature == "country":
                    within[(name_key(m.name), m.hint)].add((e.country, None))
        # "in northern Yemen (Al Jawf)": brackets after a country or its region name a place in it
        by_end = {m.end: m for m in mentions}
        for m in mentions:
            # "Iraq's semi-autonomous Kurdistan region", "Cameroon's restive Northwest": the
            # country whose name owns the place holds it
            owner = _possessor(doc, m.start, by_end)
            country = _country_reading(owner) if owner is not None else None
            if country:
                within[(name_key(m.name), m.hint)].add((country, None))
        for m in mentions:
            before = by_end.get(m.start - 1) if m.start >= 2 and doc[m.start - 1].text == "(" else None
            if before is None:
                continue
            country = _country_reading(before, regions=True)
            if country:
                within[(name_key(m.name), m.hint)].add((country, None))

        def group_candidates(ms: list[_Mention]) -> list[tuple[GazetteerEntry, int]]:
            # counties of one name in several states have no geonameid: their division tells them apart
            best: dict[tuple[object, ...], tuple[GazetteerEntry, int]] = {}
            abbreviated = all(_abbreviation(m.name) for m in ms)
            for m in ms:
                for entry, quality in m.candidates:
                    if abbreviated and entry.feature == "city":
                        continue  # "EU" is no town called Eu
                    key = _entry_key(entry)
                    if key not in best or quality < best[key][1]:
                        best[key] = (entry, quality)
            return list(best.values())

        named_countries: list[GazetteerEntry] = []  # filled after the first pass

        def score_all(
            cands: list[tuple[GazetteerEntry, int]],
            hint: str | None,
            countries: dict[str, float],
            admin1s: set[tuple[str | None, str | None]],
            anchors: list[GazetteerEntry],
            inside: set[tuple[str | None, str | None]] = frozenset(),  # type: ignore[assignment]
        ) -> list[tuple[float, GazetteerEntry]]:
            # a city of the same name, big next to its division, makes the bare name the city's:
            # a town of that name inside the division, or the nation's capital (Delaware, Ohio does
            # not make "Delaware" a town; Washington, D.C. makes "Washington" the capital). Such a
            # town is the name's own even where the gazetteer writes it otherwise ("New York" for
            # New York City, "Odessa" for Odesa).
            city_pop: dict[tuple[str | None, str | None], int] = {}
            for e, q in cands:
                if e.feature == "city" and q < 2:
                    key = (e.country, None if self.gazetteer.is_capital(e) else e.admin1)
                    city_pop[key] = max(city_pop.get(key, 0), e.population)
            twins = {
                (e.country, e.name)
                for e, q in cands
                if e.feature == "admin1" and q < 2 and _names_the_town(e, city_pop)
            }
            total = sum(countries.values()) or 1.0
            # "Georgia", the country or the US state: the one in the article's main country
            clash = any(e.feature == "country" and q == 0 for e, q in cands) and any(
                e.feature == "admin1" and q == 0 for e, q in cands
            )
            # "London" in a story from Ontario that names Canada and never Britain: a big town of
            # the article's own country outranks a capital abroad nothing in the article points to
            home_towns = {
                e.country
                for e, q in cands
                if e.feature == "city"
                and q == 0
                and e.population >= _HOME_TOWN_POP
                and countries.get(e.country or "", 0.0) / total >= 0.5
                and any(c.country == e.country for c in named_countries)
            }
            out = []
            for entry, quality in cands:
                twin = entry.feature == "admin1" and (entry.country, entry.name) in twins
                if entry.feature == "city" and quality == 1 and (entry.country, entry.admin1) in twins:
                    quality = 0
                s = self._prominence(entry, quality, hint, twin)
                share = countries.get(entry.country or "", 0.0) / total
                if (
                    home_towns - {entry.country}
                    and not share
                    and entry.feature == "city"
                    and self.gazetteer.is_capital(entry)
                ):
                    s -= _CAPITAL_BONUS
                if share:
                    # a country the article barely touches ("Karak" once read in Pakistan in a report
                    # from Jordan) earns less than one it is about
                    s += 1.2 * min(1.0, share / _MINOR_SHARE) + 0.5 * share
                if entry.feature in ("city", "admin1", "region") and (
                    (entry.country, entry.admin1) in inside or (entry.country, None) in inside
                ):
                    s += 4.0
                elif (
                    inside
                    and entry.feature in ("city", "admin1", "region")
                    and all(c != entry.country for c, _ in inside)
                ):
                    s -= 3.0  # "Mambasa (Nord-Kivu)" is no town of another country
                if entry.feature in ("city", "admin2") and (entry.country, entry.admin1) in admin1s:
                    s += 1.5
                elif (
                    entry.feature == "admin1"
                    and not twin
                    and any(c == entry.country and a != entry.name for c, a in admin1s)
                ):
                    s += 1.5  # "Montana and Wyoming": a division named beside its peers
                if clash and entry.feature == "admin1" and quality == 0 and share >= 0.5:
                    s += 2.5
                if (
                    named_countries
                    and quality < 2
                    and entry.feature in ("city", "admin1")
                    and not countries.get(entry.country or "")
                    and min(distance_km(entry, c) for c in named_countries) < _NEIGHBOUR_KM
                ):
                    # "Hamas fighters in Gaza fired rockets at Israel": the Gaza beside Israel; a
                    # town there by its English name ("Israeli troops raided Jenin") more so than
                    # a hamlet of that spelling far off
                    s += 1.0 if quality == 1 and entry.population >= 10_000 else 0.5
                if anchors and entry.feature in ("city", "admin2"):
                    near = min(distance_km(entry, a) for a in anchors)
                    s += 1.0 if near < 100 else 0.5 if near < 300 else 0.0
                elif entry.feature == "admin1" and any(
                    a.country == entry.country and a.admin1 == entry.name for a in anchors
                ):
                    s += 1.0
                out.append((s, entry))
            out.sort(key=lambda t: -t[0])
            return out

        # pass 1: prominence and hints, plus the countries named outright
        countries: dict[str, float] = defaultdict(float)
        votes_by_name: dict[str, list[tuple[str, float]]] = defaultdict(list)  # a name's own, all its hints
        for m in mentions:
            if m.fixed is not None and m.fixed.country:
                # "Turkish convoys entered Idleb": a demonym says whose a thing is more often
                # than where it is, so it weighs half a country's name
                # unless it qualifies a place ("the Kenyan district of Mandera")
                whose = m.source == "demonym" and not (
                    m.end < len(doc)
                    and (doc[m.end].lower_ in _PART_NOUNS or doc[m.end].lower_ in ADMIN1_WORDS)
                )
                countries[m.fixed.country] += 0.5 if whose else 1.0
        for country in self._peoples_countries(doc):
            # "troops arrested 15 Palestinians in Jenin": a people is no place, but says where
            countries[country] += 0.5
        first: dict[tuple[str, str | None], GazetteerEntry] = {}
        for key, ms in groups.items():
            ranked = score_all(group_candidates(ms), key[1], {}, set(), [], within[key])
            if not ranked:
                continue
            top = ranked[0]
            ambiguous = any(
                e.feature == "admin1" and q == 0 and e.population >= 1_000_000
                for e, q in group_candidates(ms)
            )
            if top[1].feature == "country" and not ambiguous:
                countries[top[1].country or ""] += sum(0.25 if m.source == "named-by" else 1.0 for m in ms)
            first[key] = top[1]
        named_countries.extend(
            e
            for e in [*(m.fixed for m in mentions if m.fixed is not None), *first.values()]
            if e.feature == "country"
        )
        # the article's other places vote for their countries, confident NER places count more
        votes: dict[str, float] = defaultdict(float, countries)
        for key, chosen in first.items():
            if chosen.feature != "country" and chosen.country:
                if all(m.common_word for m in groups[key]):
                    continue  # "On 1 May", "May": a common word is no evidence of a country
                if all(q == 2 for e, q in group_candidates(groups[key]) if e is chosen):
                    continue  # nor is a name's loose transliteration ("Kaplong" as "Capalonga")
                if (
                    all(m.source in _WEAK_SOURCES for m in groups[key])
                    and chosen.feature == "city"
                    and chosen.population < _WEAK_VOTE_POP
                ):
                    continue  # nor a small town matched by a capitalised word ("Romeo" of Alfa Romeo)
                strong = any(m.source.startswith("ner") for m in groups[key])
                votes[chosen.country] += 0.5 if strong else 0.2
                votes_by_name[key[0]].append((chosen.country, 0.5 if strong else 0.2))
        # the divisions the article names, with the names that name them
        named_by: dict[tuple[str | None, str | None], set[str]] = defaultdict(set)
        # "Black Hawk County" lies in Iowa alone: a county of one state names that state
        counties_of_one_state = [
            (key, e)
            for key, e in first.items()
            if e.feature == "admin2" and e.admin1 and _one_division(group_candidates(groups[key]))
        ]
        for key, e in [*((k, e) for k, e in first.items() if e.feature == "admin1"), *counties_of_one_state]:
            named_by[(e.country, e.admin1)].add(key[0])
        for m in mentions:
            if m.fixed and m.fixed.feature == "admin1":
                named_by[(m.fixed.country, m.fixed.admin1)].add("")  # fixed by the text itself
        admin1s = set(named_by)
        anchors = [
            e
            for key, e in first.items()
            if e.feature == "city" and any(m.source.startswith("ner") for m in groups[key])
        ]
        # towns fixed by the places that situate them ("Lexington, Kentucky") anchor the others too
        anchors += [
            m.fixed for m in mentions if m.source == "situated" and m.fixed and m.fixed.feature == "city"
        ]
        # and so do counties of one state ("the Black Hawk County Sheriff's Office"): a small area
        anchors += [e for _, e in counties_of_one_state]

        group_homes = _named_groups_countries(doc)
        # pass 2: with the article's countries, divisions and places as context
        resolved: dict[tuple[str, str | None], tuple[float, GazetteerEntry]] = {}
        runners_up: dict[tuple[str, str | None], list[tuple[float, GazetteerEntry]]] = {}
        for key, ms in groups.items():
            others = [a for a in anchors if first.get(key) is not a]
            # a name's own reading as a division is no context for its other readings: "Quebec"
            # read as the province does not make the city of Quebec a town of a named province
            divisions = {d for d, names in named_by.items() if names - {key[0]}}
            # a name's own first reading is no evidence for itself: "Tripoli" read in Libya must
            # not outvote the Lebanon and Beirut of the same article
            others_votes = dict(votes)
            for country, weight in votes_by_name.get(key[0], []):
                others_votes[country] -= weight
            for country in group_homes:
                # "Hamas fighters in southern Gaza": a group's home tells which Gaza, though it
                # makes no town elsewhere a namesake (al-Shabaab fights in Kenya too)
                others_votes[country] = others_votes.get(country, 0.0) + 0.5
            ranked = score_all(group_candidates(ms), key[1], others_votes, divisions, others, within[key])
            if ranked:
                resolved[key] = ranked[0]
                runners_up[key] = ranked[1:]

        # a name situated once ("Materi (Materi, Atacora)") keeps that reading in the whole article
        # and so does a dateline's place ("WASHINGTON (AP)" is the capital in the whole story)
        pinned = {
            name_key(m.name): m.fixed for m in mentions if m.source in ("situated", "dateline") and m.fixed
        }
        filed_from = [
            m.fixed or resolved.get((name_key(m.name), m.hint), (0.0, None))[1]
            for m in mentions
            if m.source == "dateline"
        ]
        filed_in = next((e.country for e in filed_from if e is not None), None)
        text = doc.text  # built anew on every access
        toponyms: list[Toponym] = []
        kept: dict[int, tuple[int, GazetteerEntry | None]] = {}  # token start -> (end, entry)
        rejected: list[tuple[_Mention, GazetteerEntry, float]] = []
        unread: list[_Mention] = []  # names no reading fits
        for m in mentions:
            found: GazetteerEntry | None = m.fixed
            score = 1.0
            if found is None and name_key(m.name) in pinned and m.hint != "admin1":
                found = pinned[name_key(m.name)]
            inside = within.get((name_key(m.name), m.hint))
            if found is None and inside:
                got = resolved.get((name_key(m.name), m.hint))
                if (
                    got is not None
                    and got[1].feature in ("city", "admin1")
                    and all(c != got[1].country for c, _ in inside)
                ):
                    # "Mambasa (Nord-Kivu)": no town nor division of another country; a place
                    # all the same where the text calls it one ("the town of Tamboul in Gezira")
                    unread.append(m)
                    continue
                divisions_named = {(c, a) for c, a in inside if a}
                if (
                    got is not None
                    and got[1].feature == "city"
                    and got[1].population < _CITY_POP_ALONE
                    and divisions_named
                    and (got[1].country, got[1].admin1) not in divisions_named
                ):
                    # "the village of Illinka in Donetsk region" is no Illinka of Odesa region: a
                    # namesake the gazetteer has, not the village the text places
                    unread.append(m)
                    continue
            if found is None:
                got = resolved.get((name_key(m.name), m.hint))
                if got is not None:
                    score, found = got
                else:
                    score = 0.0
                if _bracketed_after_name(doc, m.start, m.end):
                    m.locative = True  # "Takalout (Kidal)": where the name before it lies
                if not self._accept(doc, m, found, votes, admin1s, filed_in):
                    # "in Quneitra": the town of another spelling is no place here, the
                    # division of the name's own spelling is; "in the Atlantic", "the Middle
                    # East": a small American town refused, the sea or region of the name
                    division = next(
                        (
                            (s, e)
                            for s, e in runners_up.get((name_key(m.name), m.hint), [])
                            if e.feature in ("admin1", "country", "region")
                            and (e, 0) in m.candidates
                            and not (inside and all(c != e.country for c, _ in inside))
                            and self._accept(doc, m, e, votes, admin1s, filed_in)
                        ),
                        None,
                    )
                    if division is None:
                        if found is not None:
                            rejected.append((m, found, score))
                        continue
                    score, found = division
                if m.end < len(doc) and doc[m.end].lower_ in _QUARTER_NOUNS and found is not None:
                    towns = [e for _, e in resolved.values() if e is not found and e.feature == "city"]
                    if not any(distance_km(found, e) <= _QUARTER_KM for e in towns):
                        continue  # "Braunas neighborhood" of Belo Horizonte is no town 160 km away
            kept[m.start] = (m.end, found)
            toponyms.append(self._toponym(doc, text, m, found, score))
        # "Hilversum and Almelo", "Qamishli and other towns": a town listed with the article's towns
        # is a town, whatever the NER called it; a list may chain ("A, B and C")
        changed = True
        while changed and rejected:
            changed = False
            for item in list(rejected):
                m, found, score = item
                if _listed_town(doc, m, found, kept):
                    kept[m.start] = (m.end, found)
                    toponyms.append(self._toponym(doc, text, m, found, score))
                    rejected.remove(item)
                    changed = True
        for m in unread + [m for m, _, _ in rejected]:
            # "the town of Tamboul": a name the text calls a place whose only readings are far-off
            # namesakes or other spellings stays a place, unresolved rather than guessed
            if m.start not in kept and self._accept(doc, m, None, votes, admin1s, filed_in):
                kept[m.start] = (m.end, None)
                toponyms.append(self._toponym(doc, text, m, None, 0.0))
        toponyms.sort(key=lambda t: t.start)
        return self._sites_at_their_towns(_without_strays(toponyms), text)

    def _sites_at_their_towns(self, toponyms: list[Toponym], text: str) -> list[Toponym]:
        """Give a facility named after its town the town's point: "Donetsk Airport", "Kakuma
        camp", "Mogadishu port" are sites the gazetteer lacks, but they lie at Donetsk, Kakuma and
        Mogadishu; "Toronto's Pearson International Airport" lies at Toronto. The town is the
        article's own reading of that name, else a town the name leaves no doubt about: in the
        article's main country, or a city of 100,000 people, either five times bigger than any
        namesake ("Heathrow Airport" is no airport of the small Heathrow in Florida)."""
        towns = {
            name_key(t.text): t.entry for t in toponyms if t.entry is not None and t.entry.feature == "city"
        }
        by_end = {t.end: t.entry for t in toponyms if t.entry is not None and t.entry.feature == "city"}
        named = Counter(t.entry.country for t in toponyms if t.entry is not None and t.entry.country)
        main = named.most_common(1)[0][0] if named else None
        for t in toponyms:
            if t.entry is not None:
                continue
            words = t.text.split()
            if len(words) < 2 or words[-1].lower() not in _FACILITY_NOUNS:
                continue
            owner = None  # "Toronto's Pearson International Airport"
            for possessive in ("'s ", "’s "):
                at = t.start - len(possessive)
                if text[at : t.start] == possessive and at in by_end:
                    owner = by_end[at]
            head = [w for w in words[:-1] if w.lower() not in ("international", "regional", "main")]
            if not head and owner is None:
                continue
            town = owner or towns.get(name_key(" ".join(head)))
            if town is None:
                cities = [
                    e for e, q in self.gazetteer.candidates(" ".join(head)) if q == 0 and e.feature == "city"
                ]
                big = cities if any(e.population >= _HOME_TOWN_POP for e in cities) else []
                town = _best_known([e for e in cities if e.country == main]) or _best_known(big)
                others = [e for e in towns.values() if e is not None]
                if town is not None and others and min(distance_km(town, e) for e in others) > _STRAY_KM:
                    town = None  # "Pearl Harbor" in a story from Honolulu lies at no Pearl, Mississippi
            if town is None:
                continue
            t.entry = dataclasses.replace(town, geonameid=None, name=t.text, feature="site", population=0)
        return toponyms

    @staticmethod
    def _toponym(doc: Doc, text: str, m: _Mention, found: GazetteerEntry | None, score: float) -> Toponym:
        start = doc[m.start].idx
        end = doc[m.end - 1].idx + len(doc[m.end - 1].text)
        return Toponym(start=start, end=end, text=text[start:end], entry=found, score=score)

    def _in_its_country_s(self, doc: Doc, m: _Mention, entry: GazetteerEntry) -> bool:
        """Whether the name follows its own country's possessive: "Haiti's Mirebalais", "Sudan's
        El Fasher" (a town the text places in its country, however small)."""
        if m.start < 2 or doc[m.start - 1].lower_ not in ("'s", "’s"):
            return False
        owner = doc[m.start - 2]
        return any(
            e.feature == "country" and e.country == entry.country for e in self.gazetteer.lookup(owner.text)
        )

    def _accept(
        self,
        doc: Doc,
        m: _Mention,
        entry: GazetteerEntry | None,
        votes: dict[str, float],
        divisions: Set[tuple[str | None, str | None]] = frozenset(),
        filed_in: str | None = None,
    ) -> bool:
        """Whether a mention, resolved to ``entry``, is a place worth reporting; ``divisions`` are
        the (country, admin1) pairs of the divisions the article names, ``filed_in`` the country of
        the wire dateline's city."""
        if m.source == "dateline":
            return entry is not None
        if m.end < len(doc) and doc[m.end].lower_ == "day" and doc[m.end - 1].whitespace_:
            return False  # "Saba Saba day", "Australia Day": a day kept in memory of, not a place
        if entry is None:
            # only names the text itself marks as places
            words = {t.lower_ for t in doc[max(0, m.start - 1) : m.end + 1]}
            return (
                m.source in ("ner-GPE", "ner-LOC", "ner-FAC")
                and (bool(words & PLACE_TYPE_WORDS) or m.hint is not None)  # "the town of Maadan"
            ) or (m.source == "recovered" and _called_a_settlement(doc, m.start))
        # (a place in a division the story names is in its country: "the countryside of Tal Tamer
        # in Hasakeh province")
        in_country = entry.country is not None and (
            votes.get(entry.country, 0.0) >= 1
            or (entry.feature in ("city", "admin2") and (entry.country, entry.admin1) in divisions)
        )
        # a short report that names no country ("Police fired tear gas in Moyale town"): a town
        # is not abroad for want of a country, a name after "in"/"near" the NER marks is a place
        no_country = not any(v >= 1 for v in votes.values())
        quality = min((q for e, q in m.candidates if e == entry), default=0)
        if quality >= 1 and entry.feature == "city" and _an_actor_s_name(m.name):
            return False  # "an air strike on Hamas leaders": a group's name, not another name of Hamm
        own_votes = votes.get(entry.country or "", 0.0)
        # another country the article's places point to as much: a small town there is a namesake
        rival = any(v >= own_votes for c, v in votes.items() if c != entry.country and v > 0)
        if entry.feature == "site":
            # an airport named with "Airport" is that airport; by its short name ("Heathrow",
            # "Schiphol") where the text speaks of an airport, in a country the story names or in
            # a story that names none
            return quality == 0 or (
                quality == 1
                and (m.source in ("ner-FAC", "recovered") or _airport_context(doc, m.start, m.end))
                and (in_country or no_country)
            )
        if (
            entry.feature in ("city", "admin1", "admin2")
            and rival
            and not in_country
            and m.end < len(doc)
            and doc[m.end].lower_ in _INSTITUTION_NOUNS
        ):
            return False  # "Victoria college in Comilla": an institution's name, no town abroad
        if (
            m.source in ("gazetteer", "recovered", "recovered-weak")
            and entry.feature == "city"
            and not in_country
            and any(v >= 1 for c, v in votes.items() if c != entry.country)
            and _qualifies_a_group(doc, m.end)
        ):
            # "Kuki groups", "Kuki militants" in a story from India: a people's name the NER missed,
            # which a namesake city abroad (Kuki, Japan) is not; the story's own towns are in_country
            return False
        if (
            entry.feature in ("admin1", "admin2")
            and rival
            and not in_country
            and m.end < len(doc)
            and doc[m.end].lower_ in _LOCAL_AREA_NOUNS
        ):
            # "a camp in the Salah al-Din area" in a story from Tripoli: a quarter of the story's
            # own city the gazetteer lacks, not a province of another country
            return False
        # (or the country the story was filed from, against one the village alone names: "BAMAKO -
        # Malian soldiers killed 20 villagers in the central village of Welingara")
        filed_against = filed_in is not None and filed_in != entry.country and own_votes <= 0.75
        if (
            entry.feature == "city"
            and not in_country
            and any(
                v >= max(own_votes, 0.5 if filed_against and c == filed_in else 1.0)
                for c, v in votes.items()
                if c != entry.country
            )
            and _called_a_town(doc, m.start)
        ):
            # "the port town of Palma" in a story from Mozambique is no city of Spain: a town the
            # text names in the article's country, left unresolved where the gazetteer lacks it
            # (a country only a demonym points to, "a Russian strike", is whose, not where)
            return False
        if (
            no_country
            and quality == 0
            and entry.feature == "city"
            and _case_ok(m.name, entry)
            and not (rival and entry.population < 10_000)
        ):
            if m.source in ("ner-GPE", "ner-LOC") and (m.locative or entry.population >= 10_000):
                return True
            if m.source == "recovered-weak" and m.locative:
                return True
            if (
                m.source == "gazetteer"
                and not m.common_word
                and (
                    _after_strong_locative(doc, m.start)
                    or _bracketed_after_name(doc, m.start, m.end)
                    or end_of_a_route(doc, m.start, m.end)
                    or _end_of_a_journey(doc, m.start)
                )
                and not (m.end < len(doc) and doc[m.end].text[:1].isupper())  # "Al" of "Al Falah"
                and not any(v > 0 for c, v in votes.items() if c != entry.country)
            ):
                return True  # "an IED in Lamu", "explosions near Shyrokyne": a name the NER missed
            if m.hint == "city":
                return True  # "in Moyale town", "the town of Moyale": the text calls it a town
        if (
            no_country
            and quality == 1
            and entry.feature == "city"
            and m.source == "ner-GPE"
            and m.locative
            and len({e.country for e, q in m.candidates if q < 2}) == 1
        ):
            return True  # "explosions near Pionerske": another spelling, in one country only
        if (
            m.source == "recovered-weak"
            and m.locative
            and quality == 1
            and entry.feature == "city"
            and entry.population >= _CITY_POP_ANOTHER_SPELLING
            and (no_country or in_country)
        ):
            return True  # "in the countryside of Idleb": a big city's other spelling, where it lies
        if (
            m.source == "gazetteer"
            and doc[m.start].text in _NAME_PARTICLES  # lowercase: "al-Bukamal", not "Al" of a name
            and _after_strong_locative(doc, m.start)
            and entry.feature == "city"
            and (quality == 0 or (quality == 1 and (no_country or in_country)))
        ):
            return True  # "the IRGC in al-Bukamal": an Arabic town's name with its article
        if (
            m.source.startswith("recovered")
            and quality == 0
            and entry.feature == "city"
            and _case_ok(m.name, entry)
            and (entry.country, entry.admin1) in divisions
        ):
            return True  # "at Mandera" in a report on "Mandera County": a town of a division named
        if (
            (quality == 2 or (quality == 1 and entry.population < 10_000))
            and entry.feature == "city"
            and any(c == entry.country for c, _ in divisions)
            and (entry.country, entry.admin1) not in divisions
        ):
            # "El Aguaje, a farming community near Aguililla" in a story of Michoacan: a village
            # known by another name or matched only by its letters, in another state than those
            # the story names, is none of them
            return False
        if (
            quality == 2
            and not (
                (m.source == "ner-GPE" or _in_a_settlement_phrase(doc, m.start, m.end))
                and in_country
                and entry.feature != "country"
            )
            and not (
                # "the Middle Shabelle region" (GeoNames' Middle Shabele) in a story of Somalia or
                # from Mogadishu: a division the text calls one, spelled another way
                entry.feature == "admin1"
                and m.end < len(doc)
                and doc[m.end].lower_ in ADMIN1_WORDS
                and own_votes > 0
                and not rival
            )
        ):
            return (
                False  # a transliteration match needs the text to call it a place, in the article's country
            )
        if not _case_ok(m.name, entry):
            return False
        if entry.feature == "admin2":
            # a county or district needs the NER or its type word: "Orange County", "Hays district"
            words = {t.lower_ for t in doc[m.start : m.end + 1]}
            return (
                m.source != "gazetteer" or bool(words & _ADMIN2_WORDS) or _after_division_word(doc, m.start)
            )
        if (
            entry.feature == "admin1"
            and not in_country
            and all(
                t.lower_ in COMPASS or t.lower_ in DIRECTIONS or t.text == "-" for t in doc[m.start : m.end]
            )
            and not (m.end < len(doc) and doc[m.end].lower_ in ADMIN1_WORDS)
        ):
            # "between Russia and the West", "Eastern and Southern Europe": no region of Cameroon
            return False
        if entry.feature in ("country", "city") and m.start > 0 and doc[m.start - 1].text == "Little":
            return False  # "Little Portugal", "Little Havana": a town's quarter named after a far place
        if (
            entry.feature == "city"
            and entry.population < 100_000
            and m.start > 0
            and doc[m.start - 1].lower_ == "the"
            and m.source == "ner-FAC"
            and not name_key(entry.name).startswith("the ")
            and not (m.end < len(doc) and (doc[m.end].tag_.startswith("NN") or doc[m.end].text == "-"))
        ):
            return False  # "a ceremony at the White House": a building, no town of White House, Tennessee
        if m.source == "ner-LOC" and entry.feature == "city":
            # LOC names regions, seas and mountains: a town of that name needs to be big or local,
            # or named where a place is meant in a division the article names ("in Wales near
            # New Quay")
            return (
                entry.population >= 100_000
                or (in_country and entry.population >= 10_000)
                or (in_country and m.hint == "city")  # "near Las Navas town": the text says a town
                or (in_country and m.locative and (entry.country, entry.admin1) in divisions)
                or self._in_its_country_s(doc, m, entry)
            )
        if quality == 2 and entry.feature == "city" and own_votes < max(votes.values(), default=0.0):
            # "fighting near Walikale" in a story of Congo that also names the United States: a name
            # matched only by its letters, in a country the story names less than another, is no Wallkill
            return False
        # a small town abroad, or one known by an alternate name only, is more often a namesake
        if (
            entry.feature == "city"
            and not in_country
            and (entry.population < 10_000 or (quality == 1 and entry.population < 100_000))
            and not (quality == 1 and entry.population >= 10_000 and self._beside_named(m, entry, votes))
        ):
            return False
        if m.source == "recovered-weak":
            if entry.feature == "region" and quality == 0 and m.locative:
                return True  # "spread across the Sahel": a region's name where a place is meant
            if (
                m.locative
                and quality == 0
                and entry.population >= _CITY_POP_ALONE
                # a longer name the NER took for a person is a city abroad only when no other
                # country is named ("in Nossa Senhora de Fatima" of Manaus is no Portuguese town)
                and (m.end - m.start == 1 or in_country or no_country)
            ):
                return (
                    True  # "shows in Copenhagen", "in Manbij near the border": a city, whatever the NER says
                )
            if (
                quality == 0
                and m.end - m.start == 1
                and entry.population >= _CAPITAL_POP_SPEAKING
                and doc[m.start].dep_ == "nsubj"
                and self.gazetteer.is_capital(entry)
            ):
                return True  # "Kinshasa accused Kigali ...": a capital that speaks for its state
            return (
                in_country
                and quality == 0
                and (
                    m.locative
                    or entry.population >= 100_000
                    # "an Edmonton woman", "a Riverdale family": where the people are from
                    or (entry.population >= _CITY_POP_AT and _before_people_noun(doc, m.end))
                )
            )
        if m.source != "gazetteer":
            return True
        if m.common_word:
            return m.locative and (in_country or entry.feature == "country")
        if (
            entry.feature == "admin1"
            and not in_country
            and _inside_a_longer_name(doc, m.start, m.end)
            and any(v >= 1 for c, v in votes.items() if c != entry.country)
        ):
            return False  # "Bangladesh Hindu Buddhist Christian Unity Council": no Unity state of South Sudan
        if entry.feature in ("country", "admin1"):
            return True
        if entry.population >= _CITY_POP_ALONE:
            return True
        kind = doc[m.end].lower_ if m.end < len(doc) else ""
        if quality < 2 and (
            (in_country and kind in TYPE_SUFFIXES)
            # (a division's word after a town the division is named after, in a story that names
            # no country: "the Baalbek Governorate building"; no Rwandan town in "Nyanza region")
            or (
                (in_country or no_country)
                and kind in ADMIN1_WORDS
                and name_key(entry.admin1 or "").startswith(name_key(entry.name))
            )
        ):
            return True  # "on a highway in the Musakhel district": the text says what kind of place
        return in_country and entry.population >= _CITY_POP_IN_COUNTRY

    # ------------------------------------------------------------------ component

    def process(self, doc: Doc) -> None:
        """Set ``doc._.fw_toponyms`` and ``doc._.fw_country``."""
        doc._.fw_toponyms = []
        doc._.fw_country = None
        toponyms = self._resolve(doc, self._recognise(doc))
        doc._.fw_toponyms = toponyms
        doc._.fw_country = main_country(toponyms, self.gazetteer, doc)


def _entry_key(entry: GazetteerEntry) -> tuple[object, ...]:
    """What tells gazetteer entries apart (counties of one name in several states have no
    geonameid: their division does)."""
    return (entry.geonameid, entry.feature, entry.country, entry.admin1, entry.name)


def _calls_itself_a_city(doc: Doc, start: int, end: int) -> bool:
    """Whether a name of two words or more ends in "City" ("Cotabato City", "KUWAIT CITY")."""
    return end - start >= 2 and doc[end - 1].text in ("City", "CITY")


def _country_reading(m: _Mention, *, regions: bool = False) -> str | None:
    """The country a mention names outright, if it names one (``regions``: or a region of one)."""
    if m.fixed is not None:
        features = ("country", "region") if regions else ("country",)
        return m.fixed.country if m.fixed.feature in features else None
    return next((e.country for e, q in m.candidates if e.feature == "country" and q == 0), None)


def _possessor(doc: Doc, start: int, by_end: dict[int, _Mention]) -> _Mention | None:
    """The place whose name owns the name at ``start``, across a few lowercase words: "Iraq's
    semi-autonomous Kurdistan", "Cameroon's restive Northwest"."""
    k = start - 1
    while k >= start - 4 and k >= 0 and (doc[k].text == "-" or (doc[k].is_alpha and doc[k].is_lower)):
        k -= 1
    if k < 1 or doc[k].lower_ not in ("'s", "’s"):
        return None
    # the owner's noun is the name's or a noun the name qualifies, not one before it ("Beijing's
    # cooperation in Seoul")
    possessor = doc[k - 1]
    if possessor.dep_ != "poss" or possessor.head.i < start:
        return None
    return by_end.get(k)


#: what a country's name before a place says it does to it: "Pakistan-administered Kashmir"
_HOLDING_WORDS = frozenset({"administered", "controlled", "held", "occupied", "ruled"})


def _owns_next(doc: Doc, end: int, next_start: int) -> bool:
    """Whether the name ending at ``end`` owns the name that starts at ``next_start``:
    "Ukraine's Donetsk region" (the country's division holds what is placed "in" it)."""
    if end >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
        return False
    # ("Colombia's southwestern Cauca province": a direction word between them)
    between = doc[end + 1 : next_start]
    return all(t.lower_ in DIRECTIONS or t.lower_ in COMPASS or t.text == "-" for t in between)


def _situates(
    context: GazetteerEntry,
    place: GazetteerEntry,
    right_after: bool,
    place_is_biggest: bool,
    biggest_context: int,
) -> bool:
    """Whether a reading of the name after a town (``context``) says where a reading of the town
    (``place``) is. A division or country does when the town lies in it. Another town does only
    when it is the name right after ("Dayton, Ohio, Richmond": Richmond is no town near Dayton) and
    one of the two is its name's best-known reading ("After Paris, London is ...": Paris and London,
    Ontario do not situate each other; "Majengo, Garissa" does)."""
    if not _lies_in(place, context):
        return False
    if context.feature != "city" or context is place:
        return True
    return right_after and (place_is_biggest or context.population == biggest_context)


def _without_strays(toponyms: list[Toponym]) -> list[Toponym]:
    """The toponyms without the small towns read in a country no other place of the article lies
    in and far from all of them: "Dhaka - Mirpur (Mirpur)" is no Indian Mirpur 1,500 km from Dhaka;
    a careful reader keeps a story's places together."""
    # each place once, however often it is named: a long article names few places many times
    entries = list(
        {id(t.entry): t.entry for t in toponyms if t.entry is not None and t.entry.lat is not None}.values()
    )

    def stray(e: GazetteerEntry) -> bool:
        if e.feature != "city" or e.population >= _CITY_POP_STRAY:
            return False
        if any(o.country == e.country for o in entries if o != e):
            return False
        # towns and divisions only: a country's point says little of where its towns are
        others = [o for o in entries if o.feature in ("city", "admin1", "admin2") and o != e]
        if not others:
            return False
        return min(distance_km(e, o) for o in others) > _STRAY_KM

    strays = {id(e) for e in entries if stray(e)}
    return [t for t in toponyms if id(t.entry) not in strays]


def _division_reading(m: _Mention) -> GazetteerEntry | None:
    """A mention's reading as a division when that is the name's best-known one ("California")."""
    if m.fixed is not None:
        return m.fixed if m.fixed.feature == "admin1" else None
    divisions = [e for e, q in m.candidates if q == 0 and e.feature == "admin1"]
    if not divisions:
        return None
    best = max(divisions, key=lambda e: e.population)
    for town, q in m.candidates:
        if town.feature != "city" or q == 2:
            continue
        if q == 0 and town.population >= best.population:
            return None  # a bigger town of the name
        if (town.country, town.admin1) == (best.country, best.name) and (
            town.population >= _TWIN_SHARE * best.population
        ):
            return None  # "New York": the city in the state is what the bare name means
    return best


def _hint_coordinated_divisions(doc: Doc, mentions: list[_Mention]) -> None:
    """A name coordinated with a division of its country is a division too when no town of that
    name lies in it: "states such as California or Washington" (not the capital), "Montana and
    Wyoming" (not a town in Ohio)."""
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    for m in mentions:
        if m.fixed is not None or m.hint is not None:
            continue
        neighbours = []
        if m.start >= 2 and doc[m.start - 1].lower_ in _COORDINATORS:
            neighbours.append(by_end.get(m.start - 1))
        if m.end + 1 < len(doc) and doc[m.end].lower_ in _COORDINATORS:
            neighbours.append(by_start.get(m.end + 1))
        for other in neighbours:
            division = _division_reading(other) if other is not None else None
            own = [
                e
                for e, q in m.candidates
                if e.feature == "admin1" and q == 0 and division is not None and e.country == division.country
            ]
            if not own or own[0] is division:
                continue
            # "Kandahar and Herat" stay the towns that share the provinces' names and lie in them
            if any(
                e.feature == "city" and q < 2 and e.country == own[0].country and e.admin1 == own[0].name
                for e, q in m.candidates
            ):
                continue
            m.hint = "admin1"
            break


def _names_the_town(division: GazetteerEntry, town_pop: dict[tuple[str | None, str | None], int]) -> bool:
    """Whether a division's bare name means its namesake town: a town inside it that holds a tenth
    of its people ("Kunduz", "Aleppo"; not "Quebec" nor "Veracruz", whose capitals are a small
    part of them and are written "Quebec City", "Veracruz city"), or the nation's capital
    ("Washington"). ``town_pop`` maps (country, division) to the biggest such town's population,
    (country, None) to the capital's."""
    inside = town_pop.get((division.country, division.name), 0)
    capital = town_pop.get((division.country, None), 0)
    return inside >= _TWIN_SHARE * division.population or capital >= _CAPITAL_TWIN_SHARE * division.population


def _lies_in(place: GazetteerEntry, context: GazetteerEntry) -> bool:
    """Whether ``place`` lies in the division or country ``context`` is, or near the town it is."""
    if place.country is None or place.country != context.country:
        return False
    if context.feature == "country":
        return True
    if context.feature == "admin1":
        return place.admin1 is not None and place.admin1 == context.name
    if context.feature in ("city", "admin2"):
        return distance_km(place, context) <= 80.0
    return False


def _abbreviation(text: str) -> bool:
    """A short word in capitals: "EU", "WA", "UK"."""
    return text.isalpha() and text.isupper() and len(text) <= 3


def _case_ok(text: str, entry: GazetteerEntry) -> bool:
    """Reject "red states" and "MoD"/"PoP": lowercase text, or inner capitals the place's name lacks;
    and "EU", "WA": a short word in capitals is an abbreviation, not a town ("Eu", "Wa")."""
    if not any(ch.isupper() for ch in text):
        return False
    if _abbreviation(text) and (
        entry.feature in ("city", "admin2")
        or (name_key(entry.name) == name_key(text) and not entry.name.isupper())
    ):
        return False  # "AL led government": the Awami League, no district Al of Norway
    for word in re.split(r"[\W\d_]+", text):
        rest = word[1:]
        if any(ch.isupper() for ch in rest) and not word.isupper() and word not in entry.name:
            return False
    return True


# Nouns a country's name may modify and still be where something happens ("Afghan provincial capitals").
LAND_NOUNS = frozenset(
    {"capital", "capitals", "city", "cities", "town", "towns", "village", "villages", "province",
     "provinces", "region", "regions", "border", "borders", "frontier", "territory", "territories", "soil",
     "land", "coast", "countryside", "mainland", "side", "waters", "airspace", "district", "districts",
     "state", "states"}
)  # fmt: skip


def modifies_another_noun(doc: Doc, toponym: Toponym) -> bool:
    """Whether a place's name modifies a noun that is no land ("Kenyan vehicle", "US dollar")."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None:
        return False
    last = span[-1]
    head = last.head
    while (
        head.pos_ == "PROPN"
        and head.i == last.i + 2
        and doc[last.i + 1].text in ("-", "–")
        and last.dep_ in ("amod", "compound", "nmod")
    ):
        last, head = head, head.head  # "the Kenya-Somalia border": both name the border
    if (
        last.dep_ not in ("amod", "compound", "nmod")
        or head.i < last.i
        or head.i in range(span.start, span.end)
        # "sites in Pakistan and Pakistani Kashmir": a coordination the parser hung on the last noun
        or any(c.dep_ == "cc" for c in last.children)
    ):
        return False
    return head.pos_ in ("NOUN", "PROPN") and head.lower_ not in LAND_NOUNS


# People a demonym tells the nationality of: "Somali residents of Eastleigh" live elsewhere
PEOPLE_NOUNS = frozenset(
    {"man", "woman", "person", "people", "national", "citizen", "resident", "refugee", "migrant",
     "expatriate", "immigrant", "tourist", "trader", "businessman", "pirate", "fisherman", "family",
     "passenger", "origin", "descent", "community", "diaspora", "worker", "student", "teenager", "boy",
     "girl", "child", "captive", "hostage", "spy", "informant", "journalist", "contractor"}
)  # fmt: skip


def names_people_of(doc: Doc, toponym: Toponym) -> bool:
    """Whether a demonym gives people's nationality ("two Somali men"), which says nothing of where."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    head = span[-1].head
    return (
        span[-1].dep_ in ("amod", "compound", "nmod")
        and head.i > span.end - 1
        and (head.lemma_.lower() in PEOPLE_NOUNS)
    )


@lru_cache(maxsize=4096)
def _an_actor_s_name(name: str) -> bool:
    """Whether a name is one the actor dictionary knows a group or body by ("Hamas", "M23")."""
    from frontwire.nlp.actors import default_dictionary

    return default_dictionary().lookup(name) is not None


def names_its_state(doc: Doc, toponym: Toponym) -> bool:
    """Whether a capital's name is the subject or the object of a verb, or what a charge or a call
    is laid on: its state ("accusing Kyiv of backing rebels", "Moscow denied it", "an attack New
    Delhi blamed on Islamabad", "called on Washington to act"), not the town."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None:
        return False
    word = span.root
    if word.dep_ in ("nsubj", "dobj"):
        return word.head.pos_ == "VERB"
    return (
        word.dep_ == "pobj"
        and word.head.lower_ in ("on", "upon")
        and word.head.head.lemma_.lower() in ("blame", "call", "urge", "pressure", "press")
    )


def _acts_as_a_state(doc: Doc, toponym: Toponym) -> bool:
    """Whether a country's name is the subject of a verb in the active voice: the state acts or
    speaks ("Russia pounded Kyiv with missiles", "Ivory Coast has denied the accusations"), which
    says who, not where (not a verb of being or of undergoing: "Sudan has seen", "Mali faces")."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ == "with" and root.head.head.lemma_.lower() in _DEALINGS:
        return True  # "cut diplomatic ties with Ukraine": the state dealt with
    if root.dep_ != "nsubj":
        return False
    verb = root.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in _UNDERGOING_VERBS


# what a state has with another: "ties with Ukraine", "talks with Rwanda"
_DEALINGS = frozenset(
    {"tie", "ties", "relation", "relations", "talk", "talks", "deal", "agreement", "cooperation",
     "contact", "contacts", "dispute", "negotiation", "negotiations"}
)  # fmt: skip


# verbs whose subject undergoes or hosts what is told, a place as often as a state
_UNDERGOING_VERBS = frozenset(
    {"be", "have", "see", "face", "suffer", "experience", "witness", "remain", "become", "host",
     "receive", "record", "lose", "endure", "grapple", "struggle"}
)  # fmt: skip


def reporters_town(
    toponyms: list[Toponym], gazetteer: Gazetteer | None = None, doc: Doc | None = None
) -> GazetteerEntry | None:
    """The town of a wire dateline a reporter went to, where the story is: "MANDERA, Kenya (AP) -".

    None for a dateline of a capital or a big city a region is covered from ("BANGKOK (AP) - A
    Myanmar military air strike ..."), which says only where the story was filed, and for none.
    """
    if doc is None:
        return None
    filed_from, filed_until = wire_dateline_span(doc.text)
    towns = [
        t.entry
        for t in toponyms
        if filed_from <= t.start < filed_until and t.entry is not None and t.entry.feature == "city"
    ]
    if not towns or any(
        town.population >= _CAPITAL_POP_SPEAKING or (gazetteer is not None and gazetteer.is_capital(town))
        for town in towns
    ):
        return None
    return towns[0]


def main_country(
    toponyms: list[Toponym], gazetteer: Gazetteer | None = None, doc: Doc | None = None
) -> str | None:
    """The country an article is mostly about, by weighted mentions.

    A mention counts by how surely it says where: a country or region named as a place 1; a division
    or a big city 0.75 (few of their names have namesakes abroad); a smaller town 0.5 ("New Market
    area, Chittagong city": the New Market that is a town of 2,000 is in the United States); a
    country that only says whose 0.25: a demonym ("Russian forces shelled Kharkiv"), a name
    modifying another noun ("the US dollar ... in Sidon"), a name inside an organisation's ("Bank
    Saderat Iran"), or a state that acts or speaks ("Russia pounded Kyiv", "Ivory Coast has denied",
    a capital: "accusing Kyiv"); so does one beyond a border ("the town on the border with
    Bangladesh", "fled across the border into Bangladesh"), which says where the story is not, and a
    wire dateline's from a capital or a big city ("BANGKOK (AP) -" of a story on Myanmar), which
    says where it was filed; a small town's dateline ("MANDERA, Kenya (AP) -") says where the
    reporter went, 0.5 a name. A demonym that gives people's nationality ("Somali residents of
    Eastleigh") does not count. Ties go to the country mentioned first.
    """
    weight: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    filed_from, filed_until = wire_dateline_span(doc.text) if doc is not None else (0, 0)
    filed_from_a_hub = reporters_town(toponyms, gazetteer, doc) is None
    for t in toponyms:
        if t.entry is None or not t.entry.country:
            continue
        cc = t.entry.country
        if filed_from <= t.start < filed_until:
            weight[cc] += 0.25 if filed_from_a_hub else 0.5
        elif t.entry.feature in ("country", "region"):
            demonym = (
                gazetteer is not None
                and t.entry.feature == "country"
                and gazetteer.demonym(t.text) == cc
                # ("fighting flared in Myanmar": a name that is its own adjective, used as a name)
                and t.text.casefold() != t.entry.name.casefold()
            )
            if demonym and doc is not None and names_people_of(doc, t):
                continue
            whose = (
                demonym
                or (
                    doc is not None
                    and (
                        modifies_another_noun(doc, t)
                        or _inside_organisation(doc, t)
                        # ("Thailand's foreign minister said ...": whose minister, not where; and
                        # "accused neighbouring Benin": a country beside the story's)
                        or _owner_or_neighbour(doc, t)
                        # ("Russia pounded Kyiv", "Ivory Coast has denied the accusations": a
                        # state that acts or speaks)
                        or _acts_as_a_state(doc, t)
                        or bool(_BEYOND_A_BORDER.search(doc.text[max(0, t.start - 40) : t.start]))
                    )
                )
            )
            weight[cc] += 0.25 if whose else 1.0
        elif (
            gazetteer is not None
            and doc is not None
            and gazetteer.is_capital(t.entry)
            and names_its_state(doc, t)
        ):
            weight[cc] += 0.25  # "accusing Kyiv of backing rebels": a capital for its state
        elif t.entry.feature in ("admin1", "admin2") or t.entry.population >= 100_000:
            weight[cc] += 0.75
        else:
            weight[cc] += 0.5
        if t.start >= filed_until or not filed_from_a_hub:
            first.setdefault(cc, t.start)
    if not weight:
        return None
    # ties go to the story's own first mention; a country only the dateline names comes last
    return max(weight, key=lambda cc: (weight[cc], -first.get(cc, sys.maxsize)))


#: what is said of a country on the far side of the story's border
_BEYOND_A_BORDER = re.compile(
    r"\b(?:(?:border|frontier|boundary)\s+with|across\s+the\s+border\s+(?:in)?to|"
    r"(?:fled|flee|fleeing|escaped|crossed)\s+(?:across\s+the\s+(?:[\w-]+\s+){1,3}?)?(?:in)?to)\s+"
    r"(?:the\s+)?(?:neighbou?ring\s+)?$",
    re.IGNORECASE,
)


#: bodies of a state a country's name may own: "Niger's military junta", "Chad's foreign ministry"
_STATE_BODIES = frozenset(
    {"junta", "army", "military", "government", "president", "ministry", "parliament", "police",
     "forces", "troops", "navy", "regime", "authorities", "capital", "embassy", "foreign", "defence",
     "defense", "interior", "prime", "leader", "cabinet", "courts", "court", "election", "border"}
)  # fmt: skip


def _owner_or_neighbour(doc: Doc, toponym: Toponym) -> bool:
    """Whether a country's name owns a state's body (`_owns_a_state_body`: "Thailand's foreign
    minister") or follows a word of nearness (`_NEIGHBOURING`: "neighbouring Benin")."""
    span = doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
    if span is None:
        return False
    return _owns_a_state_body(doc, span.end) or (
        span.start > 0 and doc[span.start - 1].lower_ in _NEIGHBOURING
    )


def _owns_a_state_body(doc: Doc, end: int) -> bool:
    """Whether a name is followed by "'s" and, within three words, a body of a state."""
    if end >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
        return False
    return any(t.lower_ in _STATE_BODIES for t in doc[end + 1 : end + 4])


def _typed_after(doc: Doc, entities: list[Span], start: int, end: int) -> bool:
    """Whether a name the NER read as a person or a body is followed by the lowercase word of a
    kind of place: "Lakki Marwat district", "Tal Afar town", "Kidal region", or by a division's
    word the NER left out of the name ("the Baalbek Governorate building")."""
    return (
        end < len(doc)
        and (
            (doc[end].text.islower() and doc[end].text in TYPE_SUFFIXES)
            or ((doc[end].text.islower() or doc[end].text.istitle()) and doc[end].lower_ in ADMIN1_WORDS)
        )
        and any(e.start == start and e.end == end for e in entities)
    )


def _inside_organisation(doc: Doc, toponym: Toponym) -> bool:
    """Whether the name is part of a longer organisation's name the NER found."""
    return any(
        ent.label_ == "ORG"
        and ent.start_char <= toponym.start
        and toponym.end <= ent.end_char
        and (ent.start_char, ent.end_char) != (toponym.start, toponym.end)
        for ent in doc.ents
    )


@Language.factory(
    "frontwire_places",
    assigns=["doc._.fw_toponyms", "doc._.fw_country"],
    requires=["doc.ents", "token.tag", "token.dep"],
    default_config={"gazetteer_path": None, "demonyms": "all"},
)
def make_places(nlp: Language, name: str, gazetteer_path: str | None, demonyms: str) -> PlacesComponent:
    """spaCy factory of the ``frontwire_places`` component.

    ``demonyms``: ``"places"`` (default) reads a demonym as its country only before a place-like noun
    or a state institution; ``"all"`` before any noun ("Russian hackers", as geoparsing corpora
    annotate them); ``"none"`` never.
    """
    return PlacesComponent(nlp, name, gazetteer_path, demonyms)


# what the small model calls a place's name now and then: a person, an organisation, a product
# endings of the adjectives that open the notion in a body's name: "National Unity", "Islamic
# Resistance", "Revolutionary Justice", "Transitional Sovereignty", "Democratic Change"
_ADJECTIVE_ENDINGS = ("al", "ic", "ary", "ive", "ous")

# nouns that call a name a part of a town: "the Salah al-Din area", "the Abu Salim neighbourhood"
_LOCAL_AREA_NOUNS = frozenset({"area", "neighbourhood", "neighborhood", "quarter", "suburb"})

_MISREAD_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART"})


def _listed_town(
    doc: Doc, m: _Mention, entry: GazetteerEntry, kept: dict[int, tuple[int, GazetteerEntry | None]]
) -> bool:
    """Whether a name read as ``entry`` but not accepted is a town by the company it keeps: listed
    beside an accepted town of its country ("Gloucester and Cheltenham"), or before "and other
    towns" ("Qamishli and other towns along the border")."""
    if entry.feature != "city" or m.source not in _WEAK_SOURCES or m.common_word:
        return False
    if not any(e == entry and q == 0 for e, q in m.candidates) or not _case_ok(m.name, entry):
        return False
    after = doc[m.end : m.end + 3]
    if (
        len(after) == 3
        and after[0].lower_ in ("and", "or")
        and after[1].lower_ == "other"
        and after[2].lemma_.lower() in CITY_WORDS | {"locality", "settlement", "community"}
        and after[2].tag_ == "NNS"
    ):
        return True

    def a_town(found: GazetteerEntry | None) -> bool:
        return found is not None and found.feature in ("city", "admin2") and found.country == entry.country

    # the listed neighbour before: "... Hilversum and" + name
    if (
        m.start >= 2
        and doc[m.start - 1].lower_ in _COORDINATORS
        and any(end == m.start - 1 and a_town(found) for end, found in kept.values())
    ):
        return True
    # the listed neighbour after: name + "and Almelo"
    if m.end + 1 < len(doc) and doc[m.end].lower_ in _COORDINATORS:
        got = kept.get(m.end + 1)
        if got is not None and a_town(got[1]):
            return True
    return False


def _lone_entity(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` is a named entity of one word."""
    return any(ent.start == tok.i and ent.end == tok.i + 1 for ent in doc.ents)


def _before_common_noun(tok: Token) -> bool:
    """Whether the next word is a lowercase common noun ("Azerbaijani jails")."""
    if tok.i + 1 >= len(tok.doc):
        return False
    after = tok.nbor(1)
    return after.tag_ in ("NN", "NNS") and after.is_lower and after.is_alpha


def _hyphen_modifier(tok: Token) -> bool:
    """Whether ``tok`` opens a hyphenated modifier: "Turkish-backed", "Syrian-Turkish"."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc)
        and doc[tok.i + 1].text == "-"
        and not doc[tok.i + 1].whitespace_
        and not tok.whitespace_
        and doc[tok.i + 2].is_alpha
    )


#: words after a demonym that make it a language's name: "English-speaking", "Arabic language"
_LANGUAGE_WORDS = frozenset({"speaking", "speaker", "speakers", "language", "medium"})


def names_a_language(tok: Token) -> bool:
    """Whether the demonym ``tok`` names a language, not its country: "the English-speaking
    Northwest region", "a French-language newspaper", "Russian speakers" ("European languages"
    are still Europe's)."""
    doc = tok.doc
    if _hyphen_modifier(tok):
        return doc[tok.i + 2].lower_ in _LANGUAGE_WORDS
    return tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("speaking", "speaker", "speakers")


def _listed(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end`` goes on a list: ", Z" or "and Z" / "or Z" follow."""
    if end + 1 >= len(doc) or not doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in _DATE_WORDS:
        return False  # "Oaxaca State, Mexico, Wednesday": a date after the names ends no list
    return doc[end].text == "," or doc[end].lower_ in ("and", "or")


def _after_division_word(doc: Doc, start: int) -> bool:
    """Whether a name follows "province of", "district of" ... ("the province of Negros Oriental")."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in ADMIN1_WORDS


def _wordlike(token: Token) -> bool:
    """Letters, or letters with apostrophes inside ("Ma'arrat", "Nu’man")."""
    return token.is_alpha or (token.text[:1].isalpha() and token.text.translate(_NO_APOSTROPHES).isalpha())


_NO_APOSTROPHES = str.maketrans("", "", "'’‘`ʼ")


# what follows a dateline's place: "WASHINGTON —", "NEW DELHI:", "BEIRUT (AP)", "EDMONTON, Ky."
_DATELINE_PUNCT = frozenset("—–-:(,")


# facilities that lie at the town they are named after ("Donetsk Airport", "Kakuma camp")
_FACILITY_NOUNS = frozenset(
    {"airport", "airbase", "airfield", "port", "harbour", "harbor", "camp", "base", "prison", "stadium",
     "market", "checkpoint", "crossing"}
)  # fmt: skip
#: how many times bigger than any namesake a dateline's town must be to be read without context
_BEST_KNOWN = 5

_AGENCIES = frozenset({"reuters", "xinhua", "bloomberg", "sputnik", "anadolu", "dpa", "efe", "ansa"})


def _best_known(towns: list[GazetteerEntry]) -> GazetteerEntry | None:
    """The town of a name that needs no context: the only one, or five times bigger than any
    namesake (Washington, D.C. beside Washington, Tyne and Wear); None otherwise."""
    ranked = sorted(towns, key=lambda e: -e.population)
    if ranked and (len(ranked) == 1 or ranked[0].population >= _BEST_KNOWN * ranked[1].population):
        return ranked[0]
    return None


def _agency_credit(doc: Doc, j: int) -> bool:
    """Whether a news agency's credit in brackets starts at ``j``: "(AP)", "(Reuters)", "(AFP)"."""
    if j + 2 >= len(doc) or doc[j].text != "(" or doc[j + 2].text != ")":
        return False
    credit = doc[j + 1]
    return credit.lower_ in _AGENCIES or (_upper_word(credit) and len(credit.text) <= 5)


def _pieces_of_one_name(entities: list[Span], start: int, end: int) -> bool:
    """Whether the entities overlapping tokens ``start``-``end`` are pieces of a longer name there
    ("Gracias" and "Dios" of "Gracias a Dios" read as a work of art and an organisation): each lies
    inside the range and none is the whole of it."""
    touching = [e for e in entities if e.start < end and start < e.end]
    return (
        end - start >= 2
        and bool(touching)
        and all(start <= e.start and e.end <= end and (e.start, e.end) != (start, end) for e in touching)
    )


def _dedication(doc: Doc, start: int, end: int) -> bool:
    """Whether ``doc[start:end]`` is a saint's name in the possessive before a building or square
    dedicated to the saint ("St. Peter's Basilica", "Saint Mary's Hospital"): no town's name."""
    if doc[start].lower_.rstrip(".") not in ("st", "saint", "ste", "san", "santa"):
        return False
    if end < len(doc) and doc[end].text in ("'s", "’s"):
        end += 1  # the possessive left outside the entity
    elif doc[end - 1].text not in ("'s", "’s"):
        return False
    return any(t.lower_ in _DEDICATED_PLACES for t in _capitalised_run(doc, end))


def _capitalised_run(doc: Doc, start: int, limit: int = 5) -> list[Token]:
    """The capitalised words from ``start`` on ("Coptic Orthodox Cathedral"), at most ``limit``."""
    run: list[Token] = []
    for token in doc[start : start + limit]:
        if not token.text[:1].isupper():
            break
        run.append(token)
    return run


_DEDICATED_PLACES = frozenset(
    {"basilica", "cathedral", "church", "chapel", "abbey", "priory", "hospital", "infirmary",
     "college", "school", "academy", "square", "parish", "mission"}
)  # fmt: skip


def _title_word(token: Token) -> bool:
    """A capitalised word in lower case after its first letter ("Christopher", not "AP" nor "the")."""
    return token.is_alpha and len(token.text) > 1 and token.text[0].isupper() and token.text[1:].islower()


#: words that set a country beside the story's: "in neighbouring Niger"
_NEIGHBOURING = frozenset({"neighbouring", "neighboring", "nearby", "adjacent"})


def _upper_word(token: Token) -> bool:
    """An upper-case word of two letters or more ("WASHINGTON", "NEW", "N'DJAMENA"), not an
    initialism's dots."""
    letters = token.text.translate(_NO_APOSTROPHES)
    return letters.isalpha() and token.is_upper and len(letters) >= 2


def _office_of(doc: Doc, entities: list[Span], start: int) -> bool:
    """Whether the name at ``start`` follows "of" after an office held for a place, or after the
    name of its holder: "the mayor of Tacambaro", "Mayor Salvador Bastida of Tacambaro"."""
    if start < 2 or doc[start - 1].lower_ != "of":
        return False
    before = start - 2
    holder = next((e for e in entities if e.end == start - 1 and e.label_ == "PERSON"), None)
    if holder is not None:
        before = holder.start - 1
    return before >= 0 and doc[before].lower_ in _OFFICE_TITLES


def _in_a_settlement_phrase(doc: Doc, start: int, end: int) -> bool:
    """Whether the words around the name at ``start``-``end`` say it is a settlement or a district:
    "the town of Sarmada", "in rural Ras al Ain", "the countryside of Tal Tamer", "Aleppo
    countryside"."""
    return (
        _called_a_settlement(doc, start)
        or (start > 0 and doc[start - 1].lower_ == "rural")
        or _names_an_area(doc, start, end)
    )


def _after_strong_locative(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` directly follows "in", "near", "at" or another preposition
    of place ("in the X" is left out: it names a thing more often than a town), or "of" after a
    word that only a place has ("the inhabitants of X", "north of X", "the outskirts of X")."""
    if start == 0:
        return False
    before = doc[start - 1].lower_
    if before in _STRONG_LOCATIVE or before == "at":
        return True
    return before == "of" and start >= 2 and doc[start - 2].lower_ in _OF_A_PLACE


def _airport_context(doc: Doc, start: int, end: int) -> bool:
    """Whether an airport's short name stands where an airport is meant: "at Heathrow", "via
    Changi", "London's Heathrow", "Gatwick airport", "Heathrow's Terminal 5"."""
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    if after in ("'s", "’s") and end + 1 < len(doc):
        after = doc[end + 1].lower_
    return (
        before in _AIRPORT_PREPOSITIONS
        or (before in ("'s", "’s") and start >= 2 and doc[start - 2].text[:1].isupper())
        or after in _AIRPORT_NOUNS
    )


def _qualifies_a_group(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end`` qualifies a plural noun for a people's groups, perhaps
    with other names between: "Kuki militants", "the Naga and Kuki communities"."""
    j = end
    while j + 1 < len(doc) and doc[j].lower_ in ("and", "or", ",") and doc[j + 1].text[:1].isupper():
        j += 2
    return j < len(doc) and doc[j].tag_ == "NNS" and doc[j].lemma_.lower() in _GROUP_NOUNS


#: nouns for a people's groups and fighters, which a people's name qualifies ("Kuki militants")
_GROUP_NOUNS = PEOPLE_NOUNS | frozenset(
    {"group", "militant", "militia", "fighter", "rebel", "insurgent", "tribe", "tribesman", "clan",
     "faction", "separatist", "leader", "elder", "youth", "villager", "gunman"}
)  # fmt: skip


def _before_people_noun(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end`` qualifies a noun for people: "an Edmonton woman"."""
    return end < len(doc) and doc[end].pos_ == "NOUN" and doc[end].lemma_.lower() in PEOPLE_NOUNS


_SETTLEMENT_NOUNS = frozenset({"town", "village", "city", "hamlet", "township"})


def _ends_a_persons_name(doc: Doc, start: int, person_tokens: Set[int]) -> bool:
    """Whether a name is the last word of a person's name the tagger cut short: "Aung San Suu Kyi"
    (the tagger's person is "Aung San"; "Kyi" is no town of Mandalay here)."""
    # walk back over at most two capitalised name words to the person the tagger found
    for i in range(start - 1, max(start - 4, -1), -1):
        word = doc[i]
        if not word.whitespace_:
            return False
        if i in person_tokens:
            return True
        if not word.text[:1].isupper() or word.pos_ != "PROPN":
            return False
    return False


def _called_a_town(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows "the town of" or "the village of": a small place,
    which a city abroad of the same name is not."""
    return _called_a_settlement(doc, start) and doc[start - 2].lower_ in ("town", "village", "hamlet")


def _called_a_settlement(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` follows "the town of", "the village of" or "the city of"
    ("the nearby town of Sarmada", "the rebel-held village of Kafr Nabudah"): the text itself says
    the name is a settlement, whatever the NER took it for. "the capital of X" is left out: X is
    as often a country."""
    return (
        start >= 3
        and doc[start - 1].lower_ == "of"
        and doc[start - 2].lower_ in _SETTLEMENT_NOUNS
        and doc[start - 2].tag_ == "NN"
    )


def _described_as_a_settlement(doc: Doc, end: int) -> bool:
    """Whether the name ending at ``end`` is set beside a noun phrase that says it is a town:
    "Wad Madani, the capital of Gezira state", "Kamenge, a small village near the border"."""
    if end + 2 >= len(doc) or doc[end].text != ",":
        return False
    for token in doc[end + 1 : end + 5]:
        if token.lower_ in _SETTLEMENT_NOUNS | {"capital"} and token.tag_ == "NN":
            return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("of", "in", "near")
        if token.pos_ not in ("DET", "ADJ", "ADV", "NOUN") or token.is_punct:
            return False
    return False


#: verbs of taking or losing a place's control: "regained control of X", "lost control of X"
_CONTROL_VERBS = frozenset({"take", "seize", "regain", "gain", "wrest", "retake", "lose", "cede", "assume"})


def _control_taken_of(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is what control is taken of: "regained control of Wad Madani",
    "seized full control of Gao" (the control a verb of fighting takes is of a place)."""
    if start < 3 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ != "control":
        return False
    verb = doc[start - 2].head
    return verb.lemma_.lower() in _CONTROL_VERBS and verb.pos_ == "VERB"


def _placed_word(doc: Doc, i: int) -> bool:
    """Whether the one-word name at ``i`` stands where a place is meant ("sold in Riverdale",
    "nearby in Riverdale"), which outweighs its being a word of a person's name elsewhere: the NER
    takes business names for people ("cashiers at Riverdale Luke Oil"). "in Steele's view" is the
    person's."""
    return (
        i > 0
        and doc[i - 1].lower_ in _STRONG_LOCATIVE
        and not (i + 1 < len(doc) and doc[i + 1].lower_ in ("'s", "’s"))
    )


def _continent(entry: GazetteerEntry) -> bool:
    """Whether a region is a continent (GeoNames' own, with an id), not a sea or a sub-region."""
    return entry.feature == "region" and entry.geonameid is not None and entry.country is None


def _one_division(candidates: Iterable[tuple[GazetteerEntry, int]]) -> bool:
    """Whether a county's exact name is found in one first-order division only ("Allamakee
    County"; not "Dallas County", which Texas, Iowa and Alabama all have)."""
    divisions = {(e.country, e.admin1) for e, q in candidates if e.feature == "admin2" and q == 0}
    return len(divisions) == 1


def _bracketed_after_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` stands alone in brackets right after a name or a place's
    type word: "Takalout (Kidal)", "Rupganj upazila (Narayanganj)" say where the first lies."""
    if start < 2 or end >= len(doc) or doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    before = doc[start - 2]
    return before.text[:1].isupper() or before.lower_ in TYPE_SUFFIXES


_BRACKETS = frozenset({"(", ")", "[", "]"})


def _hyphened_particle(doc: Doc, j: int) -> bool:
    """Whether tokens j..j+3 are "-au-Prince": a lower-case particle hyphened into a name."""
    if j + 3 >= len(doc):
        return False
    dash, particle, dash2, word = doc[j], doc[j + 1], doc[j + 2], doc[j + 3]
    return (
        dash.text == "-"
        and dash2.text == "-"
        and not doc[j - 1].whitespace_
        and not dash.whitespace_
        and not particle.whitespace_
        and not dash2.whitespace_
        and particle.is_alpha
        and particle.is_lower
        and word.text[:1].isupper()
    )


def _inside_a_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the words start..end sit between two capitalised words of one longer name (the
    word before not capitalised only for opening a sentence)."""
    return (
        start > 0
        and end < len(doc)
        and not doc[start].is_sent_start
        and not doc[start - 1].is_sent_start
        and doc[start - 1].is_alpha
        and doc[start - 1].text[:1].isupper()
        and doc[end].is_alpha
        and doc[end].text[:1].isupper()
    )


def _common_word_opening(doc: Doc, start: int, end: int, common_words: set[str]) -> bool:
    """Whether a one-word name opens a sentence or a line and the article writes the word in
    lowercase elsewhere ("Driver clocked at 194kph" where the text speaks of "drivers"): it is
    capitalised by its place only."""
    opens = doc[start].is_sent_start or (
        start > 0 and doc[start - 1].is_space and "\n" in doc[start - 1].text
    )
    return end - start == 1 and opens and doc[start].lower_ in common_words


def _comma_parts(doc: Doc, ent: Span) -> list[tuple[int, int]]:
    """A person's, organisation's or product's entity, split at its commas, brackets, spaced dashes
    and "in": the small model tags "Kutulo, Wajir", "Dhaka - Adabor" and "Saraqab in Idleb" as one
    organisation where two places are named. Other entities (dates, amounts, laws): none."""
    if ent.label_ in ("DATE", "LANGUAGE") and len(ent) == 1 and _no_date_word(ent[0]):
        return [(ent.start, ent.end)]  # "in Manbij near the border" read as a date, "in Aleppo" as a language
    if ent.label_ not in _MISREAD_LABELS:
        return []
    return _name_parts(doc, ent)


def _name_parts(doc: Doc, ent: Span) -> list[tuple[int, int]]:
    """An entity's token ranges between its commas, brackets, spaced dashes and inner "in"."""
    parts, start = [], ent.start
    for token in ent:
        # "Dhaka - Adabor" tagged as one organisation: a dash with spaces around it parts names
        spaced_dash = token.text in ("-", "–", "—") and token.i > 0 and bool(doc[token.i - 1].whitespace_)
        # "Saraqab in Idleb" tagged as one organisation: "in" parts a place from what holds it
        inside = token.text == "in" and ent.start < token.i < ent.end - 1
        # "Banita (Nakuru" tagged as one organisation: a bracket parts a place from what holds it
        bracket = token.text in _BRACKETS
        if token.text == "," or (spaced_dash and bool(token.whitespace_)) or inside or bracket:
            parts.append((start, token.i))
            start = token.i + 1
    parts.append((start, ent.end))
    return [(a, b) for a, b in parts if a < b]


_DATE_WORDS = frozenset(
    w.lower()
    for w in (*calendar.month_name, *calendar.month_abbr, *calendar.day_name, *calendar.day_abbr)
    if w
)


def _no_date_word(token: Token) -> bool:
    """A capitalised word that is no month, weekday or number: a name the NER took for a date."""
    return token.is_alpha and token.text[:1].isupper() and token.lower_ not in _DATE_WORDS


def _qualifies_a_name(doc: Doc, start: int) -> bool:
    """Whether the words at ``start`` follow "<Name>, ", as a region follows the place it holds
    ("attacked Fino, Mandera", "in Nyalenda, Kisumu")."""
    return start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN"


# verbs whose direct object is a place far more often than a person: "entered Idleb",
# "overran Misrata", "shelled Kharkiv" ("attack" and "capture" take people as often as towns)
_PLACE_VERBS = frozenset(
    {"enter", "reach", "storm", "overrun", "besiege", "shell", "bombard", "invade", "occupy", "retake",
     "recapture", "liberate", "encircle", "evacuate", "flee", "surround", "blockade"}
)  # fmt: skip


# verbs and nouns of going somewhere: "moved to X", "fled from X", "a trip to X"
_MOTION_VERBS = frozenset(
    {"move", "go", "come", "travel", "fly", "drive", "head", "return", "relocate", "flee", "march",
     "walk", "sail", "deport", "evacuate", "emigrate", "migrate", "commute", "transfer", "retreat",
     "withdraw", "escape", "arrive", "journey", "divert", "reroute", "redirect"}
)  # fmt: skip
_MOTION_NOUNS = frozenset(
    {"trip", "journey", "visit", "flight", "honeymoon", "move", "return", "road", "route"}
)


def _half_of_an_article_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a half of an Arabic name joined to its article by a hyphen: "Al" or
    "Saba" of "Al-Saba" (the whole name is read by the NER or not at all)."""

    def joined(a: int) -> bool:  # tokens a and a + 2 joined by a hyphen at a + 1, without spaces
        return (
            a >= 0
            and a + 2 < len(doc)
            and doc[a + 1].text == "-"
            and not doc[a].whitespace_
            and not doc[a + 1].whitespace_
        )

    article = doc[i].lower_ in _NAME_PARTICLES and joined(i)
    after_article = i >= 2 and doc[i - 2].lower_ in _NAME_PARTICLES and joined(i - 2)
    return article or after_article


def _end_of_a_journey(doc: Doc, start: int) -> bool:
    """Whether the name at ``start`` is where someone goes or comes from: "moved to X", "fled from
    X", "a honeymoon to X" (a preposition of motion attached to a verb or noun of going)."""
    if start == 0:
        return False
    prep = doc[start - 1]
    if prep.lower_ not in ("to", "from", "towards", "toward") or prep.dep_ not in ("prep", "dative"):
        return False
    head = prep.head
    if head.dep_ == "pobj" and head.head.lower_ == "from":
        head = head.head.head  # "moved from X to Y": the parser may hang "to Y" on X
    return (
        head.lemma_.lower() in _MOTION_VERBS if head.pos_ == "VERB" else head.lemma_.lower() in _MOTION_NOUNS
    )


def _object_of_a_place_verb(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``doc[start:end]`` is the direct object of a verb that takes places."""
    root = doc[start:end].root
    return root.dep_ == "dobj" and root.head.lemma_ in _PLACE_VERBS


# Spanish, Portuguese and Filipino words before a neighbourhood's name
_QUARTER_DESIGNATORS = frozenset({"colonia", "barrio", "barangay", "fraccionamiento", "bairro", "sitio"})

# nouns of institutions often named after a person or a far-off place ("Victoria college")
# the capitalised words that name a state's bodies: alone, they are no town of that name
_PUBLIC_BODIES = frozenset(
    {"congress", "parliament", "senate", "assembly", "cabinet", "government", "police", "army", "navy",
     "court", "council", "ministry", "embassy", "presidency", "judiciary", "legislature", "treasury"}
)  # fmt: skip
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
_INSTITUTION_NOUNS = frozenset(
    {"college", "university", "school", "academy", "hospital", "clinic", "stadium", "hotel", "mall",
     "church", "mosque", "temple", "club", "company", "bank", "house", "hall", "camp", "park",
     "prison", "penitentiary", "jail", "gaol", "barracks", "airbase", "refinery", "factory", "market"}
)  # fmt: skip

# a place's name (or its people's) fixed in a common noun: the compound names no place
_LEXICALISED = frozenset(
    {("molotov", "cocktail"), ("spanish", "flu"), ("russian", "roulette"), ("mexican", "standoff"),
     ("stockholm", "syndrome"), ("french", "fry"), ("brussels", "sprout"), ("turkish", "delight"),
     ("panama", "hat"), ("trojan", "horse"), ("swiss", "cheese"), ("french", "kiss")}
)  # fmt: skip

# nouns of a way between two places: "the Gilgil-Nyahururu road", "the Damboa - Maiduguri road"
# what an airport's short name follows or goes before where the airport is meant
# ("from" and "to" are left out: "a letter from Wilson", "according to Roberts" name people)
_AIRPORT_PREPOSITIONS = frozenset({"at", "via", "into"})
_AIRPORT_NOUNS = frozenset({"airport", "airfield", "airbase", "terminal", "runway", "runways", "hub"})
_ROUTE_NOUNS = frozenset({"road", "highway", "route", "railway", "motorway", "expressway", "corridor"})


def end_of_a_route(doc: Doc, start: int, end: int) -> bool:
    """Whether the one-word name at ``doc[start:end]`` is one end of a road named by its two
    one-word ends: "the Gilgil-Nyahururu road", "the Damboa - Maiduguri road", "the
    Chandpur-Comilla regional road"."""

    def name(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha

    def hyphen(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].text in ("-", "–")

    def route(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].lemma_.lower() in _ROUTE_NOUNS  # "roads", "routes" too

    if end - start != 1 or not name(start):
        return False

    def route_after(i: int) -> bool:  # "road", or "regional road", "main highway"
        return route(i) or (0 <= i < len(doc) and doc[i].tag_ == "JJ" and doc[i].is_lower and route(i + 1))

    first = not name(start - 1) and hyphen(start + 1) and name(start + 2) and route_after(start + 3)
    second = hyphen(start - 1) and name(start - 2) and not name(start - 3) and route_after(start + 1)
    return first or second


def _names_an_area(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``doc[start:end]`` is the place a surroundings noun is of: "the
    countryside of Idleb", "the outskirts of Goma", "Aleppo countryside"."""
    before = start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in _AREA_NOUNS
    after = end < len(doc) and doc[end].lower_ in _AREA_NOUNS
    return before or after
