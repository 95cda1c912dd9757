"""What every source shares: read options, the origin of a document, the Source protocol."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from detente.document import RawDocument

DEFAULT_MAX_BYTES = 10_000_000


@dataclass(frozen=True, slots=True)
class ReadOptions:
    # Per file, per JSONL line, per WARC record: larger inputs are recorded as errors.
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a document comes from: ``source`` is a path, URL, "-" or "file.jsonl:17"."""

    source: str
    file: str | None = None
    url: str | None = None

    def document(self, **fields: Any) -> RawDocument:
        fields.setdefault("url", self.url)
        return RawDocument(source=self.source, file=self.file, **fields)

    def failed(self, error: str) -> RawDocument:
        return RawDocument(source=self.source, file=self.file, url=self.url, error=error)

    def at(self, suffix: str, url: str | None = None) -> Origin:
        """A document inside this one: a JSONL line or a WARC record."""
        return Origin(f"{self.source}{suffix}", self.file, url or self.url)


# A format reads the bytes of one file (or stdin, or a fetched URL) into documents.
ReadBytes = Callable[[bytes, Origin, ReadOptions], Iterator[RawDocument]]


class Source(Protocol):
    """Reads one location (a path, "-", a URL or a feed) into raw documents; never raises."""

    def read(self, location: str, options: ReadOptions) -> Iterator[RawDocument]: ...


def human_size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1e6:.1f} MB"
    return f"{size / 1e3:.1f} kB" if size >= 1000 else f"{size} bytes"


def size_error(size: int, options: ReadOptions, what: str = "file") -> str:
    return (
        f"{what} is {human_size(size)}, over the {human_size(options.max_bytes)} limit: "
        "raise it with --max-size (MB) or max_bytes= to read it"
    )
