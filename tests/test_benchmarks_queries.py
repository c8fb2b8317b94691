"""The synthetic store of ``benchmarks/queries.py`` and the event lists it measures.

The generator writes straight into the store's tables, so these tests check that what it writes is
a store like any other: the app lists, filters and pages it, the store's own reading of its events
agrees with the API's, and its articles' records load. Event lists page and count in SQL; the
count stops early when asked to. No timing is asserted (the benchmark prints those).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text

from frontwire.store import Store, resolve_url
from frontwire.store.models import ArticleRow, EventRow, MergedEventRow, PlaceRow
from frontwire.web import create_app
from frontwire.web.queries import COUNT_CAP, EventQuery, feature, features, page_events, select_events

ROOT = Path(__file__).resolve().parents[1]
N = 2000


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store of N merged events made by the benchmark's generator (which then runs its queries once)."""
    db = f"sqlite:///{tmp_path_factory.mktemp('synthetic') / 'queries.db'}"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.queries", "--n", str(N), "--db", db, "--runs", "1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "Event list, page of 100" in done.stdout and f"{N:,} merged events" in done.stdout
    return db


@pytest.fixture(scope="module")
def client(synthetic: str) -> Iterator[TestClient]:
    with TestClient(create_app(synthetic)) as c:
        yield c


@pytest.fixture(scope="module")
def store(synthetic: str) -> Iterator[Store]:
    with Store(synthetic) as opened:
        yield opened


def _ids(client: TestClient, **params: Any) -> list[str]:
    page = client.get("/api/events", params={"limit": 20_000, **params}).json()
    assert page["total"] == len(page["items"]) and page["total_exact"] is True
    return [e["id"] for e in page["items"]]


def test_the_generated_store_is_consistent(store: Store) -> None:
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(MergedEventRow)) == N
        reports = session.scalar(select(func.count()).select_from(EventRow)) or 0
        assert N < reports < 2 * N  # some happenings were told by several articles
        # every report belongs to a merged event, and every merged event has a report per article
        orphans = session.scalar(select(func.count()).where(EventRow.merged_pk.is_(None)))
        assert orphans == 0
        counted = session.execute(
            select(EventRow.merged_pk, func.count(func.distinct(EventRow.article_pk))).group_by(
                EventRow.merged_pk
            )
        ).all()
        stored = dict(session.execute(select(MergedEventRow.pk, MergedEventRow.reports)).all())
        assert dict(counted) == stored
        first_article = session.scalar(select(ArticleRow.id).order_by(ArticleRow.pk).limit(1))
        assert session.scalar(select(func.count()).select_from(PlaceRow)) == 3000
    assert first_article is not None
    record = store.record(first_article)
    assert record is not None and record.events
    for event in record.events:  # evidence offsets point into the article's own text
        [span] = event.evidence
        assert record.article.text[span.start : span.end].endswith("officials said.")


def test_the_app_lists_and_shows_the_generated_events(client: TestClient, store: Store) -> None:
    page = client.get("/api/events", params={"limit": 100}).json()
    # counting stops COUNT_CAP matches past the page: "at least 1,100"
    assert (page["total"], page["total_exact"], len(page["items"])) == (100 + COUNT_CAP, False, 100)
    assert client.get("/api/events", params={"limit": 1500}).json()["total_exact"] is True
    starts = [e["date"]["start"] for e in page["items"]]
    assert starts == sorted(starts)
    first = page["items"][0]["id"]
    body = client.get(f"/api/events/{first}").json()
    assert body["members"] and body["members"][0]["evidence"]
    article = client.get(f"/api/articles/{body['members'][0]['article']}").json()
    assert article["events"] and article["spans"]
    # the map's features, read from the summary columns, agree with the events built from reports
    _, built = select_events(store, EventQuery(), limit=300)
    assert features(store, EventQuery(), limit=300) == [f for f in map(feature, built) if f is not None]


@pytest.mark.parametrize(
    "filters",
    [
        # the store's own path builds every event of the dates before checking an ACLED type: few dates
        {"type": "ASSAULT", "since": "2020-01-01", "until": "2020-12-31"},
        {"type": "Armed clash", "since": "2019-01-01", "until": "2019-12-31"},
        {"type": "Protests", "since": "2022-01-01", "until": "2022-12-31"},
        {"since": "2021-03-01", "until": "2021-04-30"},
        {"since": "2025-06-01"},
    ],
)
def test_filters_agree_with_the_store(client: TestClient, store: Store, filters: dict[str, str]) -> None:
    got = _ids(client, **filters)
    expected = store.events(
        type_=filters.get("type"),
        since=dt.date.fromisoformat(filters["since"]) if "since" in filters else None,
        until=dt.date.fromisoformat(filters["until"]) if "until" in filters else None,
    )
    assert got == [e.id for e in expected] and got


def test_place_actor_status_and_bbox_filters(client: TestClient, synthetic: str) -> None:
    engine = create_engine(resolve_url(synthetic))
    with engine.connect() as c:
        place, lat, lon = c.execute(text("SELECT name, lat, lon FROM places WHERE pk = 1")).one()
        actor = c.execute(text("SELECT name FROM actors WHERE pk = 1")).scalar_one()
    engine.dispose()
    at_place = client.get("/api/events", params={"place": place, "limit": 500}).json()["items"]
    assert at_place and {e["place"]["name"] for e in at_place} == {place}
    by_actor = client.get("/api/events", params={"actor": actor, "limit": 500}).json()["items"]
    assert by_actor and all(
        actor in {(e[k] or {}).get("name") for k in ("actor1", "actor2")} for e in by_actor
    )
    claimed = client.get("/api/events", params={"status": "claimed", "limit": 500}).json()["items"]
    assert claimed and {e["status"] for e in claimed} == {"claimed"}
    box = f"{lon - 1},{lat - 1},{lon + 1},{lat + 1}"
    boxed = client.get("/api/events", params={"bbox": box, "limit": 500}).json()["items"]
    assert boxed and all(
        abs(e["place"]["lat"] - lat) <= 1 and abs(e["place"]["lon"] - lon) <= 1 for e in boxed
    )
    both = _ids(client, place=place, type="PROTEST", status="occurred")
    assert set(both) <= {e["id"] for e in at_place} | set(_ids(client, place=place))


def test_pages_are_cut_in_order_and_counts_stop_early(client: TestClient, store: Store) -> None:
    everything = _ids(client, type="ASSAULT")
    pages: list[str] = []
    for offset in range(0, len(everything), 250):
        page = client.get("/api/events", params={"type": "ASSAULT", "limit": 250, "offset": offset}).json()
        assert page["total"] == len(everything) and page["total_exact"] is True
        pages += [e["id"] for e in page["items"]]
    assert pages == everything
    capped = page_events(store, EventQuery(), limit=10, offset=20, count_cap=50)
    assert (capped.total, capped.total_exact, len(capped.events)) == (80, False, 10)
    exact = page_events(store, EventQuery(type="ASSAULT"), limit=10, count_cap=None)
    assert (exact.total, exact.total_exact) == (len(everything), True)
    past_the_end = client.get("/api/events", params={"offset": N + 5}).json()
    assert past_the_end["items"] == [] and past_the_end["total"] == N


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database: an SQLite file, or the PostgreSQL test database emptied."""
    from conftest import empty_store_url

    yield empty_store_url(request.param, tmp_path, "old.db")


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
def test_a_store_made_at_revision_0001_upgrades_and_keeps_its_events(empty_db: str) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect

    from frontwire.store.engine import MIGRATIONS

    engine = create_engine(resolve_url(empty_db))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with engine.begin() as connection:  # an event stored at 0001
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0001"
        connection.execute(
            text(
                "INSERT INTO articles (pk, id, text, text_hash, record, date) "
                "VALUES (1, 'old', 'Crowds marched.', 'x', '{}', '2025-03-02')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO merged_events (pk, plover_type, status, has_territory, reports, date_start, "
                "date_end) VALUES (1, 'PROTEST', 'occurred', false, 1, '2025-03-01', '2025-03-31')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO events (pk, article_pk, local_id, plover_type, plover_contexts, place_named, "
                "date_start, date_end, precision, status, has_territory, confidence, merged_pk, merge_order) "
                "VALUES (1, 1, 'e1', 'PROTEST', '[]', false, '2025-03-01', '2025-03-31', 'month', "
                "'occurred', false, 0.5, 1, 0)"
            )
        )
    engine.dispose()
    with Store(empty_db) as store:  # opening migrates to the newest revision
        for query in (EventQuery(type="protest"), EventQuery(since=dt.date(2025, 3, 20)), EventQuery()):
            page = page_events(store, query)
            assert [e.id for e in page.events] == ["m1"] and page.total == 1, query
        assert page_events(store, EventQuery(since=dt.date(2025, 4, 1))).events == []
    engine = create_engine(resolve_url(empty_db))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "0004"
        # the ACLED indexes carry the other filter columns (revision 0004)
        definition = connection.execute(
            text(
                "SELECT sql FROM sqlite_master WHERE name = :name"
                if connection.dialect.name == "sqlite"
                else "SELECT indexdef FROM pg_indexes WHERE indexname = :name"
            ),
            {"name": "ix_merged_events_acled_type_date"},
        ).scalar_one()
        assert all(column in definition for column in ("date_start", "place_pk", "actor1_pk", "status"))
        names = {ix["name"] for ix in inspect(connection).get_indexes("merged_events")}
        assert {
            "ix_merged_events_date_all",
            "ix_merged_events_type_date",
            "ix_merged_events_place_date",
            "ix_merged_events_status_date",
        } <= names
        assert not names & {
            "ix_merged_events_place_pk",
            "ix_merged_events_date",
            "ix_merged_events_type_dates",
        }
        events = {ix["name"] for ix in inspect(connection).get_indexes("events")}
        assert "ix_events_merged_order" in events and "ix_events_merged_pk" not in events
    engine.dispose()


def test_a_store_made_at_revision_0002_upgrades_and_its_acled_filter_works(empty_db: str) -> None:
    from alembic import command
    from alembic.config import Config

    from frontwire.store.engine import MIGRATIONS

    engine = create_engine(resolve_url(empty_db))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")
    with engine.begin() as connection:  # two merged events stored at 0002, typed only on their reports
        connection.execute(
            text(
                "INSERT INTO articles (pk, id, text, text_hash, record, date) VALUES "
                "(1, 'a', 'Fighting.', 'x', '{}', '2025-03-02'), "
                "(2, 'b', 'Marches.', 'y', '{}', '2025-03-03')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO merged_events (pk, plover_type, status, has_territory, reports, date_start, "
                "date_end) VALUES (1, 'ASSAULT', 'occurred', false, 2, '2025-03-01', '2025-03-01'), "
                "(2, 'PROTEST', 'occurred', false, 1, '2025-03-02', '2025-03-02')"
            )
        )
        # the first report of m1 has no ACLED type: the merged event's is its second report's
        for pk, article, merged, order, plover, acled, sub in [
            (1, 1, 1, 0, "ASSAULT", None, None),
            (2, 2, 1, 1, "ASSAULT", "Battles", "Armed clash"),
            (3, 2, 2, 0, "PROTEST", "Protests", ""),
        ]:
            connection.execute(
                text(
                    "INSERT INTO events (pk, article_pk, local_id, plover_type, plover_contexts, "
                    "acled_event_type, acled_sub_event_type, place_named, date_start, date_end, precision, "
                    "status, has_territory, confidence, merged_pk, merge_order) VALUES (:pk, :article, "
                    "'e' || :pk, :plover, '[]', :acled, :sub, false, '2025-03-01', '2025-03-01', 'day', "
                    "'occurred', false, 0.5, :merged, :order)"
                ),
                dict(pk=pk, article=article, merged=merged, order=order, plover=plover, acled=acled, sub=sub),
            )
    engine.dispose()
    with Store(empty_db) as store:  # opening migrates to the newest revision
        with store.sessions() as session:
            backfilled = session.execute(
                select(
                    MergedEventRow.pk, MergedEventRow.acled_event_type, MergedEventRow.acled_sub_event_type
                ).order_by(MergedEventRow.pk)
            ).all()
        assert [tuple(r) for r in backfilled] == [(1, "Battles", "Armed clash"), (2, "Protests", None)]
        for type_, expected in [("armed CLASH", ["m1"]), ("Battles", ["m1"]), ("protests", ["m2"]),
                                ("Peaceful protest", []), ("assault", ["m1"])]:  # fmt: skip
            page = page_events(store, EventQuery(type=type_))
            assert [e.id for e in page.events] == expected and page.total == len(expected), type_
            # the store's own path, which reads every report, agrees
            assert [e.id for e in store.events(type_=type_)] == expected, type_
