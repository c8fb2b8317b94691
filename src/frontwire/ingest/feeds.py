"""RSS and Atom feeds: each entry's page fetched over HTTP(S) and read as a saved page.

feedparser reads RSS 0.9x/1.0/2.0 and Atom. Pages are fetched with httpx: timeouts, a User-Agent
that names Frontwire, retries with exponential back-off on timeouts and 5xx/429 answers, and
conditional requests. The ETag and Last-Modified of every URL fetched are kept in a small JSON cache
file, so re-polling a feed downloads nothing that has not changed (a 304 costs no body); a server
that sends neither is caught by the body's hash instead, and its page is not read twice.

When a page cannot be fetched or holds no article, the entry's own content or summary stands in
for it when it is long enough; otherwise the entry is reported in one line and the rest goes on.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx

from frontwire import __version__
from frontwire.ingest.html import parse_html
from frontwire.ingest.readers import MAX_ARTICLE_BYTES, normalise_text
from frontwire.records import ArticleInput, ReadResult

PROJECT_URL = "https://github.com/frontwire/frontwire"
USER_AGENT = f"Frontwire/{__version__} (+{PROJECT_URL})"
#: file name of the validator cache inside ``cache_dir``
CACHE_FILE = "http-cache.json"
#: an entry's summary stands in for its page only with at least this many words (teasers are shorter)
FALLBACK_MIN_WORDS = 50
#: seconds to wait for a connection / for the whole exchange
CONNECT_TIMEOUT = 5.0
TIMEOUT = 15.0
#: the most seconds a server's Retry-After is obeyed
MAX_RETRY_AFTER = 30.0

_RETRY_STATUSES = {429, 500, 502, 503, 504}
_FEED_TYPES = ("xml", "rss", "atom", "rdf")


class FetchError(Exception):
    """A URL could not be fetched; the message is one line."""


@dataclass(slots=True)
class PollStats:
    """What one or more polls did, for ``frontwire watch`` to say what it added."""

    fetched: int = 0  # bodies downloaded
    not_modified: int = 0  # 304 answers: nothing downloaded
    unchanged: int = 0  # downloaded but identical to last time (server without validators)
    articles: int = 0  # articles yielded
    fallbacks: int = 0  # of which read from the feed's own summary or content
    errors: int = 0


@dataclass(slots=True)
class _Fetched:
    """A fresh body; None from `Fetcher.get` means nothing new."""

    url: str
    data: bytes
    content_type: str
    charset: str | None


@dataclass(slots=True)
class HttpCache:
    """Validators (ETag, Last-Modified, body hash) per URL and the entries already read, in one JSON file."""

    path: Path | None = None
    urls: dict[str, dict[str, str]] = field(default_factory=dict)
    entries: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, cache_dir: str | Path | None) -> HttpCache:
        """The cache kept in ``cache_dir`` (created when needed); only in memory when None."""
        if cache_dir is None:
            return cls()
        path = Path(cache_dir) / CACHE_FILE
        try:
            saved = json.loads(path.read_text("utf-8"))
            return cls(path, dict(saved.get("urls", {})), dict(saved.get("entries", {})))
        except (OSError, ValueError, AttributeError):
            # a missing or damaged cache only costs a full download
            return cls(path)

    def save(self) -> None:
        """Write the cache atomically (a crash mid-write leaves the old file)."""
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"urls": self.urls, "entries": self.entries}, indent=0), "utf-8")
        os.replace(temporary, self.path)


class Fetcher:
    """HTTP(S) GETs with timeouts, retries with back-off, conditional requests and a size limit."""

    def __init__(
        self,
        cache: HttpCache,
        stats: PollStats,
        *,
        timeout: float = TIMEOUT,
        retries: int = 2,
        backoff: float = 0.5,
    ) -> None:
        self.cache, self.stats, self.retries, self.backoff = cache, stats, retries, backoff
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT},
            timeout=httpx.Timeout(timeout, connect=min(CONNECT_TIMEOUT, timeout)),
            follow_redirects=True,
        )

    def close(self) -> None:
        """Close the connection pool."""
        self.client.close()

    def get(self, url: str) -> _Fetched | None:
        """The body at ``url``, or None when it has not changed since last time. Raises FetchError."""
        known = self.cache.urls.get(url, {})
        headers = {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        for attempt in range(self.retries + 1):
            try:
                with self.client.stream("GET", url, headers=headers) as response:
                    if response.status_code in _RETRY_STATUSES and attempt < self.retries:
                        time.sleep(self._delay(attempt, response))
                        continue
                    return self._answer(url, response, known)
            except httpx.TimeoutException as exc:
                if attempt == self.retries:
                    raise FetchError(f"timed out ({type(exc).__name__}) after {attempt + 1} tries") from exc
            except httpx.TransportError as exc:
                if attempt == self.retries:
                    raise FetchError(f"cannot connect ({_one_line(exc)})") from exc
            except httpx.InvalidURL as exc:
                raise FetchError(f"invalid URL ({_one_line(exc)})") from exc
            time.sleep(self._delay(attempt, None))
        raise FetchError("no answer")  # pragma: no cover - the loop always returns or raises

    def _delay(self, attempt: int, response: httpx.Response | None) -> float:
        after = response.headers.get("Retry-After", "") if response is not None else ""
        if after.isdigit():
            return min(float(after), MAX_RETRY_AFTER)
        return self.backoff * 2**attempt

    def _answer(self, url: str, response: httpx.Response, known: dict[str, str]) -> _Fetched | None:
        if response.status_code == 304:
            self.stats.not_modified += 1
            return None
        if response.status_code >= 400:
            raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > MAX_ARTICLE_BYTES:
            raise FetchError(f"page too large ({int(declared):,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_ARTICLE_BYTES:
                raise FetchError(f"page too large (over {MAX_ARTICLE_BYTES:,} bytes)")
            chunks.append(chunk)
        data = b"".join(chunks)
        self.stats.fetched += 1
        digest = hashlib.sha256(data).hexdigest()
        unchanged = known.get("sha256") == digest
        self.cache.urls[url] = {
            key: value
            for key, value in (
                ("etag", response.headers.get("ETag", "")),
                ("last_modified", response.headers.get("Last-Modified", "")),
                ("sha256", digest),
            )
            if value
        }
        if unchanged:
            self.stats.unchanged += 1
            return None
        content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
        return _Fetched(str(response.url), data, content_type, response.charset_encoding)


class FeedPoller:
    """Reads feeds again and again with one connection pool and one validator cache."""

    def __init__(
        self,
        *,
        cache_dir: str | Path | None = None,
        timeout: float = TIMEOUT,
        retries: int = 2,
        backoff: float = 0.5,
    ) -> None:
        self.cache = HttpCache.load(cache_dir)
        self.stats = PollStats()
        self.fetcher = Fetcher(self.cache, self.stats, timeout=timeout, retries=retries, backoff=backoff)

    def close(self) -> None:
        """Save the cache and close connections."""
        self.cache.save()
        self.fetcher.close()

    def __enter__(self) -> FeedPoller:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def poll(self, source: str) -> Iterator[ReadResult]:
        """The new articles of the feed at ``source`` (an http(s) URL or a file, possibly gzip)."""
        try:
            data = self._feed_bytes(source)
        except FetchError as exc:
            self.stats.errors += 1
            yield ReadResult(source, error=f"cannot fetch the feed: {exc}")
            return
        if data is None:
            return  # the feed itself has not changed
        import feedparser

        parsed = feedparser.parse(data)
        if not parsed.entries:
            # feedparser names the format it recognised; none means this is no feed at all
            if parsed.get("bozo") or not parsed.get("version"):
                self.stats.errors += 1
                reason = _one_line(parsed.get("bozo_exception") or "not RSS or Atom")
                yield ReadResult(source, error=f"broken feed ({reason})")
            return
        outlet = _clean(parsed.feed.get("title"))
        try:
            for number, entry in enumerate(parsed.entries, start=1):
                result = self._entry(source, number, entry, outlet)
                if result is None:
                    continue
                if result.article is not None:
                    self.stats.articles += 1
                else:
                    self.stats.errors += 1
                yield result
        finally:
            self.cache.save()

    def _feed_bytes(self, source: str) -> bytes | None:
        if source.startswith(("http://", "https://")):
            fetched = self.fetcher.get(source)
            return fetched.data if fetched is not None else None
        try:
            with Path(source).open("rb") as handle:
                head = handle.read(2)
            opener = gzip.open if head == b"\x1f\x8b" else open
            with opener(source, "rb") as stream:
                data: bytes = stream.read(MAX_ARTICLE_BYTES + 1)
        except (OSError, EOFError, zlib.error) as exc:
            reason = exc.strerror.lower() if isinstance(exc, OSError) and exc.strerror else _one_line(exc)
            raise FetchError(reason) from exc
        if len(data) > MAX_ARTICLE_BYTES:
            raise FetchError(f"feed too large (over {MAX_ARTICLE_BYTES:,} bytes)")
        return data

    def _entry(self, source: str, number: int, entry: Any, outlet: str | None) -> ReadResult | None:
        link = _clean(entry.get("link"))
        key = _clean(entry.get("id")) or link or f"{source}#{number}"
        origin = link or f"{source}#{number}"
        if key in self.cache.entries:
            return None  # read from its summary on an earlier poll
        problem = "no link"
        if link:
            try:
                fetched = self.fetcher.get(link)
                if fetched is None:
                    return None  # not modified since the last poll
                if fetched.content_type and not any(t in fetched.content_type for t in ("html", "xml")):
                    raise ValueError(f"not an HTML page ({fetched.content_type})")
                article = parse_html(fetched.data, origin, url=fetched.url, charset=fetched.charset)
                return ReadResult(origin, article=_with_entry(article, entry, outlet))
            except (FetchError, ValueError) as exc:
                problem = str(exc)
        fallback = _summary_article(entry, origin, link, outlet)
        if fallback is None:
            return ReadResult(origin, error=f"{problem}; the feed's summary is too short to stand in")
        self.cache.entries[key] = "summary"
        self.stats.fallbacks += 1
        return ReadResult(origin, article=fallback)


def read_feed(
    source: str,
    *,
    cache_dir: str | Path | None = None,
    timeout: float = TIMEOUT,
    retries: int = 2,
    backoff: float = 0.5,
) -> Iterator[ReadResult]:
    """Articles from an RSS/Atom feed (URL or file): each entry's page, else its summary, else an error.

    With ``cache_dir`` the validators are kept between runs, so reading the same feed again yields
    only what is new or changed.
    """
    poller = FeedPoller(cache_dir=cache_dir, timeout=timeout, retries=retries, backoff=backoff)
    try:
        yield from poller.poll(source)
    finally:
        poller.close()


def _with_entry(article: ArticleInput, entry: Any, outlet: str | None) -> ArticleInput:
    """Fill what the page did not say from the feed entry."""
    article.date = article.date or _entry_date(entry)
    article.title = article.title or _clean(entry.get("title"))
    article.outlet = article.outlet or outlet
    return article


def _summary_article(entry: Any, origin: str, link: str | None, outlet: str | None) -> ArticleInput | None:
    """The entry's own full content (or summary) as the article, when long enough."""
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    candidates = [*contents, entry.get("summary", "")]
    text = max((_fragment_text(c) for c in candidates), key=len, default="")
    if len(text.split()) < FALLBACK_MIN_WORDS:
        return None
    return ArticleInput(
        text=text,
        date=_entry_date(entry),
        title=_clean(entry.get("title")),
        outlet=outlet,
        url=link,
        origin=origin,
    )


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


class _TextOfFragment(HTMLParser):
    """Text of an HTML fragment, a paragraph per block element."""

    _BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "blockquote", "tr", "section"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _fragment_text(fragment: str) -> str:
    parser = _TextOfFragment()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in unescape("".join(parser.parts)).split("\n"))
    return normalise_text("\n\n".join(line for line in lines if line))


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _one_line(value: object) -> str:
    return " ".join(str(value).split())[:200] or type(value).__name__
