"""A small hand-written gold file (own names and sentences) for the scorer tests."""

from __future__ import annotations

from typing import Any


def date(value: str, tolerance: int, earliest: str, latest: str) -> dict[str, Any]:
    return {"value": value, "tolerance_days": tolerance, "earliest": earliest, "latest": latest}


def tiny_gold() -> dict[str, Any]:
    first = {
        "file": "a_first.txt",
        "language": "de",
        "title": "Zwei Minister in Wien",
        "metadata_date": "2020-03",
        "metadata_date_plausible": False,
        "metadata_date_reason": "the text names an office held only in 2019",
        "document_date": date("2019-10-08", 2, "2019-10-01", "2019-10-31"),
        "boilerplate": ["Artikel teilen", "Foto: Agentur"],
        "body_must_contain": ["Die Außenministerin Berg traf ihren Kollegen", "am Abend ab"],
        "dateline": "Wien",
        "persons": [
            {"name": "Anna Berg", "country": "DEU", "role": "foreign_minister"},
            {"name": "Pavel Orlov", "country": "RUS", "role": "foreign_minister"},
            {"name": "Karl Weiß", "country": "DEU", "role": "spokesperson"},
        ],
        "organizations": ["OSCE"],
        "places": ["Vienna", "Ukraine"],
        "main_event": {
            "type": "CONSULT",
            "participants": ["Anna Berg", "Pavel Orlov"],
            "optional_participants": ["Karl Weiß"],
            "countries": ["DEU", "RUS"],
            "location": "Vienna",
            "location_country": "AUT",
            "date": date("2019-10-08", 1, "2019-10-01", "2019-10-31"),
            "occasion": "OSCE",
            "topics_required": ["ukraine"],
            "topics_allowed": ["sanctions"],
            "tone": "conflictual",
        },
        "other_events": [
            {"type": "REQUEST", "actor": ["Anna Berg"], "recipient": ["RUS"], "aux": None},
            {
                "type": "AGREE",
                "accept_types": ["CONSULT"],
                "actor": ["DEU", "RUS"],
                "recipient": [],
                "aux": "future",
                "date": date("2019-11-04", 0, "2019-11-01", "2019-11-30"),
            },
        ],
        "quotes": [
            {"speaker": "Anna Berg", "contains": "Wir erwarten klare Schritte"},
            {"speaker": "Pavel Orlov", "contains": "ein offenes Gespräch unter Nachbarn"},
        ],
    }
    second = {
        "file": "b_second.txt",
        "language": "de",
        "title": None,
        "metadata_date": None,
        "metadata_date_plausible": None,
        "document_date": date("2020-06-02", 0, "2020-06-02", "2020-06-02"),
        "boilerplate": [],
        "body_must_contain": ["Orlov reiste nach Berlin"],
        "persons": [
            {"name": "Pavel Orlov", "country": "RUS", "role": "foreign_minister"},
            {"name": "Anna Berg", "country": "DEU", "role": "foreign_minister"},
        ],
        "organizations": [],
        "places": ["Berlin"],
        "main_event": {
            "type": "CONSULT",
            "participants": ["Pavel Orlov", "Anna Berg"],
            "optional_participants": [],
            "countries": ["RUS", "DEU"],
            "location": "Berlin",
            "location_country": "DEU",
            "date": date("2020-06-02", 0, "2020-06-01", "2020-06-05"),
            "occasion": None,
            "topics_required": [],
            "topics_allowed": ["bilateral_relations"],
            "tone": "cooperative",
        },
        "other_events": [],
        "quotes": [],
    }
    return {
        "schema": "detente-gold/1",
        "corpus": "corpus/tiny",
        "documents": [first, second],
        "same_event_pairs": [],
        "distinct_event_pairs": "all",
        "dyad_timeline": {
            "dyad": ["DEU", "RUS"],
            "meetings_in_order": ["a_first.txt", "b_second.txt"],
            "tone_order": [["b_second.txt", ">", "a_first.txt"]],
        },
    }
