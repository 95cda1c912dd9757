"""The pipeline runner: order, bad documents, worker processes, the date override."""

from __future__ import annotations

from detente.document import Document, RawDocument
from detente.pipeline import Pipeline

TEXTS = [
    "Die Außenminister Polens und Litauens trafen sich am Montag in Vilnius.",
    "Der kanadische Premierminister empfing am Dienstag den mexikanischen Präsidenten.",
    "Japan und Südkorea vereinbarten in Tokio engere Zusammenarbeit.",
]


def raws() -> list[RawDocument]:
    items = [RawDocument(source=f"t{i}", text=t) for i, t in enumerate(TEXTS)]
    items.insert(1, RawDocument(source="bad", error="empty file"))
    return items


def explode(doc: Document, resources: object) -> Document:
    if "Tokio" in doc.body:
        raise RuntimeError("stage failed\nwith a traceback-like second line")
    return doc


def test_failures_come_back_in_order_with_one_line_reasons():
    pipeline = Pipeline(stages=[("explode", explode)])
    results = list(pipeline.process(raws()))
    assert [r.meta.source if isinstance(r, Document) else r.source for r in results] == [
        "t0", "bad", "t1", "t2",
    ]  # fmt: skip
    assert results[1].error == "empty file"
    assert results[3].error == "RuntimeError: stage failed"


def test_worker_processes_give_the_same_results():
    pipeline = Pipeline()
    serial = list(pipeline.process(raws()))
    parallel = list(pipeline.process(raws(), jobs=2))
    assert [key(d) for d in serial] == [key(d) for d in parallel]


def key(item: Document | RawDocument) -> tuple[str, int]:
    if isinstance(item, RawDocument):
        return item.source, -1
    return item.id, len(item.events)


def test_date_override_wins_over_the_dct_stage():
    doc = Pipeline(dct_override="2016-03-07")(RawDocument(source="x", text=TEXTS[0]))
    assert doc.dct is not None
    assert (doc.dct.date.value, doc.dct.source) == ("2016-03-07", "override")
