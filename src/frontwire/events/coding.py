"""ACLED event and sub-event types for a PLOVER-coded event (the mapping of spec/ontology.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontwire.records import AcledType

STATE_TYPES = frozenset({"state-military", "police", "government"})
#: verbs whose object dies: a killing is violence, whatever else its sentence tells of (armies
#: report fighters killed as "neutralised"; a bomb neutralised is read apart, as no killing)
KILLING_LEMMAS = frozenset(
    {
        "kill",
        "behead",
        "murder",
        "massacre",
        "slaughter",
        "lynch",
        "slay",
        "execute",
        "neutralise",
        "neutralize",
    }
)
ARMED_TYPES = frozenset({"state-military", "police", "rebel", "militia", "international"})
#: the PLOVER modes of weapons fired from afar (who fired the last one told may well have fired
#: the next; one barrage may mix them: "missiles and drones")
FIRED_FROM_AFAR = frozenset({"aerial", "drone", "heavy-weapons"})
#: PLOVER types of deeds done on the ground, which a story narrates one after another and places
#: where they were done (talks, deals, charges and threats are often made abroad)
DEED_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "RETREAT"})
NON_STATE_ARMED = frozenset({"rebel", "militia"})

_BATTLES = "Battles"
_REMOTE = "Explosions/Remote violence"
_VAC = "Violence against civilians"
_STRATEGIC = "Strategic developments"


def acled_type(
    plover_type: str,
    mode: str | None,
    *,
    territory: bool = False,
    controller_type: str | None = None,
    actor1_type: str | None = None,
    actor2_type: str | None = None,
    property_target: bool = False,
    grenade: bool = False,
    chemical: bool = False,
    victim: str | None = None,
    mutual: bool = False,
    crowd: bool = False,
    protest_context: bool = False,
    weapons_target: bool = False,
) -> AcledType | None:
    """The ACLED type of an event, or None when no ACLED type fits (talk, praise, accusations...).

    ``controller_type`` is the actor type of who holds the place after a territorial event;
    ``actor1_type``/``actor2_type`` are the actor types of the two sides when known.
    ``victim`` is what the text says was hit when no actor is named for it ("a man", "villagers":
    ``"civilians"``); ``mutual`` marks words that report two-sided fighting ("clashed", "battle");
    ``crowd`` an unorganised crowd as the one who acts ("a mob", "villagers", "party supporters");
    ``protest_context`` a sentence that tells of a demonstration, blockade or strike;
    ``weapons_target`` an object that is a weapon or explosive ("seized weapons", "defused a bomb",
    "destroyed the explosives"), or a weapon stopped in use ("shot down a drone").
    """
    if (
        weapons_target
        and plover_type in ("COERCE", "ASSAULT")
        and mode in ("seize", "defuse", "destroy", None)
    ):
        if mode == "seize" and actor1_type in NON_STATE_ARMED:
            # "fighters stormed the base and looted weapons": arms an armed group takes are loot,
            # not a weapon kept from use
            return AcledType(_STRATEGIC, "Looting/property destruction")
        return AcledType(_STRATEGIC, "Disrupted weapons use")
    if plover_type == "ASSAULT":
        return _assault(
            mode,
            territory,
            controller_type,
            actor1_type,
            actor2_type,
            property_target,
            grenade,
            chemical,
            _Context(victim, mutual, crowd, protest_context),
        )
    if plover_type == "PROTEST":
        if mode in ("riot", "vandalize"):
            if mode == "vandalize" and not protest_context:
                # an armed group's vandalism is property destroyed; anyone else's outside a
                # demonstration a riot ("supporters of a candidate vandalized a hotel")
                if actor1_type in ARMED_TYPES and not crowd:
                    return AcledType(_STRATEGIC, "Looting/property destruction")
                if actor1_type != "protesters" or crowd:
                    return AcledType("Riots", "Mob violence")
            return AcledType("Riots", "Violent demonstration")
        if mode == "obstruct" and actor1_type in ARMED_TYPES and not crowd:
            # "gunmen blocked a highway", "bandits barricaded the road": PLOVER's obstruction, but
            # armed men are no demonstrators; ACLED codes their non-violent activity as "Other"
            return AcledType(_STRATEGIC, "Other")
        return AcledType("Protests", "Peaceful protest")
    if plover_type == "COERCE":
        if mode == "arrest":
            if actor1_type in ("rebel", "militia"):
                # an armed group's "arrest" is an abduction (ACLED codes arrests by the state)
                return AcledType(_VAC, "Abduction/forced disappearance")
            return AcledType(_STRATEGIC, "Arrests")
        if mode == "seize" or property_target:
            return AcledType(_STRATEGIC, "Looting/property destruction")
        if mode in ("curfew", "martial-law"):
            # a curfew, a lockdown, a ban on gatherings: ACLED's security measures
            return AcledType(_STRATEGIC, "Change to group/activity")
        return None
    if plover_type == "RETREAT":
        if mode == "withdraw" and territory:
            return AcledType(_STRATEGIC, "Non-violent transfer of territory")
        if mode == "release":
            return AcledType(_STRATEGIC, "Other")
        return None
    if plover_type == "MOBILIZE":
        return AcledType(_STRATEGIC, "Change to group/activity")
    if plover_type == "AID" and actor1_type in NON_STATE_ARMED:
        # an armed group handing out food or money: ACLED's non-violent activity of a group
        return AcledType(_STRATEGIC, "Change to group/activity")
    if plover_type == "AGREE" and actor1_type in ARMED_TYPES | STATE_TYPES and actor2_type in ARMED_TYPES:
        return AcledType(_STRATEGIC, "Agreement")
    return None


@dataclass(frozen=True, slots=True)
class _Context:
    victim: str | None = None
    mutual: bool = False
    crowd: bool = False
    protest: bool = False


def _assault(
    mode: str | None,
    territory: bool,
    controller_type: str | None,
    actor1_type: str | None,
    actor2_type: str | None,
    property_target: bool,
    grenade: bool,
    chemical: bool,
    context: _Context | None = None,
) -> AcledType:
    ctx = context or _Context()
    if territory:
        new_holder = controller_type or actor1_type
        if new_holder is None and actor2_type in NON_STATE_ARMED:
            # "the group was driven out of the capital in 2011": the side that loses ground is
            # named, the one that takes it is not; a group is most often driven out by the state
            return AcledType(_BATTLES, "Government regains territory")
        if new_holder in STATE_TYPES or new_holder == "international":
            return AcledType(_BATTLES, "Government regains territory")
        if new_holder in NON_STATE_ARMED or new_holder is None:
            return AcledType(_BATTLES, "Non-state actor overtakes territory")
    if chemical or mode == "unconventional":
        return AcledType(_REMOTE, "Chemical weapon")
    if mode == "suicide-attack":
        return AcledType(_REMOTE, "Suicide bomb")
    if mode in ("aerial", "drone"):
        return AcledType(_REMOTE, "Air/drone strike")
    if mode == "heavy-weapons" and not ctx.mutual:
        return AcledType(_REMOTE, "Shelling/artillery/missile attack")
    if mode == "explosives":
        return AcledType(_REMOTE, "Grenade" if grenade else "Remote explosive/landmine/IED")
    if actor2_type == "protesters" and actor1_type in STATE_TYPES:
        # "police clashed with protesters": the demonstrators fought back, a violent demonstration
        if ctx.mutual:
            return AcledType("Riots", "Violent demonstration")
        if mode == "crowd-control":
            return AcledType("Protests", "Protest with intervention")  # tear gas, water cannon
        return AcledType("Protests", "Excessive force against protesters")
    if mode == "crowd-control" and actor1_type in STATE_TYPES and not ctx.mutual:
        # "police fired tear gas and water cannon at crowds": only a crowd is met so, a protest's
        return AcledType("Protests", "Protest with intervention")
    if ctx.victim == "protesters" and not ctx.mutual and mode not in ("abduct", "sexual"):
        # demonstrators set upon by others (a rival party's members, the police): what met the
        # protest; shooting at them is excessive force
        if mode == "firearms":
            return AcledType("Protests", "Excessive force against protesters")
        return AcledType("Protests", "Protest with intervention")
    # violence by an unorganised crowd: a riot; during a demonstration, a violent demonstration
    if actor1_type == "protesters" or ctx.crowd or (actor1_type == "civilians" and mode == "primitive"):
        if ctx.protest or (actor1_type == "protesters" and (actor2_type in STATE_TYPES or ctx.mutual)):
            return AcledType("Riots", "Violent demonstration")
        return AcledType("Riots", "Mob violence")
    if property_target or mode == "destroy":
        return AcledType(_STRATEGIC, "Looting/property destruction")
    victim = actor2_type or ctx.victim
    if ctx.mutual or victim in ARMED_TYPES:
        if mode == "abduct":
            return AcledType(_VAC, "Abduction/forced disappearance")
        return AcledType(_BATTLES, "Armed clash")
    # one-sided violence against unarmed people ("killed a farmer", "attacked villagers")
    if victim in ("civilians", "protesters", "political-party", "media") or (
        victim is None and actor1_type is not None and mode == "targeted"
    ):
        if mode == "abduct":
            return AcledType(_VAC, "Abduction/forced disappearance")
        if mode == "sexual":
            return AcledType(_VAC, "Sexual violence")
        return AcledType(_VAC, "Attack")
    if mode == "sexual":
        return AcledType(_VAC, "Sexual violence")
    if mode == "abduct":
        return AcledType(_VAC, "Abduction/forced disappearance")
    return AcledType(_BATTLES, "Armed clash")


def names_chemical_weapon(text: str) -> bool:
    """Whether a sentence names a chemical weapon (tear gas is crowd control, not one)."""
    low = text.lower()
    return any(w in low for w in ("chemical weapon", "chemical attack", "chlorine", "sarin", "mustard gas",
                                  "nerve agent", "toxic gas", "poison gas"))  # fmt: skip


_HEAVY = re.compile(
    r"\b(?:shell\w*|artillery|mortars?|rockets?|missiles?|howitzers?|katyushas?|grads?|tanks?|heavy"
    r"|projectiles?|explosions?|barrage|bombard\w*|cannon\w*|rpgs?|launchers?|ifvs?|bmps?"
    r"|\d+(?:\.\d+)?\s?mm)\b"
)


def names_heavy_weapon(text: str) -> bool:
    """Whether a sentence names a weapon that fires from afar, or what it leaves ("explosions",
    "projectiles"): without one, fire "with unspecified weapons" is no shelling."""
    return bool(_HEAVY.search(text.lower()))


_SEXUAL = re.compile(
    r"\b(?:rap(?:e|ed|es|ing|ist|ists)|sexual(?:ly)?|molest\w*|defil\w*|gang-rap\w*|naked|undress\w*)\b"
)


_ABDUCTION_WORDS = re.compile(r"\b(?:kidnap\w*|abduct\w*|hostages?)\b")
#: a verb of setting captives free, with up to three words (a number, "the", an adjective) after it
_SET_FREE = re.compile(
    r"\b(?:free[ds]?|freeing|rescue[ds]?|rescuing|release[ds]?|releasing|reunited|"
    r"secured the release of)\s+(?:[\w-]+\s+){0,3}$"
)
#: words before a participle that make it an adjective: "the abducted girls", "23 kidnapped villagers"
_ADJECTIVE_LEADS = re.compile(
    r"(?:\b(?:the|these|those|its|their|his|her|all|other|several|many|dozens of|hundreds of|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)"
    r"|\d[\d,]*)\s+$"
)


def tells_only_of_captives(text: str) -> bool:
    """Whether a sentence's words of abduction only describe people already held: "troops freed
    23 kidnapped villagers", "rescued the hostages", "the abducted schoolgirls" (an abduction
    told long ago, or never), not "gunmen kidnapped 23 villagers"."""
    low = text.lower()
    found = list(_ABDUCTION_WORDS.finditer(low))
    if not found:
        return False
    for match in found:
        word = match.group(0)
        if word.startswith(("kidnapper", "abductor")) or _SET_FREE.search(low[: match.start()]):
            continue
        if word.endswith("ed") and _ADJECTIVE_LEADS.search(low[: match.start()]):
            continue  # "the kidnapped villagers": who they are, not what was done to them now
        return False
    return True


#: verbs of taking, which take people (an abduction) or ground (territory)
_TAKING_VERB = r"\b(?:captur\w*|seiz\w*|took|tak(?:e|es|en|ing)|overr[au]n\w*|grabb?\w*)"
_TAKING = re.compile(_TAKING_VERB + r"\b")
#: a taking whose object is ground: "captured the town of X", "seized the last army base in the town"
_TAKING_GROUND = re.compile(
    _TAKING_VERB + r"\s+(?:control\s+of\s+)?"
    r"(?:[\w'-]+\s+){0,4}?(?:capitals?|city|cities|towns?|villages?|districts?|provinces?|regions?|areas?|"
    r"territory|bases?|airbase|airport|headquarters|strongholds?|outposts?|checkpoints?|ports?|"
    r"(?:border\s+)?crossings?|garrisons?|barracks|hills?|townships?|positions?|bridges?|highway|roads?)\b"
)


def takes_only_ground(text: str) -> bool:
    """Whether a sentence's verbs of taking all take ground and it has no word of abduction: "the
    Arakan Army said it had captured the town of Buthidaung after weeks of fighting" tells of
    territory, not of people taken."""
    low = text.lower()
    if _ABDUCTION_WORDS.search(low):
        return False
    takings = len(_TAKING.findall(low))
    return takings > 0 and takings == len(_TAKING_GROUND.findall(low))


def names_sexual_violence(text: str) -> bool:
    """Whether a sentence tells of sexual violence in words ("raped", "sexually assaulted")."""
    return bool(_SEXUAL.search(text.lower()))


_TALLIED = re.compile(
    r"\b(?:observed|heard|recorded|registered|counted|logged)\b[^.;]*\b(?:explosions|projectiles)\b"
    r"|\b(?:explosions|projectiles)\b[^.;]*\b(?:were|was) (?:observed|heard|recorded|registered)\b"
)
#: words naming a device set off on the spot
_DEVICES = re.compile(
    r"\b(?:ieds?|vbieds?|(?:car |roadside |suicide )?bombs?|bombers?|(?:land)?mines?|"
    r"devices?|grenades?|booby)\b"
)


def tallies_explosions(sentence: str) -> bool:
    """Whether a sentence counts or hears explosions or projectiles from afar and names no device:
    "monitors recorded 40 explosions near X", "explosions were heard in the east". Blasts tallied by
    observers are shells landing (ACLED: shelling), not a bomb set off on the spot."""
    low = sentence.lower()
    return bool(_TALLIED.search(low)) and not _DEVICES.search(low)


_FIGHTING = re.compile(
    r"\b(?:fight\w*|fought|clash\w*|attack\w*|battl\w+|kill\w*|shell\w*|assault\w*|offensive|"
    r"firefight|gunfire|gunshots?|fired|shoot\w*|shot|siege|besieg\w+|storm\w*|repel\w*|ambush\w*|"
    r"combat|dead|died|deaths?|wound\w*|injur\w*|bomb\w*|air ?strikes?|explo\w+|resistance)\b"
)


def tells_of_fighting(text: str) -> bool:
    """Whether a text tells of any fighting or violence at all. A place taken in a story that
    tells of none ("militants took control of the village and raised their flag") changed hands
    without a fight: ACLED's non-violent transfer of territory, not an overtaking."""
    return bool(_FIGHTING.search(text.lower()))


_RIOTOUS = re.compile(
    r"\b(?:burn\w*|lit|light\w*|set\w*)\b(?:\s+\w+){0,2}\s+(?:tyres?|tires?|bonfires?)\b"
    r"|\b(?:lit|lighting|light)\s+(?:\w+\s+)?fires?\b"
    r"|\bbarricad\w*"
)


def riotous(sentence: str) -> bool:
    """Whether a sentence tells of the acts that make a demonstration violent in ACLED's sense:
    tyres or fires lit, barricades (stones thrown are an assault of their own, read apart)."""
    return bool(_RIOTOUS.search(sentence.lower()))


#: explosions heard with a fight's noise: "heavy gunfire and explosions rocked the capital" is the
#: sound of fighting, no bomb
FIGHT_HEARD = re.compile(
    r"\b(?:gunfire|fighting|clashes|shooting|gunshots|gunfights?)\s+and\s+(?:loud\s+|heavy\s+)?(?:explosions|blasts)\b"
    r"|\b(?:explosions|blasts)\s+and\s+(?:heavy\s+)?(?:gunfire|shooting|gunshots|clashes|fighting)\b",
    re.IGNORECASE,
)


_DIRECT_FIRE = re.compile(
    r"\bsmall[- ]arms\b|\bin both directions\b|\bat each other\b|\bon each other\b|\bgunfire\b|\bgunshots?\b"
)


def fights_at_close_range(sentence: str) -> bool:
    """Whether a sentence tells of fire exchanged or small arms used: "fired mortars and small arms
    at the positions", "explosions in both directions of the frontline", "fired at each other",
    "gunfire and explosions were heard".
    Small arms reach only an enemy in sight, and fire both ways is two sides engaged: a battle
    (ACLED: armed clash), whatever heavy weapons were used beside them."""
    return bool(_DIRECT_FIRE.search(sentence.lower()))


#: makeshift fire weapons a crowd throws: no bombing (ACLED codes their use as riots)
FIREBOMBS = (
    "petrol bomb",
    "petrol-bomb",
    "molotov",
    "cocktail bomb",
    "crude bomb",
    "fire bomb",
    "fire-bomb",
    "firebomb",
)
_REAL_EXPLOSIVES = ("ied", "improvised explosive", "roadside bomb", "landmine", "land mine",
                    "explosive", "car bomb", "suicide", "grenade", "bomb", "shell", "rocket", "mortar",
                    "missile")  # fmt: skip
#: the sub-event types of explosive weapons
EXPLOSIVE_TYPES = frozenset({"Grenade", "Remote explosive/landmine/IED", "Suicide bomb"})


_EXPLOSIVE_WORDS = re.compile(
    r"\b(?:ieds?|vbieds?|rcieds?|bombs?|bombing|bomber|(?:land)?mines?|explosi\w*|blasts?|explod\w*|"
    r"detonat\w*|grenades?|suicide|devices?|booby|ordnance|uxo)\b"
)


def names_explosive(text: str) -> bool:
    """Whether a sentence names a bomb, a mine, a grenade or a blast: without one, no bombing
    (the embedding takes a crowd "dispersed with batons" for a grenade attack)."""
    return bool(_EXPLOSIVE_WORDS.search(text.lower()))


_WEAPON_WORDS = re.compile(
    r"\b(?:weapons?|arms|armaments?|ammunition|ammo|munitions?|rounds|bullets|cartridges|rifles?|guns?|"
    r"pistols?|firearms?|ak-?47s?|kalashnikovs?|launchers?|rpgs?|rockets?|missiles?|mortars?|shells?|"
    r"artillery|caches?|arsenal|machetes?)\b"
)

#: words that name the state's forces on the scene of a protest (lower case)
STATE_CUES = ("police", "security forces", "soldiers", "troops", "army", "gendarm", "military",
              "guard", "officers", "authorities", "riot")  # fmt: skip
#: what stops a protest whoever does it (a rival party's men, residents): ACLED's intervention
STOPPED_BY_ANYONE = ("obstructed", "intervened", "chased away", "chased them away", "foiled", "broke up",
                     "broken up", "thwarted")  # fmt: skip


def names_interveners(text: str) -> bool:
    """Whether a sentence names the state's forces or a protest stopped: without either, no one
    intervened in a protest it tells of."""
    lower = text.lower()
    return any(c in lower for c in STATE_CUES) or any(c in lower for c in STOPPED_BY_ANYONE)


def names_weapon(text: str) -> bool:
    """Whether a sentence names a weapon, ammunition or an explosive: without one, seizing or
    destroying something disrupts no weapons use (police seizing drugs or cigarettes)."""
    return names_explosive(text) or bool(_WEAPON_WORDS.search(text.lower()))


_DISARMED = re.compile(
    r"\bcontrolled (?:explosion|detonation)s?\b|\bprematurely\b"
    r"|\baccidentally (?:went off|go(?:es)? off|explod\w*|detonat\w*|blew up)"
    r"|\bfail(?:ed|s)? to (?:explode|detonate|go off)\b"
    r"|\b(?:being|while|when|as) (?:planted|planting|assembled|assembling|handled|handling)\b"
    r"|\b(?:they|he|she|who) (?:was|were|had been) (?:planting|assembling|making|handling|fitting)\b"
)


def disarms_explosive(text: str) -> bool:
    """Whether a sentence tells of an explosive that never struck its target: set off on purpose by
    those who found it ("destroyed in a controlled explosion"), gone off in its makers' hands ("the
    bomb they were planting blew up", "exploded prematurely"), or failing to explode. ACLED codes
    these as disrupted weapons use, not as a bombing."""
    return bool(_DISARMED.search(text.lower()))


_WAR_REMNANT = re.compile(
    r"\bremnants? of (?:the )?war\b|\bunexploded (?:ordnance|ordinance|munitions?|shells?|bombs?|mines?)\b"
    r"|\b(?:uxos?|erw)\b"
    r"|\b(?:laid|planted|left(?: behind| over)?) (?:during|in|from) the [\w\s-]{0,40}?\bwar\b"
    r"|\bleft over from (?:the )?[\w\s-]{0,40}?\bwar\b"
    r"|\baccidentally (?:stepped|stepping|trod|treading|drove|driving|triggered|triggering) (?:on |over )?"
    r"(?:a |an )?(?:land ?)?(?:mine|ordnance|explosive)"
)


def war_remnant(text: str) -> bool:
    """Whether a blast is a remnant of a past war going off, not an attack: "a landmine laid
    during the Iran-Iraq war", "unexploded ordnance", "a boy accidentally stepped on a mine". ACLED
    codes these as strategic developments (other), since no one set them off against anyone."""
    return bool(_WAR_REMNANT.search(text.lower()))


_DOWNING = re.compile(
    r"\b(?:shot|shoots?|shooting|brought|brings?|bringing)\s+down\b|\bdown(?:ed|ing)\s+(?:a|an|the|two|\d+)\b"
    # "a UN helicopter came under fire", "gunmen fired on a medical evacuation plane"
    r"|\b(?:helicopters?|aircraft|planes?|airliners?)\s+(?:came|comes|come|coming|was|were)\s+under\s+(?:fire|attack)"
    r"|\b(?:fired|firing|shot|shooting)\s+(?:at|on)\s+(?:a|an|the|two)\s+(?:[\w-]+\s+){0,3}"
    r"(?:helicopters?|aircraft|planes?|airliners?)\b"
)


_AIR_WEAPON = re.compile(
    r"\b(?:air ?strikes?|air ?raids?|aerial|warplanes?|jets?|aircraft|helicopters?|gunships?|drones?"
    r"|uavs?|unmanned|quadcopters?|bomb\w*|air ?forces?|planes?|sorties?|strikes?|struck|airborne)\b"
)


def names_air_weapon(text: str) -> bool:
    """Whether a sentence names what strikes from the air (aircraft, drones, air strikes, bombing):
    without one, an attack "on an air base" or "at the airport" is no air strike."""
    return bool(_AIR_WEAPON.search(text.lower()))


def downs_aircraft(text: str) -> bool:
    """Whether a sentence tells of an aircraft or drone shot down, or fired on: the craft is the
    target, so the sentence tells of no air strike (ACLED: a drone downed is disrupted weapons use)."""
    return bool(_DOWNING.search(text.lower()))


def only_firebombs(text: str) -> bool:
    """Whether the only bombs a sentence names are petrol bombs, Molotov cocktails or crude bombs."""
    low = text.lower()
    if not any(c in low for c in FIREBOMBS):
        return False
    for c in FIREBOMBS:
        low = low.replace(c, " ")
    return not any(w in low for w in _REAL_EXPLOSIVES)
