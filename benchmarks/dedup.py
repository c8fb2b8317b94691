"""Near-duplicate detection: precision and recall on made-up stories, rewrites and same-topic others.

    python -m benchmarks.dedup [--seeds 1 2 3 4 5 8] [--threshold 0.5]

Each seed builds a fresh set (tests/dedup_corpus.py): 50 stories, a rewrite of each (sentences
reordered, synonyms, a sentence cut and one added, another headline and signature) and 100
unrelated stories on the same topic, 30 of them about the same place and actor. Articles go
through `NearDuplicateIndex` in shuffled order; a pair is right when both are versions of one story.
Seed 8 is the one the threshold was chosen on; the others are held out.
"""

from __future__ import annotations

import argparse
import itertools
import time

from rich.console import Console
from rich.table import Table
from tests.dedup_corpus import build_corpus

from frontwire.ingest.dedup import THRESHOLD, NearDuplicateIndex, similarity
from frontwire.records import ArticleInput


def measure(seed: int, threshold: float) -> dict[str, float]:
    """Pairwise precision and recall of the index on one seed's corpus, and exact-similarity ranges."""
    corpus = build_corpus(seed=seed)
    group = {s.id: s.group for s in corpus}
    index = NearDuplicateIndex(threshold=threshold)
    started = time.perf_counter()
    found = []
    for story in corpus:
        canonical = index.add(ArticleInput(text=story.text, title=story.title, id=story.id))
        if canonical is not None:
            found.append((story.id, canonical))
    seconds = time.perf_counter() - started
    true_pairs = sum(1 for a, b in itertools.combinations(corpus, 2) if a.group == b.group)
    right = sum(1 for a, b in found if group[a] == group[b])
    pos: list[float] = []
    neg: list[float] = []
    for a, b in itertools.combinations(corpus, 2):
        (pos if a.group == b.group else neg).append(similarity(a.text, b.text))
    return {
        "precision": right / len(found) if found else 1.0,
        "recall": right / true_pairs,
        "found": len(found),
        "pos_min": min(pos),
        "neg_max": max(neg),
        "ms_per_article": 1000 * seconds / len(corpus),
    }


def main() -> None:
    """Print one row per seed and the pooled figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[8, 1, 2, 3, 4, 5])
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    args = parser.parse_args()
    table = Table(title=f"Near-duplicates, threshold {args.threshold}")
    for column in (
        "seed",
        "pairs found",
        "precision",
        "recall",
        "min J rewrite",
        "max J other",
        "ms/article",
    ):
        table.add_column(column, justify="right")
    rows = [(seed, measure(seed, args.threshold)) for seed in args.seeds]
    for seed, m in rows:
        table.add_row(
            f"{seed}{' (tuning)' if seed == 8 else ''}",
            f"{m['found']:.0f}",
            f"{m['precision']:.3f}",
            f"{m['recall']:.3f}",
            f"{m['pos_min']:.3f}",
            f"{m['neg_max']:.3f}",
            f"{m['ms_per_article']:.2f}",
        )
    right = sum(m["precision"] * m["found"] for _, m in rows)
    found = sum(m["found"] for _, m in rows)
    table.add_row(
        "all", f"{found:.0f}", f"{right / found:.3f}", f"{right / (50 * len(rows)):.3f}", "", "", ""
    )
    Console().print(table)


if __name__ == "__main__":
    main()
