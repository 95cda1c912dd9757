"""Throughput of the event stage alone (documents per second, one CPU).

    python bench/bench_events.py ../shared/corpus/seeds --repeat 50

Runs the stages before ``events`` once per document, then times ``extract_events``
alone over all documents ``--repeat`` times and prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import time

from detente.events import extract_events
from detente.pipeline import Pipeline, default_stages
from detente.sources import read_sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", help="files or folders of articles")
    parser.add_argument("--repeat", type=int, default=50, help="passes over the documents")
    args = parser.parse_args()
    before = [(n, s) for n, s in default_stages() if n not in ("events", "quotes")]
    pipeline = Pipeline(stages=before)
    docs = [pipeline(raw) for raw in read_sources(args.paths) if not raw.error]
    extract_events(docs[0], pipeline.resources)  # load lexicons once
    start = time.process_time()
    events = 0
    for _ in range(args.repeat):
        for doc in docs:
            events += len(extract_events(doc, pipeline.resources).events)
    seconds = time.process_time() - start
    runs = len(docs) * args.repeat
    print(json.dumps({
        "stage": "events", "documents": len(docs), "runs": runs,
        "docs_per_second": round(runs / seconds, 1), "events_per_doc": round(events / runs, 1),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
