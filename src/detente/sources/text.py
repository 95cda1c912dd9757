"""Plain text: encoding detection, binary sniffing and the seed header ``" date 2017-07 ..."``."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from detente.document import RawDocument
from detente.sources.base import Origin, ReadOptions

# Metadata header of the corpus .txt format: " date YYYY-MM[-DD]" then the text on the same line.
_SEED_HEADER = re.compile(
    r"[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)(?:[ \t]+|[ \t]*$)", re.MULTILINE
)
# Control characters that never occur in text (everything below 0x20 except \t \n \f \r, and C1).
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_MAGIC = {
    b"%PDF": "PDF",
    b"PK\x03\x04": "ZIP/Office",
    b"\x89PNG": "PNG",
    b"\xff\xd8\xff": "JPEG",
    b"GIF8": "GIF",
    b"\x1f\x8b": "gzip",
    b"\x7fELF": "executable",
    b"SQLite format 3": "SQLite",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MAX_CONTROL_RATIO = 0.01


def seed_header(text: str) -> tuple[str | None, int]:
    """The date of a leading ``" date 2017-07 "`` header and where the text after it starts."""
    match = _SEED_HEADER.match(text)
    return (match.group(1), match.end()) if match else (None, 0)


def decode(data: bytes) -> tuple[str | None, str]:
    """Decoded text and the encoding used, or ``(None, reason)`` for binary data."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                return None, f"invalid {encoding} after a byte-order mark"
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return None, kind
    if b"\x00" in data:
        return None, "NUL bytes"
    text, encoding = _decode_8bit(data)
    ratio = len(_CONTROL.findall(text)) / max(len(text), 1)
    if ratio > MAX_CONTROL_RATIO:
        return None, f"{ratio:.0%} control characters"
    return text, encoding


def _decode_8bit(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined (0x81, 0x8d, ...)
        return data.decode("latin-1"), "latin-1"


def binary_error(reason: str) -> str:
    return f"binary file ({reason}): not text, HTML, JSONL or WARC"


def read_text(data: bytes, origin: Origin, options: ReadOptions) -> Iterator[RawDocument]:
    """One document; the text is kept as received, the seed header only read (the cleaner cuts it)."""
    text, reason = decode(data)
    if text is None:
        yield origin.failed(binary_error(reason))
        return
    if not text.strip():
        yield origin.failed("empty file")
        return
    date, _ = seed_header(text)
    yield origin.document(text=text, date=date)
