"""`frontwire ingest --feed` and `frontwire watch` against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from test_ingest_feeds import Route, Site, article_page, rss, serve


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve(Site())


def frontwire(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "frontwire", *args], capture_output=True, text=True, timeout=300
    )


def test_ingest_feed_twice_stores_once_and_downloads_nothing_new(site: Site, tmp_path: Path) -> None:
    site.routes["/a"] = Route(article_page(1), etag='"a1"')
    site.routes["/b"] = Route(article_page(2), etag='"b1"')
    site.routes["/feed.xml"] = Route(
        rss(site, [("/a", "one"), ("/b", "two")]), "application/rss+xml", etag='"f1"'
    )
    db = f"sqlite:///{tmp_path / 'fw.db'}"
    cache = str(tmp_path / "cache")

    first = frontwire("ingest", "--feed", f"{site.base}/feed.xml", "--db", db, "--feed-cache", cache)
    assert first.returncode == 0, first.stderr
    assert "2 added" in first.stderr
    sent = len(site.bodies_sent)

    second = frontwire("ingest", "--feed", f"{site.base}/feed.xml", "--db", db, "--feed-cache", cache)
    assert second.returncode == 0, second.stderr
    assert "0 added" in second.stderr
    assert len(site.bodies_sent) == sent, "a conditional re-poll downloads nothing"

    listed = frontwire("articles", "--db", db, "--format", "jsonl")
    assert listed.returncode == 0, listed.stderr
    assert len([json.loads(line) for line in listed.stdout.splitlines()]) == 2


def test_watch_polls_and_says_what_it_added(site: Site, tmp_path: Path) -> None:
    site.routes["/a"] = Route(article_page(3))
    site.routes["/feed.xml"] = Route(rss(site, [("/a", "one")]), "application/rss+xml")
    db = f"sqlite:///{tmp_path / 'fw.db'}"
    result = frontwire(
        "watch", f"{site.base}/feed.xml", "--every", "1s", "--times", "2", "--db", db,
        "--feed-cache", str(tmp_path / "cache"),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 2
    assert "1 added" in lines[0] and "0 added" in lines[1]


def test_watch_refuses_a_bad_interval(tmp_path: Path) -> None:
    result = frontwire("watch", "feed.xml", "--every", "soon", "--db", f"sqlite:///{tmp_path / 'x.db'}")
    assert result.returncode == 2 and "interval" in result.stderr
