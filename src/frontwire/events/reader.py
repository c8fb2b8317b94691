"""Read events from a parsed Doc: triggers, their arguments, place, date, status and sources.

The reader walks each sentence's dependency parse. For every trigger word of the lexicon it finds
who acted (subject, passive agent, "fell to X"), upon whom (object), where (a place in the
trigger's own clause, "the city" resolved to the last city named, else the place of the story so
far), when (the date expression that governs the trigger, else the story's current date), how
sure (modality, negation, habit, attempt, imminence) and according to whom (the attributions that
cover the trigger). Events are returned in text order; merging reports of one happening is
:mod:`frontwire.events.merge`'s job.
"""

from __future__ import annotations

import bisect
import calendar
import dataclasses
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from frontwire.events.coding import (
    ARMED_TYPES,
    DEED_TYPES,
    EXPLOSIVE_TYPES,
    FIRED_FROM_AFAR,
    KILLING_LEMMAS,
    NON_STATE_ARMED,
    STATE_CUES,
    STATE_TYPES,
    STOPPED_BY_ANYONE,
    acled_type,
    disarms_explosive,
    fights_at_close_range,
    names_chemical_weapon,
    only_firebombs,
    riotous,
    tallies_explosions,
    tells_of_fighting,
    war_remnant,
)
from frontwire.events.lexicon import Lexicon, TriggerSpec
from frontwire.events.merge import (
    UNIDENTIFIED_PREFIX,
    add_evidence,
    add_sources,
    country_and_its_place,
    division_and_its_place,
    same_place,
)
from frontwire.events.places import read_context_places
from frontwire.nlp.actors import ATTACKER_NOUNS
from frontwire.nlp.attribution import SPEECH_VERBS, names_no_one, reporter_of_misplaced_conjunct
from frontwire.nlp.dates import dates_the_saying_before_its_clause, future_told_in_the_past
from frontwire.nlp.gazetteer import shared_gazetteer
from frontwire.nlp.pipeline import wire_dateline_span
from frontwire.nlp.places import DIVISION_OFFICES, end_of_a_route, names_its_state, reporters_town
from frontwire.nlp.quotes import SCARE_QUOTE_WORDS
from frontwire.records import (
    AcledType,
    ActorMention,
    Attribution,
    EventCandidate,
    GazetteerEntry,
    Mention,
    Plover,
    Source,
    TimeExpression,
    Toponym,
)
from frontwire.records import (
    Span as TextSpan,
)

# nouns of a power whose seat "in X" names: "the government in Kabul", "the regime in Damascus"
_SEATS = frozenset({"government", "regime", "administration", "junta"})

# verbs of a side giving up a place
_LEAVING_VERBS = frozenset({"withdraw", "retreat", "flee", "pull", "abandon", "leave", "evacuate"})

# verbs that ask another to act ("called on both sides to stop fighting", "urged the rebels to
# withdraw"): the act asked for has not happened
_ASKING_TO_ACT = frozenset({"call", "urge", "ask", "appeal", "implore", "beg", "demand", "request"})

# words that tell a report is of another happening than the one before ("In a separate
# incident", "Elsewhere,")
_ANOTHER_HAPPENING = frozenset({"separate", "separately", "elsewhere", "unrelated"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Nouns that denote places, so that "seized four provincial capitals" is a territorial event and
# "the city" can be read as the city last named.
PLACE_NOUNS = _words(
    "capital city town village district province region area territory countryside base airport "
    "airbase compound headquarters stronghold outpost checkpoint port border crossing garrison camp "
    "barracks hill neighbourhood neighborhood suburb municipality county state enclave locality "
    "settlement oblast governorate prefecture installation location position"
)
#: held ground a side can lose ("the base fell", "denied the garrison had fallen"): territory
#: changing hands even where the sentence names no town (the story's place is where it lies)
MILITARY_POSITIONS = _words("base airbase garrison outpost barracks stronghold")
ANAPHORIC_PLACE_NOUNS = {
    "city": "city",
    "town": "city",
    "capital": "city",
    "village": "city",
    "province": "admin1",
    "region": "admin1",
    "country": "country",
}
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "a dozen": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip

# Words around a trigger that change how sure the report is (lemmas).
NEARLY = frozenset({"almost", "nearly", "virtually"})
IMMINENT = frozenset({"verge", "brink", "poise", "poised", "edge", "nearing", "approach", "threshold"})
ATTEMPT_GOVERNORS = frozenset(
    {"try", "attempt", "seek", "fight", "struggle", "strive", "fail", "push", "battle"}
)
#: determiners of a noun that stands for any or every one of its kind
_ANY_DETERMINERS = frozenset({"any", "every", "each", "no", "whatever", "whichever"})
FAILED_MARKERS = frozenset({"foil", "thwart", "repel", "repulse", "prevent", "avert", "fend"})
# Verbs of ending or preventing: what they aim at in a purpose clause is no report of an event
# ("a truce to put an end to raiding", "troops rushed in to quell clashes", "to prevent attacks")
ENDING_VERBS = frozenset(
    {"prevent", "avert", "stop", "end", "halt", "curb", "quell", "deter", "avoid", "forestall", "contain",
     "stem", "tackle", "combat", "counter"}
)  # fmt: skip
# Words of commitment: "is ready to withdraw", "offered to mediate", "decided to impose".
INTENT_GOVERNORS = frozenset(
    {"plan", "intend", "vow", "pledge", "promise", "prepare", "prepared", "ready", "willing", "offer",
     "commit", "committed", "determined", "decide", "agree", "threaten", "resolve", "swear", "undertake"}
)  # fmt: skip
SPEECH_TYPES = frozenset({"AGREE", "THREATEN", "REQUEST", "ACCUSE", "REJECT"})
HOSTILE_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"})
PLAN_GOVERNORS = frozenset(
    {
        "ready",
        "willing",
        "prepared",
        "offer",
        "decide",
        "committed",
        "determined",
        "plan",
        "intend",
        "aim",
        "vow",
        "pledge",
        "prepare",
        "want",
        "expect",
        "threaten",
        "promise",
        "mean",
        "hope",
        # "delegations were due to meet in Istanbul", "talks are scheduled to resume"
        "due",
        "scheduled",
    }
)
ASPECT_GOVERNORS = frozenset(
    {
        "begin",
        "start",
        "continue",
        "keep",
        "resume",
        "manage",
        "go",
        "proceed",
        "help",
        "seem",
        "appear",
        "look",
    }
)
HYPOTHETICAL_MODALS = frozenset({"could", "might", "may", "would", "should", "must"})
#: marks of a clause told as a condition or a question, not as what happened: "if", "whether"
_UNREAL_MARKS = frozenset({"if", "unless", "whether"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll"})
HABIT_ADVERBS = frozenset(
    {"routinely", "often", "usually", "regularly", "frequently", "typically", "always", "repeatedly",
     "habitually", "generally", "commonly", "traditionally", "sometimes", "constantly", "normally",
     "systematically"}
)  # fmt: skip
#: what makes a plural event noun a pattern: "near-daily strikes", "repeated raids"
HABIT_ADJECTIVES = frozenset(
    {"daily", "nightly", "weekly", "frequent", "regular", "repeated", "routine", "persistent", "constant",
     "continual", "sporadic", "occasional", "recurrent", "incessant"}
)  # fmt: skip
DENY_VERBS = frozenset({"deny", "dismiss", "refute", "reject"})
# Verbs that tell what an event did when the event noun is their subject ("the blast killed 12").
EFFECT_VERBS = frozenset(
    {"kill", "wound", "injure", "destroy", "damage", "hit", "leave", "claim", "displace"}
)
LIGHT_VERBS = frozenset(
    {"launch", "carry", "conduct", "stage", "mount", "initiate", "begin", "start", "continue", "undertake",
     "intensify", "step", "wage", "lead", "hold", "make", "perpetrate", "commit", "unleash", "order",
     "hurl", "throw", "lob", "plant", "impose", "declare", "enforce", "extend", "reimpose", "reinstate",
     "renew", "resume", "tighten", "maintain", "complete", "finish", "accelerate", "speed", "expand",
     "escalate"}
)  # fmt: skip
# Verbs whose subject undergoes, stops or comments on the event in their object: "the town came
# under attack", "the army repelled an assault", "X condemned the bombing" (X did not bomb).
RECEIVING_VERBS = frozenset(
    {"suffer", "face", "endure", "survive", "escape", "witness", "see", "experience", "undergo",
     "repel", "repulse", "thwart", "foil", "prevent", "avert", "stop", "halt", "resist", "counter",
     "condemn", "denounce", "criticise", "criticize", "deplore", "blame", "accuse", "deny", "report",
     "confirm", "observe", "record", "document", "investigate", "probe", "fear", "expect", "predict",
     "anticipate", "warn", "protest", "demand", "avenge", "mourn", "recall", "remember", "mark",
     "commemorate", "describe", "call", "term", "say", "tell", "follow", "ignore", "celebrate",
     "welcome", "support", "back", "oppose", "reject", "urge", "ask", "want", "need", "detect",
     "monitor", "verify", "attend", "cover", "film", "photograph", "dismantle", "defuse", "disperse",
     "break", "end", "flee", "evade", "withstand",
     # who prompts an event does not do it: "overran a base, prompting government air strikes"
     "prompt", "provoke", "spark", "draw", "invite", "elicit"}
)  # fmt: skip
PRONOUNS = frozenset({"they", "them", "he", "him", "she", "her", "it", "we", "us"})
# nouns for a group's armed men that "its"/"their" make the group's own ("its forces had withdrawn")
OWN_FORCE_NOUNS = frozenset(
    {
        "forces",
        "troops",
        "fighters",
        "soldiers",
        "men",
        "units",
        "gunmen",
        "militiamen",
        "members",
        "combatants",
    }
)
# Sub-event types whose unnamed perpetrator ACLED calls "Unidentified Armed Group (<Country>)"
UNATTRIBUTED_ARMED_TYPES = frozenset(
    {"Remote explosive/landmine/IED", "Grenade", "Suicide bomb", "Shelling/artillery/missile attack",
     "Looting/property destruction"}
)  # fmt: skip
# Verbs that state a conclusion or position ("the forum concluded that donors must pay more")
DEMAND_VERBS = frozenset(
    {"conclude", "stress", "emphasise", "emphasize", "maintain", "argue", "write", "remind"}
)
# Cooperative acts whose negation ("will not allow", "did not agree") is a refusal (PLOVER REJECT)
YIELDING_TYPES = frozenset({"AGREE", "CONCEDE"})
IMPLIED_ACTOR_TYPES = frozenset(
    {"Arrests", "Suicide bomb", "Shelling/artillery/missile attack", "Looting/property destruction"}
)
# PLOVER types whose actor is a state's forces when a country is named as the actor
FORCE_TYPES = frozenset({"ASSAULT", "MOBILIZE", "RETREAT"})
# Operations a passive event can happen in ("killed during a police raid")
OPERATION_NOUNS = _words(
    "raid operation offensive crackdown sweep patrol assault attack ambush clash clashes strike airstrike "
    "bombardment shelling incursion search fire gunfire"
)
_STANCES = frozenset({"anti", "pro", "counter"})
# People nouns for armed men: "soldiers killed" may be a report of what soldiers did
ARMED_PEOPLE = _words("soldier officer policeman fighter militant rebel trooper")
# Nouns for some of a group: "members of X", "a unit of X", "dozens of X" act as X.
PART_NOUNS = _words(
    "member members unit units element elements group team contingent detachment squad patrol "
    "convoy column battalion brigade company platoon some many several dozens hundreds thousands scores "
    "number part section wing faction officer officers soldier soldiers fighter fighters personnel "
    "dissident dissidents remnant remnants splinter cell cells network alliance coalition "
    "representative representatives delegate delegates delegation delegations envoy envoys negotiator "
    "negotiators"
)
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
PEOPLE_NOUNS = _words(
    "person people civilian man woman child boy girl soldier officer policeman fighter villager "
    "resident student worker farmer journalist member official militant rebel protester "
    "demonstrator trooper"
)
# Offices one person holds: "gunmen shot dead the mayor" killed one.
_OFFICE_HOLDERS = _words(
    "mayor governor commander lawmaker legislator senator deputy judge prosecutor minister chief "
    "headman mp parliamentarian spokesman spokeswoman spokesperson leader director colonel general "
    "major captain lieutenant sergeant ambassador envoy diplomat"
)
# Person nouns that name many people or a group, never one: "the family", "the village".
_MANY_PEOPLE_NOUNS = _words("people family couple hamlet village household youth")
# Nouns for unarmed people: the victims of one-sided violence when no actor is named for them.
VICTIM_NOUNS = _words(
    "person people civilian man men woman women child children boy girl baby infant villager resident "
    "farmer herder pastoralist journalist reporter student teacher worker trader merchant shopkeeper "
    "vendor doctor nurse driver motorist rider passenger attendant staff employee pedestrian family "
    "relative wife husband son "
    "daughter mother father brother sister youth teenager teen elder chief priest pastor imam cleric "
    "suspect victim body corpse couple candidate councillor activist lawyer businessman local "
    "inhabitant worshipper worshiper hamlet village household tourist migrant refugee idp individual "
    "pilgrim fisherman fishermen miner"
)
# People as what an act befalls ("seized three aid workers"): the victims, without places and bodies
_PEOPLE_NOUNS = (VICTIM_NOUNS - _words("body corpse hamlet village household")) | _words(
    "hostage crew crewman fisherman sailor seafarer engineer official employee staff pupil nun monk "
    "companion colleague friend guest visitor traveller traveler missionary expatriate foreigner citizen "
    "labourer laborer inmate prisoner detainee convict escapee fugitive"
)
# armed people a country sends, named with the country they come from ("peacekeepers from Kenya")
_CONTINGENT_NOUNS = _words("peacekeeper soldier troop trooper officer mercenary volunteer instructor adviser")
# the doers of an attack, named with the town they come from ("two of its members from Hebron")
_DOER_NOUNS = _words("member gunman attacker assailant militant")
_TOWN_NOUNS = _words("city town village camp province district region")
# What attackers do at the end of their attack: loot, burn, carry off, withdraw
_AFTERMATH_ACTS = frozenset(
    {
        ("COERCE", "seize"),
        ("ASSAULT", "destroy"),
        ("RETREAT", "withdraw"),
        ("RETREAT", None),
        # "the attackers blocked the road with their vehicles": the roadblock the attack was made at
        ("PROTEST", "obstruct"),
    }
)
_AFTERMATH_MODES = frozenset(mode for _, mode in _AFTERMATH_ACTS if mode)
# Nouns naming people by the attack they made: "the attackers", "the assailants", "the raiders"
_ATTACKER_NOUNS = ATTACKER_NOUNS
# Foreign forces a state can send home ("expelled French troops", "ordered UN peacekeepers out")
_SENT_AWAY_FORCES = _words("troop force peacekeeper soldier contingent mission adviser advisor instructor")
# Fighters taken in a fight are captives, as civilians seized are ("captured two soldiers"): the
# ontology's "combatants captured in fighting are ASSAULT abduct"
_TAKEN_FIGHTERS = (
    ARMED_PEOPLE
    | _ATTACKER_NOUNS
    | _words(
        "troop guard commander prisoner militiaman gunman jihadist insurgent leader chief kingpin boss "
        "ringleader mastermind warlord suspect terrorist bandit extremist kidnapper pirate"
    )
)
# Who a place hit belongs to, when that makes it a civilian place ("farmer camps", "IDP camp")
_CIVILIAN_OWNERS = VICTIM_NOUNS | _words("idp displacement cattle civilian residential")
# Buildings and vehicles: taking one is seizing property, not territory
FACILITY_NOUNS = _words(
    "factory plant farm mine building house home office shop store warehouse school hospital clinic "
    "vehicle car bus minibus truck lorry ship vessel boat tanker plane aircraft train hotel bank "
    "prison jail penitentiary facility"
)
# Places and vehicles full of unarmed people: attacking one is attacking civilians ("attacked a bus")
_CIVILIAN_TARGETS = _words(
    "bus minibus matatu market marketplace church mosque temple wedding funeral hospital clinic"
)
_ARMED_OWNERS = _words("police military army security government soldier troop militia")
HARM_VERBS = frozenset(
    {"kill", "injure", "wound", "shoot", "murder", "hack", "stab", "behead", "abduct", "kidnap", "rape",
     "beat", "torture", "assault", "attack", "lynch", "execute"}
)  # fmt: skip
# Nouns for an unorganised crowd acting on its own (ACLED's rioters), not an armed group.
CROWD_NOUNS = _words(
    "mob crowd villager resident local people youth student supporter member worker inhabitant "
    "rioter neighbour neighbor community relative rival employer accomplice kinsman kinsmen "
    "activist follower passerby onlooker"
)
# Words that report two-sided fighting: a clash between armed sides, whoever the victims.
MUTUAL_WORDS = frozenset(
    {"clash", "fight", "fighting", "battle", "skirmish", "firefight", "gunfight", "exchange", "engage",
     "confrontation", "crossfire", "gunbattle", "shootout"}
)  # fmt: skip
#: verbs of aiming something at someone: "fired at protesters", "opened fire on the crowd",
#: "hurled stones at police" name whom they aim at after "at" or "on"
_AIMING_VERBS = frozenset({"fire", "shoot", "open", "hurl", "throw", "lob", "pelt"})
#: fights a taking of ground comes after ("seized the town after a week-long siege"), with MUTUAL_WORDS
_FIGHT_NOUNS = frozenset({"offensive", "assault", "siege", "onslaught"})
#: lengths a fight is told by ("after weeks of fighting")
_SPANS_OF_TIME = frozenset({"hour", "day", "night", "week", "month", "year"})
# Words that put a sentence inside a demonstration (a riot in a protest is a violent demonstration).
PROTEST_WORDS = frozenset(
    {"protest", "protester", "protestor", "demonstration", "demonstrator", "demonstrate", "rally",
     "march", "blockade", "hartal", "sit-in", "procession", "picket", "shutdown"}
)  # fmt: skip
# What introduces a protest's grievance: "protest against X", "rally over X", "march demanding X".
GRIEVANCE_PREPS = frozenset({"against", "over", "about"})
GRIEVANCE_VERBS = frozenset(
    {"demand", "condemn", "protest", "denounce", "decry", "criticise", "criticize", "complain"}
)
# Weapons and explosives as objects: seizing or defusing them disrupts their use.
WEAPON_NOUNS = _words(
    "weapon arm ammunition bomb ied explosive explosives grenade mine landmine rifle gun pistol "
    "firearm cache device detonator rocket mortar shell missile munition"
)
# Prepositions that tell where a thing is rather than name it ("a base near Kunduz")
_LOCATIVE_PREPS = frozenset({"near", "in", "at", "outside", "inside", "around", "close", "along", "on"})
# Amounts that stand before what they measure: "50 kilograms of explosives"
_MEASURE_NOUNS = _words(
    "kilogram kilo kg gram ton tonne pound litre liter quantity amount number lot stockpile stock "
    "consignment box crate bag sack assortment haul batch shipment truckload"
)
# verbs of hearsay that raise the subject of what is heard: "X is said to be recruiting"
# "X is said to have attacked", "rebels claimed to have killed": a report of a deed, not a purpose
_HEARSAY_VERBS = frozenset(
    {
        "say",
        "report",
        "believe",
        "think",
        "know",
        "allege",
        "rumour",
        "rumor",
        "understand",
        "claim",
        "purport",
    }
)
# words of taking a place that tell of no force: "took control of", "took over", "occupied"
_NEUTRAL_TAKING = frozenset({"take", "control", "occupy", "enter"})
#: words that say a place changed hands without a fight
_NO_FIGHT = re.compile(
    r"\b(?:no\s+shots?\s+(?:were|was)\s+fired|without\s+(?:a\s+fight|firing\s+a\s+(?:single\s+)?shot|"
    r"(?:any\s+)?resistance|bloodshed)|unopposed)\b",
    re.IGNORECASE,
)
# words of approximation the parser may take for prepositions ("seized about a ton")
_APPROXIMATIONS = frozenset({"about", "around", "over", "some", "approximately", "roughly", "nearly"})
# what a fighting word names the kind of, as a noun before it: "a strike force", "an assault team"
_UNIT_NOUNS = _words("force team unit squad group brigade battalion vessel boat craft ship submarine vehicle")
# Aircraft as what is hit: "shot down a helicopter" is no air strike.
_AIRCRAFT_NOUNS = _words("helicopter aircraft plane jet warplane drone uav airplane gunship")
# Weapon cues of a sentence, strongest first: they tell how an attack was carried out.
_SUICIDE_CUES = ("suicide bomb", "suicide attack", "suicide vest", "suicide car", "svbied",
                 "self-detonat", "blew himself up", "blew herself up", "blew themselves up",
                 "blowing himself up")  # fmt: skip
_AERIAL_CUES = ("airstrike", "air strike", "air raid", "airraid", "warplane", "fighter jet", "aircraft",
                "helicopter gunship", "aerial", "drone strike", "drone attack", "drone",
                "bombed from the air", "jets ", "a jet ", "the jet ", "military jet", "glide bomb",
                "guided bomb", "barrel bomb")  # fmt: skip
_HEAVY_CUES = ("shell", "artillery", "mortar", "rocket", "missile", "howitzer", "katyusha", "heavy weapon",
               "heavy machine", "heavy and medium weapons")  # fmt: skip
_GRENADE_CUES = ("grenade",)
# weapons against aircraft are no aircraft ("fired mortars and anti-aircraft guns at positions")
_AGAINST_AIRCRAFT = ("anti-aircraft", "antiaircraft", "anti aircraft", "anti-drone", "air defence",
                     "air defense", "air-defence", "air-defense")  # fmt: skip
_EXPLOSIVE_CUES = ("ied", "improvised explosive", "roadside bomb", "landmine", "land mine",
                   "explosive device", "car bomb", "bomb", "explosive", "blast", "explosion", "exploded",
                   "detonat", "vbied", "rcied")  # fmt: skip
# ("grenade launchers" fire at a distance: no hand grenade)
# where weapons are kept or made: "drone depots", "missile launchers", "a rocket factory" are what
# a strike hits, not what it strikes with
_WEAPON_STORES = frozenset(
    {"depot", "launcher", "factory", "warehouse", "stockpile", "storage", "site", "facility", "plant",
     "workshop", "store", "cache", "dump", "base"}
)  # fmt: skip
# the same words in a sentence's text, for the weapon cues; launchers, bases and plants are left in
# ("fired from rocket launchers" is shelling)
_STORED_WEAPON = re.compile(
    r"\b[\w-]+ (?:"
    + "|".join(
        f"{w[:-1]}(?:y|ies)" if w.endswith("y") else f"{w}s?"
        for w in sorted(_WEAPON_STORES - {"launcher", "base", "plant", "store"})
    )
    + r")\b"
)
_NOT_EXPLOSIVE = ("petrol bomb", "petrol-bomb", "firebomb", "fire-bomb", "fire bomb", "molotov", "smoke bomb",
                  "tear gas", "teargas", "crude bomb", "cocktail", "water cannon",
                  "grenade launcher", "grenade-launcher")  # fmt: skip
ASSERTED_STATUS = frozenset({"occurred", "claimed"})
#: prepositions of the way a crowd or a column goes: "marched through the streets", "drove along the road"
_ROUTE_PREPOSITIONS = frozenset(
    {"through", "along", "across", "into", "around", "towards", "toward", "past", "down", "up"}
)
#: how long a toll counted "since" a day may run and still be one fight's
_ONE_FIGHT_DAYS = 31
_HALF_A_YEAR_DAYS = 183
# verbs that tell a side's war as well as one fight: "a rebel group fighting the junta"
_WAGING_VERBS = frozenset({"fight", "battle", "wage"})
# verbs that tell a violent event's toll ("were killed", "was injured")
_TOLL_VERBS = frozenset({"kill", "injure", "wound", "hurt"})
# people named by the work they do: an event noun before them names no event ("aid workers")
_PEOPLE_BY_THEIR_WORK = frozenset(
    {"worker", "official", "staff", "leader", "activist", "organiser", "organizer", "volunteer",
     "coordinator",
     # and organisations by theirs: "aid agencies warned", "a protest group said"
     "agency", "organisation", "organization", "group", "charity", "ngo",
     # and forces by what they are for: "riot police", "a riot squad", "riot gear"
     "police", "policeman", "policemen", "squad", "gear", "shield"}
)  # fmt: skip
# places named by the work done there: "an aid distribution point" is a place, no act of aid
_PLACES_BY_THEIR_WORK = frozenset(
    {"point", "site", "centre", "center", "hub", "warehouse", "office", "depot", "facility", "station"}
)
# modifiers of a weapon noun that tell it never went off
_UNEXPLODED = frozenset({"unexploded", "undetonated", "live", "dud"})
# what a protest voices: its demands and grievances, told in the same sentence as the protest
_PROTEST_VOICES = frozenset({"REQUEST", "ACCUSE", "REJECT", "SUPPORT", "THREATEN"})
# What the police do to a protest, what protesters do in a riot, and lethal force (lower case).
_INTERVENTION_CUES = ("tear gas", "teargas", "disperse", "baton", "water cannon", "rubber bullet",
                      "intervene", "intervention", "foil", "obstruct", "broke up", "break up", "broken up",
                      "charged", "fired", "beat", "arrest", "detain", "stopped", "prevented", "blocked the",
                      "cordon", "pellet", "lathi", "chased", "removed",
                      # a scuffle with the police is the protest held back, not the crowd's violence
                      "scuffle")  # fmt: skip
#: the participle half of a hyphenated modifier that says who stands behind someone or where a
#: thing is from ("-backed", "-brokered", "-based", "-made"), not where it is ("Palestinian-owned
#: olive trees", "Kurdish-controlled areas" are there)
_SPONSOR_HYPHEN = re.compile(
    r"-(?:backed|brokered|mediated|sponsored|funded|financed|supported|trained|armed|led|allied|aligned"
    r"|affiliated|linked|based|headquartered|registered|made|built|born|educated)\b"
)
_FORCE_USED_VIOLENTLY = re.compile(r"\bviolently\s+(?=dispers|broke\b|break|crack|suppress|quell|repress)")
_RIOT_CUES = ("threw stones", "hurled stones", "pelted", "stone-pelting", "stone pelting", "threw rocks",
              "brick", "set fire", "set ablaze", "set alight", "torched", "vandali", "burned tyres",
              "burnt tyres", "burned tires", "burnt tires", "burning tyres", "burning tires", "barricade",
              "clashed with", "clash with", "looted", "rioters", "rioted", "riot ", "molotov",
              "petrol bomb", "running battle", "damaged", "smashed", "violently", "turned violent",
              "destroyed", "toppled a statue", "toppled the statue", "toppled statues", "tore down a statue",
              "pulled down a statue")  # fmt: skip
_LETHAL_CUES = ("shot dead", "live ammunition", "live bullets", "live fire", "killed", "killing", "died",
                "dead", "excessive force", "shot and", "gunshot", "opened fire")  # fmt: skip
DEATH_WORDS = frozenset({"kill", "die", "dead", "death", "body", "fatality", "casualty", "life"})
#: verbs whose object dies ("beheaded at least 11 villagers"), read as "killed" is for the toll
FEATURE_RANK = {"site": 0, "city": 1, "admin2": 2, "admin1": 3, "region": 4, "country": 5}


@dataclass(frozen=True, slots=True)
class _Cues:
    """What a trigger's sentence tells beyond its arguments, for the ACLED coding."""

    victim: str | None = None
    mutual: bool = False
    crowd: bool = False
    protest: bool = False
    weapon_obj: bool = False
    weapon: tuple[str, bool] | None = None  # (PLOVER mode, grenade)
    chemical: bool = False
    unattributed: bool = False  # no subject or agent says who acted ("four soldiers were wounded")
    firebomb: bool = False  # the only "bombs" are petrol bombs, Molotov cocktails, crude bombs


@dataclass(slots=True)
class _Found:
    """A trigger found in a sentence: the word, its lexicon entry and the clause head to read."""

    token: Token
    spec: TriggerSpec
    governor: Token  # the verb whose arguments the event takes (the light verb for "launched an attack")


class DocumentReader:
    """Reads the events of one Doc; build once per document, then call `read`."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.ref_date: date | None = doc._.fw_date
        self.times: list[TimeExpression] = sorted(doc._.fw_dates or [], key=lambda t: t.start)
        # the dateline ("KABUL, Afghanistan (Jan. 25, 2013) —") says where the story was filed, not
        # where its events happened
        filed_from, filed_until = wire_dateline_span(doc.text)
        self.actors: list[ActorMention] = sorted(doc._.fw_actors or [], key=lambda a: a.start)
        # "in X village (Y district, Z province)": X is where, Y and Z say where X is
        context = read_context_places(
            doc,
            sorted(
                (t for t in doc._.fw_toponyms or [] if not filed_from <= t.start < filed_until),
                key=lambda t: t.start,
            ),
            [(a.start, a.end) for a in self.actors],
        )
        # "a China-brokered ceasefire", "Turkish-backed fighters", "a London-based monitor": the
        # place in a hyphenated participle says who stands behind someone, not where events were
        self.toponyms: list[Toponym] = [
            t for t in context.toponyms if t.entry is not None and not _SPONSOR_HYPHEN.match(doc.text, t.end)
        ]
        #: the places the text names that the gazetteer lacks (they read as none, but are named)
        self._unknown_places = [t for t in context.toponyms if t.entry is None]
        self._unknown_place_starts = [t.start for t in self._unknown_places]
        self._qualifiers = context.qualifiers
        self._grievances_by_sentence: dict[int, list[tuple[int, int]]] = {}
        self.attributions: list[Attribution] = list(doc._.fw_attributions or [])
        self.actor_types = {a.name: a.type for a in self.actors}
        #: countries named as an event's subject for their state ("Kenya deployed troops"): actor
        #: mentions the actors component leaves to the reader
        self.stood_for: list[ActorMention] = []
        #: mentions read as another actor than the actor finder's, by their (start, end)
        self.relinked: dict[tuple[int, int], ActorMention] = {}
        self.country: str | None = doc._.fw_country
        self._reporters_town = reporters_town(doc._.fw_toponyms or [], shared_gazetteer(), doc)
        self._toponym_starts = [t.start for t in self.toponyms]
        self._actor_starts = [a.start for a in self.actors]
        self._paragraph_starts = [0] + [i + 1 for i, ch in enumerate(doc.text) if ch == "\n"]
        self._quote_scopes = [TextSpan(q.start, q.end) for q in doc._.fw_quotes or []]
        self.events: list[EventCandidate] = []
        #: sentences (by start) that tell again an event told before ("when the bombs hit"), with it
        self._retold: dict[int, EventCandidate] = {}

    # ------------------------------------------------------------------ driving

    def read(self) -> list[EventCandidate]:
        """Every event of the document, in text order."""
        for sent in self.doc.sents:
            found = list(self._triggers(sent))
            governed = {f.token.i for f in found if self._xcomp_of_trigger(f, found)}
            for f in found:
                if self._framed_by_verb_trigger(f, found):
                    continue
                for event in self._read_trigger(f, sent, governed):
                    self.events.append(event)
        self._fold_casualties()
        self._fold_aftermath()
        self._fold_deeds_in_the_fight()
        self._fold_repelled_attack()
        self._fold_claims()
        self._fold_killing_into_capture()
        self._fold_entry_into_abduction()
        self._fold_entry_into_capture()
        self._voices_of_protest()
        self._rank_protest_demands()
        self._code_protests()
        self._crowd_violence_first()
        self._harm_to_people_first()
        self._fight_before_its_arrests()
        self._date_told_doers()
        self._date_parts_of_told_events()
        self._control_told_after()
        self._one_threat()
        # "The collapse has been blamed on corruption and negligence", "after he was accused of
        # insulting Islam": blame laid on no side, by no side, is no accusation between sides
        self.events = [
            e
            for e in self.events
            if not (
                e.plover.type == "ACCUSE"
                and e.actor1 is None
                and e.actor2 is None
                and self._laid_by_no_one(e)
            )
        ]
        self._one_agreement()
        return self.events

    def _one_agreement(self) -> None:
        """ "a ceasefire had been agreed", "the rival militias agreed to a truce": what is agreed
        is the agreement told, not a second event beside it. A ceasefire or truce noun that is the
        subject, object or "to"-object of a verb of agreeing read as an event joins it: its actors
        and place where the verb's own lack them."""
        verbs = {id(e): self._trigger_token(e) for e in self.events if e.plover.type == "AGREE"}
        by_token = {t.i: e for e in self.events if (t := verbs.get(id(e))) is not None}
        dropped: set[int] = set()
        for event in self.events:
            noun = self._trigger_token(event)
            if (
                noun is None
                or event.plover.type not in ("CONCEDE", "AGREE")
                or _pos(noun) not in ("NOUN", "PROPN")
            ):
                continue
            head = noun.head
            if noun.dep_ == "pobj" and head.lower_ in ("to", "on") and head.dep_ == "prep":
                head = head.head
            elif noun.dep_ not in ("nsubjpass", "dobj"):
                continue
            agreement = by_token.get(head.i)
            if agreement is None or agreement is event:
                continue
            agreement.actor1 = agreement.actor1 or event.actor1
            agreement.actor2 = agreement.actor2 or event.actor2
            agreement.place = agreement.place or event.place
            dropped.add(id(event))
        self.events = [e for e in self.events if id(e) not in dropped]

    def _one_threat(self) -> None:
        """ "threatened to kill anyone who defies it": the verb of threatening and the act it
        threatens are read as two threats; one is told, the act giving its kind (PLOVER's
        THREATEN violence) to the verb's event, which keeps who threatened."""
        threats = [(e, self._trigger_token(e)) for e in self.events if e.plover.type == "THREATEN"]
        dropped: set[int] = set()  # by identity: two events may be equal field for field
        for frame, told in threats:
            if told is None or id(frame) in dropped:
                continue
            for act, done in threats:
                if done is not None and done.dep_ == "dobj" and done.head.dep_ == "xcomp":
                    done = done.head  # "threatened to launch air strikes": the launching's object
                if (
                    act is not frame
                    and done is not None
                    and done.dep_ == "xcomp"
                    and _framing_verb(done) == told
                ):
                    frame.plover = act.plover
                    frame.actor1 = frame.actor1 or act.actor1
                    frame.actor2 = frame.actor2 or act.actor2
                    dropped.add(id(act))
        self.events = [e for e in self.events if id(e) not in dropped]

    def _date_told_doers(self) -> None:
        """An undated act of doers the sentence before told of ("Separatists killed four soldiers
        on Monday. The attackers opened fire on the convoy ...", "... They then set fire to the
        market"): a definite description or a pronoun carries the story on, and with it its day,
        where a new paragraph would otherwise leave the act on the article's date."""
        index = self._sentence_at_char
        for event in self.events:
            if not event.date_defaulted or event.actor1 is None:
                continue
            told = self._trigger_token(event)
            subject = self._subject(self._governor(told)) if told is not None else None
            if subject is None or not _refers_back(subject):
                continue
            i = index.get(event.sentence.start)
            before = [
                e
                for e in self.events
                if i is not None
                and index.get(e.sentence.start) == i - 1
                and e.actor1 == event.actor1
                and not e.date_defaulted
                and e.start_date is not None
            ]
            if before:
                _take_the_day_of(event, before[0])

    def _laid_by_no_one(self, event: EventCandidate) -> bool:
        """Whether an accusation is blame laid in the passive with no one laying it ("has been blamed
        on corruption", "after he was accused of insulting Islam")."""
        token = self._trigger_token(event)
        return token is not None and (
            (token.lemma_.lower() == "blame" and any(c.dep_ == "auxpass" for c in token.children))
            or (
                # (told as the reason for another happening: "a mob beat him to death after he was
                # accused of insulting Islam"; told alone, a passive accusation is still one)
                any(c.dep_ == "auxpass" for c in token.children)
                and not any(c.dep_ == "agent" for c in token.children)
                and _clause_of_another_time(token) is not None
            )
        )

    def _control_told_after(self) -> None:
        """An assault on a town the story then says its doers hold ("Gang members stormed the town
        of Mirebalais on Monday ... The gangs now control Mirebalais"): the town changed hands in it
        (ACLED's overtaking of territory), whoever the sentence of control names them as."""
        for token in self.doc:
            if not (
                token.lemma_.lower() == "control"
                and token.pos_ == "VERB"
                and token.tag_ in ("VBP", "VBZ")
                and any(c.lower_ == "now" for c in token.children)
            ):
                continue
            holder = next((c for c in token.children if c.dep_ == "nsubj"), None)
            held = next((c for c in token.children if c.dep_ == "dobj"), None)
            places = (
                [t.entry for t in self._places_in(held) if t.entry is not None] if held is not None else []
            )
            if holder is None or not places:
                continue
            holder_type = self.actor_types.get(self._actor_of(holder) or "")
            limit = _sentence_start_before(token.sent, 3)
            # (every report of the assault told in the sentences before: they are one happening)
            for taken in self.events:
                if not (
                    taken.plover.type == "ASSAULT"
                    and taken.status in ASSERTED_STATUS
                    and not taken.has_territory
                    and limit <= taken.sentence.start < token.sent.start_char
                    and taken.actor1 is not None
                    and same_place(taken.place, places[0])
                    and self.actor_types.get(taken.actor1) in NON_STATE_ARMED
                    and holder_type in NON_STATE_ARMED
                    and (taken.acled is None or taken.acled.event_type == "Battles")
                ):
                    continue
                self._taken_by_its_doer(taken, token)

    def _taken_by_its_doer(self, taken: EventCandidate, told: Token) -> None:
        """Mark an assault as the taking of its place by its doer (told by ``told``'s sentence)."""
        from frontwire.events.coding import acled_type

        if taken.actor1 is not None:
            taken.has_territory = True
            taken.territory_controller = taken.actor1
            if "territory" not in taken.plover.contexts:
                taken.plover.contexts.append("territory")
            taken.acled = acled_type(
                "ASSAULT",
                taken.plover.mode,
                territory=True,
                controller_type=self.actor_types.get(taken.actor1),
                actor1_type=self.actor_types.get(taken.actor1),
                actor2_type=self.actor_types.get(taken.actor2 or ""),
            )
            taken.evidence.append(TextSpan(told.sent.start_char, told.sent.end_char))

    def _date_parts_of_told_events(self) -> None:
        """An undated event told as one of the events before ("Militants launched attacks across
        the province overnight. In the deadliest attack, gunmen shot dead 23 men", "Elsewhere,
        militants blew up a bridge"): a superlative of them or "elsewhere" carries on their day,
        where a new paragraph would otherwise leave it on the article's date."""
        index = self._sentence_at_char
        for event in self.events:
            if not event.date_defaulted or event.status not in ASSERTED_STATUS:
                continue
            told_by = self._trigger_token(event)
            if told_by is None or not _one_of_the_told(told_by.sent):
                continue
            i = index.get(event.sentence.start)
            before = [
                e
                for e in self.events
                if i is not None
                and 0 < i - index.get(e.sentence.start, i) <= _TOLD_EVENTS_REACH
                and e.plover.type == event.plover.type
                and not e.date_defaulted
                and e.start_date is not None
            ]
            if before:
                _take_the_day_of(event, max(before, key=lambda e: e.sentence.start))

    def _harm_to_people_first(self) -> None:
        """Of two acts joined in one clause ("detained and tortured a man", "burn homes and attack
        civilians"), the harm done to people is the news: ACLED codes the torture or the attack,
        not the arrest or the property destroyed that came with it, so it ranks first."""
        for harm in self.events:
            if (
                harm.plover.type != "ASSAULT"
                or harm.status not in ASSERTED_STATUS
                or harm.acled is None
                or harm.acled.event_type not in ("Violence against civilians", "Battles")
            ):
                continue
            told = self._trigger_token(harm)
            if told is None:
                continue
            for lesser in self.events:
                if lesser is harm or lesser.sentence != harm.sentence or lesser.confidence < harm.confidence:
                    continue
                arrest = lesser.plover.type == "COERCE" and lesser.plover.mode == "arrest"
                wrecked = (
                    lesser.acled is not None and lesser.acled.sub_event_type == "Looting/property destruction"
                )
                other = self._trigger_token(lesser)
                if (arrest or wrecked) and other is not None and _joined(told, other):
                    _outrank(harm, lesser)

    def _crowd_violence_first(self) -> None:
        """Demonstrators who fought the police make a violent demonstration of the whole, however
        hard the police hit back ("police dispersed the protesters after they pelted the officers
        with stones"): ACLED codes the demonstrators' violence, so it ranks above the force, the
        dispersal or the arrests the police used against them in the same or the next sentence."""
        index = self._sentence_at_char
        for riot in self.events:
            if riot.acled is None or riot.acled.sub_event_type != "Violent demonstration":
                continue
            if riot.status not in ASSERTED_STATUS:
                continue
            i = index.get(riot.sentence.start)
            for force in self.events:
                j = index.get(force.sentence.start)
                if (
                    force is not riot
                    and force.plover.type in ("ASSAULT", "COERCE")
                    and (
                        force.acled is None
                        or force.acled.event_type in ("Protests", "Strategic developments")
                    )
                    and self.actor_types.get(force.actor1 or "") in STATE_TYPES
                    and i is not None
                    and j is not None
                    and abs(i - j) <= 1
                    and force.confidence >= riot.confidence
                ):
                    _outrank(riot, force)

    @cached_property
    def _sentence_at_char(self) -> dict[int, int]:
        """Each sentence's position in the document, by the character offset it starts at."""
        return {s.start_char: i for i, s in enumerate(self.doc.sents)}

    def _fight_before_its_arrests(self) -> None:
        """A fight and the arrests that end it ("resulting in a shoot-out between the two groups.
        One hitman was arrested"): the fight is the news, as ACLED codes it, so it ranks above
        arrests told in the same or the next sentence."""
        index = self._sentence_at_char
        for fight in self.events:
            told = self._trigger_token(fight)
            if (
                fight.acled is None
                or fight.acled.sub_event_type != "Armed clash"
                or fight.status not in ASSERTED_STATUS
                or told is None
                # a fight by its own word ("a shoot-out", "clashes"), not a siege or an attack
                or (
                    told.lemma_.lower() not in MUTUAL_WORDS
                    and (_hyphen_word(told) or "").replace("-", "") not in MUTUAL_WORDS
                )
            ):
                continue
            i = index.get(fight.sentence.start)
            for arrest in self.events:
                j = index.get(arrest.sentence.start)
                if (
                    arrest.plover.type == "COERCE"
                    and arrest.plover.mode == "arrest"
                    and i is not None
                    and j is not None
                    and 0 <= j - i <= 1
                    and arrest.evidence[0].start >= fight.evidence[0].start
                    and arrest.confidence >= fight.confidence
                ):
                    _outrank(fight, arrest)

    def _voices_of_protest(self) -> None:
        """Demonstrators demanding, accusing or rejecting are protesting ("demonstrators demanded
        food", "angry demonstrators ... demanding the repair of the road"): where no protest event
        of theirs is read in the same sentence, their demand is read as their demonstration."""
        from frontwire.nlp.actors import role_actor_name

        protesters = role_actor_name("protesters", self.country)
        for event in self.events:
            if (
                event.plover.type not in _PROTEST_VOICES
                or event.actor1 != protesters
                or event.status not in ASSERTED_STATUS
            ):
                continue
            if any(
                e.plover.type == "PROTEST" and e.sentence == event.sentence and e.status in ASSERTED_STATUS
                for e in self.events
            ):
                continue
            event.plover = Plover("PROTEST", "demo", [])
            event.acled = AcledType("Protests", "Peaceful protest")

    def _fold_casualties(self) -> None:
        """Deaths and injuries told after a fight, with no one named for them, are its toll.

        "The army and the rebels clashed near Buthidaung. One civilian was injured.", "Gunmen
        attacked a police post. Four officers were killed.": one happening, told twice; the toll
        joins the event before it (its evidence, and its dead when the event counts none) instead
        of standing as a second attack.
        """
        kept: list[EventCandidate] = []
        for event in self.events:
            toll = self._is_toll(event)
            fight = self._fight_before(event, kept) if toll else None
            if fight is None and toll and event.fatalities == 0:
                # "Soldiers entered the prison and freed the guards. No one was killed in the
                # operation": a happening that harmed no one is not one; it tells of the one before
                fight = self._told_before(event, kept)
            if fight is None:
                kept.append(event)
                continue
            _take_toll(fight, event)
            _join_voices(fight, event)
            add_evidence(fight, event)
            fight.confidence = round(min(0.99, max(fight.confidence, event.confidence) + 0.01), 2)
        self.events = kept

    def _is_toll(self, event: EventCandidate) -> bool:
        """A killing or injury told without its doer: "four officers were killed", "a man died"
        (not the dead of a wave of violence: "nine were killed in a wave of violence")."""
        if event.plover.type != "ASSAULT" or event.status not in ASSERTED_STATUS or event.several:
            return False
        token = self._trigger_token(event)
        if token is None:
            return False
        lemma = token.lemma_.lower()
        if lemma == "die":
            return True
        if lemma not in _TOLL_VERBS:
            return False
        children = {c.dep_ for c in token.children}
        return "agent" not in children and bool(children & {"auxpass", "nsubjpass"})

    def _fold_aftermath(self) -> None:
        """What "the attackers" did next is part of their attack: "Gunmen stormed an army post on
        Tuesday. The attackers looted weapons and set fire to vehicles before withdrawing." tells
        one happening (ACLED codes the attack), not a looting and a retreat of their own. An act of
        taking, burning or pulling back, with no time of its own, whose doer is a definite "the
        attackers"/"the assailants" or left out ("Several vehicles were set ablaze"), joins the
        violent event just before it by the same doer."""

        def attack_of(event: EventCandidate, token: Token) -> EventCandidate | None:
            if (event.plover.type, event.plover.mode) not in _AFTERMATH_ACTS:
                return None
            subject, verb = self._subject(token), token
            while subject is None and verb.dep_ in ("pcomp", "prep", "advcl", "conj", "xcomp"):
                verb = verb.head  # "set fire to vehicles before withdrawing": who set fire withdrew
                subject = self._subject(verb) if verb.pos_ in ("VERB", "AUX") else None
            # "Several vehicles were set ablaze.": a passive without a doer leaves it to the attack
            doerless = (
                subject is not None
                and subject.dep_ == "nsubjpass"
                and subject.head == verb
                and not any(c.dep_ == "agent" for c in verb.children)
            )
            # "JNIM said its fighters had destroyed several aircraft": the group's own men, telling
            # what they did in the attack
            own_men = (
                subject is not None
                and subject.lower_ in OWN_FORCE_NOUNS
                and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subject.children)
            )
            if (
                not doerless
                and not own_men
                and (
                    subject is None
                    or subject.lemma_.lower() not in _ATTACKER_NOUNS
                    or not any(
                        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subject.children
                    )
                )
                and not (subject is not None and subject.lower_ == "they" and verb.i > subject.i)
            ):
                # ("They then set fire to a market": the attackers, as the pronoun's doer tells)
                return None
            # the attack itself, not the looting told with the retreat ("looted ... before
            # withdrawing"), in the sentence before or the one before that; "the attackers" point
            # back across a paragraph's end too
            limit = _sentence_start_before(token.sent, 3 if own_men else 2)
            host = next(
                (
                    e
                    for e in reversed(self.events)
                    if limit <= e.sentence.start < token.sent.start_char
                    and e.plover.type == "ASSAULT"
                    and e.plover.mode not in _AFTERMATH_MODES
                    and e.status in ASSERTED_STATUS
                ),
                None,
            )
            if host is None or host.has_territory or host.actor1 != event.actor1:
                return None
            if not event.date_defaulted and (event.start_date, event.end_date) != (
                host.start_date,
                host.end_date,
            ):
                return None  # a time of its own: "the next day, they looted the market"
            if not (
                same_place(host.place, event.place)
                or country_and_its_place(host.place, event.place)
                # "attacked a camp in Ituri province ... The attackers set fire to shelters at the
                # camp in Djugu territory": the province's town tells where the attack was
                or division_and_its_place(host.place, event.place)
            ):
                return None
            return host

        self._fold_into(attack_of)

    def _fold_deeds_in_the_fight(self) -> None:
        """A side's deed told as done "in the fighting" is part of the fight told before it:
        "Jihadists attacked a military post on Tuesday, killing 20 soldiers. The ministry said the
        army killed dozens of terrorists and destroyed several of their vehicles in the fighting"
        is one battle, told from each side (ACLED codes it once). A violent deed with no other time
        than the fight's, between the sides of the fight (or naming the other side it left out), placed
        "in"/"during" a definite fight ("the fighting", "the clashes", "the attack"), joins the
        violent event just before it (up to three sentences back): its evidence and its voices."""
        kept: list[EventCandidate] = []
        for event in self.events:
            token = self._trigger_token(event)
            host = None
            if (
                token is not None
                and event.plover.type == "ASSAULT"
                and event.status in ASSERTED_STATUS
                and not event.has_territory
                and _in_a_told_fight(token)
            ):
                limit = _sentence_start_before(token.sent, 3)
                host = next(
                    (
                        e
                        for e in reversed(kept)
                        if limit <= e.sentence.start < token.sent.start_char
                        and e.plover.type == "ASSAULT"
                        and e.status in ASSERTED_STATUS
                        and not e.has_territory
                        # (air strikes told beside a fight are not "the fighting")
                        and e.plover.mode not in FIRED_FROM_AFAR
                    ),
                    None,
                )
            sides = {host.actor1, host.actor2} - {None} if host is not None else set()
            if (
                host is None
                or not (
                    event.date_defaulted
                    or event.date_reported
                    or (event.start_date, event.end_date) == (host.start_date, host.end_date)
                )
                or not (
                    same_place(host.place, event.place)
                    or event.place is None
                    or country_and_its_place(host.place, event.place)
                )
                or len(({event.actor1, event.actor2} - {None}) - sides) > 2 - len(sides)
            ):
                kept.append(event)
                continue
            for side in (event.actor1, event.actor2):
                # the sides the first report left out
                if side is not None and side not in (host.actor1, host.actor2):
                    if host.actor1 is None:
                        host.actor1, host.actor1_inferred = side, False
                    else:
                        host.actor2 = side
            if host.fatalities is None:
                _take_toll(host, event)  # "... 150 people have been killed in the fighting"
            _join_voices(host, event)
            add_evidence(host, event)
        self.events = kept

    def _fold_claims(self) -> None:
        """A group's claim of an attack already told is that attack: "A car bomb killed five people
        in Mogadishu on Saturday. Al Shabaab claimed the attack, saying it had killed 20 soldiers."
        The attack named as claimed ("the attack", "responsibility for the bombing", a bare
        "claimed responsibility") and the deeds the claim goes on to boast of join the violent event
        told before: its evidence, its doer where the report named none, its dead where it
        counted none. Its time stays the attack's: "on Monday" dates the claim."""
        kept: list[EventCandidate] = []
        for event in self.events:
            token = self._trigger_token(event)
            # (the weapons "its fighters had seized" are the attack's spoils, as the dead are its toll)
            boasted = (
                event.plover.type == "ASSAULT" or (event.plover.type, event.plover.mode) in _AFTERMATH_ACTS
            )
            claim = _claim_of_told_attack(token) if token is not None and boasted else None
            # ("JNIM also claimed to have taken part in the fighting": one more side, not the doer)
            share = claim is not None and any(
                c.dep_ == "xcomp" and c.lemma_.lower() in _JOINING_VERBS for c in claim.children
            )
            if (
                claim is not None
                and not share
                and (claimer := self._subject(claim)) is not None
                and claimer.dep_ == "nsubj"
            ):
                # "Islamic State's Afghanistan affiliate claimed responsibility for the attack": who
                # claims is the doer claimed, whoever the reader guessed for the attack's noun
                event.actor1 = self._actor_of(claimer) or event.actor1
            host = None
            if claim is not None and event.status in ASSERTED_STATUS:
                told = [
                    e
                    for e in reversed(kept)
                    if e.plover.type == "ASSAULT"
                    and e.sentence.start < claim.sent.start_char
                    # "a bomb exploded targeting a convoy. Al Shabaab claimed the attack": the
                    # attempt claimed is that attempt
                    and e.status in ASSERTED_STATUS | {"attempted"}
                    and e.has_territory == event.has_territory
                ]
                # ("gunmen opened fire at a checkpoint ... before they were shot dead. Islamic Jihad
                # claimed the attack": the attack by unknown men, not their deaths told after it)
                preferred = next(
                    (
                        e
                        for e in reversed(told)
                        if e.sentence == told[0].sentence
                        and e.actor1 is not None
                        and (e.actor1_inferred or e.actor1.startswith(UNIDENTIFIED_PREFIX))
                    ),
                    told[0] if told else None,
                )
                # ("... were repelled after dozens of terrorists were neutralised. IS claimed the
                # attack": not the army's deed against the claimant, but the attack told before it)
                host = next(
                    (
                        e
                        for e in ([preferred] if preferred is not None else []) + told
                        if self._claimable_by(e, event)
                    ),
                    None,
                )
            if host is None:
                kept.append(event)
                continue
            if event.actor1 is not None and host.actor1 != event.actor1 and not share:
                host.actor1, host.actor1_inferred = event.actor1, False
            if host.fatalities is None and not share:
                host.fatalities = event.fatalities
            _join_voices(host, event)
            add_evidence(host, event)
        self.events = kept

    def _fold_repelled_attack(self) -> None:
        """An attack told as repelled by those it struck, right after it was told as done ("Twenty
        soldiers were killed when jihadists attacked an army unit. The attackers were repelled after
        fierce fighting"), or its attackers told killed ("All 16 attackers were killed by security
        forces"): the attack's end, not a happening of its own."""
        index = self._sentence_at_char
        kept: list[EventCandidate] = []
        # sentences folded, with their host: "... repelled after fierce fighting in which dozens of
        # terrorists were neutralised" is all the attack's end
        folded: dict[int, EventCandidate] = {}
        for event in self.events:
            token = self._trigger_token(event)
            i = index.get(event.sentence.start)
            host = folded.get(event.sentence.start) if event.status == "attempted" else None
            if host is None and token is not None and i is not None and event.plover.type == "ASSAULT":
                host = self._attack_its_attackers_ended(event, token, kept, i) or self._attack_repelled(
                    event, token, kept, i
                )
            if host is None:
                kept.append(event)
                continue
            folded[event.sentence.start] = host
            add_evidence(host, event)
            _join_voices(host, event)
        self.events = kept

    def _told_just_before(self, kept: list[EventCandidate], i: int) -> Iterator[EventCandidate]:
        """The assaults told as done in the sentence before sentence ``i``, latest first."""
        index = self._sentence_at_char
        for e in reversed(kept):
            if (
                e.plover.type == "ASSAULT"
                and e.status in ASSERTED_STATUS
                and 0 < i - index.get(e.sentence.start, i) <= 1
            ):
                yield e

    def _attack_its_attackers_ended(
        self, event: EventCandidate, token: Token, kept: list[EventCandidate], i: int
    ) -> EventCandidate | None:
        """The attack told just before whose attackers ``event`` kills or takes ("All 16 attackers
        were killed by security forces", "killed five of the attackers" with no day of its own), its
        dead counted with the attack's."""
        if event.status not in ASSERTED_STATUS:
            return None
        subject = self._subject(self._governor(token))
        befallen = next((c for c in token.children if c.dep_ == "dobj"), None)
        if befallen is not None and befallen.tag_ == "CD":
            befallen = _pobj_of(befallen, "of") or befallen  # "five of the attackers"
        ended = (subject is not None and subject.dep_ == "nsubjpass" and _the_attackers(subject)) or (
            # (told with no day of its own: "Police killed two of the gunmen on Monday" in a story of
            # the gunmen's attack is the police's own fight)
            befallen is not None and _the_attackers(befallen) and event.date_defaulted
        )
        if not ended:
            return None
        host = next(
            (e for e in self._told_just_before(kept, i) if e.actor1 is not None and e.actor1 != event.actor1),
            None,
        )
        if host is not None and host.fatalities is not None and event.fatalities:
            # (every report of the attack's sentence counts the same dead)
            toll = host.fatalities
            for told in kept:
                if told.sentence == host.sentence and told.fatalities == toll:
                    told.fatalities = toll + event.fatalities
        return host

    def _attack_repelled(
        self, event: EventCandidate, token: Token, kept: list[EventCandidate], i: int
    ) -> EventCandidate | None:
        """The attack told just before that ``event`` tells as repelled ("The attackers were repelled
        after fierce fighting"): the same doers, whom "the attackers" points back to."""
        if event.status != "attempted":
            return None
        subject = self._subject(self._governor(token))
        if subject is None or not _refers_back(subject) or subject.lemma_.lower() not in ATTACKER_NOUNS:
            return None
        return next((e for e in self._told_just_before(kept, i) if e.actor1 == event.actor1), None)

    def _claimable_by(self, host: EventCandidate, claimed: EventCandidate) -> bool:
        """Whether the attack told before (``host``) may be the one a claim tells (``claimed``):
        a claim nobody made ("No group has claimed responsibility") is the attack's whoever did
        it; a claimant claims no deed done to it, nor one a named other did."""
        if claimed.actor1 is None:
            return True
        if host.actor2 == claimed.actor1:
            return False
        return (
            host.actor1 in (None, claimed.actor1)
            or host.actor1_inferred
            # ("gang members stormed the town ... the Gran Grif gang claimed the massacre")
            or host.actor1.startswith(UNIDENTIFIED_PREFIX)
            # ("A suicide bomber blew himself up ... Islamic State claimed the attack": a role word
            # the story's best-known group was guessed for yields to the claim)
            or self._doer_only_by_role(host)
        )

    def _doer_only_by_role(self, event: EventCandidate) -> bool:
        """Whether an event's doer is told only by a role word ("a suicide bomber", "gunmen"), the
        group it stands for being the reader's guess, not a name in the words."""
        token = self._trigger_token(event)
        if token is None:
            return False
        verb = self._governor(token)
        subject = self._subject(verb)
        while subject is None and verb.dep_ in ("advcl", "conj", "xcomp") and verb.head is not verb:
            verb = verb.head  # "blew himself up ..., killing 11 people": the bomber killed them
            subject = self._subject(verb)
        if subject is None or subject.dep_ != "nsubj":
            return False
        mention = self._actor_at(subject.idx)
        if mention is not None and mention.name != event.actor1:
            return False
        # (a role word the actor finder left unresolved, "a suicide bomber", is one too)
        span = (
            self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if mention is not None
            else subject.doc[subject.left_edge.i : subject.i + 1]
        )
        return span is not None and not any(t.pos_ == "PROPN" for t in span)

    def _just_before(self, event: EventCandidate, earlier: list[EventCandidate]) -> Iterator[EventCandidate]:
        """The events of ``earlier`` told before ``event`` in its paragraph, up to two sentences
        back, the latest first."""
        token = self._trigger_token(event)
        if token is None:
            return
        limit = _sentence_start_before(token.sent, 2)
        for other in reversed(earlier):
            if other.trigger.start >= event.trigger.start or other.sentence.start < limit:
                continue
            if not self._same_paragraph(other.sentence.start, event.sentence.start):
                return
            yield other

    def _told_before(self, event: EventCandidate, earlier: list[EventCandidate]) -> EventCandidate | None:
        """The asserted event of any kind just before ``event`` in its paragraph (up to two sentences
        back), the one a deathless toll tells of."""
        return next((o for o in self._just_before(event, earlier) if o.status in ASSERTED_STATUS), None)

    def _fight_before(self, event: EventCandidate, earlier: list[EventCandidate]) -> EventCandidate | None:
        """The violent event just before ``event`` in its paragraph (up to two sentences back); for
        dead told "in the fighting", the fight itself rather than a strike told beside it."""
        token = self._trigger_token(event)
        in_the_fighting = token is not None and _in_a_told_fight(token)
        fits: list[EventCandidate] = []
        for other in self._just_before(event, earlier):
            if other.plover.type != "ASSAULT" or other.status not in ASSERTED_STATUS:
                continue
            if event.place is not None and other.place is not None and event.place != other.place:
                break
            if event.start_date and other.start_date and event.start_date != other.start_date:
                break
            fits.append(other)
        if in_the_fighting:
            # ("... the coalition carried out air strikes. 150 were killed in the fighting": the
            # fight's dead, not the strikes')
            fits = [o for o in fits if o.plover.mode not in FIRED_FROM_AFAR]
        return fits[0] if fits else None

    def _rank_protest_demands(self) -> None:
        """A demand, accusation or rejection voiced at a protest is what the protest is about:
        "members staged a rally in Dhaka, demanding fresh elections" tells of a rally, so the
        demand ranks below it. Said in the protest's sentence by anyone but a state actor.
        """
        protests = [e for e in self.events if e.plover.type == "PROTEST" and e.status in ASSERTED_STATUS]
        if not protests:
            return
        sents = self._sentence_at_char
        for event in self.events:
            if event.plover.type not in _PROTEST_VOICES:
                continue
            # a government's demand answers the protest: its own event
            if self.actor_types.get(event.actor1 or "") in STATE_TYPES:
                continue
            for protest in protests:
                same = protest.sentence == event.sentence and self._in_clause_of(event, protest)
                # "... demonstrated against impassable roads. Carrying placards, the residents
                # planted bananas on the road, blaming local officials.": the crowd's voice told next
                after = (
                    sents.get(event.sentence.start, -9) - sents.get(protest.sentence.start, -9) == 1
                    and self.actor_types.get(event.actor1 or "") in (None, "civilians", "protesters")
                    # (a protest word of its own sentence is the same crowd: "chanting songs for
                    # their rights, the residents planted bananas on the road, blaming officials")
                    and not any(
                        e.sentence == event.sentence and e.plover.type not in _PROTEST_VOICES | {"PROTEST"}
                        for e in self.events
                    )
                )
                if same or after:
                    event.confidence = round(min(event.confidence, protest.confidence - 0.05), 2)
                    if same and event.date_defaulted and not protest.date_defaulted:
                        # voiced at the protest, on its day
                        _take_the_day_of(event, protest)
                    break

    def read_proposed(self, sent: Span, plover_type: str, mode: str | None) -> list[EventCandidate]:
        """The event a sentence tells of when no trigger word was found but the classifier says
        what kind it is: the sentence's main verb read as its trigger, arguments as for any trigger.

        Status, actors, place and date come from the same rules as for a lexicon trigger, so a
        hedged or negated sentence stays hedged or negated.
        """
        root = sent.root
        spec = TriggerSpec(lemma=root.lemma_.lower(), type=plover_type, mode=mode, pos="any")
        found = _Found(root, spec, self._governor(root))
        return list(self._read_trigger(found, sent, set()))

    def _in_clause_of(self, event: EventCandidate, protest: EventCandidate) -> bool:
        """Whether ``event``'s trigger lies in the clause that tells ``protest``: under the verb
        that governs its trigger ("staged a rally ..., demanding ..."), not merely in its sentence
        ("declined to resign despite the protests")."""
        said, told = self._trigger_token(event), self._trigger_token(protest)
        if said is None or told is None:
            return False
        clause = told
        if _pos(clause) != "VERB":
            if clause.dep_ not in ("dobj", "nsubj", "nsubjpass", "attr"):
                return False  # "despite the protests": a protest in an adjunct frames the clause
            clause = clause.head  # "staged a rally", "a march was held"
        # (the parser's "hold protest blaming X" makes the protest the subject of the blaming)
        return clause == said or clause.is_ancestor(said)

    def _told_as_background(self, event: EventCandidate) -> bool:
        """Whether an event's trigger tells of something before or behind its sentence's news."""
        trigger = self._trigger_token(event)
        return trigger is not None and _in_background(trigger)

    def _fold_killing_into_capture(self) -> None:
        """ "Rebels captured Walikale on Friday, killing 12 soldiers": the killing is how the
        town was taken, one happening. An attack told as a participle of a capture ("killing",
        "wounding") with no subject of its own joins the capture: its evidence, its dead when the
        capture counts none, and its victims when the capture names no other side. So does a
        killing or a wounding told after any other attack ("police opened fire on protesters,
        killing five": the toll of the shooting)."""
        captures: dict[int, EventCandidate] = {}
        for event in self.events:
            token = self._trigger_token(event)
            if (
                token is not None
                and event.plover.type == "ASSAULT"
                and (event.has_territory or token.i not in captures)
            ):
                captures[token.i] = event

        def capture_of(event: EventCandidate, token: Token) -> EventCandidate | None:
            if (
                event.plover.type != "ASSAULT"
                or event.has_territory
                or token.tag_ != "VBG"
                or token.dep_ != "advcl"
                or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in token.children)
            ):
                return None
            capture = captures.get(token.head.i)
            if capture is not None and not capture.has_territory and token.lemma_.lower() not in HARM_VERBS:
                return None
            return capture

        self._fold_into(capture_of)

    def _fold_entry_into_abduction(self) -> None:
        """ "Gunmen stormed a school and abducted 287 pupils": breaking into a place is how the
        abduction was done, one happening (ACLED codes the abduction); so is a raid that detains
        ("police raided several houses and detained 14 suspects": ACLED's arrests). An attack of no
        particular kind and no dead whose verb ("stormed", "raided", "attacked") is conjoined with
        an abduction or an arrest by the same doer, told with the same certainty, gives its evidence
        to the taking and is dropped."""
        by_token: dict[int, EventCandidate] = {}
        for event in self.events:
            token = self._trigger_token(event)
            if token is not None and (
                (event.plover.type == "ASSAULT" and event.plover.mode in _TAKING_PEOPLE)
                or (event.plover.type == "COERCE" and event.plover.mode == "arrest")
            ):
                by_token[token.i] = event

        def taking_of(event: EventCandidate, token: Token) -> EventCandidate | None:
            if (
                event.plover.type != "ASSAULT"
                or event.plover.mode is not None
                or event.has_territory
                or token.lemma_.lower() not in _ENTRY_VERBS
            ):
                return None
            # the entry told first, its aim after: "abducted 20 women and attacked a police post"
            # is two happenings
            joined = next(
                (by_token[c.i] for c in token.children if c.dep_ == "conj" and c.i in by_token), None
            )
            if event.fatalities and (joined is not None or self._fatalities(token.sent, token)):
                # "raided the camp, killing two and arresting five": more than a taking (the dead of a
                # later sentence, "A staff member was killed", went with the raid that took them)
                return None
            if joined is not None:
                return joined
            # "Armed men kidnapped 87 people in a raid on Kajuru village. The gunmen stormed the
            # village on motorcycles ...": "the gunmen" of the next sentence tell how it went
            subject = self._subject(token)
            if (
                subject is None
                or subject.lemma_.lower() not in _ATTACKER_NOUNS
                or not any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in subject.children)
            ):
                return None
            limit = _sentence_start_before(token.sent, 2)
            # (the taking told at the same place: "abducted 15 children in Sokoto, two days after
            # 280 pupils were kidnapped in Kaduna ... The attackers stormed the school")
            takings = [
                e
                for e in reversed(self.events)
                if limit <= e.sentence.start < token.sent.start_char
                and e.plover.type == "ASSAULT"
                and e.plover.mode in _TAKING_PEOPLE
            ]
            taken = next(
                (e for e in takings if same_place(e.place, event.place)), takings[0] if takings else None
            )
            if (
                taken is None
                or taken.actor1 != event.actor1
                or not (
                    event.date_defaulted
                    or (taken.start_date, taken.end_date) == (event.start_date, event.end_date)
                )
                # ("kidnapped 10 people in the Northwest region ... The gunmen stormed the village of
                # Bambui near Bamenda": the village is in the region)
                or not (
                    same_place(taken.place, event.place) or division_and_its_place(taken.place, event.place)
                )
            ):
                return None
            return taken  # (`_fold_into` gives it the narrower place the retelling names)

        self._fold_into(taking_of)

    def _fold_entry_into_capture(self) -> None:
        """ "M23 rebels seize Congo's Walikale town" over "M23 rebels entered the town of Walikale in
        North Kivu province on Wednesday": the headline's capture is the entry the lead tells, with
        the lead's day and place. An entry by the doer of an undated capture told before it, where
        the capture is (or in the province of its country), joins the capture."""
        entered: list[EventCandidate] = []

        def capture_of(event: EventCandidate, token: Token) -> EventCandidate | None:
            if (event.plover.type, event.plover.mode) != (
                "MOBILIZE",
                "troops",
            ) or token.lemma_.lower() not in (
                "enter",
                "arrive",
            ):
                return None
            host = next(
                (
                    e
                    for e in self.events
                    if e.has_territory
                    and e.plover.type == "ASSAULT"
                    and (e.date_defaulted or e in entered or event.date_defaulted)
                    and e.sentence.start < event.sentence.start
                    and e.actor1 is not None
                    and e.actor1 == event.actor1
                ),
                None,
            )
            if host is None or not (
                same_place(host.place, event.place)
                or country_and_its_place(host.place, event.place)
                or division_and_its_place(host.place, event.place)
            ):
                return None
            if not event.date_defaulted and host.date_defaulted:
                host.start_date, host.end_date, host.precision = (
                    event.start_date,
                    event.end_date,
                    event.precision,
                )
                host.date_defaulted = False
            entered.append(host)
            if (
                host.place is not None
                and event.place is not None
                and FEATURE_RANK[host.place.feature] > FEATURE_RANK[event.place.feature]
            ):
                host.place = event.place
            return host

        self._fold_into(capture_of)

    def _fold_into(self, host_of: Callable[[EventCandidate, Token], EventCandidate | None]) -> None:
        """Fold each event into the one ``host_of`` says it is part of, when both are told with the
        same certainty and by the same doer (or none): the host takes its dead when it counts
        none, its victims when it names no other side, and its evidence; the event is dropped."""
        kept: list[EventCandidate] = []
        for event in self.events:
            token = self._trigger_token(event)
            host = host_of(event, token) if token is not None else None
            if (
                host is None
                or host.status != event.status
                or event.actor1 not in (None, host.actor1)
                # ("... stormed a radio station. Nine were killed in a wave of violence": a wave is
                # no part of one of its happenings)
                or host.several != event.several
            ):
                kept.append(event)
                continue
            _take_toll(host, event)
            if host.actor2 is None and event.actor2 != host.actor1:
                host.actor2 = event.actor2
            if (
                host.place is not None
                and event.place is not None
                and division_and_its_place(host.place, event.place)
                and FEATURE_RANK[host.place.feature] > FEATURE_RANK[event.place.feature]
            ):
                host.place = event.place  # the town a part tells of, in the province the host names
            _join_voices(host, event)
            add_evidence(host, event)
        self.events = kept

    def _restates_its_head(self, token: Token, spec: TriggerSpec) -> bool:
        """Whether a participle tells again, of the same ones, the deed of the verb it hangs on:
        "released six people ..., handing them over to a commission" (one release)."""
        if token.dep_ != "advcl" or token.tag_ != "VBG":
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return False
        if not any(c.dep_ == "dobj" and c.lower_ in ("them", "it", "him", "her") for c in token.children):
            return False
        return any(
            e.plover.type == spec.type
            and (head := self._trigger_token(e)) is not None
            and head.i == token.head.i
            for e in self.events
        )

    def _trigger_token(self, event: EventCandidate) -> Token | None:
        """The head token of an event's trigger word(s)."""
        span = self.doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        return span.root if span is not None else None

    def _code_protests(self) -> None:
        """A protest met by police, or turning violent, is coded with what met it.

        "Teachers protested over pay. Police fired tear gas.": ACLED's protest with intervention;
        "police shot dead two demonstrators": excessive force; "protesters hurled stones at police
        and set tyres on fire": a violent demonstration. The protest stays the main event: the
        dispersal and arrests are what happened to it.
        """
        from frontwire.nlp.actors import role_actor_name

        sents = list(self.doc.sents)
        starts = [s.start_char for s in sents]
        for event in self.events:
            if event.plover.type != "PROTEST" or event.acled is None or event.status not in ASSERTED_STATUS:
                continue
            if event.acled.sub_event_type != "Peaceful protest":
                continue
            if self._told_as_background(event):
                continue  # "following demonstrations": an earlier protest, not the one met here
            i = bisect.bisect_right(starts, event.sentence.start) - 1
            window = [
                s
                for s in sents[i : i + 3]
                if self._same_paragraph(s.start_char, event.sentence.start)
                # "... in Kisumu. Two people were killed by police in Eldoret": another crowd
                and (s.start_char == event.sentence.start or not self._told_elsewhere(s, event.place))
            ]
            told_in_window = {s.start_char for s in window}
            # what the protest is against ("a protest against the vandalism of a temple") is its
            # grievance, an earlier happening: not what met the protest
            grievances = [g for s in window for g in self._grievances(s)]
            text = " ".join(_blank(s.text, s.start_char, grievances).lower() for s in window)
            # "police violently dispersed the march": the violence is the police's (force beyond
            # dispersal, ACLED's excessive force), not the crowd's
            harsh = bool(_FORCE_USED_VIOLENTLY.search(text))
            text = _FORCE_USED_VIOLENTLY.sub(" ", text)
            others = [
                e
                for e in self.events
                if e is not event
                and e.sentence.start in told_in_window
                and not any(a <= e.trigger.start < b for a, b in grievances)
                and not self._told_as_background(e)
                # "arrested on 3 August for a march on 28 May": what met the protest happened then
                and not (e.start_date and event.start_date and e.start_date != event.start_date)
                # "... in Falcon state. Two people were killed in Maracay": elsewhere, another crowd
                and not (e.sentence.start != event.sentence.start and _apart(e.place, event.place))
            ]
            # protesters set upon by others: the stones and sticks the text names are the attackers'
            met = {
                e.acled.sub_event_type
                for e in others
                if e.plover.type == "ASSAULT" and e.acled is not None and e.acled.event_type == "Protests"
            }
            attacked = bool(met)
            # set upon by others than the state (a rival party's men): the stones and sticks named
            # are the attackers'; the police's force does not make the crowd's stones theirs
            by_others = any(
                e.plover.type == "ASSAULT"
                and e.acled is not None
                and e.acled.event_type == "Protests"
                and self.actor_types.get(e.actor1 or "") not in STATE_TYPES
                for e in others
            )
            violent = any(e.acled is not None and e.acled.event_type == "Riots" for e in others) or (
                not by_others
                and (
                    any(c in text for c in _RIOT_CUES)
                    or any(self._crowd_clash(s, grievances) for s in window)
                )
            )
            lethal = any(c in text for c in _LETHAL_CUES) or any(
                e.plover.type == "ASSAULT"
                and self.actor_types.get(e.actor1 or "") in STATE_TYPES
                and (e.fatalities or 0) > 0
                for e in others
            )
            stopped = any(c in text for c in _INTERVENTION_CUES) or any(
                e.plover.type == "COERCE" and e.plover.mode == "arrest" for e in others
            )
            state_there = any(c in text for c in STATE_CUES) or any(
                self.actor_types.get(e.actor1 or "") in STATE_TYPES for e in others
            )
            if violent:
                event.acled = AcledType("Riots", "Violent demonstration")
                event.actor1 = role_actor_name("rioters", self.country)
            elif ((lethal or harsh) and state_there) or "Excessive force against protesters" in met:
                event.acled = AcledType("Protests", "Excessive force against protesters")
            elif (stopped and state_there) or attacked or any(c in text for c in STOPPED_BY_ANYONE):
                event.acled = AcledType("Protests", "Protest with intervention")
            else:
                continue
            top = max((e.confidence for e in others), default=0.0)
            event.confidence = round(min(0.99, max(event.confidence, top + 0.01)), 2)

    @staticmethod
    def _crowd_clash(sent: Span, grievances: Sequence[tuple[int, int]] = ()) -> bool:
        """Whether a sentence tells of demonstrators or the police clashing ("Police and traders
        clashed during the demonstration"): in a protest's report, that is its crowd fighting. A
        clash the protest is about ("against the prior killing ... during a clash") is not, nor a
        scuffle (ACLED's protest with intervention)."""
        clashes = [
            t
            for t in sent
            if t.lemma_.lower() in ("clash", "skirmish")
            and not _in_background(t)
            and not any(a <= t.idx < b for a, b in grievances)
        ]
        if not clashes:
            return False
        text = sent.text.lower()
        return any(_is_protest_word(t) for t in sent) or any(c in text for c in ("police", "riot"))

    def settle_role_actors(self, events: list[EventCandidate]) -> list[EventCandidate]:
        """ACLED's role actors for the final types (the event classifier may re-type an event after
        the rules named its actor): a crowd is "Protesters (X)" in a protest and "Rioters (X)" in a
        riot, and an event still without actor1 gets the role its type implies (an attack on
        civilians by no one named: "Unidentified Armed Group (X)"; an arrest: the police)."""
        from frontwire.nlp.actors import ROLE_TYPES, role_actor_name

        rioters, protesters = (
            role_actor_name("rioters", self.country),
            role_actor_name("protesters", self.country),
        )
        named_countries = {
            t.entry.country for t in self.doc._.fw_toponyms or () if t.entry and t.entry.feature == "country"
        }
        for event in events:
            if event.acled is None:
                continue
            if event.actor1 is None and event.status != "generic":
                # (a toll of many happenings, "6,000 killed since 2017", has no one doer to guess)
                event.actor1 = self._acled_role_actor(
                    event.acled, event.plover.type, None, None, event.actor2, unattributed=False
                )
            elif event.actor1 in (rioters, protesters):
                if event.acled.event_type == "Protests" and event.plover.type == "PROTEST":
                    event.actor1 = protesters
                elif event.acled.event_type == "Riots":
                    event.actor1 = rioters
            place = event.place
            if (
                event.actor1 in (rioters, protesters)
                and place is not None
                and place.country is not None
                and place.country != self.country
                and place.country in named_countries
            ):
                # "protesters gathered outside the government building in Yerevan" in a story from
                # Azerbaijan that names Armenia: a crowd is of the country it gathers in
                role = "rioters" if event.actor1 == rioters else "protesters"
                event.actor1 = role_actor_name(role, place.country)
                self.actor_types.setdefault(event.actor1, ROLE_TYPES[role])
        return events

    def _grievances(self, sent: Span) -> list[tuple[int, int]]:
        """Character ranges of what a protest in ``sent`` is against: "protested against X",
        "a rally over X", "demonstrators demanding X", "students protested the arrest of X",
        "protesters demanded X", and anything called prior or earlier ("the prior vandalism")."""
        out: list[tuple[int, int]] = []
        for token in sent:
            if not _is_protest_word(token):
                spec = self._spec_for(token)
                if spec is None or spec.type != "PROTEST":
                    continue
            children = list(token.children)
            if token.dep_ == "dobj":  # "staged a protest ... against X": the light verb holds "against"
                children += [c for c in token.head.children if c.dep_ == "prep" or c.tag_ == "VBG"]
            for child in children:
                cause = (
                    (child.dep_ == "prep" and child.lower_ in GRIEVANCE_PREPS)
                    or (child.tag_ == "VBG" and child.lemma_.lower() in GRIEVANCE_VERBS)
                    # "blocked a highway to demand an end to the killings": the purpose voiced
                    or (
                        child.dep_ in ("advcl", "xcomp")
                        and child.lemma_.lower() in GRIEVANCE_VERBS
                        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
                    )
                    or (child.dep_ == "dobj" and token.pos_ == "VERB")
                )
                if cause:
                    out.append(_phrase_chars(child))
        for token in sent:
            if any(c.dep_ == "amod" and c.lower_ in _EARLIER for c in token.children):
                # "against the prior vandalism of a temple", however the parser attaches it: an
                # earlier happening the protest is about
                out.append(_phrase_chars(token))
            elif (
                token.lemma_.lower() in GRIEVANCE_VERBS
                and token.pos_ == "VERB"
                and any(c.dep_ == "nsubj" and _is_protest_word(c) for c in token.children)
            ):
                # "Protesters also demanded the return of looted funds": what they asked for
                out.extend(_phrase_chars(c) for c in token.children if c.dep_ in ("dobj", "ccomp", "xcomp"))
        for token in sent:
            if (
                token.lower_ in ("after", "since")
                and token.i > sent.start
                and token.nbor(-1).lemma_ in _SPANS_OF_TIME
            ):
                # "protested on Friday, a day after two protesters were killed in clashes": what
                # dates the protest by an earlier happening is no part of it
                head = token.head if token.head.i > token.i else token
                out.append((token.idx, max(_phrase_chars(head)[1], token.idx + len(token))))
        protest_seen = False
        for token in sent:
            protest_seen = protest_seen or _is_protest_word(token)
            if protest_seen and token.lower_ == "against" and token.dep_ == "prep":
                # "staged a protest in X, against the vandalism and clashes ...", however far the
                # parser hangs "against" from the protest: what a protest is against comes after it
                out.append(_phrase_chars(token))
        return out

    def _same_paragraph(self, a: int, b: int) -> bool:
        return bisect.bisect_right(self._paragraph_starts, a) == bisect.bisect_right(
            self._paragraph_starts, b
        )

    # ------------------------------------------------------------------ triggers

    def _triggers(self, sent: Span) -> Iterator[_Found]:
        used: set[int] = set()
        for token in sent:
            if token.i in used or token.is_punct or token.like_num:
                continue
            spec = self._spec_for(token)
            if spec is None or spec.ignore:
                continue
            if token.lemma_.lower() in EFFECT_VERBS and (
                any(
                    c.dep_ == "nsubj" and self._spec_for(c) is not None
                    for c in _shared_subject_holder(token).children
                )
                # "a rocket attack that killed 12 children": the attack is the event
                or (
                    token.dep_ == "relcl"
                    and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in token.children)
                    and self._spec_for(token.head) is not None
                    and self._spec_for(token.head).type == "ASSAULT"  # type: ignore[union-attr]
                )
            ):
                # "the shelling killed 12", "clashes killed 30 and wounded 100": the shelling,
                # the clashes are the event
                continue
            if self._inside_name(token):
                continue
            if spec.type == "ASSAULT" and _done_by_a_mishap(token):
                continue  # "the collapse of a canopy killed 16", "killed in a road accident"
            if token.dep_ in ("amod", "compound") and token.pos_ in ("VERB", "ADJ") and token.tag_ == "VBN":
                continue  # "conquered cities", "detained fighters": a description, not a report
            if (
                token.dep_ == "acl"
                and token.tag_ == "VBN"
                and token.lemma_.lower() in ("station", "base", "position")
            ):
                continue  # "Russian troops stationed across the river use drones": where they are
            if spec.type == "PROTEST" and _pos(token) in ("NOUN", "PROPN") and _forbidden(token):
                continue  # "banned all marches", "the ban on protests": no protest took place
            if _chanted(token):
                continue  # "marched on parliament, chanting 'Resignation!'": a slogan, no resignation
            if spec.type == "PROTEST" and self._protest_as_motive(token):
                continue  # "fired missiles at a tanker in protest at the war": why, not a protest
            taken = next((c for c in token.children if c.dep_ == "dobj"), None) if spec.territory else None
            if (
                taken is not None
                and _pos(token) == "VERB"
                and (taken.tag_ == "CD" or taken.lower_ in ("him", "her", "them"))
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in taken.children)
            ):
                # "killed five of the attackers and captured one alive": a person taken, no ground
                spec = replace(
                    spec, type="COERCE", mode="arrest", territory=False, contexts=(), place_object=False
                )
            if spec.lemma in ("push into", "sweep into") and _entered_as_the_other_side_left(token):
                # "M23 rebels pushed into Goma after government troops fled": the town changed hands
                spec = _taken_by_entry(spec)
            if spec.property and any(
                c.dep_ == "prep" and c.lower_ == "to" and any(p.lower_ == "death" for p in c.children)
                for c in token.children
            ):
                # "most of them burned to death": people killed, not property destroyed
                spec = replace(spec, mode=None, property=False, weak=False)
            used.add(token.i)
            if " " in spec.lemma:
                # "lodged a protest": the object named by a verb's phrase is part of its trigger
                words = spec.lemma.split()[1:]
                used.update(c.i for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in words)
            yield _Found(token, spec, self._governor(token))

    def _protest_as_motive(self, token: Token) -> bool:
        """Whether a bare "in protest" tells why another deed was done ("fired missiles at a tanker
        in protest at the war", "resigned in protest"): the deed it hangs on is the event. A deed
        that is no event of its own ("shops stayed closed in protest") leaves it a protest."""
        if token.lower_ != "protest" or token.dep_ != "pobj" or token.head.lower_ != "in":
            return False
        if any(c.dep_ in ("det", "poss", "amod", "nummod") for c in token.children):
            return False  # "in a protest outside parliament": a protest told as a place and time
        for above in token.head.ancestors:
            spec = self._spec_for(above)
            if spec is not None and not spec.ignore:
                return spec.type != "PROTEST"
        return False

    def _spec_for(self, token: Token) -> TriggerSpec | None:
        if token.ent_type_ in ("DATE", "TIME") and token.text[:1].isupper():
            return None  # "On 18 March 2024": the month, not a march
        lemma = token.lemma_.lower()
        joined = _hyphen_word(token)
        if joined is not None:  # "shoot-out", "stand-off": the tokenizer splits them
            second = token.doc[token.i + 2]
            lemma_joined = f"{token.lower_}-{second.lemma_.lower()}"  # "petrol-bombed": "petrol-bomb"
            spec = (
                self.lexicon.single.get(joined)
                or self.lexicon.single.get(joined.replace("-", ""))
                or self.lexicon.single.get(lemma_joined)
                or self.lexicon.single.get(lemma_joined.replace("-", ""))
            )
            if spec is not None:
                return spec
        if token.i > 1 and token.nbor(-1).text == "-" and _hyphen_word(token.doc[token.i - 2]) is not None:
            return None  # the second half of a hyphenated word
        # multi-word triggers: verb + particle/object/preposition, or compound noun
        for child in token.children:
            # the parser attaches "ablaze"/"alight" of "set ablaze" in many ways (advmod, dep, ccomp)
            if child.dep_ in ("prt", "dobj", "prep", "compound", "amod", "advmod", "dep", "ccomp", "oprd"):
                if child.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in child.children):
                    continue  # "what it called operations ... on Tuesday": a time, no "call on"
                key = (
                    (child.lemma_.lower(), lemma)
                    if child.dep_ in ("compound", "amod") and child.i < token.i
                    else (lemma, child.lower_)
                )
                spec = self.lexicon.multi.get(key)
                if spec is not None and (spec.ignore or spec.accepts_pos(_pos(token))):
                    return spec
            if child.dep_ == "prep":  # verb + preposition + noun: "set on fire"
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    spec = self.lexicon.multi.get((lemma, child.lower_, pobj.lower_))
                    if spec is not None and spec.accepts_pos(_pos(token)):
                        return spec
        if token.i > 0:
            spec = self.lexicon.multi.get((token.nbor(-1).lemma_.lower(), lemma))
            if spec is not None and spec.accepts_pos(_pos(token)):
                return spec
        if token.dep_ == "amod" and token.head.i == token.i + 1:
            # "since the military seized power in a coup" parsed as a seized power: the phrase all
            # the same
            spec = self.lexicon.multi.get((lemma, token.head.lower_))
            if spec is not None and spec.ignore:
                return spec
        if _demands_of_another(token):
            # "Russia said Sudan must return the helicopter": a demand (PLOVER REQUEST)
            return TriggerSpec(lemma=lemma, type="REQUEST", mode="demand")
        if _sent_away(token):
            # "gave France's ambassador 48 hours to leave the country", "ordered the envoy to
            # leave": an expulsion (PLOVER SANCTION)
            return TriggerSpec(lemma=lemma, type="SANCTION", mode="expel")
        if _gathered_to_voice(token):
            # "Thousands of people gathered outside parliament, demanding his resignation"
            return TriggerSpec(lemma=lemma, type="PROTEST", mode="demonstrate")
        spec = self.lexicon.single.get(lemma) or self.lexicon.single.get(token.lower_)
        if spec is None and "-" in lemma:  # "re-capture", kept one word by the tokenizer
            spec = self.lexicon.single.get(lemma.replace("-", ""))
        if spec is not None and _headline_verb(token):
            return spec  # "MRC kidnaps IEBC official": a headline's verb the tagger took for a noun
        if spec is None and "is" in lemma:  # British spelling: "vandalise", "mobilisation"
            spec = self.lexicon.single.get(_american(lemma))
        pos = _pos(token)
        if spec is None and pos == "ADJ" and token.dep_ != "amod":
            # a predicative participle the tagger took for an adjective: "had the town encircled"
            spec = next(filter(None, map(self.lexicon.single.get, _participle_stems(token.lower_))), None)
            pos = "VERB"
        if spec is None or spec.ignore:
            return spec
        if not spec.accepts_pos(pos):
            return None
        if spec.plural_only and token.tag_ != "NNS" and not (token.tag_ == "VBZ" and pos == "NOUN"):
            return None
        if spec.agent_noun and token.dep_ in ("nsubj", "nsubjpass"):
            return None
        if spec.modifiers and not any(c.lower_ in spec.modifiers for c in token.children):
            return None
        if (
            _pos(token) == "NOUN"
            and token.dep_ == "compound"
            and _compound_head(token).lemma_.lower() in _PEOPLE_BY_THEIR_WORK | _PLACES_BY_THEIR_WORK
        ):
            # "aid workers were seized", "aid agencies warned": who they are, no event; "near an
            # aid distribution point": where it is done
            return None
        if (
            _pos(token) == "NOUN"
            and token.dep_ == "pobj"
            and token.head.lower_ == "for"
            and token.head.head.lemma_.lower()
            in _PLACES_BY_THEIR_WORK
            | {"route", "corridor", "gateway", "port", "wait", "queue", "line", "search"}
        ):
            return None  # "the main entry point for aid", "people waiting for aid": no aid given
        if (
            _pos(token) == "NOUN"
            and token.tag_ == "NNS"
            and token.dep_ in ("pobj", "conj")
            and any(
                a.dep_ == "prep" and a.lower_ == "for" and a.head.lemma_.lower() in _CHARGING_VERBS
                for a in token.ancestors
            )
        ):
            return None  # "wanted for kidnappings and massacres": what someone is charged with, no one event
        if (
            _pos(token) == "NOUN"
            and token.dep_ == "pobj"
            and token.head.lower_ == "since"
            and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in token.children)
        ):
            return None  # "have fled since the raid": a time told by an event reported before
        if _comparison_class(token):
            return None  # "in one of the deadliest strikes this year": what the event is compared to
        if (
            _pos(token) == "NOUN"
            and token.tag_ == "NNS"
            and any(
                c.dep_ in ("amod", "det", "predet") and c.lower_ in ("similar", "such")
                for c in token.children
            )
        ):
            return None  # "have carried out similar attacks": a kind of event, none of them told
        if spec is not None and spec.territory and token.dep_ == "amod" and token.tag_ in ("VBG", "VBN"):
            return None  # "targeted occupying forces", "the occupied territories": who or what, no capture
        if (
            _pos(token) == "NOUN"
            and (token.dep_ == "compound" or (token.dep_ == "nsubj" and token.head.i == token.i + 1))
            and _pos(token.head) == "NOUN"
            and (head_spec := self._spec_for(token.head)) is not None
            and not head_spec.ignore
            and head_spec.type != spec.type
        ):
            return (
                None  # "as ceasefire talks stall": the talks are the event, the ceasefire what they are about
            )
        if _described_as_accused(token):
            # "demolished the home of a Palestinian accused of killing an Israeli": who someone is,
            # as the charge against them says, no accusation made today
            return None
        if _ranked_restatement(token):
            return None  # "killed 74 people ..., in the deadliest attack since ...": the same event
        if _pos(token) == "NOUN" and _a_name_given(token):
            return None  # "it called the abduction a kidnapping disguised as a protest": a label
        if _pos(token) == "NOUN" and _judged(token) and any(e.plover.type == spec.type for e in self.events):
            return None  # "said the strike was a violation of the ceasefire": the strike told before
        if (
            _pos(token) == "NOUN"
            and _judged(token)
            and any(c.dep_ == "attr" and self._names_an_event(c) for c in token.head.children)
        ):
            return None  # "said the detention of soldiers was a kidnapping": a deed told before, renamed
        if (
            _pos(token) == "NOUN"
            and token.dep_ == "attr"
            and token.head.lemma_ == "be"
            and any(_judged(c) and self._names_an_event(c) for c in token.head.children)
        ):
            return None  # ... and "a kidnapping" is the name it is given
        joined = _hyphen_word(token)
        if _pos(token) == "NOUN" and joined is not None and re.search(r"-\w+ers?$", joined):
            return None  # "a bomb-maker", "stone-throwers": a person named by the deed, no event
        if spec.type in ("REQUEST", "REJECT") and _asks_anonymity(token):
            # "an official who asked not to be named", "who declined to be identified": how the
            # source is given, no demand or refusal
            return None
        if (
            spec.type == "PROTEST"
            and pos == "VERB"
            and token.lemma_.lower() == "march"
            and any(c.dep_ == "dobj" for c in token.children)
        ):
            return None  # "marched the hostages into a forest": people made to go, no protest
        if _pos(token) == "NOUN" and token.dep_ == "compound" and _pos(token.head) == "NOUN":
            head_spec = self.lexicon.single.get(token.head.lemma_.lower())
            if head_spec is not None and not head_spec.ignore and head_spec.type == spec.type:
                return None  # "a bomb attack", "a protest march": one event, the head noun's
        if (
            spec.type == "ASSAULT"
            and _pos(token) == "NOUN"
            and token.dep_ == "compound"
            and token.head.lemma_.lower() in _AIRCRAFT_NOUNS | WEAPON_NOUNS | _UNIT_NOUNS
        ):
            return None  # "attack helicopters", "assault rifles", "a strike force": what it is, no act
        if (
            _pos(token) == "NOUN"
            and token.dep_ == "compound"
            and token.head.lemma_.lower() in _WEAPON_STORES
            and token.head.dep_ not in ("nsubj", "nsubjpass")
        ):
            return None  # "the strikes hit missile launchers and drone depots": targets, no attack
        if spec.mode in ("explosives", "heavy-weapons") and any(
            c.lower_ in _UNEXPLODED and c.dep_ in ("amod", "compound", "advmod") for c in token.children
        ):
            return None  # "an unexploded bomb was found": a weapon, not a blast
        if spec.mode in ("explosives", "heavy-weapons") and (
            (token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in _DISRUPTING_VERBS)
            # a headline's "Bomb found": a bomb finds nothing, so its subject is what was found
            or (token.dep_ == "nsubj" and token.head.lemma_.lower() in _FINDING_VERBS)
            or any(c.dep_ == "acl" and c.lemma_.lower() in _DISRUPTING_VERBS for c in token.children)
        ):
            # "police found a bomb", "two bombs were defused", "Bomb found near school": the find
            # is the event
            return None
        if (
            spec.mode == "explosives"
            and token.i + 1 < len(token.doc)
            and token.nbor(1).lemma_.lower() == "launcher"
        ):
            # "fired grenade launchers at the positions": grenades shot from afar, no hand grenade
            return replace(spec, mode="heavy-weapons", grenade=False)
        if spec.mode == "explosives" and _heard_in_a_fight(token):
            return replace(spec, mode=None)  # "heavy gunfire and explosions rocked the capital": a fight
        if spec.mode == "explosives" and token.tag_ == "NNS" and tallies_explosions(token.sent.text):
            # "monitors recorded 40 explosions", "explosions were heard near the front line": blasts
            # counted from afar with no device named are shells landing, not a planted bomb
            return replace(spec, mode="heavy-weapons")
        if lemma == "enter" and pos == "VERB" and _entered_as_the_other_side_left(token):
            # "Tigrayan forces entered Mekelle after federal troops withdrew": the town changed hands
            return _taken_by_entry(spec)
        if lemma == "strike" and _pos(token) == "NOUN":
            return self._strike(token, spec)
        if lemma in ("attack", "assault") and _pos(token) == "NOUN" and spec.mode is None:
            # "a rocket attack", "a drone attack": the weapon the noun is named by says how, whatever
            # other weapons its sentence names ("in an air strike ... in retaliation for a rocket
            # attack")
            weapons = {c.lower_ for c in token.children if c.dep_ == "compound"}
            if weapons & {"rocket", "missile", "mortar", "artillery", "shell"}:
                return replace(spec, mode="heavy-weapons")
            if weapons & {"drone"}:
                return replace(spec, mode="drone")
        return spec

    def _strike(self, token: Token, spec: TriggerSpec) -> TriggerSpec | None:
        """ "air strike" is an attack, "a general strike" or "went on strike" a protest."""
        modifiers = {
            t.lower_ for c in token.children if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree
        }
        if token.head.lower_ == "on" or modifiers & _LABOUR_STRIKE_WORDS:
            return replace(spec, type="PROTEST", mode="strike", weak=False)
        if (
            not modifiers
            and token.i == token.sent.start
            and token.i + 1 < len(token.doc)
            and (token.nbor(1).text == ":")
        ):
            return None  # "Strikes: On 4 August, bus owners went on strike": a label, not a strike
        if modifiers & {"air", "aerial"}:
            return replace(spec, mode="aerial", weak=False)
        if modifiers & {"drone"}:
            return replace(spec, mode="drone", weak=False)
        if modifiers & {"missile", "rocket", "artillery"}:
            return replace(spec, mode="heavy-weapons", weak=False)
        if not modifiers and any(c.lower_ in ("the", "this", "that") for c in token.children):
            # "An air strike hit a square ... The government did not comment on the strike": the
            # definite noun points back to the strike the story told of
            earlier = next(
                (
                    self._strike(t, spec)
                    for t in reversed(self.doc[: token.i])
                    if t.lemma_.lower() == "strike"
                    and _pos(t) == "NOUN"
                    and any(c.dep_ in ("compound", "amod", "nmod") for c in t.children)
                ),
                None,
            )
            if earlier is not None:
                return earlier
        return spec

    def _inside_name(self, token: Token) -> bool:
        """A trigger word inside a name ("Operation Desert Storm", "Rapid Support Forces")."""
        if token.ent_type_ in ("PERSON", "ORG", "GPE", "WORK_OF_ART", "LAW", "FAC", "EVENT", "NORP"):
            return _pos(token) == "PROPN" or (token.is_title and token.i > token.sent.start)
        return self._actor_at(token.idx) is not None and _pos(token) == "PROPN"

    def _governor(self, token: Token) -> Token:
        """The verb whose clause an event noun belongs to.

        "launched an attack" -> launched; "the shelling killed 12 civilians" -> killed (the
        killing is what the shelling did, one event).
        """
        if (
            token.tag_ == "VBG"
            and token.dep_ == "nsubj"
            and _occurs(token.head)
            and not any(c.dep_ in ("dobj", "aux", "nsubj") for c in token.children)
        ):
            return token.head  # "as fighting spread across the Amhara region": where it spread
        if _pos(token) not in ("NOUN", "PROPN"):
            return token
        if _state_of_emergency(token):
            token = token.head.head  # "declared a state of emergency": the state is what was declared
        head = token.head
        if token.dep_ == "conj" and _pos(head) in ("NOUN", "PROPN"):
            # "declared a state of emergency and a curfew": the curfew is declared too
            first = head
            while first.dep_ == "conj" and _pos(first.head) in ("NOUN", "PROPN"):
                first = first.head
            token, head = first, first.head
        if token.dep_ in ("dobj", "nsubjpass", "attr") and head.lemma_.lower() in LIGHT_VERBS | {"be"}:
            return head
        if token.dep_ == "nsubj" and head.lemma_.lower() in EFFECT_VERBS:
            return head
        if token.dep_ == "nsubj" and _occurs(head):
            return head  # "the attack took place in X": the place is the attack's
        if (
            token.dep_ == "nsubj"
            and head.lemma_.lower() in _LANDING_VERBS
            and token.lemma_.lower() in WEAPON_NOUNS
        ):
            return head  # "a Houthi missile landed near Israel's Ben Gurion airport": where it fell
        return token

    def _xcomp_of_trigger(self, found: _Found, others: list[_Found]) -> bool:
        """Whether another event's verb governs this one as what it strove for ("fighting to
        reclaim the town"); words of saying do not ("alleged shelling" is claimed, not tried)."""
        # (nor do words of promising: "pledged to withdraw its troops" is a promise, not a try)
        return found.token.dep_ == "xcomp" and any(
            o.token == found.token.head
            and o.spec.type not in _SAYING_TYPES
            and o.token.lemma_.lower() not in INTENT_GOVERNORS
            for o in others
        )

    def _objects_of(self, verb: Token) -> frozenset[str]:
        """The objects the verb's own entry reads it through ("fire": rockets, mortars...), also
        when a phrase of it ("fire at") was the trigger found."""
        spec = self.lexicon.single.get(verb.lemma_.lower())
        return spec.objects if spec is not None else frozenset()

    def _framed_by_verb_trigger(self, found: _Found, others: list[_Found]) -> bool:
        """Drop the frame when one event is told through another of the same type.

        "seized four capitals in a rapid offensive": the offensive frames the seizures;
        "fighting to reclaim the town": the fighting is the attempt to reclaim, one event;
        "fired mortars": the weapon is what the verb used, one event.
        """
        token = found.token
        # ("fired dozens of rockets": the weapon counted by the verb's object)
        fired = (
            token
            if token.dep_ == "dobj"
            else token.head.head
            if token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.dep_ == "dobj"
            and (
                {token.head.head.lemma_.lower(), token.head.head.lower_} & PART_NOUNS
                or token.head.head.tag_ == "CD"
            )
            else None
        )
        if (
            _pos(token) in ("NOUN", "PROPN")
            and fired is not None
            and any(
                o.token == fired.head
                and o.spec.type == found.spec.type
                and {token.lemma_.lower(), token.lower_} & self._objects_of(o.token)
                for o in others
            )
        ):
            # only where the verb is read through that very object ("fire": rockets, mortars...);
            # "exploded crude bombs" leaves the weapon to tell what exploded
            return True
        if (
            _pos(token) in ("NOUN", "PROPN")
            and token.dep_ == "dobj"
            and found.spec.type == "ASSAULT"
            and found.spec.weak
            and token.lemma_.lower() in WEAPON_NOUNS
            and any(o.token == token.head and o.spec.type == "ASSAULT" for o in others)
        ):
            # "U.S. forces struck a Houthi missile that was prepared to launch": the weapon is what
            # the strike hit, no attack of its own
            return True
        if found.spec.type == "ASSAULT" and _pos(token) == "NOUN" and token.lemma_.lower() in WEAPON_NOUNS:
            # "troops recovered seven rifles and a grenade launcher": a weapon taken is no attack
            # (the parser may join the second weapon to the verb itself)
            held = token
            while (
                held.dep_ in ("compound", "conj", "appos")
                and held.head.i != held.i
                and held.head.pos_ != "VERB"
            ):
                held = held.head
            if held.dep_ in ("dobj", "conj") and any(
                o.token == held.head and o.spec.type == "COERCE" and o.spec.mode == "seize" for o in others
            ):
                return True
        held = token.head if token.dep_ == "compound" else token  # "rejected the ceasefire agreement"
        if (
            _pos(token) in ("NOUN", "PROPN")
            and held.dep_ == "dobj"
            and found.spec.type in _COOPERATIVE_TYPES
            and any(o.token == held.head and o.spec.type in ("SANCTION", "REJECT") for o in others)
        ):
            # "Petro suspended peace talks", "the junta rejected the deal": the suspension or the
            # rejection is the news, the talks or the deal no new event
            return True
        if (
            _pos(token) in ("NOUN", "PROPN")
            and token.dep_ == "pobj"
            and token.head.lower_ in ("in", "during")
        ):
            frame = token.head.head
            verb = frame if frame.pos_ == "VERB" else frame.head  # "seized four capitals in an offensive"
            if found.spec.type == "PROTEST" and found.spec.mode == "riot":
                # "46 women were killed in a riot at a prison": the killing is what the riot was
                return any(
                    o.token == verb and o.spec.type == "ASSAULT" and verb.lemma_.lower() in KILLING_LEMMAS
                    for o in others
                )
            return any(o.token == verb and o.spec.type == found.spec.type for o in others)
        return any(
            o.token.dep_ == "xcomp" and _framing_verb(o.token) == token and o.spec.type == found.spec.type
            for o in others
        )

    # ------------------------------------------------------------------ one trigger

    def _read_trigger(self, found: _Found, sent: Span, governed: set[int]) -> Iterator[EventCandidate]:
        token, gov = found.token, found.governor
        if _no_comment(token):
            return
        status = self._status(token, gov, governed)
        if (
            found.spec.type in YIELDING_TYPES
            and _pos(token) == "VERB"
            and (
                (status is None and self._negated(token, gov))
                or (status == "attempted" and gov.dep_ == "xcomp" and gov.head.lemma_.lower() == "fail")
            )
        ):
            # "Syria will not accept more refugees", "the sides failed to reach agreement": a refusal
            found = _Found(token, replace(found.spec, type="REJECT", mode=None, weak=False), gov)
            status = "occurred"
        if status is None or _commented_on(token):
            return
        if token.lemma_.lower() == "emergency" and not _state_of_emergency(token):
            return  # only "a state of emergency" is rule by decree, not "emergency talks"
        if (
            token.dep_ in ("pcomp", "pobj")
            and token.head.lower_ == "for"
            and token.head.head.lemma_.lower() in ("responsible", "accountable")
            and token.head.head.head.lower_ in ("those", "whoever", "anyone", "all")
        ):
            return  # "those responsible for killing civilians would be held accountable": the deed told
        if token.tag_ == "VBN" and token.dep_ == "conj":
            first = token
            while first.dep_ == "conj":
                first = first.head
            if first.dep_ == "amod" and first.pos_ == "ADJ":
                return  # '"limited, localized and targeted" ground raids': a manner, no deed of its own
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "as"
            and token.head.head.lemma_.lower() in ("use", "recruit", "train", "deploy", "send", "employ")
        ):
            return  # "have used women and girls as suicide bombers": a role people are put to
        if (
            found.spec.type == "SUPPORT"
            and token.dep_ == "acl"
            and token.tag_ == "VBN"
            and token.head.dep_ in ("nsubj", "nsubjpass")
            and (deed := self._spec_for(token.head.head)) is not None
            and deed.type == "ASSAULT"
        ):
            # "Somali troops backed by clan militias captured two towns": who fought beside them, told
            # of the deed's doers (ACLED's associated actor), no act of support of its own
            return
        if _ranked_in_passing(token):
            return  # "abducted 287 pupils ..., the second mass kidnapping in the country in a week"
        if found.spec.mode in ("curfew", "martial-law") and _lifted(
            token.head.head if token.dep_ == "pobj" else token
        ):
            return  # "lifted the state of emergency", "the curfew was eased": the rule ends, not begins
        if found.spec.type in ("CONSULT", "MOBILIZE") and _while_struck(token):
            # "killed ten commanders as they met in the basement", "targeted the convoy as it
            # headed to the airport": what the victims were doing when they were struck
            return
        if found.spec.type in ("CONSULT", "MOBILIZE", "PROTEST") and _bombed_gathering(token):
            # "a suicide bomber blew himself up at a political rally": where the blast was
            return
        if _pos(token) == "NOUN" and found.spec.type in ("AGREE", "CONCEDE") and _undermined(token):
            return  # "an attempt to undermine the ceasefire in Gaza": the truce told of, not made
        if found.spec.type == "MOBILIZE" and _pos(token) in ("NOUN", "PROPN") and self._befalls(token):
            return  # "a patrol was ambushed": the patrol is who the other event befell
        if (
            token.dep_ == "dobj"
            and token.tag_ in ("NN", "NNS")
            and token.head.lemma_.lower() in ("end", "halt", "stop", "cease")
            and token.head.tag_ == "VB"
        ):
            return  # "a deal committing them to end fighting in eastern Congo": what is to end
        if (
            token.tag_ == "VBG"
            and token.dep_ in ("xcomp", "dobj", "ccomp")
            and token.head.lemma_.lower() in ("stop", "cease", "halt", "quit")
        ):
            return  # "would stop bombing the Houthis", "agreed to stop attacking ships": what ends
        subject = self._subject(gov)
        obj = self._object(token)
        if gov != token and gov.lemma_.lower() in EFFECT_VERBS:
            subject, obj = None, obj or self._object(gov)
        if _causative(token):
            # "had the compound encircled": the small clause's subject is acted upon
            obj = subject
            subject = self._subject(token.head)
        headline_passive = _headline_passive(token, subject, obj)
        if headline_passive and subject is not None and token.tag_ == "VBD":
            # "gunmen killed" is not a headline's passive: armed men are who kill
            headline_passive = self.actor_types.get(self._actor_of(subject) or "") not in ARMED_TYPES
        if headline_passive:
            # "2 killed in Mandera", "Three villagers abducted": a headline's passive without "were"
            obj, subject = subject, None
        if obj is None and found.spec.object_overrides and _pos(token) == "NOUN":
            # "a ban on protests", and the parser's "extended the ban on marches": what a noun
            # whose reading turns on its object acts on
            obj = _on_object(token)
        if obj is None and found.spec.object_overrides and _pos(token) == "VERB":
            # "met with fierce resistance": a "with" phrase whose noun the reading turns on
            obj = next(
                (
                    p
                    for c in token.children
                    if c.dep_ == "prep" and c.lower_ == "with"
                    for p in c.children
                    if p.dep_ == "pobj" and p.lemma_.lower() in found.spec.object_overrides
                ),
                None,
            )
        obj_places = self._named_by(obj) if obj is not None else []
        obj_is_place = bool(obj_places) or (obj is not None and obj.lemma_.lower() in PLACE_NOUNS)
        if (
            obj is not None
            and obj.dep_ == "pobj"
            and obj.head.lower_ == "of"
            and obj.head.head.lemma_.lower() == "control"
            and _spec_is_territorial(found.spec)
        ):
            # "seized control of Pangwa, a hub for rare earth mining": a named place the gazetteer
            # lacks is still ground taken (not a people's name, nor a group's: the tagger may call it a
            # person, "taken control of Zamzam")
            obj_is_place = obj_is_place or (
                obj.pos_ == "PROPN" and obj.ent_type_ != "NORP" and self._actor_of(obj) is None
            )
        held = _measured(obj)  # "a large quantity of arms", "700 kg of medicine"
        held = _what_them_stands_for(token, held)
        object_lemma = held.lemma_.lower() if held is not None else None
        misread = next(
            (
                c.lemma_.lower()
                for c in (held.children if held is not None else ())
                if c.dep_ == "compound"
                and (found.spec.object_overrides.get(c.lemma_.lower()) or {}).get("ignore")
            ),
            None,
        )
        if misread is not None:
            # "released a video showing fighters boarding it" parsed as a "video showing"
            # fighters: the thing the verb is read by is the first noun
            object_lemma = misread
        # "killed 40 soldiers and captured seven": a bare number counts the noun said before;
        # "captured three of the gunmen near Kidal": people, whatever place their phrase names
        counted = _elided_noun(token, obj) if obj is not None else None
        if counted is not None:
            people = counted.lemma_.lower() in _PEOPLE_NOUNS | _TAKEN_FIGHTERS
            if people or not obj_is_place:
                object_lemma = counted.lemma_.lower()
                obj_is_place = (not people and bool(self._named_by(counted))) or object_lemma in PLACE_NOUNS
        # "One attacker blew himself up, another was shot dead and three were captured": a bare
        # number taken is people, told before, not ground
        bare_count = (
            obj is not None
            and counted is None
            and obj.pos_ == "NUM"
            and obj.dep_ in ("nsubjpass", "dobj")
            and not any(c.dep_ == "prep" for c in obj.children)
        )
        if bare_count:
            obj_is_place = False
        if (
            obj is not None
            and obj.pos_ == "PROPN"
            and any(_name_of(obj).casefold() == t.text.casefold() for t in self._unknown_places)
            and self._actor_of(obj) is None
        ):
            # "recaptured the town of Moqokori ... had seized Moqokori in 2022": a place the story
            # names, which the gazetteer lacks, is ground taken, not a person
            obj_is_place = True
        if held is not None and (held.lemma_.lower() in WEAPON_NOUNS or held is not obj):
            # "seized arms and ammunition in X", "seized a ton of cannabis in X": the weapons or
            # the goods measured were taken, not X
            object_lemma, obj_is_place = held.lemma_.lower(), False
        if found.spec.weapon_subject is not None and subject is not None and _is_weapon(subject):
            spec: TriggerSpec | None = found.spec.with_weapon_subject()
        else:
            spec = found.spec.for_object(
                object_lemma,
                obj_is_place,
                object_lemma in _PEOPLE_NOUNS | _TAKEN_FIGHTERS
                # ("agents seized Pedro Urruchurtu outside his home": a person by name)
                or (obj is not None and obj.ent_type_ == "PERSON" and not obj_is_place)
                # ("He was handed over to a humanitarian commission": a person told by a pronoun)
                or (obj is not None and obj.lower_ in ("he", "she", "him", "her"))
                or bare_count,
                noun=_pos(token) in ("NOUN", "PROPN"),
            )
        if spec is None or spec.ignore:
            return  # (an entry may rule out a reading by its object: "evacuated 2,000 people")
        if spec.type == "ASSAULT" and _pos(token) == "VERB" and _crowd_control_weapons(obj):
            # "fired tear gas and rubber bullets at protesters": force short of lethal
            spec = replace(spec, mode="crowd-control")
        taken = obj
        if taken is not None and taken.lemma_.lower() == "control":  # "took control of a factory"
            taken = _pobj_of(taken) or _pobj_of(token)
        if (
            spec.territory
            and taken is not None
            and not obj_is_place
            and taken.lemma_.lower() in FACILITY_NOUNS
        ):
            if token.lemma_.lower() in _TAKING_BACK_VERBS:
                return  # "police regained control of the prison": order restored, nothing seized
            # "took control of a factory", "hijacked a bus": property seized, no territory changes hands
            spec = replace(spec, type="COERCE", mode="seize", territory=False, contexts=(), property=True)
        if (
            spec.expels
            and spec.territory
            and obj is not None
            and obj.lemma_.lower() in _SENT_AWAY_FORCES
            and not any(c.dep_ in ("prep", "prt") and c.lower_ in ("from", "out") for c in token.children)
        ):
            # "the junta expelled French troops": a state sends a foreign force away, a sanction; no
            # ground is named that changes hands, as in "expelled the rebels from the town"
            spec = replace(spec, type="SANCTION", mode="expel", territory=False, contexts=(), expels=False)

        if any(self._forecast(t) for t in (token, *_heads_up_to_own_clause(token))):
            # a warning of what may come, and what it says may come: no event ("..., and the
            # United States called on the RSF to halt": a clause of its own beside the warning)
            return
        if _subject_of_talks(token) or _names_what_was_told(token) or _requested(token) or _held_off(token):
            return
        seized = (
            obj
            if obj is not None
            else subject
            if subject is not None and subject.dep_ == "nsubjpass"
            else None
        )
        if (
            (spec.type, spec.mode) == ("COERCE", "seize")
            and seized is not None
            and (seized_spec := self._spec_for(seized)) is not None
            and seized_spec.type in ("PROTEST", "CONSULT", "AGREE")
        ):
            return  # "the protests had been hijacked by criminals": a protest taken over, no property
        if (
            (spec.type, spec.mode) == ("RETREAT", "access")
            and token.lemma_.lower() == "end"
            and obj is not None
            and obj.lemma_.lower() == "siege"
            and not any(c.dep_ == "poss" for c in obj.children)
            and self.actor_types.get(self._actor_of(subject) or "" if subject is not None else "")
            in STATE_TYPES
        ):
            # "Security forces ended a 13-hour siege at a hotel after militants stormed it": the
            # siege was the attackers', ended by force; no side lifts a blockade of its own
            return
        if spec.type == "SUPPORT" and _backed_by_arms(token):
            return
        if _pos(token) in ("NOUN", "PROPN") and (_pobj_of(token, "for") or token).lemma_.lower() == "comment":
            return  # "did not respond to requests for comment": the reporter's asking
        if _a_craft_of(token):
            return  # "bomb-making materials", "a bomb-disposal unit": a trade, no bomb went off
        first = token
        while first.dep_ == "conj" and first.head.i != first.i and _pos(first.head) == "VERB":
            first = first.head  # "burning tyres and throwing stones": the first of the crowd's acts
        if (spec.mode == "destroy" or (spec.mode == "primitive" and riotous(sent.text))) and (
            (token.dep_ in ("conj", "advcl") and self._is_protest_trigger(token.head))
            or (first.dep_ in ("conj", "advcl") and self._is_protest_trigger(first.head))
            or (token.dep_ == "amod" and any(self._is_protest_trigger(a) for a in token.ancestors))
        ):
            # "demonstrators blocked roads and burned tyres", "protested, blocking roads and burning
            # tyres": the burning makes the protest a riot, whose stones ("and throwing stones at
            # police") are part of it (thrown at a march that burnt nothing, they are read apart)
            return
        if spec.mode == "destroy" and _part_of_killing(token):
            return  # "gunmen killed 12 villagers and burned dozens of homes": one attack
        if self._taking_it_led_to(token) is not None:
            return  # "seized the town after heavy fighting": the fighting is how it was taken
        if self._earlier_fight_as_a_time(token, spec, sent):
            return  # "recovered six rifles after the firefight": the gunbattle told before
        if token.dep_ == "nsubj" and _came_under_attack(token.head):
            return  # "a police patrol came under fire": the patrol is who was attacked
        grievance = _pos(token) == "NOUN" and self._in_grievance(token, sent)
        if grievance:
            # "protested against the killing of three farmers by soldiers": the crowd protesting
            # is no side of what it protests against
            subject = None
        if (
            found.spec.type == "PROTEST"
            and _pos(token) == "NOUN"
            and token.dep_ == "pobj"
            and (acting := self._spec_for(_verb_of_phrase(token))) is not None
            and acting.type != "PROTEST"
        ):
            # "police detained 1,100 people over five nights of protests": the protests are the
            # crowd's, not the doer's of the verb they are told by
            subject = None
        if (
            subject is not None
            and _pos(token) == "NOUN"
            and token.dep_ == "pobj"
            and token.head.head.pos_ == "VERB"
            and token.head.head.lemma_.lower() in SPEECH_VERBS
            # (a saying set inside the report it closes: ", a spokesman said, in an attack ...", or
            # closing it: "... pressed an assault, residents said, in a battle for the city")
            and (
                token.head.head.dep_ == "parataxis"
                or any(c.dep_ == "ccomp" and c.i < token.head.head.i for c in token.head.head.children)
            )
            and subject.head.i == token.head.head.i
        ):
            # "..., a Taliban spokesman said, in an attack later claimed by the Islamic State": the
            # parser hangs the event on the saying, whose speaker did not do it
            subject = None
        actor1 = self._actor_of(subject) if subject is not None else None
        if (
            actor1 is not None
            and subject is not None
            and found.spec.type == "PROTEST"
            and _names_a_crowd(subject)
        ):
            # "Hundreds of Arce supporters rallied": the crowd marches, not whom it backs
            actor1 = self._role_actor("protesters", None)
        if subject is not None:
            actor1 = self._attackers_meant(subject, sent) or actor1
        elif (
            token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and token.head.dep_ == "ROOT"
            and token.head.pos_ == "NOUN"
        ):
            # "Nepal police fire on youth protesters, killing 19": a headline's verb read as a noun,
            # its subject as the noun's modifier
            actor1 = next(
                filter(
                    None, (self._role_modifier_actor(c) for c in token.head.children if c.dep_ == "compound")
                ),
                None,
            )
        actor2 = self._actor_of(obj) if obj is not None else None
        if actor2 is None and subject is not None and found.spec.type == "ASSAULT":
            # "Pagers used by Hezbollah members exploded": whose devices blew up were struck
            owner = _whose_it_was(subject)
            actor2 = self._actor_of(owner) if owner is not None else None
        if actor2 is None and obj is not None and obj.lemma_.lower() in _MEMBER_NOUNS:
            # "killed a senior commander of the Kataib Hezbollah militia": the group's man
            owner = _pobj_of(obj)
            actor2 = self._actor_of(owner) if owner is not None else None
        if _pos(token) == "NOUN" and token.dep_ == "pobj" and obj is None:
            # "stayed shut after a week of gun battles between rival factions of the cartel": the
            # sides a fight noun names itself, not the subject of the clause it is told in
            sides = self._between_actors(token, token)
            if sides[0] is not None:
                actor1, actor2 = sides
        if spec.type == "ASSAULT" and _pos(token) == "NOUN" and self._driving_a_retreat(token):
            # "its fighters withdrew after several days of drone strikes": who withdrew was struck
            actor1, actor2 = None, actor2 or actor1
        if actor2 is None and obj is not None and spec.type in SPEECH_TYPES | _SAYING_TYPES:
            actor2 = self._state_metonym(obj, spec)  # "accused Rwanda of backing the rebels"
        if subject is not None and _came_under_attack(subject.head):
            # "a police convoy came under fire, killing two officers": the convoy was attacked
            actor1, actor2 = None, actor2 or actor1
        if _circumstance_of_a_deed(token, spec) and self.actor_types.get(actor1 or "") in STATE_TYPES:
            # "security forces detained 40 people during protests": the forces did not protest
            actor1 = None
        agent = self._agent(gov)
        subject_is_place = subject is not None and bool(self._places_in(subject)) and actor1 is None
        if token.lemma_.lower() == "fall" or subject_is_place:
            to_actor = self._prep_actor(token, ("to",))
            actor1 = to_actor or actor1
        passive = (
            gov.dep_ in ("nsubjpass",)
            or (gov.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in gov.children))
            or _gapped_passive(gov)
            or _shares_a_passive(gov)
        )
        if headline_passive:
            actor1, actor2, passive = agent, self._actor_of(obj) if obj is not None else None, True
        elif passive:
            actor1, actor2 = agent, actor1  # passive: the subject is acted upon
        elif (
            gov.dep_ == "acl"
            and gov.tag_ == "VBN"
            and subject is None
            and (
                any(c.dep_ == "dobj" for c in gov.children)
                or _misread_as_participle(gov, self._spec_for(gov.head))
                # "Hundreds of residents protested in Tripoli" parsed as a participle: no one is
                # protested by a crowd that goes unnamed
                or (spec.type == "PROTEST" and agent is None and token == gov)
            )
        ):
            # "Israeli air strikes killed 30 people" parsed as a participle: one with an object is
            # active, and the noun it hangs on is its doer (by its own words, not the victims the
            # participle's object names: "a drone strike killed at least 85 people")
            if actor1 is None:
                victims = {self._actor_of(c) for c in gov.children if c.dep_ == "dobj"} - {None}
                hung_on = self._actor_of(gov.head)
                unarmed = self.actor_types.get(hung_on or "") == "civilians" and spec.type == "ASSAULT"
                actor1 = self._noun_actor(gov.head) if hung_on in victims or unarmed else hung_on
        elif gov.dep_ == "acl" and gov.tag_ == "VBN" and subject is None:
            # "an SLDF suspect killed by police": the noun the participle describes is acted upon
            actor1, actor2, passive = agent, actor2 or self._actor_of(gov.head), True
        elif agent is not None:
            actor1 = agent
        if spec.type == "ASSAULT" and token.lemma_.lower() in _FINDING_VERBS and not passive:
            # "Authorities found the bodies of six men": who finds the dead did not kill them
            actor1 = None
        if (
            passive
            and actor1 is None
            and spec.type in ("MOBILIZE", "RETREAT")
            and not spec.sighting
            and self.actor_types.get(actor2 or "") in ARMED_TYPES
            # (not "where Ugandan troops are deployed": a state, no move)
            and not any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in gov.children)
        ):
            # "soldiers were deployed to the area", "troops were pulled out": a force sent or
            # withdrawn by its own command moves itself, as ACLED codes it
            actor1, actor2 = actor2, None
        if passive and actor1 is None:
            by = next(
                (p for c in gov.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None
            )
            # "the group is backed by Rwanda": the state named as the doer
            actor1 = self._state_metonym(by, spec) if by is not None else None
        if passive and actor1 is None:
            # "a suspect was killed during a police raid": the raid's actor
            actor1 = self._frame_actor(gov)
        if passive and actor1 is None and actor2 is None:
            # "34 people have been killed in three days of fighting between Somaliland troops and
            # clan militias", "killed as police clashed with protesters": the fight's sides
            actor1, actor2 = self._sides_of_the_fight_befallen(gov)
        if actor1 is None and token.tag_ == "VBG" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            # "Russian shelling killed three civilians": a gerund the tagger calls a verb names its
            # doer as the noun would (the actors component reads "Russian shelling" as the state's)
            actor1 = self._actor_of(token)
        if subject is None and not passive and actor1 is None and _pos(token) == "VERB":
            actor1 = self._actor_left_of(token)
        if actor1 is None and actor2 is None:
            # "clashes between A and B", "clashes took place between A and B": A acts first
            actor1, actor2 = self._between_actors(token, gov)
        if spec.lost_to and _pos(token) == "VERB":
            # "The army lost control of most of the capital to the RSF": the ground went to whom it
            # was lost to (and with no one named, nothing is told of who holds it)
            taker = self._prep_actor(token, ("to",))
            if taker is None:
                return
            actor1, actor2 = taker, actor1
        if spec.territory and actor2 is None and not passive and _pos(token) == "VERB":
            # "recaptured several towns from the RSF", "seized the base from the army": who lost it
            lost_by = self._prep_actor(token, ("from",)) or (
                self._prep_actor(obj, ("from",)) if obj is not None else None
            )
            actor2 = lost_by if lost_by != actor1 else None
        if _pos(token) in ("NOUN", "PROPN"):
            # "police assaulted members of the BNP during BNP's rally": a named owner of the
            # event noun is its doer, whoever the clause's subject is
            owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
            owned_by = self._actor_of(owner) if owner is not None and token.dep_ == "pobj" else None
            if owned_by is not None:
                # (the clause's sides are not the noun's: the members assaulted held the rally)
                actor1, actor2 = owned_by, None
            actor1 = actor1 or self._noun_actor(token)
            if (
                actor1 is None
                and token.dep_ == "pobj"
                and token.head.lower_ == "under"
                and _came_under_attack(token.head.head)
            ):
                # "a patrol came under attack from gunmen": who it came from attacked
                actor1 = self._prep_actor(token.head.head, ("from",)) or self._prep_actor(token, ("from",))
            actor2 = actor2 or self._prep_actor(token, ("against", "on")) or self._undergone_by(token, actor1)
        elif actor1 is None:
            # "shells fired by X fell on the market": the weapon's user acted
            actor1 = self._acl_agent(subject)
        if (
            actor1 is None
            and subject is not None
            and not passive
            and (_pos(token) == "VERB" or gov != token)
            # (a denial is no other event: "Rwanda denied sending troops" is Rwanda's sending; nor
            # is a deed joined beside another: "the United States condemned the arrest and urged
            # the government to release ...")
            and (
                # ("Burundi closed its border with Rwanda, accusing its neighbour of ...": a
                # participle goes on with its verb's own subject)
                (token.dep_ == "advcl" and token.tag_ == "VBG")
                or not any(
                    self._is_trigger(t) and t.lemma_.lower() not in DENY_VERBS
                    # ("fought two wars over the region, which Azerbaijan retook": a relative clause
                    # tells a deed of its own)
                    for t in _containing_heads(token, through_relatives=False)
                )
            )
            and not (token.tag_ == "VB" and not any(c.dep_ == "aux" for c in token.children))
        ):
            # "Kenya has deployed troops", "Russia said ...": a state named for its forces or its
            # government, as ACLED names the actor; not inside what another event reports, nor in a
            # subjunctive ("demanded that Israel ease restrictions": the easing has not happened)
            actor1 = self._state_metonym(subject, spec)
        if subject is not None and subject.lower_ in ("it", "they") and not passive:
            # "Syria says it is willing to withdraw": "it" is the country that says so; "The Arakan
            # Army, an armed group fighting the junta, said it had seized the town": the group;
            # "Organisers said they would hold another march": the organisers, not the police
            # the paragraph before spoke of
            sayer = _sayer_of(gov)
            # (in a quotation "they" is never its speaker: '"They beat us," said one marcher')
            quoted = any(q.start <= token.idx < q.end for q in self._quote_scopes)
            if sayer is not None and (actor1 is None or (sayer.pos_ in ("NOUN", "PROPN") and not quoted)):
                actor1 = (
                    self._actor_of(sayer)
                    # ("The rebel alliance, the CSP-DPA, said it had captured": the name beside it)
                    or next(
                        filter(None, (self._actor_of(c) for c in sayer.children if c.dep_ == "appos")), None
                    )
                    or self._state_metonym(sayer, spec)
                )
        if (
            actor1 is None
            and subject is not None
            and not passive
            and any(c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her") for c in subject.children)
        ):
            # "The army said its aircraft bombed rebel positions": the aircraft of the one speaking
            # ("the army's commander said his forces had withdrawn": the commander's)
            sayer = _sayer_of(gov)
            if sayer is not None:
                actor1 = self._actor_of(sayer) or self._state_metonym(sayer, spec)
        if spec.type == "REQUEST" and spec.mode == "demand" and actor2 is None and _pos(token) == "VERB":
            # "Cameron said Israel must do more to stop settler violence": who must act
            demanded = next(
                (
                    s
                    for c in token.children
                    if c.dep_ == "ccomp"
                    for s in c.children
                    if s.dep_ in ("nsubj", "nsubjpass")
                ),
                None,
            )
            if demanded is not None:
                actor2 = self._actor_of(demanded) or self._state_metonym(demanded, spec)
                actor2 = None if actor2 == actor1 else actor2
        if (
            spec.type == "ASSAULT"
            and subject is not None
            and not passive
            and token.lemma_.lower() in _MUTUAL_FIGHT_VERBS
            and (actor2 is None or self.actor_types.get(actor2) == "civilians")
        ):
            # "Pakistani and Afghan forces clashed along their border, killing 12 civilians": the
            # other side of the clash is the subject's other half
            other = next((a for a in self._coordinated_sides(subject, spec, actor1) if a != actor1), None)
            actor2 = other or actor2
        if spec.type in ("AGREE", "CONSULT") and actor2 is None and subject is not None and not passive:
            # "Representatives of Sudan's army and the RSF signed a declaration", "the two
            # governments and the rebels met": the other party of a deal or talks is a subject too
            actor2 = next((a for a in self._coordinated_sides(subject, spec, actor1) if a != actor1), None)
        if spec.type == "SANCTION" and actor2 is None:
            # "imposed sanctions on three Rwandan military commanders": whom the measure targets
            actor2 = self._prep_actor(token, ("on", "against")) or self._prep_actor(gov, ("on", "against"))
            if actor2 is None and obj is not None:
                # "cut diplomatic ties with Belgium", "suspended consultations with Rwanda": a
                # state named by its country's name
                partner = next(
                    (p for c in obj.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children),
                    None,
                )
                if partner is not None:
                    actor2 = self._actor_of(partner) or self._state_metonym(partner, spec)
        if spec.type == "ASSAULT" and actor2 is None:
            # "clashed with the rebels", "fought against X": the other side; "with" names an
            # opponent only after a word of two-sided fighting ("attacked with grenades" does not)
            mutual_word = token.lemma_.lower() in MUTUAL_WORDS or gov.lemma_.lower() in MUTUAL_WORDS
            actor2 = self._prep_actor(gov, ("against", "with") if mutual_word else ("against",))
            if actor2 is None and mutual_word and gov != token:
                actor2 = self._prep_actor(token, ("with",))
            if actor2 is None and mutual_word and subject is not None and not passive:
                # "Police and gunmen exchanged fire", "fighters of the Radaa force and the 444
                # Brigade clashed": a fight's coordinated subjects are its two sides
                actor2 = next(
                    (
                        a
                        for c in subject.conjuncts
                        if c.i > subject.i and (a := self._actor_of(c)) not in (None, actor1)
                    ),
                    None,
                )
            if actor2 is None and _pos(token) == "VERB" and token.lemma_.lower() in _AIMING_VERBS:
                # "fired tear gas at thousands of protesters", "opened fire on the convoy": whom
                # the shot is aimed at (the parser hangs "on" on the verb or on "fire")
                aimed = (token, *(c for c in token.children if c.dep_ == "dobj"))
                actor2 = next((a for t in aimed if (a := self._prep_actor(t, ("at", "on", "upon")))), None)

        if spec.territory and actor2 is None:
            # "seized the town after heavy fighting with army troops": the side it was taken from
            fight = self._fight_it_came_after(token)
            if fight is not None:
                actor2 = self._prep_actor(fight, ("with", "against"))
        if actor2 == actor1:
            actor2 = None  # one side named twice ("Israeli strikes ... the Israeli military said")
        if spec.requires_place:
            holder = subject if _pos(token) == "VERB" else obj
            if (
                not self._places_in(holder)
                and not self._anaphoric_place(holder)
                and not _military_position(holder)
            ):
                return
        if spec.sighting:
            actor1, actor2 = actor2, None  # "gunmen were spotted", "farmers saw gunmen": the seen act
        if self._struck_subject(token, gov, spec) and not passive:
            # "a police truck ran over a mine", "ran over a landmine": the police were struck
            actor1, actor2 = None, actor2 or actor1

        if spec.armed_subject and subject is not None and _carrying_aid(subject):
            # "A United Nations convoy of 15 trucks carrying food and medicine reached the city":
            # aid delivered, no force on the move
            spec = replace(spec, type="AID", mode=None, armed_subject=False, weak=False, contexts=())
        if spec.armed_subject and self.actor_types.get(actor1 or "") not in ARMED_TYPES:
            return

        count = self._count(obj) if obj is not None and spec.territory else None
        if count is None and spec.subject_place and subject is not None:
            count = self._count(subject)

        times = self._times_for(gov, sent)
        if gov.dep_ == "relcl" and gov.pos_ == "VERB" and self._spec_for(gov.head) is not None:
            # "a suicide bombing at the station in November that killed 26": the killing is the
            # bombing's, dated with it
            times = self._times_for(gov.head, sent) or times
        own_time = times[0] if times else None
        toll_since: date | None = None
        if status == "occurred" and self._war_toll(token, own_time):
            status = "generic"
            toll_since = self._toll_since(token, own_time)
        elif (
            status == "occurred"
            and _pos(token) == "NOUN"
            and (
                (token.dep_ == "nsubj" and self._war_toll(token.head, own_time))
                # "More than 300 people have been killed since early September amid fighting
                # between rival factions": the fight a war's toll is told amid goes on
                or (
                    token.dep_ == "pobj"
                    and token.head.lower_ in ("amid", "during", "in")
                    and token.head.head.pos_ == "VERB"
                    and self._war_toll(token.head.head, own_time)
                )
            )
        ):
            # "The fighting in Tigray, which began in November, has killed thousands": the war's
            # toll told by its own noun (whose doer, when it names one, stays: "US drone attacks
            # have killed eight leaders since July")
            status = "generic"
        elif status == "occurred" and (
            self._standing_war(token, own_time)
            or self._trend_of_many(token, sent)
            # "Russia had attacked ports in the region more than 60 times since July": a tally of
            # many deeds
            or _told_many_times(token)
            # "Turkey has sent thousands of troops to the region since 2020", "police have arrested
            # 300 people since January", "the group has seized most of the state since launching an
            # offensive last year": a sum of deeds over longer than one lasts ("have seized four
            # provincial capitals since Friday" is one push, counted)
            or (_pos(token) == "VERB" and _present_perfect(token) and self._since_long_ago(token, own_time))
            # "Thirty-nine people have been killed in two weeks of protests": a toll over a span
            or (
                _pos(token) == "VERB"
                and (_present_perfect(token) or (token.dep_ == "conj" and _present_perfect(token.head)))
                and _over_a_span(token if token.dep_ != "conj" else token.head)
            )
            # "Amnesty said at least 300 civilians had been killed in air strikes since 2017": a
            # present perfect reported in the past
            or (_pos(token) == "VERB" and _reported_perfect(token) and self._since_long_ago(token, own_time))
            # "has carried out dozens of attacks on Taliban officials since 2021": deeds counted
            # over years, named by a light verb's object
            or ((light := _light_verb_of(token)) is not None and self._since_long_ago(light, own_time))
            # "have encircled Kadugli since June, blocking roads into the city": how the siege
            # goes on, as long as it has
            or (
                token.dep_ == "advcl"
                and token.tag_ == "VBG"
                and token.head.pos_ == "VERB"
                and _present_perfect(token.head)
                and self._since_long_ago(token.head, own_time)
            )
            # ("Rwandan troops, deployed in the province since 2021, launched ...": who they are)
            or (token.dep_ == "acl" and token.tag_ == "VBN" and self._since_long_ago(token, own_time))
            # "the coalition, which has seized swaths of the capital over the past year": what a
            # group has done for months, said to describe it
            or (token.dep_ == "relcl" and _present_perfect(token) and _over_months(own_time))
            or (own_time is None and spec.type in ("ASSAULT", "COERCE") and _done_to_many_over_time(token))
        ):
            status = "generic"
        elif (
            status in ASSERTED_STATUS
            and (own_time is None or _dates_the_saying(own_time, token))
            and self.ref_date is not None
        ):
            # "35 militants had been killed since the offensive began on Friday": the fighting of
            # the days from then to the report, when then is recent (a war's toll is above)
            began = self._toll_since(token, None)
            if began is not None and timedelta(0) <= self.ref_date - began <= _RECENT_SINCE:
                toll_since = began
        places = self._event_places(token, gov, subject, obj, sent, own_time, status, count, spec)
        actor1 = self._police_where_they_act(subject, actor1, places[0])

        intransitive = spec.strong_intransitive and _pos(token) == "VERB" and obj is None
        if (
            spec.weak
            and not intransitive
            and actor1 is None
            and actor2 is None
            and not places[0][1]
            # "two were injured after their car ran over a landmine": the weapon says what happened
            and not (
                spec.type == "ASSAULT" and token.lemma_.lower() in _TOLL_VERBS and _weapon_mode(sent.text)
            )
            # "monitors observed 12 projectiles near X": fire counted by observers took place
            and not (spec.type == "ASSAULT" and token.tag_ == "NNS" and tallies_explosions(sent.text))
            # "fighting over boreholes left four dead": the dead say the fight took place
            and not (spec.type == "ASSAULT" and _LEFT_DEAD.search(sent.text))
            # "Fighting continued on Friday near the town of Walikale": a place named, which the
            # gazetteer lacks
            and not (
                spec.type == "ASSAULT"
                and any(t.idx in self._unknown_place_starts for t in self._clause_tokens(gov))
            )
            # "a rocket hit the base": a weapon that struck something was fired
            and not (
                spec.type == "ASSAULT" and token.dep_ == "nsubj" and token.head.lemma_.lower() in EFFECT_VERBS
            )
            # "Bomb found near the president's home": a weapon found is news whoever found it
            and not (
                spec.type == "COERCE"
                and spec.mode == "seize"
                and obj is not None
                and obj.lemma_.lower() in WEAPON_NOUNS
            )
        ):
            return
        blamed = _blamed_for(token)
        if blamed is not None:
            # "the army blamed the M23 for the attack": the attack is the blamed one's, and
            # "the attack" is one told before
            # (and its victims: "accused the rebels of killing two farmers", "the torture of civilians")
            actor1 = (
                self._actor_of(blamed)
                or (self._state_metonym(blamed, spec) if blamed.pos_ == "PROPN" else None)
                # ("blamed the paramilitary Rapid Support Forces (RSF)": the name set beside the word)
                or next(filter(None, (self._actor_of(c) for c in blamed.children if c.dep_ == "appos")), None)
            )  # ("accused neighbouring Rwanda of backing the rebels": the state)
            actor2 = None if actor2 == actor1 else actor2
            if self._mentions_earlier_event(token, spec, None, None, places[0][1]):
                told = next((e for e in reversed(self.events) if e.plover.type == spec.type), None)
                if (
                    told is not None
                    and actor1 is not None
                    and (told.actor1 is None or told.actor1.startswith(UNIDENTIFIED_PREFIX))
                    and told.actor2 != actor1
                ):
                    # "A drone strike hit a market ... The doctors' network blamed the RSF for the
                    # attack": the one blamed is the doer the report did not name
                    told.actor1, told.actor1_inferred = actor1, False
                return
        if (
            spec.type == "ASSAULT"
            and actor1 is None
            and _perceived(token)
            and self._fight_told_before(sent, None if own_time is None else self._dates(own_time, token)[0])
        ):
            return  # "Gunfire and explosions could be heard until dawn": the sound of the fight told
        if self._refines_earlier_event(token, spec, actor1, actor2, places[0], sent, own_time):
            return
        if self._restates_its_head(token, spec):
            return
        retold = self._retold.get(sent.start_char)
        if (
            retold is not None
            and retold.plover.type == spec.type
            and own_time is None
            and token.tag_ == "VBG"
            and token.dep_ == "advcl"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            # (what the retold event did, not what another thing told beside it did: "The strike
            # came days after pagers exploded across Lebanon, killing 37")
            and not (
                self._is_trigger(token.head)
                and not any(c.dep_ == "nsubj" and self._spec_for(c) is not None for c in token.head.children)
            )
        ):
            # "... when the bombs hit at around 4 p.m., setting off a huge fire": what the bombs told
            # before did, told on with them ("The strike hit a building, killing three": its dead)
            retold.evidence.append(TextSpan(sent.start_char, sent.end_char))
            if retold.fatalities is None:
                retold.fatalities = self._fatalities(sent, token)
            for source in self._sources(token):
                if all(s.name != source.name for s in retold.sources):
                    retold.sources.append(source)
            return
        if self._mentions_earlier_event(
            token, spec, actor1, actor2, places[0][1], places[0][0], dated=own_time is not None
        ) and (
            # "JNIM claimed responsibility for the attack": a claim is read on, to join the attack
            # with its claimant (`_fold_claims`)
            _claim_of_told_attack(token) is None
        ):
            # (not what another deed answered: "struck Beirut in retaliation for a rocket attack
            # ... The strike hit a building" is the strike)
            told_before = next(
                (e for e in reversed(self.events) if e.plover.type == spec.type and not e.told_apart), None
            )
            if told_before is not None:
                self._retold.setdefault(sent.start_char, told_before)
            if token.dep_ == "dobj" and token.head.lemma_.lower() in _CONFIRMING_VERBS:
                # "Local officials confirmed the attack": who confirms the event told vouches for it
                # (not a happening told apart: "The attack was reprisal for the killing of several
                # bandits ... Police confirmed the attack" confirms the attack)
                told = next(
                    (e for e in reversed(self.events) if e.plover.type == spec.type and not e.told_apart),
                    None,
                )
                if told is not None:
                    for source in self._sources(token):
                        if all(s.name != source.name for s in told.sources):
                            told.sources.append(source)
            return
        if grievance and self._told_bare(token, actor1, actor2):
            return
        if actor1 is None and actor2 is None and (framing := self._framing_deed(token, spec)) is not None:
            # "Philippine troops kill five communist rebels in clash": the fight the killing was
            # done in has the killing's sides, not a doer of its own to guess
            actor1, actor2 = framing.actor1, framing.actor2
        if actor1 is None and _pos(token) == "VERB":
            # "six were killed in clashes between the army and rebels": the fight's sides
            actor1, other_side = self._sides_of_fight(gov, actor2)
            actor2 = actor2 or other_side
        if actor1 is None and (
            _pos(token) == "VERB" or (token.dep_ == "nsubj" and spec.mode in FIRED_FROM_AFAR)
        ):
            # "a soldier was killed when an Israeli drone struck a checkpoint": the striker killed
            # (and "a missile hit the road" after a named striker's strike is that striker's)
            actor1 = self._actor_of_cause(gov, actor2)
            if (
                actor1 is None
                # (a war's toll or a trend, "The war has killed tens of thousands", is no deed of the
                # last doer told)
                and status != "generic"
                and not _crowd_subject(subject, passive)
                and not _crowd_agent(token, passive)
                and not _named_subject(subject, passive)
                # ("a base for the offensive since it was recaptured in December 2022": a clause of
                # another time goes on with no deed of today's doer)
                and _clause_of_another_time(token) is None
                # ("struck Beirut in retaliation for a rocket attack that killed 12 children": what
                # was answered is no deed of the one answering)
                and _phrase_of_an_earlier_happening(token) is None
                # ("Shells fell on a camp ... It was not clear which side fired them.")
                and not self._doer_left_unknown(sent)
            ):
                # (a crowd the text names as doer is who acted: "hundreds of students ... clashed
                # with security forces" is not the last armed group's clash; nor is a person or
                # body the dictionary does not know: "Sheikh Hikmat al-Hijri rejected ...")
                doer = subject if subject is not None or _pos(token) == "VERB" else token
                actor1 = self._implicit_actor(
                    spec,
                    actor2,
                    sent,
                    None if passive else doer,
                    gov,
                    own_time.start_date if own_time is not None else None,
                )
            if actor1 is None and spec.type == "ASSAULT" and self._doer_left_unknown(sent):
                # the story says it does not know who: ACLED's unidentified armed group, not the
                # story's best-known group (which `settle_role_actors` would guess)
                from frontwire.nlp.actors import ROLE_TYPES, role_actor_name

                actor1 = role_actor_name("armed", self.country)
                self.actor_types.setdefault(actor1, ROLE_TYPES["armed"])

        # the subject of a passive is acted upon ("a member of X was found dead"); who acted is
        # the agent ("attacked by locals")
        cues = self._cues(
            token, gov, _agent_noun(gov) if passive else subject, obj, sent, actor1, spec.mode == "destroy"
        )
        if actor1 is None and (subject is None or passive):
            cues = replace(cues, unattributed=True)
        intent = self._intent(token, gov, subject, status, spec)
        if intent is not None:
            # "Portugal will support Turkey's bid": the promise is the event (PLOVER AGREE)
            spec, status = intent, "occurred"
        timed: list[TimeExpression | None] = list(times) or [None]
        if (
            spec.type == "PROTEST"
            and spec.mode == "obstruct"
            and self.actor_types.get(actor1 or "") in ("government", "police", "state-military")
        ):
            # "Authorities had blocked roads into the capital with shipping containers": a state
            # that blocks roads restricts movement, it does not protest
            spec = replace(spec, type="COERCE", mode="restrict")
        for time in timed:
            start, end, precision, defaulted = self._dates(time, token)
            if toll_since is not None and self.ref_date is not None:
                # a war's toll is counted from the day the count starts to the article's
                start, end, precision, defaulted = toll_since, self.ref_date, "range", False
            elif status == "planned" and time is not None and start is not None and end is not None:
                start, end = self._ahead(time, start, end)
            told_status = status
            if (
                status in ("occurred", "claimed")
                and intent is None
                and spec.type not in SPEECH_TYPES
                and time is not None
                # (and a day without a year read ahead: "talks on a final deal by Aug. 18")
                and time.kind in ("relative", "weekday", "partial")
                and start is not None
                and self.ref_date is not None
                and start > self.ref_date
            ):
                # "three more days of demonstrations next week": what the text dates after the
                # article, by the article's day ("next week", "tomorrow"), has not happened yet,
                # whatever the grammar around it (a date written out may just postdate a dateline)
                told_status = "planned"
            for place, from_text in places:
                candidate = self._candidate(
                    spec,
                    token,
                    sent,
                    actor1,
                    actor2,
                    place,
                    from_text,
                    start,
                    end,
                    precision,
                    told_status,
                    count,
                    cues,
                )
                candidate.date_defaulted = defaulted
                candidate.several = _told_as_several(token)
                candidate.date_reported = time is not None and _dates_the_saying(time, token)
                if (
                    status == "generic"
                    and toll_since is not None
                    and agent is None
                    and (subject is None or passive)
                ):
                    # "6,000 people have been killed since ...": every side's dead summed, no doer
                    candidate.actor1, candidate.actor1_inferred = None, False
                yield candidate

    def _cues(
        self,
        token: Token,
        gov: Token,
        subject: Token | None,
        obj: Token | None,
        sent: Span,
        actor1: str | None,
        destroys: bool = False,
    ) -> _Cues:
        """What the sentence says about victims, sides, crowds, demonstrations and weapons;
        ``destroys`` when the trigger destroys property ("set tyres on fire")."""
        victim = None
        # "assaulted and injured X": the object a conjoined verb shares
        shared = [c for v in token.children if v.dep_ == "conj" for c in v.children if c.dep_ == "dobj"]
        for target in (obj, self._prep_object(token, ("on", "against", "at")), *shared):
            if target is None:
                continue
            if any(_is_protest_word(t) for t in target.subtree) and not (
                subject is not None and any(_is_protest_word(t) for t in subject.subtree)
            ):
                # "assaulted demonstrating members of X", "attacked protesters who were marching"
                # (not demonstrators fighting each other)
                victim = "protesters"
                break
            heads = {t.lemma_.lower() for t in _conjuncts(target)} | {target.lower_}
            # "farmer camps", "an IDP camp", "a cattle camp": whose place was hit
            owners = {c.lemma_.lower() for c in target.children if c.dep_ in ("compound", "amod", "poss")}
            if (
                heads & VICTIM_NOUNS
                or owners & _CIVILIAN_OWNERS
                or (target.like_num and target.head == token)
                or (heads & _CIVILIAN_TARGETS and not owners & _ARMED_OWNERS)
                # "beat to death 17-year-old Kennedy Otieno": a person told by name or age
                or (_one_person(target) and self._actor_of(target) is None)
            ):
                victim = "civilians"
                break
        if (
            victim is None
            and token.dep_ in ("compound", "npadvmod")
            and token.head.lemma_.lower() in VICTIM_NOUNS
        ):
            # a headline's verb read as a noun: "Degodia attack Garre civilians", "an attack
            # targetting civilians"
            victim = "civilians"
        if victim is None and obj is None and gov.lemma_.lower() in EFFECT_VERBS:
            for child in gov.children:  # "the blast killed three villagers"
                if child.dep_ == "dobj" and child.lemma_.lower() in VICTIM_NOUNS:
                    victim = "civilians"
        if victim is None:
            # "stormed the town, killing a man": who the sentence's violence fell on
            for t in sent:
                if t.lemma_.lower() not in HARM_VERBS:
                    continue
                if any(
                    c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in VICTIM_NOUNS for c in t.children
                ):
                    victim = "civilians"
                    break
        mutual = (
            token.lemma_.lower() in MUTUAL_WORDS
            or gov.lemma_.lower() in MUTUAL_WORDS
            or (_hyphen_word(token) or "").replace("-", "") in MUTUAL_WORDS
        )
        if not mutual and _pos(token) in ("NOUN", "PROPN"):
            mutual = any(c.lower_ == "between" for c in token.children)
        close_range = fights_at_close_range(sent.text)
        # "five people were killed in clashes between rival clans": the deaths are the fight's toll
        in_a_fight = any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "during", "amid", "amidst", "following", "after")
            and any(g.dep_ == "pobj" and g.lemma_.lower() in MUTUAL_WORDS for g in c.children)
            # "were killed and four others reported missing following clashes": the coordinated
            # verb's adjunct tells of both
            for verb in (gov, *(c for c in gov.children if c.dep_ == "conj" and c.pos_ == "VERB"))
            for c in verb.children
        ) or any(
            # "were killed after fighting broke out", "died when clashes erupted": a clause
            # whose subject is a fight, joined by a word of time
            n.dep_ in ("nsubj", "nsubjpass") and n.lemma_.lower() in MUTUAL_WORDS
            for c in gov.children
            for clause in _time_clauses(c)
            for n in clause.children
        )
        mutual = mutual or close_range or (gov.lemma_.lower() in HARM_VERBS and in_a_fight)
        attacked = obj if obj is not None else next(iter(shared), None)
        if (
            victim in (None, "civilians")
            and not mutual
            and attacked is not None
            and (attacked.lemma_.lower() in _MARCHER_NOUNS or attacked.pos_ == "PROPN")
            and not (subject is not None and any(_is_protest_word(t) for t in subject.subtree))
            and _during_a_protest(gov)
        ):
            # "members of A assaulted members of B during B's demonstration": the attacked protest
            victim = "protesters"
        crowd = False
        actor1_type = self.actor_types.get(actor1 or "")
        if actor1_type not in ARMED_TYPES and subject is not None:
            # words and lemmas: "armed" is lemmatised "arm"
            subject_lemmas = {t.lemma_.lower() for t in subject.subtree} | {t.lower_ for t in subject.subtree}
            armed_words = {"armed", "gunman", "gunmen", "militant", "fighter", "bandit", "soldier", "police"}
            # "a party leader and his accomplices": any of the coordinated heads
            heads = {t.lemma_.lower() for t in _conjuncts(subject)}
            crowd = bool(heads & CROWD_NOUNS or subject.lemma_.lower() in ("group", "number"))
            crowd = (crowd and not subject_lemmas & armed_words) or actor1_type in (
                "civilians",
                "political-party",
            )
            if subject.lemma_.lower() in ("group", "number") and not subject_lemmas & {
                "people",
                "person",
                "villager",
                "resident",
                "youth",
                "supporter",
                "member",
                "student",
                "man",
                "woman",
                "local",
            }:
                crowd = actor1_type in ("civilians", "political-party")
        if subject is None and actor1 is None and destroys and _protest_on_the_scene(sent):
            crowd = True  # "Demonstrators ... set tyres on fire" misparsed: the crowd on the scene burns
        if mutual and not crowd and actor1_type not in NON_STATE_ARMED and self._crowd_opposed(token, gov):
            # "police clashed with rioting football fans", "clashes between rival activists",
            # "two rival groups clashed using sticks": a fight of unorganised crowds is a riot
            crowd = True
        held = _measured(obj)  # "50 kilograms of explosives"
        held = _what_them_stands_for(gov, held)
        weapon_obj = held is not None and (held.lemma_.lower() in WEAPON_NOUNS or held.lower_ in WEAPON_NOUNS)
        if close_range:
            weapon: tuple[str, bool] | None = ("firearms", False)
        elif _told_apart(token):
            # "fired rockets at a village ..., and gunmen shot dead two people in a separate attack":
            # the weapon of its own clause
            own = sorted(_own_clause_tokens(token))
            weapon = _weapon_mode(self.doc[own[0] : own[-1] + 1].text) if own else None
        else:
            # ("Hezbollah fired rockets ..., a day after an Israeli drone strike in Beirut killed a
            # commander": the weapon of the other happening is not this one's)
            weapon = _weapon_mode(_without_other_happenings(sent, token))
        by = next(
            (p for a in gov.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"), None
        )
        by_spec = self._spec_for(by) if by is not None else None
        if (
            by_spec is not None
            and by_spec.type == "ASSAULT"
            and by_spec.mode in FIRED_FROM_AFAR | {"explosives"}
        ):
            # "12 civilians had been killed by Indian shelling" in a sentence of drones: the kind of
            # attack that killed them
            weapon = (by_spec.mode, False)
        if subject is not None and subject.lower_ in ("it", "they") and (sayer := _sayer_of(gov)) is not None:
            subject = sayer  # "The air force said it had hit camps": the air force struck
        if (weapon is None or weapon[0] == "explosives") and subject is not None and _air_arm(subject):
            weapon = (
                "aerial",
                False,
            )  # "the Iraqi air force targeted a hideout": its attacks are air strikes
        # ("opened fire on a Spirit Airlines plane as it tried to land": the plane fired at)
        aimed_at = [obj, self._prep_object(token, ("on", "at"))]
        if obj is not None:
            aimed_at.append(self._prep_object(obj, ("on", "at")))
        if token.dep_ in ("advcl", "conj") and token.tag_ == "VBG":
            aimed_at.append(self._prep_object(token.head, ("on", "at")))  # "..., wounding a flight attendant"
        aircraft_hit = any(t is not None and t.lemma_.lower() in _AIRCRAFT_NOUNS for t in aimed_at)
        if weapon is not None and weapon[0] in ("aerial", "drone") and aircraft_hit:
            weapon = None  # "shot down a helicopter": the aircraft is the target, not the weapon
        return _Cues(
            victim=victim,
            mutual=mutual,
            crowd=crowd,
            protest=_protest_on_the_scene(sent),
            weapon_obj=weapon_obj,
            weapon=weapon,
            chemical=names_chemical_weapon(sent.text),
            firebomb=only_firebombs(sent.text),
        )

    def _crowd_opposed(self, token: Token, gov: Token) -> bool:
        """Whether a two-sided fight is one of crowds: a side named by a crowd's noun ("with rioting
        football fans", "between pro-Russian and pro-Ukrainian activists"), or sides fighting with a
        crowd's weapons only ("clashed using sticks and bricks") and no armed group named."""
        sides: list[Token] = []
        for word in {token, gov}:
            for child in word.children:
                if child.dep_ == "prep" and child.lower_ in ("with", "between", "against"):
                    sides += [c for c in child.children if c.dep_ == "pobj"]
                if child.dep_ == "nsubj":  # a passive's subject was hit, not a side
                    sides.append(child)
        heads = {t.lemma_.lower() for side in sides for t in _conjuncts(side)}
        modifiers = {c.lower_ for side in sides for c in side.children if c.dep_ in ("amod", "compound")}
        # the police may fight a crowd; an armed group named on either side makes it a battle
        armed_group = any(
            self.actor_types.get(self._actor_of(side) or "") in NON_STATE_ARMED for side in sides
        )
        if heads & (CROWD_NOUNS | _CROWD_SIDES) or (modifiers & {"rioting", "rival"} and heads & {"group"}):
            return not armed_group
        return bool(_CROWD_WEAPONS.search(token.sent.text)) and not armed_group

    def _intent(
        self, token: Token, gov: Token, subject: Token | None, status: str, spec: TriggerSpec
    ) -> TriggerSpec | None:
        """The speech act of an actor who announces what it will do, as PLOVER codes it.

        "X will send aid", "X is ready to withdraw", "X offered to mediate": a promise of
        cooperation, AGREE (a promised easing stays CONCEDE). "X will impose a curfew", "X will
        withdraw unless Y...", "X may halt talks if ...": a threat, THREATEN. Only an actor that
        acts in the active voice commits itself ("talks will be held" stays a planned meeting).
        """
        if status not in ("planned", "hypothetical") or spec.type in SPEECH_TYPES:
            return None
        if (
            subject is None
            or subject.dep_ == "nsubjpass"
            or subject.lower_ in ("there", "that", "this", "which")
            # ("the talks would resume on Monday": a happening to come, which commits no one)
            or (self._spec_for(subject) is not None and self._actor_of(subject) is None)
        ):
            return None
        chain = list(_clause_chain(gov))
        lemmas = {t.lemma_.lower() for t in chain}
        modals = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux"}
        conditional = any(
            c.lower_ in ("if", "unless") and c.dep_ == "mark" for t in chain for c in t.children
        )
        # a future told by the narrator ("the army will deploy troops") is a plan, not a promise:
        # the actor must say it ("X said it will ...", an attributed statement) or commit to it
        announced = any(_is_announcing(t) for t in gov.ancestors) or any(
            a.scope.start <= token.idx < a.scope.end for a in self.attributions
        )
        committed = bool(lemmas & INTENT_GOVERNORS) or (
            announced and bool(modals & (FUTURE_MODALS | {"would", "wo"}))
        )
        if not committed and not (conditional and modals and announced):
            return None
        # ("Chad has threatened to withdraw from the task force": what is threatened is the threat)
        # (a march its organisers say they will hold is a protest planned, not a threat; a boycott
        # or a strike announced is one)
        march = spec.type == "PROTEST" and spec.mode in (None, "demo", "demonstrate") and not conditional
        hostile = (spec.type in HOSTILE_TYPES and not march) or bool(lemmas & {"threaten", "warn"})
        if march and not hostile:
            return None
        if hostile or (conditional and spec.type in ("RETREAT", "CONCEDE", "AID", "COOPERATE")):
            return replace(
                spec, type="THREATEN", mode=_threat_mode(spec), contexts=(), territory=False, weak=False
            )
        if spec.type == "CONCEDE":
            return spec
        return replace(spec, type="AGREE", mode=None, contexts=(), territory=False, weak=False)

    def _refines_earlier_event(
        self,
        token: Token,
        spec: TriggerSpec,
        actor1: str | None,
        actor2: str | None,
        place: tuple[GazetteerEntry | None, bool],
        sent: Span,
        own_time: TimeExpression | None = None,
    ) -> bool:
        """ "A woman was attacked. The attack took place in X village.": the second sentence says
        where the first event happened; it is no new event. When the first report is dated only
        by the article or by its telling ("police said Monday"), the second's day dates it too
        ("The attack happened Sunday evening in the Reasi district")."""
        entry, from_text = place
        # ("The fighting, which began on Thursday": a gerund made a noun by its article)
        nominal = _pos(token) in ("NOUN", "PROPN") or token.tag_ == "NN"
        if (
            nominal
            and token.dep_ == "nsubj"
            and token.head.lemma_.lower() in _SEQUENCE_VERBS
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in token.children)
        ):
            # "The killings followed an attack by gunmen near Jableh on Thursday": the killings told
            # before, told again; the place and the day are of the happening that came before them
            limit = _sentence_start_before(sent, 3)
            told = next(
                (
                    e
                    for e in reversed(self.events)
                    if e.sentence.start >= limit and e.plover.type == spec.type
                ),
                None,
            )
            if told is not None:
                told.evidence.append(TextSpan(sent.start_char, sent.end_char))
                return True
        if not nominal or actor1 or actor2 or not from_text or entry is None:
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            return False
        limit = _sentence_start_before(sent, 3)
        recent = [e for e in self.events if e.sentence.start >= limit and e.plover.type == spec.type]
        # "US jets struck targets in Yemen in retaliation for attacks on shipping. The strikes hit
        # sites near Sanaa": the strikes are what "struck" told, not the later-named attacks
        same_word = [e for e in recent if self._lemma_at(e.trigger.start) == token.lemma_.lower()]
        for event in reversed(same_word or recent):
            old = event.place
            if old is None or (
                old.country == entry.country and FEATURE_RANK[old.feature] > FEATURE_RANK[entry.feature]
            ):
                # every report of its sentence is the one happening ("opened fire ..., killing 11")
                # ("The fighting, which began on Thursday": the day its own relative clause gives)
                own_time = own_time or next(iter(self._times_for(token, sent)), None)
                day = self._dates(own_time, token) if own_time is not None else None
                for told in recent:
                    if told.sentence == event.sentence and (told is event or same_place(told.place, old)):
                        told.place = entry
                        if (
                            day is not None
                            and day[0] is not None
                            and (told.date_defaulted or told.date_reported)
                            and told.start_date is not None
                            and day[0] <= told.start_date
                        ):
                            told.start_date, told.end_date = day[0], day[1]
                            told.precision = day[2]  # type: ignore[assignment]
                            told.date_defaulted = told.date_reported = False
                event.evidence.append(TextSpan(sent.start_char, sent.end_char))
                return True
            return False
        return False

    def _in_grievance(self, token: Token, sent: Span) -> bool:
        """Whether ``token`` lies in what a protest of its sentence is against or demands (each
        sentence read once: every event noun of the sentence asks)."""
        if sent.start not in self._grievances_by_sentence:
            self._grievances_by_sentence[sent.start] = self._grievances(sent)
        return any(a <= token.idx < b for a, b in self._grievances_by_sentence[sent.start])

    @staticmethod
    def _told_bare(token: Token, actor1: str | None, actor2: str | None) -> bool:
        """Whether an event noun comes with no doer, victim, place or time of its own, nor any
        phrase that tells of one ("the prior assault on their leaders"): as a protest's grievance
        ("students protested against the abductions", "blocked a highway to demand an end to the
        killings") a happening before the protest that gives no event of its own to record."""
        return not (
            actor1
            or actor2
            or any(c.dep_ in ("prep", "acl", "relcl") for c in token.children)
            or any(t.ent_type_ in _OWN_SETTING_ENTS for t in token.subtree)
        )

    def _lemma_at(self, char: int) -> str | None:
        """The lemma of the word that starts at ``char``."""
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0].lemma_.lower() if span is not None and len(span) else None

    def _mentions_earlier_event(
        self,
        token: Token,
        spec: TriggerSpec,
        actor1: str | None,
        actor2: str | None,
        placed: bool,
        place: GazetteerEntry | None = None,
        dated: bool = False,
    ) -> bool:
        """ "the battle", "this attack" with nothing of its own: a second mention, not a new event.
        What is condemned or denounced ("rallied in Sanaa to denounce the strikes") is an event
        told before, wherever the sentence is; and so is one placed where an event of its kind
        was told ("US warplanes struck Sanaa ... Residents in Sanaa said the explosions shook
        buildings")."""
        told_there = [
            e
            for e in self.events
            if placed
            and place is not None
            and not dated  # ("since the protests began on Oct. 21": the day is news)
            # (only a bare "the explosions": "the killing of an Israeli man" tells more)
            and all(c.dep_ == "det" for c in token.children)
            and e.plover.type == spec.type
            and e.place is not None
            and e.place.geonameid == place.geonameid
        ]
        condemned = (
            token.dep_ == "dobj" and token.head.lemma_.lower() in _CONDEMNING_VERBS | {"reject", "dismiss"}
        ) or (
            # "The attack in Cauca province was blamed on the Jaime Martinez front": who is blamed
            # for an event is told after the event
            token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in _BLAMING_VERBS
        )
        # "The killings came as a Kenyan-led mission struggles to curb gang violence": the story's
        # event set beside what else goes on, not a new one where the rest of the sentence is
        set_in_time = token.dep_ == "nsubj" and token.head.lemma_.lower() == "come"
        # "Machar's party denied any role in the fighting": whose part in it is told, or denied,
        # is not who fought in a new fight
        part_in = (
            token.dep_ == "pobj"
            and token.head.lower_ == "in"
            and any(
                t.lemma_.lower() in _PART_NOUNS
                for t in (token.head.head, *(c for c in token.head.head.children if c.dep_ == "dobj"))
            )
        )  # (the parser may hang "in the fighting" on the verb: "denied [any role] [in the fighting]")
        # "Police arrested seven people in connection with the killing": the killing told before
        part_in = part_in or (
            token.dep_ == "pobj"
            and token.head.lower_ == "with"
            and token.head.head.lemma_.lower() == "connection"
        )
        # "The deal, brokered by the United States and Qatar, commits Rwanda to withdraw": the
        # agreement or talks told before, whatever places its sentence names
        retold_deal = spec.type in ("AGREE", "CONSULT") and token.dep_ in ("nsubj", "nsubjpass")
        if (
            (_pos(token) not in ("NOUN", "PROPN") and not part_in)
            or ((actor1 or actor2) and not part_in)
            or (placed and not (condemned or set_in_time or told_there or part_in or retold_deal))
        ):
            return False
        if not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in token.children
        ):
            return False
        if _befalls_the_counted(token):
            return False  # "the killing of two opposition officials": whom it befell is news
        if told_there:
            # a second report of it, counted as a merge would count it
            told_there[-1].confidence = round(min(0.99, told_there[-1].confidence + 0.05), 2)
            return True
        return any(e.plover.type == spec.type for e in self.events)

    def _candidate(
        self,
        spec: TriggerSpec,
        token: Token,
        sent: Span,
        actor1: str | None,
        actor2: str | None,
        place: GazetteerEntry | None,
        place_from_text: bool,
        start: date | None,
        end: date | None,
        precision: str,
        status: str,
        count: int | None,
        cues: _Cues | None = None,
    ) -> EventCandidate:
        cues = cues or _Cues()
        territory = spec.territory and status in ("occurred", "claimed")
        actor1_type = self.actor_types.get(actor1 or "")
        actor2_type = self.actor_types.get(actor2 or "")
        mode, grenade = spec.mode, spec.grenade
        if spec.type == "PROTEST" and mode not in ("riot", "vandalize") and riotous(sent.text):
            # "blocked the road and burned tyres", "erected barricades": ACLED's violent
            # demonstration, whatever the protest word
            mode = "riot"
        elif spec.type == "ASSAULT" and mode in (None, "explosives") and cues.firebomb:
            # "exploded cocktail bombs", "hurled petrol bombs": a crowd's weapons, not a bombing
            mode = "primitive"
        elif spec.disrupts:
            mode = None  # the weapon stopped is no weapon used
        elif spec.type == "ASSAULT" and not spec.territory and cues.weapon is not None and not cues.mutual:
            # (a two-sided fight is a battle whatever the sentence's weapons: "clashed with men
            # trying to plant a bomb")
            # "killed by a roadside bomb", "shelling ... killed": the weapon says how
            if (
                mode in (None, "firearms", "explosives", "targeted")
                # "destroyed a depot with artillery fire", "set off explosives and destroyed a bridge":
                # what was wrecked from afar or blown up is remote violence, not plain destruction
                or (mode == "destroy" and cues.weapon[0] != "firearms" and not cues.weapon_obj)
            ) and not (mode == "explosives" and cues.weapon[0] == "explosives"):
                mode, grenade = cues.weapon[0], cues.weapon[1] or grenade
            elif mode == "explosives" and cues.weapon[1]:
                grenade = True
        if (
            mode == "explosives"
            and token.lemma_.lower() == "bomb"
            and _pos(token) == "VERB"
            and actor1_type == "state-military"
            and not _PLANTED_BOMB.search(sent.text)
        ):
            mode = "aerial"  # "the army bombed militant bases": a state's bombing is from the air
        if (
            spec.type == "ASSAULT"
            and mode == "abduct"
            and actor1_type == "police"
            and token.lemma_.lower() in _PLAIN_TAKING
        ):
            # "police captured a suspected gang leader", "seized two suspects": police who take
            # people arrest them (soldiers who take fighters in a fight capture, as the ontology says)
            spec, mode = replace(spec, type="COERCE"), "arrest"
        acled = acled_type(
            spec.type,
            mode,
            territory=spec.territory,
            controller_type=actor1_type,
            actor1_type=actor1_type,
            actor2_type=actor2_type,
            property_target=spec.property,
            grenade=grenade,
            chemical=cues.chemical,
            victim=cues.victim,
            mutual=cues.mutual,
            crowd=cues.crowd,
            protest_context=cues.protest,
            weapons_target=(cues.weapon_obj and (spec.type == "COERCE" or spec.mode == "destroy"))
            or spec.disrupts,
        )
        if (
            acled is not None
            and acled.sub_event_type in EXPLOSIVE_TYPES
            and (
                disarms_explosive(sent.text)
                or (actor1_type == "police" and token.lemma_.lower() in ("detonate", "explode"))
            )
        ):
            # a bomb destroyed by the police who found it, gone off in its makers' hands, or a dud
            acled = AcledType("Strategic developments", "Disrupted weapons use")
        # (a riot's dead are its toll too: "a riot between rival gangs killed 31 inmates")
        fatalities = (
            self._fatalities(sent, token)
            if spec.type == "ASSAULT" or (spec.type == "PROTEST" and spec.mode == "riot")
            else None
        )
        if acled is not None and acled.sub_event_type == "Protest with intervention" and fatalities:
            # "fired tear gas at protesters, killing two": deadly force, whatever was fired
            acled = AcledType("Protests", "Excessive force against protesters")
        if acled is not None and acled.sub_event_type in EXPLOSIVE_TYPES and war_remnant(sent.text):
            acled = AcledType("Strategic developments", "Other")  # an old war's mine, set off by chance
        if acled is None and spec.type == "AGREE" and _agrees_peace(token):
            # a truce, ceasefire or peace deal is made between the sides of a conflict, named or not
            acled = AcledType("Strategic developments", "Agreement")
        if (
            acled is not None
            and acled.sub_event_type == "Non-state actor overtakes territory"
            and territory  # taken, not only threatened: "on the verge of capturing" is no transfer
            and (
                (
                    token.lemma_.lower() in _NEUTRAL_TAKING  # "captured", "seized", "overran" tell of force
                    and not tells_of_fighting(self.doc.text)
                )
                # "took control of the mayor's office ... No shots were fired": said outright
                or _NO_FIGHT.search(self.doc.text[sent.start_char : _sentence_end_after(sent, 1)]) is not None
            )
        ):
            acled = AcledType("Strategic developments", "Non-violent transfer of territory")
        # an actor that only the type implies (the police of an arrest, the unknown group of a
        # shelling) is no evidence that the sentence tells this event rather than another
        unnamed = actor1 is None
        implied = unnamed and acled is not None and acled.sub_event_type in IMPLIED_ACTOR_TYPES
        if (
            unnamed
            and spec.type == "ASSAULT"
            and acled is not None
            and acled.event_type == "Battles"
            and self.actor_types.get(actor2 or "") in NON_STATE_ARMED
        ):
            # "Police said three attackers were also killed": a force that tells of its enemy's
            # dead tells of its own fight
            actor1 = next(
                (
                    a.actor
                    for a in self.attributions
                    if a.scope.start <= token.idx < a.scope.end
                    and a.actor is not None
                    and self.actor_types.get(a.actor) in ("state-military", "police")
                ),
                None,
            )
        if not (unnamed and status == "generic"):
            # (a war's toll or a trend, "the conflict has killed 6,000", has no one doer to imply)
            actor1 = self._acled_role_actor(
                acled,
                spec.type,
                actor1,
                actor1_type,
                actor2,
                cues.unattributed,
                place.country if place is not None and place_from_text else None,
            )
        if actor1 is not None and place is not None and (place_from_text or place.country == self.country):
            actor1 = self._unknown_group_where_it_acts(actor1, place.country)
        sources = self._sources(token)
        confidence = 0.45
        confidence += 0.15 if actor1 and not implied else 0.0
        confidence += 0.1 if place_from_text else 0.0
        confidence += 0.1 if not spec.weak else 0.0
        confidence += 0.1 if token.dep_ == "ROOT" or token.head.dep_ == "ROOT" else 0.0
        confidence += 0.05 if _pos(token) == "VERB" else 0.0
        if any(self._is_trigger(t) for t in token.ancestors if t.i >= sent.start):
            confidence -= 0.05  # "blamed Israel for the bombing": the main verb tells the main event
        if _in_background(token):
            confidence -= 0.15  # "..., following protests": an earlier happening, named as the cause
        if token.dep_ == "acl" and token.tag_ == "VBN" and spec.type not in _VIOLENT_OR_CROWD_TYPES:
            confidence -= 0.1  # "over a bill signed by the minister": a thing described by a past act
        if status not in ASSERTED_STATUS:
            confidence -= 0.1  # "clashed with men trying to plant a bomb": what happened comes first
        if acled is not None and acled.sub_event_type == "Armed clash" and not cues.mutual:
            confidence -= 0.05  # a fallback reading: a sentence's more specific report comes first
        if spec.type in ("REQUEST", "ACCUSE", "SUPPORT") and any(
            self._spec_for(t) is not None and self._spec_for(t).type == "PROTEST"  # type: ignore[union-attr]
            for t in token.ancestors
        ):
            confidence -= 0.2  # "staged a protest demanding ...": the demand is the protest's
        # the lede tells the main happening: later sentences add detail
        confidence -= 0.03 * min(self._sentence_index(sent), 3)
        return EventCandidate(
            plover=Plover(spec.type, mode, list(spec.contexts)),
            acled=acled,
            trigger=Mention(token.text, token.idx, token.idx + len(token.text)),
            sentence=TextSpan(sent.start_char, sent.end_char),
            actor1=actor1,
            actor2=actor2,
            place=place,
            start_date=start,
            end_date=end,
            precision=precision,  # type: ignore[arg-type]
            status=status,  # type: ignore[arg-type]
            territory_controller=actor1 if territory else None,
            has_territory=territory,
            count=count,
            fatalities=fatalities,
            # ("The Israeli military said one of its officers was killed during the operation": the
            # doer's own dead are more than those it killed)
            toll_extra=fatalities
            if fatalities
            and (
                _dead_told_as_more(sent)
                or (_victims_owned(token) and any(s.actor is not None and s.actor == actor1 for s in sources))
            )
            else 0,
            # ("struck camps in Borno in retaliation for an ambush in Damboa": what was answered)
            told_apart=_told_apart(token) or _answered(token) or _told_as_another(token),
            alleged=_alleged(token),
            sources=sources,
            evidence=[TextSpan(sent.start_char, sent.end_char)],
            confidence=round(min(confidence, 0.99), 2),
            # in a two-sided fight the dead are of both sides, not one side's victims
            victim_type=None if cues.mutual else cues.victim,
            # (a crowd named by its protest or riot is the event's own actor, not a stand-in)
            actor1_inferred=unnamed
            and actor1 is not None
            and acled is not None
            and acled.event_type not in ("Protests", "Riots"),
        )

    def _befalls(self, noun: Token) -> bool:
        """Whether a noun is the subject or object of another kind of event's verb ("a patrol was
        ambushed", "attacked a convoy"), or the duty someone was on when one befell them ("were on
        patrol when a mine exploded"): it is who that event befell, not an event of its own."""
        if noun.dep_ == "pobj" and noun.head.lower_ == "on":
            # "The soldiers were on patrol when their vehicle hit a mine", "police on patrol came
            # under fire": the duty they were on when the sentence's attack befell them
            return any(
                (spec := self._spec_for(t)) is not None
                and not spec.ignore
                and spec.type in ("ASSAULT", "COERCE")
                for t in noun.sent
                if t.i != noun.i
            )
        head = noun.head
        if (
            noun.dep_ == "pobj"
            and head.lower_ in ("near", "at", "against", "targeting", "into")
            and head.dep_ == "prep"
        ):
            # "a roadside bomb exploded near a police patrol", "drove into a military convoy"
            head = head.head
        elif noun.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            return False
        spec = self._spec_for(head)
        return spec is not None and not spec.ignore and spec.type != "MOBILIZE"

    def _is_trigger(self, token: Token) -> bool:
        """Whether a word can report an event here: a word that needs an object ("massed troops")
        reports none without any ("vehicles massing west of the city")."""
        spec = self._spec_for(token)
        if spec is None or spec.ignore:
            return False
        return not (
            spec.objects
            and spec.objects_else is None
            and not spec.place_object
            and _pos(token) == "VERB"
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in token.children)
            and self._own_object(token) is None
        )

    def _sentence_index(self, sent: Span) -> int:
        """The number of sentences before ``sent`` in the document."""
        if not hasattr(self, "_sent_starts"):
            self._sent_starts = [s.start for s in self.doc.sents]
        return bisect.bisect_left(self._sent_starts, sent.start)

    def _acled_role_actor(
        self,
        acled: AcledType | None,
        plover_type: str,
        actor1: str | None,
        actor1_type: str | None,
        actor2: str | None = None,
        unattributed: bool = False,
        where: str | None = None,
    ) -> str | None:
        """ACLED's actor for crowds and unknown attackers: "Protesters (X)", "Rioters (X)", or
        "Unidentified Armed Group (X)" for one-sided violence whose perpetrator the text does not name.

        A crowd is named for the country it gathers in (``where``, an ISO2 code) when the text
        places it: "thousands of Israelis protested in Tel Aviv" in a story set in Gaza.
        """

        if (
            actor1 is None
            and unattributed
            and plover_type == "ASSAULT"
            and acled is not None
            and acled.event_type == "Battles"
        ):
            # "four soldiers were wounded" in a story of one named armed group: that group fought;
            # in a story of none, ACLED's unidentified armed group ("a police detective was gunned
            # down")
            named = self._named_armed_group(actor2)
            others = [
                name
                for name, kind in self.actor_types.items()
                if name != actor2 and kind in ARMED_TYPES | STATE_TYPES | {"protesters", "rioters"}
            ]
            crowd = self._tells_of_protest  # "hit by a stone thrown by protesters"
            if named is not None or others or crowd or self.actor_types.get(actor2 or "") not in STATE_TYPES:
                return named
            return self._role_actor("armed", actor2)
        if (
            actor1 is None
            and unattributed
            and acled is not None
            and acled.sub_event_type == "Non-violent transfer of territory"
            and plover_type == "ASSAULT"
        ):
            # "Forces loyal to a faction took control of the mayor's office. No shots were fired":
            # taken by the armed group the story names, as a taking by force would be
            return self._named_armed_group(actor2)
        if actor1 is not None and actor1_type == "government" and acled is not None:
            # "the regime shelled ...", "authorities arrested ...": ACLED names the force that acted
            force = self._government_force(actor1, acled)
            if force is not None:
                return force
        if acled is None or actor1_type in ARMED_TYPES or actor1_type in STATE_TYPES:
            return actor1
        role: str | None = None
        if acled.event_type == "Protests" and plover_type == "PROTEST":
            role = "protesters"
        elif acled.event_type == "Riots":
            role = "rioters"
        elif actor1 is None and acled.sub_event_type == "Arrests":
            role = "police"  # "300 suspects were arrested": ACLED's arresting force is the police
        elif actor1 is None and (
            acled.event_type == "Violence against civilians"
            or acled.sub_event_type in UNATTRIBUTED_ARMED_TYPES
        ):
            role = "armed"
        if role is None:
            return actor1
        # (a crowd is named for the country it gathers in; an unknown armed group for the one it
        # acts in, by `_unknown_group_where_it_acts`)
        return self._role_actor(role, actor2, where if role in ("protesters", "rioters") else None)

    def _unknown_group_where_it_acts(self, actor: str, country: str | None) -> str:
        """An unidentified armed group is named for the country it acts in, as ACLED names it:
        "armed men looted aid trucks in southern Gaza" in a story read as Israel's."""
        from frontwire.nlp.actors import ROLE_TYPES, role_actor_name, role_country_of_name

        unknown = role_actor_name("armed", role_country_of_name(actor))
        if actor != unknown or country is None or role_country_of_name(actor) in (None, country):
            return actor
        name = role_actor_name("armed", country)
        self.actor_types.setdefault(name, ROLE_TYPES["armed"])
        return name

    def _role_actor(self, role: str, acted_upon: str | None, country: str | None = None) -> str:
        """The actor a role stands for: for an armed role the armed group the story names (not the
        side ``acted_upon``), else ACLED's name for the role in the document's country.

        "An IED hit a convoy. Al-Shabaab claimed responsibility.": a named armed group in the story
        is the usual author of an attack the sentence leaves unattributed.
        """
        from frontwire.nlp.actors import ROLE_TYPES, role_actor_name

        if role == "armed":
            group = self._named_armed_group(acted_upon)
            if group is not None:
                return group
        name = role_actor_name(role, country or self.country)
        self.actor_types.setdefault(name, ROLE_TYPES[role])
        return name

    def _government_force(self, government: str, acled: AcledType) -> str | None:
        """The state force ACLED codes for a government's violent or coercive act: its police for
        arrests, its military for fighting, bombing, attacks and looting; None for other acts."""
        if acled.sub_event_type == "Arrests":
            return self._force_of_government(government, "police")
        if acled.event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians") or (
            acled.sub_event_type == "Looting/property destruction"
        ):
            return self._force_of_government(government, "state")
        return None

    def _fight_told_before(self, sent: Span, day: date | None) -> bool:
        """Whether an assault that happened (on ``day``, when given) is told in the three
        sentences before ``sent``."""
        limit = _sentence_start_before(sent, 3)
        return any(
            e.plover.type == "ASSAULT" and e.status == "occurred" and (day is None or e.start_date == day)
            for e in self.events
            if e.sentence.start >= limit
        )

    def _forces_of(self, actor: str) -> str | None:
        """The military of a government actor ("Government of Libya" -> "Military Forces of Libya"),
        None for an actor that is no government."""
        if self.actor_types.get(actor) != "government":
            return None
        return self._force_of_government(actor, "state")

    def _force_of_government(self, government: str, role: str) -> str | None:
        """A government's own military (``role`` "state") or police ("police"): the dictionary's
        own for a named government ("Somaliland's government": its forces, not Somalia's), else
        the role of its country; None for a named body of no known country."""
        from frontwire.nlp.actors import ROLE_TYPES, government_force, role_actor_name

        own = government_force(government, role)
        if own is not None:
            self.actor_types.setdefault(own.name, own.type)
            return own.name
        country = next((m.country for m in self.actors if m.name == government and m.country), None)
        if country is None and government != role_actor_name("government", None):
            return None  # a named government body of no known country: keep it
        name = role_actor_name(role, country)
        self.actor_types.setdefault(name, ROLE_TYPES[role])
        return name

    def _named_armed_group(self, exclude: str | None) -> str | None:
        """The non-state armed group the document names most often (not ``exclude``, the side
        acted upon; not a generic role such as "Unidentified Armed Group (X)")."""
        from frontwire.nlp.actors import role_type_of_name

        if self._disclaimed_by_all:
            return None  # "No group claimed responsibility": the story says its attackers are unknown
        counts: dict[str, int] = {}
        for mention in self.actors:
            name = mention.name
            if mention.type not in NON_STATE_ARMED or name == exclude or role_type_of_name(name):
                continue
            if "Ethnic Militia" in name:
                continue  # a people's name before "herders": a community, not a claimant
            counts[name] = counts.get(name, 0) + 1
        # "The Los Choneros gang denied any role in the attack": a group that disowns a deed is
        # no one's guess for its doer
        for name in self._disowning:
            counts.pop(name, None)
        if not counts:
            return None
        return max(counts, key=lambda n: counts[n])

    @cached_property
    def _disclaimed_by_all(self) -> bool:
        """Whether the story says no one claimed what happened, naming no suspect beside it."""
        from frontwire.nlp.actors import disclaimed_by_all, role_type_of_name

        return disclaimed_by_all(
            self.doc,
            (
                (m.start, m.name)
                for m in self.actors
                if m.type in NON_STATE_ARMED and not role_type_of_name(m.name)
            ),
        )

    @cached_property
    def _disowning(self) -> frozenset[str]:
        """The actors the story says denied a part in what happened ("denied any role in the
        attack", "denied involvement", "rejected responsibility")."""
        from frontwire.nlp.actors import disowns_a_part

        out: set[str] = set()
        for mention in self.actors:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and disowns_a_part(span.root):
                out.add(mention.name)
        return frozenset(out)

    # ------------------------------------------------------------------ status

    def _forecast(self, token: Token) -> bool:
        """A warning of what may befall, not a threat: "the UN warned that the fighting could push
        the country into famine" (no one's action is announced), unlike "warned that police will no
        longer tolerate rallies" or "warned it would retaliate"."""
        if token.lemma_.lower() != "warn" or _pos(token) != "VERB":
            return False
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if clause is None:
            return False
        said_of = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return said_of is not None and said_of.pos_ in ("NOUN", "PROPN") and self._actor_of(said_of) is None

    def _status(self, token: Token, gov: Token, governed: set[int]) -> str | None:
        """How sure the text is that the event happened; None when it says it did not."""
        if _undergone(token) and token.head.lemma_.lower() not in FAILED_MARKERS:
            # "trying to escape an ambush", "could not survive the attack": whatever befell the
            # escape, what was escaped took place (what was repelled was only attempted)
            return "occurred"
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lemma_.lower()
            in ("history", "legacy", "cycle", "pattern", "record", "tradition")
        ):
            return "generic"  # "the district has a long history of sectarian clashes"
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lemma_.lower() in ("day", "week", "month")
            # (the parser may hang "as a week of hostilities" and "escalated" apart)
            and any(t.lemma_.lower() in _GROWING_VERBS for t in token.sent if token.i < t.i <= token.i + 6)
        ):
            return "generic"  # "as a week of hostilities between the neighbours escalated": the war
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.lemma_.lower() in _FORCE_NOUNS:
            return "generic"  # "a regional task force fighting the insurgents": what the force is for
        described = next((a for a in (token, *token.ancestors) if a.dep_ == "relcl"), None)
        if described is not None and any(
            (spec := self._spec_for(w)) is not None and spec.type == "SANCTION"
            for a in described.ancestors
            for w in (a, *(c for c in a.children if c.dep_ == "dobj"))
        ):
            # "imposed sanctions on five individuals it said had attacked Palestinian communities":
            # why the sanctioned are sanctioned, deeds of no one day
            return "generic"
        chain = list(_clause_chain(gov))
        lemmas = {t.lemma_.lower() for t in chain}
        if self._negated(token, gov):
            if _under_a_denial(gov, verbs_only=False):
                return "denied"
            return None
        if _under_a_denial(gov):
            # "The military has previously denied targeting civilians": a stand taken again and
            # again, not the denial of one happening
            return "generic" if _denied_as_a_habit(gov) else "denied"
        if _a_claim_denied(token):
            return "denied"
        if _said_by_no_one(gov):
            return None  # "It did not say it had withdrawn from the city": nothing is told
        if _not_let_happen(gov):
            return None  # "We are not going to let criminals take over the streets": a resolve
        if _asked_about(gov):
            return None  # "an inquiry into how the attackers passed checkpoints": a question
        if _what_a_place_suffers(token):
            # "a region plagued by clashes between herders and farmers": what goes on there
            return "generic"
        if _habit_of_a_place(token):
            # "northwest Nigeria, where armed gangs raid villages": how things go there, no
            # happening (and "kidnapping is rampant" is a trend: `_a_trend`)
            return "generic"
        if _a_stand_told(token):
            # "it has previously said it targets only terrorists": what a side says it does as a
            # rule, not a deed of a day
            return "generic"
        if gov.dep_ == "xcomp" and gov.head.lemma_.lower() in ("refuse", "decline"):
            return None  # "declined to resign": the refusal is the event
        if lemmas & IMMINENT or self._about_to(gov) or any(c.lower_ in NEARLY for c in token.children):
            return "imminent"
        if self._purpose_clause(gov) and token.lemma_.lower() in ("protest", "demonstrate"):
            # "truckers blocked the highway to protest corruption": what they did is the protest
            return self._status(gov.head, gov.head, governed) if gov.head.pos_ == "VERB" else None
        if self._purpose_clause(gov) or _to_be_ended(token) or _into_the_air(token):
            return None
        if (
            gov.dep_ == "xcomp"
            and gov.head.lemma_.lower() in ("intend", "design", "mean", "aim")
            and any(c.dep_ == "auxpass" for c in gov.head.children)
        ):
            return None  # "the strikes were intended to cut off a source of fuel": their purpose
        if gov.dep_ == "acl" and gov.tag_ == "VBG" and gov.head.lemma_.lower() in _HELP_NOUNS:
            return None  # "turned to Russia for help fighting the insurgency": what the help is for
        if _in_a_run(token) or _standing_truce(token):
            return None
        if any(
            t.dep_ == "xcomp" and t.head.lemma_.lower() in _ASKING_TO_ACT and t.head.i != token.i
            for t in chain
        ):
            return None  # "called on both sides to stop fighting": what is asked is the request's
        if _a_history(token) or _wars_counted(token) or _answered_series(token):
            # (_wars_counted: "the two countries have fought two wars"; _answered_series: "in
            # retaliation for the group's attacks on shipping")
            return "generic"
        if _a_kind_judged(token):
            return "generic"  # "Attacks against peacekeepers may constitute war crimes": any such

        tried = lemmas & ATTEMPT_GOVERNORS - {token.lemma_.lower()} and any(
            t.dep_ == "xcomp" and t.lemma_ not in ASPECT_GOVERNORS for t in chain
        )
        top = chain[-1]
        if (
            top.dep_ == "advcl"
            and top.head.lemma_.lower() in ATTEMPT_GOVERNORS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in top.children)
        ):
            tried = True  # "have been trying since January to broker a truce": the parser's advcl
        if tried and lemmas & {"accuse", "charge"}:
            return None  # "accused Azerbaijan of seeking to drive Armenians out": an intent alleged
        if token.i in governed or tried:
            return "attempted"
        if any(t.head == token and t.lemma_.lower() in FAILED_MARKERS for t in token.sent):
            return "attempted"
        if {
            t.lemma_.lower() for t in _governors(_beyond_participles_of_foiling(token)) if t.pos_ == "VERB"
        } & FAILED_MARKERS:
            return "attempted"
        modals = {c.lower_ for t in chain for c in t.children if c.dep_ == "aux"}
        shared = chain[-1]
        while (
            shared.dep_ == "conj"
            and shared.tag_ == "VB"  # (a bare verb; "would boycott ... and called for" is told apart)
            and shared.head.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("aux", "nsubj", "nsubjpass") for c in shared.children)
        ):
            # "Israel would release prisoners and withdraw its troops": the modal both verbs share
            shared = shared.head
            modals |= {c.lower_ for c in shared.children if c.dep_ == "aux"}
        if _perceived(token):
            modals.discard("could")  # "Explosions could be heard across the city": they were heard
        if any(c.lower_ in _UNREAL_MARKS and c.dep_ == "mark" for t in chain for c in t.children):
            return "hypothetical"  # (and "verifying whether Deif had been killed": not known)
        if _awaited(chain[-1]) or any(_mandated(t) for t in chain):
            return "hypothetical"
        if modals & HYPOTHETICAL_MODALS == {"would"} and future_told_in_the_past(chain[-1]):
            return "planned"  # "organisers said they would hold another march on Thursday"
        if modals & HYPOTHETICAL_MODALS:
            return "hypothetical"
        if lemmas & PLAN_GOVERNORS and any(t.dep_ == "xcomp" for t in chain):
            return "planned"
        if _plotted(token):
            return "planned"
        if modals & FUTURE_MODALS:
            return "planned"
        if any(c.lower_ in HABIT_ADVERBS for t in chain for c in t.children if c.dep_ == "advmod"):
            return "generic"
        if any(
            t.tag_ in ("VBZ", "VBP") and any(c.dep_ == "advmod" and c.lower_ == "still" for c in t.children)
            for t in chain
        ):
            return "generic"  # "sleeper cells still carry out hit-and-run attacks": what goes on
        if (
            _pos(token) == "NOUN"
            and token.tag_ == "NNS"
            and any(c.dep_ == "amod" and c.lower_ in HABIT_ADJECTIVES for c in token.children)
        ):
            return "generic"  # "has carried out near-daily strikes", "frequent raids": a pattern
        if _responsible_for_a_kind(token):
            return "generic"  # "the commander, who was responsible for rocket attacks on Israel"
        if _feared(token):
            return "hypothetical"  # "officials said they feared new fighting over the region"
        if _paid_or_pleaded_for(token):
            return "hypothetical"  # "demanded a ransom for their release": what is asked for
        last = chain[-1]
        # "have waged an insurgency for decades, demanding a greater share": a participle of a
        # deed done over many years is done over them too
        framing = (
            [last.head]
            if last.dep_ == "advcl"
            and last.tag_ == "VBG"
            and not any(c.dep_ == "mark" for c in last.children)
            else []
        )
        if any(_in_times_past(c) for t in (*chain, *framing) for c in t.children):
            return "generic"
        if _a_trend(token):
            return "generic"
        if (
            token.dep_ == "relcl"
            and (token.tag_ == "VBZ" or (token.tag_ == "VBP" and token.lower_ == token.lemma_.lower()))
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
            and not any(c.lower_ in ("when", "where") for c in token.children)
        ):
            return "generic"  # "Oman, which mediates between the two sides": what it does, not did
        if token.dep_ == "relcl" and any(
            c.dep_ == "det" and c.lower_ in _ANY_DETERMINERS for c in token.head.children
        ):
            return "generic"  # "would not leave any town it had liberated": no one town, no one event
        return "occurred"

    def _negated(self, token: Token, gov: Token) -> bool:
        for t in (token, gov):
            if any(c.dep_ == "neg" or c.lower_ in ("never", "no") for c in t.children):
                return True
        if _denied_part_in(token):
            return True
        head = token.head
        if _none_asserted(token):
            return True
        if (
            token.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ == "no" for c in head.head.children)
        ):
            return True  # "There were no reports of clashes", "no sign of fighting"
        # "without a fight", "withdrew without firing a shot", "without giving a location"
        if token.dep_ in ("pobj", "pcomp") and head.lower_ == "without":
            return not any(c.dep_ == "neg" for c in head.children) and not (
                head.i > 0 and head.nbor(-1).lower_ == "not"
            )
        return False

    def _about_to(self, gov: Token) -> bool:
        """ "about to take", "set to fall" read as imminent."""
        head = gov.head
        return gov.dep_ == "xcomp" and head.lower_ in ("about",)

    def _purpose_clause(self, gov: Token) -> bool:
        """ "In order to free fighters, ...": a purpose, not a report (unless tried, begun...)."""
        if (
            gov.dep_ == "conj"
            and gov.tag_ == "VB"
            and gov.head.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children)
        ):
            # "called on both sides to stop the fighting and start talks": the second infinitive
            # is asked for as the first one is
            return self._purpose_clause(gov.head)
        if (
            gov.tag_ == "VB"
            and gov.dep_ in ("ccomp", "xcomp")
            and gov.head.lemma_.lower() in ("help", "assist", "enable", "allow")
            and not any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children)
            and (spec := self._spec_for(gov)) is not None
            and spec.type == "ASSAULT"
        ):
            # "deployed since 2021 to help Mozambique fight the insurgency": the fighting the help
            # is for (not "mobilized groups to help support the rights of Palestinians", the help)
            return self._purpose_clause(gov.head)
        if gov.dep_ not in ("advcl", "xcomp", "acl", "relcl", "ccomp"):
            return False
        has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in gov.children)
        if not has_to:
            return False
        head_lemma = gov.head.lemma_.lower()
        if head_lemma in ASPECT_GOVERNORS | ATTEMPT_GOVERNORS | PLAN_GOVERNORS | IMMINENT:
            return False
        if head_lemma in _HEARSAY_VERBS and any(
            c.dep_ == "aux" and c.lemma_ in ("be", "have") for c in gov.children
        ):
            return False  # "militias said to be re-arming", "X is reported to have attacked": hearsay
        return gov.dep_ in ("advcl", "acl") or head_lemma not in ("be",)

    # ------------------------------------------------------------------ actors

    def _subject(self, gov: Token) -> Token | None:
        """The subject of ``gov``'s clause, looking up through xcomp/conj/advcl when it has none."""
        misplaced = _subject_the_parse_misplaced(gov)
        if misplaced is not None:
            return misplaced
        node: Token | None = gov
        if (
            gov.dep_ == "advcl"
            and gov.tag_ == "VBG"
            and gov.head.dep_ == "ccomp"
            and gov.head.head.lemma_ in SPEECH_VERBS
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in gov.children)
            and (own_spec := self._spec_for(gov)) is not None
            and own_spec.type in SPEECH_TYPES
        ):
            # "The ministry said 107 people were detained, accusing protesters of ...": the parser
            # hangs the speaker's participle on what was said
            node = gov.head.head
        for _ in range(6):
            if node is None:
                return None
            subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")] or [
                # ("which Azerbaijan retook": the parser may hang a name before a verb as its
                # compound, which a verb cannot have)
                c
                for c in node.children
                if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < node.i and node.pos_ == "VERB"
            ]
            # two subjects are a misparse of a heading ("Movement of forces: On 4 May, Turkish
            # forces brought ..."): the one next to the verb is the clause's
            before = [c for c in subjects if c.i < node.i]
            if len(before) >= 2 and any(c.dep_ == "cc" for c in before[-2].children):
                # "supporters of A and a candidate clashed": a coordination the parser split
                before = before[:-1]
            if len(before) >= 2 and self._actor_at(before[-1].idx) is None:
                # "Sudan's army chief Abdel Fattah al-Burhan rejected": a name split into subjects;
                # the one that names an actor speaks for it
                named = [c for c in before if self._actor_at(c.idx) is not None]
                if named:
                    before = named
            for child in before[-1:] or subjects[:1]:
                if child.lower_ in RELATIVE_PRONOUNS and node.dep_ == "relcl":
                    return node.head
                return child
            if node.pos_ in ("NOUN", "PROPN") and node.dep_ in ("nsubj", "nsubjpass"):
                return None
            if node.dep_ == "ccomp" and any(c.dep_ in ("aux", "auxpass") for c in node.children):
                # "denied the base had fallen" parsed as "denied [the base] [had fallen]": a finite
                # clause has its own subject, the noun the parser hung on the verb before it
                left = node.left_edge.i
                taken = next(
                    (c for c in node.head.children if c.dep_ == "dobj" and c.right_edge.i == left - 1), None
                )
                if taken is not None:
                    return taken
            if (
                node.dep_ == "advcl"
                and node.tag_ == "VBG"
                and node.head.lemma_ in SPEECH_VERBS
                and node.lemma_ not in SPEECH_VERBS
            ):
                # "warplanes struck X, officials said, killing two fighters": the deed reported
                # did the killing, not those who report it
                reported = next((c for c in node.head.children if c.dep_ == "ccomp" and c.i < node.i), None)
                if reported is not None:
                    node = reported
                    continue
            if _speech_after_a_reported_judgement(node):
                node = node.head.head
                continue
            outer = _conjunct_of_the_outer_clause(node)
            if outer is not None:
                node = outer  # "troops had killed gunmen who opened fire and had arrested 14": the troops
                continue
            if (accused := _accused_of(node)) is not None:
                # "accusing them of ordering attacks": whom the accusation names did the deed
                return accused
            if _verb_misread_as_modifier(node):
                # "Malaysia, which chairs ASEAN, offered to host talks" parsed as a Malaysia
                # "offered": the sentence's only verb, whose subject is the sentence's root noun
                return node.sent.root
            if node.dep_ == "conj" and (reporter := reporter_of_misplaced_conjunct(node)) is not None:
                # "the government said the city had not fallen and accused Rwanda": the speaker
                # charges, not the city
                node = reporter
                continue
            if (
                node.dep_ in ("ccomp", "dep", "parataxis")
                and node.pos_ in ("NOUN", "PROPN")
                and node.head.lemma_.lower() in SPEECH_VERBS
                and node.head.i > node.i
            ):
                # "An Israeli air strike on a school ... killed 30 people, Palestinian health
                # officials said", the parser hanging "strike" on "said": who says so did not strike
                return None
            if node.dep_ == "pobj" and _reply_to(node.head):
                # "Israel struck Beirut in retaliation for a rocket attack that killed 12 children":
                # who answered did not do what was answered
                return None
            if node.dep_ == "ccomp" and node.head.lemma_ in SPEECH_VERBS and node.pos_ == "VERB":
                # "..., when protesters set fire to parliament and police opened fire on crowds,
                # officials said" with the subject lost in the parse: who says it did not do it
                return None
            if node.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp", "ccomp", "oprd", "dep") or (
                node.dep_ == "pobj" and node.head.dep_ == "prep"
            ):
                node = node.head if node.head != node else None
                continue
            if node.dep_ == "prep":
                if (
                    node.head.pos_ == "VERB"
                    and node.head.lemma_.lower() in SPEECH_VERBS
                    and node.head.i > gov.i
                ):
                    # "killed 70 people in an attack on the town, the UN said", the parser hanging
                    # "in an attack" on "said": who says so did not attack
                    return None
                node = node.head
                continue
            if (
                node == gov
                and node.dep_ == "acl"
                and node.tag_ == "VBG"
                and node.head.dep_ == "ROOT"
                and node.head.tag_ == "NNS"
                and self._spec_for(node.head) is None
                and any(self._is_protest_trigger(c) for c in node.head.children if c.dep_ == "acl")
            ):
                # "Hundreds of residents protested ..., demanding that he resign" parsed as one noun
                # phrase: the crowd demands
                return node.head
            if (
                gov.pos_ == "VERB"
                and gov.dep_ == "advcl"
                and node == gov.head
                and node.dep_ == "acl"
                and node.tag_ == "VBN"
                and self._is_protest_trigger(node)
            ):
                # "Hundreds of residents protested ..., demanding that he resign" parsed with the
                # protest as a participle: the crowd it hangs on protests and demands
                return node.head
            if (
                node.dep_ == "acl"
                and node.tag_ == "VBG"
                and node.head.dep_ == "pobj"
                and node.head.head.lower_ in _ROUTE_PREPOSITIONS
            ):
                # "marched through the district chanting slogans": the marchers chant, not the
                # district (the parser hangs the participle on the noun of the way they went)
                node = node.head.head.head
                continue
            return None
        return None

    def _object(self, token: Token) -> Token | None:
        """The thing acted upon: direct object, "control of X", or the noun after "of"."""
        found = self._own_object(token)
        if found is None and _pos(token) == "VERB":
            # "Armed gang kills police investigating gun runners": the parser made the object the
            # subject of the participle clause after it
            for child in token.children:
                if child.dep_ in ("advcl", "ccomp") and child.tag_ == "VBG" and child.i > token.i:
                    subject = next((c for c in child.children if c.dep_ == "nsubj"), None)
                    if subject is not None and subject.left_edge.i == token.i + 1:
                        return subject
        if found is None and _misread_as_participle(token, self._spec_for(token.head)):
            # "An Israeli air strike killed at least 11 Palestinians waiting for food" parsed as
            # a strike that was killed: the noun phrase right after the verb is its object
            return next(
                (
                    t
                    for t in token.sent
                    if t.left_edge.i == token.i + 1 and t.head.i != token.i and _nominal(t)
                ),
                None,
            )
        return found

    def _own_object(self, token: Token) -> Token | None:
        for child in token.children:
            if child.dep_ in ("dobj", "attr", "oprd") and child.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
                if child.lower_ == "most" or child.lemma_.lower() in (
                    "control",
                    "part",
                    "rest",
                    "some",
                    "all",
                ):
                    inner = _pobj_of(child)
                    return inner or child
                return child
            if child.dep_ == "nsubjpass":
                return child
        for child in token.children:
            phrase = self.lexicon.multi.get((token.lemma_.lower(), child.lower_))
            if (
                child.dep_ == "prep"
                and child.i == token.i + 1
                and phrase is not None
                and (child.lower_ in ("in", "out") or phrase.objects)
            ):
                # "flew in additional troops": the parser reads the particle as a preposition;
                # "broke into the building", "stepped on a landmine": what a verb of a preposition
                # acts on
                inner = _pobj_of(token, child.lower_)
                if inner is not None:
                    return inner
        for child in token.children:
            # "seized about a ton of cannabis": the parser reads an approximation as a preposition;
            # "seized in the highway 1 ton of marijuana": it hangs the amount on the place's "in"
            if child.dep_ != "prep":
                continue
            amount = next((c for c in child.children if c.dep_ == "pobj"), None)
            if amount is None:
                continue
            counted = any(c.dep_ == "nummod" for c in amount.children)
            measure = amount.lemma_.lower() in _MEASURE_NOUNS
            if child.lower_ in _APPROXIMATIONS and (measure or counted):
                return amount
            # an amount anywhere in the phrase ("at the port of Santos 2 tons of cocaine")
            for t in child.subtree:
                if t.lemma_.lower() in _MEASURE_NOUNS and any(c.dep_ == "nummod" for c in t.children):
                    return t
        if _pos(token) in ("NOUN", "PROPN"):
            inner = _pobj_of(token)
            if inner is not None:
                return inner
            for child in token.children:
                if child.dep_ == "poss":
                    return child
        # "had the compound encircled": the causative's object
        if token.dep_ in ("ccomp", "xcomp", "oprd") and token.head.lemma_.lower() in ("have", "get", "leave"):
            for child in token.head.children:
                if child.dep_ == "dobj":
                    return child
        # "shells fired by an unknown party fell in X": a past participle describing a noun acts on it
        if (
            token.dep_ == "acl"
            and token.tag_ == "VBN"
            and _pos(token.head) in ("NOUN", "PROPN")
            and not _verb_misread_as_modifier(token)
        ):
            return token.head
        return None

    def _agent(self, gov: Token) -> str | None:
        for child in gov.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return self._actor_of(pobj)
        return None

    def _prep_object(self, token: Token, preps: tuple[str, ...]) -> Token | None:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        return None

    def _fight_it_came_after(self, verb: Token) -> Token | None:
        """The fight a verb's deed came after: "seized the town after weeks of fighting",
        "following heavy clashes"."""
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in ("after", "following"):
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    # "weeks of fighting": the fight hangs on its length (the parser's "fighting"
                    # a gerund after "of" as often as a noun)
                    fight = (
                        next(
                            (
                                g
                                for p in pobj.children
                                if p.dep_ == "prep" and p.lower_ == "of"
                                for g in p.children
                                if g.dep_ in ("pobj", "pcomp")
                            ),
                            None,
                        )
                        if pobj.lemma_.lower() in _SPANS_OF_TIME
                        else pobj
                    )
                    if fight is not None and fight.lemma_.lower() in MUTUAL_WORDS | _FIGHT_NOUNS:
                        return fight
        return None

    def _earlier_fight_as_a_time(self, token: Token, spec: TriggerSpec, sent: Span) -> bool:
        """Whether a definite event noun after "after"/"following" only dates another deed by an
        event of its kind told in an earlier sentence ("Troops killed five rebels in a gunbattle.
        The troops recovered six rifles after the hour-long firefight")."""
        if _pos(token) != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in ("after", "following"):
            return False
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
            return False
        if _befalls_the_counted(token):
            return False  # "two days after the killing of two opposition officials": a deed of its own
        return any(e.plover.type == spec.type and e.sentence.start < sent.start_char for e in self.events)

    def _taking_it_led_to(self, fight: Token) -> Token | None:
        """The taking of ground a fight noun led to ("captured the town after weeks of fighting"):
        ACLED codes the taking, which the fight is part of, as the one event."""
        if fight.dep_ not in ("pobj", "pcomp") and _pos(fight) != "NOUN":
            return None
        # the verb the fight's "after"/"following" hangs on ("following" itself is tagged a verb)
        verb = next((a for a in fight.ancestors if a.pos_ == "VERB" and a.dep_ != "prep"), None)
        if verb is None or self._fight_it_came_after(verb) != fight:
            return None
        spec = self._spec_for(verb)
        return verb if spec is not None and spec.territory else None

    def _prep_actor(self, token: Token, preps: tuple[str, ...]) -> str | None:
        """The actor named after one of ``preps`` hung on ``token`` (the first that names one:
        "imposed sanctions on Monday on three Rwandan commanders")."""
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        name = self._actor_of(pobj)
                        if name is not None:
                            return name
        return None

    def _undergone_by(self, noun: Token, actor1: str | None) -> str | None:
        """Who an event noun befell, told as the subject of a verb of undergoing it: "soldiers
        survived an ambush", "the patrol tried to escape an ambush"."""
        if not _undergone(noun):
            return None
        subject = self._subject(noun.head)
        name = self._actor_of(subject) if subject is not None else None
        return name if name != actor1 else None

    def _noun_actor(self, noun: Token) -> str | None:
        """The actor of an event noun: "the Taliban's attack", "a rebel offensive", "attack by X",
        "an attack carried out by X", or the subject of the verb whose object the noun is ("police
        fired tear gas", "Turkish forces brought reinforcements"), unless that verb receives the
        event rather than does it ("the town came under attack", "the army repelled an assault")."""
        modifiers = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
        for child in modifiers:
            name = self._actor_of(child)
            if name and child.pos_ != "PROPN" and noun.dep_ == "dobj":
                # "HTS brought military reinforcements": a role word before the noun yields to the
                # group named as the verb's subject
                subject = self._subject(noun.head)
                if subject is not None and subject.pos_ == "PROPN" and (named := self._actor_of(subject)):
                    return named
            if name:
                return name
        name = self._prep_actor(noun, ("by",)) or self._acl_agent(noun) or self._claimed_by(noun)
        if name:
            return name
        held = noun
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
            quantity = noun.head.head  # "carried out dozens of attacks"
            if {quantity.lemma_.lower(), quantity.lower_} & PART_NOUNS or quantity.tag_ == "CD":
                held = quantity
        verb = held.head
        if (
            held.dep_ == "dobj"
            and verb.pos_ == "VERB"
            # (who sparks a fight is one of its sides: "attacked a rebel camp, sparking a firefight")
            and (verb.lemma_.lower() not in RECEIVING_VERBS or noun.lemma_.lower() in MUTUAL_WORDS)
            and not self._is_trigger(verb)
        ):
            subject = self._subject(verb)
            if subject is not None and subject.dep_ == "nsubj":
                sayer = _sayer_of(subject.head) if subject.lower_ in ("it", "they") else None
                if sayer is not None and sayer.pos_ in ("NOUN", "PROPN"):
                    # "The Syrian army said it had withdrawn troops to prepare a counter-offensive":
                    # "it" is the one that says so, as for a verb's own subject
                    subject = sayer
                name = self._actor_of(subject)
                if name:
                    return name
        if noun.lemma_.lower() in OPERATION_NOUNS:
            # "a military drone strike": the role word may qualify the weapon that names the strike
            nested = [
                g
                for c in modifiers
                if c.dep_ == "compound"
                for g in c.children
                if g.dep_ in ("amod", "compound")
            ]
            for child in [*modifiers, *nested]:
                if not self._in_stance_word(child):
                    name = self._role_modifier_actor(child)
                    if name:
                        return name
        return None

    def _driving_a_retreat(self, noun: Token) -> bool:
        """Whether an attack noun says what a retreat came after or under: "withdrew under heavy
        shelling", "made a strategic withdrawal after days of drone strikes"."""
        for prep in noun.ancestors:
            if prep.dep_ == "prep" and prep.lower_ in ("after", "under", "amid", "following"):
                moves = [prep.head, *(c for c in prep.head.children if c.dep_ == "dobj")]
                return any((spec := self._spec_for(m)) is not None and spec.type == "RETREAT" for m in moves)
            if prep.dep_ not in ("pobj", "prep"):
                return False
        return False

    def _names_an_event(self, noun: Token) -> bool:
        """Whether a noun is one of the lexicon's event words, whatever its context."""
        return bool(self.lexicon.single.get(noun.lower_) or self.lexicon.single.get(noun.lemma_.lower()))

    def _in_stance_word(self, token: Token) -> bool:
        """Whether ``token`` is the second half of "anti-government", "pro-army"..."""
        i = token.i
        return i >= 2 and self.doc[i - 1].text in "-‐‑–" and self.doc[i - 2].lower_ in _STANCES

    def _role_modifier_actor(self, word: Token) -> str | None:
        """The actor a role word before an event noun stands for: "police raid" -> the country's
        police, "rebel attack" -> the story's armed group (or ACLED's unidentified one)."""
        from frontwire.nlp.actors import modifier_role

        role = modifier_role(word.lemma_) or modifier_role(word.text)
        if role is None:
            return None
        return self._role_actor(role, None)

    def _state_metonym(self, subject: Token, spec: TriggerSpec) -> str | None:
        """The actor a country named as the subject stands for: its military forces for force
        ("Russia shelled", "Kenya deployed troops"), else its government ("Ghana agreed")."""
        from frontwire.nlp.actors import ROLE_TYPES, role_actor_name
        from frontwire.nlp.gazetteer import shared_gazetteer

        if subject.pos_ != "PROPN":
            return None
        named = [
            t for t in self._places_in(subject) if t.entry is not None and t.start <= subject.idx < t.end
        ]
        places = [t for t in named if t.entry is not None and t.entry.feature == "country"]
        if not places and spec.type in SPEECH_TYPES | _SAYING_TYPES | {"SANCTION"}:
            # "Islamabad accuses Kabul of harbouring the group": a capital that speaks is its
            # government
            places = [t for t in named if t.entry is not None and shared_gazetteer().is_capital(t.entry)]
        if not places or places[0].entry is None or places[0].entry.country is None:
            return None
        country, code = places[0], places[0].entry.country
        if any(
            c.dep_ in ("compound", "amod", "poss")
            and not country.start <= c.idx < country.end
            # ("accused neighbouring Rwanda of backing the rebels": still the state)
            and c.lower_ not in ("neighbouring", "neighboring", "neighbour", "neighbor")
            for c in subject.children
        ):
            return None  # "Kenya Airways", "Uganda's Kampala": more than the country ("United States" is one)
        role = "state" if spec.type in FORCE_TYPES and spec.mode != "arrest" else "government"
        name = role_actor_name(role, code)
        self.actor_types.setdefault(name, ROLE_TYPES[role])
        if not any(a.start < country.end and country.start < a.end for a in self.actors + self.stood_for):
            # the country's name is the mention of the state it stands for here
            self.stood_for.append(
                ActorMention(country.start, country.end, country.text, name, ROLE_TYPES[role], code)
            )
        return name

    def _frame_actor(self, verb: Token) -> str | None:
        """The actor of the operation a passive event happened in: "killed during a police raid",
        "wounded in an army operation"."""
        for child in verb.children:
            if child.dep_ != "prep" or child.lower_ not in ("during", "in", "amid"):
                continue
            for noun in child.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in OPERATION_NOUNS:
                    name = self._noun_actor(noun) or self._operation_told_before(noun)
                    if name:
                        return name
        return None

    def _operation_told_before(self, noun: Token) -> str | None:
        """The doer of the operation a definite "the operation" or "the raid" points back to: the
        last one of the three sentences before ("Israeli forces rescued four hostages in a raid on
        Nuseirat ... one of its officers was killed during the operation")."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return None
        limit = _sentence_start_before(noun.sent, 3)
        for event in reversed(self.events):
            if event.sentence.start < limit:
                break
            if (
                event.sentence.start < noun.sent.start_char
                and event.actor1
                and event.status in ASSERTED_STATUS
                and event.trigger.text.lower() in OPERATION_NOUNS | {"raids", "operations", "strikes"}
            ):
                return event.actor1
        return None

    def _fight_told_in(self, verb: Token) -> Token | None:
        """The fight noun, with its sides named, a passive harm is told in: "killed in clashes
        between A and B", "killed in three days of fighting between A and B", also when the parser
        hangs the phrase on a verb joined to it ("have been killed and 50 wounded in fighting
        between ...")."""
        for child in (c for v in (verb, *verb.conjuncts) for c in v.children):
            if child.dep_ != "prep" or child.lower_ not in ("in", "during", "amid"):
                continue
            for noun in (c for c in child.children if c.dep_ == "pobj"):
                if noun.lemma_.lower() in _TIME_NOUNS and (inner := _pobj_of(noun)) is not None:
                    noun = inner
                spec = self._spec_for(noun)
                if spec is not None and spec.type == "ASSAULT" and self._prep_object(noun, ("between",)):
                    return noun
        return None

    def _sides_of_the_fight_befallen(self, verb: Token) -> tuple[str | None, str | None]:
        """The named sides of the fight a passive harm befell people in or during."""
        fight = self._fight_told_in(verb)
        if fight is not None:
            return self._between_actors(fight, fight)
        return self._sides_of_the_fight_while(verb)

    def _sides_of_the_fight_while(self, verb: Token) -> tuple[str | None, str | None]:
        """The sides of the fight a passive harm happened during: "31 people were killed as police
        clashed with protesters" (the police, the protesters), the clause told on a verb joined
        to this one ("were killed and more than 100 injured as police clashed ...") included."""
        joined = [verb, *verb.conjuncts]
        for clause in (c for v in joined for c in v.children):
            if (
                clause.dep_ != "advcl"
                or not any(c.dep_ == "mark" and c.lower_ in ("as", "when", "while") for c in clause.children)
                or clause.lemma_.lower() not in _MUTUAL_FIGHT_VERBS
            ):
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            first = self._actor_of(subject) if subject is not None else None
            if first is not None:
                return first, self._prep_actor(clause, ("with", "against"))
        return None, None

    def _actor_left_of(self, verb: Token) -> str | None:
        """The actor named just before a verb the parser left without a subject (a long place
        phrase first: "At X village, Y township, Myanmar troops from battalion 5 torched ...")."""
        sent_start = verb.sent.start
        for i in range(verb.i - 1, max(sent_start, verb.i - 9) - 1, -1):
            t = self.doc[i]
            if t.pos_ in ("VERB", "AUX") or t.text in (";", ":"):
                return None
            found = self._actor_at(t.idx)
            if found is None:
                continue
            head = t
            while found.start <= head.head.idx < found.end and head.head.i != head.i:
                head = head.head
            if head.dep_ in ("dobj", "iobj", "attr", "oprd", "nsubjpass") or (
                head.dep_ == "pobj" and head.head.lower_ != "of"
            ):
                return None  # "leaving two policemen injured", "clashes with the army": not who acted
            return found.name
        return None

    def _claimed_by(self, noun: Token) -> str | None:
        """Who claimed an event noun in a relative clause of its phrase: "an attack on a military
        base in Mogadishu that was also claimed by the group" (the parser hangs the clause on the
        nearest noun); who claims an attack did it."""
        for t in noun.subtree:
            if t.dep_ == "relcl" and t.lemma_.lower() == "claim" and t.i > noun.i:
                name = self._agent(t)
                if name:
                    return name
        return None

    def _acl_agent(self, noun: Token | None) -> str | None:
        """The agent of a participle that describes ``noun``: "shells fired by X", "a mine planted by X"."""
        if noun is None:
            return None
        for child in noun.children:
            # (not who had the thing: "pagers used by Hezbollah members exploded")
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_.lower() not in _HAVING_VERBS:
                name = self._agent(child)
                if name:
                    return name
        return None

    def _between_actors(self, token: Token, gov: Token) -> tuple[str | None, str | None]:
        """The sides named by "between A and B" on the trigger, its clause head, or the verb it
        is the subject of ("clashes erupted between A and B")."""
        holders = [token, gov]
        if token.dep_ in ("nsubj", "nsubjpass"):
            holders.append(token.head)
        for holder in holders:
            pobj = self._prep_object(holder, ("between",))
            if pobj is None:
                continue
            first = self._actor_of_own(pobj)
            second = next((self._actor_of_own(c) for c in pobj.children if c.dep_ == "conj"), None)
            if first is None and pobj.lemma_.lower() in _SPLIT_NOUNS and (whole := _pobj_of(pobj, "of")):
                # "gun battles between rival factions of the Sinaloa Cartel": the group is on both
                # sides of its own split
                first = self._actor_of(whole)
                if pobj.tag_ == "NNS" and second is None:
                    second = first
            if second is None:
                # "Fighting between Congo's army, backed by militias, and M23 rebels flared": the
                # parser may join the second side to the fight word itself
                second = next(
                    (
                        self._actor_of_own(c)
                        for c in holder.children
                        if c.dep_ == "conj" and c.i > pobj.i and c.pos_ in ("NOUN", "PROPN")
                    ),
                    None,
                )
            if first or second:
                return first, second
        return None, None

    def _country_says(self, clause: Token) -> bool:
        """Whether ``clause`` is what a country named as a subject says ("Rwanda said ...")."""
        sayer = _sayer_of(clause)
        return (
            sayer is not None
            and sayer.pos_ == "PROPN"
            and any(t.entry is not None and t.entry.feature == "country" for t in self._places_in(sayer))
        )

    def _actor_of_own(self, token: Token) -> str | None:
        """The actor of ``token``'s phrase without its conjuncts ("A and B": A's only)."""
        found = self._actor_at(token.idx)
        if found is not None:
            return found.name
        left = token.left_edge.idx
        candidates = self._actors_between(left, token.idx + len(token.text))
        return candidates[-1].name if candidates else None

    def _actor_of(self, token: Token) -> str | None:
        """The canonical actor a noun phrase (headed by ``token``) mentions, if any."""
        if token.lower_ == "it" and token.dep_ == "nsubj" and self._country_says(token.head):
            return None  # "Rwanda said it had closed the border": the country, named by the caller
        if token.lower_ in PRONOUNS:
            return self._antecedent(token)
        if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self._actor_of(token.head.head)
        if token.lower_ in OWN_FORCE_NOUNS:
            loyal = next(
                (c for c in token.children if c.lower_ in ("loyal", "allied") and c.dep_ == "amod"), None
            )
            patron = _pobj_of(loyal, "to") or _pobj_of(loyal, "with") if loyal is not None else None
            if (
                patron is not None
                # ("gunmen loyal to ousted President Bashar al-Assad": a fallen ruler's men are no
                # state's forces)
                and not any(t.lower_ in _FALLEN_WORDS for t in patron.subtree)
                and (name := self._actor_of(patron)) is not None
            ):
                # "Forces loyal to the Government of National Unity took control": its forces
                return self._forces_of(name) or name
        found = self._actor_at(token.idx)
        if found is not None:
            return found.name
        left = token.left_edge.idx
        right = token.idx + len(token.text)
        candidates = [a for a in self._actors_between(left, right)]
        if candidates:
            return candidates[-1].name
        for child in token.children:  # "Government officials and the surviving military"
            if child.dep_ == "conj":
                name = self._actor_of(child)
                if name:
                    return name
        if token.pos_ == "ADJ":
            # "blamed the paramilitary Rapid Support Forces (RSF)" parsed with the name set beside
            # the adjective: the name is the actor
            for child in (c for c in token.children if c.dep_ == "appos"):
                if (name := self._actor_of(child)) is not None:
                    return name
        owner = next(
            (c for c in token.children if c.dep_ == "poss" and c.lower_ in ("its", "their", "our")), None
        )
        if owner is not None and (
            token.lower_ in OWN_FORCE_NOUNS
            or (owner.lower_ == "our" and token.lemma_.lower() in _HELD_BY_A_SIDE)
        ):
            # "It denied that its forces had withdrawn": the army's; "'Our positions were shelled,'
            # an army spokesman said": the speaker's
            return self._antecedent(owner)
        if token.lemma_.lower() in PART_NOUNS or token.lower_ in PART_NOUNS or token.tag_ == "CD":
            # "members of the Kenya Defence Forces", "hundreds of demonstrators", "one of its soldiers"
            inner = _pobj_of(token)
            if inner is not None:
                return self._actor_of(inner)
        if token.dep_ == "nsubj" and token.pos_ == "ADJ":
            return self._role_modifier_actor(token)  # "Military shot dead a suspect": a headline's noun
        led = next(
            (
                c
                for c in token.subtree
                if c.dep_ == "relcl" and c.lemma_.lower() in _LEADING_VERBS and c.head.pos_ == "PROPN"
            ),
            None,
        )
        if token.pos_ == "PROPN" and led is not None:
            # "Abdulghani al-Kikli, who led the Stability Support Apparatus, was killed": a leader
            # is of the group he leads
            group = next((c for c in led.children if c.dep_ == "dobj"), None)
            return self._actor_of(group) if group is not None else None
        return None

    def _antecedent(self, pronoun: Token) -> str | None:
        """The actor a pronoun points back to: the last actor named before it, nearby.

        "we" ("our forces") inside a quotation is its speaker.
        """
        if pronoun.lower_ in ("we", "us", "our"):
            quote = self._quote_at(pronoun.idx)
            if quote is not None:
                return quote.actor
        if (
            pronoun.lower_ == "it"
            and pronoun.dep_ in ("dobj", "pobj", "nsubjpass")
            and not (pronoun.dep_ == "nsubjpass" and _driven_away(pronoun.head))
        ):
            # "recaptured the town, but the militants have since besieged it": what is acted upon as
            # "it" is a place or a thing far more often than a group (which speaks as "it"; but
            # "since it was driven out of the capital": only a side is driven out of a place)
            return None
        singular = pronoun.lower_ in ("it", "its")
        # "they murder our soldiers": a subject pronoun is not the side its own verb acts upon
        acted_upon = self._object_actor(pronoun)
        if pronoun.dep_ == "dobj" and pronoun.lower_ in ("them", "him", "her"):
            # "the troops rounded up men, accused them of supporting jihadists and executed them":
            # whom a verb acts upon is not its own doer
            doer = self._subject(pronoun.head)
            if doer is not None and doer.lower_ not in PRONOUNS:
                acted_upon = self._actor_of(doer)
        # ("opened fire at a checkpoint, wounding a soldier before they were shot dead": a passive
        # subject too)
        fled = _fleeing_from(pronoun)
        if fled is not None:
            # "shot residents as they tried to flee": who flees is whom the deed befell
            return self._actor_of(fled)
        if (pronoun.lower_ in ("it", "they") and pronoun.dep_ in ("nsubj", "nsubjpass")) or (
            pronoun.lower_ in ("its", "their") and pronoun.head.dep_ == "nsubj"
        ):
            # "The M23, which UN experts say is backed by Rwanda, has taken the town since it
            # resumed fighting": a subject in a clause under another clause is that one's subject
            for verb in _clauses_above(pronoun.head):
                subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < pronoun.i), None)
                subject = subject or _accused_of(verb)
                if (
                    verb.lemma_.lower() in _ACCUSING_VERBS
                    and pronoun.head.dep_ == "advcl"
                    and pronoun.head.head == verb
                ):
                    # "accused Fano militiamen of burning homes on Friday as they withdrew": the
                    # deed's time clause, hung on the accusing, is about the accused
                    subject = next((c for c in verb.children if c.dep_ == "dobj"), subject)
                if subject is not None and singular and subject.tag_ in ("NNS", "NNPS"):
                    continue  # "the army acknowledged that insurgents had entered ... and said it"
                if subject is not None and subject.lower_ not in PRONOUNS:
                    name = self._actor_of(subject)
                    if name and not self._same_side(name, acted_upon):
                        return name
        limit = pronoun.sent.start_char - 400
        if pronoun.lower_ in ("it", "they") and pronoun.dep_ == "nsubj":
            # "Police opened fire on protesters. They shot at the crowd": a subject pronoun goes
            # on with the last sentence's subject, not the last actor named
            continued = self._last_subject_actor(pronoun, singular)
            if continued is not None and not self._same_side(continued, acted_upon):
                return continued
        i = bisect.bisect_left(self._actor_starts, pronoun.idx) - 1
        while i >= 0 and self.actors[i].start >= limit:
            mention = self.actors[i]
            if pronoun.lower_ in ("he", "him", "she", "her") and (
                mention.type not in ("other", "government") or self._a_body(mention)
            ):
                # ("The interior ministry said he had been detained": a ministry is no "he")
                i -= 1
                continue
            if singular and self._plural_mention(mention):
                i -= 1  # "rebels had attacked a checkpoint. It denied that its forces had fled"
                continue
            if self._same_side(mention.name, acted_upon):
                i -= 1
                continue
            return mention.name
        return None

    def _a_body(self, mention: ActorMention) -> bool:
        """Whether a mention names an institution, not a person: "the interior ministry"."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.lemma_.lower() in _INSTITUTION_NOUNS

    def _same_side(self, actor: str, other: str | None) -> bool:
        """Whether ``actor`` is ``other`` or the government whose forces ``other`` are."""
        return other is not None and (actor == other or self._forces_of(actor) == other)

    def _object_actor(self, pronoun: Token) -> str | None:
        """The actor a subject pronoun's verb acts upon ("they" in "they murder our soldiers":
        the state's forces), which the pronoun cannot stand for."""
        if pronoun.dep_ != "nsubj":
            return None
        obj = next((c for c in pronoun.head.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lower_ in PRONOUNS:
            return None
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children):
            return None  # "it had withdrawn its troops": its own, not the side acted upon
        return self._actor_of(obj)

    def _last_subject_actor(self, pronoun: Token, singular: bool) -> str | None:
        """The actor that is the subject of the sentence before the pronoun's, if it names one
        (passing over a sentence whose subject is itself a pronoun, "We were peaceful", or that has
        no active subject)."""
        sent = pronoun.sent
        for _ in range(2):
            if sent.start == 0:
                return None
            sent = self.doc[sent.start - 1].sent
            subjects = [t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"]
            if sent.root.lemma_ in SPEECH_VERBS:
                # "The attackers surrounded the mosque ..., the ministry said. They then set fire
                # to a market": the sentence goes on with what was reported, not who reported it
                reported = [
                    t
                    for c in sent.root.children
                    if c.dep_ == "ccomp"
                    for t in c.children
                    if t.dep_ == "nsubj"
                ]
                subjects = reported + subjects
            if all(t.lower_ in PRONOUNS for t in subjects):
                # (and over one that tells only what befell: "Police fired tear gas at the crowd.
                # Several people were injured. 'They beat us,' ...")
                continue
            for token in subjects:
                if singular and token.tag_ in ("NNS", "NNPS"):
                    return None
                return self._actor_of(token)
            return None
        return None

    def _plural_mention(self, mention: ActorMention) -> bool:
        """Whether an actor mention is headed by a plural noun ("rebels", "the militants")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and len(span) > 0 and span.root.tag_ in ("NNS", "NNPS")

    def _quote_at(self, char: int) -> Attribution | None:
        """The attribution of the quotation that contains ``char``, if any."""
        for attribution in self.attributions:
            if (
                attribution.scope.start <= char < attribution.scope.end
                and attribution.scope in self._quote_scopes
            ):
                return attribution
        return None

    def _describes_a_doer(self, toponym: Toponym) -> bool:
        """Whether a place is named in a relative clause or an apposition on a subject: "The
        militias, which want the town to rejoin Somalia, accused ...", "The insurgency, one of
        Asia's longest-running, ..." (what the doer is, not where anything was)."""
        root = self._root_index(toponym)
        if root is None:
            return False
        return any(
            a.dep_ in ("relcl", "appos") and a.head.dep_ in ("nsubj", "nsubjpass")
            for a in self.doc[root].ancestors
        )

    def _police_where_they_act(
        self, subject: Token | None, actor1: str | None, place: tuple[GazetteerEntry | None, bool]
    ) -> str | None:
        """The police of the country a bare "police" act in: "Thousands gathered in Yerevan ...
        Police detained dozens" in a story from Baku are Armenia's (the text names no other)."""
        from frontwire.nlp.actors import role_actor_name, role_country_of_name, role_type_of_name

        entry = place[0]  # (told in the sentence or borrowed from the one before)
        if subject is None or actor1 is None or entry is None or not entry.country:
            return actor1
        if role_type_of_name(actor1) != "police" or role_country_of_name(actor1) in (None, entry.country):
            return actor1
        mention = self._actor_at(subject.idx)
        if mention is None or mention.name != actor1:
            return actor1
        if not set(mention.text.lower().split()) <= _BARE_POLICE_WORDS:
            return actor1  # "Azerbaijani police", "the Kenyan police": theirs wherever they are
        name = role_actor_name("police", entry.country)
        self.actor_types.setdefault(name, "police")
        self.relinked[(mention.start, mention.end)] = dataclasses.replace(
            mention, name=name, country=entry.country
        )
        return name

    def _actor_at(self, char: int) -> ActorMention | None:
        i = bisect.bisect_right(self._actor_starts, char) - 1
        if i >= 0 and self.actors[i].start <= char < self.actors[i].end:
            return self.actors[i]
        return None

    def _actors_between(self, start: int, end: int) -> list[ActorMention]:
        i = bisect.bisect_left(self._actor_starts, start)
        out = []
        while i < len(self.actors) and self.actors[i].start < end:
            out.append(self.actors[i])
            i += 1
        return out

    def _ahead(self, time: TimeExpression, start: date, end: date) -> tuple[date, date]:
        """A planned event's month told without its year ("planning attacks ahead of the May
        elections", in February) is the coming one: a plan is for what has not happened yet."""
        if (
            self.ref_date is None
            or time.kind != "month"
            or re.search(r"\d{4}|last|this|next|ago", time.text, re.IGNORECASE)
            or end >= self.ref_date
        ):
            return start, end
        ahead = start.replace(year=start.year + 1)
        return ahead, ahead.replace(day=calendar.monthrange(ahead.year, ahead.month)[1])

    def _toll_since(self, token: Token, time: TimeExpression | None) -> date | None:
        """The day a war's toll is counted from: the date of its since-clause ("since the conflict
        began in 2017") or of "since" itself ("since October last year"), if the text gives one."""
        since_clause = self._since_clause_of(token)
        if since_clause is not None:
            lo, hi = since_clause.left_edge.idx, since_clause.right_edge.idx + len(since_clause.right_edge)
            return next((t.start_date for t in self.times if lo <= t.start < hi and t.start_date), None)
        return time.start_date if time is not None else None

    @staticmethod
    def _since_clause_of(token: Token) -> Token | None:
        """The since-clause of a harm verb, hung on it or on a verb conjoined to it ("have been
        killed and 60,000 displaced since ...": the whole coordination's)."""
        heads = [token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        for head in heads:
            for c in head.children:
                if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
                    return c
                if c.dep_ == "prep" and c.lower_ == "since":
                    if any(o.dep_ == "pcomp" and o.pos_ == "VERB" for o in c.children):
                        return c  # "since launching an offensive in November last year"
                    # "since the insurgency flared in 2004" parsed as a noun and its modifier: a
                    # clause all the same
                    told = next((o for o in c.children if o.dep_ == "pobj"), None)
                    if told is not None and any(
                        v.dep_ in ("acl", "relcl") and v.pos_ == "VERB" for v in told.children
                    ):
                        return c
        return None

    def _war_toll(self, token: Token, time: TimeExpression | None) -> bool:
        """Whether a harm is a war's toll counted over months ("More than 2,300 people have been
        killed since October last year"): many happenings summed, no one event. A toll since a
        recent day ("12 have been killed since Friday") is one fight's."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in HARM_VERBS:
            return False
        if not _present_perfect(token):
            return False
        subject = self._subject(token)
        if subject is not None and subject.lemma_.lower() in _WAR_NOUNS:
            return True  # "the insurgency, which has killed thousands": a war's toll, told whole
        if time is None and any(
            p.dep_ == "prep"
            and p.lower_ in ("in", "during", "since")
            and any(
                o.dep_ == "pobj"
                # (not "in the fighting", "in the violence": one fight's as often as a war's)
                and o.lemma_.lower() in _WAR_NOUNS - {"fighting", "violence"}
                and any(d.lower_ in ("the", "this", "its") for d in o.children)
                for o in p.children
            )
            for p in token.children
        ):
            return True  # "More than 6,000 people have been killed in the conflict": the war's toll
        lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
        if any(
            lo <= t.start < hi and t.kind == "relative" and t.text.lower() in ("this year", "this month")
            for t in self.times
        ):
            return True  # "fighting that has killed thousands of people this year": counted over months
        return self._since_long_ago(token, time)

    def _since_long_ago(self, token: Token, time: TimeExpression | None) -> bool:
        """Whether what a verb tells has gone on since longer ago than one fight lasts: "since
        October last year", "since the war began" (a war's outbreak, undated), "launched an
        offensive in October last year and has since seized ..." (the first deed's time)."""
        if self.ref_date is None:
            return False
        since_clause = self._since_clause_of(token)
        if since_clause is not None:
            # "killed since ethnic violence erupted in May last year": the clause's date starts the
            # count; "since the war began", undated, counts from a war's outbreak
            lo, hi = since_clause.left_edge.idx, since_clause.right_edge.idx + len(since_clause.right_edge)
            start = next((t for t in self.times if lo <= t.start < hi and t.start_date is not None), None)
            if start is None or start.start_date is None:
                return any(
                    t.pos_ == "VERB" and t.lemma_.lower() in _OUTBREAK_VERBS for t in since_clause.subtree
                )
            return (self.ref_date - start.start_date).days > _ONE_FIGHT_DAYS
        if any(c.dep_ == "advmod" and c.lower_ == "since" for c in token.children) and token.dep_ == "conj":
            # "launched an offensive in October last year and has since seized dozens of towns":
            # since the time of the deed told first
            first = self._times_for(token.head, token.sent)
            if first and first[0].start_date is not None:
                return (self.ref_date - first[0].start_date).days > _ONE_FIGHT_DAYS
        if time is None or time.start_date is None:
            return False
        # (the parser may hang "since February" on the object: "has regained a string of villages
        # ... since February")
        since = time.kind == "since" or any(c.dep_ == "prep" and c.lower_ == "since" for c in token.children)
        if since:
            return (self.ref_date - time.start_date).days > _ONE_FIGHT_DAYS
        # "has killed thousands of civilians over the past decade": a span of years up to now, the
        # same sum (while "ten people have been killed in the last two months" may be one count of
        # raids, as ACLED codes it)
        return (
            time.kind == "recent"
            and time.end_date is not None
            and time.end_date >= self.ref_date
            and (self.ref_date - time.start_date).days > _HALF_A_YEAR_DAYS
        )

    def _trend_of_many(self, token: Token, sent: Span) -> bool:
        """Whether a plural event noun is the subject of a present perfect told over longer than a
        fight lasts: "Clashes over land have killed thousands in the past decade", "Attacks have
        multiplied in the north since 2021" tell a trend of many happenings, not one."""
        if self.ref_date is None or _pos(token) != "NOUN" or token.tag_ != "NNS" or token.dep_ != "nsubj":
            return False
        verb = token.head
        if verb.pos_ != "VERB" or not _present_perfect(verb):
            return False
        times = self._times_for(verb, sent)
        start = times[0].start_date if times else None
        return start is not None and (self.ref_date - start).days > _ONE_FIGHT_DAYS

    def _standing_war(self, token: Token, time: TimeExpression | None) -> bool:
        """Whether a verb of fighting tells what a side does, not one fight: "the Arakan Army, an
        ethnic rebel force fighting the junta" (a description of the side named beside it), "soldiers
        who had been fighting alongside the army" (undated, what they had been doing); "the RSF,
        which has been fighting the army since April 2023" (a war going on for longer than a fight
        lasts)."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in _WAGING_VERBS:
            return False
        if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.dep_ == "appos":
            return True
        if (
            token.dep_ == "relcl"
            and token.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lower_ == "been" for c in token.children)
            and time is None
        ):
            return True  # "Burundian soldiers who had been fighting alongside the army also left"
        if token.dep_ == "relcl" and any(
            c.dep_ == "prep" and c.lower_ == "alongside" for c in token.children
        ):
            # "the Fano militia, which fought alongside federal forces in the Tigray war": whose
            # side a group was on, said to describe it
            return True
        if (
            time is None
            and token.tag_ in ("VBP", "VBZ")
            and token.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in token.children)
        ):
            # "as federal forces battle Fano militiamen for control of the region": the war going on
            # (not a headline's present, "Army battles armed bandits, kills one")
            return True
        if (
            time is None
            and token.tag_ == "VBG"
            and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in token.children)
            and any(
                c.dep_ == "dobj"
                and c.tag_ == "NNS"
                and not any(d.dep_ in ("det", "poss", "nummod") for d in c.children)
                for c in token.children
            )
        ):
            return True  # "says it is fighting extremists": whom a side fights, not a fight
        return _present_perfect(token) and self._since_long_ago(token, time)

    def _doer_left_unknown(self, sent: Span) -> bool:
        """Whether the sentence or the next one says who did it is not known: "It was not clear
        which side fired them", "It was unclear who was behind the attack"."""
        following = self.doc[sent.end].sent if sent.end < len(self.doc) else None
        return any(_DOER_UNKNOWN.search(s.text) for s in (sent, following) if s is not None)

    def _framing_deed(self, noun: Token, spec: TriggerSpec) -> EventCandidate | None:
        """The event of the verb a fight noun is the setting of: "kill five rebels in clash",
        "were wounded during fighting" (an active verb read before the noun)."""
        if (
            _pos(noun) != "NOUN"
            or noun.dep_ not in ("pobj", "dep")
            or noun.head.lower_ not in ("in", "during", "amid")
        ):
            return None
        verb = noun.head.head
        if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
            verb = verb.head  # (a headline's "kill five rebels in clash", "in" hung on the object)
        if verb.pos_ != "VERB":
            return None
        return next(
            (
                e
                for e in self.events
                if e.plover.type == spec.type
                and (head := self._trigger_token(e)) is not None
                and head.i == verb.i
                and e.actor1 is not None
            ),
            None,
        )

    def _coordinated_sides(
        self, subject: Token, spec: TriggerSpec | None = None, first: str | None = None
    ) -> list[str]:
        """The actors of a coordinated subject's later conjuncts: "the army and the RSF",
        "representatives of the army and the paramilitary Rapid Support Forces" (the parser may
        join the second party to the first noun or to the one inside "of", as an apposition);
        "Russia and Ukraine held talks" (a country for its state, with ``spec``); "Russian and
        Ukrainian delegations met" (a people's name beside the ``first`` side's, for the same body
        of the other state)."""
        from frontwire.nlp.actors import role_actor_name
        from frontwire.nlp.gazetteer import shared_gazetteer

        heads = [subject]
        # ("the foreign ministers of Congo and Rwanda signed": those who stand for each)
        inner = _pobj_of(subject) if subject.lemma_.lower() in PART_NOUNS | _REPRESENTING_NOUNS else None
        if inner is not None:
            heads.append(inner)
        found: list[str] = []
        for head in heads:
            for conjunct in head.conjuncts:
                if conjunct.i < head.i:
                    continue
                for word in (conjunct, *(c for c in conjunct.children if c.dep_ == "appos")):
                    name = self._actor_of(word) or (
                        self._state_metonym(word, spec) if spec is not None else None
                    )
                    if name is not None and name not in found:
                        found.append(name)
                        break
        role = (
            "state"
            if first is not None and first.startswith("Military Forces")
            else "government"
            if first is not None and first.startswith("Government")
            else None
        )
        if role is None:
            return found
        # ("Thai and Cambodian troops": the parser may read the first people's name as a noun)
        for modifier in (c for c in subject.children if c.dep_ in ("amod", "compound", "nmod")):
            for conjunct in modifier.conjuncts:
                country = shared_gazetteer().demonym(conjunct.text)
                name = role_actor_name(role, country) if country else None
                if name is not None and name not in found:
                    found.append(name)
        return found

    def _sides_of_fight(self, verb: Token, actor2: str | None) -> tuple[str | None, str | None]:
        """The two sides of the fight a harm told without its doer happened in: "six people were
        killed in clashes between the army and rebels" -> (army, rebels); "wounded in fighting
        between armed groups" -> (armed groups, None). Only a passive harm verb, and a fight noun
        after "in"/"during", whose sides follow "between"."""
        if verb.lemma_.lower() not in HARM_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
            return None, None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "amid"):
                continue
            for fight in prep.children:
                if fight.dep_ != "pobj" or not self._is_trigger(fight):
                    continue
                between = next(
                    (c for c in fight.children if c.dep_ == "prep" and c.lower_ == "between"), None
                )
                first = next((c for c in between.children if c.dep_ == "pobj"), None) if between else None
                if first is None:
                    continue
                sides = [self._actor_of(side) for side in _conjuncts(first)]
                named = [side for side in sides if side is not None and side != actor2]
                if named:
                    return named[0], named[1] if len(named) > 1 else None
        return None, None

    def _actor_of_cause(self, verb: Token, actor2: str | None) -> str | None:
        """The actor of the event a "when"/"as" clause tells as what brought about a harm told
        without its doer: "one of its soldiers was killed when an Israeli drone struck a
        checkpoint" -> the drone's force."""
        if verb.lemma_.lower() not in HARM_VERBS or not any(c.dep_ == "auxpass" for c in verb.children):
            return None
        for clause in verb.children:
            if clause.dep_ != "advcl" or not self._is_trigger(clause):
                continue
            if not any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as") for c in clause.children):
                continue
            subject = self._subject(clause)
            actor = self._actor_of(subject) if subject is not None else None
            if actor is not None and actor != actor2:
                return actor
        return None

    def _attackers_meant(self, noun: Token, sent: Span) -> str | None:
        """Who "the attackers" or "the assailants" are: the doer of the attack told last (up to
        three sentences back), whatever the dictionary calls attackers in general. "Militiamen
        attacked the village on Sunday. The attackers arrived at dawn": the militia arrived."""
        if noun.lemma_.lower() not in _ATTACKER_NOUNS or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children
        ):
            return None
        from frontwire.nlp.actors import role_type_of_name

        for appos in (c for c in noun.children if c.dep_ == "appos"):
            # "The attackers, members of the Viv Ansanm gang coalition, ...": the text names them
            named = self._actor_of(appos)
            if named is not None and not role_type_of_name(named):
                return named
        limit = _sentence_start_before(sent, 3)
        for event in reversed(self.events):
            if event.sentence.start < limit:
                break
            if event.plover.type == "ASSAULT" and event.actor1 and event.status in ASSERTED_STATUS:
                return event.actor1
        return None

    def _implicit_actor(
        self,
        spec: TriggerSpec,
        actor2: str | None,
        sent: Span,
        subject: Token | None = None,
        verb: Token | None = None,
        when: date | None = None,
    ) -> str | None:
        """A report with no stated actor ("the town fell") continues the story's last one.

        Only events of the same type from the three sentences before count, and never the
        side acted upon ("they were driven out": the actor is the other side); an event read in
        the verb's own ``subject`` ("a mortar round struck") is this one, no earlier doer; nor an
        event of another month than the day ``when`` the report is dated ("Israeli forces
        rescued two hostages on Monday ... The pair had been abducted on Oct. 7": not by them).
        """
        inside = (
            (subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
            if subject is not None
            else (-1, -1)
        )
        if any(t.lower_ in _ANOTHER_HAPPENING for t in sent):
            return None  # "In a separate incident, a bus was ambushed": not the last doer's deed
        if spec.disrupts:
            return None  # "Russia launched 47 drones, of which 30 were shot down": not by who launched them
        if subject is not None and _a_new_doer(subject):
            return None  # "The US has carried out air strikes ... a suicide bomber drove into a convoy"
        in_a_fight = verb is not None and _in_a_told_fight(verb)
        limit = _sentence_start_before(sent, 3)
        if spec.mode == "destroy":
            # "thousands of people stormed parliament ... Parts of the building were set on fire":
            # what burns where a crowd has just broken in is the crowd's doing, not the police's
            crowd = next(
                (
                    e.actor1
                    for e in reversed(self.events)
                    if e.sentence.start >= limit
                    and e.plover.type == "PROTEST"
                    and self.actor_types.get(e.actor1 or "") in ("protesters", "rioters")
                ),
                None,
            )
            if crowd is not None:
                return crowd
        for event in reversed(self.events):
            if event.sentence.start < limit:
                break
            if event.plover.type != spec.type or not event.actor1 or event.actor1 == actor2:
                continue
            if when is not None and event.start_date is not None and abs((event.start_date - when).days) > 30:
                continue
            if event.status not in ("occurred", "claimed", "attempted"):
                # "troops have been fighting the insurgency since 2021": a state of affairs
                # names no doer of the next report
                continue
            if spec.mode == "arrest" and self.actor_types.get(event.actor1) in ("protesters", "rioters"):
                continue  # "Protesters looted shops ... 567 people had been arrested": not by them
            if in_a_fight and event.plover.mode in FIRED_FROM_AFAR:
                continue  # "... air strikes to support its fighters. 150 were killed in the fighting"
            if inside[0] <= event.trigger.start < inside[1]:
                # "Somaliland forces shelled the town. A mortar round struck the hospital": the
                # round is this strike, its unknown firer no doer; the one named before is
                continue
            if actor2 is not None and self.actor_types.get(event.actor1) not in ARMED_TYPES:
                continue
            if (
                subject is None
                and event.actor2 is not None
                and event.acled is not None
                and event.acled.event_type == "Battles"
            ):
                # "bodies of six, missing since a gunfight between security forces and militants,
                # were found": of a fight's two sides, the one named first is no likelier the killer
                # (but "Tribesmen took control" after a clash of tribesmen is the tribesmen's)
                return None
            return event.actor1
        return None

    # ------------------------------------------------------------------ places

    def _named_by(self, noun: Token) -> list[Toponym]:
        """Toponyms that name or qualify a noun ("Kunduz", "the town of Kunduz", "Kunduz city"),
        leaving out where it was ("a helicopter near Bunia", "weapons in Kokrajhar") and the
        clauses that describe it ("a truck belonging to a trader in Gao")."""
        text = self.doc.text
        # "Palestinian-owned olive trees", "Turkish-backed fighters": the first half of a hyphenated
        # modifier says whose, not which place the noun is
        toponyms = [
            t
            for t in self._places_in(noun)
            if not (text[t.end : t.end + 1] == "-" and text[t.end + 1 : t.end + 2].isalpha())
            # "the town of Maungdaw on the border with Bangladesh", "villages along the Chinese
            # border": the far side of the border is a landmark, not the place
            and not self._heading(t)
        ]
        where = [
            c
            for c in noun.children
            if (c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS) or c.dep_ in ("acl", "relcl")
        ]
        if not where:
            return toponyms
        skip = [_phrase_chars(c) for c in where]
        return [t for t in toponyms if not any(a <= t.start < b for a, b in skip)]

    def _places_in(self, token: Token | None) -> list[Toponym]:
        if token is None:
            return []
        return self._toponyms_between(*_phrase_chars(token))

    def _toponyms_between(self, start: int, end: int) -> list[Toponym]:
        i = bisect.bisect_left(self._toponym_starts, start)
        out = []
        while i < len(self.toponyms) and self.toponyms[i].start < end:
            out.append(self.toponyms[i])
            i += 1
        return out

    def _clause_tokens(self, gov: Token) -> list[Token]:
        """The tokens of ``gov``'s own clause: its subtree without attributions and other clauses."""
        skip: set[int] = set()
        for child in gov.children:
            if (
                child.lower_ == "according"
                or (child.dep_ == "advcl" and _is_saying(child))
                or _a_cause(child)
                # "arrested 329 members across the country and that five people had been killed
                # in Guayas": a clause coordinated with its own subject tells its own place
                or _own_clause(child)
                # "blew up a bridge in Bolan ... and attacked a police station in Kalat": a deed
                # joined to one placed in its own words is placed in its own
                or (_own_place_phrase(gov) is not None and _placed_deed(child))
            ):
                skip.update(t.i for t in child.subtree)
            if child.dep_ == "nsubj":
                # "The militias, which want the town to rejoin Somalia, accused ...": what a
                # relative clause or an apposition says of the doer is not where the deed was
                # (`_describes_a_doer` reads the same for the rest of the sentence)
                skip.update(t.i for c in child.children if c.dep_ in ("relcl", "appos") for t in c.subtree)
        skip.update(_motive_tokens(gov))
        tokens = [t for t in gov.subtree if t.i not in skip]
        if gov.dep_ in ("xcomp", "advcl", "conj", "relcl", "pcomp") or _pos(gov) in ("NOUN", "PROPN"):
            # an embedded clause's subject may sit in the clause above ("rebels in X have seized")
            subject = self._subject(gov)
            if subject is not None and subject.i not in {t.i for t in tokens}:
                # (not what a relative clause says of it: "the RSF, which has besieged El Obeid
                # since seizing Bara" seized Bara, wherever else it is)
                described = {
                    t.i for c in subject.children if c.dep_ in ("relcl", "acl", "appos") for t in c.subtree
                }
                tokens.extend(t for t in subject.subtree if t.i not in described)
        if gov.dep_ == "conj" and _pos(gov) == "VERB":
            # "In Brus Laguna, soldiers found and destroyed an airstrip": a phrase fronted before the
            # first verb frames every verb coordinated with it
            own = {t.i for t in tokens}
            for child in gov.head.children:
                if child.dep_ in ("prep", "npadvmod") and child.i < gov.head.i and child.i not in own:
                    tokens.extend(child.subtree)
        return tokens

    def _event_places(
        self,
        token: Token,
        gov: Token,
        subject: Token | None,
        obj: Token | None,
        sent: Span,
        own_time: TimeExpression | None,
        status: str,
        count: int | None,
        spec: TriggerSpec | None = None,
    ) -> list[tuple[GazetteerEntry | None, bool]]:
        """The place(s) of an event, each with whether the text names it in the event's clause
        (``spec``: the trigger's reading, which tells whom a statement is addressed to and whether
        the subject is the place)."""
        # "kidnapped seven soldiers in Cauca ..., a day after a car bomb exploded in Jamundi": the
        # words of a clause of another happening placed before or after this one
        other_happening = {t.i for c in gov.children if _another_happening(c) for t in c.subtree}
        # "declared a nationwide state of emergency", "a nationwide strike": the whole country
        held = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
        if any(
            c.lower_ in ("nationwide", "countrywide", "nation-wide")
            for c in (*held.children, *token.children)
        ) and not any(
            # (unless the sentence names a place for it outside a clause of another happening, as
            # the "across the country" rule below reads it: "a nationwide general strike across
            # the country, coded at Colombo"; not "after rebels captured Dessie")
            t.entry and t.entry.feature != "country"
            for t in self._toponyms_in_tokens([w for w in sent if w.i not in other_happening])
        ):
            return [(self._country_entry(), True)]
        where = next(
            (
                a
                for a in (gov, *gov.ancestors)
                if a.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in a.children)
            ),
            None,
        )
        if where is not None and not self._toponyms_in_tokens(list(where.subtree)):
            # "the province of Sweida, where government forces have been fighting Druze militias": the
            # place the clause is said of
            named = [t for t in self._places_in(where.head) if t.entry is not None]
            if named:
                return [(self._most_specific(named, token).entry, True)]
        # "Kunduz and Sar-e-Pul fell": one event per coordinated place
        for arg in (subject, obj):
            if arg is None:
                continue
            heads = [
                [p for p in self._places_in_head(t) if not self._qualifies_actor(p)] for t in _conjuncts(arg)
            ]
            coordinated = [places for places in heads if places]
            if arg is subject and all(p[0].entry and p[0].entry.feature == "country" for p in coordinated):
                continue  # "Turkey and Russia conducted a patrol": countries that act are actors
            if len(coordinated) > 1:
                return [(places[0].entry, True) for places in coordinated]
        # "Drones struck the cities of Port Sudan, Kassala and Atbara": one event per town named
        for arg in (obj, subject):
            listed = (
                _pobj_of(arg, "of")
                if arg is not None and arg.tag_ == "NNS" and arg.lemma_.lower() in _SETTLEMENT_PLURALS
                else None
            )
            if listed is not None:
                towns = [self._places_in_head(t) for t in _conjuncts(listed)]
                if len(towns) > 1 and all(places and places[0].entry for places in towns):
                    return [(places[0].entry, True) for places in towns]
        # "protests took place in Mombasa, Kisumu and Eldoret": one event per town named
        for prep in self._clause_tokens(gov):
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "across"):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    if pobj.tag_ == "NNS" and pobj.lemma_.lower() in _SETTLEMENT_PLURALS:
                        pobj = _pobj_of(pobj, "of") or pobj  # "in the cities of Batumi and Kutaisi"
                    towns = [self._places_in_head(t) for t in _conjuncts(pobj)]
                    if len(towns) > 1 and all(
                        places and places[0].entry and places[0].entry.feature == "city" for places in towns
                    ):
                        return [(places[0].entry, True) for places in towns]
        clause = self._clause_tokens(gov)
        if _pos(token) in ("NOUN", "PROPN") and token.head.dep_ == "prep" and _pos(token.head.head) == "VERB":
            clause = self._clause_tokens(token.head.head)  # "fell, but not without battle"
        if token != gov and token.dep_ == "nsubj" and token.head == gov:
            # "The fighting, which began on Thursday in Tibu, has displaced thousands": what a
            # relative clause says of the event noun itself is where it was
            own = {t.i for t in clause}
            clause = clause + [
                t for c in token.children if c.dep_ == "relcl" for t in c.subtree if t.i not in own
            ]
        in_clause = self._toponyms_in_tokens(clause)
        # "The United States and the EU called on both sides ...": countries that act together are
        # actors, not where the event is (one country acting alone mostly acts at home)
        sides = _conjuncts(subject) if subject is not None else []
        acting = {t.i for t in sides} if len(sides) > 1 else set()

        if spec is not None and spec.type in _SAYING_TYPES | {"AGREE"}:
            # "called on the United States and France to pressure Israel": whom a statement is
            # addressed to acts in it; it is not where it was made
            # ("condemned the strikes and called on Ankara to withdraw": the verb joined to it too)
            said = (token, *(c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"))
            for prep in (
                c for v in said for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "to", "upon")
            ):
                acting |= {t.i for p in prep.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)}
            # (and whom the act asked for is done to: "to pressure Israel")
            # ("The deal commits Rwanda to withdraw": whom the noun's own verb binds)
            bound = [token.head] if token.dep_ == "nsubj" and _pos(token) in ("NOUN", "PROPN") else []
            for verb in (
                token,
                *bound,
                *(c for c in token.children if c.dep_ in ("xcomp", "advcl", "ccomp")),
            ):
                acting |= {t.i for o in verb.children if o.dep_ == "dobj" for t in (o, *o.conjuncts)}
                # ("blamed criminals from the Democratic Republic of Congo": where the blamed come from)
                acting |= _objects_of_prepositions((o for o in verb.children if o.dep_ == "dobj"), ("from",))
            # ("cut diplomatic ties with Rwanda, accusing its neighbour of ...": a state the
            # sentence deals with, whom the charge is about)
            if spec.type != "SUPPORT":
                acting |= _objects_of_prepositions(sent, ("with", "against"))
            # ("The deal, brokered by the United States and Qatar": who brokered it)
            for described in (c for c in token.children if c.dep_ == "acl"):
                for agent in (c for c in described.children if c.dep_ == "agent"):
                    acting |= {t.i for p in agent.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)}
        # ("blamed devices that Britain might have planted", "shot down 112 of the missiles Russia
        # launched": a state that does something else in the clause acts in it, it is not where)
        # (a country's name only: "Westlands, Nairobi using grenades" is a misparse of a town)
        country_words = {
            self._root_index(x)
            for x in self._toponyms_in_tokens(list(sent))
            if x.entry is not None and x.entry.feature == "country"
        }
        acting |= {
            t.i
            for t in sent
            if t.dep_ == "nsubj"
            and t.i in country_words
            and t.head not in (token, gov)
            and _pos(t.head) in ("VERB", "AUX")
        }
        if spec is not None and spec.type == "SANCTION":
            # "gave France's ambassador 48 hours to leave": whose envoy is sent away is no place
            acting |= {
                t.i
                for o in token.children
                if o.dep_ in ("dobj", "dative")
                for t in o.subtree
                if t.dep_ in ("poss", "amod", "compound") and t.head == o
            }
            # ("cut diplomatic ties with Rwanda", "imposed sanctions on Iran": whom it is aimed at)
            acting |= _objects_of_prepositions(
                (token, *(o for o in token.children if o.dep_ == "dobj")), ("with", "on", "against")
            )

        charged = token
        while charged.dep_ == "conj":
            charged = charged.head
        if charged.dep_ in ("pobj", "pcomp") and charged.head.lower_ in ("for", "of"):
            accusing = charged.head.head
            if accusing.lemma_.lower() in ("blame", "accuse"):
                # "Hezbollah blamed Israel for the blasts": the state blamed did it, it is not where
                acting |= {t.i for o in accusing.children if o.dep_ == "dobj" for t in (o, *o.conjuncts)}

        from frontwire.nlp.gazetteer import shared_gazetteer

        def not_acting(toponyms: list[Toponym]) -> list[Toponym]:
            # (a capital addressed stands for its state: "called on Ankara to withdraw its forces")
            return [
                t
                for t in toponyms
                if not (
                    t.entry
                    and (t.entry.feature == "country" or shared_gazetteer().is_capital(t.entry))
                    and self._root_index(t) in acting
                )
            ]

        # "shot dead 23 men from Punjab province": where the victims came from, not where they died;
        # "forced troops to withdraw towards the Ethiopian border": where they went, not where
        in_clause = [
            t
            for t in not_acting(in_clause)
            # ("..., the Gaza health ministry said": who speaks, not where)
            if not self._in_source_name(t)
            and not self._people_origin(t)
            and not self._heading(t)
            # ("killed 30 people ..., as thousands fled to the city of Bunia": not the flight itself)
            and not (self._fled_to(t) and token.lemma_.lower() not in ("flee", "escape"))
            and not self._agent_country(t)
            and not self._flag_state(t)
            and not self._inside_a_label(t)
            and not self._scope_of_a_superlative(t)
        ]
        if (
            subject is not None
            and len(in_clause) > 1
            and subject.dep_ != "nsubjpass"
            and not (spec is not None and spec.subject_place)
        ):
            # "India launched missile strikes on sites in Pakistan": a country that acts stands for
            # its state; the place is where it struck
            in_clause = [t for t in in_clause if self._root_index(t) != subject.i] or in_clause
        elif (
            subject is not None
            and subject.dep_ != "nsubjpass"
            and spec is not None
            and spec.type == "ASSAULT"
            and not spec.subject_place
            and len(in_clause) == 1
            and self._root_index(in_clause[0]) == subject.i
            and in_clause[0].entry is not None
            and in_clause[0].entry.feature == "country"
        ):
            # "The United States has carried out several air strikes against the group": the
            # striking state is not where it struck; the story's place is
            acting.add(subject.i)
            in_clause = []
        # a clause of another happening (`other_happening`) yields to the event's own place ("five
        # people were killed after gunmen opened fire in X": if the event has none) ("targeted the
        # ship because its owner did business with Israel": a reason's place never)
        # ("fired rockets at a village in Manipur, killing a man, and gunmen shot dead two people in a
        # separate attack in Jiribam": the separate attack's place is its own, for the killing too)
        other_happening |= _clauses_told_apart(sent, gov)
        reason = {t.i for c in gov.children if _another_happening(c, "because") for t in c.subtree}
        # ("arrested several officers, accusing neighbouring Ivory Coast of harbouring the
        # plotters": whom the charge names is not where the arrests were)
        if spec is None or spec.type not in _SAYING_TYPES:
            charge = {
                t.i
                for c in gov.children
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in _ACCUSING_VERBS
                for t in c.subtree
            }
            reason |= charge
            other_happening |= charge
        # ("released him on Thursday, nearly two weeks after he was kidnapped in La Guajira": a
        # happening measured apart in time lends no place either)
        reason |= {
            t.i
            for c in gov.children
            if _another_happening(c)
            and any(m.dep_ == "npadvmod" and m.lemma_.lower() in _TIME_NOUNS for m in c.children)
            for t in c.subtree
        }
        own_places = [t for t in in_clause if self._root_index(t) not in other_happening]
        # (a place only the other happening names is not named for this one: "The fighting began
        # after a tribe kidnapped a merchant on the highway to Damascus" does not move the fighting)
        borrowed = bool(in_clause) and not own_places
        if own_places or reason:
            in_clause = own_places
        if any(
            t.lemma_.lower() in ("country", "nation")
            and t.dep_ == "pobj"
            and t.head.lower_ in ("across", "throughout", "around")
            and any(c.lower_ == "the" for c in t.children)
            for t in clause
        ):
            # "arrested 329 people across the country" (and "in Guayas" of a clause of its own), but
            # not "a strike across the country, coded at Colombo"
            own_clauses = {t.i for c in gov.children if _own_clause(c) for t in c.subtree}
            named = self._toponyms_in_tokens([t for t in sent if t.i not in own_clauses])
            if not any(t.entry and t.entry.feature != "country" for t in named):
                return [(self._country_entry(), True)]
        # "seized four provincial capitals" (counted), "regained control of several towns", "looted
        # shops in several cities" (unnamed, unless the clause names one: "shelled several villages
        # in the countryside of Tall Refaat"): the widest place the clause names, else for the
        # unnamed the story's province or state when the story names it ("fighting spread across
        # the Amhara region ... the army regained control of several towns"), else the country
        unnamed = (
            count is None
            and _unnamed_places(token, obj)
            and not any(t.entry and t.entry.feature not in ("country", "region", "admin1") for t in in_clause)
        )
        if unnamed or (count is not None and count > 1):
            wide = [
                t.entry for t in in_clause if t.entry and t.entry.feature in ("country", "region", "admin1")
            ]
            if wide:
                return [(max(wide, key=lambda e: FEATURE_RANK[e.feature]), True)]
            division = self._division_of(self._story_place(sent)) if unnamed else None
            told = division is not None and any(t.entry == division for t in self.toponyms)
            return [(division if told else self._country_entry(), False)]
        left = [t for t in in_clause if self._origin(t)]
        if spec is not None and spec.type == "RETREAT" and left:
            # "troops began withdrawing from Sweida city": what they left is where they withdrew
            return [(self._most_specific(left, token).entry, True)]
        if in_clause and all(self._origin(t) for t in in_clause):
            # "reinforcements from Kandahar arrived in Ghazni": the place they came to, if named
            elsewhere = [t for t in not_acting(self._toponyms_in_tokens(list(sent))) if not self._origin(t)]
            in_clause += [t for t in elsewhere if t not in in_clause]
        countries = {t.entry.country for t in in_clause if t.entry and t.entry.feature == "country"}
        if (
            len(countries) == 1
            and len(in_clause) == len([t for t in in_clause if t.entry])
            # ("destroyed Iran's consulate in the Syrian capital Damascus": a town named is where)
            and not any(t.entry and t.entry.feature in ("city", "admin2", "site") for t in in_clause)
        ):
            # "stormed Haiti's largest prison in the capital": the capital of the country named
            (country,) = countries
            capital = self._capital_named_in(clause, country)
            if capital is not None:
                return [(capital, True)]
        # "killed 40 Palestinians across the Gaza Strip, including 14 people ... in Rafah": the place
        # of a part the sentence singles out is not the whole event's
        parts = [
            (c.left_edge.idx, c.right_edge.idx + len(c.right_edge))
            for c in sent
            if c.lower_ == "including" and c.dep_ == "prep"
        ]
        whole = [t for t in in_clause if not any(a <= t.start < b for a, b in parts)]
        in_clause = whole or in_clause
        # "tightened its siege of the capital of North Kordofan state": the city named as it
        in_clause = [self._capital_meant(t) for t in in_clause]
        if in_clause:
            return [(self._most_specific(in_clause, token).entry, not borrowed)]
        owner = self._owner_of_the_target(obj)
        if owner is not None:
            return [(owner, True)]
        anaphor = self._anaphoric_place_in(clause)
        if anaphor is not None:
            return [(anaphor, True)]
        # "staged a demonstration and hurled stones at a police van in Rajshahi city": a place the
        # sentence names outside the trigger's own clause still beats the story's or the country
        # ("according to a group which said families had fled towards X": no place of the event)
        voiced = {t.i for tok in sent if tok.lower_ == "according" for t in tok.subtree}
        in_sentence = [
            t
            for t in not_acting(self._toponyms_in_tokens([t for t in sent if t.i not in voiced]))
            if not self._in_source_name(t)
            and not self._people_origin(t)
            and not self._heading(t)
            # "killed 30 people ..., as thousands fled to the city of Bunia"
            and not self._fled_to(t)
            # "The M23, which is backed by Rwanda, said its fighters had shot down a drone"
            and not self._agent_country(t)
            # "'Our forces were attacked,' the spokesman told reporters in Juba": where it was said
            and not self._where_said(t)
            # "targeted the ship because its owner did business with Israel"
            and self._root_index(t) not in other_happening
            # ("The convoy was travelling from Parachinar to Peshawar when attackers sprayed the
            # vehicles with bullets": where its journey began is not where it was hit)
            and not (self._origin(t) and self.doc.text[t.end : t.end + 4] == " to ")
            # "a vessel flying the flag of Panama", "a Liberian-flagged tanker"
            and not self._flag_state(t)
            # "The militias, which want the town to rejoin Somalia, accused ..."
            and not self._describes_a_doer(t)
            # "an offensive against Asia's longest-running insurgency"
            and not self._scope_of_a_superlative(t)
        ]
        named_unknown = _own_place_phrase(gov)
        if named_unknown is not None and not self._toponyms_in_tokens(list(named_unknown.subtree)):
            # "blew up a railway bridge in Bolan ... and attacked a police station in Kalat": a
            # place the clause names that the gazetteer lacks is not the sentence's other place
            in_sentence = []
        capital = self._capital_named_in(clause, self.country)
        if capital is not None and status not in ("generic", "hypothetical", "planned"):
            # "accused neighbouring Rwanda of backing the rebels, which it blamed for grenade
            # attacks in the capital": the story's own country's capital, not the other state's
            return [(capital, True)]
        if (
            in_sentence
            and self._story_time(own_time)
            and status not in ("generic", "hypothetical", "planned")
        ):
            return [(self._most_specific(in_sentence, token).entry, True)]
        if self._story_time(own_time) and status not in ("generic", "hypothetical", "planned"):
            # "explosions were heard in the southern districts of the city": "the city" of the
            # sentence, though the parser hangs it on the verb of hearing
            anaphor = self._anaphoric_place_in(t for t in sent if t.i not in voiced)
            if anaphor is not None:
                return [(anaphor, True)]
        if not self._story_time(own_time) or status in ("generic", "hypothetical", "planned"):
            # a time-shifted or unreal event starts a frame of its own: no place from the story
            return [(self._country_entry(), False)]
        return [(self._story_place(sent), False)]

    @staticmethod
    def _division_of(place: GazetteerEntry | None) -> GazetteerEntry | None:
        """The province or state a town lies in (the division itself, for one)."""
        from frontwire.nlp.gazetteer import shared_gazetteer

        if place is None or place.feature in ("country", "region"):
            return None
        if place.feature == "admin1":
            return place
        if place.country is None or place.admin1 is None:
            return None
        return shared_gazetteer().admin1(place.country, place.admin1)

    def _told_elsewhere(self, sent: Span, place: GazetteerEntry | None) -> bool:
        """Whether a sentence names places below country level, all apart from ``place``."""
        named = [
            t.entry
            for t in self._toponyms_between(sent.start_char, sent.end_char)
            if t.entry is not None and t.entry.feature not in ("country", "region")
        ]
        return bool(named) and all(_apart(entry, place) for entry in named)

    def _capital_meant(self, toponym: Toponym) -> Toponym:
        """The capital a province's or a country's name stands for in "the capital of X": for a
        province, the last city of that province named before (the story's "El Obeid ... the
        capital of North Kordofan"); for a country, its capital. The toponym itself otherwise."""
        from frontwire.nlp.gazetteer import shared_gazetteer

        root = self._root_index(toponym)
        entry = toponym.entry
        if root is None or entry is None or entry.feature not in ("admin1", "country"):
            return toponym
        noun = self.doc[root]
        while noun.dep_ in ("compound", "amod") and noun.head.i > noun.i:  # "North Kordofan state"
            noun = noun.head
        if not (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() == "capital"
            and noun.head.head.tag_ == "NN"
        ):
            return toponym
        if entry.feature == "country":
            capital = shared_gazetteer().capital(entry.country) if entry.country else None
            return replace(toponym, entry=capital) if capital is not None else toponym
        cities = [
            t
            for t in self.toponyms
            if t.start < toponym.start
            and t.entry is not None
            and t.entry.feature == "city"
            and t.entry.country == entry.country
            and t.entry.admin1 == entry.admin1
        ]
        return replace(toponym, entry=cities[-1].entry) if cities else toponym

    def _root_index(self, toponym: Toponym) -> int | None:
        """The index of the head token of a toponym's span."""
        span = self.doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        return span.root.i if span is not None else None

    def _scope_of_a_superlative(self, toponym: Toponym) -> bool:
        """Whether a place is named only as the field a superlative ranks in: "Asia's longest-running
        insurgency", "Africa's biggest refugee camp" (the rank's scope, not where anything was)."""
        root = self._root_index(toponym)
        if root is None:
            return False
        token = self.doc[root]
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "in"
            and toponym.entry is not None
            and toponym.entry.feature == "region"
            and toponym.entry.country is None
        ):
            # "one of the worst defeats for the group in Africa": a continent a rank is made in
            ranked = token.head.head
            for _ in range(2):  # ("the worst defeats for the Russian group in Africa")
                if any(t.tag_ in ("JJS", "RBS") for t in ranked.children if t.dep_ in ("amod", "advmod")):
                    return True
                if ranked.dep_ != "pobj":
                    break
                ranked = ranked.head.head
            return False
        if token.dep_ != "poss":
            return False
        owner = token.head
        return any(t.tag_ in ("JJS", "RBS") for t in owner.subtree if t.i != root and t.i < owner.i)

    def _people_origin(self, toponym: Toponym) -> bool:
        """Whether the place is where people came from, as a modifier of them: "23 men from Punjab
        province", "workers from Nepal" (not "fled from X", nor "reinforcements from X arrived")."""
        root = self._root_index(toponym)
        if root is None:
            return False
        noun = self.doc[root]
        while noun.dep_ in ("compound", "amod"):  # "Sindh" of "Sindh province"
            noun = noun.head
        while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "peacekeepers from South Africa, Malawi and Uruguay"
        town_of = (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "of"
            and noun.head.head.lemma_.lower() in _TOWN_NOUNS
            and noun.head.head.dep_ == "pobj"
        )
        if town_of:
            noun = noun.head.head  # "two of its members from the West Bank city of Hebron"
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "from" or prep.i == 0:
            # the parser may break the list off: "peacekeepers from South Africa, Malawi and
            # Uruguay were killed" with Malawi a second subject; the words before it tell
            word = self.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
            while word is not None and word.i > 0 and (word.pos_ == "PROPN" or word.lower_ in (",", "and")):
                word = self.doc[word.i - 1]
            if word is None or word.lower_ != "from" or word.i == 0 or word.i == noun.left_edge.i - 1:
                return False
            prep = word
        # the parser may hang "from" on the verb: "shot dead six labourers from Sindh province"
        people = prep.head if prep.head.pos_ == "NOUN" else self.doc[prep.i - 1]
        if prep.head.dep_ == "relcl" and prep.head.lemma_.lower() in ("be", "come", "hail"):
            people = prep.head.head  # "shot dead 23 men who were from Punjab province"
        if people.dep_ == "dobj" and (
            people.head.lemma_.lower() in _TAKING_AWAY_VERBS
            or ((spec := self._spec_for(people.head)) is not None and spec.type == "RETREAT")
        ):
            # "had withdrawn troops from Aleppo", "rescued four hostages from the central Gaza
            # Strip": whence they were pulled or taken, where it happened
            return False
        # ("three UN peacekeepers from South Africa were killed in the fighting": a contingent's
        # country, not where it fought)
        if town_of:
            # (but "kidnapped 22 people from the district of Mandera": whence they were taken)
            return people.pos_ == "NOUN" and people.lemma_.lower() in _DOER_NOUNS
        return (
            people.pos_ == "NOUN" and people.lemma_.lower() in _PEOPLE_NOUNS | _CONTINGENT_NOUNS | _DOER_NOUNS
        )

    def _inside_a_label(self, toponym: Toponym) -> bool:
        """Whether a place is inside what a side calls its deed: "attacked shipping in the Red Sea
        in what they describe as solidarity with Palestinians in Gaza" (a cause, not where)."""
        root = self._root_index(toponym)
        if root is None:
            return False
        return any(
            verb.lemma_.lower() in _LABELLING_VERBS
            and any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass", "nsubj") for c in verb.children)
            for verb in self.doc[root].ancestors
        )

    def _flag_state(self, toponym: Toponym) -> bool:
        """Whether a country is named as a ship's flag: "a vessel flying the flag of Panama", "a
        Liberian-flagged bulk carrier" (whose registry, not where the ship was hit)."""
        text = self.doc.text
        return bool(_UNDER_A_FLAG.search(text[max(0, toponym.start - 20) : toponym.start])) or bool(
            re.match(r"-?flagged\b", text[toponym.end : toponym.end + 10], re.IGNORECASE)
        )

    def _agent_country(self, toponym: Toponym) -> bool:
        """Whether a country is named as the doer of a passive: "talks, brokered by Malaysia,
        resumed in Kuala Lumpur" (a state acting, not where the event is); or a capital as the one
        who says or denies: "an accusation Moscow denies"."""
        from frontwire.nlp.gazetteer import shared_gazetteer

        if toponym.entry is None:
            return False
        root = self._root_index(toponym)
        if root is None:
            return False
        if (
            toponym.entry.feature == "city"
            and shared_gazetteer().is_capital(toponym.entry)
            and self.doc[root].dep_ == "nsubj"
            and self.doc[root].head.lemma_.lower() in SPEECH_VERBS | DENY_VERBS
        ):
            return True
        if toponym.entry.feature != "country":
            return False
        by = self.doc[root].head
        return self.doc[root].dep_ == "pobj" and (
            by.dep_ == "agent" or (by.lower_ == "by" and by.head.tag_ == "VBN")
        )

    def _where_said(self, toponym: Toponym) -> bool:
        """Whether the place is only where something was said: "told reporters in Juba", "said
        in Geneva on Monday", "told the AP by phone from Tshikapa" (the speaker's, not the
        story's), told after the verb of saying."""
        root = self._root_index(toponym)
        if root is None:
            return False
        node = self.doc[root]
        while node.dep_ in ("compound", "amod", "pobj", "conj", "appos") and node.head.i != node.i:
            node = node.head
            if node.dep_ == "prep":
                # (fronted, "In Siaya county, witnesses said that police ...", it frames the story)
                return (
                    node.lower_ in ("in", "at", "from")
                    and node.head.lemma_.lower() in _TELLING_VERBS
                    and node.i > node.head.i
                )
        return False

    def _heading(self, toponym: Toponym) -> bool:
        """Whether the text names the place only as a direction or the far side of a border:
        "fled towards the Ethiopian border", "advancing toward Kharkiv", "the trade routes to
        China" (on the way, not there),
        "seized towns along the Chinese border" (this side of it),
        "in Yagha province near the border with Niger" (this side of it), "taken to a hospital in
        Quetta" (where the wounded went), "travelling from the shrine to the town of Katra", "a train
        to Peshawar" (where a journey was going)."""
        before = self.doc.text[max(0, toponym.start - 30) : toponym.start]
        if self._on_the_way(toponym):
            return True
        # ("as the bus was travelling from the shrine to the town of Katra", "a train to Peshawar")
        if _GOING_TO.search(self.doc.text[max(0, toponym.start - 120) : toponym.start]):
            return True
        if _BORDER_NOUN.match(self.doc.text[toponym.end : toponym.end + 12]) and _ALONG_A_LINE.search(before):
            return True  # "towns along the Chinese border": the border's far side, a landmark
        return bool(_TAKEN_FOR_CARE.search(self.doc.text[max(0, toponym.start - 80) : toponym.start]))

    def _on_the_way(self, toponym: Toponym) -> bool:
        """Whether the text names the place as a way's end or past a border, not as where
        anything is: "advancing toward Kharkiv", "the highway to Damascus", "fled across the
        border into Bangladesh"."""
        before = self.doc.text[max(0, toponym.start - 30) : toponym.start]
        return bool(_HEADING.search(before) or _ACROSS_A_BORDER.search(before))

    def _owner_of_the_target(self, obj: Token | None) -> GazetteerEntry | None:
        """The country whose people's adjective names the sites struck: "struck three Iranian
        nuclear facilities" (they lie in Iran), None for anything else."""
        if obj is None or obj.lemma_.lower() not in _SITE_NOUNS:
            return None
        for adjective in (c for c in obj.children if c.dep_ in ("amod", "compound", "nmod")):
            code = shared_gazetteer().demonym(adjective.text) if adjective.text[:1].isupper() else None
            if code is not None:
                try:
                    return shared_gazetteer().country(code)
                except KeyError:
                    return None
        return None

    def _capital_for_its_state(self, toponym: Toponym) -> bool:
        """Whether a capital is named for its state (`names_its_state`): "accusing Kyiv of backing
        rebels", "blamed on Islamabad"."""
        return (
            toponym.entry is not None
            and shared_gazetteer().is_capital(toponym.entry)
            and names_its_state(self.doc, toponym)
        )

    def _fled_to(self, toponym: Toponym) -> bool:
        """Whether the text names the place as where people fled to ("as thousands fled to the
        city of Bunia"), which is not where the story goes on."""
        return bool(_FLED_TO.search(self.doc.text[max(0, toponym.start - 80) : toponym.start]))

    def _origin(self, toponym: Toponym) -> bool:
        """Whether the text names the place as where someone or something came from."""
        return bool(_ORIGIN.search(self.doc.text[max(0, toponym.start - 40) : toponym.start]))

    def _most_specific(self, toponyms: list[Toponym], token: Token) -> Toponym:
        """The place an event is in among those named: not a qualifier of another ("X (Y)": X),
        not a landmark another is placed by ("Majzar district west of Marib city": Majzar; "the
        X-Y road in Z": Z; of a road's two ends, the one named elsewhere), not where it came from
        ("arrived in X from Y": X), the smallest kind, then the nearest to the trigger."""
        return min(
            toponyms,
            key=lambda t: (
                t.start in self._qualifiers,
                bool(_LANDMARK.search(self.doc.text[max(0, t.start - 40) : t.start])),
                self._route_end(t),
                # ("killed in Embu ... frogmarched him to the Embu-Meru highway": the end named on
                # its own too)
                self._route_end(t) and not self._named_off_the_road(t),
                self._origin(t),
                FEATURE_RANK[t.entry.feature],  # type: ignore[union-attr]
                abs(t.start - token.idx),
            ),
        )

    def _route_end(self, toponym: Toponym) -> bool:
        """Whether the place is one end of a road the event is on ("along the X-Y road in Z"): a
        landmark, not where the event is when the text names another place."""
        span = self.doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        return span is not None and end_of_a_route(self.doc, span.start, span.end)

    def _named_off_the_road(self, toponym: Toponym) -> bool:
        """Whether the story names a road's end elsewhere as a place of its own, not as an end."""
        return any(
            other.entry == toponym.entry and other.start != toponym.start and not self._route_end(other)
            for other in self.toponyms
        )

    def _story_time(self, time: TimeExpression | None) -> bool:
        """Whether an event is dated in the story's present (a week around the article date), not
        in a time of its own ("since they launched an attack in May")."""
        if time is None or time.start_date is None or self.ref_date is None:
            return time is None
        end = time.end_date or time.start_date
        return (time.start_date - self.ref_date).days <= 7 and (self.ref_date - end).days <= 7

    def _places_in_head(self, token: Token) -> list[Toponym]:
        """Toponyms in a conjunct's own phrase (not in its coordinated siblings)."""
        left = token.left_edge.idx
        right = token.idx + len(token.text)
        for child in token.children:
            if child.dep_ in ("compound", "amod", "prep", "appos") and child.i > token.i:
                right = max(right, child.right_edge.idx + len(child.right_edge.text))
        return self._toponyms_between(left, right)

    def _toponyms_in_tokens(self, tokens: list[Token]) -> list[Toponym]:
        """Toponyms among ``tokens``, leaving out those that qualify an actor ("Afghan forces")."""
        starts = {t.idx for t in tokens}
        ends = {t.idx + len(t.text) for t in tokens}
        out = []
        for toponym in self._toponyms_between(min(starts, default=0), max(ends, default=0)):
            if not any(toponym.start <= s < toponym.end for s in starts):
                continue
            if not self._qualifies_actor(toponym):
                out.append(toponym)
        return out

    def _qualifies_actor(self, toponym: Toponym) -> bool:
        """A place name inside an actor mention ("Afghan forces") or owning one ("Sudan's
        paramilitary Rapid Support Forces", "Kenya's army") says whose, not where."""
        actors = self._actors_between(toponym.start - 60, toponym.end + 80)
        if any(
            a.start <= toponym.start
            and toponym.end <= a.end
            # ("the governor of Lahij governorate instituted a ban": where the office governs)
            and not (
                a.type == "government" and toponym.entry is not None and toponym.entry.feature != "country"
            )
            for a in actors
        ):
            return True
        span = self.doc.char_span(toponym.start, toponym.end, alignment_mode="expand")
        if span is None:
            return False
        prep = span.root.head
        if (
            span.root.dep_ == "pobj"
            and prep.lower_ == "in"
            and (prep.head.lower_ in _SEATS or (prep.i > 0 and self.doc[prep.i - 1].lower_ in _SEATS))
        ):
            # "pledged loyalty to the federal government in Mogadishu", "the regime in Damascus":
            # the seat of a government says which, not where the deed was
            return True
        if span.root.dep_ in ("nmod", "compound") and span.root.head.lemma_.lower() in _NAMED_BY_A_PLACE:
            # "the Sinaloa and Jalisco New Generation cartels": a group named after its home ground
            return any(a.start <= span.root.head.idx < a.end for a in actors)
        if span.root.dep_ != "poss":
            return False
        owned = span.root.head
        while owned.dep_ in ("amod", "compound") and owned.head.i > owned.i:
            owned = owned.head  # the parser may hang "Sudan's" on "paramilitary" of the name after it
        return any(a.start <= owned.idx < a.end for a in actors)

    def _anaphoric_place(self, token: Token | None) -> GazetteerEntry | None:
        if token is None:
            return None
        return self._anaphoric_place_in(list(token.subtree))

    def _capital_named_in(self, tokens: Iterable[Token], country: str | None) -> GazetteerEntry | None:
        """ "in the capital" beside a country's name: that country's capital city."""
        from frontwire.nlp.gazetteer import shared_gazetteer

        if country is None:
            return None
        for t in tokens:
            if (
                t.lower_ == "capital"
                and t.tag_ == "NN"
                and any(c.lower_ == "the" for c in t.children)
                and _pobj_of(t) is None
                and not any(c.dep_ == "poss" for c in t.children)
            ):
                return shared_gazetteer().capital(country)
        return None

    def _anaphoric_place_in(self, tokens: Iterable[Token]) -> GazetteerEntry | None:
        """ "the city", "the provincial capital": the last place of that kind named before."""
        for t in tokens:
            feature = ANAPHORIC_PLACE_NOUNS.get(t.lemma_.lower())
            if feature is None or t.tag_ == "NNS":
                continue
            if not any(c.lower_ in ("the", "this", "that") for c in t.children):
                continue
            if _pobj_of(t) is not None or any(c.dep_ in ("poss", "compound") for c in t.children):
                continue
            earlier = [
                x
                for x in self.toponyms
                if x.start < t.idx
                and x.entry
                and x.entry.feature == feature
                and not self._in_source_name(x)
                and not self._people_origin(x)
            ]
            # "the city of El Obeid ... seizing the town of Bara ... west of the city": not a place
            # the story called by another such noun
            others = [
                n for n, f in ANAPHORIC_PLACE_NOUNS.items() if f == feature and n not in (t.lower_, "capital")
            ]
            unlike = [x for x in earlier if not any(self._called_by(x, n) for n in others)]
            if feature == "country" and self.country is not None and earlier:
                # ("the missiles Russia launched across the country" in a story of Ukraine: the
                # country the story is about, not the last one named)
                return self._country_entry()
            if unlike or earlier:
                return (unlike or earlier)[-1].entry
        return None

    def _called_by(self, toponym: Toponym, noun: str) -> bool:
        """Whether the text calls a place by ``noun``: "the city of X", "X city"."""
        text = self.doc.text
        before = text[max(0, toponym.start - len(noun) - 8) : toponym.start].lower()
        after = text[toponym.end : toponym.end + len(noun) + 2].lower()
        return before.endswith((f"{noun} of ", f"{noun} of the ")) or after.startswith(f" {noun}")

    def _is_protest_trigger(self, token: Token) -> bool:
        spec = self._spec_for(token)
        return spec is not None and spec.type == "PROTEST"

    @cached_property
    def _tells_of_protest(self) -> bool:
        """Whether the document speaks of a protest anywhere (read once per document)."""
        return any(_is_protest_word(t) for t in self.doc)

    def _in_source_name(self, toponym: Toponym) -> bool:
        """A place named as part of who speaks ("a spokesman in Goma", "said Beni territory
        administrator Charles Omeonga") is not what "the town" means."""
        if any(
            a.start is not None and a.end is not None and a.start <= toponym.start < a.end
            for a in self.attributions
        ):
            return True
        root = self._root_index(toponym)
        if root is None:
            return False
        word = self.doc[root]
        while word.dep_ in ("compound", "amod", "nmod") and word.head.i > word.i:
            word = word.head  # "Beni territory administrator": the office the place names
            if (
                word.lemma_.lower() in _PLACE_OFFICES
                and word.i + 1 < len(self.doc)
                and self.doc[word.i + 1].pos_ == "PROPN"
            ):
                return True
        return False

    def _story_place(self, sent: Span) -> GazetteerEntry | None:
        """Where the story is when a sentence names no place: the last event's place, nearby."""
        limit = _sentence_start_before(sent, 3)
        # the latest sentence first, and in it the first event told: "kidnapped seven soldiers in
        # Cauca ..., a day after a car bomb exploded in Jamundi" goes on in Cauca
        for event in sorted(self.events, key=lambda e: -e.sentence.start):
            if event.sentence.start < limit:
                break
            if event.status in ("generic", "hypothetical", "planned"):
                continue  # "which has carried out attacks on travellers from Punjab": no frame
            # (a site, "Mitiga airport suspended flights", is that event's own spot, not the
            # story's: "Hundreds protested in Martyrs' Square" is in the story's town)
            if self._told_at_several_places(event):
                continue  # "Protests also took place in Mombasa, Kisumu and Nakuru": no one of them
            if event.place is not None and event.place.feature not in ("country", "region", "site"):
                return event.place
        # (nor the place of an event told as of another time or not real: "infrastructure used to
        # plan the attack on tourists in Pahalgam last month")
        unreal = {
            (e.sentence.start, e.place.geonameid, e.place.name)
            for e in self.events
            if e.place is not None and e.status in ("generic", "hypothetical", "planned")
        }
        earlier = [
            t
            for t in self.toponyms
            if limit <= t.start < sent.start_char
            and t.entry
            and not any(s <= t.start and (g, n) == (t.entry.geonameid, t.entry.name) for s, g, n in unreal)
            and not self._people_origin(t)
            and not self._where_said(t)
            # "the convoy was escorting fuel trucks from Sevare to Douentza": the ends of a
            # journey are not where the story stopped
            and not self._origin(t)
            and not _JOURNEY_END.search(self.doc.text[max(0, t.start - 60) : t.start])
            # ("killed 80 people ... as 11,000 fled to the city of Cucuta": where people went)
            and not self._fled_to(t)
            and not self._capital_for_its_state(t)
        ]
        specific = [t for t in earlier if t.entry and t.entry.feature in ("city", "admin2")] or [
            t for t in earlier if t.entry and t.entry.feature == "site"
        ]
        # ("Fighting continued near the town of Walikale" after "seized Goma and Bukavu": a town the
        # sentence names, which the gazetteer lacks, is none of those named before; a square or a
        # street is in the town told before)
        if specific and not any(
            sent.start_char <= t.start < sent.end_char
            and any(self._called_by(t, noun) for noun in ("town", "village", "city", "hamlet"))
            for t in self._unknown_places
        ):
            return specific[-1].entry
        named_here = any(sent.start_char <= start < sent.end_char for start in self._unknown_place_starts)
        # a lede that says where only in passing ("a journalist in Eldoret said he was kidnapped")
        # or in the next sentence: a place of the story's country beats the country itself; but
        # not after a place just named that the gazetteer lacks ("raided a camp in the town of
        # X ... Two soldiers were wounded"): the story is there, not in the next paragraph's town
        named_unknown = any(limit <= start < sent.start_char for start in self._unknown_place_starts)
        # (nor, after a place the sentence itself names that the gazetteer lacks, the next
        # sentence's: "overran a garrison in Nasir ... ministers were arrested in Juba")
        nearby = (
            []
            if named_unknown
            else [
                t.entry
                for t in self._toponyms_between(
                    sent.start_char, sent.end_char if named_here else _sentence_end_after(sent, 1)
                )
                if t.entry
                and t.entry.feature in ("city", "site", "admin2", "admin1")
                and (self.country is None or t.entry.country == self.country)
                and not self._qualifies_actor(t)
                and not self._people_origin(t)
                and not self._where_said(t)
                and not self._fled_to(t)
                and not self._capital_for_its_state(t)
                # ("abducted on the highway to Damascus": a way there, not there)
                and not self._on_the_way(t)
            ]
        )
        if nearby:
            return min(nearby, key=lambda e: FEATURE_RANK[e.feature])
        # "MANDERA, Kenya (AP) - Four children were killed ...": the small town the reporter went to
        if self._reporters_town is not None and self._reporters_town.country == self.country:
            return self._reporters_town
        # "in Spur Tree, Manchester parish, police found ... Four persons were arrested": the
        # division the story was placed in before beats the country named since
        divisions = [t.entry for t in earlier if t.entry and t.entry.feature == "admin1"]
        if divisions and (self.country is None or divisions[-1].country == self.country):
            return divisions[-1]
        # "Israeli tanks fired at villages in southern Lebanon ... The military said it had fired
        # at suspects": the region the story was last placed in, before the country it is read as
        region = self._last_placed_in("region", limit)
        if region is not None and region.country is not None and region.country != self.country:
            return region
        # "US and British warplanes struck Houthi targets across Yemen ... The Houthis said five of
        # their fighters were killed": the country the story was last placed in, not the one it is
        # read as (not where talks and deals were held abroad: "signed a declaration in Qatar ...
        # Fighting continued near Walikale" is not in Qatar)
        country = self._last_placed_in("country", limit, before=sent.start_char, deeds_only=True)
        if country is not None and country.country != self.country:
            return country
        return self._country_entry()

    def _last_placed_in(
        self, feature: str, limit: int, before: int | None = None, deeds_only: bool = False
    ) -> GazetteerEntry | None:
        """The place of that ``feature`` the latest event told since ``limit`` (and before
        ``before``) is placed in, among events that happened (and only deeds, not diplomacy, with
        ``deeds_only``)."""
        return next(
            (
                e.place
                for e in sorted(self.events, key=lambda e: -e.sentence.start)
                if e.sentence.start >= limit
                and (before is None or e.sentence.start < before)
                and e.status not in ("generic", "hypothetical", "planned")
                and e.place is not None
                and e.place.feature == feature
                and (not deeds_only or e.plover.type in DEED_TYPES)
            ),
            None,
        )

    def _told_at_several_places(self, event: EventCandidate) -> bool:
        """Whether one word told ``event`` at more than one place ("protests in Mombasa, Kisumu
        and Nakuru" are read as one protest in each)."""
        return any(
            other is not event
            and other.trigger.start == event.trigger.start
            and other.place is not None
            and event.place is not None
            and other.place.geonameid != event.place.geonameid
            for other in self.events
        )

    def _country_entry(self) -> GazetteerEntry | None:
        if self.country is None:
            return None
        for toponym in self.toponyms:
            entry = toponym.entry
            if entry is not None and entry.feature == "country" and entry.country == self.country:
                return entry
        from frontwire.nlp.gazetteer import shared_gazetteer

        try:
            return shared_gazetteer().country(self.country)
        except KeyError:  # a territory the gazetteer has no country entry for
            return None

    # ------------------------------------------------------------------ time

    def _times_for(self, token: Token, sent: Span) -> list[TimeExpression]:
        """The date expression(s) governing a trigger: one per coordinated date."""
        from frontwire.nlp.dates import coordinated_expressions, governing_expression

        in_sentence = [
            t
            for t in self.times
            if sent.start_char <= t.start < sent.end_char
            # (a ranking's time dates no event, but what a "when" clause of it tells: "the deadliest
            # since March 2020, when fighters killed nearly 100 soldiers")
            and (t.start not in self._ranking_times or self._told_of_the_time(token, t))
            and t.start >= self._dateline_end
        ]
        quote = next((q for q in self._quote_scopes if q.start <= token.idx < q.end), None)
        if quote is not None and len(self.doc.text[quote.start : quote.end].split()) <= SCARE_QUOTE_WORDS:
            quote = (
                None  # 'soldiers had "neutralised" 20 terrorists on Sunday': a word quoted, not a quotation
            )
        if quote is not None:  # a quotation's events are dated by the quotation, not the report of it
            in_sentence = [t for t in in_sentence if quote.start <= t.start < quote.end]
        if not in_sentence:
            return []
        asked = _asked_for(token)
        if asked is not None:
            # "called for a national strike on Thursday": the day is the strike's, not the call's
            lo, hi = asked.left_edge.idx, asked.right_edge.idx + len(asked.right_edge)
            # (the day said right after what is asked for is its day, wherever the parser hangs it:
            # "called for further demonstrations on Thursday")
            in_sentence = [
                t
                for t in in_sentence
                if not lo <= t.start < hi
                and not (t.start >= hi and _JUST_A_PREPOSITION.fullmatch(self.doc.text[hi : t.start]))
            ]
            if _present_perfect(token):
                # "have called for a strike on Friday": a present perfect takes no past day, so
                # the day is the strike's wherever the parser hangs it
                in_sentence = [t for t in in_sentence if t.kind not in ("weekday", "partial", "absolute")]
        if token.lemma_.lower() in INTENT_GOVERNORS:
            # "has vowed to end the insurgency by March 2026": a deadline dates the end promised,
            # not the vow
            promised = [c for c in token.children if c.dep_ in ("xcomp", "ccomp")]
            spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in promised]
            in_sentence = [
                t
                for t in in_sentence
                if not (
                    any(a <= t.start < b for a, b in spans)
                    and self.doc.text[max(0, t.start - 3) : t.start].lower() == "by "
                )
            ]
            if not in_sentence:
                return []
        if _pos(token) == "NOUN":
            # "A truce brokered by the United Nations in April 2022 has largely held": the date of
            # the participle that tells how the event came about is the event's
            for made in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"):
                lo, hi = made.left_edge.idx, made.right_edge.idx + len(made.right_edge)
                own = [t for t in in_sentence if lo <= t.start < hi]
                if own:
                    return own[:1]
        # "entered the town at dawn and occupied it until Saturday afternoon": how long a state
        # lasted, not when what began it happened
        # (a "when" clause of the day tells what happened then: "until Saturday, when they withdrew")
        in_sentence = [
            t
            for t in in_sentence
            if self.doc.text[max(0, t.start - 6) : t.start].lower().strip() not in ("until", "till")
            or self._told_of_the_time(token, t)
            or self._when_it_ended(token, t)
        ]
        governing = governing_expression(self.doc, token.i, in_sentence, self._is_trigger)
        if governing is None:
            return []
        return [governing, *coordinated_expressions(self.doc, governing, in_sentence)]

    def _when_it_ended(self, token: Token, time: TimeExpression) -> bool:
        """Whether a trigger is the "when" clause of a state that lasted until ``time``: "occupied
        it until Saturday afternoon, when they withdrew" (the withdrawal is Saturday's)."""
        span = self.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None or token.dep_ != "advcl" or not any(c.lower_ == "when" for c in token.children):
            return False
        until = span.root.head
        return until.lower_ in ("until", "till") and until.head == token.head

    def _told_of_the_time(self, token: Token, time: TimeExpression) -> bool:
        """Whether a trigger lies in a clause that hangs on the date expression itself: "since
        March 2020, when Boko Haram fighters killed nearly 100 soldiers"."""
        span = self.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            return False
        return any(
            a.head.i in range(span.start, span.end) and a.dep_ == "relcl" for a in (token, *token.ancestors)
        )

    @cached_property
    def _ranking_times(self) -> frozenset[int]:
        """Where the date expressions start that bound what an event is ranked against, right
        after a superlative: "the deadliest strikes this year", "the worst violence since 2019",
        "the biggest protest in years" date the ranking, not the event."""
        out: set[int] = set()
        for time in self.times:
            span = self.doc.char_span(time.start, time.end, alignment_mode="expand")
            if span is None:
                continue
            i = span.start - 1
            # ("the deadliest in Chad since March 2020": the place a rank is made in, too)
            while i >= 0 and (
                self.doc[i].lower_ in ("since", "in", "so", "far", "for", "the")
                or self.doc[i].pos_ == "PROPN"
            ):
                i -= 1
            before = self.doc[i] if i >= 0 else None
            # ("the deadliest attack on the capital since July": the noun the phrase hangs on)
            node = span.root.head if span.root.dep_ == "pobj" else span.root
            ranked = node.head if node.dep_ == "prep" else None
            if any(
                word is not None
                and (_superlative(word) or any(_superlative(c) for c in word.children if c.dep_ == "amod"))
                for word in (before, ranked)
            ):
                out.add(time.start)
        return frozenset(out)

    def _dates(self, time: TimeExpression | None, token: Token) -> tuple[date | None, date | None, str, bool]:
        """Start, end and precision of an event's date, and whether it is only the article's date."""
        if time is not None and time.start_date is not None and _told_of_the_start(token, time):
            # "held Kidal since 2014, when they routed government forces": the rout is in 2014
            return time.start_date, time.since_end or time.start_date, time.since_precision or "day", False
        if time is not None and time.start_date is not None:
            offset = _days_apart(token, time)
            if offset is None and time.precision == "day" and self._overnight_before_telling(token, time):
                offset = -1  # "killed 100 in an overnight attack, Amnesty said on Saturday": Friday's night
            if offset is not None and time.precision == "day":
                day = time.start_date + timedelta(days=offset)
                return day, day, "day", False
            return time.start_date, time.end_date or time.start_date, time.precision, False
        # a date of the trigger's own sentence that does not govern it dates another clause ("the
        # junta, which seized power in 2022, has vowed ..."): only earlier sentences pass one on
        # ("The junta seized power on July 26 ... ECOWAS has threatened to use force": a present
        # perfect tells of the time up to now, not of the day told before)
        perfect = _present_perfect(token) or (
            token.dep_ == "conj" and token.tag_ == "VBN" and _present_perfect(token.head)
        )  # ("has threatened to use force and imposed sanctions")
        inherited = None if perfect else self._paragraph_time(token.sent.start_char)
        if inherited is not None:
            return inherited.start_date, inherited.end_date, inherited.precision, False
        if self.ref_date is not None:
            return self.ref_date, self.ref_date, "day", True
        return None, None, "unknown", False

    def _overnight_before_telling(self, token: Token, time: TimeExpression) -> bool:
        """Whether an event told as "overnight" ("an overnight attack", "struck overnight") is
        dated only by the day it was told of ("..., Amnesty said on Saturday"): the night before."""
        # ("killed 100 people in an overnight attack": the night the killing was part of)
        nights = [
            token,
            *(
                p
                for c in token.children
                if c.dep_ == "prep" and c.lower_ in ("in", "during")
                for p in c.children
                if p.dep_ == "pobj"
            ),
        ]
        if not any(
            c.lower_ == "overnight" and c.dep_ in ("amod", "advmod") for n in nights for c in n.children
        ):
            return False
        span = self.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            return False
        return any(a.lemma_ in SPEECH_VERBS for a in list(span.root.ancestors)[:3]) and not any(
            a.i == token.i for a in span.root.ancestors
        )

    def _paragraph_time(self, char: int) -> TimeExpression | None:
        """The last resolved date expression earlier in the same paragraph."""
        i = bisect.bisect_right(self._paragraph_starts, char) - 1
        start = self._paragraph_starts[i]
        earlier = [
            t
            for t in self.times
            if start <= t.start < char
            and t.start_date is not None
            and t.start not in self._relative_clause_times
            # ("the deadliest in Chad since March 2020 ... Chad has threatened to withdraw": a
            # ranking's time dates nothing after it)
            and t.start not in self._ranking_times
            and t.start >= self._dateline_end
            and t.start not in self._background_times
        ]
        # ("Gunmen killed 12 villagers on Saturday, an official said on Monday. Several women were
        # abducted.": the story goes on on the day of its deeds, not of their telling)
        deeds = [t for t in earlier if not self._dates_a_saying(t)]
        return (deeds or earlier)[-1] if earlier else None

    def _struck_subject(self, token: Token, gov: Token, spec: TriggerSpec) -> bool:
        """Whether the trigger's subject is struck, not the striker: "ran over a landmine" (the
        verb's reading, or the verb's whose object the trigger is)."""
        if spec.struck_subject:
            return True
        verb = gov if gov != token else None
        if verb is None and token.dep_ == "pobj" and token.head.dep_ == "prep":
            verb = token.head.head
        governing = self._spec_for(verb) if verb is not None else None
        return governing is not None and governing.struck_subject

    def _dates_a_saying(self, time: TimeExpression) -> bool:
        """Whether a date hangs on a verb of saying ("an official said on Monday")."""
        span = self.doc.char_span(time.start, time.end, alignment_mode="expand")
        return span is not None and _saying_dated_by(span) is not None

    @cached_property
    def _background_times(self) -> frozenset[int]:
        """Where the dates of past perfects a month or more before the article start: background
        ("The four had been abducted from a festival on Oct. 7. The military said an officer was
        killed during the operation": the officer died in today's news, not then). Read once."""
        if self.ref_date is None:
            return frozenset()
        month_ago = self.ref_date - timedelta(days=30)
        starts = set()
        for time in self.times:
            if time.start_date is None or time.start_date > month_ago:
                continue
            span = self.doc.char_span(time.start, time.end, alignment_mode="expand")
            verb = next((a for a in span.root.ancestors if a.pos_ in ("VERB", "AUX")), None) if span else None
            if verb is not None and any(
                c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in verb.children
            ):
                starts.add(time.start)
        return frozenset(starts)

    @cached_property
    def _dateline_end(self) -> int:
        """Where the article's dateline ends: its date is the article's, no event's."""
        from frontwire.nlp.dates import dateline_end

        return dateline_end(self.doc.text)

    @cached_property
    def _relative_clause_times(self) -> frozenset[int]:
        """Where the date expressions that date a relative clause start: background that dates
        nothing after it ("Hundreds marched on Monday against conscription, which the military
        introduced in February. Police arrested 20 protesters." -- the arrests were on Monday), or a
        participle describing a noun ("to salvage a ceasefire agreed in January. Hamas accused ...")."""
        out: set[int] = set()
        for time in self.times:
            span = self.doc.char_span(time.start, time.end, alignment_mode="expand")
            if span is not None and any(
                t.dep_ == "relcl" or (t.dep_ == "acl" and t.tag_ in ("VBN", "VBD"))
                for t in (span.root, *span.root.ancestors)
            ):
                out.add(time.start)
        return frozenset(out)

    # ------------------------------------------------------------------ numbers

    def _count(self, noun: Token) -> int | None:
        """ "four provincial capitals" -> 4, for plural objects only."""
        if noun.tag_ not in ("NNS", "NNPS"):
            return None
        for child in noun.children:
            if child.dep_ == "nummod":
                return _number(child)
        return None

    def _fatalities(self, sent: Span, trigger: Token) -> int | None:
        """People killed, the smallest figure the sentence gives; 0 when it says no one died.

        A "since", "after" or "before" clause tells another time ("the deadliest attack since the
        army launched its offensive last year", "killed 100 jihadists after militants attacked the
        town"): its dead are not the event's, nor the event's dead its own.
        """
        if (
            trigger.dep_ == "acl"
            and (
                trigger.lemma_.lower() in KILLING_LEMMAS
                or any(c.dep_ in ("oprd", "acomp") and c.lower_ == "dead" for c in trigger.children)
            )
            and trigger.head.lemma_.lower() in PEOPLE_NOUNS
        ):
            # "killed 39 people ..., including 23 people shot dead in Musakhel": the people the
            # participle describes are its dead
            own = next((_number(c) for c in trigger.head.children if c.dep_ == "nummod"), None)
            if own is not None:
                return own
        figures: list[int] = []
        told_in = _clause_of_another_time(trigger, _OTHER_HAPPENING_MARKS)
        trigger_after = _phrase_of_an_earlier_happening(trigger)
        # "police opened fire on protesters who tried to storm parliament, killing 19": a relative
        # clause's event has only the dead its own words tell
        described_in = next((a for a in (trigger, *trigger.ancestors) if a.dep_ == "relcl"), None)
        # "No one was killed at the station, but at least eight people died in attacks across the
        # city": the dead of the verb an event noun is the setting of are its own
        # "... killing an elderly man, and gunmen shot dead two people in a separate attack": a
        # happening told apart has the dead of its own clause
        own_clause = _own_clause_tokens(trigger) if _told_apart(trigger) or _placed_apart(trigger) else None
        # (and the other deed of the sentence has none of the separate attack's dead)
        apart = _clauses_told_apart(sent, trigger)
        died_in = (
            trigger.head.head
            if trigger.dep_ == "pobj"
            and trigger.head.lower_ in ("in", "during")
            and trigger.head.head.lemma_.lower() in DEATH_WORDS | KILLING_LEMMAS
            else None
        )
        for token in sent:
            if (
                described_in is not None
                and not described_in.left_edge.i <= token.i <= described_in.right_edge.i
            ):
                continue
            if died_in is not None and token.i != died_in.i:
                continue
            if (own_clause is not None and token.i not in own_clause) or token.i in apart:
                continue
            killing = token.lemma_.lower() in KILLING_LEMMAS
            if (token.lemma_.lower() not in DEATH_WORDS and not killing) or _clause_of_another_time(
                token, _OTHER_HAPPENING_MARKS
            ) != told_in:
                continue
            if (after := _phrase_of_an_earlier_happening(token)) is not None and after != trigger_after:
                continue  # "crowds attacked homes following the discovery of six bodies": not theirs
            if (
                trigger_after is not None
                and after != trigger_after
                and _outside_the_phrase(token, trigger_after)
            ):
                continue  # "escaped on Wednesday after a riot, and 33 were killed in clashes": not the riot's
            if _another_doer_s_killing(token, trigger):
                continue  # "protesters stormed parliament, and police shot dead 60 people": the police's
            if any(c.dep_ == "mark" and c.lower_ in _UNREAL_MARKS for c in token.children):
                continue  # "still verifying whether Deif had been killed": no one known dead
            if killing and any(c.dep_ == "neg" for c in token.children):
                figures.append(0)
                continue
            toll = (
                token.head
                if token.lemma_.lower() == "death" and token.head.lemma_.lower() == "toll"
                else None
            )
            if toll is not None and (figure := _toll_figure(toll)) is not None:
                figures.append(figure)  # "the death toll ... has risen to 52"
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass") and names_no_one(c) for c in token.children):
                figures.append(0)  # "no one was killed", "nobody died", "none of the crew were killed"
                continue
            # (the subject of an active "killed" did the killing: "two years of fighting killed")
            candidates = [
                c
                for c in (*token.children, token.head)
                if not (
                    c.dep_ == "nsubj"
                    and c.head.i == token.i
                    and killing
                    and any(o.dep_ == "dobj" for o in token.children)
                )
            ]
            if killing and not any(c.dep_ in ("dobj", "auxpass") for c in token.children):
                # "fighters killed at least 12 farmers ..., an official said" parsed with the farmers
                # as the saying's subject: the noun phrase right after an active verb is its object
                candidates += [
                    t for t in sent if t.left_edge.i == token.i + 1 and _nominal(t) and t.head.i != token.i
                ]
            bodies_of = None
            if token.lemma_.lower() in ("body", "corpse") and (bodies_of := _pobj_of(token)) is not None:
                candidates.insert(0, bodies_of)  # "the bodies of three women and three children"
            if token.lower_ == "dead" and token.dep_ in ("acomp", "oprd", "advmod", "xcomp"):
                # "shot dead six labourers": the dead are the object of the shooting ("two protesters
                # were shot dead": its passive subject)
                candidates += [c for c in token.head.children if c.dep_ in ("dobj", "nsubjpass")]
            if token.lower_ == "death" and token.head.lower_ == "to" and token.head.dep_ == "prep":
                # "beat to death a 17-year-old", "stoned to death two women": the verb's object died
                # ("one police officer was stoned to death": its passive subject)
                candidates += [c for c in token.head.head.children if c.dep_ in ("dobj", "nsubjpass")]
            for candidate in candidates:
                if candidate.lemma_.lower() in _TIME_NOUNS:
                    continue  # "two weeks after militants killed 26 men": a span of time, no dead
                number = _number(candidate)
                if number is None:
                    for child in candidate.children:
                        if child.dep_ == "nummod":
                            number = _number(child)
                if (
                    number is not None
                    and 1900 <= number <= 2100
                    and candidate.lemma_.lower() not in PEOPLE_NOUNS | _TAKEN_FIGHTERS
                ):
                    continue  # "a 2015 crisis in which hundreds were killed": a year, no toll
                if (
                    number is None
                    and candidate.lemma_.lower() in PEOPLE_NOUNS | _TAKEN_FIGHTERS
                    and candidate.tag_ == "NN"
                    and any(c.lower_ in ("a", "an", "one") for c in candidate.children)
                ):
                    number = 1
                if number is None and _one_person(candidate):
                    number = 1  # "shot dead a 40-year-old trader", "killed Kennedy Otieno"
                if number is not None and candidate.i != token.i:
                    speakers = [
                        (a.start, a.end)
                        for a in self.attributions
                        if a.start is not None and a.end is not None
                    ]
                    # ("the bodies of two women and a boy", the boy hung on "bodies")
                    beside = [c for c in token.conjuncts if c.i > token.i] if candidate is bodies_of else []
                    figures.append(
                        number
                        + _counted_conjuncts(candidate, speakers)
                        + _counted_siblings(candidate)
                        + sum(_people_counted(c) for c in beside)
                        + (_counted_alongside(token) if candidate.head.i == token.i else 0)
                    )
                    break
        return min(figures) if figures else None

    # ------------------------------------------------------------------ sources

    def _sources(self, token: Token) -> list[Source]:
        """Who vouches for the event: attributions whose scope covers the trigger."""
        covering = [a for a in self.attributions if a.scope.start <= token.idx < a.scope.end]
        # the narrowest scope first: a quote inside an "according to" sentence is the quote's
        covering.sort(key=lambda a: a.scope.end - a.scope.start)
        sources: list[Source] = []
        for attribution in covering:
            if any(s.name == attribution.name for s in sources):
                continue
            sources.append(Source(attribution.name, attribution.kind, attribution.actor))
        outlet = self.doc._.fw_input.outlet if self.doc._.fw_input is not None else None
        if not sources and outlet:
            sources.append(Source(outlet, "media", None))
        return sources


# ---------------------------------------------------------------------- parse helpers


def _pos(token: Token) -> str:
    """The part of speech, correcting the tagger where the parse shows a verb.

    The small model now and then tags a verb it does not know as a proper noun ("insurgents have
    overrun three towns"); a word with an auxiliary, a subject or an object is a verb. And it takes
    a plural noun after a noun for a verb ("Ceasefire talks resumed"): a verb is no subject.
    """
    if token.pos_ in ("PROPN", "NOUN", "ADJ") and token.tag_ not in ("NNS", "NNPS"):
        deps = {c.dep_ for c in token.children}
        if ("aux" in deps and ("dobj" in deps or "nsubj" in deps)) or "auxpass" in deps:
            return "VERB"
    if token.tag_ == "VBZ" and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return "NOUN"  # "Ceasefire talks resumed": a plural noun the tagger took for a verb
    return str(token.pos_)


def _headline_passive(token: Token, subject: Token | None, obj: Token | None) -> bool:
    """Whether a harm verb with a subject and no object is a headline's short passive ("2 killed",
    "Three villagers abducted near X"): its subject is a number or unarmed people. A weapon that is
    the subject of a finding verb is one too ("Bomb found near ...")."""
    if subject is None or obj is not None or _pos(token) != "VERB" or subject.dep_ != "nsubj":
        return False
    if (
        token.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("dobj", "auxpass", "aux") for c in token.children)
        and token.lemma_.lower() in _FINDING_VERBS | {"defuse"}
        and subject.lemma_.lower() in WEAPON_NOUNS
    ):
        return True  # "Bomb found near the president's home", "Explosives discovered inside a bus"
    if token.lemma_.lower() not in HARM_VERBS | {"arrest", "detain"} or token.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("dobj", "auxpass", "aux") for c in token.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "into") for c in token.children):
        return False  # "gunmen shot at a police station": a target, in the active voice
    # "villagers shot and killed a thief": the object is shared with the conjoined verb
    linked = [c for c in token.children if c.dep_ == "conj"] + ([token.head] if token.dep_ == "conj" else [])
    if any(c.dep_ == "dobj" for v in linked for c in v.children):
        return False
    if token.tag_ == "VBN":
        return True  # "Nine soldiers injured in blast": a reduced passive
    return subject.like_num or subject.lemma_.lower() in (VICTIM_NOUNS | PEOPLE_NOUNS) - ARMED_PEOPLE


def _blank(text: str, offset: int, ranges: list[tuple[int, int]]) -> str:
    """``text`` (starting at character ``offset`` of the document) with ``ranges`` blanked out."""
    chars = list(text)
    for a, b in ranges:
        for i in range(max(a - offset, 0), min(b - offset, len(chars))):
            chars[i] = " "
    return "".join(chars)


OCCUR_VERBS = frozenset(
    {"occur", "happen", "erupt", "unfold", "ensue", "continue", "rage",
     # an event that starts or starts again happens: "peace talks resumed in Kuala Lumpur",
     # "protests began in Lagos on Monday"
     "resume", "begin", "start", "open", "intensify", "escalate", "flare", "spread"}
)  # fmt: skip


def _occurs(verb: Token) -> bool:
    """ "occurred", "took place", "broke out": verbs that only say an event happened."""
    lemma = verb.lemma_.lower()
    if lemma in OCCUR_VERBS:
        return True
    children = {c.lower_ for c in verb.children}
    return (lemma == "take" and "place" in children) or (lemma == "break" and "out" in children)


def _hyphen_word(token: Token) -> str | None:
    """ "shoot-out" for the token "shoot" of "shoot - out" written without spaces, else None."""
    doc = token.doc
    if token.i + 2 >= len(doc) or token.whitespace_:
        return None
    dash, second = doc[token.i + 1], doc[token.i + 2]
    if dash.text != "-" or dash.whitespace_ or not second.is_alpha:
        return None
    return f"{token.lower_}-{second.lower_}"


def _threat_mode(spec: TriggerSpec) -> str | None:
    """The PLOVER THREATEN mode of a threatened action."""
    if spec.type == "ASSAULT":
        return "territory" if spec.territory else "violence"
    if spec.type == "COERCE":
        return "arrest" if spec.mode == "arrest" else "restrict"
    if spec.type == "SANCTION":
        return "expel" if spec.mode == "expel" else "relations"
    return None


#: what a source asks not to be when it asks for anonymity: "asked not to be named/identified"
_ANONYMITY_VERBS = frozenset({"name", "identify", "quote", "disclose", "reveal"})


def _asks_anonymity(token: Token) -> bool:
    """Whether a verb of asking asks that the speaker not be named ("who asked not to be
    identified", "requested anonymity"): a source's condition, not a demand on anyone."""
    refusing = token.lemma_.lower() in ("decline", "refuse")
    for child in token.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in _ANONYMITY_VERBS:
            # ("asked not to be named"; "declined to be named" says the same without a "not")
            return (
                refusing
                or any(c.dep_ == "neg" for c in child.children)
                or any(c.dep_ == "neg" for c in token.children)
            )
        if child.dep_ == "dobj" and child.lemma_.lower() == "anonymity":
            return True
    return False


#: verbs that make their subject a party to the event named after them ("involved in the fighting")
_PARTAKING_VERBS = frozenset({"involve", "participate", "engage", "take"})


def _denied_part_in(token: Token) -> bool:
    """Whether an event noun is what someone is said not to have taken part in ("troops were not
    involved in the fighting", "did not take part in the attack"): no event of theirs. The
    fighting itself, told elsewhere, is read there."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.lemma_.lower() not in _PARTAKING_VERBS:
        return False
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "part" for c in verb.children):
        return False
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


#: how long ago a since-clause may start for what follows it to be one fight's course
_RECENT_SINCE = timedelta(days=31)


def _clause_of_another_time(
    token: Token, marks: tuple[str, ...] = ("since", "after", "before")
) -> int | None:
    """The index of the verb of the clause of another happening ``token`` lies in ("since the
    army launched its offensive", "after militants attacked the town"), or None; ``marks`` are
    the words that open such a clause."""
    for node in (token, *token.ancestors):
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return node.i
    return None


def _take_the_day_of(event: EventCandidate, told: EventCandidate) -> None:
    """Date ``event``, dated only by the article, as the event ``told`` before it is dated."""
    event.start_date, event.end_date, event.precision = told.start_date, told.end_date, told.precision
    event.date_defaulted = False


def _reply_to(prep: Token) -> bool:
    """Whether a preposition opens what a deed answers: the "for" of "in retaliation for", the "to"
    of "in response to"."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ in ("for", "to")
        and prep.head.lemma_.lower() in _REPLY_NOUNS
        # ("the strike was a response to attacks on U.S. troops": said of the deed)
        and ((prep.head.dep_ == "pobj" and prep.head.head.lower_ == "in") or prep.head.dep_ == "attr")
    )


def _answered(token: Token) -> bool:
    """Whether a trigger lies in what another deed answers: "in retaliation for a rocket attack",
    "in response to the ambush"."""
    return any(_reply_to(node) for node in token.ancestors)


def _outside_the_phrase(word: Token, opening: int) -> bool:
    """Whether a word lies outside the "after" phrase opened at token ``opening``: before it, or in a
    clause joined after it ("after a riot, and 33 were killed"; not "after a week of gun battles
    left 14 dead", the phrase's own deed)."""
    doc = word.doc
    edge = doc[opening].right_edge.i
    if word.i < opening:
        return True
    return word.i > edge and any(t.dep_ == "cc" for t in doc[edge + 1 : word.i])


def _victims_owned(verb: Token) -> bool:
    """Whether a passive killing's dead are the speaker's own: "one of its officers was killed",
    "two of our soldiers were killed"."""
    victims = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(t.dep_ == "poss" and t.lower_ in ("its", "their", "our") for v in victims for t in v.subtree)


def _ranked_in_passing(noun: Token) -> bool:
    """Whether an event noun is set after a comma to rank the sentence's own event among others:
    "Gunmen abducted 287 pupils ..., the second mass kidnapping in the country in less than a
    week" (the abduction told again, not another)."""
    if _pos(noun) != "NOUN" or noun.dep_ not in ("dobj", "appos", "npadvmod", "attr", "conj"):
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if not any(c.dep_ == "amod" and (c.lower_ in _RANKING_WORDS or _superlative(c)) for c in noun.children):
        return False
    before = noun.left_edge.i - 1
    return before > noun.sent.start and noun.doc[before].text == ","


#: words that rank a happening among others like it by its order, beside the superlatives
#: (`_superlative`: "the deadliest", "the most violent"): "the second attack", "the latest kidnapping"
_RANKING_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last"})


def _unnamed_places(trigger: Token, obj: Token | None) -> bool:
    """Whether a deed befalls places the sentence counts only vaguely and does not name: "regained
    control of several towns", "looted shops in several cities", "attacks in many villages"."""
    nouns = [obj] if obj is not None else []
    clause = [trigger, *(c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    nouns += [
        p
        for verb in clause
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "across", "of")
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    controlled = [_pobj_of(n) for n in nouns if n is not None and n.lemma_.lower() == "control"]
    nouns += [n for n in controlled if n is not None]
    return any(
        n is not None
        and n.tag_ == "NNS"
        and n.lemma_.lower() in _SETTLEMENT_PLURALS
        and any(c.lower_ in _VAGUE_COUNTS and c.dep_ in ("amod", "det", "nummod") for c in n.children)
        for n in nouns
    )


#: nouns of a group's men: "a commander of the militia", "two members of the group"
_MEMBER_NOUNS = _OFFICE_HOLDERS | frozenset({"member", "fighter", "official", "operative", "head", "founder"})
#: offices held for a place, written between its name and the holder's: "Beni territory
#: administrator Charles Omeonga", "Ituri governor Johnny Luboya"
_PLACE_OFFICES = DIVISION_OFFICES | frozenset(
    {"administrator", "mayor", "commissioner", "chief", "prefect", "official", "spokesman"}
)
#: verbs of taking people away from where they were: "rescued four hostages from Nuseirat"
_TAKING_AWAY_VERBS = frozenset({"rescue", "free", "evacuate", "extract", "abduct", "kidnap", "snatch"})


def _state_of_emergency(noun: Token) -> bool:
    """Whether "emergency" is the one of "a state of emergency" (the trigger "emergency" is read
    only there; the state is what is declared, lifted or defied)."""
    return (
        noun.lemma_.lower() == "emergency"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() == "state"
    )


def _lifted(noun: Token) -> bool:
    """Whether a rule's noun is what a verb of ending or defying acts on: "lifted the curfew", "the
    state of emergency was lifted", "an end to martial law", "protesters defied a curfew" (a rule
    in force, no new one)."""
    if _pos(noun) not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ in ("dobj", "nsubjpass"):
        return noun.head.lemma_.lower() in _ENDING_RULE_VERBS
    return noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() == "end"


#: verbs that end what stands, a deal or a rule: "ended the accord", "revoked the curfew"
_ENDING_VERBS = frozenset({"end", "scrap", "terminate", "annul", "revoke", "rescind", "cancel"})
#: verbs that end a curfew, a lockdown or a state of emergency, or defy one in force
_ENDING_RULE_VERBS = _ENDING_VERBS | frozenset(
    {"lift", "ease", "relax", "repeal", "defy", "violate", "flout", "break", "ignore", "breach"}
)


def _answered_series(noun: Token) -> bool:
    """Whether a plural event noun, undated and uncounted, is what a deed answers: "struck Houthi
    targets in retaliation for the group's attacks on shipping" (a run of attacks, no one day's)."""
    return (
        _pos(noun) == "NOUN"
        and noun.tag_ == "NNS"
        and _answered(noun)
        # (a part singled out is no date of the run: "attacks on U.S. troops, including a drone
        # attack that killed three soldiers last month")
        and not any(
            t.ent_type_ in ("DATE", "TIME", "CARDINAL")
            for c in noun.children
            if not (c.dep_ == "prep" and c.lower_ == "including")
            for t in c.subtree
        )
    )


def _phrase_of_an_earlier_happening(token: Token) -> int | None:
    """The index of the "following" or "after" whose noun phrase ``token`` lies in ("following
    the discovery of six bodies", "after the killing of two officers", "in retaliation for a
    rocket attack"), or None."""
    for node in token.ancestors:
        if (
            node.dep_ == "prep"
            and node.lower_ in ("following", "after")
            and any(c.dep_ == "pobj" and c.pos_ == "NOUN" for c in node.children)
        ):
            return node.i
        if _reply_to(node):
            return node.i  # "in retaliation for a rocket attack that killed 12 children": what was answered
    return None


#: what opens a clause of another happening whose dead are its own: "Israel struck tanks ... as
#: clashes between Druze fighters and Bedouin tribes killed at least 30"
_OTHER_HAPPENING_MARKS = ("since", "after", "before", "as", "while")


#: verbs whose object is an event still to come: "plotting an attack", "preparing an offensive"
_PLOTTING_VERBS = frozenset({"plan", "plot", "prepare"})


def _plotted(token: Token) -> bool:
    """Whether an event noun is what someone plans or plots ("arrested men suspected of planning a
    bomb attack", "preparing for an assault"): the plan is told, not the event."""
    if any(
        c.dep_ in ("compound", "amod") and c.tag_ == "VBG" and c.lemma_.lower() in _PLOTTING_VERBS
        for c in token.children
    ):
        return True  # "accuses Rwanda of planning attack": a headline's verb the parser hung on the noun
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
    elif token.dep_ != "dobj":
        return False
    return _pos(token) == "NOUN" and head.lemma_.lower() in _PLOTTING_VERBS


def _governors(token: Token) -> Iterator[Token]:
    """The heads above ``token``, not across a coordination of verbs nor up from an active
    subject: in "repelled the attack and killed 20 attackers" the killing is no part of what was
    repelled, and in "troops backed by militias repelled the assault" the backing does the
    repelling (an attack that is the passive subject, "the attack was repelled", was repelled)."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "conj" and node.pos_ == "VERB" and node.head.pos_ == "VERB":
            return
        if node.dep_ == "nsubj":
            return
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in node.children
        ):
            return  # "foiled an attempted coup after armed men attacked the residence": the attack was done
        node = node.head
        yield node


def _awaited(clause: Token) -> bool:
    """A clause of time that looks ahead from a future or a command: "will not stop until Gezira is
    liberated", "fight on until the city falls" (what has not happened yet), not "fought until
    the town fell"."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("until", "till") for c in clause.children
    ):
        return False
    head = clause.head
    auxes = {c.lower_ for c in head.children if c.dep_ == "aux"}
    return bool(auxes & (FUTURE_MODALS | HYPOTHETICAL_MODALS)) or (head.tag_ == "VB" and not auxes)


#: the parts a group splits into, which fight one another
_SPLIT_NOUNS = frozenset({"faction", "wing", "branch", "splinter", "clan"})


_PERMITTING_VERBS = frozenset({"let", "allow", "permit", "tolerate"})


def _not_let_happen(gov: Token) -> bool:
    """Whether ``gov`` is what someone will not let, or refuses to let, happen: "will not allow
    the insurgents to take Goma", "vowed never to let the rebels capture the city"."""
    if gov.dep_ not in ("ccomp", "xcomp") or gov.head.lemma_.lower() not in _PERMITTING_VERBS:
        return False
    node = gov.head
    for _ in range(3):
        if any(c.dep_ == "neg" or c.lower_ == "never" for c in node.children):
            return True
        if node.lemma_.lower() in ("refuse", "decline"):
            return True
        if node.dep_ != "xcomp":
            return False
        node = node.head
    return False


def _clause_chain(token: Token) -> Iterator[Token]:
    """``token`` and the heads above it up to its clause's root (through complements)."""
    node = token
    yield node
    for _ in range(8):
        if node.dep_ in ("ROOT", "relcl", "advcl", "ccomp", "conj") or node.head == node:
            return
        node = node.head
        yield node


def _causative(token: Token) -> bool:
    """A participle in a causative small clause: "had/got/left the town encircled"."""
    return (
        token.dep_ in ("ccomp", "xcomp", "oprd")
        and token.head.lemma_.lower() in ("have", "get", "keep", "leave")
        and (token.tag_ == "VBN" or token.pos_ == "ADJ")
    )


def _headline_verb(token: Token) -> bool:
    """Whether a word the tagger read as a plural noun is the verb of a verbless headline: "MRC
    kidnaps IEBC official" (a named subject right before it, no other verb in the sentence)."""
    if token.tag_ != "NNS" or not token.lower_.endswith("s") or token.i == token.sent.start:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in token.sent):
        return False
    before = token.nbor(-1)
    return before.tag_ == "NNP" and token.i + 1 < token.sent.end


def _joined(a: Token, b: Token) -> bool:
    """Whether two verbs are coordinated: "arrested and beat", "burn homes and attack civilians"."""
    return (a.dep_ == "conj" and a.head == b) or (b.dep_ == "conj" and b.head == a)


def _on_object(noun: Token) -> Token | None:
    """The noun after "on" that an event noun acts on: "a ban on rallies"; when the noun is a
    verb's object, the parser may hang "on" on the verb ("extended the ban on rallies")."""
    holders = [noun, noun.head] if noun.dep_ == "dobj" else [noun]
    return next(filter(None, (_pobj_of(holder, "on") for holder in holders)), None)


def _taken_by_entry(spec: TriggerSpec) -> TriggerSpec:
    """A verb of entering read as the taking of the place entered (territory changing hands)."""
    return replace(
        spec,
        type="ASSAULT",
        mode=None,
        contexts=("territory",),
        territory=True,
        place_object=True,
        weak=False,
    )


def _entered_as_the_other_side_left(enter: Token) -> bool:
    """Whether a verb of entering has, in a clause of its own, another subject leaving ("entered
    the city after federal troops withdrew", "entered the town as soldiers fled")."""
    subject = next((c for c in enter.children if c.dep_ == "nsubj"), None)
    for clause in enter.children:
        if clause.dep_ not in ("advcl", "conj") or clause.lemma_.lower() not in _LEAVING_VERBS:
            continue
        leaver = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if (
            leaver is not None
            and leaver.pos_ in ("NOUN", "PROPN")
            and (subject is None or leaver.i != subject.i)
        ):
            return True
    return False


def _framing_verb(xcomp: Token) -> Token:
    """The verb an open complement completes, past verbs of aspect ("vowed to keep fighting" ->
    "vowed")."""
    head = xcomp.head
    while head.dep_ == "xcomp" and head.lemma_.lower() in ASPECT_GOVERNORS:
        head = head.head
    return head


def _perceived(token: Token) -> bool:
    """Whether the word is what was heard or seen ("Gunfire and explosions were heard"): the
    subject of a passive verb of perception, or a conjunct of it."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "nsubjpass" and token.head.lemma_.lower() in ("hear", "see")


def _pobj_of(noun: Token, preposition: str = "of") -> Token | None:
    """The noun after ``preposition`` hanging on ``noun``: "control of X", "a ban on X"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == preposition:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def _conjuncts(token: Token) -> list[Token]:
    return [
        token,
        *[
            t
            for t in token.subtree
            if t.dep_ == "conj" and t.head.i in {token.i, *[c.i for c in token.conjuncts]}
        ],
    ]


def _is_announcing(token: Token) -> bool:
    """Verbs by which an actor makes a statement about what it will do."""
    return token.lemma_.lower() in (
        "say", "tell", "announce", "declare", "state", "confirm", "indicate", "quote", "add", "insist",
        "reiterate", "signal", "accord",
    )  # fmt: skip


#: group nouns often named after a place: "the Sinaloa cartel", "the Gulf clan"
_NAMED_BY_A_PLACE = frozenset({"cartel", "gang", "militia", "clan", "faction", "front", "brigade", "group"})

#: words of a mention of police that names no country
_BARE_POLICE_WORDS = frozenset({"the", "police", "riot", "anti-riot", "policemen", "policeman", "officers"})

#: verbs of people coming together, a protest when they voice something as they do
_GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "congregate"})
#: what a gathered crowd does that makes its gathering a protest
_VOICING_VERBS = frozenset(
    {"demand", "protest", "chant", "denounce", "condemn", "call", "shout", "demonstrate"}
)


#: those a state sends away when it expels another's representation
_ENVOY_NOUNS = frozenset(
    {"ambassador", "envoy", "diplomat", "diplomats", "ambassadors", "attache", "attaché", "consul", "charge"}
)


#: what an expelled envoy is told to leave
_LEFT_LANDS = frozenset({"country", "territory", "capital", "nation"})


def _sent_away(verb: Token) -> bool:
    """Whether a verb gives or orders an envoy to leave: "gave France's ambassador 48 hours to
    leave the country", "ordered the French envoy to leave"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ("give", "order", "tell", "instruct"):
        return False
    if not any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _ENVOY_NOUNS for c in verb.children):
        return False
    return any(
        c.dep_ in ("xcomp", "advcl", "ccomp")
        and c.lemma_.lower() in ("leave", "depart", "quit")
        # (the country, or a named place; not "asked the ambassador to leave the room")
        and all(o.lemma_.lower() in _LEFT_LANDS or o.pos_ == "PROPN" for o in c.children if o.dep_ == "dobj")
        for c in verb.children
    )


def _gathered_to_voice(token: Token) -> bool:
    """Whether people gather and voice a demand or a grievance in the same clause ("gathered
    outside the government building, demanding his resignation", "assembled to denounce the
    verdict"); a gathering for a funeral or a meeting is none."""
    if token.lemma_.lower() not in _GATHERING_VERBS or token.pos_ != "VERB":
        return False
    return any(
        c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in _VOICING_VERBS for c in token.children
    )


def _demands_of_another(token: Token) -> bool:
    """A statement that another party must or should act: "X said (that) Y must withdraw",
    "X reiterated that Y should hand over the suspects". "X said it must defend itself" is not."""
    if token.pos_ != "VERB" or not (_is_announcing(token) or token.lemma_.lower() in DEMAND_VERBS):
        return False
    for clause in token.children:
        if clause.dep_ != "ccomp":
            continue
        aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        if aux & {"must", "should"} and subjects and subjects[0].lower_ not in ("it", "we", "i", "he", "she"):
            return True
    return False


# words before "strike" that make it a stoppage of work: "a general strike", "an open-ended strike"
_LABOUR_STRIKE_WORDS = frozenset(
    {"general", "labour", "labor", "workers", "national", "nationwide", "teachers", "doctors", "nurses",
     "indefinite", "open-ended", "ended", "wildcat", "sit-down", "warning", "transport", "rail", "dockers"}
)  # fmt: skip
# event types whose participle after a noun is often the news itself ("three men killed by gunmen")
_VIOLENT_OR_CROWD_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "THREATEN"})


def _sayer_of(token: Token) -> Token | None:
    """The subject of the verb of saying whose report ``token``'s clause is ("Syria says it will
    withdraw" -> Syria), if any."""
    clause = token
    while clause.dep_ in ("xcomp", "conj", "acomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or not _is_saying(clause.head):
        return None
    saying = clause.head
    sayer = next((c for c in saying.children if c.dep_ == "nsubj"), None)
    if sayer is None and saying.dep_ == "advcl" and saying.tag_ == "VBG":
        # "Israel said its aircraft struck tanks, saying it would not allow ...": the participle
        # goes on with the one who spoke, wherever the parser hung it
        above = saying.head
        if above.dep_ == "ccomp" and _is_saying(above.head):
            above = above.head
        sayer = next((c for c in above.children if c.dep_ == "nsubj"), None)
    return sayer


def _is_saying(token: Token) -> bool:
    return token.lemma_.lower() in ("say", "tell", "claim", "report", "state", "add", "accord")


def _participle_stems(word: str) -> list[str]:
    """Possible verb lemmas of an -ed participle: encircled -> encircle, seized -> seize, shelled -> shell."""
    if not word.endswith("ed") or len(word) < 5:
        return []
    stems = [word[:-1], word[:-2]]
    if len(word) > 5 and word[-3] == word[-4]:
        stems.append(word[:-3])  # doubled consonant: "shelled", "abetted"
    if word.endswith("ied"):
        stems.append(word[:-3] + "y")
    return stems


def _alleged(trigger: Token) -> bool:
    """Whether a deed is told only as what someone accuses or blames its doer of: "accused them of
    attacking the civilian population", "blamed the army for the killings"."""
    while trigger.dep_ == "conj":
        trigger = trigger.head  # "accused them of killing and looting"
    if trigger.dep_ == "amod" and trigger.tag_ == "VBG":
        trigger = trigger.head  # "accused the militia of looting banks", the gerund read as a modifier
    if trigger.dep_ not in ("pcomp", "pobj") or trigger.head.lower_ not in ("of", "for"):
        return False
    charged = trigger.head.head
    if charged.dep_ == "dobj":
        charged = charged.head  # (the parser's "of" hung on whom the charge names)
    return charged.lemma_.lower() in _ALLEGING_VERBS


def _accused_of(gerund: Token) -> Token | None:
    """Who does a gerund that says what someone is accused or suspected of: "accusing them of
    ordering attacks", "accused RSF fighters of killing 13 civilians as they retreated" (the
    fighters kill, and retreat), "attacked communities it accused of supporting dissidents"."""
    if (
        gerund.dep_ != "pcomp"
        or gerund.head.lower_ != "of"
        or gerund.head.head.lemma_.lower() not in _ACCUSING_VERBS
    ):
        return None
    accusing = gerund.head.head
    charged = next((c for c in accusing.children if c.dep_ == "dobj"), None)
    if charged is None and accusing.dep_ == "relcl":
        return accusing.head  # "communities it accused of supporting dissidents": the communities
    return charged


def _clauses_above(token: Token) -> Iterator[Token]:
    """The heads above ``token``, nearest first, with a misplaced "and said" taken back to the
    reporter it belongs to ("the army acknowledged that insurgents had entered the city and said
    it ...": the army's clause, not the insurgents')."""
    node = token
    while node.head.i != node.i:
        node = reporter_of_misplaced_conjunct(node) or node.head
        yield node


_DAYS_IN = {"day": 1, "week": 7}


# named entities that give an event noun a setting of its own ("the abduction of pupils in Kuriga")
_OWN_SETTING_ENTS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})
_CONDEMNING_VERBS = frozenset({"condemn", "denounce", "decry", "deplore", "criticise", "criticize"})
#: verbs of taking people that say nothing of a crime ("captured", unlike "kidnapped")
_PLAIN_TAKING = frozenset({"capture", "seize", "take", "grab", "nab", "catch", "apprehend"})
_BLAMING_VERBS = frozenset({"blame", "attribute", "pin"})
#: what a side may have had in a happening: "denied any role in the fighting"
_PART_NOUNS = frozenset(
    {
        "role",
        "involvement",
        "part",
        "hand",
        "complicity",
        "participation",
        "loss",
        "losses",
        "casualty",
        "casualties",
    }
)  # ("acknowledged significant losses in the fighting": the fighting told before)
_REPLY_NOUNS = frozenset({"retaliation", "response", "revenge", "reprisal", "answer"})


#: verbs by which a crowd voices words: what they chant or write is no event told
_CHANTING_VERBS = frozenset({"chant", "shout", "sing", "yell", "scream", "cry", "brandish", "wave", "read"})


def _chanted(token: Token) -> bool:
    """Whether a word is part of a slogan a crowd chanted or carried: "chanting 'Resignation!'",
    "placards reading 'Stop the killings'" (the object of a verb of chanting, set in quotes)."""
    if (
        token.tag_ == "VB"
        and token.i > 0
        and token.doc[token.i - 1].text in ('"', "“")
        and not any(c.dep_ in ("nsubj", "aux") for c in token.children)
    ):
        return True  # '... chanting "Resignation!" and "Arrest them!"': a quoted command, a slogan
    node = token
    for _ in range(4):
        if (
            node.dep_ in ("dobj", "ccomp", "oprd", "attr", "npadvmod")
            and node.head.lemma_.lower() in _CHANTING_VERBS
        ):
            quoted = any(
                t.text in ('"', "“", "'", "‘") for t in token.doc[max(0, node.left_edge.i - 1) : node.i + 1]
            )
            return quoted
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _motive_tokens(gov: Token) -> set[int]:
    """The words of a bare "in protest at X" under ``gov``: why the deed was done, whose places
    are not the deed's ("fired missiles at a tanker in protest at the war in Gaza"). The parser
    often hangs "at X" beside "in protest" rather than under it."""
    out: set[int] = set()
    for prep in gov.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        motive = next((c for c in prep.children if c.dep_ == "pobj" and c.lower_ == "protest"), None)
        if motive is None or any(c.dep_ in ("det", "poss", "amod") for c in motive.children):
            continue
        out.update(t.i for t in prep.subtree)
        after = motive.doc[motive.i + 1] if motive.i + 1 < len(motive.doc) else None
        if after is not None and after.lower_ in ("at", "against", "over") and after.i not in out:
            out.update(t.i for t in after.subtree)
    return out


def _a_cause(prep: Token) -> bool:
    """Whether a phrase hung on a verb tells of what the event answers, which happened elsewhere:
    "struck targets in Yemen in retaliation for attacks on shipping in the Red Sea", "shelled the
    town after rockets were fired from Lebanon"."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ in ("after", "following"):
        return any(c.dep_ in ("pobj", "pcomp") for c in prep.children)
    return prep.lower_ == "in" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in _REPLY_NOUNS for c in prep.children
    )


#: what the burning of homes may be part of when told with it: "killed 12 and burned homes"
_KILLING_VERBS = frozenset(
    {
        "kill",
        "murder",
        "massacre",
        "slaughter",
        "behead",
        "shoot",
        "hack",
        "execute",
        "attack",
        "raid",
        "storm",
    }
)


def _part_of_killing(token: Token) -> bool:
    """Whether a destruction is told as a deed of the same attackers in the same clause as a
    killing: a verb conjoined to the killing (or hung on it as a participle) with no subject of
    its own ("killed 12 villagers and burned homes", "stormed the village, torching houses")."""
    if token.pos_ != "VERB":
        return False
    head = token.head
    if token.dep_ in ("conj", "advcl") and head.pos_ == "VERB" and head.lemma_.lower() in _KILLING_VERBS:
        if _dated_apart(token, head):
            return False  # "set fire to a station on Thursday and stormed a prison on Friday"
        before = token.doc[token.i - 1]
        # (a noun right before the verb is its subject however parsed: "killed 12 in Bozoum and
        # soldiers burned their homes")
        return before.pos_ not in ("NOUN", "PROPN", "PRON") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children
        )
    # "burned dozens of homes and killed 12": the killing conjoined to the burning
    return any(
        c.dep_ == "conj"
        and c.pos_ == "VERB"
        and c.lemma_.lower() in _KILLING_VERBS
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        and not _dated_apart(token, c)
        for c in token.children
    )


def _own_day_phrase(verb: Token) -> str | None:
    """The date a verb is told with in a phrase of its own ("on Thursday"), lower case, or None."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ == "DATE":
                    return " ".join(t.lower_ for t in pobj.subtree)
    return None


def _dated_apart(a: Token, b: Token) -> bool:
    """Whether two joined verbs each name a day of their own, and not the same one: "set fire to a
    police station on Thursday and stormed a prison on Friday" are two deeds."""
    day_a, day_b = _own_day_phrase(a), _own_day_phrase(b)
    return day_a is not None and day_b is not None and day_a != day_b


#: verbs of leading a group: its leader is of it ("X, who led the group, was killed")
_LEADING_VERBS = frozenset({"lead", "head", "command", "found", "run"})

#: the sounds and words of a fight that explosions are heard with
_FIGHT_NOISES = frozenset({"gunfire", "fighting", "clash", "shooting", "gunshot", "firing", "gunbattle"})


def _heard_in_a_fight(noun: Token) -> bool:
    """Whether an explosion noun is coordinated with a fight's noise: "gunfire and explosions"."""
    return any(c.lemma_.lower() in _FIGHT_NOISES for c in noun.conjuncts)


def _another_doer_s_killing(word: Token, trigger: Token) -> bool:
    """Whether a death word is the killing of another doer, named as the subject of a clause of
    its own joined to the trigger's ("protesters stormed parliament, and police shot dead 60") or
    as its agent ("..., and that 12 civilians had been killed by Indian shelling"): those dead are
    that doer's toll (not "gunmen attacked the village and killed ten", one doer, nor "... and
    they killed ten")."""
    verb = word if word.pos_ == "VERB" else word.head
    if verb.dep_ != "conj" or verb.i == trigger.i or trigger.i in {t.i for t in verb.subtree}:
        return False
    if verb.lemma_.lower() not in KILLING_LEMMAS and not (
        verb.lemma_.lower() == "shoot" and any(c.lower_ == "dead" for c in verb.children)
    ):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return True  # "launched drones ..., and that 12 civilians had been killed by Indian shelling"
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ != "PRON"


def _conjunct_of_the_outer_clause(verb: Token) -> Token | None:
    """The verb a conjunct the parser hung inside a relative clause belongs with, when its tense
    says so: in "troops had killed gunmen who opened fire on them and had arrested 14 suspects",
    "had arrested" goes with "had killed", not with "opened"."""
    if verb.dep_ != "conj" or verb.head.dep_ != "relcl":
        return None
    relative, outer = verb.head, verb.head.head.head
    if outer.pos_ not in ("VERB", "AUX"):
        return None

    def perfect(v: Token) -> bool:
        return any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children)

    return outer if perfect(verb) and perfect(outer) and not perfect(relative) else None


def _described_as_accused(token: Token) -> bool:
    """Whether ``token`` is "accused"/"suspected" describing a person: "a man accused of killing a
    soldier" is who he is, no accusation made (the deed it names is read on its own)."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and token.lemma_.lower() in _ACCUSING_VERBS


def _over_months(time: TimeExpression | None) -> bool:
    """Whether a date is a stretch up to now longer than one fight lasts: "over the past year",
    "in the last three months"."""
    return (
        time is not None
        and time.kind == "recent"
        and time.start_date is not None
        and time.end_date is not None
        and (time.end_date - time.start_date).days > _ONE_FIGHT_DAYS
    )


def _told_of_the_start(token: Token, time: TimeExpression) -> bool:
    """Whether ``token`` is in a relative clause on the date a "since" range runs from: "since
    May, when the rebels cut the road" (the cutting is in May, not since)."""
    if time.kind != "since" or time.since_precision is None:
        return False
    return any(t.dep_ == "relcl" and time.start <= t.head.idx < time.end for t in (token, *token.ancestors))


def _dates_the_saying(time: TimeExpression, trigger: Token) -> bool:
    """Whether a day dates the saying of what the trigger tells rather than the happening: "killed
    12 civilians, the mission said on Thursday" (the killing was then or before). The expression
    hangs on a verb of saying above the trigger."""
    if time.precision != "day":
        return False
    doc = trigger.doc
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    if span is None:
        return False
    saying = _saying_dated_by(span)
    # ("said on Sunday it had captured the base", the parser hanging the day on what was said: a
    # day right after the verb of saying, before the clause it reports, dates the saying)
    return (saying is not None and saying.is_ancestor(trigger)) or dates_the_saying_before_its_clause(
        span, trigger
    )


def _saying_dated_by(span: Span) -> Token | None:
    """The verb of saying a date expression hangs on ("said on Thursday"), if it hangs on one."""
    verb = span.root.head
    if verb.dep_ == "prep" or verb.pos_ == "ADP":
        verb = verb.head  # "said on Thursday"
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in SPEECH_VERBS else None


def _days_apart(token: Token, time: TimeExpression) -> int | None:
    """Days from the dated clause to the event ``token`` tells of when a measured "after"/"before"
    puts it there: "seized Aleppo on Saturday, three days after launching an offensive" (-3), "a
    week before the army attacked Hama" (+7). The date must be the clause's, outside the phrase."""
    for node in (token, *token.ancestors):
        marker: Token | None = None
        if node.dep_ == "prep" and node.lower_ in ("after", "before"):
            marker, phrase = node, node
        else:
            marker = next(
                (c for c in node.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None
            )
            # (the parser may join "a day after a missile landed" to the clause before as a conjunct)
            if marker is None or node.dep_ not in ("advcl", "conj"):
                continue
            phrase = node
        if phrase.left_edge.idx <= time.start < phrase.right_edge.idx + len(phrase.right_edge.text):
            return None  # "after the attack on Friday": the date is the phrase's own
        # ("two days after more than 280 pupils were kidnapped": the measure may hang on "after")
        measure = next((c for c in (*phrase.children, *marker.children) if c.dep_ == "npadvmod"), None)
        unit = _DAYS_IN.get(measure.lemma_.lower()) if measure is not None else None
        if measure is None or unit is None:
            return None
        amount = next((_number(c) for c in measure.children if c.dep_ == "nummod"), None)
        if amount is None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in measure.children):
            amount = 1
        if amount is None:
            return None
        return (-1 if marker.lower_ == "after" else 1) * amount * unit
    return None


def _counted_conjuncts(noun: Token, speakers: Sequence[tuple[int, int]] = ()) -> int:
    """The people counted in the nouns coordinated with ``noun``: "10 soldiers and three
    civilians were killed" counts 13 dead; not who tells it, within the ``speakers``' character
    spans ("killing eight civilians, two residents and a health worker told the AP")."""
    total = 0
    for other in noun.conjuncts:
        if other.i <= noun.i or any(a <= other.idx < b for a, b in speakers):
            continue
        if other.pos_ == "NUM" and any(c.dep_ == "prep" and c.lower_ == "of" for c in other.children):
            total += _number(other) or 0  # "a commander and two of his men"
            continue
        if other.pos_ not in ("NOUN", "PROPN"):
            continue
        total += _people_counted(other)
    return total


def _people_counted(noun: Token) -> int:
    """The people a coordinated noun counts: its number, one for "a soldier" or "their driver",
    else none."""
    counted = next((n for c in noun.children if c.dep_ == "nummod" and (n := _number(c)) is not None), None)
    if (
        counted is None
        and noun.tag_ in ("NN", "NNP")
        and any(c.lower_ in ("a", "an", "one") for c in noun.children)
    ):
        return 1  # "two of his colleagues and a soldier"
    if (
        counted is None
        and noun.tag_ == "NN"
        and noun.lemma_.lower() in _PEOPLE_NOUNS
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
    ):
        return 1  # "killing eight officers and their driver"
    return counted or 0


def _take_toll(host: EventCandidate, part: EventCandidate) -> None:
    """Give ``host`` the dead of a report folded into it: all of them when it counts none, and
    added to its own when the report tells them as more ("Two vigilantes were also killed")."""
    if host.fatalities is None:
        host.fatalities, host.toll_extra = part.fatalities, part.toll_extra
    elif part.toll_extra:
        host.fatalities += part.toll_extra
        host.toll_extra += part.toll_extra


def _dead_told_as_more(sent: Span) -> bool:
    """Whether the sentence tells its dead as more than those told before: "two soldiers were also
    killed", "three attackers also died"."""
    return any(
        (t.lemma_.lower() in KILLING_LEMMAS or t.lemma_.lower() in DEATH_WORDS)
        and any(c.dep_ == "advmod" and c.lower_ == "also" for c in t.children)
        for t in sent
    )


def _toll_figure(toll: Token) -> int | None:
    """The number a death toll is said to be: "the death toll has risen to 52", "the toll stands at
    30", "the death toll reached 12", "the death toll was 40"."""
    if toll.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = toll.head
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "at"):
            number = next((_number(p) for p in child.children if p.dep_ == "pobj"), None)
            if number is not None:
                return number
        if child.dep_ in ("dobj", "attr") and (number := _number(child)) is not None:
            return number
    return None


def _counted_alongside(verb: Token) -> int:
    """The people a killing verb counts "along with" its own dead: "18 of them were killed, along
    with a member of the security forces" (19)."""
    total = 0
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("along", "together"):
            for with_ in (c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"):
                total += sum(_people_counted(p) for p in with_.children if p.dep_ == "pobj")
    return total


def _counted_siblings(noun: Token) -> int:
    """The people counted in nouns the parser hung beside ``noun`` instead of coordinating them:
    "two of his colleagues and a soldier were killed" (two subjects of "killed", the "and" left on
    the first), 3 dead; "killed a commander, Ibrahim Aqil, and at least 36 other people" (two
    objects, the "and" left on the verb), 37."""
    own_and = any(c.dep_ == "cc" for c in noun.children)
    total = 0
    for other in noun.head.children:
        if other.i <= noun.i or other.dep_ not in (noun.dep_, "conj") or other.pos_ not in ("NOUN", "PROPN"):
            continue
        joined = (own_and and other.dep_ == noun.dep_) or any(
            c.dep_ == "cc" and noun.i < c.i < other.i for c in noun.head.children
        )
        if joined:
            total += _people_counted(other)
    return total


#: nouns that only count what follows "of": "dozens of assailants", "scores of fighters"
_COUNTING_NOUNS = _words("dozen score hundred thousand handful couple")


def _elided_noun(verb: Token, obj: Token) -> Token | None:
    """The noun a bare number object counts, said with the verb it is conjoined to: "killed 40
    soldiers and captured seven" (soldiers), "took three towns and seized two more" (towns), or
    the noun of a part counted out of it: "captured two of the gunmen" (gunmen), "neutralised
    dozens of assailants" (assailants)."""
    if obj.lemma_.lower() in _COUNTING_NOUNS:
        whole = _pobj_of(obj)
        return whole if whole is not None and whole.pos_ in ("NOUN", "PROPN") else None
    if obj.pos_ != "NUM" and not (obj.like_num and obj.pos_ != "NOUN"):
        return None
    whole = _pobj_of(obj)
    if whole is not None and whole.pos_ in ("NOUN", "PROPN"):
        return whole
    linked = [c for c in verb.children if c.dep_ == "conj"] + ([verb.head] if verb.dep_ == "conj" else [])
    for other in linked:
        for child in other.children:
            if (
                child.dep_ == "dobj"
                and child.pos_ in ("NOUN", "PROPN")
                and any(c.dep_ == "nummod" for c in child.children)
            ):
                return child
    return None


def _number(token: Token) -> int | None:
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    value = NUMBER_WORDS.get(text)
    if value is not None and 0 < value < 10 and token.i >= 2 and token.nbor(-1).text in ("-", "‐", "‑"):
        # "Fifty-four soldiers": the tokenizer splits the tens off the units
        tens = NUMBER_WORDS.get(token.nbor(-2).lower_)
        if tens is not None and tens % 10 == 0 and 20 <= tens <= 90:
            return tens + value
    return value


#: "west of", "20 km north-east of the": what follows is a landmark a place is told by
_LANDMARK = re.compile(
    r"\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of\s+(?:the\s+)?"
    # ("about 25 kilometres northwest of the capital, Tegucigalpa": the capital named after its noun)
    r"(?:(?:capital|city|town|provincial\s+capital|border\s+town),?\s+)?$",
    re.IGNORECASE,
)
#: verbs of speaking whose "in X" is where the speaker spoke ("told reporters in Juba"), unlike
#: "reported" ("air raids were reported on X district": where the raids were)
_TELLING_VERBS = frozenset({"say", "tell", "speak", "add"})
_ACROSS_A_BORDER = re.compile(r"\b(?:border|frontier|boundary)\s+with\s+$", re.IGNORECASE)
_UNDER_A_FLAG = re.compile(r"\bflag\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_HEADING = re.compile(
    # "advancing toward Kharkiv", "towns along the trade routes to China": a way there, not there
    # (but "the road leading to Sanaa airport" is at its end as often as not)
    r"\b(?:towards?|(?:routes?|corridors?|pipelines?|highway)\s+to)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# what may stand between an event noun and the day of it: "(a strike) on Thursday", "(talks) next week"
_JUST_A_PREPOSITION = re.compile(r"\s*(?:on|for|from|in|at)?\s*", re.IGNORECASE)
# "along the Chinese border", "near the Thai border": a border named by the country beyond it
_BORDER_NOUN = re.compile(r"\s*(?:border|frontier|boundary)\b", re.IGNORECASE)
_ALONG_A_LINE = re.compile(r"\b(?:along|on|near|at|across|to|close\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# "were taken to a hospital in Quetta", "airlifted to a military hospital in Kabul": where the
# wounded were treated, not where they were hurt ("an attack on a hospital in X" is there)
_TAKEN_FOR_CARE = re.compile(
    r"\b(?:taken|rushed|brought|carried|transported|evacuated|airlifted|transferred|admitted|treated|"
    r"hospitali[sz]ed)\b[^.;]{0,40}\b(?:hospitals?|clinics?|infirmary)\s+(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "trucks from Sevare to Douentza", "the road from Kabul to Jalalabad": a journey's far end
# "the bus was travelling from the shrine to the town of Katra", "a convoy bound for Goma"
_GOING_TO = re.compile(
    r"\b(?:travell?(?:ing|ed)|driving|drove|heading|headed|on (?:its|their|his|her) way)\b[^.;:]{0,80}?"
    r"\b(?:to|for|towards?)\s+(?:the\s+(?:town|city|village)\s+of\s+)?$|\bbound\s+for\s+$"
    # "as passengers gathered for a train to Peshawar"
    r"|\b(?:train|bus|flight|ferry|plane|convoy)s?\s+(?:bound\s+)?(?:to|for)\s+$"
)
# "as 11,000 people fled to the city of Cucuta": where people went, not where the story is
_FLED_TO = re.compile(
    r"\b(?:fled|fleeing|flee|flees|escaped)\b[^.;:]{0,40}?\b(?:to|into|towards?)\s+"
    r"(?:the\s+(?:town|city|village|camp)s?\s+of\s+)?(?:the\s+)?$"
)
_JOURNEY_END = re.compile(r"\bfrom\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+to\s+(?:the\s+)?$")
# "arrived in X from the city of Y", "fired from Y at X": where something came from
_ORIGIN = re.compile(
    r"(?<!miles )(?<!km )(?<!kilometres )(?<!kilometers )(?<!metres )(?<!meters )(?<!away )"
    # ("pursued him from Kisumu's Busia Road": the road of a place named, too)
    r"\bfrom\s+(?:the\s+)?(?:(?:city|town|village|area|direction)\s+of\s+)?(?:[\w-]+['’]s\s+)?$",
    re.IGNORECASE,
)  # not "90 nautical miles from Mombasa", which says where by a landmark

#: PLOVER types of saying, whose clause reports another event rather than striving for it
_SAYING_TYPES = frozenset({"ACCUSE", "CONSULT", "REQUEST", "SUPPORT", "REJECT", "THREATEN"})

#: bombs that are planted, not dropped
_PLANTED_BOMB = re.compile(
    r"\b(?:ied|ieds|roadside|car bomb|device|landmines?|mines?|suicide|planted|booby)\b", re.IGNORECASE
)

#: sides of a fight that are crowds, beyond `CROWD_NOUNS`: "football fans", "rioters"
_CROWD_SIDES = frozenset({"fan", "rioter", "protester", "demonstrator", "hooligan", "worshipper"})
#: weapons only a crowd fights with: "clashed using sticks", "with sharp weapons", "local weapons"
_CROWD_WEAPONS = re.compile(
    r"\b(?:sticks|stones|bricks|rods|bamboo|batons|sharp weapons|local weapons|locally made weapons)\b",
    re.IGNORECASE,
)


def _outrank(event: EventCandidate, other: EventCandidate) -> None:
    """Rank ``event`` just above ``other`` (the top event is the one a sentence is coded by)."""
    event.confidence = round(min(0.99, other.confidence + 0.01), 2)


def _time_clauses(token: Token) -> list[Token]:
    """The verbs of the clauses ``token`` opens as a word of time: "after fighting broke out"
    (a preposition and its clause) or "when clashes erupted" (a clause and its marker)."""
    if token.dep_ == "prep" and token.lower_ in ("after", "following", "during", "amid"):
        return [c for c in token.children if c.dep_ == "pcomp"]
    if token.dep_ == "advcl" and any(
        m.dep_ in ("mark", "advmod") and m.lower_ in ("after", "when", "as", "while") for m in token.children
    ):
        return [token]
    return []


#: a toll told as what a fight left: "left at least four dead", "leaving 5 people injured"
_LEFT_DEAD = re.compile(
    r"\b(?:left|leaving|leaves)\b(?:\s+(?:at least|some|about|around|more than|over|up to|\w+|\d+)){1,4}?"
    r"\s+(?:dead|killed|injured|wounded)\b",
    re.IGNORECASE,
)

#: words that forbid what they govern: "banned protests", "a ban on marches"
_FORBIDDING = frozenset({"ban", "prohibit", "outlaw", "forbid", "prohibition"})


def _forbidden(noun: Token) -> bool:
    """Whether an event noun is what a ban forbids: "banned all marches and protests", "the ban on
    rallies", "prohibited demonstrations in the capital"."""
    while noun.dep_ == "conj":
        noun = noun.head
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in _FORBIDDING:
        return True
    if noun.dep_ == "pobj" and head.lower_ == "on":
        # "the ban on marches", and the parser's "extended the ban on marches" (on under the verb)
        holder = head.head
        return holder.lemma_.lower() in _FORBIDDING or any(
            c.dep_ == "dobj" and c.lemma_.lower() in _FORBIDDING for c in holder.children
        )
    return False


#: verbs whose object, a bomb or a mine, was found or made safe rather than set off
_DISRUPTING_VERBS = frozenset(
    {"find", "discover", "uncover", "locate", "recover", "remove", "defuse", "dismantle", "disable", "seize",
     "confiscate", "neutralise", "neutralize"}
)  # fmt: skip

_FINDING_VERBS = frozenset({"find", "discover", "uncover", "locate", "recover"})

#: prepositions that put a protest before, after or behind the event rather than on its scene
_BACKGROUND_PREPS = frozenset({"following", "after", "before", "since", "over", "ahead"})
_EARLIER = frozenset({"prior", "previous", "earlier"})


#: people who may be a protest's marchers when attacked during it: a party's or movement's
#: followers, and the people and crowds the victim and crowd words name (built once, not per cue)
_MARCHER_NOUNS = (
    VICTIM_NOUNS
    | CROWD_NOUNS
    | frozenset({"member", "supporter", "activist", "leader", "marcher", "participant", "follower"})
)


def _comparison_class(noun: Token) -> bool:
    """Whether ``noun`` names the class a reported event is ranked in: "one of the deadliest
    attacks", "one of the most violent protests" (a plural after "one of the" and a superlative)."""
    if noun.tag_ != "NNS" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    if noun.head.head.lower_ not in ("one", "some", "two", "three"):
        return False
    return any(c.dep_ == "amod" and _superlative(c) for c in noun.children)


def _ranked_restatement(noun: Token) -> bool:
    """Whether ``noun`` restates the sentence's event to rank it: "U.S. strikes killed 74 people,
    ..., in the deadliest attack since Washington began its campaign", "the worst violence in
    years" set after a clause that tells it."""
    if noun.tag_ != "NN":
        return False
    told_in = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX")
    if (
        told_in
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        and any(c.dep_ == "amod" and c.lower_ in _RARITY_WORDS for c in noun.children)
        and noun.head.i > noun.head.head.i
    ):
        # "militants attacked a school and the airport ..., the army said, in a rare assault on the
        # city": how rare the event just told is
        return True
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if not any(c.dep_ == "amod" and _superlative(c) for c in noun.children):
        return False
    return told_in or noun.dep_ == "appos"


#: nouns of bodies that speak as "it", never as "he" or "she"
_INSTITUTION_NOUNS = frozenset(
    {"ministry", "government", "council", "office", "department", "administration", "parliament", "cabinet",
     "junta", "authority", "authorities", "agency", "commission", "court", "presidency", "army", "military",
     "police", "party", "movement", "group"}
)  # fmt: skip
#: a story's word that it does not know who did what it tells
_DOER_UNKNOWN = re.compile(
    r"\b(?:(?:was|is|remained|remains)\s+(?:not\s+(?:immediately\s+)?clear|unclear|not\s+known|unknown)"
    r"|(?:could\s+not|cannot|did\s+not)\s+(?:be\s+)?(?:say|determine|establish|confirm)(?:d|ed)?"
    # "the mission said, without saying who had opened fire"
    r"|without\s+(?:saying|specifying|naming|identifying)|(?:did|does)\s+not\s+(?:specify|name))"
    r"\s+(?:who|which\s+(?:side|group|party|force))\b"
    # (not who the victims were: "It was not clear who the victims were", "... who was killed")
    r"(?!\s+(?:the\s+)?(?:victims?|dead)\b)(?!\s+(?:was|were)\s+(?:killed|wounded|injured|hurt)\b)",
    re.IGNORECASE,
)
#: verbs by which a side names its own deed: "in what it called retaliation for ..."
_LABELLING_VERBS = frozenset({"describe", "call", "term", "dub", "label", "characterize", "characterise"})
#: verbs by which a source vouches for an event told before: "officials confirmed the attack"
_CONFIRMING_VERBS = frozenset({"confirm", "acknowledge", "verify", "corroborate"})
#: nouns of help given for a deed: "help fighting the insurgency", "support battling the rebels"
_HELP_NOUNS = frozenset({"help", "assistance", "support", "aid", "backing", "training"})
#: words that rank an event told just before among its kind: "in a rare assault on the capital"
_RARITY_WORDS = frozenset({"rare", "unusual", "unprecedented", "brazen", "audacious", "daring", "bold"})


def _superlative(word: Token) -> bool:
    """ "deadliest", "worst", "most violent"."""
    return word.tag_ == "JJS" or (
        word.pos_ == "ADJ" and any(m.lower_ in ("most", "least") for m in word.children)
    )


def _phrase_chars(token: Token) -> tuple[int, int]:
    """The character range of the phrase ``token`` heads (its subtree)."""
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge)


def _shared_subject_holder(verb: Token) -> Token:
    """The verb whose subject ``verb`` shares: the first of coordinated verbs that have no subject
    of their own ("clashes killed 30 and wounded 100"), else ``verb`` itself."""
    while (
        verb.dep_ == "conj"
        and verb.head.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        verb = verb.head
    return verb


def _named_subject(subject: Token | None, passive: bool) -> bool:
    """Whether an active verb's subject is a person or organisation named by a proper name, or a
    title with the name beside it ("spiritual leader Sheikh Hikmat al-Hijri")."""
    if subject is None or passive:
        return False
    names = [subject, *(c for c in subject.children if c.dep_ == "appos")]
    return any(n.pos_ == "PROPN" and n.ent_type_ in ("PERSON", "ORG") for n in names)


def _crowd_subject(subject: Token | None, passive: bool) -> bool:
    """Whether the one who acts is named as a crowd of people: "students", "hundreds of students",
    "angry residents" (a passive's subject was acted upon, not the doer)."""
    if subject is None or passive or subject.dep_ != "nsubj":
        return False
    return _names_a_crowd(subject)


def _crowd_agent(verb: Token, passive: bool) -> bool:
    """Whether a passive's doer is named as a crowd: "a police officer was stoned to death by the
    crowd" is the crowd's deed, not the last armed group's."""
    return passive and any(
        _names_a_crowd(noun)
        for agent in verb.children
        if agent.dep_ == "agent"
        for noun in agent.children
        if noun.dep_ == "pobj"
    )


def _names_a_crowd(noun: Token) -> bool:
    """Whether a noun phrase names a crowd of people: "students", "hundreds of students", "the
    mob" (the part acts as the whole: PART_NOUNS), not "unknown people" (assailants the text
    cannot name)."""
    noun = (_pobj_of(noun) or noun) if noun.lower_ in PART_NOUNS else noun
    return noun.lemma_.lower() in CROWD_NOUNS and not any(
        c.lower_ in _UNNAMED_DOERS for c in noun.children if c.dep_ == "amod"
    )


#: words that make people the text's unnamed assailants rather than a crowd
_UNNAMED_DOERS = frozenset({"unknown", "unidentified", "masked", "suspected", "hooded"})


#: weapons of crowd control, short of lethal force (lower case)
_CROWD_CONTROL_WEAPONS = ("tear gas", "teargas", "tear-gas", "rubber bullet", "rubber-coated",
                          "plastic bullet", "water cannon", "stun grenade", "pepper spray", "sound grenade",
                          "flash-bang")  # fmt: skip


def _one_person(noun: Token) -> bool:
    """Whether a noun phrase names one person outright: a person's name ("Kennedy Otieno") or one
    told by age ("a 17-year-old", "a 40-year-old trader")."""
    if noun.dep_ not in ("dobj", "nsubjpass") or noun.tag_ in ("NNS", "NNPS"):
        return False
    if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN":
        return True
    if (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in (PEOPLE_NOUNS | VICTIM_NOUNS | _OFFICE_HOLDERS) - _MANY_PEOPLE_NOUNS
        and any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("no", "every", "each", "any")
            for c in noun.children
        )
    ):
        return True  # "shot dead the mayor of a town", "killed his brother": one person by their role
    told = "".join(t.text_with_ws for t in noun.subtree).lower()
    aged = "year-old" in told or "years old" in told or "year old" in told
    return aged and (
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) or noun.pos_ == "PROPN"
    )


def _apart(one: GazetteerEntry | None, other: GazetteerEntry | None) -> bool:
    """Whether two events' places are named and neither lies in the other (a city and its province
    are not apart; two cities, or two provinces, are)."""
    if one is None or other is None or one == other:
        return False
    if one.country != other.country:
        return True
    for inner, outer in ((one, other), (other, one)):
        if outer.feature in ("country", "region") or (
            outer.feature == "admin1" and inner.admin1 == outer.admin1
        ):
            return False
    return True


def _crowd_control_weapons(obj: Token | None) -> bool:
    """Whether what is fired or used is crowd-control weapons only: "tear gas and rubber bullets"."""
    if obj is None:
        return False
    items = [obj, *(c for c in obj.children if c.dep_ == "conj")]
    for item in items:
        others = {t.i for c in item.children if c.dep_ in ("conj", "cc") for t in c.subtree}
        text = "".join(t.text_with_ws for t in item.subtree if t.i not in others).lower()
        if not any(w in text for w in _CROWD_CONTROL_WEAPONS):
            return False
    return True


def _what_them_stands_for(verb: Token, held: Token | None) -> Token | None:
    """What a verb's "them" stands for when the verb is told with another that took it: "spotted
    two roadside bombs and dismantled them" (the bombs); anything else is itself."""
    if held is None or held.lower_ != "them" or verb.dep_ != "conj":
        return held
    return _measured(next((c for c in verb.head.children if c.dep_ == "dobj"), None)) or held


def _measured(noun: Token | None) -> Token | None:
    """What an amount measures ("50 kilograms of explosives": explosives), else the noun itself."""
    if noun is not None and noun.lemma_.lower() in _MEASURE_NOUNS:
        return _pobj_of(noun) or noun
    return noun


# What conflict parties agree on (ACLED's agreements: "ceasefire, peace deal, prisoner exchange")
PEACE_WORDS = frozenset(
    {"truce", "ceasefire", "cease-fire", "armistice", "peace", "treaty", "pact", "accord"}
)


#: what a speaker does beside saying: "said the strikes were a violation and urged France to act"
_SPEAKERS_DEEDS = frozenset(
    {"urge", "call", "appeal", "demand", "ask", "vow", "pledge", "promise", "warn", "add", "accuse",
     "condemn", "blame"}
)  # fmt: skip


def _speech_after_a_reported_judgement(node: Token) -> bool:
    """Whether ``node`` is a speaker's act that the parser joined to the copula of what the
    speaker said: in "Aoun said Israel's strikes were a violation of the truce and urged France
    to act" Aoun urges, not the strikes."""
    copula = node.head
    return (
        node.dep_ == "conj"
        and node.lemma_.lower() in _SPEAKERS_DEEDS
        and copula.lemma_ == "be"
        and copula.dep_ == "ccomp"
        and copula.head.lemma_.lower() in SPEECH_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
    )


#: what a truce already in force is held to, broken under or kept since
_UNDER_A_TRUCE = frozenset({"violation", "violations", "breach", "breaches", "terms", "term"})


def _standing_truce(token: Token) -> bool:
    """Whether a truce noun names one already in force, the background of a report and no new
    agreement: "strikes despite a ceasefire", "a flagrant violation of the truce", "under the
    peace deal", "since the ceasefire"."""
    if not _agrees_peace(token) or token.dep_ != "pobj":
        return False
    prep = token.head
    if prep.lower_ in ("despite", "under", "since", "during"):
        return True
    return prep.lower_ == "of" and prep.head.lower_ in _UNDER_A_TRUCE


def _agrees_peace(token: Token) -> bool:
    """Whether an agreement trigger is a truce or a peace deal ("signed a truce", "a ceasefire")."""
    words = [token, *(c for c in token.children if c.dep_ in ("dobj", "nsubjpass", "compound", "pobj"))]
    return any(w.lemma_.lower() in PEACE_WORDS for w in words)


def _american(lemma: str) -> str:
    """The American spelling of a British "-ise"/"-isation" lemma ("vandalise" -> "vandalize")."""
    return re.sub(r"is(e|ed|ing|ation|ations)$", r"iz\1", lemma)


# Nouns of what is discussed or sought: what they are "on" or "for" is a subject, not a report
_TALK_NOUNS = frozenset(
    {
        "talk",
        "talks",
        "negotiation",
        "negotiations",
        "discussion",
        "discussions",
        "deal",
        "proposal",
        "plan",
        "call",
        "calls",
        "demand",
        "demands",
        "push",
        "effort",
        "efforts",
        "framework",
        "bid",
    }
)


#: what a side holds or moves in, which "our" makes the speaker's: "our positions were shelled"
_HELD_BY_A_SIDE = MILITARY_POSITIONS | _words("position post checkpoint camp convoy patrol unit")


#: verbs whose subject undergoes an event told as their object ("tried to escape an ambush",
#: "troops repelled the attack"): the subject is who it befell
_UNDERGOING_VERBS = frozenset(
    {"survive", "escape", "flee", "evade", "repel", "repulse", "resist", "withstand", "suffer", "endure"}
)


def _undergone(noun: Token) -> bool:
    """Whether an event noun is the object of a verb of undergoing it ("survived an ambush")."""
    return (
        _pos(noun) == "NOUN"
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        and noun.head.lemma_.lower() in _UNDERGOING_VERBS
    )


def _came_under_attack(verb: Token) -> bool:
    """Whether a verb says its subject was attacked: "came under fire", "was under attack"."""
    if verb.lemma_.lower() not in ("come", "be"):
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "under"
        and pobj.dep_ == "pobj"
        and pobj.lemma_.lower() in _ATTACK_NOUNS_UNDER
        for prep in verb.children
        for pobj in prep.children
    )


#: nouns that name places in a list after "of": "the cities of Port Sudan, Kassala and Atbara"
_SETTLEMENT_PLURALS = frozenset({"city", "town", "village", "district", "province", "region", "state"})
#: verbs of taking back what was lost: "regained control of the prison"
_TAKING_BACK_VERBS = frozenset({"regain", "retake", "recapture", "reclaim", "recover", "restore"})
#: verbs that name whom they blame and, after "of", for what: "accused them of ordering attacks"
_ACCUSING_VERBS = frozenset({"accuse", "charge", "suspect", "convict"})
#: of those, the ones by which a side only alleges (`_alleged`): a prosecutor's charge or a court's
#: conviction is no party's claim; blaming someone for a deed is
_ALLEGING_VERBS = frozenset({"accuse", "blame"})


#: nouns of asking or paying for something: "a ransom for their release", "calls for a ceasefire"
_ASKING_NOUNS = frozenset({"ransom", "demand", "call", "appeal", "request", "plea", "payment", "campaign"})


def _paid_or_pleaded_for(noun: Token) -> bool:
    """Whether an event noun is what a demand, a plea or a ransom is for: "demanded a ransom for
    their release", "renewed calls for a ceasefire" (not yet happened)."""
    return (
        _pos(noun) == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and noun.head.head.lemma_.lower() in _ASKING_NOUNS
    )


def _responsible_for_a_kind(noun: Token) -> bool:
    """Whether an event noun without an article of its own is what someone is said to be
    responsible for: "responsible for rocket attacks on northern Israel" (deeds of a kind, no
    one happening; "responsible for the attack" points back to one)."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and noun.head.head.lemma_.lower() == "responsible"
        and not any(c.dep_ in ("det", "poss") for c in noun.children)
    )


def _judged(noun: Token) -> bool:
    """Whether a definite event noun is what a sentence passes judgement on: "the strike was a
    violation of the ceasefire", "the attack was an act of terrorism" (a happening told before)."""
    definite = any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children
    )
    if (
        definite
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in _NAMING_VERBS
        and any(c.dep_ == "oprd" for c in noun.head.children)
    ):
        return True  # "Rwanda called the sanctions unjustified"
    return (
        noun.dep_ == "nsubj"
        and noun.head.lemma_ == "be"
        and definite
        and any(c.dep_ in ("attr", "acomp") for c in noun.head.children)
    )


#: verbs that give what they take a name: "called the abduction a kidnapping"
_NAMING_VERBS = frozenset(
    {"call", "describe", "label", "term", "dub", "brand", "characterize", "characterise"}
)


def _a_name_given(noun: Token) -> bool:
    """Whether a noun is (inside) the name a speaker gives something: "called the abduction a
    'kidnapping disguised as a humanitarian protest'", "described the raid as an act of war", "the
    detention was a kidnapping". The thing named is the event, told already; what it is called is
    no second one."""
    node = noun
    for _ in range(6):
        head = node.head
        if node.dep_ == "oprd" and head.lemma_.lower() in _NAMING_VERBS:
            return True
        if node.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in _NAMING_VERBS:
            return True
        if head is node or node.dep_ not in ("pobj", "prep", "acl", "amod", "compound", "conj", "oprd"):
            return False
        node = head
    return False


def _another_happening(child: Token, *marks: str) -> bool:
    """Whether a verb's adverbial clause tells a happening of its own, with its own subject, set in
    time against the verb's or given as its reason: "(kidnapped seven soldiers) a day after a car
    bomb exploded", "before troops arrived", "since the army withdrew", "because its owner did
    business with Israel". With ``marks``, only a clause opened by one of them."""
    return (
        child.dep_ == "advcl"
        and child.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
        and any(
            c.dep_ == "mark" and c.lower_ in (marks or ("after", "before", "since", "until", "because"))
            for c in child.children
        )
    )


#: what is struck where it stands: "Iranian nuclear facilities", "Russian air bases" (the places,
#: and the works that stand in them; not vehicles, which go anywhere)
_SITE_NOUNS = PLACE_NOUNS | _words("facility site plant refinery depot airfield")
#: what a ruler who no longer rules is called: "ousted President Assad", "the former president"
_FALLEN_WORDS = frozenset({"ousted", "deposed", "toppled", "former", "ex", "late", "exiled", "overthrown"})
#: verbs that set one happening after another: "The killings followed an attack ..."
_SEQUENCE_VERBS = frozenset({"follow", "precede", "trigger", "spark", "prompt"})
#: verbs of two sides fighting each other: "clashed", "fought", "exchanged fire"
_MUTUAL_FIGHT_VERBS = frozenset({"clash", "fight", "battle", "exchange", "skirmish"})
#: verbs of a conflict growing or going on: "as a week of hostilities escalated"
_GROWING_VERBS = frozenset({"escalate", "intensify", "continue", "grind", "drag", "rage", "worsen"})
#: who stands for a side at talks or a signing: "the foreign ministers of Congo and Rwanda"
_REPRESENTING_NOUNS = frozenset(
    {
        "minister",
        "representative",
        "delegation",
        "delegate",
        "envoy",
        "official",
        "leader",
        "president",
        "head",
    }
)
#: verbs of a projectile coming down: its clause says where the attack struck
_LANDING_VERBS = frozenset({"land", "crash", "impact"})
#: forces a participle may describe by what they do: "a task force fighting the insurgents"
_FORCE_NOUNS = frozenset({"force", "coalition", "mission", "alliance", "operation", "contingent"})
#: words that tell a plural event noun as many happenings at once
_MANY_AT_ONCE = frozenset({"coordinated", "simultaneous", "multiple", "several", "separate", "series"})
_MANY_NOUNS = frozenset({"series", "wave", "spate", "string", "flurry", "rash"})


def _told_as_several(trigger: Token) -> bool:
    """Whether a plural event noun tells many happenings at once: "coordinated attacks across the
    province", "a wave of strikes", "attacks throughout the region"."""
    if trigger.pos_ == "VERB":
        # "at least eight people were killed in a wave of violence"
        return any(
            c.dep_ == "prep"
            and c.lower_ in ("in", "during", "amid")
            and any(p.dep_ == "pobj" and p.lemma_.lower() in _MANY_NOUNS for p in c.children)
            for c in trigger.children
        )
    if trigger.tag_ != "NNS":
        return False
    if any(c.lower_ in _MANY_AT_ONCE for c in trigger.children if c.dep_ in ("amod", "compound")):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("across", "throughout") for c in trigger.children):
        return True
    head = trigger.head
    # ("a wave of strikes", "hundreds of air strikes across Syria")
    return (
        trigger.dep_ == "pobj"
        and head.lower_ == "of"
        and (head.head.lemma_.lower() in _MANY_NOUNS or head.head.lower_ in _MANY_WORDS)
    )


def _over_a_span(verb: Token) -> bool:
    """Whether a verb's dead or deeds are counted over days, weeks or months of something: "have
    been killed in two weeks of protests", "over three months of fighting"."""
    # (the parser may hang the span on a verb joined to it: "have been killed and 361 injured in two
    # weeks of protests")
    for prep in (c for v in (verb, *verb.conjuncts) for c in v.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "over"):
            continue
        for span in (c for c in prep.children if c.dep_ == "pobj"):
            counted = next((_number(c) for c in span.children if c.dep_ == "nummod"), None)
            if (
                span.lemma_.lower() in ("day", "week", "month", "year")
                and span.tag_ == "NNS"
                and (counted is None or counted >= 2)
                and _pobj_of(span) is not None
            ):
                return True
    return False


def _whose_it_was(thing: Token) -> Token | None:
    """Who a thing is said to be used, owned or carried by ("pagers used by Hezbollah members"),
    by the agent of a participle of `_HAVING_VERBS` that describes it."""
    return next(
        (
            p
            for acl in thing.children
            if acl.dep_ == "acl" and acl.lemma_.lower() in _HAVING_VERBS
            for agent in acl.children
            if agent.dep_ == "agent"
            for p in agent.children
            if p.dep_ == "pobj"
        ),
        None,
    )


def _told_as_another(token: Token) -> bool:
    """Whether a clause's own words set its deed apart from the one told before: "Separately,"
    opening it, or "also" done at a place it names (`_told_separately`, `_also_elsewhere`)."""
    return _told_separately(token) or _also_elsewhere(token)


def _told_separately(token: Token) -> bool:
    """Whether the clause of a trigger opens with "Separately," or "Elsewhere,": "Separately,
    attackers killed dozens at a mosque in Natiaboani" (not the attack told before)."""
    verb = token
    while verb.dep_ not in ("ROOT", "ccomp") and verb.head.i != verb.i and verb.pos_ != "VERB":
        verb = verb.head
    # (set off by a comma: "The two were ambushed separately" tells of each, not of another deed)
    return any(
        c.dep_ == "advmod"
        and c.lower_ in _ANOTHER_HAPPENING
        and c.i + 1 < len(c.doc)
        and c.doc[c.i + 1].text == ","
        for v in (verb, verb.head)
        for c in v.children
    )


def _also_elsewhere(verb: Token) -> bool:
    """Whether a verb tells a deed "also" done at a place it names: "The gang coalition also
    attacked the neighbourhood of Solino overnight" (another attack, not the one told before)."""
    if verb.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
        return False
    if _own_place_phrase(verb) is not None:
        return True
    return any(
        c.dep_ == "dobj"
        and (
            (c.pos_ == "PROPN" and c.ent_type_ in ("GPE", "LOC", "FAC"))
            or (c.lemma_.lower() in PLACE_NOUNS and (of := _pobj_of(c)) is not None and of.pos_ == "PROPN")
        )
        for c in verb.children
    )


def _own_place_phrase(verb: Token) -> Token | None:
    """The phrase by which a verb names its own place by name: "(blew up a bridge) in Bolan",
    "(attacked a police station) in Kalat"; None for a verb that names none."""
    if verb.pos_ != "VERB":
        return None
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return next(
        (
            prep
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep"
            and prep.lower_ in ("in", "at", "near", "outside")
            and any(
                c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ not in ("PERSON", "NORP", "DATE")
                for c in prep.children
            )
        ),
        None,
    )


def _placed_apart(trigger: Token) -> bool:
    """Whether a verb placed in its own words has a deed joined to it placed in its own: "blew
    up a bridge in Bolan and attacked a police station in Kalat, killing four" (the dead are the
    attack's)."""
    return _own_place_phrase(trigger) is not None and any(_placed_deed(c) for c in trigger.children)


def _placed_deed(child: Token) -> bool:
    """Whether a verb's conjunct is a deed of its own with its own place: "(blew up a bridge in
    Bolan) and attacked a police station in Kalat"."""
    return child.dep_ == "conj" and child.pos_ == "VERB" and _own_place_phrase(child) is not None


def _own_clause(child: Token) -> bool:
    """Whether a verb's conjunct is a clause of its own, with its own subject: "(arrested 329
    members across the country) and that five people had been killed in Guayas"."""
    return (
        child.dep_ == "conj"
        and child.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children)
    )


def _join_voices(host: EventCandidate, part: EventCandidate) -> None:
    """Give ``host`` the sources of ``part``, a report of the same happening folded into it ("14
    soldiers were killed, security sources said. JNIM claimed the attack": JNIM is one more source).
    A host the story tells in its own voice takes no source that is only a side's own word: the
    claim alone would make the told event merely claimed (`merge.settle_status`)."""
    if host.sources or not all(s.kind == "party" for s in part.sources):
        add_sources(host, part)


#: what a side's deed is told as done in: "(destroyed their vehicles) in the fighting"
_TOLD_FIGHTS = _words(
    "fighting fight clash clashes battle attack assault raid ambush gunfight gunbattle firefight "
    "skirmish skirmishes exchange offensive operation"
)
_TOLD_FIGHT_WORDS = _TOLD_FIGHTS | {word + "s" for word in _TOLD_FIGHTS}


def _in_a_told_fight(token: Token) -> bool:
    """Whether a deed (or one told with it: "killed dozens and destroyed vehicles in the fighting")
    is placed in a definite fight: "in the fighting", "during the clashes", "in the ensuing battle"."""
    for verb in (token, *token.conjuncts):
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "amid"):
                continue
            for fight in prep.children:
                if (
                    fight.dep_ == "pobj"
                    and fight.lower_ in _TOLD_FIGHT_WORDS
                    and any(
                        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                        for c in fight.children
                    )
                ):
                    return True
    return False


def _claim_of_told_attack(token: Token) -> Token | None:
    """The verb of a claim of an attack told before, when ``token`` is that attack or a deed the
    claim boasts of: "claimed the attack", "claimed responsibility (for the bombing)", "claimed
    the attack, saying it had killed 20 soldiers". The attack claimed is definite ("the",
    "this", "Saturday's") or left out; "claimed an attack on a base" tells of a new one."""
    for verb in (token, *token.ancestors):
        if verb.lemma_.lower() != "claim" or verb.pos_ != "VERB":
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            claimed = _pobj_of(obj, "for") if obj.lemma_.lower() == "responsibility" else obj
            if claimed is None:
                return verb if obj.lemma_.lower() == "responsibility" else None
            definite = any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "another") for c in claimed.children
            )
            if claimed.lemma_.lower() in _CLAIMED_ATTACKS and definite:
                return verb
        for part in (c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in _JOINING_VERBS):
            # "JNIM also claimed to have taken part in the fighting, saying it had killed 50": a
            # share claimed in a fight told before
            fought = [
                p
                for prep in part.subtree
                if prep.dep_ == "prep" and prep.lower_ == "in"
                for p in prep.children
                if p.dep_ == "pobj" and p.lemma_.lower() in _CLAIMED_ATTACKS | _TOLD_FIGHTS
            ]
            if any(
                any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in f.children)
                for f in fought
            ):
                return verb
        return None
    return None


#: verbs of having a share in a happening: "claimed to have taken part in the fighting"
_JOINING_VERBS = frozenset({"take", "participate", "join"})


#: a war, as the subject of its toll ("the conflict has killed more than 10,000 people")
_WAR_NOUNS = _words("war conflict insurgency rebellion uprising violence fighting crisis")
#: what a group claims: "claimed the attack", "claimed responsibility for the bombing"
_CLAIMED_ATTACKS = _words(
    "attack assault bombing blast explosion killing killings ambush raid strike shooting massacre "
    "abduction kidnapping operation"
)
#: what a side comes under: "came under attack", "under heavy shelling"
_ATTACK_NOUNS_UNDER = frozenset(
    {"attack", "fire", "shelling", "bombardment", "assault", "gunfire", "rocket", "mortar", "siege", "strike"}
)


def _blamed_for(token: Token) -> Token | None:
    """Who is blamed for an event noun: "blamed the M23 for the attack", "held the rebels
    responsible for the killings", "police held two suspects for the killing" (detained over it:
    the killing is the suspects', not the police's), "accused the police of torturing detainees",
    "accused security forces of abuses, including the torture of civilians", "(two men) were
    charged with murdering an officer". The noun phrase of the one blamed."""
    node = token
    for _ in range(4):
        if node.dep_ == "conj":
            node = node.head
        elif node.dep_ == "compound" and node.lower_.endswith("ing") and node.head.dep_ == "pobj":
            node = node.head  # "accused the army of [bombing farms]" parsed as a noun compound
        elif node.dep_ == "pobj" and node.head.lower_ in ("including", "like"):
            if node.head.head.lemma_.lower() in _BLAMING_PREPOSITIONS["of"]:
                # "accused X of abuses, including the torture of civilians" with the list hung
                # on the verb
                return next((c for c in node.head.head.children if c.dep_ == "dobj"), None)
            node = node.head.head  # "abuses, including the torture of civilians"
        else:
            break
    if node.dep_ not in ("pobj", "pcomp") or node.head.lower_ not in _BLAMING_PREPOSITIONS:
        return None
    if node.dep_ == "pobj" and _pos(node) not in ("NOUN", "PROPN"):
        return None
    prep = node.head
    verb = prep.head
    if (
        prep.lower_ == "of"
        and verb.dep_ == "dobj"
        and verb.head.lemma_.lower() in _BLAMING_PREPOSITIONS["of"]
    ):
        return verb  # "accused [security forces of abuses]": the parser hangs the "of" on the one accused
    if prep.lower_ == "for":
        if verb.lemma_.lower() == "responsible" and verb.dep_ == "amod":
            return verb.head  # "held the rebels responsible for ..." parsed as a noun phrase
        if verb.lemma_.lower() == "responsible" and verb.head.lemma_.lower() == "hold":
            verb = verb.head
    if verb.lemma_.lower() not in _BLAMING_PREPOSITIONS[prep.lower_]:
        return None
    blamed = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if blamed is None and prep.lower_ != "for":
        # "the men were accused of ...": the subject of the passive is the one accused
        blamed = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return blamed


#: the verbs each preposition ties an event to the one blamed for it with
_BLAMING_PREPOSITIONS = {
    "for": frozenset({"blame", "hold", "fault"}),
    "of": frozenset({"accuse", "suspect", "convict"}),
    "with": frozenset({"charge"}),
}


_EFFORT_NOUNS = frozenset({"push", "effort", "efforts", "bid", "deal", "framework"})


#: arms that back a force in the field: "soldiers backed by attack helicopters"
_SUPPORTING_ARMS = _words(
    "helicopter aircraft jet warplane drone gunship tank artillery armour armor vehicle"
)


def _in_times_past(prep: Token) -> bool:
    """Whether a phrase sets a deed in no one time but many: "(have launched rockets) in the
    past", "in recent years", "over the years" (not "in the past week", a span of the news), "(the
    scene of sectarian clashes) for decades", "for many years" (not "jailed for ten years", a
    term)."""
    if prep.dep_ == "prep" and prep.lower_ == "for":
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            modifiers = {c.lower_ for c in pobj.children if c.dep_ != "det"}
            if pobj.lower_ in _AGES and modifiers <= {"many", "several", "recent"}:
                return True
            if pobj.lemma_.lower() in ("decade", "generation", "century") and not any(
                c.dep_ == "nummod" and c.like_num and any(ch.isdigit() for ch in c.text)
                for c in pobj.children
            ):
                return True  # "for more than a decade", "for two decades"
        return False
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "over"):
        return False
    for pobj in (c for c in prep.children if c.dep_ == "pobj"):
        modifiers = {c.lower_ for c in pobj.children if c.dep_ != "det"}
        if pobj.lower_ == "past" and not modifiers:
            return True
        if pobj.lower_ == "years" and (modifiers == {"recent"} or (prep.lower_ == "over" and not modifiers)):
            return True
    return False


def _is_weapon(noun: Token) -> bool:
    """Whether a noun names a weapon, an aircraft or a strike: "an explosive-laden drone",
    "rockets", "an air strike"."""
    lemma = noun.lemma_.lower()
    return lemma in WEAPON_NOUNS or lemma in _AIRCRAFT_NOUNS or lemma in ("strike", "airstrike", "shelling")


def _backed_by_arms(token: Token) -> bool:
    """Whether a participle of support describes a force and its arms ("soldiers backed by attack
    helicopters", "troops supported by tanks"): how the operation was fought, no act of support."""
    if token.dep_ != "acl" or token.tag_ not in ("VBN", "VBD"):  # the tagger's VBD in a long sentence
        return False
    agents = [p for p in token.children if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")]
    return any(
        o.lemma_.lower() in _SUPPORTING_ARMS or o.lemma_.lower() == "power"  # "backed by air power"
        for p in agents
        for obj in p.children
        if obj.dep_ == "pobj"
        for o in _conjuncts(obj)
    )


#: how many sentences back the events a part of them refers to may be told
_TOLD_EVENTS_REACH = 3
#: superlatives that pick one of the events told before: "In the deadliest attack, ..."
_PICKING_SUPERLATIVES = frozenset(
    {"deadliest", "worst", "bloodiest", "biggest", "largest", "heaviest", "fiercest", "most"}
)


def _one_of_the_told(sent: Span) -> bool:
    """Whether a sentence opens as one of the events told before: "In the deadliest attack,",
    "In the worst of the violence,", "Elsewhere,"."""
    words = [t for t in sent if not t.is_space][:6]
    if not words:
        return False
    if words[0].lower_ == "elsewhere":
        return True
    return (
        len(words) > 2
        and words[0].lower_ == "in"
        and words[1].lower_ == "the"
        and words[2].lower_ in _PICKING_SUPERLATIVES
    )


def _the_attackers(subject: Token) -> bool:
    """Whether a subject names the attackers already told of: "the attackers", "all 16 gunmen",
    "both assailants" (not "gunmen" or "two attackers", who may be others)."""
    if subject.lower_ in ("another", "others") or (subject.pos_ == "NUM" and not list(subject.children)):
        # "One attacker blew himself up, another was shot dead and three were captured": the rest
        # of the attackers the sentence counts out one by one
        return any(
            t.lemma_.lower() in ATTACKER_NOUNS and any(c.lower_ == "one" for c in t.children)
            for t in subject.sent
            if t.i < subject.i
        )
    return subject.lemma_.lower() in ATTACKER_NOUNS and any(
        c.dep_ in ("det", "predet") and c.lower_ in ("the", "all", "both") for c in subject.children
    )


def _refers_back(subject: Token) -> bool:
    """Whether a subject refers to people already told of: a personal pronoun ("they", "he") or
    a noun made definite by "the" ("the attackers", "the gunmen"), not "gunmen" or "a gang"."""
    if subject.tag_ == "PRP":
        return subject.lower_ in ("they", "he", "she")
    return subject.tag_ in ("NNS", "NN") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in subject.children
    )


def _subject_of_talks(token: Token) -> bool:
    """An event noun that talks are about: "talks on a ceasefire and the release of hostages",
    "calls for a truce" (neither the truce nor the release has happened)."""
    if _pos(token) not in ("NOUN", "PROPN"):
        return False
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.dep_ == "compound" and node.head.lower_ in _TALK_NOUNS - _EFFORT_NOUNS:
        return True  # "ceasefire talks" (but "mediation efforts" are the mediation)
    prep = node.head
    return (
        node.dep_ == "pobj"
        and prep.lower_ in ("on", "about", "over", "for", "regarding")
        and prep.head.pos_ == "NOUN"
        and prep.head.lower_ in _TALK_NOUNS
    )


def _names_what_was_told(token: Token) -> bool:
    """ "This is a massacre", "it was a war crime": a word for something already told, said of it
    in a copula with a pointing subject, is a judgement, not another event."""
    if _pos(token) not in ("NOUN", "PROPN") or token.dep_ != "attr" or token.head.lemma_ != "be":
        return False
    # "the fighting is the most serious threat yet to the peace deal": what the fighting means
    return any(
        c.dep_ == "nsubj" and (c.lower_ in ("this", "that", "it") or c.lemma_.lower() in _HAPPENING_NOUNS)
        for c in token.head.children
    )


#: nouns for what is going on, which a copula judges rather than adds to
_HAPPENING_NOUNS = frozenset(
    {"fighting", "violence", "unrest", "clash", "attack", "war", "conflict", "crisis"}
)


_MANDATING_VERBS = frozenset(
    {"demand", "urge", "ask", "insist", "request", "propose", "recommend", "suggest", "require"}
)


def _military_position(noun: Token | None) -> bool:
    """ "the base", "the army garrison": a position held by a side, not "its base" (of support)."""
    return (
        noun is not None
        and noun.lemma_.lower() in MILITARY_POSITIONS
        and any(c.lower_ in ("the", "this", "that") for c in noun.children)
        and not any(c.dep_ == "poss" for c in noun.children)
    )


#: verbs whose object is what is asked for: "demanded the release of the journalists"
_REQUESTING_VERBS = frozenset({"demand", "urge", "seek", "request", "want", "propose"})
#: verbs that ask "for" it: "called for the withdrawal of foreign troops"
_ASKING_FOR_VERBS = frozenset(
    {"call", "ask", "appeal", "press", "push", "plead", "campaign", "lobby", "clamour"}
)


#: verbs that keep what they act on from happening: "its deployment has been delayed"
#: (not "block": "police blocked the march" is a march that happened and was met)
_HOLDING_OFF_VERBS = frozenset({"delay", "postpone", "defer", "cancel", "shelve"})


def _held_off(noun: Token) -> bool:
    """An event noun kept from happening ("its deployment has been delayed by court challenges",
    "the court postponed the deployment"): it has not happened."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    return noun.dep_ in ("nsubjpass", "dobj") and noun.head.lemma_.lower() in _HOLDING_OFF_VERBS


def _beyond_participles_of_foiling(token: Token) -> Token:
    """Where to look for a verb of foiling above ``token``: from a participle hung on one ("repelled
    an attack on the base, killing 18 assailants"), above it, for the killing is the deed of those
    who foiled, and took place."""
    node = token
    while node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.lemma_.lower() in FAILED_MARKERS:
        node = node.head
    return node


def _under_a_denial(gov: Token, verbs_only: bool = True) -> bool:
    """Whether a verb of denying governs a clause: "denied that its fighters burned homes", not
    what the denier goes on to say ("denied the accusation and said airstrikes caused the fires":
    the saying is joined to the denial, not under it; "denied targeting civilians and accused the
    army of ...": the accusation is made)."""
    if gov.dep_ == "conj" and gov.head.lemma_.lower() in DENY_VERBS:
        return False
    for ancestor in gov.ancestors:
        if ancestor.lemma_.lower() in DENY_VERBS and (ancestor.pos_ == "VERB" or not verbs_only):
            return True
        if ancestor.dep_ == "conj" and ancestor.head.lemma_.lower() in DENY_VERBS:
            return False
        if ancestor.dep_ == "advcl" and ancestor.lemma_ in SPEECH_VERBS:
            # "rejected the proposal, saying the army would fight on": what the rejecter says
            # beside the rejection is said, not denied
            return False
        if ancestor.dep_ == "relcl" and ancestor.head.dep_ in ("nsubj", "nsubjpass"):
            # "The militia, which says it defends Hema villagers, denied the attack": what is told
            # of the denier is not denied
            return False
    return False


def _befalls_the_counted(noun: Token) -> bool:
    """Whether an event noun tells, after "of", how many it befell: "the killing of two opposition
    officials" (news of its own, not a second mention of a deed told before)."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "of"
        and any(
            o.dep_ == "pobj" and (any(c.dep_ == "nummod" for c in o.children) or _number(o) is not None)
            for o in p.children
        )
        for p in noun.children
    )


def _gapped_passive(verb: Token) -> bool:
    """Whether a verb joined to a passive leaves out the passive's auxiliaries: "107 people had
    been detained and 21 police officers injured" (the officers were injured)."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBN")
        and verb.lemma_.lower() in _TOLL_VERBS
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


def _compound_head(token: Token) -> Token:
    """The noun a chain of compound modifiers ends in ("aid" in "aid distribution point": point)."""
    while token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > token.i:
        token = token.head
    return token


def _circumstance_of_a_deed(token: Token, spec: TriggerSpec) -> bool:
    """Whether a protest noun tells when another deed was done, not what its doer did: "detained
    40 people during protests", "fired tear gas at a rally" is said of the crowd, "killed amid
    demonstrations", "detained 1,100 people in five days of protests"."""
    if spec.type != "PROTEST" or _pos(token) != "NOUN" or token.dep_ != "pobj":
        return False
    span = token
    if token.head.lower_ == "of" and token.head.head.lemma_.lower() in _TIME_NOUNS | {"night"}:
        span = token.head.head  # "in five days of protests"
    return span.dep_ == "pobj" and span.head.lower_ in (
        "during",
        "amid",
        "amidst",
        "at",
        "after",
        "following",
        "before",
        "in",
    )


#: nouns of a span of time, whose numbers count no one
_TIME_NOUNS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"})


def _nominal(token: Token) -> bool:
    """Whether a word heads a noun phrase of people or things ("Palestinians" is a plural name)."""
    return token.pos_ == "NOUN" or token.tag_ == "NNPS"


def _misread_as_participle(token: Token, head_spec: object) -> bool:
    """Whether the parser took an active past verb for a participle of the event noun before it:
    "An air strike killed 11 people ..." read as "an air strike (that was) killed" -- an event
    cannot undergo a killing (``head_spec``: the head noun's trigger reading, if any)."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lemma_.lower() in EFFECT_VERBS
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].pos_ not in ("ADP", "PUNCT", "CCONJ")
        and head_spec is not None
        and token.head.pos_ == "NOUN"
        and token.head.i == token.i - 1
        and not any(c.dep_ in ("dobj", "agent", "auxpass") for c in token.children)
    )


def _a_new_doer(subject: Token) -> bool:
    """Whether a subject brings in an attacker not met before: "a suicide bomber", "an unknown
    gunman" -- someone new, not the doer of the sentences before."""
    lemma = subject.lemma_.lower()
    return (lemma in ATTACKER_NOUNS or lemma == "bomber") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in subject.children
    )


#: what kills or destroys without anyone's intent: disasters, accidents, disease ("fire" only
#: bare: "Israeli fire killed three" is gunfire)
MISHAP_NOUNS = frozenset(
    {
        "accident", "avalanche", "blaze", "capsizing", "cholera", "collapse", "crash", "cyclone",
        "derailment", "disease", "drought", "earthquake", "epidemic", "eruption", "famine", "flood",
        "flooding", "heatwave", "hunger", "hurricane", "illness", "landslide", "lightning", "malaria",
        "mudslide", "outbreak", "pandemic", "quake", "rain", "rainfall", "stampede", "starvation",
        "storm", "tornado", "tsunami", "typhoon", "wildfire",
    }
)  # fmt: skip


def _done_by_a_mishap(token: Token) -> bool:
    """Whether a violent verb's doer is a disaster, an accident or a disease: "the collapse of a
    railway canopy killed 16 people", "floods destroyed 300 homes", "nine were killed in a bus
    crash" -- deaths no one inflicted (unless the text gives the mishap a doer: "a stampede
    caused by police firing tear gas")."""
    if _pos(token) != "VERB":
        return False
    causes = [c for c in token.children if c.dep_ == "nsubj"]
    passive = any(c.dep_ == "auxpass" for c in token.children) or token.dep_ == "acl"
    if not causes and not passive and token.tag_ == "VBD" and token.i > token.sent.start:
        # the parser may leave the subject to the clause before ("began after the collapse of a
        # canopy killed 16 people"): the noun phrase just before the verb
        word = token.doc[token.i - 1]
        while word.pos_ in ("NOUN", "PROPN", "ADP", "DET", "NUM", "ADJ") and word.i < token.i:
            if word.pos_ == "NOUN":
                causes.append(word)
            if word.head == word or word.dep_ not in ("pobj", "prep", "compound", "det", "amod", "nummod"):
                break
            word = word.head
    if passive:
        for prep in token.children:
            if prep.dep_ in ("agent", "prep") and prep.lower_ in ("by", "in"):
                causes += [c for c in prep.children if c.dep_ == "pobj"]
    for cause in causes:
        if cause.lemma_.lower() == "fire" and not any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in cause.children
        ):
            return True  # "a fire at a market killed 12", not "Israeli fire", "sniper fire"
        if cause.lemma_.lower() not in MISHAP_NOUNS:
            continue
        if any(c.dep_ in ("acl", "relcl") for c in cause.children):
            continue  # "a stampede caused by police firing tear gas"
        return True
    return False


#: nouns that stand for what a sentence has just told: "..., a claim Ukraine's military denied"
_ACCOUNT_NOUNS = frozenset({"claim", "assertion", "account", "report", "allegation", "statement", "version"})


def _a_claim_denied(token: Token) -> bool:
    """Whether the sentence goes on to call what it told a claim that someone denies: "its forces
    had captured the village, a claim Ukraine's military denied" (the parser hangs the denial on
    the deed, on the saying or as a clause of the noun)."""
    for noun in token.sent:
        if noun.i <= token.i or noun.lemma_.lower() not in _ACCOUNT_NOUNS or noun.pos_ != "NOUN":
            continue
        article = noun.doc[noun.i - 1] if noun.i > 0 else None
        if article is None or article.lower_ not in ("a", "an") or article.i == 0:
            continue
        if noun.doc[article.i - 1].text not in (",", "--", "—", "-"):
            continue  # only a noun set beside the told clause stands for it
        if noun.lemma_.lower() in _CHARGE_NOUNS and not any(
            a.lemma_.lower() in _ACCUSING_VERBS | {"allege", "blame"} for a in token.ancestors
        ):
            # "cut ties with the UAE, accusing it of supplying the RSF, an allegation the UAE
            # denies": what is alleged is denied, not the cutting nor the accusing
            continue
        verbs = [noun.head, *(c for c in noun.children if c.dep_ in ("relcl", "acl"))]
        if any(
            v.lemma_.lower() in DENY_VERBS
            and v.pos_ == "VERB"
            and not any(c.dep_ == "neg" for c in v.children)
            for v in verbs
        ):
            return True
    return False


#: verbs whose "for" names the deeds someone is charged with: "wanted for kidnappings"
_CHARGING_VERBS = frozenset(
    {"want", "charge", "convict", "sentence", "jail", "prosecute", "indict", "sanction"}
)

#: account nouns that stand for what an accusation alleges
_CHARGE_NOUNS = frozenset({"allegation", "accusation", "charge"})

#: adverbs that make a denial a standing one: "has repeatedly denied", "has long denied"
_STANDING_DENIAL_ADVERBS = frozenset(
    {"previously", "repeatedly", "consistently", "long", "always", "routinely", "often", "regularly"}
)


#: participles that say what a place or people suffer again and again ("plagued by clashes")
_SUFFERED_VERBS = frozenset({"plague", "wrack", "rack", "beset", "ravage", "blight", "dog", "scar", "grip"})


def _what_a_place_suffers(noun: Token) -> bool:
    """Whether an event noun is the agent of a participle of lasting harm: "a region plagued by
    clashes", "a country wracked by insurgency" (a state of things, not one happening)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "by":
        return False
    participle = noun.head.head
    return participle.tag_ == "VBN" and participle.lemma_.lower() in _SUFFERED_VERBS


def _habit_of_a_place(token: Token) -> bool:
    """Whether a violent verb tells, in the present simple of a clause describing a place, what is
    done there: "northwest Nigeria, where armed gangs raid villages and hold victims"."""
    verb = token.head if token.dep_ == "conj" and token.head.pos_ == "VERB" else token
    if _pos(token) != "VERB" or token.tag_ not in ("VBZ", "VBP", "VB") or verb.tag_ not in ("VBZ", "VBP"):
        return False
    return verb.dep_ == "relcl" and any(c.lower_ == "where" and c.dep_ == "advmod" for c in verb.children)


def _a_stand_told(token: Token) -> bool:
    """Whether a violent deed is told in the present simple under a past saying: "it has
    previously said it targets only terrorists", "the army said it strikes only military sites"
    (a side's stated rule; a deed of a day is told in the past: "said it struck")."""
    # ("The Maoists, who say they are fighting for the rights of the poor": a present going on)
    progressive = token.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are") for c in token.children
    )
    if (
        _pos(token) != "VERB"
        or (token.tag_ not in ("VBZ", "VBP") and not progressive)
        or token.dep_ != "ccomp"
    ):
        return False
    if not progressive and any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    saying = token.head
    if progressive:
        return saying.lemma_ in SPEECH_VERBS and saying.dep_ == "relcl" and saying.tag_ in ("VBZ", "VBP")
    if saying.lemma_ in SPEECH_VERBS and saying.dep_ == "relcl" and saying.tag_ in ("VBZ", "VBP"):
        return True  # "CODECO, which says it defends the Lendu": how a group describes itself
    return saying.lemma_ in SPEECH_VERBS and saying.tag_ in ("VBD", "VBN", "VBG")


_MANY_WORDS = frozenset({"dozens", "hundreds", "thousands", "scores", "numerous", "countless", "many"})
#: words that count places without a number: "several towns", "many villages"
_VAGUE_COUNTS = _MANY_WORDS | frozenset({"several", "various", "multiple", "some"})


#: what a convoy carries when it brings aid
_AID_CARGO = frozenset({"aid", "food", "medicine", "medicines", "supplies", "water", "flour", "relief"})


def _carrying_aid(subject: Token) -> bool:
    """Whether a subject is a convoy or trucks of aid: "a convoy of 15 trucks carrying food and
    medicine", "an aid convoy", "humanitarian trucks" (not "trucks carrying weapons and food for
    the rebels")."""
    words = {t.lower_ for t in subject.subtree}
    vehicles = words & {"convoy", "convoys", "truck", "trucks", "lorry", "lorries", "ship", "vessel"}
    armed = words & (WEAPON_NOUNS | {"weapons", "arms", "ammunition", "troops", "fighters", "soldiers"})
    return bool(vehicles) and not armed and bool(words & (_AID_CARGO | {"humanitarian"}))


def _a_kind_judged(noun: Token) -> bool:
    """Whether a bare plural event noun is the subject of what is said of all events of its kind:
    "Attacks against peacekeepers may constitute war crimes", "Such strikes amount to collective
    punishment", "their attacks are in solidarity with Palestinians"."""
    if noun.tag_ != "NNS" or noun.dep_ != "nsubj":
        return False
    if (
        noun.head.lemma_ == "be"
        and noun.head.tag_ in ("VBP", "VBZ")
        and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in noun.children)
    ):
        return True  # "The Houthis say their attacks are in solidarity with Palestinians": all of them
    return noun.head.lemma_.lower() in ("constitute", "amount", "violate", "breach") and not any(
        c.dep_ in ("det", "nummod", "poss") and c.lower_ != "such" for c in noun.children
    )


#: words that tell a happening apart from another told beside it
_APART_WORDS = frozenset({"separate", "another", "different", "unrelated", "second"})


def _without_other_happenings(sent: Span, token: Token) -> str:
    """A sentence's text without the clauses of other happenings set in time against its own
    ("a day after an Israeli drone strike killed ...") or joined after it with their own subject
    ("... were killed and it had shot down five jets") that do not hold ``token``; for a trigger
    inside such a clause or an "after" phrase ("struck nine sites, two weeks after a deadly attack
    on tourists"), that clause's text alone."""
    holder = next(
        (
            c
            for c in sent
            if (
                _another_happening(c, "after", "before", "since")
                or (c.dep_ == "prep" and c.lower_ in ("after", "before") and c.head.i != token.i)
            )
            and c.left_edge.i <= token.i <= c.right_edge.i
            and c.i != token.i
        ),
        None,
    )
    if holder is not None:
        return "".join(t.text_with_ws for t in holder.subtree)
    dropped = {
        t.i
        for c in sent
        if (_another_happening(c, "after", "before", "since") or _misjoined_happening(c))
        and not c.left_edge.i <= token.i <= c.right_edge.i
        for t in c.subtree
    }
    # "Pakistan said 26 civilians were killed and it had shot down five Indian fighter jets": a
    # clause joined after the trigger's, with a subject of its own, tells its own deed
    dropped |= {
        t.i
        for c in sent
        if c.dep_ == "conj"
        and c.pos_ in ("VERB", "AUX")
        and c.i > token.i
        # (an active one: "... and a vehicle was hit by a land mine" says how the harm was done)
        and any(s.dep_ == "nsubj" for s in c.children)
        and not any(s.dep_ in ("nsubjpass", "auxpass") for s in c.children)
        and not c.left_edge.i <= token.i <= c.right_edge.i
        and token.i < c.left_edge.i
        for t in c.subtree
    }
    # "stormed a TV studio, threatening staff with guns and explosives": the weapons of a threat
    # were shown, not used
    dropped |= {
        t.i
        for c in sent
        if c.lemma_.lower() == "threaten" and c.i != token.i
        for w in c.subtree
        if w.dep_ == "prep" and w.lower_ == "with"
        for t in w.subtree
    }
    if not dropped:
        return sent.text
    return "".join(t.text_with_ws for t in sent if t.i not in dropped)


def _fleeing_from(pronoun: Token) -> Token | None:
    """The object of the deed a "they" flees in the clause hung on it: "shot residents as they
    tried to flee" -> residents (the fleeing are those attacked, not the attackers)."""
    if pronoun.lower_ != "they" or pronoun.dep_ != "nsubj":
        return None
    verb = pronoun.head
    fleeing = verb.lemma_.lower() in _FLEEING_VERBS or any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _FLEEING_VERBS for c in verb.children
    )
    if not fleeing or verb.dep_ != "advcl":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)


_FLEEING_VERBS = frozenset({"flee", "escape", "run"})


def _light_verb_of(noun: Token) -> Token | None:
    """The present perfect light verb an event noun (or "dozens of" it) is the object of: "has
    carried out dozens of attacks", "have staged protests"."""
    if _pos(noun) != "NOUN":
        return None
    held = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        held = noun.head.head  # "dozens of attacks"
    verb = held.head
    if held.dep_ != "dobj" or verb.lemma_.lower() not in LIGHT_VERBS or not _present_perfect(verb):
        return None
    return verb


def _misjoined_happening(clause: Token) -> bool:
    """Whether a verb the parser joined as a conjunct opens with "after", "before" or "since"
    and has a subject of its own: "..., a day after an Israeli drone strike killed ..."."""
    return (
        clause.dep_ == "conj"
        and clause.pos_ in ("VERB", "AUX")
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        and any(c.dep_ == "mark" and c.lower_ in ("after", "before", "since") for c in clause.children)
    )


def _clauses_told_apart(sent: Span, gov: Token) -> set[int]:
    """The tokens of the clauses of ``sent`` told apart from the one ``gov`` heads ("..., and
    gunmen shot dead two farmers in a separate attack near Gwoza"): another happening's words."""
    if not any(t.lower_ in _APART_WORDS for t in sent):
        return set()
    return {
        t.i
        for c in sent
        if c.pos_ in ("VERB", "AUX")
        and c.i != gov.i
        and c not in gov.ancestors
        # (a clause joined to ``gov``'s as a conjunct is told beside it, not inside it)
        and (gov not in c.ancestors or c.dep_ == "conj")
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        and _told_apart(c)
        for t in c.subtree
    }


def _told_apart(token: Token) -> bool:
    """Whether a trigger is told as another happening than the one beside it: "in a separate
    attack", "another bombing", "in a second attack the same day"."""
    main = token.head
    if main.dep_ == "ccomp" and main.head.dep_ == "ROOT" and main.head.lemma_.lower() in SPEECH_VERBS:
        main = main.head  # "Another strike hit ..., the mayor said"
    if token.dep_ in ("nsubj", "nsubjpass") and main.dep_ == "ROOT":
        # "Another strike hit a residential area, injuring 25": the whole sentence tells the other
        # happening, its participles with it
        return False
    verb = token
    while verb.dep_ in ("pobj", "prep") and verb.head.i != verb.i:
        verb = verb.head
    nouns = [token] + [p for c in verb.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(
        any(c.dep_ in ("amod", "det") and c.lower_ in _APART_WORDS for c in noun.children) for noun in nouns
    )


def _own_clause_tokens(trigger: Token) -> set[int]:
    """The token indexes of a trigger's own clause: its verb's subtree without the clauses
    joined to it."""
    verb = trigger
    while verb.dep_ in ("pobj", "prep", "dobj", "compound") and verb.head.i != verb.i:
        verb = verb.head
    joined = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    return {t.i for t in verb.subtree} - joined


def _shares_a_passive(verb: Token) -> bool:
    """Whether a participle joined to a passive verb shares its "was": "a second attacker was
    wounded and arrested" (the attacker was arrested)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and head.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "dobj") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in head.children)
        and any(c.dep_ == "nsubjpass" for c in head.children)
    )


def _told_many_times(verb: Token) -> bool:
    """Whether a verb is said to have happened many times: "attacked ports more than 60 times",
    "was shelled dozens of times" (ten or more: "three times last week" still counts each)."""
    # (the parser may hang "40 times" on the object: "struck the power grid more than 40 times")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    for times in [c for t in (verb, *objects) for c in t.children]:
        if times.dep_ != "npadvmod" or times.lemma_.lower() != "time" or times.tag_ != "NNS":
            continue
        for count in times.subtree:
            if count.lower_ in _MANY_WORDS:
                return True
            if count.dep_ == "nummod":
                value = _number(count)
                if value is not None and value >= 10:
                    return True
    return False


def _denied_as_a_habit(gov: Token) -> bool:
    """Whether the verb of denying above ``gov`` is told as a habit or a past stand: "has
    previously denied targeting civilians", "has repeatedly denied arming the rebels"."""
    denial = next((a for a in gov.ancestors if a.lemma_.lower() in DENY_VERBS and a.pos_ == "VERB"), None)
    if denial is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _STANDING_DENIAL_ADVERBS for c in denial.children):
        return True
    # "Moscow denies targeting civilians": a present denial of deeds done to people of a kind (a
    # bare plural), the stand a side takes, not the denial of one happening ("denies killing the
    # two farmers" is one)
    done_to = next((c for c in gov.children if c.dep_ == "dobj"), None)
    return (
        denial.tag_ in ("VBZ", "VBP")
        and gov.tag_ == "VBG"
        and done_to is not None
        and done_to.tag_ == "NNS"
        and not any(c.dep_ in ("det", "nummod", "poss") for c in done_to.children)
        # ("denies attacking civilians in Odesa on Tuesday": one happening, with its place and day)
        and not any(c.dep_ in ("prep", "npadvmod") for c in (*gov.children, *done_to.children))
    )


def _done_to_many_over_time(token: Token) -> bool:
    """Whether a present perfect verb tells of deeds done again and again to things of a kind,
    with no time of its own: "separatists have attacked schools", "the group has kidnapped
    foreigners" (a bare plural, no number, no "the"), not one happening. (An event noun after a
    light verb, "have staged rallies", is news of its own.)"""
    if _pos(token) != "VERB":
        return False
    verb, done_to = token, next((c for c in token.children if c.dep_ == "dobj"), None)
    perfect = _present_perfect(verb) or (
        verb.dep_ == "conj"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and _present_perfect(verb.head)
    )
    driven_from_a_place = any(
        c.dep_ == "prep" and c.lower_ in ("out", "from") and any(t.pos_ == "PROPN" for t in c.subtree)
        for c in verb.children
    )
    return (
        perfect
        and done_to is not None
        and done_to.tag_ == "NNS"
        # ("has driven Ukrainian troops out of Sudzha": out of one place, once)
        and not driven_from_a_place
        # ("have freed hundreds of inmates": a count of one happening's)
        and done_to.lemma_.lower() not in _COUNTING_NOUNS
        and not any(
            c.dep_ in ("det", "nummod", "poss", "quantmod", "compound") or c.like_num
            for c in done_to.children
        )
    )


def _heads_up_to_own_clause(token: Token) -> Iterator[Token]:
    """The words ``token``'s clause hangs under, up to a clause joined beside it with a subject of
    its own ("officials met, and the United States called for a truce": the call is not under
    the meeting)."""
    node = token
    while node.head.i != node.i:
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return
        node = node.head
        yield node


#: happenings long enough that a count of them is a history
_LONG_FIGHTS = frozenset({"war", "conflict", "insurgency", "uprising", "rebellion"})


def _wars_counted(verb: Token) -> bool:
    """Whether a verb's object counts wars ("have fought two wars over the region"): a history,
    not one happening."""
    return any(
        c.dep_ == "dobj"
        and c.tag_ == "NNS"
        and c.lemma_.lower() in _LONG_FIGHTS
        and any(n.dep_ == "nummod" for n in c.children)
        for c in verb.children
    )


def _containing_heads(token: Token, through_relatives: bool = True) -> Iterator[Token]:
    """The words ``token``'s clause is inside, up to a verb it is joined beside ("condemned the
    arrest and urged the release": "urged" is beside "condemned", not inside it), and, unless
    ``through_relatives``, up to the noun a relative clause describes."""
    node = token
    while node.head.i != node.i and node.dep_ != "conj":
        if node.dep_ == "relcl" and not through_relatives:
            return
        node = node.head
        yield node


def _said_by_no_one(gov: Token) -> bool:
    """Whether a clause is what a verb of saying that is negated would have said: "It did not say
    it had withdrawn from the city", "officials would not confirm that troops had entered" (the
    attribution's verbs of saying; not "did not deny", which has its own reading)."""
    clause = gov
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    saying = clause.head
    return (
        clause.dep_ == "ccomp"
        and saying.lemma_.lower() in SPEECH_VERBS - DENY_VERBS
        and any(c.dep_ == "neg" for c in saying.children)
    )


_DRIVING_AWAY_VERBS = frozenset(
    {"drive", "push", "force", "expel", "oust", "chase", "flush", "evict", "kick", "dislodge", "rout"}
)


def _driven_away(verb: Token) -> bool:
    """Whether a verb drives its object away from a place: "was driven out of the capital",
    "was pushed from its strongholds" (what is driven away is a side, never the place)."""
    return verb.lemma_.lower() in _DRIVING_AWAY_VERBS and any(
        c.dep_ in ("prep", "prt") and c.lower_ in ("out", "from") for c in verb.children
    )


_INQUIRY_WORDS = frozenset(
    {"inquiry", "enquiry", "investigation", "probe", "investigate", "examine", "ask", "question",
     "review", "wonder", "study", "audit", "establish", "determine"}
)  # fmt: skip


def _asked_about(gov: Token) -> bool:
    """Whether a clause is the question an inquiry asks: "will hold an inquiry into how the
    attackers passed through checkpoints", "investigating why troops withdrew". What is asked about
    is a deed told elsewhere in the story (or not known yet), not one more happening."""
    clause = gov
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ not in ("pcomp", "ccomp") or not any(
        c.tag_ == "WRB" and c.lower_ in ("how", "why") for c in clause.children
    ):
        return False
    asker = clause.head.head if clause.dep_ == "pcomp" else clause.head
    return asker.lemma_.lower() in _INQUIRY_WORDS


def _reported_perfect(verb: Token) -> bool:
    """ "(said) 300 civilians had been killed": a past perfect in what a past saying reports."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children) and any(
        a.lemma_.lower() in SPEECH_VERBS and a.tag_ == "VBD" for a in verb.ancestors
    )


def _present_perfect(verb: Token) -> bool:
    """ "have been killed", "has called": a present perfect, which takes no past day."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBP", "VBZ") for c in verb.children)


def _asked_for(verb: Token) -> Token | None:
    """What a verb of asking asks for: "called for a strike", "demanded the release of X"."""
    lemma = verb.lemma_.lower()
    if lemma in _REQUESTING_VERBS:
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma in _ASKING_FOR_VERBS:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"), None)
        return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return None


def _requested(noun: Token) -> bool:
    """An event noun that is what someone asks for ("demanded the release of the journalists",
    "called for the withdrawal of foreign troops"): the asking is the news; this has not happened."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return False
    if _asked_for(noun.head.head if noun.dep_ == "pobj" else noun.head) == noun:
        return True
    if noun.dep_ == "dobj" and noun.head.tag_ == "VB" and noun.head.dep_ in ("xcomp", "ccomp", "advcl"):
        # "urged both sides to accept a truce", "called on the parties to sign the deal": the
        # deal is asked of others, not made
        asker = noun.head.head.lemma_.lower()
        return asker in _REQUESTING_VERBS or asker in _ASKING_FOR_VERBS
    return False


#: event types of working together, which a suspension or a rejection acts on
_COOPERATIVE_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "AID", "CONCEDE"})
#: verbs of talking about a thing already told: "did not comment on the strike"
_COMMENT_VERBS = frozenset({"comment", "respond", "react", "speak", "talk", "remark", "elaborate", "reply"})
#: what a source declines to do when it says nothing: "declined to comment", "refused to say"
#: ("refused to respond to a demand" is a refusal, so "respond" is not one of them)
_SILENCE_VERBS = frozenset({"comment", "say", "confirm", "elaborate", "speak"})


#: what is done to a deal that already stands
_UNDERMINING_VERBS = (
    frozenset(
        {
            "undermine",
            "violate",
            "breach",
            "jeopardize",
            "jeopardise",
            "sabotage",
            "threaten",
            "endanger",
            "derail",
            "abandon",
            "renounce",
        }
    )
    | _ENDING_VERBS
)  # ("ended a 2015 peace agreement", "scrapped the deal": a deal ended is none made)


def _spec_is_territorial(spec: TriggerSpec) -> bool:
    """Whether a trigger's entry can tell of ground changing hands with a place as its object."""
    return spec.territory or spec.place_object


def _feared(noun: Token) -> bool:
    """Whether an event noun is what someone fears or warns of: "feared new fighting", "warned
    of a massacre", "fears of an offensive" (nothing has happened)."""
    if _pos(noun) != "NOUN":
        return False
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in ("fear", "dread"):
        return True
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in ("fear", "warn", "risk", "threat", "spectre", "specter", "prospect")
    )


#: participles of having or using a thing, whose agent is no doer of what the thing did
_HAVING_VERBS = frozenset({"use", "own", "carry", "hold", "wear", "possess", "operate", "issue"})


def _while_struck(verb: Token) -> bool:
    """Whether a verb tells what the victims of a killing were doing when it befell them: "had
    killed Aqil and ten other commanders as they met in the basement" (or a meeting noun is what was
    struck: "said it had targeted a meeting of commanders")."""
    struck = KILLING_LEMMAS | {"strike", "hit", "target", "bomb", "attack", "shell"}
    if verb.pos_ == "NOUN":
        return verb.dep_ == "dobj" and verb.head.lemma_.lower() in struck
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in verb.children
    ):
        return False
    head = verb.head
    # ("The strike came as Hamas officials met to discuss a proposal": what the strike fell on)
    told_by_its_noun = head.lemma_.lower() in ("come", "happen", "occur", "hit") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in struck | {"raid", "bombing", "blast", "explosion"}
        for c in head.children
    )
    return head.lemma_.lower() in struck or told_by_its_noun


def _objects_of_prepositions(heads: Iterable[Token], prepositions: tuple[str, ...]) -> set[int]:
    """The indexes of the nouns (and their conjuncts) that follow one of ``prepositions`` hung on
    any of ``heads``: "ties with Rwanda", "sanctions on Iran and Syria"."""
    return {
        noun.i
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for noun in (pobj, *pobj.conjuncts)
    }


def _subject_the_parse_misplaced(verb: Token) -> Token | None:
    """The subject of a verb the parser hung elsewhere, where the words say it plainly: "the
    fleeing residents" (a participle's noun), "protesters set fire to parliament and police opened
    fire" parsed as "parliament and police" (the noun right before a finite verb that has no
    subject), "shooting fleeing residents" parsed as fleeing [the] residents; None otherwise."""
    doc = verb.doc
    if verb.dep_ == "amod" and verb.tag_ == "VBG" and _pos(verb.head) in ("NOUN", "PROPN"):
        return verb.head
    if (
        verb.tag_ == "VBD"
        and verb.i >= 2
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        and doc[verb.i - 1].dep_ == "conj"
        and doc[verb.i - 1].pos_ in ("NOUN", "PROPN")
        and doc[verb.i - 1].head.i < verb.i - 1
        and doc[verb.i - 2].lower_ == "and"
    ):
        return doc[verb.i - 1]
    if verb.tag_ == "VBG" and verb.lemma_.lower() in ("flee", "escape") and verb.i + 1 < len(doc):
        people = doc[verb.i + 1]
        if people.head == verb and people.dep_ == "dobj" and people.lemma_.lower() in _PEOPLE_NOUNS:
            return people
    return None


def _verb_misread_as_modifier(verb: Token) -> bool:
    """Whether a past participle the parser hung on a noun is the verb of a sentence that has no
    other: "Malaysia, which chairs ASEAN, offered to host talks", "Qatar, which has mediated between
    the two sides, offered ..." (the sentence's root a noun with a relative clause between commas,
    on which or inside which the verb hangs). Its subject is that root."""
    root = verb.sent.root
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in ("VBN", "VBD")
        or _pos(root) not in ("NOUN", "PROPN")
        or verb.i == 0
        or verb.doc[verb.i - 1].text != ","
        or any(c.dep_ == "agent" for c in verb.children)
    ):
        return False
    clauses = [c for c in root.children if c.dep_ == "relcl" and c.i < verb.i]
    return bool(clauses) and (verb.head == root or any(verb.head in c.subtree for c in clauses))


def _verb_of_phrase(noun: Token) -> Token:
    """The verb a noun's chain of prepositional phrases hangs on ("detained 1,100 people over five
    nights of protests": detained), or the noun's head where there is none."""
    node = noun
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and _pos(node.head.head) in ("NOUN", "PROPN"):
        node = node.head.head
    return node.head.head if node.dep_ == "pobj" else node.head


def _bombed_gathering(noun: Token) -> bool:
    """Whether a gathering noun is where a bomb went off: "blew himself up at a political rally",
    "a bomb exploded at a wedding", "detonated explosives near a protest camp"."""
    return (
        _pos(noun) == "NOUN"
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("at", "on", "near", "inside", "outside", "during")
        and noun.head.head.lemma_.lower() in ("blow", "explode", "detonate", "bomb")
    )


def _undermined(noun: Token) -> bool:
    """Whether a deal noun is what a verb of harming it acts on ("undermine the ceasefire",
    "violated the truce"), or what an act is done under ("under the terms of the deal"): a deal
    that stands, no new one."""
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "of"
        and noun.head.head.lemma_.lower() in ("term", "condition")
    ):
        noun = noun.head.head  # "under the terms of the deal"
    if noun.dep_ == "pobj" and noun.head.lower_ in ("under", "per"):
        return True
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _UNDERMINING_VERBS


def _commented_on(noun: Token) -> bool:
    """A definite event noun that is what someone comments on, responds to or speaks about ("the
    government did not comment on the attack"): the story's event talked about, no new one ("the
    army responded to an attack on its post by shelling" still tells of an attack)."""
    if _pos(noun) not in ("NOUN", "PROPN") or not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in noun.children
    ):
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ("mention", "acknowledge", "address"):
        return True  # "did not mention the strike in a statement": the strike told before
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("on", "to", "about")
        and noun.head.head.lemma_.lower() in _COMMENT_VERBS
    )


def _no_comment(verb: Token) -> bool:
    """ "declined to comment", "refused to say": a source that said nothing, no refusal of note;
    "could not be reached for comment": a source not heard, no one reached anywhere."""
    if any(
        c.dep_ == "prep" and c.lower_ == "for" and any(p.lemma_.lower() == "comment" for p in c.children)
        for c in verb.children
    ):
        return True
    return verb.lemma_.lower() in ("decline", "refuse") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _SILENCE_VERBS for c in verb.children
    )


def _mandated(clause: Token) -> bool:
    """A subjunctive that says what someone wants done: "demanding that the prime minister agree
    to a deal", "urged that the troops withdraw", "reiterated its demand that the government
    withdraw the tax" (the agreeing and withdrawing are not reported)."""
    if clause.tag_ not in ("VB", "VBP") or any(c.dep_ == "aux" for c in clause.children):
        return False  # ("demanding that the minister agree": no "agrees")
    asking = _MANDATING_VERBS | {"call", "proposal"}
    if clause.dep_ == "acl":
        return clause.head.lemma_.lower() in asking and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
        )
    return clause.dep_ == "ccomp" and (
        clause.head.lemma_.lower() in _MANDATING_VERBS
        # ("reiterated its demand that Israel ease restrictions": the demand the verb carries)
        or any(c.dep_ == "dobj" and c.lemma_.lower() in asking for c in clause.head.children)
    )


def _into_the_air(token: Token) -> bool:
    """Warning shots: "fired shots into the air" attacks no one."""
    if token.lemma_.lower() not in ("fire", "shoot", "shot"):
        return False
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    return any(
        p.dep_ == "prep" and p.lower_ in ("into", "in") and any(o.lower_ == "air" for o in p.children)
        for h in heads
        for p in h.children
    )


def _to_be_ended(token: Token) -> bool:
    """Whether an event noun is what an infinitive of ending or preventing aims at ("to quell
    clashes", "to put an end to raiding"): the purpose of another act, not a report."""
    if _pos(token) not in ("NOUN", "PROPN"):
        return False
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in ENDING_VERBS:
        return True
    # "put an end to", "bring an end to"
    return lemma in ("put", "bring") and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "end" for c in verb.children
    )


def _agent_noun(verb: Token) -> Token | None:
    """The noun after a passive's "by" ("attacked by locals"), or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _is_protest_word(token: Token) -> bool:
    """Whether a word names a demonstration: "march", not the month ("On 18 March 2024")."""
    if token.ent_type_ in ("DATE", "TIME") and token.text[:1].isupper():
        return False
    return token.lemma_.lower() in PROTEST_WORDS or token.lower_ in PROTEST_WORDS


def _during_a_protest(verb: Token) -> bool:
    """Whether ``verb`` is told as happening during or amid a protest ("assaulted them during
    BNP's demonstration", "attacked the marchers amid a rally", "... when they were taking part in
    a rally")."""
    during = any(
        c.dep_ == "prep"
        and c.lower_ in ("during", "amid", "amidst")
        and any(g.dep_ == "pobj" and _is_protest_word(g) for g in c.children)
        for c in verb.children
    )
    # "assaulted members of X when they were taking part in a demonstration": a clause of time
    # whose subject is those attacked
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]  # "assaulted and injured X when"
    return during or any(
        c.dep_ == "advcl"
        and any(m.dep_ in ("mark", "advmod") and m.lower_ in ("when", "while", "as") for m in c.children)
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("they", "he", "she") for s in c.children)
        and any(_is_protest_word(t) for t in c.subtree)
        for v in verbs
        for c in v.children
    )


def _in_background(token: Token) -> bool:
    """Whether a word sits under "following", "after", "over"... or is called "prior": it tells
    of something before, after or behind what its clause reports ("a mob torched houses,
    following anti-government demonstrations", "assaulted a student over participation in a
    demonstration", "a rally against the prior assault on its members")."""
    # ("following" is at times parsed as a participle heading a clause of its own)
    for word in (token, *token.ancestors):
        if word.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "amod" and c.lower_ in _EARLIER for c in word.children
        ):
            # "against the prior assault on its members", "the prior killing ... during a clash"
            return True
    if any(
        # "arrested for participating in protests", "fined for organising a rally": the reason, before
        a.tag_ == "VBG" and a.lemma_.lower() in _TAKING_PART and a.head.lower_ == "for"
        for a in token.ancestors
    ):
        return True
    return any(a.lower_ in _BACKGROUND_PREPS and a.dep_ in ("prep", "mark", "advcl") for a in token.ancestors)


#: ASSAULT modes that take people away: an abduction, a rape ("raided the village and abducted")
_TAKING_PEOPLE = frozenset({"abduct", "sexual"})
#: verbs of forcing a way into a place, which another act of the same sentence may say the aim of
_ENTRY_VERBS = frozenset({"storm", "raid", "attack", "invade", "overrun", "enter"})

#: gerunds that say what someone was punished "for" taking part in
_TAKING_PART = frozenset(
    {"participate", "take", "join", "organize", "organise", "attend", "lead", "stage", "hold"}
)


#: verbs of a war's outbreak: "since the war began", "since violence erupted"
_OUTBREAK_VERBS = frozenset({"begin", "erupt", "start", "break", "flare", "escalate", "invade"})
#: what a kind of event has become: "kidnappings have become common", "attacks are frequent"
_PREVALENCE = frozenset(
    {"common", "commonplace", "frequent", "routine", "rife", "widespread", "endemic", "prevalent", "rampant",
     "rare", "regular"}
)  # fmt: skip
#: verbs of a count that moves: "attacks have increased", "kidnappings surged"
_TREND_VERBS = frozenset(
    {"increase", "rise", "surge", "soar", "spike", "decline", "decrease", "fall", "grow"}
)


#: nouns of a count that grows or falls: "a surge in attacks", "a rise in killings"
_TREND_NOUNS = frozenset({"surge", "rise", "increase", "upsurge", "spike", "uptick", "decline", "drop"})


#: nouns of a run of events: "the latest in a string of attacks", "amid a wave of kidnappings"
_RUN_NOUNS = frozenset(
    {"string", "series", "spate", "wave", "spree", "rash", "succession", "slew", "litany", "flurry"}
)
#: where a run of events is the background of what a sentence reports
_BACKGROUND_PREPOSITIONS = frozenset({"after", "following", "amid", "amidst", "despite", "since"})
#: modifiers of a plural event noun that make it a habit, not a happening: "Israel's continued
#: strikes", "repeated attacks on the camp" ("amid ongoing demonstrations" are going on now)
_SERIAL_MODIFIERS = frozenset(
    {"continued", "repeated", "persistent", "frequent", "incessant", "relentless", "constant",
     "recurrent", "recurring"}
)  # fmt: skip


def _none_asserted(token: Token) -> bool:
    """Whether an event noun is the "any" object of a negated verb: "the group has not claimed any
    attack", "police did not report any arrests" tell of no event."""
    if not any(c.dep_ == "det" and c.lower_ == "any" for c in token.children):
        return False
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    return token.dep_ in ("dobj", "pobj", "nsubjpass") and any(c.dep_ == "neg" for c in head.children)


def _in_a_run(token: Token) -> bool:
    """Whether a plural event noun is a run of events told as background: "the latest in a
    string of attacks", "after a series of attacks on civilians", "amid a wave of kidnappings",
    "to protest a wave of killings" (unlike "a series of attacks killed 20 people on Sunday",
    which reports them)."""
    if not (token.dep_ == "pobj" and token.head.lower_ == "of"):
        return False
    run = token.head.head
    if run.lemma_.lower() in _RUN_NOUNS and run.dep_ == "dobj" and run.head.lemma_.lower() in GRIEVANCE_VERBS:
        return True  # "blocked highways to protest a wave of killings of drivers": what is protested
    if run.lemma_.lower() not in _RUN_NOUNS or run.dep_ != "pobj":
        return False
    prep = run.head.lower_
    if prep in _BACKGROUND_PREPOSITIONS:
        return True
    return prep == "in" and run.head.head.lemma_.lower() in ("latest", "last", "late")


#: what follows a weapon's name in the name of a trade or tool: "bomb-making", "bomb-disposal"
_CRAFT_WORDS = frozenset(
    {"making", "maker", "makers", "disposal", "sniffing", "proof", "resistant", "detection", "detecting"}
)


def _a_craft_of(token: Token) -> bool:
    """Whether an event word is the first half of a hyphenated trade or tool: "bomb-making
    materials", "a bomb-disposal squad", "blast-proof walls"."""
    doc = token.doc
    return (
        token.i + 2 < len(doc)
        and doc[token.i + 1].text in ("-", "‑")
        and not token.whitespace_
        and doc[token.i + 2].lower_ in _CRAFT_WORDS
    )


#: spans of time a history of events is counted in: "weakened by years of military offensives"
_AGES = frozenset({"years", "decades", "generations"})
#: what a side is known for: "the group is notorious for kidnappings for ransom"
_REPUTED = frozenset({"notorious", "infamous", "known", "famous", "feared", "renowned"})


def _a_history(token: Token) -> bool:
    """Whether a plural event noun is a side's history, not a happening: "weakened by years of
    military offensives, surrenders and battle setbacks", "notorious for kidnappings for ransom"."""
    noun = token
    for _ in range(4):
        prep = noun.head
        if noun.dep_ == "pobj":
            if (
                prep.lower_ == "of"
                and prep.head.lower_ in _AGES
                and not any(c.dep_ == "nummod" for c in prep.head.children)
            ):
                return True  # (but "two years of fighting killed 4,000 people" counts its span)
            if prep.lower_ == "for" and prep.head.lower_ in _REPUTED:
                return True
        # up a list ("offensives, surrenders and setbacks"), from a modifier ("battle setbacks")
        # or a noun's phrase ("kidnappings for ransom and beheadings")
        if noun.dep_ in ("conj", "compound") and noun.head.i != noun.i:
            noun = noun.head
        elif noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "NOUN":
            noun = prep.head
        else:
            return False
    return False


def _serial(token: Token) -> bool:
    """Whether a plural event noun is a habit of one side, judged or condemned, not a happening:
    "Israel's continued strikes were a violation", "condemned the repeated attacks" (while
    "relentless airstrikes killed 30 people" reports what they did)."""
    if not any(c.dep_ == "amod" and c.lower_ in _SERIAL_MODIFIERS for c in token.children):
        return False
    return not (token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.head.lemma_ != "be")


#: verbs that make a plural deed a campaign: "stepped up attacks", "intensified its raids"
_STEPPING_UP_VERBS = frozenset({"step", "intensify", "escalate", "ramp", "increase", "redouble"})


def _a_trend(token: Token) -> bool:
    """Whether a plural event noun is said to be common, to grow or to go on, not to have happened
    once: "Kidnappings for ransom have become common in the northwest", "attacks on farmers
    surged", "attacks by groups linked to al Qaeda have continued"; a kind of deed said to be
    common somewhere, also in the singular ("Kidnapping for ransom is rampant", the parser's
    "Cattle raiding is rampant")."""
    subject = token.head if token.dep_ in ("acl", "compound") and token.head.dep_ == "nsubj" else token
    if (
        subject.dep_ in ("nsubj", "nsubjpass")
        and subject.head.lemma_.lower() in ("be", "become", "remain", "grow")
        and any(c.dep_ == "acomp" and c.lemma_.lower() in _PREVALENCE for c in subject.head.children)
    ):
        return True
    if token.tag_ != "NNS":
        return False
    if _serial(token):
        return True
    if (
        token.dep_ == "pobj"
        and token.head.lower_ in ("in", "of")
        and token.head.head.lemma_.lower() in _TREND_NOUNS
    ):
        return True  # "a surge in attacks", "a rise in killings", "an increase in kidnappings"
    if token.dep_ == "dobj" and token.head.lemma_.lower() in _STEPPING_UP_VERBS:
        return True  # "the BLA has stepped up attacks this year", "intensified raids"
    if token.dep_ != "nsubj":
        return False
    head = token.head
    if head.lemma_.lower() in _TREND_VERBS:
        return True
    return head.lemma_.lower() in ("continue", "persist") and (
        _present_perfect(head) or head.tag_ in ("VBP", "VBZ")
    )  # "attacks by jihadists have continued", "killings persist" (not "continued overnight")


def _protest_on_the_scene(sent: Span) -> bool:
    """Whether a protest word of the sentence tells of a demonstration where the event happened."""
    return any(_is_protest_word(t) and not _in_background(t) for t in sent)


def _air_arm(subject: Token) -> bool:
    """Whether the one who acts is an air force: "the GNA air force", "Nigerian Air Force and
    artillery" (a conjunct counts; "air force officers" are people, not the air arm)."""
    for head in _conjuncts(subject):
        words = [t.lower_ for t in head.subtree if t.i <= head.i]
        if words[-2:] == ["air", "force"] or words[-2:] == ["air", "forces"]:
            return True
    return False


def _weapon_mode(text: str) -> tuple[str, bool] | None:
    """The attack mode a sentence's weapon words tell, strongest first: ("aerial", False)..."""
    # "a pipeline operated by a unit of Shell": the oil company, mid-sentence, fires no shells
    text = re.sub(r"(?<=\S )Shell\b", " ", text)
    low = _STORED_WEAPON.sub(" ", " " + text.lower() + " ")
    for cue in _NOT_EXPLOSIVE:
        low = low.replace(cue, " ")
    for cue in _AGAINST_AIRCRAFT:
        low = low.replace(cue, " heavy weapon ")  # guns fired from the ground, often at the ground
    if any(c in low for c in _SUICIDE_CUES):
        return ("suicide-attack", False)
    if any(c in low for c in _AERIAL_CUES):
        return ("drone" if "drone" in low else "aerial", False)
    if any(c in low for c in _HEAVY_CUES):
        return ("heavy-weapons", False)
    if any(c in low for c in _GRENADE_CUES):
        return ("explosives", True)
    words = set(low.replace(",", " ").replace(".", " ").replace("(", " ").replace(")", " ").split())
    if words & {"ied", "ieds", "vbied", "rcied", "landmine", "landmines"} or any(
        c in low for c in _EXPLOSIVE_CUES[1:]
    ):
        return ("explosives", False)
    return None


def _sentence_end_after(sent: Span, n: int) -> int:
    """The character where the sentence ``n`` sentences after ``sent`` ends."""
    doc = sent.doc
    end = sent.end
    for _ in range(n):
        if end >= len(doc):
            break
        end = doc[end].sent.end
    return doc[end - 1].idx + len(doc[end - 1].text)


def _sentence_start_before(sent: Span, n: int) -> int:
    """The character where the sentence ``n`` sentences before ``sent`` starts."""
    doc = sent.doc
    start = sent.start
    for _ in range(n):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    return doc[start].idx


def _name_of(token: Token) -> str:
    """The proper name a name's last word ends, its compound words before it: "Moqokori", "Wad
    Madani"."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head == token:
        start -= 1
    return token.doc[start : token.i + 1].text
