"""Short and bare surnames, member groups of bodies, places in apposition, host and guest,
places named only in the title or dateline (own sentences, small test KB)."""

from __future__ import annotations

import pytest

from detente.actors import recognise_actors, resolve_roles
from detente.document import Document, Mention, Metadata
from detente.extraction import to_extraction
from detente.kb.model import KnowledgeBase

from .conftest import ENTITIES, FakeResources, country, make_doc, org, person, place

EXTRA = [
    country("CHN", "China", ["China"], ["chinesisch"], ["Chinese"], ["Peking"]),
    country("SGP", "Singapore", ["Singapur"], ["singapurisch"], ["Singapurer"]),
    country("VNM", "Vietnam", ["Vietnam"], ["vietnamesisch"], ["Vietnamese"], capital="geo:hanoi"),
    country("ISR", "Israel", ["Israel"], ["israelisch"], ["Israeli"]),
    country("GBR", "United Kingdom", ["Großbritannien"], ["britisch"], ["Brite"]),
    place("geo:hanoi", "Hanoi", ["Hanoi"], "VNM", 8_000_000),
    place("geo:odesa", "Odesa", ["Odessa"], "UKR", 1_000_000),
    org("G7", "G7", ["G7"], kind="summit_series"),
    person(
        "Q20",
        "Xi Jinping",
        ["Xi Jinping"],
        ["Xi"],
        "CHN",
        ("head_of_state", "CHN", "2013-03-14", None),
    ),
    person(
        "Q21",
        "Li Keqiang",
        ["Li Keqiang"],
        ["Li"],
        "CHN",
        ("head_of_government", "CHN", "2013-03-15", "2023-03-11"),
    ),
    person(
        "Q22",
        "Angela Merkel",
        ["Angela Merkel"],
        ["Merkel"],
        "DEU",
        ("head_of_government", "DEU", "2005-11-22", "2021-12-08"),
    ),
    person(
        "Q23",
        "Isaac Herzog",
        ["Isaac Herzog"],
        ["Herzog"],
        "ISR",
        ("head_of_state", "ISR", "2021-07-07", None),
    ),
    person(
        "Q24",
        "Boris Johnson",
        ["Boris Johnson"],
        ["Johnson"],
        "GBR",
        ("head_of_government", "GBR", "2019-07-24", "2022-09-06"),
    ),
]


@pytest.fixture(scope="module")
def resources() -> FakeResources:
    return FakeResources(KnowledgeBase([*ENTITIES, *EXTRA]))


def mentions(resources: FakeResources, text: str, day: str | None = None) -> list[Mention]:
    doc = recognise_actors(make_doc(text, day), resources)
    if day:
        doc = resolve_roles(doc, resources)
    return list(doc.mentions)


def persons(ms: list[Mention]) -> list[tuple[str, str | None]]:
    return [(m.text, m.name) for m in ms if m.kind == "person"]


def test_two_letter_surname_after_full_name(resources: FakeResources) -> None:
    text = "Staatschef Xi Jinping kam am Abend an. Xi sagte, man sei bereit. Das betonte Xi."
    found = persons(mentions(resources, text, "2019-04-01"))
    assert found[1:] == [("Xi", "Xi Jinping"), ("Xi", "Xi Jinping")]


def test_ambiguous_short_surname_only_after_full_name(resources: FakeResources) -> None:
    text = "Regierungschef Li Keqiang empfing die Gäste. Li sprach von Offenheit."
    assert ("Li", "Li Keqiang") in persons(mentions(resources, text, "2016-05-01"))
    alone = "Li sprach in Peking von Offenheit."
    assert persons(mentions(resources, alone, "2016-05-01")) == []


def test_bare_surnames_of_office_holders_link_on_the_date(resources: FakeResources) -> None:
    text = "Das Gipfeltreffen von Trump mit Kim in Singapur dauerte nur einen Tag."
    assert persons(mentions(resources, text, "2018-06-12")) == [
        ("Trump", "Donald Trump"),
        ("Kim", "Kim Jong-un"),
    ]
    # years before Trump took office: only the Kim then in power
    assert persons(mentions(resources, text, "2005-03-01")) == [("Kim", "Kim Jong-il")]


def test_bare_surname_of_former_leader_within_a_year(resources: FakeResources) -> None:
    text = "Merkel verteidigte in Kiew ihre frühere Politik."
    assert persons(mentions(resources, text, "2022-06-01")) == [("Merkel", "Angela Merkel")]
    assert persons(mentions(resources, text, "2024-06-01")) == []


def test_bare_surname_needs_political_context(resources: FakeResources) -> None:
    assert persons(mentions(resources, "Pompeo gewann das Tennisturnier.", "2019-05-01")) == []


def test_bare_surname_that_takes_an_article_is_no_person(resources: FakeResources) -> None:
    text = "Der Herzog besuchte am Sonntag Israel und Großbritannien."
    assert persons(mentions(resources, text, "2022-05-01")) == []


def test_common_or_compound_surnames_stay_unlinked(resources: FakeResources) -> None:
    text = "Der Impfstoff von Johnson & Johnson wird in Kiew geprüft."
    assert persons(mentions(resources, text, "2021-03-01")) == []


def test_plural_office_holders_of_a_body_are_a_group(resources: FakeResources) -> None:
    ms = mentions(resources, "Die Staats- und Regierungschefs der G7 berieten lange.")
    group = next(m for m in ms if m.kind == "group")
    assert (group.text, group.country) == ("Staats- und Regierungschefs der G7", "G7")
    ms = mentions(resources, "Am Montag trafen sich die EU-Außenminister in Bonn.")
    group = next(m for m in ms if m.kind == "group")
    assert (group.text, group.country, group.role) == ("EU-Außenminister", "EU", "foreign_minister")
    assert persons(ms) == []


def test_member_states_of_a_body_are_a_group(resources: FakeResources) -> None:
    ms = mentions(resources, "Die G7-Staaten verurteilten den Angriff.")
    group = next(m for m in ms if m.kind == "group")
    assert (group.text, group.country) == ("G7-Staaten", "G7")
    assert any(m.kind == "organisation" and m.name == "G7" for m in ms)


def test_name_after_place_noun_is_a_location(resources: FakeResources) -> None:
    ms = mentions(resources, "Der Präsident flog in Vietnams Hauptstadt Hanoi.")
    hanoi = next(m for m in ms if m.text == "Hanoi")
    vietnam = next(m for m in ms if m.text == "Vietnams")
    assert (hanoi.name, hanoi.as_actor, vietnam.as_actor) == ("Hanoi", False, False)
    odesa = next(m for m in mentions(resources, "Die Hafenstadt Odessa ist ruhig.") if m.name)
    assert (odesa.name, odesa.as_actor) == ("Odesa", False)


def test_host_and_guest_follow_the_place_of_the_visit(resources: FakeResources) -> None:
    text = (
        "Angela Merkel traf in Moskau Präsident Wladimir Putin. "
        "Ihr Gastgeber sprach von Vertrauen. Sein Gast lobte das offene Gespräch."
    )
    ms = mentions(resources, text, "2018-05-18")
    assert ("Gastgeber", "Vladimir Putin") in persons(ms)
    assert ("Gast", "Angela Merkel") in persons(ms)


def test_unnamed_host_is_the_guests_counterpart(resources: FakeResources) -> None:
    text = "John Kerry reiste nach Moskau. Dort empfing ihn sein Gastgeber am Flughafen."
    host = next(m for m in mentions(resources, text, "2015-05-12") if m.text == "Gastgeber")
    assert (host.name, host.role, host.country) == ("Sergey Lavrov", "foreign_minister", "RUS")


def test_places_of_title_and_dateline_are_listed_without_spans(resources: FakeResources) -> None:
    body = "Die Außenminister sprachen zwei Stunden lang."
    doc = make_doc(body).with_(meta=Metadata(title="Treffen in Sotschi", dateline="Bonn"))
    doc = recognise_actors(doc, resources)
    entities = {e["name"]: e for e in to_extraction(doc)["entities"]}
    assert (entities["Sochi"]["in_title"], entities["Sochi"]["mentions"]) == (True, [])
    assert (entities["Bonn"]["in_dateline"], entities["Bonn"]["in_title"]) == (True, False)


def test_header_place_also_in_the_body_is_one_entity(resources: FakeResources) -> None:
    body = "In Sotschi begann am Morgen das Treffen."
    doc = make_doc(body).with_(meta=Metadata(dateline="Sotschi"))
    entities = to_extraction(recognise_actors(doc, resources))["entities"]
    sochi = [e for e in entities if e["name"] == "Sochi"]
    assert len(sochi) == 1 and sochi[0]["in_dateline"] and sochi[0]["as_place"]


def test_document_without_header_has_no_header_places(resources: FakeResources) -> None:
    doc = recognise_actors(Document(id="x", original="Kiew.", body="Kiew."), resources)
    assert doc.header_places == ()


def test_surname_inside_another_name_is_not_linked(resources: FakeResources) -> None:
    text = "Die Fußballerin Kim Kulig landete am Morgen in Pjöngjang."
    assert persons(mentions(resources, text, "2018-06-01")) == []
    genitive = "Trumps Angriffsbefehl empörte viele in den USA."
    assert persons(mentions(resources, genitive, "2018-06-01")) == [("Trumps", "Donald Trump")]


def test_variant_spelling_of_the_first_name_still_links(resources: FakeResources) -> None:
    text = "In den USA sprach Donalt Trump lange."  # a typo of the first name
    assert ("Trump", "Donald Trump") in persons(mentions(resources, text, "2018-06-01"))


def test_capitalised_article_opens_a_sentence_not_a_genitive(resources: FakeResources) -> None:
    text = "Reaktionen Der Bundeskanzler sprach am Abend von Fortschritt."
    person = next(m for m in mentions(resources, text) if m.kind == "person")
    assert (person.role, person.country) == ("head_of_government", "DEU")


def test_list_of_countries_after_plural_role_is_no_group(resources: FakeResources) -> None:
    text = "Die Außenminister der USA, Russlands und der Ukraine berieten."
    assert [m for m in mentions(resources, text) if m.kind == "group"] == []
