"""The export stage: records written as JSON Lines, JSON, or a readable table of events."""

from frontwire.export.writers import FORMATS, events_table, write_records

__all__ = ["FORMATS", "events_table", "write_records"]
