"""Where the store lives and how to open it: database URLs, engines, sessions and migrations."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

#: the store used when neither ``--db`` nor ``FRONTWIRE_DB`` names one
DEFAULT_DB = "sqlite:///frontwire.db"
#: how long SQLite waits for another writer before giving up (milliseconds)
SQLITE_BUSY_TIMEOUT_MS = 30_000
#: how many times a store SQLite reports locked is opened before the error stands
SQLITE_OPEN_ATTEMPTS = 6

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
    # the last commit, never corrupt the file); foreign keys make deletes cascade. The busy timeout
    # comes first: switching a new file to WAL needs a lock another process may hold
    cursor.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_MS)}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
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


#: the PostgreSQL advisory lock key held while migrating ("frontwir" in ASCII)
PG_MIGRATE_LOCK = 0x66726F6E74776972
#: the PostgreSQL advisory lock key a writing transaction holds from its first read to its commit
PG_WRITE_LOCK = 0x66726F6E74776973


def migrate(engine: Engine) -> None:
    """Bring the database schema up to the newest Alembic revision (creating it when empty).

    Processes started together on an empty store would otherwise both create the tables: the
    second waits here (SQLite: the write lock; PostgreSQL: an advisory lock), then finds the schema
    current. SQLite and PostgreSQL both run DDL in transactions, so a migration is all or nothing.
    """
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        if engine.dialect.name == "sqlite":
            # the sqlite3 module would run the DDL outside any transaction: begin one, holding the
            # write lock from the start (waits up to the busy timeout for another migrating process)
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        elif engine.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATE_LOCK})
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def open_engine(db: str | None = None) -> tuple[Engine, sessionmaker[Session]]:
    """Open (and migrate) the store at ``db``; return its engine and a session factory.

    SQLite answers "database is locked" at once, without waiting out the busy timeout, in a few
    cases (a file switching to WAL or recovering its log while another process opens it): opening
    is tried again a few times, with growing pauses, before the error is reported.
    """
    engine = make_engine(resolve_url(db))
    for attempt in range(SQLITE_OPEN_ATTEMPTS):
        try:
            migrate(engine)
            break
        except OperationalError as exc:
            locked = engine.dialect.name == "sqlite" and "database is locked" in str(exc)
            if not locked or attempt == SQLITE_OPEN_ATTEMPTS - 1:
                raise
            engine.dispose()  # a fresh connection runs the pragmas again
            time.sleep(0.1 * 2**attempt)
    return engine, sessionmaker(engine, expire_on_commit=False)
