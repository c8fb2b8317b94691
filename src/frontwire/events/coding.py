"""ACLED event and sub-event types for a PLOVER-coded event (the mapping of spec/ontology.md)."""

from __future__ import annotations

from frontwire.records import AcledType

STATE_TYPES = frozenset({"state-military", "police", "government"})
ARMED_TYPES = frozenset({"state-military", "police", "rebel", "militia", "international"})
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
) -> AcledType | None:
    """The ACLED type of an event, or None when no ACLED type fits (talk, praise, accusations...).

    ``controller_type`` is the actor type of who holds the place after a territorial event;
    ``actor1_type``/``actor2_type`` are the actor types of the two sides when known.
    """
    if plover_type == "ASSAULT":
        return _assault(
            mode, territory, controller_type, actor1_type, actor2_type, property_target, grenade, chemical
        )
    if plover_type == "PROTEST":
        if mode in ("riot", "vandalize"):
            return AcledType("Riots", "Violent demonstration")
        return AcledType("Protests", "Peaceful protest")
    if plover_type == "COERCE":
        if mode == "arrest":
            return AcledType(_STRATEGIC, "Arrests")
        if mode == "seize" or property_target:
            return AcledType(_STRATEGIC, "Looting/property destruction")
        return None
    if plover_type == "RETREAT":
        if mode == "withdraw" and territory:
            return AcledType(_STRATEGIC, "Non-violent transfer of territory")
        if mode == "release":
            return AcledType(_STRATEGIC, "Other")
        return None
    if plover_type == "MOBILIZE":
        return AcledType(_STRATEGIC, "Change to group/activity")
    if plover_type == "AGREE" and actor1_type in ARMED_TYPES | STATE_TYPES and actor2_type in ARMED_TYPES:
        return AcledType(_STRATEGIC, "Agreement")
    return None


def _assault(
    mode: str | None,
    territory: bool,
    controller_type: str | None,
    actor1_type: str | None,
    actor2_type: str | None,
    property_target: bool,
    grenade: bool,
    chemical: bool,
) -> AcledType:
    if territory:
        new_holder = controller_type or actor1_type
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
    if mode == "heavy-weapons":
        return AcledType(_REMOTE, "Shelling/artillery/missile attack")
    if mode == "explosives":
        return AcledType(_REMOTE, "Grenade" if grenade else "Remote explosive/landmine/IED")
    if property_target or mode == "destroy":
        return AcledType(_STRATEGIC, "Looting/property destruction")
    if actor2_type == "protesters" and actor1_type in STATE_TYPES:
        return AcledType("Protests", "Excessive force against protesters")
    if actor1_type == "protesters" or (actor1_type == "civilians" and mode == "primitive"):
        return AcledType("Riots", "Mob violence")
    if actor2_type == "civilians" or (actor2_type is None and actor1_type is not None and mode == "targeted"):
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
