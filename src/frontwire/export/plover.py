"""PLOVER JSON records of merged events: one object per happening, in PLOVER's vocabulary.

Field names follow the PLOVER specification's event record (``id``, ``date``, ``event_type``,
``mode``, ``context``, ``actor1``/``actor2`` with ``name``, ``country`` and ``sector``,
``location`` with ``name``, ``geonameid``, ``country``, ``admin1``, ``lat`` and ``lon``), plus what
Frontwire knows beyond it: status, date precision, territory, sources, articles and evidence.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from frontwire.records import ActorRef, MergedEvent


def _actor(actor: ActorRef | None) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"name": actor.name, "country": actor.country, "sector": actor.type}


def record(e: MergedEvent) -> dict[str, Any]:
    """The PLOVER record of one merged event."""
    place = e.place
    return {
        "id": e.id,
        "date": e.date.start,
        "date_end": e.date.end,
        "date_precision": e.date.precision,
        "event_type": e.plover.type,
        "mode": e.plover.mode or "",
        "context": list(e.plover.contexts),
        "actor1": _actor(e.actor1),
        "actor2": _actor(e.actor2),
        "location": (
            {
                "name": place.name,
                "geonameid": place.geonameid,
                "country": place.country,
                "admin1": place.admin1,
                "feature": place.feature,
                "lat": place.lat,
                "lon": place.lon,
            }
            if place
            else None
        ),
        "status": e.status,
        "territory": {"controller": e.territory.name if e.territory else None} if e.has_territory else None,
        "count": e.count,
        "fatalities": e.fatalities,
        "acled": {"event_type": e.acled.event_type, "sub_event_type": e.acled.sub_event_type}
        if e.acled
        else None,
        "sources": [{"name": s.name, "kind": s.kind} for s in e.sources],
        "articles": list(e.articles),
        "reports": e.reports,
        "text": [" ".join(v.text.split()) for v in e.evidence],
        "confidence": e.confidence,
    }


def write_plover(events: Sequence[MergedEvent], stream: TextIO) -> int:
    """Write a JSON array of PLOVER records; return how many."""
    records = [record(e) for e in events]
    json.dump(records, stream, ensure_ascii=False, indent=1)
    stream.write("\n")
    return len(records)
