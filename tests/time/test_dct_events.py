"""Document date from well-known events (``events.jsonl``) and reported weekdays."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from detente.kb.model import Entity, KnowledgeBase
from detente.time import document_date
from detente.time.dct import keyword_pattern
from tests.time.test_dct_meetings import BEISPIEL, HOST, MUSTER, PLACES, article, meeting

COUNTRIES = [
    Entity(id="AUT", name="Austria", kind="country", country="AUT"),
    Entity(id="CHE", name="Switzerland", kind="country", country="CHE"),
]


def event(start: str, name: str, keywords: list[str], end: str | None = None) -> Entity:
    return Entity(
        id=f"kb:event-{start}",
        name=name,
        kind="event",
        extra={
            "start": start,
            "end": end or start,
            "type": "SANCTION",
            "countries": ["AUT", "CHE"],
            "participants": ["Anna Beispiel"],
            "keywords_de": keywords,
        },
    )


EXPULSION = event(  # a Tuesday
    "2016-03-15", "Austria expels Swiss diplomats", ["diplomaten", "ausweis|weist", "käseaffäre"]
)
EMBARGO = event("2016-09-20", "Austrian cheese embargo", ["käseaffäre", "embargo", "zölle"])


def kb_with(*extra: Entity) -> KnowledgeBase:
    return KnowledgeBase([BEISPIEL, MUSTER, HOST, *PLACES, *COUNTRIES, *extra])


EXPELS = (
    "Österreich weist wegen der Käseaffäre drei Schweizer Diplomaten aus. "
    "Das teilte Außenministerin Anna Beispiel am Dienstag in Wien mit."
)


def test_an_event_named_by_its_keywords_dates_the_article() -> None:
    result = document_date(article(EXPELS), kb_with(EXPULSION, EMBARGO))
    assert (result.date.value, result.source) == ("2016-03-15", "inferred")
    assert "known event 'Austria expels Swiss diplomats'" in result.reason


def test_a_reaction_on_a_later_weekday_moves_the_day_on() -> None:
    text = EXPELS + " Bern protestierte am Donnerstag gegen die Entscheidung."
    assert document_date(article(text), kb_with(EXPULSION)).date.value == "2016-03-17"


def test_keywords_only_after_the_first_sentence_date_nothing() -> None:
    text = (
        "Außenministerin Anna Beispiel hat in Wien über den Haushalt gesprochen. " * 6
        + "Erwähnt wurden auch die Diplomaten, die Österreich wegen der Käseaffäre ausweist."
    )
    assert "known event" not in document_date(article(text), kb_with(EXPULSION)).reason


def test_two_events_scoring_alike_date_nothing() -> None:
    twin = event(
        "2016-11-08", "Austria expels Swiss diplomats again", EXPULSION.extra["keywords_de"]
    )  # type: ignore[arg-type]
    assert "known event" not in document_date(article(EXPELS), kb_with(EXPULSION, twin)).reason


def test_an_event_outside_the_term_of_office_is_not_used() -> None:
    late = event("2019-03-12", "Austria expels Swiss diplomats", ["diplomaten", "ausweis|weist"])
    result = document_date(article(EXPELS), kb_with(late))
    assert "known event" not in result.reason


def test_keywords_must_start_a_word() -> None:
    assert keyword_pattern("nsa").search("der einsatz") is None
    assert keyword_pattern("nsa").search("die nsa-affäre") is not None
    assert keyword_pattern("weist|ausweis").search("die ausweisung") is not None


def test_a_weaker_event_yields_to_a_known_meeting_the_text_names() -> None:
    talks = meeting("2016-06-08", "Bern", "CHE", "Anna Beispiel", "Karl Muster")  # Wednesday
    text = (
        "Außenministerin Anna Beispiel hat am Mittwoch in Bern Karl Muster getroffen. "
        "Es ging auch um die Käseaffäre und die ausgewiesenen Diplomaten."
    )
    weak = event(
        "2016-03-15", "Austria expels Swiss diplomats", ["käseaffäre", "diplomaten", "ausgewiesen"]
    )
    assert "known event" in document_date(article(text), kb_with(weak)).reason
    assert document_date(article(text), kb_with(weak, talks)).date.value == "2016-06-08"


def test_a_weekday_the_meeting_did_not_fall_on_rules_it_out() -> None:
    talks = meeting("2016-06-08", "Bern", "CHE", "Anna Beispiel", "Karl Muster")  # Wednesday
    text = "Außenministerin Anna Beispiel hat am Montag in Bern Karl Muster getroffen."
    assert "known meeting" not in document_date(article(text), kb_with(talks)).reason


def test_talks_over_several_days_are_dated_by_the_reported_weekday() -> None:
    talks = meeting("2016-06-08", "Bern", "CHE", "Anna Beispiel", "Karl Muster")
    talks.extra["end"] = "2016-06-10"  # Wednesday to Friday
    text = "Außenministerin Anna Beispiel und Karl Muster einigten sich am Freitag in Bern."
    assert document_date(article(text), kb_with(talks)).date.value == "2016-06-10"


@pytest.fixture(scope="module")
def records() -> list[dict[str, object]]:
    text = (files("detente.kb") / "data" / "events.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_the_event_file_is_complete_and_well_formed(records: list[dict[str, object]]) -> None:
    assert len(records) >= 200
    assert len({r["id"] for r in records}) == len(records)
    for record in records:
        assert "1995-01-01" <= str(record["start"]) <= str(record["end"]) <= "2024-12-31"
        assert record["countries"] and len(record["keywords_de"]) >= 2  # type: ignore[arg-type]
        assert all(k == k.lower() for k in record["keywords_de"])  # type: ignore[union-attr]


def test_the_real_kb_lists_events_and_keeps_them_out_of_the_name_matcher() -> None:
    from detente.kb import load_kb

    kb = load_kb()
    assert len(kb.notable_events()) >= 200
    forms = {entity_id for _, entity_id, _ in kb.surface_forms()}
    assert not any(e.id in forms for e in kb.notable_events())
