"""Persons and bodies named only in the title, places of the kicker, demonyms
(own sentences, small test KB)."""

from __future__ import annotations

from detente.actors import recognise_actors
from detente.document import Metadata
from detente.extraction import to_extraction

from .conftest import FakeResources, make_doc


def entities(doc) -> dict[str, dict]:
    return {e["name"]: e for e in to_extraction(doc)["entities"]}


def test_person_named_only_in_the_title_is_listed_without_span(resources: FakeResources) -> None:
    doc = make_doc("Die Außenminister beschlossen am Montag neue Strafen.")
    doc = doc.with_(meta=Metadata(title="Neue Strafen gegen Vertraute Putins"))
    putin = entities(recognise_actors(doc, resources))["Vladimir Putin"]
    assert (putin["kind"], putin["in_title"], putin["mentions"], putin["named"]) == (
        "person",
        True,
        [],
        True,
    )


def test_title_person_also_in_the_body_is_one_entity(resources: FakeResources) -> None:
    doc = make_doc("Wladimir Putin sprach am Montag lange mit Journalisten.")
    doc = doc.with_(meta=Metadata(title="Putin warnt den Westen"))
    found = [e for e in to_extraction(recognise_actors(doc, resources))["entities"]]
    putins = [e for e in found if e["name"] == "Vladimir Putin"]
    assert len(putins) == 1 and putins[0]["mentions"]


def test_places_of_the_kicker_count_as_title_places(resources: FakeResources) -> None:
    doc = make_doc("Die Außenminister sprachen zwei Stunden lang.")
    doc = doc.with_(meta=Metadata(title="Wenig Neues", kicker="Treffen in Sotschi"))
    sochi = entities(recognise_actors(doc, resources))["Sochi"]
    assert sochi["in_title"] and sochi["mentions"] == []


def test_role_in_the_title_is_not_a_named_person(resources: FakeResources) -> None:
    doc = make_doc("Die Gespräche dauerten bis in den Abend.")
    doc = doc.with_(meta=Metadata(title="Der russische Außenminister reist nach Syrien"))
    kinds = {e["kind"] for e in to_extraction(recognise_actors(doc, resources))["entities"]}
    assert "person" not in kinds


def test_country_known_only_from_a_demonym_is_not_named(resources: FakeResources) -> None:
    doc = recognise_actors(
        make_doc("Im Park wurde ein Syrer von Unbekannten angegriffen."), resources
    )
    syria = entities(doc)["Syria"]
    assert syria["named"] is False
