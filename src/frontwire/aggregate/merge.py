"""Cross-article merging: which reports tell of the same happening, and what the merged event says.

Two reports are of one happening when they agree on what happened (PLOVER type, ACLED event type,
territory reading, kind of status, aggregate count), where (the same place, places within
`NEAR_KM`, or the same admin1 when one report names only the province), when (date ranges that
overlap within `DATE_SLACK_DAYS`) and who (no actor slot names two different actors). Reports of
one article never merge with each other: the extractor has already merged what it could there.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import timedelta

from frontwire.nlp.gazetteer import great_circle_km
from frontwire.records import (
    ActorRef,
    EventDate,
    EventReport,
    EvidenceRef,
    MergedEvent,
    MergeLink,
    PlaceRef,
    Source,
    Status,
)

#: reports whose places are at most this far apart can be of one happening
NEAR_KM = 25.0
#: news dates are loose ("on Sunday" told on Monday as "yesterday"): ranges may miss by this much
DATE_SLACK_DAYS = 3

#: places precise enough to compare by distance
_POINT_FEATURES = {"site", "city", "admin2"}
#: how specific a place is, most specific first: the merged event takes the most specific one
SPECIFICITY = {"site": 0, "city": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4}
#: statuses that report a fact (asserted, claimed or denied) merge together; each modal status
#: (planned, imminent...) is a different happening from the fact it anticipates
_FACTUAL: set[Status] = {"occurred", "claimed", "denied"}
#: clashes are told from either side: "A fought B" and "B fought A" are one happening
_SYMMETRIC_SUBTYPES = {"Armed clash"}


def distance_km(a: PlaceRef, b: PlaceRef) -> float | None:
    """Great-circle distance between two places in kilometres (None without coordinates)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return great_circle_km((a.lat, a.lon), (b.lat, b.lon))


def _status_group(status: Status) -> str:
    return "fact" if status in _FACTUAL else status


def _same_admin1(specific: PlaceRef, vague: PlaceRef) -> bool:
    if specific.country != vague.country or not specific.admin1:
        return False
    names = {n.casefold() for n in (vague.admin1, vague.name) if n}
    return specific.admin1.casefold() in names


def place_reason(a: PlaceRef | None, b: PlaceRef | None) -> str | None:
    """Why two places can be the place of one happening, or None when they cannot."""
    if a is None or b is None:
        return None
    if a.key == b.key:
        return f"same place ({a.name})"
    if a.feature in _POINT_FEATURES and b.feature in _POINT_FEATURES:
        km = distance_km(a, b)
        if km is not None and km <= NEAR_KM:
            return f"{a.name} and {b.name} are {km:.0f} km apart"
        return None
    for specific, vague in ((a, b), (b, a)):
        if (
            specific.feature in _POINT_FEATURES
            and vague.feature == "admin1"
            and _same_admin1(specific, vague)
        ):
            return f"{specific.name} is in {vague.name}"
    return None


def _actor_name(actor: ActorRef | None) -> str | None:
    return actor.name if actor else None


def _slots_agree(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def actors_reason(a: EventReport, b: EventReport) -> str | None:
    """Why the actors of two reports can be those of one happening, or None when they cannot."""
    a_slots = (_actor_name(a.actor1), _actor_name(a.actor2))
    b_slots = (_actor_name(b.actor1), _actor_name(b.actor2))
    if _slots_agree(a_slots, b_slots):
        named = sorted({n for n in (*a_slots, *b_slots) if n})
        return "actors agree" + (f" ({', '.join(named)})" if named else " (none named)")
    symmetric = a.acled is not None and a.acled.sub_event_type in _SYMMETRIC_SUBTYPES
    if symmetric and _slots_agree(a_slots, (b_slots[1], b_slots[0])):
        return "actors agree (sides told the other way round)"
    return None


def dates_reason(a: EventReport, b: EventReport) -> str | None:
    """Why the dates of two reports can be those of one happening, or None when they cannot."""
    if a.start is None or b.start is None:
        return None
    a_end, b_end = a.end or a.start, b.end or b.start
    slack = timedelta(days=DATE_SLACK_DAYS)
    if a.start - slack <= b_end and b.start - slack <= a_end:
        if a.start <= b_end and b.start <= a_end:
            return "dates overlap"
        return f"dates within {DATE_SLACK_DAYS} days"
    return None


#: ACLED event types that reports of one attack may each give: whether its victims fought back is
#: told differently from outlet to outlet ("gunmen attacked the town" / "... clashed with guards")
_INTERCHANGEABLE = frozenset({"Battles", "Violence against civilians"})


def _acled_types_agree(a: str, b: str) -> bool:
    return a == b or (a in _INTERCHANGEABLE and b in _INTERCHANGEABLE)


def compatible(a: EventReport, b: EventReport) -> str | None:
    """Why two reports tell of one happening (a one-line reason), or None when they do not."""
    if a.article == b.article:
        return None
    if a.plover.type != b.plover.type:
        return None
    # a place taken is one happening whether an outlet tells of fighting ("seized") or not ("took
    # control of": ACLED's non-violent transfer); the territory check below still applies
    territorial = a.has_territory and b.has_territory
    if (
        a.acled
        and b.acled
        and not territorial
        and not _acled_types_agree(a.acled.event_type, b.acled.event_type)
    ):
        return None
    if a.has_territory != b.has_territory or _actor_name(a.controller) != _actor_name(b.controller):
        return None
    if _status_group(a.status) != _status_group(b.status):
        return None
    if (a.count is None) != (b.count is None) or (a.count is not None and a.count != b.count):
        return None
    reasons = [place_reason(a.place, b.place), dates_reason(a, b), actors_reason(a, b)]
    if any(r is None for r in reasons):
        return None
    what = a.plover.type
    if a.has_territory:
        what += f", control to {_actor_name(a.controller) or 'nobody named'}"
    return "; ".join([f"same type ({what})", *(r for r in reasons if r)])


def merged_status(statuses: Sequence[Status]) -> Status:
    """The status of a merged event whose reports have ``statuses`` (in the order they joined)."""
    # one independent report of a fact outweighs a party's claim or denial of it
    for status in ("occurred", "claimed", "denied"):
        if status in statuses:
            return status
    return statuses[0]


def _most_common(values: Sequence[ActorRef | None]) -> ActorRef | None:
    named = [v for v in values if v is not None]
    if not named:
        return None
    counts = Counter(v.name for v in named)
    best = max(counts, key=lambda name: counts[name])
    return next(v for v in named if v.name == best)


def _date_width(report: EventReport) -> int:
    if report.start is None:
        return 1 << 30
    return ((report.end or report.start) - report.start).days


def merge_reports(merged_id: str, links: Sequence[MergeLink]) -> MergedEvent:
    """The merged event told by ``links`` (reports in the order they joined, with their reasons)."""
    if not links:
        raise ValueError("a merged event needs at least one report")
    reports = [link.report for link in links]
    first = reports[0]
    placed = [r for r in reports if r.place is not None]
    place = min(placed, key=lambda r: SPECIFICITY.get(r.place.feature, 5)).place if placed else None  # type: ignore[union-attr]
    dated = min(reports, key=_date_width)
    articles = list(dict.fromkeys(r.article for r in reports))
    sources: dict[tuple[str, str], Source] = {}
    for r in reports:
        for s in r.sources:
            sources.setdefault((s.name.casefold(), s.kind), s)
    evidence: list[EvidenceRef] = []
    for r in reports:
        evidence.extend(e for e in r.evidence if e not in evidence)
    seen = sorted(r.seen for r in reports if r.seen is not None)
    doubt = 1.0
    for r in reports:
        doubt *= 1.0 - r.confidence
    fatalities = [r.fatalities for r in reports if r.fatalities is not None]
    return MergedEvent(
        id=merged_id,
        plover=first.plover,
        acled=next((r.acled for r in reports if r.acled), None),
        actor1=_most_common([r.actor1 for r in reports]),
        actor2=_most_common([r.actor2 for r in reports]),
        place=place,
        date=EventDate(
            start=dated.start.isoformat() if dated.start else None,
            end=(dated.end or dated.start).isoformat() if dated.start else None,
            precision=dated.precision,
        ),
        status=merged_status([r.status for r in reports]),
        territory=first.controller,
        has_territory=first.has_territory,
        count=first.count,
        fatalities=max(fatalities) if fatalities else None,
        sources=list(sources.values()),
        evidence=evidence,
        confidence=round(min(0.99, 1.0 - doubt), 3),
        reports=len(articles),
        articles=articles,
        first_seen=seen[0].isoformat() if seen else None,
        last_seen=seen[-1].isoformat() if seen else None,
        members=list(links),
    )
