"""Quotations: direct and indirect speech with resolved speakers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.document import Document

if TYPE_CHECKING:
    from detente.pipeline import Resources


def extract_quotes(doc: Document, resources: Resources) -> Document:
    return doc
