"""Reading the KB data files (placeholder until the data lands)."""

from __future__ import annotations

from detente.kb.model import Entity


def read_entities(overlay: str | None = None) -> list[Entity]:
    return []
