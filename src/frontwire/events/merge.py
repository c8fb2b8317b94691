"""Merge reports of one happening within an article, and settle each event's status.

Two reports are one event when they have the same PLOVER type and territorial reading, the same
place, overlapping dates and compatible actors (equal, or one unknown). The merged event keeps
every source and evidence span; its status weighs who reports it: an event asserted only by a
party to it is ``claimed``, one that an independent source also reports is ``occurred``, one that
a source denies is ``denied``.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Doc

from frontwire.events.coding import DEED_TYPES, FIRED_FROM_AFAR, STATE_TYPES
from frontwire.nlp.actors import role_country_of_name, role_type_of_name
from frontwire.nlp.gazetteer import great_circle_km
from frontwire.records import EventCandidate, GazetteerEntry, Plover, Source

#: statuses that assert the event happened; reports of the same event in these merge freely
ASSERTED = frozenset({"occurred", "claimed", "attempted"})
#: a report and its denial ("the army said it repelled an RSF attack; the RSF denied launching
#: any assault") are one happening, contested: merged, it keeps both sources and is ``denied``
CONTESTED = ASSERTED | {"denied"}
#: how far before the article's date an event told as news usually lies ("on Wednesday", "last week")
RECENT = timedelta(days=7)
#: events that are statements: said by a party, they happened (there is nothing to claim); PLOVER's
#: CONCEDE is verbal too ("declared a unilateral ceasefire", promised easing)
SPEECH_ACTS = frozenset({"AGREE", "THREATEN", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "CONSULT", "CONCEDE"})


def settle_status(event: EventCandidate) -> None:
    """Mark an event ``claimed`` when every source is a party to it, ``occurred`` otherwise.

    A side's statement about the other side ("the ministry said the rebels took the town") is an
    admission, not a claim: only a source that is one of the event's own actors makes it a claim.
    """
    if event.status not in ("occurred", "claimed"):
        return
    if event.plover.type in SPEECH_ACTS and not event.alleged:
        event.status = "occurred"  # a party's own promise, threat or demand is the event itself
        return
    parties = {a for a in (event.actor1, event.actor2) if a is not None}
    # a state speaks for all its arms: "Russia's defence ministry said its forces had captured the
    # village" is the army's own claim
    party_states = {role_country_of_name(p) for p in parties if role_type_of_name(p) in STATE_TYPES} - {None}

    doer_state = (
        role_country_of_name(event.actor1)
        if event.actor1 is not None and role_type_of_name(event.actor1) in STATE_TYPES
        else None
    )

    def is_party(source: Source) -> bool:
        if (
            source.kind == "official"
            and doer_state is not None
            and _names_the_country(source.name, doer_state)
        ):
            # "Russia says it has driven Ukrainian troops out of Sudzha": a state speaks for its
            # forces' deed (not for what befell them: "Afghanistan said the Taliban took Kunduz")
            return True
        if source.kind != "party":
            return False
        if source.actor is None or source.actor in parties:
            return True
        return (
            role_type_of_name(source.actor) in STATE_TYPES
            and role_country_of_name(source.actor) in party_states
        )

    claimed = bool(event.sources) and all(
        # (what a party accuses another of, it only claims: "the ELN accused FARC dissidents of
        # attacking civilians")
        is_party(s) or (event.alleged and s.kind in ("party", "official"))
        for s in event.sources
    )
    event.status = "claimed" if claimed else "occurred"


def _names_the_country(name: str, code: str) -> bool:
    """Whether a source's name is the name of the country ``code`` ("Russia", "Kenya")."""
    from frontwire.nlp.gazetteer import shared_gazetteer

    return any(e.feature == "country" and e.country == code for e in shared_gazetteer().lookup(name))


def merge_within_document(events: list[EventCandidate], doc: Doc | None = None) -> list[EventCandidate]:
    """Fold reports of the same happening into one event, keeping text order of first reports.

    With the parsed ``doc``, an undated deed told on in the simple past takes the day of the deed
    told just before it (`_narrated_just_before`)."""
    merged: list[EventCandidate] = []
    for event in events:
        # a report in the sentence that already told of the happening first: "soldiers killed three
        # rebels in a shootout on Tuesday, adding that a soldier was wounded" is that shootout, not
        # an undated attack told two paragraphs up
        for kept in sorted(merged, key=lambda k: k.sentence != event.sentence):
            if _same_happening(kept, event):
                _absorb(kept, event)
                break
        else:
            merged.append(event)
    merged = [event for event in merged if not _movement_into_its_deed(event, merged)]
    for event in merged:
        _dated_by_its_account(event, merged, doc)
        settle_status(event)
    return merged


def _dated_by_its_account(
    event: EventCandidate, events: list[EventCandidate], doc: Doc | None = None
) -> None:
    """An undated deed told in a sentence that retells a dated happening took place then:
    "Jihadists attacked a base on Saturday ... Hundreds of fighters stormed the base at dawn and
    looted weapons" -- the storming is Saturday's attack, so the looting in its clause is
    Saturday's too, not the article's day. The same doer (or none told) at the same place."""
    if not event.date_defaulted or event.status not in ASSERTED:
        return
    account = next(
        (
            k
            for k in events
            if k is not event
            and not k.date_defaulted
            and k.status in ASSERTED
            and k.sentence != event.sentence
            and any((s.start, s.end) == (event.sentence.start, event.sentence.end) for s in k.evidence)
            and event.actor1 in (None, k.actor1)
            and (event.place is None or same_place(k.place, event.place))
        ),
        None,
    )
    if account is None and event.has_territory and event.actor1:
        # "Insurgents attacked the town of Macomia on Friday ... Around 100 fighters entered the
        # town at dawn and occupied it": the taking, undated, is the course of the attack told just
        # before by the same doer at the same place
        account = next(
            (
                k
                for k in reversed(events[: events.index(event)])
                if k.plover.type == "ASSAULT"
                and not k.date_defaulted
                # (not a taking of years ago: "seized Kalemie in 2019 ... captured the town")
                and k.precision == "day"
                and k.status in ASSERTED
                and k.actor1 == event.actor1
                and same_place(k.place, event.place)
                and k.sentence.end <= event.sentence.start
            ),
            None,
        )
    if account is None and doc is not None:
        account = _narrated_just_before(event, events, doc)
    if account is not None:
        event.start_date, event.end_date, event.precision = (
            account.start_date,
            account.end_date,
            account.precision,
        )
        event.date_defaulted = False


def _narrated_just_before(
    event: EventCandidate, events: list[EventCandidate], doc: Doc
) -> EventCandidate | None:
    """The dated deed of the sentence just before an undated one told on in the simple past, across
    a paragraph's end: "Gunmen killed 12 villagers on Saturday. // The attackers arrived at dusk.
    Several women were abducted." (the story goes on with the day it told). None for a present or
    perfect sentence, which tells of now, and for a deed of long ago or dated by its telling."""
    if event.plover.type not in DEED_TYPES or not _told_in_the_simple_past(event, doc):
        return None  # (a promise or a charge is of the day it is made)
    opening = doc.char_span(event.sentence.start, event.sentence.end, alignment_mode="expand")
    if opening is None or opening.start == 0:
        return None
    before = doc[opening.start - 1].sent
    return next(
        (
            k
            for k in reversed(events)
            if k is not event
            and not k.date_defaulted
            and not k.date_reported
            and k.precision == "day"
            and k.status in ASSERTED
            and k.plover.type in DEED_TYPES
            and any(s.start <= before.start_char < s.end for s in (k.sentence, *k.evidence))
            and k.start_date is not None
            and event.start_date is not None
            # ("seized the town in 2019. // The group said its fighters captured the town": today's)
            and 0 <= (event.start_date - k.start_date).days <= 7
        ),
        None,
    )


def _told_in_the_simple_past(event: EventCandidate, doc: Doc) -> bool:
    """Whether an event's trigger is told in the simple past ("were abducted", "fired on")."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ == "xcomp" and verb.tag_ == "VB":
        verb = verb.head  # "failed to free the children"
    if verb.tag_ == "VBD":
        return True
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and bool(auxiliaries)
        and all(a.tag_ == "VBD" and a.lower_ != "had" for a in auxiliaries)
    )


#: a command sending forces somewhere (the trigger's forms), a deployment of its own whatever
#: they do there
_SENDING_VERBS = frozenset(
    {"send", "sends", "sending", "sent", "deploy", "deploys", "deploying", "deployed", "dispatch",
     "dispatches", "dispatching", "dispatched", "rush", "rushes", "rushing", "rushed"}
)  # fmt: skip


def _movement_into_its_deed(event: EventCandidate, events: list[EventCandidate]) -> bool:
    """Whether ``event`` is a group's move into a place it took or attacked the same day, folded
    here into the capture's or the attack's evidence: "insurgents had entered large parts of the
    city" is how the army tells of the rebels' seizure of it, not a deployment of its own."""
    if event.plover.type != "MOBILIZE" or not event.actor1 or event.start_date is None:
        return False
    end = event.end_date or event.start_date
    for capture in events:
        if (
            capture.has_territory
            and capture.territory_controller == event.actor1
            and capture.status != "denied"
            and same_place(capture.place, event.place)
            and capture.start_date is not None
            # (a move may come the day before its seizure: "swept into Aleppo on Friday and
            # seized most of the city by Saturday morning")
            and capture.start_date <= end + timedelta(days=1)
            and event.start_date <= (capture.end_date or capture.start_date)
        ):
            _take_evidence(capture, event)
            return True
    if event.plover.mode not in (None, "troops") or event.actor1_inferred:
        return False
    if event.trigger.text.lower() in _SENDING_VERBS:
        return False  # "the army had sent 600 more troops to the city": reinforcements, a move of its own
    for attack in events:
        # "the attackers arrived at dawn and went from house to house": the arrival of those who
        # attacked that day, where they attacked, is the attack's course, not a deployment
        if (
            attack.plover.type == "ASSAULT"
            and attack.actor1 == event.actor1
            and attack.status in ("occurred", "claimed")
            # ("hundreds of air strikes across Syria ... troops also moved into the buffer zone": a
            # move of its own beside a campaign of many strikes)
            and not attack.several
            and (
                same_place(attack.place, event.place)
                # (a move into the Golan Heights is no arrival at strikes on Latakia, though both
                # are in Syria: the place moved into is near the one attacked)
                or (division_and_its_place(attack.place, event.place) and _near(attack.place, event.place))
            )
            and attack.start_date is not None
            and attack.start_date <= end
            and event.start_date <= (attack.end_date or attack.start_date)
        ):
            _take_evidence(attack, event)
            return True
    return False


def _near(a: GazetteerEntry | None, b: GazetteerEntry | None, km: float = 100.0) -> bool:
    """Whether two places' points are within ``km`` of each other (a country is near all of it)."""
    if a is None or b is None or "country" in (a.feature, b.feature):
        return True
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return True
    return great_circle_km((a.lat, a.lon), (b.lat, b.lon)) <= km


def same_place(a: GazetteerEntry | None, b: GazetteerEntry | None) -> bool:
    """Whether two places are one: the same GeoNames id, or the same unlisted name and kind."""
    if a is None or b is None:
        return a is b
    if a.geonameid is not None or b.geonameid is not None:
        return a.geonameid == b.geonameid
    return (a.name, a.feature, a.country) == (b.name, b.feature, b.country)


def country_and_its_place(a: GazetteerEntry | None, b: GazetteerEntry | None) -> bool:
    """Whether one of two places is a country and the other lies in it."""
    if a is None or b is None:
        return False
    if b.feature == "country":
        a, b = b, a
    return a.feature == "country" and b.feature != "country" and a.country == b.country


def division_and_its_place(a: GazetteerEntry | None, b: GazetteerEntry | None) -> bool:
    """Whether one of two places is a first-order division (or a country, or a region of one
    country: "northern Iraq") and the other lies in it."""
    if country_and_its_place(a, b):
        return True
    if a is None or b is None or a.country != b.country:
        return False
    if b.feature == "region":
        a, b = b, a
    if a.feature == "region" and a.country is not None:
        return b.feature not in ("country", "region")
    if b.feature == "admin1":
        a, b = b, a
    if a.feature == "admin1":
        return b.feature not in ("country", "admin1") and b.admin1 == a.name
    if b.feature == "admin2":
        a, b = b, a
    # "the central province of Negros Oriental" (a second-order division in GeoNames) and "the
    # town of Guihulngan": the gazetteer does not say which district a town is in; one of the
    # same first-order division, near its point, lies in it
    return (
        a.feature == "admin2"
        and b.feature == "city"
        and a.admin1 is not None
        and a.admin1 == b.admin1
        and None not in (a.lat, a.lon, b.lat, b.lon)
        and great_circle_km((a.lat, a.lon), (b.lat, b.lon)) <= _DISTRICT_REACH_KM  # type: ignore[arg-type]
    )


#: how far from its point a district's towns may lie
_DISTRICT_REACH_KM = 75.0


def _told_wide_then_narrow(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether two reports place one happening first in a province and then, in the same or a
    later sentence, in a town of it: "killed 20 in an attack in Ituri province" ... "attacked the
    camp in Djugu territory late on Friday"; "a bomb killed two and wounded four in Narathiwat
    province", the bomb placed in its district by the next sentence. A story names the wide area
    first and narrows it, not the other way round."""
    if a.place is None or b.place is None or {a.place.feature, b.place.feature} & {"country"}:
        return False
    wide, narrow = (a, b) if a.place.feature in ("admin1", "region") else (b, a)
    if wide.several:
        return False  # "coordinated attacks across the province" ... "in Kalat, militants attacked"
    return division_and_its_place(a.place, b.place) and any(
        # (the narrowing told after the wide report: "struck camps in Borno State in retaliation
        # for an ambush in Damboa" tells two happenings in one breath)
        span.start > wide.sentence.start
        for span in (narrow.sentence, *narrow.evidence)
    )


def _same_happening(a: EventCandidate, b: EventCandidate) -> bool:
    if a.plover.type != b.plover.type:
        return False
    if a.several != b.several and a.sentence != b.sentence:
        # "gunmen stormed a television studio" ... "eight people were killed in a wave of
        # violence": one happening and a wave of them
        return False
    if a.told_apart != b.told_apart and a.sentence == b.sentence:
        # "..., and gunmen shot dead two people in a separate attack" (the separate attack's own
        # words are one happening)
        return False
    later, earlier = (a, b) if a.sentence.start > b.sentence.start else (b, a)
    if later.told_apart and not earlier.told_apart and later.sentence != earlier.sentence:
        # "Gang members opened fire on a plane ... The gang coalition also attacked the
        # neighbourhood of Solino overnight": told apart from what came before
        return False
    if (
        a.plover.mode != b.plover.mode
        and not (
            # "gunmen attacked the airport, exchanging fire with police": one clause names the kind
            # (and ACLED reads both alike: "set fire to the offices following the killing of a man"
            # is two happenings)
            None in (a.plover.mode, b.plover.mode)
            and _told_together(a, b)
            and a.plover.type == "ASSAULT"
            and a.acled is not None
            and _kinds_agree(a, b)
        )
        and not _one_protest_told_twice(a, b)
        and not _one_barrage(a, b)
        and not _a_toll_told_after(a, b)
        and not _one_doer_one_day(a, b)
        # ("Russian glide bombs kill 3 ...; drones hit a refinery" read as a drone strike by the
        # headline's other clause, and "glide bombs struck a building": one air strike)
        and not (a.acled is not None and a.acled == b.acled and a.acled.sub_event_type in _WEAPON_KINDS)
        # ("A suicide bomber killed six ... The bomber detonated his explosives as employees were
        # leaving": a suicide bombing is an explosion, by the same doer)
        and not ({a.plover.mode, b.plover.mode} == {"suicide-attack", "explosives"} and a.actor1 == b.actor1)
        # ("protesters threw stones at officers and set fire to tyres": one riot, in one sentence)
        and not (
            a.acled is not None
            and a.acled == b.acled
            and a.acled.sub_event_type in _CROWD_VIOLENCE
            and _told_together(a, b)
        )
        # ("46 women were killed ..., most of them burned to death after gang members set fire to a
        # cell block": the fire that killed is the killing, one attack)
        and not (
            {a.plover.mode, b.plover.mode} == {None, "destroy"}
            and a.sentence == b.sentence
            and a.actor1 == b.actor1
            and a.fatalities is not None
            and a.fatalities == b.fatalities
        )
        # ("troops killed six guerrillas in a clash" ... "sparking a gunfight that lasted an hour":
        # a battle is a battle whatever its weapons; the later sentence only tells them)
        and not (
            None in (a.plover.mode, b.plover.mode)
            and a.acled is not None
            and a.acled == b.acled
            and a.acled.sub_event_type == "Armed clash"
        )
        # ("jihadists killed 12 farmers ... The attackers rounded up the farmers and cut their
        # throats": the same doer's attack, its weapon told after)
        and not (
            None in (a.plover.mode, b.plover.mode)
            and a.actor1 is not None
            and a.actor1 == b.actor1
            and a.acled is not None
            and b.acled is not None
            and {a.acled.sub_event_type, b.acled.sub_event_type} <= _KINDLESS
            and (a.date_reported or b.date_reported or a.date_defaulted or b.date_defaulted)
        )
    ):
        return False
    if (a.count or 0) != (b.count or 0):
        return False
    if a.has_territory != b.has_territory and not (
        # "the rebels said they took the base; the army denied the base had fallen": a denial
        # transfers nothing itself, but it is the capture's
        "denied" in (a.status, b.status)
        and "territory" in a.plover.contexts
        and "territory" in b.plover.contexts
    ):
        return False
    if a.status != b.status and not (a.status in CONTESTED and b.status in CONTESTED):
        return False
    if a.status == "generic" and not _told_together(a, b):
        # "a militia that fights alongside the army" and "the insurgency has killed 40,000": what
        # a story says goes on in general is not one happening because two sentences say it
        return False
    if (
        a.status != b.status
        and "denied" in (a.status, b.status)
        and a.acled is not None
        and b.acled is not None
        and a.acled.event_type != b.acled.event_type
    ):
        # "34 killed in clashes ...; the government denied targeting civilians": a denial of an
        # attack on civilians is not a denial of the battle
        return False
    if not (
        same_place(a.place, b.place)
        # an undated retelling (a headline, a summary) may name only the country or the province:
        # "Gangs attack Haiti's main prison" is the attack the lead places in Port-au-Prince, and
        # "rebels kill four in Colombia's Arauca" the attack the lead places in the province
        or ((a.date_defaulted or b.date_defaulted) and division_and_its_place(a.place, b.place))
        or _told_wide_then_narrow(a, b)
    ):
        return False
    # "troops killed two insurgents in a gunfight, adding that a soldier was wounded": each side's
    # losses told in one sentence are one fight
    two_sides = (
        (
            a.sentence == b.sentence
            and a.plover.type == "ASSAULT"
            and (a.actor1, a.actor2) == (b.actor2, b.actor1)
        )
        or _retold_with_a_guessed_doer(a, b)
        or _retold_with_a_guessed_doer(b, a)
    )
    if (
        a.actor1
        and b.actor1
        and a.actor1 != b.actor1
        and not two_sides
        and (
            (_named(a) and _named(b))
            or not _one_kind(a, b)
            # (who fought back is the other side, not the unnamed attackers: "gunmen attacked a
            # police post ... police killed two of the gunmen")
            or a.actor1 in (b.actor2,)
            or b.actor1 in (a.actor2,)
        )
    ):
        # an unnamed doer joins a named one only in the same kind of event ("a missile strike
        # killed 10" and "a Russian missile strike"), not "police found a grenade" and its blast
        return False
    if _unknown_against_state(a, b) and not two_sides:
        return False
    if (
        a.territory_controller
        and b.territory_controller
        and a.territory_controller != b.territory_controller
        # ("Gang members stormed the town ... The attackers, members of Viv Ansanm": the same taker)
        and not any(
            c.startswith(UNIDENTIFIED_PREFIX) for c in (a.territory_controller, b.territory_controller)
        )
    ):
        return False
    if a.start_date is None or b.start_date is None:
        return a.start_date is b.start_date
    a_end = a.end_date or a.start_date
    b_end = b.end_date or b.start_date
    if a.date_reported != b.date_reported:
        # "killed 12, the mission said on Thursday" and "stormed the town early on Tuesday": the
        # day of the saying bounds the happening from above
        said_day, told_end = (a.start_date, b_end) if a.date_reported else (b.start_date, a_end)
        if said_day - RECENT <= told_end <= said_day:
            return True
    if a.date_defaulted != b.date_defaulted:
        # one report dates it, the other only carries the article's date: the same event if the
        # dated one is recent news, the days before the article ("on Wednesday" ... "its troops
        # captured the base")
        dated_end, article_day = (b_end, a.start_date) if a.date_defaulted else (a_end, b.start_date)
        return article_day - RECENT <= dated_end <= article_day
    return a.start_date <= b_end and b.start_date <= a_end


_PRECISION_RANK = {"day": 0, "week": 1, "range": 2, "month": 3, "year": 4, "unknown": 5}


def _retold_with_a_guessed_doer(told: EventCandidate, retold: EventCandidate) -> bool:
    """Whether ``retold`` is a fight told again whose doer the reader only guessed, the other side
    being the first report's doer: "soldiers killed 19 cartel gunmen in a shootout ... The clash
    took place near Apatzingan" (the clash's doer guessed as the story's cartel, its other side the
    soldiers)."""
    return (
        told.plover.type == retold.plover.type == "ASSAULT"
        and retold.actor1_inferred
        and told.actor1 is not None
        and retold.actor2 == told.actor1
        # ("members of a drug cartel": an unnamed gang the guess names)
        and (told.actor2 in (None, retold.actor1) or told.actor2.startswith(UNIDENTIFIED_PREFIX))
    )


def _told_together(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether two reports share a sentence: the same one, or one that an earlier report folded
    into either of them was read from (a headline that took in its lead is told in the lead's)."""
    return (
        a.sentence == b.sentence
        or any((s.start, s.end) == (b.sentence.start, b.sentence.end) for s in a.evidence)
        or any((s.start, s.end) == (a.sentence.start, a.sentence.end) for s in b.evidence)
    )


#: the violence of crowds, whatever they throw or burn
_CROWD_VIOLENCE = frozenset({"Violent demonstration", "Mob violence"})
#: the ACLED sub-event types an assault told without its kind gets from its victims alone
_KINDLESS = frozenset({"Attack", "Armed clash"})
#: the sub-event types that say how an assault was done: with which weapon
_WEAPON_KINDS = frozenset(
    {
        "Air/drone strike",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Suicide bomb",
    }
)


def _one_kind(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether two reports have one ACLED kind: the same, or an attack and a clash, which differ
    only by whom the text says was hit ("stormed the town, killing 70" and "a clash")."""
    if a.acled == b.acled:
        return True
    return (
        a.acled is not None
        and b.acled is not None
        and {a.acled.sub_event_type, b.acled.sub_event_type} <= _KINDLESS
    )


def _kinds_agree(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether two reports' ACLED types can be one happening's: equal, or one of them an assault
    told without its kind, whose "attack" or "clash" is only who it befell and which the other
    report may read otherwise ("Gunmen kill six" ... "opened fire on a group of young men")."""
    if a.acled == b.acled:
        return True
    kindless, other = (a, b) if a.plover.mode is None else (b, a) if b.plover.mode is None else (None, None)
    return (
        kindless is not None
        and other is not None
        and kindless.acled is not None
        and other.acled is not None
        and kindless.acled.sub_event_type in _KINDLESS
        # (what is done to people, "abducted 40 pupils and later attacked a police post", is
        # another deed, not the attack's kind)
        # ("police shot dead three protesters and wounded dozens": the wounding is the shooting's)
        and other.acled.sub_event_type in _KINDLESS | _WEAPON_KINDS | {"Excessive force against protesters"}
    )


def _one_barrage(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether two assaults of one sentence by one doer are one barrage of several weapons fired
    from afar: "Russia pounded Kyiv with missiles and drones overnight, killing 12" (a missile
    attack and a drone strike read from the weapons, one attack)."""
    return (
        a.sentence == b.sentence
        and a.plover.type == b.plover.type == "ASSAULT"
        and a.actor1 is not None
        and a.actor1 == b.actor1
        and {a.plover.mode, b.plover.mode} <= FIRED_FROM_AFAR
    )


def _a_toll_told_after(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether one of two assaults is another sentence's toll of the other, which names no kind
    or day of its own and no other doer: "gunmen shot dead nine men late Monday ... Two other
    passengers were wounded and taken to a hospital" (the same shooting, not a second attack). Told
    before the account, it is the headline or the lead that sums it up: "Gunmen kill 11 in ambush
    on convoy" ... "gunmen opened fire on a convoy on Thursday, killing at least 11 people" (the
    story's first sentence, or the same toll)."""
    if a.plover.type != "ASSAULT" or a.sentence == b.sentence:
        return False
    toll, told = (a, b) if a.plover.mode is None else (b, a)
    if not _kinds_agree(toll, told):
        return False
    return (
        toll.plover.mode is None
        and told.plover.mode is not None
        # (no day of its own: undated, or dated by the day it was said)
        and (toll.date_defaulted or toll.date_reported)
        and (not _named(toll) or toll.actor1 == told.actor1)
        and (
            toll.sentence.start > told.sentence.start
            or toll.sentence.start == 0
            or (toll.fatalities is not None and toll.fatalities == told.fatalities)
        )
    )


def _one_doer_one_day(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether two assaults are one attack told twice, the second with its weapon: the same doer
    on the same day, one of them with no kind of its own ("Gunmen from the Islamic State killed 44
    worshippers at a mosque on Friday" ... "The attackers surrounded the mosque and opened fire"). The
    later report counts no dead of its own ("Gunmen shot dead six labourers" after "militants killed
    nine" may be another attack)."""
    later = b if b.sentence.start > a.sentence.start else a
    earlier = a if later is b else b
    return (
        a.plover.type == "ASSAULT"
        and later.fatalities in (None, earlier.fatalities)
        and None in (a.plover.mode, b.plover.mode)
        and a.actor1 is not None
        and a.actor1 == b.actor1
        and (
            (
                a.precision == b.precision == "day"
                and (a.start_date, a.end_date) == (b.start_date, b.end_date)
                and not (a.date_defaulted or b.date_defaulted)
            )
            # "beheaded at least five Christians ... last week" and "raided the village on
            # Thursday": the lead's week holds the account's day
            or (_day_in_the_lead_s_week(earlier, later) and not (a.date_defaulted or b.date_defaulted))
            # "attacked a village on Wednesday, killing more than 100 ... The RSF stormed the village
            # twice, using heavy artillery": the account after the lead, undated, is the lead's day
            or _undated_account_of(earlier, later)
        )
        and _kinds_agree(a, b)
    )


def _undated_account_of(lead: EventCandidate, account: EventCandidate) -> bool:
    """Whether the later report has no date of its own and the earlier one a recent day."""
    return (
        account.date_defaulted
        and not lead.date_defaulted
        and lead.start_date is not None
        and account.start_date is not None
        and account.start_date - RECENT <= (lead.end_date or lead.start_date) <= account.start_date
    )


def _day_in_the_lead_s_week(lead: EventCandidate, account: EventCandidate) -> bool:
    """Whether the earlier report gives a week and the later one a day of that week."""
    return (
        lead.precision == "week"
        and account.precision == "day"
        and lead.start_date is not None
        and lead.end_date is not None
        and account.start_date is not None
        and lead.start_date <= account.start_date <= lead.end_date
    )


def _one_protest_told_twice(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether two protest events are one demonstration in two ways: in one sentence, "protested in
    Quetta, blocking a main road", "blocked the highway to protest power cuts" (the same crowd,
    read alike by ACLED); across sentences, what the crowd did told without a day of its own in the
    town the dated protest was in."""
    if a.plover.type != "PROTEST" or a.actor1 != b.actor1 or a.acled is None or b.acled is None:
        return False
    if a.sentence == b.sentence:
        return a.acled == b.acled
    # "Tens of thousands rallied in Belgrade on Saturday ... Students blocked key intersections
    # and marched towards parliament": an undated telling of what the crowd did, in the same town
    return (
        (a.date_defaulted or b.date_defaulted)
        and not (a.told_apart or b.told_apart)
        and a.acled.event_type == b.acled.event_type == "Protests"
        and same_place(a.place, b.place)
        and a.place is not None
        and a.place.feature not in ("country", "admin1", "region")
    )


def _unknown_against_state(a: EventCandidate, b: EventCandidate) -> bool:
    """Whether the text names one doer as an unidentified armed group or gang and the other as a
    state's force or government: "the gunmen arrived in the village" and "police were deployed"
    are not one move, whoever the gunmen were. (A doer the reader only supplied for want of one
    is no such word: "a mortar round struck a school" may be the army's shelling.)"""
    if a.actor1 is None or b.actor1 is None or a.actor1_inferred or b.actor1_inferred:
        return False
    return any(
        x.startswith(UNIDENTIFIED_PREFIX) and role_type_of_name(y) in STATE_TYPES
        for x, y in ((a.actor1, b.actor1), (b.actor1, a.actor1))
    )


def _named(event: EventCandidate) -> bool:
    """Whether the text names who acted: an actor inferred from the event's type ("a missile strike
    killed 10": "Unidentified Armed Group (X)") stands for a perpetrator the sentence did not name,
    whom another report of the same happening may name ("a Russian missile strike"); so does an
    unidentified group the text calls by what they are ("gunmen", "gang members"), whom a claim
    may name ("the Gran Grif gang claimed the massacre")."""
    return (
        event.actor1 is not None
        and not event.actor1_inferred
        and not event.actor1.startswith(UNIDENTIFIED_PREFIX)
    )


#: how ACLED's names of unknown perpetrators begin ("Unidentified Armed Group (Kenya)")
UNIDENTIFIED_PREFIX = "Unidentified "


#: ACLED's protest sub-event types, from the crowd left alone to the crowd met with force
_PROTEST_MET = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")


def _absorb(kept: EventCandidate, other: EventCandidate) -> None:
    if (kept.plover.mode, other.plover.mode) == ("explosives", "suicide-attack"):
        # "detonated a device ... a suicide bomber who detonated his device early": the bombing
        # was a suicide bombing
        kept.plover = Plover(other.plover.type, other.plover.mode, list(other.plover.contexts))
        kept.acled = other.acled
    if not _named(kept) and _named(other):
        kept.actor1, kept.actor1_inferred = other.actor1, False
        if kept.actor2 == kept.actor1:
            # "the army repelled the attack and killed 100 assailants": the doer named by the
            # other report is not also its target; the sides are that report's
            kept.actor2 = other.actor2
    kept.actor1 = kept.actor1 or other.actor1
    # ("a gunman opened fire ... A second attacker was wounded": the attacker the police wounded is
    # of the gunman's side, told by a role word, not the one the gunman attacked)
    doers_met = (
        other.actor1 not in (None, kept.actor1)
        and other.actor2 is not None
        and other.actor2.startswith(UNIDENTIFIED_PREFIX + "Armed Group")
    )
    if other.actor2 != kept.actor1 and not doers_met:
        # ("troops came under fire" tells the troops as the ones attacked: in their own raid they
        # are its doer, never both sides)
        kept.actor2 = kept.actor2 or other.actor2
    if (
        kept.plover.mode is None
        and other.plover.mode is not None
        and kept.acled is not None
        and other.acled is not None
        and kept.acled.sub_event_type in ("Armed clash", "Attack")
        and other.acled.sub_event_type in _WEAPON_KINDS
    ):
        # "U.S. strikes hit port" (strikes of no kind told) is the "air strikes" the lead tells
        kept.acled = other.acled
    kept.plover.mode = kept.plover.mode or other.plover.mode
    if (
        kept.place is not None
        and other.place is not None
        and kept.place.feature in ("country", "admin1", "region")
        and division_and_its_place(kept.place, other.place)
        and other.place.feature not in ("country", kept.place.feature)
    ):
        kept.place = other.place  # the town over the country or province it lies in
    elif (
        kept.place is not None
        and other.place is not None
        and kept.date_defaulted
        and not other.date_defaulted
        and kept.place.name == other.place.name
        and kept.place.feature != other.place.feature
    ):
        # "Bandits kill nine in Nigeria's Katsina" over "... in the state of Katsina on Sunday":
        # the headline's bare name is the one the dated lead spells out
        kept.place = other.place
    if kept.territory_controller is None or (
        kept.territory_controller.startswith(UNIDENTIFIED_PREFIX) and other.territory_controller is not None
    ):
        kept.territory_controller = other.territory_controller
    kept.has_territory = kept.has_territory or other.has_territory
    if kept.acled is None or (
        other.acled is not None and kept.actor1 == other.actor1 and kept.acled != other.acled
    ):
        kept.acled = kept.acled or other.acled
    if (
        kept.acled is not None
        and other.acled is not None
        and kept.acled.event_type == other.acled.event_type == "Protests"
        and _PROTEST_MET.index(other.acled.sub_event_type) > _PROTEST_MET.index(kept.acled.sub_event_type)
    ):
        # "Tens of thousands rallied" and "students blocked intersections ... police detained 22":
        # the one protest was met by the police, as the telling that says so tells
        kept.acled = other.acled
    if (
        kept.acled is not None
        and other.acled is not None
        and kept.acled.sub_event_type == "Armed clash"
        and other.acled.sub_event_type == "Attack"
        and kept.actor2 is None
    ):
        # a clash with no other side told is the attack another report tells on whom: "gangs attack
        # town, dozens killed" ... "stormed the town, killing 70 people, including women and babies"
        kept.acled = other.acled
    if (
        (kept.date_defaulted and not other.date_defaulted)
        or (kept.date_reported and not (other.date_reported or other.date_defaulted))
        or (
            other.date_defaulted == kept.date_defaulted
            # ("beheaded six villagers last week ..., an aid group said on Tuesday": the day of the
            # saying is no closer date of the deed)
            and (kept.date_reported or not other.date_reported)
            and _PRECISION_RANK[other.precision] < _PRECISION_RANK[kept.precision]
        )
    ):
        kept.start_date, kept.end_date, kept.precision = other.start_date, other.end_date, other.precision
        kept.date_defaulted, kept.date_reported = other.date_defaulted, other.date_reported
    if "denied" in (kept.status, other.status):
        kept.status = "denied"  # a source denies it, whoever else reports it
    elif kept.status == "attempted" and other.status in ("occurred", "claimed"):
        kept.status = other.status
    elif kept.status == "claimed" and other.status == "occurred":
        kept.status = "occurred"
    kept.alleged = kept.alleged and other.alleged  # (told once as plain fact, it is no allegation)
    _merge_tolls(kept, other)
    _take_evidence(kept, other)
    kept.confidence = round(min(0.99, max(kept.confidence, other.confidence) + 0.05), 2)


def _merge_tolls(kept: EventCandidate, other: EventCandidate) -> None:
    """The dead of two reports of one happening: the smaller of the counts each gives of the same
    dead (the most conservative), plus the dead a report tells as more ("killed at least 18 people
    ... two soldiers were also killed"), counted once."""
    if kept.fatalities is None and other.fatalities is None:
        return
    bases = [
        e.fatalities - e.toll_extra
        for e in (kept, other)
        if e.fatalities is not None and (e.toll_extra == 0 or e.fatalities > e.toll_extra)
    ]
    extra = max(kept.toll_extra, other.toll_extra)
    kept.fatalities = (min(bases) if bases else 0) + extra
    kept.toll_extra = extra


def _take_evidence(kept: EventCandidate, other: EventCandidate) -> None:
    """Add ``other``'s sources and evidence spans that ``kept`` lacks to ``kept``."""
    add_sources(kept, other)
    add_evidence(kept, other)


def add_sources(kept: EventCandidate, other: EventCandidate) -> None:
    """Add ``other``'s sources that ``kept`` lacks to ``kept``, after its own."""
    names = {s.name for s in kept.sources}
    kept.sources.extend(s for s in other.sources if s.name not in names)


def add_evidence(kept: EventCandidate, other: EventCandidate) -> None:
    """Add ``other``'s evidence spans that ``kept`` lacks to ``kept``, in text order."""
    spans = {(s.start, s.end) for s in kept.evidence}
    kept.evidence.extend(s for s in other.evidence if (s.start, s.end) not in spans)
    kept.evidence.sort(key=lambda s: s.start)
