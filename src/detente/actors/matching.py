"""Finding KB surface forms in the text: one automaton pass, longest matches on (sub-)token boundaries."""

from __future__ import annotations

import bisect

from detente.actors.context import Match
from detente.actors.index import ActorIndex, Key
from detente.actors.lexicon import RoleWord, lexicon
from detente.document import Token


def _segment_bounds(tokens: tuple[Token, ...]) -> tuple[set[int], set[int]]:
    """Starts and ends of tokens and of the parts of hyphenated compounds."""
    starts: set[int] = set()
    ends: set[int] = set()
    for token in tokens:
        starts.add(token.start)
        ends.add(token.end)
        if "-" not in token.text:
            continue
        for i, char in enumerate(token.text):
            if char == "-":
                ends.add(token.start + i)
                starts.add(token.start + i + 1)
    return starts, ends


def find_matches(text: str, tokens: tuple[Token, ...], index: ActorIndex) -> list[Match]:
    """Longest non-overlapping automaton matches that sit on segment boundaries."""
    seg_starts, seg_ends = _segment_bounds(tokens)
    token_starts = [t.start for t in tokens]
    candidates = []
    for end_index, (surface, keys) in index.automaton.iter(text):
        start, end = end_index - len(surface) + 1, end_index + 1
        if start in seg_starts and end in seg_ends:
            candidates.append((start, end, surface, keys))
    candidates += _phrase_matches(text, index)
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken = bytearray(len(text) + 1)
    chosen = []
    for start, end, surface, keys in candidates:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        first = max(bisect.bisect_right(token_starts, start) - 1, 0)
        last = max(bisect.bisect_right(token_starts, end - 1) - 1, 0)
        chosen.append(Match(start, end, surface, keys, first, last))
    chosen.sort(key=lambda m: m.start)
    return chosen


def _phrase_matches(text: str, index: ActorIndex) -> list[tuple[int, int, str, tuple[Key, ...]]]:
    """Role phrases written as patterns (``Leiter der pakistanischen Delegation``)."""
    out = []
    for phrase in lexicon().role_phrases:
        for m in phrase.pattern.finditer(text):
            adjective = next(
                (k for k in index.keys.get(m.group("adj"), ()) if k.type == "adjective"), None
            )
            country = adjective.ids[0] if adjective else None
            role = RoleWord(phrase.role, country, feminine=False, plural_form=False)
            out.append((m.start(), m.end(), m.group(), (Key("role", role=role),)))
    return out
