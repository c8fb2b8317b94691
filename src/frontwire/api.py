"""The Python API: `extract` one article, `extract_many` for a stream of them."""

from __future__ import annotations

import copy
import logging
import math
import os
import re
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date as Date
from types import FrameType
from typing import TYPE_CHECKING, TypeVar

from frontwire.records import ArticleInput, ArticleRecord

if TYPE_CHECKING:
    from frontwire.engines import Engine

log = logging.getLogger("frontwire")

N = TypeVar("N", int, float)

#: documents handed to spaCy at a time
BATCH_SIZE = 32

#: the most characters of an article's text that are read; the rest is cut off (with a warning)
MAX_CHARS = 1_000_000
#: the most events one article's record keeps; past it the rest are dropped (with a warning)
MAX_EVENTS = 500
#: seconds one article may take in the pipeline; past it the article is skipped (0: no budget)
TIME_BUDGET = 300.0

#: environment variables that override those defaults (``--max-chars`` on the command line wins)
MAX_CHARS_ENV = "FRONTWIRE_MAX_CHARS"
MAX_EVENTS_ENV = "FRONTWIRE_MAX_EVENTS"
TIME_BUDGET_ENV = "FRONTWIRE_TIME_BUDGET"


class ExtractionError(Exception):
    """An article could not be read; the message names the input."""


@dataclass(slots=True)
class Outcome:
    """What became of one article in a batch: a record, or the reason there is none.

    ``warning`` says what a limit did to a record that was still made (its text cut, events dropped).
    """

    article: ArticleInput
    record: ArticleRecord | None
    error: str | None = None
    warning: str | None = None


@dataclass(frozen=True, slots=True)
class Limits:
    """What one article may cost: characters read, events kept, seconds in the pipeline.

    Hostile or broken input (a 50 MB page, a table read as ten thousand events) must never hang
    or exhaust a run that is left going on a feed: past a limit the article is cut or skipped,
    with a one-line warning, and the run goes on.
    """

    max_chars: int = MAX_CHARS
    max_events: int = MAX_EVENTS
    time_budget: float = TIME_BUDGET

    @classmethod
    def from_env(cls, max_chars: int | None = None) -> Limits:
        """The defaults, overridden by ``FRONTWIRE_MAX_CHARS`` etc., then by ``max_chars`` when given."""
        return cls(
            max_chars=max_chars if max_chars is not None else _env_number(MAX_CHARS_ENV, MAX_CHARS, int),
            max_events=_env_number(MAX_EVENTS_ENV, MAX_EVENTS, int),
            time_budget=_env_number(TIME_BUDGET_ENV, TIME_BUDGET, float),
        )

    def admit(self, article: ArticleInput) -> tuple[ArticleInput, str | None]:
        """The article cut to ``max_chars`` (at a paragraph, line or word break when there is one)."""
        size = len(article.text)
        if size <= self.max_chars:
            return article, None
        cut = _break_before(article.text, self.max_chars)
        text = article.text[:cut].rstrip()
        kept = ArticleInput(
            text=text,
            id=article.id,
            date=article.date,
            title=article.title,
            outlet=article.outlet,
            url=article.url,
            origin=article.origin,
        )
        return kept, (
            f"article too long ({size:,} characters): only the first {len(text):,} were read "
            f"(limit {self.max_chars:,}; set --max-chars or {MAX_CHARS_ENV})"
        )

    def trim(self, record: ArticleRecord) -> str | None:
        """Keep at most ``max_events`` events in ``record``; say so when some were dropped."""
        found = len(record.events)
        if found <= self.max_events:
            return None
        record.events = record.events[: self.max_events]
        # places named only by a dropped event have no mention and no event left to explain them
        used = {e.place for e in record.events}
        record.places = [p for p in record.places if p.mentions or p.id in used]
        return (
            f"too many events ({found:,}): only the first {self.max_events:,} were kept "
            f"(set {MAX_EVENTS_ENV})"
        )


def _env_number(name: str, default: N, kind: Callable[[str], N]) -> N:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        log.warning("%s=%r is not a number; using %s", name, raw, default)
        return default
    if not math.isfinite(value) or value < 0:
        log.warning("%s=%r is not a finite number >= 0; using %s", name, raw, default)
        return default
    return value


def _break_before(text: str, limit: int) -> int:
    """Where to cut ``text`` to at most ``limit`` characters: the last paragraph, line or space break."""
    window = max(0, limit - 10_000)  # look back a little only: a cut is a cut
    for separator in ("\n\n", "\n", " "):
        at = text.rfind(separator, window, limit)
        if at > 0:
            return at
    return limit


class ArticleTimeout(BaseException):
    """An article outran its time budget.

    A BaseException, so that no component's ``except Exception`` can swallow it and keep going.
    """


# a lone UTF-16 surrogate (JSON's "\ud800", a badly decoded file) is no character: no tokenizer
# takes it, and no UTF-8 output can hold it
_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(article: ArticleInput) -> tuple[ArticleInput, str | None]:
    """The article with lone surrogates replaced by U+FFFD, one for one, so offsets do not move."""
    fields = ("text", "id", "title", "outlet", "url")
    if not any(_SURROGATE.search(getattr(article, name) or "") for name in fields):
        return article, None
    clean = copy.copy(article)
    for name in fields:
        value = getattr(article, name)
        if value:
            setattr(clean, name, _SURROGATE.sub("\ufffd", value))
    return clean, "lone surrogate code points (not characters) replaced with U+FFFD"


def _join(*notes: str | None) -> str | None:
    return "; ".join(n for n in notes if n) or None


def _as_date(value: Date | str | None) -> Date | None:
    if value is None or isinstance(value, Date):
        return value
    try:
        return Date.fromisoformat(value)
    except ValueError as exc:
        raise ValueError(f"date must be YYYY-MM-DD, got {value!r}") from exc


def extract(
    text: str,
    *,
    date: Date | str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    id: str | None = None,
) -> ArticleRecord:
    """Read one article's body text and return its frontwire/1 record.

    ``date`` is the publication date (``YYYY-MM-DD`` or a `datetime.date`); relative dates in the
    text are resolved against it. Raises `ExtractionError` when the article cannot be read.
    """
    article = ArticleInput(text=text, id=id, date=_as_date(date), title=title, outlet=outlet, url=url)
    outcome = next(process(iter([article])))
    if outcome.record is None:
        raise ExtractionError(outcome.error or "extraction failed")
    if outcome.warning:
        log.warning("%s: %s", outcome.article.origin, outcome.warning)
    return outcome.record


def extract_many(
    articles: Iterable[ArticleInput | dict[str, object] | str], engine: Engine | None = None
) -> Iterator[ArticleRecord]:
    """Stream records for many articles (ArticleInput, JSONL-style dicts, or plain texts).

    Articles that cannot be read are logged and skipped; use `process` to see each failure.
    ``engine`` runs the pipeline elsewhere (see `frontwire.engines`); by default, in this process.
    """
    for outcome in process((_as_input(a) for a in articles), engine=engine):
        if outcome.warning:
            log.warning("%s: %s", outcome.article.origin, outcome.warning)
        if outcome.record is not None:
            yield outcome.record
        else:
            log.warning("%s: %s", outcome.article.origin, outcome.error)


def _as_input(item: ArticleInput | dict[str, object] | str) -> ArticleInput:
    if isinstance(item, ArticleInput):
        return item
    if isinstance(item, str):
        return ArticleInput(text=item)
    from frontwire.ingest import article_from_mapping

    return article_from_mapping(item, origin="<dict>")


def process(
    articles: Iterable[ArticleInput],
    batch_size: int = BATCH_SIZE,
    engine: Engine | None = None,
    limits: Limits | None = None,
) -> Iterator[Outcome]:
    """Run the pipeline over ``articles``, yielding one `Outcome` per article, in order.

    One article that breaks a component is reported as failed; the rest of the batch goes on.
    ``engine`` (a `frontwire.engines` engine: worker processes, Ray) runs the pipeline elsewhere
    with the same results; by default it runs in this process. ``limits`` (default: `Limits.from_env`)
    cut over-long texts before they are read and over-long event lists after; an article that
    outruns the time budget is skipped. What a limit did is in the outcome's ``warning``.
    """
    limits = limits or Limits.from_env()
    # one note per article, in input order: outcomes come back in the same order, whatever the engine
    notes: deque[str | None] = deque()

    def admitted() -> Iterator[ArticleInput]:
        for article in articles:
            clean, replaced = _without_surrogates(article)
            kept, note = limits.admit(clean)
            notes.append(_join(replaced, note))
            yield kept

    inner = engine.run(admitted()) if engine is not None else _process_here(admitted(), batch_size, limits)
    for outcome in inner:
        note = notes.popleft() if notes else None
        trimmed = limits.trim(outcome.record) if outcome.record is not None else None
        outcome.warning = _join(note, outcome.warning, trimmed)
        yield outcome


def _process_here(
    articles: Iterable[ArticleInput], batch_size: int, limits: Limits | None = None
) -> Iterator[Outcome]:
    from frontwire.assemble import assemble
    from frontwire.nlp.pipeline import load_pipeline, make_doc

    limits = limits or Limits.from_env()
    nlp = load_pipeline()
    # spaCy refuses texts over nlp.max_length (1,000,000); the character limit is ours to set
    nlp.max_length = max(nlp.max_length, limits.max_chars + 1)
    for batch in batches(articles, batch_size):
        docs = []
        outcomes: list[Outcome | None] = []
        for article in batch:
            if not article.text.strip():
                outcomes.append(Outcome(article, None, "empty article: no text to read"))
                continue
            try:
                # tokenising is part of the budget: spaCy's tokenizer is quadratic on some junk
                with _deadline(limits.time_budget):
                    doc = make_doc(nlp, article)
            except ArticleTimeout:
                outcomes.append(Outcome(article, None, _over_budget(limits.time_budget)))
                continue
            except Exception as exc:
                outcomes.append(Outcome(article, None, f"tokenising failed: {type(exc).__name__}: {exc}"))
                continue
            docs.append(doc)
            outcomes.append(None)
        processed = iter(_pipe_resilient(nlp, docs, limits.time_budget))
        for i, article in enumerate(batch):
            if outcomes[i] is not None:
                yield outcomes[i]  # type: ignore[misc]
                continue
            doc, failure = next(processed)
            if failure or doc._.fw_errors:
                yield Outcome(article, None, failure or "; ".join(doc._.fw_errors))
                continue
            try:
                yield Outcome(article, assemble(doc))
            except Exception as exc:  # one bad record must not end the stream
                log.debug("assembling %s failed", article.origin, exc_info=True)
                yield Outcome(article, None, f"assembling the record failed: {type(exc).__name__}: {exc}")


def _pipe_resilient(nlp, docs, budget: float = 0.0):  # type: ignore[no-untyped-def]
    """``nlp.pipe`` over a batch; if it fails or outruns its time, retry one doc at a time.

    The batch may take ``budget`` seconds per document; retried alone, each document gets
    ``budget`` seconds, and one that outruns it is reported as skipped.
    """
    from frontwire.nlp.pipeline import make_doc

    try:
        with _deadline(budget * len(docs)):
            done = [doc for doc, _ in nlp.pipe(((doc, None) for doc in docs), as_tuples=True)]
    except ArticleTimeout:
        if len(docs) == 1:  # alone already: a second try would only take as long again
            yield docs[0], _over_budget(budget)
            return
        log.debug("batch over its time budget; retrying one document at a time")
    except Exception:
        log.debug("batch failed; retrying one document at a time", exc_info=True)
    else:
        for doc in done:
            yield doc, None
        return
    for doc in docs:
        # a fresh Doc: components may have left the interrupted one half-annotated
        fresh = make_doc(nlp, doc._.fw_input) if doc._.fw_input is not None else doc
        started = time.monotonic()
        try:
            # the result is yielded outside the deadline: the timer must not run while the caller works
            with _deadline(budget):
                result = nlp(fresh)
        except ArticleTimeout:
            yield fresh, _over_budget(budget)
            continue
        except Exception as exc:
            yield fresh, f"the NLP pipeline failed: {type(exc).__name__}: {exc}"
            continue
        elapsed = time.monotonic() - started
        if budget and elapsed > budget:  # no timer could be set (not the main thread)
            origin = fresh._.fw_input.origin if fresh._.fw_input is not None else "<input>"
            log.warning("%s: took %.1f s, over the time budget of %g s", origin, elapsed, budget)
        yield result, None


def _over_budget(budget: float) -> str:
    return f"skipped: reading it took over the time budget of {budget:g} s (set {TIME_BUDGET_ENV})"


class _deadline:
    """Raise `ArticleTimeout` in this thread after ``seconds`` (a no-op when it cannot be done).

    Uses SIGALRM, so it works only in the main thread on POSIX and only when no other timer is
    set (a test runner's timeout keeps its own); elsewhere the budget is checked afterwards.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.previous: object = None
        self.armed = False

    def __enter__(self) -> None:
        if (
            self.seconds <= 0
            or not hasattr(signal, "SIGALRM")
            or threading.current_thread() is not threading.main_thread()
            or signal.getitimer(signal.ITIMER_REAL)[0] > 0
        ):
            return
        self.previous = signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, self.seconds)
        self.armed = True

    def __exit__(self, *exc: object) -> None:
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)  # type: ignore[arg-type]
            self.armed = False


def _on_alarm(signum: int, frame: FrameType | None) -> None:
    raise ArticleTimeout()


def batches(items: Iterable[ArticleInput], size: int) -> Iterator[list[ArticleInput]]:
    """Group a stream of articles into lists of ``size`` (the last may be shorter)."""
    batch: list[ArticleInput] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
