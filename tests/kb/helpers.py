"""Helpers shared by the KB tests."""

from __future__ import annotations

from detente.kb import Entity, KnowledgeBase


def one(kb: KnowledgeBase, name: str, *kinds: str) -> Entity:
    """The single entity of one of ``kinds`` that ``name`` resolves to (fails on 0 or 2+)."""
    found = [e for e in kb.lookup(name) if e.kind in kinds]
    assert len(found) == 1, (name, [(e.id, e.name) for e in found])
    return found[0]
