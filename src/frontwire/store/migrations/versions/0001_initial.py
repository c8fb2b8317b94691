"""Initial schema: articles, places, actors, events, sources, evidence, quotes, merged events.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-25 16:00:08.868120
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Apply this revision."""

    op.create_table(
        "actors",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("type", sa.String(length=40), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("outlet", sa.String(length=300), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.JSON(), nullable=True),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_articles_date"), ["date"], unique=False)

    op.create_table(
        "places",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("admin1", sa.String(length=300), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("feature", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
        sa.UniqueConstraint("key"),
    )
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_places_name"), ["name"], unique=False)

    op.create_table(
        "article_actors",
        sa.Column("article_pk", sa.Integer(), nullable=False),
        sa.Column("local_id", sa.String(length=20), nullable=False),
        sa.Column("actor_pk", sa.Integer(), nullable=False),
        sa.Column("mentions", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_pk"],
            ["actors.pk"],
        ),
        sa.ForeignKeyConstraint(["article_pk"], ["articles.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_pk", "local_id"),
    )
    with op.batch_alter_table("article_actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_actors_actor_pk"), ["actor_pk"], unique=False)

    op.create_table(
        "article_bands",
        sa.Column("article_pk", sa.Integer(), nullable=False),
        sa.Column("band", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["article_pk"], ["articles.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_pk", "band"),
    )
    with op.batch_alter_table("article_bands", schema=None) as batch_op:
        batch_op.create_index("ix_article_bands_band", ["band"], unique=False)

    op.create_table(
        "article_duplicates",
        sa.Column("article_pk", sa.Integer(), nullable=False),
        sa.Column("other_pk", sa.Integer(), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["article_pk"], ["articles.pk"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["other_pk"], ["articles.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_pk", "other_pk"),
    )
    op.create_table(
        "article_places",
        sa.Column("article_pk", sa.Integer(), nullable=False),
        sa.Column("local_id", sa.String(length=20), nullable=False),
        sa.Column("place_pk", sa.Integer(), nullable=False),
        sa.Column("mentions", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["article_pk"], ["articles.pk"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["place_pk"],
            ["places.pk"],
        ),
        sa.PrimaryKeyConstraint("article_pk", "local_id"),
    )
    with op.batch_alter_table("article_places", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_places_place_pk"), ["place_pk"], unique=False)

    op.create_table(
        "merged_events",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("plover_type", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("place_pk", sa.Integer(), nullable=True),
        sa.Column("actor1_pk", sa.Integer(), nullable=True),
        sa.Column("actor2_pk", sa.Integer(), nullable=True),
        sa.Column("controller_pk", sa.Integer(), nullable=True),
        sa.Column("has_territory", sa.Boolean(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("reports", sa.Integer(), nullable=False),
        sa.Column("first_seen", sa.Date(), nullable=True),
        sa.Column("last_seen", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor1_pk"],
            ["actors.pk"],
        ),
        sa.ForeignKeyConstraint(
            ["actor2_pk"],
            ["actors.pk"],
        ),
        sa.ForeignKeyConstraint(
            ["controller_pk"],
            ["actors.pk"],
        ),
        sa.ForeignKeyConstraint(
            ["place_pk"],
            ["places.pk"],
        ),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("merged_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_merged_events_actor1_pk"), ["actor1_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_merged_events_actor2_pk"), ["actor2_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_merged_events_place_pk"), ["place_pk"], unique=False)
        batch_op.create_index(
            "ix_merged_events_type_dates", ["plover_type", "date_start", "date_end"], unique=False
        )

    op.create_table(
        "quotes",
        sa.Column("article_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("speaker", sa.Text(), nullable=True),
        sa.Column("speaker_actor_pk", sa.Integer(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["article_pk"], ["articles.pk"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["speaker_actor_pk"],
            ["actors.pk"],
        ),
        sa.PrimaryKeyConstraint("article_pk", "position"),
    )
    op.create_table(
        "events",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("article_pk", sa.Integer(), nullable=False),
        sa.Column("local_id", sa.String(length=20), nullable=False),
        sa.Column("plover_type", sa.String(length=20), nullable=False),
        sa.Column("plover_mode", sa.String(length=40), nullable=True),
        sa.Column("plover_contexts", sa.JSON(), nullable=False),
        sa.Column("acled_event_type", sa.String(length=60), nullable=True),
        sa.Column("acled_sub_event_type", sa.String(length=80), nullable=True),
        sa.Column("actor1_pk", sa.Integer(), nullable=True),
        sa.Column("actor2_pk", sa.Integer(), nullable=True),
        sa.Column("place_pk", sa.Integer(), nullable=True),
        sa.Column("place_named", sa.Boolean(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("precision", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("has_territory", sa.Boolean(), nullable=False),
        sa.Column("controller_pk", sa.Integer(), nullable=True),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("fatalities", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("merged_pk", sa.Integer(), nullable=True),
        sa.Column("merge_order", sa.Integer(), nullable=False),
        sa.Column("merge_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor1_pk"],
            ["actors.pk"],
        ),
        sa.ForeignKeyConstraint(
            ["actor2_pk"],
            ["actors.pk"],
        ),
        sa.ForeignKeyConstraint(["article_pk"], ["articles.pk"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["controller_pk"],
            ["actors.pk"],
        ),
        sa.ForeignKeyConstraint(
            ["merged_pk"],
            ["merged_events.pk"],
        ),
        sa.ForeignKeyConstraint(
            ["place_pk"],
            ["places.pk"],
        ),
        sa.PrimaryKeyConstraint("pk"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_article_pk"), ["article_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_merged_pk"), ["merged_pk"], unique=False)

    op.create_table(
        "event_sources",
        sa.Column("event_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("actor_pk", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_pk"],
            ["actors.pk"],
        ),
        sa.ForeignKeyConstraint(["event_pk"], ["events.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_pk", "position"),
    )
    op.create_table(
        "evidence",
        sa.Column("event_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["event_pk"], ["events.pk"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("event_pk", "position"),
    )


def downgrade() -> None:
    """Undo this revision."""

    op.drop_table("evidence")
    op.drop_table("event_sources")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_merged_pk"))
        batch_op.drop_index(batch_op.f("ix_events_article_pk"))

    op.drop_table("events")
    op.drop_table("quotes")
    with op.batch_alter_table("merged_events", schema=None) as batch_op:
        batch_op.drop_index("ix_merged_events_type_dates")
        batch_op.drop_index(batch_op.f("ix_merged_events_place_pk"))
        batch_op.drop_index(batch_op.f("ix_merged_events_actor2_pk"))
        batch_op.drop_index(batch_op.f("ix_merged_events_actor1_pk"))

    op.drop_table("merged_events")
    with op.batch_alter_table("article_places", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_places_place_pk"))

    op.drop_table("article_places")
    op.drop_table("article_duplicates")
    with op.batch_alter_table("article_bands", schema=None) as batch_op:
        batch_op.drop_index("ix_article_bands_band")

    op.drop_table("article_bands")
    with op.batch_alter_table("article_actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_actors_actor_pk"))

    op.drop_table("article_actors")
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_places_name"))

    op.drop_table("places")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_date"))

    op.drop_table("articles")
    op.drop_table("actors")
