"""Converting a SPARQL JSON response into person records, offline."""

from __future__ import annotations

import json
from pathlib import Path

from detente.kb.wikidata import build_query, to_persons, write_overlay


def persons_by_id(response: Path) -> dict[str, dict]:
    return {p["id"]: p for p in to_persons(json.loads(response.read_text(encoding="utf-8")))}


def test_query_asks_for_offices_with_dates() -> None:
    query = build_query(since=2005)
    for part in ("P39", "P580", "P582", "P1906", "P1313", "Q7330070", "2005"):
        assert part in query


def test_rows_group_into_persons_with_sorted_unique_roles(wikidata_response: Path) -> None:
    putin = persons_by_id(wikidata_response)["Q7747"]
    assert putin["name"] == "Vladimir Putin"
    assert putin["names"]["de"] == ["Wladimir Putin"]
    assert putin["gender"] == "m" and putin["country"] == "RUS"
    assert [(r["role"], r["start"], r["end"]) for r in putin["roles"]] == [
        ("head_of_state", "2000-05-07", "2008-05-07"),
        ("head_of_government", "2008-05-08", "2012-05-07"),
        ("head_of_state", "2012-05-07", None),
    ]


def test_missing_english_label_falls_back_to_german(wikidata_response: Path) -> None:
    persons = persons_by_id(wikidata_response)
    assert persons["Q990001"]["name"] == "Erika Musterfrau"
    assert "Q990003" not in persons  # neither an English nor a German name
    assert persons["Q990002"]["roles"][0] == {
        "role": "defense_minister",
        "country": "FRA",
        "start": None,
        "end": None,
    }


def test_write_overlay_replaces_only_earlier_wikidata_records(tmp_path: Path) -> None:
    path = tmp_path / "overlay.jsonl"
    own = {"id": "kb:mine", "kind": "person", "name": "Mine", "roles": []}
    path.write_text(json.dumps(own) + "\n", encoding="utf-8")
    first = [{"id": "Q1", "name": "One", "source": "wikidata"}]
    second = [{"id": "Q2", "name": "Two", "source": "wikidata"}]
    write_overlay(path, first)
    assert write_overlay(path, second) == 1
    ids = [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]
    assert ids == ["kb:mine", "Q2"]
