"""The knowledge base of political actors, organisations, countries and places.

Data files live in ``kb/data`` (see its README for sources and licenses);
``load_kb()`` reads them once and merges an optional user overlay file.
"""

from detente.kb.model import Entity, KnowledgeBase, Role, load_kb

__all__ = ["Entity", "KnowledgeBase", "Role", "load_kb"]
