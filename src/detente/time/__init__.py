"""Time: temporal expressions, document creation time and event dating."""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.document import Document

if TYPE_CHECKING:
    from detente.pipeline import Resources


def resolve_document_date(doc: Document, resources: Resources) -> Document:
    return doc


def tag_timexes(doc: Document, resources: Resources) -> Document:
    return doc
