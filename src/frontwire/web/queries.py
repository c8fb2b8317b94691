"""Event lists for the API, filtered, counted and cut into pages in SQL.

`Store.events` builds each merged event with its own queries, which is fine for a command printing
a few hundred but takes seconds for the ten thousand the map draws. Here every filter (an ACLED
type, a status and a bounding box too) is a condition on the merged events' summary columns, the
page is cut by the database (``ORDER BY date_start, pk LIMIT ... OFFSET ...`` down one index), and
only that page's events are built, in batches, with `merge_reports`, exactly as the store builds
them (a test checks that both agree). Nothing proportional to the number of matches happens in
Python: on a store of a million merged events a filtered page takes tens of milliseconds
(docs/performance.md, ``python -m benchmarks.queries``).

Counting every match of a broad filter would cost more than the page itself, so `page_events`
counts at most `COUNT_CAP` matches past the page and says whether the count is exact.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Date,
    Integer,
    Select,
    String,
    any_,
    bindparam,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from frontwire.aggregate import merge_reports
from frontwire.records import PLOVER_TYPES, ActorRef, MergedEvent, MergeLink, PlaceRef
from frontwire.store import Store
from frontwire.store.models import (
    ACLED_NAMES,
    SPAN_DAYS,
    ActorRow,
    ArticleRow,
    EventRow,
    EvidenceRow,
    MergedEventRow,
    PlaceRow,
    SourceRow,
)

#: merged events built per batch of queries
BATCH = 500

#: matches counted past the end of a page: a broad filter's total is "at least" beyond that
COUNT_CAP = 1_000


@dataclass(slots=True)
class EventQuery:
    """What to select: the filters of ``Store.events`` plus status and a bounding box."""

    place: str | None = None
    actor: str | None = None
    type: str | None = None
    status: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north


@dataclass(slots=True)
class EventPage:
    """A page of merged events and how many matched: exactly, or at least ``total``."""

    total: int
    total_exact: bool
    events: list[MergedEvent]


#: a place or actor filter matching more rows than this is left to the database as a sub-query
IN_LIST = 500

#: keys beyond which a filter sends them as one array rather than a list of parameters
LONG_LIST = 20

#: matching events beyond which a page is found sooner by walking the list's order and testing
#: each event than by gathering every match through the filter's index and sorting them
DENSE = 2_000


def _is_one_of(session: Session, columns: list[Any], keys: Select[Any]) -> ColumnElement[bool]:
    """One of ``columns`` holds a key that ``keys`` selects (places or actors, read first).

    One key in one column: the database walks that key's index, already in the list's order, and
    stops after a page. Several keys (or columns) match either few events, which the database
    gathers through the indexes and sorts, or many: then ``+ 0`` keeps it off those indexes, and it
    walks the date index and tests each event, finding a page in a few hundred rows.
    """
    found = list(session.scalars(keys.limit(IN_LIST + 1)))
    if len(found) > IN_LIST:
        return or_(*(column.in_(keys) for column in columns))
    if len(columns) == 1 and len(found) == 1:
        return columns[0] == found[0]
    matches = 0
    for column in columns:
        matches += (
            session.scalar(
                select(func.count()).select_from(
                    select(literal(1)).where(_in(session, column, found)).limit(DENSE + 1).subquery()
                )
            )
            or 0
        )
        if matches > DENSE:
            return or_(*(_in(session, c + 0, found) for c in columns))
    return or_(*(_in(session, c, found) for c in columns))


def _in(session: Session, column: Any, found: list[int]) -> ColumnElement[bool]:
    """``column`` holds one of the keys ``found``.

    A long list goes as one parameter (a JSON array on SQLite, an array on PostgreSQL): as a
    list of parameters, hundreds of keys cost more to send with each statement than it runs.
    """
    if len(found) > LONG_LIST:
        dialect = session.get_bind().dialect.name
        if dialect == "sqlite":
            values = func.json_each(bindparam(None, json.dumps(found), type_=String)).table_valued("value")
            return cast(ColumnElement[bool], column.in_(select(values.c.value)))
        if dialect == "postgresql":
            return cast(ColumnElement[bool], column == any_(bindparam(None, found, type_=ARRAY(Integer))))
    return cast(ColumnElement[bool], column.in_(bindparam(None, found, type_=Integer, expanding=True)))


def _acled_is(session: Session, folded: str) -> ColumnElement[bool]:
    """The merged event's own ACLED event type or sub-event type is ``folded`` (any case).

    A name is an event type or a sub-event type, hardly ever both: a look at each column's index
    picks the one that holds it, so the list walks that index alone in its order (an OR of both
    would gather every match and sort them).
    """
    tests = [name == folded for name in ACLED_NAMES]
    held = [t for t in tests if session.scalar(select(literal(1)).where(t).limit(1)) is not None]
    if len(held) == 1:
        return held[0]
    return or_(*tests) if held else tests[0]


#: distinct spans looked at before a ``since`` list settles for the longest span as its bound
SPANS = 64


def _since_floor(session: Session, since: dt.date) -> dt.date | None:
    """The earliest start of a merged event still running on ``since`` (``since`` when none is).

    A list from ``since`` walks the date index from there. Real stores have few distinct spans
    (days from start to end: a day, a week, a month, a year), read by one skip-scan of the span
    index; the events of one span still running on ``since`` are one short range of that index,
    so one more query finds the floor. With more than `SPANS` distinct spans, the longest bounds
    it instead (None: no span index, no bound).
    """
    dialect = session.get_bind().dialect.name
    if dialect not in SPAN_DAYS:
        return None
    found = [float(d) for d in session.scalars(_spans_sql(dialect)) if d is not None]
    if len(found) > SPANS:
        longest = _longest_span(session)
        return None if longest is None else since - dt.timedelta(days=longest)
    if not found:
        return since
    params: dict[str, Any] = {"since": since}
    for i, days in enumerate(found):
        params[f"days{i}"], params[f"from{i}"] = days, since - dt.timedelta(days=math.ceil(days))
    earliest = [d for d in session.scalars(_firsts_sql(dialect, len(found)), params) if d is not None]
    return min([since, *earliest])


@functools.cache
def _spans_sql(dialect: str) -> Select[Any]:
    """The distinct spans of merged events longer than 0 days, shortest first (up to `SPANS` + 1)."""
    span = SPAN_DAYS[dialect]
    # each step of the recursion is one seek: the next longer span after the last
    spans = select(func.min(span).label("days")).where(span > 0).cte("spans", recursive=True)
    spans = spans.union_all(
        select(select(func.min(span)).where(span > spans.c.days).scalar_subquery()).where(
            spans.c.days.is_not(None)
        )
    )
    return select(spans.c.days).limit(SPANS + 1)


@functools.cache
def _firsts_sql(dialect: str, n: int) -> Any:
    """For each of ``n`` spans (``days0``...), the first start of those still running on ``since``
    (built once per number of spans: building it anew cost more than running it)."""
    span = SPAN_DAYS[dialect]
    return union_all(
        *(
            select(func.min(MergedEventRow.date_start).label("first")).where(
                span == bindparam(f"days{i}"),
                MergedEventRow.date_start >= bindparam(f"from{i}", type_=Date),
                MergedEventRow.date_start < bindparam("since", type_=Date),
            )
            for i in range(n)
        )
    )


def _longest_span(session: Session) -> int | None:
    """The most days any merged event runs from start to end, read from the span index."""
    span = SPAN_DAYS.get(session.get_bind().dialect.name)
    if span is None:
        return None
    longest = session.scalar(select(func.max(span)))
    return None if longest is None else math.ceil(float(longest))


def _conditions(session: Session, query: EventQuery) -> list[ColumnElement[bool]]:
    """The filters of ``query`` as conditions on ``merged_events`` alone (sub-queries for the rest)."""
    where: list[ColumnElement[bool]] = []
    if query.place or query.bbox:
        # places and actors are few (thousands) next to events: pick theirs first, then the events
        places = select(PlaceRow.pk)
        if query.place:
            needle = query.place.strip().casefold()
            matches = [func.lower(PlaceRow.name) == needle, func.lower(PlaceRow.admin1) == needle]
            if needle.isdigit():
                matches.append(PlaceRow.geonameid == int(needle))
            places = places.where(or_(*matches))
        if query.bbox:
            west, south, east, north = query.bbox
            places = places.where(PlaceRow.lat.between(south, north))
            # a box may cross the antimeridian (west > east)
            places = places.where(
                PlaceRow.lon.between(west, east)
                if west <= east
                else or_(PlaceRow.lon >= west, PlaceRow.lon <= east)
            )
        where.append(_is_one_of(session, [MergedEventRow.place_pk], places))
    if query.actor:
        # autoescape: a % or _ in the name asked for is that character, not a wildcard
        needle = query.actor.strip().casefold()
        actors = select(ActorRow.pk).where(func.lower(ActorRow.name).contains(needle, autoescape=True))
        where.append(_is_one_of(session, [MergedEventRow.actor1_pk, MergedEventRow.actor2_pk], actors))
    acled = query.type.strip() if query.type else None
    if acled and acled.upper() in PLOVER_TYPES:
        where.append(MergedEventRow.plover_type == acled.upper())
    elif acled:
        where.append(_acled_is(session, acled.casefold()))
    if query.status:
        where.append(MergedEventRow.status == query.status)
    if query.since:
        where.append(func.coalesce(MergedEventRow.date_end, MergedEventRow.date_start) >= query.since)
        # the same, as a range the date index can walk: nothing still running on `since` starts
        # before the floor
        floor = _since_floor(session, query.since)
        if floor is not None:
            where.append(MergedEventRow.date_start >= floor)
    if query.until:
        where.append(MergedEventRow.date_start <= query.until)
    return where


def _page_keys(
    where: list[ColumnElement[bool]], session: Session, limit: int | None, offset: int
) -> list[int]:
    """The keys of the merged events on the page, oldest first (the conditions of `_conditions`)."""
    sql = select(MergedEventRow.pk).where(*where).order_by(MergedEventRow.date_start, MergedEventRow.pk)
    if limit is not None:
        sql = sql.limit(limit)
    if offset:
        sql = sql.offset(offset)
    return list(session.scalars(sql))


def _count(where: list[ColumnElement[bool]], session: Session, cap: int | None) -> int:
    """How many merged events match (counting stops after ``cap`` + 1 when one is given)."""
    matches = select(literal(1)).select_from(MergedEventRow).where(*where)
    if cap is not None:
        matches = matches.limit(cap + 1)
    return session.scalar(select(func.count()).select_from(matches.subquery())) or 0


@functools.cache
def _places_sql() -> Any:
    """The places with the keys ``keys``, as `PlaceRef` fields (built once, like `_rows_sql`)."""
    return select(
        PlaceRow.pk,
        PlaceRow.name,
        PlaceRow.geonameid,
        PlaceRow.country,
        PlaceRow.admin1,
        PlaceRow.lat,
        PlaceRow.lon,
        PlaceRow.feature,
    ).where(PlaceRow.pk.in_(bindparam("keys", expanding=True)))


@functools.cache
def _actors_sql() -> Any:
    """The actors with the keys ``keys``, as `ActorRef` fields."""
    return select(ActorRow.pk, ActorRow.name, ActorRow.type, ActorRow.country).where(
        ActorRow.pk.in_(bindparam("keys", expanding=True))
    )


def _cache_places(session: Session, pks: set[int]) -> None:
    """Read these places in one query into the cache the store's `_report` looks in first."""
    cache: dict[int, PlaceRef | None] = session.info.setdefault("place_refs", {})
    wanted = pks - cache.keys()
    if not wanted:
        return
    # plain rows, not ORM objects: loading these as instances cost a quarter of a page
    for row in session.connection().execute(_places_sql(), {"keys": list(wanted)}):
        cache[row.pk] = PlaceRef(
            row.name,
            row.geonameid,
            row.country,
            row.admin1,
            row.lat,
            row.lon,
            row.feature,
        )


def _cache_actors(session: Session, pks: set[int]) -> None:
    """Read these actors in one query into the cache the store's `_report` looks in first."""
    cache: dict[int, ActorRef | None] = session.info.setdefault("actor_refs", {})
    wanted = pks - cache.keys()
    if not wanted:
        return
    for pk, name, type_, country in session.connection().execute(_actors_sql(), {"keys": list(wanted)}):
        cache[pk] = ActorRef(name, type_, country)


@functools.cache
def _rows_sql() -> tuple[Any, Any, Any, Any]:
    """The four statements of `_rows`, built once: building them anew for each page (an IN list
    coerced key by key) cost more than running them."""
    keys: Any = bindparam("keys", expanding=True)
    events = (
        select(EventRow.__table__)
        .where(EventRow.merged_pk.in_(keys))
        .order_by(EventRow.merged_pk, EventRow.merge_order, EventRow.pk)
    )
    sources = (
        select(SourceRow.__table__)
        .where(SourceRow.event_pk.in_(keys))
        .order_by(SourceRow.event_pk, SourceRow.position)
    )
    evidence = (
        select(EvidenceRow.__table__)
        .where(EvidenceRow.event_pk.in_(keys))
        .order_by(EvidenceRow.event_pk, EvidenceRow.position)
    )
    # only what a report shows: not the article's text, signature or whole record
    articles = select(
        ArticleRow.pk,
        ArticleRow.id,
        ArticleRow.title,
        ArticleRow.outlet,
        ArticleRow.date,
        ArticleRow.ingested_at,
    ).where(ArticleRow.pk.in_(keys))
    return events, sources, evidence, articles


def _rows(session: Session, chunk: list[int]) -> list[Any]:
    """The reports of these merged events, in the order they joined, as plain read-only rows.

    Core rows, not ORM objects: loading a page's reports, sources and evidence as ORM instances
    cost more than every query of the page together. Each row carries what `Store._report` reads
    (the event's columns, ``sources``, ``evidence``) and its article's few columns a report shows.
    """
    events_sql, sources_sql, evidence_sql, articles_sql = _rows_sql()
    # the connection, not the session: plain statements need none of the ORM's handling
    connection = session.connection()
    events = connection.execute(events_sql, {"keys": chunk}).all()
    keys = [e.pk for e in events]
    sources: dict[int, list[Any]] = {}
    for row in connection.execute(sources_sql, {"keys": keys}):
        sources.setdefault(row.event_pk, []).append(row)
    evidence: dict[int, list[Any]] = {}
    for row in connection.execute(evidence_sql, {"keys": keys}):
        evidence.setdefault(row.event_pk, []).append(row)
    article_keys = list({e.article_pk for e in events})
    articles = {row.pk: row for row in connection.execute(articles_sql, {"keys": article_keys})}
    return [
        SimpleNamespace(
            **e._mapping,
            sources=sources.get(e.pk, []),
            evidence=evidence.get(e.pk, []),
            article=articles[e.article_pk],
        )
        for e in events
    ]


def build(store: Store, pks: Sequence[int]) -> list[MergedEvent]:
    """The merged events with these keys, in this order, built in batches."""
    out: dict[int, MergedEvent] = {}
    with store.sessions() as session:
        for at in range(0, len(pks), BATCH):
            rows = _rows(session, list(pks[at : at + BATCH]))
            _cache_places(session, {r.place_pk for r in rows if r.place_pk is not None})
            # one query for every actor the reports name, not one each
            _cache_actors(
                session,
                {
                    pk
                    for r in rows
                    for pk in (r.actor1_pk, r.actor2_pk, r.controller_pk, *(s.actor_pk for s in r.sources))
                    if pk is not None
                },
            )
            links: dict[int, list[MergeLink]] = {}
            for r in rows:
                # the store's own reading of a row, so both paths give the same reports
                report = store._report(session, r, r.article)
                links.setdefault(r.merged_pk, []).append(MergeLink(report, r.merge_reason or ""))
            for pk, members in links.items():
                out[pk] = merge_reports(f"m{pk}", members)
    return [out[pk] for pk in pks if pk in out]


def page_events(
    store: Store,
    query: EventQuery,
    limit: int | None = 100,
    offset: int = 0,
    count_cap: int | None = COUNT_CAP,
) -> EventPage:
    """The page ``offset``..``offset+limit`` of the merged events matching ``query``, oldest first.

    ``total`` is exact when the matches end before ``offset + limit + count_cap``; beyond that
    it is that many, and ``total_exact`` is False. With ``count_cap=None`` every match is counted.
    """
    with store.sessions() as session:
        where = _conditions(session, query)
        if limit is None or count_cap is None:
            pks = _page_keys(where, session, limit, offset)
            if (limit is None or len(pks) < limit) and (pks or not offset):
                total, exact = offset + len(pks), True  # the page is the last one: no count needed
            else:
                total, exact = _count(where, session, None), True
        else:
            # one walk gives the page and the count: the keys of the page and of up to `count_cap`
            # matches past it (a second walk to count them cost as much as the first)
            ahead = _page_keys(where, session, limit + count_cap + 1, offset)
            pks = ahead[:limit]
            if ahead or not offset:
                total, exact = offset + min(len(ahead), limit + count_cap), len(ahead) <= limit + count_cap
            else:  # past the last match: how many there are
                total, exact = _count(where, session, None), True
    return EventPage(total, exact, build(store, pks))


def select_events(
    store: Store, query: EventQuery, limit: int | None = None, offset: int = 0
) -> tuple[int, list[MergedEvent]]:
    """How many merged events match ``query`` (every one counted), and the page asked for."""
    page = page_events(store, query, limit, offset, count_cap=None)
    return page.total, page.events


def features(
    store: Store, query: EventQuery, limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """The page of merged events matching ``query`` that have a location, as GeoJSON features.

    Read from the merged events' summary columns and one pass over their reports' ACLED types and
    fatalities, without building whole events: this is what the map loads, ten thousand at a time.
    The properties are those `merge_reports` gives (a test checks both agree).
    """
    a1, a2 = aliased(ActorRow), aliased(ActorRow)
    out: list[dict[str, Any]] = []
    with store.sessions() as session:
        pks = _page_keys(_conditions(session, query), session, limit, offset)
        for at in range(0, len(pks), BATCH):
            chunk = pks[at : at + BATCH]
            firsts: dict[int, tuple[str | None, str | None]] = {}
            fatalities: dict[int, int] = {}
            for merged, event_type, sub_type, dead in session.execute(
                select(
                    EventRow.merged_pk,
                    EventRow.acled_event_type,
                    EventRow.acled_sub_event_type,
                    EventRow.fatalities,
                )
                .where(EventRow.merged_pk.in_(chunk))
                .order_by(EventRow.merged_pk, EventRow.merge_order, EventRow.pk)
            ):
                if merged is None:
                    continue
                if event_type and merged not in firsts:
                    firsts[merged] = (event_type, sub_type or "")
                if dead is not None:
                    fatalities[merged] = max(dead, fatalities.get(merged, dead))
            rows = session.execute(
                select(
                    MergedEventRow.pk,
                    MergedEventRow.plover_type,
                    MergedEventRow.date_start,
                    MergedEventRow.date_end,
                    MergedEventRow.status,
                    MergedEventRow.reports,
                    PlaceRow.name,
                    PlaceRow.country,
                    PlaceRow.lat,
                    PlaceRow.lon,
                    a1.name,
                    a2.name,
                )
                .join(PlaceRow, MergedEventRow.place_pk == PlaceRow.pk)
                .outerjoin(a1, MergedEventRow.actor1_pk == a1.pk)
                .outerjoin(a2, MergedEventRow.actor2_pk == a2.pk)
                .where(MergedEventRow.pk.in_(chunk), PlaceRow.lat.is_not(None), PlaceRow.lon.is_not(None))
            ).all()
            by_pk = {row[0]: row for row in rows}
            for pk in chunk:
                if pk not in by_pk:
                    continue
                _, plover, start, end, status, reports, place, country, lat, lon, actor1, actor2 = by_pk[pk]
                if lat is None or lon is None:
                    continue
                event_type, sub_type = firsts.get(pk, (None, None))
                out.append(
                    _feature_of(
                        f"m{pk}",
                        lon,
                        lat,
                        {
                            "plover_type": plover,
                            "acled_event_type": event_type,
                            "acled_sub_event_type": sub_type,
                            "date_start": start.isoformat() if start else None,
                            "date_end": (end or start).isoformat() if start else None,
                            "status": status,
                            "place": place,
                            "country": country,
                            "actor1": actor1,
                            "actor2": actor2,
                            "fatalities": fatalities.get(pk),
                            "reports": reports,
                        },
                    )
                )
    return out


def feature(event: MergedEvent) -> dict[str, Any] | None:
    """A merged event as a GeoJSON point feature (None when it has no location)."""
    place = event.place
    lat, lon = (place.lat, place.lon) if place else (None, None)
    if place is None or lat is None or lon is None:
        return None
    return _feature_of(
        event.id,
        lon,
        lat,
        {
            "plover_type": event.plover.type,
            "acled_event_type": event.acled.event_type if event.acled else None,
            "acled_sub_event_type": event.acled.sub_event_type if event.acled else None,
            "date_start": event.date.start,
            "date_end": event.date.end,
            "status": event.status,
            "place": place.name,
            "country": place.country,
            "actor1": event.actor1.name if event.actor1 else None,
            "actor2": event.actor2.name if event.actor2 else None,
            "fatalities": event.fatalities,
            "reports": event.reports,
        },
    )


def _feature_of(event_id: str, lon: float, lat: float, properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": event_id,
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {"id": event_id, **properties},
    }


#: the columns of a row of `points`, in order
POINT_FIELDS = ("id", "lon", "lat", "plover_type", "date_start", "reports", "place")


def points(store: Store, query: EventQuery, limit: int | None = None, offset: int = 0) -> list[list[Any]]:
    """The page of merged events matching ``query`` that have a location, as rows of `POINT_FIELDS`.

    What the page's map draws (a marker's position, colour, day and size, and a name for its
    tooltip) in one query: no report is read, so ten thousand rows take milliseconds and weigh a
    tenth of their GeoJSON. The page is cut as `features` cuts it (over every match, oldest first,
    the unlocated dropped after), so both list the same events in the same order.
    """
    # an alias: the place filters' sub-queries select from the places table, and would otherwise
    # be correlated with this outer join
    place = aliased(PlaceRow)
    with store.sessions() as session:
        sql = (
            select(
                MergedEventRow.pk,
                place.lon,
                place.lat,
                MergedEventRow.plover_type,
                MergedEventRow.date_start,
                MergedEventRow.reports,
                place.name,
            )
            .outerjoin(place, MergedEventRow.place_pk == place.pk)
            .where(*_conditions(session, query))
            .order_by(MergedEventRow.date_start, MergedEventRow.pk)
        )
        if limit is not None:
            sql = sql.limit(limit)
        if offset:
            sql = sql.offset(offset)
        # through the connection: plain rows, without the ORM's per-row bookkeeping
        rows = session.connection().execute(sql).all()
    return [
        [f"m{pk}", lon, lat, plover, start.isoformat() if start else None, reports, name]
        for pk, lon, lat, plover, start, reports, name in rows
        if lat is not None and lon is not None
    ]
