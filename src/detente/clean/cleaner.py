"""Placeholder cleaner (replaced by the rule-based cleaner)."""

from __future__ import annotations

from detente.document import Document, Metadata, OffsetMap, RawDocument, document_id


def clean(raw: RawDocument) -> Document:
    text = raw.text or raw.html or ""
    return Document(
        id=document_id(text),
        original=text,
        body=text,
        offsets=OffsetMap.identity(len(text)),
        meta=Metadata(source=raw.source, file=raw.file, url=raw.url, title=raw.title,
                      outlet=raw.outlet, metadata_date=raw.date),
    )
