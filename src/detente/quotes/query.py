"""Listing stored quotes (table ``quotes`` joined with their documents' dates)."""

from __future__ import annotations

import sqlite3
from typing import Any


def list_quotes(
    db: sqlite3.Connection,
    speaker: str | None = None,
    country: str | None = None,
    direct: bool | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int | None = None,
    topic: str | None = None,
) -> list[dict[str, Any]]:
    """Quotes in document-date order; ``speaker`` matches part of the name, any case.

    ``since``/``until`` compare ISO dates with the document date (DCT), so
    ``--until 2017`` keeps all of 2017.
    """
    where, params = [], []
    if speaker:
        where.append("lower(q.speaker_name) LIKE ?")
        params.append(f"%{speaker.lower()}%")
    if country:
        where.append("upper(q.speaker_country) = ?")
        params.append(country.upper())
    if direct is not None:
        where.append("q.direct = ?")
        params.append(int(direct))
    if since:
        where.append("d.dct_value >= ?")
        params.append(since)
    if until:
        where.append("substr(d.dct_value, 1, ?) <= ?")
        params.extend([len(until), until])
    if topic:
        where.append(
            "EXISTS (SELECT 1 FROM events e, json_each(e.topics) t"
            " WHERE e.document_id = q.document_id AND e.main = 1 AND t.value = ?)"
        )
        params.append(topic)
    sql = (
        'SELECT q.id, q.document_id, d.file, d.dct_value AS date, q.start, q."end", q.text,'
        " q.direct, q.speaker_name, q.speaker_country, q.speaker_id, q.speaker_start,"
        " q.speaker_end, q.cue, q.cue_start, q.cue_end"
        " FROM quotes q JOIN documents d ON d.id = q.document_id"
    )
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY d.dct_value, q.document_id, q.start"
    if limit:
        sql += " LIMIT ?"
        params.append(limit)
    cursor = db.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [_row(dict(zip(names, tuple(r), strict=True))) for r in cursor.fetchall()]


def _row(row: dict[str, Any]) -> dict[str, Any]:
    """The shape of the extraction JSON's quotes, plus where the quote is stored."""
    speaker = None
    if row["speaker_name"]:
        speaker = {
            "name": row["speaker_name"],
            "country": row["speaker_country"],
            "id": row["speaker_id"],
            "span": [row["speaker_start"], row["speaker_end"]],
        }
    return {
        "id": row["id"],
        "document": row["document_id"],
        "file": row["file"],
        "date": row["date"],
        "speaker": speaker,
        "text": row["text"],
        "direct": bool(row["direct"]),
        "span": [row["start"], row["end"]],
        "cue": row["cue"],
        "cue_span": [row["cue_start"], row["cue_end"]] if row["cue"] else None,
    }
