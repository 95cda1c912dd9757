"""The third development gold set (tests/data/dev3): consistent with its articles, and numbers.

Engineers tune on this set (the dev and dev2 sets are spent). The first tests
check the gold itself: every string occurs in its article, dates are ISO and
ordered, speakers are persons, a perfect extractor scores 1.0, four main
events are not meetings, one event is reported by three articles, and nothing
is shared with the seeds, the dev, dev2 or held-out sets. The last ones run
``detente eval --json`` on the set, PRINT the summary (`pytest -s`) and assert
only that every article was processed: the numbers are measurements, not floors.
"""

from __future__ import annotations

from tests.evaluate.gold_sets import MostlyNotMeetings, NoEventReused, TunedSetChecks


class TestDev3Set(NoEventReused, MostlyNotMeetings, TunedSetChecks):
    SET = "dev3"
    LABEL = "dev3 set"
    ARTICLES_COUNT = 15
    IMPLAUSIBLE_HEADER = "06"
    SAME_EVENT_HITS = 3  # one event, three articles
    OTHER_SETS = ("dev", "dev2", "heldout")
    MIN_NON_MEETINGS = 4
