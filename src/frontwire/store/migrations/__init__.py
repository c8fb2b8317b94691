"""Alembic migrations of the Frontwire store, run by `frontwire.store.engine.migrate` on open."""
