"""The shipped KB is complete and its German word forms resolve."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from babel import Locale

from detente.kb import KnowledgeBase
from detente.kb.load import DATA_FILES, data_dir

# CLDR codes that are regions, groupings or pseudo-territories, not ISO 3166 entries.
NOT_TERRITORIES = {
    "AC",
    "CP",
    "CQ",
    "DG",
    "EA",
    "EU",
    "EZ",
    "IC",
    "QO",
    "TA",
    "UN",
    "XA",
    "XB",
    "ZZ",
}


def test_every_iso_country_is_present(kb: KnowledgeBase) -> None:
    codes = [c for c in Locale("en").territories if len(c) == 2 and c not in NOT_TERRITORIES]
    missing = [c for c in codes if kb.country(c) is None]
    assert missing == []
    assert len(kb.countries()) >= 249


def test_countries_have_alpha3_ids_and_german_names(kb: KnowledgeBase) -> None:
    for country in kb.countries():
        assert len(country.id) == 3 and country.id.isupper(), country.id
        assert country.names.get("de"), country.id


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russland", "RUS"),
        ("Russische Föderation", "RUS"),
        ("Nordkorea", "PRK"),
        ("USA", "USA"),
        ("Vereinigte Staaten", "USA"),
        ("Großbritannien", "GBR"),
        ("Weißrussland", "BLR"),
        ("Türkei", "TUR"),
        ("Syrien", "SYR"),
    ],
)
def test_german_country_names_resolve(kb: KnowledgeBase, name: str, code: str) -> None:
    assert code in [e.id for e in kb.lookup(name) if e.kind == "country"]


def test_canonical_english_names_match_the_gold_usage(kb: KnowledgeBase) -> None:
    names = {c.id: c.name for c in kb.countries()}
    assert names["RUS"] == "Russia"
    assert names["USA"] == "United States"
    assert names["PRK"] == "North Korea"
    assert names["SYR"] == "Syria"
    assert names["IRN"] == "Iran"


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("russischen", "RUS"),
        ("Russische", "RUS"),
        ("US-amerikanischen", "USA"),
        ("amerikanisches", "USA"),
        ("nordkoreanischer", "PRK"),
        ("ukrainischem", "UKR"),
        ("französische", "FRA"),
    ],
)
def test_adjectives_resolve_in_every_inflection(kb: KnowledgeBase, word: str, code: str) -> None:
    entity = kb.by_adjective(word)
    assert entity is not None and entity.id == code


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("Russin", "RUS"),
        ("Russen", "RUS"),
        ("Amerikaner", "USA"),
        ("Amerikanerinnen", "USA"),
        ("Deutschen", "DEU"),
    ],
)
def test_demonyms_resolve(kb: KnowledgeBase, word: str, code: str) -> None:
    entity = kb.by_demonym(word)
    assert entity is not None and entity.id == code


@pytest.mark.parametrize(
    ("word", "code", "body"),
    [
        ("Kreml", "RUS", "head_of_state"),
        ("Moskau", "RUS", "government"),
        ("Washington", "USA", "government"),
        ("Weißen Haus", "USA", "head_of_state"),
        ("Pentagon", "USA", "defence_ministry"),
        ("Peking", "CHN", "government"),
        ("Élysée", "FRA", "government"),
        ("Downing Street", "GBR", "head_of_government"),
        ("Kiew", "UKR", "government"),
        ("Brüssel", "EU", "government"),
    ],
)
def test_metonyms_resolve_to_their_government(
    kb: KnowledgeBase, word: str, code: str, body: str
) -> None:
    found = kb.by_metonym(word)
    assert found is not None
    assert (found[0].id, found[1]) == (code, body)


@pytest.mark.parametrize(
    ("word", "code"),
    [
        ("US-Außenminister", "USA"),
        ("EU-Außenbeauftragte", "EU"),
        ("Nato-Generalsekretär", "NATO"),
        ("G20-Gipfel", "G20"),
        ("G-20-Treffen", "G20"),
        ("Kreml-Chef", "RUS"),
        ("russisch-amerikanischen", "RUS"),
    ],
)
def test_compound_prefixes_resolve(kb: KnowledgeBase, word: str, code: str) -> None:
    found = kb.by_prefix(word)
    assert found is not None and found[0].id == code


def test_words_without_a_known_prefix_do_not_resolve(kb: KnowledgeBase) -> None:
    assert kb.by_prefix("Außenminister") is None
    assert kb.by_prefix("Gipfel-Treffen") is None


@pytest.mark.parametrize(
    ("name", "code", "canonical"),
    [
        ("G20", "G20", "G20"),
        ("G-20", "G20", "G20"),
        ("Nato", "NATO", "NATO"),
        ("Europäische Union", "EU", "European Union"),
        ("EU", "EU", "European Union"),
        ("Terrormiliz Islamischer Staat", None, "Islamic State"),
        ("IS", None, "Islamic State"),
        ("FSB", "RUS", "FSB"),
        ("IAEO", "UN", "International Atomic Energy Agency"),
        ("OSZE", "OSCE", "OSCE"),
    ],
)
def test_organisations_resolve(
    kb: KnowledgeBase, name: str, code: str | None, canonical: str
) -> None:
    found = [e for e in kb.lookup(name) if e.kind in ("organisation", "summit_series")]
    assert [(e.name, e.country) for e in found] == [(canonical, code)]


def test_organisation_body_codes_are_entities(kb: KnowledgeBase) -> None:
    for organisation in kb.organisations():
        if organisation.country is not None:
            assert kb.country(organisation.country) is not None, organisation.id


@pytest.mark.parametrize(
    ("name", "canonical", "code"),
    [
        ("Moskau", "Moscow", "RUS"),
        ("Sotschi", "Sochi", "RUS"),
        ("Kiew", "Kyiv", "UKR"),
        ("Pjöngjang", "Pyongyang", "PRK"),
        ("Peking", "Beijing", "CHN"),
        ("Antalya", "Antalya", "TUR"),
        ("Bonn", "Bonn", "DEU"),
        ("Hamburg", "Hamburg", "DEU"),
        ("Krim", "Crimea", "UKR"),
        ("Gazastreifen", "Gaza Strip", "PSE"),
    ],
)
def test_places_have_coordinates(kb: KnowledgeBase, name: str, canonical: str, code: str) -> None:
    place = kb.places_named(name)[0]
    assert (place.name, place.country) == (canonical, code)
    assert place.lat is not None and place.lon is not None


def test_washington_the_city_is_the_us_capital(kb: KnowledgeBase) -> None:
    city = kb.places_named("Washington")[0]
    assert city.extra.get("capital_of") == "USA"
    assert city.id.startswith("geonames:")
    assert kb.get("USA").extra["capital_id"] == city.id  # type: ignore[union-attr]


def test_summits_by_series_place_and_year(kb: KnowledgeBase) -> None:
    hamburg = kb.summits_matching("G20", place="Hamburg")
    assert [(s.extra["start"], s.extra["end"]) for s in hamburg] == [("2017-07-07", "2017-07-08")]
    bonn = kb.summits_matching("G-20", year=2017, level="foreign_ministers")
    assert [s.extra["place"] for s in bonn] == ["Bonn"]
    antalya = kb.summits_matching("Nato", place="Antalya", year="2015")
    assert [s.extra["start"] for s in antalya] == ["2015-05-13"]
    assert kb.summits_matching("G20", day="2017-07-08")[0].extra["place"] == "Hamburg"
    assert kb.summits_matching("G20", place="Sankt Petersburg")[0].extra["start"] == "2013-09-05"


def test_summit_series_are_entities(kb: KnowledgeBase) -> None:
    for summit in kb.summits():
        if summit.extra["level"] != "bilateral":
            assert kb.get(str(summit.extra["series"])) is not None, summit.id
    assert kb.summits_matching("Normandie-Format", year=2019)[0].extra["place"] == "Paris"


def test_capitals(kb: KnowledgeBase) -> None:
    assert kb.capital("RUS").name == "Moscow"  # type: ignore[union-attr]
    assert kb.capital("USA").name == "Washington"  # type: ignore[union-attr]
    assert kb.capital("ATA") is None


def test_every_summit_venue_is_a_known_place(kb: KnowledgeBase) -> None:
    for summit in kb.summits():
        venues = [
            p for p in kb.places_named(str(summit.extra["place"])) if p.country == summit.country
        ]
        assert venues, summit.id
        assert str(summit.extra["start"]) <= str(summit.extra["end"]), summit.id


def test_gold_names_are_canonical_kb_names(kb: KnowledgeBase, gold_file: Path) -> None:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    canonical = {e.name for e in kb.entities.values()}
    for document in gold["documents"]:
        for name in document["organizations"] + document["places"]:
            assert name in canonical, name
        for person in document["persons"]:
            assert kb.country(person["country"]) is not None, person["country"]


def test_ids_are_unique_across_data_files() -> None:
    ids: Counter[str] = Counter()
    for name, _ in DATA_FILES:
        for line in (data_dir() / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids[json.loads(line)["id"]] += 1
    assert [i for i, n in ids.items() if n > 1] == []


def test_surface_forms_cover_names_and_word_forms(kb: KnowledgeBase) -> None:
    forms = {(form, entity_id, kind) for form, entity_id, kind in kb.surface_forms("de")}
    assert ("Russland", "RUS", "name") in forms
    assert ("russischen", "RUS", "adjective") in forms
    assert ("Kreml", "RUS", "metonym") in forms
    assert not any(kind == "name" and kb.get(i).kind == "summit" for _, i, kind in forms)  # type: ignore[union-attr]


def test_curated_countries_are_all_built(kb: KnowledgeBase) -> None:
    curated = (data_dir() / "curated" / "countries.jsonl").read_text(encoding="utf-8")
    ids = [json.loads(line)["id"] for line in curated.splitlines() if line.strip()]
    assert len(ids) == len(set(ids))
    assert [i for i in ids if kb.get(i) is None or kb.get(i).kind != "country"] == []  # type: ignore[union-attr]


def test_every_role_country_is_known(kb: KnowledgeBase) -> None:
    unknown = {r.country for p in kb.persons() for r in p.roles if kb.country(r.country) is None}
    assert unknown == set()
