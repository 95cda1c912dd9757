"""SQLite storage: idempotent, transactional ingest and the queries the CLI needs."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import Any

import numpy as np

from detente.data import read_text
from detente.document import Argument, Document, Event, RawDocument
from detente.extraction import to_extraction
from detente.link.near_duplicates import NearDuplicateIndex, signature


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class IngestReport:
    new: int = 0
    duplicate: int = 0
    near_duplicate: int = 0  # syndicated copies stored as another source of an existing article
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (source, reason)

    def as_dict(self) -> dict[str, Any]:
        return {
            "new": self.new,
            "duplicate": self.duplicate,
            "near_duplicate": self.near_duplicate,
            "failed": self.failed,
            "failures": [{"source": s, "error": e} for s, e in self.failures],
        }


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _body_span(arg: Argument) -> tuple[int | None, int | None]:
    """The argument's span in the body, or (None, None) when it comes from the dateline."""
    return arg.span if arg.source == "body" else (None, None)


class Store:
    """One SQLite file; the schema is created on open."""

    def __init__(self, path: str = "detente.db") -> None:
        self.path = path
        self.db = sqlite3.connect(path)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.executescript(read_text("detente.store", "schema.sql"))
        self._index: NearDuplicateIndex | None = None

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- ingest -------------------------------------------------------------

    def ingest(
        self, results: Iterable[Document | RawDocument], chunk_size: int = 100
    ) -> IngestReport:
        """Store processed documents and failures; one transaction per chunk.

        Each document is stored under a savepoint: one that cannot be stored is
        rolled back alone and recorded as an error, and the chunk goes on.
        """
        report = IngestReport()
        for chunk in _chunks(results, chunk_size):
            with self.db:  # commits the chunk, or rolls it back whole
                for item in chunk:
                    if isinstance(item, Document):
                        item = self._store_or_fail(item, report)
                    if isinstance(item, RawDocument):
                        self._add_error(item)
                        report.failed += 1
                        report.failures.append((item.source, item.error or "unknown error"))
        return report

    def _store_or_fail(self, doc: Document, report: IngestReport) -> RawDocument | None:
        """Store one document; on failure undo it and return it as a failed RawDocument."""
        self.db.execute("SAVEPOINT document")
        try:
            outcome = self._add_document(doc)
        except (sqlite3.Error, ValueError, TypeError) as exc:
            self.db.execute("ROLLBACK TO document")
            self.db.execute("RELEASE document")
            self._index = None  # the in-memory index may hold the rolled-back signature
            return RawDocument(
                source=doc.meta.source, file=doc.meta.file, error=f"could not store: {exc}"
            )
        self.db.execute("RELEASE document")
        setattr(report, outcome, getattr(report, outcome) + 1)
        return None

    def _add_error(self, raw: RawDocument) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO errors(source, file, error, at) VALUES (?, ?, ?, ?)",
            (raw.source, raw.file, raw.error or "unknown error", _now()),
        )

    def _near_duplicates(self) -> NearDuplicateIndex:
        if self._index is None:
            self._index = NearDuplicateIndex()
            for row in self.db.execute("SELECT document_id, signature FROM document_minhash"):
                self._index.add(row[0], np.frombuffer(row[1], dtype=np.uint64))
        return self._index

    def _add_source(self, document_id: str, doc: Document) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO document_sources(document_id, source, url, outlet, seen_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (document_id, doc.meta.source, doc.meta.url, doc.meta.outlet, _now()),
        )

    def _add_document(self, doc: Document) -> str:
        """Insert the document with all its layers; say whether it was new or a (near) duplicate."""
        if self.db.execute("SELECT 1 FROM documents WHERE id = ?", (doc.id,)).fetchone():
            self._add_source(doc.id, doc)
            return "duplicate"
        minhash = signature(doc.body)
        original = self._near_duplicates().find(minhash)
        if original is not None:
            self._add_source(original, doc)
            return "near_duplicate"
        now = _now()
        extraction = to_extraction(doc)
        dct = doc.dct
        self.db.execute(
            "INSERT INTO documents(id, source, file, url, outlet, language, title, lead, dateline,"
            " signature, metadata_date, dct_value, dct_granularity, dct_earliest, dct_latest,"
            " dct_source, dct_plausible, dct_reason, body, original, offsets, extraction, errors,"
            " ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.id, doc.meta.source, doc.meta.file, doc.meta.url, doc.meta.outlet,
                doc.language, doc.meta.title, doc.meta.lead, doc.meta.dateline,
                doc.meta.signature, doc.meta.metadata_date,
                dct.date.value if dct else None, dct.date.granularity if dct else None,
                dct.date.earliest if dct else None, dct.date.latest if dct else None,
                dct.source if dct else None,
                None if dct is None or dct.plausible is None else int(dct.plausible),
                dct.reason if dct else None,
                doc.body, doc.original, json.dumps(doc.offsets.segments),
                json.dumps(extraction, ensure_ascii=False), json.dumps(list(doc.errors)), now,
            ),
        )  # fmt: skip
        self._add_source(doc.id, doc)
        self.db.execute(
            "INSERT INTO document_minhash(document_id, signature) VALUES (?, ?)",
            (doc.id, minhash.tobytes()),
        )
        self._near_duplicates().add(doc.id, minhash)
        self.db.execute("DELETE FROM errors WHERE source = ?", (doc.meta.source,))
        self._add_layers(doc)
        return "new"

    def _add_layers(self, doc: Document) -> None:
        self.db.executemany(
            'INSERT INTO mentions(document_id, start, "end", text, kind, entity_id, name, country,'
            " role, as_actor, via, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (doc.id, m.start, m.end, m.text, m.kind, m.entity_id, m.name, m.country,
                 m.role, int(m.as_actor), m.via, m.confidence)
                for m in doc.mentions
            ],
        )  # fmt: skip
        self.db.executemany(
            "INSERT OR IGNORE INTO entities(id, name, kind, country, qid) VALUES (?,?,?,?,?)",
            [
                (m.entity_id, m.name, m.kind, m.country,
                 m.entity_id if m.entity_id.startswith("Q") else None)
                for m in doc.mentions
                if m.entity_id and m.name
            ],
        )  # fmt: skip
        self.db.executemany(
            'INSERT INTO timexes(document_id, start, "end", text, type, value, earliest, latest)'
            " VALUES (?,?,?,?,?,?,?,?)",
            [
                (doc.id, t.start, t.end, t.text, t.type, t.value,
                 t.date.earliest if t.date else None, t.date.latest if t.date else None)
                for t in doc.timexes
            ],
        )  # fmt: skip
        for n, event in enumerate(doc.events):
            self._add_event(doc, f"{doc.id}:{n}", event)
        for n, q in enumerate(doc.quotes):
            s = q.speaker
            self.db.execute(
                'INSERT INTO quotes(id, document_id, start, "end", text, direct, speaker_name,'
                " speaker_country, speaker_id, speaker_start, speaker_end, cue, cue_start, cue_end)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    f"{doc.id}:q{n}", doc.id, q.start, q.end, q.text, int(q.direct),
                    s.name if s else None, s.country if s else None, s.entity_id if s else None,
                    s.span[0] if s else None, s.span[1] if s else None, q.cue,
                    q.cue_span[0] if q.cue_span else None, q.cue_span[1] if q.cue_span else None,
                ),
            )  # fmt: skip

    def _add_event(self, doc: Document, event_id: str, e: Event) -> None:
        sentence = doc.sentences[e.sentence] if e.sentence < len(doc.sentences) else None
        summary = doc.body[sentence.start : sentence.end] if sentence else None
        loc = e.location
        self.db.execute(
            "INSERT INTO events(id, document_id, type, mode, aux, main, occasion, location_name,"
            " location_country, date_value, date_granularity, date_earliest, date_latest, topics,"
            " contexts, score, tone, confidence, trigger_start, trigger_end, summary)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                event_id, doc.id, e.type, e.mode, e.aux, int(e.main), e.occasion,
                loc.name if loc else None, loc.country if loc else None,
                e.date.value if e.date else None, e.date.granularity if e.date else None,
                e.date.earliest if e.date else None, e.date.latest if e.date else None,
                json.dumps(list(e.topics)), json.dumps(list(e.contexts)), e.score, e.tone,
                e.confidence, e.trigger[0], e.trigger[1], summary,
            ),
        )  # fmt: skip
        arguments = [("actor", a) for a in e.actors] + [("recipient", a) for a in e.recipients]
        if loc:
            arguments.append(("location", loc))
        self.db.executemany(
            'INSERT INTO event_arguments(event_id, role, name, country, entity_id, kind, start, "end")'
            " VALUES (?,?,?,?,?,?,?,?)",
            [
                (event_id, role, a.name, a.country, a.entity_id, a.kind, *_body_span(a))
                for role, a in arguments
            ],
        )
        evidence = [("trigger", e.trigger)]
        evidence += [(role, a.span) for role, a in arguments if a.source == "body"]
        evidence += [("sentence", span) for span in e.evidence]
        if e.occasion_span:
            evidence.append(("occasion", e.occasion_span))
        if e.date_span:
            evidence.append(("date", e.date_span))
        evidence += [("topic", span) for span in e.topic_spans]
        evidence += [("tone", span) for span in e.tone_spans]
        self.db.executemany(
            'INSERT INTO evidence(event_id, field, start, "end") VALUES (?,?,?,?)',
            [(event_id, f, s[0], s[1]) for f, s in evidence],
        )

    # ---- queries ------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        tables = ["documents", "mentions", "events", "quotes", "timexes", "errors"]
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def find_document(self, ref: str) -> sqlite3.Row | None:
        """A document by id, id prefix, file name or source path."""
        return self.db.execute(
            "SELECT * FROM documents WHERE id = ? OR id LIKE ? OR file = ? OR source = ?"
            " ORDER BY ingested_at LIMIT 1",
            (ref, ref + "%", ref, ref),
        ).fetchone()

    def extraction(self, document_id: str) -> dict[str, Any]:
        row = self.db.execute(
            "SELECT extraction FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        return json.loads(row[0]) if row else {}

    def sources_of(self, document_id: str) -> list[str]:
        rows = self.db.execute(
            "SELECT source FROM document_sources WHERE document_id = ? ORDER BY seen_at, source",
            (document_id,),
        )
        return [r[0] for r in rows]

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over titles and bodies (FTS5 query syntax)."""
        rows = self.db.execute(
            "SELECT d.id, d.file, d.title, d.dct_value,"
            " snippet(documents_fts, 1, '[', ']', ' … ', 12) AS snippet"
            " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
            (query, limit),
        )
        return [dict(r) for r in rows]

    def errors(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute("SELECT * FROM errors ORDER BY at, source")]

    def documents(self) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT id, file, source, title, language, dct_value FROM documents ORDER BY dct_value"
        )
        return [dict(r) for r in rows]
