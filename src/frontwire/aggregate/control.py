"""Territorial control: per place, who held it from when to when, read from territory events.

Only merged events that assert a change of control count: a territory reading with a named
controller, status ``occurred`` or ``claimed`` (an imminent, attempted or planned capture changes
nothing), a single place at most as wide as a province (control of "four provincial capitals" or of
a country is not control of any one place), named in the report's own sentences rather than carried
over from the story so far. Events whose dates overlap form one *moment*; a moment in which different
controllers are asserted opens a ``contested`` span unless one side's support clearly outweighs the
other's, and a party's denial of a capture contests it too.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

from frontwire.records import ControlSpan, MergedEvent, PlaceControl

#: features too wide to have a single controller read from one capture
_TOO_WIDE = {"country", "region"}
#: a capture by the party already in control this long after its last reported capture means it
#: lost the place in between without the loss being reported; sooner, it is the same capture retold
SAME_CAPTURE_DAYS = 30
#: one side's support must be this many times the other's to settle a contradiction
DOMINANCE = 2.0


def _counts(event: MergedEvent) -> bool:
    if not event.has_territory or event.territory is None or event.place is None:
        return False
    if event.place.feature in _TOO_WIDE or event.count is not None or event.date.start is None:
        return False
    if event.status not in ("occurred", "claimed", "denied"):
        return False
    # a place carried over from earlier sentences ("driven out of some locations") is too weak
    # to move control of the whole place
    return not event.members or any(link.report.place_named for link in event.members)


def _start(event: MergedEvent) -> date:
    return date.fromisoformat(event.date.start or "0001-01-01")


def _end(event: MergedEvent) -> date:
    return date.fromisoformat(event.date.end or event.date.start or "0001-01-01")


def _support(event: MergedEvent) -> float:
    # an independently reported capture weighs twice a party's unconfirmed claim of it
    return event.reports * (2.0 if event.status == "occurred" else 1.0)


def _moments(events: Sequence[MergedEvent]) -> list[list[MergedEvent]]:
    ordered = sorted(events, key=lambda e: (_start(e), _end(e), e.first_seen or "", e.id))
    moments: list[list[MergedEvent]] = []
    moment_end = date.min
    for event in ordered:
        if moments and _start(event) <= moment_end:
            moments[-1].append(event)
            moment_end = max(moment_end, _end(event))
        else:
            moments.append([event])
            moment_end = _end(event)
    return moments


def _spans(events: Sequence[MergedEvent]) -> list[ControlSpan]:
    spans: list[ControlSpan] = []
    last_capture: date | None = None
    for moment in _moments(events):
        asserted = [e for e in moment if e.status != "denied"]
        if not asserted:
            continue  # a denial alone changes nothing
        support: dict[str, float] = defaultdict(float)
        latest: dict[str, date] = {}
        for event in asserted:
            name = event.territory.name  # type: ignore[union-attr]
            support[name] += _support(event)
            latest[name] = max(latest.get(name, date.min), _start(event))
        ranked = sorted(support, key=lambda n: (support[n], latest[n]), reverse=True)
        winner = ranked[0]
        contested = len(ranked) > 1 and support[winner] < DOMINANCE * support[ranked[1]]
        contested |= any(e.status == "denied" and e.territory and e.territory.name == winner for e in moment)
        status = "contested" if contested else "held"
        start = min(_start(e) for e in moment)
        ids = [e.id for e in moment]
        current = spans[-1] if spans else None
        if current is not None and current.end is None:
            if current.controller == winner and current.status == status:
                if last_capture is not None and (start - last_capture).days <= SAME_CAPTURE_DAYS:
                    current.events.extend(ids)
                    last_capture = start
                    continue
                current.end_inferred = True
            current.end = start.isoformat()
        precision = min(moment, key=_start).date.precision
        spans.append(ControlSpan(winner, start.isoformat(), None, status, ids, precision=precision))  # type: ignore[arg-type]
        last_capture = start
    return spans


def control_timeline(events: Iterable[MergedEvent]) -> list[PlaceControl]:
    """The control timeline of every place that territory events speak of, places by name."""
    by_place: dict[str, list[MergedEvent]] = defaultdict(list)
    for event in events:
        if _counts(event):
            by_place[event.place.key].append(event)  # type: ignore[union-attr]
    timelines = []
    for group in by_place.values():
        spans = _spans(group)
        if spans:
            timelines.append(PlaceControl(place=group[0].place, spans=spans))  # type: ignore[arg-type]
    return sorted(timelines, key=lambda t: (t.place.name.casefold(), t.place.key))
