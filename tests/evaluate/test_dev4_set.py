"""The fourth development gold set (tests/data/dev4): consistent with its articles, and numbers.

Engineers tune on this set; it is about cleaning web pages and naming entities.
The first tests check the gold itself: every string occurs in its article,
boilerplate is marked in every page, dates are ISO and ordered, speakers are
persons, a perfect extractor scores 1.0, one event is reported twice, and
nothing is shared with the seeds, the dev, dev2, dev3 or held-out sets. The
last ones run ``detente eval --json`` on the set, PRINT the summary
(`pytest -s`) and assert only that every article was processed: the numbers
are measurements, not floors.
"""

from __future__ import annotations

from tests.evaluate.gold_sets import Json, NoEventReused, TunedSetChecks

MIN_BOILERPLATE = 5  # every article is a web page export


class TestDev4Set(NoEventReused, TunedSetChecks):
    SET = "dev4"
    LABEL = "dev4 set"
    ARTICLES_COUNT = 10
    IMPLAUSIBLE_HEADER = "09"
    SAME_EVENT_HITS = 1  # one event, two articles
    OTHER_SETS = ("dev", "dev2", "dev3", "heldout")

    def test_every_page_carries_boilerplate_and_entities(self, doc: Json) -> None:
        assert len(doc["boilerplate"]) >= MIN_BOILERPLATE
        assert doc["organizations"] and len(doc["places"]) >= 3

    def test_same_event_pair_shares_the_main_event(self) -> None:
        (first, second), *_ = self.gold()["same_event_pairs"]
        mains = {d["file"]: d["main_event"] for d in self.documents()}
        assert mains[first]["date"] == mains[second]["date"]
        assert set(mains[first]["participants"]) == set(mains[second]["participants"])
