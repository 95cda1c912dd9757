"""Storage: SQLite by default (one file, FTS5 search, readable by datasette / sqlite-utils)."""

from detente.store.sqlite import IngestReport, Store

__all__ = ["IngestReport", "Store"]
