"""Brief speed: seconds to gather and render a situation brief from a store of N articles.

    python -m benchmarks.brief CORPUS.jsonl [--n 300] [--db URL]

The first N articles of a JSON Lines corpus are extracted and ingested into an empty SQLite store
(not timed; a ``--db`` that already holds articles is used as it is), then the brief of the busiest
publication day, of its week and of the whole span is gathered and rendered as Markdown and HTML.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from rich.console import Console
from rich.table import Table

from frontwire.brief import gather, to_html, to_markdown
from frontwire.store import Store


def _fill(store: Store, corpus: Path, n: int) -> None:
    from frontwire.api import process
    from frontwire.ingest import read_paths

    articles = []
    for item in read_paths([str(corpus)]):
        if item.article is not None:
            articles.append(item.article)
        if len(articles) >= n:
            break
    for outcome in process(articles):
        if outcome.record is not None:
            store.ingest(outcome.record)


def main() -> None:
    """Print seconds per brief (gather, Markdown, HTML) for a day, a week and the whole span."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--db", default=None, help="a store to use (filled first when empty)")
    args = parser.parse_args()
    db = args.db or f"sqlite:///{Path(tempfile.mkdtemp()) / 'brief.db'}"
    with Store(db) as store:
        if not store.articles():
            started = time.perf_counter()
            _fill(store, args.corpus, args.n)
            print(f"ingested {args.n} articles in {time.perf_counter() - started:.1f} s")
        articles = store.articles()
        days = Counter(a.date for a in articles if a.date)
        busiest = date.fromisoformat(days.most_common(1)[0][0])
        dated = sorted(days)
        periods = {
            "busiest day": (busiest, busiest),
            "its week": (busiest - timedelta(days=6), busiest),
            "whole span": (date.fromisoformat(dated[0]), date.fromisoformat(dated[-1])),
        }
        table = Table(caption=f"{len(articles)} articles, {len(store.events())} merged events")
        for column in ("period", "lines", "refs", "gather s", "markdown s", "html s", "html KB"):
            table.add_column(column, justify="right")
        for name, (since, until) in periods.items():
            t0 = time.perf_counter()
            brief = gather(store, since, until)
            t1 = time.perf_counter()
            to_markdown(brief)
            t2 = time.perf_counter()
            page = to_html(brief)
            t3 = time.perf_counter()
            lines = len(brief.changes) + len(brief.imminent) + sum(len(g.lines) for g in brief.groups)
            table.add_row(
                f"{name} ({since} – {until})",
                str(lines),
                str(len(brief.references)),
                f"{t1 - t0:.2f}",
                f"{t2 - t1:.3f}",
                f"{t3 - t2:.3f}",
                f"{len(page.encode()) / 1024:.0f}",
            )
    Console().print(table)


if __name__ == "__main__":
    main()
