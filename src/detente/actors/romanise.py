"""English romanisation of East Slavic names spelt the German way (``Peschkow`` -> ``Peshkov``).

Rules and cues live in ``data/slavic_de.json``; the pass is for persons missing from the
KB, whose canonical name would otherwise keep the German spelling.
"""

from __future__ import annotations

import re
from functools import cache

from detente.data import read_json


@cache
def _data() -> tuple[tuple[str, ...], frozenset[str], re.Pattern[str], tuple[str, ...]]:
    data = read_json("detente.actors", "data/slavic_de.json")
    rules = data["rules"]
    # One alternation with a group per rule: a single left-to-right pass, so "tsch" -> "ch"
    # is never rewritten again by the later "ch" -> "kh".
    alternation = "|".join(f"(?P<r{i}>{source})" for i, (source, _) in enumerate(rules))
    pattern = re.compile(alternation, re.IGNORECASE)
    return (
        tuple(data["surname_suffixes"]),
        frozenset(data["first_names"]),
        pattern,
        tuple(target for _, target in rules),
    )


def looks_slavic(name: str) -> bool:
    """A surname with an East Slavic ending or a first name spelt the German-Russian way."""
    suffixes, first_names, _, _ = _data()
    words = name.split()
    if not words:
        return False
    surname_marked = len(words) > 1 and words[-1].lower().endswith(suffixes)
    return surname_marked or words[0] in first_names


def romanise(name: str) -> str:
    """``Sergej`` -> ``Sergei``, ``Julia`` -> ``Yulia``, ``Peschkow`` -> ``Peshkov``."""
    _, _, pattern, targets = _data()

    def replace(match: re.Match[str]) -> str:
        assert match.lastgroup is not None
        target = targets[int(match.lastgroup[1:])]
        return target[:1].upper() + target[1:] if match.group()[:1].isupper() else target

    return pattern.sub(replace, name)
