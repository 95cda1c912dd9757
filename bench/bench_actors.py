"""Throughput of the actor stages alone (recognise_actors + resolve_roles).

    python bench/bench_actors.py [--rounds 40] [FILES...]
Reads the seed articles from ../shared (or the given text files), tokenises
them once, then times the two actor stages; the KB index is built beforehand.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from detente.actors import recognise_actors, resolve_roles
from detente.actors.index import actor_index
from detente.document import DateRange, Document, DocumentDate
from detente.language import tokenise
from detente.pipeline import Resources

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "seeds"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    files = args.files or sorted(SEEDS.glob("*.txt"))
    dct = DocumentDate(
        DateRange("2017-04-12", "day", "2017-04-12", "2017-04-12"), "bench", None, ""
    )
    docs = [
        tokenise(Document(id=f.name, original=f.read_text(), body=f.read_text())).with_(dct=dct)
        for f in files
    ]
    resources = Resources()
    t0 = time.perf_counter()
    actor_index(resources.kb)
    print(f"KB load + index build: {time.perf_counter() - t0:.2f} s")
    for doc in docs:  # warm caches (HanTa word lookups)
        resolve_roles(recognise_actors(doc, resources), resources)
    tokens = sum(len(d.tokens) for d in docs)
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        for doc in docs:
            resolve_roles(recognise_actors(doc, resources), resources)
    seconds = time.perf_counter() - t0
    n = args.rounds * len(docs)
    print(
        f"{n} articles ({tokens / len(docs):.0f} tokens avg) in {seconds:.2f} s: "
        f"{n / seconds:.0f} articles/s, {args.rounds * tokens / seconds:.0f} tokens/s"
    )


if __name__ == "__main__":
    main()
