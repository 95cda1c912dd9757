"""The whole pipeline on the seed articles against the gold main and other events (reads ../shared)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.document import Argument, Document
from detente.pipeline import Pipeline
from detente.sources import read_sources


@pytest.fixture(scope="module")
def processed(seeds_dir: Path, gold_file: Path) -> list[tuple[Document, dict]]:
    gold = {d["file"]: d for d in json.loads(gold_file.read_text("utf-8"))["documents"]}
    pipeline = Pipeline()
    docs = [pipeline(raw) for raw in read_sources(seeds_dir)]
    return [(doc, gold[doc.meta.file or ""]) for doc in docs]


def _matches(gold_side: list[str], predicted: tuple[Argument, ...]) -> bool:
    return all(any(g in (p.name, p.country) for p in predicted) for g in gold_side)


def test_main_event_type_participants_place_occasion(
    processed: list[tuple[Document, dict]],
) -> None:
    for doc, gold in processed:
        mains = [e for e in doc.events if e.main]
        assert len(mains) == 1, doc.meta.file
        main, want = mains[0], gold["main_event"]
        people = {a.name for a in (*main.actors, *main.recipients)}
        assert main.type == want["type"], doc.meta.file
        assert set(want["participants"]) <= people, doc.meta.file
        assert main.location is not None and main.location.name == want["location"], doc.meta.file
        assert main.occasion == want["occasion"], doc.meta.file
        assert set(want["topics_required"]) <= set(main.topics), doc.meta.file


def test_other_events_recall(processed: list[tuple[Document, dict]]) -> None:
    found = total = 0
    for doc, gold in processed:
        for want in gold["other_events"]:
            types = {want["type"], *want.get("accept_types", [])}
            total += 1
            found += any(
                e.type in types
                and _matches(want["actor"], e.actors)
                and _matches(want["recipient"], e.recipients)
                for e in doc.events
            )
    assert found / total >= 0.7
