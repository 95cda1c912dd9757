"""Exports: PLOVER JSONL, CSV, Parquet and GDELT-style TSV.

Every format has one row per stored event (a report in one article) with its
arguments and the id of the canonical event it belongs to; ``canonical=True``
exports one row per real-world event instead, with its number of sources.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING, Any

from detente.events.ontology import cameo_root, quad_class

if TYPE_CHECKING:
    from detente.store import Store

FORMATS = ("plover", "csv", "parquet", "gdelt")
QUAD_NUMBER = {  # GDELT's QuadClass numbering
    "verbal_cooperation": 1,
    "material_cooperation": 2,
    "verbal_conflict": 3,
    "material_conflict": 4,
}
FLAT_COLUMNS = (
    "id", "canonical_id", "document_id", "file", "url", "outlet", "date", "date_earliest",
    "date_latest", "date_granularity", "type", "mode", "aux", "main", "quad_class", "cameo_root",
    "actors", "actor_countries", "actor_ids", "recipients", "recipient_countries", "recipient_ids",
    "location", "location_country", "occasion", "topics", "contexts", "score", "tone",
    "confidence", "n_sources", "evidence", "trigger_start", "trigger_end",
)  # fmt: skip


def _arguments(store: Store, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    by_event: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for start in range(0, len(event_ids), 500):
        part = event_ids[start : start + 500]
        marks = ",".join("?" * len(part))
        for row in store.db.execute(
            f"SELECT * FROM event_arguments WHERE event_id IN ({marks})", part
        ):
            by_event[row["event_id"]].append(dict(row))
    return by_event


def event_records(store: Store, canonical: bool = False) -> list[dict[str, Any]]:
    """Events with their arguments, as flat-ish dicts (lists kept as lists)."""
    rows = store.db.execute(
        "SELECT e.*, m.canonical_id, c.n_sources, d.file, d.url, d.outlet, d.language"
        " FROM events e JOIN documents d ON d.id = e.document_id"
        " LEFT JOIN canonical_members m ON m.event_id = e.id"
        " LEFT JOIN canonical_events c ON c.id = m.canonical_id"
        " ORDER BY e.date_value, e.id"
    ).fetchall()
    if canonical:
        seen: set[int] = set()
        rows = [
            r for r in sorted(rows, key=lambda r: not r["main"])
            if r["canonical_id"] is not None and not (r["canonical_id"] in seen or seen.add(r["canonical_id"]))
        ]  # fmt: skip
    arguments = _arguments(store, [r["id"] for r in rows])
    return [_record(store, dict(r), arguments[r["id"]]) for r in rows]


def _record(store: Store, row: dict[str, Any], args: list[dict[str, Any]]) -> dict[str, Any]:
    by_role: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in args:
        by_role[a["role"]].append(a)
    evidence = [
        (r["field"], r["start"], r["end"])
        for r in store.db.execute(
            'SELECT field, start, "end" FROM evidence WHERE event_id = ?', (row["id"],)
        )
    ]
    return {
        **row,
        "main": bool(row["main"]),
        "quad_class": quad_class(row["type"]),
        "cameo_root": cameo_root(row["type"]),
        "topics": json.loads(row["topics"] or "[]"),
        "contexts": json.loads(row["contexts"] or "[]"),
        "actor_args": by_role["actor"],
        "recipient_args": by_role["recipient"],
        "location_args": by_role["location"],
        "evidence": evidence,
        "n_sources": row["n_sources"] or 1,
    }


def _names(args: list[dict[str, Any]], key: str = "name") -> str:
    return "; ".join(str(a[key]) for a in args if a.get(key))


def flat_row(record: dict[str, Any]) -> dict[str, Any]:
    """One CSV/Parquet row: argument lists joined with '; '."""
    return {
        "id": record["id"],
        "canonical_id": record["canonical_id"],
        "document_id": record["document_id"],
        "file": record["file"],
        "url": record["url"],
        "outlet": record["outlet"],
        "date": record["date_value"],
        "date_earliest": record["date_earliest"],
        "date_latest": record["date_latest"],
        "date_granularity": record["date_granularity"],
        "type": record["type"],
        "mode": record["mode"],
        "aux": record["aux"],
        "main": record["main"],
        "quad_class": record["quad_class"],
        "cameo_root": record["cameo_root"],
        "actors": _names(record["actor_args"]),
        "actor_countries": _names(record["actor_args"], "country"),
        "actor_ids": _names(record["actor_args"], "entity_id"),
        "recipients": _names(record["recipient_args"]),
        "recipient_countries": _names(record["recipient_args"], "country"),
        "recipient_ids": _names(record["recipient_args"], "entity_id"),
        "location": record["location_name"],
        "location_country": record["location_country"],
        "occasion": record["occasion"],
        "topics": "; ".join(record["topics"]),
        "contexts": "; ".join(record["contexts"]),
        "score": record["score"],
        "tone": record["tone"],
        "confidence": record["confidence"],
        "n_sources": record["n_sources"],
        "evidence": json.dumps(record["evidence"]),
        "trigger_start": record["trigger_start"],
        "trigger_end": record["trigger_end"],
    }


def _plover_actor(arg: dict[str, Any]) -> dict[str, Any]:
    return {"actorText": arg["name"], "code": arg["country"], "wikidata": arg["entity_id"]}


def plover_record(record: dict[str, Any]) -> dict[str, Any]:
    """A record with the PLOVER manual's field names (plus detente's evidence fields)."""
    location = record["location_args"][0] if record["location_args"] else None
    return {
        "id": record["id"],
        "date": record["date_value"],
        "source": [_plover_actor(a) for a in record["actor_args"]],
        "target": [_plover_actor(a) for a in record["recipient_args"]],
        "event": record["type"],
        "mode": record["mode"] or "",
        "context": record["contexts"],
        "eventText": record["summary"] or "",
        "text": record["summary"] or "",
        "language": record["language"],
        "publication": record["outlet"] or record["file"],
        "url": record["url"],
        "location": {"placeName": location["name"], "countryCode": location["country"]}
        if location
        else None,
        "auxMode": record["aux"],
        "occasion": record["occasion"],
        "topics": record["topics"],
        "score": record["score"],
        "tone": record["tone"],
        "canonicalId": record["canonical_id"],
        "numSources": record["n_sources"],
        "evidence": record["evidence"],
        "coder": "detente",
        "dateCoded": datetime.now(UTC).date().isoformat(),
    }


def gdelt_row(record: dict[str, Any], places: dict[str, tuple[float, float]]) -> list[Any]:
    """A GDELT 1.0-style event row (subset of columns, same names and meanings)."""
    actor = record["actor_args"][0] if record["actor_args"] else {}
    recipient = record["recipient_args"][0] if record["recipient_args"] else {}
    location = record["location_args"][0] if record["location_args"] else {}
    lat, lon = places.get(location.get("entity_id") or "", (None, None))
    root = record["cameo_root"]
    return [
        record["id"],
        (record["date_value"] or "").replace("-", "")[:8],
        actor.get("country") or "",
        actor.get("name") or "",
        actor.get("country") or "",
        recipient.get("country") or "",
        recipient.get("name") or "",
        recipient.get("country") or "",
        int(record["main"]),
        root,
        root,
        root,
        QUAD_NUMBER[record["quad_class"]],
        record["score"],
        record["n_sources"],
        round(10 * (record["tone"] or 0.0), 2),  # GDELT AvgTone runs roughly -10..10
        location.get("name") or "",
        location.get("country") or "",
        lat if lat is not None else "",
        lon if lon is not None else "",
        record["url"] or record["file"] or "",
    ]


GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code",
    "Actor2Name", "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode",
    "EventRootCode", "QuadClass", "GoldsteinScale", "NumSources", "AvgTone",
    "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
)  # fmt: skip


def write_plover(records: list[dict[str, Any]], out: IO[str]) -> None:
    for record in records:
        out.write(json.dumps(plover_record(record), ensure_ascii=False) + "\n")


def write_csv(records: list[dict[str, Any]], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=FLAT_COLUMNS)
    writer.writeheader()
    writer.writerows(flat_row(r) for r in records)


def write_gdelt(
    records: list[dict[str, Any]], out: IO[str], places: dict[str, tuple[float, float]]
) -> None:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(GDELT_COLUMNS)
    writer.writerows(gdelt_row(r, places) for r in records)


def write_parquet(records: list[dict[str, Any]], path: str) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [flat_row(r) for r in records]
    table = (
        pa.Table.from_pylist(rows, schema=_parquet_schema())
        if rows
        else _parquet_schema().empty_table()
    )
    pq.write_table(table, path)


def _parquet_schema() -> Any:
    import pyarrow as pa

    types = {
        "main": pa.bool_(), "score": pa.float64(), "tone": pa.float64(),
        "confidence": pa.float64(), "n_sources": pa.int64(), "canonical_id": pa.int64(),
        "trigger_start": pa.int64(), "trigger_end": pa.int64(),
    }  # fmt: skip
    return pa.schema([(c, types.get(c, pa.string())) for c in FLAT_COLUMNS])
