"""Sources: files, folders, stdin (later URLs and feeds) -> RawDocument."""

from detente.sources.registry import read_sources

__all__ = ["read_sources"]
