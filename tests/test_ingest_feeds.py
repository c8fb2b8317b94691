"""Feeds: RSS and Atom over a real HTTP server on 127.0.0.1, conditional re-polls, errors per entry."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from frontwire.ingest import read_paths
from frontwire.ingest.feeds import USER_AGENT, FeedPoller, read_feed
from frontwire.ingest.readers import MAX_ARTICLE_BYTES
from test_ingest_html import PARAGRAPHS, page

SUMMARY = " ".join(PARAGRAPHS)  # long enough to stand in for a page


@dataclass
class Route:
    """What the server answers on one path."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    fail_first: int = 0  # answer 503 this many times before the real answer
    delay: float = 0.0


@dataclass
class Site:
    """A tiny news site: routes, and a log of what it was asked and what it sent."""

    base: str = ""
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (path, user agent)
    bodies_sent: list[str] = field(default_factory=list)


def serve(site: Site) -> Iterator[Site]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            site.requests.append((self.path, self.headers.get("User-Agent", "")))
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
                return
            if route.delay:
                time.sleep(route.delay)
            if route.fail_first > 0:
                route.fail_first -= 1
                self.send_error(503, "Busy")
                return
            fresh = (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified
            )
            if fresh:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            if route.etag:
                self.send_header("ETag", route.etag)
            if route.last_modified:
                self.send_header("Last-Modified", route.last_modified)
            self.end_headers()
            # counted before it is written: the client may have read the body and gone on before
            # this thread runs again, and a count taken then must include it
            site.bodies_sent.append(self.path)
            try:
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):
                site.bodies_sent.remove(self.path)
                return  # the client gave up (a huge page, a timeout)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    yield from serve(Site())


def article_page(n: int) -> bytes:
    return (
        page([p.replace("Sake", f"Town{n}") for p in PARAGRAPHS])
        .replace("courier.example/world/sake", f"courier.example/{n}")
        .encode()
    )


def rss(site: Site, items: list[tuple[str, str]]) -> bytes:
    entries = "".join(
        f"<item><title>Story {path}</title><link>{site.base}{path}</link><guid>{path}</guid>"
        f"<pubDate>Sun, 02 Mar 2025 08:00:00 GMT</pubDate><description>{summary}</description></item>"
        for path, summary in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Lakeside Courier</title>'
        f"<link>{site.base}/</link><description>World news</description>{entries}</channel></rss>"
    ).encode()


def atom(site: Site, paths: list[str]) -> bytes:
    entries = "".join(
        f'<entry><title>Story {p}</title><link href="{site.base}{p}"/><id>tag:x,{p}</id>'
        f"<updated>2025-03-02T08:00:00Z</updated></entry>"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Courier Atom</title><id>tag:x,feed</id><updated>2025-03-02T08:00:00Z</updated>"
        f"{entries}</feed>"
    ).encode()


def test_rss_entries_are_fetched_and_a_repoll_downloads_nothing(site: Site, tmp_path: Path) -> None:
    site.routes["/a"] = Route(article_page(1), etag='"a1"')
    site.routes["/b"] = Route(article_page(2), last_modified="Sun, 02 Mar 2025 09:00:00 GMT")
    site.routes["/feed.xml"] = Route(
        rss(site, [("/a", "teaser"), ("/b", "teaser")]), "application/rss+xml", etag='"f1"'
    )
    results = list(read_feed(f"{site.base}/feed.xml", cache_dir=tmp_path))
    assert [r.error for r in results] == [None, None]
    first = results[0].article
    assert first is not None and first.text.startswith("M23 rebels captured the town of Town1")
    assert first.url == "https://courier.example/1" and first.outlet == "Lakeside Courier"
    assert first.date == date(2025, 3, 2)
    assert {agent for _, agent in site.requests} == {USER_AGENT}
    assert USER_AGENT.startswith("Frontwire/")
    sent = len(site.bodies_sent)
    # the same feed again, in a new process (only the cache file is shared): nothing downloaded
    assert list(read_feed(f"{site.base}/feed.xml", cache_dir=tmp_path)) == []
    assert len(site.bodies_sent) == sent
    # the feed changes: a new entry; old entries answer 304, only the new page is downloaded
    site.routes["/c"] = Route(article_page(3), etag='"c1"')
    site.routes["/feed.xml"] = Route(
        rss(site, [("/a", "t"), ("/b", "t"), ("/c", "t")]), "application/rss+xml", etag='"f2"'
    )
    with FeedPoller(cache_dir=tmp_path) as poller:
        new = list(poller.poll(f"{site.base}/feed.xml"))
        assert [r.article.url for r in new if r.article] == ["https://courier.example/3"]
        assert poller.stats.not_modified == 2 and poller.stats.fetched == 2  # the feed and /c
    assert site.bodies_sent[sent:] == ["/feed.xml", "/c"]


def test_atom_and_feed_files(site: Site, tmp_path: Path) -> None:
    site.routes["/x"] = Route(article_page(7))
    feed = tmp_path / "saved.atom"
    feed.write_bytes(atom(site, ["/x"]))
    results = list(read_paths([str(feed)]))
    assert [r.article.url for r in results if r.article] == ["https://courier.example/7"]


def test_errors_fallbacks_retries_and_limits(site: Site) -> None:
    site.routes["/ok"] = Route(article_page(1))
    site.routes["/flaky"] = Route(article_page(2), fail_first=1)  # one 503, then the page
    site.routes["/slow"] = Route(article_page(3), delay=1.5)
    site.routes["/huge"] = Route(b"<html><body>" + b"x" * (MAX_ARTICLE_BYTES + 10) + b"</body></html>")
    site.routes["/image"] = Route(b"\x89PNG", "image/png")
    site.routes["/latin"] = Route(
        page(
            [
                "Soldiers entered the café in Bouaké on Monday and arrested three men, the ministry said.",
                *PARAGRAPHS,
            ]
        )
        .replace('<meta charset="utf-8">', "")
        .encode("cp1252"),
        "text/html; charset=windows-1252",
    )
    items = [
        ("/ok", "t"),
        ("/missing", SUMMARY),  # 404, but the summary is long enough
        ("/missing2", "A short teaser."),  # 404 and a teaser: reported
        ("/flaky", "t"),
        ("/slow", "t"),
        ("/huge", "t"),
        ("/image", "t"),
        ("/latin", "t"),
    ]
    site.routes["/feed.xml"] = Route(rss(site, items), "application/rss+xml")
    with FeedPoller(timeout=0.5, retries=1, backoff=0.01) as poller:
        results = {r.origin.rsplit("/", 1)[-1]: r for r in poller.poll(f"{site.base}/feed.xml")}
    assert results["ok"].article is not None
    fallback = results["missing"].article
    assert fallback is not None and fallback.text == SUMMARY and fallback.outlet == "Lakeside Courier"
    assert "HTTP 404" in (results["missing2"].error or "")
    assert results["flaky"].article is not None
    assert "timed out" in (results["slow"].error or "")
    assert "too large" in (results["huge"].error or "")
    assert "not an HTML page" in (results["image"].error or "")
    latin = results["latin"].article
    assert latin is not None and "café in Bouaké" in latin.text
    assert all("\n" not in (r.error or "") for r in results.values())
    assert poller.stats.fallbacks == 1 and poller.stats.errors == 4


def test_broken_and_missing_feeds(site: Site, tmp_path: Path) -> None:
    site.routes["/broken.xml"] = Route(b"<html><body>not a feed</body></html>", "text/html")
    [broken] = list(read_feed(f"{site.base}/broken.xml"))
    assert broken.error is not None and broken.error.startswith("broken feed")
    [gone] = list(read_feed(f"{site.base}/gone.xml", retries=0))
    assert gone.error == "cannot fetch the feed: HTTP 404 Not Found"
    [nofile] = list(read_feed(str(tmp_path / "nope.rss")))
    assert nofile.error == "cannot fetch the feed: no such file or directory"
