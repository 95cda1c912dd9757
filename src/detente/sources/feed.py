"""RSS/Atom feed files: recognised, not read yet (one clear error per feed).

To support feeds, write ``read_feed`` to yield one RawDocument per item (its content or
the linked page via a URL source) and keep the signature: the registry needs no change.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detente.document import RawDocument
from detente.sources.base import Origin, ReadOptions
from detente.sources.text import binary_error, decode

_FEED = re.compile(rb"\s*(?:<\?xml[^>]*>\s*)?<(?:rss|feed|rdf:RDF)\b")


def looks_like_feed(head: bytes) -> bool:
    return bool(_FEED.match(head))


def read_feed(data: bytes, origin: Origin, options: ReadOptions) -> Iterator[RawDocument]:
    text, reason = decode(data)
    yield origin.failed(
        binary_error(reason)
        if text is None
        else "RSS/Atom feeds are not supported yet: save the linked articles and pass those"
    )
