"""Ministries, agencies, armed forces, courts, companies and small places added for the
fourth development set: each resolves from its German name to one entity named by its
English Wikipedia title."""

from __future__ import annotations

import pytest

from detente.kb import KnowledgeBase
from tests.kb.helpers import one


@pytest.mark.parametrize(
    ("alias", "canonical", "code"),
    [
        ("Bundesnetzagentur", "Federal Network Agency", "DEU"),
        (
            "Bundesministerium für Wirtschaft und Klimaschutz",
            "Federal Ministry for Economic Affairs and Climate Action",
            "DEU",
        ),
        ("Verteidigungsministerium in Moskau", "Ministry of Defence (Russia)", "RUS"),
        ("russischen Zentralbank", "Central Bank of Russia", "RUS"),
        ("russischen Armee", "Russian Armed Forces", "RUS"),
        ("ukrainischen Generalstaatsanwaltschaft", "Prosecutor General of Ukraine", "UKR"),
        ("CDU/CSU", "CDU/CSU", "DEU"),
        ("Welternährungsorganisation", "Food and Agriculture Organization", "UN"),
        ("Deutsche Welle", "Deutsche Welle", "DEU"),
        ("EDF", "Électricité de France", "FRA"),
        ("EuGH", "Court of Justice of the European Union", "EU"),
        ("Arbeiterpartei Kurdistans", "Kurdistan Workers' Party", None),
    ],
)
def test_bodies_resolve(kb: KnowledgeBase, alias: str, canonical: str, code: str | None) -> None:
    entity = one(kb, alias, "organisation")
    assert entity.name == canonical
    if code:
        assert entity.country == code


@pytest.mark.parametrize(
    ("alias", "canonical"),
    [
        ("Tschornomorsk", "Chornomorsk"),
        ("Piwdennyj", "Pivdennyi"),
        ("Korjukiwka", "Koriukivka"),
        ("Berliner Mauer", "Berlin Wall"),
        ("Schwarze Meer", "Black Sea"),
    ],
)
def test_places_resolve(kb: KnowledgeBase, alias: str, canonical: str) -> None:
    assert one(kb, alias, "place").name == canonical


def test_town_that_is_a_common_noun_is_marked_ambiguous(kb: KnowledgeBase) -> None:
    assert one(kb, "Zug", "place").extra.get("ambiguous") is True


def test_icc_prosecutor_and_ukrainian_minister_are_persons(kb: KnowledgeBase) -> None:
    assert one(kb, "Karim Khan", "person").name == "Karim Ahmad Khan"
    assert one(kb, "Olexander Kubrakow", "person").name == "Oleksandr Kubrakov"
