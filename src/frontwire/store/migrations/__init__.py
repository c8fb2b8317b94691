"""Alembic migrations of the Frontwire store, run by `frontwire.store.engine.migrate` on open."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


def refresh_statistics(table: str) -> None:
    """Gather the planner's statistics for ``table`` again after its indexes changed.

    A store whose statistics were gathered (SQLite keeps them only when asked) needs them for new
    indexes too, or the planner weighs old indexes by numbers and new ones by guesses; read from a
    sample of each index, this takes a moment even on a million events. Call it inside a revision.
    """
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        analysed = bind.execute(
            sa.text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'")
        ).first()
        if analysed:
            op.execute(sa.text("PRAGMA analysis_limit=1000"))
            op.execute(sa.text(f"ANALYZE {table}"))
    elif bind.dialect.name == "postgresql":
        op.execute(sa.text(f"ANALYZE {table}"))
