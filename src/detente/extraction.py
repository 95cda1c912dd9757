"""The extraction JSON (SPEC §8): the stable output contract of ``detente extract --json``.

One object per document; every span indexes into ``body``. External scorers
read exactly this, so keys are only ever added, never renamed.
"""

from __future__ import annotations

from typing import Any

from detente.document import Argument, DateRange, Document, Event, Quote, Timex


def _date(date: DateRange | None) -> dict[str, Any] | None:
    return date.as_dict() if date else None


def _argument(arg: Argument | None) -> dict[str, Any] | None:
    if arg is None:
        return None
    return {
        "name": arg.name,
        "country": arg.country,
        "id": arg.entity_id,
        "kind": arg.kind,
        "span": list(arg.span) if arg.source == "body" else None,
        "from": arg.source,  # "dateline": named only in the dateline (``dateline`` key)
    }


def _event(event: Event) -> dict[str, Any]:
    return {
        "type": event.type,
        "mode": event.mode,
        "main": event.main,
        "actors": [_argument(a) for a in event.actors],
        "recipients": [_argument(a) for a in event.recipients],
        "aux": event.aux,
        "location": _argument(event.location),
        "occasion": event.occasion,
        "occasion_span": list(event.occasion_span) if event.occasion_span else None,
        "date": _date(event.date),
        "date_span": list(event.date_span) if event.date_span else None,
        "topics": list(event.topics),
        "topic_spans": [list(s) for s in event.topic_spans],
        "contexts": list(event.contexts),
        "score": event.score,
        "tone": event.tone,
        "tone_spans": [list(s) for s in event.tone_spans],
        "confidence": event.confidence,
        "trigger": list(event.trigger),
        "evidence": [list(s) for s in event.evidence],
    }


def _quote(quote: Quote) -> dict[str, Any]:
    speaker = _argument(quote.speaker)
    return {
        "speaker": speaker,
        "text": quote.text,
        "direct": quote.direct,
        "span": [quote.start, quote.end],
        "speaker_span": speaker["span"] if speaker else None,
        "cue": quote.cue,
        "cue_span": list(quote.cue_span) if quote.cue_span else None,
    }


def timex_json(timex: Timex) -> dict[str, Any]:
    """One timex as in the extraction JSON (also used by `detente timex --json`)."""
    return {
        "text": timex.text,
        "span": [timex.start, timex.end],
        "type": timex.type,
        "value": timex.value,
        "mod": timex.mod,
        "date": _date(timex.date),
    }


def _entities(doc: Document) -> list[dict[str, Any]]:
    """Mentions grouped by linked entity (or by canonical name where unlinked)."""
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for m in doc.mentions:
        if not m.name:
            continue
        key = (m.kind, m.entity_id or m.name)
        entry = grouped.setdefault(
            key,
            {
                "name": m.name,
                "kind": m.kind,
                "id": m.entity_id,
                "country": m.country,
                "role": m.role,
                "mentions": [],
                "as_place": [],
                "named": False,  # False: only from an office, adjective or demonym ("russische Botschafter")
                "in_title": False,
                "in_dateline": False,
            },
        )
        entry["role"] = entry["role"] or m.role
        entry["named"] = entry["named"] or m.via not in ("role", "adjective", "demonym")
        (entry["mentions"] if m.as_actor else entry["as_place"]).append([m.start, m.end])
    for place in doc.header_places:  # named in the title or dateline only: no body span
        entry = grouped.setdefault(
            (place.kind, place.entity_id or place.name),
            {
                "name": place.name,
                "kind": place.kind,
                "id": place.entity_id,
                "country": place.country,
                "role": None,
                "mentions": [],
                "as_place": [],
                "named": True,
                "in_title": False,
                "in_dateline": False,
            },
        )
        entry[f"in_{place.field}"] = True
    return list(grouped.values())


def to_extraction(doc: Document) -> dict[str, Any]:
    dct = doc.dct
    document_date: dict[str, Any] | None = None
    if dct is not None:
        document_date = {
            **dct.date.as_dict(),
            "source": dct.source,
            "plausible": dct.plausible,
            "reason": dct.reason,
        }
    return {
        "file": doc.meta.file,
        "source": doc.meta.source,
        "id": doc.id,
        "language": doc.language,
        "title": doc.meta.title,
        "lead": doc.meta.lead,
        "dateline": doc.meta.dateline,
        "signature": doc.meta.signature,
        "outlet": doc.meta.outlet,
        "url": doc.meta.url,
        "metadata_date": doc.meta.metadata_date,
        "document_date": document_date,
        "body": doc.body,
        "entities": _entities(doc),
        "events": [_event(e) for e in doc.events],
        "quotes": [_quote(q) for q in doc.quotes],
        "timexes": [timex_json(t) for t in doc.timexes],
        "tokens": [
            [t.start, t.end, t.pos, t.lemma] for t in doc.tokens if t.pos is not None
        ],  # filled with --pos: [start, end, STTS tag, lemma]
        "removed": list(doc.meta.removed),
        "errors": list(doc.errors),
    }
