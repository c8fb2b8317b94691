"""Web archives: HTML responses streamed from WARC files, truncated records reported, the rest read."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from frontwire.ingest import read_paths
from frontwire.ingest.warc import read_warc
from test_ingest_html import PARAGRAPHS, page


def story(n: int) -> bytes:
    paragraphs = [p.replace("Sake", f"Town{n}") for p in PARAGRAPHS]
    return page(paragraphs).replace("courier.example/world/sake", f"courier.example/{n}").encode()


def build(path: Path, *, gzip_records: bool, pages: int = 3) -> list[int]:
    """A small crawl: per page a request and an HTML response, plus an image; returns record offsets."""
    offsets = []
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip_records)

        def write(url: str, kind: str, payload: bytes, content_type: str | None) -> None:
            offsets.append(handle.tell())
            headers = None
            if content_type:
                headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, kind, payload=io.BytesIO(payload), http_headers=headers)
            )

        for n in range(pages):
            url = f"https://courier.example/{n}"
            write(url, "request", b"GET / HTTP/1.1\r\nHost: courier.example\r\n\r\n", None)
            write(url, "response", story(n), "text/html; charset=utf-8")
        write("https://courier.example/logo.png", "response", b"\x89PNG" + bytes(5000), "image/png")
        write(
            "https://courier.example/menu",
            "response",
            b"<html><body><nav>Home</nav></body></html>",
            "text/html",
        )
    return offsets


def test_html_responses_only(tmp_path: Path) -> None:
    for gzip_records in (False, True):
        path = tmp_path / ("crawl.warc.gz" if gzip_records else "crawl.warc")
        build(path, gzip_records=gzip_records)
        results = list(read_warc(path))
        articles = [r.article for r in results if r.article is not None]
        assert [a.url for a in articles] == [f"https://courier.example/{n}" for n in range(3)]
        assert articles[1].text.startswith("M23 rebels captured the town of Town1")
        assert articles[0].outlet == "Lakeside Courier"
        [error] = [r for r in results if r.error]
        assert "no article" in (error.error or "") and "https://courier.example/menu" in (error.error or "")
        assert error.origin.startswith(f"{path}@")


def test_truncated_gzip_record_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    offsets = build(path, gzip_records=True)
    data = path.read_bytes()
    # cut the second response (the fourth record) in half, keep everything after it
    start, end = offsets[3], offsets[4]
    damaged = data[:start] + data[start : start + (end - start) // 2] + data[end:]
    path.write_bytes(damaged)
    results = list(read_warc(path))
    urls = [r.article.url for r in results if r.article]
    assert urls == ["https://courier.example/0", "https://courier.example/2"]
    errors = [r.error for r in results if r.error]
    assert any("truncated" in e or "unreadable" in e for e in errors), errors
    assert all("\n" not in e for e in errors)


def test_truncated_last_record_of_a_plain_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    offsets = build(path, gzip_records=False, pages=2)
    data = path.read_bytes()
    path.write_bytes(data[: offsets[3] + (offsets[4] - offsets[3]) // 2])
    results = list(read_warc(path))
    assert [r.article.url for r in results if r.article] == ["https://courier.example/0"]
    assert [r.error for r in results if r.error] == ["truncated WARC record"]


def test_whole_file_gzip_and_read_paths(tmp_path: Path) -> None:
    plain = tmp_path / "crawl.warc"
    build(plain, gzip_records=False)
    (tmp_path / "whole.warc.gz").write_bytes(gzip.compress(plain.read_bytes()))
    plain.unlink()
    results = list(read_paths([str(tmp_path)]))
    assert [r.article.url for r in results if r.article] == [f"https://courier.example/{n}" for n in range(3)]
    assert len([r for r in results if r.error]) == 1  # the navigation page


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "x.warc"
    path.write_text("hello\nthis is not an archive\n")
    results = list(read_warc(path))
    assert results and all(r.error and "\n" not in r.error for r in results)
    assert next(iter(read_warc(tmp_path / "missing.warc"))).error == "no such file or directory"


def test_a_record_with_a_negative_or_absurd_length_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    """Found by the long hypothesis run: a damaged Content-Length sent the resync to a negative offset."""
    path = tmp_path / "crawl.warc"
    build(path, gzip_records=False, pages=2)
    good = path.read_bytes()
    for length in (b"-4000", b"-1", b"99999999999999999999999"):
        bad = (
            b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://courier.example/x\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: " + length + b"\r\n\r\n"
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body>x</body></html>\r\n\r\n"
        )
        for data in (bad + good, good + bad, good[:300] + bad + good):
            path.write_bytes(data)
            results = list(read_warc(path))  # no exception escapes, and it ends
            assert all((r.article is None) != (r.error is None) for r in results)
            if data.startswith(bad):
                urls = [r.article.url for r in results if r.article is not None]
                assert urls == ["https://courier.example/0", "https://courier.example/1"], length
