"""Timelines of canonical events, filtered by actor, dyad, topic and period."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from detente.store import Store


@dataclass(frozen=True)
class TimelineFilter:
    actor: str | None = None  # person name (substring, case-insensitive) or country code
    dyad: tuple[str, str] | None = None  # two country codes that both take part
    topic: str | None = None
    event_type: str | None = None
    since: str | None = None
    until: str | None = None
    main_only: bool = False  # only events that are some article's main event


def _actor_matches(actors: list[dict[str, Any]], countries: list[str], actor: str) -> bool:
    needle = actor.casefold()
    return actor.upper() in countries or any(
        needle in (a.get("name") or "").casefold() or needle == (a.get("id") or "").casefold()
        for a in actors
    )


def canonical_events(store: Store, where: TimelineFilter) -> list[dict[str, Any]]:
    """Canonical events in time order, each with its sources, as plain dicts."""
    clauses, params = ["1"], []
    if where.since:
        clauses.append("(date_latest IS NULL OR date_latest >= ?)")
        params.append(where.since)
    if where.until:
        clauses.append("(date_earliest IS NULL OR date_earliest <= ?)")
        params.append(where.until)
    if where.event_type:
        clauses.append("type = ?")
        params.append(where.event_type.upper())
    if where.main_only:
        clauses.append(
            "EXISTS (SELECT 1 FROM canonical_members m JOIN events e ON e.id = m.event_id"
            " WHERE m.canonical_id = canonical_events.id AND e.main = 1)"
        )
    rows = store.db.execute(
        f"SELECT * FROM canonical_events WHERE {' AND '.join(clauses)}"
        " ORDER BY date_value IS NULL, date_value, id",
        params,
    ).fetchall()
    events = []
    for row in rows:
        event = dict(row)
        event["actors"] = json.loads(row["actors"] or "[]")
        event["countries"] = json.loads(row["countries"] or "[]")
        event["topics"] = json.loads(row["topics"] or "[]")
        if where.actor and not _actor_matches(event["actors"], event["countries"], where.actor):
            continue
        if where.dyad and not all(c.upper() in event["countries"] for c in where.dyad):
            continue
        if where.topic and where.topic not in event["topics"]:
            continue
        event["sources"] = _sources(store, row["id"])
        events.append(event)
    return events


def _sources(store: Store, canonical_id: int) -> list[dict[str, Any]]:
    rows = store.db.execute(
        "SELECT e.id AS event_id, d.id AS document_id, d.file, d.source, d.outlet, d.url, d.title"
        " FROM canonical_members m JOIN events e ON e.id = m.event_id"
        " JOIN documents d ON d.id = e.document_id WHERE m.canonical_id = ? ORDER BY d.dct_value",
        (canonical_id,),
    )
    return [dict(r) for r in rows]
