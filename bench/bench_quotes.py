"""Throughput of the quote stage alone (articles/s), on SpkAtt texts or seed files.

Usage:
    python bench/bench_quotes.py ../shared/data/spkatt/train --limit 300
    python bench/bench_quotes.py ../shared/corpus/seeds --repeat 50

The stages before quotes run once untimed; then only ``extract_quotes`` is timed.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from detente.document import Document
from detente.evaluate.spkatt import as_document, read_spkatt, spkatt_pipeline
from detente.pipeline import Pipeline, default_stages
from detente.quotes import extract_quotes


def prepared(folder: Path, limit: int) -> list[Document]:
    spkatt = sorted(folder.glob("*.json"))[:limit]
    if spkatt:
        run = spkatt_pipeline()
        return [run(as_document(read_spkatt(p))) for p in spkatt]
    from detente.sources import read_sources

    stages = [(n, s) for n, s in default_stages() if n != "quotes"]
    pipeline = Pipeline(stages=stages)
    files = sorted(str(p) for p in folder.iterdir() if p.is_file())[:limit]
    return [pipeline(raw) for raw in read_sources(files)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    docs = prepared(args.folder, args.limit)
    t0 = time.perf_counter()
    quotes = 0
    for _ in range(args.repeat):
        for doc in docs:
            quotes += len(extract_quotes(doc, None).quotes)  # type: ignore[arg-type]
    seconds = time.perf_counter() - t0
    n = len(docs) * args.repeat
    print(f"{n} articles, {quotes} quotes in {seconds:.2f}s: {n / seconds:.0f} articles/s")


if __name__ == "__main__":
    main()
