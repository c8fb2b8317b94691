"""Actor mentions, linked to canonical actors in ACLED's naming, across a document.

Two kinds of mention are found:

* **names** from the actor dictionary (``data/actors.yaml`` plus the user files named by the
  environment variable ``FRONTWIRE_ACTORS``, several paths separated by ``os.pathsep``): "Taliban",
  "Al-Shabaab", "ISWAP"... matched with spaCy PhraseMatchers built once when the component is made
  (every spelling variant is expanded at build time, so a document costs well under a millisecond);
* **roles** read on the head noun of a noun phrase: "militants", "government forces", "residents".
  A non-state armed role goes to the document's dominant named armed group (the rebel or militia
  actor named most often), else to "Unidentified Armed Group (<Country>)"; state roles go to
  "Military Forces of <Country>", "Police Forces of <Country>", "Government of <Country>", where the
  country is the one a demonym or country name in the phrase gives ("Ukrainian troops"), else the
  document's country. "Militia(s)" go to the dominant named militia, else "Unidentified Communal
  Militia (<Country>)"; a people's name before a fighting noun ("Pokot raiders", "Fulani herdsmen")
  is "<People> Ethnic Militia (<Country>)". A country's weapons and craft ("Israeli warplanes", "a
  Turkish drone": ``state_platforms``) are its military; without a country a state role is named
  as ACLED would without it ("Police Forces").

Decisions worth knowing:

* a name inside a "pro-X"/"anti-X"/"non-X" compound ("pro-Taliban social media sites") or before
  "-controlled", "-backed", "-led"... ("Houthi-controlled areas") is not a mention: the actor is
  not the one acting there;
* a name that modifies a role noun takes that noun into its mention ("Taliban soldiers",
  "Al-Shabaab fighters", "UN peacekeepers" are one mention of the named actor each);
* a word that only modifies another noun is never a role ("militant control", "army barracks",
  "government buildings"); role mention texts carry no determiner ("militants", not "the militants");
* "the group" counts only when the document names an armed group (it is too vague otherwise);
* a person named with a title of state ("Serbian President Vojislav Kostunica", "British Defence
  Secretary Tom King") is the government of the country the title's demonym or name gives, else of
  the document's country: ACLED names the government, not the office holder;
* country names used as metonyms ("Kabul said", "Russia attacked") are not actors here; the event
  reader names the state they stand for when a country is an event's subject.

The document's country is ``doc._.fw_country`` (set by ``frontwire_places``); when that is None it is
inferred from the toponyms' countries and from the country names and demonyms in the text. A named
group's home does not decide it: Al Shabaab fights in Kenya as well as Somalia, so "police" in a story
that names only Al Shabaab are "Police Forces", with no country, rather than a guess.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, cast, get_args

import pycountry
import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from frontwire.nlp.attribution import SPEECH_VERBS
from frontwire.nlp.extensions import FrontwireComponent
from frontwire.records import ActorMention, ActorType

#: environment variable naming user YAML files merged over the packaged dictionary
ENV_VAR = "FRONTWIRE_ACTORS"

ACTOR_TYPES: frozenset[str] = frozenset(get_args(ActorType))
#: actor types that count when choosing the document's dominant non-state armed group
ARMED_TYPES = frozenset(("rebel", "militia"))

# ACLED writes some countries differently from ISO 3166 (and pycountry)
_ACLED_COUNTRY_NAMES: dict[str, str] = {
    "BN": "Brunei",
    "BO": "Bolivia",
    "BQ": "Caribbean Netherlands",
    "BS": "Bahamas",
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "CZ": "Czech Republic",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "GB": "United Kingdom",
    "GM": "Gambia",
    "HK": "Hong Kong",
    "IR": "Iran",
    "KP": "North Korea",
    "KR": "South Korea",
    "LA": "Laos",
    "MD": "Moldova",
    "MK": "North Macedonia",
    "MO": "Macau",
    "PS": "Palestine",
    "RU": "Russia",
    "ST": "Sao Tome and Principe",
    "SY": "Syria",
    "SZ": "eSwatini",
    "TL": "East Timor",
    "TR": "Turkey",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "US": "United States",
    "VA": "Vatican City",
    "VE": "Venezuela",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
    "VN": "Vietnam",
    "XK": "Kosovo",
}
# ACLED says "Military Forces of the Philippines", "Police Forces of the United States"
_WITH_ARTICLE = frozenset(("CD", "CG", "CF", "PH", "US", "GB", "NL", "AE", "BS", "KM", "MV"))

# parts of a country troops may come from: "forces from Somalia's Puntland region"
_REGION_NOUNS = frozenset({"region", "state", "province", "district", "county", "area", "governorate"})
# "pro-X", "anti-X": the named actor is what the phrase is for or against, not who acts
_STANCE_PREFIXES = frozenset(("pro", "anti", "non", "ex", "post", "pre"))
_HYPHENS = "-‐‑–"
# "pro-Houthi forces", "pro-STC fighters": armed men aligned with a group act as the group
_ALIGNED_FORCE_NOUNS = frozenset(
    {"force", "forces", "fighter", "troop", "troops", "militia", "militiaman", "militiamen", "reinforcement",
     "unit", "element", "loyalist", "gunman", "gunmen", "brigade", "battalion"}
)  # fmt: skip
# "X-controlled areas", "X-backed militias": X qualifies something else
_QUALIFYING_SUFFIXES = frozenset(
    (
        "controlled",
        "held",
        "backed",
        "led",
        "linked",
        "affiliated",
        "allied",
        "aligned",
        "inspired",
        "run",
        "occupied",
        "dominated",
        "supported",
        "sponsored",
        "style",
        "era",
        "friendly",
        "leaning",
        "funded",
        "armed",
        "trained",
        "related",
        "claimed",
        # "Turkish-made drones", "Iranian-built missiles": where a weapon comes from, not who uses it
        "made",
        "built",
        "manufactured",
        "produced",
        "supplied",
        "owned",
        "registered",
        "flagged",
        "based",
    )
)
# dependency labels of words that only modify another noun
_MODIFIER_DEPS = frozenset(("compound", "amod", "nmod", "npadvmod", "nn"))
# dependency labels of a head noun's children that belong to its noun phrase
_PHRASE_DEPS = frozenset(("compound", "amod", "nmod", "npadvmod", "poss", "nn", "advmod"))
# words in a capitalised army/front/movement name that mark a non-state group ("Sudan People's
# Liberation Army"), even when a country name is part of it
_INSURGENT_NAME_WORDS = frozenset(
    ("liberation", "resistance", "revolutionary", "freedom", "independence", "salvation", "islamic", "jihad")
)
_NAMED_GROUP_HEADS = frozenset(
    ("army", "front", "movement", "brigade", "brigades", "militia", "forces", "force")
)
# capitalised words that can stand before "raiders", "herders"... without being a people's name
_NOT_PEOPLES = frozenset(
    (
        "paramilitary",
        "suspected",
        "alleged",
        "rival",
        "heavily",
        "angry",
        "irate",
        "young",
        "hundreds",
        "dozens",
        "scores",
        "thousands",
        "cattle",
        "livestock",
        "bandit",
        "pastoralist",
        "nomadic",
        "christian",
        "muslim",
        "islamist",
        "jihadist",
        "rebel",
        "government",
        "community",
        "village",
        "youth",
        "criminal",
        "gang",
        # a unit's or an organisation's own noun ("Hamza Division fighters") is not a people either
        "division",
        "brigade",
        "battalion",
        "regiment",
        "corps",
        "army",
        "front",
        "movement",
        "group",
        "forces",
        "party",
        "league",
        "council",
        "union",
        "unit",
        "units",
        "cartel",
        "faction",
        "militia",
    )
)
# "Turkish-backed groups", "Kurdish-led forces": a sponsor or leader named before a group noun makes
# it an armed group of its own, neither the sponsor's army nor the story's main group
_PROXY_SUFFIXES = frozenset(
    {"backed", "supported", "sponsored", "funded", "trained", "armed", "allied", "aligned", "led"}
)
# role categories in the order their modifiers are tried ("police commandos" are police, not army)
_ROLE_ORDER = (
    "armed",
    "militia",
    "police",
    "international",
    "government",
    "state",
    "gang",
    "civilians",
    "protesters",
)
_ROLE_ORDER_TAIL = ("rioters", "pirates")


# --------------------------------------------------------------------------- countries


def canonical_country_name(cc: str) -> str:
    """The country's name as ACLED writes it: ``"AF"`` -> ``"Afghanistan"``, ``"CD"`` -> ``"Democratic
    Republic of Congo"``, ``"RU"`` -> ``"Russia"``; an unknown code comes back unchanged."""
    code = (cc or "").upper()
    if code in _ACLED_COUNTRY_NAMES:
        return _ACLED_COUNTRY_NAMES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return cc
    name = str(getattr(country, "common_name", None) or country.name)
    if name == "Türkiye":
        return "Turkey"
    if ", " in name:  # "Virgin Islands, British" style: reads better inverted
        head, tail = name.split(", ", 1)
        name = f"{tail} {head}"
    return name


def _country_of_name(cc: str | None) -> str:
    """The country's name as it follows "of": with "the" where ACLED writes "the Philippines"."""
    if cc is None:
        return ""
    name = canonical_country_name(cc)
    return f"the {name}" if cc.upper() in _WITH_ARTICLE else name


def government_force(government: str, role: str, book: ActorDictionary | None = None) -> ActorEntry | None:
    """The dictionary's own military (``role`` "state") or police ("police") of a named government
    ("Government of Somaliland" -> "Military Forces of Somaliland"), or None when it has none."""
    if not government.startswith("Government of "):
        return None
    prefix = {"state": "Military Forces of ", "police": "Police Forces of "}.get(role)
    if prefix is None:
        return None
    return (book or default_dictionary()).entries.get(prefix + government.removeprefix("Government of "))


def role_actor_name(role: str, cc: str | None) -> str:
    """The ACLED-style name of a generic role in a country (``None``: the country is unknown)."""
    place = canonical_country_name(cc) if cc else None
    bracket = f" ({place})" if place else ""
    # without a country the name stays ACLED's without the country ("Police Forces"): the story did
    # not say which country's, which is not ACLED's "Unidentified Military Forces" (of a country
    # nobody could identify)
    if role == "state":
        return f"Military Forces of {_country_of_name(cc)}" if cc else "Military Forces"
    if role == "police":
        return f"Police Forces of {_country_of_name(cc)}" if cc else "Police Forces"
    if role == "government":
        return f"Government of {_country_of_name(cc)}" if cc else "Government"
    if role == "international":
        return "International Forces"
    if role == "civilians":
        return f"Civilians{bracket}"
    if role == "protesters":
        return f"Protesters{bracket}"
    if role == "rioters":
        return f"Rioters{bracket}"
    if role == "gang":
        return f"Unidentified Gang{bracket}"
    if role == "pirates":
        return f"Pirates{bracket}"
    if role == "militia":
        return f"Unidentified Communal Militia{bracket}"
    return f"Unidentified Armed Group{bracket}"


def role_type_of_name(name: str) -> ActorType | None:
    """The actor type of a name that `role_actor_name` makes ("Protesters (Kenya)" -> protesters).

    Events may name a role actor the text never mentions (the protesters of a protest); the record
    still needs the actor's type.
    """
    for role, actor_type in ROLE_TYPES.items():
        if name == role_actor_name(role, None) or _role_pattern(role).fullmatch(name):
            return actor_type
    return None


def role_country_of_name(name: str) -> str | None:
    """The country code of a name that `role_actor_name` makes ("Protesters (Kenya)" -> "KE",
    "Military Forces of the Philippines" -> "PH"), or None when it names no country."""
    if role_type_of_name(name) is None:
        return None
    match = re.search(r"\((.+)\)$| of (?:the )?(.+)$", name)
    if match is None:
        return None
    return _codes_by_country_name().get(match.group(1) or match.group(2))


@lru_cache(maxsize=1)
def _codes_by_country_name() -> dict[str, str]:
    codes = {canonical_country_name(c.alpha_2): c.alpha_2 for c in pycountry.countries}
    codes.update({name: code for code, name in _ACLED_COUNTRY_NAMES.items()})
    return codes


@lru_cache(maxsize=32)
def _role_pattern(role: str) -> re.Pattern[str]:
    # "ZZ" stands for any country: canonical_country_name leaves an unknown code as it is
    return re.compile(re.escape(role_actor_name(role, "ZZ")).replace("ZZ", ".+"))


def modifier_role(word: str, book: ActorDictionary | None = None) -> str | None:
    """The role a word stands for when it modifies an event noun ("a police raid", "an army
    offensive", "a rebel attack"): ``"police"``, ``"state"`` or ``"armed"``; None for other words."""
    roles = (book or default_dictionary()).roles
    low = word.lower()
    for role in ("police", "state", "armed"):
        if role in roles and (
            low in roles[role].heads or (role == "state" and low in _STATE_EVENT_MODIFIERS)
        ):
            return role
    return None


# modifiers of an operation noun that say the state's forces ran it ("a security operation")
_STATE_EVENT_MODIFIERS = frozenset(("security", "government", "military", "govt"))


#: actor type of each generic role (rioters are a kind of crowd: ACLED's inter code 5 has no type here)
ROLE_TYPES: dict[str, ActorType] = {
    "armed": "militia",
    "militia": "militia",
    "state": "state-military",
    "police": "police",
    "government": "government",
    "international": "international",
    "civilians": "civilians",
    "protesters": "protesters",
    "rioters": "protesters",
    "gang": "militia",
    "pirates": "militia",
}


# --------------------------------------------------------------------------- the dictionary


def _stance_before(doc: Doc, start: int) -> tuple[str, int] | None:
    """The stance prefix right before token ``start`` ("pro" of "pro-Houthi", "anti" of
    "anti-government", split off by the tokenizer or not) and the index it starts at, or None."""
    if start >= 2 and doc[start - 1].text in _HYPHENS and doc[start - 2].lower_ in _STANCE_PREFIXES:
        return doc[start - 2].lower_, start - 2
    if start >= 1 and doc[start - 1].text[-1:] in _HYPHENS:
        prefix = doc[start - 1].lower_[:-1]
        if prefix in _STANCE_PREFIXES:
            return prefix, start - 1
    return None


@dataclass(slots=True)
class Alias:
    """One way an actor is written, optionally only valid in stories about some countries."""

    text: str
    only_in: frozenset[str] | None = None


@dataclass(slots=True)
class ActorEntry:
    """A canonical actor of the dictionary."""

    name: str
    type: ActorType
    country: str | None
    aliases: list[Alias] = field(default_factory=list)
    only_in: frozenset[str] | None = None

    def display_name(self, doc_country: str | None) -> str:
        """The name with ``{country}`` filled with the document's country (dropped when unknown)."""
        if "{country}" not in self.name:
            return self.name
        if doc_country:
            return self.name.replace("{country}", canonical_country_name(doc_country))
        return re.sub(r"\s*\(\{country\}\)|\s*\{country\}", "", self.name).strip()

    def allowed_in(self, doc_country: str | None) -> bool:
        """Whether the entry may be matched in a story about ``doc_country``."""
        return self.only_in is None or (doc_country is not None and doc_country in self.only_in)


@dataclass(slots=True)
class Role:
    """A generic role: head lemmas that are enough alone, heads that need a modifier, modifiers."""

    heads: frozenset[str]
    heads_with_modifier: frozenset[str]
    modifiers: frozenset[str]
    phrases: frozenset[str] = frozenset()


def _codes(value: Any) -> frozenset[str] | None:
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    return frozenset(str(v).upper() for v in items)


def _lower_set(values: Iterable[Any] | None) -> frozenset[str]:
    return frozenset(str(v).lower() for v in values or ())


class ActorDictionary:
    """Canonical actors, generic roles and country words, loaded from YAML and merged.

    ``ActorDictionary.load()`` reads the packaged ``actors.yaml`` and then every file named by
    ``FRONTWIRE_ACTORS``; `merge` adds another mapping of the same shape.
    """

    def __init__(self) -> None:
        self.entries: dict[str, ActorEntry] = {}
        self.roles: dict[str, Role] = {}
        #: ISO2 -> country names (as written) and demonyms (lower case)
        self.country_names: dict[str, set[str]] = {}
        self.demonyms: dict[str, set[str]] = {}
        #: nouns after a people's name that make an ethnic militia ("Pokot raiders")
        self.ethnic_heads: frozenset[str] = frozenset()
        #: nouns a named actor takes into its mention ("BNP activists")
        self.member_nouns: frozenset[str] = frozenset()
        #: weapons and craft only states field: a country's ("Israeli warplanes") is its military
        self.state_platforms: frozenset[str] = frozenset()

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, paths: Iterable[str | Path] | None = None, *, use_env: bool = True) -> ActorDictionary:
        """The packaged dictionary, then ``paths``, then the files in ``$FRONTWIRE_ACTORS``."""
        book = cls()
        packaged = resources.files("frontwire").joinpath("data/actors.yaml").read_text(encoding="utf-8")
        book.merge(yaml.safe_load(packaged))
        extra = [Path(p) for p in paths or ()]
        if use_env:
            extra += [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
        for path in extra:
            book.merge_file(path)
        return book

    def merge_file(self, path: str | Path) -> None:
        """Merge one YAML file (raises ``FileNotFoundError``/``ValueError`` on a bad file)."""
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        try:
            self.merge(data or {})
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"{path}: not an actors file: {exc}") from exc

    def merge(self, data: dict[str, Any]) -> None:
        """Merge a mapping with ``actors``/``roles``/``countries`` over what is loaded.

        An actor whose name is known gets the new type/country and the union of the aliases
        (``replace: true`` drops the old aliases); a role gets the union of its word lists.
        """
        for raw in data.get("actors") or ():
            self._merge_actor(raw)
        for role, raw in (data.get("roles") or {}).items():
            old = self.roles.get(role, Role(frozenset(), frozenset(), frozenset()))
            self.roles[role] = Role(
                heads=old.heads | _lower_set(raw.get("heads")),
                heads_with_modifier=old.heads_with_modifier | _lower_set(raw.get("heads_with_modifier")),
                modifiers=old.modifiers | _lower_set(raw.get("modifiers")),
                phrases=old.phrases | _lower_set(raw.get("phrases")),
            )
        self.ethnic_heads |= _lower_set(data.get("ethnic_militia_heads"))
        self.member_nouns |= _lower_set(data.get("member_nouns"))
        self.state_platforms |= _lower_set(data.get("state_platforms"))
        for cc, raw in (data.get("countries") or {}).items():
            code = str(cc).upper()
            self.country_names.setdefault(code, set()).update(str(n) for n in raw.get("names") or ())
            self.demonyms.setdefault(code, set()).update(str(d).lower() for d in raw.get("demonyms") or ())

    def _merge_actor(self, raw: dict[str, Any]) -> None:
        name = str(raw["name"]).strip()
        aliases: list[Alias] = []
        for item in raw.get("aliases") or ():
            if isinstance(item, dict):
                aliases.append(Alias(str(item["text"]), _codes(item.get("only_in"))))
            else:
                aliases.append(Alias(str(item)))
        old = self.entries.get(name)
        kind = raw.get("type", old.type if old else None)
        if kind not in ACTOR_TYPES:
            raise ValueError(f"actor {name!r}: type {kind!r} is not one of {sorted(ACTOR_TYPES)}")
        country = raw.get("country", old.country if old else None)
        entry = ActorEntry(
            name=name,
            type=cast(ActorType, kind),
            country=str(country).upper() if country else None,
            aliases=[] if old is None or raw.get("replace") else list(old.aliases),
            only_in=_codes(raw["only_in"]) if "only_in" in raw else (old.only_in if old else None),
        )
        known = {(a.text.lower(), a.only_in) for a in entry.aliases}
        for alias in [Alias(name.split(": ", 1)[-1]) if "{" not in name else None, *aliases]:
            if alias is not None and (alias.text.lower(), alias.only_in) not in known:
                entry.aliases.append(alias)
                known.add((alias.text.lower(), alias.only_in))
        self.entries[name] = entry

    # ------------------------------------------------------------------ look-ups

    def lookup(self, text: str, country: str | None = None) -> ActorEntry | None:
        """The actor a name or alias stands for (case-insensitive, hyphens and spaces alike).

        An alias restricted to ``country`` wins over an unrestricted one ("Al Shabaab" in
        Mozambique is the Islamic State's local branch).
        """
        key = _alias_key(text)
        general: ActorEntry | None = None
        for entry in self.entries.values():
            if not entry.allowed_in(country):
                continue
            for alias in entry.aliases:
                if _alias_key(alias.text) != key:
                    continue
                if alias.only_in is None:
                    general = general or entry
                elif country in alias.only_in:
                    return entry
            if general is None and _alias_key(entry.name) == key:
                general = entry
        return general

    def country_words(self) -> Iterator[tuple[str, str]]:
        """(ISO2, country name or demonym) pairs: pycountry's names and the YAML's words."""
        for country in pycountry.countries:
            code = country.alpha_2
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value and "," not in value and "(" not in value:
                    yield code, value
            yield code, canonical_country_name(code)
        for code, names in self.country_names.items():
            for name in names:
                yield code, name
        for code, demonyms in self.demonyms.items():
            for demonym in demonyms:
                yield code, demonym


#: nouns that tie a group to another it belongs to or serves: "JNIM, al Qaeda's affiliate in the
#: Sahel" is JNIM, "the Houthis, Iran's allies" the Houthis
_AFFILIATION_NOUNS = frozenset(
    {"affiliate", "branch", "offshoot", "franchise", "wing", "arm", "ally", "proxy", "splinter"}
)


def _describe_by_apposition(doc: Doc, named: list[_Named]) -> None:
    """A named group's mention that only describes another named group it stands in apposition to
    ("JNIM, al Qaeda's affiliate in the Sahel", "the ADF, an Islamic State affiliate") is a mention
    of that group."""
    owners = {i: n.entry for n in named for i in range(n.start, n.end)}
    for n in named:
        head = doc[n.start : n.end].root
        if head.lemma_.lower() not in _AFFILIATION_NOUNS or head.dep_ != "appos":
            continue
        described = owners.get(head.head.i)
        if described is not None and described != n.entry:
            n.entry = described


def _owner_in_sentence(doc: Doc, start: int, end: int, named: list[_Named]) -> ActorEntry | None:
    """The armed group "its"/"their" points to: "Islamic Jihad said its fighters fired rockets"
    are that group's fighters, whichever group the story is mostly about; or the group an "of"
    names: "communist rebels of the New People's Army"."""
    root = doc[start:end].root
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                owner = next(
                    (n for n in named if n.start <= pobj.i < n.end and n.entry.type in ARMED_TYPES), None
                )
                if pobj.dep_ == "pobj" and owner is not None:
                    return owner.entry
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in root.children):
        return None
    sent_start = root.sent.start
    # ("The Houthis said five of their fighters were killed": a faction the dictionary codes as a
    # state's forces has fighters of its own too)
    before = [
        n
        for n in named
        if sent_start <= n.start
        and n.end <= start
        and (n.entry.type in ARMED_TYPES or (n.entry.type == "state-military" and _a_faction(n.entry)))
    ]
    return before[-1].entry if before else None


def _force_of_owner(
    doc: Doc, hit: _RoleHit, found: list[ActorMention], book: ActorDictionary
) -> ActorMention | None:
    """The state force whose men a bare "soldiers"/"troops" are, told by the sentence: the force
    "its"/"their" points back to ("the Lebanese army said one of its soldiers ..."), the forces of
    the named government it points back to ("Somaliland's government said its troops ..." are
    the dictionary's forces of it: `government_force`), or the force that reports them ("Israel's
    military said two soldiers were wounded")."""
    root = doc[hit.start : hit.end].root
    sent = root.sent
    before = [m for m in found if sent.start_char <= m.start and m.end <= doc[hit.start].idx]
    forces = [m for m in before if m.type == "state-military"]
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in root.children)
    if forces and owned:
        return forces[-1]
    owners = [m for m in before if m.type in ("government", "international")]
    if owned and owners and owners[-1].type == "international":
        # "the U.N. mission MONUSCO said its troops had repelled an attack": the mission's own
        return owners[-1]
    governments = [m for m in before if m.type == "government"]
    if owned and governments and (force := government_force(governments[-1].name, "state", book)) is not None:
        return dataclasses.replace(governments[-1], name=force.name, type=force.type, country=force.country)
    for verb in root.ancestors:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS:
            teller = _force_telling(verb, forces)
            if teller is None and _opens_with_it(verb, sent):
                # "The Israeli military said ... It said a device was thrown at soldiers": the
                # force that spoke in the sentence before
                previous = doc[sent.start - 1].sent
                told_before = [
                    m
                    for m in found
                    if previous.start_char <= m.start < previous.end_char and m.type == "state-military"
                ]
                speaking = (v for v in previous if v.pos_ == "VERB" and v.lemma_.lower() in SPEECH_VERBS)
                teller = next(filter(None, (_force_telling(v, told_before) for v in speaking)), None)
            return teller
    return None


def _force_telling(verb: Token, forces: list[ActorMention]) -> ActorMention | None:
    """The force among ``forces`` named in the subject of a verb of saying ("Israel's military said")."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        teller = [m for m in forces if lo <= m.start and m.end <= hi]
        if teller:
            return teller[-1]
    return None


def _opens_with_it(verb: Token, sent: Span) -> bool:
    """Whether a verb of saying has the "It" that opens a sentence (not the first) as its subject."""
    return sent.start > 0 and any(
        c.dep_ == "nsubj" and c.lower_ == "it" and c.i == sent.start for c in verb.children
    )


def _qualifier_before(doc: Doc, i: int) -> str | None:
    """The sponsor or leader written as one hyphened word that ends just before token ``i``
    ("Kurdish-led", "Turkish-backed"), lower case, or None."""
    if (
        i >= 3
        and doc[i - 1].lower_ in _PROXY_SUFFIXES
        and doc[i - 2].text in _HYPHENS
        and not doc[i - 2].whitespace_
        and not doc[i - 3].whitespace_
        and doc[i - 3].is_alpha
    ):
        return f"{doc[i - 3].lower_}-{doc[i - 1].lower_}"
    if i >= 1 and "-" in doc[i - 1].text:
        head, _, tail = doc[i - 1].lower_.rpartition("-")
        if tail in _PROXY_SUFFIXES and head.isalpha():
            return f"{head}-{tail}"
    return None


def _named_before_country(country: Token, country_tokens: dict[int, str]) -> bool:
    """Whether a country's name ends a longer name ("members of Islami Andolan Bangladesh", a
    party): capitalised words before it that are no part of the country's name."""
    return any(
        m.dep_ in ("compound", "amod", "nmod") and m.text[:1].isupper() and m.i not in country_tokens
        for m in country.lefts
    )


def _alias_key(text: str) -> str:
    return re.sub(r"[\s\-‐‑–]+", " ", text.lower()).strip()


# --------------------------------------------------------------------------- patterns


def _words(text: str) -> list[str]:
    """An alias cut into words at spaces and hyphens (and "'s", brackets split off)."""
    out: list[str] = []
    for chunk in text.split():
        for part in re.split(r"(?<=\w)-(?=\w)", chunk):
            part = part.strip()
            if not part:
                continue
            m = re.match(r"^(.+?)('s|’s)$", part)
            if m and len(m.group(1)) > 1:
                out.extend([m.group(1), m.group(2)])
            elif part.startswith("(") and len(part) > 1:
                out.extend(["(", *([part[1:-1], ")"] if part.endswith(")") else [part[1:]])])
            elif part.endswith(")") and len(part) > 1:
                out.extend([part[:-1], ")"])
            else:
                out.append(part)
    return out


def _is_acronym(word: str) -> bool:
    """An acronym, all capitals ("ADF") or with small letters inside ("LeT", "JeM"): lower-cased,
    it may be a common word ("let")."""
    if len(word) < 2 or not any(c.isalpha() for c in word):
        return False
    return word.isupper() or re.search(r"[a-z][A-Z]", word) is not None


def _variants(text: str, plural: bool = True, limit: int = 16) -> list[str]:
    """The spellings an alias is matched in: hyphen or space between words, final "s" or not.

    Acronyms keep their capitals ("IS", "UN", "ADF"): lower-cased they are common English words,
    so an alias with one is matched on the exact text (`_PhraseIndex` puts it in its ORTH matcher).
    """
    words = _words(text)
    if not words:
        return []
    joined = [""]
    for i, word in enumerate(words):
        seps = [""] if i == 0 else ([" ", "-"] if len(joined) * 2 <= limit else [" "])
        joined = [f"{j}{sep}{word}" for j in joined for sep in seps]
    out = list(dict.fromkeys([text, *joined]))
    last = words[-1]
    if plural and last[-1:].isalpha() and not last.lower().endswith("s") and last.lower() not in ("'s", "’s"):
        suffix = "s"
        out += [v + suffix for v in out]
    return out


class _PhraseIndex:
    """Two PhraseMatchers: exact text for aliases with acronyms, lower case for the rest."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.orth = PhraseMatcher(nlp.vocab, attr="ORTH")

    def add(self, key: str, texts: Iterable[str], plural: bool = True) -> None:
        lower: list[Doc] = []
        orth: list[Doc] = []
        for text in texts:
            exact = any(_is_acronym(w) for w in _words(text))
            for variant in _variants(text, plural):
                (orth if exact else lower).append(self.nlp.make_doc(variant))
        if lower:
            self.lower.add(key, lower)
        if orth:
            self.orth.add(key, orth)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return [*self.lower(doc), *self.orth(doc)]


@dataclass(slots=True)
class _Named:
    start: int  # token indices
    end: int
    entry: ActorEntry
    extended: bool = False


@dataclass(slots=True)
class _RoleHit:
    start: int
    end: int
    role: str
    country: str | None
    the_group: bool = False
    entry: ActorEntry | None = None  # an ethnic militia named on the spot
    #: "unidentified gunmen", "an unknown group": the text says it is no group it names
    unidentified: bool = False
    #: "kurdish-led" of "Kurdish-led forces": the group is the named one the text qualifies alike
    qualifier: str | None = None
    #: the phrase names whose they are ("Kenyan troops", "the army of Mali")
    own_country: bool = False


#: modifiers that keep a role from pointing at the story's named group ("unidentified gunmen")
_UNIDENTIFIED_WORDS = frozenset({"unidentified", "unknown", "unnamed"})
# words of an office of state before a person's name: "Prime Minister", "Secretary of State",
# "Defence Secretary", "Vice President"
_TITLE_HEADS = frozenset(
    {"president", "premier", "chancellor", "minister", "secretary", "king", "queen", "emir", "governor"}
)
_TITLE_WORDS = _TITLE_HEADS | frozenset(
    {"prime", "vice", "deputy", "foreign", "defence", "defense", "interior", "home", "state", "of", "finance",
     "acting", "interim", "crown", "prince", "supreme", "leader", "ayatollah"}
)  # fmt: skip


#: offices written before a person's name as a title: "army spokesman Lul Ruai Koang", "Army chief X"
_TITLE_OFFICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "commander", "chief"})


def _title_before_name(token: Token) -> bool:
    """Whether an office noun is a title before a person's name ("police spokesman John Doe"):
    the phrase then names the body the person speaks for, as "the police spokesman" would."""
    name = token.head
    return (
        token.lower_ in _TITLE_OFFICES
        and name.pos_ == "PROPN"
        and name.i > token.i
        # the small model takes some names for organisations, never for places
        and name.ent_type_ not in ("GPE", "LOC", "FAC", "NORP")
    )


def _head_forms(token: Token) -> set[str]:
    """The forms a head noun is looked up by: lemma, text, and a naive singular ("Forces")."""
    low = token.lower_
    forms = {token.lemma_.lower(), low}
    if low.endswith("s") and len(low) > 3:
        forms.add(low[:-1])
        if low.endswith("es"):
            forms.add(low[:-2])
    return forms


class ActorMatcher:
    """Finds actor mentions in a parsed Doc; built once per pipeline (its Matchers are reused)."""

    def __init__(self, nlp: Language, book: ActorDictionary) -> None:
        self.book = book
        self.matcher = _PhraseIndex(nlp)
        self._patterns: list[tuple[ActorEntry, Alias]] = []
        for entry in book.entries.values():
            for alias in entry.aliases:
                if not _words(alias.text):
                    continue
                key = f"FW_ACTOR_{len(self._patterns)}"
                self._patterns.append((entry, alias))
                self.matcher.add(key, [alias.text])
        self.countries = _PhraseIndex(nlp)
        by_code: dict[str, set[str]] = {}
        for code, word in book.country_words():
            by_code.setdefault(code, set()).add(word)
        self._words_of_country = {code: {w.lower() for w in words} for code, words in by_code.items()}
        for code, names in by_code.items():
            self.countries.add(f"FW_CC_{code}", sorted(names), plural=False)
        role_heads = frozenset(w for r in book.roles.values() for w in (*r.heads, *r.heads_with_modifier))
        self._all_heads = role_heads | book.state_platforms
        self._absorbable = role_heads | book.member_nouns
        self._modifier_words = frozenset(w for r in book.roles.values() for w in r.modifiers)
        self._role_words = self._modifier_words | frozenset(w for r in book.roles.values() for w in r.heads)
        # one-word country names and demonyms: "Saudi-led forces" are a state's coalition, no group
        self._nations = frozenset(word.lower() for _, word in book.country_words() if " " not in word)
        self._demonyms = frozenset(d.lower() for words in book.demonyms.values() for d in words)

    # ------------------------------------------------------------------ entry point

    def find(self, doc: Doc, doc_country: str | None = None) -> list[ActorMention]:
        """Every actor mention in ``doc``, in text order, without overlaps."""
        country_spans = self._country_spans(doc)
        country = doc_country or self._infer_country(doc, country_spans)
        named = self._named(doc, country)
        _describe_by_apposition(doc, named)
        taken = {i for n in named for i in range(n.start, n.end)}
        titled = self._office_holders(doc, country, country_spans, taken)
        taken |= {i for hit in titled for i in range(hit.start, hit.end)}
        roles = titled + self._roles(doc, country, country_spans, taken)
        groups = [n.entry for n in named] + [h.entry for h in roles if h.entry is not None]
        # "The Los Choneros gang denied any role in the attack": a group that disowns a deed is no
        # guess for who "the gunmen" of the story are
        disowning = {n.entry.name for n in named if disowns_a_part(doc[n.start : n.end].root)}
        # "..., said Musa Ali, a commander of the Civilian Joint Task Force": a group named only as
        # whom a speaker belongs to tells the news, it is not who "the gunmen" were (though "the
        # rebels" a TNLA spokesman speaks of are his own)
        affiliations = {n.entry.name for n in named if _a_speaker_s_affiliation(doc[n.start : n.end].root)}
        affiliations -= {
            n.entry.name for n in named if not _a_speaker_s_affiliation(doc[n.start : n.end].root)
        }
        groups = [g for g in groups if g.name not in disowning]
        unknown_doers = {
            role: self._dominant([g for g in groups if g.name not in affiliations], types)
            for role, types in (("armed", ARMED_TYPES), ("militia", frozenset(("militia",))))
        }
        dominant = {
            # "No group claimed responsibility": the story says its attackers are unknown
            "armed": None
            if disclaimed_by_all(
                doc, ((doc[n.start].idx, n.entry.name) for n in named if n.entry.type in ARMED_TYPES)
            )
            else self._dominant(groups, ARMED_TYPES),
            "militia": self._dominant(groups, frozenset(("militia",))),
        }
        claimant = _the_claimant(doc, named)
        if claimant is not None and dominant["armed"] is not None:
            # "Militants ambushed a police convoy ... Tehrik-e-Taliban Pakistan claimed
            # responsibility": the group that claims the attack is its "militants", whoever else
            # the story names ("Afghanistan's Taliban rulers")
            dominant["armed"] = claimant
        out: list[ActorMention] = []
        for n in named:
            span = doc[n.start : n.end]
            out.append(
                ActorMention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    name=n.entry.display_name(country),
                    type=n.entry.type,
                    country=n.entry.country or (country if "{country}" in n.entry.name else None),
                )
            )
        first_named: dict[str, int] = {}
        for n in named:
            first_named.setdefault(n.entry.name, n.start)
        # ("a turf war between the Jalisco cartel and local gangs": a named group and unnamed ones
        # fight each other, and the story does not say which of them the gunmen were)
        fighting_unnamed = {
            n.entry.name
            for n in named
            if n.entry.type in ARMED_TYPES and _fights_unnamed_rivals(doc[n.start : n.end].root)
        }
        rivals = len({n.entry.name for n in named if n.entry.type in ARMED_TYPES}) > 1 or bool(
            fighting_unnamed
        )
        # countries whose forces the story names as theirs ("the Ukrainian military", "Kenyan troops")
        own_forces_named = {n.entry.country for n in named if n.entry.type == "state-military"} | {
            h.country for h in roles if h.role == "state" and h.own_country
        }
        for hit in roles:
            span = doc[hit.start : hit.end]
            group = None if hit.unidentified else dominant.get(hit.role)
            if group is not None and group.name in affiliations and _names_attackers(doc, hit):
                group = unknown_doers.get(hit.role)
            if (
                group is not None
                and rivals
                and group != claimant
                and (
                    not _named_by_then(doc, hit.start, first_named.get(group.name))
                    # (one side of a turf war told in the next sentence is still no more than a side)
                    or (group.name in fighting_unnamed and first_named.get(group.name, 0) > hit.start)
                )
            ):
                # "Gunmen burst into a bar ... Guanajuato has been the scene of a turf war between
                # two cartels": of rival groups the story brings up only later, none is known to be
                # the gunmen ("... Perpetrators believed to be al Shabaab": one group named is)
                group = None
            if (
                group is not None
                and first_named.get(group.name, hit.start) < hit.start
                and _introduces_another(span.root)
            ):
                # "Gran Grif ... retaliation against residents who had supported a vigilante group":
                # an indefinite noun brings in a group not told before, not the one already named
                group = None
            if group is not None and _named_later_only_in_the_past(doc, hit.start, group.name, named):
                # "Suspected rebels killed a peacekeeper ... Armed groups have controlled the country
                # since 2013, when Seleka rebels ousted the president": a group the story brings up
                # only later, in its history, is not who did today's deed
                group = None
            if hit.qualifier is not None:
                # "Kurdish-led forces" are "the Kurdish-led Syrian Democratic Forces" of the same story
                group = next(
                    (n.entry for n in named if _qualifier_before(doc, n.start) == hit.qualifier), None
                )
            if hit.entry is None and not hit.unidentified:
                # "the MNDAA said its troops captured the base": a group's troops, not the army's
                group = _owner_in_sentence(doc, hit.start, hit.end, named) or group
            if (
                hit.role == "armed"
                and hit.entry is None
                and not hit.unidentified
                and hit.country not in (None, country)
                and (group is None or group.country != hit.country)
            ):
                # "Malian troops and Russian fighters took Kidal ... Wagner mercenaries": the one
                # foreign armed group the story names of that country, of whatever kind
                group = _only_group_of(named, hit.country) or group
            if hit.entry is None and not hit.unidentified and hit.qualifier is None:
                # "Houthi rebels fired a missile ... as the rebels pressed an offensive": the word the
                # story named a group by points back to it, whatever the group's type; "the Civilian
                # Joint Task Force, a militia that ...": a role set beside a name is that group
                group = _named_by_the_same_word(doc, hit, named) or _in_apposition(doc, hit, named) or group
            if hit.the_group:
                # "Separately, FARC dissidents kidnapped a policeman. The group demanded ...": "the
                # group" points back to the group named last, in its sentence or the one before
                # (and never to a group the story names only later: an anaphor looks back)
                if group is not None and not any(n.entry == group and n.start < hit.start for n in named):
                    group = None
                group = _last_named_group(doc, hit.start, named, _GROUP_TYPES, factions_only=True) or group
            owning_group = (
                _last_named_group(doc, hit.start, named, ARMED_TYPES | {"state-military"})
                if _owned_by_a_group(doc, hit)
                else None
            )
            if owning_group is not None:
                # "the group's military spokesman", "the rebels' commander": the group's, not the state's
                cc = owning_group.country or (country if "{country}" in owning_group.name else None)
                out.append(
                    ActorMention(
                        span.start_char,
                        span.end_char,
                        span.text,
                        owning_group.display_name(country),
                        owning_group.type,
                        cc,
                    )
                )
                continue
            bare_state = (
                hit.role == "state" and hit.entry is None and not hit.own_country and not hit.unidentified
            )
            owner = _force_of_owner(doc, hit, out, self.book) if bare_state else None
            if owner is None and bare_state and country not in own_forces_named:
                owner = _the_only_force_in_play(out, span.start_char, country)
            if owner is None and bare_state and country not in own_forces_named:
                owner = _force_of_the_post(doc, hit, country_spans, country)
            if owner is not None:
                # "The Lebanese army said one of its soldiers was killed", "Israel's military said two
                # soldiers were wounded": the soldiers are the speaker's, whatever the story's country
                out.append(
                    dataclasses.replace(owner, start=span.start_char, end=span.end_char, text=span.text)
                )
                continue
            if hit.entry is not None:
                name, kind, cc = hit.entry.name, hit.entry.type, hit.entry.country
            elif group is not None and (
                hit.country is None or group.country in (None, hit.country) or hit.country == country
            ):
                name, kind = group.display_name(country), group.type
                cc = group.country or (country if "{country}" in group.name else None)
            elif hit.the_group:
                continue  # "the group" with no named group to point at
            else:
                cc = hit.country
                if (
                    hit.role in ("state", "police", "government")
                    and not hit.own_country
                    and not hit.unidentified
                    and hit.entry is None
                ):
                    # "Myanmar's military government ... the army's last outpost ... The military
                    # government did not respond", in a story the places set on the Bangladesh side
                    # (a bare "police" is no foreign government's: "the U.S. Federal Aviation
                    # Administration banned flights ... Police said they killed gang members")
                    in_play = _FORCE_TYPES if hit.role == "police" else _STATE_ACTOR_TYPES
                    state = _the_only_force_in_play(out, span.start_char, country, in_play)
                    cc = state.country if state is not None else cc
                name, kind = role_actor_name(hit.role, cc), ROLE_TYPES.get(hit.role, "other")
                if hit.role == "international":
                    cc = None
            out.append(ActorMention(span.start_char, span.end_char, span.text, name, kind, cc))
        out.extend(_called_by_their_own_noun(doc, named, out, country))
        out.sort(key=lambda m: (m.start, -m.end))
        return out

    # ------------------------------------------------------------------ countries

    def _country_spans(self, doc: Doc) -> dict[int, tuple[int, str]]:
        """token start -> (token end, ISO2) of each capitalised country name or demonym."""
        from frontwire.nlp.places import names_a_language  # (places reads the actor dictionary)

        found: list[tuple[int, int, str]] = []
        # the geoparser read each name with the whole article: "Congo" in a story of Goma and North
        # Kivu is the Democratic Republic, though the bare name is the other Congo's
        read_as = {
            t.start: t.entry.country
            for t in doc._.fw_toponyms or ()
            if getattr(t, "entry", None) is not None and t.entry.feature == "country" and t.entry.country
        }
        for match_id, start, end in self.countries(doc):
            if not doc[start].text[:1].isupper():
                continue  # "turkey", "chad", "niger" in lower case are words, not countries
            if names_a_language(doc[end - 1]):
                continue  # "the French-speaking government": a language, not France
            code = read_as.get(doc[start].idx) or doc.vocab.strings[match_id][len("FW_CC_") :]
            found.append((start, end, code))
        found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
        out: dict[int, tuple[int, str]] = {}
        last_end = -1
        for start, end, code in found:
            if start >= last_end:
                out[start] = (end, code)
                last_end = end
        return out

    def _infer_country(self, doc: Doc, country_spans: dict[int, tuple[int, str]]) -> str | None:
        votes: Counter[str] = Counter()
        first: dict[str, int] = {}
        for toponym in doc._.fw_toponyms or ():
            entry = getattr(toponym, "entry", None)
            code = getattr(entry, "country", None)
            if code:
                votes[code] += 1
                first.setdefault(code, toponym.start)
        for start, (_end, code) in country_spans.items():
            if self._qualifies_other(doc, start, _end):
                continue  # "U.S.-backed": names a sponsor, not where it happens
            votes[code] += 1
            first.setdefault(code, doc[start].idx)
        if not votes:
            return None
        return max(votes, key=lambda c: (votes[c], -first[c]))

    # ------------------------------------------------------------------ names

    def _named(self, doc: Doc, country: str | None) -> list[_Named]:
        by_span: dict[tuple[int, int], list[tuple[ActorEntry, Alias]]] = {}
        for match_id, start, end in self.matcher(doc):
            index = int(doc.vocab.strings[match_id][len("FW_ACTOR_") :])
            by_span.setdefault((start, end), []).append(self._patterns[index])
        chosen: list[_Named] = []
        for (start, end), candidates in by_span.items():
            entry = self._pick(candidates, country)
            if entry is None:
                continue
            if self._tail_of_longer_name(doc, start, end, entry):
                continue
            if self._excluded(doc, start, end):
                aligned_start = self._aligned_forces_start(doc, start, end, entry)
                if aligned_start is None and not _linked_fighters(doc, end, entry):
                    continue
                start = aligned_start if aligned_start is not None else start
            chosen.append(_Named(start, end, entry))
        # longest first, then leftmost: "Pakistani Taliban" wins over "Taliban"
        chosen.sort(key=lambda n: (-(n.end - n.start), n.start))
        kept: list[_Named] = []
        used: set[int] = set()
        for n in chosen:
            if used.isdisjoint(range(n.start, n.end)):
                kept.append(n)
                used.update(range(n.start, n.end))
        kept.sort(key=lambda n: n.start)
        for n in kept:
            self._extend_over_role_noun(doc, n, used)
        return kept

    def _tail_of_longer_name(self, doc: Doc, start: int, end: int, entry: ActorEntry) -> bool:
        """Whether a name of several words is only the end of a longer one: the "National
        Liberation Army" of "the West Papua National Liberation Army" is not Colombia's ELN, nor the
        "People's Liberation Army" of "the Sudan People's Liberation Army" China's. A country's own
        name before it keeps it ("the Kenya National Police Service")."""
        if end - start < 2 or start == 0:
            return False
        before = doc[start - 1]
        if before.tag_ != "NNP" or not before.text[:1].isupper() or before.head.i not in range(start, end):
            return False
        if before.is_sent_start and before.lower_.endswith(("ed", "ing")):
            return False  # "Suspected Boko Haram fighters ...": a first word is capitalised anyway
        own = self._words_of_country.get(entry.country or "", set())
        return before.lower_ not in own and doc[max(0, start - 2) : start].text.lower() not in own

    @staticmethod
    def _pick(candidates: list[tuple[ActorEntry, Alias]], country: str | None) -> ActorEntry | None:
        specific = [e for e, a in candidates if a.only_in and country in a.only_in and e.allowed_in(country)]
        if specific:
            return specific[0]
        general = [e for e, a in candidates if a.only_in is None and e.allowed_in(country)]
        return general[0] if general else None

    @staticmethod
    def _aligned_forces_start(doc: Doc, start: int, end: int, entry: ActorEntry) -> int | None:
        """Where "pro-Houthi forces" starts, when a named armed actor after "pro-" heads armed men:
        forces aligned with an armed group or faction are coded as it, as ACLED does ("pro-Haftar
        forces"). A stance without armed men ("pro-Taliban websites") or for a government or a party
        ("pro-government militias") is no such mention; a country's adjective ("pro-Iranian
        militias") is no named actor at all."""
        if entry.type in ("government", "political-party", "civilians", "protesters"):
            return None
        heads = [doc[end - 1]] + ([doc[end]] if end < len(doc) else [])  # "Haftar forces" is an alias
        if not any(t.lemma_.lower() in _ALIGNED_FORCE_NOUNS for t in heads):
            return None
        stance = _stance_before(doc, start)
        return stance[1] if stance is not None and stance[0] == "pro" else None

    def _excluded(self, doc: Doc, start: int, end: int) -> bool:
        if _stance_before(doc, start) is not None:
            return True
        if self._qualifies_other(doc, start, end):
            return True
        # a short acronym in an all-capitals line ("IS", "UN") is an English word, not a name
        first = doc[start]
        if end - start == 1 and first.text.isupper() and len(first.text) <= 3:
            sent = first.sent if doc.has_annotation("SENT_START") else doc[:]
            letters = [c for c in sent.text if c.isalpha()]
            if letters and sum(c.isupper() for c in letters) > 0.6 * len(letters):
                return True
            if first.text == "IS" and first.i > 0 and first.nbor(-1).lower_ in ("it", "that", "this", "what"):
                return True
        return False

    @staticmethod
    def _qualifies_other(doc: Doc, start: int, end: int) -> bool:
        """Whether the words end in "-controlled", "-backed"... ("Houthi-controlled areas")."""
        if end + 1 < len(doc) and doc[end].text in "-‐‑–" and doc[end + 1].lower_ in _QUALIFYING_SUFFIXES:
            return doc[end].whitespace_ == ""
        last = doc[end - 1].lower_
        return "-" in last and last.rsplit("-", 1)[1] in _QUALIFYING_SUFFIXES

    def _extend_over_role_noun(self, doc: Doc, n: _Named, used: set[int]) -> None:
        """Take a role noun into a name's mention: "Taliban soldiers", "the Taliban's fighters"."""
        nxt = n.end
        if nxt < len(doc) and doc[nxt].lower_ in ("'s", "’s"):
            nxt += 1
        if nxt >= len(doc) or nxt in used:
            return
        noun = doc[nxt]
        if noun.pos_ not in ("NOUN", "PROPN") or _head_forms(noun).isdisjoint(self._absorbable):
            return
        if noun.dep_ in _MODIFIER_DEPS and noun.head.i > noun.i:
            return  # "Taliban army barracks": the noun itself only modifies another
        # next to each other they are one phrase even when the parser splits them ("IS fighters");
        # across a possessive only when the parse agrees
        if nxt > n.end and not any(doc[i].head.i == noun.i for i in range(n.start, n.end)):
            return
        used.add(nxt)
        n.end = nxt + 1
        n.extended = True

    # ------------------------------------------------------------------ roles

    def _roles(
        self, doc: Doc, country: str | None, country_spans: dict[int, tuple[int, str]], taken: set[int]
    ) -> list[_RoleHit]:
        country_tokens: dict[int, str] = {}
        for start, (end, code) in country_spans.items():
            # "U.S.-backed", "pro-Iranian": the country is a sponsor or a cause, not whose men these are
            if not self._qualifies_other(doc, start, end) and not self._in_stance_compound(doc, doc[start]):
                for i in range(start, end):
                    country_tokens[i] = code
        hits: list[_RoleHit] = []
        for token in doc:
            # ("Russian shelling killed three civilians": a gerund the tagger calls a verb, used as
            # a noun, is the deed a state's platforms name)
            nominal_gerund = token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            if token.i in taken or (token.pos_ not in ("NOUN", "PROPN") and not nominal_gerund):
                continue
            forms = _head_forms(token)
            if forms.isdisjoint(self._all_heads) and forms.isdisjoint(self.book.ethnic_heads):
                continue
            if token.dep_ in _MODIFIER_DEPS and token.head.i > token.i and not _title_before_name(token):
                continue  # "militant control", "army barracks": a modifier, not the phrase's noun
            if token.i in country_tokens:
                continue
            if self._in_stance_compound(doc, token):
                continue
            hit = self._ethnic_at(doc, token, forms, country, country_tokens, taken)
            hit = hit or self._role_at(doc, token, forms, country, country_tokens, taken)
            if hit is not None:
                hits.append(hit)
        return hits

    def _office_holders(
        self, doc: Doc, country: str | None, country_spans: dict[int, tuple[int, str]], taken: set[int]
    ) -> list[_RoleHit]:
        """People named with a title of state: "Israeli Prime Minister Ehud Barak", "U.S. Secretary
        of State Warren Christopher", "President Yoweri Museveni" (the government they lead)."""
        country_at: dict[int, tuple[int, str]] = {
            end: (start, code) for start, (end, code) in country_spans.items()
        }
        hits: list[_RoleHit] = []
        titled: dict[str, str | None] = {}  # a titled person's name and surname -> their country
        for ent in doc.ents:
            if ent.label_ != "PERSON" or any(i in taken for i in range(ent.start, ent.end)):
                continue
            start = ent.start
            while start > 0 and doc[start - 1].lower_ in _TITLE_WORDS and doc[start - 1].i not in taken:
                start -= 1
            # news writes an office of state before a name capitalised ("Defence Minister X"); a
            # lowercase one is some other body's ("the club's vice president John Smith")
            # (a province's governor is a governor of state however written: "Plateau governor X")
            # ("Ukraine's defence minister Rustem Umerov": a country's office, however written)
            owned = start >= 2 and doc[start - 1].lower_ in ("'s", "’s") and (start - 1) in country_at
            if (
                start == ent.start
                or not any(
                    (t.lower_ in _TITLE_HEADS and (t.text[:1].isupper() or t.lower_ == "governor" or owned))
                    # ("Iran's supreme leader Ayatollah Ali Khamenei": the head of state)
                    or (t.lower_ == "leader" and t.i > 0 and doc[t.i - 1].lower_ == "supreme")
                    for t in doc[start : ent.start]
                )
            ):
                continue
            if start > 0 and doc[start - 1].lower_ in ("former", "ex", "late"):
                continue  # "Former governor John Smith, now an opposition leader": no office held now
            if doc[start].lower_ == "of":
                start += 1
            code = None
            before = country_at.get(start)
            if before is None and start >= 2 and doc[start - 1].lower_ in ("'s", "’s"):
                before = country_at.get(start - 1)
            if before is not None and not self._qualifies_other(doc, before[0], start):
                start, code = before
            end = ent.end
            after = country_spans.get(end + 1) if end < len(doc) and doc[end].lower_ == "of" else None
            if after is not None and code is None:
                end, code = after  # "King Hassan of Morocco"
            hits.append(_RoleHit(start, end, "government", code or country))
            titled[ent.text.lower()] = titled[ent[-1].lower_] = code or country
        # "Colombian President Gustavo Petro ... Petro suspended the talks": the same person,
        # named again by the surname or the full name alone, still speaks for the government
        held = {i for hit in hits for i in range(hit.start, hit.end)}
        for ent in doc.ents:
            if (
                ent.label_ == "PERSON"
                and ent.text.lower() in titled
                and not any(i in taken or i in held for i in range(ent.start, ent.end))
            ):
                hits.append(_RoleHit(ent.start, ent.end, "government", titled[ent.text.lower()]))
                held.update(range(ent.start, ent.end))
        for tok in doc:
            # the tagger often leaves a lone surname out of its entities, or calls it a place
            if (
                tok.pos_ == "PROPN"
                and tok.ent_type_ in ("", "PERSON", "GPE", "ORG")
                and tok.lower_ in titled
                and tok.i not in taken
                and tok.i not in held
            ):
                hits.append(_RoleHit(tok.i, tok.i + 1, "government", titled[tok.lower_]))
        return sorted(hits, key=lambda hit: hit.start)

    @staticmethod
    def _in_stance_compound(doc: Doc, token: Token) -> bool:
        return _stance_before(doc, token.i) is not None

    def _phrase_modifiers(self, token: Token, taken: set[int]) -> list[Token]:
        """The head noun's pre-modifiers (and their subtrees), left of it, in its phrase."""
        out: list[Token] = []
        for child in token.lefts:
            if child.dep_ in _PHRASE_DEPS:
                out.extend(t for t in child.subtree if t.i < token.i)
        # the parser sometimes leaves a compound word unattached to the head: take adjacent nouns too
        j = token.i - 1
        while j >= 0 and token.doc[j] not in out:
            left = token.doc[j]
            if left.dep_ != "compound" and not (
                left.pos_ in ("NOUN", "ADJ", "PROPN") and left.lower_ in self._modifier_words
            ):
                break
            out.append(left)
            j -= 1
        return sorted(out, key=lambda t: t.i)

    def _ethnic_at(
        self,
        doc: Doc,
        token: Token,
        forms: set[str],
        country: str | None,
        country_tokens: dict[int, str],
        taken: set[int],
    ) -> _RoleHit | None:
        """An ethnic militia: a people's name before a fighting noun ("Pokot raiders")."""
        if forms.isdisjoint(self.book.ethnic_heads):
            return None
        toponym_chars = [(t.start, t.end) for t in doc._.fw_toponyms or ()]
        role_words = self._role_words
        for m in token.lefts:
            if m.dep_ not in ("amod", "compound", "nmod") or not self._next_to_head(m, token):
                continue
            if m.i in taken or m.i in country_tokens or not m.is_alpha or not m.text[:1].isupper():
                continue
            if self._in_stance_compound(doc, m):
                continue  # "anti-Houthi fighters" are not Houthis
            if m.is_stop or m.text.isupper() or m.lower_ in role_words or m.lower_ in _NOT_PEOPLES:
                continue
            if (
                m.i == m.sent.start
                and m.lower_.endswith(("ed", "ing"))
                and m.tag_ in ("JJ", "VBN", "VBD", "VBG")
            ):
                continue  # "Hooded gunmen stormed ...": a sentence's first word is capitalised anyway
            # the small model tags a people's name as anything from PERSON to ORG; only a place is
            # reliably not a people
            if m.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL"):
                continue
            if any(a <= m.idx < b for a, b in toponym_chars):
                continue  # "Mandera youths" are from a place, not a people
            name = f"{m.text.capitalize()} Ethnic Militia"
            if country:
                name += f" ({canonical_country_name(country)})"
            entry = ActorEntry(name=name, type="militia", country=country)
            return _RoleHit(m.i, token.i + 1, "ethnic", country, entry=entry)
        return None

    @staticmethod
    def _next_to_head(modifier: Token, head: Token) -> bool:
        """Whether a people's name stands right before the fighting noun, or before one lower-case
        adjective of it ("Bedouin tribal fighters", "Dinka armed youths")."""
        if modifier.i == head.i - 1:
            return True
        between = head.doc[head.i - 1]
        return (
            modifier.i == head.i - 2
            and between.dep_ == "amod"
            and between.head.i == head.i
            and between.is_lower
            and between.pos_ == "ADJ"
        )

    def _role_at(
        self,
        doc: Doc,
        token: Token,
        forms: set[str],
        country: str | None,
        country_tokens: dict[int, str],
        taken: set[int],
    ) -> _RoleHit | None:
        mods = self._phrase_modifiers(token, taken)
        if any(m.i in taken for m in mods):
            return None  # the named actor's phrase; `_extend_over_role_noun` had its chance
        words = {m.lower_ for m in mods} | {m.lemma_.lower() for m in mods}
        words |= {part for m in mods for part in m.lower_.split("-") if part}
        relevant: list[Token] = []
        code: str | None = None
        own_country = False
        for m in mods:
            if m.i in country_tokens:
                if m.dep_ == "poss" or m.head.dep_ == "poss" or m.head.i == token.i or m.head in mods:
                    code = code or country_tokens[m.i]
                    own_country = True
                    relevant.append(m)
            elif m.dep_ == "poss" and m.lower_ in ("country", "nation", "state"):
                relevant.append(m)
        of_end = None
        for child in token.rights:  # "military forces of Armenia", "the government of Kenya"
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [
                    c
                    for c in child.children
                    if c.dep_ == "pobj"
                    and c.i in country_tokens
                    and not _named_before_country(c, country_tokens)
                ]
                if objs:
                    code, own_country, of_end = country_tokens[objs[0].i], True, objs[0].i + 1
                    while of_end in country_tokens and country_tokens[of_end] == code:
                        of_end += 1
            elif child.dep_ == "prep" and child.lower_ == "from" and not code:
                # "Forces from Somalia's Puntland region", "troops from Chad": whose men they are
                # (not "officers from Kenya's police": the force named after "from" is theirs)
                for place in (c for c in child.children if c.dep_ == "pobj"):
                    if place.i in country_tokens:
                        code = country_tokens[place.i]
                    elif place.lemma_.lower() in _REGION_NOUNS:
                        owner = next(
                            (c for c in place.children if c.dep_ == "poss" and c.i in country_tokens), None
                        )
                        code = country_tokens[owner.i] if owner is not None else None
                    own_country = code is not None
        heads = forms
        # "39 Russian attacks", "US Predator attacks": a state's deeds by its demonym or its name
        # before them ("Sonjo militia from Tanzania attacks and kills ...": a verb after the name)
        deeds_named = any(
            m.i in country_tokens and (m.lower_ in self._demonyms or m.i == 0 or doc[m.i - 1].pos_ != "ADP")
            for m in mods
        )
        role = self._choose_role(heads, words, bool(own_country), deeds_named)
        qualifier = None
        armed = self.book.roles.get("armed")
        if role in (None, "armed") and armed is not None and heads & armed.heads_with_modifier:
            qualifier = next(
                (q for m in mods if (q := _qualifier_before(doc, m.i + 1)) and not self._state_led(q)),
                None,
            )
            role = "armed" if qualifier else role
        if role is None:
            return None
        if role in ("government", "state", "police") and "opposition" in words:
            return None  # "two opposition officials" are no officials of the state
        if role != "armed" and self._looks_like_group_name(doc, token, mods, words):
            return None  # "Sudan People's Liberation Army" is a group's name, not a state's army
        book = self.book.roles
        role_words = book[role].modifiers | book[role].phrases
        relevant.extend(m for m in mods if m.lower_ in role_words or m.lemma_.lower() in role_words)
        for r in book.values():
            relevant.extend(m for m in mods if m.lower_ in r.modifiers)
        start = min([m.i for m in relevant] + [token.i])
        end = token.i + 1
        if of_end is not None and role in ("state", "police", "government", "civilians", "protesters"):
            end = of_end
        if "ministry" in forms:
            end = self._extend_over_of(token, end)
        the_group = (
            role == "armed"
            and "group" in forms
            and not (words & (book["armed"].modifiers | _TIED_WORDS))
            and not qualifier
        )
        if the_group and not any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts):
            return None
        if the_group and token.text[:1].isupper() and any(m.text[:1].isupper() for m in mods):
            return None  # "the International Crisis Group": an organisation's own name, no anaphor
        unidentified = bool(words & _UNIDENTIFIED_WORDS)
        if qualifier:
            start = min(start, *(m.i for m in mods))
        return _RoleHit(
            start,
            end,
            role,
            code or country,
            the_group=the_group,
            unidentified=unidentified,
            qualifier=qualifier,
            own_country=own_country,
        )

    def _state_led(self, qualifier: str) -> bool:
        """Whether a qualifier names a state leading a force ("Saudi-led"): a coalition, not a group."""
        sponsor, _, kind = qualifier.rpartition("-")
        return kind == "led" and sponsor in self._nations

    def _choose_role(
        self, heads: set[str], words: set[str], has_country: bool, deeds_named: bool = True
    ) -> str | None:
        book = self.book.roles
        order = [r for r in (*_ROLE_ORDER, *_ROLE_ORDER_TAIL) if r in book]
        for role in order:  # fixed pairs first ("armed forces")
            r = book[role]
            if any(f"{w} {h}" in r.phrases for w in words for h in heads):
                return role
        if "ethnic" in words and heads & _PLAIN_PEOPLE and "civilians" in book:
            # "ethnic Amhara people", "ethnic Tigrayan men": a people's members, not its fighters
            # ("ethnic Armenian forces" are, below)
            return "civilians"
        for role in order:  # a modifier of a role whose nouns include this one
            r = book[role]
            if words & r.modifiers and heads & (r.heads | r.heads_with_modifier):
                return role
        for role in order:  # a head that is a role on its own
            if heads & book[role].heads:
                return role
        if "armed" in book and heads & {"group", "faction", "cell"} and words & _TIED_WORDS:
            return "armed"  # "an Islamic State-linked group", "an Iran-backed faction": known by its ties
        if has_country:  # "Kenyan forces", "the US administration"
            # ("a crew member from Syria", "Syrian members of parliament", "Kenyan staff of the
            # charity": of what, the country does not say; "Syrian security members" is a force by
            # its modifier, above)
            national = heads - {"member", "staff"}
            for role in ("state", "government", "police"):
                if role in book and national & (book[role].heads | book[role].heads_with_modifier):
                    return role
            platforms = heads & self.book.state_platforms
            if platforms <= _DEED_PLATFORMS and not deeds_named:
                platforms = set()  # (the caller tells "Russian attacks" from "from Tanzania attacks")
            if "state" in book and platforms:
                return "state"  # "Israeli warplanes", "a Turkish drone"
        if "armed" in book and "group" in heads:
            return "armed"  # only "the group": checked by the caller
        return None

    @staticmethod
    def _looks_like_group_name(doc: Doc, token: Token, mods: list[Token], words: set[str]) -> bool:
        if token.lower_ not in _NAMED_GROUP_HEADS or not token.text[:1].isupper():
            return False
        return bool(words & _INSURGENT_NAME_WORDS)

    @staticmethod
    def _extend_over_of(token: Token, end: int) -> int:
        """The end of a name with an "of" phrase: "Ministry of Defense"."""
        for child in token.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs and objs[0].text[:1].isupper():
                    return max(end, objs[0].right_edge.i + 1)
        return end

    # ------------------------------------------------------------------ dominant group

    @staticmethod
    def _dominant(named: list[ActorEntry], types: frozenset[str]) -> ActorEntry | None:
        """The named actor of one of ``types`` mentioned most often (the first one on a tie)."""
        counts: Counter[str] = Counter()
        entries: dict[str, ActorEntry] = {}
        for entry in named:
            if entry.type in types:
                counts[entry.name] += 1
                entries.setdefault(entry.name, entry)
        if not counts:
            return None
        order = list(entries)
        best = max(counts, key=lambda k: (counts[k], -order.index(k)))
        return entries[best]


#: participles that tie an unnamed group to a known one: "an Islamic State-linked group"
_TIED_WORDS = frozenset({"linked", "affiliated", "allied", "backed", "aligned", "inspired"})


#: a part in a deed, as one denies it: "denied any role", "denied involvement"
_PART_WORDS = frozenset(
    {"role", "involvement", "responsibility", "part", "hand", "link", "links", "connection"}
)
_DISOWNING_VERBS = frozenset({"deny", "reject", "disown", "refute", "dismiss"})


def disowns_a_part(subject: Token) -> bool:
    """Whether ``subject`` is who denies a part in a deed: "the gang denied any role in the
    attack", "the group rejected responsibility", "Hamas denied involvement"."""
    if subject.dep_ != "nsubj" or subject.head.lemma_.lower() not in _DISOWNING_VERBS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PART_WORDS for c in subject.head.children)


_NO_CLAIM = re.compile(
    r"\b(?:no|none of the)\s+(?:one|group|organi[sz]ation|(?:armed|militant|rebel) group)\b[^.;]{0,40}?"
    r"\bclaimed\b|\bnobody\b[^.;]{0,30}?\bclaimed\b|\bno claim of responsibility\b"
    # "Prosecutors did not say who was behind the attack", "It was unclear who was behind it"
    r"|\b(?:did|could|would)\s+not\s+say\s+who\s+(?:was|were)\s+behind\b"
    r"|\b(?:not\s+clear|unclear|not\s+known)\s+who\s+(?:was|were)\s+behind\b",
    re.IGNORECASE,
)
# armed groups a story suspects without naming them: "disputed by the Jalisco cartel and local gangs"
_UNNAMED_SUSPECTS = re.compile(
    r"\b(?:local|rival|other|several|criminal|armed)\s+(?:gangs|cartels|groups|militias|factions)\b",
    re.IGNORECASE,
)


def disclaimed_by_all(doc: Doc, group_starts: Iterable[tuple[int, str]]) -> bool:
    """Whether the story says no one claimed what happened, suspecting no one named group (whose
    mentions are the (character offset, name) pairs ``group_starts``) in the same breath: "No
    group claimed responsibility." (while "No one claimed responsibility, but suspicion fell on
    the Baloch Liberation Army" names whom the story suspects, and "..., but Boko Haram and its
    rival ISWAP have carried out similar attacks" names two, so no one, as does "..., but the area
    is disputed by the Jalisco cartel and local gangs")."""
    starts = list(group_starts)
    for sent in doc.sents:
        if not _NO_CLAIM.search(sent.text):
            continue
        suspects = {name for start, name in starts if sent.start_char <= start < sent.end_char}
        unnamed = 1 if _UNNAMED_SUSPECTS.search(sent.text) else 0
        if len(suspects) + unnamed != 1:
            # "No group claimed responsibility, but Boko Haram and its rival ISWAP have carried
            # out similar attacks": two suspects are no one suspect
            return True
    return False


def _introduces_another(noun: Token) -> bool:
    """Whether a singular role noun is brought in as a new one ("a vigilante group", "another
    militia"), neither set beside a name nor said to be what a named group is ("Al Shabaab, a
    militant group", "JNIM is an al Qaeda affiliate")."""
    # (a person so brought in, "a gang leader said", may well be one of the group named)
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in _GROUP_NOUNS | {"group", "faction", "organisation", "organization"}
        and noun.dep_ not in ("appos", "attr")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in noun.children)
    )


def _fights_unnamed_rivals(word: Token) -> bool:
    """Whether a named group is one side of a fight "between" it and groups told by a role noun:
    "turf wars between the Jalisco cartel and local gangs"."""
    while word.dep_ in ("compound", "nmod") and word.head.i != word.i:
        word = word.head  # "the Santa Rosa de Lima cartel"
    between = word.head
    if word.dep_ != "pobj" or between.lower_ != "between":
        return False
    return any(
        c.lemma_.lower() in _RIVAL_NOUNS and c.pos_ == "NOUN" and c.text[:1].islower() for c in word.conjuncts
    )


#: the role nouns of groups a named one fights: "between the cartel and local gangs"
_RIVAL_NOUNS = frozenset({"gang", "cartel", "militia", "group", "faction", "rebel", "insurgent"})


def _named_later_only_in_the_past(doc: Doc, before: int, name: str, named: list[_Named]) -> bool:
    """Whether a group is named only after token ``before``, and only in sentences whose every
    time is over a year before the article's date ("since 2013, when Seleka rebels ousted ...")."""
    article = getattr(doc._.fw_input, "date", None) if doc.has_extension("fw_input") else None
    mentions = [n for n in named if n.entry.name == name]
    if article is None or not mentions or any(n.start <= before for n in mentions):
        return False
    year_ago = article - timedelta(days=365)
    for n in mentions:
        sent = doc[n.start].sent
        times = [
            t for t in doc._.fw_dates or () if sent.start_char <= t.start < sent.end_char and t.start_date
        ]
        if not times or any(t.start_date >= year_ago for t in times):
            return False
    return True


def _the_claimant(doc: Doc, named: list[_Named]) -> ActorEntry | None:
    """The one armed group the story says claimed an attack: "Tehrik-e-Taliban Pakistan claimed
    responsibility", "Al Shabaab claimed the bombing" (not "has not claimed"; None when two did)."""
    claimants: dict[str, ActorEntry] = {}
    for n in named:
        root = doc[n.start : n.end].root
        verb = root.head
        if (
            n.entry.type in ARMED_TYPES
            and root.dep_ == "nsubj"
            and verb.lemma_.lower() == "claim"
            and not any(c.dep_ == "neg" for c in verb.children)
            and any(c.dep_ == "dobj" for c in verb.children)
        ):
            claimants[n.entry.name] = n.entry
    return next(iter(claimants.values())) if len(claimants) == 1 else None


#: the nouns of armed men a group's name may end in: "Houthi rebels", "Fulani militants"
_FIGHTER_NOUNS = frozenset(
    {"rebel", "militant", "insurgent", "fighter", "jihadist", "militiaman", "guerrilla"}
)


#: nouns for a group as a whole that a definite article makes point back: "the gang", "the cartel"
_GROUP_NOUNS = frozenset({"gang", "cartel", "militia"})


def _named_by_the_same_word(doc: Doc, hit: _RoleHit, named: list[_Named]) -> ActorEntry | None:
    """The group named last before ``hit`` by a name ending in one of the hit's nouns of armed men:
    "the rebels", "rebel forces" after "Houthi rebels"."""
    words = {t.lemma_.lower() for t in doc[hit.start : hit.end]} & _FIGHTER_NOUNS
    if any(t.lower_ in ("the", "this", "that") for t in doc[max(0, hit.start - 1) : hit.start + 1]):
        # "the Gran Grif gang ... exchanged fire with the gang": a definite group word points back
        words |= {t.lemma_.lower() for t in doc[hit.start : hit.end]} & _GROUP_NOUNS
    if not words:
        return None
    earlier = [n for n in named if n.end <= hit.start and doc[n.end - 1].lemma_.lower() in words]
    return earlier[-1].entry if earlier else None


#: what a state's forces hold and man, named by the state's demonym: "an Israeli checkpoint"
_POSTS_OF_FORCES = frozenset(
    {"checkpoint", "base", "post", "outpost", "position", "patrol", "convoy", "barracks", "garrison", "camp"}
)


def _force_of_the_post(
    doc: Doc, hit: _RoleHit, country_spans: dict[int, tuple[int, str]], country: str | None
) -> ActorMention | None:
    """The forces a bare "soldier" of a sentence belongs to when the sentence names a post of one
    foreign state only: "Gunmen opened fire at an Israeli checkpoint near Tulkarem, wounding a
    soldier" (Israel's soldier, in a story of the West Bank)."""
    sent = doc[hit.start].sent
    owners = {
        code
        for start, (end, code) in country_spans.items()
        if sent.start <= start < sent.end
        and doc[end - 1].head.lemma_.lower() in _POSTS_OF_FORCES
        and doc[end - 1].dep_ in ("amod", "compound")
    }
    if len(owners) != 1 or country in owners:
        return None
    code = owners.pop()
    span = doc[hit.start : hit.end]
    return ActorMention(
        span.start_char, span.end_char, span.text, role_actor_name("state", code), "state-military", code
    )


def _the_only_force_in_play(
    found: list[ActorMention],
    before: int,
    country: str | None,
    types: frozenset[str] = frozenset({"state-military"}),
) -> ActorMention | None:
    """The foreign army a bare "troops" means when the story has named no other: in "Israeli
    forces raided the Jenin camp ... troops detained ten men" the troops are Israel's, not the
    West Bank's. Only when every state actor of ``types`` named before is that one country's and
    the story never names its own country's. With the government and police too
    (`_STATE_ACTOR_TYPES`), the country a bare "the army" or "the military government" belongs to:
    "Myanmar's military government ... the army's last outpost", in a story the places set on the
    Bangladesh side of the border."""
    forces = {m.country: m for m in found if m.type in types and m.start < before and m.country}
    if len(forces) != 1 or country is None or country in forces:
        return None
    return next(iter(forces.values()))


#: nouns of people as such, whom "ethnic" makes a people's members, not fighters
_PLAIN_PEOPLE = frozenset({"people", "person", "individual", "man", "men", "woman", "women", "family"})
#: the deeds of war a state's forces are named by with its demonym: "39 Russian attacks"
_DEED_PLATFORMS = frozenset({"attack", "offensive", "incursion"})


_STATE_ACTOR_TYPES = frozenset({"state-military", "police", "government"})
_FORCE_TYPES = frozenset({"state-military", "police"})


def _in_apposition(doc: Doc, hit: _RoleHit, named: list[_Named]) -> ActorEntry | None:
    """The named group a role noun stands in apposition to ("the CJTF, a militia that ...")."""
    root = doc[hit.start : hit.end].root
    if root.dep_ != "appos":
        return None
    return next((n.entry for n in named if n.start <= root.head.i < n.end), None)


#: nouns naming people by the attack they made, whoever they were: "the gunmen", "the attackers"
ATTACKER_NOUNS = frozenset(
    {"attacker", "assailant", "raider", "gunman", "gunmen", "assaulter", "perpetrator", "bandit", "kidnapper",
     "abductor", "robber"}
)  # fmt: skip


#: fighters a named group's link is told of: "Islamic State-linked insurgents"
_LINKED_FIGHTERS = frozenset(
    {"insurgent", "militant", "fighter", "rebel", "jihadist", "gunman", "gunmen", "militiaman", "militiamen"}
)


def _linked_fighters(doc: Doc, end: int, entry: ActorEntry) -> bool:
    """Whether an armed group's name qualifies fighters as linked to it ("Islamic State-linked
    insurgents"): ACLED codes such fighters as the movement's branch where they fight ("Islamic
    State (Mozambique)"), as it does "pro-Haftar forces". Not a group with its own name after
    ("al Qaeda-linked JNIM": JNIM)."""
    if entry.type not in ARMED_TYPES or end + 2 >= len(doc) or "{country}" not in entry.name:
        # (only a movement ACLED names by its branch in each country: "al Qaeda-linked militants"
        # in the Sahel are JNIM, not al Qaeda's own men)
        return False
    if doc[end].text not in _HYPHENS or doc[end + 1].lower_ not in (
        "linked",
        "affiliated",
        "allied",
        "aligned",
    ):
        return False
    after = doc[end + 2]
    return after.lemma_.lower() in _LINKED_FIGHTERS or after.lower_ in _LINKED_FIGHTERS


def _names_attackers(doc: Doc, hit: _RoleHit) -> bool:
    """Whether a role mention names people by their attack ("the gunmen", "assailants")."""
    return any(
        t.lemma_.lower() in ATTACKER_NOUNS or t.lower_ in ATTACKER_NOUNS for t in doc[hit.start : hit.end]
    )


def _a_speaker_s_affiliation(name: Token) -> bool:
    """Whether a name only describes who speaks: "said Musa Ali, a commander of the Civilian Joint
    Task Force", "a spokesman for the police told reporters" (not "the group said")."""
    node, steps = name, 0
    while node.dep_ in ("pobj", "prep", "appos", "compound", "poss") and node.head is not node and steps < 6:
        node, steps = node.head, steps + 1
    return steps > 0 and node.dep_ == "nsubj" and node.head.lemma_ in SPEECH_VERBS


def _named_by_then(doc: Doc, start: int, group_start: int | None) -> bool:
    """Whether a group first named at token ``group_start`` is named before the role word at
    ``start``, in its sentence or in the sentence after it ("Militants stormed a hotel. Al
    Shabaab said its fighters ..."). A group's role (``group_start`` None) stands for itself."""
    if group_start is None or group_start <= start:
        return True
    sent = doc[start].sent
    following = doc[sent.end].sent if sent.end < len(doc) else sent
    return group_start < following.end


#: nouns that name an armed group as the owner of a role: "the group's spokesman"
_GROUP_OWNERS = frozenset(
    {"group", "movement", "rebel", "militia", "insurgent", "militant", "organisation", "organization"}
)


def _owned_by_a_group(doc: Doc, hit: _RoleHit) -> bool:
    """Whether a state role word belongs to a group named by a common noun: "the group's military
    spokesman", "the rebels' commander" (a country's would be "Yemen's military")."""
    if hit.role != "state" or hit.entry is not None or hit.own_country:
        return False
    root = doc[hit.start : hit.end].root
    return any(c.dep_ == "poss" and c.lemma_.lower() in _GROUP_OWNERS for c in root.children)


#: what "the group" may point back to: armed groups and a faction's forces
_GROUP_TYPES = ARMED_TYPES | {"state-military"}


def _a_faction(entry: ActorEntry) -> bool:
    """Whether a state force of the dictionary is a faction's ("Military Forces of Yemen Supreme
    Political Council", the Houthis; "... Libya Haftar Faction"), which stories call "the group",
    rather than a country's own army ("Military Forces of Israel")."""
    if entry.type != "state-military":
        return True
    country = canonical_country_name(entry.country) if entry.country else None
    return country is not None and entry.name not in (
        f"Military Forces of {country}",
        f"Military Forces of the {country}",
    )


def _last_named_group(
    doc: Doc,
    start: int,
    named: list[_Named],
    types: frozenset[str] = ARMED_TYPES,
    factions_only: bool = False,
) -> ActorEntry | None:
    """The armed group (of ``types``) named last before token ``start``, in its sentence or the
    one before (with ``factions_only``, of the state forces only a faction's: the Houthis, whose
    forces the dictionary codes as a state's, are "the group" too; a country's own army is not)."""
    sent = doc[start].sent
    earliest = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    before = [
        n
        for n in named
        if earliest <= n.start < start
        and n.entry.type in types
        and (not factions_only or _a_faction(n.entry))
        and not _said_of_another(doc, n, named)
    ]
    return before[-1].entry if before else None


#: the collective nouns that armed groups' names end on, by which a story goes on to call them
_NAME_NOUNS = frozenset(
    {"alliance", "front", "movement", "coalition", "brigade", "organisation", "organization"}
)


def _called_by_their_own_noun(
    doc: Doc, named: list[_Named], found: list[ActorMention], country: str | None
) -> list[ActorMention]:
    """Mentions of a group by the noun of its own name: "The Myanmar National Democratic
    Alliance Army said ... The alliance launched an offensive" (the last armed group named before
    whose name has the noun)."""
    taken = {m.start for m in found}
    out: list[ActorMention] = []
    for token in doc:
        if (
            token.lower_ not in _NAME_NOUNS
            or token.idx in taken
            or token.ent_type_
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            or any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in token.children)
        ):
            continue
        earlier = [
            n
            for n in named
            if n.end <= token.i
            and n.entry.type in ARMED_TYPES
            and token.lower_ in {w.lower() for w in re.findall(r"[A-Za-z]+", n.entry.name)}
        ]
        if not earlier:
            continue
        entry = earlier[-1].entry
        cc = entry.country or (country if "{country}" in entry.name else None)
        out.append(
            ActorMention(
                token.idx,
                token.idx + len(token.text),
                token.text,
                entry.display_name(country),
                entry.type,
                cc,
            )
        )
    return out


def _only_group_of(named: list[_Named], country: str | None) -> ActorEntry | None:
    """The one non-state armed or other group of ``country`` the story names, if only one."""
    groups = {
        n.entry.name: n.entry
        for n in named
        if n.entry.type in (*ARMED_TYPES, "other") and n.entry.country == country
    }
    return next(iter(groups.values())) if len(groups) == 1 else None


def _said_of_another(doc: Doc, n: _Named, named: list[_Named]) -> bool:
    """Whether a group is named in a relative clause about another named group: "The ADF, which
    has pledged allegiance to the Islamic State group, has killed thousands ... Last month, the
    group killed 18" (the group is the ADF)."""
    for clause in doc[n.start].ancestors:
        if clause.dep_ == "relcl":
            return any(m.start <= clause.head.i < m.end and m.entry != n.entry for m in named)
    return False


# --------------------------------------------------------------------------- the component


@lru_cache(maxsize=1)
def default_dictionary() -> ActorDictionary:
    """The packaged dictionary merged with ``$FRONTWIRE_ACTORS`` (read once per process)."""
    return ActorDictionary.load()


class ActorsComponent(FrontwireComponent):
    """Sets ``doc._.fw_actors``: every actor mention, linked to a canonical actor."""

    name = "frontwire_actors"

    def __init__(self, nlp: Language, book: ActorDictionary | None = None) -> None:
        self.matcher = ActorMatcher(nlp, book or default_dictionary())

    def process(self, doc: Doc) -> None:
        """Find the mentions; an empty list when there are none."""
        doc._.fw_actors = []
        doc._.fw_actors = self.matcher.find(doc, doc._.fw_country)


@Language.factory(
    "frontwire_actors",
    assigns=["doc._.fw_actors"],
    requires=["token.lemma", "token.dep", "token.pos"],
    default_config={"actors_paths": []},
)
def make_actors(nlp: Language, name: str, actors_paths: list[str]) -> ActorsComponent:
    """The actors component; ``actors_paths`` are extra YAML files merged over the packaged one."""
    book = ActorDictionary.load(actors_paths) if actors_paths else default_dictionary()
    component = ActorsComponent(nlp, book)
    component.name = name
    return component


def mentions_by_actor(mentions: Iterable[ActorMention]) -> dict[str, list[ActorMention]]:
    """Group mentions by canonical name, in order of first mention (for the assembler)."""
    out: dict[str, list[ActorMention]] = {}
    for m in mentions:
        out.setdefault(m.name, []).append(m)
    return out


__all__ = [
    "ENV_VAR",
    "ROLE_TYPES",
    "ActorDictionary",
    "ActorEntry",
    "ActorMatcher",
    "ActorsComponent",
    "Alias",
    "Role",
    "canonical_country_name",
    "default_dictionary",
    "mentions_by_actor",
    "modifier_role",
    "role_actor_name",
]
