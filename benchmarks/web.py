"""Web page speed: the API and the page's first render over a store of N merged events.

    python -m benchmarks.web [--n 10000] [--db URL] [--repeat 3] [--no-browser]

Builds (once; reused when ``--db`` names a store that already holds N events) a store of N made-up
one-event articles, each at its own place and day, so that nothing merges and the store holds N
merged events. Then times, over a live server on a free port:

- ``GET /api/points`` (what the page's map loads), ``GET /api/events.geojson`` (the same events
  as GeoJSON, the page's download link) and ``GET /api/events?limit=100``;
- the page's first render in Debian's chromium (/usr/bin/chromium), from navigation to every
  marker painted with the timeline and the control view (``body[data-ready=1]``, set in the
  animation frame after the markers were put on the map's canvas); target: under 2 s.

Each is run ``--repeat`` times; the table gives the best and the median. The server runs in this
process (a thread), as ``frontwire serve`` runs it, and shares the machine with chromium.
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.table import Table

from frontwire.records import ArticleRecord
from frontwire.store import Store

TYPES = [
    ("ASSAULT", "Violence against civilians", "Attack"),
    ("FIGHT", "Battles", "Armed clash"),
    ("PROTEST", "Protests", "Peaceful protest"),
    ("COERCE", "Strategic developments", "Arrests"),
]
VOCABULARY = ["river", "market", "road", "bridge", "school", "clinic", "field", "camp", "port", "hill"]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def record(i: int, rng: random.Random) -> ArticleRecord:
    """A one-event article at a place and on a day of its own."""
    plover, acled_type, acled_sub = TYPES[i % len(TYPES)]
    day = f"{2015 + i % 10}-{1 + i % 12:02d}-{1 + (i // 120) % 28:02d}"
    # texts of their own words: alike texts would all be near-duplicates of each other
    words = " ".join(f"{rng.choice(VOCABULARY)}{rng.randrange(1000)}" for _ in range(30))
    text = f"Report {i}: something happened at Place {i} on that day, officials said. {words}."
    return ArticleRecord.from_dict(
        {
            "schema": "frontwire/1",
            "article": {"id": f"bench-{i}", "title": f"Report {i}", "date": day, "outlet": "Bench",
                        "url": None, "text": text},
            "places": [{"id": "p1", "name": f"Place {i}", "geonameid": None, "country": None,
                        "admin1": None, "lat": round(rng.uniform(-35, 60), 4),
                        "lon": round(rng.uniform(-20, 110), 4), "feature": "city",
                        "mentions": [{"text": f"Place {i}", "start": 36, "end": 36 + len(f"Place {i}")}]}],
            "actors": [],
            "events": [{"id": "e1", "plover": {"type": plover, "mode": None, "contexts": []},
                        "acled": {"event_type": acled_type, "sub_event_type": acled_sub},
                        "actor1": None, "actor2": None, "place": "p1",
                        "date": {"start": day, "end": day, "precision": "day"}, "status": "occurred",
                        "territory": None, "count": None, "fatalities": None, "sources": [],
                        "evidence": [{"start": 0, "end": len(text)}], "confidence": 0.5}],
            "quotes": [],
        }
    )  # fmt: skip


def build(db: str, n: int) -> float:
    """Fill the store at ``db`` up to ``n`` articles; the seconds it took."""
    rng = random.Random(9)
    began = time.perf_counter()
    with Store(db) as store:
        have = len(store.articles())
        for i in range(n):
            rec = record(i, rng)  # drawn for every i, so the places do not depend on ``have``
            if i >= have:
                store.ingest(rec)
    return time.perf_counter() - began


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _best(times: list[float]) -> str:
    return f"{min(times):.2f} s (median {sorted(times)[len(times) // 2]:.2f})"


def measure(db: str, browser: bool, repeat: int = 3) -> list[tuple[str, str]]:
    """Time the store, the API and the page over the store at ``db``."""
    import uvicorn

    from frontwire.web import create_app

    rows: list[tuple[str, str]] = []
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    try:
        for path in ("/api/points", "/api/events.geojson", "/api/events?limit=100"):
            times, size = [], 0
            for _ in range(repeat):
                began = time.perf_counter()
                response = httpx.get(base + path, timeout=600)
                times.append(time.perf_counter() - began)
                size = len(response.content)
            rows.append((f"GET {path} ({size / 1e6:.1f} MB)", _best(times)))
        if browser and CHROMIUM.exists():
            rows.append(("page first render (navigation to every marker painted)", _page(base, repeat)))
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    return rows


def _page(base: str, repeat: int) -> str:
    from playwright.sync_api import sync_playwright

    times: list[float] = []
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        for _ in range(repeat):
            page: Any = chromium.new_page(viewport={"width": 1400, "height": 950})
            began = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready='1']", timeout=120_000)
            times.append(time.perf_counter() - began)
            page.close()
        chromium.close()
    return _best(times)


def main() -> None:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=10_000, help="merged events in the store")
    parser.add_argument("--db", help="store to build or reuse (default: a temporary SQLite file)")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement")
    parser.add_argument("--no-browser", action="store_true", help="skip the page's first render")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or f"sqlite:///{Path(tmp) / 'web.db'}"
        took = build(db, args.n)
        table = Table(title=f"Web: {args.n:,} merged events (store built in {took:.0f} s)")
        table.add_column("what")
        table.add_column(f"time (best of {args.repeat})", justify="right")
        for what, value in measure(db, not args.no_browser, args.repeat):
            table.add_row(what, value)
        Console().print(table)
        # the machine's load says how far the wall-clock times above are from an idle machine's
        print("load average (1, 5, 15 min) at the end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
