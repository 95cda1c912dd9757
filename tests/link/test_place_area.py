"""Reports naming a venue and reports naming its town are about one meeting."""

from __future__ import annotations

from datetime import date

from detente.link.events import THRESHOLD, EventRecord, _same_area, pair_similarity


def record(doc: str, place: str) -> EventRecord:
    day = date(2020, 5, 4)
    return EventRecord(
        id=doc, document_id=doc, type="CONSULT", aux=None, main=True,
        persons=frozenset({"a", "b"}), sides=frozenset({"USA", "PRK"}),
        earliest=day, latest=day, location=place, occasion=None, text="",
    )  # fmt: skip


def test_venue_and_its_town_are_one_area() -> None:
    assert _same_area("Sentosa", "Singapore")
    assert _same_area("sentosa", "singapore")  # the scorer's normalised names
    assert not _same_area("Hanoi", "Singapore")


def test_reports_naming_venue_and_town_link_but_far_places_do_not() -> None:
    assert pair_similarity(record("a", "Sentosa"), record("b", "Singapore")) >= THRESHOLD
    assert pair_similarity(record("a", "Hanoi"), record("b", "Singapore")) == 0.0
