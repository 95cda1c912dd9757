"""The second development gold set (tests/data/dev2): consistent with its articles, and numbers.

Engineers tune on this set (the first dev set is spent). The first tests check
the gold itself: every string occurs in its article, dates are ISO and
ordered, speakers are persons, a perfect extractor scores 1.0, most main
events are not meetings, and nothing is shared with the seeds, the dev set or
the held-out set. The last ones run ``detente eval --json`` on the set, PRINT
the summary (`pytest -s`) and assert only that every article was processed:
the numbers are measurements, not floors.
"""

from __future__ import annotations

from tests.evaluate.gold_sets import MostlyNotMeetings, NoEventReused, TunedSetChecks


class TestDev2Set(NoEventReused, MostlyNotMeetings, TunedSetChecks):
    SET = "dev2"
    LABEL = "dev2 set"
    ARTICLES_COUNT = 15
    IMPLAUSIBLE_HEADER = "10"
    OTHER_SETS = ("dev", "heldout")
    MIN_NON_MEETINGS = 7
