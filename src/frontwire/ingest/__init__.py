"""The ingest stage: readers that turn files, JSON Lines and standard input into `ArticleInput`s.

Every reader yields `ReadResult`s: an article, or a one-line error naming the input (and line)
that could not be read, so a batch goes on past bad input. `read_paths` picks the reader by suffix:
wire text, JSON Lines, saved pages (`frontwire.ingest.html`), WARC archives (`.warc`), RSS/Atom
feeds (`.feeds`), each possibly gzip-compressed; `.dedup` finds near-duplicate articles.
"""

from typing import Any

from frontwire.ingest.readers import (
    MAX_ARTICLE_BYTES,
    ReadResult,
    article_from_mapping,
    parse_wire_text,
    read_jsonl,
    read_paths,
    read_wire_file,
)

# these pull in trafilatura, httpx, warcio and datasketch: imported on first use, not with the package
_LAZY = {
    "read_feed": "frontwire.ingest.feeds",
    "read_warc": "frontwire.ingest.warc",
    "read_html_file": "frontwire.ingest.html",
    "NearDuplicateIndex": "frontwire.ingest.dedup",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MAX_ARTICLE_BYTES",
    "NearDuplicateIndex",
    "ReadResult",
    "article_from_mapping",
    "parse_wire_text",
    "read_feed",
    "read_html_file",
    "read_jsonl",
    "read_paths",
    "read_warc",
    "read_wire_file",
]
