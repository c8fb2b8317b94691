"""Two ``frontwire ingest`` processes writing to the same store at once lose nothing.

Two real ``frontwire ingest`` processes are started together on the same (empty) store, each with
a JSON Lines file written here. The files share some articles (same id, same text), and tell the
same stories in different words under different ids, so that both processes store the same article
and merge reports of one happening at the same time. Afterwards every article is stored exactly
once and whole, every report belongs to exactly one merged event, every merged event's report
count is the number of articles reporting it, and each story's reports form one merged event, as a
single process would have made them. Against SQLite, and PostgreSQL when FRONTWIRE_TEST_POSTGRES
names a database (its public schema is emptied).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select

from conftest import empty_store_url, stored_whole
from frontwire.store import resolve_url
from frontwire.store.models import EventRow, MergedEventRow

# one attack a story: (town, attackers, day of March 2024)
STORIES = [
    ("Goma", "rebels", 2),
    ("Gao", "militants", 9),
    ("Herat", "gunmen", 16),
    ("Bunia", "militiamen", 23),
    ("Marib", "fighters", 30),
    ("Kindu", "rebels", 4),
    ("Mopti", "militants", 12),
    ("Kandahar", "gunmen", 20),
]
# each story in three wordings: the first only in file A, the second only in B, the third in both
WORDINGS = [
    "{G} attacked the town of {T} on Saturday, residents said.",
    "On Saturday, {g} attacked the town of {T}, a local official said.",
    "Witnesses said {g} attacked the town of {T} on Saturday morning.",
]
PROTEST = "Hundreds of people protested in {T} on Friday against rising fuel prices, organisers said."
ONLY_A = ["Kano", "Aden", "Sittwe", "Lagos"]
ONLY_B = ["Kharkiv", "Mosul", "Nairobi", "Accra"]


def _article(id_: str, text_: str, day: str) -> dict[str, str]:
    return {"id": id_, "date": day, "outlet": f"Outlet {len(id_) % 5}", "text": text_}


def inputs(tmp_path: Path) -> tuple[Path, Path, dict[str, list[str]]]:
    """Write the two input files; return them and each story's article ids."""
    a: list[dict[str, str]] = []
    b: list[dict[str, str]] = []
    stories: dict[str, list[str]] = {}
    for town, group, day in STORIES:
        date = f"2024-03-{day:02d}"
        words = [w.format(G=group.capitalize(), g=group, T=town) for w in WORDINGS]
        shared = _article(f"{town}-both", words[2], date)
        # the shared article comes at the same place in both files, so both processes reach it together
        a += [_article(f"{town}-a", words[0], date), shared]
        b += [_article(f"{town}-b", words[1], date), shared]
        stories[town] = [f"{town}-a", f"{town}-b", f"{town}-both"]
    a += [_article(f"{town}-protest", PROTEST.format(T=town), "2024-04-05") for town in ONLY_A]
    b += [_article(f"{town}-protest", PROTEST.format(T=town), "2024-04-05") for town in ONLY_B]
    paths = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for path, articles in zip(paths, (a, b), strict=True):
        path.write_text("".join(json.dumps(x) + "\n" for x in articles), encoding="utf-8")
    return paths[0], paths[1], stories


def _store_url(backend: str, tmp_path: Path) -> str:
    return empty_store_url(backend, tmp_path, "shared.db")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_ingest_processes_on_one_store_lose_nothing(backend: str, tmp_path: Path) -> None:
    url = _store_url(backend, tmp_path)
    file_a, file_b, stories = inputs(tmp_path)
    expected_ids = {json.loads(line)["id"] for f in (file_a, file_b) for line in f.read_text().splitlines()}

    # both start on an empty store: they also race to create its schema
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "frontwire", "ingest", str(path), "--db", url],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in (file_a, file_b)
    ]
    results = [(w.wait(timeout=600), w.stderr.read() if w.stderr else "") for w in writers]
    for code, err in results:
        assert code == 0, err
        assert err.strip().splitlines()[-1].endswith(" 0 failed"), err
    # between them they stored every article, and the shared ones once only
    added = sum(int(err.strip().splitlines()[-1].split()[0]) for _, err in results)
    assert added == len(expected_ids)

    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as connection:
            stored = stored_whole(connection)  # nothing half-stored
            assert sorted(r.id for r in stored) == sorted(expected_ids)  # every article, each exactly once
            for _, id_, record in stored:
                assert record["events"], f"{id_} has no events: the test's articles must have some"

            # every report belongs to exactly one merged event, and each merged event counts its reports
            members: dict[int, set[int]] = {}
            for merged_pk, article_pk in connection.execute(select(EventRow.merged_pk, EventRow.article_pk)):
                members.setdefault(merged_pk, set()).add(article_pk)
            merged = dict(connection.execute(select(MergedEventRow.pk, MergedEventRow.reports)).all())
            assert set(merged) == set(members)  # no merged event without reports
            assert {pk: len(articles) for pk, articles in members.items()} == merged

            # each story's three reports, stored by two processes at once, form one merged event
            pk_of = {r.id: r.pk for r in stored}
            merged_of = dict(connection.execute(select(EventRow.article_pk, EventRow.merged_pk)).all())
            for town, story in stories.items():
                assert len({merged_of[pk_of[i]] for i in story}) == 1, f"{town}: {story} split"
                assert merged[merged_of[pk_of[story[0]]]] == 3, town
            protests = {merged_of[pk_of[f"{t}-protest"]] for t in ONLY_A + ONLY_B}
            assert len(protests) == len(ONLY_A + ONLY_B)  # protests in different towns stay apart
    finally:
        engine.dispose()

    # a third run changes nothing
    again = subprocess.run(
        [sys.executable, "-m", "frontwire", "ingest", str(file_a), str(file_b), "--db", url],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert again.returncode == 0, again.stderr
    lines = len(file_a.read_text().splitlines()) + len(file_b.read_text().splitlines())
    assert again.stderr.strip().splitlines()[-1] == f"0 added, 0 replaced, {lines} unchanged, 0 failed"


def test_a_store_reported_locked_at_once_is_opened_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite now and then answers "database is locked" without waiting (a file switching to WAL
    # while another process opens it); with no busy timeout every lock is answered so, which
    # stands for that case: a lock held for a moment must not fail the opening
    import sqlite3
    import threading
    import time

    from frontwire.store import engine as store_engine

    path = tmp_path / "held.db"
    store_engine.open_engine(str(path))[0].dispose()
    monkeypatch.setattr(store_engine, "SQLITE_BUSY_TIMEOUT_MS", 0)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.4, lambda: holder.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    engine, _ = store_engine.open_engine(str(path))
    release.join()
    holder.close()
    engine.dispose()
    assert time.monotonic() - started >= 0.3  # it waited for the lock rather than failing
