"""SQLAlchemy models of the store: articles, places, actors, events, sources, evidence, quotes.

Articles keep their whole frontwire/1 record (``record``) next to the normalised tables that
queries use, so nothing the extractor said is lost and every event leads back, through its
evidence rows, to the exact sentence of the exact article.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    """The declarative base of every Frontwire table."""


class ArticleRow(Base):
    """A stored article: its metadata, normalised text, a hash of the text and its whole record."""

    __tablename__ = "articles"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    outlet: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))
    signature: Mapped[list[int] | None] = mapped_column(JSON)
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    events: Mapped[list[EventRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class PlaceRow(Base):
    """A place across articles, one row per GeoNames id (or name, feature and country)."""

    __tablename__ = "places"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(300), index=True)
    geonameid: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(String(300))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    feature: Mapped[str] = mapped_column(String(20))


class ActorRow(Base):
    """A canonical actor across articles."""

    __tablename__ = "actors"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    type: Mapped[str] = mapped_column(String(40))
    country: Mapped[str | None] = mapped_column(String(2))


class ArticlePlaceRow(Base):
    """A place as one article names it: its article-local id and its mentions."""

    __tablename__ = "article_places"

    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True)
    local_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    place_pk: Mapped[int] = mapped_column(ForeignKey("places.pk"), index=True)
    mentions: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class ArticleActorRow(Base):
    """An actor as one article names it: its article-local id and its mentions."""

    __tablename__ = "article_actors"

    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True)
    local_id: Mapped[str] = mapped_column(String(20), primary_key=True)
    actor_pk: Mapped[int] = mapped_column(ForeignKey("actors.pk"), index=True)
    mentions: Mapped[list[dict[str, Any]]] = mapped_column(JSON)


class MergedEventRow(Base):
    """One happening across articles; its summary columns serve queries and are kept in step
    with its reports (the ``events`` pointing at it)."""

    __tablename__ = "merged_events"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    plover_type: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    place_pk: Mapped[int | None] = mapped_column(ForeignKey("places.pk"))
    actor1_pk: Mapped[int | None] = mapped_column(ForeignKey("actors.pk"))
    actor2_pk: Mapped[int | None] = mapped_column(ForeignKey("actors.pk"))
    controller_pk: Mapped[int | None] = mapped_column(ForeignKey("actors.pk"))
    has_territory: Mapped[bool] = mapped_column(default=False)
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    reports: Mapped[int] = mapped_column(Integer, default=0)
    first_seen: Mapped[dt.date | None] = mapped_column(Date)
    last_seen: Mapped[dt.date | None] = mapped_column(Date)
    # the merged event's own ACLED type: that of its first report with one, as `merge_reports`
    # reads it, copied here so that an ACLED filter walks an index instead of reading reports
    acled_event_type: Mapped[str | None] = mapped_column(String(60))
    acled_sub_event_type: Mapped[str | None] = mapped_column(String(80))

    # Event lists are read oldest first, a page at a time: each filter's index ends in the list's
    # order (date_start, pk), so a page of a filtered list is a short walk down one index, and a
    # count of the matches reads the index alone; date_end rides along for ``since`` (see
    # docs/performance.md, revision 0002).
    # The filters that are rarely selective alone (type, status) ride along at the end of the
    # others, and the date index carries every filter column: whichever index a combination of
    # filters walks, it tests the rest in the index without reading table rows (revision 0003).
    __table_args__ = (
        Index("ix_merged_events_type_date", "plover_type", "date_start", "pk", "date_end", "status"),
        Index(
            "ix_merged_events_date_all",
            "date_start",
            "pk",
            "date_end",
            "plover_type",
            "status",
            "place_pk",
            "actor1_pk",
            "actor2_pk",
            "acled_event_type",
            "acled_sub_event_type",
        ),
        Index(
            "ix_merged_events_place_date", "place_pk", "date_start", "pk", "date_end", "plover_type", "status"
        ),
        Index(
            "ix_merged_events_actor1_date",
            "actor1_pk",
            "date_start",
            "pk",
            "date_end",
            "plover_type",
            "status",
        ),
        Index(
            "ix_merged_events_actor2_date",
            "actor2_pk",
            "date_start",
            "pk",
            "date_end",
            "plover_type",
            "status",
        ),
        Index("ix_merged_events_status_date", "status", "date_start", "pk", "date_end", "plover_type"),
    )


class EventRow(Base):
    """One article's event, as extracted, pointing at the merged event it belongs to."""

    __tablename__ = "events"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), index=True)
    local_id: Mapped[str] = mapped_column(String(20))
    plover_type: Mapped[str] = mapped_column(String(20))
    plover_mode: Mapped[str | None] = mapped_column(String(40))
    plover_contexts: Mapped[list[str]] = mapped_column(JSON)
    acled_event_type: Mapped[str | None] = mapped_column(String(60))
    acled_sub_event_type: Mapped[str | None] = mapped_column(String(80))
    actor1_pk: Mapped[int | None] = mapped_column(ForeignKey("actors.pk"))
    actor2_pk: Mapped[int | None] = mapped_column(ForeignKey("actors.pk"))
    place_pk: Mapped[int | None] = mapped_column(ForeignKey("places.pk"))
    place_named: Mapped[bool] = mapped_column(default=True)
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    precision: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20))
    has_territory: Mapped[bool] = mapped_column(default=False)
    controller_pk: Mapped[int | None] = mapped_column(ForeignKey("actors.pk"))
    count: Mapped[int | None] = mapped_column(Integer)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    merged_pk: Mapped[int | None] = mapped_column(ForeignKey("merged_events.pk"))
    merge_order: Mapped[int] = mapped_column(Integer, default=0)
    merge_reason: Mapped[str | None] = mapped_column(Text)

    # a merged event's reports in the order they joined it, with their ACLED types: a merged
    # event's own ACLED type (its first report's) is read from this index alone
    __table_args__ = (
        Index(
            "ix_events_merged_order",
            "merged_pk",
            "merge_order",
            "pk",
            "acled_event_type",
            "acled_sub_event_type",
        ),
    )

    article: Mapped[ArticleRow] = relationship(back_populates="events")
    sources: Mapped[list[SourceRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="SourceRow.position"
    )
    evidence: Mapped[list[EvidenceRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="EvidenceRow.position"
    )


class SourceRow(Base):
    """Who reports an event: the name as written, its kind and its actor."""

    __tablename__ = "event_sources"

    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(20))
    actor_pk: Mapped[int | None] = mapped_column(ForeignKey("actors.pk"))


class EvidenceRow(Base):
    """A stretch of the article an event was read from, with its text as it stands there."""

    __tablename__ = "evidence"

    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class QuoteRow(Base):
    """A direct quotation in an article and who said it."""

    __tablename__ = "quotes"

    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    speaker: Mapped[str | None] = mapped_column(Text)
    speaker_actor_pk: Mapped[int | None] = mapped_column(ForeignKey("actors.pk"))
    role: Mapped[str | None] = mapped_column(Text)


class DuplicateRow(Base):
    """Two stored articles whose texts are near-duplicates (one row per pair, lower pk first)."""

    __tablename__ = "article_duplicates"

    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True)
    other_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True)
    similarity: Mapped[float] = mapped_column(Float)


class BandRow(Base):
    """One locality-sensitive-hashing band of an article's text signature: articles that share a
    band are candidates for near-duplicates."""

    __tablename__ = "article_bands"

    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.pk", ondelete="CASCADE"), primary_key=True)
    band: Mapped[str] = mapped_column(String(40), primary_key=True)

    __table_args__ = (Index("ix_article_bands_band", "band"),)


#: how many days a merged event spans (None without an end): its largest value, read from these
#: indexes in one step, bounds how far before ``since`` a list must look for events still running
SPAN_DAYS = {
    "sqlite": func.julianday(MergedEventRow.date_end) - func.julianday(MergedEventRow.date_start),
    "postgresql": MergedEventRow.date_end - MergedEventRow.date_start,
}
# with the start next, each span's events still running on a day are one short range (revision 0003)
Index("ix_merged_events_span_sqlite", SPAN_DAYS["sqlite"], MergedEventRow.date_start).ddl_if(dialect="sqlite")
Index("ix_merged_events_span_postgresql", SPAN_DAYS["postgresql"], MergedEventRow.date_start).ddl_if(
    dialect="postgresql"
)

#: ACLED filters compare names case-blind: the lower-cased event type and sub-event type, each
#: indexed in the list's order (revision 0003), carrying the other filter columns as the date index
#: does, and the names themselves, without which SQLite reads the row anyway (revision 0004)
ACLED_NAMES = (func.lower(MergedEventRow.acled_event_type), func.lower(MergedEventRow.acled_sub_event_type))
for _name, _expression in zip(
    ("ix_merged_events_acled_type_date", "ix_merged_events_acled_sub_type_date"), ACLED_NAMES, strict=True
):
    Index(
        _name,
        _expression,
        MergedEventRow.date_start,
        MergedEventRow.pk,
        MergedEventRow.date_end,
        MergedEventRow.plover_type,
        MergedEventRow.status,
        MergedEventRow.place_pk,
        MergedEventRow.actor1_pk,
        MergedEventRow.actor2_pk,
        MergedEventRow.acled_event_type,
        MergedEventRow.acled_sub_event_type,
    )
