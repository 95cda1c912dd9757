"""Targets on the seed articles: quotes found with the right speaker, precise direct quotes."""

from __future__ import annotations

import json
from pathlib import Path

from detente.document import Quote


def matches(quote: Quote, gold: dict[str, str]) -> bool:
    return (
        gold["contains"] in quote.text
        and quote.speaker is not None
        and quote.speaker.name == gold["speaker"]
    )


def test_seed_quotes(seeds_dir: Path, gold_file: Path) -> None:
    from detente.pipeline import Pipeline, default_stages
    from detente.sources import read_sources

    # quotes do not read events: leave that stage out
    pipeline = Pipeline(stages=[(n, s) for n, s in default_stages() if n != "events"])
    found = total = correct = predicted = 0
    for entry in json.loads(gold_file.read_text(encoding="utf-8"))["documents"]:
        raw = next(iter(read_sources([str(seeds_dir / entry["file"])])))
        quotes = pipeline(raw).quotes
        total += len(entry["quotes"])
        found += sum(any(matches(q, g) for q in quotes) for g in entry["quotes"])
        direct = [q for q in quotes if q.direct]
        predicted += len(direct)
        correct += sum(any(matches(q, g) for g in entry["quotes"]) for q in direct)
    assert found / total >= 0.9
    assert correct / predicted >= 0.9
