"""Cross-document event coreference on our own same-event test set (tests/link/data).

Five real-world events, each reported by three differently written articles,
plus distractors about other meetings of the same people. The articles' main
events are linked through the whole pipeline; clustering quality is the
pairwise F1 over article pairs.
"""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from detente.link import link_events
from detente.pipeline import Pipeline
from detente.sources import read_sources
from detente.store import Store

DATA = Path(__file__).parent / "data" / "same_event.jsonl"


def pairwise_f1(gold: dict[str, str], predicted: dict[str, object]) -> tuple[float, float, float]:
    """Precision, recall and F1 of 'same cluster' decisions over all pairs of items."""
    tp = fp = fn = 0
    for a, b in combinations(sorted(gold), 2):
        same_gold = gold[a] == gold[b]
        same_pred = predicted.get(a) is not None and predicted.get(a) == predicted.get(b)
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def test_pairwise_f1_helper():
    gold = {"a": "x", "b": "x", "c": "y"}
    assert pairwise_f1(gold, {"a": 1, "b": 1, "c": 2}) == (1.0, 1.0, 1.0)
    assert pairwise_f1(gold, {"a": 1, "b": 2, "c": 3})[2] == 0.0


@pytest.fixture(scope="module")
def linked_store(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("same") / "same.db")
    with Store(path) as store:
        store.ingest(Pipeline().process(read_sources([str(DATA)])))
        link_events(store)
    return path


def main_event_clusters(path: str) -> dict[str, object]:
    with Store(path) as store:
        rows = store.db.execute(
            "SELECT d.url, m.canonical_id FROM documents d JOIN events e ON e.document_id = d.id"
            " LEFT JOIN canonical_members m ON m.event_id = e.id WHERE e.main = 1"
        ).fetchall()
    return {r["url"]: r["canonical_id"] for r in rows}


def test_same_event_clustering_pairwise_f1(linked_store):
    gold = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        article = json.loads(line)
        gold[article["url"]] = article["event"]
    predicted = main_event_clusters(linked_store)
    precision, recall, f1 = pairwise_f1(gold, predicted)
    print(f"same-event clustering: P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    assert f1 >= 0.9, (precision, recall, predicted)
