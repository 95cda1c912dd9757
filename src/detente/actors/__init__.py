"""Actor recognition: mentions of persons, countries, organisations and places linked to the KB."""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.document import Document

if TYPE_CHECKING:
    from detente.pipeline import Resources


def recognise_actors(doc: Document, resources: Resources) -> Document:
    return doc


def resolve_roles(doc: Document, resources: Resources) -> Document:
    return doc
