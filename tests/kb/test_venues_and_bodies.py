"""Venues, small places and bodies added for the third development set: each resolves from
its German (inflected) name to one entity named by its English Wikipedia title."""

from __future__ import annotations

import pytest

from detente.kb import KnowledgeBase
from tests.kb.helpers import one


@pytest.mark.parametrize(
    ("alias", "canonical", "code"),
    [
        ("Hotel Capella", "Capella Singapore", "SGP"),
        ("Haus der Freiheit", "Freedom House (Panmunjom)", "KOR"),
        ("Großen Halle des Volkes", "Great Hall of the People", "CHN"),
        ("Konstantinpalast", "Konstantinovsky Palace", "RUS"),
        ("Schloss Meseberg", "Schloss Meseberg", "DEU"),
        ("Meseberg", "Schloss Meseberg", "DEU"),
        ("Nusa Dua", "Nusa Dua", "IDN"),
        ("Latschin", "Lachin", "AZE"),
        ("Kleinen Tiergarten", "Kleiner Tiergarten", "DEU"),
        ("Steiermark", "Styria", "AUT"),
        ("Kärnten", "Carinthia", "AUT"),
    ],
)
def test_places_resolve(kb: KnowledgeBase, alias: str, canonical: str, code: str) -> None:
    entity = one(kb, alias, "place")
    assert (entity.name, entity.country) == (canonical, code)


@pytest.mark.parametrize(
    ("alias", "canonical", "code"),
    [
        ("Bundesanwaltschaft", "Federal Prosecutor General (Germany)", "DEU"),
        ("Generalbundesanwalt", "Federal Prosecutor General (Germany)", "DEU"),
        ("russischen Außenministerium", "Ministry of Foreign Affairs (Russia)", "RUS"),
        ("Charité", "Charité", "DEU"),
        ("Biontech", "BioNTech", "DEU"),
    ],
)
def test_bodies_resolve(kb: KnowledgeBase, alias: str, canonical: str, code: str) -> None:
    entity = one(kb, alias, "organisation")
    assert (entity.name, entity.country) == (canonical, code)


def test_un_ambassador_has_his_wikipedia_title(kb: KnowledgeBase) -> None:
    assert one(kb, "Wassili Nebensja", "person").name == "Vasily Nebenzya"
    assert one(kb, "Vassily Nebenzia", "person").name == "Vasily Nebenzya"


def test_meetings_at_meseberg_name_the_venue(kb: KnowledgeBase) -> None:
    places = {str(m.extra["place"]) for m in kb.entities.values() if m.kind == "meeting"}
    assert "Schloss Meseberg" in places and "Meseberg" not in places


@pytest.mark.parametrize(
    ("alias", "canonical", "code"),
    [
        ("Tass", "TASS", "RUS"),
        ("Ria Nowosti", "RIA Novosti", "RUS"),
        ("Xinhua", "Xinhua News Agency", "CHN"),
        ("Yonhap", "Yonhap News Agency", "KOR"),
        ("Irna", "Islamic Republic News Agency", "IRN"),
    ],
)
def test_state_news_agencies_are_bodies(
    kb: KnowledgeBase, alias: str, canonical: str, code: str
) -> None:
    entity = one(kb, alias, "organisation")
    assert (entity.name, entity.country, entity.extra["type"]) == (canonical, code, "media")
