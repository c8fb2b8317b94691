"""Saved web pages: body and metadata with trafilatura, charsets, limits, pages with no article."""

from __future__ import annotations

import gzip
from datetime import date
from pathlib import Path

from frontwire.api import extract_many
from frontwire.ingest import read_paths
from frontwire.ingest.html import decode_html, parse_html, read_html_bytes
from frontwire.ingest.readers import MAX_ARTICLE_BYTES, parse_wire_text

PARAGRAPHS = [
    "M23 rebels captured the town of Sake in eastern Congo on Saturday after two days of heavy "
    "fighting with government troops, residents and local officials said.",
    "The fall of Sake, about 25 kilometres west of Goma, leaves the provincial capital of North Kivu "
    "almost encircled.",
    "The army said its soldiers had withdrawn to positions outside the town to protect civilians.",
]
TITLE = "Rebels take lakeside town as fighting spreads"


def page(paragraphs: list[str] = PARAGRAPHS, charset: str = "utf-8", head: str = "") -> str:
    """A news page as a CMS writes it: navigation, article, related links, footer."""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="{charset}">
<title>{TITLE} | Lakeside Courier</title>
<meta property="og:site_name" content="Lakeside Courier">
<meta property="og:title" content="{TITLE}">
<meta property="article:published_time" content="2025-03-02T08:15:00Z">
<link rel="canonical" href="https://courier.example/world/sake">{head}
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>{TITLE}</h1><p class="byline">By Staff Reporter</p>
{body}
</article>
<aside><h2>Related</h2><ul><li><a href="/a">Floods hit the south</a></li></ul></aside>
<footer>© 2026 Lakeside Courier. All rights reserved.</footer>
</body></html>"""


def test_body_and_metadata() -> None:
    article = parse_html(page().encode(), "sake.html")
    assert article.title == TITLE
    assert article.date == date(2025, 3, 2)  # not the footer's year
    assert article.outlet == "Lakeside Courier"
    assert article.url == "https://courier.example/world/sake"
    assert article.text.split("\n\n") == PARAGRAPHS  # no headline, menu, related links or footer
    assert article.origin == "sake.html"


def test_page_without_article_is_one_line_error() -> None:
    nav = (
        "<html><head><title>Home</title></head><body>"
        "<nav><a href='/a'>World</a> <a href='/b'>Sport</a></nav></body></html>"
    )
    missing = (
        "<html><head><title>Page not found</title></head><body><h1>Page not found</h1>"
        "<p>Sorry, the page you were looking for does not exist.</p></body></html>"
    )
    for html in (nav, missing, ""):
        result = read_html_bytes(html.encode(), "x.html")
        assert result.article is None
        assert result.error is not None and "\n" not in result.error
        assert "no article" in result.error or "empty" in result.error


def test_declared_and_wrong_charsets() -> None:
    text = (
        "Soldiers entered the café in Bouaké on Monday and arrested three men, the ministry said in a "
        "statement."
    )
    paragraphs = [text, *PARAGRAPHS[1:]]
    latin = page(paragraphs, charset="iso-8859-1").encode("cp1252")
    assert parse_html(latin, "l.html").text.startswith(text)
    # labelled Latin-1 but written in UTF-8: valid UTF-8 wins
    mislabelled = page(paragraphs, charset="iso-8859-1").encode("utf-8")
    assert parse_html(mislabelled, "m.html").text.startswith(text)
    # labelled UTF-8 but written in windows-1252 (curly quotes in 0x80-0x9f): the HTTP header decides
    quoted = page(
        ["“We will hold the town,” a rebel spokesman said on Sunday in a long statement.", *PARAGRAPHS]
    )
    assert "“We will hold" in parse_html(quoted.encode("cp1252"), "q.html", charset="windows-1252").text
    # ... and without a header, detection finds it
    assert "“We will hold" in parse_html(quoted.encode("cp1252"), "q.html").text
    assert decode_html("Bouaké".encode("cp1252"), "latin-1") == "Bouaké"


def test_huge_page_is_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(page().encode() + b" " * MAX_ARTICLE_BYTES)
    [result] = list(read_paths([str(big)]))
    assert result.error is not None and "too large" in result.error


def test_gzip_pages_and_directories(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(page(), "utf-8")
    with gzip.open(tmp_path / "b.htm.gz", "wt", encoding="utf-8") as handle:
        handle.write(page())
    (tmp_path / "c.html.gz").write_bytes(gzip.compress(page().encode())[:60])  # cut short
    results = list(read_paths([str(tmp_path)]))
    assert [r.origin.rsplit("/", 1)[-1] for r in results] == ["a.html", "b.htm.gz", "c.html.gz"]
    assert results[0].article is not None and results[1].article is not None
    assert results[1].article.text == results[0].article.text
    assert results[2].error is not None and "\n" not in results[2].error


def test_saved_page_gives_the_same_events_as_wire_text() -> None:
    wire = parse_wire_text(
        f"date 2025-03-02 {TITLE}\n\n" + "\n\n".join(PARAGRAPHS) + " Brief News from Lakeside Courier.\n"
    )
    html = parse_html(page().encode(), "sake.html")
    assert (html.text, html.date, html.title, html.outlet) == (wire.text, wire.date, wire.title, wire.outlet)
    from_wire, from_html = extract_many([wire, html])

    assert from_wire.events
    assert [(e.plover.type, e.acled, e.place, e.date, e.actor1) for e in from_html.events] == [
        (e.plover.type, e.acled, e.place, e.date, e.actor1) for e in from_wire.events
    ]
    assert from_html.events == from_wire.events
