"""The Python API: `extract` one article, `extract_many` for a stream of them."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date as Date
from typing import TYPE_CHECKING

from frontwire.records import ArticleInput, ArticleRecord

if TYPE_CHECKING:
    from frontwire.engines import Engine

log = logging.getLogger("frontwire")

#: documents handed to spaCy at a time
BATCH_SIZE = 32


class ExtractionError(Exception):
    """An article could not be read; the message names the input."""


@dataclass(slots=True)
class Outcome:
    """What became of one article in a batch: a record, or the reason there is none."""

    article: ArticleInput
    record: ArticleRecord | None
    error: str | None = None


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
    return outcome.record


def extract_many(
    articles: Iterable[ArticleInput | dict[str, object] | str], engine: Engine | None = None
) -> Iterator[ArticleRecord]:
    """Stream records for many articles (ArticleInput, JSONL-style dicts, or plain texts).

    Articles that cannot be read are logged and skipped; use `process` to see each failure.
    ``engine`` runs the pipeline elsewhere (see `frontwire.engines`); by default, in this process.
    """
    for outcome in process((_as_input(a) for a in articles), engine=engine):
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
    articles: Iterable[ArticleInput], batch_size: int = BATCH_SIZE, engine: Engine | None = None
) -> Iterator[Outcome]:
    """Run the pipeline over ``articles``, yielding one `Outcome` per article, in order.

    One article that breaks a component is reported as failed; the rest of the batch goes on.
    ``engine`` (a `frontwire.engines` engine: worker processes, Ray) runs the pipeline elsewhere
    with the same results; by default it runs in this process.
    """
    if engine is not None:
        return engine.run(articles)
    return _process_here(articles, batch_size)


def _process_here(articles: Iterable[ArticleInput], batch_size: int) -> Iterator[Outcome]:
    from frontwire.assemble import assemble
    from frontwire.nlp.pipeline import load_pipeline, make_doc

    nlp = load_pipeline()
    for batch in batches(articles, batch_size):
        docs = []
        outcomes: list[Outcome | None] = []
        for article in batch:
            if not article.text.strip():
                outcomes.append(Outcome(article, None, "empty article: no text to read"))
                continue
            docs.append(make_doc(nlp, article))
            outcomes.append(None)
        processed = iter(_pipe_resilient(nlp, docs))
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


def _pipe_resilient(nlp, docs):  # type: ignore[no-untyped-def]
    """``nlp.pipe`` over a batch; if spaCy itself fails on the batch, retry one doc at a time."""
    try:
        done = [doc for doc, _ in nlp.pipe(((doc, None) for doc in docs), as_tuples=True)]
    except Exception:
        log.debug("batch failed; retrying one document at a time", exc_info=True)
    else:
        for doc in done:
            yield doc, None
        return
    for doc in docs:
        try:
            yield nlp(doc), None
        except Exception as exc:
            yield doc, f"the NLP pipeline failed: {type(exc).__name__}: {exc}"


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
