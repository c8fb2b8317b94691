"""Hostile input: every reader and `extract` on arbitrary text and bytes, and the per-article limits.

Property-based (hypothesis). The invariants: no exception escapes a reader or `extract`; a reader
gives an article or a one-line error; every record is schema-valid and writable as UTF-8; every
offset lies inside the text and its span reads as the mention, quote or evidence says.

The number of examples is kept small so the suite stays quick; raise it for a long run with
``FRONTWIRE_FUZZ_EXAMPLES`` (readers) and ``FRONTWIRE_FUZZ_EXTRACT_EXAMPLES`` (extract), e.g.
``FRONTWIRE_FUZZ_EXTRACT_EXAMPLES=100000 pytest tests/test_reliability.py -k extract`` (see
docs/reliability.md).
"""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import frontwire
from frontwire.api import ExtractionError, Limits, process
from frontwire.ingest import readers
from frontwire.ingest.feeds import Fetcher, FetchError, read_feed
from frontwire.ingest.html import read_html_bytes
from frontwire.ingest.readers import (
    READABLE_SUFFIXES,
    bounded_lines,
    parse_wire_text,
    read_jsonl,
    read_paths,
    read_stdin,
    read_wire_file,
)
from frontwire.ingest.warc import read_warc
from frontwire.records import ArticleInput, ArticleRecord, ReadResult
from frontwire.schema import schema_errors

READER_EXAMPLES = int(os.environ.get("FRONTWIRE_FUZZ_EXAMPLES", "40"))
EXTRACT_EXAMPLES = int(os.environ.get("FRONTWIRE_FUZZ_EXTRACT_EXAMPLES", "40"))

_SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
readers_settings = settings(max_examples=READER_EXAMPLES, deadline=None, suppress_health_check=_SLOW)
extract_settings = settings(max_examples=EXTRACT_EXAMPLES, deadline=None, suppress_health_check=_SLOW)

# ----------------------------------------------------------------------------- strategies

#: sentences the pipeline finds something in, so the invariants are tested on real mentions
NEWS = [
    "Taliban fighters attacked Kunduz on Monday, police said.",
    "“We will retake the city by Friday,” the governor said.",
    "At least 12 people were killed in Kabul on 3 March 2021, the ministry said.",
    "Russian forces captured the town of Kherson, Ukrainian officials said on Tuesday.",
    "Hundreds of protesters marched in Khartoum against the army.",
    "Government forces shelled Aleppo last week, the Syrian Observatory said.",
    "Al-Shabaab militants killed three soldiers near Mogadishu yesterday.",
    "The police arrested 40 demonstrators in Nairobi, Kenya.",
]
#: right-to-left text and marks, control and format characters, emoji sequences, markup, quotes
HOSTILE = [
    "\u202e",
    "\u202d",
    "\u200f",
    "\u200e",
    "\u2066",
    "\u2069",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u00ad",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\r",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\u2028",
    "\u2029",
    "\t",
    "👩\u200d👩\u200d👧",
    "🇦🇫",
    "🔥",
    "e\u0301",
    "\U0001f600",
    "قالت الشرطة إن مسلحين هاجموا قندوز يوم الاثنين.",
    "שלום עליכם",
    "𝕋𝕒𝕝𝕚𝕓𝕒𝕟",
    '"',
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "(",
    ")",
    "—",
    "...",
    "<script>alert(1)</script>",
    "&amp;",
    "date 2021-02-30 Title",
    "\n\n",
    " ",
]
_CONTROL = st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn"])
_FRAGMENT = st.one_of(
    st.sampled_from(NEWS),
    st.sampled_from(HOSTILE),
    st.text(max_size=30),  # any Unicode but surrogates
    st.text(alphabet=_CONTROL, max_size=8),
    # runs around spaCy's and Frontwire's long-token threshold (1,000 characters)
    st.builds(
        lambda unit, n: unit * n,
        st.sampled_from(["x", '"', "-", "a-", "/", "😀", "ب", ".", "(", "Kabul,"]),
        st.integers(1, 1_200),
    ),
)
#: article texts: hostile fragments among news sentences (and empty or whitespace-only ones)
TEXTS = st.one_of(
    st.lists(_FRAGMENT, max_size=12).map(" ".join),
    st.lists(_FRAGMENT, max_size=12).map("".join),
    st.text(alphabet=_CONTROL, max_size=20),  # whitespace-only and invisible
)
#: as a Python caller may pass them: lone surrogates too
API_TEXTS = st.one_of(
    TEXTS,
    st.lists(st.one_of(_FRAGMENT, st.characters(categories=["Cs"])), max_size=8).map(" ".join),
)
#: the giant tokens the issue names: 100,000 characters without a space
GIANT_TOKENS = st.builds(
    lambda unit, n, before, after: before + " " + unit * n + " " + after,
    st.sampled_from(["x", '"', "a-", "/", "😀", "ب", "\u202e", "=", "'"]),
    st.integers(10_000, 100_000),
    st.sampled_from(NEWS),
    st.sampled_from(NEWS),
)

# ----------------------------------------------------------------------------- invariants


def check_record(record: ArticleRecord) -> None:
    """Schema-valid, writable as UTF-8, and every span inside the text reading as it says."""
    obj = record.to_dict()
    assert schema_errors(obj) == []
    json.dumps(obj, ensure_ascii=False).encode("utf-8")
    text = record.article.text

    def inside(start: int, end: int) -> None:
        assert 0 <= start < end <= len(text), (start, end, len(text))

    for item in [*record.places, *record.actors]:
        for m in item.mentions:
            inside(m.start, m.end)
            assert text[m.start : m.end] == m.text, (m, text[m.start : m.end])
    for q in record.quotes:
        inside(q.start, q.end)
        assert text[q.start : q.end] == q.text, (q, text[q.start : q.end])
    place_ids = {p.id for p in record.places}
    actor_ids = {a.id for a in record.actors}
    for e in record.events:
        assert e.evidence, e
        for span in e.evidence:
            inside(span.start, span.end)
        assert e.place is None or e.place in place_ids
        assert {e.actor1, e.actor2, *(s.actor for s in e.sources)} - {None} <= actor_ids
        if e.territory is not None:
            assert e.territory.controller is None or e.territory.controller in actor_ids
    for q in record.quotes:
        assert q.speaker_actor is None or q.speaker_actor in actor_ids


def check_results(results: list[ReadResult]) -> None:
    """Each result an article or a one-line error, never both, never neither."""
    for result in results:
        assert (result.article is None) != (result.error is None), result
        if result.error is not None:
            assert result.error.strip() and "\n" not in result.error, result.error
        else:
            assert isinstance(result.article, ArticleInput)
            assert result.article.text.strip()
        if result.warning is not None:
            assert "\n" not in result.warning


def check_extracts(text: str, **meta: Any) -> ArticleRecord | None:
    """`frontwire.extract` gives a valid record, or `ExtractionError` for an empty text only."""
    try:
        record = frontwire.extract(text, date="2025-03-02", **meta)
    except ExtractionError as exc:
        assert not text.strip(), f"{exc} for {text[:200]!r}"
        return None
    check_record(record)
    return record


# ----------------------------------------------------------------------------- extract


@extract_settings
@given(text=API_TEXTS)
def test_extract_never_fails_on_hostile_text(text: str) -> None:
    check_extracts(text)


@settings(max_examples=max(3, EXTRACT_EXAMPLES // 8), deadline=None, suppress_health_check=_SLOW)
@given(text=GIANT_TOKENS)
def test_extract_reads_100000_character_tokens(text: str) -> None:
    check_extracts(text)


@extract_settings
@given(
    text=TEXTS,
    title=st.one_of(st.none(), st.text(max_size=40)),
    outlet=st.one_of(st.none(), st.text(max_size=20)),
    url=st.one_of(st.none(), st.text(max_size=40)),
    id=st.one_of(st.none(), st.text(min_size=1, max_size=20)),
)
def test_extract_with_hostile_metadata(
    text: str, title: str | None, outlet: str | None, url: str | None, id: str | None
) -> None:
    check_extracts(text, title=title, outlet=outlet, url=url, id=id)


@extract_settings
@given(texts=st.lists(TEXTS, min_size=1, max_size=6))
def test_a_batch_gives_one_outcome_per_article_in_order(texts: list[str]) -> None:
    articles = [ArticleInput(text=t, id=str(n)) for n, t in enumerate(texts)]
    outcomes = list(process(articles, batch_size=4))
    assert [o.article.id for o in outcomes] == [a.id for a in articles]
    for outcome, text in zip(outcomes, texts, strict=True):
        if outcome.record is None:
            assert not text.strip(), outcome.error
        else:
            check_record(outcome.record)


# ----------------------------------------------------------------------------- readers


BYTES = st.one_of(
    st.binary(max_size=2_000),
    TEXTS.map(lambda t: t.encode("utf-8")),
    TEXTS.map(lambda t: t.encode("utf-16")),
    TEXTS.map(lambda t: t.encode("latin-1", "replace")),
)


@readers_settings
@given(text=TEXTS)
def test_wire_text_parses_or_names_its_bad_date(text: str) -> None:
    try:
        article = parse_wire_text(text, "<fuzz>")
    except ValueError as exc:
        assert "bad date" in str(exc)
        return
    assert "\r" not in article.text and article.text == article.text.strip()


@readers_settings
@given(data=BYTES)
def test_wire_files_read_or_fail_in_one_line(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.txt"
        path.write_bytes(data)
        results = list(read_wire_file(path))
    assert len(results) == 1
    check_results(results)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
_OBJECTS = st.fixed_dictionaries(
    {"text": st.one_of(TEXTS, _JSON_VALUES)},
    optional={
        "id": st.one_of(st.text(max_size=10), st.integers(), _JSON_VALUES),
        "date": st.one_of(
            st.sampled_from(["2021-08-08", "2021-02-30", "yesterday", "8 Aug 2021"]), _JSON_VALUES
        ),
        "title": st.one_of(st.text(max_size=20), _JSON_VALUES),
        "outlet": st.one_of(st.text(max_size=20), _JSON_VALUES),
        "url": st.one_of(st.text(max_size=20), _JSON_VALUES),
    },
)
_LINES = st.one_of(
    _OBJECTS.map(lambda o: json.dumps(o).encode()),
    _OBJECTS.map(lambda o: json.dumps(o, ensure_ascii=False).encode("utf-8", "surrogatepass")),
    _JSON_VALUES.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
    st.just(b'{"text": "\\ud800 Police said rebels attacked Kunduz."}'),
)


@readers_settings
@given(lines=st.lists(_LINES, max_size=8))
def test_jsonl_reads_each_line_or_names_it(lines: list[bytes]) -> None:
    results = list(read_jsonl(lines, "<fuzz>"))
    assert len(results) <= len(lines)
    check_results(results)
    # and the stream reader of standard input agrees
    streamed = list(read_stdin(io.BytesIO(b"\n".join(line.replace(b"\n", b" ") for line in lines))))
    check_results(streamed)


@readers_settings
@given(data=BYTES)
def test_standard_input_of_any_bytes(data: bytes) -> None:
    check_results(list(read_stdin(io.BytesIO(data))))


def _page(text: str, title: str) -> str:
    paragraphs = "".join(f"<p>{line}</p>" for line in text.split("\n"))
    return (
        f"<html><head><title>{title}</title><meta charset='utf-8'></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


PAGES = st.one_of(
    BYTES,
    st.builds(
        lambda texts, title: _page("\n".join(texts), title).encode("utf-8"),
        st.lists(st.one_of(st.sampled_from(NEWS), TEXTS), max_size=8),
        st.text(max_size=30),
    ),
)


@readers_settings
@given(data=PAGES, charset=st.one_of(st.none(), st.sampled_from(["utf-8", "latin-1", "bogus", "utf-16", ""])))
def test_html_pages_read_or_fail_in_one_line(data: bytes, charset: str | None) -> None:
    check_results([read_html_bytes(data, "<fuzz>", charset=charset)])


def _feed(entries: list[tuple[str, str]], title: str) -> str:
    from xml.sax.saxutils import escape

    items = "".join(
        f"<item><title>{escape(t)}</title><description>{escape(d)}</description>"
        f"<pubDate>Mon, 09 Aug 2021 10:00:00 GMT</pubDate></item>"
        for t, d in entries
    )
    channel = f"<channel><title>{escape(title)}</title>{items}</channel>"
    return f"<?xml version='1.0'?><rss version='2.0'>{channel}</rss>"


FEEDS = st.one_of(
    BYTES,
    st.builds(
        lambda entries, title: _feed(entries, title).encode("utf-8", "replace"),
        st.lists(
            st.tuples(
                st.text(max_size=20),
                st.lists(st.one_of(st.sampled_from(NEWS), TEXTS), max_size=10).map(" ".join),
            ),
            max_size=4,
        ),
        st.text(max_size=20),
    ),
)


def _offline(self: Fetcher, url: str) -> None:
    raise FetchError("offline in tests")


@readers_settings
@given(data=FEEDS, compressed=st.booleans())
def test_feed_files_read_or_fail_in_one_line(data: bytes, compressed: bool) -> None:
    with tempfile.TemporaryDirectory() as folder, mock.patch.object(Fetcher, "get", _offline):
        path = Path(folder) / ("feed.xml.gz" if compressed else "feed.xml")
        path.write_bytes(gzip.compress(data) if compressed else data)
        check_results(list(read_feed(str(path))))


def _warc(payloads: list[tuple[bytes, str]], compress: bool) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=compress)
    for n, (payload, content_type) in enumerate(payloads):
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            f"https://fuzz.example/{n}", "response", payload=io.BytesIO(payload), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


WARCS = st.builds(
    _warc,
    st.lists(
        st.tuples(
            PAGES,
            st.sampled_from(
                ["text/html", "text/html; charset=latin-1", "image/png", "text/html; charset=\u00e9"]
            ),
        ),
        min_size=1,
        max_size=3,
    ),
    st.booleans(),
)


@readers_settings
@given(
    data=st.one_of(st.binary(max_size=2_000), WARCS),
    cut=st.one_of(st.none(), st.floats(0, 1)),
    flips=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)), max_size=3),
)
def test_warc_files_read_or_fail_in_one_line(
    data: bytes, cut: float | None, flips: list[tuple[float, int]]
) -> None:
    damaged = bytearray(data if cut is None else data[: int(len(data) * cut)])
    for where, value in flips:
        if damaged:
            damaged[min(len(damaged) - 1, int(len(damaged) * where))] = value
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crawl.warc"
        path.write_bytes(bytes(damaged))
        check_results(list(read_warc(path)))


@readers_settings
@given(
    files=st.lists(
        st.tuples(st.sampled_from(sorted(READABLE_SUFFIXES)), st.booleans(), PAGES),
        min_size=1,
        max_size=4,
    )
)
def test_any_file_under_any_readable_suffix(files: list[tuple[str, bool, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder, mock.patch.object(Fetcher, "get", _offline):
        for n, (suffix, compressed, data) in enumerate(files):
            name = f"f{n}{suffix}" + (".gz" if compressed else "")
            (Path(folder) / name).write_bytes(gzip.compress(data) if compressed else data)
        check_results(list(read_paths([folder])))


# ----------------------------------------------------------------------------- limits


def _story(sentences: int) -> str:
    return "\n\n".join(NEWS[n % len(NEWS)] for n in range(sentences))


def test_a_long_article_is_cut_at_a_break_with_a_warning() -> None:
    text = _story(40)
    [outcome] = process([ArticleInput(text=text)], limits=Limits(max_chars=300))
    assert outcome.record is not None and outcome.warning is not None
    assert "too long" in outcome.warning and "--max-chars" in outcome.warning
    kept = outcome.record.article.text
    assert len(kept) <= 300 and text.startswith(kept) and text[len(kept)] == "\n"
    check_record(outcome.record)


def test_too_many_events_are_dropped_with_a_warning() -> None:
    text = _story(16)
    [full] = process([ArticleInput(text=text)])
    assert full.record is not None and len(full.record.events) > 2
    [cut] = process([ArticleInput(text=text)], limits=Limits(max_events=2))
    assert cut.record is not None and len(cut.record.events) == 2
    assert cut.warning is not None and "too many events" in cut.warning
    check_record(cut.record)


def test_an_article_over_its_time_budget_is_skipped_and_the_run_goes_on() -> None:
    articles = [ArticleInput(text=_story(30), id="slow"), ArticleInput(text=_story(30), id="also")]
    outcomes = list(process(articles, limits=Limits(time_budget=0.001)))
    assert [o.article.id for o in outcomes] == ["slow", "also"]
    for outcome in outcomes:
        assert outcome.record is None and outcome.error is not None and "time budget" in outcome.error
    # no timer is left behind: the next run has no budget problem
    [after] = process([ArticleInput(text=_story(3))])
    assert after.record is not None


def test_lone_surrogates_become_replacement_characters() -> None:
    [outcome] = process([ArticleInput(text="Police said \ud800 rebels attacked Kunduz.", title="\udfff")])
    assert outcome.record is not None and outcome.warning is not None and "U+FFFD" in outcome.warning
    assert outcome.record.article.text == "Police said \ufffd rebels attacked Kunduz."
    check_record(outcome.record)


def test_limits_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTWIRE_MAX_CHARS", "1234")
    monkeypatch.setenv("FRONTWIRE_MAX_EVENTS", "7")
    monkeypatch.setenv("FRONTWIRE_TIME_BUDGET", "2.5")
    assert Limits.from_env() == Limits(max_chars=1234, max_events=7, time_budget=2.5)
    assert Limits.from_env(max_chars=99).max_chars == 99
    for bad in ("many", "-1", "nan", "inf"):
        monkeypatch.setenv("FRONTWIRE_TIME_BUDGET", bad)
        assert Limits.from_env().time_budget == Limits().time_budget
    assert Limits().max_chars == 1_000_000


def test_long_jsonl_lines_are_skipped_without_being_held(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_LINE_BYTES", 100)
    good = b'{"text": "Rebels attacked Kunduz."}'
    data = good + b"\n" + b'{"text": "' + b"x" * 10_000 + b'"}\n' + good
    lines = list(bounded_lines(io.BytesIO(data)))
    assert [len(line) for line in lines] == [len(good) + 1, 101, len(good)]
    results = list(read_jsonl(lines, "<fuzz>"))
    assert [r.error is None for r in results] == [True, False, True]
    assert "line too long" in (results[1].error or "")
    streamed = list(read_stdin(io.BytesIO(b"  \n" + data)))
    assert [r.error is None for r in streamed] == [True, False, True]


def test_standard_input_wire_text_is_read_up_to_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", 1_000)
    [ok] = read_stdin(io.BytesIO(b"Rebels attacked Kunduz."))
    assert ok.article is not None and ok.article.text == "Rebels attacked Kunduz."
    [big] = read_stdin(io.BytesIO(b"word " * 1_000))
    assert big.error is not None and "too large" in big.error


def test_the_max_chars_option_of_extract(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(_story(20), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "frontwire", "extract", str(story), "-q", "--max-chars", "200"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "warning" in done.stderr and "too long" in done.stderr and len(done.stderr.splitlines()) == 1
    record = json.loads(done.stdout)
    assert len(record["article"]["text"]) <= 200 and schema_errors(record) == []
