"""Plain, deterministic English for the brief: small templates over typed inputs, no language model.

Every function takes plain values (names, dates, counts) so the wording can be tested on its own:
singular and plural, a missing actor, a missing place and an unknown date each have their phrase.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from frontwire.records import Source

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

#: who did it, when the report names nobody
UNKNOWN_ACTOR = "unidentified forces"
#: where, when the report names no place
UNKNOWN_PLACE = "an unnamed place"

#: ACLED sub-event type -> (past tense with "{a2}", past tense without, noun for what is expected)
_SUB_EVENT_VERBS: dict[str, tuple[str, str, str]] = {
    "Armed clash": ("clashed with {a2}", "fought", "fighting"),
    "Government regains territory": ("regained ground from {a2}", "regained ground", "a counter-offensive"),
    "Non-state actor overtakes territory": ("took ground from {a2}", "took ground", "capture"),
    "Air/drone strike": ("struck {a2} from the air", "carried out an air or drone strike", "air strikes"),
    "Shelling/artillery/missile attack": ("shelled {a2}", "shelled positions", "shelling"),
    "Remote explosive/landmine/IED": ("targeted {a2} with explosives", "set off explosives", "a bombing"),
    "Suicide bomb": ("targeted {a2} with a suicide bombing", "carried out a suicide bombing", "a bombing"),
    "Attack": ("attacked {a2}", "attacked", "an attack"),
    "Abduction/forced disappearance": ("abducted {a2}", "abducted people", "abductions"),
    "Sexual violence": ("committed sexual violence against {a2}", "committed sexual violence", "abuse"),
    "Peaceful protest": ("protested against {a2}", "protested", "protests"),
    "Protest with intervention": ("protested against {a2}", "protested", "protests"),
    "Excessive force against protesters": (
        "used force against {a2}",
        "used force on protesters",
        "a crackdown",
    ),
    "Violent demonstration": ("rioted against {a2}", "rioted", "riots"),
    "Mob violence": ("attacked {a2}", "attacked people", "violence"),
    "Arrests": ("arrested {a2}", "made arrests", "arrests"),
    "Looting/property destruction": (
        "looted or destroyed property of {a2}",
        "looted or destroyed property",
        "looting",
    ),
    "Headquarters or base established": ("set up a base", "set up a base", "a new base"),
    "Non-violent transfer of territory": ("took over from {a2}", "took over territory", "a handover"),
    "Agreement": ("reached an agreement with {a2}", "reached an agreement", "an agreement"),
    "Change to group/activity": ("changed its activity against {a2}", "changed its activity", "a shift"),
}

#: PLOVER type -> the same three forms, when there is no ACLED sub-event type to go by
_PLOVER_VERBS: dict[str, tuple[str, str, str]] = {
    "ASSAULT": ("attacked {a2}", "attacked", "an attack"),
    "COERCE": ("coerced {a2}", "used coercion", "coercion"),
    "MOBILIZE": ("mobilised against {a2}", "mobilised", "a mobilisation"),
    "PROTEST": ("protested against {a2}", "protested", "protests"),
    "THREATEN": ("threatened {a2}", "made threats", "an attack"),
    "RETREAT": ("withdrew before {a2}", "withdrew", "a withdrawal"),
    "SANCTION": ("sanctioned {a2}", "imposed sanctions", "sanctions"),
    "ACCUSE": ("accused {a2}", "made accusations", "accusations"),
    "REJECT": ("rejected demands of {a2}", "rejected demands", "a rejection"),
    "REQUEST": ("made demands of {a2}", "made demands", "demands"),
    "CONCEDE": ("made concessions to {a2}", "made concessions", "concessions"),
    "AGREE": ("agreed with {a2}", "reached an agreement", "an agreement"),
    "CONSULT": ("met {a2}", "held talks", "talks"),
    "SUPPORT": ("backed {a2}", "gave support", "support"),
    "COOPERATE": ("cooperated with {a2}", "cooperated", "cooperation"),
    "AID": ("gave aid to {a2}", "gave aid", "aid"),
}

#: how each forward-looking status is said of what is expected ("on the verge of capture")
_EXPECTED = {
    "imminent": "on the verge of {noun}",
    "planned": "planning {noun}",
    "attempted": "attempting {noun}",
    "threat": "threatening {noun}",
}


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """``1 event``, ``2 events``, ``0 events``; ``plural_form`` for irregular words."""
    word = singular if count == 1 else (plural_form or singular + "s")
    return f"{count} {word}"


def join(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c`` (an empty list gives an empty string)."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def capitalise(text: str) -> str:
    """The first letter upper-cased, the rest untouched (names keep their case)."""
    return text[:1].upper() + text[1:]


def day(value: date) -> str:
    """``8 Aug 2021``."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def when(start: date | None, end: date | None = None, precision: str = "day") -> str:
    """When something happened, as a phrase that fits after a verb: ``on 8 Aug 2021``.

    Also ``between 6 and 8 Aug 2021``, ``in Aug 2021``, ``in 2015``, ``in the week of 2 Aug 2021``
    and, without a start, ``on an unknown date``.
    """
    if start is None:
        return "on an unknown date"
    if precision == "year":
        return f"in {start.year}"
    if precision == "month":
        return f"in {MONTHS[start.month - 1]} {start.year}"
    if precision == "week":
        return f"in the week of {day(start)}"
    if end is None or end == start:
        return f"on {day(start)}"
    if (start.year, start.month) == (end.year, end.month):
        return f"between {start.day} and {day(end)}"
    if start.year == end.year:
        return f"between {start.day} {MONTHS[start.month - 1]} and {day(end)}"
    return f"between {day(start)} and {day(end)}"


def period(since: date, until: date) -> str:
    """A brief's period as a title: ``8 Aug 2021``, ``6–8 Aug 2021``, ``30 Jul – 2 Aug 2021``."""
    if since == until:
        return day(since)
    if (since.year, since.month) == (until.year, until.month):
        return f"{since.day}–{day(until)}"
    if since.year == until.year:
        return f"{since.day} {MONTHS[since.month - 1]} – {day(until)}"
    return f"{day(since)} – {day(until)}"


def where(place: str | None, province: str | None = None, feature: str | None = None) -> str:
    """A place with its province when that adds something: ``Kunduz (Kunduz province)``."""
    if not place:
        return UNKNOWN_PLACE
    if province and feature in ("city", "site", "admin2"):
        return f"{place} ({province} province)"
    return place


def source_names(sources: Sequence[Source]) -> list[str]:
    """Distinct source names in order of first mention, outlets that merely relay the story last."""
    seen: dict[str, str] = {}
    for s in sources:
        seen.setdefault(s.name.casefold(), s.name)
    relays = {s.name.casefold() for s in sources if s.kind == "media"}
    return [n for k, n in seen.items() if k not in relays] + [n for k, n in seen.items() if k in relays]


def attribution(sources: Sequence[str], articles: int) -> str:
    """``4 sources: a, b, c and d; 1 article`` (or just the articles when no source is named)."""
    told = plural(articles, "article")
    if not sources:
        return told
    return f"{plural(len(sources), 'source')}: {join(list(sources))}; {told}"


def change_line(
    controller: str | None,
    place: str | None,
    start: date | None,
    *,
    province: str | None = None,
    feature: str | None = None,
    precision: str = "day",
    previous: str | None = None,
    claimed: bool = False,
) -> str:
    """A change of control: ``Taliban took Kunduz (Kunduz province) on 8 Aug 2021``.

    ``previous`` (a different former controller) adds ``from ...``; ``claimed`` marks a party's
    unconfirmed claim: ``Taliban claimed to have taken ...``.
    """
    who = controller or UNKNOWN_ACTOR
    what = where(place, province, feature)
    if controller is None:
        text = f"{capitalise(what)} changed hands {when(start, None, precision)}"
        return text
    verb = "claimed to have taken" if claimed else "took"
    text = f"{capitalise(who)} {verb} {what}"
    if previous and previous != controller:
        text += f" from {previous}"
    return f"{text} {when(start, None, precision)}"


def contested_line(
    place: str | None,
    start: date | None,
    claims: Sequence[tuple[str | None, Sequence[str], str]],
    *,
    province: str | None = None,
    feature: str | None = None,
    precision: str = "day",
) -> str:
    """Contradicting accounts of who holds a place: each claim is (controller, sources, status).

    ``Control of Kunduz (Kunduz province) contested on 8 Aug 2021: Taliban took it, per residents;
    Military Forces of Afghanistan denied it, per the defence ministry``.
    """
    parts = []
    for controller, sources, status in claims:
        who = controller or UNKNOWN_ACTOR
        part = {"claimed": f"{who} claimed it", "denied": f"{who}'s capture was denied"}.get(
            status, f"{who} took it"
        )
        if sources:
            part += f", per {join(list(sources))}"
        parts.append(part)
    head = f"Control of {where(place, province, feature)} contested {when(start, None, precision)}"
    return head + (": " + "; ".join(parts) if parts else "")


def event_line(
    sub_event_type: str | None,
    plover_type: str,
    actor1: str | None,
    actor2: str | None,
    place: str | None,
    start: date | None,
    end: date | None = None,
    *,
    precision: str = "day",
    province: str | None = None,
    feature: str | None = None,
    status: str = "occurred",
    count: int | None = None,
    fatalities: int | None = None,
) -> str:
    """One event: ``Taliban clashed with Military Forces of Afghanistan in Kunduz on 8 Aug 2021``.

    A claimed event says so, a denied one too, an attempt is "tried to"; ``count`` names how
    many places ("in 4 places in Afghanistan"); fatalities end the line ("3 killed").
    """
    with_other, alone, _ = _verbs(sub_event_type, plover_type)
    verb = with_other.format(a2=actor2) if actor2 else alone
    who = capitalise(actor1 or UNKNOWN_ACTOR)
    text = f"{who} {verb}"
    if count is not None and count > 1:
        text += f" in {plural(count, 'place')} in {place or 'an unnamed area'}"
    elif place:
        text += f" in {where(place, province, feature)}"
    else:
        text += " at an unnamed place"
    text += f" {when(start, end, precision)}"
    if fatalities is not None:
        text += f"; {fatalities} killed"
    if status == "claimed":
        text += " (claimed)"
    elif status in ("denied", "attempted"):
        text += f" ({status})"
    return text


def expected_line(
    sub_event_type: str | None,
    plover_type: str,
    actor1: str | None,
    place: str | None,
    status: str,
    sources: Sequence[str],
    *,
    territory: bool = False,
) -> str:
    """What is imminent or threatened: ``Taloqan: Taliban on the verge of capture, per pro-Taliban
    social media sites``."""
    noun = "capture" if territory else _verbs(sub_event_type, plover_type)[2]
    key = "threat" if plover_type == "THREATEN" and status == "occurred" else status
    state = _EXPECTED.get(key, "expected to carry out {noun}").format(noun=noun)
    text = f"{place or 'Place unknown'}: {actor1 or UNKNOWN_ACTOR} {state}"
    if sources:
        text += f", per {join(list(sources))}"
    return text


def quote_line(text: str, speaker: str | None, role: str | None = None) -> str:
    """A quotation and who said it: ``“...” — Ibraheem Thurial, an International Crisis Group
    consultant`` (``— unnamed speaker`` when the report does not say)."""
    # the comma that led into "..., he said" belongs to the article's sentence, not the quote
    words = " ".join(text.split()).rstrip(",;: ")
    who = speaker or "unnamed speaker"
    if role and speaker and role.casefold() not in speaker.casefold():
        who += f", {role}"
    return f"“{words}” — {who}"


def group_heading(event_type: str, events: int, fatalities: int | None) -> str:
    """``Battles: 5 events, 12 fatalities`` (``fatalities unknown`` when no report counts them)."""
    dead = plural(fatalities, "fatality", "fatalities") if fatalities is not None else "fatalities unknown"
    return f"{event_type}: {plural(events, 'event')}, {dead}"


def _verbs(sub_event_type: str | None, plover_type: str) -> tuple[str, str, str]:
    if sub_event_type and sub_event_type in _SUB_EVENT_VERBS:
        return _SUB_EVENT_VERBS[sub_event_type]
    return _PLOVER_VERBS.get(plover_type, ("acted against {a2}", "acted", "action"))
