"""Auxiliary modes, dating helpers and regex keys."""

from __future__ import annotations

from types import SimpleNamespace

from detente.document import DateRange, DocumentDate
from detente.events.attributes import choose_aux, literal_key


def _doc(day: str) -> SimpleNamespace:
    return SimpleNamespace(dct=DocumentDate(DateRange(day, "day", day, day), "test", None, ""))


def test_aux_priority_and_dates() -> None:
    doc = _doc("2019-05-01")
    year_2013 = DateRange("2013", "year", "2013-01-01", "2013-12-31")
    next_week = DateRange("2019-05-08", "day", "2019-05-08", "2019-05-08")
    assert choose_aux({"future", "negation"}, None, doc) == "negation"
    assert choose_aux(set(), year_2013, doc) == "historical"
    assert choose_aux(set(), next_week, doc) == "future"
    assert choose_aux(set(), DateRange("2018-11", "month", "2018-11-01", "2018-11-30"), doc) is None


def test_aux_survives_a_document_date_at_the_start_of_the_calendar() -> None:
    doc = _doc("0001-01-01")
    assert choose_aux(set(), DateRange("0001", "year", "0001-01-01", "0001-12-31"), doc) is None


def test_literal_key_of_topic_patterns() -> None:
    assert literal_key(r"\b\w*[Ss]anktion\w*") == "anktion"
    assert literal_key(r"\bKim Jong[- ]?[Uu]n\b") == "jong"
    assert literal_key(r"\(IS\)") == ""
