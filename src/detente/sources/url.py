"""URL sources. Fetching is not implemented yet; the registry maps schemes to Sources.

A fetcher implements ``Source.read(location, options)``: download with a size limit of
``options.max_bytes``, then hand the bytes to a format reader (``read_html`` for pages,
``read_feed`` for feeds) with ``Origin(source=url, url=url)``, and register it with
``DEFAULT_REGISTRY.with_scheme("https", fetcher)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from detente.document import RawDocument
from detente.sources.base import ReadOptions

DOWNLOAD_FIRST = "save the page (e.g. curl -o page.html URL) and pass the file"


@dataclass(frozen=True, slots=True)
class NotYetSupported:
    """A Source for locations detente cannot read yet: one error document each."""

    what: str
    hint: str = DOWNLOAD_FIRST

    def read(self, location: str, options: ReadOptions) -> Iterator[RawDocument]:
        yield RawDocument(
            source=location, url=location, error=f"{self.what} not supported yet: {self.hint}"
        )
