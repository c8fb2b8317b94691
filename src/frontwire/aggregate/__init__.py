"""Across articles: one merged event per happening, and territorial-control timelines.

Pure functions over `EventReport`s and `MergedEvent`s (``frontwire.records``); the store
(``frontwire.store``) decides which reports to compare and keeps the result.
"""

from frontwire.aggregate.control import control_timeline
from frontwire.aggregate.merge import (
    DATE_SLACK_DAYS,
    NEAR_KM,
    compatible,
    distance_km,
    merge_reports,
)

__all__ = [
    "DATE_SLACK_DAYS",
    "NEAR_KM",
    "compatible",
    "control_timeline",
    "distance_km",
    "merge_reports",
]
