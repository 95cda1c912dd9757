"""A user overlay extends shipped entities and adds new ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.kb import load_kb
from detente.kb.load import merge, to_entity
from detente.pipeline import Resources

PERSON = {
    "id": "kb:erika-beispiel",
    "kind": "person",
    "name": "Erika Beispiel",
    "names": {"de": ["Erika Beispiel"]},
    "country": "AUT",
    "gender": "f",
    "roles": [{"role": "foreign_minister", "country": "AUT", "start": "2030-01-01", "end": None}],
}
RUSSIA_ALIAS = {
    "id": "RUS",
    "kind": "country",
    "names": {"de": ["Russländische Föderation"]},
    "name": "Russia",
}


def write_jsonl(path: Path, records: list[dict[str, object]]) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


def test_overlay_adds_a_person_with_roles(tmp_path: Path) -> None:
    kb = load_kb(overlay=str(write_jsonl(tmp_path / "o.jsonl", [PERSON])))
    person = kb.get("kb:erika-beispiel")
    assert person is not None and person.extra["gender"] == "f"
    assert person in kb.holders("foreign_minister", "AUT", "2030-06-01")
    assert person not in kb.holders("foreign_minister", "AUT", "2029-12-31")


def test_overlay_extends_an_existing_entity(tmp_path: Path) -> None:
    kb = load_kb(overlay=str(write_jsonl(tmp_path / "o.jsonl", [RUSSIA_ALIAS])))
    russia = kb.get("RUS")
    assert russia is not None
    assert "Russland" in russia.names["de"] and "Russländische Föderation" in russia.names["de"]
    assert russia.extra["adjectives_de"]  # untouched fields survive
    assert [e.id for e in kb.lookup("Russländische Föderation")] == ["RUS"]


def test_overlay_does_not_leak_into_later_loads(tmp_path: Path) -> None:
    load_kb(overlay=str(write_jsonl(tmp_path / "o.jsonl", [RUSSIA_ALIAS])))
    assert load_kb().lookup("Russländische Föderation") == []


def test_overlay_from_environment_and_resources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_jsonl(tmp_path / "o.jsonl", [PERSON])
    monkeypatch.setenv("DETENTE_KB_OVERLAY", str(path))
    assert load_kb().get("kb:erika-beispiel") is not None
    monkeypatch.delenv("DETENTE_KB_OVERLAY")
    assert Resources(kb_overlay=str(path)).kb.get("kb:erika-beispiel") is not None


def test_missing_overlay_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load_kb(overlay=str(tmp_path / "absent.jsonl"))


def test_broken_overlay_line_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "o.jsonl"
    path.write_text(json.dumps(PERSON) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"o\.jsonl:2"):
        load_kb(overlay=str(path))


def test_merge_unites_roles_and_keeps_unset_fields() -> None:
    old = to_entity(PERSON, "person")
    update = {
        "id": PERSON["id"],
        "name": "Erika Beispiel",
        "roles": [
            {"role": "head_of_government", "country": "AUT", "start": "2035-01-01", "end": None}
        ],
    }
    merged = merge(old, to_entity(update, "person"), update)
    assert [r.role for r in merged.roles] == ["foreign_minister", "head_of_government"]
    assert merged.country == "AUT" and merged.kind == "person"
