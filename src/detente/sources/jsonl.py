"""JSON lines: one article per line with "text" or "html" and optional url, date, title, outlet.

Scraper field names (news-please's "maintext", "date_publish", ...) are accepted too:
see data/jsonl_fields.json.

Files are streamed line by line (also ``.jsonl.gz``), so the size limit applies per article.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from detente.data import read_json
from detente.document import RawDocument
from detente.sources.base import Origin, ReadOptions, size_error
from detente.sources.text import binary_error, decode

FIELDS = ("url", "date", "title", "outlet")
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}(?:-\d{2})?)[T ].*$")
_CHUNK = 1 << 16


def looks_like_jsonl(head: bytes) -> bool:
    first = head.lstrip()[:1]
    if first != b"{":
        return False
    line = head.lstrip().split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return b"\n" not in head.lstrip()  # a first line longer than the sniffed head


def read_jsonl_path(path: Path, origin: Origin, options: ReadOptions) -> Iterator[RawDocument]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as stream:
        yield from _read_stream(stream, origin, options)


def read_jsonl(data: bytes, origin: Origin, options: ReadOptions) -> Iterator[RawDocument]:
    yield from _read_stream(io.BytesIO(data), origin, options)


def _read_stream(stream: BinaryIO, origin: Origin, options: ReadOptions) -> Iterator[RawDocument]:
    seen = False
    try:
        for number, line in enumerate(_lines(stream, options.max_bytes), start=1):
            at = origin.at(f":{number}")
            if line is None:
                yield at.failed(size_error(options.max_bytes + 1, options, what="line"))
                continue
            text, reason = decode(line)
            if text is None:
                yield at.failed(binary_error(reason))
                return  # a binary file: one error, not one per "line"
            if text.strip():
                seen = True
                yield _article(text, at)
    except (OSError, EOFError) as exc:  # truncated or corrupt .gz
        yield origin.failed(f"unreadable file ({exc}): check or re-create it")
        return
    if not seen:
        yield origin.failed("empty file")


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[bytes | None]:
    """Lines without their newline; ``None`` for a line over ``max_bytes`` (skipped unread)."""
    while True:
        line = stream.readline(max_bytes + 1)
        if not line:
            return
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line.rstrip(b"\r\n")


@cache
def field_names() -> dict[str, tuple[str, ...]]:
    """RawDocument field -> accepted JSON keys (data/jsonl_fields.json)."""
    table = read_json("detente.sources", "data/jsonl_fields.json")
    return {field: tuple(keys) for field, keys in table.items() if not field.startswith("_")}


def _pick(record: dict[str, Any], field: str) -> Any:
    return next((record[k] for k in field_names()[field] if record.get(k) is not None), None)


def _article(line: str, origin: Origin) -> RawDocument:
    try:
        record = json.loads(line)
    except ValueError as exc:
        msg = getattr(exc, "msg", str(exc))
        return origin.failed(f"invalid JSON ({msg}): fix or remove the line")
    if not isinstance(record, dict):
        return origin.failed("not a JSON object: each line must be one article object")
    text, html = _pick(record, "text"), _pick(record, "html")
    if not isinstance(text, str) and not isinstance(html, str):
        return origin.failed('no "text" or "html" string: each article needs one of them')
    if not (text or html or "").strip():
        return origin.failed("empty article text")
    fields = {k: str(v) for k in FIELDS if (v := _pick(record, k)) is not None}
    if "date" in fields:  # "2019-05-15T10:00:00Z" -> "2019-05-15"; other forms are kept
        fields["date"] = _ISO_DATE.sub(r"\1", fields["date"])
    if "url" in fields:
        origin = origin.at("", url=fields.pop("url"))
    return origin.document(
        text=text if isinstance(text, str) and text.strip() else None,
        html=html if isinstance(html, str) else None,
        **fields,
    )
