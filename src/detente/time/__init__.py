"""Time: German temporal expressions, the document date (DCT) and event dating.

Stages (pure, ``(Document, Resources) -> Document``):

- ``resolve_document_date`` sets ``doc.dct`` from metadata, a printed date line, summits of the
  knowledge base named in the text, terms of office of persons named with their office, and
  absolute dates in the text (see ``detente.time.dct``); ``plausible``/``reason`` judge the
  metadata date.
- ``tag_timexes`` fills ``doc.timexes``: TIMEX3 type, value, mod and the ``DateRange`` each
  DATE/TIME allows (``Ende Juni``: the 21st to the 30th), relative expressions resolved
  against the DCT and the sentence's tense; a month part named with a known summit of the KB
  (``beim Nato-Gipfel Mitte Juli in Litauen``) narrows to the summit's days, a month whose
  sentence names a well-known event of the KB (``hatte im Mai den Ausstieg aus dem
  Atomabkommen verkündet``) to the event's days.

Functions:

- ``tag_text(text, dct)`` tags any text (``dct`` an ISO day or ``None``).
- ``date_event(doc, sentence_index, trigger_span, future)`` dates an event mention: the
  DATE/TIME expression of the trigger's clause, else of its sentence, nearest to the trigger
  (day-level dates preferred; ``seit``/``bis``/``ab`` expressions skipped because they bound a
  period rather than date the event, except ``ab Sonntag`` for a future event, its start; a
  date after the DCT only for a future event or where its clause puts it ahead; a date in another clause opened by ``seit``, ``nachdem``,
  ``weil`` ... or a relative clause (``, mit dem er am Sonntag verhandelt hatte,``)
  skipped because it dates another event; a date in the past is skipped for a
  future event and vice versa); else, for a reported event in a sentence that goes on with the
  scene of the one before (``Am Montag war X in Y. Er bat ...``), the day named there; else
  the DCT (a future event: from the DCT on, ``FUTURE_REF``). Returns the ``DateRange`` and
  the span of the expression it came from (``None`` for the DCT fallback).

Example::

    >>> from detente.time import tag_text
    >>> [(t.text, t.value) for t in tag_text("Am Montag war er zurückgetreten.", "2017-02-16")]
    [('Montag', '2017-02-13')]
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from detente.document import DateRange, Document, Timex
from detente.time.dates import parse_iso
from detente.time.dct import (
    document_date,
    keyword_pattern,
    named_countries,
    named_summits,
    resolve_document_date,
)
from detente.time.lexicon import load
from detente.time.tagger import recognise, tag_text
from detente.time.tense import direction_at

if TYPE_CHECKING:
    from detente.pipeline import Resources

__all__ = [
    "date_event",
    "dct_day",
    "document_date",
    "recognise",
    "resolve_document_date",
    "tag_text",
    "tag_timexes",
]

CLAUSE_BREAK = re.compile(r"[,;:–]|\s-\s|\b(?:und|aber|doch|nachdem|bevor|während|weil|als)\b")
WORD = re.compile(r"[^\W\d_]+")
GRANULARITY_COST = {"day": 0, "week": 30, "month": 60, "season": 80, "quarter": 80, "year": 120}


def dct_day(doc: Document) -> date | None:
    """The day relative expressions count from: the DCT, or the middle of its month or year.

    A DCT known only as a wider range (``unknown`` granularity) gives ``None``: relative
    expressions then stay unresolved (``XXXX-XX-XX``) rather than wrong.
    """
    if doc.dct is None or doc.dct.date.earliest is None or doc.dct.date.granularity == "unknown":
        return None
    first, last = parse_iso(doc.dct.date.earliest), parse_iso(doc.dct.date.latest)
    if first is None:
        return None
    return first + (last - first) / 2 if last else first


def tag_timexes(doc: Document, resources: Resources | None = None) -> Document:
    """Pipeline stage: ``doc.timexes`` for the body, anchored at the document date.

    A month part or week named with a known summit (``beim Nato-Gipfel Mitte Juli in
    Litauen``) allows only the summit's days: its range narrows to them (the TIMEX3 value stays).
    """
    timexes = tag_text(doc.body, dct_day(doc))
    kb = resources.kb if resources is not None else None
    if kb is not None and timexes:
        timexes = _narrow_to_summits(doc.body, timexes, kb)
        timexes = _narrow_to_events(doc, timexes, kb)
    return doc.with_(timexes=timexes)


NARROWED = ("month", "week")  # granularities a well-known event of the sentence narrows
EVENT_KEYWORDS = 2  # keywords of a well-known event its sentence must use


def _narrow_to_events(doc: Document, timexes: tuple[Timex, ...], kb: Any) -> tuple[Timex, ...]:
    """``Trump hatte im Mai den Ausstieg aus dem Atomabkommen verkündet``: a month whose
    sentence names one well-known event of the KB in it (its keywords, a side the article
    names) allows only the event's days (the TIMEX3 value stays)."""
    if not hasattr(kb, "notable_events"):
        return timexes
    countries = named_countries(doc)
    narrowed = list(timexes)
    for i, tx in enumerate(narrowed):
        if tx.type != "DATE" or tx.date is None or tx.date.granularity not in NARROWED:
            continue
        sentence = _sentence_text(doc, tx).casefold()
        inside = [
            e
            for e in kb.notable_events()
            if _within(e, tx.date)
            and countries & set(e.extra.get("countries") or ())
            and sum(bool(keyword_pattern(str(k)).search(sentence)) for k in e.extra["keywords_de"])
            >= EVENT_KEYWORDS
        ]
        if len(inside) == 1:
            first, last = str(inside[0].extra["start"]), str(inside[0].extra.get("end") or "")
            narrowed[i] = dataclasses.replace(
                tx, date=DateRange(first, "day", first, last or first)
            )
    return tuple(narrowed)


def _sentence_text(doc: Document, tx: Timex) -> str:
    for sentence in doc.sentences or ():
        if sentence.start <= tx.start < sentence.end:
            return doc.body[sentence.start : sentence.end]
    return doc.body[max(tx.start - 150, 0) : tx.end + 150]


SUMMIT_REACH = 40  # characters between a summit phrase and the date that belongs to it


def _narrow_to_summits(text: str, timexes: tuple[Timex, ...], kb: Any) -> tuple[Timex, ...]:
    narrowed = list(timexes)
    for match, summits in named_summits(text, kb):
        for i, tx in enumerate(narrowed):
            near = match.start() - SUMMIT_REACH <= tx.start and tx.end <= match.end() + SUMMIT_REACH
            if not near or tx.type != "DATE" or tx.date is None or tx.date.granularity == "day":
                continue
            if "." in text[min(tx.end, match.end()) : max(tx.start, match.start())]:
                continue  # another sentence
            inside = [s for s in summits if _within(s, tx.date)]
            if len(inside) == 1:
                first, last = str(inside[0].extra["start"]), str(inside[0].extra.get("end") or "")
                days = DateRange(first, "day", first, last or first)
                narrowed[i] = dataclasses.replace(tx, date=days)
    return tuple(narrowed)


def _within(summit: Any, allowed: DateRange) -> bool:
    start, end = str(summit.extra.get("start")), str(summit.extra.get("end") or "")
    return bool(allowed.earliest and allowed.latest) and (
        str(allowed.earliest) <= start and (end or start) <= str(allowed.latest)
    )


def _clause(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    before = [m.end() for m in CLAUSE_BREAK.finditer(text, lo, start)]
    after = CLAUSE_BREAK.search(text, end, hi)
    return (before[-1] if before else lo), (after.start() if after else hi)


def _event_cost(
    doc: Document,
    tx: Timex,
    trigger: tuple[int, int],
    clause: tuple[int, int],
    future: bool,
    dct: date | None,
) -> float | None:
    if tx.type not in ("DATE", "TIME", "DURATION") or tx.date is None or tx.date.earliest is None:
        return None
    if tx.value in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return None
    opener = re.search(
        r"\b(seit|bis|ab)\s+(?:\w+\s+)?$", doc.body[max(tx.start - 20, 0) : tx.start], re.I
    )
    if opener and not (future and opener.group(1).lower() == "ab"):
        return None  # bounds a period; only a future event starts "ab Sonntag"
    outside = 0 if clause[0] <= tx.start and tx.end <= clause[1] else 1000
    if dct is not None:
        first, last = parse_iso(tx.date.earliest), parse_iso(tx.date.latest)
        if future and last and last < dct:
            return None
        if not future and first and first > dct and not (outside == 0 and _ahead(doc, tx)):
            return None  # a reported event is not dated after the DCT, unless its clause says so
    distance = min(abs(tx.start - trigger[1]), abs(trigger[0] - tx.end))
    if outside and _other_event_clause(doc.body, tx, clause):
        return None
    return distance + outside + GRANULARITY_COST.get(tx.date.granularity, 150)


def _ahead(doc: Document, tx: Timex) -> bool:
    """A date the text itself puts ahead (``in der kommenden Woche``): it dates an event of
    its clause even where the event was not recognised as future."""
    return direction_at(doc.body, tx.start, tx.end) == "future"


def _other_event_clause(text: str, tx: Timex, trigger_clause: tuple[int, int]) -> bool:
    """Whether ``tx`` lies in a clause opened by ``seit``, ``nachdem``, ``weil`` ...: a clause
    about another event (``die erste Begegnung, seit Xi im März das Amt übernahm``)."""
    start, _ = _clause(text, tx.start, tx.end, max(tx.start - 300, 0), len(text))
    if start > 0 and text[start - 1].isalpha():  # the break is a conjunction ("nachdem")
        opener = WORD.findall(text[max(start - 12, 0) : start])[-1:]
    else:  # after a comma: the clause's first word
        opener = WORD.findall(text[start : tx.start])[:1]
        if text[start - 1 : start] == "," and _relative_clause(text[start : tx.start]):
            return True
    return bool(opener) and opener[0].lower() in _other_event_openers()


def _relative_clause(head: str) -> bool:
    """``, mit dem Blinken am Sonntag verhandelt hatte``, ``, der am Montag eintraf``: a
    relative clause tells an event of its own."""
    words = [w.lower() for w in WORD.findall(head)[:2]]
    pronouns, prepositions = _relative_words()
    if words[:1] and words[0] in pronouns:
        return True
    return len(words) == 2 and words[0] in prepositions and words[1] in pronouns


@cache
def _relative_words() -> tuple[frozenset[str], frozenset[str]]:
    cues = load("event_dates_de.json")
    return frozenset(cues["relative_pronouns"]), frozenset(cues["relative_prepositions"])


@cache
def _other_event_openers() -> frozenset[str]:
    return frozenset(load("event_dates_de.json")["other_event_clauses"])


@cache
def _same_time_openers() -> frozenset[str]:
    return frozenset(load("event_dates_de.json")["same_time_openers"])


def _scene_day(doc: Document, sentence_index: int, dct: date | None) -> Timex | None:
    """``Am Montag war X zugeschaltet. Er bat ...``: a sentence that goes on telling the scene
    of the one before (same paragraph) takes the day named there, if it was not ahead."""
    if not doc.sentences or not 0 < sentence_index < len(doc.sentences):
        return None
    before, sentence = doc.sentences[sentence_index - 1], doc.sentences[sentence_index]
    first = WORD.match(doc.body, sentence.start)
    if first is None or first.group().lower() not in _same_time_openers():
        return None
    if "\n\n" in doc.body[before.end : sentence.start]:
        return None
    days = [
        tx
        for tx in doc.timexes
        if before.start <= tx.start
        and tx.end <= before.end
        and tx.date is not None
        and tx.date.granularity == "day"
        and tx.type in ("DATE", "TIME")
        and (dct is None or (parse_iso(tx.date.earliest) or dct) <= dct)
    ]
    return days[-1] if len({tx.date.earliest for tx in days if tx.date}) == 1 else None


def date_event(
    doc: Document, sentence_index: int, trigger_span: tuple[int, int], future: bool = False
) -> tuple[DateRange, tuple[int, int] | None]:
    """The date of an event mention and the span it came from (see the module docstring)."""
    dct = dct_day(doc)
    if doc.sentences and 0 <= sentence_index < len(doc.sentences):
        sentence = doc.sentences[sentence_index]
        lo, hi = sentence.start, sentence.end
    else:
        lo, hi = 0, len(doc.body)
    clause = _clause(doc.body, trigger_span[0], trigger_span[1], lo, hi)
    best: tuple[float, Timex] | None = None
    for tx in doc.timexes:
        if tx.start < lo or tx.end > hi:
            continue
        cost = _event_cost(doc, tx, trigger_span, clause, future, dct)
        if cost is not None and (best is None or cost < best[0]):
            best = (cost, tx)
    if best is not None and best[1].date is not None:
        return best[1].date, (best[1].start, best[1].end)
    scene = None if future else _scene_day(doc, sentence_index, dct)
    if scene is not None and scene.date is not None:
        return scene.date, (scene.start, scene.end)
    fallback = doc.dct.date if doc.dct else DateRange(None, "unknown", None, None)
    if future:
        return DateRange("FUTURE_REF", "unknown", fallback.earliest, None), None
    return fallback, None
