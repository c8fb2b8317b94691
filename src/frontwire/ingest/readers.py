"""Readers for wire-format text files, JSON Lines, directories and standard input."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import BinaryIO, Protocol

from frontwire.records import ArticleInput, ReadResult

#: a text file larger than this is refused rather than read into memory
MAX_ARTICLE_BYTES = 5 * 1024 * 1024
#: a JSON Lines line longer than this is skipped, read in bounded pieces (never held whole): a
#: 1,000,000-character text (the pipeline's default limit) fits even written as \uXXXX escapes
MAX_LINE_BYTES = 16 * 1024 * 1024

#: file suffixes read as JSON Lines; every other regular file is read as wire text
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
#: suffixes a directory walk picks up
TEXT_SUFFIXES = {".txt", ".text", ".wire"} | JSONL_SUFFIXES
#: saved web pages, web archives and feeds (read by frontwire.ingest.html, .warc and .feeds)
PAGE_SUFFIXES = {".html", ".htm", ".xhtml"}
WARC_SUFFIXES = {".warc"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
#: every suffix read; each may also be gzip-compressed (``story.txt.gz``, ``crawl.warc.gz``)
READABLE_SUFFIXES = TEXT_SUFFIXES | PAGE_SUFFIXES | WARC_SUFFIXES | FEED_SUFFIXES


class _LineSource(Protocol):
    """What `bounded_lines` reads: an open binary file, gzip stream or standard input."""

    def readline(self, size: int = -1, /) -> bytes: ...


_HEADER = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{2}-\d{2})(?:[ \t]+(?P<title>[^\n]*))?$", re.IGNORECASE)

# An outlet signature closing a story: "Brief News from Washington Newsday.", "Reporting by Reuters",
# "This article first appeared on Al Jazeera.", "© 2021 The Associated Press". The outlet is one to
# six capitalised words; the sentence must be the last thing in the body.
_OUTLET = (
    r"(?P<outlet>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|&))*?(?:\s+[A-Z][\w&'’.-]*)?)"
)
_SIGNATURE_LEAD = (
    r"(?i:(?:(?:brief|breaking|latest|more|top|world)\s+)?"
    r"(?:news|article|content|coverage)\s+(?:from|by|via|courtesy\s+of)"
    r"|this\s+(?:article|story|report)\s+(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|published)"
    r"\s+(?:on|in|by)|originally\s+published\s+(?:on|in|by)|source:|©|\(c\)|copyright)"
)
_SIGNATURE = re.compile(
    r"(?:(?<=[.!?”\"’)])\s+|\n\s*|^)(?P<signature>" + _SIGNATURE_LEAD + r"\s*(?:\d{4}\s+)?" + _OUTLET + r")"
    r"\s*[.!]?\s*$"
)


def normalise_text(text: str) -> str:
    """The body as Frontwire indexes it: NFC, Unix newlines, no BOM, no trailing spaces, trimmed."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).lstrip("\ufeff")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def split_signature(body: str) -> tuple[str, str | None]:
    """Remove a closing outlet signature from ``body``; return the body and the outlet it names."""
    match = _SIGNATURE.search(body)
    if not match or len(match.group("signature")) > 120:
        return body, None
    outlet = match.group("outlet").strip().rstrip(".")
    return body[: match.start("signature")].rstrip(), outlet or None


def parse_wire_text(raw: str, origin: str = "<text>") -> ArticleInput:
    """Read a wire-format story: optional ``date YYYY-MM-DD title`` line, blank line, body, signature."""
    text = normalise_text(raw)
    first, _, rest = text.partition("\n")
    article_date: date | None = None
    title: str | None = None
    header = _HEADER.match(first)
    if header:
        try:
            article_date = date.fromisoformat(header.group("date"))
        except ValueError as exc:
            raise ValueError(f"bad date in header line: {header.group('date')!r}") from exc
        title = " ".join((header.group("title") or "").split()) or None
        text = rest.strip()
    body, outlet = split_signature(text)
    return ArticleInput(text=body, date=article_date, title=title, outlet=outlet, origin=origin)


def article_from_mapping(obj: Mapping[str, object], origin: str) -> ArticleInput:
    """An article from a JSONL-style object; ``text`` is kept exactly as given. Raises ValueError.

    A ``date`` that cannot be read leaves the article undated (see `read_mapping` for the warning).
    """
    return read_mapping(obj, origin)[0]


def read_mapping(obj: Mapping[str, object], origin: str) -> tuple[ArticleInput, str | None]:
    """An article from a JSONL-style object, and a warning when its ``date`` cannot be read.

    An unreadable date does not lose the article: it is read as undated (relative dates in it then
    resolve against a dateline, or stay unknown). Wrong types raise ValueError.
    """
    text = obj.get("text")
    if not isinstance(text, str):
        raise ValueError("no 'text' string in the object")
    raw_id = obj.get("id")
    if raw_id is not None and not isinstance(raw_id, str | int):
        raise ValueError("'id' must be a string or an integer")
    fields: dict[str, str | None] = {}
    for key in ("title", "outlet", "url"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"'{key}' must be a string")
        fields[key] = value
    raw_date = obj.get("date")
    article_date = _metadata_date(raw_date)
    warning = None
    if article_date is None and raw_date not in (None, ""):
        warning = f"cannot read 'date' {raw_date!r} (expected YYYY-MM-DD); the article is read as undated"
    article = ArticleInput(
        text=text,
        id=str(raw_id) if raw_id is not None else None,
        date=article_date,
        title=fields["title"],
        outlet=fields["outlet"],
        url=fields["url"],
        origin=origin,
    )
    return article, warning


def _metadata_date(value: object) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError("'date' must be a string such as 2021-08-08")
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        pass
    from frontwire.nlp.dates import parse_date_string

    return parse_date_string(value)


def decode(data: bytes, origin: str) -> str:
    """UTF-8 text from ``data``, or ValueError with a one-line reason."""
    if b"\x00" in data[:8192]:
        raise ValueError("not a text file (binary data)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc


def read_wire_file(path: Path) -> Iterator[ReadResult]:
    """One article from a wire-format text file."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ValueError(f"file too large ({size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
        article = parse_wire_text(decode(path.read_bytes(), origin), origin)
    except (OSError, ValueError) as exc:
        yield ReadResult(origin, error=_reason(exc))
        return
    yield _checked(article)


def read_jsonl(lines: Iterable[bytes], origin: str) -> Iterator[ReadResult]:
    """Articles from JSON Lines, one object a line; a bad line is reported and skipped."""
    for number, line in enumerate(lines, start=1):
        where = f"{origin}:{number}"
        if len(line) > MAX_LINE_BYTES:
            yield ReadResult(where, error=f"line too long (over {MAX_LINE_BYTES:,} bytes); skipped")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(decode(line, where))
            if not isinstance(obj, dict):
                raise ValueError(f"expected a JSON object, got {type(obj).__name__}")
            article, warning = read_mapping(obj, where)
        except json.JSONDecodeError as exc:
            yield ReadResult(where, error=f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        except ValueError as exc:
            yield ReadResult(where, error=_reason(exc))
            continue
        result = _checked(article)
        if result.article is not None:
            result.warning = warning
        yield result


def read_stdin(stream: BinaryIO | None = None) -> Iterator[ReadResult]:
    """Articles from standard input: JSON Lines when it starts with ``{``, else one wire story.

    JSON Lines are streamed a line at a time (a feed piped in may never end); a wire story is read
    up to the size limit.
    """
    stream = stream or sys.stdin.buffer
    head = b""
    while not head.strip() and len(head) <= MAX_ARTICLE_BYTES:
        chunk = stream.read1(8192) if hasattr(stream, "read1") else stream.read(8192)
        if not chunk:
            break
        head += chunk
    if head.lstrip()[:1] == b"{":
        yield from read_jsonl(bounded_lines(stream, head=head), "<stdin>")
        return
    try:
        data = head + stream.read(max(0, MAX_ARTICLE_BYTES + 1 - len(head)))
        if len(data) > MAX_ARTICLE_BYTES:
            raise ValueError(f"input too large (over {MAX_ARTICLE_BYTES:,} bytes)")
        article = parse_wire_text(decode(data, "<stdin>"), "<stdin>")
    except ValueError as exc:
        yield ReadResult("<stdin>", error=_reason(exc))
        return
    yield _checked(article)


def bounded_lines(stream: _LineSource, limit: int | None = None, head: bytes = b"") -> Iterator[bytes]:
    """The lines of ``stream`` (after ``head``, bytes already read from it), none held past ``limit``.

    A longer line is yielded cut to ``limit + 1`` bytes (default: `MAX_LINE_BYTES`), so its reader
    can tell it is too long, and the rest of it is read and dropped in small pieces: one giant line
    costs no more memory than a short one.
    """
    limit = MAX_LINE_BYTES if limit is None else limit
    buffer = head
    while True:
        newline = buffer.find(b"\n")
        if newline >= 0:
            line, buffer = buffer[: newline + 1], buffer[newline + 1 :]
            yield line[: limit + 1]
            continue
        if len(buffer) > limit:
            yield buffer[: limit + 1]
            buffer = b""
            while True:  # drop the rest of the line
                piece = stream.readline(1 << 16)
                if not piece:
                    return
                if piece.endswith(b"\n"):
                    break
            continue
        piece = stream.readline(limit + 1 - len(buffer))
        if not piece:
            if buffer:
                yield buffer
            return
        buffer += piece


def read_paths(paths: Iterable[str], stdin: BinaryIO | None = None) -> Iterator[ReadResult]:
    """Articles from files, directories (recursively, in name order) and ``-`` (standard input).

    The suffix decides the reader: wire text, JSON Lines, saved pages (.html), web archives
    (.warc) or feeds (.rss, .atom, .xml); each may be gzip-compressed (``.gz``).
    """
    for name in paths:
        if name == "-":
            yield from read_stdin(stdin)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and file_kind(p)[0] in READABLE_SUFFIXES and not p.name.startswith(".")
            )
            if not files:
                yield ReadResult(name, error="no readable files (.txt, .jsonl, .html, .warc, feeds) here")
            for file in files:
                yield from _read_file(file)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield ReadResult(name, error="no such file or directory")


def file_kind(path: Path) -> tuple[str, bool]:
    """The suffix that decides how a file is read, and whether it is gzip-compressed."""
    suffixes = [x.lower() for x in path.suffixes[-2:]]
    if suffixes and suffixes[-1] == ".gz":
        return (suffixes[-2] if len(suffixes) == 2 else ""), True
    return (suffixes[-1] if suffixes else ""), False


def _read_file(path: Path) -> Iterator[ReadResult]:
    # the readers of pages, archives and feeds import heavy libraries: load them only when needed
    suffix, compressed = file_kind(path)
    if suffix in PAGE_SUFFIXES:
        from frontwire.ingest.html import read_html_file

        yield from read_html_file(path, compressed=compressed)
    elif suffix in WARC_SUFFIXES:
        from frontwire.ingest.warc import read_warc

        yield from read_warc(path)  # warcio reads gzip-compressed archives itself
    elif suffix in FEED_SUFFIXES:
        from frontwire.ingest.feeds import read_feed

        yield from read_feed(str(path))
    elif suffix in JSONL_SUFFIXES:
        yield from _read_jsonl_file(path, compressed)
    elif compressed:
        yield from _read_gzip_wire_file(path)
    else:
        yield from read_wire_file(path)


def _read_jsonl_file(path: Path, compressed: bool) -> Iterator[ReadResult]:
    import gzip
    import zlib

    try:
        with gzip.open(path, "rb") if compressed else path.open("rb") as handle:
            yield from read_jsonl(bounded_lines(handle), str(path))
    except (OSError, EOFError, zlib.error) as exc:
        # a truncated or corrupt gzip stream: the lines before it were read
        yield ReadResult(str(path), error=_reason(exc))


def _read_gzip_wire_file(path: Path) -> Iterator[ReadResult]:
    import gzip
    import zlib

    origin = str(path)
    try:
        with gzip.open(path, "rb") as handle:
            data = handle.read(MAX_ARTICLE_BYTES + 1)
        if len(data) > MAX_ARTICLE_BYTES:
            raise ValueError(f"file too large (over {MAX_ARTICLE_BYTES:,} bytes uncompressed)")
        article = parse_wire_text(decode(data, origin), origin)
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        yield ReadResult(origin, error=_reason(exc))
        return
    yield _checked(article)


def _checked(article: ArticleInput) -> ReadResult:
    if not article.text.strip():
        return ReadResult(article.origin, error="empty article: no text to read")
    return ReadResult(article.origin, article=article)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror.lower() if exc.strerror else str(exc)
    if isinstance(exc, EOFError):
        return f"truncated compressed file ({exc})"
    return str(exc) or type(exc).__name__
