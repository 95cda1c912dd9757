"""Throughput of the whole pipeline: articles/s, time per stage, peak memory.

Usage:
    python bench/bench_pipeline.py ../shared/data/spkatt/train --limit 300
    python bench/bench_pipeline.py ../shared/corpus/seeds --repeat 40

Inputs are anything `detente ingest` reads, plus SpkAtt JSON files (their
tokens are joined back into text). Absolute speed depends on the machine, so
the report also gives a ratio against a baseline measured in the same run:
SoMaJo tokenisation alone (the reference German tokeniser) on the same texts.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from detente.document import RawDocument
from detente.pipeline import Pipeline
from detente.sources import read_sources


def spkatt_text(path: Path) -> str:
    """Join SpkAtt tokens back into running text (good enough for timing)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    sentences = []
    for sentence in data["Sentences"]:
        text = " ".join(sentence["Tokens"])
        for mark in (" ,", " .", " :", " ;", " ?", " !", " )"):
            text = text.replace(mark, mark[1:])
        sentences.append(text.replace("( ", "("))
    return " ".join(sentences)


def load(paths: list[str], limit: int) -> list[RawDocument]:
    raws: list[RawDocument] = []
    for path in paths:
        json_files = sorted(Path(path).glob("*.json")) if Path(path).is_dir() else []
        if json_files:
            raws += [
                RawDocument(source=str(f), file=f.name, text=spkatt_text(f)) for f in json_files
            ]
        else:
            raws += [r for r in read_sources([path]) if not r.error]
    return raws[:limit]


def somajo_baseline(texts: list[str]) -> float | None:
    try:
        from somajo import SoMaJo
    except ImportError:
        return None
    tokenizer = SoMaJo("de_CMC", split_camel_case=True)
    start = time.perf_counter()
    for _ in tokenizer.tokenize_text(texts, parallel=1):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--limit", type=int, default=500, help="at most this many documents")
    parser.add_argument("--repeat", type=int, default=1, help="process the corpus this many times")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--pos", action="store_true", help="include the HanTa POS/lemma stage")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    args = parser.parse_args()

    raws = load(args.paths, args.limit) * args.repeat
    if not raws:
        sys.exit("no documents found in " + " ".join(args.paths))
    pipeline = Pipeline(morphology=args.pos)
    t0 = time.perf_counter()
    _ = pipeline.resources.kb  # load the KB outside the timed loop, reported separately
    kb_seconds = time.perf_counter() - t0
    list(pipeline.process(raws[:5]))  # warm up: language model, lexicons, caches
    pipeline.times.seconds.clear()

    start = time.perf_counter()
    failed = sum(1 for d in pipeline.process(raws, args.jobs) if isinstance(d, RawDocument))
    seconds = time.perf_counter() - start
    tokens = sum(len((r.text or r.html or "").split()) for r in raws)
    baseline = somajo_baseline([r.text or r.html or "" for r in raws])

    report = {
        "documents": len(raws),
        "failed": failed,
        "words": tokens,
        "seconds": round(seconds, 3),
        "articles_per_second": round(len(raws) / seconds, 1),
        "words_per_second": round(tokens / seconds),
        "kb_load_seconds": round(kb_seconds, 3),
        "jobs": args.jobs,
        "stage_ms_per_article": {  # measured in this process only (empty with --jobs > 1)
            name: round(1000 * t / len(raws), 3) for name, t in pipeline.times.seconds.items()
        },
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "somajo_seconds": round(baseline, 3) if baseline else None,
        "speed_vs_somajo_tokenisation": round(baseline / seconds, 2) if baseline else None,
    }
    if args.json:
        print(json.dumps(report))
        return
    for key, value in report.items():
        if isinstance(value, dict):
            print(f"{key}:")
            for name, ms in value.items():
                print(f"  {name:10s} {ms:8.3f}")
        else:
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
