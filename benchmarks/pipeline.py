"""Pipeline benchmark: articles/s, tokens/s, time per stage and peak memory, beside bare spaCy.

    python -m benchmarks.pipeline CORPUS [CORPUS ...] [--limit N] [--repeat N]

CORPUS is anything ``frontwire extract`` reads (a JSON Lines file of articles, wire text, a
directory). The same articles go through spaCy's own pipeline alone (``nlp.pipe`` with the same
model) in the same run, so the table shows what Frontwire's components cost on top of parsing.
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Iterable
from dataclasses import dataclass

import spacy
from rich.console import Console
from rich.table import Table

from frontwire.assemble import assemble
from frontwire.ingest import read_paths
from frontwire.nlp.pipeline import MODEL_PACKAGE, load_pipeline, make_doc
from frontwire.records import ArticleInput


@dataclass(slots=True)
class Timing:
    """Seconds spent in one stage over the whole corpus."""

    stage: str
    seconds: float


def _articles(paths: Iterable[str], limit: int | None) -> list[ArticleInput]:
    out = []
    for item in read_paths(paths):
        if item.article is not None:
            out.append(item.article)
        if limit is not None and len(out) >= limit:
            break
    return out


def run(
    paths: list[str], limit: int | None = None, batch_size: int = 32
) -> tuple[list[Timing], int, int, float]:
    """Time each stage over the corpus; returns timings, articles, tokens and bare-spaCy seconds."""
    articles = _articles(paths, limit)
    timings: list[Timing] = []

    started = time.perf_counter()
    nlp = load_pipeline()
    timings.append(Timing("load pipeline", time.perf_counter() - started))

    started = time.perf_counter()
    docs = [make_doc(nlp, a) for a in articles]
    timings.append(Timing("tokenise", time.perf_counter() - started))
    tokens = sum(len(d) for d in docs)

    for name, component in nlp.pipeline:
        started = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:
            docs = [component(d) for d in docs]
        timings.append(Timing(name, time.perf_counter() - started))

    started = time.perf_counter()
    for doc in docs:
        assemble(doc)
    timings.append(Timing("assemble", time.perf_counter() - started))

    bare = spacy.load(MODEL_PACKAGE)
    started = time.perf_counter()
    for _ in bare.pipe((a.text for a in articles), batch_size=batch_size):
        pass
    bare_seconds = time.perf_counter() - started
    return timings, len(articles), tokens, bare_seconds


def main(argv: list[str] | None = None) -> None:
    """Print the benchmark table."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="+", help="articles to read, as for `frontwire extract`")
    parser.add_argument("--limit", type=int, default=None, help="read at most this many articles")
    args = parser.parse_args(argv)

    timings, n_articles, n_tokens, bare = run(args.corpus, args.limit)
    processing = sum(t.seconds for t in timings if t.stage != "load pipeline")
    table = Table(title=f"Frontwire pipeline on {n_articles:,} articles, {n_tokens:,} tokens")
    table.add_column("stage")
    table.add_column("seconds", justify="right")
    table.add_column("share", justify="right")
    for t in timings:
        share = "" if t.stage == "load pipeline" else f"{100 * t.seconds / processing:.1f} %"
        table.add_row(t.stage, f"{t.seconds:.2f}", share)
    table.add_section()
    table.add_row("total (without loading)", f"{processing:.2f}", "100 %")
    table.add_row("articles / s", f"{n_articles / processing:.1f}", "")
    table.add_row("tokens / s", f"{n_tokens / processing:,.0f}", "")
    table.add_row("bare spaCy nlp.pipe, same model", f"{bare:.2f}", f"× {processing / bare:.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    table.add_row("peak RSS", f"{peak:,.0f} MB", "")
    Console().print(table)


if __name__ == "__main__":
    main()
