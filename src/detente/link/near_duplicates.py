"""Near-duplicate articles (syndicated agency copies) with MinHash + LSH.

Two bodies whose word 4-gram sets have an estimated Jaccard similarity of at
least ``THRESHOLD`` are the same article: the store keeps one document and
records every source.
"""

from __future__ import annotations

import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
THRESHOLD = 0.7
SHINGLE = 4
SCHEME = "affine64"  # stored signatures must be read back with the scheme that made them
WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    words = WORD.findall(text.casefold())
    if len(words) < size:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


def signature(text: str) -> np.ndarray:
    """The MinHash signature of a body (uint64 array of NUM_PERM values)."""
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues


def _minhash(values: np.ndarray) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


class NearDuplicateIndex:
    """An in-memory LSH index of document signatures."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.signatures: dict[str, np.ndarray] = {}

    def add(self, document_id: str, values: np.ndarray) -> None:
        if document_id not in self.signatures:
            self.lsh.insert(document_id, _minhash(values))
            self.signatures[document_id] = values

    def find(self, values: np.ndarray) -> str | None:
        """The most similar stored document above the threshold, if any."""
        query = _minhash(values)
        best, best_score = None, THRESHOLD
        for candidate in self.lsh.query(query):
            score = query.jaccard(_minhash(self.signatures[candidate]))
            if score >= best_score:
                best, best_score = candidate, score
        return best
