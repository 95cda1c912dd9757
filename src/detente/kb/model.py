"""Entity records and the in-memory knowledge base (API contract for all stages)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cached_property
from typing import Any


@dataclass(frozen=True, slots=True)
class Role:
    role: str  # head_of_state | head_of_government | foreign_minister | defense_minister | secretary_general | ...
    country: str  # ISO alpha-3 or body code (EU, NATO, UN, ...)
    start: str | None  # ISO date
    end: str | None  # ISO date; None = still in office

    def active_on(self, day: str) -> bool:
        """Whether the role was held on ``day`` (ISO date; shorter prefixes compare by prefix)."""
        return (self.start is None or self.start[: len(day)] <= day) and (
            self.end is None or day <= self.end[: len(day)]
        )


@dataclass(frozen=True, slots=True)
class Entity:
    id: str  # Wikidata QID where known, else "kb:<slug>"; countries use their ISO alpha-3 code
    name: str  # canonical English name
    kind: str  # person | country | organisation | place | summit_series | summit | meeting | event
    country: str | None = None  # ISO alpha-3 or body code
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lang -> names/aliases
    roles: tuple[Role, ...] = ()
    qid: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    extra: dict[str, object] = field(default_factory=dict)  # adjectives, demonyms, metonyms, ...

    def all_names(self) -> list[str]:
        """The canonical name and every alias in every language, without duplicates."""
        return list(dict.fromkeys((self.name, *(n for ns in self.names.values() for n in ns))))


class KnowledgeBase:
    """Entities by id with lookup by name, by German word form and by office at a date."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities: dict[str, Entity] = {}
        for entity in entities:
            self.entities[entity.id] = entity
        self._by_name: dict[str, list[str]] = {}
        self._by_kind: dict[str, list[Entity]] = {}
        self._by_role: dict[tuple[str, str], list[Entity]] = {}
        self._forms: dict[str, dict[str, list[str]]] = {kind: {} for kind in FORM_KEYS}
        for entity in self.entities.values():
            for name in entity.all_names():
                append_unique(self._by_name, name.casefold(), entity.id)
            self._by_kind.setdefault(entity.kind, []).append(entity)
            for role in entity.roles:
                append_unique(self._by_role, (role.role, role.country), entity)
            for form_kind, key in FORM_KEYS.items():
                for form in entity.extra.get(key) or ():
                    append_unique(self._forms[form_kind], str(form).casefold(), entity.id)
        self._alpha2 = {
            str(c.extra["alpha2"]): c.id for c in self.countries() if c.extra.get("alpha2")
        }

    def __len__(self) -> int:
        return len(self.entities)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    def lookup(self, name: str) -> list[Entity]:
        """Entities with exactly this name or alias (case-insensitive)."""
        return [self.entities[i] for i in self._by_name.get(name.casefold(), ())]

    def holders(self, role: str, country: str, day: str) -> list[Entity]:
        """Persons holding ``role`` for ``country`` on ``day``."""
        return [
            e
            for e in self._by_role.get((role, country), ())
            if e.kind == "person"
            and any(r.role == role and r.country == country and r.active_on(day) for r in e.roles)
        ]

    # --- by kind -------------------------------------------------------------------------

    def of_kind(self, kind: str) -> list[Entity]:
        """All entities of one kind (person, country, organisation, summit_series, summit, place)."""
        return list(self._by_kind.get(kind, ()))

    def kinds(self) -> dict[str, int]:
        return {kind: len(entities) for kind, entities in sorted(self._by_kind.items())}

    def countries(self) -> list[Entity]:
        return self.of_kind("country")

    def organisations(self) -> list[Entity]:
        """Organisations and summit series (G7, G20, BRICS, ...)."""
        return self.of_kind("organisation") + self.of_kind("summit_series")

    def places(self) -> list[Entity]:
        return self.of_kind("place")

    def persons(self) -> list[Entity]:
        return self.of_kind("person")

    def summits(self) -> list[Entity]:
        return self.of_kind("summit")

    def meetings(self) -> list[Entity]:
        """Known bilateral meetings and visits (``meetings.jsonl``), oldest first."""
        return sorted(self.of_kind("meeting"), key=lambda m: str(m.extra.get("start")))

    def notable_events(self) -> list[Entity]:
        """Well-known dated diplomatic events that are not meetings (``events.jsonl``:
        expulsions, sanctions, attacks, treaty exits ...), oldest first; ``extra`` holds
        ``start``, ``end``, ``type``, ``countries``, ``participants`` and ``keywords_de``."""
        return self._notable_events

    @cached_property
    def _notable_events(self) -> list[Entity]:
        return sorted(self.of_kind("event"), key=lambda e: str(e.extra.get("start")))

    def notable_events_involving(self, sides: set[str]) -> list[Entity]:
        """Notable events with one of ``sides`` (country codes or person ids) among their
        parties, oldest first: the document-date stage scores only these."""
        found = {e.id: e for side in sides for e in self._notable_events_by_side.get(side, ())}
        return sorted(found.values(), key=lambda e: str(e.extra.get("start")))

    @cached_property
    def _notable_events_by_side(self) -> dict[str, list[Entity]]:
        index: dict[str, list[Entity]] = {}
        for event in self._notable_events:
            sides = set(event.extra.get("countries") or ())
            for name in event.extra.get("participants") or ():
                sides |= self.person_ids(str(name))
            for side in sides:
                index.setdefault(side, []).append(event)
        return index

    # --- German word forms ---------------------------------------------------------------

    def by_form(self, form_kind: str, word: str) -> list[Entity]:
        """Entities with ``word`` as adjective, demonym, metonym or prefix form (see FORM_KEYS)."""
        return [self.entities[i] for i in self._forms[form_kind].get(word.casefold(), ())]

    def by_adjective(self, word: str) -> Entity | None:
        """``russischen`` → Russia, ``US-amerikanische`` → United States."""
        return first(self.by_form("adjective", word))

    def by_demonym(self, word: str) -> Entity | None:
        """``Amerikaner`` → United States, ``Russin`` → Russia."""
        return first(self.by_form("demonym", word))

    def by_metonym(self, word: str) -> tuple[Entity, str] | None:
        """``Kreml`` → (Russia, "head_of_state"), ``Pentagon`` → (United States, "defence_ministry").

        The second item says which body the metonym stands for; "government" when unspecific.
        """
        entity = first(self.by_form("metonym", word))
        if entity is None:
            return None
        bodies = entity.extra.get("metonym_bodies") or {}
        return entity, next(
            (str(b) for w, b in dict(bodies).items() if w.casefold() == word.casefold()),
            "government",
        )

    def by_prefix(self, word: str) -> tuple[Entity, str] | None:
        """The entity a compound starts with: ``US-Außenminister`` → (United States, "US-")."""
        for cut in reversed([i + 1 for i, c in enumerate(word) if c == "-"]):
            entity = first(self.by_form("prefix", word[:cut]))
            if entity is not None:
                return entity, word[:cut]
        return None

    def surface_forms(self, lang: str = "de") -> list[tuple[str, str, str]]:
        """(form, entity id, form kind) for a dictionary matcher; form kind is "name" or a FORM_KEYS key."""
        out = [
            (name, entity.id, "name")
            for entity in self.entities.values()
            if entity.kind not in ("summit", "meeting", "event")
            for name in dict.fromkeys((entity.name, *entity.names.get(lang, ())))
        ]
        if lang == "de":
            out += [
                (str(form), entity.id, form_kind)
                for entity in self.entities.values()
                for form_kind, key in FORM_KEYS.items()
                for form in entity.extra.get(key) or ()
            ]
        return out

    # --- places and summits --------------------------------------------------------------

    def country(self, code: str) -> Entity | None:
        """A country or body by alpha-3, alpha-2 or body code (``RUS``, ``RU``, ``EU``, ``NATO``)."""
        found = self.entities.get(code) or self.entities.get(code.upper())
        return found or self.entities.get(self._alpha2.get(code.upper(), ""))

    def capital(self, country: str) -> Entity | None:
        """The capital city of a country (``RUS`` → Moscow), if known."""
        entity = self.country(country)
        capital_id = entity.extra.get("capital_id") if entity else None
        return self.entities.get(str(capital_id)) if capital_id else None

    def places_named(self, name: str, country: str | None = None) -> list[Entity]:
        """Places with this name or alias, the most populous first (``Kiew`` → Kyiv)."""
        places = [
            e
            for e in self.lookup(name)
            if e.kind == "place" and (country is None or e.country == country)
        ]
        return sorted(places, key=lambda e: -(e.population or 0))

    def summits_matching(
        self,
        series: str,
        place: str | None = None,
        year: int | str | None = None,
        level: str | None = None,
        day: str | None = None,
    ) -> list[Entity]:
        """Summits and ministerial meetings of a series, oldest first.

        ``series`` is a code or alias (``G20``, ``G-20``, ``Nato``); ``place`` any name of the
        venue (``Hamburg``, ``Sankt Petersburg``); ``level`` summit | foreign_ministers |
        defence_ministers | bilateral; ``day`` an ISO date the meeting must span.
        Example: ``kb.summits_matching("G20", place="Hamburg")`` → the 2017-07-07/08 summit.
        """
        codes = self.series_codes(series)
        venues = self.venue_names(place) if place else set()
        found = [
            s
            for s in self.summits()
            if str(s.extra.get("series", "")).casefold() in codes
            and (not venues or str(s.extra.get("place", "")).casefold() in venues)
            and (year is None or str(s.extra.get("start", "")).startswith(str(year)))
            and (level is None or s.extra.get("level") == level)
            and (day is None or str(s.extra["start"]) <= day <= str(s.extra["end"]))
        ]
        return sorted(found, key=lambda s: str(s.extra.get("start")))

    def meetings_matching(
        self,
        participants: set[str],
        place: str | None = None,
        earliest: str | None = None,
        latest: str | None = None,
        min_shared: int | None = None,
    ) -> list[Entity]:
        """Known meetings with ``participants`` (entity ids or names), oldest first.

        A meeting qualifies when at least ``min_shared`` of the given persons took part
        (default: all of them), it was held at ``place`` (any name of the venue, e.g.
        ``Moskau``) and its days overlap ``earliest``..``latest`` (ISO dates, either open).
        Example: ``kb.meetings_matching({"Rex Tillerson", "Sergej Lawrow"}, "Moskau")`` →
        the talks in Moscow on 2017-04-12.
        """
        wanted = {i for p in participants for i in self.person_ids(p)}
        if not wanted:
            return []
        need = len(participants) if min_shared is None else min_shared
        venues = self.venue_names(self.place_name(place)) if place else set()
        candidates = {m.id: m for p in wanted for m in self._meetings_by_person.get(p, ())}
        found = [
            m
            for m in candidates.values()
            if len(self.meeting_participants(m) & wanted) >= max(need, 1)
            and (not venues or str(m.extra.get("place", "")).casefold() in venues)
            and (earliest is None or str(m.extra.get("end") or m.extra["start"]) >= earliest)
            and (latest is None or str(m.extra["start"]) <= latest)
        ]
        return sorted(found, key=lambda m: (str(m.extra.get("start")), m.id))

    def meeting_participants(self, meeting: Entity) -> frozenset[str]:
        """Entity ids of the persons who took part in a known meeting."""
        return self._meeting_people.get(meeting.id, frozenset())

    def person_ids(self, person: str) -> set[str]:
        """``person`` as entity ids: an id stays itself, a name gives every person so named."""
        entity = self.entities.get(person)
        if entity is not None and entity.kind == "person":
            return {entity.id}
        return {e.id for e in self.lookup(person) if e.kind == "person"}

    def place_name(self, place: str) -> str:
        """A place entity id as its canonical name; any other string unchanged."""
        entity = self.entities.get(place)
        return entity.name if entity is not None and entity.kind == "place" else place

    @cached_property
    def _meeting_people(self) -> dict[str, frozenset[str]]:
        return {
            m.id: frozenset(
                i for name in m.extra.get("participants") or () for i in self.person_ids(str(name))
            )
            for m in self.of_kind("meeting")
        }

    @cached_property
    def _meetings_by_person(self) -> dict[str, list[Entity]]:
        index: dict[str, list[Entity]] = {}
        for meeting in self.of_kind("meeting"):
            for person in self.meeting_participants(meeting):
                index.setdefault(person, []).append(meeting)
        return index

    def series_codes(self, series: str) -> set[str]:
        codes = {series.casefold()}
        for entity in self.lookup(series):
            if entity.kind in ("summit_series", "organisation"):
                codes |= {entity.id.casefold(), entity.name.casefold()}
                codes.add(str(entity.extra.get("abbr", entity.id)).casefold())
        return codes

    def venue_names(self, place: str) -> set[str]:
        names = {place.casefold()}
        for entity in self.lookup(place):
            if entity.kind == "place":
                names.add(entity.name.casefold())
        return names

    # --- search --------------------------------------------------------------------------

    def search(
        self, query: str, kind: str | None = None, limit: int = 20
    ) -> list[tuple[Entity, float]]:
        """Entities whose names match ``query``: exact, accent-free, prefix, word, substring, fuzzy."""
        needle = fold(query)
        if not needle:
            return []
        scores: dict[str, float] = {}
        for name, ids in self._by_name.items():
            score = name_score(needle, fold(name))
            if score:
                for entity_id in ids:
                    scores[entity_id] = max(scores.get(entity_id, 0.0), score)
        ranked = sorted(
            (
                (self.entities[i], s)
                for i, s in scores.items()
                if kind is None or self.entities[i].kind == kind
            ),
            key=lambda pair: (-pair[1], -(pair[0].population or 0), pair[0].name),
        )
        return ranked[:limit]


FORM_KEYS = {
    "adjective": "adjectives_de",
    "demonym": "demonyms_de",
    "metonym": "metonyms_de",
    "prefix": "prefixes_de",
}


def append_unique(index: dict[Any, list[Any]], key: Any, value: Any) -> None:
    values = index.setdefault(key, [])
    if value not in values:
        values.append(value)


def first(entities: list[Entity]) -> Entity | None:
    return entities[0] if entities else None


def fold(text: str) -> str:
    """Case- and accent-insensitive form for search (``Élysée`` → ``elysee``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def name_score(needle: str, name: str) -> float:
    if name == needle:
        return 1.0
    if name.startswith(needle):
        return 0.9
    if re.search(r"(?:^|[\s\-(/])" + re.escape(needle), name):
        return 0.8  # starts a word of the name
    if len(needle) >= 5 and needle in name:
        return 0.6
    if abs(len(name) - len(needle)) <= 3 and len(needle) >= 4:
        ratio = SequenceMatcher(None, needle, name).ratio()
        if ratio >= 0.8:
            return round(0.7 * ratio, 3)
    return 0.0


def load_kb(overlay: str | None = None) -> KnowledgeBase:
    from detente.kb.load import read_entities

    return KnowledgeBase(read_entities(overlay))
