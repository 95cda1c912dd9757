"""Events: PLOVER-coded events with arguments, place, occasion, date, topics and tone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.document import Document

if TYPE_CHECKING:
    from detente.pipeline import Resources


def extract_events(doc: Document, resources: Resources) -> Document:
    return doc
