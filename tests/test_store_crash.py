"""A killed ``frontwire ingest`` loses at most the article in flight, and a rerun completes the job.

``frontwire ingest`` is SIGKILLed half-way through a batch of 500 short articles written here; the
same command is run again; every article must then be stored exactly once, and none half-stored
(its events, their merged events and its places all there). Against SQLite, and PostgreSQL when
FRONTWIRE_TEST_POSTGRES names a database (its public schema is emptied).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from conftest import require, stored_whole
from frontwire.store import resolve_url
from frontwire.store.models import ArticleRow, EventRow, MergedEventRow

N = 500
TOWNS = ["Goma", "Bunia", "Kidal", "Djibo", "Gao", "Beni", "Marib", "Herat", "Idlib", "Sittwe"]
GROUPS = ["rebels", "militants", "gunmen", "soldiers", "protesters"]
VERBS = ["attacked", "shelled", "captured", "raided", "surrounded"]


def batch(path: Path) -> list[str]:
    """Write N short articles (one JSON object a line); return their ids."""
    ids = []
    with path.open("w", encoding="utf-8") as stream:
        for i in range(N):
            town, group, verb = TOWNS[i % 10], GROUPS[i // 10 % 5], VERBS[i // 50 % 5]
            day = 1 + i % 28
            body = f"{group.capitalize()} {verb} the town of {town} on Saturday, residents said. Report {i}."
            ids.append(f"crash-{i:03d}")
            article = {"id": ids[-1], "date": f"2024-03-{day:02d}", "outlet": f"Outlet {i % 7}", "text": body}
            stream.write(json.dumps(article) + "\n")
    return ids


def _count(url: str) -> int:
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as connection:
            return connection.scalar(select(func.count()).select_from(ArticleRow)) or 0
    except Exception:  # the schema may not exist yet
        return 0
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_killed_ingest_then_rerun_stores_every_article_once(backend: str, tmp_path: Path) -> None:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'crash.db'}"
    else:
        url = os.environ.get("FRONTWIRE_TEST_POSTGRES", "")
        require(bool(url), "FRONTWIRE_TEST_POSTGRES is not set: no PostgreSQL server to test against")
        engine = create_engine(resolve_url(url))
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    path = tmp_path / "batch.jsonl"
    ids = batch(path)
    command = [sys.executable, "-m", "frontwire", "ingest", str(path), "--db", url, "--quiet"]

    first = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while first.poll() is None and time.monotonic() < deadline and _count(url) < N // 2:
        time.sleep(0.2)
    assert first.poll() is None, "ingest finished before it could be killed"
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    assert first.returncode == -signal.SIGKILL
    killed_at = _count(url)
    assert 0 < killed_at < N

    again = subprocess.run(command, capture_output=True, text=True, timeout=400)
    assert again.returncode == 0, again.stderr

    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as connection:
            stored = stored_whole(connection)  # nothing half-stored: every part of each record is there
            assert sorted(r.id for r in stored) == ids  # each exactly once (ids are unique too)
            assert sum(len(r.record["events"]) for r in stored) >= N  # the articles do have events
            members = dict(
                connection.execute(
                    select(EventRow.merged_pk, func.count()).group_by(EventRow.merged_pk)
                ).all()
            )
            merged = list(connection.execute(select(MergedEventRow.pk, MergedEventRow.reports)))
            assert {pk for pk, _ in merged} == set(members)  # no merged event without reports
            assert all(1 <= reports <= members[pk] for pk, reports in merged)
    finally:
        engine.dispose()
