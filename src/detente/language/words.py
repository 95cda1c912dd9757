"""Shared German function-word lists, read from ``language/data/function_words_de.json``."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources as importlib_resources


@cache
def _lists() -> dict[str, frozenset[str]]:
    text = (
        importlib_resources.files("detente.language")
        .joinpath("data/function_words_de.json")
        .read_text(encoding="utf-8")
    )
    return {k: frozenset(v) for k, v in json.loads(text).items() if not k.startswith("_")}


def articles() -> frozenset[str]:
    """Definite and indefinite articles in every case."""
    return _lists()["articles"]


def possessive_determiners() -> frozenset[str]:
    """Third-person possessives (``sein``, ``ihr``) in every case."""
    return _lists()["possessive_determiners"]
