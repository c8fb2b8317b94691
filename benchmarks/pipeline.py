"""Pipeline benchmark: articles/s, tokens/s, time per stage and peak memory, beside bare spaCy.

    python -m benchmarks.pipeline CORPUS [CORPUS ...] [--limit N] [--workers N [N ...]] [--no-stages]
                                  [--repeat N]

CORPUS is anything ``frontwire extract`` reads (a JSON Lines file of articles, wire text, a
directory). The same articles go through spaCy's own pipeline alone (``nlp.pipe`` with the same
model) in the same run, so the tables show what Frontwire's components cost on top of parsing.

Two tables:

- stages: each pipeline component run over the whole corpus in turn, in this process;
- engines: the corpus end to end (``frontwire.api.process``: pipeline, records), in this process
  and, with ``--workers``, through a pool of N worker processes (``frontwire extract --workers N``),
  each warmed up (pipeline loaded) before timing; beside bare spaCy in one process, with the
  speed-up over one worker and the peak memory of the largest worker.

On a machine shared with other work, compare the ratios within one run, not runs with each other.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Iterable
from dataclasses import dataclass

import spacy
from rich.console import Console
from rich.table import Table

from frontwire.api import process
from frontwire.assemble import assemble
from frontwire.engines import ProcessEngine, peak_rss_mb
from frontwire.ingest import read_paths
from frontwire.nlp.pipeline import MODEL_PACKAGE, load_pipeline, make_doc
from frontwire.nlp.speedups import speed_up
from frontwire.records import ArticleInput


@dataclass(slots=True)
class Timing:
    """Seconds spent in one stage over the whole corpus."""

    stage: str
    seconds: float


@dataclass(slots=True)
class EngineRun:
    """One end-to-end run of the corpus: where it ran, how long it took, its peak memory."""

    name: str
    workers: int
    seconds: float
    cpu_seconds: float
    failed: int = 0
    peak_mb: float | None = None


def _articles(paths: Iterable[str], limit: int | None) -> list[ArticleInput]:
    out = []
    for item in read_paths(paths):
        if item.article is not None:
            out.append(item.article)
        if limit is not None and len(out) >= limit:
            break
    return out


def _peak_mb() -> float:
    return peak_rss_mb()


def stages(articles: list[ArticleInput], batch_size: int = 32) -> tuple[list[Timing], int]:
    """Time each stage over the corpus in this process; returns the timings and the token count."""
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
    return timings, tokens


def bare_spacy(articles: list[ArticleInput], batch_size: int = 32, *, indexed: bool = False) -> EngineRun:
    """spaCy's own pipeline alone (``nlp.pipe``, same model) over the corpus, in this process.

    With ``indexed``, the model's attribute ruler and lemmatizer are Frontwire's indexed
    equivalents (same annotations), which shows how much of Frontwire's lead comes from them.
    """
    bare = spacy.load(MODEL_PACKAGE)
    if indexed:
        speed_up(bare)
    started, cpu = time.perf_counter(), time.process_time()
    for _ in bare.pipe((a.text for a in articles), batch_size=batch_size):
        pass
    name = "spaCy, indexed ruler + lemmatizer" if indexed else "bare spaCy nlp.pipe (this process)"
    return EngineRun(name, 0, time.perf_counter() - started, time.process_time() - cpu)


def local(articles: list[ArticleInput]) -> EngineRun:
    """The corpus end to end in this process (the pipeline loaded beforehand)."""
    load_pipeline()
    started, cpu = time.perf_counter(), time.process_time()
    failed = sum(o.record is None for o in process(articles))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return EngineRun("frontwire (this process)", 0, seconds, cpu, failed, _peak_mb())


def pooled(articles: list[ArticleInput], workers: int) -> EngineRun:
    """The corpus end to end through ``workers`` worker processes, warmed up before timing."""
    engine = ProcessEngine(workers)
    try:
        engine.warm_up()
        before = engine.usage()
        started = time.perf_counter()
        failed = sum(o.record is None for o in engine.run(articles))
        seconds = time.perf_counter() - started
        after = engine.usage()
    finally:
        engine.close()
    # best effort: a worker that missed both usage calls counts all its CPU time
    cpu = sum(used - before.get(pid, (0.0, 0.0))[0] for pid, (used, _) in after.items())
    peak = max(rss for _, rss in after.values())
    return EngineRun(f"frontwire --workers {workers}", workers, seconds, cpu, failed, peak)


def _stage_table(timings: list[Timing], n_articles: int, n_tokens: int, bare: float) -> Table:
    processing = sum(t.seconds for t in timings if t.stage != "load pipeline")
    table = Table(title=f"Stages: Frontwire pipeline on {n_articles:,} articles, {n_tokens:,} tokens")
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
    table.add_row("peak RSS (this process)", f"{_peak_mb():,.0f} MB", "")
    return table


def _engine_table(runs: list[EngineRun], n_articles: int, n_tokens: int) -> Table:
    load = os.getloadavg()[0]
    table = Table(
        title=f"Engines: {n_articles:,} articles, {n_tokens:,} tokens end to end "
        f"({os.cpu_count()} CPUs, load {load:.1f} at the end)"
    )
    columns = (
        "run",
        "seconds",
        "articles / s",
        "tokens / s",
        "× bare spaCy",
        "× 1 worker",
        "CPU s",
        "articles / CPU s",
        "peak RSS",
    )
    for column in columns:
        table.add_column(column, justify="left" if column == "run" else "right")
    bare = runs[0].seconds
    one = next((r.seconds for r in runs if r.workers == 1), None)
    for r in runs:
        table.add_row(
            r.name + (f" ({r.failed} failed)" if r.failed else ""),
            f"{r.seconds:.2f}",
            f"{n_articles / r.seconds:.1f}",
            f"{n_tokens / r.seconds:,.0f}",
            f"{bare / r.seconds:.2f}",
            f"{one / r.seconds:.2f}" if one and r.workers else "",
            f"{r.cpu_seconds:.1f}",
            f"{n_articles / r.cpu_seconds:.1f}" if r.cpu_seconds else "",
            f"{r.peak_mb:,.0f} MB" if r.peak_mb else "",
        )
    return table


def main(argv: list[str] | None = None) -> None:
    """Print the benchmark tables."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", nargs="+", help="articles to read, as for `frontwire extract`")
    parser.add_argument("--limit", type=int, default=None, help="read at most this many articles")
    parser.add_argument(
        "--workers",
        type=int,
        nargs="*",
        default=[1, 2],
        help="worker-process runs to time (default: 1 2; none: --workers with no number)",
    )
    parser.add_argument("--no-stages", action="store_true", help="skip the table of stages")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="runs of each engine; the fastest counts",
    )
    args = parser.parse_args(argv)

    articles = _articles(args.corpus, args.limit)
    console = Console(width=150)
    n_tokens = 0
    if not args.no_stages:
        timings, n_tokens = stages(articles)
        bare = bare_spacy(articles)
        console.print(_stage_table(timings, len(articles), n_tokens, bare.seconds))
    else:
        nlp = load_pipeline()
        n_tokens = sum(len(nlp.make_doc(a.text)) for a in articles)
        bare = bare_spacy(articles)

    def fastest(runs: list[EngineRun]) -> EngineRun:
        return min(runs, key=lambda r: r.seconds)

    repeat = range(args.repeat - 1)
    runs = [fastest([bare, *(bare_spacy(articles) for _ in repeat)])]
    runs.append(fastest([bare_spacy(articles, indexed=True) for _ in range(args.repeat)]))
    runs.append(fastest([local(articles) for _ in range(args.repeat)]))
    for workers in sorted(args.workers):
        runs.append(fastest([pooled(articles, workers) for _ in range(args.repeat)]))
    console.print(_engine_table(runs, len(articles), n_tokens))


if __name__ == "__main__":
    main()
