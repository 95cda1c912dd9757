"""Refreshing person records from Wikidata (online users only; tests use a recorded response).

Heads of state and government come from the offices a country names (P1906, P1313);
foreign and defence ministers from offices that are subclasses of "minister of foreign
affairs" (Q7330070) and "minister of defence" (Q2518691) for a country (P1001). Each
"position held" (P39) statement with its start (P580) and end (P582) becomes a Role.
"""

from __future__ import annotations

import json
import urllib.parse
import urllib.request
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ENDPOINT = "https://query.wikidata.org/sparql"
USER_AGENT = "detente/0.1 (diplomatic event extraction; kb update)"
SOURCE = "wikidata"
GENDERS = {"Q6581097": "m", "Q6581072": "f"}

QUERY = """\
SELECT ?person ?personLabel ?nameDe ?iso3 ?role ?start ?end ?gender WHERE {
  ?country wdt:P298 ?iso3 .
  {
    ?country wdt:P1906 ?office . BIND("head_of_state" AS ?role)
  } UNION {
    ?country wdt:P1313 ?office . BIND("head_of_government" AS ?role)
  } UNION {
    ?office wdt:P279|wdt:P31 wd:Q7330070 ; wdt:P1001 ?country . BIND("foreign_minister" AS ?role)
  } UNION {
    ?office wdt:P279|wdt:P31 wd:Q2518691 ; wdt:P1001 ?country . BIND("defense_minister" AS ?role)
  }
  ?person p:P39 ?held . ?held ps:P39 ?office .
  FILTER NOT EXISTS { ?held wikibase:rank wikibase:DeprecatedRank }
  OPTIONAL { ?held pq:P580 ?start }
  OPTIONAL { ?held pq:P582 ?end }
  # ended in or after `since`, or open-ended but begun within a lifetime of it (no 1850s
  # holders whose end date nobody recorded)
  FILTER((BOUND(?end) && YEAR(?end) >= %(since)d)
         || (!BOUND(?end) && BOUND(?start) && YEAR(?start) >= %(since)d - 30))
  OPTIONAL { ?person rdfs:label ?nameDe FILTER(LANG(?nameDe) = "de") }
  OPTIONAL { ?person wdt:P21 ?gender }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en,mul". }
}"""


def build_query(since: int = 1990) -> str:
    """The SPARQL query for office holders whose term ended in or after ``since`` (or runs on)."""
    return QUERY % {"since": since}


def fetch(query: str, timeout: float = 180.0) -> dict[str, Any]:
    """POST the query to the public endpoint and return the SPARQL JSON results."""
    request = urllib.request.Request(
        ENDPOINT,
        data=urllib.parse.urlencode({"query": query}).encode(),
        headers={"Accept": "application/sparql-results+json", "User-Agent": USER_AGENT},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.load(response)


def qid(uri: str) -> str:
    return uri.rsplit("/", 1)[-1]


def day(value: str | None) -> str | None:
    """``2004-03-09T00:00:00Z`` → ``2004-03-09``; None stays None."""
    return value[:10] if value else None


def value(row: dict[str, Any], key: str) -> str | None:
    cell = row.get(key)
    return cell["value"] if cell else None


def to_persons(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Group SPARQL result rows by person into overlay person records (kind "person")."""
    persons: dict[str, dict[str, Any]] = {}
    for row in results["results"]["bindings"]:
        person_id = qid(value(row, "person") or "")
        label = value(row, "personLabel") or ""
        german = value(row, "nameDe")
        name = label if label and label != person_id else german
        if not person_id or not name:
            continue
        record = persons.setdefault(person_id, new_person(person_id, name))
        if german and german not in record["names"]["de"]:
            record["names"]["de"].append(german)
        gender = GENDERS.get(qid(value(row, "gender") or ""))
        if gender:
            record["gender"] = gender
        role = {
            "role": value(row, "role"),
            "country": value(row, "iso3"),
            "start": day(value(row, "start")),
            "end": day(value(row, "end")),
        }
        if role not in record["roles"]:
            record["roles"].append(role)
    for record in persons.values():
        record["roles"].sort(key=lambda r: r["start"] or "")
        record["country"] = record["roles"][-1]["country"]
    return sorted(persons.values(), key=lambda r: r["name"])


def new_person(person_id: str, name: str) -> dict[str, Any]:
    return {
        "id": person_id,
        "kind": "person",
        "name": name,
        "names": {"de": [], "en": [name]},
        "country": None,
        "roles": [],
        "source": SOURCE,
    }


def write_overlay(path: Path, persons: Iterable[dict[str, Any]]) -> int:
    """Replace the earlier Wikidata records in the overlay, keep the user's own; return the count."""
    kept: list[str] = []
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line).get("source") != SOURCE:
                kept.append(line)
    new = [json.dumps(p, ensure_ascii=False) for p in persons]
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text("".join(line + "\n" for line in kept + new), encoding="utf-8")
    tmp.replace(path)
    return len(new)
