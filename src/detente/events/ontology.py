"""The PLOVER ontology as data: categories, quad classes, CAMEO roots and scores."""

from __future__ import annotations

from typing import Any

from detente.events.lexicon import plover


def ontology() -> dict[str, dict[str, Any]]:
    """Category name -> {quad, cameo_root, score, modes, ...} from events/data/plover.json."""
    return plover()["categories"]


def quad_class(category: str) -> str:
    return str(ontology()[category]["quad"])


def cameo_root(category: str) -> str:
    """The 2-digit CAMEO root code (the first CAMEO code listed for the category)."""
    return str(ontology()[category]["cameo"][0])[:2]


def category_score(category: str) -> float:
    return float(ontology()[category]["score"])
