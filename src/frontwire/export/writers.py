"""Writers for frontwire/1 records: ``jsonl`` (one object a line), ``json`` (an array), ``table``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from rich.console import Console
from rich.table import Table

from frontwire.records import ArticleRecord, Event

FORMATS = ("jsonl", "json", "table")


def write_records(records: Iterable[ArticleRecord], stream: TextIO, fmt: str) -> Iterator[ArticleRecord]:
    """Write ``records`` to ``stream`` as they come, yielding each one once it is written."""
    if fmt == "jsonl":
        for record in records:
            stream.write(record.to_json() + "\n")
            stream.flush()
            yield record
    elif fmt == "json":
        stream.write("[")
        for n, record in enumerate(records):
            stream.write(
                ("," if n else "") + "\n" + json.dumps(record.to_dict(), ensure_ascii=False, indent=1)
            )
            yield record
        stream.write("\n]\n")
    elif fmt == "table":
        console = Console(file=stream, width=160 if not stream.isatty() else None)
        for record in records:
            console.print(events_table(record))
            yield record
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _date(event: Event) -> str:
    d = event.date
    if d.start is None:
        return "?"
    if d.end and d.end != d.start:
        return f"{d.start} – {d.end} ({d.precision})"
    return f"{d.start} ({d.precision})" if d.precision != "day" else d.start


def events_table(record: ArticleRecord) -> Table:
    """A Rich table of one article's events, one row an event."""
    places = {p.id: p for p in record.places}
    actors = {a.id: a.name for a in record.actors}
    article = record.article
    title = article.title or article.id
    caption = f"{len(record.events)} events · {len(record.places)} places · {len(record.quotes)} quotes"
    table = Table(title=f"{title} ({article.date or 'undated'}, {article.outlet or 'outlet unknown'})",
                  caption=caption, show_lines=True)  # fmt: skip
    for column in ("#", "when", "what", "who", "to whom", "where", "status", "according to"):
        table.add_column(column, overflow="fold")
    for event in record.events:
        what = event.plover.type + (f" {event.plover.mode}" if event.plover.mode else "")
        if event.acled:
            what += f"\n[dim]{event.acled.sub_event_type}[/dim]"
        if event.count:
            what += f"\n×{event.count}"
        place = places.get(event.place or "")
        where = f"{place.name} ({place.feature}, {place.country})" if place else "—"
        status: str = event.status
        if event.territory is not None:
            status += f"\ncontrol: {actors.get(event.territory.controller or '', '?')}"
        table.add_row(
            event.id,
            _date(event),
            what,
            actors.get(event.actor1 or "", "—"),
            actors.get(event.actor2 or "", "—"),
            where,
            status,
            "; ".join(f"{s.name} ({s.kind})" for s in event.sources) or "—",
        )
    return table
