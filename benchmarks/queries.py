"""Event queries on a big store: a synthetic store of N merged events, and how fast the API lists them.

    python -m benchmarks.queries [--n 1000000] [--db URL] [--runs 50] [--reuse]

Fills a store straight through its tables (bulk inserts, not the NLP pipeline): N merged events over
ten years in 3,000 places of 200 countries and 5,000 actors, both drawn with a heavy skew (a few
places and actors have most events, as in real conflict data), PLOVER types with their ACLED types,
statuses and date precisions in realistic shares; about one merged event in five has two or three
reports from different articles, and each article tells of one to four events in a text of its own,
with its whole frontwire/1 record, evidence and sources. Then it times the event list of
``GET /api/events`` (`frontwire.web.queries.page_events`, what the endpoint calls) and the endpoint
itself (in-process, through FastAPI's test client) for a set of filters, each ``--runs`` times, and
prints p50/p95/max. Target (issue 10): p95 <= 50 ms for a filtered page of 100 on SQLite.

Without ``--db`` the store is a temporary SQLite file; ``--db`` keeps it (PostgreSQL: the database
is emptied first). ``--reuse`` skips generating when ``--db`` already holds the store.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import hashlib
import json
import math
import os
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import Engine, create_engine, text

from frontwire.store import Store, resolve_url
from frontwire.web.queries import EventQuery, page_events

#: PLOVER type -> (share of events, ACLED (event type, sub-event type) pairs it is coded as)
TYPES: dict[str, tuple[float, list[tuple[str, str]]]] = {
    "ASSAULT": (0.52, [("Battles", "Armed clash"), ("Battles", "Non-state actor overtakes territory"),
                       ("Battles", "Government regains territory"),
                       ("Violence against civilians", "Attack"),
                       ("Explosions/Remote violence", "Air/drone strike"),
                       ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                       ("Explosions/Remote violence", "Remote explosive/landmine/IED")]),
    "PROTEST": (0.16, [("Protests", "Peaceful protest"), ("Protests", "Protest with intervention"),
                       ("Riots", "Violent demonstration")]),
    "COERCE": (0.08, [("Strategic developments", "Arrests")]),
    "MOBILIZE": (0.05, [("Strategic developments", "Change to group/activity")]),
    "AGREE": (0.03, [("Strategic developments", "Agreement")]),
    "ACCUSE": (0.04, []), "THREATEN": (0.03, []), "CONSULT": (0.03, []), "SUPPORT": (0.02, []),
    "REQUEST": (0.02, []), "REJECT": (0.01, []), "SANCTION": (0.01, []), "COOPERATE": (0.01, []),
    "RETREAT": (0.004, []), "CONCEDE": (0.003, []), "AID": (0.003, []),
}  # fmt: skip
STATUSES = {"occurred": 0.72, "claimed": 0.12, "denied": 0.04, "planned": 0.04, "attempted": 0.04,
            "imminent": 0.02, "hypothetical": 0.01, "generic": 0.01}  # fmt: skip
VERBS = {"ASSAULT": "attacked", "COOPERATE": "worked with", "REQUEST": "appealed to",
         "PROTEST": "protested against",
         "COERCE": "arrested", "MOBILIZE": "deployed against", "ACCUSE": "accused",
         "THREATEN": "threatened", "AGREE": "agreed with", "CONSULT": "met", "SUPPORT": "backed",
         "REJECT": "rejected", "SANCTION": "sanctioned",
         "RETREAT": "withdrew before", "CONCEDE": "conceded to", "AID": "sent aid to"}  # fmt: skip
ACTOR_TYPES = ["state-military", "police", "government", "rebel", "militia", "political-party",
               "civilians", "protesters", "international", "media", "other"]  # fmt: skip
ACTOR_FORMS = {"state-military": "{} Army", "police": "{} Police", "government": "Government of {}",
               "rebel": "{} Liberation Front", "militia": "{} Militia", "political-party": "{} Party",
               "civilians": "Civilians ({})", "protesters": "Protesters ({})",
               "international": "{} Mission", "media": "{} Broadcasting", "other": "{} Group"}  # fmt: skip
SYLLABLES = ["ka", "ra", "mo", "lu", "ti", "ba", "sa", "do", "ne", "gu", "ha", "zi", "ko", "ma", "fa",
             "ri", "wa", "la", "ya", "te", "bo", "ku", "mi", "na", "so", "da", "je", "po"]  # fmt: skip
SOURCE_KINDS = ["official", "witness", "media", "party", "unnamed"]
FIRST_DAY = dt.date(2016, 1, 1)
DAYS = 3653  # ten years

N_COUNTRIES, N_PLACES, N_ACTORS, N_OUTLETS = 200, 3000, 5000, 300


def _zipf(n: int, exponent: float = 1.1) -> list[float]:
    """Cumulative weights of ranks 1..n falling off as rank^-exponent (a few take most)."""
    out, total = [], 0.0
    for rank in range(1, n + 1):
        total += rank**-exponent
        out.append(total)
    return out


def _name(rng: random.Random, taken: set[str], parts: int = 3) -> str:
    while True:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, parts))).capitalize()
        if name not in taken:
            taken.add(name)
            return name


@dataclass(slots=True)
class World:
    """The places, actors and outlets events are drawn from."""

    places: list[dict[str, Any]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)


def world(rng: random.Random) -> World:
    """Countries, their places (with admin1 regions) and actors, with made-up names."""
    taken: set[str] = set()
    countries = []
    for i in range(N_COUNTRIES):
        code = chr(65 + i // 26) + chr(65 + i % 26)
        countries.append((code, _name(rng, taken), rng.uniform(-40, 60), rng.uniform(-120, 140)))
    country_weights = _zipf(N_COUNTRIES, 1.0)
    out = World()
    for pk in range(1, N_PLACES + 1):
        code, country_name, lat, lon = countries[
            bisect.bisect(country_weights, rng.random() * country_weights[-1])
        ]
        feature = rng.choices(["city", "admin2", "admin1", "site"], [0.8, 0.1, 0.05, 0.05])[0]
        geonameid = 1_000_000 + pk if rng.random() < 0.9 else None
        name = _name(rng, taken)
        out.places.append({
            "pk": pk, "name": name, "geonameid": geonameid, "country": code,
            "admin1": f"{country_name} {rng.randint(1, 12)}",
            "lat": round(max(-89.0, min(89.0, lat + rng.uniform(-4, 4))), 4),
            "lon": round((lon + rng.uniform(-4, 4) + 180) % 360 - 180, 4), "feature": feature,
            "key": f"geonames:{geonameid}" if geonameid else f"name:{name.casefold()}|{feature}|{code}",
        })  # fmt: skip
    for pk in range(1, N_ACTORS + 1):
        type_ = rng.choice(ACTOR_TYPES)
        code, country_name, _, _ = countries[
            bisect.bisect(country_weights, rng.random() * country_weights[-1])
        ]
        name = ACTOR_FORMS[type_].format(_name(rng, taken) if rng.random() < 0.7 else country_name)
        while any(a["name"] == name for a in out.actors[-50:]) or name in taken:
            name = ACTOR_FORMS[type_].format(_name(rng, taken))
        taken.add(name)
        out.actors.append({"pk": pk, "name": name, "type": type_, "country": code})
    out.outlets = [f"{_name(rng, taken)} News" for _ in range(N_OUTLETS)]
    return out


@dataclass(slots=True)
class Happening:
    """One merged event: its summary, as every one of its reports tells it."""

    pk: int
    plover: str
    acled: tuple[str, str] | None
    status: str
    place: int | None
    actor1: int | None
    actor2: int | None
    start: dt.date
    end: dt.date
    precision: str
    fatalities: int | None
    territory: bool
    seen: list[dt.date] = field(default_factory=list)


def happenings(rng: random.Random, n: int) -> list[Happening]:
    """N merged events with skewed places, actors and types."""
    place_w, actor_w = _zipf(N_PLACES), _zipf(N_ACTORS)
    type_names = list(TYPES)
    type_w = [TYPES[t][0] for t in type_names]
    plovers = rng.choices(type_names, type_w, k=n)
    statuses = rng.choices(list(STATUSES), list(STATUSES.values()), k=n)
    out = []
    for pk in range(1, n + 1):
        plover = plovers[pk - 1]
        codes = TYPES[plover][1]
        day = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        precision = rng.choices(["day", "week", "month", "year"], [0.85, 0.04, 0.08, 0.03])[0]
        start, end = day, day
        if precision == "week":
            end = day + dt.timedelta(days=6)
        elif precision == "month":
            start = day.replace(day=1)
            end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        elif precision == "year":
            start, end = dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
        violent = plover == "ASSAULT"
        h_acled = rng.choice(codes) if codes and rng.random() < 0.95 else None
        actor1 = bisect.bisect(actor_w, rng.random() * actor_w[-1]) + 1 if rng.random() < 0.9 else None
        actor2 = bisect.bisect(actor_w, rng.random() * actor_w[-1]) + 1 if rng.random() < 0.5 else None
        out.append(
            Happening(
                pk=pk,
                plover=plover,
                acled=h_acled,
                status=statuses[pk - 1],
                place=bisect.bisect(place_w, rng.random() * place_w[-1]) + 1 if rng.random() < 0.95 else None,
                actor1=actor1,
                actor2=actor2 if actor2 != actor1 else None,
                start=start,
                end=end,
                precision=precision,
                fatalities=rng.randint(0, 40) if violent and rng.random() < 0.4 else None,
                territory=h_acled is not None
                and h_acled[0] == "Battles"
                and actor1 is not None
                and rng.random() < 0.05,
            )
        )
    return out


# ---------------------------------------------------------------------- writing


class Writer:
    """Bulk inserts into the store's tables: executemany on SQLite, COPY on PostgreSQL."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.connection = engine.raw_connection()
        self.dialect = engine.dialect.name
        if self.dialect == "sqlite":
            cursor = self.connection.cursor()
            cursor.execute("PRAGMA synchronous=OFF")
            cursor.close()

    def rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
        """Insert ``rows`` (tuples in ``columns`` order) into ``table``."""
        quoted = ", ".join(f'"{c}"' for c in columns)
        cursor: Any = self.connection.cursor()
        if self.dialect == "postgresql":
            with cursor.copy(f"COPY {table} ({quoted}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join("?" for _ in columns)
            cursor.executemany(f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', rows)
        cursor.close()

    def commit(self) -> None:
        """Commit what was inserted."""
        self.connection.commit()

    def close(self) -> None:
        """Set PostgreSQL's sequences past the keys written, refresh planner statistics, close."""
        cursor: Any = self.connection.cursor()
        if self.dialect == "postgresql":
            for table in ("articles", "places", "actors", "merged_events", "events"):
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'pk'), "
                    f"COALESCE((SELECT MAX(pk) FROM {table}), 1))"
                )
        self.connection.commit()
        if self.dialect == "postgresql":
            raw: Any = self.connection.dbapi_connection
            raw.autocommit = True  # VACUUM runs outside a transaction
            cursor.execute("VACUUM ANALYZE")
        else:
            cursor.execute("ANALYZE")
            self.connection.commit()
        cursor.close()
        self.connection.close()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _articles(rng: random.Random, events: list[Happening]) -> Iterator[list[tuple[Happening, int]]]:
    """Reports grouped into articles, in publication order: (merged event, report number) lists.

    A merged event's second and third reports come from other articles published days later.
    """
    reports: list[tuple[dt.date, int, int]] = []
    for h in events:
        k = rng.choices([1, 2, 3], [0.8, 0.15, 0.05])[0]
        for j in range(k):
            reports.append((h.start + dt.timedelta(days=rng.randint(0, 2) + 3 * j), h.pk, j))
    reports.sort()
    i = 0
    while i < len(reports):
        size = rng.choices([1, 2, 3, 4], [0.35, 0.3, 0.2, 0.15])[0]
        chunk, i = reports[i : i + size], i + size
        seen: set[int] = set()
        group = []
        for _, pk, j in chunk:
            if pk not in seen:  # two reports of one happening in one article are one report
                seen.add(pk)
                group.append((events[pk - 1], j))
        yield group


ARTICLE_COLUMNS = ("pk", "id", "title", "date", "outlet", "url", "text", "text_hash", "record")
EVENT_COLUMNS = ("pk", "article_pk", "local_id", "plover_type", "plover_mode", "plover_contexts",
                 "acled_event_type", "acled_sub_event_type", "actor1_pk", "actor2_pk", "place_pk",
                 "place_named", "date_start", "date_end", "precision", "status", "has_territory",
                 "controller_pk", "count", "fatalities", "confidence", "merged_pk", "merge_order",
                 "merge_reason")  # fmt: skip


def generate(db: str, n: int, seed: int = 7, chunk: int = 20_000) -> dict[str, int]:
    """Fill the empty store at ``db`` with ``n`` merged events; how many rows of each kind."""
    rng = random.Random(seed)
    Store(db).close()  # creates the schema (every migration)
    engine = create_engine(resolve_url(db))
    w = world(rng)
    events = happenings(rng, n)
    writer = Writer(engine)
    try:
        place_columns = ("pk", "key", "name", "geonameid", "country", "admin1", "lat", "lon", "feature")
        writer.rows("places", place_columns, [tuple(p[c] for c in place_columns) for p in w.places])
        writer.rows("actors", ("pk", "name", "type", "country"),
                    [(a["pk"], a["name"], a["type"], a["country"]) for a in w.actors])  # fmt: skip
        counts = {"articles": 0, "events": 0}
        buffers: dict[str, list[tuple[Any, ...]]] = {
            "articles": [], "article_places": [], "article_actors": [], "events": [], "event_sources": [],
            "evidence": [],
        }  # fmt: skip
        # articles first, in memory: a merged event's row (written before its reports, whose
        # foreign keys PostgreSQL checks at once) needs its report count and first and last days
        groups = []
        for group in _articles(rng, events):
            published = max(h.start for h, _ in group) + dt.timedelta(days=rng.randint(0, 2))
            for h, _ in group:
                h.seen.append(published)
            groups.append((group, published))
        merged = []
        for h in events:
            if not h.seen:
                continue
            controller = h.actor1 if h.territory else None
            merged.append((h.pk, h.plover, h.status, h.place, h.actor1, h.actor2, controller, h.territory,
                           h.start.isoformat(), h.end.isoformat(), len(h.seen), min(h.seen).isoformat(),
                           max(h.seen).isoformat(), h.acled[0] if h.acled else None,
                           h.acled[1] if h.acled else None))  # fmt: skip
            if len(merged) >= chunk * 5:
                _merged(writer, merged)
                merged = []
        _merged(writer, merged)
        order: dict[int, int] = {}
        for group, published in groups:
            counts["articles"] += 1
            _article(rng, w, counts, group, published, order, buffers)
            if len(buffers["articles"]) >= chunk:
                _flush(writer, buffers)
        _flush(writer, buffers)
        writer.commit()
    finally:
        writer.close()
        engine.dispose()
    return {"merged events": n, "reports": counts["events"], "articles": counts["articles"],
            "places": N_PLACES, "actors": N_ACTORS}  # fmt: skip


def _merged(writer: Writer, rows: list[tuple[Any, ...]]) -> None:
    writer.rows("merged_events", ("pk", "plover_type", "status", "place_pk", "actor1_pk", "actor2_pk",
                                  "controller_pk", "has_territory", "date_start", "date_end", "reports",
                                  "first_seen", "last_seen", "acled_event_type", "acled_sub_event_type"),
                rows)  # fmt: skip


def _flush(writer: Writer, buffers: dict[str, list[tuple[Any, ...]]]) -> None:
    columns = {
        "articles": ARTICLE_COLUMNS,
        "article_places": ("article_pk", "local_id", "place_pk", "mentions"),
        "article_actors": ("article_pk", "local_id", "actor_pk", "mentions"),
        "events": EVENT_COLUMNS,
        "event_sources": ("event_pk", "position", "name", "kind", "actor_pk"),
        "evidence": ("event_pk", "position", "start", "end", "text"),
    }
    for table, rows in buffers.items():
        writer.rows(table, columns[table], rows)
        rows.clear()


def _article(
    rng: random.Random,
    w: World,
    counts: dict[str, int],
    group: list[tuple[Happening, int]],
    published: dt.date,
    order: dict[int, int],
    buffers: dict[str, list[tuple[Any, ...]]],
) -> None:
    """One article telling of ``group``'s happenings: its row, record, events and their evidence."""
    pk = counts["articles"]
    outlet = w.outlets[min(int(rng.paretovariate(1.2)) - 1, N_OUTLETS - 1)]
    places: dict[int, dict[str, Any]] = {}
    actors: dict[int, dict[str, Any]] = {}
    records: list[dict[str, Any]] = []
    text = ""

    def mention(table: dict[int, dict[str, Any]], row_pk: int, prefix: str, name: str, at: int) -> str:
        entry = table.setdefault(row_pk, {"id": f"{prefix}{len(table) + 1}", "mentions": []})
        entry["mentions"].append({"text": name, "start": at, "end": at + len(name)})
        return str(entry["id"])

    for h, _ in group:
        counts["events"] += 1
        event_pk = counts["events"]
        a1 = w.actors[h.actor1 - 1]["name"] if h.actor1 else "Unidentified gunmen"
        a2 = w.actors[h.actor2 - 1]["name"] if h.actor2 else "residents"
        where = w.places[h.place - 1]["name"] if h.place else "an undisclosed location"
        start = len(text) + (1 if text else 0)
        sentence = f"{a1} {VERBS[h.plover]} {a2} in {where} on {h.start:%d %B %Y}, officials said."
        text += (" " if text else "") + sentence
        local = f"e{len(records) + 1}"
        actor1_id = mention(actors, h.actor1, "a", a1, start) if h.actor1 else None
        at2 = start + len(a1) + 1 + len(VERBS[h.plover]) + 1
        actor2_id = mention(actors, h.actor2, "a", a2, at2) if h.actor2 else None
        place_id = mention(places, h.place, "p", where, at2 + len(a2) + 4) if h.place else None
        source_kind = rng.choice(SOURCE_KINDS)
        sources = [{"name": "officials", "kind": source_kind, "actor": None}] if rng.random() < 0.5 else []
        records.append({
            "id": local, "plover": {"type": h.plover, "mode": None, "contexts": []},
            "acled": {"event_type": h.acled[0], "sub_event_type": h.acled[1]} if h.acled else None,
            "actor1": actor1_id, "actor2": actor2_id, "place": place_id,
            "date": {"start": h.start.isoformat(), "end": h.end.isoformat(), "precision": h.precision},
            "status": h.status, "territory": {"controller": actor1_id} if h.territory else None,
            "count": None, "fatalities": h.fatalities, "sources": sources,
            "evidence": [{"start": start, "end": start + len(sentence)}], "confidence": 0.7,
        })  # fmt: skip
        merge_order = order.get(h.pk, 0)
        order[h.pk] = merge_order + 1
        buffers["events"].append((
            event_pk, pk, local, h.plover, None, "[]", h.acled[0] if h.acled else None,
            h.acled[1] if h.acled else None, h.actor1, h.actor2, h.place, h.place is not None,
            h.start.isoformat(), h.end.isoformat(), h.precision, h.status, h.territory,
            h.actor1 if h.territory else None, None, h.fatalities, 0.7, h.pk, merge_order,
            "first report" if merge_order == 0 else "same place, same day (compared with the first report)",
        ))  # fmt: skip
        for i, s in enumerate(sources):
            buffers["event_sources"].append((event_pk, i, s["name"], s["kind"], None))
        buffers["evidence"].append((event_pk, 0, start, start + len(sentence), sentence))
    article_id = f"syn-{pk}"
    title = text[: text.find(",")] if "," in text else text[:80]
    url = f"https://{outlet.split()[0].lower()}.example/{pk}"
    record: dict[str, Any] = {
        "schema": "frontwire/1",
        "article": {"id": article_id, "title": title, "date": published.isoformat(), "outlet": outlet,
                    "url": url, "text": text},
        "places": [{"id": e["id"], "name": p["name"], "geonameid": p["geonameid"], "country": p["country"],
                    "admin1": p["admin1"], "lat": p["lat"], "lon": p["lon"], "feature": p["feature"],
                    "mentions": e["mentions"]} for row, e in places.items() for p in [w.places[row - 1]]],
        "actors": [{"id": e["id"], "name": a["name"], "type": a["type"], "country": a["country"],
                    "mentions": e["mentions"]} for row, e in actors.items() for a in [w.actors[row - 1]]],
        "events": records,
        "quotes": [],
    }  # fmt: skip
    buffers["articles"].append((
        pk, article_id, title, published.isoformat(), outlet, url, text,
        hashlib.sha256(text.encode("utf-8")).hexdigest(), _json(record),
    ))  # fmt: skip
    for row, e in places.items():
        buffers["article_places"].append((pk, e["id"], row, _json(e["mentions"])))
    for row, e in actors.items():
        buffers["article_actors"].append((pk, e["id"], row, _json(e["mentions"])))


# ---------------------------------------------------------------------- measuring


def queries(db: str) -> list[tuple[str, EventQuery, int]]:
    """The filters timed: (label, query, offset), with places and actors picked from the store."""
    engine = create_engine(resolve_url(db))
    with engine.connect() as c:
        top_place = c.execute(text("SELECT name FROM places WHERE pk = 1")).scalar_one()
        mid_place = c.execute(text("SELECT name FROM places WHERE pk = 300")).scalar_one()
        top_actor = c.execute(text("SELECT name FROM actors WHERE pk = 1")).scalar_one()
        lat, lon = c.execute(text("SELECT lat, lon FROM places WHERE pk = 2")).one()
    engine.dispose()
    box = (lon - 5, lat - 5, lon + 5, lat + 5)
    month = (dt.date(2021, 3, 1), dt.date(2021, 3, 31))
    year = (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    q = EventQuery
    return [
        ("no filter", q(), 0),
        ("place (most events)", q(place=top_place), 0),
        ("place (rank 300)", q(place=mid_place), 0),
        ("actor (most events, name part)", q(actor=top_actor.split()[0]), 0),
        ("actor 'army' (many actors)", q(actor="army"), 0),
        ("type ASSAULT (PLOVER)", q(type="ASSAULT"), 0),
        ("type 'Armed clash' (ACLED)", q(type="Armed clash"), 0),
        ("status denied", q(status="denied"), 0),
        ("since..until one month", q(since=month[0], until=month[1]), 0),
        ("since one year ago", q(since=dt.date(2025, 1, 1)), 0),
        ("bbox 10°×10°", q(bbox=box), 0),
        ("place + type", q(place=top_place, type="PROTEST"), 0),
        ("type + status + year", q(type="PROTEST", status="claimed", since=year[0], until=year[1]), 0),
        ("bbox + ACLED type + month", q(bbox=box, type="Battles", since=month[0], until=month[1]), 0),
        ("actor + year", q(actor=top_actor.split()[0], since=year[0], until=year[1]), 0),
        ("no filter, offset 10,000", q(), 10_000),
        ("no filter, offset 100,000", q(), 100_000),
        ("type ASSAULT, offset 10,000", q(type="ASSAULT"), 10_000),
    ]


def _percentiles(times: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, math.ceil(0.95 * len(ordered)) - 1)]
    return statistics.median(ordered) * 1000, p95 * 1000, ordered[-1] * 1000


def _time(call: Callable[[], Any], runs: int) -> list[float]:
    call()  # warm: the first call reads pages from disk
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        call()
        times.append(time.perf_counter() - began)
    return times


def _params(query: EventQuery, offset: int) -> dict[str, str]:
    out = {k: str(v) for k, v in (("place", query.place), ("actor", query.actor), ("type", query.type),
                                  ("status", query.status), ("since", query.since), ("until", query.until))
           if v is not None}  # fmt: skip
    if query.bbox:
        out["bbox"] = ",".join(f"{v:.4f}" for v in query.bbox)
    out["limit"], out["offset"] = "100", str(offset)
    return out


def measure(db: str, runs: int) -> Table:
    """Time each query's page of 100 through `page_events` and through ``GET /api/events``."""
    from fastapi.testclient import TestClient

    from frontwire.web import create_app

    table = Table(title=f"Event list, page of 100 ({runs} runs each; ms)")
    for column in ("query", "total", "query p50", "p95", "max", "endpoint p50", "p95", "max"):
        table.add_column(column, justify="left" if column == "query" else "right")
    store = Store(db)
    client = TestClient(create_app(db))
    try:
        for label, query, offset in queries(db):
            page = page_events(store, query, 100, offset)
            direct = _percentiles(_time(partial(page_events, store, query, 100, offset), runs))
            params = _params(query, offset)
            body = client.get("/api/events", params=params).json()
            assert len(body["items"]) == len(page.events), (label, body)
            http = _percentiles(_time(partial(client.get, "/api/events", params=params), runs))
            total = f"{page.total:,}" + ("" if page.total_exact else "+")
            table.add_row(label, total, *(f"{v:.1f}" for v in (*direct, *http)))
    finally:
        client.close()
        store.close()
    return table


def _load() -> str:
    """The 1, 5 and 15-minute load averages (what else the machine was doing), or "unknown"."""
    try:
        return " ".join(f"{v:.2f}" for v in os.getloadavg())
    except OSError:
        return "unknown"


def _empty_postgres(db: str) -> None:
    engine = create_engine(resolve_url(db))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def main() -> None:
    """Generate the store (unless reused), time the queries, print the table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=1_000_000, help="merged events in the store")
    parser.add_argument("--db", help="store to build (PostgreSQL: emptied first); default: a temporary file")
    parser.add_argument("--runs", type=int, default=50, help="timed runs per query (0: only generate)")
    parser.add_argument("--reuse", action="store_true", help="time the store --db holds; do not generate")
    args = parser.parse_args()
    console = Console(width=160)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or f"sqlite:///{Path(tmp) / 'queries.db'}"
        if not args.reuse:
            if resolve_url(db).startswith("postgresql"):
                _empty_postgres(db)
            elif Path(resolve_url(db).removeprefix("sqlite:///")).exists():
                parser.error(f"{db} exists: remove it, or pass --reuse to time it")
            began = time.perf_counter()
            made = generate(db, args.n)
            console.print(
                f"generated in {time.perf_counter() - began:.0f} s: "
                + ", ".join(f"{v:,} {k}" for k, v in made.items())
            )
        console.print(
            f"{platform.processor() or platform.machine()}, Python {platform.python_version()}, "
            f"{resolve_url(db).split(':', 1)[0]}, {os.cpu_count()} CPUs, load average {_load()}"
        )
        if args.runs > 0:
            console.print(measure(db, args.runs))
            # other jobs on the machine inflate the tail: say how busy it was by the end
            console.print(f"load average at the end: {_load()}")


if __name__ == "__main__":
    main()
