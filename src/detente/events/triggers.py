"""Finding trigger words in a sentence: verbs (with separable particles), nouns, compounds, MWEs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from detente.events.lexicon import NOUN_ENDINGS, TriggerEntry, cues, trigger_lexicon
from detente.events.structure import SentenceView, is_filler


@dataclass(frozen=True)
class TriggerHit:
    entry: TriggerEntry
    token: int  # sentence-local index of the trigger token
    span: tuple[int, int]
    extra: tuple[int, int] | None = None  # separable particle or the verb of an MWE

    @property
    def kind(self) -> str:
        return self.entry.kind


def _sentence_ok(entry: TriggerEntry, text: str) -> bool:
    if entry.requires and not entry.requires.search(text):
        return False
    return not (entry.excludes and entry.excludes.search(text))


def _particle_at_clause_end(view: SentenceView, i: int, particle: str) -> int | None:
    clause = view.clauses[view.clause_of[i]]
    for j in range(i + 1, clause.end):
        if view.lower[j] == particle and (
            j + 1 >= clause.end or not view.tokens[j + 1].text.isalpha()
        ):
            return j
    return None


def _verb_hits(view: SentenceView, i: int) -> list[TriggerHit]:
    word = view.tokens[i].text
    clause_start = view.clauses[view.clause_of[i]].start
    if word[:1].isupper() and i not in (0, clause_start):
        return []
    hits = []
    for entry, particle in trigger_lexicon().verbs.get(view.lower[i], ()):
        extra = None
        if particle:
            j = _particle_at_clause_end(view, i, particle)
            if j is None:
                continue
            extra = (view.tokens[j].start, view.tokens[j].end)
        hits.append(TriggerHit(entry, i, (view.tokens[i].start, view.tokens[i].end), extra))
    return hits


@lru_cache(maxsize=65536)
def _noun_entries(word: str) -> list[TriggerEntry]:
    lexicon = trigger_lexicon()
    low = word.lower()
    if low in lexicon.nouns:
        return lexicon.nouns[low]
    for ending in NOUN_ENDINGS:
        if ending and not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)] if ending else low
        for length in lexicon.suffix_lengths:
            if len(stem) > length + 2 and stem[-length:] in lexicon.suffixes:
                return lexicon.suffixes[stem[-length:]]
    return []


def _mwe_hits(view: SentenceView, i: int) -> list[TriggerHit]:
    lexicon = trigger_lexicon()
    hits = []
    for entry in lexicon.mwes.get(view.lower[i], ()):
        forms = lexicon.mwe_verbs[entry]
        for j, low in enumerate(view.lower):
            if j == i or (view.tokens[j].text[:1].isupper() and j != 0):
                continue
            found = low in forms.finite or low in forms.nonfinite
            found = found or low in cues()["suppletive_forms"].get(entry.lemma, ())
            if not found and low in forms.split:
                found = _particle_at_clause_end(view, j, forms.particle) is not None
            if found:
                span = (view.tokens[i].start, view.tokens[i].end)
                extra = (view.tokens[j].start, view.tokens[j].end)
                hits.append(TriggerHit(entry, i, span, extra))
                break
    return hits


def find_triggers(view: SentenceView) -> list[TriggerHit]:
    """Every trigger in the sentence whose sentence-level conditions hold."""
    lexicon = trigger_lexicon()
    hits: list[TriggerHit] = []
    for i, token in enumerate(view.tokens):
        word = token.text
        if not word[:1].isalpha():
            continue
        low = view.lower[i]
        candidates = _verb_hits(view, i) if low in lexicon.verbs else []
        if low in lexicon.mwes:
            candidates += _mwe_hits(view, i)
        if word[:1].isupper() and not is_filler(word):
            span = (token.start, token.end)
            candidates += [TriggerHit(e, i, span) for e in _noun_entries(word)]
        hits += [h for h in candidates if _sentence_ok(h.entry, view.text)]
    return hits


def title_types(title: str | None) -> set[str]:
    """Event types the headline names (``EU beschließt Sanktionen`` -> SANCTION): its verbs,
    nouns and multi-word expressions. The title is not in ``body``, so it only ranks events
    found in the text; it never makes one."""
    lexicon = trigger_lexicon()
    words = [w for w in re.findall(r"\w+", title or "") if w[:1].isalpha()]
    lower = [w.lower() for w in words]
    entries: list[TriggerEntry] = []
    for word, low in zip(words, lower, strict=True):
        entries += [e for e, _ in lexicon.verbs.get(low, ())]
        if word[:1].isupper() and not is_filler(word):
            entries += _noun_entries(word)
        for entry in lexicon.mwes.get(low, ()):
            forms = lexicon.mwe_verbs[entry]
            if any(w in forms.finite or w in forms.nonfinite or w in forms.split for w in lower):
                entries.append(entry)
    return {e.type for e in entries if not e.light and _sentence_ok(e, title or "")}
