"""Checks shared by our own gold sets (tests/data/dev, dev2, dev3, dev4, heldout).

Each ``test_<set>_set.py`` module declares one test class that inherits
``GoldSetChecks`` (the checks every set passes) plus the mixins for its
extra checks, and sets the class attributes that configure them. The
pipeline runs once per set: ``scores`` is a class-scoped fixture.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any, ClassVar

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.evaluate.gold import load_gold, resolve_corpus, score_gold
from detente.evaluate.matching import is_code, norm_name, norm_text
from detente.sources.text import seed_header
from tests.evaluate.perfect import perfect_prediction
from tests.evaluate.test_gold import assert_perfect

DATA = Path(__file__).resolve().parents[1] / "data"

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
AUX_MODES = {None, "future", "hypothetical", "negation", "historical"}
TONES = {"cooperative", "mixed", "conflictual"}
MONTH_OR_DAY = re.compile(r"\d{4}-\d{2}(?:-\d{2})?")
MEETING_TYPES = {"CONSULT"}

Json = dict[str, Any]
EventKey = tuple[frozenset[str], str]


@cache
def load_set(name: str) -> Json:
    return load_gold(DATA / name / "gold.json")


def date_objects(doc: Json) -> list[Json]:
    main = doc.get("main_event") or {}
    events = [e for e in doc.get("other_events") or [] if e.get("date")]
    return [doc["document_date"], main["date"], *(e["date"] for e in events)]


def topic_slugs() -> set[str]:
    data = json.loads((files("detente.events") / "data" / "topics.json").read_text("utf-8"))
    return {t["slug"] for t in data["topics"]}


def shingles(text: str, size: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def prose(text: str) -> str:
    """The text without HTML tags: markup is shared by every page and is not copying."""
    return re.sub(r"<[^>]+>", " ", text)


def words(text: str) -> int:
    return len(re.findall(r"\w+", prose(text)))


def event_key(doc: Json) -> EventKey:
    """Who (participants, else the sides) and which month: one real-world event."""
    main = doc["main_event"]
    who = main["participants"] or main["countries"]
    return frozenset(norm_name(p) for p in who), main["date"]["value"][:7]


def taken_events(gold_files: list[Path]) -> set[EventKey]:
    return {event_key(d) for path in gold_files for d in load_gold(path)["documents"]}


def micro_total(scores: Json, section: str, measure: str) -> tuple[float | None, Json]:
    total = scores["totals"][section][measure]
    return total.get("micro", total.get("value")), total


class GoldSetChecks:
    """The checks every gold set passes; subclasses set the attributes below."""

    SET: ClassVar[str]  # folder under tests/data
    LABEL: ClassVar[str | None]  # printed above the summary, None prints none
    ARTICLES_COUNT: ClassVar[int]
    SAME_EVENT_HITS: ClassVar[int] = 1  # same-event pairs a perfect extractor finds

    @classmethod
    def gold_path(cls) -> Path:
        return DATA / cls.SET / "gold.json"

    @classmethod
    def articles(cls) -> Path:
        return DATA / cls.SET / "articles"

    @classmethod
    def gold(cls) -> Json:
        return load_set(cls.SET)

    @classmethod
    def documents(cls) -> list[Json]:
        return cls.gold()["documents"]

    @classmethod
    def raw(cls, file: str) -> str:
        return (cls.articles() / file).read_text(encoding="utf-8")

    @classmethod
    def pytest_generate_tests(cls, metafunc: pytest.Metafunc) -> None:
        """Run every test that takes ``doc`` once per gold document, named by its number."""
        if "doc" in metafunc.fixturenames:
            docs = cls.documents()
            metafunc.parametrize("doc", docs, ids=[d["file"][:2] for d in docs])

    # --- the gold file ---------------------------------------------------------------

    def test_gold_loads_and_covers_every_article(self) -> None:
        assert self.gold()["corpus"] == "articles"
        assert resolve_corpus(self.gold_path(), self.gold()["corpus"]) == self.articles().resolve()
        suffixes = {".txt", ".html"}
        articles = sorted(p.name for p in self.articles().iterdir() if p.suffix in suffixes)
        assert sorted(d["file"] for d in self.documents()) == articles
        assert len(articles) == self.ARTICLES_COUNT
        assert all(d["language"] == "de" for d in self.documents())

    def test_gold_strings_occur_in_the_article(self, doc: Json) -> None:
        text = norm_text(self.raw(doc["file"]))
        wanted = [
            *doc["body_must_contain"],
            *doc["boilerplate"],
            *(q["contains"] for q in doc["quotes"]),
        ]
        assert [s for s in wanted if norm_text(s) not in text] == []
        assert doc["title"] is None or norm_text(doc["title"]) in text
        assert doc.get("dateline") is None or doc["dateline"] in self.raw(doc["file"])

    def test_boilerplate_is_not_part_of_the_kept_text(self, doc: Json) -> None:
        kept = [
            norm_text(s)
            for s in [*doc["body_must_contain"], *(q["contains"] for q in doc["quotes"])]
        ]
        assert [b for b in doc["boilerplate"] if any(norm_text(b) in k for k in kept)] == []

    def test_dates_are_iso_and_ordered(self, doc: Json) -> None:
        for obj in date_objects(doc):
            value, earliest, latest = (
                date.fromisoformat(obj[k]) for k in ("value", "earliest", "latest")
            )
            assert earliest <= value <= latest, obj
            assert obj["tolerance_days"] >= 0
        raw = self.raw(doc["file"])
        header = seed_header(raw)[0] if doc["file"].endswith(".txt") else None
        assert doc["metadata_date"] == header
        assert (doc["metadata_date_plausible"] is None) == (header is None)
        assert header is None or MONTH_OR_DAY.fullmatch(header)
        assert (doc["metadata_date_plausible"] is False) == bool(doc.get("metadata_date_reason"))

    def test_names_types_and_topics_are_consistent(self, doc: Json) -> None:
        persons = {p["name"] for p in doc["persons"]}
        known = persons | set(doc["organizations"])
        main = doc["main_event"]
        assert all(is_code(p["country"]) for p in doc["persons"])
        assert set(main["participants"] + main["optional_participants"]) <= persons
        assert {q["speaker"] for q in doc["quotes"]} <= persons
        assert all(is_code(c) for c in [*main["countries"], main["location_country"]])
        assert main["tone"] in TONES
        assert set(main["topics_required"] + main["topics_allowed"]) <= topic_slugs()
        assert not set(main["topics_required"]) & set(main["topics_allowed"])
        for event in [main, *doc["other_events"]]:
            assert {event["type"], *event.get("accept_types", [])} <= PLOVER_TYPES, event
        for event in doc["other_events"]:
            assert event["aux"] in AUX_MODES
            entries = event["actor"] + event["recipient"]
            assert [e for e in entries if not (e in known or is_code(e))] == [], event

    def test_event_pairs_and_timeline_name_gold_files(self) -> None:
        names = {d["file"] for d in self.documents()}
        same, distinct = self.gold()["same_event_pairs"], self.gold()["distinct_event_pairs"]
        assert all(len(p) == 2 and set(p) <= names for p in same + distinct)
        assert not {frozenset(p) for p in same} & {frozenset(p) for p in distinct}
        timeline = self.gold()["dyad_timeline"]
        assert set(timeline["meetings_in_order"]) <= names
        assert len(timeline["meetings_in_order"]) >= 3
        assert {f for a, _, b in timeline["tone_order"] for f in (a, b)} <= names

    def test_perfect_predictions_score_one(self) -> None:
        predictions = {d["file"]: perfect_prediction(d) for d in self.documents()}
        scores = score_gold(self.gold(), predictions)
        assert_perfect(scores)
        assert scores["totals"]["event_pairs"]["same_event"]["hit"] == self.SAME_EVENT_HITS

    # --- independence from the seeds ---------------------------------------------------

    def test_no_eight_word_run_is_copied_from_the_seeds(self, seeds_dir: Path) -> None:
        seeds = set().union(*(shingles(p.read_text(encoding="utf-8")) for p in seeds_dir.iterdir()))
        copied = {d["file"]: shingles(self.raw(d["file"])) & seeds for d in self.documents()}
        assert {f: c for f, c in copied.items() if c} == {}

    # --- the pipeline on the set -------------------------------------------------------

    @pytest.fixture(scope="class")
    @classmethod
    def scores(cls) -> Json:
        """Run ``detente eval --json`` once per set and print its summary."""
        result = CliRunner().invoke(app, ["eval", "--gold", str(cls.gold_path()), "--json"])
        assert result.exit_code == 0, result.output
        scores = json.loads(result.stdout)
        if cls.LABEL:
            print(f"\n{cls.LABEL}:")
        print("\n".join(f"{section}: {line}" for section, line in scores["summary"].items()))
        return scores

    def test_every_article_is_processed(self, scores: Json) -> None:
        assert [d["file"] for d in scores["documents"] if d["prediction"] != "ok"] == []
        assert len(scores["documents"]) == len(self.documents())


class TunedSetChecks(GoldSetChecks):
    """The later sets: news-length articles, one implausible header, a same-event count."""

    IMPLAUSIBLE_HEADER: ClassVar[str]  # number of the one article whose header date is wrong

    def test_article_has_news_length(self, doc: Json) -> None:
        assert 150 <= words(self.raw(doc["file"])) <= 350

    def test_one_header_is_implausible(self) -> None:
        implausible = [
            d["file"][:2] for d in self.documents() if d["metadata_date_plausible"] is False
        ]
        assert implausible == [self.IMPLAUSIBLE_HEADER]

    def test_same_event_pair_count(self) -> None:
        assert len(self.gold()["same_event_pairs"]) == self.SAME_EVENT_HITS

    def test_timeline_is_in_date_order(self) -> None:
        main_dates = {d["file"]: d["main_event"]["date"]["value"] for d in self.documents()}
        ordered = [main_dates[f] for f in self.gold()["dyad_timeline"]["meetings_in_order"]]
        assert ordered == sorted(ordered)


class NotCopiedFromOtherSets(GoldSetChecks):
    """No 8-word run of the OTHER_SETS articles (HTML tags aside) occurs in this set."""

    OTHER_SETS: ClassVar[tuple[str, ...]]  # gold sets whose wording must not be reused

    @classmethod
    def pytest_generate_tests(cls, metafunc: pytest.Metafunc) -> None:
        super().pytest_generate_tests(metafunc)
        if "other" in metafunc.fixturenames:
            metafunc.parametrize("other", cls.OTHER_SETS)

    def test_no_eight_word_run_is_copied_from_another_set(self, other: str) -> None:
        articles = (DATA / other / "articles").iterdir()
        theirs = set().union(*(shingles(prose(p.read_text("utf-8"))) for p in articles))
        docs = self.documents()
        copied = {d["file"]: shingles(prose(self.raw(d["file"]))) & theirs for d in docs}
        assert {f: c for f, c in copied.items() if c} == {}


class NoEventReused(NotCopiedFromOtherSets):
    """Neither the wording nor the main event of the seeds or OTHER_SETS is reused."""

    def test_no_event_of_another_set_is_reused(self, gold_file: Path) -> None:
        taken = taken_events([gold_file, *(DATA / s / "gold.json" for s in self.OTHER_SETS)])
        docs = self.documents()
        assert [d["file"] for d in docs if event_key(d) in taken] == []


class MostlyNotMeetings(GoldSetChecks):
    """At least MIN_NON_MEETINGS main events are something other than a meeting."""

    MIN_NON_MEETINGS: ClassVar[int]

    def test_most_main_events_are_not_meetings(self) -> None:
        def is_meeting(main: Json) -> bool:
            return bool({main["type"], *main.get("accept_types", [])} & MEETING_TYPES)

        docs = self.documents()
        others = [d["file"] for d in docs if not is_meeting(d["main_event"])]
        assert len(others) >= self.MIN_NON_MEETINGS, others


class FloorChecks(GoldSetChecks):
    """The pipeline's micro totals stay at or above FLOORS[(section, measure)]."""

    FLOORS: ClassVar[dict[tuple[str, str], float]]

    @classmethod
    def pytest_generate_tests(cls, metafunc: pytest.Metafunc) -> None:
        super().pytest_generate_tests(metafunc)
        if {"section", "measure"} <= set(metafunc.fixturenames):
            floors = list(cls.FLOORS)
            metafunc.parametrize(
                ("section", "measure"), floors, ids=[f"{s}.{m}" for s, m in floors]
            )

    def test_pipeline_stays_above_the_floor(self, scores: Json, section: str, measure: str) -> None:
        value, total = micro_total(scores, section, measure)
        print(f"{section}.{measure} = {value} ({total['hit']}/{total['of']})")
        assert value is not None and value >= self.FLOORS[section, measure], (
            section,
            measure,
            total,
        )
