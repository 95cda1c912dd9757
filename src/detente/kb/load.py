"""Reading the KB data files and the user overlay into Entity records.

Every data file is JSON Lines with one record a line in the shape of ``Entity``
(``id``, ``name``, ``kind``, ``country``, ``names``, ``roles``, ``qid``, ``lat``,
``lon``, ``population``, ``extra``); any other top-level field (``gender``,
``series``, ``start``...) lands in ``extra``. A record whose id is already known
updates that entity: names and roles are added, scalars and extra keys replaced.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from detente.kb.model import Entity, Role

OVERLAY_ENV = "DETENTE_KB_OVERLAY"
# Order matters only for readability of `kb stats`; ids never collide across files.
DATA_FILES = (
    ("countries.jsonl", "country"),
    ("organisations.jsonl", "organisation"),
    ("summits.jsonl", "summit"),
    ("meetings.jsonl", "meeting"),
    ("events.jsonl", "event"),
    ("places.jsonl", "place"),
    ("places_extra.jsonl", "place"),
)
PERSONS_DIR = "persons"
ENTITY_FIELDS = frozenset(
    {"id", "name", "kind", "country", "names", "roles", "qid", "lat", "lon", "population", "extra"}
)
QID = re.compile(r"^Q\d+$")


def data_dir() -> Traversable:
    return files("detente.kb") / "data"


def default_overlay_path() -> Path:
    """Where `detente kb update` writes and the loader looks when nothing else is set."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "detente" / "overlay.jsonl"


def overlay_path(overlay: str | None = None) -> Path | None:
    """The overlay to merge: the argument, else $DETENTE_KB_OVERLAY, else the default if it exists."""
    if overlay:
        return Path(overlay)
    if os.environ.get(OVERLAY_ENV):
        return Path(os.environ[OVERLAY_ENV])
    default = default_overlay_path()
    return default if default.is_file() else None


def parse_jsonl(text: str, source: str) -> Iterator[dict[str, Any]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            yield json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{source}:{number}: not a JSON record ({exc.msg})") from exc


def to_entity(record: dict[str, Any], default_kind: str) -> Entity:
    extra = dict(record.get("extra") or {})
    extra.update({k: v for k, v in record.items() if k not in ENTITY_FIELDS})
    entity_id = record["id"]
    return Entity(
        id=entity_id,
        name=record["name"],
        kind=record.get("kind") or default_kind,
        country=record.get("country"),
        names={lang: tuple(names) for lang, names in (record.get("names") or {}).items()},
        roles=tuple(to_role(r) for r in record.get("roles") or ()),
        qid=record.get("qid") or (entity_id if QID.match(entity_id) else None),
        lat=record.get("lat"),
        lon=record.get("lon"),
        population=record.get("population"),
        extra=extra,
    )


def to_role(record: dict[str, Any]) -> Role:
    return Role(record["role"], record["country"], record.get("start"), record.get("end"))


def merge(old: Entity, new: Entity, record: dict[str, Any]) -> Entity:
    """``old`` updated by the fields ``record`` actually sets (``new`` is record as an Entity)."""
    names = {
        lang: tuple(dict.fromkeys(old.names.get(lang, ()) + more))
        for lang, more in new.names.items()
    }
    scalars = {
        key: getattr(new, key)
        for key in ("name", "kind", "country", "qid", "lat", "lon", "population")
        if key in record
    }
    return replace(
        old,
        **scalars,
        names={**old.names, **names},
        roles=tuple(dict.fromkeys(old.roles + new.roles)),
        extra={**old.extra, **new.extra},
    )


def add_records(
    entities: dict[str, Entity], records: Iterable[dict[str, Any]], default_kind: str
) -> None:
    for record in records:
        entity = to_entity(record, default_kind)
        old = entities.get(entity.id)
        entities[entity.id] = merge(old, entity, record) if old else entity


@cache
def package_entities() -> tuple[Entity, ...]:
    """Everything shipped in the package, read once per process."""
    root = data_dir()
    entities: dict[str, Entity] = {}
    for name, kind in DATA_FILES:
        path = root / name
        if path.is_file():
            add_records(entities, parse_jsonl(path.read_text(encoding="utf-8"), name), kind)
    persons = root / PERSONS_DIR
    if persons.is_dir():
        for path in sorted(persons.iterdir(), key=lambda p: p.name):
            if path.name.endswith(".jsonl"):
                text = path.read_text(encoding="utf-8")
                add_records(entities, parse_jsonl(text, f"persons/{path.name}"), "person")
    return tuple(entities.values())


def read_overlay(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        raise FileNotFoundError(f"KB overlay {path} does not exist")
    return list(parse_jsonl(path.read_text(encoding="utf-8"), str(path)))


def read_entities(overlay: str | None = None) -> list[Entity]:
    """Package data plus the overlay (argument, $DETENTE_KB_OVERLAY or the default file)."""
    entities = {e.id: e for e in package_entities()}
    path = overlay_path(overlay)
    if path is not None:
        add_records(entities, read_overlay(path), "person")
    return list(entities.values())
