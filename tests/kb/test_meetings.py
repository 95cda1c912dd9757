"""Known bilateral meetings (meetings.jsonl) and ``KnowledgeBase.meetings_matching``."""

from __future__ import annotations

import re
from collections import Counter

from detente.kb import KnowledgeBase
from detente.kb.model import Entity, Role

ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def test_at_least_300_meetings_are_shipped(kb: KnowledgeBase) -> None:
    assert len(kb.meetings()) >= 300
    assert "meeting" in kb.kinds()


def test_every_record_has_the_documented_shape(kb: KnowledgeBase) -> None:
    for meeting in kb.meetings():
        extra = meeting.extra
        assert meeting.id.startswith(f"kb:meeting-{extra['start']}-"), meeting.id
        assert ISO_DAY.match(str(extra["start"])) and ISO_DAY.match(str(extra["end"])), meeting.id
        assert "1995-01-01" <= str(extra["start"]) <= str(extra["end"]), meeting.id
        assert len(extra["participants"]) >= 2, meeting.id  # type: ignore[arg-type]
        assert extra["level"] in {
            "head_of_state",
            "foreign_ministers",
            "ministerial_visit",
            "visit",
        }
        assert meeting.country and kb.country(meeting.country) is not None, meeting.id


def test_every_participant_is_a_canonical_person_name(kb: KnowledgeBase) -> None:
    for meeting in kb.meetings():
        for name in meeting.extra["participants"]:  # type: ignore[union-attr]
            persons = [e for e in kb.lookup(str(name)) if e.kind == "person" and e.name == name]
            assert len(persons) == 1, (meeting.id, name)
        assert len(kb.meeting_participants(meeting)) == len(meeting.extra["participants"])  # type: ignore[arg-type]


def test_every_venue_is_a_known_place_of_the_meeting_country(kb: KnowledgeBase) -> None:
    for meeting in kb.meetings():
        venues = kb.places_named(str(meeting.extra["place"]), meeting.country)
        assert venues, (meeting.id, meeting.extra["place"])


def test_no_meeting_is_listed_twice(kb: KnowledgeBase) -> None:
    keys = Counter(
        (m.extra["start"], m.extra["place"], frozenset(m.extra["participants"]))  # type: ignore[arg-type]
        for m in kb.meetings()
    )
    assert [k for k, n in keys.items() if n > 1] == []


def test_meetings_are_not_names_for_the_actor_matcher(kb: KnowledgeBase) -> None:
    forms = kb.surface_forms("de")
    assert not any(
        kind == "name" and entity_id.startswith("kb:meeting-") for _, entity_id, kind in forms
    )


def test_matching_by_german_names_and_venue(kb: KnowledgeBase) -> None:
    found = kb.meetings_matching({"Rex Tillerson", "Sergej Lawrow"}, "Moskau")
    assert [m.extra["start"] for m in found] == ["2017-04-12"]


def test_matching_by_ids_within_a_date_range(kb: KnowledgeBase) -> None:
    kerry = kb.person_ids("John Kerry")
    lavrov = kb.person_ids("Sergey Lavrov")
    found = kb.meetings_matching(kerry | lavrov, earliest="2015-01-01", latest="2015-12-31")
    assert [m.extra["place"] for m in found] == ["Sochi", "Moscow"]
    assert all(kerry | lavrov <= kb.meeting_participants(m) for m in found)


def test_min_shared_finds_meetings_of_any_one_person(kb: KnowledgeBase) -> None:
    names = {"Rex Tillerson", "Federica Mogherini"}
    assert kb.meetings_matching(names, "Moskau") == []  # they never met there together
    found = kb.meetings_matching(names, "Moskau", min_shared=1)
    assert {m.extra["start"] for m in found} == {"2017-04-12", "2017-04-24"}


def test_a_range_that_only_touches_the_last_day_still_matches(kb: KnowledgeBase) -> None:
    found = kb.meetings_matching(
        {"Donald Trump", "Xi Jinping"}, earliest="2017-04-07", latest="2017-04-07"
    )
    assert [m.extra["place"] for m in found] == ["Mar-a-Lago"]


def test_unknown_persons_match_nothing(kb: KnowledgeBase) -> None:
    assert kb.meetings_matching({"Niemand Unbekannt", "Sergey Lavrov"}) == []
    assert kb.meetings_matching(set()) == []


def test_a_small_kb_answers_from_its_own_meetings() -> None:
    person = Entity(
        id="kb:anna-beispiel",
        name="Anna Beispiel",
        kind="person",
        country="AUT",
        roles=(Role("foreign_minister", "AUT", "2013-02-01", None),),
    )
    guest = Entity(id="kb:karl-muster", name="Karl Muster", kind="person", country="CHE")
    place = Entity(
        id="kb:wien", name="Vienna", kind="place", country="AUT", names={"de": ("Wien",)}
    )
    meeting = Entity(
        id="kb:meeting-2014-03-02-beispiel-muster-vienna",
        name="Meeting of Anna Beispiel and Karl Muster in Vienna, 2014-03-02",
        kind="meeting",
        country="AUT",
        extra={
            "start": "2014-03-02",
            "end": "2014-03-02",
            "place": "Vienna",
            "participants": ["Anna Beispiel", "Karl Muster"],
        },
    )
    small = KnowledgeBase([person, guest, place, meeting])
    assert small.meetings_matching({"kb:anna-beispiel", "Karl Muster"}, "Wien") == [meeting]
    assert small.meetings_matching({"Anna Beispiel", "Karl Muster"}, "kb:wien") == [meeting]
    assert small.meetings_matching({"Anna Beispiel", "Karl Muster"}, latest="2014-03-01") == []
