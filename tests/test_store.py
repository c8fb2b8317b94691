"""The store and ``frontwire ingest``: idempotent ingest, cross-article merging, control timelines.

The same tests run against SQLite and, when FRONTWIRE_TEST_POSTGRES names a PostgreSQL database
(``postgresql+psycopg://user:pass@host/db``; its public schema is emptied), against PostgreSQL.
Every article here is written for the tests; the seed story is used when it sits beside the checkout.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from conftest import empty_store_url
from frontwire.api import extract
from frontwire.records import ArticleRecord
from frontwire.store import Store

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "kunduz-2021-08-08.txt"

THREE_OUTLETS = [
    dict(id="bunia-a", date="2024-05-12", outlet="Northern Herald", title="Rebels seize Bunia",
         text="Rebels of the M23 movement seized the town of Bunia on Saturday after heavy fighting with "
              "the army, residents said.\n\nThe fighters entered the town centre in the afternoon, "
              "according to a local official."),
    dict(id="bunia-b", date="2024-05-12", outlet="River Post", title="Bunia falls",
         text="M23 rebels seized the city of Bunia on Saturday, witnesses told River Post.\n\n"
              "Soldiers fled towards the airport as the rebels advanced, a resident said."),
    dict(id="bunia-c", date="2024-05-13", outlet="Lakes Daily", title="M23 takes Bunia",
         text="The M23 rebel group took control of Bunia on Saturday, aid workers said on Sunday.\n\n"
              "\"The town is now in their hands,\" said a humanitarian worker in the region."),
]  # fmt: skip

DJIBO = [
    dict(id="djibo-1", date="2023-03-04", outlet="Sahel Monitor", title="Jihadists take Djibo",
         text="Jihadist fighters of JNIM captured the town of Djibo on Friday, residents said.\n\n"
              "The army withdrew from its base in the town, a security source said."),
    dict(id="djibo-2", date="2023-03-20", outlet="Sahel Monitor", title="Army retakes Djibo",
         text="The army of Burkina Faso recaptured the town of Djibo on Sunday after heavy fighting with "
              "JNIM militants, officials said.\n\nResidents said soldiers were patrolling the streets."),
]  # fmt: skip

TALOQAN_FALLS = dict(
    id="taloqan-falls", date="2021-08-09", outlet="Steppe Wire", title="Taloqan falls",
    text="The Taliban captured Taloqan, the capital of Takhar province, on Monday, local officials "
         "said.\n\nGovernment forces withdrew from the city after days of fighting, residents said.",
)  # fmt: skip


def _read(article: dict[str, str]) -> ArticleRecord:
    return extract(article["text"], **{k: v for k, v in article.items() if k != "text"})


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store URL: an SQLite file, or the PostgreSQL test database emptied."""
    yield empty_store_url(request.param, tmp_path)


@pytest.fixture
def store(db: str) -> Iterator[Store]:
    with Store(db) as opened:
        yield opened


def _event_keys(store: Store) -> list[tuple[object, ...]]:
    return [
        (e.id, e.plover.type, e.place.name if e.place else None, e.date.start, e.reports)
        for e in store.events()
    ]


def test_same_article_twice_changes_nothing_and_a_new_text_replaces_its_events(store: Store) -> None:
    record = _read(DJIBO[0])
    assert store.ingest(record) == "added"
    before = _event_keys(store)
    assert store.ingest(record) == "unchanged"
    assert [a.id for a in store.articles()] == ["djibo-1"]
    assert _event_keys(store) == before

    corrected = _read({**DJIBO[0], "text": "Police arrested two men in the town of Djibo on Friday."})
    assert store.ingest(corrected) == "replaced"
    [article] = store.articles()
    assert article.events == len(corrected.events)
    assert {e.plover.type for e in store.events()} == {e.plover.type for e in corrected.events}
    assert store.control("Djibo") == []  # the capture went with the old text
    stored = store.record("djibo-1")
    assert stored is not None and stored.article.text == corrected.article.text


def test_every_event_leads_back_to_its_sentence(store: Store) -> None:
    record = _read(DJIBO[0])
    store.ingest(record)
    assert store.record("djibo-1") == record  # the frontwire/1 record is kept as it was
    [capture] = [e for e in store.events() if e.has_territory]
    for evidence in capture.evidence:
        assert evidence.article == "djibo-1"
        assert record.article.text[evidence.start : evidence.end] == evidence.text
    assert "captured the town of Djibo" in capture.evidence[0].text


def test_three_outlets_on_one_capture_make_one_event_with_three_sources(store: Store) -> None:
    for article in THREE_OUTLETS:
        store.ingest(_read(article))
    captures = [e for e in store.events(place="Bunia") if e.has_territory]
    assert len(captures) == 1
    [capture] = captures
    assert capture.reports == 3
    assert capture.articles == ["bunia-a", "bunia-b", "bunia-c"]
    assert len(capture.sources) >= 3
    assert capture.first_seen == "2024-05-12" and capture.last_seen == "2024-05-13"
    assert capture.territory is not None and "M23" in capture.territory.name
    explained = store.merged(capture.id)
    assert explained is not None and len(explained.members) == 3
    assert explained.members[0].reason == "first report"
    assert all("same place (Bunia)" in m.reason for m in explained.members[1:])
    # filters
    assert [e.id for e in store.events(actor="m23", type_="ASSAULT") if e.has_territory] == [capture.id]
    assert [e.id for e in store.events(type_="Non-state actor overtakes territory")] == [capture.id]
    assert store.events(place="Bunia", until=date(2024, 5, 1)) == []


def test_capture_and_recapture_make_two_spans(store: Store) -> None:
    for article in DJIBO:
        store.ingest(_read(article))
    [timeline] = store.control("Djibo")
    assert [(s.controller, s.start, s.end, s.status) for s in timeline.spans] == [
        ("JNIM: Group for Support of Islam and Muslims", "2023-03-03", "2023-03-19", "held"),
        ("Military Forces of Burkina Faso", "2023-03-19", None, "held"),
    ]


def test_an_imminent_capture_changes_nothing_until_the_place_falls(store: Store) -> None:
    store.ingest(_read(dict(
        id="dori-verge", date="2023-04-02", outlet="Sahel Monitor",
        text="JNIM militants were on the verge of capturing the town of Kaya on Sunday, residents said.",
    )))  # fmt: skip
    assert store.control("Kaya") == []


def test_seed_control_timeline_and_a_later_fall(store: Store) -> None:
    if not SEED.exists():
        pytest.skip("the seed story is not beside this checkout")
    from frontwire.ingest import read_paths

    [item] = list(read_paths([str(SEED)]))
    assert item.article is not None
    from frontwire.api import process

    [outcome] = list(process([item.article]))
    assert outcome.record is not None
    assert store.ingest(outcome.record) == "added"
    before = _event_keys(store)
    assert store.ingest(outcome.record) == "unchanged"
    assert len(store.articles()) == 1 and _event_keys(store) == before

    timelines = {t.place.name: t for t in store.control()}
    for town in ("Kunduz", "Sar-e Pul"):
        now = timelines[town].spans[-1]
        assert (now.controller, now.start, now.end, now.status) == ("Taliban", "2021-08-08", None, "held")
    assert "Taloqan" not in timelines

    store.ingest(_read(TALOQAN_FALLS))
    [taloqan] = store.control("Taloqan")
    assert [(s.controller, s.start, s.end) for s in taloqan.spans] == [("Taliban", "2021-08-09", None)]


def frontwire(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the installed command line as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "frontwire", *args], capture_output=True, text=True, timeout=300
    )


def test_ingest_events_control_and_articles_commands(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [json.dumps(a) for a in [*THREE_OUTLETS, *DJIBO]]
    batch.write_text("\n".join([*lines, "{oops"]) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    first = frontwire("ingest", str(batch), "--db", db)
    assert first.returncode == 1  # the malformed line
    assert "batch.jsonl:6" in first.stderr and "5 added, 0 replaced, 0 unchanged, 1 failed" in first.stderr
    again = frontwire("ingest", str(batch), "--db", db)
    assert "0 added, 0 replaced, 5 unchanged, 1 failed" in again.stderr

    listed = frontwire("articles", "--db", db, "--format", "jsonl")
    articles = [json.loads(line) for line in listed.stdout.splitlines()]
    assert [a["id"] for a in articles] == ["djibo-1", "djibo-2", "bunia-a", "bunia-b", "bunia-c"]
    assert set(articles[0]) == {"id", "title", "date", "outlet", "url", "events", "duplicates"}

    events = frontwire("events", "--db", db, "--place", "Bunia", "--format", "jsonl")
    assert events.returncode == 0, events.stderr
    merged = [json.loads(line) for line in events.stdout.splitlines()]
    [capture] = [e for e in merged if e["territory"]]
    assert capture["reports"] == 3 and capture["place"]["name"] == "Bunia"
    assert capture["actor1"]["type"] == "rebel" and capture["first_seen"] == "2024-05-12"

    explain = frontwire("events", "--db", db, "--explain", capture["id"])
    assert explain.returncode == 0 and "merged because: first report" in explain.stdout
    assert "seized the city of Bunia" in explain.stdout

    control = frontwire("control", "Djibo", "--db", db, "--format", "json")
    [timeline] = json.loads(control.stdout)
    assert set(timeline["place"]) == {"name", "geonameid", "country", "lat", "lon"}
    assert [s["controller"] for s in timeline["spans"]] == [
        "JNIM: Group for Support of Islam and Muslims",
        "Military Forces of Burkina Faso",
    ]
    assert {"controller", "start", "end", "status", "events"} <= set(timeline["spans"][0])
    table = frontwire("control", "--db", db)
    assert table.returncode == 0 and "Djibo" in table.stdout and "Bunia" in table.stdout


def test_near_duplicate_articles_are_listed(store: Store) -> None:
    base = DJIBO[0]
    store.ingest(_read(base))
    copy = base["text"].replace("a security source said", "a security source told us")
    store.ingest(_read({**base, "id": "djibo-copy", "outlet": "Copy Desk", "text": copy}))
    listed = {a.id: a.duplicates for a in store.articles()}
    assert listed == {"djibo-1": ["djibo-copy"], "djibo-copy": ["djibo-1"]}


def test_incremental_summaries_equal_a_full_recompute(store: Store) -> None:
    from sqlalchemy import select

    from frontwire.store.models import MergedEventRow

    for article in [*THREE_OUTLETS, *DJIBO, TALOQAN_FALLS]:
        store.ingest(_read(article))
    columns = ("plover_type", "status", "place_pk", "actor1_pk", "actor2_pk", "controller_pk",
               "has_territory", "date_start", "date_end", "reports", "first_seen", "last_seen",
               "acled_event_type", "acled_sub_event_type")  # fmt: skip
    with store.sessions.begin() as session:
        rows = session.scalars(select(MergedEventRow).order_by(MergedEventRow.pk)).all()
        incremental = [tuple(getattr(r, c) for c in columns) for r in rows]
        for r in rows:
            store._refresh_merged(session, r.pk)
        recomputed = [tuple(getattr(r, c) for c in columns) for r in rows]
    assert incremental == recomputed
    assert any(r[columns.index("reports")] == 3 for r in incremental)


def test_a_merged_events_acled_type_stays_its_first_typed_reports(store: Store) -> None:
    from sqlalchemy import select

    from frontwire.store.models import MergedEventRow
    from frontwire.web.queries import EventQuery, page_events

    def stored() -> dict[str, tuple[str | None, str | None]]:
        with store.sessions() as session:
            rows = session.execute(
                select(
                    MergedEventRow.pk, MergedEventRow.acled_event_type, MergedEventRow.acled_sub_event_type
                )
            ).all()
        return {f"m{pk}": (t, s) for pk, t, s in rows}

    def built() -> dict[str, tuple[str | None, str | None]]:
        return {
            e.id: (e.acled.event_type, e.acled.sub_event_type or None) if e.acled else (None, None)
            for e in store.events()
        }

    for article in THREE_OUTLETS:  # one capture told three times: each report merges into the first
        store.ingest(_read(article))
        assert stored() == built()
    typed = [e for e in store.events() if e.acled is not None and e.reports == 3]
    assert typed
    for event in typed:  # the ACLED filter reads the column: it finds the merged event by either name
        assert event.acled is not None
        for name in (event.acled.event_type, event.acled.sub_event_type.upper()):
            if name:
                assert event.id in [e.id for e in page_events(store, EventQuery(type=name)).events]
    store.ingest(_read({**THREE_OUTLETS[0], "text": "Talks between the two sides were held in Bunia."}))
    assert stored() == built()  # the first report's new version left the event: refreshed
