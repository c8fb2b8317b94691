"""Parquet of merged events (pyarrow): one row per event, typed columns, lists kept as lists."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from frontwire.records import MergedEvent

# the schema is explicit so that an empty export and a full one have the same columns and types
_COLUMNS: list[tuple[str, str]] = [
    ("id", "string"), ("date_start", "string"), ("date_end", "string"), ("precision", "string"),
    ("plover_type", "string"), ("plover_mode", "string"), ("plover_contexts", "list"),
    ("acled_event_type", "string"), ("acled_sub_event_type", "string"), ("actor1", "string"),
    ("actor1_type", "string"), ("actor2", "string"), ("actor2_type", "string"), ("place", "string"),
    ("feature", "string"), ("geonameid", "int"), ("country", "string"), ("admin1", "string"),
    ("lat", "float"), ("lon", "float"), ("status", "string"), ("controller", "string"),
    ("count", "int"), ("fatalities", "int"), ("confidence", "float"), ("reports", "int"),
    ("articles", "list"), ("sources", "list"), ("first_seen", "string"), ("last_seen", "string"),
]  # fmt: skip


def row(e: MergedEvent) -> dict[str, Any]:
    """One merged event as a flat row (what `write_parquet` stores and reads back)."""
    p = e.place
    return {
        "id": e.id, "date_start": e.date.start, "date_end": e.date.end, "precision": e.date.precision,
        "plover_type": e.plover.type, "plover_mode": e.plover.mode,
        "plover_contexts": list(e.plover.contexts),
        "acled_event_type": e.acled.event_type if e.acled else None,
        "acled_sub_event_type": e.acled.sub_event_type if e.acled else None,
        "actor1": e.actor1.name if e.actor1 else None, "actor1_type": e.actor1.type if e.actor1 else None,
        "actor2": e.actor2.name if e.actor2 else None, "actor2_type": e.actor2.type if e.actor2 else None,
        "place": p.name if p else None, "feature": p.feature if p else None,
        "geonameid": p.geonameid if p else None, "country": p.country if p else None,
        "admin1": p.admin1 if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
        "status": e.status, "controller": e.territory.name if e.has_territory and e.territory else None,
        "count": e.count, "fatalities": e.fatalities, "confidence": e.confidence, "reports": e.reports,
        "articles": list(e.articles), "sources": [s.name for s in e.sources],
        "first_seen": e.first_seen, "last_seen": e.last_seen,
    }  # fmt: skip


def schema() -> Any:
    """The pyarrow schema of the export."""
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "float": pa.float64(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[kind]) for name, kind in _COLUMNS])


def write_parquet(events: Sequence[MergedEvent], path: str | Path) -> int:
    """Write the events to a Parquet file at ``path``; return the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [row(e) for e in events]
    pq.write_table(pa.Table.from_pylist(rows, schema=schema()), str(path))
    return len(rows)
