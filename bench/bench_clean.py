"""Cleaning speed for text input: microseconds per article.

Usage:
    python bench/bench_clean.py ../shared/corpus/seeds --repeat 200
"""

from __future__ import annotations

import argparse
import time

from detente.clean import clean
from detente.sources import read_sources


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--repeat", type=int, default=100)
    args = parser.parse_args()
    raws = [raw for raw in read_sources(args.paths) if not raw.error]
    clean(raws[0])  # load the rules once
    start = time.perf_counter()
    for _ in range(args.repeat):
        for raw in raws:
            clean(raw)
    seconds = time.perf_counter() - start
    count = args.repeat * len(raws)
    chars = sum(len(raw.text or raw.html or "") for raw in raws) / len(raws)
    print(f"{count} cleanings of {len(raws)} documents ({chars:.0f} chars on average)")
    print(f"{seconds / count * 1e6:.0f} µs per document, {count / seconds:.0f} documents/s")


if __name__ == "__main__":
    main()
