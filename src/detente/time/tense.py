"""Which way an underspecified date points: forward (planned, future) or backward (reported).

Order of evidence: a preposition right before the expression (``für Freitag``,
``bis Montag`` → forward; ``seit`` → backward), then tense cues in the clause
around it (``wird``, ``will``, ``soll``, ``findet ... statt`` vs. ``war``,
``hatte``, preterite verbs, a perfect auxiliary with a participle), then in the
whole sentence. Past cues include any weak preterite (``sagte``, ``mitteilte``) and strong
preterite (``versprach``) by their shape. With no cue the direction is ``none``: the tagger
then resolves weekdays forward (a report would carry a past tense) and other dates backward.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Literal

from detente.time.lexicon import tense_cues

Direction = Literal["future", "past", "none"]

WORD = re.compile(r"[^\W\d_]+")
INSEPARABLE = r"(?:be|ver|er|ent|zer|emp|miss|unter|über|hinter|wider|voll)"
# Strong participles without ge- end like these (empfangen, begonnen, erhalten, vertreten).
STRONG_ENDINGS = (
    r"(?:ssen|ieden|ommen|oren|unden|ochen|ogen|angen|ongen|ungen|onnen|alten|ehen|eben|ieben"
    r"|iegen|issen|itten|iffen|ohlen|ahren|allen|aten|eten|orben|unken|ufen|iesen|ieben|agen)"
)
PARTICIPLE = re.compile(
    rf"^(?:[a-zäöü]*ge[a-zäöüß]{{3,}}(?:t|en)|[a-zäöü]*{INSEPARABLE}[a-zäöüß]{{1,}}"
    rf"(?:t|{STRONG_ENDINGS}))$"
)
# A participle used as an adjective: "die am Dienstag unterzeichnete Erklärung".
ATTRIBUTIVE_PARTICIPLE = re.compile(
    rf"^(?:[a-zäöü]*ge[a-zäöüß]{{2,}}(?:t|en)|[a-zäöü]*{INSEPARABLE}[a-zäöüß]{{1,}}"
    rf"(?:t|{STRONG_ENDINGS}))(?:e|en|er|es|em)$"
)
PRESENT_PARTICIPLE = re.compile(r"^[a-zäöü]{3,}[eln]nd(?:e|en|er|es|em)$")  # beginnende
DETERMINER = re.compile(
    r"(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|dieser|diese|dieses|seine"
    r"|seiner|seinen|ihre|ihrer|ihren)\s+(?:(?:von|vom|vor|bei|beim|in|im)\s+(?:\w+\s+){1,2})?"
    r"(?:(?:am|vom|im|seit|zum)\s+)?$",
    re.IGNORECASE,
)
ATTRIBUTE_GAP = re.compile(
    r"(?:\s+(?:in|im|bei|beim|von|vom|mit|nach|auf|an|zwischen|und|[A-ZÄÖÜ]\S*))*\s+"
)
# Weak preterite (sagte, holten, mitteilte, meldete, zeichnete); superlatives in -ste(n) excluded.
# "..., am Montag nach Kiew zu reisen": an infinitive clause states an intention.
ZU_INFINITIVE = re.compile(r"\bzu\s+(?!sein\b|haben\b|werden\b)[a-zäöü]+(?:en|ern|eln)[\s.!?]*$")
WEAK_PRETERITE = re.compile(r"^[a-zäöüß]{2,}(?:[^aeiouäöüs\W]|[dt]e|[^aeiouäöü\W][mn]e)te[nt]?$")
CLAUSE_BREAK = re.compile(r"[,;:–()\"„“«»]|\s-\s")
SENTENCE_BREAK = re.compile(r"[.!?][\"“”»]?\s+(?=[A-ZÄÖÜ\"„])|\n")


@cache
def _cue_sets() -> tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    cues = tense_cues()
    return (
        frozenset(cues["future"]),
        frozenset(cues["past"]),
        frozenset(cues["perfect_auxiliaries"]),
        frozenset(cues["before_future"]),
        frozenset(cues["before_past"]),
    )


@cache
def _not_preterite() -> frozenset[str]:
    return frozenset(tense_cues()["not_preterite"])


@cache
def _strong_preterite() -> re.Pattern[str]:
    """versprach, stattfanden, hielten: a strong verb's preterite, prefixed or not."""
    cues = tense_cues()
    prefixes = "|".join(sorted(cues["verb_prefixes"], key=len, reverse=True))
    stems = "|".join(sorted(cues["strong_preterite_stems"], key=len, reverse=True))
    return re.compile(rf"^(?:{prefixes})*(?:{stems})(?:en)?$")


@lru_cache(maxsize=65536)
def _is_past(word: str, lower: str, past: frozenset[str]) -> bool:
    """A past cue: listed, or shaped like a weak or strong preterite (cached: words repeat)."""
    if lower in past:
        return True
    if not word[:1].islower() or lower in _cue_sets()[0] or lower in _not_preterite():
        return False
    return WEAK_PRETERITE.match(lower) is not None or _strong_preterite().match(lower) is not None


def _score(words: list[str]) -> int:
    """Positive: future cues dominate; negative: past cues dominate."""
    future, past, perfect, _, _ = _cue_sets()
    lower = [w.lower() for w in words]
    score = sum(w in future for w in lower)
    score -= sum(_is_past(w, low, past) for w, low in zip(words, lower, strict=True))
    # "sind ... geplant": a participle that announces (geplant, vorgesehen) is no perfect;
    # "zu empfangen" is an infinitive
    participles = (
        w
        for i, w in enumerate(words)
        if PARTICIPLE.match(w) and w.lower() not in future and (i == 0 or lower[i - 1] != "zu")
    )
    if any(w in perfect for w in lower) and any(participles):
        score -= 2  # "hat ... am Montag ... empfangen": the verb complex outweighs an adjective
    return score


def _attribute_direction(text: str, start: int, end: int) -> Direction:
    """``die am Dienstag unterzeichnete Erklärung``: a date inside an attribute before a noun
    takes the tense of the participle it modifies (past participle: past; present participle
    ``die am Montag beginnenden Gespräche`` or an announcing one, ``geplante``: future)."""
    if not DETERMINER.search(text[max(start - 60, 0) : start]):
        return "none"
    gap = ATTRIBUTE_GAP.match(text, end)
    word = WORD.match(text, gap.end() if gap else end)
    if word is None or not word.group()[:1].islower():
        return "none"
    lower = word.group().lower()
    future = _cue_sets()[0]
    if lower in future or lower.rstrip("nmrs").rstrip("e") in future:
        return "future"
    if PRESENT_PARTICIPLE.match(lower):
        return "future"
    if ATTRIBUTIVE_PARTICIPLE.match(lower) or WEAK_PRETERITE.match(lower):
        return "past"
    return "none"


def _bounds(
    text: str, start: int, end: int, breaks: re.Pattern[str], limit: int
) -> tuple[int, int]:
    left = max(start - limit, 0)
    right = min(end + limit, len(text))
    before = list(breaks.finditer(text, left, start))
    after = breaks.search(text, end, right)
    return (before[-1].end() if before else left), (after.start() if after else right)


def direction_at(text: str, start: int, end: int, sentence: bool = True) -> Direction:
    """Direction for the expression ``text[start:end]`` (``start`` may include a preposition).

    ``sentence=False`` uses only the evidence of the expression's own clause (not the tense
    of another clause, as in ``Er hatte gesagt, er plane ein Treffen Ende Juni``).
    """
    _, _, _, before_future, before_past = _cue_sets()
    preceding = WORD.findall(text[max(start - 14, 0) : start].lower())[-2:]
    if any(w in before_future for w in preceding):
        return "future"
    if any(w in before_past for w in preceding):
        return "past"
    attribute = _attribute_direction(text, start, end)
    if attribute != "none":
        return attribute
    s_start, s_end = _bounds(text, start, end, SENTENCE_BREAK, 400)
    c_start, c_end = _bounds(text, start, end, CLAUSE_BREAK, 200)
    c_start, c_end = max(c_start, s_start), min(c_end, s_end)
    spans = ((c_start, c_end), (s_start, s_end)) if sentence else ((c_start, c_end),)
    for lo, hi in spans:
        words = WORD.findall(text[lo:start]) + WORD.findall(text[end:hi])
        score = _score(words)
        if score:
            return "future" if score > 0 else "past"
        if (lo, hi) == (c_start, c_end) and ZU_INFINITIVE.search(text, end, c_end):
            return "future"
    return "none"


def is_pluperfect(text: str, start: int, end: int) -> bool:
    """Whether the clause around ``text[start:end]`` is pluperfect (``hatten ... gesprochen``,
    ``war ... zusammengebrochen``): it tells what came before the article's own news."""
    s_start, s_end = _bounds(text, start, end, SENTENCE_BREAK, 400)
    c_start, c_end = _bounds(text, start, end, CLAUSE_BREAK, 200)
    words = WORD.findall(text[max(c_start, s_start) : min(c_end, s_end)])
    auxiliaries = _pluperfect_auxiliaries()
    lower = [w.lower() for w in words]
    return any(w in auxiliaries for w in lower) and any(
        PARTICIPLE.match(w) for w in words if w[0].islower() and w not in _cue_sets()[0]
    )


@cache
def _pluperfect_auxiliaries() -> frozenset[str]:
    return frozenset(tense_cues()["pluperfect_auxiliaries"])
