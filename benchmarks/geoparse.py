"""What the geoparsing stage costs: ``python -m benchmarks.geoparse CORPUS.jsonl [--repeat N]``.

Runs Frontwire's whole pipeline over the corpus (one article object a line, ``text`` required), one
stage at a time over the whole corpus, and prints a table: the seconds each stage takes, the whole
pipeline against the pipeline without ``frontwire_places`` (what the geoparsing stage adds, in per
cent), and the process's peak resident memory. Timing each stage within one run keeps the share
honest on a busy machine, where two separate runs (with and without the stage) differ by more than
the stage costs. The model and the gazetteer are loaded before timing; the corpus runs ``--repeat``
times and each stage's fastest time counts.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from frontwire.nlp.gazetteer import shared_gazetteer
from frontwire.nlp.pipeline import load_pipeline, make_doc
from frontwire.records import ArticleInput


def read_corpus(path: Path) -> list[ArticleInput]:
    """The articles of a JSON Lines corpus (dates are left out: only the text is timed)."""
    articles: list[ArticleInput] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                obj = json.loads(line)
                articles.append(ArticleInput(text=obj["text"], id=str(obj.get("id") or len(articles))))
    return articles


def stage_times(articles: list[ArticleInput]) -> dict[str, float]:
    """Seconds each pipeline stage takes over every article, the stages run one after the other."""
    nlp = load_pipeline()
    docs = [make_doc(nlp, a) for a in articles]
    times: dict[str, float] = {}
    for name, proc in nlp.pipeline:
        started = time.perf_counter()
        docs = list(proc.pipe(docs, batch_size=32)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        times[name] = time.perf_counter() - started
    return times


def peak_rss_mib() -> float:
    """Peak resident memory of this process, in MiB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main(argv: list[str] | None = None) -> int:
    """Print the table; the exit status is 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="JSON Lines, one article object a line")
    parser.add_argument("--repeat", type=int, default=2, help="runs over the corpus (default 2)")
    args = parser.parse_args(argv)
    articles = read_corpus(args.corpus)
    load_pipeline()
    shared_gazetteer()
    stage_times(articles[:5])  # warm-up: lazy loads and caches outside the timing
    runs = [stage_times(articles) for _ in range(args.repeat)]
    best = {name: min(run[name] for run in runs) for name in runs[0]}
    full = sum(best.values())
    places = best.get("frontwire_places", 0.0)
    without = full - places
    chars = sum(len(a.text) for a in articles)
    print(f"corpus: {args.corpus} ({len(articles)} articles, {chars:,} characters)")
    print(f"{'stage':<36} {'seconds':>9}")
    for name, seconds in best.items():
        print(f"{name:<36} {seconds:>9.2f}")
    print()
    print(f"{'pipeline':<36} {'seconds':>9} {'articles/s':>11}")
    print(f"{'whole (frontwire extract)':<36} {full:>9.2f} {len(articles) / full:>11.1f}")
    print(f"{'without frontwire_places':<36} {without:>9.2f} {len(articles) / without:>11.1f}")
    print(f"{'geoparsing stage adds':<36} {places / without * 100:>8.1f}%")
    print(f"{'peak RSS':<36} {peak_rss_mib():>6.0f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
