"""Indexes for event lists on big stores: each filter's index ends in the list's order.

A page of merged events is read oldest first (date_start, pk). With an index per filter that ends
in that order (and date_end for ``since``), a filtered page is a short walk down one index and
counting the matches reads the index alone; the single-column indexes these replace served
lookups only. An index on each merged event's span (days from start to end) bounds how far
before ``since`` a list looks for events still running. Reports get one index in the order they
joined their merged event, with their ACLED types, so a merged event's own ACLED type (its first
report's) is read from the index alone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 18:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None

#: name -> columns of the new plain indexes on merged_events
MERGED_INDEXES = {
    "ix_merged_events_date": ["date_start", "pk", "date_end"],
    "ix_merged_events_place_date": ["place_pk", "date_start", "pk", "date_end"],
    "ix_merged_events_actor1_date": ["actor1_pk", "date_start", "pk", "date_end"],
    "ix_merged_events_actor2_date": ["actor2_pk", "date_start", "pk", "date_end"],
    "ix_merged_events_status_date": ["status", "date_start", "pk", "date_end"],
}
#: the single-column indexes the new ones make redundant (a composite index serves its first column)
REPLACED = {
    "ix_merged_events_place_pk": ("merged_events", "place_pk"),
    "ix_merged_events_actor1_pk": ("merged_events", "actor1_pk"),
    "ix_merged_events_actor2_pk": ("merged_events", "actor2_pk"),
    "ix_events_merged_pk": ("events", "merged_pk"),
}
SPAN = {
    "sqlite": ("ix_merged_events_span_sqlite", "(julianday(date_end) - julianday(date_start))"),
    "postgresql": ("ix_merged_events_span_postgresql", "(date_end - date_start)"),
}


def upgrade() -> None:
    """Apply this revision."""
    for name, columns in MERGED_INDEXES.items():
        op.create_index(name, "merged_events", columns, unique=False)
    op.create_index(
        "ix_events_merged_order",
        "events",
        ["merged_pk", "merge_order", "pk", "acled_event_type", "acled_sub_event_type"],
        unique=False,
    )
    span = SPAN.get(op.get_bind().dialect.name)
    if span is not None:
        op.create_index(span[0], "merged_events", [sa.text(span[1])], unique=False)
    for name, (table, _) in REPLACED.items():
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    """Undo this revision."""
    for name, (table, column) in REPLACED.items():
        op.create_index(name, table, [column], unique=False)
    span = SPAN.get(op.get_bind().dialect.name)
    if span is not None:
        op.drop_index(span[0], table_name="merged_events")
    op.drop_index("ix_events_merged_order", table_name="events")
    for name in MERGED_INDEXES:
        op.drop_index(name, table_name="merged_events")
