"""The development gold set (tests/data/dev): consistent with its articles, and pipeline floors.

The first tests check the gold itself (every string occurs in its article,
dates are ISO and ordered, names are used consistently, a perfect extractor
scores 1.0). The last ones run ``detente eval --json`` on the set and assert
modest floors: they guard against regressions on articles the stages were
not tuned on, they are not targets.
"""

from __future__ import annotations

from typing import ClassVar

from tests.evaluate.gold_sets import FloorChecks, GoldSetChecks


class TestDevSet(FloorChecks, GoldSetChecks):
    SET = "dev"
    LABEL = None
    ARTICLES_COUNT = 12
    # Regression guards: (section, measure) -> lowest acceptable micro total on the dev set.
    FLOORS: ClassVar[dict[tuple[str, str], float]] = {
        ("cleaning", "boilerplate_removed"): 0.9,
        ("cleaning", "body_kept"): 1.0,
        ("document_date", "in_range"): 0.6,
        ("persons", "recall"): 0.6,
        ("main_event", "type"): 0.5,
    }
