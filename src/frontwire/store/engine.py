"""Where the store lives and how to open it: database URLs, engines, sessions and migrations."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

#: the store used when neither ``--db`` nor ``FRONTWIRE_DB`` names one
DEFAULT_DB = "sqlite:///frontwire.db"
#: how long SQLite waits for another writer before giving up (milliseconds)
SQLITE_BUSY_TIMEOUT_MS = 30_000

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def resolve_url(db: str | None = None) -> str:
    """The database URL to use: ``db``, else ``FRONTWIRE_DB``, else ``frontwire.db`` here.

    A bare path means an SQLite file; ``postgresql://`` is read with psycopg 3.
    """
    value = (db or os.environ.get("FRONTWIRE_DB") or DEFAULT_DB).strip()
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser()}"
    scheme, rest = value.split("://", 1)
    if scheme in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return value


def display_url(url: str) -> str:
    """The URL with any password hidden, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers work while an ingest writes; NORMAL sync is safe with WAL (a crash may lose
    # the last commit, never corrupt the file); foreign keys make deletes cascade
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url`` (already resolved), with SQLite set up for concurrent use."""
    if url.startswith("sqlite"):
        database = make_url(url).database
        if database and database != ":memory:":
            parent = Path(database).expanduser().resolve().parent
            if not parent.is_dir():
                raise FileNotFoundError(f"the directory of the database does not exist: {parent}")
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def migrate(engine: Engine) -> None:
    """Bring the database schema up to the newest Alembic revision (creating it when empty)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_engine(db: str | None = None) -> tuple[Engine, sessionmaker[Session]]:
    """Open (and migrate) the store at ``db``; return its engine and a session factory."""
    engine = make_engine(resolve_url(db))
    migrate(engine)
    return engine, sessionmaker(engine, expire_on_commit=False)
