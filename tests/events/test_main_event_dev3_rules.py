"""Main event rules generalised on the third development set: tone words read with
negation and concession, later doubts and other meetings left out of the tone, places
as topics, venues and their towns, regions and their places, city-states, the dateline as
the last resort, topics in enumerations. Our own German sentences."""

from __future__ import annotations

from types import SimpleNamespace

from detente.document import Document, Event, HeaderPlace
from detente.events import extract_events
from detente.events.attributes import polarity_hits, sentence_topics
from detente.kb.model import Entity, KnowledgeBase
from detente.time import tag_timexes
from tests.events.helpers import COUNTRIES, document, m


def kb_resources() -> SimpleNamespace:
    entities = [Entity(code, name, "country", country=code) for code, name in COUNTRIES.items()]
    entities += [
        Entity("RUS", "Russia", "country", country="RUS"),
        Entity("AUT", "Austria", "country", country="AUT"),
        Entity("MLT", "Malta", "country", country="MLT", extra={"capital_id": "g:valletta"}),
        Entity("g:valletta", "Malta", "place", country="MLT", lat=35.9, lon=14.5),
        Entity("g:vienna", "Vienna", "place", country="AUT", lat=48.21, lon=16.37),
        Entity("kb:palais", "Palais Lenz", "place", "AUT", lat=48.2, lon=16.36,
               extra={"type": "venue"}),
        Entity("kb:grenzgebiet", "Border Zone", "place", None, lat=47.0, lon=15.0,
               extra={"type": "region"}),
        Entity("kb:grenzdorf", "Grenzdorf", "place", "AUT", lat=47.05, lon=15.02,
               extra={"type": "venue"}),
        Entity("kb:tal", "Tal Province", "place", "CHN", lat=40.0, lon=85.0,
               extra={"type": "region"}),
        Entity("g:graz", "Graz", "place", "AUT", lat=47.07, lon=15.44),
    ]  # fmt: skip
    return SimpleNamespace(kb=KnowledgeBase(entities))


def run(text: str, specs: list[dict], header: tuple[HeaderPlace, ...] = ()) -> list[Event]:
    doc: Document = document(text, specs, "2021-03-10")
    doc = doc.with_(header_places=header)
    res = kb_resources()
    doc = tag_timexes(doc, res)  # type: ignore[arg-type]
    return list(extract_events(doc, res).events)  # type: ignore[arg-type]


def main(events: list[Event]) -> Event:
    found = [e for e in events if e.main]
    assert len(found) == 1, [(e.type, e.main) for e in events]
    return found[0]


HART = m("Lena Hart", "person", "USA")
MARIN = m("Oleg Marin", "person", "RUS")


def words(text: str) -> list[tuple[float, str]]:
    return [(round(w, 2), text[s:e]) for w, (s, e) in polarity_hits(text, 0)]


# ---- tone words --------------------------------------------------------------------


def test_existential_negation_reaches_the_clause_opening_term() -> None:
    hits = words("Eine Einigung über neue Kanäle für das Militär gab es aber nicht.")
    assert hits and hits[0][1] == "Einigung" and hits[0][0] < 0
    assert words("Ein besseres Angebot werde es nicht geben.")[0][0] < 0


def test_negator_across_a_bridge_word() -> None:
    hits = words("Beim Handel gebe es keinen Raum für Kompromisse.")
    assert hits and hits[0][0] < 0


def test_term_before_a_comma_contrast_counts_half() -> None:
    plain = words("Die Differenzen bleiben groß.")
    conceded = words("Die Differenzen bleiben, aber beide wollen weiter reden.")
    assert plain[0][0] < conceded[0][0] < 0


def test_determiner_einigen_is_no_agreement() -> None:
    assert [w for _, w in words("Man habe in einigen Punkten Fortschritte erzielt.")] == [
        "Fortschritte"
    ]


def test_later_doubts_do_not_judge_the_meeting() -> None:
    calm = "Lena Hart und Oleg Marin haben sich in Wien getroffen. Die Gespräche waren gut."
    doubts = (
        "Lena Hart und Oleg Marin haben sich in Wien getroffen. Die Gespräche waren gut. "
        "Seitdem wird heftig gestritten, was das Treffen wert ist."
    )
    specs = [HART, MARIN, m("Wien", "place", "AUT", "Vienna", as_actor=False, entity_id="g:vienna")]
    assert main(run(doubts, specs)).tone == main(run(calm, specs)).tone


# ---- places -------------------------------------------------------------------------


def test_place_talked_about_is_not_the_meeting_place() -> None:
    text = (
        "Lena Hart hat Oleg Marin in Wien getroffen. Die beiden sprachen auch über die Provinz Tal."
    )
    event = main(run(text, [
        HART, MARIN,
        m("Wien", "place", "AUT", "Vienna", as_actor=False, entity_id="g:vienna"),
        m("Provinz Tal", "place", "CHN", "Tal Province", as_actor=False, entity_id="kb:tal"),
    ]))  # fmt: skip
    assert event.location is not None and event.location.name == "Vienna"


def test_venue_gives_way_to_its_town_named_in_the_article() -> None:
    text = (
        "Lena Hart und Oleg Marin sind im Palais Lenz zusammengekommen. "
        "Wien war zuletzt oft Gastgeber solcher Treffen."
    )
    event = main(run(text, [
        HART, MARIN,
        m("Palais Lenz", "place", "AUT", as_actor=False, entity_id="kb:palais"),
        m("Wien", "place", "AUT", "Vienna", as_actor=False, entity_id="g:vienna"),
    ]))  # fmt: skip
    assert event.location is not None and event.location.name == "Vienna"
    assert text[slice(*event.location.span)] == "Wien"  # provenance: the town's mention


def test_region_gives_way_to_the_place_named_in_it_and_far_towns_do_not() -> None:
    text = (
        "Lena Hart und Oleg Marin sind im Grenzgebiet zusammengekommen. "
        "Sie trafen sich im Grenzdorf, weit weg von Graz."
    )
    event = main(run(text, [
        HART, MARIN,
        m("Grenzgebiet", "place", None, "Border Zone", as_actor=False, entity_id="kb:grenzgebiet"),
        m("Grenzdorf", "place", "AUT", as_actor=False, entity_id="kb:grenzdorf"),
        m("Graz", "place", "AUT", "Graz", as_actor=False, entity_id="g:graz"),
    ]))  # fmt: skip
    assert event.location is not None and event.location.name == "Grenzdorf"


def test_city_state_is_the_meeting_town() -> None:
    text = "Lena Hart und Oleg Marin haben sich am Dienstag in Malta getroffen."
    event = main(run(text, [
        HART, MARIN, m("Malta", "country", "MLT", "Malta", as_actor=False),
    ]))  # fmt: skip
    assert event.location is not None
    assert (event.location.kind, event.location.entity_id) == ("place", "g:valletta")


def test_dateline_town_is_the_last_resort_with_an_empty_span() -> None:
    text = "Die Europäische Union hat Strafmaßnahmen gegen Russland verhängt."
    header = (HeaderPlace("Vienna", "place", "g:vienna", "AUT", "dateline"),)
    events = run(text, [
        m("Europäische Union", "country", "EU", "European Union"),
        m("Russland", "country", "RUS", "Russia"),
    ], header)  # fmt: skip
    event = main(events)
    assert event.location is not None and event.location.name == "Vienna"
    assert event.location.span == (0, 0)


# ---- topics -------------------------------------------------------------------------


def test_country_in_a_long_list_is_no_topic() -> None:
    vote = "Dagegen stimmten Russland, Belarus, Syrien, Nordkorea und Eritrea."
    assert "syria" not in sentence_topics(vote, 0)
    assert "syria" in sentence_topics("Sie sprachen über Syrien und Belarus.", 0)


def test_mood_of_talks_and_office_titles_are_no_topics() -> None:
    assert "climate" not in sentence_topics("Das Klima der Gespräche sei gut gewesen.", 0)
    assert "climate" in sentence_topics("Beide wollen beim Klimaschutz enger arbeiten.", 0)
    assert "intelligence" not in sentence_topics("Auch die Geheimdienstchefs reisen an.", 0)
    assert "intelligence" in sentence_topics("Es ging um die Arbeit der Geheimdienste.", 0)
