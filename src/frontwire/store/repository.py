"""The store's one small interface: `Store` keeps articles and answers questions across them.

Each `Store.ingest` is one transaction: the article, its places, actors, events, sources,
evidence and quotes, and the merged events its events join, are committed together or not at all,
so a crash loses at most the article in flight and a rerun completes the job.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import random
import re
import time
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any, Literal

from sqlalchemy import Engine, delete, func, insert, or_, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session, aliased, joinedload, selectinload, sessionmaker

from frontwire.aggregate import DATE_SLACK_DAYS, compatible, control_timeline, merge_reports
from frontwire.aggregate.merge import SPECIFICITY, merged_status, place_reason
from frontwire.ingest import dedup
from frontwire.records import (
    PLOVER_TYPES,
    AcledType,
    ActorRef,
    ArticleInput,
    ArticleRecord,
    EventReport,
    EvidenceRef,
    MergedEvent,
    MergeLink,
    PlaceControl,
    PlaceRef,
    Plover,
    Source,
    StoredArticle,
)
from frontwire.store.engine import PG_WRITE_LOCK, display_url, open_engine
from frontwire.store.models import (
    ActorRow,
    ArticleActorRow,
    ArticlePlaceRow,
    ArticleRow,
    BandRow,
    DuplicateRow,
    EventRow,
    EvidenceRow,
    MergedEventRow,
    PlaceRow,
    QuoteRow,
    SourceRow,
)

IngestOutcome = Literal["added", "unchanged", "replaced"]

#: a new report must agree with this many of a merged event's first reports to join it
MERGE_SAMPLE = 8

# "the city", "the town"... in an event's sentence refer to a place named just before
_PLACE_ANAPHOR = re.compile(r"\bthe\s+(?:city|town|village|capital|port|province|district)\b", re.IGNORECASE)


def text_hash(text: str) -> str:
    """The hash that tells a corrected article from the same one again."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def merged_pk(merged_id: str) -> int | None:
    """The row key of a merged event id such as ``m12`` (None if it is not one)."""
    # ASCII digits only, and within the key column's range: other numbers name no merged event
    match = re.fullmatch(r"m?([0-9]{1,10})", merged_id.strip(), re.IGNORECASE)
    return int(match.group(1)) if match and int(match.group(1)) < 2**31 else None


@cache
def _lsh_shape() -> tuple[int, int]:
    """Bands and rows per band of the near-duplicate index (as `dedup.NearDuplicateIndex` cuts it)."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=dedup.CANDIDATE_THRESHOLD, num_perm=dedup.NUM_PERM)
    return lsh.b, lsh.r


def band_keys(signature: Sequence[int]) -> list[str]:
    """The LSH band keys of a MinHash signature: articles sharing one are near-duplicate candidates."""
    bands, rows = _lsh_shape()
    out = []
    for b in range(bands):
        chunk = ",".join(str(v) for v in signature[b * rows : (b + 1) * rows])
        out.append(f"{b}:" + hashlib.blake2b(chunk.encode(), digest_size=12).hexdigest())
    return out


def estimated_similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """The Jaccard similarity of two texts' content words, estimated from their signatures."""
    if not a or len(a) != len(b):
        return 0.0  # signatures of another kind (an older store) are not comparable
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


class Store:
    """Articles and what Frontwire read from them, kept in SQLite or PostgreSQL."""

    def __init__(self, db: str | None = None) -> None:
        """Open (creating and migrating when needed) the store at ``db`` (see `resolve_url`)."""
        self.engine: Engine
        self.sessions: sessionmaker[Session]
        self.engine, self.sessions = open_engine(db)
        # the first reports of merged events, which every new report is compared with: merged pk ->
        # (their event pks, their reports); checked against the database before each use
        self._samples: dict[int, tuple[tuple[int, ...], list[MergeLink]]] = {}
        # places and actors never change once stored: their row keys and records, across ingests
        self._place_pks: dict[str, int] = {}
        self._actor_pks: dict[str, int] = {}
        self._refs: dict[str, dict[int, Any]] = {"actor_refs": {}, "place_refs": {}}

    def _forget_caches(self) -> None:
        # a rolled-back transaction's row keys are handed out again: the caches may name them
        self._samples.clear()
        self._place_pks.clear()
        self._actor_pks.clear()
        for refs in self._refs.values():
            refs.clear()

    @property
    def url(self) -> str:
        """Where the store is, password hidden."""
        return display_url(self.engine.url.render_as_string(hide_password=False))

    def close(self) -> None:
        """Release the store's connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def ingest(self, record: ArticleRecord) -> IngestOutcome:
        """Store one article's record and merge its events; one transaction.

        The same article again (same id, same text) changes nothing; the same id with a new text
        replaces the article and its events. Several processes may ingest into one store at once:
        their transactions are serialised (see `_write_lock`), and one that meets a locked database,
        a serialisation failure, a deadlock or the same article stored meanwhile is run again.
        """
        digest = text_hash(record.article.text)
        for attempt in itertools.count():
            try:
                return self._ingest_once(record, digest)
            except DBAPIError as exc:
                if attempt >= _retries(exc):
                    raise
                # back off with jitter, so two writers that collided do not collide again
                time.sleep(min(2.0, 0.02 * 2**attempt) * random.uniform(0.5, 1.5))
        raise AssertionError("unreachable")  # pragma: no cover

    def _ingest_once(self, record: ArticleRecord, digest: str) -> IngestOutcome:
        # the fast path, without any lock: the same article stored already
        with self.sessions() as session:
            stored = session.scalars(
                select(ArticleRow.text_hash).where(ArticleRow.id == record.article.id)
            ).one_or_none()
        if stored == digest:
            return "unchanged"
        try:
            with self.sessions.begin() as session:
                self._write_lock(session)
                session.info.update(self._refs)
                row = session.scalars(
                    select(ArticleRow).where(ArticleRow.id == record.article.id)
                ).one_or_none()
                if row is not None and row.text_hash == digest:
                    return "unchanged"  # stored by another process while this one waited
                outcome: IngestOutcome = "added" if row is None else "replaced"
                if row is None:
                    row = ArticleRow(id=record.article.id)
                    session.add(row)
                else:
                    self._forget(session, row)
                self._write(session, row, record, digest)
        except BaseException:
            self._forget_caches()
            raise
        return outcome

    def _write_lock(self, session: Session) -> None:
        """Serialise writing transactions across processes, from their first read to their commit.

        Merging reads the merged events and then updates them: two transactions doing that at once
        would each miss the other's new merged event and overwrite its report count. SQLite takes
        its one write lock now (``BEGIN IMMEDIATE``; a waiting writer waits up to the busy timeout),
        instead of at the first write, when what was read may be stale; PostgreSQL takes a
        transaction-scoped advisory lock, released at commit or rollback.
        """
        dialect = session.get_bind().dialect.name
        if dialect == "sqlite":
            session.connection().exec_driver_sql("BEGIN IMMEDIATE")
        elif dialect == "postgresql":
            session.execute(select(func.pg_advisory_xact_lock(PG_WRITE_LOCK)))

    def _forget(self, session: Session, row: ArticleRow) -> None:
        """Remove what an article's previous version left: events, links, quotes, duplicates."""
        touched: set[int] = set(
            session.scalars(
                select(EventRow.merged_pk).where(
                    EventRow.article_pk == row.pk, EventRow.merged_pk.is_not(None)
                )
            )
        )
        for table in (EventRow, ArticlePlaceRow, ArticleActorRow, QuoteRow, BandRow):
            session.execute(delete(table).where(table.article_pk == row.pk))
        session.execute(
            delete(DuplicateRow).where(
                or_(DuplicateRow.article_pk == row.pk, DuplicateRow.other_pk == row.pk)
            )
        )
        session.expire(row, ["events"])
        session.flush()
        for pk in touched:
            self._samples.pop(pk, None)
            self._refresh_merged(session, pk)

    def _write(self, session: Session, row: ArticleRow, record: ArticleRecord, digest: str) -> None:
        article = record.article
        row.title, row.outlet, row.url, row.text = article.title, article.outlet, article.url, article.text
        row.date = dt.date.fromisoformat(article.date) if article.date else None
        row.text_hash = digest
        row.record = record.to_dict()
        row.signature = [int(v) for v in dedup.signature(article.text).hashvalues]
        session.flush()

        places = {p.id: self._place_pk(session, p) for p in record.places}
        actors = {a.id: self._actor_pk(session, a.name, a.type, a.country) for a in record.actors}
        for p in record.places:
            session.add(
                ArticlePlaceRow(
                    article_pk=row.pk, local_id=p.id, place_pk=places[p.id], mentions=_mentions(p.mentions)
                )
            )
        for a in record.actors:
            session.add(
                ArticleActorRow(
                    article_pk=row.pk, local_id=a.id, actor_pk=actors[a.id], mentions=_mentions(a.mentions)
                )
            )
        for i, q in enumerate(record.quotes):
            session.add(
                QuoteRow(
                    article_pk=row.pk,
                    position=i,
                    text=q.text,
                    start=q.start,
                    end=q.end,
                    speaker=q.speaker,
                    speaker_actor_pk=actors.get(q.speaker_actor or ""),
                    role=q.role,
                )
            )
        mentions = {p.id: p.mentions for p in record.places}
        new_events = []
        for e in record.events:
            evidence = [(s.start, s.end, article.text[s.start : s.end]) for s in e.evidence]
            named = e.place is not None and any(
                any(start <= m.start and m.end <= end for m in mentions.get(e.place, []))
                or _PLACE_ANAPHOR.search(text)
                for start, end, text in evidence
            )
            event = EventRow(
                article_pk=row.pk,
                local_id=e.id,
                plover_type=e.plover.type,
                plover_mode=e.plover.mode,
                plover_contexts=list(e.plover.contexts),
                acled_event_type=e.acled.event_type if e.acled else None,
                acled_sub_event_type=e.acled.sub_event_type if e.acled else None,
                actor1_pk=actors.get(e.actor1 or ""),
                actor2_pk=actors.get(e.actor2 or ""),
                place_pk=places.get(e.place or ""),
                place_named=bool(named),
                date_start=_date(e.date.start),
                date_end=_date(e.date.end),
                precision=e.date.precision,
                status=e.status,
                has_territory=e.territory is not None,
                controller_pk=actors.get(e.territory.controller or "") if e.territory else None,
                count=e.count,
                fatalities=e.fatalities,
                confidence=e.confidence,
            )
            event.sources = [
                SourceRow(position=i, name=s.name, kind=s.kind, actor_pk=actors.get(s.actor or ""))
                for i, s in enumerate(e.sources)
            ]
            event.evidence = [
                EvidenceRow(position=i, start=start, end=end, text=text)
                for i, (start, end, text) in enumerate(evidence)
            ]
            session.add(event)
            new_events.append(event)
        session.flush()
        for event in new_events:
            self._merge(session, event, row)
        self._find_duplicates(session, row)

    # ------------------------------------------------------------------ places and actors

    def _upsert(self, session: Session, table: Any, values: dict[str, Any], key: str) -> None:
        insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
        # concurrent ingests may add the same place or actor: the second insert is a no-op
        session.execute(insert(table).values(**values).on_conflict_do_nothing(index_elements=[key]))

    def _place_pk(self, session: Session, place: Any) -> int:
        ref = PlaceRef(
            place.name, place.geonameid, place.country, place.admin1, place.lat, place.lon, place.feature
        )
        values = {
            "key": ref.key,
            "name": ref.name,
            "geonameid": ref.geonameid,
            "country": ref.country,
            "admin1": ref.admin1,
            "lat": ref.lat,
            "lon": ref.lon,
            "feature": ref.feature,
        }
        if ref.key not in self._place_pks:
            self._upsert(session, PlaceRow, values, "key")
            self._place_pks[ref.key] = session.scalars(
                select(PlaceRow.pk).where(PlaceRow.key == ref.key)
            ).one()
        return self._place_pks[ref.key]

    def _actor_pk(self, session: Session, name: str, type_: str, country: str | None) -> int:
        if name not in self._actor_pks:
            self._upsert(session, ActorRow, {"name": name, "type": type_, "country": country}, "name")
            self._actor_pks[name] = session.scalars(select(ActorRow.pk).where(ActorRow.name == name)).one()
        return self._actor_pks[name]

    # ------------------------------------------------------------------ merging

    def _merge(self, session: Session, event: EventRow, article: ArticleRow) -> None:
        """Attach ``event`` to the merged event it is a report of, or start a new one."""
        report = self._report(session, event, article)
        best: tuple[tuple[int, int], int, str, int] | None = None
        if report.start is not None:
            slack = dt.timedelta(days=DATE_SLACK_DAYS)
            candidates = session.scalars(
                select(MergedEventRow).where(
                    MergedEventRow.plover_type == report.plover.type,
                    MergedEventRow.has_territory == event.has_territory,
                    MergedEventRow.date_start <= (report.end or report.start) + slack,
                    MergedEventRow.date_end >= report.start - slack,
                )
            ).all()
            for candidate in candidates:
                if candidate.controller_pk != event.controller_pk:
                    continue
                # cheap test on the summary before loading reports: the summary's place is the most
                # specific place of its reports, so an incompatible one rules the candidate out
                if place_reason(report.place, _place_ref(session, candidate.place_pk)) is None:
                    continue
                # the first reports stand for the happening: comparing with every one of hundreds
                # of reports would make ingest quadratic in the size of a story
                members = self._sample(session, candidate.pk)
                reasons = [compatible(report, m.report) for m in members]
                if not members or any(r is None for r in reasons):
                    continue  # every report of a happening must agree with the new one
                exact = report.place is not None and report.place == members[0].report.place
                rank = (int(exact), len(members))
                if best is None or rank > best[0]:
                    best = (rank, candidate.pk, reasons[0] or "", candidate.reports)
        if best is None:
            merged = MergedEventRow(
                plover_type=report.plover.type,
                status=report.status,
                place_pk=event.place_pk,
                actor1_pk=event.actor1_pk,
                actor2_pk=event.actor2_pk,
                controller_pk=event.controller_pk,
                has_territory=event.has_territory,
                date_start=report.start,
                date_end=(report.end or report.start) if report.start else None,
                reports=1,
                first_seen=report.seen,
                last_seen=report.seen,
                acled_event_type=report.acled.event_type if report.acled else None,
                acled_sub_event_type=(report.acled.sub_event_type or None) if report.acled else None,
            )
            session.add(merged)
            session.flush()
            event.merged_pk, event.merge_order, event.merge_reason = merged.pk, 0, "first report"
            session.flush()
            self._samples[merged.pk] = ((event.pk,), [MergeLink(report, "first report")])
            return
        _, pk, reason, _reports = best
        order = session.scalar(select(func.max(EventRow.merge_order)).where(EventRow.merged_pk == pk))
        event.merged_pk, event.merge_order = pk, (order or 0) + 1
        event.merge_reason = f"{reason} (compared with the first report)"
        session.flush()
        cached = self._samples.get(pk)
        if cached is not None and len(cached[0]) < MERGE_SAMPLE:
            # the sample grows by this report: keep the cache right instead of reading it all back
            self._samples[pk] = ((*cached[0], event.pk), [*cached[1], MergeLink(report, event.merge_reason)])
        self._absorb(session, pk, event, report)

    def _absorb(self, session: Session, pk: int, event: EventRow, report: EventReport) -> None:
        """Update a merged event's summary for one more report, as `merge_reports` would make it,
        without reading its other reports back (which made ingest quadratic in a story's size)."""
        merged = session.get(MergedEventRow, pk)
        assert merged is not None
        # the status of all reports so far, then this one: `merged_status` gives the same answer
        merged.status = merged_status([merged.status, report.status])  # type: ignore[list-item]
        if report.place is not None:
            current = _place_ref(session, merged.place_pk)
            if current is None or SPECIFICITY.get(report.place.feature, 5) < SPECIFICITY.get(
                current.feature, 5
            ):
                merged.place_pk = event.place_pk
        if report.start is not None:
            width = ((report.end or report.start) - report.start).days
            current_width = (
                ((merged.date_end or merged.date_start) - merged.date_start).days
                if merged.date_start
                else 1 << 30
            )
            if width < current_width:
                merged.date_start, merged.date_end = report.start, report.end or report.start
        merged.actor1_pk = self._most_common_actor(session, pk, EventRow.actor1_pk)
        merged.actor2_pk = self._most_common_actor(session, pk, EventRow.actor2_pk)
        merged.reports = (
            session.scalar(
                select(func.count(func.distinct(EventRow.article_pk))).where(EventRow.merged_pk == pk)
            )
            or 1
        )
        if report.seen is not None:
            merged.first_seen = min(d for d in (merged.first_seen, report.seen) if d is not None)
            merged.last_seen = max(d for d in (merged.last_seen, report.seen) if d is not None)
        if merged.acled_event_type is None and report.acled is not None:
            # this report joined last: its type is the merged event's only when none before had one
            merged.acled_event_type = report.acled.event_type
            merged.acled_sub_event_type = report.acled.sub_event_type or None
        session.flush()

    def _most_common_actor(self, session: Session, pk: int, column: Any) -> int | None:
        # counted in the database: ties go to the actor that joined first, as in `merge_reports`
        row = session.execute(
            select(column, func.count(), func.min(EventRow.merge_order))
            .where(EventRow.merged_pk == pk, column.is_not(None))
            .group_by(column)
            .order_by(func.count().desc(), func.min(EventRow.merge_order))
            .limit(1)
        ).first()
        return row[0] if row else None

    def _sample(self, session: Session, pk: int) -> list[MergeLink]:
        """The first `MERGE_SAMPLE` reports of merged event ``pk``, from the cache when still right."""
        pks = tuple(
            session.scalars(
                select(EventRow.pk)
                .where(EventRow.merged_pk == pk)
                .order_by(EventRow.merge_order, EventRow.pk)
                .limit(MERGE_SAMPLE)
            )
        )
        cached = self._samples.get(pk)
        if cached is not None and cached[0] == pks:
            return cached[1]
        links = self._members(session, pk, limit=MERGE_SAMPLE)
        self._samples[pk] = (pks, links)
        return links

    def _refresh_merged(self, session: Session, pk: int) -> None:
        """Recompute a merged event's summary columns from its reports (delete it when none are left)."""
        merged = session.get(MergedEventRow, pk)
        if merged is None:
            return
        links = self._members(session, pk)
        if not links:
            session.delete(merged)
            session.flush()
            return
        summary = merge_reports(f"m{pk}", links)
        first = session.get(EventRow, self._member_pks(session, pk)[0])
        assert first is not None
        merged.plover_type = summary.plover.type
        merged.status = summary.status
        merged.place_pk = self._place_for(session, summary.place)
        merged.actor1_pk = self._actor_for(session, summary.actor1)
        merged.actor2_pk = self._actor_for(session, summary.actor2)
        merged.controller_pk = first.controller_pk
        merged.has_territory = summary.has_territory
        merged.date_start = _date(summary.date.start)
        merged.date_end = _date(summary.date.end)
        merged.reports = summary.reports
        merged.first_seen = _date(summary.first_seen)
        merged.last_seen = _date(summary.last_seen)
        merged.acled_event_type = summary.acled.event_type if summary.acled else None
        merged.acled_sub_event_type = (summary.acled.sub_event_type or None) if summary.acled else None
        session.flush()

    def _member_pks(self, session: Session, pk: int) -> list[int]:
        return list(
            session.scalars(
                select(EventRow.pk)
                .where(EventRow.merged_pk == pk)
                .order_by(EventRow.merge_order, EventRow.pk)
            )
        )

    def _members(self, session: Session, pk: int, limit: int | None = None) -> list[MergeLink]:
        query = (
            select(EventRow)
            .where(EventRow.merged_pk == pk)
            .order_by(EventRow.merge_order, EventRow.pk)
            .options(
                selectinload(EventRow.sources), selectinload(EventRow.evidence), joinedload(EventRow.article)
            )
        )
        if limit is not None:
            query = query.limit(limit)
        rows = session.scalars(query).all()
        return [MergeLink(self._report(session, r, r.article), r.merge_reason or "") for r in rows]

    def _place_for(self, session: Session, place: PlaceRef | None) -> int | None:
        if place is None:
            return None
        return session.scalars(select(PlaceRow.pk).where(PlaceRow.key == place.key)).one_or_none()

    def _actor_for(self, session: Session, actor: ActorRef | None) -> int | None:
        if actor is None:
            return None
        return session.scalars(select(ActorRow.pk).where(ActorRow.name == actor.name)).one_or_none()

    def _report(self, session: Session, e: EventRow, article: ArticleRow) -> EventReport:
        seen = article.date or (article.ingested_at.date() if article.ingested_at else None)
        return EventReport(
            article=article.id,
            event=e.local_id,
            plover=Plover(e.plover_type, e.plover_mode, list(e.plover_contexts)),
            acled=AcledType(e.acled_event_type, e.acled_sub_event_type or "") if e.acled_event_type else None,
            actor1=_actor_ref(session, e.actor1_pk),
            actor2=_actor_ref(session, e.actor2_pk),
            place=_place_ref(session, e.place_pk),
            start=e.date_start,
            end=e.date_end,
            precision=e.precision,  # type: ignore[arg-type]
            status=e.status,  # type: ignore[arg-type]
            has_territory=e.has_territory,
            controller=_actor_ref(session, e.controller_pk),
            count=e.count,
            fatalities=e.fatalities,
            sources=[
                Source(s.name, s.kind, _actor_name(session, s.actor_pk))  # type: ignore[arg-type]
                for s in e.sources
            ],
            evidence=[EvidenceRef(article.id, v.start, v.end, v.text) for v in e.evidence],
            confidence=e.confidence,
            seen=seen,
            place_named=e.place_named,
            article_title=article.title,
            article_outlet=article.outlet,
        )

    # ------------------------------------------------------------------ near-duplicates

    def _find_duplicates(self, session: Session, row: ArticleRow) -> None:
        sig = row.signature or []
        keys = band_keys(sig)
        # one executemany: dozens of ORM objects per article were the slowest part of ingest
        session.execute(insert(BandRow), [{"article_pk": row.pk, "band": key} for key in keys])
        session.flush()
        others = set(
            session.scalars(
                select(BandRow.article_pk).where(BandRow.band.in_(keys), BandRow.article_pk != row.pk)
            )
        )
        # only the signatures: loading whole candidate rows (text and record) made this the slowest step
        signatures = session.execute(
            select(ArticleRow.pk, ArticleRow.signature)
            .where(ArticleRow.pk.in_(others))
            .order_by(ArticleRow.pk)
        ).all()
        for other_pk, other_signature in signatures:
            if not other_signature:
                continue
            similarity = estimated_similarity(sig, other_signature)
            if similarity >= dedup.THRESHOLD:
                low, high = sorted((row.pk, other_pk))
                session.add(DuplicateRow(article_pk=low, other_pk=high, similarity=similarity))
        session.flush()

    # ------------------------------------------------------------------ reading

    def articles(self) -> list[StoredArticle]:
        """Every stored article, oldest publication date first, with its events and near-duplicates."""
        with self.sessions() as session:
            counts = dict(
                session.execute(select(EventRow.article_pk, func.count()).group_by(EventRow.article_pk)).all()
            )
            ids = dict(session.execute(select(ArticleRow.pk, ArticleRow.id)).all())
            dupes: dict[int, list[str]] = {}
            for a, b in session.execute(select(DuplicateRow.article_pk, DuplicateRow.other_pk)).all():
                dupes.setdefault(a, []).append(ids[b])
                dupes.setdefault(b, []).append(ids[a])
            rows = session.execute(
                select(
                    ArticleRow.pk,
                    ArticleRow.id,
                    ArticleRow.title,
                    ArticleRow.date,
                    ArticleRow.outlet,
                    ArticleRow.url,
                ).order_by(ArticleRow.date.is_(None), ArticleRow.date, ArticleRow.id)
            ).all()
            return [
                StoredArticle(
                    id=r.id,
                    title=r.title,
                    date=r.date.isoformat() if r.date else None,
                    outlet=r.outlet,
                    url=r.url,
                    events=counts.get(r.pk, 0),
                    duplicates=sorted(dupes.get(r.pk, [])),
                )
                for r in rows
            ]

    def record(self, article_id: str) -> ArticleRecord | None:
        """The stored frontwire/1 record of an article, as it was ingested."""
        with self.sessions() as session:
            data = session.scalars(select(ArticleRow.record).where(ArticleRow.id == article_id)).one_or_none()
        return ArticleRecord.from_dict(data) if data is not None else None

    def events(
        self,
        place: str | None = None,
        actor: str | None = None,
        type_: str | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[MergedEvent]:
        """Merged events, oldest first, optionally only those matching every filter given.

        ``place`` matches a place's name, its admin1 or its GeoNames id; ``actor`` part of either
        actor's name; ``type_`` a PLOVER type, an ACLED event type or sub-event type.
        """
        query = select(MergedEventRow.pk)
        if place:
            p = aliased(PlaceRow)
            needle = place.strip().casefold()
            conditions = [func.lower(p.name) == needle, func.lower(p.admin1) == needle]
            if needle.isascii() and needle.isdigit() and int(needle) < 2**31:
                conditions.append(p.geonameid == int(needle))
            query = query.join(p, MergedEventRow.place_pk == p.pk).where(or_(*conditions))
        if actor:
            a1, a2 = aliased(ActorRow), aliased(ActorRow)
            needle = actor.strip().casefold()
            query = (
                query.outerjoin(a1, MergedEventRow.actor1_pk == a1.pk)
                .outerjoin(a2, MergedEventRow.actor2_pk == a2.pk)
                # autoescape: a % or _ in the name asked for is that character, not a wildcard
                .where(
                    or_(
                        func.lower(a1.name).contains(needle, autoescape=True),
                        func.lower(a2.name).contains(needle, autoescape=True),
                    )
                )
            )
        wanted_type = type_.strip() if type_ else None
        if wanted_type and wanted_type.upper() in PLOVER_TYPES:
            query = query.where(MergedEventRow.plover_type == wanted_type.upper())
            wanted_type = None
        if since:
            query = query.where(func.coalesce(MergedEventRow.date_end, MergedEventRow.date_start) >= since)
        if until:
            query = query.where(MergedEventRow.date_start <= until)
        query = query.order_by(MergedEventRow.date_start, MergedEventRow.pk)
        with self.sessions() as session:
            pks = list(session.scalars(query))
            out = [self._merged_event(session, pk) for pk in pks]
        events = [e for e in out if e is not None]
        if wanted_type:
            folded = wanted_type.casefold()
            events = [
                e
                for e in events
                if e.acled and folded in (e.acled.event_type.casefold(), e.acled.sub_event_type.casefold())
            ]
        return events

    def merged(self, merged_id: str) -> MergedEvent | None:
        """One merged event with its reports and why each was merged (None if there is no such id)."""
        pk = merged_pk(merged_id)
        if pk is None:
            return None
        with self.sessions() as session:
            return self._merged_event(session, pk)

    def _merged_event(self, session: Session, pk: int) -> MergedEvent | None:
        links = self._members(session, pk)
        return merge_reports(f"m{pk}", links) if links else None

    def control(self, place: str | None = None) -> list[PlaceControl]:
        """Territorial-control timelines, of every place or of those matching ``place``."""
        with self.sessions() as session:
            pks = list(
                session.scalars(
                    select(MergedEventRow.pk)
                    .where(MergedEventRow.has_territory, MergedEventRow.controller_pk.is_not(None))
                    .order_by(MergedEventRow.pk)
                )
            )
            merged = [self._merged_event(session, pk) for pk in pks]
        timelines = control_timeline(e for e in merged if e is not None)
        if place:
            needle = place.strip().casefold()
            timelines = [
                t
                for t in timelines
                if needle
                in (t.place.name.casefold(), (t.place.admin1 or "").casefold(), str(t.place.geonameid))
            ]
        return timelines


#: PostgreSQL errors worth running a transaction again for: serialisation failure, deadlock, lock
#: not available
_PG_TRANSIENT = {"40001", "40P01", "55P03"}
#: how often a transaction is run again after a transient error (backing off up to 2 s a time)
RETRIES = 12


def _retries(exc: DBAPIError) -> int:
    """How many attempts an error earns in all: 0 when running the transaction again cannot help."""
    if isinstance(exc, IntegrityError):
        # another process stored the same article between our check and our insert: once more
        # finds it stored; any other integrity error is a bug that retrying would only repeat
        return 2
    state = getattr(exc.orig, "sqlstate", None)
    if state in _PG_TRANSIENT:
        return RETRIES
    if isinstance(exc, OperationalError) and state is None:
        message = str(exc.orig).lower()
        if "database is locked" in message or "database is busy" in message or "table is locked" in message:
            return RETRIES
    return 0


def _mentions(items: Iterable[Any]) -> list[dict[str, Any]]:
    return [{"text": m.text, "start": m.start, "end": m.end} for m in items]


def _date(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def _actor_ref(session: Session, pk: int | None) -> ActorRef | None:
    if pk is None:
        return None
    # actors and places never change once stored; the session's identity map holds rows only
    # weakly, so without this cache every report would query them again
    cache: dict[int, ActorRef | None] = session.info.setdefault("actor_refs", {})
    if pk not in cache:
        row = session.get(ActorRow, pk)
        cache[pk] = ActorRef(row.name, row.type, row.country) if row else None  # type: ignore[arg-type]
    return cache[pk]


def _actor_name(session: Session, pk: int | None) -> str | None:
    actor = _actor_ref(session, pk)
    return actor.name if actor else None


def _place_ref(session: Session, pk: int | None) -> PlaceRef | None:
    if pk is None:
        return None
    cache: dict[int, PlaceRef | None] = session.info.setdefault("place_refs", {})
    if pk not in cache:
        row = session.get(PlaceRow, pk)
        cache[pk] = (
            PlaceRef(row.name, row.geonameid, row.country, row.admin1, row.lat, row.lon, row.feature)  # type: ignore[arg-type]
            if row
            else None
        )
    return cache[pk]


def ingest_all(store: Store, records: Sequence[ArticleRecord]) -> list[IngestOutcome]:
    """Ingest several records, one transaction each."""
    return [store.ingest(r) for r in records]


def stored_unchanged(store: Store, article: ArticleInput) -> bool:
    """Whether ``article`` (before extraction) is already stored with the same text."""
    from frontwire.assemble import article_id

    key = article.id or article_id(article.text)
    with store.sessions() as session:
        digest = session.scalars(select(ArticleRow.text_hash).where(ArticleRow.id == key)).one_or_none()
    return digest == text_hash(article.text)
