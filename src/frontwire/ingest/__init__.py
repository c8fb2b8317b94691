"""The ingest stage: readers that turn files, JSON Lines and standard input into `ArticleInput`s.

Every reader yields `ReadResult`s: an article, or a one-line error naming the input (and line)
that could not be read, so a batch goes on past bad input.
"""

from frontwire.ingest.readers import (
    MAX_ARTICLE_BYTES,
    ReadResult,
    article_from_mapping,
    parse_wire_text,
    read_jsonl,
    read_paths,
    read_wire_file,
)

__all__ = [
    "MAX_ARTICLE_BYTES",
    "ReadResult",
    "article_from_mapping",
    "parse_wire_text",
    "read_jsonl",
    "read_paths",
    "read_wire_file",
]
