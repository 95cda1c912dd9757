"""Storage: idempotent, transactional ingest; a document that cannot be stored is recorded."""

from __future__ import annotations

import pytest

from detente.document import RawDocument
from detente.store import Store
from tests.factories import meeting

KERRY = ("Kerry", "John Kerry", "USA")
LAVROV = ("Lawrow", "Sergey Lavrov", "RUS")


def docs():
    return [
        meeting("Kerry traf Lawrow in Sotschi.", "2015-05-12", [KERRY, LAVROV], None, source="a"),
        meeting("Kerry rief Lawrow am Abend an.", "2015-05-20", [KERRY, LAVROV], None, source="b"),
    ]


def test_every_layer_is_stored_with_evidence(tmp_path):
    with Store(str(tmp_path / "s.db")) as store:
        report = store.ingest(docs())
        assert (report.new, report.failed) == (2, 0)
        counts = store.counts()
        assert counts["documents"] == 2 and counts["events"] == 2
        fields = {r[0] for r in store.db.execute("SELECT field FROM evidence")}
        assert {"trigger", "actor", "recipient", "sentence"} <= fields


def test_a_document_that_cannot_be_stored_is_rolled_back_alone(tmp_path, monkeypatch):
    store = Store(str(tmp_path / "s.db"))
    original = store._add_layers

    def failing(doc):
        if doc.meta.source == "a":
            original(doc)  # half written, then the failure
            raise ValueError("broken layer")
        original(doc)

    monkeypatch.setattr(store, "_add_layers", failing)
    report = store.ingest([*docs(), RawDocument(source="c", error="empty file")])
    assert (report.new, report.failed) == (1, 2)
    assert report.failures[0] == ("a", "could not store: broken layer")
    assert store.db.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    assert (
        store.db.execute(
            "SELECT count(*) FROM mentions WHERE document_id NOT IN (SELECT id FROM documents)"
        ).fetchone()[0]
        == 0
    )
    monkeypatch.undo()
    again = store.ingest(docs())
    assert (again.new, again.duplicate) == (1, 1)  # the failed one is stored now, nothing twice
    assert {e["source"] for e in store.errors()} == {"c"}
    store.close()


def test_a_crash_mid_chunk_loses_nothing_committed(tmp_path):
    path = str(tmp_path / "s.db")
    with Store(path) as store:
        store.ingest(docs()[:1])

    def exploding():
        yield docs()[1]
        raise KeyboardInterrupt

    with Store(path) as store, pytest.raises(KeyboardInterrupt):
        store.ingest(exploding(), chunk_size=10)
    with Store(path) as store:
        assert store.counts()["documents"] == 1  # the interrupted chunk was rolled back whole
