"""Part-of-speech helpers on HanTa (STTS tags), used sparingly because tagging is slow.

Tagging whole articles runs at a few thousand tokens per second; single-word
lookups (``tag_word``) take ~0.1 ms and are cached, which is what the actor
stage needs to tell an unknown name (``Baig``) from a common noun
(``Gespräche``) after a role noun.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

KNOWN_WORD_SCORE = -20.0  # HanTa log-probabilities above this come from its lexicon


@cache
def _tagger() -> Any:
    from HanTa import HanoverTagger

    return HanoverTagger.HanoverTagger("morphmodel_ger.pgz")


@lru_cache(maxsize=65536)
def word_tags(word: str) -> tuple[tuple[str, float], ...]:
    """STTS tags of a word out of context, best first, with HanTa's log-probabilities."""
    return tuple((tag, float(score)) for tag, score in _tagger().tag_word(word))


COMMON_WORD_SCORE = -14.0  # ... and above this from its frequent words


def looks_like_name(word: str, lenient: bool = False) -> bool:
    """Whether a capitalised word is more likely a proper name (NE) than a common noun.

    ``lenient`` (e.g. after a known first name) only rejects frequent common words.
    """
    tags = word_tags(word)
    if not tags:
        return False
    tag, score = tags[0]
    threshold = COMMON_WORD_SCORE if lenient else KNOWN_WORD_SCORE
    return tag in ("NE", "FM") or score < threshold


def tag_words(words: list[str]) -> list[str]:
    """STTS tags of a short token sequence in context (use on small windows only)."""
    return [tag for _, _, tag in _tagger().tag_sent(words, taglevel=1)]


def is_common_word(word: str) -> bool:
    """A frequent German word (``Frieden``, ``Kurz``, ``Hagel``) even if it is also a surname."""
    tags = word_tags(word)
    if tags and tags[0][0] != "NE" and tags[0][1] > COMMON_WORD_SCORE:
        return True
    lower = word_tags(word.lower())
    return bool(lower) and lower[0][0] not in ("NE", "NN") and lower[0][1] > -12.0


@lru_cache(maxsize=262144)
def analyse_word(word: str) -> tuple[str, str]:
    """(lemma, STTS tag) of a word out of context, from HanTa's morphology; cached per word form."""
    lemma, tag = _tagger().analyze(word, taglevel=1)
    return str(lemma), str(tag)
