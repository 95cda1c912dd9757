"""The held-out gold set (tests/data/heldout): consistent with its articles, and honest numbers.

Nobody tunes on this set: it measures how the pipeline does on articles that
no stage was written or adjusted for. The first tests check the gold itself
(every string occurs in its article, dates are ISO and ordered, speakers are
persons, a perfect extractor scores 1.0, nothing is shared with the seeds or
the dev set). The last ones run ``detente eval --json`` on the set, PRINT the
summary and assert only very low floors (`pytest -s` shows the numbers).
"""

from __future__ import annotations

from typing import ClassVar

from detente.evaluate.matching import norm_name
from tests.evaluate.gold_sets import (
    FloorChecks,
    Json,
    NotCopiedFromOtherSets,
    TunedSetChecks,
    load_set,
)


def meeting_key(doc: Json) -> tuple[frozenset[str], str]:
    main = doc["main_event"]
    return frozenset(norm_name(p) for p in main["participants"]), main["date"]["value"][:7]


class TestHeldoutSet(FloorChecks, NotCopiedFromOtherSets, TunedSetChecks):
    SET = "heldout"
    LABEL = "held-out set"
    ARTICLES_COUNT = 12
    IMPLAUSIBLE_HEADER = "06"
    OTHER_SETS = ("dev",)
    # Sanity floors, far below any target: they only catch a pipeline that breaks down.
    FLOORS: ClassVar[dict[tuple[str, str], float]] = {
        ("document_date", "in_range"): 0.5,
        ("persons", "recall"): 0.5,
    }

    def test_no_event_of_the_dev_set_is_reused(self) -> None:
        dev = {meeting_key(d) for d in load_set("dev")["documents"]}
        assert [d["file"] for d in self.documents() if meeting_key(d) in dev] == []
