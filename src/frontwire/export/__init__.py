"""The export stage: records written as JSON Lines, JSON, or a readable table of events; merged
events from the store as ACLED-style CSV, PLOVER JSON, GeoJSON or Parquet."""

from frontwire.export.writers import FORMATS, events_table, write_records

#: formats of ``frontwire export``
EXPORT_FORMATS = ("acled", "plover", "geojson", "parquet")

__all__ = ["EXPORT_FORMATS", "FORMATS", "events_table", "write_records"]
