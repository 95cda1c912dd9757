"""Entity records and the in-memory knowledge base (API contract for all stages)."""

from __future__ import annotations

from dataclasses import dataclass, field


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
    kind: str  # person | country | organisation | place | summit_series
    country: str | None = None  # ISO alpha-3 or body code
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lang -> names/aliases
    roles: tuple[Role, ...] = ()
    qid: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    extra: dict[str, object] = field(default_factory=dict)  # adjectives, demonyms, metonyms, ...


class KnowledgeBase:
    """Entities by id with lookup by name and by office at a date."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities: dict[str, Entity] = {}
        for entity in entities:
            self.entities[entity.id] = entity
        self._by_name: dict[str, list[str]] = {}
        for entity in self.entities.values():
            for name in {entity.name, *(n for names in entity.names.values() for n in names)}:
                ids = self._by_name.setdefault(name.casefold(), [])
                if entity.id not in ids:
                    ids.append(entity.id)

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
            for e in self.entities.values()
            if e.kind == "person"
            and any(r.role == role and r.country == country and r.active_on(day) for r in e.roles)
        ]


def load_kb(overlay: str | None = None) -> KnowledgeBase:
    from detente.kb.load import read_entities

    return KnowledgeBase(read_entities(overlay))
