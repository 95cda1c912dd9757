"""Seats of government as places or governments, English romanisation of East Slavic
names, relatives named by first name, first names before another person's surname
(own sentences, small test KB)."""

from __future__ import annotations

import pytest

from detente.actors import recognise_actors
from detente.actors.romanise import looks_slavic, romanise
from detente.document import Mention
from detente.kb.model import Entity, KnowledgeBase

from .conftest import ENTITIES, FakeResources, make_doc, person

SEAT = Entity(
    id="kb:kremlin",
    name="Moscow Kremlin",
    kind="place",
    country="RUS",
    names={"de": ("Kreml", "Kremls")},
    extra={"type": "seat", "seat_of": "RUS"},
)
JOHNSON = person(
    "Q90",
    "Boris Johnson",
    ["Boris Johnson"],
    ["Johnson"],
    "GBR",
    ("head_of_government", "GBR", "2019-07-24", "2022-09-06"),
)


@pytest.fixture(scope="module")
def resources() -> FakeResources:
    return FakeResources(KnowledgeBase([*ENTITIES, SEAT, JOHNSON]))


def mentions(resources: FakeResources, text: str, day: str = "2020-05-01") -> list[Mention]:
    return list(recognise_actors(make_doc(text, day), resources).mentions)


def at(ms: list[Mention], text: str) -> Mention:
    return next(m for m in ms if m.text == text)


def test_seat_after_a_preposition_is_a_place(resources: FakeResources) -> None:
    found = at(mentions(resources, "Im Kreml stieß der Plan auf Ablehnung."), "Kreml")
    assert (found.kind, found.name, found.country, found.as_actor) == (
        "place",
        "Moscow Kremlin",
        "RUS",
        False,
    )


def test_seat_as_source_is_a_place(resources: FakeResources) -> None:
    found = at(mentions(resources, "Das sei ein Fehler, hieß es aus dem Kreml."), "Kreml")
    assert (found.kind, found.name) == ("place", "Moscow Kremlin")


def test_seat_as_subject_is_the_government(resources: FakeResources) -> None:
    found = at(mentions(resources, "Der Kreml wies die Vorwürfe am Montag zurück."), "Kreml")
    assert (found.kind, found.name, found.as_actor) == ("country", "Russia", True)


def test_unknown_east_slavic_person_gets_the_english_spelling(resources: FakeResources) -> None:
    text = "Oberst Oleg Peschkow wurde verletzt. Peschkow kam in ein Krankenhaus."
    names = [m.name for m in mentions(resources, text) if m.kind == "person"]
    assert names == ["Oleg Peshkov", "Oleg Peshkov"]


def test_other_unknown_persons_keep_their_spelling(resources: FakeResources) -> None:
    text = "Der Berater Michael Schwarz sprach in Bonn."
    assert [m.name for m in mentions(resources, text) if m.kind == "person"] == ["Michael Schwarz"]


def test_relative_named_by_first_name_takes_the_family_name(resources: FakeResources) -> None:
    text = "Der Forscher Andrej Sokolow lebt in Bonn. Sokolow und seine Tochter Marina reisten ab."
    names = [m.name for m in mentions(resources, text) if m.kind == "person"]
    assert "Marina Sokolov" in names and "Andrei Sokolov" in names


def test_first_name_before_a_kb_surname_is_a_new_person(resources: FakeResources) -> None:
    text = "Der Vorsitzende der Kammer, Mike Johnson, stellte sich gegen seine Fraktion."
    found = [(m.name, m.entity_id) for m in mentions(resources, text, "2024-04-20")]
    assert ("Mike Johnson", None) in found
    assert all(entity != "Q90" for _, entity in found)


@pytest.mark.parametrize(
    ("german", "english"),
    [
        ("Sergej Iwanow", "Sergei Ivanov"),
        ("Julia Petrowa", "Yulia Petrova"),
        ("Michail Chodorkowski", "Mikhail Khodorkovsky"),
        ("Nikolaj Patruschew", "Nikolai Patrushev"),
        ("Tatjana Schtschukina", "Tatyana Shchukina"),
    ],
)
def test_romanise(german: str, english: str) -> None:
    assert romanise(german) == english


def test_slavic_cues() -> None:
    assert looks_slavic("Oleg Peschkow") and looks_slavic("Sergej Klein")
    assert not looks_slavic("Jan Kowalski") and not looks_slavic("Anna Weber")


def test_country_named_only_by_an_adjective_is_not_named(resources: FakeResources) -> None:
    from detente.extraction import to_extraction

    def named(text: str) -> bool:
        doc = recognise_actors(make_doc(text, "2020-05-01"), resources)
        return next(e["named"] for e in to_extraction(doc)["entities"] if e["name"] == "Russia")

    assert not named("Die russische Wirtschaft wuchs zuletzt kaum.")
    assert named("Die Diplomaten reisten am Abend nach Russland zurück.")


def test_swiss_spelling_of_sharp_s_names() -> None:
    from detente.actors.index import case_variants

    assert "Taiwanstrasse" in case_variants("Taiwanstraße")
    assert "Grosse Halle" in case_variants("Große Halle")
    assert case_variants("Berlin") == {"Berlin"}
