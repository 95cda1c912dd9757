"""The main event on follow-up reports: unnamed meetings, seats of government, elapsed days,
persons for countries, places after venues and times. Our own German sentences."""

from __future__ import annotations

from types import SimpleNamespace

from detente.document import Document, Event
from detente.events import extract_events
from detente.kb.model import Entity, KnowledgeBase
from detente.time import tag_timexes
from tests.events.helpers import COUNTRIES, document, m


def kb_resources() -> SimpleNamespace:
    entities = [Entity(code, name, "country", country=code) for code, name in COUNTRIES.items()]
    entities += [
        Entity("RUS", "Russia", "country", country="RUS", extra={"capital_id": "Q649"}),
        Entity("Q649", "Moscow", "place", country="RUS"),
    ]
    return SimpleNamespace(kb=KnowledgeBase(entities))


def run(text: str, specs: list[dict], dct: str = "2021-03-10") -> list[Event]:
    doc: Document = document(text, specs, dct)
    res = kb_resources()
    doc = tag_timexes(doc, res)  # type: ignore[arg-type]
    return list(extract_events(doc, res).events)  # type: ignore[arg-type]


def main(events: list[Event]) -> Event:
    found = [e for e in events if e.main]
    assert len(found) == 1, [(e.type, e.main) for e in events]
    return found[0]


def names(event: Event) -> set[str]:
    return {a.name for a in (*event.actors, *event.recipients)}


PERSONS = [
    m("Präsidentin Lena Hart", "person", "USA", "Lena Hart"),
    m("Staatschef Oleg Marin", "person", "RUS", "Oleg Marin"),
]


def test_kremlin_is_moscow_and_the_meeting_date_comes_from_the_travel_sentence() -> None:
    text = (
        "Die Präsidentin Lena Hart ist am Samstag nach Moskau gereist. "
        "Im Kreml beriet sie mit Staatschef Oleg Marin über den Handel."
    )
    events = run(text, [
        PERSONS[0],
        m("Moskau", "place", "RUS", "Moscow", as_actor=False, via="metonym"),
        m("Kreml", "country", "RUS", "Russia", as_actor=False, via="metonym"),
        PERSONS[1],
    ], dct="2021-03-15")  # fmt: skip
    event = main(events)
    assert event.type == "CONSULT"
    assert event.location is not None and event.location.name == "Moscow"
    assert event.date is not None and event.date.value == "2021-03-13"  # the Saturday before
    assert names(event) == {"Lena Hart", "Oleg Marin"}


def test_unnamed_summit_is_the_meeting_of_the_articles_two_sides() -> None:
    text = (
        "Nach dem Gipfel in Wien wächst die Kritik an Präsidentin Lena Hart. "
        "Staatschef Oleg Marin wies alle Vorwürfe zurück. Hart verteidigte sich."
    )
    events = run(text, [
        m("Wien", "place", "AUT", "Vienna", as_actor=False),
        *PERSONS,
        m("Hart", "person", "USA", "Lena Hart", via="coref"),
    ])  # fmt: skip
    event = main(events)
    assert event.type == "CONSULT"
    assert names(event) == {"Lena Hart", "Oleg Marin"}
    assert event.location is not None and event.location.name == "Vienna"


def test_days_after_the_meeting_give_its_date() -> None:
    text = (
        "Vier Tage nach dem Treffen von Präsidentin Lena Hart mit Staatschef Oleg Marin "
        "ist vieles unklar."
    )
    event = main(run(text, PERSONS, dct="2021-03-20"))
    assert event.date is not None and event.date.value == "2021-03-16"
    assert event.date_span is not None


def test_country_participant_becomes_its_person_named_in_the_lead() -> None:
    text = (
        "Präsidentin Lena Hart hat bei ihrem Besuch in Russland Staatschef Oleg Marin "
        "zu mehr Einsatz für den Frieden gedrängt."
    )
    events = run(text, [
        PERSONS[0],
        m("Russland", "country", "RUS", "Russia", as_actor=False),
        PERSONS[1],
    ])  # fmt: skip
    event = main(events)
    assert names(event) == {"Lena Hart", "Oleg Marin"}


def test_enumeration_of_places_does_not_split_the_clause() -> None:
    text = "Lena Hart und Oleg Marin haben in Wien über Syrien, Libyen und Iran gesprochen."
    events = run(text, [
        m("Lena Hart", "person", "USA"),
        m("Oleg Marin", "person", "RUS"),
        m("Wien", "place", "AUT", "Vienna", as_actor=False),
        m("Syrien", "country", "SYR", "Syria", as_actor=False),
        m("Libyen", "country", "LBY", "Libya", as_actor=False),
        m("Iran", "country", "IRN", "Iran", as_actor=False),
    ])  # fmt: skip
    event = main(events)
    assert names(event) == {"Lena Hart", "Oleg Marin"}


def test_place_after_a_weekday_or_a_venue_is_the_meeting_place() -> None:
    weekday = "Lena Hart ist am Mittwoch in Wien mit Oleg Marin zusammengekommen."
    event = main(run(weekday, [
        m("Lena Hart", "person", "USA"),
        m("Wien", "place", "AUT", "Vienna", as_actor=False),
        m("Oleg Marin", "person", "RUS"),
    ]))  # fmt: skip
    assert event.location is not None and event.location.name == "Vienna"
    venue = (
        "Lena Hart und Oleg Marin haben sich getroffen. "
        "Die Gespräche fanden in einem Hotel in Genf statt."
    )
    event = main(run(venue, [
        m("Lena Hart", "person", "USA"),
        m("Oleg Marin", "person", "RUS"),
        m("Genf", "place", "CHE", "Geneva", as_actor=False),
    ]))  # fmt: skip
    assert event.location is not None and event.location.name == "Geneva"
