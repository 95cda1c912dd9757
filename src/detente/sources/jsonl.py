"""JSON lines: one article per line with "text" or "html" and optional url, date, title, outlet."""

from __future__ import annotations

import json
from collections.abc import Iterator

from detente.document import RawDocument
from detente.sources.base import Origin, ReadOptions
from detente.sources.text import binary_error, decode

FIELDS = ("url", "date", "title", "outlet")


def looks_like_jsonl(head: bytes) -> bool:
    first = head.lstrip()[:1]
    if first != b"{":
        return False
    line = head.lstrip().split(b"\n", 1)[0]
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return b"\n" not in head.lstrip()  # a first line longer than the sniffed head


def read_jsonl(data: bytes, origin: Origin, options: ReadOptions) -> Iterator[RawDocument]:
    text, reason = decode(data)
    if text is None:
        yield origin.failed(binary_error(reason))
        return
    if not text.strip():
        yield origin.failed("empty file")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield _article(line, origin.at(f":{number}"))


def _article(line: str, origin: Origin) -> RawDocument:
    try:
        record = json.loads(line)
    except ValueError as exc:
        return origin.failed(f"invalid JSON ({exc.msg} at column {exc.colno}): fix or remove the line")
    if not isinstance(record, dict):
        return origin.failed("not a JSON object: each line must be one article object")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return origin.failed('no "text" or "html" string: each article needs one of them')
    if not (text or html or "").strip():
        return origin.failed("empty article text")
    fields = {k: str(record[k]) for k in FIELDS if record.get(k) is not None}
    if "url" in fields:
        origin = origin.at("", url=fields["url"])
    return origin.document(
        text=text if isinstance(text, str) and text.strip() else None,
        html=html if isinstance(html, str) else None,
        **{k: v for k, v in fields.items() if k != "url"},
    )
