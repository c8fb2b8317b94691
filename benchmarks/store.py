"""Store speed: articles stored per second and time spent merging, for N reports of few happenings.

    python -m benchmarks.store [--n 200 500 1000] [--happenings 10] [--db URL]

A handful of made-up stories (``--happenings`` captures and clashes in different towns, each told
in four wordings) go through the pipeline once; the store then ingests N records cloned from them
(new id, outlet and a closing line each), so every happening gathers about N / happenings reports,
the case in which merging used to be quadratic. Extraction is not timed: this measures the store.
Each N starts from an empty SQLite file (or the PostgreSQL database given, emptied).
"""

from __future__ import annotations

import argparse
import copy
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from sqlalchemy import create_engine, text

from frontwire.api import extract
from frontwire.records import ArticleRecord
from frontwire.store import Store, resolve_url

TOWNS = [
    "Goma",
    "Bunia",
    "Kunduz",
    "Djibo",
    "Kidal",
    "Marib",
    "Sittwe",
    "Idlib",
    "Gao",
    "Beni",
    "Herat",
    "Aden",
]
GROUPS = ["M23 rebels", "the Taliban", "JNIM fighters", "Houthi forces", "the Arakan Army"]
WORDINGS = [
    "{group} captured the town of {town} on Saturday after heavy fighting with the army, residents said.",
    "{town} fell to {group} on Saturday, officials said, as soldiers withdrew from the town.",
    "{group} seized {town} on Saturday, witnesses told reporters. The army fled the city.",
    "Fighting broke out between {group} and the army in {town} on Saturday, a local official said.",
]


def stories(happenings: int) -> list[ArticleRecord]:
    """The records cloned by the benchmark: each happening told in every wording."""
    records = []
    for h in range(happenings):
        town, group = TOWNS[h % len(TOWNS)], GROUPS[h % len(GROUPS)]
        for w, wording in enumerate(WORDINGS):
            body = wording.format(group=group, town=town)
            records.append(extract(body[0].upper() + body[1:], id=f"s{h}-{w}", date="2024-05-12"))
    return records


def clones(templates: list[ArticleRecord], n: int) -> list[ArticleRecord]:
    """N records: templates in turn, each with its own id, outlet and closing line."""
    out = []
    for i in range(n):
        record = copy.deepcopy(templates[i % len(templates)])
        record.article.id = f"bench-{i}"
        record.article.outlet = f"Outlet {i % 37}"
        # appended after the body, so evidence offsets stay right
        record.article.text += f"\n\nReporting by desk {i}."
        out.append(record)
    return out


def _empty(db: str | None, folder: Path, n: int) -> str:
    if db is None:
        return f"sqlite:///{folder / f'bench-{n}.db'}"
    engine = create_engine(resolve_url(db))
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return db


def run(records: list[ArticleRecord], url: str) -> dict[str, float]:
    """Ingest ``records`` into the store at ``url``; seconds in all and in merging, events made."""
    spent = {"merge": 0.0}
    original: Callable[..., Any] = Store._merge

    def timed(self: Store, *args: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(self, *args)
        finally:
            spent["merge"] += time.perf_counter() - started

    Store._merge = timed  # type: ignore[method-assign,assignment]
    try:
        with Store(url) as store:
            started = time.perf_counter()
            for record in records:
                store.ingest(record)
            seconds = time.perf_counter() - started
            merged = len(store.events())
    finally:
        Store._merge = original  # type: ignore[method-assign]
    return {"seconds": seconds, "merge": spent["merge"], "merged": merged}


def main() -> None:
    """Print one row per N."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, nargs="+", default=[200, 500, 1000])
    parser.add_argument("--happenings", type=int, default=10)
    parser.add_argument("--db", default=None, help="a PostgreSQL URL (emptied!); default: SQLite files")
    args = parser.parse_args()
    templates = stories(args.happenings)
    table = Table(title=f"store: N articles about {args.happenings} happenings (extraction not timed)")
    for column in ("N", "articles/s", "seconds", "merge s", "merge ms/article", "merged events"):
        table.add_column(column, justify="right")
    with tempfile.TemporaryDirectory() as folder:
        for n in args.n:
            result = run(clones(templates, n), _empty(args.db, Path(folder), n))
            table.add_row(
                str(n),
                f"{n / result['seconds']:.1f}",
                f"{result['seconds']:.1f}",
                f"{result['merge']:.1f}",
                f"{1000 * result['merge'] / n:.1f}",
                str(int(result["merged"])),
            )
    Console().print(table)


if __name__ == "__main__":
    main()
