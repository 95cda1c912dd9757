"""Reading stored events back: filters by actor, country, type, topic, date; with evidence."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

# A date value that is an ISO date (not FUTURE_REF, PAST_REF ...), else NULL.
ISO_VALUE = "CASE WHEN e.date_value GLOB '[0-9][0-9][0-9][0-9]*' THEN e.date_value END"


def _date_bound(value: str, upper: bool) -> str:
    """A YYYY / YYYY-MM / YYYY-MM-DD bound as a comparable ISO day."""
    if len(value) == 4:
        return value + ("-12-31" if upper else "-01-01")
    if len(value) == 7:
        return value + ("-31" if upper else "-01")
    return value


def _filters(
    actor: str | None,
    country: str | None,
    event_type: str | None,
    topic: str | None,
    since: str | None,
    until: str | None,
    main: bool,
) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    args: list[Any] = []
    if actor:
        where.append(
            "e.id IN (SELECT event_id FROM event_arguments"
            " WHERE role IN ('actor', 'recipient') AND name LIKE ?)"
        )
        args.append(f"%{actor}%")
    if country:
        where.append(
            "e.id IN (SELECT event_id FROM event_arguments"
            " WHERE role IN ('actor', 'recipient') AND country = ?)"
        )
        args.append(country.upper())
    if event_type:
        where.append("e.type = ?")
        args.append(event_type.upper())
    if topic:
        where.append("EXISTS (SELECT 1 FROM json_each(e.topics) WHERE value = ?)")
        args.append(topic)
    if since:
        where.append(f"COALESCE(e.date_latest, {ISO_VALUE}, e.date_earliest, d.dct_value) >= ?")
        args.append(_date_bound(since, upper=False))
    if until:
        where.append(f"COALESCE(e.date_earliest, {ISO_VALUE}, d.dct_value) <= ?")
        args.append(_date_bound(until, upper=True))
    if main:
        where.append("e.main = 1")
    return where, args


def _arguments(db: sqlite3.Connection, event_id: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {"actor": [], "recipient": [], "location": []}
    rows = db.execute(
        'SELECT role, name, country, entity_id, kind, start, "end" FROM event_arguments'
        " WHERE event_id = ? ORDER BY rowid",
        (event_id,),
    )
    for r in rows:
        out.setdefault(r[0], []).append(
            {"name": r[1], "country": r[2], "id": r[3], "kind": r[4], "span": [r[5], r[6]]}
        )
    return out


def _evidence(db: sqlite3.Connection, event_id: str) -> list[dict[str, Any]]:
    rows = db.execute(
        'SELECT field, start, "end" FROM evidence WHERE event_id = ? ORDER BY start', (event_id,)
    )
    return [{"field": r[0], "span": [r[1], r[2]]} for r in rows]


def list_events(
    db: sqlite3.Connection,
    actor: str | None = None,
    country: str | None = None,
    event_type: str | None = None,
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
    main: bool = False,
    limit: int | None = 100,
) -> list[dict[str, Any]]:
    """Stored events, newest first, each with arguments, evidence spans and its sentence."""
    where, args = _filters(actor, country, event_type, topic, since, until, main)
    sql = (
        "SELECT e.*, d.file, d.title, d.dct_value FROM events e JOIN documents d"
        " ON d.id = e.document_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY COALESCE(e.date_value, d.dct_value) DESC, e.id"
        + (" LIMIT ?" if limit else "")
    )
    rows = db.execute(sql, [*args, limit] if limit else args).fetchall()
    out = []
    for row in rows:
        r = dict(row)
        arguments = _arguments(db, r["id"])
        out.append(
            {
                "id": r["id"],
                "document": r["document_id"],
                "file": r["file"],
                "type": r["type"],
                "mode": r["mode"],
                "aux": r["aux"],
                "main": bool(r["main"]),
                "date": {
                    "value": r["date_value"],
                    "granularity": r["date_granularity"],
                    "earliest": r["date_earliest"],
                    "latest": r["date_latest"],
                },
                "actors": arguments["actor"],
                "recipients": arguments["recipient"],
                "location": (arguments["location"] or [None])[0],
                "occasion": r["occasion"],
                "topics": json.loads(r["topics"] or "[]"),
                "contexts": json.loads(r["contexts"] or "[]"),
                "score": r["score"],
                "tone": r["tone"],
                "confidence": r["confidence"],
                "trigger": [r["trigger_start"], r["trigger_end"]],
                "sentence": r["summary"],
                "evidence": _evidence(db, r["id"]),
            }
        )
    return out
