"""Comparison helpers: names, texts, date credit, tone categories, F1."""

from __future__ import annotations

from detente.evaluate.matching import (
    TONE_CONFLICTUAL_MAX,
    TONE_COOPERATIVE_MIN,
    date_credit,
    f1,
    is_code,
    same_name,
    set_scores,
    text_matches,
    tone_category,
)

GOLD_DATE = {
    "value": "2019-10-08",
    "tolerance_days": 2,
    "earliest": "2019-10-01",
    "latest": "2019-10-31",
}


def test_names_compare_casefolded_and_accent_insensitive() -> None:
    assert same_name("Nicolás Maduro", "nicolas maduro")
    assert same_name("Kim Jong-un", "Kim Jong Un")
    assert not same_name("Anna Berg", "Anna Burg")
    assert not same_name(None, None)


def test_codes_are_upper_case_short_tokens() -> None:
    assert is_code("RUS") and is_code("EU") and is_code("NATO") and is_code("G20")
    assert not is_code("European Union") and not is_code("Anna Berg")


def test_text_match_by_containment_or_large_part() -> None:
    assert text_matches("Er sagte: »Das ist gut so«.", "Das ist gut so")
    assert text_matches("das ist gut", "Das ist gut so")  # 11 of 14 characters
    assert not text_matches("das", "Das ist gut so")
    assert not text_matches("", "Das ist gut so")


def test_day_within_tolerance_gets_full_credit() -> None:
    assert date_credit({"value": "2019-10-10", "granularity": "day"}, GOLD_DATE) == 1.0
    assert date_credit({"value": "2019-10-11", "granularity": "day"}, GOLD_DATE) == 0.5
    assert date_credit({"value": "2019-11-11", "granularity": "day"}, GOLD_DATE) == 0.0
    assert date_credit(None, GOLD_DATE) == 0.0


def test_day_value_wins_over_its_uncertainty_range() -> None:
    pred = {
        "value": "2019-10-08",
        "granularity": "day",
        "earliest": "2019-09-01",
        "latest": "2019-10-08",
    }
    assert date_credit(pred, GOLD_DATE) == 1.0


def test_coarse_values_count_by_their_range() -> None:
    month = {
        "value": "2019-10",
        "granularity": "month",
        "earliest": "2019-10-01",
        "latest": "2019-10-31",
    }
    assert date_credit(month, GOLD_DATE) == 0.5
    assert date_credit({"value": "2019-10"}, GOLD_DATE) == 0.5  # range spelled by the value
    assert date_credit({"value": "2019"}, GOLD_DATE) == 0.0  # wider than the gold range
    wide = {**GOLD_DATE, "tolerance_days": 40}
    assert date_credit(month, wide) == 1.0


def test_tone_thresholds() -> None:
    assert tone_category(TONE_COOPERATIVE_MIN) == "cooperative"
    assert tone_category(TONE_CONFLICTUAL_MAX) == "conflictual"
    assert tone_category(0.1) == "mixed"
    assert tone_category(None) is None


def test_f1_and_set_scores() -> None:
    assert f1(None, None) is None
    assert f1(None, 0.0) == 0.0
    scores = set_scores(
        ["Anna Berg", "Pavel Orlov", "Somebody"], ["anna berg", "Pável Orlov", "Karl Weiß"]
    )
    assert scores["precision"]["value"] == 2 / 3
    assert scores["recall"]["value"] == 2 / 3
    assert scores["details"]["missing"] == ["Karl Weiß"]
