"""Coverage of the shipped KB beyond the seed articles: bodies, regions, small places in the
news, compass names of countries, canonical names as English Wikipedia titles."""

from __future__ import annotations

import pytest

from detente.kb import KnowledgeBase
from tests.kb.helpers import one


@pytest.mark.parametrize(
    ("alias", "canonical", "code"),
    [
        ("UN-Sicherheitsrat", "United Nations Security Council", "UN"),
        ("Weltsicherheitsrat", "United Nations Security Council", "UN"),
        ("Internationale Atomenergiebehörde", "International Atomic Energy Agency", "UN"),
        ("KPCh", "Chinese Communist Party", "CHN"),
        ("US-Kongress", "United States Congress", "USA"),
        ("Staatsduma", "State Duma", "RUS"),
        ("Knesset", "Knesset", "ISR"),
        ("Bundestag", "Bundestag", "DEU"),
        ("Revolutionsgarden", "Islamic Revolutionary Guard Corps", "IRN"),
        ("Münchner Sicherheitskonferenz", "Munich Security Conference", "DEU"),
        ("Antalya Diplomacy Forum", "Antalya Diplomacy Forum", "TUR"),
    ],
)
def test_bodies_resolve(kb: KnowledgeBase, alias: str, canonical: str, code: str) -> None:
    entity = one(kb, alias, "organisation", "summit_series")
    assert (entity.name, entity.country) == (canonical, code)


@pytest.mark.parametrize(
    ("alias", "canonical", "code"),
    [
        ("Kalifornien", "California", "USA"),
        ("Bayern", "Bavaria", "DEU"),
        ("Pazifik", "Pacific Ocean", None),
        ("Natans", "Natanz", "IRN"),
        ("Krementschuk", "Kremenchuk", "UKR"),
        ("Butscha", "Bucha", "UKR"),
        ("Provinz Idlib", "Idlib Governorate", "SYR"),
        ("Marinestützpunkt Guantánamo", "Guantanamo Bay Naval Base", "USA"),
        ("Atomkraftwerk Akkuyu", "Akkuyu Nuclear Power Plant", "TUR"),
        ("Schloss Elmau", "Schloss Elmau", "DEU"),
    ],
)
def test_places_resolve(kb: KnowledgeBase, alias: str, canonical: str, code: str | None) -> None:
    entity = one(kb, alias, "place")
    assert (entity.name, entity.country) == (canonical, code)
    assert entity.lat is not None and entity.lon is not None


@pytest.mark.parametrize(
    ("name", "code"),
    [("Ostukraine", "UKR"), ("Nord-Syrien", "SYR"), ("Nordkorea", "PRK"), ("Südafrika", "ZAF")],
)
def test_compass_names_are_the_country(kb: KnowledgeBase, name: str, code: str) -> None:
    assert one(kb, name, "country").id == code


def test_northern_ireland_is_no_part_of_ireland(kb: KnowledgeBase) -> None:
    assert one(kb, "Nordirland", "place", "country").name == "Northern Ireland"


def test_context_aliases_are_not_plain_names(kb: KnowledgeBase) -> None:
    """``Kongress`` alone is only linked by the actor stage when the USA are in the text."""
    assert not [e for e in kb.lookup("Kongress") if e.kind == "organisation"]
    assert "Kongress" in one(kb, "US-Kongress", "organisation").extra["context_aliases_de"]


def test_summit_venue_found_by_short_and_full_name(kb: KnowledgeBase) -> None:
    for venue in ("Elmau", "Schloss Elmau"):
        summits = kb.summits_matching("G7", place=venue, year=2022)
        assert [s.extra["start"] for s in summits] == ["2022-06-26"], venue


def test_curated_places_have_unique_ids_and_types(kb: KnowledgeBase) -> None:
    curated = [e for e in kb.entities.values() if e.kind == "place" and "type" in e.extra]
    assert len(curated) > 250
    assert {e.extra["type"] for e in curated} <= {"region", "sea", "venue", "site", "town", "seat"}


@pytest.mark.parametrize(
    ("german", "canonical"),
    [
        ("Jaroslawl", "Yaroslavl"),  # German spelling generated from the transliteration
        ("Tscheljabinsk", "Chelyabinsk"),
        ("Tschernihiw", "Chernihiv"),  # curated
        ("Cherson", "Kherson"),  # curated, below 100,000 in GeoNames
        ("Venedig", "Venice"),
        ("Straßburg", "Strasbourg"),
        ("Mossul", "Mosul"),
    ],
)
def test_german_city_names(kb: KnowledgeBase, german: str, canonical: str) -> None:
    assert one(kb, german, "place").name == canonical
