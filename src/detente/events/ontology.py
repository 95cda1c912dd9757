"""The PLOVER ontology as data: categories, quad classes, CAMEO roots and scores."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources as importlib_resources
from typing import Any

CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip


@cache
def ontology() -> dict[str, dict[str, Any]]:
    """Category name -> {quad, cameo_root, score, modes, ...} from events/data/plover.json."""
    text = importlib_resources.files("detente.events").joinpath("data/plover.json").read_text()
    return json.loads(text)["categories"]


def quad_class(category: str) -> str:
    return str(ontology()[category]["quad"])


def cameo_root(category: str) -> str:
    """The 2-digit CAMEO root code (the first CAMEO code listed for the category)."""
    return str(ontology()[category]["cameo"][0])[:2]


def category_score(category: str) -> float:
    return float(ontology()[category]["score"])
