"""Document date: headers contradicted by terms of office, events told as background,
participants in a past clause, fractional durations."""

from __future__ import annotations

from detente.kb.model import KnowledgeBase
from detente.time import document_date, tag_text
from tests.time.test_dct_events import EXPULSION, kb_with
from tests.time.test_dct_meetings import MEETINGS, article, small_kb

# MEETINGS[0]: Anna Beispiel (foreign minister 2013-02 to 2017-02) and Karl Muster in
# Vienna on Sunday 2014-03-02.
SUNDAY_VISIT = "Anna Beispiel hat am Sonntag in Wien Karl Muster empfangen."


def only_vienna() -> KnowledgeBase:
    return small_kb(MEETINGS[0])


def test_a_header_when_a_participant_held_no_office_is_implausible() -> None:
    result = document_date(article(SUNDAY_VISIT, "2019-04"), only_vienna())
    assert result.plausible is False
    assert result.date.value == "2014-03-02"
    assert "Anna Beispiel held no office then" in result.reason


def test_a_header_inside_the_term_of_office_stays() -> None:
    result = document_date(article(SUNDAY_VISIT, "2014-05"), only_vienna())
    assert result.plausible is True
    assert (result.date.value or "").startswith("2014-05")


def test_without_a_reported_weekday_the_header_stays() -> None:
    text = "Anna Beispiel hat in Wien Karl Muster empfangen."
    result = document_date(article(text, "2019-04"), only_vienna())
    assert result.plausible is True
    assert result.date.value == "2019-04"


def test_a_participant_in_a_past_clause_vetoes_an_announcement() -> None:
    # "zu überzeugen" alone reads as an intention; the attempt itself was reported
    text = "Anna Beispiel hat am Sonntag vergeblich versucht, Karl Muster zu überzeugen."
    assert document_date(article(text), only_vienna()).date.value == "2014-03-02"


def test_an_announced_meeting_still_dates_the_day_before() -> None:
    text = "Anna Beispiel will am Sonntag Karl Muster treffen."
    assert document_date(article(text), only_vienna()).date.value == "2014-03-01"


BACKGROUND = (
    "Österreich weist wegen der Käseaffäre drei Schweizer Diplomaten aus, hatte "
    "Außenministerin Anna Beispiel {when} mitgeteilt. Nun verhängt Wien auch Zölle."
)


def test_an_event_named_by_its_month_as_past_does_not_date_the_article() -> None:
    text = BACKGROUND.format(when="schon im März")
    assert "known event" not in document_date(article(text), kb_with(EXPULSION)).reason


def test_a_month_part_that_misses_the_event_day_keeps_it() -> None:
    text = BACKGROUND.format(when="schon Ende März")  # the event was on 15 March
    assert document_date(article(text), kb_with(EXPULSION)).date.value == "2016-03-15"


def test_an_event_without_a_month_dates_the_article() -> None:
    text = BACKGROUND.format(when="in Wien")
    assert document_date(article(text), kb_with(EXPULSION)).date.value == "2016-03-15"


def test_half_weeks_allow_the_two_days_around() -> None:
    (tx,) = tag_text("Vor anderthalb Wochen hatten sie verhandelt.", "2020-05-20")
    assert tx.date is not None
    assert (tx.date.earliest, tx.date.latest) == ("2020-05-09", "2020-05-10")


def test_half_years_count_as_months() -> None:
    (tx,) = tag_text("Vor eineinhalb Jahren hatten sie verhandelt.", "2020-05-20")
    assert tx.date is not None and tx.date.value == "2018-11"
