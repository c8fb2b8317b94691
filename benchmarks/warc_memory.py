"""WARC reading keeps memory flat: peak RSS while streaming a large archive built on the spot.

    python -m benchmarks.warc_memory [--mb 1024] [--dir /tmp]

Builds a per-record-gzip WARC of about ``--mb`` megabytes (one HTML article page per ~40 binary
responses of 256 KB of random bytes, as in a crawl that kept images), reads it with
`frontwire.ingest.warc.read_warc`, and prints peak resident memory at each tenth of the file.
Flat means the last rows equal the first ones.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from frontwire.ingest.warc import read_warc

PARAGRAPH = (
    "<p>Gunmen attacked a police post near the town of {n} on Saturday, killing at least four officers, "
    "a local official said, and residents fled towards the river as the fighting went on.</p>"
)


def build(path: Path, megabytes: int) -> int:
    """Write the archive; returns the number of HTML pages in it."""
    blob = os.urandom(256 * 1024)
    pages = 0
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        n = 0
        while handle.tell() < megabytes * 1024 * 1024:
            n += 1
            if n % 40 == 0:
                pages += 1
                body = (
                    f"<html><head><title>Story {n}</title></head><body><article>" + PARAGRAPH.format(n=n) * 5
                )
                payload, kind = (body + "</article></body></html>").encode(), "text/html; charset=utf-8"
            else:
                payload, kind = blob, "image/jpeg"
            headers = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    f"https://example.org/{n}", "response", payload=io.BytesIO(payload), http_headers=headers
                )
            )
    return pages


def main() -> None:
    """Build, read, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=1024)
    parser.add_argument("--dir", default=tempfile.gettempdir())
    args = parser.parse_args()
    path = Path(args.dir) / "frontwire-bench.warc.gz"
    try:
        pages = build(path, args.mb)
        size = path.stat().st_size
        table = Table(title=f"read_warc over {size / 2**20:,.0f} MB ({pages} HTML pages)")
        for column in ("read", "articles", "errors", "peak RSS MB", "seconds"):
            table.add_column(column, justify="right")
        started, articles, errors, mark = time.perf_counter(), 0, 0, 1
        for result in read_warc(path):
            articles += result.article is not None
            errors += result.error is not None
            done = int(result.origin.rsplit("@", 1)[-1]) / size
            if done >= mark / 10:
                peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                elapsed = time.perf_counter() - started
                table.add_row(f"{done:.0%}", str(articles), str(errors), f"{peak:,.0f}", f"{elapsed:.1f}")
                mark = int(done * 10) + 1
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        elapsed = time.perf_counter() - started
        table.add_row("100%", str(articles), str(errors), f"{peak:,.0f}", f"{elapsed:.1f}")
        Console().print(table)
    finally:
        path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
