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

import json
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.evaluate.gold import load_gold, resolve_corpus, score_gold
from detente.evaluate.matching import is_code, norm_name, norm_text
from detente.sources.text import seed_header
from tests.evaluate.perfect import perfect_prediction
from tests.evaluate.test_dev_set import (
    AUX_MODES,
    MONTH_OR_DAY,
    PLOVER_TYPES,
    TONES,
    date_objects,
    shingles,
    topic_slugs,
)
from tests.evaluate.test_gold import assert_perfect
from tests.evaluate.test_heldout_set import prose, words

DATA = Path(__file__).resolve().parents[1] / "data"
DEV4 = DATA / "dev4"
GOLD = DEV4 / "gold.json"
ARTICLES = DEV4 / "articles"
OTHER_SETS = (
    "dev",
    "dev2",
    "dev3",
    "heldout",
)  # gold sets whose events and wording must not be reused
MIN_BOILERPLATE = 5  # every article is a web page export

Json = dict[str, Any]


@cache
def gold() -> Json:
    return load_gold(GOLD)


def documents() -> list[Json]:
    return gold()["documents"]


def raw(file: str) -> str:
    return (ARTICLES / file).read_text(encoding="utf-8")


def by_file(test: Any) -> Any:
    return pytest.mark.parametrize("doc", documents(), ids=[d["file"][:2] for d in documents()])(
        test
    )


# --- the gold file -------------------------------------------------------------------


def test_gold_loads_and_covers_every_article() -> None:
    assert gold()["corpus"] == "articles"
    assert resolve_corpus(GOLD, gold()["corpus"]) == ARTICLES.resolve()
    articles = sorted(p.name for p in ARTICLES.iterdir() if p.suffix in {".txt", ".html"})
    assert sorted(d["file"] for d in documents()) == articles
    assert len(articles) == 10
    assert all(d["language"] == "de" for d in documents())


@by_file
def test_article_has_news_length(doc: Json) -> None:
    assert 150 <= words(raw(doc["file"])) <= 350


@by_file
def test_gold_strings_occur_in_the_article(doc: Json) -> None:
    text = norm_text(raw(doc["file"]))
    wanted = [
        *doc["body_must_contain"],
        *doc["boilerplate"],
        *(q["contains"] for q in doc["quotes"]),
    ]
    assert [s for s in wanted if norm_text(s) not in text] == []
    assert doc["title"] is None or norm_text(doc["title"]) in text
    assert doc.get("dateline") is None or doc["dateline"] in raw(doc["file"])


@by_file
def test_boilerplate_is_not_part_of_the_kept_text(doc: Json) -> None:
    kept = [
        norm_text(s) for s in [*doc["body_must_contain"], *(q["contains"] for q in doc["quotes"])]
    ]
    assert [b for b in doc["boilerplate"] if any(norm_text(b) in k for k in kept)] == []


@by_file
def test_dates_are_iso_and_ordered(doc: Json) -> None:
    for obj in date_objects(doc):
        value, earliest, latest = (
            date.fromisoformat(obj[k]) for k in ("value", "earliest", "latest")
        )
        assert earliest <= value <= latest, obj
        assert obj["tolerance_days"] >= 0
    header = seed_header(raw(doc["file"]))[0] if doc["file"].endswith(".txt") else None
    assert doc["metadata_date"] == header
    assert (doc["metadata_date_plausible"] is None) == (header is None)
    assert header is None or MONTH_OR_DAY.fullmatch(header)
    assert (doc["metadata_date_plausible"] is False) == bool(doc.get("metadata_date_reason"))


def test_one_header_is_implausible() -> None:
    assert [d["file"][:2] for d in documents() if d["metadata_date_plausible"] is False] == ["09"]


@by_file
def test_names_types_and_topics_are_consistent(doc: Json) -> None:
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


@by_file
def test_every_page_carries_boilerplate_and_entities(doc: Json) -> None:
    assert len(doc["boilerplate"]) >= MIN_BOILERPLATE
    assert doc["organizations"] and len(doc["places"]) >= 3


def test_event_pairs_and_timeline_name_gold_files() -> None:
    names = {d["file"] for d in documents()}
    pairs = gold()["same_event_pairs"] + gold()["distinct_event_pairs"]
    assert all(len(p) == 2 and set(p) <= names for p in pairs)
    assert not {frozenset(p) for p in gold()["same_event_pairs"]} & {
        frozenset(p) for p in gold()["distinct_event_pairs"]
    }
    assert len(gold()["same_event_pairs"]) == 1  # one event, two articles
    timeline = gold()["dyad_timeline"]
    assert set(timeline["meetings_in_order"]) <= names
    assert len(timeline["meetings_in_order"]) >= 3
    assert {f for a, _, b in timeline["tone_order"] for f in (a, b)} <= names


def test_timeline_is_in_date_order() -> None:
    main_dates = {d["file"]: d["main_event"]["date"]["value"] for d in documents()}
    ordered = [main_dates[f] for f in gold()["dyad_timeline"]["meetings_in_order"]]
    assert ordered == sorted(ordered)


def test_same_event_pair_shares_the_main_event() -> None:
    (first, second), *_ = gold()["same_event_pairs"]
    mains = {d["file"]: d["main_event"] for d in documents()}
    assert mains[first]["date"] == mains[second]["date"]
    assert set(mains[first]["participants"]) == set(mains[second]["participants"])


def test_perfect_predictions_score_one() -> None:
    predictions = {d["file"]: perfect_prediction(d) for d in documents()}
    scores = score_gold(gold(), predictions)
    assert_perfect(scores)
    assert scores["totals"]["event_pairs"]["same_event"]["hit"] == 1


# --- independence from the seeds, the dev, dev2, dev3 and held-out sets -------------------------


def event_key(doc: Json) -> tuple[frozenset[str], str]:
    """Who (participants, else the sides) and which month: one real-world event."""
    main = doc["main_event"]
    who = main["participants"] or main["countries"]
    return frozenset(norm_name(p) for p in who), main["date"]["value"][:7]


def taken_events(gold_files: list[Path]) -> set[tuple[frozenset[str], str]]:
    return {event_key(d) for path in gold_files for d in load_gold(path)["documents"]}


def test_no_event_of_another_set_is_reused(gold_file: Path) -> None:
    taken = taken_events([gold_file, *(DATA / s / "gold.json" for s in OTHER_SETS)])
    assert [d["file"] for d in documents() if event_key(d) in taken] == []


@pytest.mark.parametrize("other", OTHER_SETS)
def test_no_eight_word_run_is_copied_from_another_set(other: str) -> None:
    articles = (DATA / other / "articles").iterdir()
    theirs = set().union(*(shingles(prose(p.read_text("utf-8"))) for p in articles))
    copied = {d["file"]: shingles(prose(raw(d["file"]))) & theirs for d in documents()}
    assert {f: c for f, c in copied.items() if c} == {}


def test_no_eight_word_run_is_copied_from_the_seeds(seeds_dir: Path) -> None:
    seeds = set().union(*(shingles(p.read_text(encoding="utf-8")) for p in seeds_dir.iterdir()))
    copied = {d["file"]: shingles(raw(d["file"])) & seeds for d in documents()}
    assert {f: c for f, c in copied.items() if c} == {}


# --- the pipeline on the set ---------------------------------------------------------


@pytest.fixture(scope="module")
def dev4_scores() -> Json:
    result = CliRunner().invoke(app, ["eval", "--gold", str(GOLD), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    print("\ndev4 set:")
    print("\n".join(f"{section}: {line}" for section, line in scores["summary"].items()))
    return scores


def test_every_article_is_processed(dev4_scores: Json) -> None:
    assert [d["file"] for d in dev4_scores["documents"] if d["prediction"] != "ok"] == []
    assert len(dev4_scores["documents"]) == len(documents())
