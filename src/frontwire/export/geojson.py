"""A GeoJSON FeatureCollection (RFC 7946) of merged events: one Point feature per event.

Coordinates are ``[longitude, latitude]`` as RFC 7946 orders them; an event whose place has no
coordinates is a feature with a null geometry, which the RFC allows, so nothing is dropped.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from frontwire.records import MergedEvent


def feature(e: MergedEvent) -> dict[str, Any]:
    """One event as a GeoJSON Feature with flat properties (what GIS tools show in a table)."""
    place = e.place
    geometry = (
        {"type": "Point", "coordinates": [place.lon, place.lat]}
        if place and place.lat is not None and place.lon is not None
        else None
    )
    properties = {
        "id": e.id,
        "date_start": e.date.start,
        "date_end": e.date.end,
        "precision": e.date.precision,
        "plover_type": e.plover.type,
        "acled_event_type": e.acled.event_type if e.acled else None,
        "acled_sub_event_type": e.acled.sub_event_type if e.acled else None,
        "actor1": e.actor1.name if e.actor1 else None,
        "actor2": e.actor2.name if e.actor2 else None,
        "place": place.name if place else None,
        "feature": place.feature if place else None,
        "country": place.country if place else None,
        "geonameid": place.geonameid if place else None,
        "status": e.status,
        "controller": e.territory.name if e.has_territory and e.territory else None,
        "fatalities": e.fatalities,
        "reports": e.reports,
        "articles": ";".join(e.articles),
        "first_seen": e.first_seen,
        "last_seen": e.last_seen,
    }
    return {"type": "Feature", "id": e.id, "geometry": geometry, "properties": properties}


def collection(events: Sequence[MergedEvent]) -> dict[str, Any]:
    """The FeatureCollection of ``events``."""
    return {"type": "FeatureCollection", "features": [feature(e) for e in events]}


def write_geojson(events: Sequence[MergedEvent], stream: TextIO) -> int:
    """Write the FeatureCollection; return the number of features."""
    data = collection(events)
    json.dump(data, stream, ensure_ascii=False)
    stream.write("\n")
    return len(data["features"])
