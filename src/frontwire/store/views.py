"""How the store's answers are shown: Rich tables, JSON Lines, JSON and CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from dataclasses import asdict
from typing import TextIO

from rich.table import Table

from frontwire.records import MergedEvent, PlaceControl, StoredArticle


def _when(event: MergedEvent) -> str:
    d = event.date
    if d.start is None:
        return "?"
    if d.end and d.end != d.start:
        return f"{d.start} – {d.end}"
    return d.start


def events_table(events: Sequence[MergedEvent]) -> Table:
    """One row per merged event."""
    table = Table(caption=f"{len(events)} merged events", show_lines=True)
    for column in ("id", "when", "what", "who", "to whom", "where", "status", "reports", "sources"):
        table.add_column(column, overflow="fold")
    for e in events:
        what = e.plover.type + (f" {e.plover.mode}" if e.plover.mode else "")
        if e.acled:
            what += f"\n[dim]{e.acled.sub_event_type}[/dim]"
        if e.count:
            what += f"\n×{e.count}"
        status: str = e.status
        if e.has_territory:
            status += f"\ncontrol: {e.territory.name if e.territory else '?'}"
        where = f"{e.place.name} ({e.place.feature}, {e.place.country})" if e.place else "—"
        table.add_row(
            e.id,
            _when(e),
            what,
            e.actor1.name if e.actor1 else "—",
            e.actor2.name if e.actor2 else "—",
            where,
            status,
            str(e.reports),
            "; ".join(f"{s.name} ({s.kind})" for s in e.sources) or "—",
        )
    return table


def explain_text(event: MergedEvent) -> str:
    """Which reports make up a merged event and why each was merged, as plain text."""
    place = (
        f"{event.place.name} ({event.place.feature}, {event.place.country})" if event.place else "no place"
    )
    lines = [
        f"{event.id}: {event.plover.type}"
        + (f" / {event.acled.sub_event_type}" if event.acled else "")
        + f" at {place}, {_when(event)}, {event.status}",
        f"{event.reports} report(s) from {len(event.articles)} article(s); "
        f"first seen {event.first_seen or '?'}, last seen {event.last_seen or '?'}",
    ]
    for n, link in enumerate(event.members, start=1):
        r = link.report
        where = r.place.name if r.place else "no place"
        when = r.start.isoformat() if r.start else "?"
        lines.append("")
        lines.append(
            f"[{n}] article {r.article}"
            + (f" ({r.article_outlet})" if r.article_outlet else "")
            + (f", {r.seen.isoformat()}" if r.seen else "")
            + f": event {r.event}, {r.status}, {where}, {when}"
        )
        if r.article_title:
            lines.append(f"    title: {r.article_title}")
        lines.append(f"    merged because: {link.reason}")
        if r.sources:
            lines.append("    according to: " + "; ".join(f"{s.name} ({s.kind})" for s in r.sources))
        for ev in r.evidence:
            lines.append(f"    [{ev.start}:{ev.end}] {' '.join(ev.text.split())}")
    return "\n".join(lines)


def write_events(events: Sequence[MergedEvent], stream: TextIO, fmt: str) -> None:
    """Merged events as JSON Lines, a JSON array or CSV (one row per event)."""
    if fmt == "jsonl":
        for e in events:
            stream.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump([e.to_dict() for e in events], stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "csv":
        columns = [
            "id", "date_start", "date_end", "precision", "plover_type", "acled_event_type",
            "acled_sub_event_type", "actor1", "actor2", "place", "geonameid", "country", "lat", "lon",
            "status", "controller", "fatalities", "reports", "articles", "first_seen", "last_seen",
        ]  # fmt: skip
        writer = csv.writer(stream)
        writer.writerow(columns)
        for e in events:
            writer.writerow(
                [
                    e.id, e.date.start, e.date.end, e.date.precision, e.plover.type,
                    e.acled.event_type if e.acled else "", e.acled.sub_event_type if e.acled else "",
                    e.actor1.name if e.actor1 else "", e.actor2.name if e.actor2 else "",
                    e.place.name if e.place else "", e.place.geonameid if e.place else "",
                    e.place.country if e.place else "", e.place.lat if e.place else "",
                    e.place.lon if e.place else "", e.status,
                    e.territory.name if e.has_territory and e.territory else "",
                    e.fatalities if e.fatalities is not None else "", e.reports, " ".join(e.articles),
                    e.first_seen or "", e.last_seen or "",
                ]
            )  # fmt: skip
    else:
        raise ValueError(f"unknown format {fmt!r}")


def articles_table(articles: Sequence[StoredArticle]) -> Table:
    """One row per stored article."""
    table = Table(caption=f"{len(articles)} articles")
    for column in ("id", "date", "outlet", "title", "events", "near-duplicates"):
        table.add_column(column, overflow="fold")
    for a in articles:
        table.add_row(
            a.id,
            a.date or "—",
            a.outlet or "—",
            a.title or "—",
            str(a.events),
            ", ".join(a.duplicates) or "—",
        )
    return table


def write_articles(articles: Sequence[StoredArticle], stream: TextIO, fmt: str) -> None:
    """Stored articles as JSON Lines, a JSON array or CSV."""
    rows = [asdict(a) for a in articles]
    if fmt == "jsonl":
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump(rows, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "csv":
        writer = csv.writer(stream)
        writer.writerow(["id", "title", "date", "outlet", "url", "events", "duplicates"])
        for row in rows:
            writer.writerow([*(row[k] or "" for k in ("id", "title", "date", "outlet", "url")),
                             row["events"], " ".join(row["duplicates"])])  # fmt: skip
    else:
        raise ValueError(f"unknown format {fmt!r}")


def control_table(timelines: Sequence[PlaceControl]) -> Table:
    """One row per control span, grouped by place."""
    table = Table(caption=f"{len(timelines)} places", show_lines=False)
    for column in ("place", "controller", "from", "until", "status", "events"):
        table.add_column(column, overflow="fold")
    for t in timelines:
        place = f"{t.place.name} ({t.place.country or '?'})"
        for i, s in enumerate(t.spans):
            start = (s.start or "?") + (f" ({s.precision})" if s.precision != "day" else "")
            until = "now" if s.end is None else (f"before {s.end}" if s.end_inferred else s.end)
            table.add_row(
                place if i == 0 else "", s.controller or "?", start, until, s.status, ", ".join(s.events)
            )
    return table


def write_control(timelines: Sequence[PlaceControl], stream: TextIO, fmt: str) -> None:
    """Control timelines as a JSON array (one object per place) or JSON Lines."""
    if fmt == "json":
        json.dump([t.to_dict() for t in timelines], stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "jsonl":
        for t in timelines:
            stream.write(json.dumps(t.to_dict(), ensure_ascii=False) + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
