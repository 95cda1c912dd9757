"""The main event of an article and its aggregation over the whole text.

The main event is the meeting (CONSULT that happened) between the article's
two leading sides that the headline and lead report; every other mention of
the same meeting (same occasion, no other parties, not a phone call) adds its
participants, place, occasion and date. Topics and tone come from the whole
article, as the article is about this event.
"""

from __future__ import annotations

import dataclasses

from detente.document import Argument, Document, Event
from detente.events.attributes import category_base, event_contexts, tone_of
from detente.events.context import DocContext
from detente.events.lexicon import score_of
from detente.events.structure import SentenceView

LEAD_SENTENCES = 3


def _countries(event: Event) -> set[str]:
    return {a.country for a in (*event.actors, *event.recipients) if a.country}


def _prominence(event: Event, ctx: DocContext, same: int) -> float:
    countries = _countries(event)
    both = len(countries & set(ctx.dyad))
    persons = sum(1 for a in (*event.actors, *event.recipients) if a.kind == "person")
    score = {2: 3.0, 1: 1.0}.get(both, 0.0) + min(persons, 3)
    score += 2.0 if event.sentence < LEAD_SENTENCES else 1.0 if event.sentence < 6 else 0.0
    score += 0.5 * same + (1.0 if event.location or event.occasion else 0.0)
    return score


def _compatible(main: Event, other: Event) -> bool:
    if other.type != "CONSULT" or other.aux is not None:
        return False
    if (main.mode == "phone") != (other.mode == "phone"):
        return False
    if main.occasion and other.occasion and main.occasion != other.occasion:
        return False
    if main.location and other.location and main.location.country != other.location.country:
        return False
    return _countries(other) <= _countries(main) | {None}


def _participants(events: list[Event]) -> list[Argument]:
    """Persons of the merged events; a country only where none of its people take part."""
    seen: dict[str, Argument] = {}
    for e in events:
        for a in (*e.actors, *e.recipients):
            seen.setdefault(a.entity_id or a.name, a)
    persons = [a for a in seen.values() if a.kind == "person"]
    covered = {a.country for a in persons}
    return persons + [a for a in seen.values() if a.kind != "person" and a.country not in covered]


def _best_location(main: Event, merged: list[Event]) -> Argument | None:
    places = [e.location for e in [main, *merged] if e.location]
    cities = [p for p in places if p.kind == "place"]
    return (cities or places or [None])[0]


def _article_topics(ctx: DocContext) -> dict[str, tuple[int, int]]:
    found: dict[str, tuple[int, int]] = {}
    for sentence in ctx.topics:
        for slug, span in sentence.items():
            found.setdefault(slug, span)
    return found


def _article_tone(events: list[Event], ctx: DocContext) -> tuple[float, tuple[tuple[int, int], ...]]:
    hits, weights = [], []
    for index, sentence in enumerate(ctx.polarity):
        for hit in sentence:
            hits.append(hit)
            weights.append(1.5 if index < LEAD_SENTENCES else 1.0)
    others = [category_base(e.type, e.score) for e in events if e.aux is None]
    base = category_base("CONSULT", score_of("CONSULT", "meet"))
    if others:
        base += 0.5 * sum(others) / len(others)
    return tone_of(base, hits, weights), tuple(span for _, span in hits)


def choose_main(events: list[Event], doc: Document, ctx: DocContext, views: list[SentenceView]) -> list[Event]:
    """The events with exactly one marked ``main`` (aggregated), or none when there are none."""
    if not events:
        return events
    meetings = [e for e in events if e.type == "CONSULT" and e.aux is None]
    pool = meetings or [e for e in events if e.aux is None] or events
    ranked = sorted(
        pool,
        key=lambda e: -_prominence(e, ctx, sum(_compatible(e, o) for o in meetings if o is not e)),
    )
    main = ranked[0]
    merged = [o for o in meetings if o is not main and _compatible(main, o)]
    group = [main, *merged]
    participants = _participants(group)
    side = {a.country for a in main.actors}
    actors = tuple(a for a in participants if a.country in side) or main.actors
    recipients = tuple(a for a in participants if a not in actors)
    dated = [e for e in group if e.date_span]
    topics = _article_topics(ctx)
    topic_slugs = tuple(topics)
    tone, tone_spans = _article_tone(events, ctx)
    occasion_event = next((e for e in group if e.occasion), None)
    evidence = sorted({span for e in group for span in e.evidence})
    aggregated = dataclasses.replace(
        main,
        actors=actors,
        recipients=recipients,
        location=_best_location(main, merged),
        occasion=occasion_event.occasion if occasion_event else None,
        occasion_span=occasion_event.occasion_span if occasion_event else None,
        date=dated[0].date if dated else main.date,
        date_span=dated[0].date_span if dated else None,
        topics=topic_slugs,
        topic_spans=tuple(topics.values()),
        contexts=event_contexts(main.type, main.mode, topic_slugs),
        tone=tone,
        tone_spans=tone_spans,
        confidence=round(min(0.95, main.confidence + 0.1 * len(merged)), 2),
        main=True,
        evidence=tuple(evidence),
    )
    return [aggregated if e is main else e for e in events]
