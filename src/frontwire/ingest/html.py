"""Saved web pages: the article's body, title, publication date, outlet and URL, with trafilatura.

trafilatura finds the main text and reads the page's metadata (Open Graph, JSON-LD, ``<meta>``
tags); htmldate, inside it, finds the publication date. Frontwire only decides the charset, the
limits, and what counts as "no article".
"""

from __future__ import annotations

import codecs
import re
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from frontwire.ingest.readers import MAX_ARTICLE_BYTES, _reason, normalise_text, split_signature
from frontwire.records import ArticleInput, ReadResult

#: suffixes read as saved web pages
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

#: a page counts as an article only with this many words in prose lines (see `_prose_words`):
#: a navigation page, a "page not found" notice or a cookie wall has fewer
MIN_ARTICLE_WORDS = 20

# Where a page declares its charset: <meta charset="x"> or <meta http-equiv content="...; charset=x">,
# and the XML declaration of an XHTML page. Only the first bytes are searched, as browsers do.
_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<\?xml[^>]+encoding=["']([^"']+)""", re.I
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# WHATWG: pages labelled Latin-1 or ASCII are decoded as windows-1252 (curly quotes live in 0x80-0x9f)
_WINDOWS_1252_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "cp819"}


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode a page: BOM, valid UTF-8, the declared charset (HTTP header, then ``<meta>``), detection.

    Valid UTF-8 with non-ASCII bytes wins over a declared single-byte charset: that is the usual
    "wrong charset" mistake (a UTF-8 page labelled Latin-1), and random Latin-1 text almost never
    forms valid UTF-8 sequences.
    """
    boms = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    for bom, name in boms:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _DECLARED.search(data[:4096])
    page_declared = (match.group(1) or match.group(2)).decode("ascii", "ignore") if match else None
    for label in (declared, page_declared):
        if not label:
            continue
        name = label.strip().lower()
        name = "cp1252" if name in _WINDOWS_1252_LABELS else name
        try:
            return data.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("utf-8", errors="replace")


def parse_html(
    data: bytes | str,
    origin: str,
    *,
    url: str | None = None,
    charset: str | None = None,
) -> ArticleInput:
    """An article from a page's bytes (or text). Raises ValueError with a one-line reason.

    ``url`` is where the page was fetched from (the page's own canonical URL wins when it has
    one); ``charset`` is the one an HTTP header declared.
    """
    if len(data) > MAX_ARTICLE_BYTES:
        raise ValueError(f"page too large ({len(data):,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
    text = data if isinstance(data, str) else decode_html(data, charset)
    # lxml refuses a str that still carries an XML encoding declaration
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise ValueError("empty page")
    from trafilatura import bare_extraction
    from trafilatura.settings import Document

    document = bare_extraction(
        text,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # no "extensive search": it takes a footer's "© 2025" for a publication date of 1 January
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if not isinstance(document, Document) or not document.text:
        raise ValueError("no article found in the page")
    title = " ".join((document.title or "").split()) or None
    body = _body(document.text, title)
    if _prose_words(body) < MIN_ARTICLE_WORDS:
        raise ValueError(f"no article found in the page (fewer than {MIN_ARTICLE_WORDS} words of prose)")
    body, signed_by = split_signature(body)
    return ArticleInput(
        text=body,
        date=_date(document.date),
        title=title,
        outlet=(document.sitename or "").strip() or signed_by or document.hostname or None,
        url=document.url or url,
        origin=origin,
    )


def read_html_bytes(
    data: bytes, origin: str, *, url: str | None = None, charset: str | None = None
) -> ReadResult:
    """`parse_html` as a `ReadResult`: the article, or the one-line reason there is none."""
    try:
        return ReadResult(origin, article=parse_html(data, origin, url=url, charset=charset))
    except ValueError as exc:
        return ReadResult(origin, error=str(exc))


def read_html_file(path: Path, *, compressed: bool = False) -> Iterator[ReadResult]:
    """One article from a saved page (``compressed``: the file is gzip, read up to the size limit)."""
    origin = str(path)
    try:
        data = _read_limited(path, compressed)
    except (OSError, EOFError, zlib.error, ValueError) as exc:
        yield ReadResult(origin, error=_reason(exc))
        return
    yield read_html_bytes(data, origin)


def _read_limited(path: Path, compressed: bool) -> bytes:
    if not compressed:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ValueError(f"page too large ({size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
        return path.read_bytes()
    import gzip

    # read one byte past the limit, so a decompression bomb is refused without being inflated
    with gzip.open(path, "rb") as handle:
        data = handle.read(MAX_ARTICLE_BYTES + 1)
    if len(data) > MAX_ARTICLE_BYTES:
        raise ValueError(f"page too large (over {MAX_ARTICLE_BYTES:,} bytes uncompressed)")
    return data


def _body(extracted: str, title: str | None) -> str:
    """trafilatura's text as Frontwire bodies look: one paragraph a block, no repeated headline."""
    lines = [" ".join(line.split()) for line in normalise_text(extracted).split("\n")]
    lines = [line for line in lines if line]
    # the page's <h1> repeats the title; in wire text the title is metadata, not body
    if lines and title and lines[0].casefold().rstrip(".") == title.casefold().rstrip("."):
        lines = lines[1:]
    return "\n\n".join(lines)


def _prose_words(body: str) -> int:
    """Words in lines that read as sentences (six words or more, closing punctuation)."""
    total = 0
    for line in body.split("\n"):
        words = line.split()
        if len(words) >= 6 and line.rstrip()[-1:] in {".", "!", "?", "”", '"', "’", "'", ")"}:
            total += len(words)
    return total


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
