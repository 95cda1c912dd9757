"""Shared German function-word lists, read from ``language/data/function_words_de.json``."""

from __future__ import annotations

from functools import cache

from detente.data import read_json


@cache
def _lists() -> dict[str, frozenset[str]]:
    lists = read_json("detente.language", "data/function_words_de.json")
    return {k: frozenset(v) for k, v in lists.items() if not k.startswith("_")}


def articles() -> frozenset[str]:
    """Definite and indefinite articles in every case."""
    return _lists()["articles"]


def possessive_determiners() -> frozenset[str]:
    """Third-person possessives (``sein``, ``ihr``) in every case."""
    return _lists()["possessive_determiners"]
