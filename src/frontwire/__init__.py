"""Frontwire: news articles in, a sourced, geocoded, dated conflict-event record out.

>>> import frontwire
>>> record = frontwire.extract("Rebels seized the town of Goma on Sunday.", date="2025-03-02")
>>> record.events[0].plover.type
'ASSAULT'
"""

from frontwire.api import extract, extract_many
from frontwire.records import ArticleInput, ArticleRecord

__version__ = "0.1.0"
__all__ = ["ArticleInput", "ArticleRecord", "__version__", "extract", "extract_many"]
