"""Hand-made documents with events, for tests of storage, linking, analysis and export."""

from __future__ import annotations

from detente.document import (
    Argument,
    DateRange,
    Document,
    Event,
    Metadata,
    OffsetMap,
    Sentence,
    document_id,
)
from detente.events.ontology import category_score


def argument(text: str, body: str, name: str, country: str, kind: str = "person") -> Argument:
    start = body.index(text)
    return Argument(
        name, country, f"kb:{name.lower().replace(' ', '-')}", kind, (start, start + len(text))
    )


def meeting(
    body: str,
    day: str,
    people: list[tuple[str, str, str]],
    place: tuple[str, str, str] | None,
    event_type: str = "CONSULT",
    tone: float = 0.2,
    source: str = "test",
    main: bool = True,
) -> Document:
    """A one-sentence document whose main event has the given people (text, name, country)."""
    args = tuple(argument(t, body, n, c) for t, n, c in people)
    location = argument(place[0], body, place[1], place[2], "place") if place else None
    trigger = body.index(" ") + 1
    event = Event(
        type=event_type,
        mode=None,
        trigger=(trigger, trigger + 5),
        sentence=0,
        actors=args[:1],
        recipients=args[1:],
        location=location,
        date=DateRange(day, "day", day, day),
        score=category_score(event_type),
        tone=tone,
        main=main,
        evidence=((0, len(body)),),
    )
    return Document(
        id=document_id(body),
        original=body,
        body=body,
        offsets=OffsetMap.identity(len(body)),
        meta=Metadata(source=source, file=f"{source}.txt"),
        language="de",
        sentences=(Sentence(0, len(body)),),
        events=(event,),
    )
