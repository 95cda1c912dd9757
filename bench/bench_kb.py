"""How long the knowledge base takes to load and to answer lookups.

python bench/bench_kb.py
"""

from __future__ import annotations

import subprocess
import sys
import time

COLD = "import time; t = time.perf_counter(); from detente.kb import load_kb; kb = load_kb(); print(time.perf_counter() - t, len(kb))"


def main() -> None:
    runs = [
        subprocess.run([sys.executable, "-c", COLD], capture_output=True, text=True, check=True)
        for _ in range(3)
    ]
    seconds = sorted(float(r.stdout.split()[0]) for r in runs)
    print(
        f"cold load (import + read + index), best of 3: {seconds[0]:.3f} s, {runs[0].stdout.split()[1]} entities"
    )

    from detente.kb import load_kb

    kb = load_kb()
    words = ["Russland", "Moskau", "russischen", "Kreml", "US-Außenminister", "Sotschi"] * 1000
    started = time.perf_counter()
    for word in words:
        kb.lookup(word) or kb.by_adjective(word) or kb.by_metonym(word) or kb.by_prefix(word)
    per_lookup = (time.perf_counter() - started) / len(words)
    print(f"lookup: {per_lookup * 1e6:.1f} µs per word")
    started = time.perf_counter()
    kb.summits_matching("G20", place="Hamburg")
    print(f"summits_matching: {(time.perf_counter() - started) * 1e3:.2f} ms")
    started = time.perf_counter()
    kb.search("Lawrow")
    print(f"search: {(time.perf_counter() - started) * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
