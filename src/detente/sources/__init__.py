"""Sources: files, folders, stdin (later URLs and feeds) -> RawDocument.

Formats: text (.txt; UTF-8 with or without BOM, cp1252, latin-1; the seed header
``" date 2017-07 ..."``), HTML, JSON lines, WARC/WARC.GZ; unknown suffixes are sniffed.
"""

from detente.sources.base import DEFAULT_MAX_BYTES, Origin, ReadOptions, Source
from detente.sources.registry import DEFAULT_REGISTRY, Format, Registry, read_sources

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_REGISTRY",
    "Format",
    "Origin",
    "ReadOptions",
    "Registry",
    "Source",
    "read_sources",
]
