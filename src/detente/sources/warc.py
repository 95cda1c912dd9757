"""WARC / WARC.GZ archives: every HTML response record becomes one document (fastwarc, else warcio)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from detente.document import RawDocument
from detente.sources.base import Origin, ReadOptions, size_error
from detente.sources.html import decode_html
from detente.sources.text import binary_error

HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class Record:
    url: str | None
    content_type: str
    length: int
    payload: bytes | None  # None when the record is over the size limit (not read)


def looks_like_warc(head: bytes) -> bool:
    return head.startswith(b"WARC/")


def read_warc_path(path: Path, origin: Origin, options: ReadOptions) -> Iterator[RawDocument]:
    with path.open("rb") as stream:
        yield from _read_stream(stream, origin, options)


def read_warc(data: bytes, origin: Origin, options: ReadOptions) -> Iterator[RawDocument]:
    yield from _read_stream(io.BytesIO(data), origin, options)


def _read_stream(stream: BinaryIO, origin: Origin, options: ReadOptions) -> Iterator[RawDocument]:
    found = False
    try:
        for number, record in enumerate(_records(stream, options), start=1):
            found = True
            yield _document(record, origin.at(f"#{number}", url=record.url), options)
    except Exception as exc:  # a corrupt archive ends here; the records before it are kept
        yield origin.failed(
            f"unreadable WARC ({type(exc).__name__}: {exc}): check or re-download it"
        )
        return
    if not found:
        yield origin.failed("no HTML response records in the WARC file")


def _document(record: Record, origin: Origin, options: ReadOptions) -> RawDocument:
    if record.payload is None:
        return origin.failed(size_error(record.length, options, what="WARC record"))
    html, reason = decode_html(record.payload)
    if html is None:
        return origin.failed(binary_error(reason))
    if not html.strip():
        return origin.failed("empty WARC record")
    return origin.document(html=html)


def _records(stream: BinaryIO, options: ReadOptions) -> Iterator[Record]:
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:  # fastwarc ships wheels for common platforms only
        yield from _records_warcio(stream, options)
        return
    kinds = WarcRecordType.response | WarcRecordType.resource
    for record in ArchiveIterator(stream, record_types=kinds, parse_http=True):
        content_type = (
            record.http_content_type or record.headers.get("Content-Type") or ""
        ).lower()
        if not content_type.startswith(HTML_TYPES):
            continue
        length = record.content_length
        payload = record.reader.read() if length <= options.max_bytes else None
        yield Record(record.headers.get("WARC-Target-URI"), content_type, length, payload)


def _records_warcio(stream: BinaryIO, options: ReadOptions) -> Iterator[Record]:
    from warcio.archiveiterator import ArchiveIterator

    for record in ArchiveIterator(stream):
        if record.rec_type not in ("response", "resource"):
            continue
        headers = record.http_headers or record.rec_headers
        content_type = (headers.get_header("Content-Type") or "").lower()
        if not content_type.startswith(HTML_TYPES):
            continue
        length = int(record.rec_headers.get_header("Content-Length") or 0)
        payload = record.content_stream().read() if length <= options.max_bytes else None
        yield Record(
            record.rec_headers.get_header("WARC-Target-URI"), content_type, length, payload
        )
