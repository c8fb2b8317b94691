"""Event lists for the API, filtered and cut into pages in SQL, built a few hundred at a time.

`Store.events` builds each merged event with its own queries, which is fine for a command printing
a few hundred but takes seconds for the ten thousand the map draws. Here the same filters select
the merged events' keys in one query (status and bounding box too), a page of them is cut, and the
events are built in batches with `merge_reports`, exactly as the store builds them (a test checks
that both agree).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased, joinedload, selectinload

from frontwire.aggregate import merge_reports
from frontwire.records import PLOVER_TYPES, MergedEvent, MergeLink, PlaceRef
from frontwire.store import Store
from frontwire.store.models import ActorRow, ArticleRow, EventRow, MergedEventRow, PlaceRow

#: merged events built per batch of queries
BATCH = 500


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


def _keys(query: EventQuery) -> tuple[Select[Any], str | None]:
    """The SQL selecting the merged events' keys, oldest first, and an ACLED type left to check."""
    sql = select(MergedEventRow.pk)
    if query.place or query.bbox:
        p = aliased(PlaceRow)
        sql = sql.join(p, MergedEventRow.place_pk == p.pk)
        if query.place:
            needle = query.place.strip().casefold()
            conditions = [func.lower(p.name) == needle, func.lower(p.admin1) == needle]
            if needle.isdigit():
                conditions.append(p.geonameid == int(needle))
            sql = sql.where(or_(*conditions))
        if query.bbox:
            west, south, east, north = query.bbox
            sql = sql.where(p.lat.between(south, north))
            # a box may cross the antimeridian (west > east)
            sql = sql.where(p.lon.between(west, east) if west <= east else or_(p.lon >= west, p.lon <= east))
    if query.actor:
        a1, a2 = aliased(ActorRow), aliased(ActorRow)
        like = f"%{query.actor.strip().casefold()}%"
        sql = (
            sql.outerjoin(a1, MergedEventRow.actor1_pk == a1.pk)
            .outerjoin(a2, MergedEventRow.actor2_pk == a2.pk)
            .where(or_(func.lower(a1.name).like(like), func.lower(a2.name).like(like)))
        )
    acled = query.type.strip() if query.type else None
    if acled and acled.upper() in PLOVER_TYPES:
        sql = sql.where(MergedEventRow.plover_type == acled.upper())
        acled = None
    elif acled:
        # cheap pre-selection: some report has that ACLED type (the merged event's own is checked after)
        folded = acled.casefold()
        sql = sql.where(
            select(EventRow.pk)
            .where(
                EventRow.merged_pk == MergedEventRow.pk,
                or_(
                    func.lower(EventRow.acled_event_type) == folded,
                    func.lower(EventRow.acled_sub_event_type) == folded,
                ),
            )
            .exists()
        )
    if query.status:
        sql = sql.where(MergedEventRow.status == query.status)
    if query.since:
        sql = sql.where(func.coalesce(MergedEventRow.date_end, MergedEventRow.date_start) >= query.since)
    if query.until:
        sql = sql.where(MergedEventRow.date_start <= query.until)
    return sql.order_by(MergedEventRow.date_start, MergedEventRow.pk), acled


def _cache_places(session: Session, pks: set[int]) -> None:
    """Read these places in one query into the cache the store's `_report` looks in first."""
    cache: dict[int, PlaceRef | None] = session.info.setdefault("place_refs", {})
    wanted = pks - cache.keys()
    if not wanted:
        return
    for row in session.scalars(select(PlaceRow).where(PlaceRow.pk.in_(wanted))):
        cache[row.pk] = PlaceRef(
            row.name,
            row.geonameid,
            row.country,
            row.admin1,
            row.lat,
            row.lon,
            row.feature,  # type: ignore[arg-type]
        )


def build(store: Store, pks: Sequence[int]) -> list[MergedEvent]:
    """The merged events with these keys, in this order, built in batches."""
    out: dict[int, MergedEvent] = {}
    with store.sessions() as session:
        for at in range(0, len(pks), BATCH):
            chunk = list(pks[at : at + BATCH])
            rows = session.scalars(
                select(EventRow)
                .where(EventRow.merged_pk.in_(chunk))
                .order_by(EventRow.merged_pk, EventRow.merge_order, EventRow.pk)
                .options(
                    selectinload(EventRow.sources),
                    selectinload(EventRow.evidence),
                    # only what a report shows: not the article's text, signature or whole record
                    joinedload(EventRow.article).load_only(
                        ArticleRow.id,
                        ArticleRow.title,
                        ArticleRow.outlet,
                        ArticleRow.date,
                        ArticleRow.ingested_at,
                    ),
                )
            ).all()
            _cache_places(session, {r.place_pk for r in rows if r.place_pk is not None})
            links: dict[int, list[MergeLink]] = {}
            for r in rows:
                assert r.merged_pk is not None
                # the store's own reading of a row, so both paths give the same reports
                report = store._report(session, r, r.article)
                links.setdefault(r.merged_pk, []).append(MergeLink(report, r.merge_reason or ""))
            for pk, members in links.items():
                out[pk] = merge_reports(f"m{pk}", members)
    return [out[pk] for pk in pks if pk in out]


def select_events(
    store: Store, query: EventQuery, limit: int | None = None, offset: int = 0
) -> tuple[int, list[MergedEvent]]:
    """How many merged events match ``query``, and those of the page ``offset``..``offset+limit``."""
    sql, acled = _keys(query)
    with store.sessions() as session:
        pks: list[int] = list(session.scalars(sql))
    if acled is None:
        page = pks[offset : offset + limit] if limit is not None else pks[offset:]
        return len(pks), build(store, page)
    folded = acled.casefold()
    found = [
        e
        for e in build(store, pks)
        if e.acled and folded in (e.acled.event_type.casefold(), e.acled.sub_event_type.casefold())
    ]
    return len(found), found[offset : offset + limit] if limit is not None else found[offset:]


def features(
    store: Store, query: EventQuery, limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """The page of merged events matching ``query`` that have a location, as GeoJSON features.

    Read from the merged events' summary columns and one pass over their reports' ACLED types and
    fatalities, without building whole events: this is what the map loads, ten thousand at a time.
    The properties are those `merge_reports` gives (a test checks both agree).
    """
    sql, acled = _keys(query)
    if acled is not None:  # an ACLED type is checked on whole events
        _, found = select_events(store, query, limit, offset)
        return [f for f in (feature(e) for e in found) if f is not None]
    a1, a2 = aliased(ActorRow), aliased(ActorRow)
    out: list[dict[str, Any]] = []
    with store.sessions() as session:
        pks: list[int] = list(session.scalars(sql))
        pks = pks[offset : offset + limit] if limit is not None else pks[offset:]
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
