"""From the store to a `Brief`: which changes of control, events, expectations and quotes a period holds.

Every line is built from merged events (``Store.events``) and control timelines
(``Store.control``); the sentences behind it become numbered references (`BriefRef`), each one a
stretch of a stored article, so a reader can always go back to the words a line was drawn from.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from frontwire.brief import wording
from frontwire.records import (
    Brief,
    BriefDay,
    BriefGroup,
    BriefLine,
    BriefPoint,
    BriefRef,
    MergedEvent,
    PlaceControl,
    StoredArticle,
)
from frontwire.store import Store

#: statuses of events that happened (or are said to have): listed under "other events"
FACTUAL = ("occurred", "claimed", "denied", "attempted")
#: statuses of what is expected: listed under "imminent or threatened"
EXPECTED = ("imminent", "planned")
#: an event dated more loosely than this (a month, "in recent months") is no news of a short period
LOOSE_DAYS = 7
#: a period shorter than this is charted with the days before it, for context
TIMELINE_MIN_DAYS = 7
#: at most this many days are charted
TIMELINE_MAX_DAYS = 366
#: notable quotes: at most this many, of at least and at most this many characters
MAX_QUOTES = 8
QUOTE_CHARS = (40, 400)

CHANGE = "Change of control"
CONTESTED = "Contested control"
EXPECTED_CATEGORY = "Imminent or threatened"
OTHER = "Other"
#: places too wide to put a point on the map for
_WIDE = {"country", "region"}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def resolve_period(
    store: Store, day: date | None = None, since: date | None = None, until: date | None = None
) -> tuple[date, date]:
    """The brief's period: one day, a range, or (by default) the latest publication day in the store.

    An open range is closed with the latest publication day (or the other end).
    """
    if day is not None:
        return day, day
    if since is not None and until is not None:
        return (since, until) if since <= until else (until, since)
    latest = max((a.date for a in store.articles() if a.date), default=None)
    last = _day(latest) or date.today()
    if since is not None:
        return since, max(since, last)
    if until is not None:
        return until, until
    return last, last


@dataclass
class _References:
    """Hands out reference numbers, one per distinct stretch of an article, in order of first use."""

    articles: dict[str, StoredArticle]
    refs: list[BriefRef] = field(default_factory=list)
    index: dict[tuple[str, int, int], int] = field(default_factory=dict)

    def number(self, article: str, start: int, end: int, text: str, event: str | None) -> int:
        key = (article, start, end)
        if key not in self.index:
            meta = self.articles.get(article)
            ref = BriefRef(
                number=len(self.refs) + 1,
                article=article,
                start=start,
                end=end,
                text=text,
                title=meta.title if meta else None,
                outlet=meta.outlet if meta else None,
                date=meta.date if meta else None,
                url=meta.url if meta else None,
                event=event,
            )
            self.refs.append(ref)
            self.index[key] = ref.number
        return self.index[key]

    def of(self, events: Iterable[MergedEvent]) -> list[int]:
        numbers: list[int] = []
        for event in events:
            for ev in event.evidence:
                n = self.number(ev.article, ev.start, ev.end, ev.text, event.id)
                if n not in numbers:
                    numbers.append(n)
        return numbers


def _in_country(event: MergedEvent, country: str | None) -> bool:
    if not country:
        return True
    return event.place is not None and (event.place.country or "").casefold() == country.casefold()


def _loose(event: MergedEvent, since: date, until: date) -> bool:
    start, end = _day(event.date.start), _day(event.date.end)
    if start is None or event.date.precision in ("year", "month"):
        return True
    width = ((end or start) - start).days + 1
    return width > max(LOOSE_DAYS, (until - since).days + 1)


def _sources(events: Sequence[MergedEvent]) -> list[str]:
    return wording.source_names([s for e in events for s in e.sources])


def _articles(events: Sequence[MergedEvent]) -> int:
    return len({a for e in events for a in e.articles})


def _province(event: MergedEvent | None) -> tuple[str | None, str | None, str | None]:
    if event is None or event.place is None:
        return None, None, None
    return event.place.name, event.place.admin1, event.place.feature


def _change_line(
    timeline: PlaceControl, index: int, events: Sequence[MergedEvent], refs: _References
) -> BriefLine:
    span = timeline.spans[index]
    previous = timeline.spans[index - 1] if index > 0 else None
    start = _day(span.start)
    place = timeline.place
    kind = "change"
    if span.status == "contested":
        kind = "contested"
        claims: dict[tuple[str | None, str], list[MergedEvent]] = defaultdict(list)
        for e in events:
            claims[(e.territory.name if e.territory else None, e.status)].append(e)
        text = wording.contested_line(
            place.name,
            start,
            [(who, _sources(group), status) for (who, status), group in claims.items()],
            province=place.admin1,
            feature=place.feature,
            precision=span.precision,
        )
    else:
        claimed = bool(events) and all(e.status == "claimed" for e in events)
        kind = "claimed" if claimed else "change"
        # an inferred end says the place was lost to someone unknown in between: naming the earlier
        # holder as the one it was taken from would be a guess
        before = previous.controller if previous is not None and not previous.end_inferred else None
        text = wording.change_line(
            span.controller,
            place.name,
            start,
            province=place.admin1,
            feature=place.feature,
            precision=span.precision,
            previous=before,
            claimed=claimed,
        )
    text += " — " + wording.attribution(_sources(events), _articles(events))
    return BriefLine(text, refs.of(events), kind, [e.id for e in events], span.start)


def _category(event: MergedEvent, control_ids: set[str]) -> str:
    if event.id in control_ids:
        return CHANGE
    if event.status in EXPECTED or event.plover.type == "THREATEN":
        return EXPECTED_CATEGORY
    return event.acled.event_type if event.acled else OTHER


def _event_line(event: MergedEvent, refs: _References) -> BriefLine:
    place, province, feature = _province(event)
    text = wording.event_line(
        event.acled.sub_event_type if event.acled else None,
        event.plover.type,
        event.actor1.name if event.actor1 else None,
        event.actor2.name if event.actor2 else None,
        place,
        _day(event.date.start),
        _day(event.date.end),
        precision=event.date.precision,
        province=province,
        feature=feature,
        status=event.status,
        count=event.count,
        fatalities=event.fatalities,
    )
    text += " — " + wording.attribution(_sources([event]), event.reports)
    return BriefLine(text, refs.of([event]), "event", [event.id], event.date.start)


def _expected_line(event: MergedEvent, refs: _References) -> BriefLine:
    text = wording.expected_line(
        event.acled.sub_event_type if event.acled else None,
        event.plover.type,
        event.actor1.name if event.actor1 else None,
        event.place.name if event.place else None,
        event.status,
        _sources([event]),
        territory=event.has_territory,
    )
    return BriefLine(text, refs.of([event]), "imminent", [event.id], event.date.start)


def _superseded(event: MergedEvent, timelines: Sequence[PlaceControl]) -> bool:
    """Whether an expected capture has since been reported as a change of control of its place."""
    # an expected capture carries no territory reading (nothing has changed yet): its ACLED
    # sub-event type says it is about territory
    territorial = event.has_territory or (
        event.acled is not None and "territory" in event.acled.sub_event_type.casefold()
    )
    if event.place is None or not territorial:
        return False
    start = _day(event.date.start) or date.min
    for timeline in timelines:
        if timeline.place.key != event.place.key:
            continue
        if any((_day(s.start) or date.min) >= start for s in timeline.spans):
            return True
    return False


def _quotes(store: Store, article_ids: Sequence[str], refs: _References) -> list[BriefLine]:
    candidates: list[tuple[tuple[int, int, int, int], str, int, int, str, str | None, BriefLine]] = []
    seen: set[str] = set()
    for order, article_id in enumerate(article_ids):
        record = store.record(article_id)
        if record is None:
            continue
        for position, quote in enumerate(record.quotes):
            words = " ".join(quote.text.split())
            if not quote.speaker or not QUOTE_CHARS[0] <= len(words) <= QUOTE_CHARS[1]:
                continue
            if words.casefold() in seen:
                continue
            seen.add(words.casefold())
            line = BriefLine(
                wording.quote_line(words, quote.speaker, quote.role), [], "quote", [], record.article.date
            )
            # speakers the reader can place (a known actor, a stated role) first, then story order
            rank = (int(quote.speaker_actor is None), int(quote.role is None), order, position)
            text = record.article.text[quote.start : quote.end]
            candidates.append((rank, article_id, quote.start, quote.end, text, None, line))
    candidates.sort(key=lambda item: item[0])
    lines = []
    for _, article_id, start, end, text, event, line in candidates[:MAX_QUOTES]:
        # numbered only once chosen and in printed order
        line.refs = [refs.number(article_id, start, end, text, event)]
        lines.append(line)
    return lines


def _points(
    brief_events: Iterable[tuple[MergedEvent, str]],
) -> list[BriefPoint]:
    points: list[BriefPoint] = []
    for event, category in brief_events:
        p = event.place
        if p is None or p.lat is None or p.lon is None or p.feature in _WIDE:
            continue
        points.append(BriefPoint(p.lat, p.lon, p.name, category, event.id))
    return points


def _timeline_start(since: date, until: date) -> date:
    first = min(since, until - timedelta(days=TIMELINE_MIN_DAYS - 1))
    return max(first, until - timedelta(days=TIMELINE_MAX_DAYS - 1))


def _overlaps(event: MergedEvent, since: date, until: date) -> bool:
    """The store's own test (`Store.events`): the event's dates reach into the period."""
    start = _day(event.date.start)
    if start is None:
        return False
    return start <= until and (_day(event.date.end) or start) >= since


def _days(events: Iterable[MergedEvent], since: date, until: date, control_ids: set[str]) -> list[BriefDay]:
    first = _timeline_start(since, until)
    counts: dict[date, dict[str, int]] = {
        first + timedelta(days=i): {} for i in range((until - first).days + 1)
    }
    for event in events:
        if _loose(event, first, until) or event.status not in FACTUAL + EXPECTED:
            continue
        start = _day(event.date.start)
        if start in counts:
            category = _category(event, control_ids)
            counts[start][category] = counts[start].get(category, 0) + 1
    return [BriefDay(d.isoformat(), c, since <= d <= until) for d, c in counts.items()]


def gather(
    store: Store,
    since: date,
    until: date,
    country: str | None = None,
    place: str | None = None,
) -> Brief:
    """The brief of ``since``–``until`` (inclusive), optionally of one country (ISO alpha-2) or place."""
    articles = {a.id: a for a in store.articles()}
    refs = _References(articles)
    brief = Brief(since.isoformat(), until.isoformat(), country.upper() if country else None, place)

    timelines = [
        t
        for t in store.control(place)
        if not country or (t.place.country or "").casefold() == country.casefold()
    ]
    # one query for the period and the days the timeline shows before it
    first = min(since, _timeline_start(since, until))
    fetched = [e for e in store.events(place=place, since=first, until=until) if _in_country(e, country)]
    events = [e for e in fetched if _overlaps(e, since, until)]
    by_id = {e.id: e for e in events}
    control_ids = {i for t in timelines for s in t.spans for i in s.events}

    # 1. changes of control whose span opens in the period, in date order
    changes: list[tuple[date, str, PlaceControl, int]] = []
    for timeline in timelines:
        for index, span in enumerate(timeline.spans):
            start = _day(span.start)
            if start is not None and since <= start <= until:
                changes.append((start, timeline.place.name.casefold(), timeline, index))
    listed: set[str] = set()
    on_map: list[tuple[MergedEvent, str]] = []
    for _, _, timeline, index in sorted(changes, key=lambda c: (c[0], c[1])):
        span = timeline.spans[index]
        span_events = [by_id.get(i) or store.merged(i) for i in span.events]
        found = [e for e in span_events if e is not None]
        line = _change_line(timeline, index, found, refs)
        brief.changes.append(line)
        listed.update(span.events)
        category = CONTESTED if span.status == "contested" else CHANGE
        on_map.extend((e, category) for e in found[:1])

    # 3. what is expected, unless the place has since changed hands (its lines are written after
    # section 2's, so that references are numbered in the order they are printed)
    expected: list[MergedEvent] = []
    others: list[MergedEvent] = []
    for event in events:
        if event.id in listed:
            continue
        if _loose(event, since, until):
            brief.loosely_dated += 1
            continue
        if event.status in EXPECTED or (event.plover.type == "THREATEN" and event.status in FACTUAL):
            if not _superseded(event, timelines):
                expected.append(event)
        elif event.status in FACTUAL:
            others.append(event)

    # 2. other events by ACLED event type, the largest group first
    groups: dict[str, list[MergedEvent]] = defaultdict(list)
    for event in others:
        groups[event.acled.event_type if event.acled else OTHER].append(event)

    def fatalities(group: Sequence[MergedEvent]) -> int | None:
        known = [e.fatalities for e in group if e.fatalities is not None]
        return sum(known) if known else None

    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), -(fatalities(kv[1]) or 0), kv[0]))
    for event_type, group in ordered:
        lines = [_event_line(e, refs) for e in group]
        brief.groups.append(BriefGroup(event_type, len(group), fatalities(group), lines))
        on_map.extend((e, event_type) for e in group)
    for event in expected:
        brief.imminent.append(_expected_line(event, refs))
        on_map.append((event, EXPECTED_CATEGORY))

    # 4. notable quotes: from the articles the brief cites, and (unfiltered) those of the period
    cited = list(dict.fromkeys(r.article for r in refs.refs))
    if not country and not place:
        cited += [
            a.id
            for a in articles.values()
            if a.date and since <= date.fromisoformat(a.date) <= until and a.id not in cited
        ]
    brief.quotes = _quotes(store, cited, refs)

    # 5. map and timeline
    brief.points = _points(on_map)
    brief.days = _days(fetched, since, until, control_ids)
    brief.references = refs.refs
    brief.articles = len({r.article for r in refs.refs})
    return brief
