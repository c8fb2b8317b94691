"""Web archives: the HTML responses of a WARC file (e.g. Common Crawl News), streamed with warcio.

Records are read one at a time and each payload at most up to the page size limit, so memory stays
flat whatever the archive's size. A record that cannot be read (truncated, corrupt gzip member) is
reported in one line and reading resumes at the next record boundary found after it.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from frontwire.ingest.html import read_html_bytes
from frontwire.ingest.readers import MAX_ARTICLE_BYTES
from frontwire.records import ReadResult

#: payload types read as pages; every other response (images, scripts, PDFs) is skipped silently
HTML_TYPES = ("text/html", "application/xhtml+xml")

_GZIP_MAGIC = b"\x1f\x8b\x08"
_WARC_MAGIC = b"WARC/1."
_SCAN_BLOCK = 1 << 20


def read_warc(path: str | Path) -> Iterator[ReadResult]:
    """Articles from the HTML ``response`` records of a WARC file (plain, per-record or whole gzip).

    Each result's origin is ``path@offset`` (the record's byte offset, as CDX indexes give it).
    """
    from warcio.exceptions import ArchiveLoadFailed

    path = Path(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadResult(str(path), error=exc.strerror.lower() if exc.strerror else str(exc))
        return
    with handle:
        size = os.fstat(handle.fileno()).st_size
        start: int | None = 0
        seen = 0
        while start is not None:
            reader = _Records(path, handle, start, size)
            try:
                yield from reader
            except ArchiveLoadFailed:
                # one gzip stream around the whole archive: read it through gzip, in one pass
                yield from _read_whole_gzip(path, skip=seen + reader.count)
                return
            seen += reader.count
            start = reader.resume


class _Records:
    """Iterate one run of readable records from ``start``; ``resume`` tells where to go on after a fault."""

    def __init__(self, path: Path, handle: IO[bytes], start: int, size: int) -> None:
        self.path, self.handle, self.start, self.size = path, handle, start, size
        self.end = start  # where the last whole record ended
        self.count = 0
        self.resume: int | None = None

    def _after_last_record(self) -> int:
        """Where to look for the next record: past the last whole one, and always past the start
        (a damaged length can make the computed end lie before it; resuming there would loop)."""
        return max(self.end, self.start) + 1

    def __iter__(self) -> Iterator[ReadResult]:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed

        self.handle.seek(self.start)
        records = ArchiveIterator(self.handle)
        try:
            for record in records:
                page = _payload(record)
                # asked only now: warcio reads the rest of the record to answer
                offset = records.get_record_offset()
                origin = f"{self.path}@{offset}"
                if page is not None and page.truncated:
                    yield ReadResult(origin, error="truncated WARC record")
                    self.resume = _next_boundary(self.handle, max(offset, self.start) + 1, self.size)
                    return
                self.count += 1
                self.end = offset + records.get_record_length()
                if page is not None:
                    yield page.result(origin)
        except ArchiveLoadFailed as exc:
            if "non-chunked" in str(exc):
                raise
            # a damaged gzip member runs into the next one and decompresses to garbage
            yield ReadResult(f"{self.path}@{self.end}", error="truncated or unreadable WARC record")
            self.resume = _next_boundary(self.handle, self._after_last_record(), self.size)
        except Exception as exc:
            # warcio trusts the headers it parses: a damaged one raises anything (a missing target
            # URI an AttributeError, a bad length a ValueError), and the archive must go on
            yield ReadResult(f"{self.path}@{self.end}", error=f"unreadable WARC record ({_one_line(exc)})")
            self.resume = _next_boundary(self.handle, self._after_last_record(), self.size)
        else:
            # the iterator stops quietly at a truncated gzip member: bytes left over mean a lost record
            if self.size - self.end > 4:
                yield ReadResult(f"{self.path}@{self.end}", error="truncated or unreadable WARC record")
                self.resume = _next_boundary(self.handle, self._after_last_record(), self.size)


@dataclass(slots=True)
class _Page:
    """The HTML payload of one response record."""

    url: str | None
    data: bytes
    charset: str | None
    truncated: bool

    def result(self, origin: str) -> ReadResult:
        if len(self.data) > MAX_ARTICLE_BYTES:
            return ReadResult(origin, error=f"page too large (over {MAX_ARTICLE_BYTES:,} bytes): {self.url}")
        result = read_html_bytes(self.data, origin, url=self.url, charset=self.charset)
        if result.error:
            result.error = f"{result.error}: {self.url}"
        return result


def _payload(record: Any) -> _Page | None:
    """The page in one record, or None when it is not an HTML response."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES):
        return None
    # one byte past the limit tells a huge page without holding it
    data = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
    # the raw stream counts down the bytes the WARC header promised: any missing were never written
    # (without a Content-Length there is no count, and no telling)
    raw = record.raw_stream
    left = getattr(raw, "limit", 0)
    truncated = len(data) <= MAX_ARTICLE_BYTES and isinstance(left, int) and left > 0 and not raw.read(1)
    charset = None
    if "charset=" in content_type:
        charset = content_type.split("charset=", 1)[1].split(";")[0].strip(" \"'")
    return _Page(record.rec_headers.get_header("WARC-Target-URI"), data, charset, truncated)


def _next_boundary(handle: IO[bytes], position: int, size: int) -> int | None:
    """The next place a record may start (a gzip member or a ``WARC/1.`` line), scanning in blocks."""
    overlap = len(_WARC_MAGIC)
    # a damaged length header can put the computed position anywhere, even before the file
    position = max(position, 0)
    while position < size:
        handle.seek(position)
        block = handle.read(_SCAN_BLOCK + overlap)
        if not block:
            return None
        hits = [i for i in (block.find(_GZIP_MAGIC), block.find(b"\n" + _WARC_MAGIC)) if i >= 0]
        if hits:
            hit = min(hits)
            return position + hit + (1 if block[hit : hit + 1] == b"\n" else 0)
        position += _SCAN_BLOCK
    return None


def _read_whole_gzip(path: Path, skip: int) -> Iterator[ReadResult]:
    """A WARC compressed as a single gzip stream: read it through `gzip`, skipping records already read."""
    from warcio.archiveiterator import ArchiveIterator

    index = 0
    try:
        with gzip.open(path, "rb") as stream:
            for record in ArchiveIterator(stream):
                index += 1
                if index <= skip:
                    continue
                page = _payload(record)
                if page is not None and page.truncated:
                    yield ReadResult(f"{path}#{index}", error="truncated WARC record")
                    return
                if page is not None:
                    yield page.result(f"{path}#{index}")
    except Exception as exc:  # as in `_Records`: damaged headers make warcio raise anything
        yield ReadResult(f"{path}#{index}", error=f"unreadable WARC record ({_one_line(exc)})")


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:200] or type(exc).__name__
