"""The store: articles and what Frontwire read from them, in SQLite (default) or PostgreSQL.

``Store(db)`` opens (and migrates) the database named by ``db``, ``FRONTWIRE_DB`` or
``frontwire.db`` in the working directory; see `frontwire.store.engine.resolve_url`.
"""

from frontwire.store.engine import DEFAULT_DB, resolve_url
from frontwire.store.repository import IngestOutcome, Store

__all__ = ["DEFAULT_DB", "IngestOutcome", "Store", "resolve_url"]
