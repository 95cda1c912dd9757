"""Cross-document event coreference: reports of one real-world event -> one canonical event.

Pure functions over ``EventRecord`` values (built from stored events by the
store): a new event joins the canonical event it is most similar to, if the
similarity passes ``THRESHOLD``, else it starts a new one. Signals, in order of
weight: overlapping date ranges, overlapping sides and persons, place,
occasion, and the text similarity of the evidence sentences.

Hard gates keep distinct events apart even when the same people meet again:
incompatible types, different auxiliary modes (an announced meeting is not the
meeting), dates more than ``MAX_GAP_DAYS`` apart, no shared side, or two
different known places of a meeting (a venue and its town, within ``NEAR_KM`` by the
knowledge base's coordinates, are one place). An act decided in one capital (an expulsion,
sanctions) is reported from several: its place only scores, it does not gate.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cache

import numpy as np

MAX_GAP_DAYS = 6
THRESHOLD = 0.62
WEIGHTS = {"date": 0.3, "actors": 0.3, "place": 0.15, "occasion": 0.05, "text": 0.2}
# Types that may report the same happening: a meeting is CONSULT, its outcome often AGREE.
COMPATIBLE = [
    {"CONSULT", "AGREE", "COOPERATE"},
    {"ACCUSE", "PROTEST", "THREATEN", "REJECT"},
    {"SANCTION", "COERCE"},  # expelling diplomats is coded either way
]
# Types that happen at one place: two reports naming different places are two events.
PLACE_BOUND = COMPATIBLE[0]
# Places closer than this are one area: a venue and its town (``Sentosa``, ``Singapore``).
NEAR_KM = 30.0


@dataclass(frozen=True)
class EventRecord:
    id: str
    document_id: str
    type: str
    aux: str | None
    main: bool
    persons: frozenset[str]
    sides: frozenset[str]
    earliest: date | None
    latest: date | None
    location: str | None
    occasion: str | None
    text: str
    embedding: np.ndarray | None = field(default=None, compare=False, hash=False)


@dataclass
class Cluster:
    id: int | None  # None until stored
    members: list[EventRecord]

    @property
    def documents(self) -> set[str]:
        return {m.document_id for m in self.members}


def types_compatible(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in COMPATIBLE)


def day_gap(a: EventRecord, b: EventRecord) -> int | None:
    """Days between the two date ranges (0 when they overlap); None if one is undated."""
    if not (a.earliest and a.latest and b.earliest and b.latest):
        return None
    if a.latest < b.earliest:
        return (b.earliest - a.latest).days
    if b.latest < a.earliest:
        return (a.earliest - b.latest).days
    return 0


def _place_bound(a: EventRecord, b: EventRecord) -> bool:
    return a.type in PLACE_BOUND or b.type in PLACE_BOUND


def _same_area(a: str, b: str) -> bool:
    """The same place, or one named after the other (``Lake Geneva`` and ``Geneva``): they
    share a word of four letters or more."""
    if a == b:
        return True
    words = {w for w in a.lower().split() if len(w) >= 4 and w.isalpha()}
    if words & set(b.lower().split()):
        return True
    p, q = _points().get(_key(a)), _points().get(_key(b))
    return bool(p and q and _km(p, q) <= NEAR_KM)


def _key(name: str) -> str:
    """Casefolded, accent- and punctuation-free: stored names and gold names compare alike."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"\W+", " ", plain.casefold()).strip()


@cache
def _points() -> dict[str, tuple[float, float]]:
    """Coordinates of the knowledge base's places by name; a country's are its capital's."""
    from detente.kb.model import load_kb

    kb = load_kb()
    points: dict[str, tuple[float, float]] = {}
    for entity in kb.entities.values():
        place = kb.capital(entity.id) if entity.kind == "country" else entity
        if entity.kind in ("place", "country") and place and place.lat is not None:
            points.setdefault(_key(entity.name), (place.lat, place.lon or 0.0))
    return points


def _km(p: tuple[float, float], q: tuple[float, float]) -> float:
    """Great-circle distance (haversine)."""
    a1, a2 = math.radians(p[0]), math.radians(q[0])
    dl = math.radians(q[1] - p[1])
    h = math.sin((a2 - a1) / 2) ** 2 + math.cos(a1) * math.cos(a2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(h))


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Overlap coefficient: a report that names only some participants still matches."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def pair_similarity(a: EventRecord, b: EventRecord) -> float:
    """Similarity in [0, 1] of two event reports; 0 when a hard gate fails."""
    if not types_compatible(a.type, b.type) or a.aux != b.aux:
        return 0.0
    gap = day_gap(a, b)
    if gap is not None and gap > MAX_GAP_DAYS:
        return 0.0
    if not (a.sides & b.sides):
        return 0.0
    if a.location and b.location and not _same_area(a.location, b.location) and _place_bound(a, b):
        return 0.0
    date_score = 0.5 if gap is None else 1.0 - gap / (MAX_GAP_DAYS + 1)
    actor_score = 0.6 * _overlap(a.sides, b.sides) + 0.4 * _overlap(a.persons, b.persons)
    place_score = 0.4
    if a.location and b.location and _same_area(a.location, b.location):
        place_score = 1.0 if a.location == b.location else 0.7
    occasion_score = 1.0 if a.occasion and a.occasion == b.occasion else 0.0
    text_score = 0.5
    if a.embedding is not None and b.embedding is not None:
        text_score = max(0.0, float(a.embedding @ b.embedding))
    scores = {
        "date": date_score,
        "actors": actor_score,
        "place": place_score,
        "occasion": occasion_score,
        "text": text_score,
    }
    return sum(WEIGHTS[k] * v for k, v in scores.items())


def cluster_similarity(event: EventRecord, cluster: Cluster) -> float:
    """Mean similarity to the cluster's members; never joins a cluster of its own document."""
    if event.document_id in cluster.documents:
        return 0.0
    scores = [pair_similarity(event, m) for m in cluster.members]
    return 0.0 if min(scores) == 0.0 else sum(scores) / len(scores)


def assign(events: list[EventRecord], clusters: list[Cluster]) -> list[Cluster]:
    """Add each event to its best cluster or a new one; returns the clusters that changed."""
    changed: dict[int, Cluster] = {}
    for event in sorted(events, key=lambda e: (e.earliest or date.max, not e.main, e.id)):
        best, best_score = None, THRESHOLD
        for cluster in clusters:
            score = cluster_similarity(event, cluster)
            if score >= best_score:
                best, best_score = cluster, score
        if best is None:
            best = Cluster(None, [])
            clusters.append(best)
        best.members.append(event)
        changed[id(best)] = best
    return list(changed.values())


def consensus_type(cluster: Cluster) -> str:
    """The most frequent type, main events counting double."""
    votes = Counter({m.type: 0 for m in cluster.members})
    for m in cluster.members:
        votes[m.type] += 2 if m.main else 1
    return votes.most_common(1)[0][0]


def consensus_dates(cluster: Cluster) -> tuple[date | None, date | None, date | None]:
    """(value, earliest, latest): the narrowest common range, value its start."""
    dated = [m for m in cluster.members if m.earliest and m.latest]
    if not dated:
        return None, None, None
    narrowest = min(dated, key=lambda m: ((m.latest - m.earliest).days, m.earliest))  # type: ignore[operator]
    earliest = max(m.earliest for m in dated if m.earliest)
    latest = min(m.latest for m in dated if m.latest)
    if earliest > latest:  # reports disagree: fall back to the most precise one
        earliest, latest = narrowest.earliest, narrowest.latest
    value = narrowest.earliest if narrowest.earliest == narrowest.latest else earliest
    return value, earliest, latest


def majority(values: list[str | None]) -> str | None:
    known = [v for v in values if v]
    return Counter(known).most_common(1)[0][0] if known else None
