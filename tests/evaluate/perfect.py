"""Build the extraction dict (SPEC §8) a perfect extractor would produce for a gold document."""

from __future__ import annotations

from typing import Any

from detente.evaluate.matching import is_code

Json = dict[str, Any]
TONE_OF_CATEGORY = {"cooperative": 0.5, "mixed": 0.0, "conflictual": -0.5}


def day(value: str) -> Json:
    return {"value": value, "granularity": "day", "earliest": value, "latest": value}


def argument(entry: str, countries: dict[str, str | None]) -> Json:
    if is_code(entry):
        return {"name": entry, "country": entry, "id": entry, "kind": "country", "span": [0, 1]}
    kind = "person" if entry in countries else "organisation"
    return {
        "name": entry,
        "country": countries.get(entry),
        "id": None,
        "kind": kind,
        "span": [0, 1],
    }


def main_event(gold: Json, countries: dict[str, str | None]) -> Json:
    want = gold["main_event"]
    participants = [argument(p, countries) for p in want["participants"]]
    covered = {a["country"] for a in participants}
    sides = [argument(c, countries) for c in want.get("countries") or [] if c not in covered]
    return {
        "type": want["type"],
        "main": True,
        "actors": participants[:1],
        "recipients": participants[1:] + sides,
        "aux": None,
        "location": {"name": want["location"], "country": want.get("location_country")},
        "occasion": want.get("occasion"),
        "date": day(want["date"]["value"]),
        "topics": list(want.get("topics_required") or []),
        "tone": TONE_OF_CATEGORY[want["tone"]],
    }


def other_event(gold_event: Json, countries: dict[str, str | None]) -> Json:
    date = gold_event.get("date")
    return {
        "type": gold_event["type"],
        "main": False,
        "actors": [argument(a, countries) for a in gold_event.get("actor") or []],
        "recipients": [argument(r, countries) for r in gold_event.get("recipient") or []],
        "aux": gold_event.get("aux"),
        "date": day(date["value"]) if date else None,
        "topics": [],
        "tone": 0.0,
    }


def perfect_prediction(gold: Json) -> Json:
    countries = {p["name"]: p.get("country") for p in gold.get("persons") or []}
    entities = [
        *(
            {"name": p["name"], "kind": "person", "country": p.get("country")}
            for p in gold["persons"]
        ),
        *({"name": o, "kind": "organisation"} for o in gold.get("organizations") or []),
        *({"name": p, "kind": "place"} for p in gold.get("places") or []),
    ]
    events = [main_event(gold, countries)] if gold.get("main_event") else []
    events += [other_event(e, countries) for e in gold.get("other_events") or []]
    return {
        "file": gold["file"],
        "title": gold.get("title"),
        "dateline": gold.get("dateline"),
        "metadata_date": gold.get("metadata_date"),
        "document_date": {
            **day(gold["document_date"]["value"]),
            "plausible": gold.get("metadata_date_plausible"),
            "reason": "checked against the knowledge base",
        },
        "body": "\n\n".join(gold.get("body_must_contain") or []),
        "entities": entities,
        "events": events,
        "quotes": [
            {"speaker": {"name": q["speaker"]}, "text": q["contains"], "direct": True}
            for q in gold.get("quotes") or []
        ],
    }
