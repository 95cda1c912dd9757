"""Checks of the person records in src/detente/kb/data/persons/*.jsonl.

The files are read directly (json module), independent of the KB loader.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pytest

PERSONS_DIR = Path(__file__).resolve().parents[2] / "src" / "detente" / "kb" / "data" / "persons"

ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defense_minister",
    "deputy_head_of_government",
    "interior_minister",
    "finance_minister",
    "national_security_advisor",
    "spokesperson",
    "ambassador",
    "secretary_general",
    "president_of_commission",
    "president_of_european_council",
    "director_general",
    "first_lady",
    "opposition_leader",
    "supreme_leader",
    "party_leader",
    "chief_of_staff",
    "intelligence_chief",
    "un_envoy",
    "prosecutor",  # e.g. the ICC prosecutor
    "minister",  # any other cabinet minister
}
UNIQUE_OFFICES = {"head_of_state", "head_of_government", "foreign_minister", "defense_minister"}
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
CODE = re.compile(r"^([A-Z]{3}|EU|UN|[A-Z]{2,6}|ARAB-LEAGUE)$")


@cache
def persons() -> tuple[dict, ...]:
    records = []
    for path in sorted(PERSONS_DIR.glob("*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            records.extend(json.loads(line) for line in fh if line.strip())
    return tuple(records)


def starts_before(start: str | None, day: str) -> bool:
    """Strictly inside on the start side: a boundary day (or partial date covering it) does not count."""
    return start is None or start < day[: len(start)]


def ends_after(end: str | None, day: str) -> bool:
    return end is None or day[: len(end)] < end


@cache
def terms() -> dict[tuple[str, str], tuple[tuple[str, str, str | None], ...]]:
    """(role, country) -> (holder, start, end) for every term in the data."""
    index: dict[tuple[str, str], list[tuple[str, str, str | None]]] = defaultdict(list)
    for p in persons():
        for r in p["roles"]:
            index[(r["role"], r["country"])].append((p["name"], r["start"], r["end"]))
    return {key: tuple(value) for key, value in index.items()}


def holders(role: str, country: str, day: str) -> list[str]:
    return [
        name
        for name, start, end in terms().get((role, country), ())
        if starts_before(start, day) and ends_after(end, day)
    ]


def test_every_line_is_a_json_object() -> None:
    for path in PERSONS_DIR.glob("*.jsonl"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            assert isinstance(json.loads(line), dict), f"{path.name}:{number}"


def test_at_least_550_persons() -> None:
    assert len(persons()) >= 550


def test_ids_and_names_are_unique() -> None:
    ids = Counter(p["id"] for p in persons())
    names = Counter(p["name"] for p in persons())
    assert [i for i, n in ids.items() if n > 1] == []
    assert [i for i, n in names.items() if n > 1] == []


def test_ids_are_qids_or_kb_slugs() -> None:
    for p in persons():
        assert re.fullmatch(r"Q\d+|kb:[a-z0-9-]+", p["id"]), p["id"]
        if "qid" in p:
            assert p["id"] == p["qid"]


def test_required_fields() -> None:
    for p in persons():
        assert p["name"] and p["country"] and p["roles"], p["name"]
        assert CODE.match(p["country"]), p["name"]
        assert p["gender"] in {"m", "f"}, p["name"]
        assert set(p["names"]) <= {"de", "en"} and p["names"]["de"] and p["names"]["en"], p["name"]
        assert p["name"] in p["names"]["en"], p["name"]
        assert isinstance(p["surnames"], list), p["name"]


def test_roles_use_the_vocabulary_and_iso_dates() -> None:
    for p in persons():
        for r in p["roles"]:
            assert r["role"] in ROLES, (p["name"], r)
            assert CODE.match(r["country"]), (p["name"], r)
            assert r["start"] and DATE.match(r["start"]), (p["name"], r)
            assert r["end"] is None or DATE.match(r["end"]), (p["name"], r)
            if r["end"]:
                shorter = min(len(r["start"]), len(r["end"]))
                assert r["start"][:shorter] <= r["end"][:shorter], (p["name"], r)
            assert set(r) <= {"role", "country", "start", "end", "to"}, (p["name"], r)


SAMPLE_DAYS = [
    f"{year}-{month}-15" for year in range(1990, 2026) for month in ("02", "05", "08", "11")
]


def test_at_most_one_holder_of_each_unique_office() -> None:
    offices = {key for key in terms() if key[0] in UNIQUE_OFFICES}
    clashes = defaultdict(list)
    for role, country in sorted(offices):
        for day in SAMPLE_DAYS:
            names = holders(role, country, day)
            if len(names) > 1:
                clashes[(role, country)].append((day, names))
    assert dict(clashes) == {}


@pytest.mark.parametrize(
    ("role", "country", "day", "name"),
    [
        ("foreign_minister", "USA", "2015-05-12", "John Kerry"),
        ("foreign_minister", "USA", "2017-04-12", "Rex Tillerson"),
        ("foreign_minister", "USA", "2019-05-15", "Mike Pompeo"),
        ("foreign_minister", "USA", "2008-06-01", "Condoleezza Rice"),
        ("foreign_minister", "RUS", "2004-06-01", "Sergey Lavrov"),
        ("foreign_minister", "RUS", "2017-04-12", "Sergey Lavrov"),
        ("foreign_minister", "RUS", "2023-01-01", "Sergey Lavrov"),
        ("head_of_state", "RUS", "2010-01-01", "Dmitry Medvedev"),
        ("head_of_state", "RUS", "2017-04-12", "Vladimir Putin"),
        ("head_of_government", "RUS", "2010-01-01", "Vladimir Putin"),
        ("head_of_state", "USA", "2017-04-12", "Donald Trump"),
        ("head_of_government", "USA", "2017-04-12", "Donald Trump"),
        ("head_of_state", "USA", "2015-05-12", "Barack Obama"),
        ("head_of_state", "USA", "2022-01-01", "Joe Biden"),
        ("defense_minister", "USA", "2017-04-12", "James Mattis"),
        ("national_security_advisor", "USA", "2017-02-01", "Michael Flynn"),
        ("spokesperson", "USA", "2017-04-12", "Sean Spicer"),
        ("first_lady", "USA", "2017-04-12", "Melania Trump"),
        ("secretary_general", "NATO", "2015-05-01", "Jens Stoltenberg"),
        ("secretary_general", "UN", "2010-01-01", "Ban Ki-moon"),
        ("foreign_minister", "EU", "2017-04-12", "Federica Mogherini"),
        ("head_of_state", "SYR", "2017-04-12", "Bashar al-Assad"),
        ("head_of_state", "VEN", "2019-05-15", "Nicolás Maduro"),
        ("head_of_state", "PRK", "2017-04-12", "Kim Jong-un"),
        ("head_of_government", "DEU", "2015-05-12", "Angela Merkel"),
        ("foreign_minister", "DEU", "2015-05-12", "Frank-Walter Steinmeier"),
        ("head_of_state", "UKR", "2022-03-01", "Volodymyr Zelenskyy"),
        ("head_of_state", "CHN", "2019-05-15", "Xi Jinping"),
        ("supreme_leader", "IRN", "2019-05-15", "Ali Khamenei"),
    ],
)
def test_office_holder_on_date(role: str, country: str, day: str, name: str) -> None:
    assert holders(role, country, day) == [name]


def test_gold_persons_are_known_with_their_role(gold_file: Path) -> None:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    by_name = {p["name"]: p for p in persons()}
    for document in gold["documents"]:
        for person in document["persons"]:
            record = by_name.get(person["name"])
            assert record is not None, person["name"]
            assert any(
                r["role"] == person["role"] and r["country"] == person["country"]
                for r in record["roles"]
            ), person


def test_german_spellings_of_russian_names() -> None:
    by_name = {p["name"]: p for p in persons()}
    assert "Sergej Lawrow" in by_name["Sergey Lavrov"]["names"]["de"]
    assert "Lawrow" in by_name["Sergey Lavrov"]["surnames"]
    assert "Nicolas Maduro" in by_name["Nicolás Maduro"]["names"]["en"]
    assert "Kim Jong Un" in by_name["Kim Jong-un"]["names"]["de"]
