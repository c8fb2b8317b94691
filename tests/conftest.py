"""Shared fixtures: the loaded pipeline (once per session) and service requirements."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language
from sqlalchemy import Connection, Row, create_engine, func, select, text

from frontwire.nlp.pipeline import load_pipeline, make_doc
from frontwire.records import ArticleInput
from frontwire.store import resolve_url


def empty_store_url(backend: str, tmp_path: Path, filename: str = "store.db") -> str:
    """A URL of an empty store: a new SQLite file, or the PostgreSQL test database emptied.

    PostgreSQL needs ``FRONTWIRE_TEST_POSTGRES``; without it the test is skipped (failed in CI).
    """
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / filename}"
    url = os.environ.get("FRONTWIRE_TEST_POSTGRES", "")
    require(bool(url), "FRONTWIRE_TEST_POSTGRES is not set: no PostgreSQL server to test against")
    engine = create_engine(resolve_url(url))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


def stored_whole(connection: Connection) -> list[Row[Any]]:
    """The stored articles (pk, id, record), after checking none is half-stored: each has every
    event and place its record names, and every report is attached to a merged event."""
    from frontwire.store.models import ArticlePlaceRow, ArticleRow, EventRow

    stored = list(connection.execute(select(ArticleRow.pk, ArticleRow.id, ArticleRow.record)))
    events = dict(
        connection.execute(select(EventRow.article_pk, func.count()).group_by(EventRow.article_pk)).all()
    )
    places = dict(
        connection.execute(
            select(ArticlePlaceRow.article_pk, func.count()).group_by(ArticlePlaceRow.article_pk)
        ).all()
    )
    for pk, id_, record in stored:
        assert events.get(pk, 0) == len(record["events"]), id_
        assert places.get(pk, 0) == len(record["places"]), id_
    assert connection.scalar(select(func.count()).where(EventRow.merged_pk.is_(None))) == 0
    return stored


def require(available: bool, reason: str) -> None:
    """Skip a test whose service is missing, or fail it when FRONTWIRE_REQUIRE_ALL=1 (CI)."""
    if available:
        return
    if os.environ.get("FRONTWIRE_REQUIRE_ALL") == "1":
        pytest.fail(f"required in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def nlp() -> Language:
    """Frontwire's full pipeline, loaded once for the whole test session."""
    return load_pipeline()


@pytest.fixture(scope="session")
def read(nlp: Language) -> Callable[..., object]:
    """Run the whole pipeline over a text: ``read(text, date="2025-03-02")`` returns the Doc."""

    def run(text: str, date_: str | None = "2025-03-02", **meta: str) -> object:
        article = ArticleInput(text=text, date=date.fromisoformat(date_) if date_ else None, **meta)
        return nlp(make_doc(nlp, article))

    return run
