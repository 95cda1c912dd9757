"""Actor rules for unseen articles: context-only aliases, curated places over GeoNames
namesakes, places that are also nouns, coordinated plural roles, genitive country nouns."""

from __future__ import annotations

import pytest

from detente.actors import recognise_actors, resolve_roles
from detente.document import Mention
from detente.kb.model import Entity, KnowledgeBase

from .conftest import ENTITIES, FakeResources, country, make_doc, org, place

CONGRESS = Entity(
    id="kb:congress",
    name="United States Congress",
    kind="organisation",
    country="USA",
    names={"de": ("US-Kongress",), "en": ("United States Congress",)},
    extra={"context_aliases_de": ["Kongress"]},
)
PARTY_CN = Entity(
    id="kb:cpc",
    name="Chinese Communist Party",
    kind="organisation",
    country="CHN",
    names={"de": ("KP Chinas",)},
    extra={"context_aliases_de": ["Kommunistische Partei"]},
)
PARTY_CU = Entity(
    id="kb:pcc",
    name="Communist Party of Cuba",
    kind="organisation",
    country="CUB",
    names={"de": ("KP Kubas",)},
    extra={"context_aliases_de": ["Kommunistische Partei"]},
)
BASE = Entity(
    id="kb:base",
    name="Guantanamo Bay Naval Base",
    kind="place",
    country="USA",
    names={"de": ("Guantánamo", "Marinestützpunkt Guantánamo")},
    extra={"type": "site"},
)
HALLE = Entity(
    id="geo:halle",
    name="Halle",
    kind="place",
    country="DEU",
    names={"de": ("Halle",)},
    population=240_000,
    extra={"ambiguous": True},
)
EXTRA = [
    CONGRESS,
    PARTY_CN,
    PARTY_CU,
    BASE,
    HALLE,
    country("CHN", "China", ["China"], ["chinesisch"], ["Chinese"], ["Peking"]),
    country("CUB", "Cuba", ["Kuba"], ["kubanisch"], ["Kubaner"], ["Havanna"]),
    country("JPN", "Japan", ["Japan"], ["japanisch"], ["Japaner"], ["Tokio"]),
    place("geo:guantanamo", "Guantánamo", ["Guantánamo"], "CUB", 270_000),
    org("UNSC", "United Nations Security Council", ["UN-Sicherheitsrat"]),
]


@pytest.fixture(scope="module")
def resources() -> FakeResources:
    return FakeResources(KnowledgeBase([*ENTITIES, *EXTRA]))


def mentions(resources: FakeResources, text: str, day: str | None = None) -> list[Mention]:
    doc = recognise_actors(make_doc(text, day), resources)
    if day:
        doc = resolve_roles(doc, resources)
    return list(doc.mentions)


def named(ms: list[Mention], kind: str) -> list[str | None]:
    return [m.name for m in ms if m.kind == kind]


def test_context_alias_needs_its_country_in_the_text(resources: FakeResources) -> None:
    us = mentions(resources, "In Washington muss nun der Kongress über den Haushalt abstimmen.")
    assert named(us, "organisation") == ["United States Congress"]
    other = mentions(resources, "Der Kongress der Ärzte tagte in Bonn über neue Leitlinien.")
    assert named(other, "organisation") == []


def test_namesake_bodies_resolve_by_country_in_text(resources: FakeResources) -> None:
    cuba = mentions(resources, "In Havanna tagte die Kommunistische Partei zwei Tage lang.")
    assert named(cuba, "organisation") == ["Communist Party of Cuba"]
    china = mentions(resources, "Peking: Die Kommunistische Partei ernannte neue Kader.")
    assert named(china, "organisation") == ["Chinese Communist Party"]


def test_curated_site_outranks_geonames_namesake(resources: FakeResources) -> None:
    ms = mentions(resources, "Das Lager in Guantánamo soll geschlossen werden.")
    assert named(ms, "place") == ["Guantanamo Bay Naval Base"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Nach dem Gespräch beim Essen reisten sie ab.", []),
        ("Die Gäste trafen sich zum Essen im Hotel.", []),
        ("Die Konferenz tagte in Essen bis zum Abend.", ["Essen"]),
        ("Er wuchs im westfälischen Essen auf.", ["Essen"]),
        ("In der Halle warteten die Journalisten.", []),
        ("Die Delegation reiste weiter nach Halle.", ["Halle"]),
    ],
)
def test_places_that_are_also_nouns_need_a_bare_preposition(
    resources: FakeResources, text: str, found: list[str]
) -> None:
    assert named(mentions(resources, text), "place") == found


def test_coordinated_plural_role_names_each_office_holder(resources: FakeResources) -> None:
    text = "Die Außenminister Russlands und der USA trafen sich in Genf."
    ms = [m for m in mentions(resources, text, "2017-05-10") if m.kind == "person"]
    assert sorted((m.name, m.country, m.role) for m in ms) == [
        ("Rex Tillerson", "USA", "foreign_minister"),
        ("Sergey Lavrov", "RUS", "foreign_minister"),
    ]


def test_plural_role_of_one_country_names_nobody(resources: FakeResources) -> None:
    ms = mentions(resources, "Die Außenminister Russlands trafen sich in Sotschi.", "2017-05-10")
    assert named(ms, "person") == []


def test_genitive_country_before_role_is_a_named_place(resources: FakeResources) -> None:
    ms = mentions(resources, "Japans Außenminister reiste nach Seoul.")
    japan = next(m for m in ms if m.text == "Japans")
    assert (japan.kind, japan.name) == ("country", "Japan")
    us = next(m for m in mentions(resources, "US-Außenminister reiste ab.") if m.text == "US")
    assert us.name is None  # a prefix only modifies the role: not a place of the article


def test_new_minister_roles_announce_unknown_names(resources: FakeResources) -> None:
    ms = mentions(resources, "Der Handelsminister Wilbur Ross sprach von Fortschritten.")
    ross = next(m for m in ms if m.kind == "person")
    assert (ross.name, ross.via) == ("Wilbur Ross", "ne")


def test_context_alias_needs_a_main_country_and_no_foreign_adjective(
    resources: FakeResources,
) -> None:
    minor = "In Bonn und Bonn tagte der Kongress. Ein Gast kam aus den USA, zwei aus Deutschland."
    assert named(mentions(resources, minor), "organisation") == []
    foreign = "Washington lobt den russischen Kongress, sagte ein Sprecher in Washington."
    assert named(mentions(resources, foreign), "organisation") == []
