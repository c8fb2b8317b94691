"""A merged event's own ACLED type on its row, and indexes that answer combined filters alone.

An ACLED filter read each merged event's first report with a type (a sub-query per event): the
merged event now carries that type itself (``acled_event_type``, ``acled_sub_event_type``, kept in
step with its reports by the store), backfilled here, with an index per column in the list's order
on the lower-cased name (filters compare names case-blind).

A filter combined with another walked one index and read the table row of every entry to test the
rest. Now the filters that are rarely selective alone (PLOVER type, status) ride along at the end
of the place, actor and status indexes, and the date index (which a list walks when its filters
match many events) carries every filter column, so those tests are made in the index. The PLOVER
type index gains the key, so it too ends in the list's order. The span index gains the start: the
events of one span still running on a day are one short range of it, so a ``since`` list starts at
the earliest of them instead of the longest span before ``since`` (a year of events walked for nothing).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 19:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from frontwire.store.migrations import refresh_statistics

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None

ORDER = ["date_start", "pk", "date_end"]
#: name -> (columns of revision 0002 or 0001, columns now)
REBUILT = {
    "ix_merged_events_place_date": (["place_pk", *ORDER], ["place_pk", *ORDER, "plover_type", "status"]),
    "ix_merged_events_actor1_date": (["actor1_pk", *ORDER], ["actor1_pk", *ORDER, "plover_type", "status"]),
    "ix_merged_events_actor2_date": (["actor2_pk", *ORDER], ["actor2_pk", *ORDER, "plover_type", "status"]),
    "ix_merged_events_status_date": (["status", *ORDER], ["status", *ORDER, "plover_type"]),
}
#: old name -> (its columns, new name, the new columns)
RENAMED = {
    "ix_merged_events_type_dates": (
        ["plover_type", "date_start", "date_end"],
        "ix_merged_events_type_date",
        ["plover_type", *ORDER, "status"],
    ),
    "ix_merged_events_date": (
        ORDER,
        "ix_merged_events_date_all",
        [*ORDER, "plover_type", "status", "place_pk", "actor1_pk", "actor2_pk", "acled_event_type",
         "acled_sub_event_type"],
    ),
}  # fmt: skip
#: dialect -> (name, days a merged event spans) of the span index of revision 0002
SPAN = {
    "sqlite": ("ix_merged_events_span_sqlite", "(julianday(date_end) - julianday(date_start))"),
    "postgresql": ("ix_merged_events_span_postgresql", "(date_end - date_start)"),
}
ACLED = {
    "ix_merged_events_acled_type_date": "acled_event_type",
    "ix_merged_events_acled_sub_type_date": "acled_sub_event_type",
}


def _first(column: str) -> str:
    """SQL for a merged event's ``column`` taken from its first report with an ACLED type."""
    return (
        f"(SELECT e.{column} FROM events e WHERE e.merged_pk = merged_events.pk "
        "AND e.acled_event_type IS NOT NULL ORDER BY e.merge_order, e.pk LIMIT 1)"
    )


def upgrade() -> None:
    """Apply this revision."""
    op.add_column("merged_events", sa.Column("acled_event_type", sa.String(length=60), nullable=True))
    op.add_column("merged_events", sa.Column("acled_sub_event_type", sa.String(length=80), nullable=True))
    # an empty sub-event type is none, as the store writes it
    op.execute(
        sa.text(
            f"UPDATE merged_events SET acled_event_type = {_first('acled_event_type')}, "
            f"acled_sub_event_type = NULLIF({_first('acled_sub_event_type')}, '')"
        )
    )
    for name, (_, columns) in REBUILT.items():
        op.drop_index(name, table_name="merged_events")
        op.create_index(name, "merged_events", columns, unique=False)
    for old, (_, name, columns) in RENAMED.items():
        op.drop_index(old, table_name="merged_events")
        op.create_index(name, "merged_events", columns, unique=False)
    for name, column in ACLED.items():
        op.create_index(name, "merged_events", [sa.text(f"lower({column})"), *ORDER], unique=False)
    bind = op.get_bind()
    span = SPAN.get(bind.dialect.name)
    if span is not None:
        op.drop_index(span[0], table_name="merged_events")
        op.create_index(span[0], "merged_events", [sa.text(span[1]), "date_start"], unique=False)
    refresh_statistics("merged_events")


def downgrade() -> None:
    """Undo this revision."""
    span = SPAN.get(op.get_bind().dialect.name)
    if span is not None:
        op.drop_index(span[0], table_name="merged_events")
        op.create_index(span[0], "merged_events", [sa.text(span[1])], unique=False)
    for name in ACLED:
        op.drop_index(name, table_name="merged_events")
    for old, (columns, name, _) in RENAMED.items():
        op.drop_index(name, table_name="merged_events")
        op.create_index(old, "merged_events", columns, unique=False)
    for name, (columns, _) in REBUILT.items():
        op.drop_index(name, table_name="merged_events")
        op.create_index(name, "merged_events", columns, unique=False)
    with op.batch_alter_table("merged_events") as batch_op:
        batch_op.drop_column("acled_sub_event_type")
        batch_op.drop_column("acled_event_type")
