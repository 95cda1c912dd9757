"""The gold scorer on hand-made predictions: perfect, empty and targeted partial cases."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from detente.evaluate.gold import (
    assign_events,
    resolve_corpus,
    score_dyad_timeline,
    score_event_pairs,
    score_gold,
)
from tests.evaluate.perfect import perfect_prediction
from tests.evaluate.tiny import tiny_gold


def predictions_of(gold: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["file"]: perfect_prediction(d) for d in gold["documents"]}


def assert_perfect(scores: dict[str, Any]) -> None:
    for section, measures in scores["totals"].items():
        assert measures, section
        for key, total in measures.items():
            value = total.get("micro", total.get("value"))
            if total.get("of") == 0:
                assert value is None, (section, key)
            else:
                assert value == pytest.approx(1.0), (section, key, total)


def first_doc(scores: dict[str, Any]) -> dict[str, Any]:
    return scores["documents"][0]


def test_perfect_prediction_scores_one_everywhere() -> None:
    gold = tiny_gold()
    scores = score_gold(gold, predictions_of(gold))
    assert_perfect(scores)
    assert scores["totals"]["main_event"]["fully_right"]["hit"] == 2
    assert all(d["prediction"] == "ok" for d in scores["documents"])


def test_empty_predictions_score_zero_and_null_precision() -> None:
    scores = score_gold(tiny_gold(), {})
    totals = scores["totals"]
    assert {d["prediction"] for d in scores["documents"]} == {"missing"}
    assert totals["cleaning"]["boilerplate_removed"]["micro"] == 0
    assert totals["cleaning"]["body_kept"]["micro"] == 0
    assert totals["cleaning"]["title"]["hit"] == 1  # null ≡ null on the second document
    assert totals["document_date"]["credit"]["micro"] == 0
    for kind in ("persons", "organisations", "places"):
        assert totals[kind]["recall"]["micro"] == 0
        assert totals[kind]["precision"]["micro"] is None
        assert totals[kind]["f1"]["micro"] == 0
    main = totals["main_event"]
    assert main["fully_right"]["hit"] == 0
    assert main["type"]["hit"] == 0
    assert main["participants"]["micro"] == 0
    assert main["date"]["micro"] == 0
    assert main["occasion"]["hit"] == 0  # no event, so no occasion to agree on
    assert totals["other_events"]["recall"]["micro"] == 0
    assert totals["other_events"]["aux"]["micro"] is None  # nothing found, nothing to judge
    assert totals["quotes"]["recall"]["micro"] == 0
    assert totals["quotes"]["precision"]["micro"] is None
    assert totals["dyad_timeline"]["order"]["micro"] == 0
    assert totals["event_pairs"]["same_event"]["of"] == 0  # nothing linked, nothing judged


def test_document_date_partial_credit() -> None:
    gold = tiny_gold()
    preds = predictions_of(gold)
    preds["a_first.txt"]["document_date"] = {
        "value": "2019-10",
        "granularity": "month",
        "earliest": "2019-10-01",
        "latest": "2019-10-31",
    }
    doc = first_doc(score_gold(gold, preds))["document_date"]
    assert doc["credit"]["value"] == 0.5
    assert doc["within_tolerance"] is False
    assert doc["in_range"] is True


def test_accept_types_for_main_and_other_events() -> None:
    gold = tiny_gold()
    gold["documents"][0]["main_event"]["accept_types"] = ["AGREE"]
    preds = predictions_of(gold)
    events = preds["a_first.txt"]["events"]
    events[0]["type"] = "AGREE"
    events[2]["type"] = "CONSULT"  # accepted for the future meeting
    doc = first_doc(score_gold(gold, preds))
    assert doc["main_event"]["type"] is True
    assert doc["other_events"]["recall"]["value"] == 1.0
    events[0]["type"] = "ACCUSE"
    events[2]["type"] = "ACCUSE"
    doc = first_doc(score_gold(gold, preds))
    assert doc["main_event"]["type"] is False
    assert doc["main_event"]["fully_right"] is False
    assert doc["other_events"]["recall"]["value"] == 0.5


def test_person_matches_their_country_and_code_matches_person() -> None:
    gold = tiny_gold()
    preds = predictions_of(gold)
    request = preds["a_first.txt"]["events"][1]
    # the gold actor is a German person; the prediction names Germany itself
    request["actors"] = [{"name": "Germany", "country": "DEU", "kind": "country"}]
    # the gold recipient is RUS; the prediction names a Russian person
    request["recipients"] = [{"name": "Pavel Orlov", "country": "RUS", "kind": "person"}]
    assert first_doc(score_gold(gold, preds))["other_events"]["recall"]["value"] == 1.0
    # another German person is not the gold person
    request["actors"] = [{"name": "Karl Weiß", "country": "DEU", "kind": "person"}]
    assert first_doc(score_gold(gold, preds))["other_events"]["recall"]["value"] == 0.5


def test_joint_event_sides_may_be_actor_or_recipient() -> None:
    gold = tiny_gold()
    preds = predictions_of(gold)
    agree = preds["a_first.txt"]["events"][2]
    agree["actors"], agree["recipients"] = agree["actors"][:1], agree["actors"][1:]
    doc = first_doc(score_gold(gold, preds))
    assert doc["other_events"]["recall"]["value"] == 1.0
    assert doc["other_events"]["aux"]["value"] == 1.0
    assert doc["other_events"]["date"]["value"] == 1.0


def test_one_predicted_event_finds_one_gold_event() -> None:
    gold_events = [
        {"type": "REQUEST", "actor": ["RUS"], "recipient": ["DEU"], "aux": None},
        {"type": "REQUEST", "actor": ["RUS"], "recipient": ["DEU"], "aux": "future"},
    ]
    event = {
        "type": "REQUEST",
        "aux": "future",
        "actors": [{"name": "Russia", "country": "RUS", "kind": "country"}],
        "recipients": [{"name": "Germany", "country": "DEU", "kind": "country"}],
    }
    assert assign_events(gold_events, [event], {}) == {1: 0}  # the better fit wins
    assert assign_events(gold_events, [event, {**event, "aux": None}], {}) == {1: 0, 0: 1}


def test_topics_precision_counts_topics_outside_required_and_allowed() -> None:
    gold = tiny_gold()
    preds = predictions_of(gold)
    preds["a_first.txt"]["events"][0]["topics"] = ["ukraine", "sanctions", "venezuela"]
    main = first_doc(score_gold(gold, preds))["main_event"]
    assert main["topics_required"]["value"] == 1.0
    assert main["topics_precision"]["value"] == pytest.approx(2 / 3)


def test_main_event_sides_are_not_places() -> None:
    gold = tiny_gold()
    preds = predictions_of(gold)
    preds["a_first.txt"]["entities"] = [
        {"name": "Russia", "kind": "country", "country": "RUS"},
        {"name": "Germany", "kind": "country", "id": "DEU"},
        {"name": "Ukraine", "kind": "country", "country": "UKR"},
        {"name": "Vienna", "kind": "place", "country": "AUT"},
    ]
    places = first_doc(score_gold(gold, preds))["places"]
    assert places["precision"]["value"] == 1.0
    assert places["recall"]["value"] == 1.0


def test_location_in_the_right_country_counts_but_not_by_name() -> None:
    gold = tiny_gold()
    preds = predictions_of(gold)
    preds["a_first.txt"]["events"][0]["location"] = {"name": "Salzburg", "country": "AUT"}
    main = first_doc(score_gold(gold, preds))["main_event"]
    assert main["location"] is True
    assert main["location_name"] is False
    preds["a_first.txt"]["events"][0]["location"] = {"name": "Prague", "country": "CZE"}
    assert first_doc(score_gold(gold, preds))["main_event"]["location"] is False


def test_quote_containment_speaker_and_direct_precision() -> None:
    gold = tiny_gold()
    preds = predictions_of(gold)
    preds["a_first.txt"]["quotes"] = [
        # longer text with other quote marks and line breaks still contains the gold string
        {
            "speaker": {"name": "Anna Berg"},
            "text": "„Wir  erwarten\nklare Schritte“, sagte sie",
            "direct": True,
        },
        # a long enough part of the gold string, but the wrong speaker
        {"speaker": {"name": "Karl Weiss"}, "text": "ein offenes Gespräch unter", "direct": True},
        {"speaker": None, "text": "etwas ganz anderes", "direct": True},
        {"speaker": None, "text": "eine indirekte Rede", "direct": False},
    ]
    quotes = first_doc(score_gold(gold, preds))["quotes"]
    assert quotes["recall"]["value"] == 1.0
    assert quotes["recall_with_speaker"]["value"] == 0.5
    assert quotes["precision"]["value"] == pytest.approx(2 / 3)
    preds["a_first.txt"]["quotes"][1]["text"] = "ein offenes"  # under 60 % of the gold string
    assert first_doc(score_gold(gold, preds))["quotes"]["recall"]["value"] == 0.5


def test_dyad_order_and_tone_order() -> None:
    timeline = tiny_gold()["dyad_timeline"]
    mains = {
        "a_first.txt": {"date": {"value": "2019-10-08"}, "tone": -0.4},
        "b_second.txt": {"date": {"value": "2020-06-02"}, "tone": 0.3},
    }
    dyad = score_dyad_timeline(timeline, mains)
    assert dyad is not None
    assert dyad["order"]["value"] == 1.0
    assert dyad["tone_order"]["value"] == 1.0
    mains["a_first.txt"] = {"date": {"value": "2021-01-01"}, "tone": 0.5}
    dyad = score_dyad_timeline(timeline, mains)
    assert dyad is not None
    assert dyad["order"]["value"] == 0.0
    assert dyad["order_exact"] is False
    assert dyad["tone_order"]["value"] == 0.0


def test_event_pairs_from_canonical_ids() -> None:
    gold = tiny_gold()
    assert score_event_pairs(gold)["same_event"] is None
    linked = score_event_pairs(gold, {"a_first.txt": "e1", "b_second.txt": "e1"})
    assert linked["distinct_event"]["value"] == 0.0
    apart = score_event_pairs(gold, {"a_first.txt": "e1", "b_second.txt": "e2"})
    assert apart["distinct_event"]["value"] == 1.0
    unlinked = score_event_pairs(gold, {"a_first.txt": "e1"})
    assert unlinked["distinct_event"]["value"] == 0.0


def test_reports_of_one_meeting_are_linked_as_the_same_event() -> None:
    gold = tiny_gold()
    gold["same_event_pairs"] = [["a_first.txt", "b_second.txt"]]
    preds = predictions_of(gold)
    preds["b_second.txt"]["events"] = copy.deepcopy(preds["a_first.txt"]["events"][:1])
    pairs = score_gold(gold, preds)["event_pairs"]
    assert pairs["same_event"]["value"] == 1.0
    assert pairs["distinct_event"]["of"] == 0
    assert score_gold(gold, predictions_of(gold))["event_pairs"]["same_event"]["value"] == 0.0


def test_prediction_found_by_base_name_and_gold_left_unchanged() -> None:
    gold = tiny_gold()
    before = copy.deepcopy(gold)
    preds = {f"out/{f}": p for f, p in predictions_of(gold).items()}
    assert_perfect(score_gold(gold, preds))
    assert gold == before


def test_corpus_resolved_against_gold_folder_and_parents(tmp_path) -> None:
    (tmp_path / "corpus" / "tiny").mkdir(parents=True)
    gold_path = tmp_path / "gold" / "tiny.json"
    gold_path.parent.mkdir()
    assert resolve_corpus(gold_path, "corpus/tiny") == tmp_path.resolve() / "corpus" / "tiny"
    assert resolve_corpus(gold_path, "corpus/absent") is None


def test_persons_only_inferred_from_an_office_are_not_scored():
    from detente.evaluate.gold import score_entities

    gold = {"persons": [{"name": "Ana Lopez", "country": "ESP"}], "main_event": {"countries": []}}
    pred = {
        "entities": [
            {"name": "Ana Lopez", "kind": "person", "named": True},
            {"name": "Pedro Ruiz", "kind": "person", "named": False},
        ]
    }
    assert score_entities(gold, pred)["persons"]["precision"]["value"] == 1.0


def test_other_events_use_a_maximum_one_to_one_matching():
    from detente.evaluate.gold import assign_events

    broad = {"type": "AGREE", "actor": ["ESP"], "recipient": []}
    narrow = {"type": "AGREE", "actor": ["ESP"], "recipient": ["PRT"]}
    both = {"type": "AGREE", "actors": [{"name": "Spain", "country": "ESP"}],
            "recipients": [{"name": "Portugal", "country": "PRT"}]}  # fmt: skip
    only_spain = {
        "type": "AGREE",
        "actors": [{"name": "Spain", "country": "ESP"}],
        "recipients": [],
    }
    assigned = assign_events([broad, narrow], [both, only_spain], {})
    assert assigned == {0: 1, 1: 0}  # greedy could give `both` to the broad event and lose one
