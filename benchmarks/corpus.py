"""Make a bigger corpus from real articles, for throughput runs on more than a few hundred.

    python -m benchmarks.corpus INPUT [INPUT ...] --articles 10000 -o big.jsonl [--seed 0]

INPUT is anything ``frontwire extract`` reads. The output is JSON Lines in the form ``frontwire
extract`` reads, ``--articles`` long: the inputs in order, then again and again with their
paragraphs (or sentences) shuffled (a fixed seed, so a corpus can be made again) and fresh ids, so no two
articles have the same text and caches see what a real stream would give them. Article lengths,
vocabulary and event density stay those of the inputs.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from frontwire.ingest import read_paths
from frontwire.records import ArticleInput

#: a sentence end: the split a one-paragraph article is shuffled by
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def _shuffled(text: str, rng: random.Random) -> str:
    """The text with its paragraphs (or, in a single paragraph, its sentences) in another order."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    if len(paragraphs) > 1:
        rng.shuffle(paragraphs)
        return "\n".join(paragraphs)
    sentences = _SENTENCE_END.split(text.strip())
    rng.shuffle(sentences)
    return " ".join(sentences)


def variants(articles: list[ArticleInput], count: int, seed: int = 0) -> Iterator[dict[str, object]]:
    """``count`` article objects: the inputs as they are, then reshuffled copies of them."""
    rng = random.Random(seed)
    for n in range(count):
        source = articles[n % len(articles)]
        copy = n // len(articles)
        text = source.text
        if copy:
            text = _shuffled(text, rng)
        row: dict[str, object] = {"id": f"{source.id or n % len(articles)}~{copy}", "text": text}
        for field in ("title", "outlet", "url"):
            if getattr(source, field):
                row[field] = getattr(source, field)
        if source.date is not None:
            row["date"] = source.date.isoformat()
        yield row


def main(argv: list[str] | None = None) -> None:
    """Write the corpus."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("inputs", nargs="+", help="articles to start from, as for `frontwire extract`")
    parser.add_argument("--articles", "-n", type=int, required=True, help="how many articles to write")
    parser.add_argument("--output", "-o", type=Path, required=True, help="the JSON Lines file to write")
    parser.add_argument("--seed", type=int, default=0, help="the shuffling seed")
    args = parser.parse_args(argv)

    articles = [item.article for item in read_paths(args.inputs) if item.article is not None]
    if not articles:
        sys.exit("benchmarks.corpus: no readable article in the inputs")
    with args.output.open("w", encoding="utf-8") as out:
        for row in variants(articles, args.articles, args.seed):
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{args.output}: {args.articles:,} articles from {len(articles):,} inputs")


if __name__ == "__main__":
    main()
