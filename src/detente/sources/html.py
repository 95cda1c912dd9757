"""HTML pages: decoded and kept raw; the cleaner extracts the text (trafilatura)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from detente.document import RawDocument
from detente.sources.base import Origin, ReadOptions
from detente.sources.text import binary_error, decode

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_LOOKS_LIKE_HTML = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article)\b",
    re.IGNORECASE | re.DOTALL,
)


def looks_like_html(head: bytes) -> bool:
    return bool(_LOOKS_LIKE_HTML.match(head[:2048]))


def decode_html(data: bytes) -> tuple[str | None, str]:
    """Decode by the page's declared charset, else like text (UTF-8, cp1252, latin-1)."""
    declared = _CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii")), declared.group(1).decode("ascii")
        except (LookupError, UnicodeDecodeError):
            pass  # wrong or unknown declaration: fall back to detection
    return decode(data)


def read_html(data: bytes, origin: Origin, options: ReadOptions) -> Iterator[RawDocument]:
    html, reason = decode_html(data)
    if html is None:
        yield origin.failed(binary_error(reason))
    elif not html.strip():
        yield origin.failed("empty file")
    else:
        yield origin.document(html=html)
