"""Source registry: which reader handles a location, by URL scheme, file suffix or content.

``read_sources(["corpus/", "page.html", "-"])`` yields one ``RawDocument`` per article and
never raises: unreadable input comes back as a RawDocument with ``error`` set.
New inputs plug in without touching the readers::

    registry = DEFAULT_REGISTRY.with_scheme("https", MyFetcher())       # URLs
    registry = DEFAULT_REGISTRY.with_format(Format("feed", (".rss",), read_rss))  # feeds
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import BinaryIO

from detente.document import RawDocument
from detente.sources.base import (
    DEFAULT_MAX_BYTES,
    Origin,
    ReadBytes,
    ReadOptions,
    Source,
    human_size,
    size_error,
)
from detente.sources.feed import looks_like_feed, read_feed
from detente.sources.html import looks_like_html, read_html
from detente.sources.jsonl import looks_like_jsonl, read_jsonl, read_jsonl_path
from detente.sources.text import read_text
from detente.sources.url import NotYetSupported
from detente.sources.warc import looks_like_warc, read_warc, read_warc_path

ReadPath = Callable[[Path, Origin, ReadOptions], Iterator[RawDocument]]
SNIFF_BYTES = 4096


@dataclass(frozen=True, slots=True)
class Format:
    """One input format: file suffixes, a content sniffer and a reader."""

    name: str
    suffixes: tuple[str, ...]
    read_bytes: ReadBytes
    sniff: Callable[[bytes], bool] | None = None
    read_path: ReadPath | None = None  # streaming reader for archives; size limit is per record


TEXT = Format("text", (".txt", ".text", ".md"), read_text)
FORMATS = (
    Format("warc", (".warc", ".warc.gz"), read_warc, looks_like_warc, read_warc_path),
    Format("html", (".html", ".htm", ".xhtml", ".shtml"), read_html, looks_like_html),
    Format(
        "jsonl",
        (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"),
        read_jsonl,
        looks_like_jsonl,
        read_jsonl_path,
    ),
    Format("feed", (".rss", ".atom"), read_feed, looks_like_feed),
    TEXT,
)
SCHEMES: Mapping[str, Source] = MappingProxyType(
    {
        "http": NotYetSupported("fetching URLs is"),
        "https": NotYetSupported("fetching URLs is"),
        "feed": NotYetSupported("reading RSS/Atom feeds is"),
    }
)


@dataclass(frozen=True, slots=True)
class Registry:
    formats: tuple[Format, ...] = FORMATS
    schemes: Mapping[str, Source] = field(default_factory=lambda: SCHEMES)
    fallback: Format = TEXT  # content that no sniffer claims

    def with_format(self, fmt: Format) -> Registry:
        """A registry where ``fmt`` takes precedence for its suffixes."""
        return replace(self, formats=(fmt, *self.formats))

    def with_scheme(self, scheme: str, source: Source) -> Registry:
        return replace(self, schemes=MappingProxyType({**self.schemes, scheme: source}))

    def by_suffix(self, name: str) -> Format | None:
        lower = name.lower()
        return next((f for f in self.formats if lower.endswith(f.suffixes)), None)

    def by_content(self, head: bytes) -> Format:
        return next((f for f in self.formats if f.sniff and f.sniff(head)), self.fallback)


DEFAULT_REGISTRY = Registry()


def read_sources(
    paths: Iterable[str | Path] | str | Path,
    max_bytes: int = DEFAULT_MAX_BYTES,
    registry: Registry = DEFAULT_REGISTRY,
    stdin: BinaryIO | None = None,
) -> Iterator[RawDocument]:
    """Raw documents from files, folders (recursively), "-" (stdin) and registered URL schemes."""
    options = ReadOptions(max_bytes=max_bytes)
    for location in [paths] if isinstance(paths, str | Path) else paths:
        yield from read_location(str(location), options, registry, stdin)


def read_location(
    location: str,
    options: ReadOptions,
    registry: Registry = DEFAULT_REGISTRY,
    stdin: BinaryIO | None = None,
) -> Iterator[RawDocument]:
    scheme, separator, rest = location.partition("://")
    if separator and scheme.lower() in registry.schemes:
        yield from registry.schemes[scheme.lower()].read(location, options)
    elif location == "-" and stdin is None and sys.stdin.isatty():
        yield RawDocument(
            source="-", error="nothing on standard input: pipe text in, e.g. cat a.txt |"
        )
    elif location == "-":
        yield from _read_stdin(stdin or sys.stdin.buffer, options, registry)
    else:
        path = Path(rest if separator and scheme.lower() == "file" else location)
        yield from _read_path(path, options, registry)


def _read_path(path: Path, options: ReadOptions, registry: Registry) -> Iterator[RawDocument]:
    if path.is_dir():
        for file in _walk(path):
            yield from _read_path(file, options, registry)
    elif path.is_file():
        yield from read_file(path, options, registry)
    elif path.exists():  # devices, sockets, pipes: reading could block or never end
        yield RawDocument(
            source=str(path), file=path.name, error="not a regular file: pass a file or folder"
        )
    else:
        yield RawDocument(
            source=str(path), file=path.name, error="no such file or folder: check the path"
        )


def _walk(folder: Path) -> Iterator[Path]:
    """Files under ``folder`` in name order, skipping hidden files and folders."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def read_file(
    path: Path, options: ReadOptions, registry: Registry = DEFAULT_REGISTRY
) -> Iterator[RawDocument]:
    """Every document in one file; errors become RawDocuments with ``error``."""
    origin = Origin(str(path), path.name)
    fmt = registry.by_suffix(path.name)
    try:
        if fmt and fmt.read_path:
            yield from fmt.read_path(path, origin, options)
            return
        size = path.stat().st_size
        if size > options.max_bytes:
            yield origin.failed(size_error(size, options))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield origin.failed(
            f"cannot read file ({exc.strerror or exc}): check that it exists and is readable"
        )
        return
    yield from _read_bytes(data, origin, options, fmt or registry.by_content(data[:SNIFF_BYTES]))


def _read_stdin(
    stream: BinaryIO, options: ReadOptions, registry: Registry
) -> Iterator[RawDocument]:
    origin = Origin("-", None)
    data = stream.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        limit = human_size(options.max_bytes)
        yield origin.failed(
            f"input is over the {limit} limit: raise it with --max-size (MB) or max_bytes="
        )
        return
    yield from _read_bytes(data, origin, options, registry.by_content(data[:SNIFF_BYTES]))


def _read_bytes(
    data: bytes, origin: Origin, options: ReadOptions, fmt: Format
) -> Iterator[RawDocument]:
    if not data.strip():
        yield origin.failed("empty file")
        return
    yield from fmt.read_bytes(data, origin, options)
