"""A small hand-made knowledge base so the actor tests do not depend on the shipped data."""

from __future__ import annotations

import pytest

from detente.document import DateRange, Document, DocumentDate, document_id
from detente.kb.model import Entity, KnowledgeBase, Role


def person(id_, name, de, surnames, country, *roles, en=()):
    return Entity(
        id=id_,
        name=name,
        kind="person",
        country=country,
        names={"de": tuple(de), "en": tuple(en) or (name,)},
        roles=tuple(Role(*r) for r in roles),
        extra={"surnames": list(surnames)},
    )


def country(id_, name, de, adjectives, demonyms=(), metonyms=(), capital=None, prefixes=()):
    extra = {
        "adjectives_de": list(adjectives) + list(prefixes),
        "demonyms_de": list(demonyms),
        "metonyms_de": list(metonyms),
    }
    if capital:
        extra["capital"] = capital
    return Entity(
        id=id_, name=name, kind="country", country=id_, names={"de": tuple(de)}, extra=extra
    )


def place(id_, name, de, country_, population=0):
    return Entity(
        id=id_,
        name=name,
        kind="place",
        country=country_,
        names={"de": tuple(de)},
        population=population,
    )


def org(id_, name, de, kind="organisation"):
    return Entity(id=id_, name=name, kind=kind, country=id_, names={"de": tuple(de), "en": (name,)})


ENTITIES = [
    country(
        "USA",
        "United States",
        ["USA", "Vereinigte Staaten", "Amerika"],
        ["amerikanisch", "US-amerikanisch"],
        ["Amerikaner", "Amerikanerin"],
        ["Washington", "Weißes Haus", "Weißen Haus", "Weißen Hauses"],
        capital="geo:washington",
        prefixes=["US-"],
    ),
    country(
        "RUS",
        "Russia",
        ["Russland", "Russische Föderation"],
        ["russisch"],
        ["Russe", "Russin"],
        ["Moskau", "Kreml"],
        capital="geo:moscow",
    ),
    country("SYR", "Syria", ["Syrien"], ["syrisch"], ["Syrer"], ["Damaskus"]),
    country(
        "PRK",
        "North Korea",
        ["Nordkorea"],
        ["nordkoreanisch"],
        ["Nordkoreaner"],
        ["Pjöngjang"],
        capital="geo:pyongyang",
    ),
    country("KOR", "South Korea", ["Südkorea"], ["südkoreanisch"], ["Südkoreaner"], ["Seoul"]),
    country("PAK", "Pakistan", ["Pakistan"], ["pakistanisch"], ["Pakistaner"], ["Islamabad"]),
    country(
        "UKR", "Ukraine", ["Ukraine"], ["ukrainisch"], ["Ukrainer"], ["Kiew"], capital="geo:kyiv"
    ),
    country("DEU", "Germany", ["Deutschland"], ["deutsch"], ["Deutsche"], ["Berlin"]),
    country("GEO", "Georgia", ["Georgien"], ["georgisch"], ["Georgier"], ["Tiflis"]),
    place("geo:moscow", "Moscow", ["Moskau"], "RUS", 12_000_000),
    place("geo:washington", "Washington", ["Washington"], "USA", 700_000),
    place("geo:pyongyang", "Pyongyang", ["Pjöngjang"], "PRK", 3_000_000),
    place("geo:kyiv", "Kyiv", ["Kiew"], "UKR", 3_000_000),
    place("geo:sochi", "Sochi", ["Sotschi"], "RUS", 400_000),
    place("geo:bonn", "Bonn", ["Bonn"], "DEU", 300_000),
    place("geo:essen", "Essen", ["Essen"], "DEU", 580_000),
    place("geo:hassan", "Hassan", ["Hassan"], "IND", 150_000),
    org("NATO", "NATO", ["NATO", "Nato", "Nordatlantikpakt"]),
    org("EU", "European Union", ["Europäische Union", "EU"]),
    org("G20", "G20", ["G20", "G-20"], kind="summit_series"),
    person(
        "Q1",
        "John Kerry",
        ["John Kerry"],
        ["Kerry"],
        "USA",
        ("foreign_minister", "USA", "2013-02-01", "2017-01-20"),
    ),
    person(
        "Q2",
        "Rex Tillerson",
        ["Rex Tillerson"],
        ["Tillerson"],
        "USA",
        ("foreign_minister", "USA", "2017-02-01", "2018-03-31"),
    ),
    person(
        "Q3",
        "Mike Pompeo",
        ["Mike Pompeo"],
        ["Pompeo"],
        "USA",
        ("foreign_minister", "USA", "2018-04-26", "2021-01-20"),
    ),
    person(
        "Q4",
        "Sergey Lavrov",
        ["Sergej Lawrow"],
        ["Lawrow"],
        "RUS",
        ("foreign_minister", "RUS", "2004-03-09", None),
    ),
    person(
        "Q5",
        "Vladimir Putin",
        ["Wladimir Putin"],
        ["Putin"],
        "RUS",
        ("head_of_state", "RUS", "2012-05-07", None),
    ),
    person(
        "Q6",
        "Donald Trump",
        ["Donald Trump"],
        ["Trump"],
        "USA",
        ("head_of_state", "USA", "2017-01-20", "2021-01-20"),
    ),
    person(
        "Q7",
        "Melania Trump",
        ["Melania Trump"],
        ["Trump"],
        "USA",
        ("first_lady", "USA", "2017-01-20", "2021-01-20"),
    ),
    person(
        "Q8",
        "Kim Jong-un",
        ["Kim Jong-un"],
        ["Kim"],
        "PRK",
        ("head_of_state", "PRK", "2011-12-17", None),
    ),
    person(
        "Q9",
        "Kim Jong-il",
        ["Kim Jong-il"],
        ["Kim"],
        "PRK",
        ("head_of_state", "PRK", "1994-07-08", "2011-12-17"),
    ),
    person(
        "Q10",
        "George Washington",
        ["George Washington"],
        ["Washington"],
        "USA",
        ("head_of_state", "USA", "1789-04-30", "1797-03-04"),
    ),
    person(
        "Q11",
        "Jens Stoltenberg",
        ["Jens Stoltenberg"],
        ["Stoltenberg"],
        "NATO",
        ("secretary_general", "NATO", "2014-10-01", "2024-10-01"),
    ),
    person(
        "Q12",
        "Walid Muallem",
        ["Walid al-Muallim"],
        ["Muallim"],
        "SYR",
        ("foreign_minister", "SYR", "2006-02-11", "2020-11-16"),
    ),
    person(
        "Q13",
        "Bashar al-Assad",
        ["Baschar al-Assad"],
        ["al-Assad"],
        "SYR",
        ("head_of_state", "SYR", "2000-07-17", "2024-12-08"),
    ),
    person(
        "Q14",
        "Anatoly Antonov",
        ["Anatoli Antonow"],
        ["Antonow"],
        "RUS",
        ("ambassador", "RUS", "2017-08-21", "2024-10-01"),
    ),
    person(
        "Q15",
        "Luc Frieden",
        ["Luc Frieden"],
        ["Frieden"],
        "LUX",
        ("head_of_government", "LUX", "2023-11-17", None),
    ),
]


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return KnowledgeBase(ENTITIES)


class FakeResources:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb


@pytest.fixture(scope="session")
def resources(kb: KnowledgeBase) -> FakeResources:
    return FakeResources(kb)


def make_doc(text: str, day: str | None = None) -> Document:
    from detente.language import tokenise

    doc = tokenise(Document(id=document_id(text), original=text, body=text))
    if day:
        date = DateRange(day, "day", day, day)
        doc = doc.with_(dct=DocumentDate(date, "override", None, "test"))
    return doc
